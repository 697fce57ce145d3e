"""The bookkeeping the session triggers and the nightly run keep (private.*) against the sessions themselves.

Random mixes of inserts, updates (another day, theme, length or owner), deletes, profile edits and a user
deleted are applied in one transaction, with the client in a TimeZone far from UTC, some before a nightly
run (recompute_user_streaks) and some after it, so the views read settled rollups and live counts at once;
then
- the tallies equal the sessions counted per user, UTC day and theme, and
- the five analytics views, and each user's runs of consecutive days, equal the same figures aggregated
  straight from the sessions (REFERENCE, RUNS), before and after another nightly run, and
- after a nightly run no private row names a deleted user.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support.bookkeeping import tallies, tallies_from_sessions

UTC_DAY = "(s.created_at at time zone 'utc')::date"
PERSONA = ("private.persona_of(p.mood, p.routine, p.preferences, p.calming_elements,"
           " (select count(*) from public.sessions as n where n.user_id = u.id))")
# The views' figures the obvious way: grouped straight from the sessions, every time.
REFERENCE = {
    "analytics_daily_active_users": f"select {UTC_DAY}, count(distinct s.user_id)::integer"
                                    " from public.sessions as s group by 1",
    "analytics_daily_story_stats": f"""
        select {UTC_DAY}, count(*)::integer, count(distinct s.user_id)::integer,
               round(count(*)::numeric / count(distinct s.user_id), 2), count(distinct s.theme)::integer,
               round(avg(s.target_length), 1), round(avg(s.num_scenes), 2)
        from public.sessions as s group by 1""",
    "analytics_user_personas": f"""
        select u.id, coalesce({PERSONA}, 'unknown'), p.mood, p.routine,
               (select count(*)::integer from public.sessions as s where s.user_id = u.id),
               (select count(distinct {UTC_DAY})::integer from public.sessions as s where s.user_id = u.id),
               (select count(distinct s.theme)::integer from public.sessions as s where s.user_id = u.id),
               (select min({UTC_DAY}) from public.sessions as s where s.user_id = u.id),
               (select max({UTC_DAY}) from public.sessions as s where s.user_id = u.id)
        from auth.users as u
        left join public.profiles as p on p.id = u.id""",
    "analytics_daily_persona_mix": f"""
        select day, persona, count(*)::integer, sum(stories)::integer,
               round(100.0 * count(*) / sum(count(*)) over (partition by day), 2)
        from (select {UTC_DAY} as day, s.user_id, count(*) as stories from public.sessions as s group by 1, 2) as d
        join (select u.id as user_id, {PERSONA} as persona
              from auth.users as u left join public.profiles as p on p.id = u.id) as up using (user_id)
        group by day, persona""",
}
# Each user's runs of consecutive UTC days, the gaps-and-islands way: where the latest run starts, and the longest.
RUNS = f"""
    with days as (select distinct s.user_id, {UTC_DAY} as day from public.sessions as s),
         runs as (select user_id, min(day) as first_day, max(day) as last_day
                  from (select user_id, day, day - (row_number() over (partition by user_id order by day))::integer
                               as island from days) as numbered
                  group by user_id, island)
    select u.id, max(r.first_day), coalesce(max(r.last_day - r.first_day + 1), 0)
    from auth.users as u left join runs as r on r.user_id = u.id group by u.id"""
THEMES = [None, "ocean", "forest", "space"]
PROFILES = [
    dict(mood="calm", routine="laptop off after work"),  # mindful_professional from the 5th session
    dict(mood="happy", routine="bath, then a story with the kids"),  # burned_out_parent
    dict(mood="sleepy", routine="tea", calming_elements=["binaural beats"]),  # wellness_seeker
    dict(mood="sleepy", routine="tea"),  # unknown
]
USERS = 3
MINUTES = [0, 1, 23 * 60 + 59]  # either side of UTC midnight
# Which argument names a user.
USER_ARGUMENT = {"reassign": 1, "profile": 0, "drop_profile": 0, "delete_user": 0, "move_profile": 1}

session_spec = st.tuples(st.integers(0, USERS - 1), st.integers(0, 9), st.sampled_from(MINUTES),
                         st.sampled_from(THEMES), st.integers(1, 900), st.integers(0, 6))
operation = st.one_of(
    st.tuples(st.just("insert"), st.lists(session_spec, min_size=1, max_size=6)),
    st.tuples(st.just("move"), st.integers(0, 50), st.integers(0, 9), st.sampled_from(MINUTES)),
    st.tuples(st.just("retheme"), st.integers(0, 50), st.sampled_from(THEMES), st.integers(1, 900)),
    st.tuples(st.just("reassign"), st.integers(0, 50), st.integers(0, USERS - 1)),
    st.tuples(st.just("delete"), st.integers(0, 50), st.integers(1, 3)),
    st.tuples(st.just("profile"), st.integers(0, USERS - 1), st.integers(0, len(PROFILES) - 1)),
    st.tuples(st.just("drop_profile"), st.integers(0, USERS - 1)),
    st.tuples(st.just("delete_user"), st.integers(0, USERS - 1)),
    st.tuples(st.just("move_profile"), st.integers(0, USERS - 1), st.integers(0, USERS - 1)),
    st.tuples(st.just("truncate_profiles")),
    st.tuples(st.just("full_rebuild")),
    # Statements from this many logged rows on fold themselves at once, as an import's does.
    st.tuples(st.just("bulk_from"), st.sampled_from([1, 2, 4096])),
)


@pytest.fixture
def conn(own_conn: psycopg.Connection) -> psycopg.Connection:
    """Every check here reads the whole database: in a database of this module's own, so that under --db-url
    it takes seconds, not what 60 examples of scanning a seeded stack's sessions would take."""
    return own_conn


