#!/usr/bin/env bash
# `make run`: Keycloak, the API with demo data and the SPA on this machine, until Ctrl-C.
#   SPA http://localhost:5173, API http://localhost:8080, Keycloak http://localhost:8180.
# Env: DB_URL (default jdbc:mysql://127.0.0.1:3306/fazhi?createDatabaseIfNotExist=true), DB_USER (root),
#      DB_PASSWORD (empty). Logs in .run/*.log. Ctrl-C or SIGTERM stops what this run started.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=run
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"

readonly API_PORT=8080 SPA_PORT=5173 KC_URL=http://localhost:8180
export DB_URL=${DB_URL:-jdbc:mysql://127.0.0.1:3306/fazhi?createDatabaseIfNotExist=true}
export DB_USER=${DB_USER:-root}
export DB_PASSWORD=${DB_PASSWORD:-}
readonly LOCAL="$ROOT/deploy/local"
readonly OWNER_FILE="$RUN_DIR/run.pid"

started_keycloak=0
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_bg spa "$SPA_MARK"
    stop_bg api "$API_MARK"
    if ((started_keycloak)); then
        "$LOCAL/keycloak.sh" stop || true
    fi
    [[ -f "$OWNER_FILE" && "$(<"$OWNER_FILE")" == "$$" ]] && rm -f "$OWNER_FILE"
    exit "$rc"
}

# A second `make run` takes over from the first: the first stops what it started, then this one starts.
take_over_earlier_run() {
    local pid i
    [[ -f "$OWNER_FILE" ]] || return 0
    pid=$(<"$OWNER_FILE")
    if [[ "$pid" =~ ^[0-9]+$ && "$pid" != "$$" ]] && alive "$pid" \
        && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'run.sh'; then
        say "an earlier make run (pid $pid) is still running: stopping it first"
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 240; i++)); do
            alive "$pid" || break
            sleep 0.5
        done
        alive "$pid" && die "the earlier make run (pid $pid) did not stop; stop it and run again"
    fi
    rm -f "$OWNER_FILE"
}

main() {
    take_over_earlier_run
    echo $$ >"$OWNER_FILE"
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    # Say early, before anything starts, when a part of the tree is not there.
    [[ -f "$ROOT/backend/pom.xml" ]] || die "backend/pom.xml not found: there is no backend to run yet"
    [[ -f "$ROOT/frontend/package.json" ]] || die "frontend/package.json not found: there is no frontend to run yet"
    "$LOCAL/prereqs.sh"
    "$LOCAL/db.sh" check

    # Free our ports first, so a stranger on them is reported before anything starts.
    claim_port "$API_PORT" api "$API_MARK"
    claim_port "$SPA_PORT" spa "$SPA_MARK"

    # Keycloak next: it takes longest to start, and builds while the rest is built.
    if keycloak_running; then
        say "Keycloak already running: reusing it (it stays up when this run ends; make stop stops it)"
    else
        started_keycloak=1
    fi
    "$LOCAL/keycloak.sh" start

    "$LOCAL/build.sh" backend
    "$LOCAL/build.sh" frontend

    say "starting the API on :$API_PORT (log .run/api.log)"
    # The API migrates its own schema (Liquibase) and loads the demo data at start.
    (
        cd "$ROOT"
        api_secrets
        export QUARKUS_HTTP_PORT=$API_PORT KEYCLOAK_URL=$KC_URL FAZHI_DEMO_DATA=true \
            FAZHI_SPA_ORIGIN="http://localhost:$SPA_PORT"
        start_bg api java -jar "$API_JAR"
    )
    say "serving the SPA on :$SPA_PORT (log .run/spa.log)"
    (
        cd "$ROOT/frontend"
        export FAZHI_API_URL="http://localhost:$API_PORT"
        start_bg spa npm run preview -- --port "$SPA_PORT" --strictPort
    )

    "$LOCAL/keycloak.sh" wait
    wait_http api "http://localhost:$API_PORT/q/health/ready" 180
    say "API ready"
    wait_http spa "http://localhost:$SPA_PORT/" 60
    say "SPA ready"

    cat <<EOF

  Fazhi is running.
    SPA (web app)      http://localhost:$SPA_PORT
    API                http://localhost:$API_PORT/api/v1
    Swagger UI         http://localhost:$API_PORT/q/swagger-ui
    Keycloak admin     $KC_URL/admin  (admin / admin)
  Demo logins (password Fazhi-2025, local use only):
    staff, officer, reviewer, leader, auditor   township jinhe, one role each
    admin                                       all townships
    gaocun-staff                                staff of township gaocun
    county-auditor                              auditor of all townships
  Logs in .run/ (api.log, spa.log, keycloak.log). Press Ctrl-C to stop.

EOF
    local api_pid spa_pid
    api_pid=$(<"$RUN_DIR/api.pid")
    spa_pid=$(<"$RUN_DIR/spa.pid")
    while alive "$api_pid" && alive "$spa_pid"; do
        sleep 1
    done
    alive "$api_pid" || { tail -n 30 "$RUN_DIR/api.log" >&2; die "the API stopped (log above)"; }
    tail -n 30 "$RUN_DIR/spa.log" >&2
    die "the SPA server stopped (log above)"
}

main "$@"
