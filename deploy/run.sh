#!/usr/bin/env bash
# Runs the whole system on this machine: builds it, starts PostgreSQL (an embedded one from Maven Central unless
# NGO_REGISTRY_DB_URL / AID_PROJECT_DB_URL / PARTNER_DB_URL are set), starts the three services on 8081, 8082 and
# 8083, loads the demo data with --demo, and stops everything on Ctrl-C. Needs only JDK 17.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'TEXT'
usage: deploy/run.sh [--demo] [--no-build]
  --demo       load the demo data set through the public API (safe to repeat)
  --no-build   start what was built last instead of building first
Environment: NGO_REGISTRY_DB_URL, AID_PROJECT_DB_URL, PARTNER_DB_URL (+ _USER, _PASSWORD) to use a PostgreSQL
server; otherwise an embedded one runs on LOCAL_PG_PORT (54329) with its data in LOCAL_PG_DATA
(~/.local/share/ngo-aid/postgres). NGO_REGISTRY_PORT, AID_PROJECT_PORT, PARTNER_PORT change the service ports.
TEXT
}

demo=false
build=true
for arg in "$@"; do
  case "$arg" in
    --demo) demo=true ;;
    --no-build) build=false ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

run_dir=${RUN_DIR:-deploy/.run}
mkdir -p "$run_dir"
registry_port=${NGO_REGISTRY_PORT:-8081}
aid_port=${AID_PROJECT_PORT:-8082}
partner_port=${PARTNER_PORT:-8083}

pids=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    echo "Stopping…"
    # services first (they drain in-flight requests), the database last
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
      kill -TERM "${pids[i]}" 2>/dev/null || true
      wait "${pids[i]}" 2>/dev/null || true
    done
    echo "Stopped."
  fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if $build; then
  echo "Building (first time: Maven downloads dependencies, a few minutes)…"
  ./mvnw -B -q -DskipTests package
fi

# http_status HOST PORT PATH: prints the HTTP status code, with bash alone (no curl needed)
http_status() {
  local status
  status=$({ exec 3<>"/dev/tcp/$1/$2" && printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$3" "$1" >&3 \
    && head -n 1 <&3 | cut -d' ' -f2; } 2>/dev/null) || true
  echo "${status:-000}"
}

# wait_until SECONDS PID DESCRIPTION COMMAND...: polls COMMAND until it succeeds, fails if PID dies or time runs out
wait_until() {
  local seconds=$1 pid=$2 what=$3
  shift 3
  for ((t = 0; t < seconds * 2; t++)); do
    if "$@"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$what stopped while starting; see $run_dir/$what.log" >&2
      tail -n 20 "$run_dir/$what.log" >&2 || true
      exit 1
    fi
    sleep 0.5
  done
  echo "$what did not become ready within ${seconds}s; see $run_dir/$what.log" >&2
  exit 1
}

if [ -z "${NGO_REGISTRY_DB_URL:-}${AID_PROJECT_DB_URL:-}${PARTNER_DB_URL:-}" ]; then
  pg_port=${LOCAL_PG_PORT:-54329}
  pg_data=${LOCAL_PG_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/ngo-aid/postgres}
  echo "Starting PostgreSQL (embedded) on port $pg_port, data in $pg_data"
  java -jar deploy/local-postgres/target/local-postgres-*.jar --data-dir "$pg_data" --port "$pg_port" \
    >"$run_dir/postgres.log" 2>&1 &
  pids+=($!)
  wait_until 120 "${pids[-1]}" postgres grep -q '^READY' "$run_dir/postgres.log"
  url="jdbc:postgresql://localhost:$pg_port/postgres"
  export NGO_REGISTRY_DB_URL=$url AID_PROJECT_DB_URL=$url PARTNER_DB_URL=$url
else
  : "${NGO_REGISTRY_DB_URL:?set all three database URLs, or none}" "${AID_PROJECT_DB_URL:?set all three database URLs, or none}" \
    "${PARTNER_DB_URL:?set all three database URLs, or none}"
  echo "Using the configured PostgreSQL server(s)"
fi

# The dev profile trusts the development token key (deploy/dev-token); production refuses it.
export QUARKUS_PROFILE=${QUARKUS_PROFILE:-dev}
export NGO_REGISTRY_PORT=$registry_port AID_PROJECT_PORT=$aid_port PARTNER_PORT=$partner_port
export NGO_REGISTRY_URL=${NGO_REGISTRY_URL:-http://localhost:$registry_port}
export PARTNER_URL=${PARTNER_URL:-http://localhost:$partner_port}
# the dashboard (served by aid-project-service) reads the other two services' statistics from the browser
export DASHBOARD_ORIGINS=${DASHBOARD_ORIGINS:-http://localhost:$aid_port,http://127.0.0.1:$aid_port}

service_ready() { [ "$(http_status 127.0.0.1 "$1" /q/health/ready)" = 200 ]; }

for service in ngo-registry-service:$registry_port aid-project-service:$aid_port partner-service:$partner_port; do
  name=${service%%:*}
  echo "Starting $name on port ${service##*:}"
  java -jar "$name/target/quarkus-app/quarkus-run.jar" >"$run_dir/$name.log" 2>&1 &
  pids+=($!)
done
wait_until 180 "${pids[-3]}" ngo-registry-service service_ready "$registry_port"
wait_until 180 "${pids[-2]}" aid-project-service service_ready "$aid_port"
wait_until 180 "${pids[-1]}" partner-service service_ready "$partner_port"

if $demo; then
  echo "Loading the demo data…"
  java -jar deploy/demo-data/target/demo-data-*.jar --registry "http://localhost:$registry_port" \
    --aid "http://localhost:$aid_port" --partner "http://localhost:$partner_port"
fi

cat <<TEXT

The system is running (logs in $run_dir/):
  ngo-registry-service  http://localhost:$registry_port/q/swagger-ui
  aid-project-service   http://localhost:$aid_port/q/swagger-ui
  partner-service       http://localhost:$partner_port/q/swagger-ui
  dashboard             http://localhost:$aid_port/dashboard/
Press Ctrl-C to stop.
TEXT

# Run until Ctrl-C, or until one of the processes stops by itself.
set +e
wait -n "${pids[@]}"
echo "A process stopped unexpectedly; see $run_dir/" >&2
exit 1