def _users(conn: psycopg.Connection) -> list[uuid.UUID]:
    users = [uuid.uuid4() for _ in range(USERS)]
    for index, user_id in enumerate(users):
        conn.execute("insert into auth.users (id, email) values (%s, %s)", (user_id, f"{user_id}@example.test"))
        _set_profile(conn, user_id, PROFILES[index % len(PROFILES)])
    return users


def _set_profile(conn: psycopg.Connection, user_id: uuid.UUID, profile: dict) -> None:
    conn.execute("insert into public.profiles (id, mood, routine, calming_elements) values (%s, %s, %s, %s)"
                 " on conflict (id) do update set mood = excluded.mood, routine = excluded.routine,"
                 " calming_elements = excluded.calming_elements",
                 (user_id, profile["mood"], profile["routine"], profile.get("calming_elements", [])))


def _moment(days_ago: int, minute: int) -> datetime:
    midnight = datetime.combine(datetime.now(UTC).date(), time(0), tzinfo=UTC)
    return min(midnight - timedelta(days=days_ago) + timedelta(minutes=minute), datetime.now(UTC))


def _nth_session(users: list[uuid.UUID], index: int) -> tuple[str, list]:
    """A subquery picking the index-th of these users' sessions (wrapping around), and its parameters."""
    return ("(select id from public.sessions where user_id = any(%s) order by created_at, id"
            " offset mod(%s, greatest((select count(*) from public.sessions where user_id = any(%s)), 1)) limit 1)",
            [users, index, users])


def _apply(conn: psycopg.Connection, users: list[uuid.UUID], deleted: set[int], op: tuple) -> None:
    """Run one operation; those naming a deleted user are skipped (the foreign keys would refuse them)."""
    kind, *args = op
    if kind in USER_ARGUMENT and args[USER_ARGUMENT[kind]] in deleted:
        return
    if kind == "insert":
        specs = [spec for spec in args[0] if spec[0] not in deleted]
        if not specs:
            return
        with conn.cursor() as cursor:  # one statement for the whole batch, as a COPY or a bulk insert is
            cursor.execute(
                "insert into public.sessions (user_id, prompt, created_at, theme, target_length, num_scenes)"
                " select * from unnest(%s::uuid[], %s::text[], %s::timestamptz[], %s::text[], %s::int[], %s::int[])",
                [list(column) for column in zip(*[(users[u], "p", _moment(d, m), theme, length, scenes)
                                                  for u, d, m, theme, length, scenes in specs], strict=True)])
    elif kind in ("move", "retheme", "reassign", "delete"):
        pick, params = _nth_session(users, args[0])
        statement, values = _session_change(kind, users, args)
        conn.execute(statement.format(pick), [*values, *params])
    elif kind == "profile":
        _set_profile(conn, users[args[0]], PROFILES[args[1]])
    elif kind == "drop_profile":
        conn.execute("delete from public.profiles where id = %s", (users[args[0]],))
    elif kind == "move_profile":  # the profile's id changes to a user without one
        conn.execute("update public.profiles set id = %s where id = %s"
                     " and not exists (select from public.profiles where id = %s)",
                     (users[args[1]], users[args[0]], users[args[1]]))
    elif kind == "truncate_profiles":
        conn.execute("truncate public.profiles")
    elif kind == "full_rebuild":
        conn.execute("select public.recompute_user_streaks(true)")
    elif kind == "bulk_from":
        conn.execute("select set_config('dreamflow.bulk_statement_rows', %s, true)", (str(args[0]),))
    else:
        conn.execute("delete from auth.users where id = %s", (users[args[0]],))
        deleted.add(args[0])


