#!/usr/bin/env bash
# Runs every test: unit, Arquillian in Payara Micro and browser tests against a real PostgreSQL (Maven, each WAR's
# tests in two forks), with the offline checks of the Kubernetes manifests, the images' builds and then the compose
# test (the stack up in Docker, exercised, down and up again) beside it; then the Kubernetes workloads in Docker,
# with the benchmark's short smoke run beside them.
#
# The database: see .ci/test-database.sh (TEST_DB_URL / TEST_DB_USER / TEST_DB_PASSWORD, or one it finds
# or starts).
#
# Extra arguments go to Maven, e.g. ./test.sh -Dit.test=TaskPageIT ; with arguments only Maven runs.
# ./test.sh --quick [todo|weather]: the inner loop, one WAR's unit tests and its in-server, page and API tests
# (docs/testing.md); no clean, so Maven compiles only what changed.
# SKIP_COMPOSE_TEST=1 leaves the compose test out (it needs Docker), and says so.
# As root it installs with apt-get what is missing (.ci/toolchain.sh has the list); otherwise it names it.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

say() { printf 'test.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# shellcheck source=.ci/toolchain.sh
. .ci/toolchain.sh
ensure_test_tools
use_jdk
say "JDK $JAVA_HOME"

# shellcheck source=.ci/test-database.sh
. .ci/test-database.sh

say "database $TEST_DB_URL as $TEST_DB_USER"
# The to-do WAR's tests in two forks, each on a database of its own, where .ci/test-database.sh made them: one fork
# keeps about one core busy (browser waits, servers starting, timeouts awaited).
forks=()
if [ "$TEST_DB_FORKS" = 2 ]; then
    forks=(-Dit.forks=2 '-Dit.db.suffix=_${surefire.forkNumber}')
    say "the to-do WAR's tests in two forks, on ${TEST_DB_URL}_1 and _2"
fi
if [ "${1:-}" = --quick ]; then
    case "${2:-todo}" in
        # The tests that share one server (PayaraServer.sharedTodo) and the two in-server ones.
        todo) module=todo-war tests=TaskPageIT,TaskApiIT,ListApiIT,ListsPageIT,AccountPagesIT,BadInputCorpusIT,RequestEdgeIT,SecurityHeadersIT,DatabaseRolesIT,TaskPersistenceIT,AccountsIT ;;
        weather) module=weather-war tests=WeatherApiIT,LookupRateIT ;;
        *) die "usage: ./test.sh --quick [todo|weather]" ;;
    esac
    mvn -B -ntp verify -pl "$module" -am -Dit.test="$tests" -Dfailsafe.failIfNoSpecifiedTests=false "${forks[@]}"
    say "quick: unit tests and $tests of $module passed; the full suite is ./test.sh"
    exit 0
