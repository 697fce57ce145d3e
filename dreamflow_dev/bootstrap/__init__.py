"""What the supabase/postgres image provides, recreated on a plain Postgres (native backend, plain images)."""

from __future__ import annotations

from importlib import resources

import psycopg

COMPAT_SQL = resources.files(__package__).joinpath("supabase_compat.sql")
REQUIRED_ROLES = ("anon", "authenticated", "service_role", "authenticator")


def needs_supabase_compat(conn: psycopg.Connection) -> bool:
    """True when the database lacks the Supabase roles or the auth schema's users table and JWT helpers."""
    row = conn.execute(
        """
        select (select count(*) from pg_catalog.pg_roles where rolname = any(%s)) = %s
           and to_regclass('auth.users') is not null
           and to_regprocedure('auth.uid()') is not null
           and to_regprocedure('auth.jwt()') is not null
           and exists (select 1 from pg_catalog.pg_namespace where nspname = 'extensions')
        """,
        (list(REQUIRED_ROLES), len(REQUIRED_ROLES)),
    ).fetchone()
    return not row[0]


def ensure_supabase_compat(conn: psycopg.Connection) -> bool:
    """Apply the compatibility SQL (idempotent) when something is missing; True when it ran."""
    if not needs_supabase_compat(conn):
        return False
    with conn.transaction():
        conn.execute(COMPAT_SQL.read_text())
    return True
