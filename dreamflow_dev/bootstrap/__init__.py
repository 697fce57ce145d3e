"""What the supabase/postgres image and GoTrue give a database before the app's migrations run.

The local stacks (native, docker stand-in) are bootstrapped like the platform: by the superuser
`supabase_admin`, who creates the roles, the `auth` and `extensions` schemas and the extensions the image
creates (pg_stat_statements in `extensions`, pg_cron in `pg_catalog` with its after-create script, the same
one the privileged extensions hook runs when `postgres` creates pg_cron later).
After that everything connects as the non-superuser `postgres`, as the Supabase CLI does.
A database `postgres` creates itself on a server where it is no superuser gets what its owner may create
(`prepare_owned_database`).
"""

from __future__ import annotations

import logging
from importlib import resources

import psycopg
from psycopg import sql

log = logging.getLogger(__name__)

SQL_DIR = resources.files(__package__)
# <extension>/after-create.sql: what the platform runs as supabase_admin after creating that extension.
CUSTOM_SCRIPTS = SQL_DIR.joinpath("extension-custom-scripts")
ADMIN_USER = "supabase_admin"
PLATFORM_ROLES = ("postgres", "anon", "authenticated", "service_role", "authenticator", "supabase_auth_admin",
                  "dashboard_user")
# Extensions the image creates at bootstrap (name -> schema); pg_stat_statements only where it is preloaded,
# since its views fail without its shared memory.
BOOTSTRAP_EXTENSIONS = {"pg_stat_statements": "extensions", "plpgsql_check": "extensions"}


def _sql(name: str) -> str:
    """One of the bootstrap's SQL files beside this module."""
    return SQL_DIR.joinpath(name).read_text()


def missing_supabase_layer(conn: psycopg.Connection) -> list[str]:
    """What of the Supabase layer this database lacks (roles, schemas, auth tables and helpers); read-only."""
    row = conn.execute(
        """
        select array(select r from unnest(%s::text[]) r
                     where not exists (select from pg_catalog.pg_roles where rolname = r))
               || array(select o from unnest(array['auth.users', 'auth.identities']) o where to_regclass(o) is null)
               || array(select f from unnest(array['auth.uid()', 'auth.role()', 'auth.jwt()']) f
                        where to_regprocedure(f) is null)
               || array(select 'schema extensions'
                        where not exists (select from pg_catalog.pg_namespace where nspname = 'extensions'))
        """,
        (list(PLATFORM_ROLES),),
    ).fetchone()
    return list(row[0])


def bootstrap_as_admin(admin_conn: psycopg.Connection) -> bool:
    """The platform layer on a database that lacks it (autocommit connection as supabase_admin to the database
    to prepare); False when nothing was missing."""
    if not missing_supabase_layer(admin_conn):
        _create_bootstrap_extension(admin_conn, "pg_stat_statements")  # a stack bootstrapped before it
        return False
    apply_platform_layer(admin_conn)
    return True


def apply_platform_layer(admin_conn: psycopg.Connection) -> None:
    """Roles, schemas, auth, then the superuser-only extensions; idempotent, so running it again on a
    bootstrapped database changes nothing."""
    with admin_conn.transaction():
        admin_conn.execute(_sql("roles.sql"))
        admin_conn.execute(_sql("database.sql"))
        admin_conn.execute("set local role supabase_auth_admin")
        admin_conn.execute(_sql("auth_schema.sql"))
        admin_conn.execute("reset role")
        admin_conn.execute(_sql("auth_grants.sql"))
    create_bootstrap_extensions(admin_conn)


def create_bootstrap_extensions(admin_conn: psycopg.Connection) -> None:
    """pg_cron (in pg_catalog, where cron.database_name points) and its after-create grants, then
    pg_stat_statements and plpgsql_check in `extensions` when installed."""
    if _pg_cron_can_live_here(admin_conn) and not _is_created(admin_conn, "pg_cron"):
        with admin_conn.transaction():
            admin_conn.execute("create extension pg_cron with schema pg_catalog")
            admin_conn.execute(CUSTOM_SCRIPTS.joinpath("pg_cron", "after-create.sql").read_text())
    for name in BOOTSTRAP_EXTENSIONS:
        _create_bootstrap_extension(admin_conn, name)


def _create_bootstrap_extension(admin_conn: psycopg.Connection, name: str) -> None:
    if name == "pg_stat_statements" and not _is_preloaded(admin_conn, name):
        log.info("pg_stat_statements is not in shared_preload_libraries; carrying on without it")
    elif _is_available(admin_conn, name):
        admin_conn.execute(sql.SQL("create extension if not exists {} with schema {}").format(
            sql.Identifier(name), sql.Identifier(BOOTSTRAP_EXTENSIONS[name])))
    else:
        log.info("extension %s is not installed on the server; carrying on without it", name)


def prepare_owned_database(owner_conn: psycopg.Connection) -> None:
    """The Supabase layer of a database `postgres` made and owns, where it cannot become supabase_admin."""
    with owner_conn.transaction():
        owner_conn.execute(_sql("owner_database.sql"))
        owner_conn.execute(_sql("auth_schema.sql"))


def _pg_cron_can_live_here(conn: psycopg.Connection) -> bool:
    """pg_cron runs its jobs in the one database cron.database_name names, and only when preloaded."""
    here = conn.execute("select current_database() = current_setting('cron.database_name', true)").fetchone()[0]
    return bool(here) and _is_preloaded(conn, "pg_cron") and _is_available(conn, "pg_cron")


def _is_preloaded(conn: psycopg.Connection, name: str) -> bool:
    return conn.execute("select %s = any(string_to_array(replace(current_setting('shared_preload_libraries'), "
                        "' ', ''), ','))", (name,)).fetchone()[0]


def _is_created(conn: psycopg.Connection, name: str) -> bool:
    return conn.execute("select exists (select from pg_catalog.pg_extension where extname = %s)",
                        (name,)).fetchone()[0]


def _is_available(conn: psycopg.Connection, name: str) -> bool:
    return conn.execute("select exists (select from pg_catalog.pg_available_extensions where name = %s)",
                        (name,)).fetchone()[0]
