#!/usr/bin/env bash
# Makes the base images the project's Dockerfiles and docker-compose.yml name, when they cannot be pulled
# (a machine without a registry). Each stand-in is built from a debootstrap'ed Debian bookworm and Debian's
# packages, under the same name, honouring the contract the real image documents:
#   maven:3.9-eclipse-temurin-17   Maven and a JDK 17 (Debian's Maven 3.8), trusting this machine's extra CAs
#   payara/micro:6.2025.10-jdk17   /opt/payara/payara-micro.jar, user payara (1000), entrypoint.sh, DEPLOY_DIR,
#                                  JVM_ARGS, MEM_MAX_RAM_PERCENTAGE, MEM_XSS, CMD --deploymentDir ...
#   postgres:16                    POSTGRES_USER/PASSWORD/DB, PGDATA, /docker-entrypoint-initdb.d, user postgres
#                                  (999); Debian bookworm ships PostgreSQL 15, which it runs
#   wiremock-stand-in              WireMock standalone, only for the compose test's stand-in weather upstream
# Nothing is rebuilt that already exists. Needs root, docker and debootstrap.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
say() { printf 'stand-ins: %s\n' "$*" >&2; }

exists() { docker image inspect "$1" >/dev/null 2>&1; }
pullable() { timeout 20 docker pull -q "$1" >/dev/null 2>&1; }

base=stand-in/debian:bookworm
if ! exists "$base"; then
    mirror=$(grep -hoE 'https?://[^ ]+/debian/?$' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | head -n 1 || true)
    mirror=${mirror:-http://deb.debian.org/debian}
    rootfs=$(mktemp -d /tmp/stand-in-rootfs.XXXXXX)
    say "debootstrap bookworm from $mirror"
    debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >/dev/null
    tar -C "$rootfs" -c . | docker import - "$base" >/dev/null
    rm -rf "$rootfs"
fi

context=$(mktemp -d /tmp/stand-in-context.XXXXXX)
trap 'rm -rf "$context"' EXIT
# HTTPS from inside a build is intercepted here: the build image trusts what this machine's store added.
mkdir -p "$context/ca"
cp /usr/local/share/ca-certificates/*.crt "$context/ca/" 2>/dev/null || true
cp "$here"/*.Dockerfile "$here"/*.sh "$context/"

stand_in() {
    local name=$1 dockerfile=$2
    if exists "$name"; then return 0; fi
    if pullable "$name"; then say "pulled $name"; return 0; fi
    say "building a stand-in for $name"
    docker build -q -f "$context/$dockerfile" -t "$name" "$context" >/dev/null
}

stand_in maven:3.9-eclipse-temurin-17 maven.Dockerfile
cp "$root/target/payara-micro-6.2025.10.jar" "$context/payara-micro.jar"
stand_in payara/micro:6.2025.10-jdk17 payara-micro.Dockerfile
stand_in postgres:16 postgres.Dockerfile
cp "$root/target/wiremock-standalone-3.13.2.jar" "$context/wiremock.jar"
stand_in wiremock-stand-in wiremock.Dockerfile
say "ready: $(docker images --format '{{.Repository}}:{{.Tag}}' | tr '\n' ' ')"