def _session_change(kind: str, users: list[uuid.UUID], args: list) -> tuple[str, list]:
    """The statement (with `{}` for the picked session) and its leading parameters."""
    if kind == "move":
        return "update public.sessions set created_at = %s where id = {}", [_moment(args[1], args[2])]
    if kind == "retheme":
        return "update public.sessions set theme = %s, target_length = %s where id = {}", args[1:]
    if kind == "reassign":
        return "update public.sessions set user_id = %s where id = {}", [users[args[1]]]
    return ("delete from public.sessions where id in (select id from public.sessions where user_id = any(%s)"
            " order by created_at desc limit %s) or id = {}", [users, args[1]])


def _apply_far_from_utc(conn: psycopg.Connection, operations: list[tuple], nightly_after: int) -> list[uuid.UUID]:
    """The operations, in this transaction, with the client's TimeZone 14 hours from UTC, and a nightly run
    after the first `nightly_after` of them. Returns the users (some perhaps deleted)."""
    conn.execute("set local timezone = 'Pacific/Kiritimati'")
    users, deleted = _users(conn), set()
    for index, op in enumerate(operations):
        if index == nightly_after:
            conn.execute("select public.recompute_user_streaks()")
        _apply(conn, users, deleted, op)
    return users


def _view(conn: psycopg.Connection, view: str) -> list[tuple]:
    return sorted(conn.execute(f"select * from public.{view}").fetchall(), key=repr)  # noqa: S608 - fixed


def _assert_views_equal_the_sessions(conn: psycopg.Connection) -> None:
    for view, reference in REFERENCE.items():
        expected = sorted(conn.execute(reference).fetchall(), key=repr)
        assert _view(conn, view) == expected, view
    assert _comprehensive(conn) == _comprehensive_from_its_parts(conn)
    runs = "select user_id, last_run_start, longest_run from private.user_figures"
    assert sorted(conn.execute(runs).fetchall(), key=repr) == sorted(conn.execute(RUNS).fetchall(), key=repr)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(operation, min_size=1, max_size=12), nightly_after=st.integers(0, 12))
def test_tallies_equal_the_sessions_counted_per_user_day_and_theme(conn, operations, nightly_after):
    with conn.transaction(force_rollback=True):
        _apply_far_from_utc(conn, operations, nightly_after)

        assert tallies(conn) == tallies_from_sessions(conn)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(operation, min_size=1, max_size=12), nightly_after=st.integers(0, 12))
def test_views_equal_the_figures_aggregated_from_the_sessions(conn, operations, nightly_after):
    with conn.transaction(force_rollback=True):
        _apply_far_from_utc(conn, operations, nightly_after)
        _assert_views_equal_the_sessions(conn)

        conn.execute("select public.recompute_user_streaks()")

        _assert_views_equal_the_sessions(conn)
        assert tallies(conn) == tallies_from_sessions(conn)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(operation, min_size=1, max_size=10), nightly_after=st.integers(0, 10))
def test_nightly_run_leaves_no_private_row_of_a_deleted_user(conn, operations, nightly_after):
    with conn.transaction(force_rollback=True):
        users = _apply_far_from_utc(conn, operations + [("delete_user", 0)], nightly_after)

        conn.execute("select public.recompute_user_streaks()")

        assert _private_rows_of(conn, users[0]) == {}


def _private_rows_of(conn: psycopg.Connection, user_id: uuid.UUID) -> dict[str, int]:
    """Rows naming the user in every private table with a user_id column (found from the catalog)."""
    tables = conn.execute("select table_schema || '.' || table_name from information_schema.columns"
                          " join information_schema.tables using (table_schema, table_name)"
                          " where table_schema = 'private' and column_name = 'user_id'"
                          " and table_type = 'BASE TABLE'").fetchall()
    assert tables
    counts = {table: conn.execute(f"select count(*) from {table} where user_id = %s",  # noqa: S608 - catalog
                                  (user_id,)).fetchone()[0] for (table,) in tables}
    return {table: count for table, count in counts.items() if count}


