# Shared by the benchmark scripts (sourced, not run): installs wrk, builds the jar, and starts a server on a
# fresh embedded database that is stopped and removed when the script exits. Sets PORT, DATA, ID, PASSWORD,
# BASE, AUTH and SERVER. BENCH_JAVA_OPTS adds JVM options (a flight recording, for example); BENCH_JAR runs that
# jar instead of building this tree's (to measure another commit in the same session); BENCH_LOG keeps the server's
# log there. BENCH_EXTERNAL=1 runs Ponte on a throwaway cluster of Debian's PostgreSQL (installed when missing, port
# BENCH_PG_PORT or 5498, Debian's default settings plus pg_stat_statements) instead of the embedded one. Sets sql
# (runs one statement as a superuser and prints rows unaligned) and PG_PID_FILE (the postmaster's pid file).
ID=bench-key
PASSWORD=bench-password-0123456789
DATA=$(mktemp -d /tmp/ponte-bench.XXXXXX)
BASE="http://localhost:$PORT"
AUTH="Authorization: Basic $(printf '%s:%s' "$ID" "$PASSWORD" | base64 -w0)"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -n "${BENCH_JAR:-}" ] || JAVA_HOME=$JAVA_HOME ./mvnw -B -q -DskipTests package

# a copy, so a build during the benchmark cannot change the jar under the running server
cp "${BENCH_JAR:-server/target/ponte-server.jar}" "$DATA/ponte-server.jar"
if [ -n "${BENCH_EXTERNAL:-}" ]; then
  command -v pg_createcluster >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }
  PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
  PG_PORT=${BENCH_PG_PORT:-5498}
  pg_dropcluster "$PG_VERSION" pontebench --stop 2>/dev/null || true
  pg_createcluster "$PG_VERSION" pontebench --port "$PG_PORT" >/dev/null
  echo "shared_preload_libraries = 'pg_stat_statements'" > "/etc/postgresql/$PG_VERSION/pontebench/conf.d/bench.conf"
  pg_ctlcluster "$PG_VERSION" pontebench start
  su postgres -c "psql -q -p $PG_PORT -v ON_ERROR_STOP=1 -c \"create role ponte login superuser password 'ponte'\" \
    -c 'create database ponte owner ponte'"
  export PONTE_DB_URL="jdbc:postgresql://localhost:$PG_PORT/ponte" PONTE_DB_USER=ponte PONTE_DB_PASSWORD=ponte
  PG_PID_FILE=/var/lib/postgresql/$PG_VERSION/pontebench/postmaster.pid
  sql() { PGPASSWORD=ponte psql -X -q -t -A -h localhost -p "$PG_PORT" -U ponte -d ponte -c "$1"; }
  DROP_CLUSTER="pg_dropcluster $PG_VERSION pontebench --stop"
else
  PG_PID_FILE=$DATA/postgres/postmaster.pid
  sql() { psql -X -q -t -A -h localhost -p "$(sed -n 4p "$PG_PID_FILE")" -U postgres -d postgres -c "$1"; }
fi
START_NS=$(date +%s%N)
# rate limits far above what a benchmark sends, so their cost is measured but never a 429 (0 turns them off)
PONTE_RATE_LIMIT_KEY=${PONTE_RATE_LIMIT_KEY:-1000000000} \
PONTE_RATE_LIMIT_ORGANIZATION=${PONTE_RATE_LIMIT_ORGANIZATION:-1000000000} \
PONTE_DATA_DIR=$DATA SERVER_PORT=$PORT PONTE_SECRET_ID=$ID PONTE_SECRET_PASSWORD=$PASSWORD \
  "$JAVA_HOME/bin/java" -Xmx512m -XX:+ExitOnOutOfMemoryError ${BENCH_JAVA_OPTS:-} -jar "$DATA/ponte-server.jar" > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; [ -z "${BENCH_LOG:-}" ] || cp "$DATA/server.log" "$BENCH_LOG"; rm -rf "$DATA"; ${DROP_CLUSTER:-true} 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf -o /dev/null -u "$ID:$PASSWORD" "$BASE/api/institutions/" && break; sleep 0.1; done
READY_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))

# wrk_runs URL: a 10 s warm-up, then three 15 s runs; sets MEDIAN and RUNS
wrk_runs() {
  wrk -t2 -c"$CONNECTIONS" -d10s -H "$AUTH" "$1" > /dev/null
  local results=() out rps
  for run in 1 2 3; do
    out=$(wrk -t2 -c"$CONNECTIONS" -d15s --latency -H "$AUTH" "$1")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    results+=("$rps")
    echo "run $run: $rps req/s, p50 $(echo "$out" | awk '$1=="50%" {print $2}'), p99 $(echo "$out" | awk '$1=="99%" {print $2}'), non-2xx $(echo "$out" | awk '/Non-2xx/ {print $5}')" >&2
  done
  RUNS="${results[*]}"
  MEDIAN=$(printf '%s\n' "${results[@]}" | sort -n | sed -n 2p)
}

post() { curl -sf -u "$ID:$PASSWORD" -H 'Content-Type: application/json' -d "$2" "$BASE$1"; }
# waits until no job of the task is queued or running (30 minutes at most)
drain() {
  for _ in $(seq 1 7200); do
    [ "$(sql "select count(*) from scheduled_tasks where task_name = '$1'")" = 0 ] && return 0
    sleep 0.25
  done
  echo "jobs of $1 still queued after 30 minutes" >&2; return 1
}
