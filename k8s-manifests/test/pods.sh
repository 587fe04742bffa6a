#!/usr/bin/env bash
# Runs an overlay's workloads in Docker as a kubelet would, from the rendered objects alone, and checks what only
# running them shows (pods.mjs says what and how). Builds the images the overlay names from the project's
# Dockerfiles (stand-in bases where none can be pulled), starts the Docker engine when none runs, and removes
# everything it made.
#   k8s-manifests/test/pods.sh k8s-manifests/overlays/minikube
#   k8s-manifests/test/pods.sh k8s-manifests/overlays/production --rolling-restart
# Needs root, docker, docker-compose, debootstrap, nginx, openssl, wrk, curl, kubectl and Node 20.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
overlay=$(cd "${1:?usage: pods.sh OVERLAY_DIR [--rolling-restart]}" && pwd)
shift
say() { printf 'pods: %s\n' "$*" >&2; }
ROOT=$root
# shellcheck source=../../.ci/toolchain.sh
. "$root/.ci/toolchain.sh"

cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error >/dev/null
cd "$root"
ensure_docker_engine
trap stop_started_docker_engine EXIT

# The images: the stand-in bases, then the project's own through docker-compose.yml, which passes their build
# arguments (the passwords it insists on are not used by a build).
# IMAGES_BUILT=1: they were just built from the same tree (test.sh builds them beside Maven).
if [ "${IMAGES_BUILT:-}" != 1 ]; then
    [ -f target/payara-micro.jar ] && [ -f target/wiremock-standalone.jar ] || mvn -B -q -ntp initialize
    .ci/stand-ins/build.sh
    POSTGRES_PASSWORD=unused TODO_DB_MIGRATION_PASSWORD=unused TODO_DB_PASSWORD=unused \
        docker-compose -f docker-compose.yml build -q todo weather >/tmp/pods-build.log 2>&1 ||
        { tail -30 /tmp/pods-build.log >&2; say "building the images failed"; exit 1; }
fi
for image in $(kubectl kustomize "$overlay" | sed -n 's/^ *image: *//p' | sort -u); do
    docker image inspect "$image" >/dev/null 2>&1 || { say "the overlay names $image, which was not built"; exit 1; }
done

node "$here/pods.mjs" "$overlay" "$@"
