#!/usr/bin/env bash
# The benchmark: both services started as ./run.sh starts them, on PostgreSQL, loaded with wrk on 127.0.0.1;
# each figure divided by a limit measured in the same run on the same machine. Writes bench/RESULTS.md.
#   bench/run.sh            3 runs of 10 s per figure (about 10 minutes)
#   bench/run.sh --smoke    1 run of 1 s per figure, into target/bench/RESULTS-smoke.md (CI: it runs and writes)
# Needs wrk, curl, psql and pgbench (PostgreSQL's server package); the database as .ci/test-database.sh finds it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

RUNS=3 DURATION=10 IDLE=10 SIGN_INS=7 OUT=bench/RESULTS.md MODE=full AOT=on
# The smoke run, a check that the bench runs in about a minute: no AOT cache written or read, no warm-up, and the
# second to-do replica and the first weather instances start in the background while the first figures are taken.
if [ "${1:-}" = --smoke ]; then RUNS=1 DURATION=1 IDLE=1 SIGN_INS=2 OUT=target/bench/RESULTS-smoke.md MODE=smoke AOT=off; fi
CONNECTIONS=16 THREADS=2
# Ports apart from the compose test's and the pods' Ingress (18080, 18081, 18443): test.sh runs the smoke run beside them.
TODO_PORT=19080 WEATHER_PORT=19081 UPSTREAM_PORT=19089
WORK=target/bench
mkdir -p "$WORK"

