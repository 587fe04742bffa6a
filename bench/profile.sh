#!/usr/bin/env bash
# Where the time goes: starts one service as ./run.sh would (on PostgreSQL as .ci/test-database.sh finds it),
# loads one URL with wrk while Java Flight Recorder samples, and prints the hottest methods (own time) and
# the hottest of our own and the stack's entry points (time including callees).
#   bench/profile.sh todo "/?filter=all" [wrk-script.lua] [tasks-in-table]
#   bench/profile.sh weather "/weather/" bench/wrk/random-city.lua
# A tool for tuning by hand, like bench/run.sh; nothing here is asserted anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
SERVICE=${1:?todo or weather} PATH_AND_QUERY=${2:?path} SCRIPT=${3:-} TASKS=${4:-100}
PORT=18090 UPSTREAM_PORT=18089 SECONDS_LOADED=${SECONDS_LOADED:-20} CONNECTIONS=${CONNECTIONS:-16}
WORK=target/profile; mkdir -p "$WORK"
say() { printf 'profile: %s\n' "$*" >&2; }

ROOT=$PWD
. .ci/toolchain.sh
use_jdk
. .ci/test-database.sh
pids=()
trap '[ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; stop_test_database' EXIT

if [ "$SERVICE" = weather ]; then
    standin=$WORK/stand-in; rm -rf "$standin"; mkdir -p "$standin"
    cp -r bench/stand-in/mappings weather-war/src/test/resources/stand-in/__files "$standin/"
    java -Xmx256m -jar target/wiremock-standalone.jar --port $UPSTREAM_PORT --bind-address 127.0.0.1 \
        --root-dir "$standin" --disable-banner --no-request-journal --container-threads 32 >"$WORK/upstream.log" 2>&1 &
    pids+=($!)
    export WEATHER_GEOCODING_URL=http://127.0.0.1:$UPSTREAM_PORT/v1/search
    export WEATHER_FORECAST_URL=http://127.0.0.1:$UPSTREAM_PORT/v1/forecast
    WAR=weather-war/target/weather.war
else
    . bench/accounts.sh
    export "${TODO_DB_ENV[@]}" "${BENCH_TODO_LIMITS[@]}"
    WAR=todo-war/target/todo.war
    export TODO_PUBLIC_ORIGINS=http://127.0.0.1:$PORT
fi

PAYARA_MICRO_JAR=target/payara-micro.jar PAYARA_ROOT_DIR=$WORK/payara JVM_HEAP=-Xmx256m JVM_ARGS=${PROFILE_JVM_OPTIONS:-} \
    server-config/payara-micro.sh --port $PORT --deploy "$WAR" --contextroot / >"$WORK/$SERVICE.log" 2>&1 &
pids+=($!); APP=$!
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health/ready" 2>/dev/null; do
    kill -0 "$APP" 2>/dev/null || { say "the service stopped: see $WORK/$SERVICE.log"; exit 1; }
    sleep 0.2
done
if [ "$SERVICE" = todo ]; then # the tables exist once the service has migrated the schema
    # Signed in as the bench's account (bench/accounts.sh); its session goes with every request. Sixteen more for a
    # script that spreads its requests over many accounts (TODO_SESSIONS).
    # shellcheck disable=SC2086
    test_db_sql "DELETE FROM account WHERE name_key = '$BENCH_ACCOUNT' OR name_key LIKE '$BENCH_ACCOUNT-%'"
    export TODO_SESSION TODO_SESSIONS=
    TODO_SESSION=$(bench_account "http://127.0.0.1:$PORT")
    if grep -q TODO_SESSIONS "${SCRIPT:-/dev/null}"; then
        TODO_SESSIONS=$(bench_accounts "http://127.0.0.1:$PORT" 16 | paste -sd ' ')
    fi
    SCRIPT=${SCRIPT:-bench/wrk/signed-in.lua}
    # shellcheck disable=SC2086
    test_db_sql "INSERT INTO task (title, done, created_at, version, owner_id, list_id)
        SELECT 'Task ' || n, n % 3 = 0, now() + n * interval '1 ms', 0, $BENCH_OWNER, $BENCH_INBOX FROM generate_series(1, $TASKS) n" -c "$RECOUNT" -c "VACUUM ANALYZE task"
fi
URL="http://127.0.0.1:$PORT$PATH_AND_QUERY"
say "warming up $URL"
wrk -t2 -c"$CONNECTIONS" -d10s ${SCRIPT:+-s "$SCRIPT"} "$URL" >/dev/null
jcmd "$APP" JFR.start name=profile settings=profile filename="$PWD/$WORK/$SERVICE.jfr" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_LOADED}s" --latency ${SCRIPT:+-s "$SCRIPT"} "$URL" | grep -E "Requests/sec|50%|99%"
jcmd "$APP" JFR.stop name=profile >/dev/null
say "resident: $(awk '/VmRSS/ { printf "%.0f MiB", $2 / 1024 }' /proc/$APP/status)"
jfr print --events jdk.ExecutionSample --stack-depth 64 "$WORK/$SERVICE.jfr" >"$WORK/$SERVICE.samples"
python3 - "$WORK/$SERVICE.samples" <<'EOF'
import re, sys, collections
own, total, n = collections.Counter(), collections.Counter(), 0
for block in open(sys.argv[1]).read().split("jdk.ExecutionSample")[1:]:
    frames = [re.sub(r"\(.*", "", f.strip()) for f in re.findall(r"^\s+(\S.*?)\s+line:", block, re.M)]
    if not frames:
        continue
    n += 1
    own[frames[0]] += 1
    for f in set(frames):
        total[f] += 1
print(f"{n} samples\n\nown time:")
for f, c in own.most_common(25):
    print(f"{100 * c / n:5.1f}%  {f}")
print("\ntime including callees (app.*, and a few landmarks):")
marks = ("app.", "org.hibernate.", "jakarta.faces.", "com.sun.faces.", "org.glassfish.jersey.", "org.jboss.weld.",
         "org.postgresql.", "com.sun.enterprise.transaction", "org.apache.catalina.", "org.glassfish.grizzly.")
for f, c in total.most_common(400):
    if f.startswith(marks) and 100 * c / n >= 2:
        print(f"{100 * c / n:5.1f}%  {f}")
EOF
