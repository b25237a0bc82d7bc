#!/usr/bin/env bash
# Benchmark: starts the three services against a benchmark database on the machine's PostgreSQL, loads the seeded
# data set if the database is empty, runs each scenario with wrk on loopback and the plain-SQL baseline with pgbench
# at the same concurrency, and writes deploy/bench/results/<date>-<size>.md.
#   deploy/bench/run.sh [national|large]      (default national)
# Environment: CONCURRENCY (8), DURATION seconds per scenario (10), WARMUP seconds (5), RELOAD=1 to load again,
# BENCH_PORT (9581: registry, +1 aid, +2 partner), PGHOST/PGPORT (127.0.0.1:5432, user postgres),
# PEER_GITDIR (a git directory of quarkusio/quarkus-super-heroes: the same-stack peer's GET by id and its pgbench row
# are measured in the same run, with ../shared/bench/peer-villains.sh or PEER_BENCH_DIR's),
# PGBENCH_STATEMENT_TIMEOUT (60s), BENCH_IMPORT_ROWS (100, rows of each import request), BENCH_AOT_JAVA (a JDK 25 or
# newer's java for the startup figures with an AOT cache; found in /usr/lib/jvm when not given), BENCH_JAVA_OPTS (JVM
# options of the services; by default the container image's under the Kubernetes memory limit of 512Mi: a heap of at
# most half of it and the serial collector, with MALLOC_ARENA_MAX=2 as the image sets it).
# Needs the packaged services (./mvnw -B -q -DskipTests package), psql and pgbench, and wrk (installed with apt-get
# when missing and running as root; otherwise: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."

size=${1:-national}
case "$size" in national|large) ;; *) echo "usage: deploy/bench/run.sh [national|large]" >&2; exit 2 ;; esac
concurrency=${CONCURRENCY:-8}
duration=${DURATION:-10}
warmup=${WARMUP:-5}
[ "$duration" -le 120 ] && [ "$warmup" -le 60 ] && [ "$concurrency" -le 64 ] || { echo "DURATION ≤ 120, WARMUP ≤ 60, CONCURRENCY ≤ 64" >&2; exit 2; }
base=${BENCH_PORT:-9581}
registry_port=$base aid_port=$((base + 1)) partner_port=$((base + 2))
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
database=ngo_aid_bench_$size
url=jdbc:postgresql://$PGHOST:$PGPORT/$database
bench=deploy/bench
data=$bench/data/$size
work=$bench/.run/$size
mkdir -p "$data" "$work" "$bench/results"
lib=aid-project-service/target/quarkus-app/lib/main

for jar in ngo-registry-service aid-project-service partner-service; do
  [ -f "$jar/target/quarkus-app/quarkus-run.jar" ] || { echo "package first: ./mvnw -B -q -DskipTests package" >&2; exit 2; }
done
command -v pgbench >/dev/null && command -v psql >/dev/null || { echo "needs psql and pgbench (apt-get install postgresql-client)" >&2; exit 2; }
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else echo "needs wrk: sudo apt-get install wrk" >&2; exit 2; fi
fi
psql -q -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 \
  || psql -q -d postgres -c "CREATE DATABASE $database"

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
trap stop_all EXIT

export QUARKUS_PROFILE=dev NGO_REGISTRY_PORT=$registry_port AID_PROJECT_PORT=$aid_port PARTNER_PORT=$partner_port
export NGO_REGISTRY_URL=http://127.0.0.1:$registry_port PARTNER_URL=http://127.0.0.1:$partner_port
export NGO_REGISTRY_DB_URL=$url AID_PROJECT_DB_URL=$url PARTNER_DB_URL=$url

