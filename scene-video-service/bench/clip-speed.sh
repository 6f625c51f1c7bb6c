#!/usr/bin/env bash
# Times the clip stage's own ffmpeg command on 10 s clips; see docs/benchmarks.md. Usage: clip-speed.sh [runs] [dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-3}"
dir="${2:-/tmp/clip-speed}"
mkdir -p "$dir"
cd "$root"
./mvnw -o -B -ntp -q -pl scene-video-service,scene-image-service -am compile \
    dependency:build-classpath -Dmdep.outputFile="$dir/cp.txt" >/dev/null
cp="$root/scene-video-service/target/classes:$root/scene-image-service/target/classes"
cp="$cp:$root/common-runtime/target/classes:$root/common-events/target/classes:$(cat "$dir/cp.txt")"
export CLIP_TIMES="$dir/times.txt"
: > "$CLIP_TIMES"; : > "$CLIP_TIMES.cmd"
java -cp "$cp" "$here/ClipSpeed.java" "$here/clip-ffmpeg-timed" "$dir" "$runs"
# Per case: best wall-clock multiple of real time (10 s of video), its spread, and CPU-s per second of video.
awk '{ speed = 10 / $2; cpu = ($3 + $4) / 10;
       if (!($1 in best) || speed > best[$1]) best[$1] = speed;
       if (!($1 in worst) || speed < worst[$1]) worst[$1] = speed;
       if (!($1 in low) || cpu < low[$1]) low[$1] = cpu;
       if (!($1 in high) || cpu > high[$1]) high[$1] = cpu }
     END { for (c in best) printf "%-22s best %.2fx (worst %.2fx)  CPU-s per s %.3f-%.3f\n", c, best[c], worst[c], low[c], high[c] }' \
    "$CLIP_TIMES" | sort
