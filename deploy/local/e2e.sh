#!/usr/bin/env bash
# `make e2e`: the browser test of the SPA against a real Keycloak, API and database.
#   Keycloak :8180 (reused when running), API :8090 on database fazhi_e2e (recreated, demo data),
#   SPA :5180 (vite preview, proxying /api to :8090); then `npm run e2e` in frontend/.
# Always stops what it started; exits with the test's code. Logs in .run/e2e-*.log.
# Env: DB_URL / DB_USER / DB_PASSWORD name the database server (its database part is ignored).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=e2e
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"

readonly API_PORT=8090 SPA_PORT=5180 KC_URL=http://localhost:8180 E2E_DB=fazhi_e2e
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
    stop_bg e2e-spa "$SPA_MARK"
    stop_bg e2e-api "$API_MARK"
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
# Free our ports first, so a stranger on them is reported before anything starts.
claim_port "$API_PORT" e2e-api "$API_MARK"
claim_port "$SPA_PORT" e2e-spa "$SPA_MARK"

if keycloak_running; then
    say "reusing the running Keycloak"
else
    started_keycloak=1
fi
"$LOCAL/keycloak.sh" start

# A fresh database each run, so the test sees exactly the demo data.
"$LOCAL/db.sh" drop "$E2E_DB"
"$LOCAL/db.sh" create "$E2E_DB"

"$LOCAL/build.sh" backend-if-missing
"$LOCAL/build.sh" frontend

say "starting the API on :$API_PORT (log .run/e2e-api.log)"
(
    cd "$ROOT"
    api_secrets
    export QUARKUS_HTTP_PORT=$API_PORT KEYCLOAK_URL=$KC_URL FAZHI_DEMO_DATA=true \
        FAZHI_SPA_ORIGIN="http://localhost:$SPA_PORT" \
        DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$E2E_DB$DB_PARAMS"
    start_bg e2e-api java -jar "$API_JAR"
)
say "serving the SPA on :$SPA_PORT (log .run/e2e-spa.log)"
(
    cd "$ROOT/frontend"
    export FAZHI_API_URL="http://localhost:$API_PORT"
    start_bg e2e-spa npm run preview -- --port "$SPA_PORT" --strictPort
)

"$LOCAL/keycloak.sh" wait
wait_http e2e-api "http://localhost:$API_PORT/q/health/ready" 180
wait_http e2e-spa "http://localhost:$SPA_PORT/" 60
say "Keycloak, API and SPA ready: running the browser test"

set +e
(
    cd "$ROOT/frontend"
    E2E_BASE_URL="http://localhost:$SPA_PORT" E2E_API_URL="http://localhost:$API_PORT" \
        E2E_KEYCLOAK_URL="$KC_URL" npm run e2e
)
rc=$?
set -e
if ((rc == 0)); then
    say "passed (screenshots in frontend/e2e/screenshots/)"
else
    say "FAILED with exit code $rc (API log .run/e2e-api.log, SPA log .run/e2e-spa.log)"
fi
exit "$rc"
