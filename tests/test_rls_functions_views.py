"""The analytics views and recompute_user_streaks() as the API roles: only service_role (and the owner)."""

from __future__ import annotations

import psycopg
import pytest

from dreamflow_dev.reports.analytics import VIEW_NAMES
from dreamflow_dev.roles import as_service_role

from support.world import become

pytestmark = pytest.mark.rls



@pytest.mark.parametrize("view", VIEW_NAMES)
@pytest.mark.parametrize("actor", ["anon", "authenticated"])
def test_api_users_cannot_read_analytics_views(conn, world, actor, view):
    become(conn, actor, world)

    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        conn.execute(f"select * from public.{view}")  # noqa: S608 - names come from the list above


@pytest.mark.parametrize("view", VIEW_NAMES)
@pytest.mark.parametrize("role", ["anon", "authenticated"])
def test_api_roles_hold_no_grant_on_analytics_views(conn, role, view):
    """Defence in depth: even though the views run with the caller's rights, no API role is granted them."""
    granted = conn.execute("select has_table_privilege(%s, %s, 'select')", (role, f"public.{view}")).fetchone()[0]

    assert granted is False, f"{role} is granted select on {view}"


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_service_role_reads_every_analytics_view(conn, world, view):
    as_service_role(conn)

    rows = conn.execute(f"select * from public.{view}").fetchall()  # noqa: S608

    assert rows, f"service_role saw no rows in {view} although Alice and Bob have sessions today"


def test_service_role_sees_both_users_in_personas(conn, world):
    as_service_role(conn)

    users = {row[0] for row in conn.execute("select user_id from public.analytics_user_personas")}

    assert {world.alice.user_id, world.bob.user_id} <= users


@pytest.mark.parametrize("actor", ["anon", "authenticated"])
def test_api_users_cannot_recompute_streaks(conn, world, actor):
    become(conn, actor, world)

    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied for function"):
        conn.execute("select public.recompute_user_streaks()")


def test_service_role_can_recompute_streaks(conn, world):
    conn.execute("delete from public.user_streaks where user_id in (%s, %s)", (world.alice.user_id, world.bob.user_id))
    as_service_role(conn)

    conn.execute("select public.recompute_user_streaks(true)")

    streaks = conn.execute("select current_streak from public.user_streaks where user_id in (%s, %s)",
                           (world.alice.user_id, world.bob.user_id)).fetchall()
    assert streaks == [(1,), (1,)]


def test_recompute_runs_as_its_caller_and_its_definer_part_is_behind_schema_private(conn):
    """Whatever EXECUTE a restore's default privileges grant on public functions, an API role reaches the
    owner's rights only through schema private, where it has no USAGE."""
    rows = dict(conn.execute(
        "select pronamespace::regnamespace::text, prosecdef from pg_proc"
        " where (proname, pronamespace) in (('recompute_user_streaks', 'public'::regnamespace),"
        " ('recompute_streaks', 'private'::regnamespace))"
    ).fetchall())
    configs = conn.execute("select proconfig from pg_proc where proname in ('recompute_user_streaks',"
                           " 'recompute_streaks')").fetchall()

    assert rows == {"public": False, "private": True}
    assert all(any(setting.startswith("search_path=") for setting in config or []) for (config,) in configs)
    assert conn.execute("select has_schema_privilege('anon', 'private', 'usage'),"
                        " has_schema_privilege('authenticated', 'private', 'usage')").fetchone() == (False, False)


def test_every_public_function_has_a_fixed_search_path(conn):
    loose = [row[0] for row in conn.execute(
        "select p.proname from pg_proc p where p.pronamespace = 'public'::regnamespace"
        " and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%%')"
    )]

    assert loose == [], f"functions in public without a fixed search_path: {loose}"


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_views_run_with_the_callers_rights(conn, view):
    options = conn.execute(
        "select coalesce(reloptions, '{}') from pg_class where oid = %s::regclass", (f"public.{view}",)
    ).fetchone()[0]

    assert "security_invoker=true" in options, f"{view} runs with its owner's rights"
