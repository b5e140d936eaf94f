#!/usr/bin/env bash
# The MySQL/MariaDB server the local run and the tests use.
#   db.sh check         fail with a clear message when the server in DB_URL cannot be reached
#   db.sh create NAME   create database NAME (utf8mb4) if it does not exist
#   db.sh drop NAME     drop database NAME if it exists
# Env: DB_URL (default jdbc:mysql://127.0.0.1:3306/fazhi), DB_USER (root), DB_PASSWORD (empty).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=db
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"

DB_URL=${DB_URL:-jdbc:mysql://127.0.0.1:3306/fazhi}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
parse_db_url "$DB_URL"

client() {
    local c
    for c in mariadb mysql; do
        if command -v "$c" >/dev/null 2>&1; then
            printf '%s\n' "$c"
            return 0
        fi
    done
    return 1
}

# Runs SQL on the server; the password goes through the environment, never the command line.
sql() {
    local c
    c=$(client) || die "no mysql/mariadb client found (apt-get install mariadb-client)"
    MYSQL_PWD="$DB_PASSWORD" "$c" --protocol=TCP -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" \
        --connect-timeout=5 -N -B -e "$1"
}

unreachable() {
    cat >&2 <<EOF
[db] ERROR: the database server cannot be reached at $DB_HOST:$DB_PORT (DB_URL=$DB_URL, user $DB_USER).
[db] ${1:-}
[db] Fazhi needs MySQL 8 or MariaDB 10.11+. Point it elsewhere with, for example:
[db]     DB_URL=jdbc:mysql://HOST:3306/fazhi DB_USER=fazhi DB_PASSWORD=secret make run
[db] On this machine the local MariaDB starts with:
[db]     start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
EOF
    exit 1
}

cmd_check() {
    if ! client >/dev/null; then
        # Without a client, at least see whether something listens there.
        port_taken_at "$DB_HOST" "$DB_PORT" || unreachable "Nothing answers on that port."
        say "something answers at $DB_HOST:$DB_PORT (no mysql client to check the login)"
        return 0
    fi
    local out
    if ! out=$(sql "SELECT VERSION()" 2>&1); then
        case "$out" in
            *1698* | *1045*)
                cat >&2 <<EOF
[db] ERROR: the database server at $DB_HOST:$DB_PORT refused user $DB_USER: $out
[db] Set DB_USER and DB_PASSWORD. If root on a local MariaDB allows only the unix socket, allow TCP with:
[db]     sudo mariadb -e "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket"
EOF
                exit 1
                ;;
            *) unreachable "$out" ;;
        esac
    fi
    say "database server at $DB_HOST:$DB_PORT answers (version $out)"
}

port_taken_at() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

valid_name() {
    [[ "${1:-}" =~ ^[A-Za-z0-9_]{1,64}$ ]] || die "database name must be letters, digits and _ only, got: '${1:-}'"
}

cmd_create() {
    valid_name "${1:-}"
    # utf8mb4_unicode_ci exists on MySQL 8 and MariaDB alike.
    sql "CREATE DATABASE IF NOT EXISTS \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" \
        || die "could not create database $1"
    say "database $1 ready"
}

cmd_drop() {
    valid_name "${1:-}"
    sql "DROP DATABASE IF EXISTS \`$1\`" || die "could not drop database $1"
    say "database $1 dropped"
}

case "${1:-}" in
    check) cmd_check ;;
    create) cmd_check >/dev/null && cmd_create "${2:-}" ;;
    drop) cmd_check >/dev/null && cmd_drop "${2:-}" ;;
    *)
        echo "usage: $0 check | create NAME | drop NAME" >&2
        exit 2
        ;;
esac
