#!/usr/bin/env bash
# Builds the parts of Fazhi.
#   build.sh backend         mvn package (skip tests) -> backend/app/target/quarkus-app/quarkus-run.jar
#   build.sh backend-if-missing   the same, only when that jar does not exist yet
#   build.sh frontend-deps   npm ci when node_modules is missing or package-lock.json changed
#   build.sh frontend        frontend-deps, then npm run build -> frontend/dist
#   build.sh all             backend and frontend
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=build
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"

readonly FRONTEND="$ROOT/frontend"
# Checksum of the package-lock.json that node_modules was installed from (inside node_modules,
# so that deleting node_modules forgets it too).
readonly LOCK_SUM="$FRONTEND/node_modules/.fazhi-package-lock.sha256"

backend() {
    [[ -f "$ROOT/backend/pom.xml" ]] || die "backend/pom.xml not found: there is no backend to build yet"
    say "building the backend (mvn package, tests skipped) ..."
    # sed drops the stray colour resets Maven 3.8 prints in quiet mode.
    mvn -f "$ROOT/backend/pom.xml" -B -q -ntp package -DskipTests 2>&1 | sed -u 's/\x1b\[0m//g' \
        || die "the backend build failed (output above)"
    [[ -f "$API_JAR" ]] || die "the backend build did not produce ${API_JAR#"$ROOT"/}"
}

backend_if_missing() {
    if [[ -f "$API_JAR" ]]; then
        say "backend jar present (${API_JAR#"$ROOT"/})"
    else
        backend
    fi
}

frontend_deps() {
    [[ -f "$FRONTEND/package.json" ]] || die "frontend/package.json not found: there is no frontend to build yet"
    [[ -f "$FRONTEND/package-lock.json" ]] || die "frontend/package-lock.json missing: npm ci needs it"
    local sum
    sum=$(sha256sum "$FRONTEND/package-lock.json" | cut -d' ' -f1)
    if [[ -d "$FRONTEND/node_modules" && -f "$LOCK_SUM" && "$(<"$LOCK_SUM")" == "$sum" ]]; then
        return 0
    fi
    say "installing frontend dependencies (npm ci) ..."
    (cd "$FRONTEND" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed (output above)"
    printf '%s\n' "$sum" >"$LOCK_SUM"
}

frontend() {
    frontend_deps
    say "building the frontend (npm run build) ..."
    (cd "$FRONTEND" && npm run --silent build >"$RUN_DIR/build-frontend.log" 2>&1) \
        || { tail -n 40 "$RUN_DIR/build-frontend.log" >&2; die "the frontend build failed (log above; full log .run/build-frontend.log)"; }
}

case "${1:-}" in
    backend) backend ;;
    backend-if-missing) backend_if_missing ;;
    frontend-deps) frontend_deps ;;
    frontend) frontend ;;
    all)
        backend
        frontend
        ;;
    *)
        echo "usage: $0 backend|backend-if-missing|frontend-deps|frontend|all" >&2
        exit 2
        ;;
esac
