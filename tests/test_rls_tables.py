"""Row-level security on every table, acting as the real roles: anon, Alice (own rows, Bob's rows), service_role.

One parametrized test per (table, actor, operation) from tests/support/rls_matrix.py, plus the cases that
move a row to someone else, and a guard that every public table has RLS and role-named policies.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

from dreamflow_dev.roles import as_user

from support.rls_matrix import ACTORS, CHANGES, FILTERED, OPERATIONS, REFUSED, SEES, TABLES, TableRules
from support.world import Person, World, become

pytestmark = pytest.mark.rls

CASES = [
    pytest.param(rules, actor, operation, id=f"{rules.table}-{actor}-{operation}-{rules.expected[(actor, operation)]}")
    for rules in TABLES for actor in ACTORS for operation in OPERATIONS
]


def _target(actor: str, world: World) -> Person:
    """Whose row the actor goes for: Alice's own for her own-row cases, Bob's otherwise."""
    return world.alice if actor == "alice_on_own" else world.bob


def _statement(rules: TableRules, operation: str, target: Person, world: World) -> tuple[sql.Composable, tuple]:
    table = sql.Identifier("public", rules.table)
    key_column = sql.Identifier("user_id" if rules.table == "user_streaks" else "id")
    if operation == "insert":
        text, params = rules.insert(target, world)
        return sql.SQL(text), params
    template = {
        "select": "select 1 from {table} where {key} = %s",
        "update": "update {table} set " + rules.update_set + " where {key} = %s",
        "delete": "delete from {table} where {key} = %s",
    }[operation]
    return sql.SQL(template).format(table=table, key=key_column), (rules.key(target),)


def _observe(conn: psycopg.Connection, statement: sql.Composable, params: tuple, operation: str) -> str:
    """Run the statement in a savepoint and name the outcome."""
    try:
        with conn.transaction():
            cursor = conn.execute(statement, params)
            count = len(cursor.fetchall()) if operation == "select" else cursor.rowcount
    except psycopg.errors.InsufficientPrivilege:
        return REFUSED
    if count == 0:
        return FILTERED
    assert count == 1, f"{operation} touched {count} rows, expected one"
    return SEES if operation == "select" else CHANGES


@pytest.mark.parametrize(("rules", "actor", "operation"), CASES)
def test_actor_can_or_cannot_act_on_table(conn, world, rules, actor, operation):
    target = _target(actor, world)
    if operation == "insert":
        rules.prepare_insert(conn, target)
    statement, params = _statement(rules, operation, target, world)
    become(conn, actor, world)

    outcome = _observe(conn, statement, params, operation)

    expected = rules.expected[(actor, operation)]
    assert outcome == expected, (
        f"{actor} doing {operation} on public.{rules.table}: expected {expected}, got {outcome}"
    )


MOVES = [
    pytest.param("rituals", "user_id = %(bob_user)s", "ritual_id", id="ritual-to-bob"),
    pytest.param("sessions", "user_id = %(bob_user)s", "session_id", id="session-to-bob"),
    pytest.param("session_assets", "session_id = %(bob_session)s", "asset_id", id="asset-onto-bobs-session"),
    pytest.param("session_feedback", "session_id = %(bob_session)s", "feedback_id", id="feedback-onto-bobs-session"),
    pytest.param("session_feedback", "user_id = %(bob_user)s", "feedback_id", id="feedback-to-bob"),
]


@pytest.mark.parametrize(("table", "assignment", "key"), MOVES)
def test_alice_cannot_move_her_row_to_bob(conn, world, table, assignment, key):
    params = {"bob_user": world.bob.user_id, "bob_session": world.bob.session_id,
              "id": getattr(world.alice, key)}
    as_user(conn, world.alice.user_id)
    statement = sql.SQL("update {} set " + assignment + " where id = %(id)s").format(sql.Identifier("public", table))

    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        conn.execute(statement, params)


def test_alice_cannot_leave_feedback_on_bobs_session(conn, world):
    as_user(conn, world.alice.user_id)

    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        conn.execute(
            "insert into public.session_feedback (session_id, user_id, rating, mood_delta) values (%s, %s, 5, 0)",
            (world.bob.session_id, world.alice.user_id),
        )


def test_alice_cannot_attach_an_asset_to_bobs_session(conn, world):
    as_user(conn, world.alice.user_id)

    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        conn.execute(
            "insert into public.session_assets (session_id, asset_type, asset_url) values (%s, 'audio', 'x')",
            (world.bob.session_id,),
        )


def test_the_matrix_names_every_public_table(conn):
    """A table the matrix does not name is a table whose policies nothing here exercises."""
    public_tables = {row[0] for row in conn.execute("select tablename from pg_tables where schemaname = 'public'")}

    assert public_tables == {rules.table for rules in TABLES}


def test_every_table_has_rls_enabled(conn):
    without_rls = [row[0] for row in conn.execute(
        "select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname in ('public', 'private') and c.relkind in ('r', 'p') and not c.relrowsecurity order by 1"
    )]

    assert without_rls == [], f"tables without row-level security: {without_rls}"


def test_api_roles_cannot_reach_the_private_bookkeeping(conn):
    """private.* holds everyone's activity: no API role may use the schema, read a table or run a function."""
    reachable = conn.execute(
        "select r.rolname, 'schema' from pg_roles r where r.rolname in ('anon', 'authenticated')"
        "   and has_schema_privilege(r.rolname, 'private', 'usage')"
        " union all"
        " select r.rolname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        "   cross join pg_roles r where n.nspname = 'private' and r.rolname in ('anon', 'authenticated')"
        "   and c.relkind in ('r', 'v') and has_table_privilege(r.rolname, c.oid, 'select, insert, update, delete')"
        " union all"
        " select r.rolname, p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
        "   cross join pg_roles r where n.nspname = 'private' and r.rolname in ('anon', 'authenticated')"
        "   and has_function_privilege(r.rolname, p.oid, 'execute')"
    ).fetchall()

    assert reachable == []


