"""The database the tests run on has the roles, privileges and auth schema of hosted Supabase.

The facts below were read off a PostgreSQL 15 cluster bootstrapped with Supabase's own SQL: supabase/postgres
`migrations/db/` at 7db7e1a9e34b9ffb9b0e3372ccf08eb4fa772f4b, its later role restrictions
(20250421084701 at cd88df63524978c0d1c4abdfc602aad8d714a378, 20251121141100 at
aca19b4aae6bf93e7ba1a3887a99da0c14bffede, 20260821154147 at 853417021f98731caff68851d62f3847ae00d74a), then the
supabase/auth (GoTrue) migrations at bc32168e13fdc928c98b449fc76bc3fdb9a293c5. The same tests pass with
`--db-url` pointed at such a server, so a drift of the local bootstrap fails here with the difference named.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest

from dreamflow_dev.roles import act_as, as_anon, as_service_role, as_user

# rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls
ROLE_ATTRIBUTES = {
    "supabase_admin": (True, True, True, True, True, True, True),
    "postgres": (False, True, True, True, True, True, True),
    "anon": (False, True, False, False, False, False, False),
    "authenticated": (False, True, False, False, False, False, False),
    "service_role": (False, True, False, False, False, False, True),
    "authenticator": (False, False, False, False, True, False, False),
    "supabase_auth_admin": (False, False, False, False, True, False, False),
    "dashboard_user": (False, True, True, True, False, True, False),
}
MEMBER_OF = {
    "postgres": {"anon", "authenticated", "service_role", "pg_monitor", "pg_read_all_data", "pg_signal_backend"},
    "authenticator": {"anon", "authenticated", "service_role"},
}
NOT_MEMBER_OF = {"postgres": {"supabase_auth_admin", "supabase_admin"}}
# Settings the platform gives each role (authenticator also preloads safeupdate there, a library not packaged
# for Debian; that one is left out).
ROLE_SETTINGS = {
    "postgres": {"search_path": '"\\$user", public, extensions'},
    "anon": {"statement_timeout": "3s"},
    "authenticated": {"statement_timeout": "8s"},
    "authenticator": {"statement_timeout": "8s", "lock_timeout": "8s"},
    "supabase_auth_admin": {"search_path": "auth", "idle_in_transaction_session_timeout": "60000"},
}
TABLE_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")
# On auth's tables: postgres holds every privilege (SELECT with grant option), the API roles none.
AUTH_TABLE_GRANTS = {
    "postgres": set(TABLE_PRIVILEGES),
    "anon": set(),
    "authenticated": set(),
    "service_role": set(),
}
OWNERS = {
    ("schema", "auth"): "supabase_admin",
    ("schema", "extensions"): "postgres",
    ("table", "auth.users"): "supabase_auth_admin",
    ("table", "auth.identities"): "supabase_auth_admin",
    ("function", "auth.uid()"): "supabase_auth_admin",
    ("function", "auth.role()"): "supabase_auth_admin",
    ("function", "auth.email()"): "supabase_auth_admin",
    ("function", "auth.jwt()"): "supabase_auth_admin",
}
# auth.users: column -> (type, default); 35 columns, as GoTrue's migrations leave them.
AUTH_USERS_COLUMNS = {
    "instance_id": ("uuid", None), "id": ("uuid", None), "aud": ("character varying(255)", None),
    "role": ("character varying(255)", None), "email": ("character varying(255)", None),
    "encrypted_password": ("character varying(255)", None), "email_confirmed_at": ("timestamp with time zone", None),
    "invited_at": ("timestamp with time zone", None), "confirmation_token": ("character varying(255)", None),
    "confirmation_sent_at": ("timestamp with time zone", None), "recovery_token": ("character varying(255)", None),
    "recovery_sent_at": ("timestamp with time zone", None), "email_change_token_new": ("character varying(255)", None),
    "email_change": ("character varying(255)", None), "email_change_sent_at": ("timestamp with time zone", None),
    "last_sign_in_at": ("timestamp with time zone", None), "raw_app_meta_data": ("jsonb", None),
    "raw_user_meta_data": ("jsonb", None), "is_super_admin": ("boolean", None),
    "created_at": ("timestamp with time zone", None), "updated_at": ("timestamp with time zone", None),
    "phone": ("text", "NULL::character varying"), "phone_confirmed_at": ("timestamp with time zone", None),
    "phone_change": ("text", "''::character varying"),
    "phone_change_token": ("character varying(255)", "''::character varying"),
    "phone_change_sent_at": ("timestamp with time zone", None), "confirmed_at": ("timestamp with time zone", None),
    "email_change_token_current": ("character varying(255)", "''::character varying"),
    "email_change_confirm_status": ("smallint", "0"), "banned_until": ("timestamp with time zone", None),
    "reauthentication_token": ("character varying(255)", "''::character varying"),
    "reauthentication_sent_at": ("timestamp with time zone", None), "is_sso_user": ("boolean", "false"),
    "deleted_at": ("timestamp with time zone", None), "is_anonymous": ("boolean", "false"),
}
AUTH_USERS_UNIQUE_INDEXES = {"users_pkey", "users_phone_key", "users_email_partial_key", "confirmation_token_idx",
                             "recovery_token_idx", "email_change_token_current_idx", "email_change_token_new_idx",
                             "reauthentication_token_idx"}
AUTH_IDENTITIES_COLUMNS = {"provider_id", "user_id", "identity_data", "provider", "last_sign_in_at", "created_at",
                           "updated_at", "email", "id"}


@pytest.mark.parametrize("role", ROLE_ATTRIBUTES)
def test_role_has_the_platforms_attributes(conn, role):
    row = conn.execute(
        "select rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls"
        " from pg_catalog.pg_roles where rolname = %s", (role,)).fetchone()

    assert row == ROLE_ATTRIBUTES[role], f"{role}: super, inherit, createrole, createdb, login, replication, bypassrls"


@pytest.mark.parametrize("role", MEMBER_OF)
def test_role_is_member_of_what_it_is_on_the_platform(conn, role):
    assert MEMBER_OF[role] <= _memberships(conn, role)
    assert not NOT_MEMBER_OF.get(role, set()) & _memberships(conn, role)


@pytest.mark.parametrize("role", ROLE_SETTINGS)
def test_role_has_the_platforms_settings(conn, role):
    rows = conn.execute(
        "select unnest(setconfig) from pg_catalog.pg_db_role_setting s join pg_catalog.pg_roles r on r.oid = s.setrole"
        " where r.rolname = %s and s.setdatabase = 0", (role,)).fetchall()
    settings = dict(row[0].split("=", 1) for row in rows)

    assert {name: settings.get(name) for name in ROLE_SETTINGS[role]} == ROLE_SETTINGS[role]


@pytest.mark.parametrize("table", ["auth.users", "auth.identities"])
@pytest.mark.parametrize("role", AUTH_TABLE_GRANTS)
def test_role_holds_on_auth_tables_what_it_holds_on_the_platform(conn, table, role):
    held = {privilege for privilege in TABLE_PRIVILEGES
            if conn.execute("select has_table_privilege(%s, %s, %s)", (role, table, privilege)).fetchone()[0]}

    assert held == AUTH_TABLE_GRANTS[role]


def test_postgres_may_pass_on_select_on_auth_users_but_does_not_own_it(conn):
    row = conn.execute("select has_table_privilege('postgres', 'auth.users', 'select with grant option'),"
                       " pg_has_role('postgres', 'supabase_auth_admin', 'usage'),"
                       " has_schema_privilege('postgres', 'auth', 'create')").fetchone()

    assert row == (True, False, False)


@pytest.mark.parametrize(("kind", "name"), OWNERS, ids=[f"{kind}-{name}" for kind, name in OWNERS])
def test_object_has_the_platforms_owner(conn, kind, name):
    query = {"schema": "select nspowner::regrole::text from pg_catalog.pg_namespace where nspname = %s",
             "table": "select relowner::regrole::text from pg_catalog.pg_class where oid = %s::regclass",
             "function": "select proowner::regrole::text from pg_catalog.pg_proc where oid = %s::regprocedure"}[kind]

    assert conn.execute(query, (name,)).fetchone()[0] == OWNERS[(kind, name)]


def test_auth_users_has_gotrues_columns_types_and_defaults(conn):
    rows = conn.execute(
        "select a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid)"
        " from pg_catalog.pg_attribute a left join pg_catalog.pg_attrdef d"
        "   on d.adrelid = a.attrelid and d.adnum = a.attnum and a.attgenerated = ''"
        " where a.attrelid = 'auth.users'::regclass and a.attnum > 0 and not a.attisdropped").fetchall()
    columns = {name: (type_, default) for name, type_, default in rows}

    assert columns == AUTH_USERS_COLUMNS


def test_auth_users_has_the_unique_token_indexes(conn):
    rows = conn.execute("select indexrelid::regclass::text from pg_catalog.pg_index"
                        " where indrelid = 'auth.users'::regclass and indisunique").fetchall()

    assert {row[0].removeprefix("auth.") for row in rows} == AUTH_USERS_UNIQUE_INDEXES


def test_auth_identities_has_gotrues_columns_and_derives_the_email(conn):
    columns = {row[0] for row in conn.execute(
        "select attname from pg_catalog.pg_attribute where attrelid = 'auth.identities'::regclass"
        " and attnum > 0 and not attisdropped")}
    user_id = uuid.uuid4()
    conn.execute("insert into auth.users (id, email) values (%s, 'ada@example.test')", (user_id,))
    conn.execute("insert into auth.identities (provider_id, user_id, identity_data, provider)"
                 " values (%s, %s, jsonb_build_object('sub', %s::text, 'email', 'Ada@Example.test'), 'email')",
                 (str(user_id), user_id, str(user_id)))

    assert columns == AUTH_IDENTITIES_COLUMNS
    assert conn.execute("select email from auth.identities where user_id = %s", (user_id,)).fetchone() == (
        "ada@example.test",)


def test_postgres_connects_as_a_non_superuser(conn):
    assert conn.execute("select current_user, current_setting('is_superuser')").fetchone() == ("postgres", "off")


@pytest.mark.parametrize("extension", ["pgcrypto", "uuid-ossp"])
def test_trusted_extensions_live_in_extensions_owned_by_postgres(conn, extension):
    row = conn.execute("select extnamespace::regnamespace::text, extowner::regrole::text from pg_catalog.pg_extension"
                       " where extname = %s", (extension,)).fetchone()

    assert row == ("extensions", "postgres")


def test_pg_stat_statements_is_preloaded_and_lives_in_extensions_owned_by_supabase_admin(conn):
    row = conn.execute("select extnamespace::regnamespace::text, extowner::regrole::text from pg_catalog.pg_extension"
                       " where extname = 'pg_stat_statements'").fetchone()
    preloaded = conn.execute("select 'pg_stat_statements' = any(string_to_array(replace("
                             "current_setting('shared_preload_libraries'), ' ', ''), ','))").fetchone()[0]

    assert (row, preloaded) == (("extensions", "supabase_admin"), True)


@pytest.mark.parametrize(("privilege", "on"), [
    ("select with grant option", "extensions.pg_stat_statements"),
    ("select with grant option", "extensions.pg_stat_statements_info"),
    ("execute with grant option", "extensions.pg_stat_statements_reset(oid, oid, bigint)"),
], ids=["pg_stat_statements", "pg_stat_statements_info", "pg_stat_statements_reset"])
def test_postgres_holds_on_pg_stat_statements_what_it_holds_on_the_platform(conn, privilege, on):
    check = "has_function_privilege" if privilege.startswith("execute") else "has_table_privilege"
    assert conn.execute(f"select {check}('postgres', %s, %s)", (on, privilege)).fetchone() == (True,)


SUB = uuid.UUID("7b0c6f1e-2d7a-4a65-9a7e-0d1f5a3c9b11")


def test_auth_helpers_read_the_json_claims_as_authenticated(conn):
    as_user(conn, SUB, email="alice@example.test")

    row = conn.execute("select auth.uid(), auth.role(), auth.email(), auth.jwt() ->> 'aud', current_user").fetchone()

    assert row == (SUB, "authenticated", "alice@example.test", "authenticated", "authenticated")


def test_auth_uid_falls_back_to_the_older_per_claim_setting(conn):
    conn.execute("select set_config('request.jwt.claim.sub', %s, true)", (str(SUB),))

    assert conn.execute("select auth.uid(), auth.jwt()").fetchone() == (SUB, None)


def test_anon_gets_role_anon_and_no_user(conn):
    as_anon(conn)

    assert conn.execute("select auth.uid(), auth.role(), current_user").fetchone() == (None, "anon", "anon")


@pytest.mark.parametrize("act", [as_anon, as_service_role, lambda c: as_user(c, SUB)], ids=["anon", "service_role",
                                                                                              "authenticated"])
def test_api_role_cannot_read_auth_users(conn, act):
    act(conn)

    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied for table users"):
        conn.execute("select count(*) from auth.users")


@pytest.mark.parametrize("role", ["anon", "authenticated", "service_role"])
def test_new_public_tables_and_functions_are_granted_to_api_roles(conn, role):
    conn.execute("create table public.platform_probe (id int)")
    conn.execute("create function public.platform_probe_fn() returns int language sql as 'select 1'")

    granted = conn.execute(
        "select has_table_privilege(%s, 'public.platform_probe', 'select,insert,update,delete'),"
        " has_function_privilege(%s, 'public.platform_probe_fn()', 'execute'),"
        " has_schema_privilege(%s, 'extensions', 'usage'), has_schema_privilege(%s, 'auth', 'usage')",
        (role, role, role, role),
    ).fetchone()

    assert granted == (True, True, True, True)


def test_claims_are_transaction_local(migrated_url):
    with psycopg.connect(migrated_url) as conn:
        act_as(conn, "authenticated", {"sub": str(SUB), "role": "authenticated"})
        conn.commit()
        assert conn.execute("select auth.uid(), current_user").fetchone() == (None, "postgres")
        assert conn.execute("select nullif(current_setting('request.jwt.claims', true), '')").fetchone() == (None,)


def _memberships(conn: psycopg.Connection, role: str) -> set[str]:
    return {row[0] for row in conn.execute(
        "select g.rolname from pg_catalog.pg_auth_members m join pg_catalog.pg_roles g on g.oid = m.roleid"
        " join pg_catalog.pg_roles r on r.oid = m.member where r.rolname = %s", (role,))}
