#!/usr/bin/env bash
# Benchmark: the container image. Builds it (./ponte image, timed; BENCH_IMAGE_BUILT=1 skips the build), prints its
# size and its base's, then times `podman run` to the first authenticated 200 of GET /api/institutions/ on a fresh
# database, twice: with the embedded PostgreSQL inside the container (initdb, migrations) and, when BENCH_DB_URL
# (with BENCH_DB_USER, BENCH_DB_PASSWORD) names an empty external database, against it (migrations). Host network,
# port BENCH_PORT (default 18099). Needs root, podman (with .ci/run's settings on this kind of VM) and debootstrap.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18099}
if [[ -z ${BENCH_IMAGE_BUILT:-} ]]; then
  start=$(date +%s.%N)
  ./ponte image > /dev/null
  echo "image build (./ponte image): $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s"
fi
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E '^localhost/(ponte:latest|ponte-java25-base)'

first_answer() { # label, extra podman run arguments...
  local label=$1 start; shift
  podman rm -f -v ponte-bench > /dev/null 2>&1 || true
  start=$(date +%s.%N)
  podman run -d --name ponte-bench --network host -e SERVER_PORT="$PORT" -e PONTE_SECRET_ID=benchkey \
    -e PONTE_SECRET_PASSWORD=bench-password-0123 "$@" localhost/ponte:latest > /dev/null 2>&1
  until curl -sf -o /dev/null -u benchkey:bench-password-0123 "http://127.0.0.1:$PORT/api/institutions/"; do
    sleep 0.1
  done
  echo "$label: first 200 after $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s;" \
    "$(podman logs ponte-bench 2>&1 | grep -o 'Started PonteApplication in [0-9.]* seconds')"
  podman rm -f -v ponte-bench > /dev/null 2>&1
}
first_answer "embedded PostgreSQL, fresh"
if [[ -n ${BENCH_DB_URL:-} ]]; then
  first_answer "external PostgreSQL, empty database" -e PONTE_DB_URL="$BENCH_DB_URL" \
    -e PONTE_DB_USER="${BENCH_DB_USER:-}" -e PONTE_DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
fi
