#!/usr/bin/env bash
# Local Keycloak for Fazhi (dev mode, realm imported from deploy/keycloak/realm-fazhi.json).
#   keycloak.sh fetch    download and unpack the server into .cache/ (idempotent)
#   keycloak.sh start    start it in the background on :8180 (reuses one already answering)
#   keycloak.sh wait     block until it is ready and the realm answers
#   keycloak.sh stop     stop the server this script started (only that pid)
#   keycloak.sh status   say whether it answers
# Env: KC_WAIT_TIMEOUT (seconds, default 600: a first start on a busy 2-core machine takes minutes), KC_JAVA_HOME (default Temurin 25).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly ROOT
LOG_TAG=keycloak
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"
readonly KC_VERSION=26.5.6
readonly CACHE="$ROOT/.cache"
readonly KC_HOME="$CACHE/keycloak-$KC_VERSION"
readonly KC_ZIP="$CACHE/keycloak-quarkus-dist-$KC_VERSION.zip"
readonly REALM_FILE="$ROOT/deploy/keycloak/realm-fazhi.json"
readonly KC_PORT=8180
readonly KC_URL="http://localhost:$KC_PORT"
readonly HEALTH_URL="http://localhost:9000/health/ready"
readonly REALM_URL="$KC_URL/realms/fazhi/.well-known/openid-configuration"
readonly PID_FILE="$RUN_DIR/keycloak.pid"
readonly LOG="$RUN_DIR/keycloak.log"
# The checksum of the realm file last imported lives next to the database it went into.
readonly REALM_SUM_FILE="$KC_HOME/data/realm-fazhi.sha256"
readonly JAVA_HOME_KC="${KC_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
readonly WAIT_TIMEOUT="${KC_WAIT_TIMEOUT:-600}"

# Log lines of the one-time build that must never be interrupted (it corrupts lib/quarkus).
# In dev mode the build ends with Quarkus' "augmentation completed"; in prod mode with "persisted".
readonly BUILD_STARTED="Updating the configuration"
readonly BUILD_DONE="augmentation completed|configuration updated and persisted|started in [0-9.]+s"

answers() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# The pid this script started, if still alive (checked against its command line).
our_pid() { pid_of keycloak "keycloak"; }

build_interrupted() {
    # The last run began the one-time build but did not finish it.
    [[ -f "$LOG" ]] && grep -q "$BUILD_STARTED" "$LOG" && ! grep -Eq "$BUILD_DONE" "$LOG"
}

cmd_fetch() {
    if [[ -x "$KC_HOME/bin/kc.sh" && -f "$KC_HOME/.fazhi-unpacked" ]]; then
        return 0
    fi
    mkdir -p "$CACHE"
    if [[ ! -s "$KC_ZIP" ]]; then
        say "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION (157 MiB, once) ..."
        # Through Maven because Maven Central is the only reachable source of the server.
        # Copied to a temporary folder first, so an interrupted copy never looks complete.
        local dl="$CACHE/.download-$$"
        rm -rf "$dl"
        (cd "$CACHE" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
            -DoutputDirectory="$dl" 2>&1 | sed -u 's/\x1b\[0m//g') \
            || { rm -rf "$dl"; die "could not download Keycloak through Maven"; }
        mv "$dl/$(basename "$KC_ZIP")" "$KC_ZIP"
        rm -rf "$dl"
    fi
    say "unpacking into ${KC_HOME#"$ROOT"/} ..."
    local tmp="$CACHE/.unpack-$$"
    rm -rf "$tmp" "$KC_HOME"
    mkdir -p "$tmp"
    unzip -q "$KC_ZIP" -d "$tmp" || { rm -rf "$tmp"; die "could not unzip $KC_ZIP (delete it to download again)"; }
    mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
    rm -rf "$tmp"
    # Marks a complete unpack, so an interrupted one is redone.
    touch "$KC_HOME/.fazhi-unpacked"
}

repair_if_needed() {
    if build_interrupted; then
        say "the last start was stopped during Keycloak's one-time build; restoring lib/quarkus from the zip"
        rm -rf "$KC_HOME/lib/quarkus"
        unzip -q -o "$KC_ZIP" "keycloak-$KC_VERSION/lib/quarkus/*" -d "$CACHE"
    fi
}

