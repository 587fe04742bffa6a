# Provides a PostgreSQL database for the tests and the benchmark; sourced by test.sh and bench/run.sh.
# Sets and exports TEST_DB_URL, TEST_DB_USER, TEST_DB_PASSWORD and, when PostgreSQL's server binaries are
# installed, TEST_PG_BIN. In this order: TEST_DB_URL / TEST_DB_USER / TEST_DB_PASSWORD when given; else the
# PostgreSQL on 127.0.0.1:5432; else this machine's installed cluster, started (pg_ctlcluster); else a
# throwaway cluster of our own (stopped on exit). In the last three cases the databases "todo_test", "todo_test_1"
# and "todo_test_2" are created afresh (TEST_DB_FORKS=2: the to-do WAR's tests run in two forks, each on TEST_DB_URL
# with "_" and its number appended), owned by a role "todo_test" (the tests' TEST_DB_USER, whom Flyway migrates as)
# with a password made up for this run, and a role "todo_test_app" (TEST_DB_APP_USER) that the services connect as:
# row access only.
# Expects ROOT (the repository) and the functions say and die to be defined. Defines stop_test_database: it stops
# the throwaway cluster, if one was started, and is the exit trap it sets.

stop_test_database() { :; }

pg_bin_dir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) /usr/local/pgsql/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

# Runs psql as a superuser of the server at $PGHOST:$PGPORT (a socket directory or host).
as_superuser() {
    if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
        runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAtX -h "$ADMIN_HOST" -p "$PGPORT" -d postgres "$@"
    else
        psql -v ON_ERROR_STOP=1 -qAtX -h "$ADMIN_HOST" -p "$PGPORT" -d postgres "$@"
    fi
}

create_test_database() {
    TEST_DB_USER=todo_test
    TEST_DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    TEST_DB_APP_USER=todo_test_app
    TEST_DB_APP_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    as_superuser <<SQL || die "cannot administer PostgreSQL on port $PGPORT: set TEST_DB_URL, TEST_DB_USER and TEST_DB_PASSWORD"
DO \$\$ BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'todo_test') THEN
    ALTER ROLE todo_test LOGIN PASSWORD '$TEST_DB_PASSWORD';
  ELSE
    CREATE ROLE todo_test LOGIN PASSWORD '$TEST_DB_PASSWORD';
  END IF;
END \$\$;
DO \$\$ BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'todo_test_app') THEN
    ALTER ROLE todo_test_app LOGIN PASSWORD '$TEST_DB_APP_PASSWORD';
  ELSE
    CREATE ROLE todo_test_app LOGIN PASSWORD '$TEST_DB_APP_PASSWORD';
  END IF;
END \$\$;
SQL
    # todo_test for the benchmark and a single test run, todo_test_1 and todo_test_2 for the two forks of the to-do
    # WAR's tests (TEST_DB_FORKS): some of them empty whole tables.
    local database
    for database in todo_test todo_test_1 todo_test_2; do
        as_superuser <<SQL || die "cannot create the database $database"
DROP DATABASE IF EXISTS $database WITH (FORCE);
CREATE DATABASE $database OWNER todo_test ENCODING 'UTF8' TEMPLATE template0;
SQL
        # As in production: the services' role only connects; the owner (Flyway) grants it row access once migrated.
        as_superuser -d "$database" <<SQL || die "cannot set the rights on the database $database"
ALTER SCHEMA public OWNER TO todo_test;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE $database FROM PUBLIC;
GRANT CONNECT ON DATABASE $database TO todo_test, todo_test_app;
SQL
    done
    TEST_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/todo_test"
    TEST_DB_FORKS=2
}

PG_BIN=$(pg_bin_dir || true)
if [ -n "${TEST_DB_URL:-}" ]; then
    say "using the database given by TEST_DB_URL"
    # One fork on it, unless TEST_DB_FORKS=2 says that the databases with _1 and _2 appended exist too.
    TEST_DB_FORKS=${TEST_DB_FORKS:-1}
    : "${TEST_DB_USER:?TEST_DB_USER must be set with TEST_DB_URL}" "${TEST_DB_PASSWORD:?TEST_DB_PASSWORD must be set with TEST_DB_URL}"