say() { printf 'bench: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
for tool in wrk curl psql; do command -v "$tool" >/dev/null || die "$tool is missing (apt-get install wrk curl postgresql)"; done

# shellcheck source=../.ci/toolchain.sh
. .ci/toolchain.sh
use_jdk
# shellcheck source=../.ci/test-database.sh
. .ci/test-database.sh
PGBENCH=${TEST_PG_BIN:+$TEST_PG_BIN/pgbench}
[ -x "${PGBENCH:-}" ] || PGBENCH=$(command -v pgbench || true)
[ -n "$PGBENCH" ] || die "pgbench is missing (apt-get install postgresql)"
DB_HOST=$(sed -E 's#jdbc:postgresql://([^:/]+).*#\1#' <<<"$TEST_DB_URL")
DB_PORT=$(sed -E 's#jdbc:postgresql://[^:/]+:?([0-9]*)/.*#\1#' <<<"$TEST_DB_URL"); DB_PORT=${DB_PORT:-5432}
DB_NAME=$(sed -E 's#.*/([^/?]+).*#\1#' <<<"$TEST_DB_URL")
export PGPASSWORD=$TEST_DB_PASSWORD # pgbench's

# --- the stand-in upstream: WireMock, every city found, no delay of its own ---
[ -f target/wiremock-standalone.jar ] || mvn -B -q -ntp initialize
standin=$(mktemp -d /tmp/bench-stand-in.XXXXXX)
cp -r bench/stand-in/mappings "$standin/"
cp -r weather-war/src/test/resources/stand-in/__files "$standin/"
pids=()
cleanup() {
    [ -n "${app:-}" ] && { kill -TERM "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; }
    [ -n "${replica:-}" ] && { kill -TERM "$replica" 2>/dev/null; wait "$replica" 2>/dev/null || true; }
    [ ${#pids[@]} -gt 0 ] && { kill "${pids[@]}" 2>/dev/null || true; }
    rm -rf "$standin"
    stop_test_database
}
trap cleanup EXIT
java -Xmx256m -jar target/wiremock-standalone.jar --port "$UPSTREAM_PORT" --bind-address 127.0.0.1 \
    --root-dir "$standin" --disable-banner --no-request-journal --container-threads 32 >"$WORK/upstream.log" 2>&1 &
pids+=($!)

# --- helpers ---
now() { date +%s.%N; }
# wrk_run URL [script] -> "requests/s p50-ms p99-ms errors"
wrk_run() {
    local url=$1 script=${2:-}
    local connections=${WRK_CONNECTIONS:-$CONNECTIONS} threads=$THREADS
    [ "$connections" -ge "$threads" ] || threads=$connections
    wrk -t"$threads" -c"$connections" -d"${DURATION}s" --timeout 10s --latency ${script:+-s "$script"} "$url" 2>&1 | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
        /Non-2xx or 3xx responses/ { errors += $NF } /Socket errors/ { errors += 1 }
        END { printf "%.1f %.2f %.2f %d\n", rps, p50, p99, errors }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# measure NAME URL [script] [NAME URL [script]]...: RUNS rounds, each running every named load once in turn,
# so that a figure and the limit it is divided by see the same moments of the machine; records NAME.rps,
# NAME.p50, NAME.p99 (medians) and the raw lines.
declare -A M
measure() {
    local -a names=() urls=() scripts=()
    while [ $# -gt 0 ]; do
        names+=("$1"); urls+=("$2"); scripts+=("${3:-}"); shift $(( $# >= 3 ? 3 : $# ))
    done
    local i name line
    for name in "${names[@]}"; do : >"$WORK/$name.runs"; done
    for _ in $(seq 1 "$RUNS"); do
        for i in "${!names[@]}"; do
            name=${names[$i]}
            line=$(wrk_run "${urls[$i]}" "${scripts[$i]}")
            echo "$line" >>"$WORK/$name.runs"
            [ "$(awk '{print $4}' <<<"$line")" = 0 ] || die "$name: failed requests ($line): see $WORK"
        done
    done
    for name in "${names[@]}"; do
        M[$name.rps]=$(awk '{print $1}' "$WORK/$name.runs" | median)
        M[$name.p50]=$(awk '{print $2}' "$WORK/$name.runs" | median)
        M[$name.p99]=$(awk '{print $3}' "$WORK/$name.runs" | median)
        say "$name: $(printf '%s req/s, p50 %s ms, p99 %s ms' "${M[$name.rps]}" "${M[$name.p50]}" "${M[$name.p99]}")"
    done
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
anon_mib() { awk '/RssAnon/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
java_pid_on() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # user and system time, in clock ticks
young_collections() { "$JAVA_HOME/bin/jstat" -gc "$1" | awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "YGC") c = i } NR == 2 { print $c }'; }
# cost NAME URL [script]: one more run of the load on the to-do service; records NAME.cpu_ms (the server's CPU time a
# request, both cores counted) and NAME.ygc_per_k (its young collections per 1,000 requests)
cost() {
    local ticks0 ygc0 line requests
    ticks0=$(cpu_ticks "$TODO_PID"); ygc0=$(young_collections "$TODO_PID")
    line=$(wrk_run "$2" "${3:-}")
    requests=$(awk -v r="$(awk '{print $1}' <<<"$line")" -v d="$DURATION" 'BEGIN { printf "%.0f", r * d }')
    M[$1.cpu_ms]=$(awk -v t="$(( $(cpu_ticks "$TODO_PID") - ticks0 ))" -v hz="$(getconf CLK_TCK)" -v n="$requests" \
        'BEGIN { printf "%.2f", t * 1000 / hz / n }')
    M[$1.ygc_per_k]=$(awk -v g="$(( $(young_collections "$TODO_PID") - ygc0 ))" -v n="$requests" 'BEGIN { printf "%.1f", g * 1000 / n }')
    say "$1: ${M[$1.cpu_ms]} ms of CPU a request, ${M[$1.ygc_per_k]} young collections per 1,000 requests"
}

# The to-do's settings for the bench: the test database, the limits lifted (what is measured is the work, not them).
# shellcheck source=accounts.sh
. bench/accounts.sh
todo_env=("${TODO_DB_ENV[@]}" "${BENCH_TODO_LIMITS[@]}")
start_services() {
    env "${todo_env[@]}" TODO_PORT=$TODO_PORT WEATHER_PORT=$WEATHER_PORT \
    WEATHER_LOOKUPS_PER_CLIENT_PER_MINUTE=1000000000 WEATHER_LOOKUPS_PER_MINUTE=1000000000 WEATHER_LOOKUPS_PER_DAY=1000000000 \
    WEATHER_GEOCODING_URL=http://127.0.0.1:$UPSTREAM_PORT/v1/search WEATHER_FORECAST_URL=http://127.0.0.1:$UPSTREAM_PORT/v1/forecast \
        AOT_CACHE=$AOT ./run.sh >>"$WORK/run.log" 2>&1 &
    app=$!
}
await_ready() {
    local deadline=$((SECONDS + 180))
    until curl -fsS -o /dev/null "http://127.0.0.1:$TODO_PORT/health/ready" 2>/dev/null \
            && curl -fsS -o /dev/null "http://127.0.0.1:$WEATHER_PORT/health/ready" 2>/dev/null; do
        kill -0 "$app" 2>/dev/null || die "run.sh stopped: see $WORK/run.log"
        [ $SECONDS -lt $deadline ] || die "services not ready after 3 minutes"
        sleep 0.1
    done
}
stop_services() { kill -TERM "$app"; wait "$app" 2>/dev/null || true; app=; }
# A second to-do replica (the same WAR, server and database, its own port), for the live changes figure.
REPLICA_PORT=19082
start_replica() {
    env "${todo_env[@]}" TODO_PUBLIC_ORIGINS=http://127.0.0.1:$REPLICA_PORT TODO_WEATHER_URL=http://127.0.0.1:$WEATHER_PORT \
        PAYARA_MICRO_JAR=target/payara-micro.jar PAYARA_ROOT_DIR=target/payara/todo-replica \
        JVM_HEAP=-Xmx$(pom_property todo.heap) \
        server-config/payara-micro.sh --port $REPLICA_PORT --deploy todo-war/target/todo.war --contextroot / \
        >>"$WORK/replica.log" 2>&1 &
    replica=$!
}
GRID_CITIES=$([ $MODE = smoke ] && echo 50 || echo 200)
# The tasks of the large account (page_100k and the others): fewer in the smoke run, the same queries.
BIG_ACCOUNT=100000 BIG_ACCOUNT_TEXT=100,000
[ $MODE = full ] || BIG_ACCOUNT=20000 BIG_ACCOUNT_TEXT=20,000
ALONE_PORT=19085 GRID_PORTS=(19083 19084) GRID_DATA=(16900 16901)
grid_members="tcpip:127.0.0.1:${GRID_DATA[0]},127.0.0.1:${GRID_DATA[1]}"
weather_instance() { # PORT NAME [DATA_GRID_PORT]: a weather server in the background, alone or a member of the grid
    local port=$1 name=$2 data=${3:-}
    env WEATHER_LOOKUPS_PER_CLIENT_PER_MINUTE=1000000000 WEATHER_LOOKUPS_PER_MINUTE=1000000000 \
        WEATHER_LOOKUPS_PER_DAY=1000000000 WEATHER_GEOCODING_URL=$U/v1/search WEATHER_FORECAST_URL=$U/v1/forecast \
        PAYARA_MICRO_JAR=target/payara-micro.jar PAYARA_ROOT_DIR="target/payara/$name" \
        JVM_HEAP=-Xmx$(pom_property weather.heap) PAYARA_HTTP_ADDRESS=127.0.0.1 ${data:+PAYARA_CLUSTER_MODE=$grid_members} \
        server-config/payara-micro.sh --port "$port" --deploy weather-war/target/weather.war --contextroot / \
        ${data:+--interfaces 127.0.0.1 --startport $data} >>"$WORK/grid.log" 2>&1 &
    pids+=($!)
}
await_weather() { # PORT MEMBERS -> seconds waited, until ready and counting that many members of its grid
    local t0 deadline=$((SECONDS + 120))
    t0=$(now)
    until curl -fsS "http://127.0.0.1:$1/health/ready" 2>/dev/null | grep -Eq "\"data_grid_members\":\"?$2\\b"; do
        [ $SECONDS -lt $deadline ] || die "the weather instance on port $1 was not ready with $2 member(s): see $WORK/grid.log"
        sleep 0.1
    done
    awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f\n", b - a }'
}
grid_city() { # N -> the name known-city.lua gives city N, as a query value
    local n=$1 s= letters=abcdefghijklmnopqrstuvwxyz
    while :; do s=${letters:$((n % 26)):1}$s; n=$((n / 26)); [ $n -gt 0 ] || break; done
    echo "Grid%20$s"
}
ask_cities() { # PORT -> mean ms a request: every city of known-city.lua once, in turn, on one connection
    local i args=()
    for ((i = 0; i < GRID_CITIES; i++)); do args+=("http://127.0.0.1:$1/weather/?city=$(grid_city "$i")" -o /dev/null); done
    curl -fsS -w '%{time_total}\n' "${args[@]}" | awk '{ t += $1 } END { printf "%.2f", t * 1000 / NR }' \
        || die "asking the cities of port $1 failed"
}

# --- build once, outside any timing (nothing to do after ./test.sh's build) ---
build_if_stale
: >"$WORK/run.log"
test_db_sql "DELETE FROM task" 2>/dev/null || true

# Figure: both services to ready, in parallel (each start from nothing; JVMs only, the build is done).
# First one start that is not measured: ./run.sh's first start after a build writes each service's
# AOT cache when it stops, and every later start maps its classes from it (see run.sh).
# The smoke run checks that the bench runs, its start figure is not one to quote: no first start.
if [ $MODE = full ]; then
    say "a first start, to write the AOT caches (not measured)"
    start_services; await_ready
    for url in "http://127.0.0.1:$TODO_PORT/" "http://127.0.0.1:$WEATHER_PORT/weather/?city=Paris"; do
        curl -fsS -o /dev/null "$url" || say "a first-start request failed: $url"
    done
    stop_services
fi
: >"$WORK/ready.runs"
for i in $(seq 1 "$RUNS"); do
    t0=$(now); start_services; await_ready; t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", b - a }' >>"$WORK/ready.runs"
    [ "$i" = "$RUNS" ] || stop_services
done
M[ready]=$(median <"$WORK/ready.runs")
say "both services ready in ${M[ready]} s"
TODO_PID=$(java_pid_on $TODO_PORT); WEATHER_PID=$(java_pid_on $WEATHER_PORT)

# Threads: the most each service had while loaded, in all and HTTP workers alone (the bound is set in
# server-config/pre-boot-commands.asadmin), sampled every 0.2 s from here to the end of the load.
thread_counts() { # PID -> "all http-workers"
    local all=0 http=0 name
    for name in /proc/"$1"/task/*/comm; do
        all=$((all + 1)); [[ "$(<"$name")" == http-thread-poo* ]] && http=$((http + 1))
    done 2>/dev/null
    echo "$all $http"
}
sample_threads() {
    local t w
    echo "0 0 0 0" >"$WORK/threads.max"
    while kill -0 "$TODO_PID" 2>/dev/null; do
        t=$(thread_counts "$TODO_PID"); w=$(thread_counts "$WEATHER_PID")
        # shellcheck disable=SC2086
        awk -v t="$t" -v w="$w" '{ split(t " " w, n, " "); for (i = 1; i <= 4; i++) if (n[i] > $i) $i = n[i]; print }' \
            "$WORK/threads.max" >"$WORK/threads.tmp" && mv "$WORK/threads.tmp" "$WORK/threads.max"
        sleep 0.2
    done
}
read -r M[todo_threads_idle] _ M[weather_threads_idle] _ <<<"$(thread_counts "$TODO_PID") $(thread_counts "$WEATHER_PID")"
sample_threads &
sampler=$!
pids+=("$sampler")
W=http://127.0.0.1:$WEATHER_PORT T=http://127.0.0.1:$TODO_PORT U=http://127.0.0.1:$UPSTREAM_PORT
rm -rf target/payara/grid-*
: >"$WORK/grid.log"
if [ $MODE = smoke ]; then
    start_replica
    weather_instance "$ALONE_PORT" grid-alone; alone=${pids[-1]}
    weather_instance "${GRID_PORTS[0]}" grid-first "${GRID_DATA[0]}"; first=${pids[-1]}
fi

# The to-do figures are a signed-in person's (bench/accounts.sh): the session cookie goes with every request of
# the load (bench/wrk/signed-in.lua). One sign-in (an Argon2id verification, slow on purpose) is timed on its own.
test_db_sql "DELETE FROM account WHERE name_key = '$BENCH_ACCOUNT' OR name_key LIKE '$BENCH_ACCOUNT-%'; DELETE FROM sign_in_failure"
export TODO_SESSION TODO_SESSIONS
TODO_SESSION=$(bench_account "$T")
[ -n "$TODO_SESSION" ] || die "creating the bench's account gave no session"
# Sixteen more, for the adds spread over many people.
TODO_SESSIONS=$(bench_accounts "$T" "$CONNECTIONS" | paste -sd ' ')
[ "$(wc -w <<<"$TODO_SESSIONS")" = "$CONNECTIONS" ] || die "creating the bench's $CONNECTIONS accounts gave fewer sessions"
: >"$WORK/sign_in.runs"
for _ in $(seq 1 "$SIGN_INS"); do
    t0=$(now); [ -n "$(account_form "$T" signin.xhtml | session_of)" ] || die "signing the bench's account in failed"; t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f\n", (b - a) * 1000 }' >>"$WORK/sign_in.runs"
done
M[sign_in_ms]=$(median <"$WORK/sign_in.runs")
say "one sign-in: ${M[sign_in_ms]} ms"
curl -fsS -b "todo_session=$TODO_SESSION" "$T/" | grep -q "Signed in as $BENCH_ACCOUNT" \
    || die "the bench's session does not sign in: the page figures would measure a redirect"
# Warm up: JIT and caches, not measured. The first lookup also starts the weather's REST clients and the stand-in's
# server: on a starved machine (the smoke run beside the Docker phases) it can pass the 3 s read timeout and be
# answered 504, as it should; curl asks again (it retries 503 and 504).
curl -fsS -o /dev/null --retry 5 --retry-delay 2 "$W/weather/?city=Paris"
if [ $MODE = full ]; then
    DURATION_SAVED=$DURATION; DURATION=5
    wrk_run "$W/weather/?city=Paris" >/dev/null; wrk_run "$W/index.html" >/dev/null; wrk_run "$T/about.xhtml" bench/wrk/signed-in.lua >/dev/null
    wrk_run "$W/weather/" bench/wrk/random-city.lua >/dev/null
    DURATION=$DURATION_SAVED
fi

# Weather, cache hit, against a static file of the same server.
curl -fsS -o /dev/null "$W/weather/?city=Paris&units=imperial"; curl -fsS -o /dev/null "$W/weather/places?q=Par"
measure weather_static "$W/index.html" "" weather_hit "$W/weather/?city=Paris" "" \
    weather_hit_imperial "$W/weather/?city=Paris&units=imperial" "" places_hit "$W/weather/places?q=Par" ""
# Weather, cache miss (a new city each time: geocoding and forecast upstream), minus the upstream's own time.
# The overhead is a latency: measured with one connection, so that it is what a miss costs the service and not
# the queue of 16 clients on 2 cores shared with wrk and the stand-in (that load is measured too, for throughput).
export WRK_CONNECTIONS=1
measure upstream_search "$U/v1/search?name=Paris&count=10&language=en&format=json" "" \
    upstream_forecast "$U/v1/forecast?latitude=48.85&longitude=2.35&current=temperature_2m" "" \
    weather_miss "$W/weather/" bench/wrk/random-city.lua
unset WRK_CONNECTIONS
measure weather_miss_loaded "$W/weather/" bench/wrk/random-city.lua
M[miss_overhead]=$(awk -v m="${M[weather_miss.p50]}" -v s="${M[upstream_search.p50]}" -v f="${M[upstream_forecast.p50]}" 'BEGIN { printf "%.2f", m - s - f }')

# The to-do page with 100 tasks, against a minimal static-content page of the same server.
test_db_sql "DELETE FROM task; INSERT INTO task (title, done, created_at, version, owner_id, list_id) SELECT 'Task ' || n, n % 3 = 0, now() + n * interval '1 ms', 0, $BENCH_OWNER, $BENCH_INBOX FROM generate_series(1, 100) n; $RECOUNT"
measure page_about "$T/about.xhtml" bench/wrk/signed-in.lua page_100 "$T/" bench/wrk/signed-in.lua
# What each costs the server: CPU time and young collections of its JVM over one more run, per request.
cost page_about "$T/about.xhtml" bench/wrk/signed-in.lua
cost page_100 "$T/" bench/wrk/signed-in.lua

# Adding a task through the API, against pgbench's one-row INSERT with the same number of clients. Three runs add
# more than the 10,000 tasks one account may hold: the bench's services allow more (start_services), since the
# figure is the cost of an add, not of the bound (which costs its count in every add all the same).
measure api_add "$T/api/tasks" bench/wrk/add-task.lua api_add_16 "$T/api/tasks" bench/wrk/add-task-accounts.lua
: >"$WORK/pgbench.runs"
for _ in $(seq 1 "$RUNS"); do
    "$PGBENCH" -n -h "$DB_HOST" -p "$DB_PORT" -U "$TEST_DB_USER" -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" \
        -f bench/insert-task.sql "$DB_NAME" 2>/dev/null | awk '/^tps/ { print $3; exit }' >>"$WORK/pgbench.runs"
done
M[pgbench.tps]=$(median <"$WORK/pgbench.runs")
say "pgbench insert: ${M[pgbench.tps]} tps"

# Live changes (U1-U3): 100 open pages of one account follow /api/live on a second replica (the same WAR, server and
# database, its own port) while tasks are added one at a time on the first; the time from sending an add to each
# page's stream receiving it. Every change travels as between pods: committed, NOTIFY, the other replica's LISTEN.
LIVE_CHANGES=$([ $MODE = smoke ] && echo 3 || echo 30)
[ -n "${replica:-}" ] || start_replica
for _ in $(seq 1 900); do
    curl -fsS -o /dev/null "http://127.0.0.1:$REPLICA_PORT/health/ready" 2>/dev/null && break
    kill -0 "$replica" 2>/dev/null || die "the second replica stopped: see $WORK/replica.log"
    sleep 0.2
done
java bench/LiveLatency.java "$T" "$TODO_SESSION" 100 "$LIVE_CHANGES" "$WORK/live.result" \
    "http://127.0.0.1:$REPLICA_PORT" >&2 || die "the live changes figure failed"
kill -TERM "$replica"; wait "$replica" 2>/dev/null || true; replica=
read -r M[live.p50] M[live.p95] M[live.max] M[live.got] M[live.expected] <"$WORK/live.result"

# One cache for all weather replicas (F16): two weather instances clustered in Payara Micro's data grid, as the
# Kubernetes replicas are (here they find each other by TCP/IP on 127.0.0.1), against a lone one, each started by the
# same command line (no AOT cache: the three alike). CITIES cities are fetched through one instance, then their hits
# asked of each, one at a time and under load (bench/wrk/known-city.lua). Each member owns half the grid's
# partitions: a first hit through a replica reads the grid (half the time on the other member), later ones its near
# copy; a lone instance's hits are all in its own memory.
export CITIES=$GRID_CITIES
if [ -z "${alone:-}" ]; then weather_instance "$ALONE_PORT" grid-alone; alone=${pids[-1]}; fi
M[grid_ready_alone]=$(await_weather "$ALONE_PORT" 1)
ask_cities "$ALONE_PORT" >/dev/null
M[grid_one_alone]=$(ask_cities "$ALONE_PORT")
measure grid_hit_alone "http://127.0.0.1:$ALONE_PORT/weather/" bench/wrk/known-city.lua
read -r M[grid_threads_alone] _ <<<"$(thread_counts "$alone")"; M[grid_rss_alone]=$(rss_mib "$alone")
kill -TERM "$alone"; wait "$alone" 2>/dev/null || true
if [ -z "${first:-}" ]; then weather_instance "${GRID_PORTS[0]}" grid-first "${GRID_DATA[0]}"; first=${pids[-1]}; fi
M[grid_ready_first]=$(await_weather "${GRID_PORTS[0]}" 1)
weather_instance "${GRID_PORTS[1]}" grid-second "${GRID_DATA[1]}"; second=${pids[-1]}
M[grid_ready_second]=$(await_weather "${GRID_PORTS[1]}" 2)
ask_cities "${GRID_PORTS[0]}" >/dev/null
# One at a time through the other replica: first read from the grid (half of them from the other member), then
# from the near copy each replica keeps of what it read.
M[grid_one_grid]=$(ask_cities "${GRID_PORTS[1]}")
M[grid_one_near]=$(ask_cities "${GRID_PORTS[1]}")
measure grid_hit_fetcher "http://127.0.0.1:${GRID_PORTS[0]}/weather/" bench/wrk/known-city.lua \
    grid_hit_other "http://127.0.0.1:${GRID_PORTS[1]}/weather/" bench/wrk/known-city.lua
read -r M[grid_threads_member] _ <<<"$(thread_counts "$first")"; M[grid_rss_member]=$(rss_mib "$first")
M[grid_hz_threads]=$(grep -c '^hz\.' /proc/"$first"/task/*/comm | awk -F: '{ n += $2 } END { print n }')
kill -TERM "$first" "$second"; wait "$first" "$second" 2>/dev/null || true
unset CITIES

# The page with 100,000 tasks in the account against 10: a list (the Inbox, ?filter=done), the view Today and a
# search (?q=cafe). Each shows the same 10 rows (done, due today, "Café" in the title), so that what differs is the
# account's size: the queries, their counts and their indexes, not the rendering. The 99,990 others are pending,
# half without a date, half due later. search_text is the title folded as the application folds it (SearchText).
TODAY="(now() AT TIME ZONE 'UTC')::date"
test_db_sql "DELETE FROM task; INSERT INTO task (title, search_text, done, due_date, created_at, version, owner_id, list_id) SELECT 'Task ' || n || ' Café', 'task ' || n || ' cafe', true, $TODAY, now() + n * interval '1 ms', 0, $BENCH_OWNER, $BENCH_INBOX FROM generate_series(1, 10) n; $RECOUNT; VACUUM ANALYZE task"
measure page_10 "$T/?filter=done" bench/wrk/signed-in.lua today_10 "$T/?view=today" bench/wrk/signed-in.lua \
    search_10 "$T/?q=cafe" bench/wrk/signed-in.lua
# A move (O2): the first task to the bottom of the list and back to the top, in turn (bench/wrk/move-task.lua).
movers() { read -r MOVE_TASK MOVE_FIRST MOVE_LAST <<<"$(test_db_sql "SELECT min(id) || ' ' || (min(id) + 1) || ' ' || max(id) FROM task")"; export MOVE_TASK MOVE_FIRST MOVE_LAST; }
# One connection: moves of one task wait for each other (its version), so the figure is a move's own time.
movers
WRK_CONNECTIONS=1 measure move_10 "$T/api/tasks/$MOVE_TASK/move" bench/wrk/move-task.lua
test_db_sql "INSERT INTO task (title, search_text, done, due_date, created_at, version, owner_id, list_id) SELECT 'Task ' || n, 'task ' || n, false, CASE WHEN n % 2 = 0 THEN $TODAY + 8 + n % 300 END, now() + n * interval '1 ms', 0, $BENCH_OWNER, $BENCH_INBOX FROM generate_series(11, $BIG_ACCOUNT) n; $RECOUNT; VACUUM ANALYZE task"
measure page_100k "$T/?filter=done" bench/wrk/signed-in.lua today_100k "$T/?view=today" bench/wrk/signed-in.lua \
    search_100k "$T/?q=cafe" bench/wrk/signed-in.lua
movers
WRK_CONNECTIONS=1 measure move_100k "$T/api/tasks/$MOVE_TASK/move" bench/wrk/move-task.lua
test_db_sql "DELETE FROM task; $RECOUNT"

kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
read -r M[todo_threads] M[todo_http] M[weather_threads] M[weather_http] <"$WORK/threads.max"
say "threads under load: to-do ${M[todo_threads]} (HTTP workers ${M[todo_http]}), weather ${M[weather_threads]} (${M[weather_http]})"

# Memory: resident size right after the load and after a pause.
M[todo_rss_load]=$(rss_mib "$TODO_PID"); M[weather_rss_load]=$(rss_mib "$WEATHER_PID")
sleep "$IDLE"
M[todo_rss_idle]=$(rss_mib "$TODO_PID"); M[weather_rss_idle]=$(rss_mib "$WEATHER_PID")
M[todo_anon_idle]=$(anon_mib "$TODO_PID"); M[weather_anon_idle]=$(anon_mib "$WEATHER_PID")
kill -0 "$TODO_PID" && kill -0 "$WEATHER_PID" || die "a service died under load"
stop_services

# The JIT (issue 22): the to-do service alone in each compiler mode, 60 s of the page after 10 (bench/jit.sh). Not in
# the smoke run: two training starts would double its time.
if [ $MODE = full ]; then
    say "the JIT's modes compared (bench/jit.sh)"
    bench/jit.sh 60 >"$WORK/jit.rows"
fi

# --- the report ---
met() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=") ? v >= t : v <= t; print ok ? "yes" : "**no**" }'; }
r1=$(ratio "${M[weather_hit.rps]}" "${M[weather_static.rps]}")
r3=$(ratio "${M[page_100.rps]}" "${M[page_about.rps]}")
r4=$(ratio "${M[api_add.rps]}" "${M[pgbench.tps]}")
r4m=$(ratio "${M[api_add_16.rps]}" "${M[pgbench.tps]}")
# Each view of the list page, its 10 rows, against the bare page: the least of the three is the figure.
rl=$(ratio "${M[page_10.rps]}" "${M[page_about.rps]}"); rt=$(ratio "${M[today_10.rps]}" "${M[page_about.rps]}")
rs=$(ratio "${M[search_10.rps]}" "${M[page_about.rps]}")
rv=$(printf '%s\n' "$rl" "$rt" "$rs" | sort -g | head -n 1)
rc=$(ratio "${M[page_100.cpu_ms]}" "${M[page_about.cpu_ms]}")
r5=$(ratio "${M[page_100k.p50]}" "${M[page_10.p50]}")
r6=$(ratio "${M[today_100k.p50]}" "${M[today_10.p50]}")
r7=$(ratio "${M[search_100k.p50]}" "${M[page_10.p50]}")
r8=$(ratio "${M[move_100k.p50]}" "${M[move_10.p50]}")
r9=$(ratio "${M[grid_hit_other.rps]}" "${M[grid_hit_alone.rps]}")
mkdir -p "$(dirname "$OUT")"
# Before and after: the report this run replaces gives each figure's ratio (or, where none, its value) of then.
previous=$WORK/previous-results.md
if [ -f "$OUT" ]; then cp "$OUT" "$previous"; else : >"$previous"; fi
previous_date=$(grep -m 1 -oE '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{5} UTC' "$previous" || echo none)
with_previous() { # the report on stdin, each row of its first table given the previous run's ratio or value
    awk -F' [|] ' -v prev="$previous" -v date="$previous_date" '
        function row(line, cells) { return split(line, cells, / [|] /) >= 6 }
        BEGIN {
            while ((getline line < prev) > 0) {
                if (line ~ /^[|] figure [|]/) table = 1; else if (line !~ /^[|]/) table = 0
                if (table && row(line, c)) before[c[1]] = (c[4] != "—") ? c[4] : (c[5] != "—") ? c[2] : "—"
            }
        }
        /^[|] figure [|]/ { table = 1; print $0 " previous run (" date ") |"; next }
        !/^[|]/ { table = 0 }
        table && /^[|]---/ { print $0 "---|"; next }
        table { print $0 " " (($1 in before) ? before[$1] : "—") " |"; next }
        { print }'
}
{
    echo "# Benchmark results"
    echo
    echo "Written by \`bench/run.sh\`$( [ $MODE = smoke ] && echo ' --smoke (1 short run per figure: a check that the bench runs, not figures to quote)')."
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $RUNS run(s) of ${DURATION} s per figure, medians; wrk $THREADS threads, $CONNECTIONS connections, on 127.0.0.1."
    echo
    echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)."
    echo "Versions: $(java -version 2>&1 | head -n 1), Payara Micro $(pom_property payara.version), $(test_db_sql 'SHOW server_version' | sed 's/^/PostgreSQL /'), $(wrk -v 2>&1 | head -n 1 | awk '{print $1, $2}')."
    echo "Services started by \`./run.sh\` (heaps as in their containers: to-do \`-Xmx180m\` of 640 MiB, weather \`-Xmx256m\` of 512 MiB; \`server-config/jvm.options\`; AOT caches written by a first start); PostgreSQL as \`.ci/test-database.sh\` provides it; the weather upstream is WireMock on 127.0.0.1."
    echo
    echo "| figure | value | limit it is divided by | ratio | target | met |"
    echo "|---|---|---|---|---|---|"
    echo "| weather, cache hit | ${M[weather_hit.rps]} req/s (p50 ${M[weather_hit.p50]} ms, p99 ${M[weather_hit.p99]} ms) | static file of the weather server: ${M[weather_static.rps]} req/s (p50 ${M[weather_static.p50]} ms, p99 ${M[weather_static.p99]} ms) | $r1 | ≥ 0.9 | $(met "$r1" ">=" 0.9) |"
    echo "| weather, other cached answers: °F and mph (\`units=imperial\`), place suggestions (\`/weather/places?q=Par\`) | imperial ${M[weather_hit_imperial.rps]} req/s (p50 ${M[weather_hit_imperial.p50]} ms); places ${M[places_hit.rps]} req/s (p50 ${M[places_hit.p50]} ms, p99 ${M[places_hit.p99]} ms) | static file, as above | imperial $(ratio "${M[weather_hit_imperial.rps]}" "${M[weather_static.rps]}"), places $(ratio "${M[places_hit.rps]}" "${M[weather_static.rps]}") | — | — |"
    echo "| weather, cache miss: p50 minus the upstream's own p50 | ${M[miss_overhead]} ms (1 connection: miss p50 ${M[weather_miss.p50]} ms, p99 ${M[weather_miss.p99]} ms; $CONNECTIONS connections: ${M[weather_miss_loaded.rps]} misses/s, p50 ${M[weather_miss_loaded.p50]} ms, p99 ${M[weather_miss_loaded.p99]} ms) | upstream, 1 connection: geocoding p50 ${M[upstream_search.p50]} ms + forecast p50 ${M[upstream_forecast.p50]} ms | — | ≤ 5 ms | $(met "${M[miss_overhead]}" "<=" 5) |"
    echo "| to-do page with 100 tasks | ${M[page_100.rps]} req/s (p50 ${M[page_100.p50]} ms, p99 ${M[page_100.p99]} ms) | minimal static-content JSF page (\`/about.xhtml\`): ${M[page_about.rps]} req/s (p50 ${M[page_about.p50]} ms) | $r3 | ≥ 0.6 | $(met "$r3" ">=" 0.6) |"
    echo "| to-do page, each view with 10 rows: a list (\`?filter=done\`), Today (\`?view=today\`), a search (\`?q=cafe\`) | list ${M[page_10.rps]}, Today ${M[today_10.rps]}, search ${M[search_10.rps]} req/s | \`/about.xhtml\`, as above | list $rl, Today $rt, search $rs | ≥ 0.6 each | $(met "$rv" ">=" 0.6) |"
    echo "| what a page costs the to-do server (one more run of each; both cores counted) | the page with 100 tasks: ${M[page_100.cpu_ms]} ms of CPU, ${M[page_100.ygc_per_k]} young collections per 1,000 pages | \`/about.xhtml\`: ${M[page_about.cpu_ms]} ms, ${M[page_about.ygc_per_k]} per 1,000 | ${rc}× | — | — |"
    echo "| add a task, \`POST /api/tasks\` | one account: ${M[api_add.rps]} req/s (p50 ${M[api_add.p50]} ms, p99 ${M[api_add.p99]} ms) | pgbench one-row INSERT, $CONNECTIONS clients: ${M[pgbench.tps]} tps | $r4 | ≥ 0.1 | $(met "$r4" ">=" 0.1) |"
    echo "| add a task, \`POST /api/tasks\`, $CONNECTIONS accounts in turn | ${M[api_add_16.rps]} req/s (p50 ${M[api_add_16.p50]} ms, p99 ${M[api_add_16.p99]} ms) | pgbench, as above | $r4m | ≥ 0.3 | $(met "$r4m" ">=" 0.3) |"
    echo "| one sign-in through the form (Argon2id, 7 MiB, 5 passes: OWASP's settings, slow on purpose), one at a time | ${M[sign_in_ms]} ms (median of $SIGN_INS) | — | — | ≤ 250 ms | $(met "${M[sign_in_ms]}" "<=" 250) |"
    echo "| to-do page, a list (\`?filter=done\`, 10 rows shown), $BIG_ACCOUNT_TEXT tasks in the account ÷ 10 | p50 ${M[page_100k.p50]} ms vs ${M[page_10.p50]} ms (${M[page_100k.rps]} vs ${M[page_10.rps]} req/s) | — | $r5× | ≤ 1.5× | $(met "$r5" "<=" 1.5) |"
    echo "| to-do page, Today (\`?view=today\`, 10 rows shown), $BIG_ACCOUNT_TEXT tasks in the account ÷ 10 | p50 ${M[today_100k.p50]} ms vs ${M[today_10.p50]} ms (${M[today_100k.rps]} vs ${M[today_10.rps]} req/s) | — | $r6× | ≤ 1.5× | $(met "$r6" "<=" 1.5) |"
    echo "| to-do page, a search (\`?q=cafe\`, 10 rows found), $BIG_ACCOUNT_TEXT tasks in the account ÷ the list with 10 | p50 ${M[search_100k.p50]} ms vs ${M[page_10.p50]} ms (${M[search_100k.rps]} vs ${M[page_10.rps]} req/s; the same search with 10 tasks: p50 ${M[search_10.p50]} ms) | — | $r7× | ≤ 1.5× | $(met "$r7" "<=" 1.5) |"
    echo "| a move, \`POST /api/tasks/{id}/move\` (top and bottom of the list in turn, 1 connection), $BIG_ACCOUNT_TEXT tasks in the account ÷ 10 | p50 ${M[move_100k.p50]} ms vs ${M[move_10.p50]} ms (${M[move_100k.rps]} vs ${M[move_10.rps]} moves/s) | — | $r8× | ≤ 1.5× | $(met "$r8" "<=" 1.5) |"
    echo "| a change reaches 100 open pages on another replica (\`/api/live\`, one account, $LIVE_CHANGES adds one at a time), from sending the add | p50 ${M[live.p50]} ms, p95 ${M[live.p95]} ms, max ${M[live.max]} ms (${M[live.got]} of ${M[live.expected]} deliveries) | — | — | p95 ≤ 1000 ms | $(met "${M[live.p95]}" "<=" 1000) |"
    echo "| weather, cache hit through another replica of a data grid (F16; $GRID_CITIES cities fetched through the first of 2), one at a time | first hit, read from the grid: ${M[grid_one_grid]} ms; later hits, from its near copy: ${M[grid_one_near]} ms (curl, one connection, mean of $GRID_CITIES) | a lone instance's hit, from its own memory: ${M[grid_one_alone]} ms | $(ratio "${M[grid_one_grid]}" "${M[grid_one_alone]}")× | — | — |"
    echo "| weather, cache hits under load ($CONNECTIONS connections, the $GRID_CITIES cities in turn) | through the other replica: ${M[grid_hit_other.rps]} req/s (p50 ${M[grid_hit_other.p50]} ms, p99 ${M[grid_hit_other.p99]} ms); through the replica that fetched them: ${M[grid_hit_fetcher.rps]} req/s (p50 ${M[grid_hit_fetcher.p50]} ms) | a lone instance: ${M[grid_hit_alone.rps]} req/s (p50 ${M[grid_hit_alone.p50]} ms, p99 ${M[grid_hit_alone.p99]} ms) | $r9 | — | — |"
    echo "| what the data grid costs a weather replica | threads ${M[grid_threads_member]} against ${M[grid_threads_alone]} alone (${M[grid_hz_threads]} of them Hazelcast's); RSS after the hits ${M[grid_rss_member]} MiB against ${M[grid_rss_alone]} MiB; ready in ${M[grid_ready_first]} s as the first member, ${M[grid_ready_second]} s joining it, against ${M[grid_ready_alone]} s alone (no AOT cache, one at a time) | — | — | — | — |"
    echo "| both services to ready, in parallel | ${M[ready]} s | — | — | ≤ 6 s | $(met "${M[ready]}" "<=" 6) |"
    echo "| threads under load (most seen) | to-do ${M[todo_threads]} (HTTP workers ${M[todo_http]}; ${M[todo_threads_idle]} ready and idle), weather ${M[weather_threads]} (HTTP workers ${M[weather_http]}; ${M[weather_threads_idle]} ready and idle) | — | — | HTTP workers ≤ 24 | $(met "$(( M[todo_http] > M[weather_http] ? M[todo_http] : M[weather_http] ))" "<=" 24) |"
    echo "| RSS after the load / idle | to-do ${M[todo_rss_load]} / ${M[todo_rss_idle]} MiB, weather ${M[weather_rss_load]} / ${M[weather_rss_idle]} MiB (idle, anonymous memory only: to-do ${M[todo_anon_idle]}, weather ${M[weather_anon_idle]} MiB; the rest is mapped from files, the AOT cache among them) | — | — | ≤ 300 MiB idle, no OOM | $(met "$(( M[todo_rss_idle] > M[weather_rss_idle] ? M[todo_rss_idle] : M[weather_rss_idle] ))" "<=" 300) |"
    if [ $MODE = full ]; then
        echo
        echo "The JIT, the to-do service alone (\`bench/jit.sh\`; its own AOT cache trained in each mode; the page with 100 tasks, signed in, 16 connections; sign-in: median of 5 after 2):"
        echo
        echo "| mode | ready | one sign-in | pages/s, first 10 s | pages/s, the next 60 s | RSS ready / after the load |"
        echo "|---|---|---|---|---|---|"
        cat "$WORK/jit.rows"
    fi
    echo
    echo "Raw runs (requests/s, p50 ms, p99 ms, failed requests):"
    echo
    for name in weather_static weather_hit weather_hit_imperial places_hit upstream_search upstream_forecast weather_miss weather_miss_loaded page_about page_100 api_add api_add_16 page_10 page_100k today_10 today_100k search_10 search_100k move_10 move_100k grid_hit_alone grid_hit_fetcher grid_hit_other; do
        echo "- $name: $(paste -sd ';' "$WORK/$name.runs")"
    done
    echo "- pgbench tps: $(paste -sd ';' "$WORK/pgbench.runs")"
    echo "- ready s: $(paste -sd ';' "$WORK/ready.runs")"
    if [ -f bench/NOTES.md ]; then echo; cat bench/NOTES.md; fi
} | with_previous >"$WORK/results.new"
mv "$WORK/results.new" "$OUT"
say "wrote $OUT"