realm_sum() { sha256sum "$REALM_FILE" | cut -d' ' -f1; }

realm_changed() {
    [[ ! -f "$REALM_SUM_FILE" ]] || [[ "$(<"$REALM_SUM_FILE")" != "$(realm_sum)" ]]
}

cmd_start() {
    [[ -f "$REALM_FILE" ]] || die "realm file missing: $REALM_FILE"
        local pid
    if pid=$(our_pid); then
        if realm_changed; then
            say "realm file changed since the running server imported it: restarting (pid $pid)"
            cmd_stop
        else
            say "already running (pid $pid) at $KC_URL"
            return 0
        fi
    elif answers "$KC_URL/realms/master"; then
        if realm_changed; then
            say "WARNING: a Keycloak not started by this script answers on :$KC_PORT; reusing it," \
                "but the realm file changed and it cannot be re-imported here"
        else
            say "reusing the Keycloak that answers at $KC_URL"
        fi
        return 0
    elif port_taken "$KC_PORT"; then
        die "port $KC_PORT is taken by another program that is not Keycloak; stop it or free the port"
    elif port_taken 9000; then
        die "port 9000 (Keycloak's health/management port) is taken by another program; free it"
    fi

    cmd_fetch
    [[ -x "$JAVA_HOME_KC/bin/java" ]] || die "Java for Keycloak not found at $JAVA_HOME_KC (set KC_JAVA_HOME)"
    repair_if_needed

    if realm_changed; then
        # Import skips an existing realm, so a changed realm file needs a fresh database.
        say "realm file new or changed: the local Keycloak database is recreated"
        rm -rf "$KC_HOME/data/h2"
    fi
    mkdir -p "$KC_HOME/data/import"
    cp "$REALM_FILE" "$KC_HOME/data/import/realm-fazhi.json"
    realm_sum >"$REALM_SUM_FILE"

    say "starting on $KC_URL (log: ${LOG#"$ROOT"/})"
    # setsid: a Ctrl-C in the terminal must not reach Keycloak while it builds; stop() ends it cleanly.
    JAVA_HOME="$JAVA_HOME_KC" \
    JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        nohup setsid "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --import-realm \
        --health-enabled=true </dev/null >"$LOG" 2>&1 &
    echo $! >"$PID_FILE"
}

cmd_wait() {
    local deadline=$((SECONDS + WAIT_TIMEOUT))
    local pid=""
    pid=$(our_pid) || pid=""
    until curl -fsS --max-time 3 "$HEALTH_URL" 2>/dev/null | grep -q '"UP"' && answers "$REALM_URL"; do
        if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
            [[ -f "$LOG" ]] && tail -n 40 "$LOG" >&2
            die "Keycloak exited while starting (see the log above, full log in ${LOG#"$ROOT"/})"
        fi
        if ((SECONDS >= deadline)); then
            [[ -f "$LOG" ]] && tail -n 40 "$LOG" >&2
            die "Keycloak not ready after ${WAIT_TIMEOUT}s ($HEALTH_URL and $REALM_URL); full log in ${LOG#"$ROOT"/}"
        fi
        sleep 2
    done
    say "ready at $KC_URL (realm fazhi)"
}

cmd_stop() {
    local pid
    if ! pid=$(our_pid); then
        rm -f "$PID_FILE"
        say "not running (nothing started by this script)"
        return 0
    fi
    # Never interrupt the one-time build: wait for it to finish first.
    local waited=0
    while build_interrupted && kill -0 "$pid" 2>/dev/null && ((waited < 180)); do
        ((waited == 0)) && say "waiting for Keycloak's one-time build to finish before stopping it ..."
        sleep 2
        waited=$((waited + 2))
    done
    say "stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 60; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "still alive after 30 s, killing pid $pid"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$PID_FILE"
}

cmd_status() {
    if answers "$HEALTH_URL" && answers "$REALM_URL"; then
        say "ready at $KC_URL"
    else
        say "not ready"
        return 1
    fi
}

case "${1:-}" in
    fetch) cmd_fetch ;;
    start) cmd_start ;;
    wait) cmd_wait ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *)
        echo "usage: $0 fetch|start|wait|stop|status" >&2
        exit 2
        ;;
esac