else
    command -v psql >/dev/null 2>&1 || die "PostgreSQL is not installed (apt-get install postgresql), or set TEST_DB_URL"
    PGPORT=5432
    ADMIN_HOST=/var/run/postgresql
    if ! pg_isready -q -h 127.0.0.1 -p 5432 && command -v pg_lsclusters >/dev/null 2>&1 \
            && [ -n "$(pg_lsclusters -h 2>/dev/null)" ] && [ "$(id -u)" = 0 ]; then
        read -r version cluster _ < <(pg_lsclusters -h | sort -V -r | head -n 1)
        say "starting the installed PostgreSQL cluster $version/$cluster"
        pg_ctlcluster "$version" "$cluster" start || true
        PGPORT=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')
    fi
    if pg_isready -q -h 127.0.0.1 -p "$PGPORT"; then
        say "using PostgreSQL on 127.0.0.1:$PGPORT"
        [ -S "$ADMIN_HOST/.s.PGSQL.$PGPORT" ] || ADMIN_HOST=127.0.0.1
    else
        [ -n "$PG_BIN" ] || die "no PostgreSQL server binaries (initdb) found: apt-get install postgresql"
        PGPORT=55432
        DATA=$ROOT/target/test-postgres
        OWNER=$(id -un)
        if [ "$(id -u)" = 0 ]; then
            OWNER=postgres; id postgres >/dev/null 2>&1 || OWNER=nobody
            # PostgreSQL refuses to run as root; its folder must be reachable by its owner.
            runuser -u "$OWNER" -- test -x "$ROOT/target" 2>/dev/null || DATA=$(mktemp -d /tmp/todo-test-postgres.XXXXXX)/data
        fi
        say "starting a throwaway PostgreSQL in $DATA on port $PGPORT"
        mkdir -p "$(dirname "$DATA")"
        rm -rf "$DATA"; mkdir -p "$DATA"; chown "$OWNER" "$DATA"
        run_as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u "$OWNER" -- "$@"; else "$@"; fi; }
        run_as_owner "$PG_BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 >/dev/null
        run_as_owner "$PG_BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
            -o "-p $PGPORT -k $DATA -c listen_addresses=127.0.0.1" start >/dev/null
        stop_test_database() { run_as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null 2>&1 || true; }
        trap stop_test_database EXIT # a script with an exit trap of its own calls it there
        ADMIN_HOST=$DATA
        as_superuser() { run_as_owner psql -v ON_ERROR_STOP=1 -qAtX -h "$ADMIN_HOST" -p "$PGPORT" -U postgres -d postgres "$@"; }
    fi
    create_test_database
fi
# The services' own role (TEST_DB_APP_USER / TEST_DB_APP_PASSWORD): given, made here, or else the owner's.
TEST_DB_APP_USER=${TEST_DB_APP_USER:-$TEST_DB_USER}
TEST_DB_APP_PASSWORD=${TEST_DB_APP_PASSWORD:-$TEST_DB_PASSWORD}
export TEST_DB_URL TEST_DB_USER TEST_DB_PASSWORD TEST_DB_APP_USER TEST_DB_APP_PASSWORD TEST_DB_FORKS
# The database-outage test starts and stops a PostgreSQL of its own with these binaries.
[ -n "$PG_BIN" ] && export TEST_PG_BIN="$PG_BIN"

# For the scripts that seed and read it (the benchmark): psql as the schema's owner, and the to-do's database
# settings as a service is given them (env "${TODO_DB_ENV[@]}" …).
test_db_sql() { PGPASSWORD=$TEST_DB_PASSWORD psql "${TEST_DB_URL#jdbc:}" -U "$TEST_DB_USER" -qAtX -v ON_ERROR_STOP=1 <<<"$1"; }
TODO_DB_ENV=(TODO_DB_URL="$TEST_DB_URL" TODO_DB_USER="$TEST_DB_APP_USER" TODO_DB_PASSWORD="$TEST_DB_APP_PASSWORD"
    TODO_DB_MIGRATION_USER="$TEST_DB_USER" TODO_DB_MIGRATION_PASSWORD="$TEST_DB_PASSWORD")