def test_every_policy_names_its_roles(conn):
    open_to_public = [f"{row[0]}.{row[1]}" for row in conn.execute(
        "select tablename, policyname from pg_policies where schemaname = 'public' and 'public' = any(roles)"
    )]
    policy_count = conn.execute("select count(*) from pg_policies where schemaname = 'public'").fetchone()[0]

    assert policy_count > 0
    assert open_to_public == [], f"policies that do not name their roles (apply to public): {open_to_public}"


def test_every_public_table_has_a_policy(conn):
    without_policy = [row[0] for row in conn.execute(
        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname = 'public' and c.relkind = 'r'"
        " and not exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname)"
    )]

    assert without_policy == []


def test_every_write_policy_checks_the_new_row_against_the_signed_in_user(conn):
    """A write policy whose check ignores auth.uid() (say `with check (true)`) would let rows move to others;
    Postgres' select policies happen to catch some of those moves today, so this is checked directly too."""
    unchecked = [f"{row[0]}.{row[1]}" for row in conn.execute(
        "select tablename, policyname from pg_policies where schemaname = 'public'"
        " and cmd in ('INSERT', 'UPDATE', 'ALL') and coalesce(with_check, qual, '') not like '%%auth.uid()%%'"
    )]

    assert unchecked == [], f"write policies whose check does not involve auth.uid(): {unchecked}"


@pytest.mark.parametrize("role", ["anon", "authenticated", "service_role"])
def test_api_role_cannot_truncate_trigger_or_reference_any_public_table(conn, role):
    """TRUNCATE ignores row-level security, a trigger runs for every later writer, and a foreign key can
    block deletes: no API role may hold any of them on any table or view in public, present or future."""
    held = [row[0] for row in conn.execute(
        "select c.relname || ': ' || p.privilege from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " cross join unnest(array['truncate', 'trigger', 'references']) as p (privilege)"
        " where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')"
        " and has_table_privilege(%s, c.oid, p.privilege) order by 1", (role,)
    )]
    tables = conn.execute("select count(*) from pg_tables where schemaname = 'public'").fetchone()[0]

    assert tables >= 6
    assert held == [], f"{role} holds: {held}"


def test_every_public_table_and_view_is_guarded_before_any_write(conn):
    """A restore grants the API roles TRUNCATE and TRIGGER again (migration 000): each table and view in public
    must then still refuse them, through a statement trigger that runs guard_table_writes() first."""
    unguarded = [row[0] for row in conn.execute(
        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        " where n.nspname = 'public' and c.relkind in ('r', 'p', 'v')"
        " and not exists (select from pg_trigger t where t.tgrelid = c.oid and t.tgenabled <> 'D'"
        "                 and t.tgfoid = 'public.guard_table_writes()'::regprocedure"
        "                 and t.tgtype & 2 <> 0 and t.tgtype & 1 = 0)"  # BEFORE, FOR EACH STATEMENT
        " order by 1"
    )]
    relations = conn.execute("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                             " where n.nspname = 'public' and c.relkind in ('r', 'v')").fetchone()[0]

    assert relations >= 11
    assert unguarded == [], f"tables and views in public without the write guard: {unguarded}"


@pytest.mark.parametrize("actor", ["anon", "alice"])
def test_api_role_cannot_truncate_sessions(conn, world, actor):
    with conn.transaction(force_rollback=True):
        become(conn, actor, world)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("truncate public.sessions cascade")
    assert conn.execute("select count(*) from public.sessions where id = %s",
                        (world.alice.session_id,)).fetchone() == (1,)
