#!/bin/sh
# Run once by the official postgres image when it creates the database (/docker-entrypoint-initdb.d), as its
# superuser, by docker-compose.yml and the Kubernetes StatefulSet alike. Two roles, neither a superuser:
#   TODO_DB_OWNER     owns the schema; the to-do's Flyway migrates as it (TODO_DB_MIGRATION_USER)
#   TODO_DB_APP_USER  what the to-do connects as (TODO_DB_USER): the owner grants it row access once migrated
# The superuser (POSTGRES_USER) is for this script and for administration only; nothing connects as it.
# Sourced by the image's entrypoint when not executable (a ConfigMap's files are not): no exit, no set -e.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v db="$POSTGRES_DB" -v owner="$TODO_DB_OWNER" -v owner_password="$TODO_DB_OWNER_PASSWORD" \
    -v app="$TODO_DB_APP_USER" -v app_password="$TODO_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE :"app" LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"owner", :"app";
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
SQL
