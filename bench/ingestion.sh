#!/usr/bin/env bash
# Benchmark: bulk ingestion. Own server on a fresh embedded database (bench/server.sh), no webhook endpoint.
#  1. N recurrent sandbox links (default 1,000) registered with fetch_resources ACCOUNTS,TRANSACTIONS, 4 at a time;
#     their historical loads (13 months each) run as background jobs: rows written and the time from the first
#     registration until no load job is left (registrations included, as they run alongside);
#  2. the sandbox clock advanced 30 days, which makes every link due at once: rows written by the refreshes
#     (accounts and transactions whose collected_at is after the advance, new or updated) and the time from the
#     advance until the last link's refresh finished (links.last_refreshed_at, read once no refresh job is left);
#  3. single 13-month retrievals (POST /api/transactions/) for fresh links of other users, one at a time.
# Counts and end times come from the database itself (psql on the embedded server's port).
# Usage: bench/ingestion.sh [links] [retrievals]
set -euo pipefail
cd "$(dirname "$0")/.."
LINKS=${1:-1000}
RETRIEVALS=${2:-7}
INSTITUTION=${BENCH_INSTITUTION:-erebor_br_retail}
PORT=${BENCH_PORT:-18141}
source bench/server.sh
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# CPU seconds used so far by the JVM and by PostgreSQL: all its processes (with autovacuum workers and this script's
# psql sessions once they exit), and its client backends alone: "jvm pg backends reaped others"
cpu() {
  local pm; pm=$(sed -n 1p "$PG_PID_FILE")
  { awk '{print "j", $14 + $15}' "/proc/$SERVER/stat"
    awk '{print "r", $16 + $17; print "o", $14 + $15}' "/proc/$pm/stat"
    for p in $(pgrep -P "$pm"); do
      kind=o; tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | grep -q '^postgres: [^ ]* [^ ]* ' && kind=b
      awk -v k=$kind '{print k, $14 + $15 + $16 + $17}' "/proc/$p/stat" 2>/dev/null || true
    done
  } | awk -v hz="$(getconf CLK_TCK)" '{s[$1] += $2} END {
      printf "%.1f %.1f %.1f %.1f %.1f\n", s["j"] / hz, (s["b"] + s["r"] + s["o"]) / hz, s["b"] / hz, s["r"] / hz, s["o"] / hz}'
}
cpu_since() {
  read -r j0 p0 b0 r0 o0 <<< "$1"; read -r j1 p1 b1 r1 o1 <<< "$(cpu)"
  python3 -c "print(f'JVM {$j1 - $j0:.1f} s, PostgreSQL {$p1 - $p0:.1f} s (client backends {$b1 - $b0:.1f})')"
}
rows() { sql "select (select count(*) from accounts) + (select count(*) from transactions)"; }
# BENCH_PG_STATS=prefix: the top statements of each phase (needs pg_stat_statements preloaded) in prefix.<phase>
stats_reset() {
  [ -z "${BENCH_PG_STATS:-}" ] || sql "create extension if not exists pg_stat_statements; select pg_stat_statements_reset()" > /dev/null
}
stats_top() {
  [ -z "${BENCH_PG_STATS:-}" ] || sql "select round(total_exec_time) || ' ms | ' || calls || ' calls | ' || rows || ' rows | '
    || left(regexp_replace(query, '\s+', ' ', 'g'), 300) from pg_stat_statements order by total_exec_time desc limit 25" > "$BENCH_PG_STATS.$1"
}
# BENCH_PG_WAITS=prefix: what PostgreSQL's busy backends were doing, sampled every 100 ms, in prefix.<phase>
waits_start() {
  [ -z "${BENCH_PG_WAITS:-}" ] && return 0
  ( while :; do sql "select coalesce(wait_event_type || ':' || wait_event, 'CPU') || ' ' || split_part(ltrim(query), ' ', 1)
      from pg_stat_activity where backend_type = 'client backend' and state = 'active' and pid <> pg_backend_pid()"
      sleep 0.1; done > "$BENCH_PG_WAITS.$1.raw" 2>/dev/null ) &
  WAITS=$!
}
waits_stop() {
  [ -z "${BENCH_PG_WAITS:-}" ] && return 0
  kill "$WAITS"; wait "$WAITS" 2>/dev/null || true
  sort "$BENCH_PG_WAITS.$1.raw" | uniq -c | sort -rn > "$BENCH_PG_WAITS.$1"
}
echo "1. registering $LINKS recurrent links at $INSTITUTION (historical loads in the background)" >&2
stats_reset
load_start=$(date +%s%N)
cpu_load=$(cpu)
waits_start load
seq 1 "$LINKS" | xargs -P4 -I{} curl -sf -o /dev/null -u "$ID:$PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"institution\":\"$INSTITUTION\",\"username\":\"bench_ing_{}\",\"password\":\"secret1\",\"access_mode\":\"recurrent\",\"fetch_resources\":[\"ACCOUNTS\",\"TRANSACTIONS\"]}" \
  "$BASE/api/links/"