java_opts=${BENCH_JAVA_OPTS:--XX:MaxRAM=512m -XX:MaxRAMPercentage=50 -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
declare -A ready_ms rss_kb
# start NAME PORT: starts a service alone (so its start is not slowed by the others') and records time to ready
start() {
  local name=$1 port=$2 started now
  ! curl -s -o /dev/null "http://127.0.0.1:$port/" || { echo "port $port is taken: stop what runs there" >&2; exit 1; }
  started=$(date +%s%N)
  java $java_opts -jar "$name/target/quarkus-app/quarkus-run.jar" >"$work/$name.log" 2>&1 &
  pids+=($!)
  # a first start after a new migration includes it (an index on a million projects takes a while)
  for _ in $(seq 1 3000); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; then
      now=$(date +%s%N)
      ready_ms[$name]=$(((now - started) / 1000000))
      return 0
    fi
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "$name stopped; see $work/$name.log" >&2; tail -n 20 "$work/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "$name not ready within 300 s; see $work/$name.log" >&2
  exit 1
}
sample_rss() {
  local i=0 name rss
  for name in ngo-registry-service partner-service aid-project-service; do
    rss=$(ps -o rss= -p "${pids[i]}" | tr -d ' ')
    if [ "${rss:-0}" -gt "${rss_kb[$name]:-0}" ]; then rss_kb[$name]=$rss; fi
    i=$((i + 1))
  done
}

# in the order they call each other, so a service starts with the services it calls answering
start ngo-registry-service "$registry_port"
start partner-service "$partner_port"
start aid-project-service "$aid_port"
echo "ready: registry ${ready_ms[ngo-registry-service]} ms, aid ${ready_ms[aid-project-service]} ms, partner ${ready_ms[partner-service]} ms"

load_note="loaded earlier"
if [ "${RELOAD:-0}" = 1 ] || [ "$(psql -d "$database" -tAc 'SELECT count(*) FROM aid_project.project')" = 0 ]; then
  echo "Loading the $size data set…"
  started=$(date +%s)
  nice -n 10 java -cp "$(ls $lib/org.postgresql.postgresql-*.jar):$(ls $lib/vn.ngoaid.common-*.jar)" $bench/Generate.java \
    "$size" "$url" "$data" | tee "$work/load.log"
  load_note="loaded in $(($(date +%s) - started)) s (load average then: $(cut -d' ' -f1-3 /proc/loadavg))"
fi
counts=$(psql -d "$database" -tAc "SELECT (SELECT count(*) FROM ngo_registry.organization) || ' organizations, ' ||
  (SELECT count(*) FROM aid_project.project) || ' projects, ' || (SELECT count(*) FROM aid_project.aid_transaction) || ' transactions'")

export BENCH_WRK_DIR=$PWD/$bench/wrk BENCH_DATA=$PWD/$data
export BENCH_TOKEN
BENCH_TOKEN=$(java -jar deploy/dev-token/target/dev-token-1.0.0-SNAPSHOT.jar --role coordinator --subject bench)

# the plain-SQL baseline reads ids by number from a copy of the generator's sample
psql -q -d "$database" <<SQL
CREATE SCHEMA IF NOT EXISTS bench;
DROP TABLE IF EXISTS bench.project_ids;
CREATE TABLE bench.project_ids (n int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id uuid NOT NULL);
\copy bench.project_ids (id) FROM '$data/project-ids.txt'
SQL
ids=$(psql -d "$database" -tAc "SELECT count(*) FROM bench.project_ids")
# the import scenario names projects by code
if [ ! -s "$data/open-project-codes.txt" ] || [ "${RELOAD:-0}" = 1 ]; then
  psql -q -d "$database" <<SQL
CREATE TEMPORARY TABLE open_project_ids (id uuid);
\copy open_project_ids FROM '$data/open-project-ids.txt'
\copy (SELECT p.code FROM aid_project.project p JOIN open_project_ids o ON o.id = p.id ORDER BY p.code) TO '$data/open-project-codes.txt'
SQL
fi
# the registry's and partner-service's reads name their records by id
if [ ! -s "$data/organization-ids.txt" ] || [ ! -s "$data/exchange-ids.txt" ] || [ "${RELOAD:-0}" = 1 ]; then
  psql -q -d "$database" -c "\copy (SELECT id FROM ngo_registry.organization ORDER BY id) TO '$data/organization-ids.txt'" \
    -c "\copy (SELECT id FROM partner.exchange ORDER BY id) TO '$data/exchange-ids.txt'"
fi
import_rows=${BENCH_IMPORT_ROWS:-100}
export BENCH_IMPORT_ROWS=$import_rows

aggregate_url="http://127.0.0.1:$aid_port/api/v1/aggregates"
rows=()
# rate X: whole numbers, two decimals below 10 (a slow aggregate)
rate() { awk -v x="$1" 'BEGIN { printf (x < 10 ? "%.2f" : "%.0f"), x }'; }
# wrk_run NAME SCRIPT URL: warm-up, then the measured run; appends a table row
wrk_run() {
  local name=$1 script=$2 target=$3 out load
  wrk -t2 -c"$concurrency" -d"${warmup}s" -s "$bench/wrk/$script" "$target" >/dev/null 2>&1 || true
  load=$(cut -d' ' -f1 /proc/loadavg)
  out=$(wrk -t2 -c"$concurrency" -d"${duration}s" --timeout 10s -s "$bench/wrk/$script" "$target" 2>&1)
  sample_rss
  echo "$out" >"$work/$(echo "$name" | tr ' /=,?&' '______').wrk.txt"
  set -- $(echo "$out" | grep '^RESULT' | tail -n 1 | cut -d' ' -f2-)
  [ $# = 6 ] || { echo "$name: no result; see $work" >&2; return 0; }
  rows+=("$name|$(rate "$(awk -v r="$1" -v s="$2" 'BEGIN { print r / s }')")|$3|$4|$5|$6|$load")
  echo "$name: $(rate "$(awk -v r="$1" -v s="$2" 'BEGIN { print r / s }')") req/s, p50 $3 ms, p95 $4 ms, p99 $5 ms, errors $6"
}
# pgbench_run NAME SQLFILE [DATABASE]: the same concurrency, per-transaction log for the percentiles
pgbench_run() {
  local name=$1 file=$2 db=${3:-$database} out tps load dir
  dir=$(mktemp -d)
  load=$(cut -d' ' -f1 /proc/loadavg)
  # a statement longer than PGBENCH_STATEMENT_TIMEOUT (60s) counts as failed instead of holding the run
  out=$( (cd "$dir" && PGOPTIONS="-c statement_timeout=${PGBENCH_STATEMENT_TIMEOUT:-60s}" pgbench -n -M prepared -f "$OLDPWD/$file" -D ids="$ids" -c "$concurrency" -j 2 -T "$duration" -l "$db") 2>&1 || true)
  echo "$out" >"$work/$(echo "$name" | tr ' /=,?&' '______').pgbench.txt"
  tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -n 1)
  read -r p50 p95 p99 < <(cat "$dir"/pgbench_log.* 2>/dev/null | awk '{print $3}' | sort -n | awk '{ v[NR] = $1 } END {
    printf "%.2f %.2f %.2f\n", v[int(NR * 0.5) + 1] / 1000, v[int(NR * 0.95) + 1] / 1000, v[int(NR * 0.99) + 1] / 1000 }')
  # transactions cut by the statement timeout abort their client
  failed=$(echo "$out" | grep -c 'aborted in command' || true)
  if ! ls "$dir"/pgbench_log.* >/dev/null 2>&1 || [ ! -s "$(ls "$dir"/pgbench_log.* | head -n 1)" ]; then
    p50="> ${PGBENCH_STATEMENT_TIMEOUT:-60s}" p95=$p50 p99=$p50
  fi
  rm -rf "$dir"
  rows+=("$name|$(rate "$tps")|$p50|$p95|$p99|${failed:-0}|$load")
  echo "$name: $tps tps, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms"
}

wrk_run "GET /projects/{id}" get-project.lua "http://127.0.0.1:$aid_port"
pgbench_run "pgbench: project row by id" $bench/sql/project-by-id.sql
# the same-stack peer (Quarkus, Hibernate ORM Panache, PostgreSQL: one row by id, no token), started only for its
# two measurements, so that every recorded run carries the ratio to it
peer_note=""
if [ -n "${PEER_GITDIR:-}" ]; then
  peer=${PEER_BENCH_DIR:-$PWD/../shared/bench}/peer-villains.sh
  # built and started in its own profile (prod: it loads its villains at start), not the services' dev: a jar built
  # with QUARKUS_PROFILE=dev runs in dev by default
  env -u QUARKUS_PROFILE "$peer" build >"$work/peer-build.log" 2>&1 || { echo "the peer did not build; see $work/peer-build.log" >&2; exit 1; }
  ! curl -s -o /dev/null http://127.0.0.1:9084/ || { echo "port 9084, the peer's, is taken: stop what runs there" >&2; exit 1; }
  env -u QUARKUS_PROFILE "$peer" start >"$work/peer-start.log" 2>&1 \
    || { echo "the peer did not start; see $work/peer-start.log" >&2; exit 1; }
  trap '"$peer" stop >/dev/null 2>&1 || true; stop_all' EXIT
  wrk_run "peer: GET /api/villains/{id}" peer-villain.lua http://127.0.0.1:9084
  pgbench_run "pgbench: peer's villain row by id" $bench/sql/peer-villain-by-id.sql peer_villains
  "$peer" stop >/dev/null
  peer_note="The peer: quarkus-super-heroes rest-villains at commit $(git -C "${PEER_DIR:-${TMPDIR:-/tmp}/peer}/super-heroes" log -1 --format=%h), Quarkus 3.37.3, \
with Java $("$(ls -d /usr/lib/jvm/*-2[1-9]-* /usr/lib/jvm/*-[3-9][0-9]-* 2>/dev/null | sort -V | tail -n 1)/bin/java" -version 2>&1 | head -n 1 | cut -d'"' -f2) (it needs 21 or newer) and the same JVM options, no token; started for its two rows only."
fi
wrk_run "GET /projects?filters&page" list-projects.lua "http://127.0.0.1:$aid_port"
BENCH_RECORD_PATH=/api/v1/organizations BENCH_RECORD_IDS=organization-ids.txt \
  wrk_run "registry: GET /organizations/{id}" get-record.lua "http://127.0.0.1:$registry_port"
BENCH_LIST_QUERIES="/api/v1/organizations?type=INGO|/api/v1/organizations?country=US&sort=name,asc|/api/v1/organizations?province=01|/api/v1/organizations?q=health" \
  wrk_run "registry: GET /organizations?filters&page" list-records.lua "http://127.0.0.1:$registry_port"
BENCH_RECORD_PATH=/api/v1/exchanges BENCH_RECORD_IDS=exchange-ids.txt \
  wrk_run "partner: GET /exchanges/{id}" get-record.lua "http://127.0.0.1:$partner_port"
BENCH_LIST_QUERIES="/api/v1/exchanges?province=20|/api/v1/exchanges?direction=INBOUND&year=2015|/api/v1/exchanges?countryCode=CN|/api/v1/exchanges?q=delegation" \
  wrk_run "partner: GET /exchanges?filters&page" list-records.lua "http://127.0.0.1:$partner_port"
wrk_run "POST /projects/{id}/transactions" post-transaction.lua "http://127.0.0.1:$aid_port"
wrk_run "POST /imports/transactions, $import_rows rows each" import-transactions.lua "http://127.0.0.1:$aid_port"
wrk_run "GET /aggregates?groupBy=province,year" plain.lua "$aggregate_url?groupBy=province,year&currency=USD"
pgbench_run "pgbench: province,year aggregate SQL" $bench/sql/aggregate-province-year.sql
wrk_run "GET /aggregates?groupBy=sector" plain.lua "$aggregate_url?groupBy=sector&currency=USD"
wrk_run "GET /aggregates?groupBy=donorCountry&fromYear=2015&toYear=2020" plain.lua \
  "$aggregate_url?groupBy=donorCountry&currency=USD&fromYear=2015&toYear=2020"
wrk_run "GET /aggregates?groupBy=ownerType" plain.lua "$aggregate_url?groupBy=ownerType&currency=USD"
# while_writing NAME QUERY: the question while transactions arrive on one more connection: each write makes the kept
# answer stale, so most answers are made again (the cost of a dashboard during a burst of writes)
while_writing() {
  local writer
  wrk -t1 -c1 -d"$((warmup + duration + 2))s" -s "$bench/wrk/post-transaction.lua" "http://127.0.0.1:$aid_port" >"$work/writer.wrk.txt" 2>&1 &
  writer=$!
  wrk_run "GET /aggregates?$1, POSTs arriving" plain.lua "$aggregate_url?$1&currency=USD"
  wait "$writer" || true
  writer_rate=$(grep '^RESULT' "$work/writer.wrk.txt" | awk '{ printf "%.0f", $2 / $3 }')
  echo "  (meanwhile $writer_rate POST/s on the writer's connection)"
}
# a dimension of the views against another (sector and the owner's type), and the years' planned vs disbursed,
# each made again after every write; the first question last, as the results' notes describe
while_writing "groupBy=sector"
while_writing "groupBy=ownerType"
while_writing "groupBy=year&fromYear=2015"
while_writing "groupBy=province,year"
sample_rss

# Startup: each service started again beside the running ones (as in production), three times with the
# default java, and, when a JDK 25 or newer is there (BENCH_AOT_JAVA, or found in /usr/lib/jvm), three times with an
# AOT cache (JEP 483, 514, 515) made by one training run that starts the service and stops it: median time to ready.
aot_java=${BENCH_AOT_JAVA:-$(ls -d /usr/lib/jvm/*-2[5-9]-*/bin/java 2>/dev/null | tail -n 1)}
declare -A start_plain start_aot
# time_to_ready NAME PORT_VARIABLE JAVA [OPTIONS]: ms until one more instance on a free port is ready ("failed" when
# it stops or takes over 60 s), then stops it
time_to_ready() {
  local name=$1 variable=$2 jvm=$3 options=${4:-} port=$((base + 20)) started pid ready=failed
  started=$(date +%s%N)
  env "$variable=$port" "$jvm" $java_opts $options -jar "$name/target/quarkus-app/quarkus-run.jar" >"$work/$name.again.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; then
      ready=$((($(date +%s%N) - started) / 1000000))
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$ready"
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
for service in ngo-registry-service:NGO_REGISTRY_PORT partner-service:PARTNER_PORT aid-project-service:AID_PROJECT_PORT; do
  name=${service%%:*} variable=${service##*:}
  start_plain[$name]=$(median $(for _ in 1 2 3; do time_to_ready "$name" "$variable" java; done))
  if [ -n "$aot_java" ]; then
    rm -f "$work/$name.aot"
    time_to_ready "$name" "$variable" "$aot_java" "-XX:AOTCacheOutput=$work/$name.aot" >/dev/null
    if [ -f "$work/$name.aot" ]; then
      start_aot[$name]=$(median $(for _ in 1 2 3; do time_to_ready "$name" "$variable" "$aot_java" "-XX:AOTCache=$work/$name.aot"; done))
    fi
  fi
  echo "$name: ready in ${start_plain[$name]} ms${start_aot[$name]:+, ${start_aot[$name]} ms with a JDK 25 AOT cache}"
done

# ratio of each API figure to its pgbench baseline: reads of one row to the row read, aggregates to the aggregate SQL
baseline() {
  for row in "${rows[@]}"; do
    if [[ $row == "pgbench: $1"* ]]; then echo "$row" | cut -d'|' -f2; fi
  done
}
read_tps=$(baseline "project row")
peer_read_tps=$(baseline "peer's villain row")
api_rate() {
  for row in "${rows[@]}"; do
    if [[ $row == "$1|"* ]]; then echo "$row" | cut -d'|' -f2; fi
  done
}
aggregate_tps=$(baseline "province,year")
result=$bench/results/$(date -u +%Y-%m-%d)-$size.md
{
  echo "# Benchmark $size, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Data: $counts ($load_note). Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, PostgreSQL $(psql -d postgres -tAc 'SHOW server_version'), load generator on the same machine."
  echo "Command: \`CONCURRENCY=$concurrency DURATION=$duration WARMUP=$warmup deploy/bench/run.sh $size\`; wrk -t2 -c$concurrency, pgbench -c$concurrency -j2 -M prepared, ${duration} s each after a ${warmup} s warm-up (API only). JVM options: $java_opts."
  echo
  echo "| scenario | concurrency | requests/s | p50 ms | p95 ms | p99 ms | errors | ratio to pgbench | load avg (1 min) before |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for row in "${rows[@]}"; do
    IFS='|' read -r name rps p50 p95 p99 errors load <<<"$row"
    ratio=""
    case "$name" in
      "GET /projects/{id}") ratio=$(awk -v a="$rps" -v b="$read_tps" 'BEGIN { if (b > 0) printf "%.3f", a / b }') ;;
      "peer: GET"*) ratio=$(awk -v a="$rps" -v b="$peer_read_tps" 'BEGIN { if (b > 0) printf "%.3f", a / b }') ;;
      "GET /aggregates"*) ratio=$(awk -v a="$rps" -v b="$aggregate_tps" 'BEGIN { if (b > 0) printf "%.2f", a / b }') ;;
    esac
    echo "| $name | $concurrency | $rps | $p50 | $p95 | $p99 | $errors | $ratio | $load |"
  done
  echo
  if [ -n "$peer_note" ]; then
    echo "GET /projects/{id} (a token checked, the project with its sectors, locations and running totals) answers" \
      "$(awk -v a="$(api_rate "GET /projects/{id}")" -v b="$(api_rate "peer: GET /api/villains/{id}")" 'BEGIN { if (b > 0) printf "%.2f", a / b }') ×" \
      "the peer's requests/s in this run. $peer_note"
    echo
  fi
  for row in "${rows[@]}"; do
    if [[ $row == "POST /imports/transactions"* ]]; then
      echo "The import carries $import_rows transactions a request: $(echo "$row" | cut -d'|' -f2 | awk -v n="$import_rows" '{ printf "%.0f", $1 * n }') transactions/s."
      echo
    fi
  done
  if [ -n "$aot_java" ]; then
    aot_note="and with Java $("$aot_java" -version 2>&1 | head -n 1 | cut -d'"' -f2) and an AOT cache made by a training start"
  else
    aot_note="(no JDK 25 or newer found for the AOT cache)"
  fi
  echo "While the last scenario ran, one more connection posted transactions: ${writer_rate:-?} POST/s, through its warm-up too."
  echo
  echo "Services: time to ready at the first start (each alone, before the scenarios); median time to ready of three more"
  echo "starts beside the running services, with Java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2) $aot_note;"
  echo "largest resident size sampled after each scenario:"
  for name in ngo-registry-service aid-project-service partner-service; do
    echo "- $name: ready in ${ready_ms[$name]} ms at first, then ${start_plain[$name]} ms${start_aot[$name]:+, ${start_aot[$name]} ms with the AOT cache}; RSS $((${rss_kb[$name]:-0} / 1024)) MB"
  done
} >"$result"
cat "$result"
