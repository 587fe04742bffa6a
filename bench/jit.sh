#!/usr/bin/env bash
# Which JIT the to-do service ships with (issue 22): the same service, heap and AOT cache, started once per
# compiler mode and measured alike; prints one Markdown table row per mode. bench/run.sh runs it in its full mode
# and writes the rows into bench/RESULTS.md; alone it is a tool for tuning by hand.
#   bench/jit.sh [SECONDS_STEADY]    (default 60: the page's throughput over a longer run, after 10 s)
# Modes: C1 only (server-config/jvm.options'), and C1 then C2 (tiered, the JDK's default), each with an AOT cache
# trained in that mode: with tiered compilation the training run also records method profiles (JEP 515), so C2
# starts from them. Needs what bench/run.sh needs; the database as .ci/test-database.sh finds it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
STEADY=${1:-60}
PORT=18095 WORK=target/bench/jit
mkdir -p "$WORK"
say() { printf 'jit: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

. .ci/toolchain.sh
use_jdk
. .ci/test-database.sh
. bench/accounts.sh
[ "$(jdk_major "$JAVA_HOME")" -ge 25 ] || die "the AOT cache needs JDK 25"
build_if_stale

app=
trap '[ -n "$app" ] && kill -TERM "$app" 2>/dev/null; wait 2>/dev/null; stop_test_database' EXIT
now() { date +%s.%N; }
start() { # MODE-OPTIONS CACHE
    env "${TODO_DB_ENV[@]}" TODO_PUBLIC_ORIGINS=http://127.0.0.1:$PORT TODO_SIGN_UPS_PER_ADDRESS_PER_HOUR=1000000 TODO_SIGN_UPS_PER_HOUR=1000000 \
        PAYARA_MICRO_JAR=target/payara-micro.jar PAYARA_ROOT_DIR=$WORK/payara PAYARA_HTTP_ADDRESS=127.0.0.1 \
        JVM_HEAP=-Xmx$(pom_property todo.heap) JVM_ARGS="$1" AOT_CACHE="$PWD/$2" \
        server-config/payara-micro.sh --port $PORT --deploy todo-war/target/todo.war --contextroot / \
        >>"$WORK/server.log" 2>&1 &
    app=$!
    until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health/ready" 2>/dev/null; do
        kill -0 "$app" 2>/dev/null || die "the service stopped: see $WORK/server.log"
        sleep 0.1
    done
}
stop() { kill -TERM "$app"; wait "$app" 2>/dev/null || true; app=; }
rss() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app/status"; }
page_load() { # SECONDS -> pages/s
    wrk -t2 -c16 -d"$1s" --timeout 10s -s bench/wrk/signed-in.lua "http://127.0.0.1:$PORT/" | awk '/^Requests\/sec/ { printf "%.0f", $2 }'
}
sign_ins() { # -> median ms of 5, after 2 not counted
    local i t0 times=()
    for i in 1 2 3 4 5 6 7; do
        t0=$(now)
        [ -n "$(account_form "http://127.0.0.1:$PORT" signin.xhtml | session_of)" ] || die "signing in failed"
        [ "$i" -le 2 ] || times+=("$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.0f", (b - a) * 1000 }')")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

: >"$WORK/server.log"
for mode in c1 tiered; do
    case $mode in
        c1) options=-XX:TieredStopAtLevel=1 name="C1 only (\`-XX:TieredStopAtLevel=1\`, as shipped)" ;;
        tiered) options=-XX:TieredStopAtLevel=4 name="C1 then C2 (tiered), with AOT method profiles (JEP 515)" ;;
    esac
    cache=target/aot/jit-$mode.aot
    rm -f "$cache"
    say "$mode: a training start that writes the AOT cache (not measured)"
    start "$options" "$cache"
    test_db_sql "DELETE FROM account WHERE name_key = '$BENCH_ACCOUNT'; DELETE FROM sign_in_failure"
    export TODO_SESSION
    TODO_SESSION=$(bench_account "http://127.0.0.1:$PORT")
    test_db_sql "INSERT INTO task (title, done, created_at, version, owner_id, list_id) SELECT 'Task ' || n, n % 3 = 0, now() + n * interval '1 ms', 0, $BENCH_OWNER, $BENCH_INBOX FROM generate_series(1, 100) n; $RECOUNT"
    account_form "http://127.0.0.1:$PORT" signin.xhtml >/dev/null
    page_load 10 >/dev/null
    stop
    [ -f "$cache" ] || die "$mode: no AOT cache written"
    t0=$(now); start "$options" "$cache"; ready=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
    sleep 2; rss_ready=$(rss)
    sign_in=$(sign_ins)
    first=$(page_load 10)
    steady=$(page_load "$STEADY")
    rss_load=$(rss)
    say "$mode: ready $ready s, sign-in $sign_in ms, pages/s $first then $steady, RSS $rss_ready / $rss_load MiB"
    echo "| $name | $ready s | $sign_in ms | $first | $steady | $rss_ready / $rss_load MiB |"
    stop
    test_db_sql "DELETE FROM task WHERE owner_id = $BENCH_OWNER; $RECOUNT"
done
