#!/usr/bin/env bash
# Makes the base images the project's Dockerfiles and docker-compose.yml name, when they cannot be pulled
# (a machine without a registry). Each stand-in is built from a debootstrap'ed Debian 13 (trixie) and Debian's
# packages, under the same name, honouring the contract the real image documents:
#   maven:3.9-eclipse-temurin-JDK     Maven 3.9 and OpenJDK JDK (trixie packages 21 and 25), trusting this
#                                     machine's extra CAs
#   payara/micro:VERSION-jdkJDK       as the official image (Alpine, Zulu): /opt/payara/payara-micro.jar, user payara
#                                     (1000), WORKDIR /opt/payara, entrypoint.sh under tini, DEPLOY_DIR, JVM_ARGS,
#                                     MEM_MAX_RAM_PERCENTAGE, MEM_XSS, CMD --deploymentDir ..., POSIX sh and wget
#                                     (BusyBox there), no bash, no curl; OpenJDK JDK's runtime instead of Zulu
#   postgres:16                       POSTGRES_USER/PASSWORD/DB, PGDATA, /docker-entrypoint-initdb.d, user postgres
#                                     (999); trixie ships PostgreSQL 17, which it runs
#   wiremock-stand-in                 WireMock standalone, only for the compose test's stand-in weather upstream
# VERSION and JDK are read where docker-compose.yml names them for the images. Nothing is rebuilt that already
# exists. Needs root, docker and debootstrap, and target/payara-micro.jar and target/wiremock-standalone.jar
# (mvn initialize), or the folder STAND_IN_JARS holding both (test.sh, while Maven's clean empties target/).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jars=${STAND_IN_JARS:-$root/target}
say() { printf 'stand-ins: %s\n' "$*" >&2; }

compose_arg() { sed -n "s/^ *$1: *\"\{0,1\}\([^\"]*\)\"\{0,1\} *$/\1/p" "$root/docker-compose.yml" | head -n 1; }
PAYARA_VERSION=$(compose_arg PAYARA_VERSION)
JDK_VERSION=$(compose_arg JDK_VERSION)
[ -n "$PAYARA_VERSION" ] && [ -n "$JDK_VERSION" ] || { say "docker-compose.yml names no PAYARA_VERSION / JDK_VERSION"; exit 1; }
MAVEN_IMAGE=maven:3.9-eclipse-temurin-$JDK_VERSION
PAYARA_IMAGE=payara/micro:$PAYARA_VERSION-jdk$JDK_VERSION

exists() { docker image inspect "$1" >/dev/null 2>&1; }
pullable() { timeout 20 docker pull -q "$1" >/dev/null 2>&1; }

base=stand-in/debian:trixie
if ! exists "$base"; then
    mirror=$(grep -hoE 'https?://[^ ]+/debian/?$' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | head -n 1 || true)
    mirror=${mirror:-http://deb.debian.org/debian}
    rootfs=$(mktemp -d /tmp/stand-in-rootfs.XXXXXX)
    say "debootstrap trixie from $mirror"
    debootstrap --variant=minbase trixie "$rootfs" "$mirror" >/dev/null
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
    local name=$1 dockerfile=$2; shift 2
    if exists "$name"; then return 0; fi
    if pullable "$name"; then say "pulled $name"; return 0; fi
    say "building a stand-in for $name"
    docker build -q --build-arg JDK_VERSION="$JDK_VERSION" "$@" -f "$context/$dockerfile" -t "$name" "$context" >/dev/null
}

stand_in "$MAVEN_IMAGE" maven.Dockerfile
cp "$jars/payara-micro.jar" "$context/payara-micro.jar"
stand_in "$PAYARA_IMAGE" payara-micro.Dockerfile
stand_in postgres:16 postgres.Dockerfile
cp "$jars/wiremock-standalone.jar" "$context/wiremock.jar"
stand_in wiremock-stand-in wiremock.Dockerfile --build-arg BASE="$PAYARA_IMAGE"
say "ready: $MAVEN_IMAGE $PAYARA_IMAGE postgres:16 wiremock-stand-in"
