#!/usr/bin/env bash
# Benchmark: webhook delivery to a local receiver (bench/WebhookSink.java), and recurrent refreshes after a sandbox
# clock advance. Own server on a fresh embedded database, default settings.
#  1. latency at a steady rate: 500 events, one at a time (fire-webhook, one endpoint); commit (the event's
#     created_at, written in the committing transaction) to receipt at the sink, p50 and p99;
#  2. throughput from a burst: one fire-webhook to an organization with 1,000 endpoints writes 1,000 events in one
#     transaction; events/s from that commit to the last receipt, three bursts;
#  3. 1,000 recurrent sandbox links (ACCOUNTS and TRANSACTIONS loaded), clock advanced 30 days: time from the
#     advance until every link's new_transactions_available webhook has arrived.
# Usage: bench/webhooks.sh [links]
set -euo pipefail
cd "$(dirname "$0")/.."
LINKS=${1:-1000}
PORT=${BENCH_PORT:-18093}
SINK_PORT=${BENCH_SINK_PORT:-18094}
source bench/server.sh
"$JAVA_HOME/bin/java" bench/WebhookSink.java "$SINK_PORT" > "$DATA/sink.log" 2>&1 &
SINK=$!
trap 'kill $SINK $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
SINK_URL="http://127.0.0.1:$SINK_PORT"
for _ in $(seq 1 100); do curl -sf -o /dev/null "$SINK_URL/count" && break; sleep 0.1; done

