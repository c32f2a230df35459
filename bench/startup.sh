#!/usr/bin/env bash
# Benchmark: start-up to the first authenticated 200, and resident memory after start, on the embedded database.
# Each start is timed from launch to the first 200 of GET /api/institutions/ with Basic auth (polled every 20 ms by
# one Python process rather than a curl per try, whose forks would take CPU from the start measured),
# and the CPU time the JVM had used by then (all threads, and its main thread: less sensitive than the wall clock
# to other work on the box), then, 2 s later, the JVM's resident set (anonymous and file-backed) and PostgreSQL's (postmaster and backends:
# the sum of RSS, which counts shared buffers once per process, and the sum of PSS, which shares them out).
# Scenarios, each RUNS times, medians reported:
#   jar       java -Xmx512m -jar ponte-server.jar, as before issue 12 (bench/server.sh still starts it so)
#   training  ./ponte serve when this build has no AOT cache yet: the first start after a build (its stop writes
#             the cache, timed as well)
#   serve     ./ponte serve with the cache, as every later start
# each on a fresh data folder (initdb and every migration) and on an existing one (the second start).
# Usage: bench/startup.sh [runs] [kinds, default "jar training serve"]; BENCH_JAR=path times another jar as "jar"
# (the build before a change, say).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
KINDS=${2:-jar training serve}
PORT=${BENCH_PORT:-18095}
ID=bench-key
PASSWORD=bench-password-0123456789
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
JAVA_HOME=$JAVA_HOME ./mvnw -B -q -DskipTests package
WORK=$(mktemp -d /tmp/ponte-startup.XXXXXX)
SERVER=
trap '[[ -n "$SERVER" ]] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
# the jar run as before, from a copy so a build meanwhile cannot change it
cp "${BENCH_JAR:-server/target/ponte-server.jar}" "$WORK/ponte-server.jar"

