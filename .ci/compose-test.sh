#!/usr/bin/env bash
# The compose test: builds both images from the unchanged Dockerfiles (unless IMAGES_BUILT=1: test.sh built them
# from this tree beside Maven), brings docker-compose.yml up, waits
# until every service is healthy, checks that the ports are published on 127.0.0.1 only, adds a task through
# the to-do API and reads it back, asks the weather service (its upstream is a stand-in), then down and up
# again with both database passwords rotated in .env: the task and a sign-in are still there (named volume).
# Ends with down -v, and stops the Docker engine if it started it. Needs root (dockerd), docker, docker-compose
# and debootstrap (for stand-in base images where the real ones cannot be pulled).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# shellcheck source=toolchain.sh
. .ci/toolchain.sh
project=${COMPOSE_TEST_PROJECT:-todoweathertest$$} # test.sh names it, to clean up after a run stopped midway
# Ports apart from the pods' Ingress (18080, 18443) and the bench's (19080-19089).
todo=http://127.0.0.1:18180 weather=http://127.0.0.1:18181
env_file=$(mktemp /tmp/compose-test-env.XXXXXX)
passed=0
say() { printf 'compose-test: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; compose ps >&2 || true; compose logs --tail=40 >&2 || true; exit 1; }
ok() { passed=$((passed + 1)); say "ok: $*"; }
compose() { docker-compose -p "$project" --env-file "$env_file" -f docker-compose.yml -f .ci/compose-test.yml "$@"; }

cleanup() {
    compose down -v --remove-orphans >/dev/null 2>&1 || true
    rm -f "$env_file"
    stop_started_docker_engine
}
trap cleanup EXIT
# HEALTHY_WITHIN: how long the stack may take to be healthy. test.sh gives more room beside its Maven run, where the
# stack runs at nice 19 until Maven ends; PostgreSQL's failed checks do not count for as long (.ci/compose-test.yml).
healthy_within=${HEALTHY_WITHIN:-300}
cat > "$env_file" <<ENV
POSTGRES_START_PERIOD=${healthy_within}s
POSTGRES_DB=todo
POSTGRES_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
TODO_DB_MIGRATION_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
TODO_DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
TODO_PORT=${todo##*:}
WEATHER_PORT=${weather##*:}
ENV

for tool in docker docker-compose debootstrap curl; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (apt-get install docker.io docker-compose debootstrap curl)"
done
ensure_docker_engine || fail "no Docker engine"

# The stand-ins need the Payara Micro and WireMock jars from Maven Central (the versions pom.xml names). With
# IMAGES_BUILT=1 the caller built them with the images (test.sh, while its Maven run may be emptying target/).
if [ "${IMAGES_BUILT:-}" != 1 ]; then
    [ -f target/payara-micro.jar ] && [ -f target/wiremock-standalone.jar ] || mvn -B -q -ntp initialize
    .ci/stand-ins/build.sh
fi

compose config -q || fail "docker-compose.yml does not validate"
ok "docker-compose.yml validates"

await_healthy() {
    local deadline=$((SECONDS + healthy_within)) service id state
    for service in postgres weather todo; do
        while :; do
            id=$(compose ps -q "$service")
            state=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id" 2>/dev/null || echo missing)
            [ "$state" = healthy ] && break
            [ $SECONDS -lt $deadline ] || fail "$service is $state after $healthy_within s"
            sleep 2
        done
    done
}

start=$SECONDS
say "building the images and starting the stack"
# Both images at once: each build stage waits on I/O and single-threaded steps a good part of its time.
# IMAGES_BUILT=1: test.sh has just built both from this tree, beside Maven.
if [ "${IMAGES_BUILT:-}" = 1 ]; then
    : >/tmp/compose-test-build.log
else
    compose build --parallel >/tmp/compose-test-build.log 2>&1 || { tail -40 /tmp/compose-test-build.log >&2; fail "compose build"; }
fi
compose up -d >>/tmp/compose-test-build.log 2>&1 || { tail -40 /tmp/compose-test-build.log >&2; fail "compose up"; }
await_healthy
ok "postgres, weather and todo are healthy ($((SECONDS - start)) s)"

for image in todo-weather/todo:1.0.0 todo-weather/weather:1.0.0; do
    size=$(docker image inspect -f '{{.Size}}' "$image")
    say "image $image: $((size / 1000000)) MB"
    [ "$(docker image inspect -f '{{.Config.User}}' "$image")" = payara ] || fail "$image does not run as payara"
done
ok "both images run as the non-root user payara"

for service in todo weather; do
    published=$(docker port "$(compose ps -q "$service")" 8080/tcp)
    [ -n "$published" ] && ! grep -qv '^127\.0\.0\.1:' <<<"$published" || fail "$service is published on $published"
done
ok "the ports are published on 127.0.0.1 only"

# An account through the create-account form, as a browser at the published address posts it.
account="compose-$project" password="compose test passphrase"
session=$(curl -sS -o /dev/null -D - -H "Origin: $todo" --data-urlencode account=account \
    --data-urlencode "account:name=$account" --data-urlencode "account:password=$password" \
    --data-urlencode "account:repeat=$password" --data-urlencode 'account:submit=Create account' \
    --data-urlencode jakarta.faces.ViewState=stateless "$todo/signup.xhtml" |
    tr -d '\r' | sed -n 's/^Set-Cookie: todo_session=\([^;]\+\);.*/\1/p' | head -n 1)
[ -n "$session" ] || fail "creating an account gave no session"
[ "$(curl -sS -o /dev/null -w '%{http_code}' "$todo/api/tasks")" = 401 ] || fail "the API answered without credentials"
ok "an account is created through its form; the API wants credentials"

title="Compose test task $project"
created=$(curl -fsS -u "$account:$password" -X POST -H 'Content-Type: application/json' -d "{\"title\":\"$title\"}" \
    -o /dev/null -w '%{http_code}' "$todo/api/tasks") || fail "adding a task"
[ "$created" = 201 ] || fail "adding a task answered $created"
# Read whole answers before searching them: grep -q stops reading early, and curl then fails on a closed pipe.
contains() { local body; body=$(curl -fsS "${@:3}" "$1") && grep -qF "$2" <<<"$body"; }
contains "$todo/api/tasks" "$title" -u "$account:$password" || fail "the task is not listed"
contains "$todo/" "$title" -b "todo_session=$session" || fail "the task is not on the page"
ok "a task added through the API (HTTP Basic) is listed and on the page (session cookie)"

# Least privilege: the to-do connects as its own role, which cannot change the schema; no client is a superuser.
app_password=$(sed -n 's/^TODO_DB_PASSWORD=//p' "$env_file")
drop=$(compose exec -T postgres psql "postgresql://todo:$app_password@127.0.0.1/todo" -c 'DROP TABLE task' 2>&1) &&
    fail "the to-do's role dropped a table"
grep -q 'must be owner' <<<"$drop" || fail "DROP TABLE failed otherwise: $drop"
clients=$(compose exec -T postgres psql -U postgres -d todo -qAtX -c "SELECT string_agg(DISTINCT a.usename || ':' ||
    r.rolsuper, ',') FROM pg_stat_activity a JOIN pg_roles r ON r.rolname = a.usename
    WHERE a.backend_type = 'client backend' AND a.pid <> pg_backend_pid()")
[ "$clients" = "todo:false" ] || fail "the database's clients are $clients, not the to-do's role alone"
ok "the to-do connects as its own role (no superuser), which cannot drop a table"

answer=$(curl -fsS "$weather/weather/?city=Paris") || fail "the weather service did not answer"
grep -qF '"city":"Paris"' <<<"$answer" && grep -qF '"temperature":7.6' <<<"$answer" || fail "weather answer: $answer"
ok "the weather service answers through its stand-in upstream"

# Rotation: both roles' passwords changed in .env, then down and up; nothing is done to PostgreSQL by hand.
old_app_password=$app_password
sed -i -e "s/^TODO_DB_PASSWORD=.*/TODO_DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')/" \
    -e "s/^TODO_DB_MIGRATION_PASSWORD=.*/TODO_DB_MIGRATION_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')/" "$env_file"
compose down >/dev/null 2>&1 || fail "compose down"
compose up -d >/dev/null 2>&1 || fail "compose up after down"
await_healthy
contains "$todo/" "$title" -b "todo_session=$session" || fail "the task or the session did not survive down and up"
contains "$todo/api/tasks" "$title" -u "$account:$password" ||
    fail "signing in after the passwords' rotation failed"
compose exec -T postgres psql "postgresql://todo:$old_app_password@127.0.0.1/todo" -c 'SELECT 1' >/dev/null 2>&1 &&
    fail "the old password of the to-do's role still works"
ok "with both database passwords rotated in .env, down and up: the task, the session and a sign-in are there; the old password fails"

say "took $((SECONDS - start)) s in all"
echo "compose-test: $passed passed, 0 failed"
