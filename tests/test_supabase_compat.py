"""The native bootstrap behaves like the supabase/postgres image: JWT helpers, roles, default privileges."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from dreamflow_dev.bootstrap import COMPAT_SQL, needs_supabase_compat
from dreamflow_dev.roles import act_as, as_anon, as_user

SUB = uuid.UUID("7b0c6f1e-2d7a-4a65-9a7e-0d1f5a3c9b11")


def test_auth_helpers_read_the_json_claims_as_authenticated(conn):
    as_user(conn, SUB, email="alice@example.test")

    row = conn.execute("select auth.uid(), auth.role(), auth.email(), auth.jwt() ->> 'aud', current_user").fetchone()

    assert row == (SUB, "authenticated", "alice@example.test", "authenticated", "authenticated")


def test_auth_uid_falls_back_to_the_older_per_claim_setting(conn):
    conn.execute("select set_config('request.jwt.claim.sub', %s, true)", (str(SUB),))

    assert conn.execute("select auth.uid(), auth.jwt()").fetchone() == (SUB, None)


def test_auth_helpers_are_null_without_claims(conn):
    assert conn.execute("select auth.uid(), auth.role(), auth.email(), auth.jwt()").fetchone() == (None,) * 4


def test_anon_gets_role_anon_and_no_user(conn):
    as_anon(conn)

    assert conn.execute("select auth.uid(), auth.role(), current_user").fetchone() == (None, "anon", "anon")


def test_service_role_bypasses_rls_like_on_supabase(conn):
    bypass = conn.execute("select rolbypassrls from pg_roles where rolname = 'service_role'").fetchone()[0]
    logins = dict(conn.execute("select rolname, rolcanlogin from pg_roles where rolname in "
                               "('anon','authenticated','service_role','authenticator')").fetchall())

    assert bypass is True
    assert logins == {"anon": False, "authenticated": False, "service_role": False, "authenticator": True}


@pytest.mark.parametrize("role", ["anon", "authenticated", "service_role"])
def test_new_public_tables_and_functions_are_granted_to_api_roles(conn, role):
    conn.execute("create table public.compat_probe (id int)")
    conn.execute("create function public.compat_probe_fn() returns int language sql as 'select 1'")

    granted = conn.execute(
        "select has_table_privilege(%s, 'public.compat_probe', 'select,insert,update,delete'),"
        " has_function_privilege(%s, 'public.compat_probe_fn()', 'execute'),"
        " has_schema_privilege(%s, 'extensions', 'usage'), has_schema_privilege(%s, 'auth', 'usage')",
        (role, role, role, role),
    ).fetchone()

    assert granted == (True, True, True, True)


def test_the_compat_sql_is_idempotent_and_then_not_needed(conn):
    conn.execute(COMPAT_SQL.read_text())
    conn.execute(COMPAT_SQL.read_text())

    assert needs_supabase_compat(conn) is False


def test_extensions_live_in_the_extensions_schema(conn):
    schemas = dict(conn.execute(
        "select e.extname, n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace"
        " where e.extname in ('pgcrypto', 'uuid-ossp')"
    ).fetchall())

    assert schemas == {"pgcrypto": "extensions", "uuid-ossp": "extensions"}


def test_claims_are_transaction_local(migrated_url):
    with psycopg.connect(migrated_url) as conn:
        act_as(conn, "authenticated", {"sub": str(SUB), "role": "authenticated"})
        conn.commit()
        assert conn.execute("select auth.uid(), current_user").fetchone() == (None, "postgres")
        assert conn.execute("select nullif(current_setting('request.jwt.claims', true), '')").fetchone() == (None,)
