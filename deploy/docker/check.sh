#!/usr/bin/env bash
# Sanity checks for the container deployment files; needs no container engine.
# Uses `docker compose config` and promtool when present, PyYAML when any python3 has it,
# and plain grep otherwise. Usage: deploy/docker/check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
here=deploy/docker
fail=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fail=1; }

# JSON: the dashboards parse, with their uids, the application variable and the datasource.
if python3 - "$here"/grafana/dashboards/*.json <<'EOF'
import json, sys
uids = set()
for path in sys.argv[1:]:
    d = json.load(open(path, encoding="utf-8"))
    uids.add(d["uid"])
    assert any(v["name"] == "application" for v in d["templating"]["list"]), path + ": application variable"
    ids = [p["id"] for p in d["panels"]]
    assert len(ids) == len(set(ids)), path + ": duplicate panel ids"
    for p in d["panels"]:
        assert p["type"] in ("timeseries", "stat"), p["title"]
        for t in p["targets"]:
            assert t["datasource"]["uid"] == "prometheus", p["title"]
assert uids == {"storyreel-pipeline", "storyreel-vendors", "storyreel-kafka"}, uids
EOF
then ok "dashboard JSON"; else bad "dashboard JSON"; fi

# YAML: parse with PyYAML if any python3 here has it.
yaml_files=(docker-compose.yml "$here/prometheus/prometheus.yml" "$here/prometheus/alerts.yml"
  "$here/grafana/provisioning/datasources/datasource.yml" "$here/grafana/provisioning/dashboards/dashboards.yml")
py=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import yaml' 2>/dev/null; then py=$candidate; break; fi
done
if [ -n "$py" ]; then
  if "$py" -c 'import sys, yaml; [yaml.safe_load(open(f)) for f in sys.argv[1:]]' "${yaml_files[@]}"; then
    ok "YAML parses"; else bad "YAML parses"; fi
else
  echo "skip YAML parse (no PyYAML)"
fi

# Grep-level checks: no tabs in YAML, every service present with its port, files the compose file mounts exist.
if grep -n $'\t' "${yaml_files[@]}"; then bad "tabs in YAML"; else ok "no tabs in YAML"; fi
listed=1
# service:server port:scrape port (the gateway is scraped on its management port).
for triple in story-service:8080:9080 scene-image-service:8081:8081 audio-service:8082:8082 scene-video-service:8083:8083 \
              merge-service:8084:8084 render-service:8085:8085; do
  svc=${triple%%:*}; ports=${triple#*:}; port=${ports%%:*}; scrape=${ports##*:}
  grep -q "^  $svc:$" docker-compose.yml && grep -q "SERVER_PORT: \"$port\"" docker-compose.yml \
    && grep -q "\"$svc:$scrape\"" "$here/prometheus/prometheus.yml" && [ -d "$svc" ] \
    || { bad "service $svc:$port in compose and prometheus"; listed=0; }
done
[ $listed = 1 ] && ok "services and ports listed"
# Only the gateway's port is published beyond 127.0.0.1; the secrets have no defaults.
if grep -nE '^ +- "[0-9]+:[0-9]+"' docker-compose.yml | grep -v '"8080:8080"'; then bad "ports beyond 127.0.0.1"; else ok "only the gateway published"; fi
if grep -nE 'MINIO_ROOT_PASSWORD:-|STORYREEL_API_KEYS:-' docker-compose.yml; then bad "secret with a default"; else ok "no default secrets"; fi
mounted=1
for f in $(grep -o '\./deploy/docker/[^:]*' docker-compose.yml | sort -u); do
  [ -e "$f" ] || { bad "mounted path $f missing"; mounted=0; }
done
[ $mounted = 1 ] && ok "mounted paths exist"

# Tools, when installed.
if docker compose version >/dev/null 2>&1; then
  if MINIO_ROOT_PASSWORD=check STORYREEL_API_KEYS=check docker compose -f docker-compose.yml config -q; then
    ok "docker compose config"; else bad "docker compose config"; fi
  if env -u MINIO_ROOT_PASSWORD STORYREEL_API_KEYS=check docker compose -f docker-compose.yml config -q 2>/dev/null; then
    bad "compose starts without MINIO_ROOT_PASSWORD"; else ok "compose refuses without MINIO_ROOT_PASSWORD"; fi
else
  echo "skip docker compose config (no docker compose)"
fi
if command -v promtool >/dev/null 2>&1; then
  # Checks the rule files it names too (alerts.yml).
  if promtool check config "$here/prometheus/prometheus.yml" >/dev/null; then ok "promtool check config"; else bad "promtool check config"; fi
else
  echo "skip promtool (not installed)"
fi

exit $fail
