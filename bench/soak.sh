#!/usr/bin/env bash
# Benchmark: memory over a loopback soak. Starts the server as ./ponte serve runs it (extracted jar, AOT cache,
# -Xmx512m) on a fresh embedded database, loads two sandbox links (every resource), then runs wrk at low
# concurrency against a rotation of list endpoints for MINUTES, sampling every 30 s: the JVM's resident set, its
# heap after GC (the smallest occupancy a collection left in those 30 s, from the GC log switched on at run time
# with jcmd, so the start is the one measured elsewhere) and PostgreSQL's resident set (RSS summed over its
# processes, which counts shared buffers once per process, and PSS, which shares them out).
# Reports first, last and max of each, and whether it is flat: the last sample at most 5 % (and 16 MiB) above the
# one at the end of the first third, once the caches and the JIT have warmed up.
# Usage: bench/soak.sh [minutes] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-10}
CONNECTIONS=${2:-4}
PORT=${BENCH_PORT:-18096}
ID=bench-key
PASSWORD=bench-password-0123456789
BASE="http://localhost:$PORT"
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }
./mvnw -B -q -DskipTests package
DATA=$(mktemp -d /tmp/ponte-soak.XXXXXX)
SERVER=
trap '[[ -n "$SERVER" ]] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT

# rate limits far above what the soak sends, so every answer is a 200 (PONTE_JAVA_OPTS unset: the documented -Xmx512m)
PONTE_RATE_LIMIT_KEY=1000000000 PONTE_RATE_LIMIT_ORGANIZATION=1000000000 PONTE_DATA_DIR=$DATA/data \
  SERVER_PORT=$PORT PONTE_SECRET_ID=$ID PONTE_SECRET_PASSWORD=$PASSWORD ./ponte serve > "$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null -u "$ID:$PASSWORD" "$BASE/api/institutions/" && break; sleep 0.1; done
# ./ponte serve is the JVM once the cache exists, its parent on the first start after a build
JVM=$SERVER
[[ "$(cat "/proc/$SERVER/comm")" == java ]] || JVM=$(pgrep -P "$SERVER" java)
"$JAVA_HOME/bin/jcmd" "$JVM" VM.log output="file=$DATA/gc.log" what=gc=info > /dev/null

post() { curl -sf -u "$ID:$PASSWORD" -H 'Content-Type: application/json' -d "$2" "$BASE$1"; }
get() { curl -sf -u "$ID:$PASSWORD" "$BASE$1"; }
links=()
for spec in erebor_br_retail:bnk100:full erebor_mx_retail:bnk100:full; do
  IFS=: read -r institution user password <<< "$spec"
  links+=("$(post /api/links/ "{\"institution\":\"$institution\",\"username\":\"$user\",\"password\":\"$password\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')")
done
# the historical loads run in the background: wait until the transactions stop growing
last=-1
for _ in $(seq 1 60); do
  now=0
  for link in "${links[@]}"; do
    now=$((now + $(get "/api/transactions/?link=$link&page_size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')))
  done
  [[ $now == "$last" && $now -gt 0 ]] && break
  last=$now; sleep 3
done
echo "links loaded: $now transactions" >&2

paths=()
for link in "${links[@]}"; do
  for list in accounts transactions owners bills; do paths+=("/api/$list/?link=$link&page_size=100"); done
done
paths+=("/api/institutions/?page_size=100" "/api/links/?page_size=100")
{
  echo "paths = {"; printf '  "%s",\n' "${paths[@]}"; echo "}"
  echo 'n = 0'
  echo 'request = function() n = n % #paths + 1; return wrk.format("GET", paths[n]) end'
} > "$DATA/rotate.lua"

rss_mib() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$1/status"; }
postgres_mib() { # RSS and PSS summed over the postmaster and its children
  local main rss=0 pss=0
  main=$(head -1 "$DATA/data/postgres/postmaster.pid")
  for p in $main $(pgrep -P "$main" || true); do
    rss=$((rss + $(awk '/VmRSS/ {print $2}' "/proc/$p/status")))
    pss=$((pss + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup")))
  done
  echo "$((rss / 1024)) $((pss / 1024))"
}
# the smallest heap occupancy after a collection among the GC log lines from line $1 on ("...->42M(256M)...")
heap_after_gc() {
  tail -n +"$1" "$DATA/gc.log" | grep -oE -- '->[0-9]+M' | tr -d -- '->M' | sort -n | head -1
}

samples=$((MINUTES * 2))
wrk -t1 -c"$CONNECTIONS" -d"$((MINUTES * 60 + 5))s" --latency -H "Authorization: Basic $(printf '%s:%s' "$ID" "$PASSWORD" | base64 -w0)" \
  -s "$DATA/rotate.lua" "$BASE" > "$DATA/wrk.txt" &
WRK=$!
printf 'minute\tJVM RSS\theap after GC\tPostgreSQL RSS\tPSS (MiB)\n' >&2
line=1 previous=
for i in $(seq 1 "$samples"); do
  sleep 30
  # no collection in these 30 s: the occupancy the last one left
  heap=$(heap_after_gc "$line" || true); heap=${heap:-$previous}; previous=$heap
  line=$(( $(wc -l < "$DATA/gc.log") + 1 ))
  read -r pg_rss pg_pss <<< "$(postgres_mib)"
  jvm=$(rss_mib "$JVM")
  echo "$i $jvm ${heap:-0} $pg_rss $pg_pss" >> "$DATA/samples"
  printf '%s\t%s\t%s\t%s\t%s\n' "$(awk -v i="$i" 'BEGIN {print i / 2}')" "$jvm" "${heap:-?}" "$pg_rss" "$pg_pss" >&2
done
wait "$WRK"

# summary COLUMN NAME: first, last, max, the sample at the end of the first third, and whether it is flat
summary() {
  awk -v c="$1" -v name="$2" -v third="$(( samples / 3 > 0 ? samples / 3 : 1 ))" '
    { v[NR] = $c; if ($c > max) max = $c }
    END {
      grow = v[NR] - v[third]; limit = v[third] * 0.05; if (limit < 16) limit = 16
      printf "| %s | %d | %d | %d | %d | %s |\n", name, v[1], v[third], v[NR], max, (grow <= limit) ? "yes (" grow " MiB)" : "**no** (+" grow " MiB)"
    }' "$DATA/samples"
}
echo
echo "Soak: $MINUTES min, wrk -t1 -c$CONNECTIONS rotating ${#paths[@]} list endpoints ($(nproc) cores): $(awk '/Requests\/sec/ {print $2}' "$DATA/wrk.txt") req/s, p99 $(awk '$1 == "99%" {print $2}' "$DATA/wrk.txt"), non-2xx $(awk '/Non-2xx/ {print $5}' "$DATA/wrk.txt")"
echo
echo "| MiB, sampled every 30 s | first | end of first third | last | max | flat |"
echo "|---|---|---|---|---|---|"
summary 2 "JVM RSS"
summary 3 "JVM heap after GC"
summary 4 "PostgreSQL RSS (sum)"
summary 5 "PostgreSQL PSS (sum)"