fi
if [ $# -gt 0 ]; then
    mvn -B -ntp clean verify "${forks[@]}" "$@"
    say "Maven only, as arguments were given: Kubernetes checks and compose test NOT RUN"
    exit 0
fi
# Jobs run beside Maven and beside the Docker phases. On any exit none is left running, nor an engine this script
# started, nor their logs but the images' one.
k8s_checks= images_job= bench_job= k8s_log= bench_log=
images_log=/tmp/images-beside-maven.log # kept, as the compose test keeps its own build's
kill_tree() { # PID: it and every process under it
    local child
    for child in $(pgrep -P "$1" || true); do kill_tree "$child"; done
    kill "$1" 2>/dev/null || true
}
stop_jobs() {
    local job
    for job in $k8s_checks $images_job $bench_job; do
        kill_tree "$job"
        wait "$job" 2>/dev/null || true
    done
    k8s_checks= images_job= bench_job=
    rm -f ${k8s_log:+"$k8s_log"} ${bench_log:+"$bench_log"}
    remove_compose_leftovers
    stop_started_docker_engine
}
# The compose test beside Maven has a project name of its own: when the run stops early (Maven failed, Ctrl-C), what
# its own clean-up may not finish before the engine stops is removed here (containers that would come back at the
# engine's next start, holding their ports).
compose_project=todoweathertest$$
remove_compose_leftovers() {
    docker info >/dev/null 2>&1 || return 0
    local filter=label=com.docker.compose.project=$compose_project
    docker ps -aq --filter "$filter" | xargs -r docker rm -f >/dev/null 2>&1 || true
    docker volume ls -q --filter "$filter" | xargs -r docker volume rm >/dev/null 2>&1 || true
    docker network ls -q --filter "$filter" | xargs -r docker network rm >/dev/null 2>&1 || true
}
trap 'stop_jobs; stop_test_database' EXIT
finish_beside() { # PID LOG WHAT: waits for a job run beside, prints its output, and fails the run if it failed
    local status=0
    wait "$1" || status=$?
    cat "$2"
    [ "$status" = 0 ] || die "$3 failed"
}

# The offline checks of the manifests need nothing Maven builds: they run beside it, their output kept for after.
k8s_log=$(mktemp /tmp/k8s-offline.XXXXXX) # not under target/: Maven's clean empties it
k8s-manifests/test/run.sh >"$k8s_log" 2>&1 &
k8s_checks=$!

# Neither do the images: each Dockerfile builds its WAR inside Docker. So the stand-in base images and both images
# are built beside Maven too, and the compose test then runs on them there, the engine and its containers at nice 19
# meanwhile: the tests' servers keep the cores they ask for, the builds and the stack take what is left (its waits
# have minutes of room). What of it is left when Maven ends runs at full speed; the pods then use the same images.
renice_tree() { # NICE PID: the process, each of its threads, and every process under it
    local child
    renice -n "$1" -p $(ls "/proc/$2/task" 2>/dev/null) >/dev/null 2>&1 || true
    for child in $(pgrep -P "$2" || true); do renice_tree "$1" "$child"; done
}
engine_nice() { # NICE: the engine, and the containers it runs (under their shims)
    local pid
    for pid in $(pidof dockerd containerd containerd-shim-runc-v2 2>/dev/null); do renice_tree "$1" "$pid"; done
}
compose_log=/tmp/compose-test-beside-maven.log
if [ "${SKIP_COMPOSE_TEST:-}" != 1 ]; then
    ensure_docker_engine || die "no Docker engine"
    mvn -B -q -ntp initialize # the stand-ins' jars, copied before the clean below empties target/
    stand_in_jars=$(mktemp -d /tmp/stand-in-jars.XXXXXX)
    cp target/payara-micro.jar target/wiremock-standalone.jar "$stand_in_jars"/
    : >"$compose_log"
    (
        trap 'engine_nice 0; rm -rf "$stand_in_jars"' EXIT
        engine_nice 19
        { STAND_IN_JARS=$stand_in_jars nice -n 19 .ci/stand-ins/build.sh &&
            POSTGRES_PASSWORD=unused TODO_DB_MIGRATION_PASSWORD=unused TODO_DB_PASSWORD=unused \
                nice -n 19 docker-compose -f docker-compose.yml build todo weather; } >"$images_log" 2>&1 || exit 3
        # Starved beside Maven (its servers come first), the stack may take longer than the usual 5 minutes to be
        # healthy; once Maven ends it runs at full speed.
        COMPOSE_TEST_PROJECT=$compose_project IMAGES_BUILT=1 HEALTHY_WITHIN=900 nice -n 19 .ci/compose-test.sh >"$compose_log" 2>&1 || exit 4
    ) &
    images_job=$!
fi

mvn -B -ntp clean verify "${forks[@]}"
say "Kubernetes manifests: offline checks (run beside Maven)"
finish_beside "$k8s_checks" "$k8s_log" "the offline checks of the Kubernetes manifests"
k8s_checks=

# The benchmark's smoke run asserts no timing: it runs beside the Docker phases, at nice 10 so that the containers
# (and their probes) come first; its ports are not theirs. Its output follows theirs.
say "benchmark, smoke mode, beside the Docker phases: it runs and writes its report (no timing is asserted)"
bench_log=$(mktemp /tmp/bench-smoke.XXXXXX)
nice -n 10 bench/run.sh --smoke >"$bench_log" 2>&1 &
bench_job=$!

if [ "${SKIP_COMPOSE_TEST:-}" = 1 ]; then
    say "compose test and Kubernetes workloads in Docker NOT RUN (SKIP_COMPOSE_TEST=1)"
else
    # The images and the compose test, beside Maven: what is left of them now runs at full speed.
    waited=$SECONDS
    engine_nice 0
    renice_tree 0 "$images_job"
    images_status=0
    wait "$images_job" || images_status=$?
    images_job=
    say "the images and the compose test ran beside Maven ($images_log; waited $((SECONDS - waited)) s for them after it)"
    case $images_status in
        0) cat "$compose_log" ;;
        4) cat "$compose_log"; die "the compose test failed" ;;
        *)
            tail -20 "$images_log" >&2
            say "building the images beside Maven failed ($images_log, its end above); the compose test builds them"
            say "compose test"
            COMPOSE_TEST_PROJECT=$compose_project IMAGES_BUILT=0 .ci/compose-test.sh
            ;;
    esac
    # One Docker engine for both phases, and the images the compose test used are those the pods run. Not side by
    # side at full speed: on two cores, their servers' starts overran the probes' budgets (docs/testing.md).
    say "Kubernetes workloads run in Docker as the minikube overlay says (k8s-manifests/test/pods.sh)"
    IMAGES_BUILT=1 k8s-manifests/test/pods.sh k8s-manifests/overlays/minikube
    stop_started_docker_engine
fi

say "benchmark, smoke mode (run beside the Docker phases)"
finish_beside "$bench_job" "$bench_log" "the benchmark's smoke run"
bench_job=
rows=$(grep -c '^| [a-zA-Z]' target/bench/RESULTS-smoke.md || true)
[ "$rows" -ge 8 ] || die "the benchmark report lacks figures ($rows table rows)"
echo "bench-smoke: 1 passed, 0 failed"
