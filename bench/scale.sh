#!/usr/bin/env bash
# Benchmark: behaviour at millions of rows. Own server (bench/server.sh: the embedded PostgreSQL, or Debian's with
# BENCH_EXTERNAL=1), one organization.
#  1. On a nearly empty database (a few links), measures: one link's transactions page (page_size=100), one
#     transaction by id, the organization's accounts with no link filter (page 1, and a page that needs the count),
#     each with wrk -c1 for 10 s (p50, p99, req/s); and first 13-month retrievals (POST /api/transactions/) of
#     fresh links, median of 5.
#  2. Seeds through the product's own paths: LINKS recurrent sandbox links registered through the API (Brazilian and
#     Mexican users, ACCOUNTS and TRANSACTIONS) whose historical loads write in bulk in the background, then the
#     sandbox clock advanced 30 days at a time (every link refreshed, in bulk) until the database holds TARGET
#     transactions; then VACUUM ANALYZE, as autovacuum would have by then.
#  3. The same measurements on the seeded database, with the ratios to step 1, and EXPLAIN (ANALYZE, BUFFERS) of
#     the statements behind them in $BENCH_PLANS (default /tmp/ponte-scale-plans.txt).
# Usage: bench/scale.sh [links] [target transactions]
set -euo pipefail
cd "$(dirname "$0")/.."
LINKS=${1:-10000}
TARGET=${2:-5000000}
PORT=${BENCH_PORT:-18151}
PLANS=${BENCH_PLANS:-/tmp/ponte-scale-plans.txt}
source bench/server.sh
echo "ready in ${READY_MS} ms" >&2
# the sandbox's today (the organization's clock, once advanced)
today() { sql "select (now() + coalesce((select offset_ms from sandbox_clocks limit 1), 0) * interval '1 ms')::date"; }
id_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
register() { # institution user fetch_resources(json) access_mode
  post /api/links/ "{\"institution\":\"$1\",\"username\":\"$2\",\"password\":\"secret1\",\"fetch_resources\":$3,\"access_mode\":\"$4\"}" | id_of
}

# the links measured: one loaded (13 months) before seeding, so its rows are the same in both measurements
LINK=$(register erebor_br_retail scale_probe '["ACCOUNTS","TRANSACTIONS"]' single)
drain historical-load
TX=$(curl -sf -u "$ID:$PASSWORD" "$BASE/api/transactions/?link=$LINK&page_size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["id"])')

# measure LABEL: prints one table row per measurement, in the order of the MEASURES list
MEASURES=("one link's transactions, page_size=100" "one transaction by id" "organization's accounts, no link filter, page 1"
  "organization's accounts, no link filter, page 20" "first 13-month retrieval of a fresh link (POST /api/transactions/, median of 5)")
measure() {
  local urls=("$BASE/api/transactions/?link=$LINK&page_size=100" "$BASE/api/transactions/$TX/"
    "$BASE/api/accounts/?page_size=100" "$BASE/api/accounts/?page_size=100&page=20") out i=0
  for url in "${urls[@]}"; do
    wrk -t1 -c1 -d3s -H "$AUTH" "$url" > /dev/null
    out=$(wrk -t1 -c1 -d10s --latency -H "$AUTH" "$url")
    RESULT[$i]="$(echo "$out" | awk '$1=="50%" {print $2}') / $(echo "$out" | awk '$1=="99%" {print $2}') ($(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s$(echo "$out" | awk '/Non-2xx/ {print ", non-2xx " $5}'))"
    i=$((i + 1))
  done
  local to from times=() link t
  to=$(today); from=$(date -u -d "$to -13 months" +%F)
  for n in 1 2 3 4 5; do
    link=$(register erebor_br_retail "scale_$1_$n" '[]' single)
    t=$(curl -sf -o /dev/null -w '%{time_total}' -u "$ID:$PASSWORD" -H 'Content-Type: application/json' \
      -d "{\"link\":\"$link\",\"date_from\":\"$from\",\"date_to\":\"$to\"}" "$BASE/api/transactions/")
    times+=("$(python3 -c "print(round($t * 1000, 1))")")
  done
  RESULT[$i]="$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p) ms (${times[*]})"
}

echo "1. measuring on a nearly empty database" >&2
measure empty
EMPTY=("${RESULT[@]}")
empty_rows=$(sql "select count(*) from transactions")

echo "2. seeding: $LINKS recurrent links, then clock advances until $TARGET transactions" >&2
seed_start=$(date +%s)
seq 1 "$LINKS" | xargs -P4 -I{} sh -c 'n={}; inst=erebor_br_retail; [ $((n % 2)) = 0 ] && inst=erebor_mx_retail
  curl -sf -o /dev/null -u "$0" -H "Content-Type: application/json" \
  -d "{\"institution\":\"$inst\",\"username\":\"scale_user_$n\",\"password\":\"secret1\",\"access_mode\":\"recurrent\",\"fetch_resources\":[\"ACCOUNTS\",\"TRANSACTIONS\"]}" \
  "$1/api/links/"' "$ID:$PASSWORD" "$BASE"
drain historical-load
echo "   loaded: $(sql "select count(*) from transactions") transactions after $(( $(date +%s) - seed_start )) s" >&2
while [ "$(sql "select count(*) from transactions")" -lt "$TARGET" ]; do
  post /api/sandbox/clock/ '{"advance":"30d"}' > /dev/null
  sleep 1
  drain link-refresh
  echo "   advanced 30 days: $(sql "select count(*) from transactions") transactions after $(( $(date +%s) - seed_start )) s" >&2
done
seed_s=$(( $(date +%s) - seed_start ))
sql "vacuum analyze" > /dev/null
read -r links accounts transactions size < <(sql "select (select count(*) from links), (select count(*) from accounts),
  (select count(*) from transactions), pg_size_pretty(pg_database_size(current_database()))" | tr '|' ' ')

echo "3. measuring on the seeded database" >&2
measure seeded
SEEDED=("${RESULT[@]}")

ORG=$(sql "select organization_id from links where id = '$LINK'")
ENVIRONMENT=$(sql "select environment from links where id = '$LINK'")
{
  echo "# plans at $links links, $transactions transactions ($(date -u +%F))"
  for q in \
    "select rendered from transactions_list where organization_id = '$ORG' and environment = '$ENVIRONMENT' and link_id = '$LINK' order by value_date desc, id limit 100 offset 0" \
    "select count(*) from transactions where organization_id = '$ORG' and environment = '$ENVIRONMENT' and link_id = '$LINK'" \
    "select rendered from transactions_list where organization_id = '$ORG' and environment = '$ENVIRONMENT' and link_id = '$LINK' and amount > 100 and status = 'PROCESSED' order by value_date desc, id limit 100" \
    "select rendered from transactions where organization_id = '$ORG' and environment = '$ENVIRONMENT' and id = '$TX'" \
    "select rendered from accounts where organization_id = '$ORG' and environment = '$ENVIRONMENT' order by created_at desc, id limit 100 offset 1900" \
    "select count(*) from accounts where organization_id = '$ORG' and environment = '$ENVIRONMENT'"; do
    echo; echo "> $q"; sql "explain (analyze, buffers) $q"
  done
} > "$PLANS"

cat <<MD
Seeded through the API in $seed_s s: $links links, $accounts accounts, $transactions transactions, database $size
(before: $empty_rows transactions). Plans: $PLANS.

| measure | nearly empty | seeded | |
|---|---|---|---|
MD
for i in "${!MEASURES[@]}"; do
  echo "| ${MEASURES[$i]} | ${EMPTY[$i]} | ${SEEDED[$i]} | |"
done
