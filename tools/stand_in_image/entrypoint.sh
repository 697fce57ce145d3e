#!/bin/sh
# Entrypoint of the suite's local test image, behaving like the official postgres image's for what the
# suite relies on: as root, give PGDATA to the postgres user and re-run as that user; on an empty volume,
# initdb with supabase_admin as the bootstrap superuser, as the supabase/postgres image does, password
# POSTGRES_PASSWORD (trust on the socket, scram-sha-256 over TCP from anywhere), and the settings that image
# has (pg_stat_statements, pg_cron and plpgsql_check preloaded when installed, pg_cron for the postgres
# database); then run the command, listening on every address of the container (the host publishes 127.0.0.1:PORT -> 5432).
set -eu

: "${PGDATA:=/var/lib/postgresql/data}"
export PGDATA

# `docker run IMAGE -c name=value` means `postgres -c name=value`, as with the official image.
if [ "${1#-}" != "$1" ]; then
    set -- postgres "$@"
fi

if [ "$1" = postgres ] && [ "$(id -u)" = 0 ]; then
    mkdir -p "$PGDATA" /var/run/postgresql
    find "$PGDATA" /var/run/postgresql \! -user postgres -exec chown postgres:postgres '{}' +
    chmod 700 "$PGDATA"
    chmod 2775 /var/run/postgresql
    exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

if [ "$1" = postgres ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
    if [ -z "${POSTGRES_PASSWORD:-}" ]; then
        echo "error: the database is uninitialized and POSTGRES_PASSWORD is not set. Pass -e POSTGRES_PASSWORD=..." >&2
        exit 1
    fi
    password_file="$(mktemp)"
    printf '%s\n' "$POSTGRES_PASSWORD" > "$password_file"
    initdb -D "$PGDATA" -U "${POSTGRES_USER:-supabase_admin}" --pwfile="$password_file" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8
    rm -f "$password_file"
    echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
    # The supabase/postgres image's preload order; plpgsql_check only where the image has it.
    preload="pg_stat_statements, pg_cron"
    [ -f /usr/lib/postgresql/15/lib/plpgsql_check.so ] && preload="pg_stat_statements, plpgsql, plpgsql_check, pg_cron"
    cat >> "$PGDATA/postgresql.conf" <<CONF

# Added by the image's entrypoint (as the official and supabase/postgres images do).
listen_addresses = '*'
shared_preload_libraries = '$preload'
cron.database_name = 'postgres'
cron.use_background_workers = on
max_worker_processes = 16
timezone = 'UTC'
log_timezone = 'UTC'
CONF
    echo "PostgreSQL init process complete; ready for start up."
fi

exec "$@"