registered_ms=$(ms_since "$load_start")
drain historical-load
load_ms=$(ms_since "$load_start")
waits_stop load
loaded=$(rows)
load_cpu=$(cpu_since "$cpu_load")
stats_top load
echo "   registered in ${registered_ms} ms, $loaded rows loaded in ${load_ms} ms" >&2

echo "2. advancing the sandbox clock 30 days" >&2
stats_reset
advance_at=$(sql "select clock_timestamp()")
cpu_refresh=$(cpu)
waits_start refresh
post /api/sandbox/clock/ '{"advance":"30d"}' > /dev/null
queued_ms=$(sql "select round(extract(epoch from clock_timestamp() - '$advance_at'::timestamptz) * 1000)")
drain link-refresh
refresh_cpu=$(cpu_since "$cpu_refresh")
waits_stop refresh
stats_top refresh
read -r refresh_ms refreshed < <(sql "select round(extract(epoch from max(last_refreshed_at) - '$advance_at'::timestamptz) * 1000),
  count(*) filter (where last_refreshed_at > '$advance_at') from links where access_mode = 'recurrent'" | tr '|' ' ')
read -r written_tx new_tx written_acc < <(sql "select count(*), count(*) filter (where created_at > '$advance_at'),
  (select count(*) from accounts where collected_at > '$advance_at') from transactions where collected_at > '$advance_at'" | tr '|' ' ')
written=$((written_tx + written_acc))
echo "   $refreshed links refreshed, $written rows written in ${refresh_ms} ms" >&2

echo "3. $RETRIEVALS single 13-month retrievals" >&2
FROM=$(date -u -d "$(sql "select (now() + offset_ms * interval '1 ms')::date from sandbox_clocks limit 1") -13 months" +%F)
TO=$(sql "select (now() + offset_ms * interval '1 ms')::date from sandbox_clocks limit 1")
times=(); counts=()
stats_reset
for i in $(seq 1 "$RETRIEVALS"); do
  link=$(post /api/links/ "{\"institution\":\"$INSTITUTION\",\"username\":\"bench_one_$i\",\"password\":\"secret1\",\"fetch_resources\":[]}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  t=$(curl -sf -o "$DATA/tx.json" -w '%{time_total}' -u "$ID:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"link\":\"$link\",\"date_from\":\"$FROM\",\"date_to\":\"$TO\"}" "$BASE/api/transactions/")
  n=$(python3 -c 'import json; print(len(json.load(open("'"$DATA/tx.json"'"))))')
  times+=("$(python3 -c "print(round($t * 1000, 1))")"); counts+=("$n")
done
again=$(curl -sf -o /dev/null -w '%{time_total}' -u "$ID:$PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"link\":\"$link\",\"date_from\":\"$FROM\",\"date_to\":\"$TO\"}" "$BASE/api/transactions/")
stats_top retrieval
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

cat <<MD
| measure | value |
|---|---|
| $LINKS recurrent links registered (4 at a time) and historically loaded (ACCOUNTS, TRANSACTIONS, 13 months) | $loaded rows in $(python3 -c "print(round($load_ms/1000, 1))") s (registrations alone ${registered_ms} ms) = $(python3 -c "print(round($loaded*1000/$load_ms))") rows/s; CPU: $load_cpu |
| clock advanced 30 days: $refreshed links refreshed, advance to last refresh done (refresh jobs queued after ${queued_ms} ms) | **$written rows written in $(python3 -c "print(round($refresh_ms/1000, 2))") s = $(python3 -c "print(round($written*1000/$refresh_ms))") rows/s** ($written_tx transactions of which $new_tx new, $written_acc accounts); CPU until drained: $refresh_cpu |
| POST /api/transactions/, 13 months, first retrieval for a fresh link, one at a time, median of $RETRIEVALS | **$(median "${times[@]}") ms** for $(median "${counts[@]}") transactions (times: ${times[*]} ms) |
| the same range again (rows updated) | $(python3 -c "print(round($again * 1000, 1))") ms |
MD
