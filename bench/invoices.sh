#!/usr/bin/env bash
# Benchmark: a year of invoices for one taxpayer of the sandbox SAT (tatooine_mx_retail): POST /api/invoices/
# over the last 365 days, received (INFLOW) and issued (OUTFLOW), without and with attach_xml, for five taxpayers
# on their first retrieval (nothing loaded before). Own server on a fresh embedded database; bounded (20 calls).
# Usage: bench/invoices.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18093}
source bench/server.sh

FROM=$(date -u -d '-364 days' +%F)
TO=$(date -u +%F)

# time TYPE ATTACH LINK: seconds and invoices of one retrieval
retrieve() {
  local out count
  out=$(curl -sf -o "$DATA/inv.json" -w '%{time_total}' -u "$ID:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"link\":\"$3\",\"type\":\"$1\",\"date_from\":\"$FROM\",\"date_to\":\"$TO\",\"attach_xml\":$2}" "$BASE/api/invoices/")
  count=$(python3 -c 'import json; print(len(json.load(open("'"$DATA/inv.json"'"))))')
  echo "$out $count"
}

rows=()
for login in "fiscal100 full" "GODE561231GR8 abc12345" "MAPA800101AB9 abc12345" "LOPJ900215HM3 abc12345" \
    "RAMS750630KL4 abc12345"; do
  set -- $login
  link=$(post /api/links/ "{\"institution\":\"tatooine_mx_retail\",\"username\":\"$1\",\"password\":\"$2\",\"fetch_resources\":[]}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  read -r t_in n_in < <(retrieve INFLOW false "$link")
  read -r t_out n_out < <(retrieve OUTFLOW false "$link")
  read -r t_xml n_xml < <(retrieve INFLOW true "$link")
  read -r t_again n_again < <(retrieve INFLOW false "$link")
  echo "$1: INFLOW $n_in in ${t_in}s, OUTFLOW $n_out in ${t_out}s, INFLOW with XML ${t_xml}s, again ${t_again}s" >&2
  rows+=("| $1 | $n_in in $(python3 -c "print(round($t_in*1000))") ms | $n_out in $(python3 -c "print(round($t_out*1000))") ms | $(python3 -c "print(round($t_xml*1000))") ms | $(python3 -c "print(round($t_again*1000))") ms |")
done

cat <<MD
| taxpayer | INFLOW, first retrieval (invoices, time) | OUTFLOW, first retrieval | INFLOW again with attach_xml (rows updated, XML rendered) | INFLOW again, no XML |
|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")
MD
