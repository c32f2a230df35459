#!/usr/bin/env bash
# Benchmark: throughput of 1, 2 and 3 server instances on one PostgreSQL behind nginx (issue 15). Own servers
# (bench/server.sh: Debian's PostgreSQL in a throwaway cluster by default, BENCH_EXTERNAL= for the first instance's
# embedded one, which the others then reach by URL), each JVM with -Xmx384m, and Debian's nginx (installed when
# missing) on loopback, round-robin with keep-alive connections to the instances. Measures with wrk the same
# authenticated reads, GET /api/institutions/?page_size=100 and one link's transactions page (page_size=100), for:
# nginx serving the institutions answer as a static file (what nginx and wrk cost alone), one instance directly,
# then 1, 2 and 3 instances behind nginx (an instance is started only when it is added). Each is a 10 s warm-up
# and three 15 s runs (median), with the share of the machine's CPU that the JVMs, PostgreSQL, nginx, wrk and
# anything else (the kernel, other people's work on a shared box) used during it, and the load average before
# it. An added instance is first warmed directly (10 s per read), as the first one is by its own measurements.
# Prints a Markdown table. Usage: bench/instances.sh [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-32}
PORT=${BENCH_PORT:-18160}
export BENCH_EXTERNAL=${BENCH_EXTERNAL-1}
BENCH_JAVA_OPTS="-Xmx384m ${BENCH_JAVA_OPTS:-}"
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }
source bench/server.sh
echo "first instance ready in ${READY_MS} ms" >&2

if [ -z "${BENCH_EXTERNAL:-}" ]; then
  # the first instance's embedded PostgreSQL, by URL, for the others
  export PONTE_DB_URL="jdbc:postgresql://localhost:$(sed -n 4p "$PG_PID_FILE")/postgres" PONTE_DB_USER=postgres
