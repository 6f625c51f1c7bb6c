#!/usr/bin/env bash
# Times one story end to end on StoryReel run as separate processes: `storyreel infra`, the gateway, and
# REPLICAS processes of each chosen stage service (one of each other stage). Submits the story through
# the REST API, polls GET /api/stories/{id} until it is COMPLETED, and prints the wall time, when each
# stage had finished its first scene and all of them, and how many units each stage process did.
#
#   deploy/bench/separate-processes.sh [--scenes 12] [--replicas 1] [--stages "scene-image-service ..."]
#                                      [--aspect 16:9] [--data DIR] [--prompt TEXT]
#
# --stages names the stage services that get REPLICAS processes (default: all five). Needs curl and jq.
# STORYREEL (default ./storyreel) is the launcher; processes' output and logs stay in DIR (default: a
# new temporary folder). Everything started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

scenes=12
replicas=1
stages="scene-image-service audio-service scene-video-service merge-service render-service"
aspect=16:9
data=""
prompt="a lighthouse keeper and a lost whale"
while [ $# -gt 0 ]; do
  case "$1" in
    --scenes) scenes=$2; shift 2 ;;
    --replicas) replicas=$2; shift 2 ;;
    --stages) stages=$2; shift 2 ;;
    --aspect) aspect=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --prompt) prompt=$2; shift 2 ;;
    *) echo "Unknown option $1 (see the top of $0)" >&2; exit 64 ;;
  esac
done
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "$0 needs $tool (apt-get install $tool)" >&2; exit 1; }
done
storyreel=${STORYREEL:-./storyreel}
[ -n "$data" ] || data=$(mktemp -d /tmp/storyreel-bench.XXXXXX)
mkdir -p "$data"

pids=()
stop() {
  # Services first, then the stack, each by the id it was started with.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT

# Until a file has a line matching a pattern; fails if the process behind it stops first.
await_line() {
  local file=$1 pattern=$2 pid=$3
  until grep -q "$pattern" "$file" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "Process $pid stopped; see $file" >&2; exit 1; }
    sleep 0.5
  done
}

# Seconds since a `date +%s.%N` time.
since() { awk -v now="$(date +%s.%N)" -v then="$1" 'BEGIN { printf "%.1f", now - then }'; }

started=$(date +%s.%N)
"$storyreel" infra --data "$data" --kafka-port 0 --s3-port 0 >"$data/infra.env" 2>"$data/infra.err" &
pids+=($!)
await_line "$data/infra.env" '^# ready:' "${pids[-1]}"
set -a
# shellcheck disable=SC1091
. "$data/infra.env"
set +a

outputs=()
run_service() {
  local name=$1 out="$data/$1-$2.out"
  "$storyreel" service "$name" --port 0 --data "$data" >"$out" 2>&1 &
  pids+=($!)
  outputs+=("$out")
}
run_service story-service 1
for stage in scene-image-service audio-service scene-video-service merge-service render-service; do
  count=1
  [[ " $stages " == *" $stage "* ]] && count=$replicas
  for ((replica = 1; replica <= count; replica++)); do run_service "$stage" "$replica"; done
done
# The metrics line is the last a service prints once it runs.
for i in "${!outputs[@]}"; do await_line "${outputs[i]}" '^  metrics' "${pids[i + 1]}"; done
gateway=$(sed -n 's/^  gateway *\(http[^ ]*\)\/api\/stories.*/\1/p' "$data/story-service-1.out")
printf 'infra and %d service processes up in %.1f s\n' "${#outputs[@]}" "$(since "$started")"

body=$(jq -n --arg prompt "$prompt" --argjson scenes "$scenes" --arg aspect "$aspect" \
  '{prompt: $prompt, sceneCount: $scenes, aspectRatio: $aspect}')
submitted=$(date +%s.%N)
story_id=$(curl -sf -XPOST "$gateway/api/stories" -H 'Content-Type: application/json' -d "$body" | jq -r .storyId)
echo "story $story_id: $scenes scenes, $aspect, replicas $replicas of: $stages"

# The first time (s after submitting) each count reached 1 and reached the scene count.
declare -A first all
while :; do
  story=$(curl -sf "$gateway/api/stories/$story_id")
  now=$(since "$submitted")
  status=$(jq -r .status <<<"$story")
  for stage in images narrations clips merges; do
    done_count=$(jq -r ".progress.$stage" <<<"$story")
    [ -z "${first[$stage]:-}" ] && [ "$done_count" -ge 1 ] && first[$stage]=$now
    [ -z "${all[$stage]:-}" ] && [ "$done_count" -ge "$scenes" ] && all[$stage]=$now
  done
  [ -z "${first[written]:-}" ] && [ "$(jq -r .progress.scenes <<<"$story")" -ge 1 ] && first[written]=$now && all[written]=$now
  [ "$status" = COMPLETED ] && { first[render]=$now; all[render]=$now; break; }
  [ "$status" = FAILED ] && { echo "FAILED: $(jq -c .error <<<"$story")" >&2; exit 1; }
  sleep 0.5
done

printf 'wall time, submitted to COMPLETED: %.1f s (video %.1f s)\n' "$now" "$(jq -r .output.durationSeconds <<<"$story")"
printf '%-10s %14s %14s\n' stage "first scene" "all scenes"
for stage in written images narrations clips merges render; do
  printf '%-10s %12.1f s %12.1f s\n' "$stage" "${first[$stage]}" "${all[$stage]}"
done
echo "units of work done by each process (storyreel_stage_work_seconds_count, outcome done):"
for out in "${outputs[@]}"; do
  url=$(sed -n 's/^  metrics *\(http[^ ]*\).*/\1/p' "$out")
  units=$(curl -sf "$url" | awk '/^storyreel_stage_work_seconds_count\{/ && /outcome="done"/ { n += $NF } END { print n + 0 }')
  printf '  %-28s %s\n' "$(basename "$out" .out)" "$units"
done
echo "outputs and logs: $data"
