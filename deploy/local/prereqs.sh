#!/usr/bin/env bash
# Installs what the local run and the tests need and is not there yet; quiet when all is present.
# Debian packages: chromium (end-to-end tests), fonts-noto-cjk (Chinese text in the browser),
# unzip (Keycloak download), curl (readiness checks), mariadb-client (db.sh).
# Checks the toolchain the project does not install itself: Java 17+, Maven, Node 20+, npm, Temurin 25.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=prereqs
# shellcheck source=deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"

readonly PACKAGES=(chromium fonts-noto-cjk unzip curl mariadb-client)
readonly TEMURIN25="${KC_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]; }

install_packages() {
    command -v dpkg-query >/dev/null 2>&1 || die "not a Debian system: install ${PACKAGES[*]} by hand"
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        installed "$p" || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null 2>&1 || die "missing packages ${missing[*]}: install them as root"
        sudo=(sudo)
    fi
    say "installing ${missing[*]} (apt-get, once) ..."
    # The package lists of a fresh machine are empty or stale: update before installing.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$RUN_DIR/apt.log" 2>&1 \
        || { tail -n 20 "$RUN_DIR/apt.log" >&2; die "apt-get update failed (log .run/apt.log)"; }
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}" >>"$RUN_DIR/apt.log" 2>&1 \
        || { tail -n 20 "$RUN_DIR/apt.log" >&2; die "apt-get install ${missing[*]} failed (log .run/apt.log)"; }
}

need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found: $2"; }

major_of() { grep -oE '[0-9]+' <<<"$1" | head -n 1; }

check_tools() {
    need java "install a JDK 17 (apt-get install openjdk-17-jdk-headless)"
    need mvn "install Maven 3.8+ (apt-get install maven)"
    need node "install Node.js 20+"
    need npm "install npm (comes with Node.js)"
    local v
    v=$(java -version 2>&1 | head -n 1 | sed -E 's/.*version "([0-9]+).*/\1/')
    if ! [[ "$v" =~ ^[0-9]+$ ]] || ((v < 17)); then
        die "java 17+ needed for the backend, found: $(java -version 2>&1 | head -n 1)"
    fi
    v=$(major_of "$(node --version)")
    ((v >= 20)) || die "Node.js 20+ needed for the frontend, found $(node --version)"
    [[ -x "$TEMURIN25/bin/java" ]] \
        || die "Keycloak runs on the JDK at $TEMURIN25, which is missing (set KC_JAVA_HOME to a JDK 21+)"
}

install_packages
check_tools
say "ok"