fi
INSTANCES=("$SERVER")
PORTS=("$PORT")
NGINX_DIR=$DATA/nginx
NGINX_PORT=$((PORT + 100))
mkdir -p "$NGINX_DIR/temp" "$NGINX_DIR/static"
SERVER_EXIT=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
stop_nginx() { [ ! -f "$NGINX_DIR/nginx.pid" ] || { kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true; sleep 0.5; }; }
stop_others() { for pid in "${INSTANCES[@]:1}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; done; }
trap 'stop_nginx; stop_others; eval "$SERVER_EXIT"' EXIT

add_instance() {
  local port=$((PORT + ${#PORTS[@]}))
  PONTE_RATE_LIMIT_KEY=1000000000 PONTE_RATE_LIMIT_ORGANIZATION=1000000000 \
  PONTE_DATA_DIR=$DATA SERVER_PORT=$port PONTE_SECRET_ID=$ID PONTE_SECRET_PASSWORD=$PASSWORD \
  DB_SCHEDULER_SCHEDULER_NAME=instance-$port \
    "$JAVA_HOME/bin/java" -Xmx384m -XX:+ExitOnOutOfMemoryError -jar "$DATA/ponte-server.jar" > "$DATA/server-$port.log" 2>&1 &
  INSTANCES+=($!)
  PORTS+=("$port")
  for _ in $(seq 1 600); do curl -sf -o /dev/null -u "$ID:$PASSWORD" "http://localhost:$port/api/institutions/" && break; sleep 0.1; done
  curl -sf -o /dev/null -u "$ID:$PASSWORD" "http://localhost:$port/api/institutions/" || { echo "instance on $port did not start" >&2; return 1; }
  # warmed directly, as the first one was by its own measurements, so no instance joins with a cold JIT
  wrk -t2 -c"$CONNECTIONS" -d10s -H "$AUTH" "http://localhost:$port$INSTITUTIONS" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d10s -H "$AUTH" "http://localhost:$port$TRANSACTIONS" > /dev/null
}

# nginx in front of the instances started so far: one worker per core, keep-alive to the instances, no access log
start_nginx() {
  stop_nginx
  local servers=""
  for port in "${PORTS[@]}"; do servers+="    server 127.0.0.1:$port;"$'\n'; done
  cat > "$NGINX_DIR/nginx.conf" <<CONF
user $(id -un);
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $NGINX_DIR/temp/body;
  proxy_temp_path $NGINX_DIR/temp/proxy;
  fastcgi_temp_path $NGINX_DIR/temp/fastcgi;
  uwsgi_temp_path $NGINX_DIR/temp/uwsgi;
  scgi_temp_path $NGINX_DIR/temp/scgi;
  upstream ponte {
    zone ponte 64k;
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = /static/institutions.json { root $NGINX_DIR; default_type application/json; }
    location / {
      proxy_pass http://ponte;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
  nginx -p "$NGINX_DIR/" -c nginx.conf -e "$NGINX_DIR/error.log"
  for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/static/institutions.json" && return 0; sleep 0.05; done
  echo "nginx did not start: $(cat "$NGINX_DIR/error.log")" >&2; return 1
}

# CPU ticks (user + system) used so far by the JVMs, the PostgreSQL processes and nginx's
ticks() { local total=0 pid; for pid in "$@"; do [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done; echo $total; }
# this benchmark's own: the postmaster and its children, nginx's master and workers
children_of() { echo "$1"; pgrep -P "$1" || true; }
postgres_pids() { children_of "$(head -1 "$PG_PID_FILE")"; }
nginx_pids() { children_of "$(cat "$NGINX_DIR/nginx.pid")"; }
# busy and total ticks of the whole machine (whatever else runs on it shows here too)
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
# CPU ticks used so far by this shell's finished children, wrk (and curl): `times` in this shell, not a subshell
wrk_ticks() { awk -v hz="$(getconf CLK_TCK)" 'NR == 2 {
  split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d\n", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * hz }' "$DATA/times"; }
CORES=$(grep -c ^processor /proc/cpuinfo)
ROWS=""
# measure LABEL URL: wrk_runs, with the CPU the JVMs, PostgreSQL and nginx used during it, as shares of the machine
measure() {
  echo "== $1" >&2
  local jvm0 pg0 ngx0 wrk0 busy0 total0 busy1 total1 jvm pg ngx wrk load
  load=$(cut -d' ' -f1 /proc/loadavg)
  jvm0=$(ticks "${INSTANCES[@]}"); pg0=$(ticks $(postgres_pids)); ngx0=$(ticks $(nginx_pids)); times > "$DATA/times"; wrk0=$(wrk_ticks)
  read -r busy0 total0 < <(machine_ticks)
  wrk_runs "$2"
  read -r busy1 total1 < <(machine_ticks)
  jvm=$(( $(ticks "${INSTANCES[@]}") - jvm0 )); pg=$(( $(ticks $(postgres_pids)) - pg0 ))
  times > "$DATA/times"; ngx=$(( $(ticks $(nginx_pids)) - ngx0 )); wrk=$(( $(wrk_ticks) - wrk0 ))
  local machine=$((total1 - total0))
  share() { echo "$(( $1 * 100 / machine ))%"; }
  ROWS+="| $1 | **$MEDIAN** | $RUNS | $(share $jvm) | $(share $pg) | $(share $ngx) | $(share $wrk) | $(share $((busy1 - busy0 - jvm - pg - ngx - wrk))) | $load |"$'\n'
}

# a link with about a year of transactions, loaded before anything is measured
LINK=$(post /api/links/ '{"institution":"erebor_br_retail","username":"bench_instances","password":"secret1","fetch_resources":["ACCOUNTS","TRANSACTIONS"]}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
drain historical-load
INSTITUTIONS="/api/institutions/?page_size=100"
TRANSACTIONS="/api/transactions/?link=$LINK&page_size=100"
curl -sf -u "$ID:$PASSWORD" "$BASE$INSTITUTIONS" > "$NGINX_DIR/static/institutions.json"
institutions_bytes=$(wc -c < "$NGINX_DIR/static/institutions.json")
transactions_bytes=$(curl -sf -u "$ID:$PASSWORD" "$BASE$TRANSACTIONS" | wc -c)

start_nginx
NGINX="http://127.0.0.1:$NGINX_PORT"
measure "nginx alone: the institutions answer as a static file" "$NGINX/static/institutions.json"
measure "institutions, one instance directly" "$BASE$INSTITUTIONS"
measure "transactions, one instance directly" "$BASE$TRANSACTIONS"
for count in 1 2 3; do
  [ "$count" = 1 ] || { add_instance; start_nginx; }
  measure "institutions, $count behind nginx" "$NGINX$INSTITUTIONS"
  measure "transactions, $count behind nginx" "$NGINX$TRANSACTIONS"
done

cat <<MD
$CORES cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), PostgreSQL $( [ -n "${BENCH_EXTERNAL:-}" ] && echo "Debian's $PG_VERSION" || echo embedded),
nginx $(nginx -v 2>&1 | cut -d/ -f2), wrk -t2 -c$CONNECTIONS; institutions: 15 results, $institutions_bytes B;
transactions: one link's first page of 100, $transactions_bytes B. CPU: share of all cores during the warm-up and runs.

| configuration | req/s (median) | runs | CPU: JVMs | PostgreSQL | nginx | wrk | anything else | load before |
|---|---|---|---|---|---|---|---|---|
$ROWS
MD
