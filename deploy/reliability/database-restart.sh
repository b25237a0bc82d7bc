#!/usr/bin/env bash
# Database faults: stops PostgreSQL under load and starts it again. While it is gone, aid-project-service must report
# not ready and answer 503 problem+json quickly (no 500, no hanging request); once it is back, the service recovers
# by itself, without a restart. Bounded: about a minute. Stops and starts the machine's PostgreSQL cluster.
#   deploy/reliability/database-restart.sh       (needs the packaged service and PostgreSQL at 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${RESTART_PORT:-18383}
outage=${OUTAGE_SECONDS:-10}
database=ngo_aid_restart
cluster=$(ls /etc/postgresql | head -n 1)
jar=aid-project-service/target/quarkus-app/quarkus-run.jar
work=$(mktemp -d)
[ -f "$jar" ] || { echo "package first: ./mvnw -B -q -DskipTests package"; exit 2; }

pg_up() {
  pg_ctlcluster --skip-systemctl-redirect "$cluster" main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done
  echo "PostgreSQL did not start"; exit 1
}
pg_up
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database" 2>/dev/null

# no registry or partner-service runs here: readiness follows the database alone
QUARKUS_PROFILE=dev AID_PROJECT_PORT=$port AID_PROJECT_DB_URL=jdbc:postgresql://127.0.0.1:5432/$database \
  NGO_REGISTRY_URL=http://127.0.0.1:9 java -jar "$jar" >"$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true; pg_up >/dev/null' EXIT
for _ in $(seq 1 120); do curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null && break; sleep 0.5; done
token=$(java -jar deploy/dev-token/target/dev-token-1.0.0-SNAPSHOT.jar --role coordinator --subject restart-test)

# one round: readiness, a read and a write; prints "<phase> <ready> <read> <write> <slowest seconds>"
round() {
  local phase=$1 n=$2 ready read write t1 t2
  ready=$(curl -sS -o /dev/null --max-time 10 -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready" || echo 000)
  t1=$(curl -sS -o "$work/read-$n" --max-time 10 -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port/api/v1/projects?size=1" || echo "000 10")
  read=${t1%% *}
  t2=$(curl -sS -o "$work/write-$n" --max-time 10 -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"code":"RESTART-'$n'-'$RANDOM'","title":"Restart test","donor":{"name":"Restart donor",
    "type":"DOMESTIC"},"modality":"PROJECT","sectors":[{"code":"12220"}],"locations":[{"province":"20"}],
    "approvalLevel":"PROVINCIAL","currency":"VND"}' "http://127.0.0.1:$port/api/v1/projects" || echo "000 10")
  write=${t2%% *}
  echo "$phase $ready $read $write $(printf '%s\n%s\n' "${t1##* }" "${t2##* }" | sort -n | tail -1)"
}

for n in 1 2 3; do round before "b$n"; done | tee "$work/rounds.txt"
echo "Stopping PostgreSQL for $outage s"
pg_ctlcluster --skip-systemctl-redirect "$cluster" main stop -m fast
end=$((SECONDS + outage))
n=0
while [ $SECONDS -lt $end ]; do n=$((n + 1)); round outage "o$n"; done | tee -a "$work/rounds.txt"
echo "Starting PostgreSQL again"
pg_up
recovered=false
for n in $(seq 1 30); do
  line=$(round after "a$n"); echo "$line" | tee -a "$work/rounds.txt"
  if [ "$(cut -d' ' -f2-4 <<<"$line")" = "200 200 201" ]; then recovered=true; break; fi
  sleep 1
done

fail() { echo "FAILED: $1"; exit 1; }
grep -q '^before 200 200 201 ' "$work/rounds.txt" || fail "the service did not work before the outage"
outage_rounds=$(grep -c '^outage ' "$work/rounds.txt")
[ "$outage_rounds" -gt 0 ] || fail "no request during the outage"
awk '$1 == "outage" && ($2 != 503 || $3 != 503 || $4 != 503) { bad = 1 } END { exit bad }' "$work/rounds.txt" \
  || fail "during the outage every answer must be 503 (readiness, read and write)"
awk '$1 == "outage" && $5 > 5 { slow = 1 } END { exit slow }' "$work/rounds.txt" || fail "a request took more than 5 s"
grep -l '"status":503' "$work"/read-o* >/dev/null || fail "the 503 answers are not problem+json"
$recovered || fail "the service did not recover within 30 s of the database's return"
kill -0 $service 2>/dev/null || fail "the service stopped"
echo "Database restart holds: $outage_rounds rounds during the outage all 503 within 5 s; recovered without a restart."
rm -rf "$work"
