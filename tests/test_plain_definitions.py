"""public.user_streaks and the five analytics views against their plain definitions (docs/plain_definitions.sql).

On a seeded database, settled and then after a mix of writes no nightly run has folded in yet (a bulk insert,
deletes, a moved session, profile edits, a user deleted with their sessions), read with the client in a
TimeZone far from UTC: every view equals its plain twin row for row (EXCEPT ALL both ways), with the same
column names and types, and after recompute_user_streaks() (incremental, then full) so do the streaks.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from dreamflow_dev.bench.plain import PLAIN_VIEWS, differences, load_plain_definitions
from seeds import seed_database
from seeds.options import SeedOptions

pytestmark = pytest.mark.slow
EQUAL = {"user_streaks": 0} | {view: 0 for view in PLAIN_VIEWS}

# One statement for many rows, as an import does: each existing user, a session on some of the last 40 UTC days.
BULK_INSERT = """
insert into public.sessions (user_id, prompt, theme, target_length, num_scenes, created_at)
select u.id, 'imported', (array['ocean', 'forest', null])[1 + abs(hashint4(d)) % 3], 100 + d, d % 7,
       date_trunc('day', now() at time zone 'utc') at time zone 'utc' - d * interval '1 day' + interval '1 minute'
from auth.users as u cross join generate_series(0, 39) as d
where abs(hashtext(u.id::text || d)) % 3 = 0
"""
MIXED_WRITES = [
    BULK_INSERT,
    "delete from public.sessions where id in (select id from public.sessions order by id limit 300)",
    "update public.sessions set created_at = created_at - interval '3 days'"
    " where id in (select id from public.sessions order by id desc limit 50)",
    "update public.profiles set routine = 'bath and a story with the kids'"
    " where id in (select id from public.profiles order by id limit 10)",
    "update public.profiles set routine = 'laptop off after work', mood = 'calm', preferences = '{}',"
    " calming_elements = '{}' where id in (select id from public.profiles order by id desc limit 10)",
    "delete from public.profiles where id in (select id from public.profiles order by id offset 20 limit 5)",
    "delete from auth.users where id in (select user_id from public.sessions group by 1 order by count(*) desc"
    " limit 3)",
]


@pytest.fixture(scope="module")
def seeded_url(module_db_url: str) -> str:
    seed_database(module_db_url, SeedOptions(users=120, days=45, seed=11))
    return module_db_url


@pytest.fixture
def plain_conn(seeded_url: str) -> Iterator[psycopg.Connection]:
    """A connection with the plain views loaded, in a transaction rolled back afterwards, far from UTC."""
    with psycopg.connect(seeded_url) as conn:
        try:
            load_plain_definitions(conn)
            conn.execute("set timezone = 'Pacific/Kiritimati'")
            yield conn
        finally:
            conn.rollback()


def _columns(conn: psycopg.Connection, relation: str) -> list[tuple[str, int]]:
    cursor = conn.execute(f"select * from {relation} limit 0")  # noqa: S608 - names from dreamflow_dev.bench.plain
    return [(column.name, column.type_code) for column in cursor.description]


@pytest.mark.parametrize("view", list(PLAIN_VIEWS), ids=str)
def test_plain_view_has_the_columns_and_types_of_the_real_view(plain_conn, view):
    assert _columns(plain_conn, PLAIN_VIEWS[view]) == _columns(plain_conn, f"public.{view}")


def test_seeded_database_gives_every_plain_view_rows(plain_conn):
    empty = [plain for plain in [*PLAIN_VIEWS.values(), "plain_user_streaks"]
             if plain_conn.execute(f"select count(*) from {plain}").fetchone() == (0,)]  # noqa: S608 - fixed names
    assert empty == []


def test_settled_streaks_and_views_equal_the_plain_definitions(plain_conn):
    plain_conn.execute("select public.recompute_user_streaks()")

    assert differences(plain_conn) == EQUAL


def test_views_equal_the_plain_definitions_before_the_nightly_run_after_mixed_writes(plain_conn):
    plain_conn.execute("select public.recompute_user_streaks()")
    for statement in MIXED_WRITES:
        plain_conn.execute(statement)

    found = differences(plain_conn)

    assert found | {"user_streaks": 0} == EQUAL  # the streaks are the nightly run's to write: checked below


def test_nightly_and_full_recompute_after_mixed_writes_equal_the_plain_definitions(plain_conn):
    for statement in MIXED_WRITES:
        plain_conn.execute(statement)

    plain_conn.execute("select public.recompute_user_streaks()")
    incremental = differences(plain_conn)
    plain_conn.execute("select public.recompute_user_streaks(true)")

    assert (incremental, differences(plain_conn)) == (EQUAL, EQUAL)
