# shellcheck shell=bash
# Shared helpers of the local scripts (sourced, not run). Expects ROOT to be set by the caller.

RUN_DIR="$ROOT/.run"
mkdir -p "$RUN_DIR"

say() { printf '[%s] %s\n' "${LOG_TAG:-fazhi}" "$*"; }
die() { printf '[%s] ERROR: %s\n' "${LOG_TAG:-fazhi}" "$*" >&2; exit 1; }

# True when something listens on the local TCP port.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Who listens on a port, for error messages ("" when unknown).
port_owner() {
    command -v ss >/dev/null 2>&1 || return 0
    ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'users:(([^)]*))' | head -n 1 || true
}

alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# Pid recorded in .run/NAME.pid if that process is alive and its command line contains MARK.
pid_of() {
    local mark=$2 file="$RUN_DIR/$1.pid" pid
    [[ -f "$file" ]] || return 1
    pid=$(<"$file")
    if ! [[ "$pid" =~ ^[0-9]+$ ]] || ! alive "$pid"; then
        rm -f "$file"
        return 1
    fi
    # A pid may be reused by an unrelated program after a reboot: check it is still ours.
    if ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$mark"; then
        rm -f "$file"
        return 1
    fi
    printf '%s\n' "$pid"
}

# Starts a command in its own session (so a terminal Ctrl-C reaches only the script, which then
# stops it in order), logging to .run/NAME.log and recording .run/NAME.pid.
start_bg() {
    local name=$1
    shift
    nohup setsid "$@" </dev/null >"$RUN_DIR/$name.log" 2>&1 &
    echo $! >"$RUN_DIR/$name.pid"
}

# Stops what start_bg started: SIGTERM to its process group (npm, sh and node alike), then SIGKILL.
stop_bg() {
    local name=$1 mark=$2 pid i
    pid=$(pid_of "$name" "$mark") || return 0
    say "stopping $name (pid $pid)"
    if [[ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" == "$pid" ]]; then
        kill -TERM -- "-$pid" 2>/dev/null || true
    else
        kill -TERM "$pid" 2>/dev/null || true
    fi
    for ((i = 0; i < 40; i++)); do
        alive "$pid" || break
        sleep 0.5
    done
    if alive "$pid"; then
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$RUN_DIR/$name.pid"
}

# Frees PORT for service NAME: stops our own earlier instance, refuses a stranger's.
claim_port() {
    local port=$1 name=$2 mark=$3 i tries=1
    if pid_of "$name" "$mark" >/dev/null; then
        say "port $port: stopping $name left running by an earlier run"
        stop_bg "$name" "$mark"
        tries=20 # the port may take a moment to be released
    fi
    for ((i = 0; i < tries; i++)); do
        port_taken "$port" || return 0
        sleep 0.5
    done
    die "port $port is taken by another program $(port_owner "$port"); stop it or free the port, then run again"
}

# Waits until URL answers 2xx, while the process of NAME lives; on failure shows the log tail.
wait_http() {
    local name=$1 url=$2 timeout=$3 pid deadline=$((SECONDS + $3))
    pid=$(<"$RUN_DIR/$name.pid")
    until curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null; do
        if ! alive "$pid"; then
            tail -n 40 "$RUN_DIR/$name.log" >&2 || true
            die "$name exited while starting (log above; full log .run/$name.log)"
        fi
        if ((SECONDS >= deadline)); then
            tail -n 40 "$RUN_DIR/$name.log" >&2 || true
            die "$name did not answer $url within ${timeout}s (log above; full log .run/$name.log)"
        fi
        sleep 1
    done
}

# The API's runnable jar, and the markers that recognise our own processes in /proc/PID/cmdline.
# shellcheck disable=SC2034  # used by the scripts that source this file
readonly API_JAR="$ROOT/backend/app/target/quarkus-app/quarkus-run.jar" \
    API_MARK="quarkus-run.jar" SPA_MARK="npm"

# Splits DB_URL (jdbc:mysql://HOST[:PORT]/NAME[?params]) into DB_HOST, DB_PORT, DB_NAME, DB_PARAMS.
parse_db_url() {
    local url=${1#jdbc:} rest hostport
    [[ "$url" =~ ^(mysql|mariadb):// ]] || die "DB_URL must look like jdbc:mysql://HOST:PORT/NAME, got: $1"
    rest=${url#*://}
    hostport=${rest%%/*}
    DB_NAME=${rest#*/}
    [[ "$DB_NAME" == "$rest" ]] && DB_NAME=""
    DB_PARAMS=""
    [[ "$DB_NAME" == *\?* ]] && DB_PARAMS="?${DB_NAME#*\?}"
    DB_NAME=${DB_NAME%%\?*}
    DB_HOST=${hostport%%:*}
    DB_PORT=3306
    [[ "$hostport" == *:* ]] && DB_PORT=${hostport##*:}
    # Never empty, whatever the URL said.
    DB_HOST=${DB_HOST:-127.0.0.1}
    export DB_HOST DB_PORT DB_NAME DB_PARAMS
}

# True when a Keycloak answers on :8180 or one we started is still starting.
keycloak_running() {
    port_taken 8180 && return 0
    local pid
    [[ -f "$RUN_DIR/keycloak.pid" ]] && pid=$(<"$RUN_DIR/keycloak.pid") && alive "$pid"
}

# The AES key personal data is encrypted with (FAZHI_PERSONAL_DATA_KEY): made once per checkout into
# .secrets/ (ignored by git, kept by `make clean`, since the local database's personal data needs it).
personal_data_key() {
    if [[ -z "${FAZHI_PERSONAL_DATA_KEY:-}" ]]; then
        local file="$ROOT/.secrets/personal-data.key"
        if [[ ! -s "$file" ]]; then
            mkdir -p "$ROOT/.secrets" && chmod 700 "$ROOT/.secrets"
            (umask 077 && head -c 32 /dev/urandom | base64 >"$file")
        fi
        FAZHI_PERSONAL_DATA_KEY=$(<"$file")
    fi
    export FAZHI_PERSONAL_DATA_KEY
}

# The secrets the API starts with locally: the personal-data key above, and the secret of its service account
# fazhi-people (it lists a township's users), which the local realm file sets; production sets its own.
api_secrets() {
    personal_data_key
    export FAZHI_PEOPLE_CLIENT_SECRET=${FAZHI_PEOPLE_CLIENT_SECRET:-fazhi-people-local-secret}
}
