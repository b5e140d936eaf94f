#!/usr/bin/env bash
# `make bench`: starts the API (:8095, fresh database fazhi_bench with the demo data) and Keycloak (:8180,
# reused when running), then measures the busiest endpoints with deploy/local/bench.mjs. Stops what it started.
# Env: BENCH_REQUESTS, BENCH_CONCURRENCY (see bench.mjs); DB_URL / DB_USER / DB_PASSWORD name the database server.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=bench
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"

readonly API_PORT=8095 KC_URL=http://localhost:8180 BENCH_DB=fazhi_bench
readonly LOCAL="$ROOT/deploy/local"
export DB_URL=${DB_URL:-jdbc:mysql://127.0.0.1:3306/fazhi}
export DB_USER=${DB_USER:-root}
export DB_PASSWORD=${DB_PASSWORD:-}
parse_db_url "$DB_URL"

started_keycloak=0
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_bg bench-api "$API_MARK"
    if ((started_keycloak)); then
        "$LOCAL/keycloak.sh" stop || true
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$LOCAL/prereqs.sh"
"$LOCAL/db.sh" check
claim_port "$API_PORT" bench-api "$API_MARK"
if keycloak_running; then
    say "reusing the running Keycloak"
else
    started_keycloak=1
fi
"$LOCAL/keycloak.sh" start
"$LOCAL/db.sh" drop "$BENCH_DB"
"$LOCAL/db.sh" create "$BENCH_DB"
"$LOCAL/build.sh" backend

say "starting the API on :$API_PORT (log .run/bench-api.log)"
(
    cd "$ROOT"
    personal_data_key
    export QUARKUS_HTTP_PORT=$API_PORT KEYCLOAK_URL=$KC_URL FAZHI_DEMO_DATA=true \
        DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$BENCH_DB$DB_PARAMS"
    start_bg bench-api java -jar "$API_JAR"
)
"$LOCAL/keycloak.sh" wait
wait_http bench-api "http://localhost:$API_PORT/q/health/ready" 180
BENCH_API_URL="http://localhost:$API_PORT" BENCH_KEYCLOAK_URL="$KC_URL" node "$LOCAL/bench.mjs"
