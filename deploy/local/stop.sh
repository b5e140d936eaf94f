#!/usr/bin/env bash
# `make stop`: stops whatever the local scripts left running (recorded in .run/*.pid), and nothing else.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=stop
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"

# A make run in another terminal stops its own children when asked.
if [[ -f "$RUN_DIR/run.pid" ]]; then
    pid=$(<"$RUN_DIR/run.pid")
    if [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'run.sh'; then
        say "stopping make run (pid $pid)"
        kill -TERM "$pid"
        for ((i = 0; i < 240; i++)); do
            alive "$pid" || break
            sleep 0.5
        done
    fi
fi
stop_bg spa "$SPA_MARK"
stop_bg api "$API_MARK"
stop_bg e2e-spa "$SPA_MARK"
stop_bg e2e-api "$API_MARK"
"$ROOT/deploy/local/keycloak.sh" stop