def _comprehensive(conn: psycopg.Connection) -> dict:
    return {row[0]: row[1:] for row in conn.execute("select * from public.analytics_daily_comprehensive")}


def _comprehensive_from_its_parts(conn: psycopg.Connection) -> dict:
    mix: dict = {}
    for day, persona, users, stories, percentage in conn.execute(REFERENCE["analytics_daily_persona_mix"]):
        mix.setdefault(day, {})[persona] = {"user_count": users, "story_count": stories,
                                            "user_percentage": float(percentage)}
    return {day: (active, stories, per_user, active, themes, length, scenes, mix[day])
            for day, stories, active, per_user, themes, length, scenes
            in conn.execute(REFERENCE["analytics_daily_story_stats"])}


def test_a_theme_counts_until_its_last_session_goes_however_many_go_at_once(conn):
    """The views read only as many settled tallies of a theme as a change removed, plus one: a user's theme, and
    a day's, still counts after a statement removes all but one of its sessions."""
    users = _users(conn)
    _apply(conn, users, set(), ("insert", [(0, days_ago, 0, "ocean", 400, 3) for days_ago in (1, 2, 3)]
                                + [(other, 1, 0, "ocean", 300, 2) for other in (1, 2)]))
    conn.execute("select public.recompute_user_streaks()")

    conn.execute("delete from public.sessions where (user_id = %s and created_at <= %s) or user_id = any(%s)",
                 (users[0], _moment(2, 0), users[1:]))  # user 0 keeps 1 of 3 days; day 1 keeps 1 of 3 users

    _assert_views_equal_the_sessions(conn)
    assert conn.execute("select themes_used from public.analytics_user_personas where user_id = %s",
                        (users[0],)).fetchone() == (1,)
    conn.execute("select public.recompute_user_streaks()")
    _assert_views_equal_the_sessions(conn)


def test_a_truncate_of_sessions_empties_every_rollup_and_streak(conn):
    users = _users(conn)
    _apply(conn, users, set(), ("insert", [(0, 1, 0, "ocean", 400, 3), (1, 2, 1, "space", 300, 2)]))
    conn.execute("select public.recompute_user_streaks()")

    conn.execute("truncate public.sessions cascade")

    for table in ("private.session_tallies", "private.daily_rollup", "private.daily_persona_rollup"):
        assert conn.execute(f"select count(*) from {table}").fetchone() == (0,), table  # noqa: S608 - fixed
    assert conn.execute("select total_sessions, active_days, last_session_date from public.analytics_user_personas"
                        " where user_id = %s", (users[0],)).fetchone() == (0, 0, None)
    assert conn.execute("select longest_streak, last_session_date from public.user_streaks where user_id = %s",
                        (users[0],)).fetchone() == (0, None)


SETTLED = {
    "private.session_tallies": "select * from private.session_tallies",
    "private.user_rollup": "select * from private.user_rollup",
    "private.daily_rollup": "select * from private.daily_rollup",
    "private.daily_persona_rollup": "select * from private.daily_persona_rollup",
    "public.user_streaks": "select user_id, current_streak, longest_streak, last_session_date, streak_start_date"
                           " from public.user_streaks",
}


def _settled(conn: psycopg.Connection) -> dict[str, list[tuple]]:
    return {table: sorted(conn.execute(query).fetchall(), key=repr) for table, query in SETTLED.items()}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(operation, min_size=1, max_size=12), nightly_after=st.integers(0, 12))
def test_nightly_run_equals_a_full_rebuild_from_the_source_tables(conn, operations, nightly_after):
    with conn.transaction(force_rollback=True):
        _apply_far_from_utc(conn, operations, nightly_after)
        conn.execute("select public.recompute_user_streaks()")
        incremental = _settled(conn)

        conn.execute("select public.recompute_user_streaks(true)")

        assert _settled(conn) == incremental


# Legal writes by the owner or service_role, each committed as an app, an import or an operator would.

def _committed_users_with_sessions(url: str, users: int, sessions_each: int) -> list[uuid.UUID]:
    """Users with a profile each and sessions over the last days, in one statement per table, committed."""
    ids = [uuid.uuid4() for _ in range(users)]
    with psycopg.connect(url, autocommit=True) as db:
        db.execute("insert into auth.users (id, email) select id, id || '@example.test' from unnest(%s::uuid[]) as id",
                   (ids,))
        db.execute("insert into public.profiles (id, mood, routine) select id, 'calm', 'laptop off after work'"
                   " from unnest(%s::uuid[]) as id", (ids,))
        db.execute("insert into public.sessions (user_id, prompt, created_at, theme)"
                   " select id, 'p', now() - n * interval '7 hours', (array['ocean', 'space', null])[1 + n %% 3]"
                   " from unnest(%s::uuid[]) as id, generate_series(0, %s - 1) as n", (ids, sessions_each))
    return ids


