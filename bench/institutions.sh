#!/usr/bin/env bash
# Benchmark: start-up time, resident memory, and GET /api/institutions/?page_size=100 throughput.
# Starts its own server on a fresh embedded database, loads it with wrk on loopback (bounded: warm-up plus
# three 15 s runs), stops it, and prints a Markdown summary. Usage: bench/institutions.sh [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-32}
PORT=${BENCH_PORT:-18090}
DATA=$(mktemp -d /tmp/ponte-bench.XXXXXX)
ID=bench-key
PASSWORD=bench-password-0123456789
URL="http://localhost:$PORT/api/institutions/?page_size=100"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
./ponte help >/dev/null   # locates Java 25
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA_HOME=$JAVA_HOME ./mvnw -B -q -DskipTests package

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
# the postmaster and its backends (shared buffers are counted once per process that touched them)
postgres_rss_kb() {
  local main total=0
  main=$(head -1 "$DATA/postgres/postmaster.pid")
  for p in $main $(pgrep -P "$main" || true); do total=$((total + $(rss_kb "$p"))); done
  echo $total
}

start_ns=$(date +%s%N)
PONTE_DATA_DIR=$DATA SERVER_PORT=$PORT PONTE_SECRET_ID=$ID PONTE_SECRET_PASSWORD=$PASSWORD \
  "$JAVA_HOME/bin/java" -Xmx512m -jar server/target/ponte-server.jar > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 600); do
  curl -sf -o /dev/null -u "$ID:$PASSWORD" "$URL" && break
  sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
started=$(grep -o 'Started PonteApplication in [0-9.]* seconds' "$DATA/server.log" || echo "n/a")
sleep 2
jvm_start=$(rss_kb $SERVER); pg_start=$(postgres_rss_kb)

AUTH="Authorization: Basic $(printf '%s:%s' "$ID" "$PASSWORD" | base64 -w0)"
wrk -t2 -c"$CONNECTIONS" -d10s -H "$AUTH" "$URL" > /dev/null   # warm-up
results=()
for run in 1 2 3; do
  out=$(wrk -t2 -c"$CONNECTIONS" -d15s --latency -H "$AUTH" "$URL")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  results+=("$rps")
  echo "run $run: $rps req/s, p50 $p50, p99 $p99, non-2xx ${non2xx:-0}" >&2
done
median=$(printf '%s\n' "${results[@]}" | sort -n | sed -n 2p)
jvm_after=$(rss_kb $SERVER); pg_after=$(postgres_rss_kb)
body=$(curl -s -u "$ID:$PASSWORD" "$URL" | wc -c)

cat <<MD
| measure | value |
|---|---|
| GET /api/institutions/?page_size=100 (15 results, $body B), wrk -t2 -c$CONNECTIONS, median of 3 x 15 s | **$median req/s** (runs: ${results[*]}) |
| start-up, launch to first authenticated 200 (fresh data folder: initdb + migrations) | $ready_ms ms ($started) |
| resident memory after start: JVM (-Xmx512m) + embedded PostgreSQL | $((jvm_start / 1024)) MiB + $((pg_start / 1024)) MiB |
| resident memory after the load | $((jvm_after / 1024)) MiB + $((pg_after / 1024)) MiB |
MD
