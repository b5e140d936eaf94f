#!/usr/bin/env bash
# `make test`: every suite in order, stopping at the first failure, with a summary at the end.
#   prereqs; Keycloak started early in the background (the backend's real-Keycloak test and the
#   end-to-end run need it); frontend lint, type check, Vitest; backend `mvn verify` (core unit tests,
#   ArchUnit, @QuarkusTest on MariaDB/MySQL, spec drift, real Keycloak tokens); end-to-end in Chromium.
# Stops Keycloak at the end when this run started it.
# Env: DB_URL / DB_USER / DB_PASSWORD name another database server (tests use their own databases).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG="test"
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"

readonly LOCAL="$ROOT/deploy/local"
readonly KC_URL=http://localhost:8180

# The backend tests take their database server from TEST_DB_URL; follow a DB_URL given by the user.
if [[ -n "${DB_URL:-}" && -z "${TEST_DB_URL:-}" ]]; then
    parse_db_url "$DB_URL"
    export TEST_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/fazhi_test?createDatabaseIfNotExist=true"
fi

results=()
started_keycloak=0
kc_start_pid=""
rm -f "$RUN_DIR/keycloak-start.log"
t_start=$SECONDS

# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    # Let a start still in progress (download, unpack) finish, then stop the server if it is ours.
    if [[ -n "$kc_start_pid" ]]; then
        wait "$kc_start_pid" 2>/dev/null || true
    fi
    if ((started_keycloak)); then
        "$LOCAL/keycloak.sh" stop || true
    fi
    printf '\n==> summary (%d s in all)\n' "$((SECONDS - t_start))"
    local line
    for line in "${results[@]}"; do
        printf '    %s\n' "$line"
    done
    if ((rc == 0)); then
        printf '    all suites passed\n'
    else
        printf '    FAILED (exit code %d)\n' "$rc"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs one suite: prints its name, times it, records the result, stops everything on failure.
suite() {
    local name=$1 t0=$SECONDS rc
    shift
    printf '\n==> %s\n' "$name"
    set +e
    (set -e; "$@")
    rc=$?
    set -e
    if ((rc == 0)); then
        results+=("$(printf 'PASS  %-36s %5d s' "$name" "$((SECONDS - t0))")")
    else
        results+=("$(printf 'FAIL  %-36s %5d s' "$name" "$((SECONDS - t0))")")
        exit "$rc"
    fi
}

in_frontend() { cd "$ROOT/frontend" && "$@"; }

start_keycloak() {
    if keycloak_running; then
        say "Keycloak already running: reusing it"
        return 0
    fi
    started_keycloak=1
    # In the background: downloading and unpacking it overlaps with the frontend suites.
    "$LOCAL/keycloak.sh" start >"$RUN_DIR/keycloak-start.log" 2>&1 &
    kc_start_pid=$!
    say "Keycloak starting in the background (log .run/keycloak.log)"
}

keycloak_ready() {
    [[ -f "$RUN_DIR/keycloak-start.log" ]] && cat "$RUN_DIR/keycloak-start.log"
    ((kc_start_rc == 0)) || return "$kc_start_rc"
    "$LOCAL/keycloak.sh" wait
}

backend_verify() {
    export FAZHI_KEYCLOAK_URL=$KC_URL
    mvn -f "$ROOT/backend/pom.xml" -B -ntp -Dstyle.color=never verify
}

suite "prerequisites" "$LOCAL/prereqs.sh"
suite "database server" "$LOCAL/db.sh" check
start_keycloak
suite "frontend: dependencies" "$LOCAL/build.sh" frontend-deps
suite "frontend: lint" in_frontend npm run lint
suite "frontend: type check" in_frontend npm run typecheck
suite "frontend: unit tests (Vitest)" in_frontend npm test
# Collect the background start here, in this shell (its child), before waiting for readiness.
kc_start_rc=0
if [[ -n "$kc_start_pid" ]]; then
    wait "$kc_start_pid" || kc_start_rc=$?
    kc_start_pid=""
fi
suite "Keycloak: ready" keycloak_ready
suite "backend: mvn verify" backend_verify
suite "end-to-end (Chromium)" "$LOCAL/e2e.sh"