id_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
received() { curl -sf "$SINK_URL/count"; }
await_received() { # count, timeout seconds
  for _ in $(seq 1 $(( $2 * 10 ))); do [ "$(received)" -ge "$1" ] && return 0; sleep 0.1; done
  echo "only $(received) of $1 webhooks arrived" >&2; return 1
}
# every event of the organization: id and created_at, one per line
events() {
  local count page
  count=$(curl -sf -u "$ID:$PASSWORD" "$BASE/api/webhook-events/?page_size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
  for page in $(seq 1 $(( (count + 999) / 1000 ))); do
    curl -sf -u "$ID:$PASSWORD" "$BASE/api/webhook-events/?page_size=1000&page=$page" \
      | python3 -c 'import json,sys; [print(e["id"], e["created_at"]) for e in json.load(sys.stdin)["results"]]'
  done
}

link=$(post /api/links/ '{"institution":"erebor_br_retail","username":"bench_hooks","password":"secret1","fetch_resources":[]}' | id_of)
first=$(post /api/webhooks/ "{\"url\":\"$SINK_URL/hooks/0\"}" | id_of)
FIRE="$BASE/api/sandbox/links/$link/fire-webhook/"
BODY='{"webhook_type":"TRANSACTIONS","webhook_code":"new_transactions_available"}'

echo "1. 500 events at a steady rate" >&2
for i in $(seq 1 20); do post "/api/sandbox/links/$link/fire-webhook/" "$BODY" > /dev/null; done  # warm-up
await_received 20 30
for i in $(seq 1 500); do post "/api/sandbox/links/$link/fire-webhook/" "$BODY" > /dev/null; done
await_received 520 60
events > "$DATA/steady-events"
curl -sf "$SINK_URL/dump" > "$DATA/steady-sink"

echo "2. bursts of 1,000 events" >&2
seq 1 999 | xargs -P4 -I{} curl -sf -o /dev/null -u "$ID:$PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"url\":\"$SINK_URL/hooks/{}\"}" "$BASE/api/webhooks/"
expected=520
for burst in 1 2 3; do
  post "/api/sandbox/links/$link/fire-webhook/" "$BODY" > /dev/null
  expected=$((expected + 1000))
  await_received "$expected" 120
  sleep 1
done
events > "$DATA/burst-events"
curl -sf "$SINK_URL/dump" > "$DATA/burst-sink"

echo "3. refreshing $LINKS recurrent links after a 30-day clock advance" >&2
curl -sf -u "$ID:$PASSWORD" "$BASE/api/webhooks/?page_size=1000" \
  | python3 -c 'import json,sys; [print(e["id"]) for e in json.load(sys.stdin)["results"]]' \
  | xargs -P4 -I{} curl -sf -o /dev/null -u "$ID:$PASSWORD" -X DELETE "$BASE/api/webhooks/{}/"
post /api/webhooks/ "{\"url\":\"$SINK_URL/refresh\",\"webhook_types\":[\"TRANSACTIONS\"]}" > /dev/null
before=$(received)
load_start=$(date +%s%N)
seq 1 "$LINKS" | xargs -P4 -I{} curl -sf -o /dev/null -u "$ID:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"institution":"erebor_br_retail","username":"bench_rec_{}","password":"secret1","access_mode":"recurrent","fetch_resources":["ACCOUNTS","TRANSACTIONS"]}' \
  "$BASE/api/links/"
await_received $((before + LINKS)) 1800   # each link's TRANSACTIONS historical_update
load_ms=$(( ($(date +%s%N) - load_start) / 1000000 ))
before=$(received)
advance_start=$(date +%s%N)
post /api/sandbox/clock/ '{"advance":"30d"}' > /dev/null
await_received $((before + LINKS)) 1800   # each link's new_transactions_available (and transactions_updated)
for _ in $(seq 1 18000); do
  refreshed=$(curl -sf "$SINK_URL/dump" | awk '$3=="new_transactions_available" && $4!="'"$link"'" {print $4}' | sort -u | wc -l)
  [ "$refreshed" -ge "$LINKS" ] && break; sleep 0.1
done
refresh_ms=$(( ($(date +%s%N) - advance_start) / 1000000 ))
new_rows=$(curl -sf -u "$ID:$PASSWORD" "$BASE/api/webhook-events/?webhook_code=new_transactions_available&page_size=1000" \
  | python3 -c 'import json,sys; print(sum(e["payload"]["data"]["new_transactions"] for e in json.load(sys.stdin)["results"] if e["payload"]["data"]["new_transactions"]))' || echo "?")

python3 - "$DATA" "$refresh_ms" "$load_ms" "$LINKS" "$new_rows" <<'PY'
import sys, datetime
data, refresh_ms, load_ms, links, new_rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
def micros(text):
    t = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return int(t.timestamp()) * 1_000_000 + t.microsecond
def load(name):
    created = {}
    for line in open(f"{data}/{name}-events"):
        i, at = line.split()
        created[i] = micros(at)
    received = {}
    for line in open(f"{data}/{name}-sink"):
        if line.strip():
            at, i = line.split()[:2]
            received.setdefault(i, int(at))
    return created, received
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]
created, received = load("steady")
ordered = sorted(created, key=created.get)[20:]  # after the 20 warm-up events
steady = [(received[i] - created[i]) / 1000 for i in ordered if i in received]
created, received = load("burst")
new = {i: at for i, at in created.items()}
bursts = {}
for i, at in new.items():
    bursts.setdefault(at, []).append(i)
lines = []
for at, ids in sorted(bursts.items()):
    if len(ids) < 1000:
        continue
    arrivals = [received[i] for i in ids if i in received]
    seconds = (max(arrivals) - at) / 1e6
    lat = [(a - at) / 1000 for a in arrivals]
    lines.append(f"{len(arrivals)} events in {seconds:.2f} s = **{len(arrivals)/seconds:.0f} events/s** (commit to receipt p50 {pct(lat,50):.0f} ms, p99 {pct(lat,99):.0f} ms)")
print("| measure | value |")
print("|---|---|")
print(f"| commit to receipt, {len(steady)} events one at a time, one endpoint | p50 **{pct(steady,50):.1f} ms**, p99 **{pct(steady,99):.1f} ms**, max {max(steady):.1f} ms |")
for n, line in enumerate(lines, 1):
    print(f"| burst {n}: 1,000 events committed in one transaction (1,000 endpoints) | {line} |")
print(f"| {links} recurrent links registered with ACCOUNTS and TRANSACTIONS, until every TRANSACTIONS historical_update arrived | {load_ms/1000:.1f} s |")
print(f"| clock advanced 30 days: until all {links} links' new_transactions_available arrived | **{refresh_ms/1000:.1f} s** ({new_rows} new transactions in the first 1,000 events) |")
PY