def _log_rows(db: psycopg.Connection) -> int:
    return db.execute("select count(*) from private.session_changes").fetchone()[0]


def test_a_bulk_insert_leaves_no_backlog_and_correct_views(fresh_db_url):
    _committed_users_with_sessions(fresh_db_url, users=60, sessions_each=100)  # 6,000 sessions in one statement
    with psycopg.connect(fresh_db_url) as db:
        # The users' and profiles' own changes wait for the nightly run; the sessions counted themselves.
        assert db.execute("select count(*) from private.session_changes where day is not null").fetchone() == (0,)
        _assert_views_equal_the_sessions(db)
        db.execute("select public.recompute_user_streaks()")
        _assert_views_equal_the_sessions(db)
        assert tallies(db) == tallies_from_sessions(db)


def test_bulk_inserts_of_new_and_of_known_users_onto_the_same_days_keep_every_figure(fresh_db_url):
    """A bulk insert whose users have no tallies yet moves the day rollups by their tallies alone; one that
    adds to known users rebuilds its days. Both onto days other users already have, with themes new to a day
    and themes already there, and personas that change with the batch."""
    first = _committed_users_with_sessions(fresh_db_url, users=60, sessions_each=100)
    newcomers = _committed_users_with_sessions(fresh_db_url, users=2, sessions_each=0)
    more = ("insert into public.sessions (user_id, prompt, created_at, theme)"
            " select id, 'p', now() - n * interval '5 hours', (array['forest', 'ocean'])[1 + n %% 2]"
            " from unnest(%s::uuid[]) as id, generate_series(0, %s - 1) as n")
    with psycopg.connect(fresh_db_url) as db:
        db.execute("select public.recompute_user_streaks()")
        for users, each in ((newcomers, 2500), (first[:50], 90)):  # 5,000 and 4,500 sessions: both bulk
            db.execute(more, (users, each))
            assert db.execute("select count(*) from private.session_changes where day is not null").fetchone() == (0,)
            _assert_views_equal_the_sessions(db)
        db.execute("select public.recompute_user_streaks()")
        incremental = _settled(db)
        db.execute("select public.recompute_user_streaks(true)")
        assert _settled(db) == incremental
        _assert_views_equal_the_sessions(db)


def test_deleting_many_users_logs_none_of_their_sessions(fresh_db_url):
    ids = _committed_users_with_sessions(fresh_db_url, users=60, sessions_each=100)
    keep = _committed_users_with_sessions(fresh_db_url, users=2, sessions_each=5)
    with psycopg.connect(fresh_db_url) as db:
        db.execute("select public.recompute_user_streaks()")
        db.execute("delete from auth.users where id = any(%s)", (ids,))
        assert _log_rows(db) == 0
        _assert_views_equal_the_sessions(db)
        db.execute("select public.recompute_user_streaks()")
        _assert_views_equal_the_sessions(db)
        assert {row[0] for row in db.execute("select user_id from private.user_rollup")} == set(keep)


def test_truncate_of_auth_users_cascade_leaves_no_personas_and_a_working_run(fresh_db_url):
    _committed_users_with_sessions(fresh_db_url, users=3, sessions_each=4)
    with psycopg.connect(fresh_db_url) as db:
        db.execute("truncate auth.users cascade")
        assert db.execute("select count(*) from public.analytics_user_personas").fetchone() == (0,)
        db.execute("select public.recompute_user_streaks()")
        db.commit()
    _committed_users_with_sessions(fresh_db_url, users=2, sessions_each=3)
    with psycopg.connect(fresh_db_url) as db:
        db.execute("select public.recompute_user_streaks()")
        _assert_views_equal_the_sessions(db)


