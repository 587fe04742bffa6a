#!/bin/sh
# Two roles, neither a superuser, made if missing and given the passwords of the environment, as the superuser
# over the local socket:
#   TODO_DB_OWNER     owns the schema; the to-do's Flyway migrates as it (TODO_DB_MIGRATION_USER)
#   TODO_DB_APP_USER  what the to-do connects as (TODO_DB_USER): the owner grants it row access once migrated
# Run by the official postgres image when it creates the database (/docker-entrypoint-initdb.d), and again by
# start-postgres at every start, so that a password changed in the Secret (or .env) holds after a restart.
# The same for docker-compose.yml and the Kubernetes StatefulSet. The superuser (POSTGRES_USER) is for this
# script and administration only; nothing connects as it.
# Sourced by the image's entrypoint when not executable (a ConfigMap's files are not): no exit, no set -e.
psql -v ON_ERROR_STOP=1 -q --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v db="$POSTGRES_DB" -v owner="$TODO_DB_OWNER" -v owner_password="$TODO_DB_OWNER_PASSWORD" \
    -v app="$TODO_DB_APP_USER" -v app_password="$TODO_DB_APP_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE', :'owner')
    WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE', :'app')
    WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') \gexec
ALTER ROLE :"owner" WITH LOGIN PASSWORD :'owner_password';
ALTER ROLE :"app" WITH LOGIN PASSWORD :'app_password';
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"owner", :"app";
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
-- Search's trigram index (migration V8): creating an extension takes the database's owner or the superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SQL
