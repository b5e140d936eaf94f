#!/usr/bin/env bash
# The benchmark and its data.
#   bench.sh          `make bench`: a fresh database fazhi_bench with the demo data; measures the busiest endpoints
#   bench.sh data     `make bench-data`: fills the database fazhi_scale with a county's records (ScaleData: 200 000
#                     cases in Jinhe, 1 000 000 across 20 townships, inspections, reviews, documents, officers and
#                     their audit events), through the persistence mapping; adds only what is missing; says how long
#   bench.sh scale    `make bench-scale`: bench.sh data, then the same measurements and the scale ones on fazhi_scale
# The API runs on :8095, Keycloak on :8180 (reused when running); this stops what it started.
# Env: BENCH_REQUESTS, BENCH_CONCURRENCY (see bench.mjs); FAZHI_SCALE_DATA_* (sizes, see ScaleData);
#      DB_URL / DB_USER / DB_PASSWORD name the database server.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=bench
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"

readonly MODE=${1:-demo}
readonly API_PORT=8095 KC_URL=http://localhost:8180
readonly LOCAL="$ROOT/deploy/local"
export DB_URL=${DB_URL:-jdbc:mysql://127.0.0.1:3306/fazhi}
export DB_USER=${DB_USER:-root}
export DB_PASSWORD=${DB_PASSWORD:-}
parse_db_url "$DB_URL"
case "$MODE" in
    demo) BENCH_DB=fazhi_bench ;;
    data | scale) BENCH_DB=fazhi_scale ;;
    *) die "unknown mode '$MODE' (demo, data or scale)" ;;
esac

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

# Starts the API on the bench database; with scale data, startup generates what the database lacks (batched
# inserts: rewriteBatchedStatements lets Connector/J send them as multi-row INSERTs).
start_api() {
    local scale=$1 params=$DB_PARAMS
    if [[ "$scale" == true ]]; then
        params=${params:-?}${params:+&}rewriteBatchedStatements=true
    fi
    say "starting the API on :$API_PORT (log .run/bench-api.log)"
    (
        cd "$ROOT"
        api_secrets
        export QUARKUS_HTTP_PORT=$API_PORT KEYCLOAK_URL=$KC_URL FAZHI_DEMO_DATA=true \
            FAZHI_SCALE_DATA_ENABLED=$scale DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$BENCH_DB$params"
        start_bg bench-api java -jar "$API_JAR"
    )
}

"$LOCAL/prereqs.sh"
"$LOCAL/db.sh" check
claim_port "$API_PORT" bench-api "$API_MARK"
"$LOCAL/build.sh" backend
if [[ "$MODE" == demo ]]; then
    "$LOCAL/db.sh" drop "$BENCH_DB"
fi
"$LOCAL/db.sh" create "$BENCH_DB"

if [[ "$MODE" != demo ]]; then
    say "filling $BENCH_DB with scale data (only what is missing; the first fill takes a while, see .run/bench-api.log)"
    started=$SECONDS
    start_api true
    wait_http bench-api "http://localhost:$API_PORT/q/health/ready" 7200
    grep -a 'scale data' "$RUN_DIR/bench-api.log" | tail -n 3 || true
    say "scale data ready in $((SECONDS - started)) s (including the API's start)"
    [[ "$MODE" == data ]] && exit 0
fi

if keycloak_running; then
    say "reusing the running Keycloak"
else
    started_keycloak=1
fi
"$LOCAL/keycloak.sh" start
if [[ "$MODE" == demo ]]; then
    start_api false
    wait_http bench-api "http://localhost:$API_PORT/q/health/ready" 180
fi
"$LOCAL/keycloak.sh" wait
BENCH_SCALE=$([[ "$MODE" == scale ]] && echo 1 || echo 0) BENCH_API_URL="http://localhost:$API_PORT" \
    BENCH_KEYCLOAK_URL="$KC_URL" node "$LOCAL/bench.mjs"
