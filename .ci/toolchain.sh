# Sourced by run.sh, test.sh, .ci/run and the bench: finds a JDK >= 21 and reads the project's versions.
#   use_jdk            exports JAVA_HOME and puts its bin first on PATH: JAVA_HOME if it is a JDK >= 21, else
#                      `java` on the PATH if it is one, else the newest JDK >= 21 under /usr/lib/jvm; otherwise
#                      it stops with one sentence saying what to install.
#   pom_property NAME  a property of the root pom.xml, where every version is written once.
# Expects ROOT (the repository) to be set.

JDK_MINIMUM=21

jdk_major() { # JAVA_HOME-like directory -> major version, or nothing
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

path_jdk() { # the JDK behind `java` on the PATH
    command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

use_jdk() {
    local candidate major found= newest=0 # newest: the major version of the JDK found
    for candidate in "${JAVA_HOME:-}" "$(path_jdk)"; do
        [ -n "$candidate" ] && major=$(jdk_major "$candidate") && [ -n "$major" ] && [ "$major" -ge "$JDK_MINIMUM" ] \
            && { found=$candidate; newest=$major; break; }
    done
    if [ -z "$found" ]; then
        for candidate in /usr/lib/jvm/*; do
            major=$(jdk_major "$candidate") && [ -n "$major" ] && [ "$major" -ge "$JDK_MINIMUM" ] && [ "$major" -gt "$newest" ] \
                && { found=$candidate; newest=$major; }
        done
    fi
    if [ -z "$found" ]; then
        printf '%s\n' "No JDK $JDK_MINIMUM or newer found (JAVA_HOME, java on the PATH, /usr/lib/jvm): install one (Temurin 25, or Debian 13's openjdk-25-jdk-headless) or set JAVA_HOME to it." >&2
        exit 1
    fi
    export JAVA_HOME=$found
    export PATH=$JAVA_HOME/bin:$PATH
    # Maven 3.8's Guava uses sun.misc.Unsafe, which JDK 24+ warns about at every build.
    if [ "$newest" -ge 24 ]; then
        case " ${MAVEN_OPTS:-} " in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
    fi
}

# The tools the whole test run needs, as command and Debian package: the one list, for test.sh and .ci/run.
TEST_TOOLS="mvn:maven curl:curl psql:postgresql initdb:postgresql chromium:chromium chromedriver:chromium-driver
dockerd:docker.io docker:docker.io docker-compose:docker-compose debootstrap:debootstrap npm:npm kubectl:kubernetes-client wrk:wrk
nginx:nginx openssl:openssl"

# ensure_test_tools: installs what is missing with apt-get when run as root; otherwise names it in one line.
ensure_test_tools() {
    local entry tool package missing=()
    for entry in $TEST_TOOLS; do
        tool=${entry%%:*} package=${entry#*:}
        if [ "$tool" = initdb ]; then
            ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && continue
        elif command -v "$tool" >/dev/null 2>&1; then
            continue
        fi
        case " ${missing[*]} " in *" $package "*) ;; *) missing+=("$package") ;; esac
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        printf 'installing %s\n' "${missing[*]}" >&2
        apt-get update -qq
        # No service of a package starts on installation (nginx would take port 80): the tests start what they use.
        local no_start=
        [ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; no_start=1; }
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
        [ -z "$no_start" ] || rm -f /usr/sbin/policy-rc.d
    else
        printf '%s\n' "Missing for the tests: ${missing[*]}; install them (apt-get install ${missing[*]}) or run this as root, which installs them." >&2
        exit 1
    fi
}

# ensure_docker_engine: starts dockerd (root) when no Docker engine answers; stop_started_docker_engine stops the one
# it started, if any. For the compose test and pods.sh.
STARTED_DOCKER_ENGINE=
ensure_docker_engine() {
    docker info >/dev/null 2>&1 && return 0
    printf 'starting the Docker engine\n' >&2
    dockerd >/tmp/dockerd.log 2>&1 &
    STARTED_DOCKER_ENGINE=$!
    local _
    for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && return 0; sleep 0.5; done
    printf 'dockerd did not start (see /tmp/dockerd.log)\n' >&2
    return 1
}
stop_started_docker_engine() {
    [ -n "$STARTED_DOCKER_ENGINE" ] || return 0
    printf 'stopping the Docker engine it started\n' >&2
    kill "$STARTED_DOCKER_ENGINE" 2>/dev/null || true
    wait "$STARTED_DOCKER_ENGINE" 2>/dev/null || true
    STARTED_DOCKER_ENGINE=
}

# Builds both WARs (mvn package, tests skipped) when one is missing or older than its sources: run.sh and the bench.
build_if_stale() {
    local micro=$ROOT/target/payara-micro.jar todo=$ROOT/todo-war/target/todo.war weather=$ROOT/weather-war/target/weather.war
    if [ -f "$micro" ] && [ -f "$todo" ] && [ -f "$weather" ] &&
        [ -z "$(find "$ROOT/pom.xml" "$ROOT/todo-war/pom.xml" "$ROOT/todo-war/src/main" -newer "$todo" -print -quit)" ] &&
        [ -z "$(find "$ROOT/pom.xml" "$ROOT/weather-war/pom.xml" "$ROOT/weather-war/src/main" -newer "$weather" -print -quit)" ]; then
        return 0
    fi
    printf 'building (mvn package, tests skipped)...\n' >&2
    (cd "$ROOT" && mvn -B -q -ntp -DskipTests package) >&2 # stdout may be a report (bench/jit.sh's table)
}

pom_property() {
    sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1
}
