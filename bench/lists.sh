#!/usr/bin/env bash
# Benchmark: every stored list endpoint against a bare JDK HttpServer serving the identical bytes, in the same run.
# Starts Ponte (own embedded database, or BENCH_EXTERNAL=1: a throwaway Debian PostgreSQL) with sandbox links of every
# kind fully loaded; for each list with rows, at page_size 100 and 1000, saves the body Ponte answers, then runs
# wrk -t2 -cN against Ponte and against bench/BareServer.java serving those bytes, and prints req/s, p50, p99 and
# the ratios. Usage: bench/lists.sh [connections] [seconds per run] [path filter regex]
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-32}
SECONDS_PER_RUN=${2:-10}
ONLY=${3:-.}
PORT=${BENCH_PORT:-18093}
BARE_PORT=${BARE_PORT:-18094}
source bench/server.sh
echo "ready in ${READY_MS} ms" >&2

get() { curl -sf -u "$ID:$PASSWORD" "$BASE$1"; }
count() { get "$1" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["count"] if isinstance(d, dict) else len(d))'; }

# a webhook (to nowhere) so historical loads leave events to watch for
post /api/webhooks/ '{"url":"http://127.0.0.1:9/sink"}' > /dev/null
# one link per kind of institution, every resource it offers loaded by its historical load
links=()
for spec in erebor_br_retail:bnk100:full erebor_mx_retail:bnk100:full tatooine_mx_retail:fiscal100:full \
    naboo_cl_fiscal:fiscal100:full planet_mx_retail:gig100:full inss_br_employment:gig100:full; do
  IFS=: read -r institution user password <<< "$spec"
  link=$(post /api/links/ "{\"institution\":\"$institution\",\"username\":\"$user\",\"password\":\"$password\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])') || { echo "no link at $institution" >&2; continue; }
  links+=("$link")
done
# the historical loads run in the background: wait until the announced events stop growing
last=-1
for _ in $(seq 1 60); do
  now=$(get "/api/webhook-events/?page_size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
  [ "$now" = "$last" ] && [ "$now" -gt 0 ] && break
  last=$now; sleep 3
done

PATHS=$(grep -rhoE '\.at\("/api/[a-z/-]+"\)' server/src/main/java | sed -E 's/.*"(.*)".*/\1/' | sort -u | grep -E "$ONLY")
mkdir -p "$DATA/bodies"
targets=()
for path in $PATHS; do
  for link in "${links[@]}"; do
    n=$(count "$path?link=$link&page_size=1" 2>/dev/null || echo 0)
    if [ "$n" -gt 0 ]; then
      for size in 100 1000; do
        name="$(echo "$path" | tr '/' '_' | sed 's/^_api_//; s/_$//')-$size.json"
        get "$path?link=$link&page_size=$size" > "$DATA/bodies/$name"
        targets+=("$path?link=$link&page_size=$size|$name|$n")
      done
      break
    fi
  done
done

"$JAVA_HOME/bin/java" bench/BareServer.java "$BARE_PORT" "$DATA"/bodies/*.json > "$DATA/bare.log" 2>&1 &
BARE=$!
trap 'kill $SERVER $BARE 2>/dev/null; wait $SERVER $BARE 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$BARE_PORT/$(ls "$DATA/bodies" | head -1)" && break; sleep 0.1; done

# measure URL [auth]: a short warm-up, then one run; prints "req/s p50 p99"
measure() {
  local args=(-t2 -c"$CONNECTIONS" --latency)
  if [ -n "${2:-}" ]; then args+=(-H "$AUTH"); fi
  wrk "${args[@]}" -d3s "$1" > /dev/null
  wrk "${args[@]}" -d"${SECONDS_PER_RUN}s" "$1" | awk '/Requests\/sec/ {r=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} /Non-2xx/ {bad=$5} END {print r, p50, p99, (bad ? bad : 0)}'
}

echo "| list | page | rows | bytes | Ponte req/s | bare req/s | ratio | Ponte p50 / p99 | bare p50 / p99 | p99 ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for target in "${targets[@]}"; do
  IFS='|' read -r url name rows <<< "$target"
  bytes=$(wc -c < "$DATA/bodies/$name")
  read -r prs pp50 pp99 pbad <<< "$(measure "$BASE$url" auth)"
  read -r brs bp50 bp99 _ <<< "$(measure "http://127.0.0.1:$BARE_PORT/$name")"
  ratio=$(python3 -c "print(f'{$prs/$brs:.2f}')")
  p99ratio=$(python3 -c "
def ms(v):
    return float(v[:-2]) if v.endswith('ms') else float(v[:-2])/1000 if v.endswith('us') else float(v[:-1])*1000
print(f'{ms(\"$pp99\")/ms(\"$bp99\"):.1f}')")
  page=${url##*page_size=}
  echo "| ${url%%\?*} | $page | $rows | $bytes | $prs | $brs | $ratio | $pp50 / $pp99 | $bp50 / $bp99 | $p99ratio |$([ "$pbad" != 0 ] && echo " $pbad non-2xx")"
done
