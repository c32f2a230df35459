#!/usr/bin/env bash
# Benchmark: start-up time, resident memory, and GET /api/institutions/?page_size=100 throughput.
# Starts its own server on a fresh embedded database, loads it with wrk on loopback (bounded: warm-up plus
# three 15 s runs), stops it, and prints a Markdown summary. Usage: bench/institutions.sh [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-32}
PORT=${BENCH_PORT:-18090}
URL="http://localhost:$PORT/api/institutions/?page_size=100"
source bench/server.sh
ready_ms=$READY_MS
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
# the postmaster and its backends (shared buffers are counted once per process that touched them)
postgres_rss_kb() {
  local main total=0
  main=$(head -1 "$DATA/postgres/postmaster.pid")
  for p in $main $(pgrep -P "$main" || true); do total=$((total + $(rss_kb "$p"))); done
  echo $total
}

started=$(grep -o 'Started PonteApplication in [0-9.]* seconds' "$DATA/server.log" || echo "n/a")
sleep 2
jvm_start=$(rss_kb $SERVER); pg_start=$(postgres_rss_kb)

wrk_runs "$URL"
median=$MEDIAN
jvm_after=$(rss_kb $SERVER); pg_after=$(postgres_rss_kb)
body=$(curl -s -u "$ID:$PASSWORD" "$URL" | wc -c)

cat <<MD
| measure | value |
|---|---|
| GET /api/institutions/?page_size=100 (15 results, $body B), wrk -t2 -c$CONNECTIONS, median of 3 x 15 s | **$median req/s** (runs: $RUNS) |
| start-up, launch to first authenticated 200 (fresh data folder: initdb + migrations) | $ready_ms ms ($started) |
| resident memory after start: JVM (-Xmx512m) + embedded PostgreSQL | $((jvm_start / 1024)) MiB + $((pg_start / 1024)) MiB |
| resident memory after the load | $((jvm_after / 1024)) MiB + $((pg_after / 1024)) MiB |
MD