def test_a_full_rebuild_repairs_bookkeeping_that_drifted(fresh_db_url):
    """recompute_user_streaks(true) counts everything again from the sessions: tallies missing, wrong or extra,
    and rollups that no longer match them, all come back."""
    users = _committed_users_with_sessions(fresh_db_url, users=3, sessions_each=9)
    with psycopg.connect(fresh_db_url) as db:
        db.execute("select public.recompute_user_streaks()")
        db.execute("delete from private.session_tallies where user_id = %s and theme is null", (users[0],))
        db.execute("update private.session_tallies set sessions = sessions + 2, num_scenes_sum = 0"
                   " where user_id = %s and theme = 'ocean'", (users[1],))
        db.execute("insert into private.session_tallies values (%s, '2001-01-01', null, 4, 40, 4)", (users[2],))
        db.execute("update private.user_rollup set active_days = 99, persona = 'unknown'")
        db.execute("delete from private.daily_theme_rollup")
        db.execute("update private.daily_rollup set stories = 0")
        assert tallies(db) != tallies_from_sessions(db)
        db.execute("select public.recompute_user_streaks(true)")
        assert tallies(db) == tallies_from_sessions(db)
        _assert_views_equal_the_sessions(db)


def test_truncate_of_profiles_makes_every_persona_unknown(fresh_db_url):
    _committed_users_with_sessions(fresh_db_url, users=3, sessions_each=6)  # mindful professionals
    with psycopg.connect(fresh_db_url) as db:
        db.execute("select public.recompute_user_streaks()")
        db.execute("truncate public.profiles")
        assert db.execute("select distinct persona from public.analytics_user_personas").fetchall() == [("unknown",)]
        _assert_views_equal_the_sessions(db)
        db.execute("select public.recompute_user_streaks(true)")
        _assert_views_equal_the_sessions(db)


def test_a_profile_moved_to_another_user_changes_both_personas(fresh_db_url):
    first, = _committed_users_with_sessions(fresh_db_url, users=1, sessions_each=6)
    with psycopg.connect(fresh_db_url) as db:
        second = uuid.uuid4()
        db.execute("insert into auth.users (id, email) values (%s, 'b@example.test')", (second,))
        db.execute("select public.recompute_user_streaks()")
        db.execute("update public.profiles set id = %s where id = %s", (second, first))
        db.execute("select public.recompute_user_streaks()")
        _assert_views_equal_the_sessions(db)
        assert db.execute("select persona from public.analytics_user_personas where user_id = %s",
                          (first,)).fetchone() == ("unknown",)


@pytest.mark.parametrize("moment", ["infinity", "-infinity", "0200-01-01 00:00+00", "20000-01-01 00:00+00"],
                         ids=["infinity", "minus-infinity", "year-200", "year-20000"])
def test_owner_cannot_date_a_session_outside_the_countable_days(conn, moment):
    user_id = _users(conn)[0]
    with pytest.raises(psycopg.errors.CheckViolation) as raised, conn.transaction():
        conn.execute("insert into public.sessions (user_id, prompt, created_at) values (%s, 'p', %s)",
                     (user_id, moment))
    assert raised.value.diag.constraint_name == "sessions_created_at_check"


def test_an_open_reader_of_the_views_queues_neither_the_nightly_run_nor_app_inserts(fresh_db_url):
    user_id, = _committed_users_with_sessions(fresh_db_url, users=1, sessions_each=2)
    with psycopg.connect(fresh_db_url) as reader, psycopg.connect(fresh_db_url, autocommit=True) as nightly, \
            psycopg.connect(fresh_db_url, autocommit=True) as app:
        reader.execute("select * from public.analytics_daily_comprehensive").fetchall()  # and stays open
        nightly.execute("set statement_timeout = '5s'")
        nightly.execute("select public.recompute_user_streaks()")
        app.execute("set lock_timeout = '2s'")
        app.execute("insert into public.sessions (user_id, prompt) values (%s, 'p')", (user_id,))
        reader.rollback()


def test_a_repeatable_read_reader_older_than_a_run_sees_consistent_views(fresh_db_url):
    user_id, = _committed_users_with_sessions(fresh_db_url, users=1, sessions_each=2)
    with psycopg.connect(fresh_db_url) as reader, psycopg.connect(fresh_db_url, autocommit=True) as writer:
        writer.execute("insert into public.sessions (user_id, prompt, theme) values (%s, 'p', 'forest')", (user_id,))
        reader.execute("set transaction isolation level repeatable read")
        _assert_views_equal_the_sessions(reader)  # takes the snapshot
        writer.execute("insert into public.sessions (user_id, prompt, theme) values (%s, 'p', 'moon')", (user_id,))
        writer.execute("select public.recompute_user_streaks()")
        _assert_views_equal_the_sessions(reader)
        reader.rollback()
