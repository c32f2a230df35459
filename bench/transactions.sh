#!/usr/bin/env bash
# Benchmark: POST /api/transactions/ of 13 months for one link (time and rows written per second), then
# GET /api/transactions/?link=...&page_size=100 throughput. Own server on a fresh embedded database; bounded
# load (warm-up plus three 15 s runs). Usage: bench/transactions.sh [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-32}
PORT=${BENCH_PORT:-18091}
source bench/server.sh

FROM=$(date -u -d '-13 months' +%F)
TO=$(date -u +%F)

# five different end users, so every retrieval writes its rows for the first time
times=(); rows=()
for user in bench_ana bench_bruno bench_carla bench_diego bench_elena; do
  # fetch_resources [] skips the historical load at registration, so the retrieval below writes every row
  link=$(post /api/links/ "{\"institution\":\"erebor_mx_retail\",\"username\":\"$user\",\"password\":\"secret1\",\"fetch_resources\":[]}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  out=$(curl -sf -o "$DATA/tx.json" -w '%{time_total}' -u "$ID:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"link\":\"$link\",\"date_from\":\"$FROM\",\"date_to\":\"$TO\"}" "$BASE/api/transactions/")
  count=$(python3 -c 'import json; print(len(json.load(open("'"$DATA/tx.json"'"))))')
  times+=("$out"); rows+=("$count")
  echo "retrieval for $user: $count transactions in ${out}s" >&2
done
LINK=$link
median_time=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
median_rows=$(printf '%s\n' "${rows[@]}" | sort -n | sed -n 3p)
# the same range again: rows exist, so this measures the update path (no duplicates are written)
again=$(curl -sf -o /dev/null -w '%{time_total}' -u "$ID:$PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"link\":\"$LINK\",\"date_from\":\"$FROM\",\"date_to\":\"$TO\"}" "$BASE/api/transactions/")

URL="$BASE/api/transactions/?link=$LINK&page_size=100"
wrk_runs "$URL"
median=$MEDIAN
body=$(curl -s -u "$ID:$PASSWORD" "$URL" | wc -c)

cat <<MD
| measure | value |
|---|---|
| POST /api/transactions/, 13 months ($FROM to $TO), first retrieval for a link, median of 5 users | **$(python3 -c "print(round($median_time*1000))") ms** for $median_rows transactions (times: ${times[*]} s) |
| rows written per second in that retrieval (transactions + their accounts, one DB transaction, response included) | $(python3 -c "print(round($median_rows/$median_time))") rows/s |
| the same range again (rows updated, none duplicated) | $(python3 -c "print(round($again*1000))") ms |
| GET /api/transactions/?link=...&page_size=100 ($body B), wrk -t2 -c$CONNECTIONS, median of 3 x 15 s | **$median req/s** (runs: $RUNS) |
MD
