#!/usr/bin/env bash
# Starts the whole application in the foreground and stops it on Ctrl-C or SIGTERM:
#   to-do service    http://127.0.0.1:${TODO_PORT:-8080}/
#   weather service  http://127.0.0.1:${WEATHER_PORT:-8081}/weather/?city=Paris
# Both start in parallel; the to-do page asks the weather service at TODO_WEATHER_URL (this one by default).
# Builds what is missing first. Without TODO_DB_URL the tasks live in an embedded H2 file under ./data;
# with TODO_DB_URL (and TODO_DB_USER, TODO_DB_PASSWORD) they live in that PostgreSQL.
# Both listen on 127.0.0.1 only, unless BIND_ADDRESS says otherwise (0.0.0.0: every address).
# Needs a JDK 21 or newer (it finds one: .ci/toolchain.sh) and Maven.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
# shellcheck source=.ci/toolchain.sh
. .ci/toolchain.sh
use_jdk

MICRO_JAR=target/payara-micro.jar
TODO_WAR=todo-war/target/todo.war
WEATHER_WAR=weather-war/target/weather.war
TODO_PORT=${TODO_PORT:-8080}
WEATHER_PORT=${WEATHER_PORT:-8081}
export TODO_WEATHER_URL=${TODO_WEATHER_URL:-http://127.0.0.1:$WEATHER_PORT}
# The page's own origins, on whatever port it is served: posts from any other are refused.
export TODO_PUBLIC_ORIGINS=${TODO_PUBLIC_ORIGINS:-http://127.0.0.1:$TODO_PORT,http://localhost:$TODO_PORT}
export PAYARA_HTTP_ADDRESS=${BIND_ADDRESS:-127.0.0.1}

say() { printf 'run.sh: %s\n' "$*" >&2; }

build_if_stale

pids=()
stop_all() {
    trap - INT TERM EXIT
    if [ ${#pids[@]} -gt 0 ]; then
        say "stopping..."
        kill "${pids[@]}" 2>/dev/null || true
        wait "${pids[@]}" 2>/dev/null || true
    fi
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap stop_all EXIT

# JDK 25's AOT cache: the classes a service loaded and linked in an earlier run are mapped from a file instead
# of being read, parsed and verified again (bench/NOTES.md). A run without an up-to-date cache writes one when
# the service stops; a newer WAR, Payara Micro or JDK makes the next run write it again.
# (JDK 21 has no AOT cache: nothing is cached then.) AOT_CACHE=off runs without one, reading and writing none
# (the bench's smoke run: writing a cache costs a training run's recording and seconds at each stop).
aot_cache() {
    local name=$1 war=$2 cache
    [ "$(jdk_major "$JAVA_HOME")" -ge 25 ] && [ "${AOT_CACHE:-on}" != off ] || return 0
    cache=target/aot/$name-$(basename "$(readlink -f "$JAVA_HOME")").aot
    if [ -f "$cache" ] && { [ "$war" -nt "$cache" ] || [ "$MICRO_JAR" -nt "$cache" ]; }; then
        rm -f "$cache"
    fi
    echo "$PWD/$cache"
}

# start_service NAME PORT WAR HEAP: one Payara Micro per service (server-config/payara-micro.sh). The heaps are
# those the images give in their containers (the root pom's todo.heap and weather.heap).
start_service() {
    local name=$1 port=$2 war=$3 heap=$4
    PAYARA_MICRO_JAR=$MICRO_JAR PAYARA_ROOT_DIR=target/payara/$name JVM_HEAP=-Xmx$heap \
        AOT_CACHE=$(aot_cache "$name" "$war") \
        server-config/payara-micro.sh --port "$port" --deploy "$war" --contextroot / &
    pids+=($!)
    say "$name starting on port $port (pid $!)"
}

await_ready() {
    local name=$1 url=$2 pid=$3
    for _ in $(seq 1 600); do
        kill -0 "$pid" 2>/dev/null || { say "$name stopped while starting"; exit 1; }
        curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null && return 0
        sleep 0.2
    done
    say "$name was not ready within 2 minutes"; exit 1
}

start_service weather "$WEATHER_PORT" "$WEATHER_WAR" "$(pom_property weather.heap)"
start_service todo "$TODO_PORT" "$TODO_WAR" "$(pom_property todo.heap)"
await_ready weather "http://127.0.0.1:$WEATHER_PORT/health/ready" "${pids[0]}"
await_ready todo "http://127.0.0.1:$TODO_PORT/health/ready" "${pids[1]}"
say "ready in ${SECONDS}s"
printf '\n  To-do:    http://127.0.0.1:%s/\n  Weather:  http://127.0.0.1:%s/weather/?city=Paris\n\n' "$TODO_PORT" "$WEATHER_PORT"

# Stay in the foreground until a service stops (or Ctrl-C).
wait -n "${pids[@]}"
say "a service stopped; stopping the others"