kb() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }
# ./ponte serve is the JVM itself (exec) once the cache exists, its parent on a training run
jvm_of() {
  if [[ "$(cat "/proc/$1/comm")" == java ]]; then echo "$1"; else pgrep -P "$1" java; fi
}
postgres_kb() { # RSS and PSS summed over the postmaster and its children
  local main rss=0 pss=0
  main=$(head -1 "$1/postgres/postmaster.pid")
  for p in $main $(pgrep -P "$main" || true); do
    rss=$((rss + $(kb "$p" VmRSS))); pss=$((pss + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup")))
  done
  echo "$rss $pss"
}

# CPU time of a process and of its main thread (named java), in ms
cpu_ms() {
  local tick main=0 t
  tick=$((1000 / $(getconf CLK_TCK)))
  for t in /proc/"$1"/task/*; do
    [[ "$(cat "$t/comm")" == java ]] && main=$(awk -v k="$tick" '{print ($14 + $15) * k}' "$t/stat")
  done
  echo "$(awk -v k="$tick" '{print ($14 + $15) * k}' "/proc/$1/stat") $main"
}

# start_once KIND DATA OUT: one start; appends "ready_ms jvm_rss jvm_anon jvm_file pg_rss pg_pss stop_ms cpu_ms
# main_cpu_ms" (memory in MiB) to OUT
start_once() {
  local kind=$1 data=$2 out=$3 scenario=existing start ready jvm memory stop
  [[ -d "$data/postgres" ]] || scenario=fresh
  mkdir -p "$data"
  start=$(date +%s%N)
  if [[ $kind == jar ]]; then
    PONTE_DATA_DIR=$data SERVER_PORT=$PORT PONTE_SECRET_ID=$ID PONTE_SECRET_PASSWORD=$PASSWORD \
      "$JAVA_HOME/bin/java" -Xmx512m -XX:+ExitOnOutOfMemoryError -jar "$WORK/ponte-server.jar" > "$data.log" 2>&1 &
  else
    PONTE_DATA_DIR=$data SERVER_PORT=$PORT PONTE_SECRET_ID=$ID PONTE_SECRET_PASSWORD=$PASSWORD \
      ./ponte serve > "$data.log" 2>&1 &
  fi
  SERVER=$!
  ready=$(python3 - "$start" "$SERVER" <<PY
import base64, os, sys, time, urllib.request
start, server = int(sys.argv[1]), int(sys.argv[2])
request = urllib.request.Request("http://localhost:$PORT/api/institutions/",
    headers={"Authorization": "Basic " + base64.b64encode(b"$ID:$PASSWORD").decode()})
while time.time_ns() - start < 120e9:
    try:
        if urllib.request.urlopen(request, timeout=5).status == 200:
            print((time.time_ns() - start) // 1000000); sys.exit(0)
    except Exception:
        os.kill(server, 0)  # the server exited: fail
    time.sleep(0.02)
sys.exit(1)
PY
) || { echo "no answer; log:" >&2; cat "$data.log" >&2; exit 1; }
  jvm=$(jvm_of "$SERVER")
  cpu=$(cpu_ms "$jvm")
  sleep 2
  memory="$(( $(kb "$jvm" VmRSS) / 1024 )) $(( $(kb "$jvm" RssAnon) / 1024 )) $(( $(kb "$jvm" RssFile) / 1024 ))"
  read -r pg_rss pg_pss <<< "$(postgres_kb "$data")"
  memory="$memory $(( pg_rss / 1024 )) $(( pg_pss / 1024 ))"
  start=$(date +%s%N)
  kill "$SERVER"; wait "$SERVER" || true; SERVER=
  stop=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "$ready $memory $stop $cpu" >> "$out"
  echo "$kind, $scenario folder: ready $ready ms; JVM, anon, file; PostgreSQL RSS, PSS (MiB): $memory; stop $stop ms; CPU ms all, main: $cpu" >&2
}

# the cache ./ponte serve uses for this build and these options (the name is ./ponte's)
caches() { ls server/target/run/"$(cksum < server/target/ponte-server.jar | cut -d' ' -f1)"/*.aot 2>/dev/null || true; }

# unmeasured: extracts this build for ./ponte serve and writes its cache
[[ $KINDS == jar ]] || start_once training "$WORK/seed" /dev/null 2> /dev/null
for kind in $KINDS; do
  for run in $(seq 1 "$RUNS"); do
    [[ $kind == training ]] && rm -f $(caches)
    start_once "$kind" "$WORK/fresh" "$WORK/$kind-fresh"
    rm -rf "$WORK/fresh"
  done
  # the folder of a first start, then the measured second starts
  rm -rf "$WORK/existing"; start_once "$kind" "$WORK/existing" /dev/null 2> /dev/null
  for run in $(seq 1 "$RUNS"); do
    [[ $kind == training ]] && rm -f $(caches)
    start_once "$kind" "$WORK/existing" "$WORK/$kind-existing"
  done
done

# median COLUMN FILE
median() { cut -d' ' -f"$1" "$2" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }
all() { cut -d' ' -f"$1" "$2" | paste -sd/ | sed 's|/| / |g'; }
echo
echo "Start-up and memory, median of $RUNS starts each ($(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)):"
echo
echo '| launch | data folder | launch to first authenticated 200 | JVM CPU by then (main thread) | JVM RSS (anon + file) | PostgreSQL RSS sum / PSS sum | stop |'
echo '|---|---|---|---|---|---|---|'
for kind in $KINDS; do
  for scenario in fresh existing; do
    f=$WORK/$kind-$scenario
    echo "| $kind | $scenario | **$(median 1 "$f") ms** ($(all 1 "$f")) | $(median 8 "$f") ms ($(median 9 "$f") ms) | $(median 2 "$f") MiB ($(median 3 "$f") + $(median 4 "$f")) | $(median 5 "$f") / $(median 6 "$f") MiB | $(median 7 "$f") ms |"
  done
done
