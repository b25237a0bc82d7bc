#!/usr/bin/env bash
# Crash durability: drives project creates at aid-project-service on loopback, kills it with kill -9 mid-run,
# restarts it, then checks that every create acknowledged with 201 is there with all its rows, and that nothing else
# is: requests cut off by the crash are sent again with their Idempotency-Key, and must end as exactly one project.
#   deploy/reliability/crash-durability.sh            (WRITES=300 WORKERS=4 KILL_AFTER=120 by default)
# Needs the packaged service (./mvnw -DskipTests package) and PostgreSQL at 127.0.0.1:5432 (as in .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."

writes=${WRITES:-300}
workers=${WORKERS:-4}
kill_after=${KILL_AFTER:-120}
port=${CRASH_PORT:-18382}
database=ngo_aid_crash
work=$(mktemp -d)
jar=aid-project-service/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "package first: ./mvnw -B -q -DskipTests package"; exit 2; }
[ "$writes" -le 2000 ] || { echo "WRITES is at most 2000"; exit 2; }

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"

service_pid=
# no registry or partner-service runs here: the service is ready on its database alone, and its donors are outside
# the registry
start_service() {
  QUARKUS_PROFILE=dev AID_PROJECT_PORT=$port AID_PROJECT_DB_URL=jdbc:postgresql://127.0.0.1:5432/$database \
    NGO_REGISTRY_URL=http://127.0.0.1:9 java -jar "$jar" >>"$work/service.log" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "the service did not become ready; see $work/service.log"; exit 1
}
trap 'kill -9 $service_pid 2>/dev/null || true' EXIT

token=$(java -jar deploy/dev-token/target/dev-token-1.0.0-SNAPSHOT.jar --role coordinator --subject crash-test)
run=$(date +%s)

# one create: prints "<n> <status> <id>"; the body has two sectors and two locations, the rows a crash could split
create() {
  local n=$1 body answer
  body='{"code":"CRASH-'$run'-'$n'","title":"Crash test '$n'","donor":{"name":"Crash donor","type":"DOMESTIC"},
    "modality":"PROJECT","sectors":[{"code":"12220","percentage":60},{"code":"11120","percentage":40}],
    "locations":[{"province":"20","percentage":50},{"province":"22","percentage":50}],
    "approvalLevel":"PROVINCIAL","currency":"VND"}'
  answer=$(curl -sS --max-time 10 -o "$work/body-$n" -w '%{http_code}' -H "Authorization: Bearer $token" \
    -H "Idempotency-Key: crash-$run-$n" -H 'Content-Type: application/json' -d "$body" \
    "http://127.0.0.1:$port/api/v1/projects" 2>/dev/null || true)
  echo "$n ${answer:-000} $(sed -nE 's/^\{"id":"([^"]+)".*/\1/p' "$work/body-$n" 2>/dev/null)"
}
export -f create
export work port token run

start_service
echo "Writing $writes projects with $workers workers; kill -9 after $kill_after acknowledgements"
seq 1 "$writes" | xargs -P "$workers" -I{} bash -c 'create {}' >"$work/first.txt" &
writer=$!
while [ "$(grep -c ' 201 ' "$work/first.txt" || true)" -lt "$kill_after" ] && kill -0 "$writer" 2>/dev/null; do sleep 0.05; done
kill -9 "$service_pid"
echo "killed after $(grep -c ' 201 ' "$work/first.txt") acknowledged creates"
wait "$writer" || true

start_service
acknowledged=$(grep -c ' 201 ' "$work/first.txt" || true)
grep -v ' 201 ' "$work/first.txt" | cut -d' ' -f1 >"$work/unanswered.txt" || true
echo "after restart: $acknowledged acknowledged, $(wc -l <"$work/unanswered.txt") cut off; sending those again with their keys"
: >"$work/retried.txt"
while read -r n; do create "$n" >>"$work/retried.txt"; done <"$work/unanswered.txt"
if grep -v ' 201 ' "$work/retried.txt"; then echo "a retried create did not end in 201"; exit 1; fi

echo "Checking every acknowledged project, its rows, and that there are no others"
failures=0
while read -r n status id; do
  [ "$status" = 201 ] || continue
  project=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/projects/$id" || true)
  if ! grep -q "\"code\":\"CRASH-$run-$n\"" <<<"$project" \
      || [ "$(grep -o '"code":"1[12][12]20"' <<<"$project" | wc -l)" -ne 2 ] \
      || [ "$(grep -o '"province":"2[02]"' <<<"$project" | wc -l)" -ne 2 ]; then
    echo "project $n ($id) is missing or incomplete: $project"; failures=$((failures + 1))
  fi
done < <(cat "$work/first.txt" "$work/retried.txt")
total=$(psql -tA -h 127.0.0.1 -U postgres -d "$database" -c \
  "SELECT count(*) FROM aid_project.project WHERE code LIKE 'CRASH-$run-%'")
distinct=$(psql -tA -h 127.0.0.1 -U postgres -d "$database" -c \
  "SELECT count(DISTINCT code) FROM aid_project.project WHERE code LIKE 'CRASH-$run-%'")
orphans=$(psql -tA -h 127.0.0.1 -U postgres -d "$database" -c \
  "SELECT count(*) FROM aid_project.project p WHERE code LIKE 'CRASH-$run-%' AND (
     (SELECT count(*) FROM aid_project.project_sector s WHERE s.project_id = p.id) <> 2 OR
     (SELECT count(*) FROM aid_project.project_location l WHERE l.project_id = p.id) <> 2)")
echo "projects stored: $total (distinct codes $distinct, without all their rows $orphans), requests: $writes"
[ "$failures" -eq 0 ] && [ "$total" -eq "$writes" ] && [ "$distinct" -eq "$writes" ] && [ "$orphans" -eq 0 ]
echo "Crash durability holds: $acknowledged acknowledged before the crash, all $writes present once, none half-stored."
rm -rf "$work"
