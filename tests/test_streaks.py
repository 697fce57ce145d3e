"""recompute_user_streaks() against a plain-Python reference, on random histories (hypothesis).

Days are UTC calendar days of sessions.created_at whatever the client's TimeZone, so the histories put
sessions a minute either side of UTC midnight and the connection runs in Pacific/Kiritimati (UTC+14).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dreamflow_dev.roles import as_user

MINUTES_OF_INTEREST = [0, 1, 12 * 60, 23 * 60 + 59]  # just after, and just before, UTC midnight
history = st.lists(
    st.tuples(st.integers(min_value=0, max_value=20), st.sampled_from(MINUTES_OF_INTEREST)), max_size=25
)


def utc_today(conn: psycopg.Connection) -> date:
    """Today as the database sees it in this transaction (its now(), in UTC): the date the recompute uses,
    even when the test runs across UTC midnight."""
    return conn.execute("select (now() at time zone 'utc')::date").fetchone()[0]


def reference_streak(session_days: set[date], today: date) -> tuple[int, int, date | None, date | None]:
    """The streak rules migration 005 states at its top, written the obvious way: walk the sorted days."""
    if not session_days:
        return 0, 0, None, None
    ordered = sorted(session_days)
    longest = run = 1
    for previous, current in zip(ordered, ordered[1:], strict=False):
        run = run + 1 if current - previous == timedelta(days=1) else 1
        longest = max(longest, run)
    last = ordered[-1]
    if last < today - timedelta(days=1):
        return 0, longest, last, None
    return run, longest, last, last - timedelta(days=run - 1)


def _add_user(conn: psycopg.Connection) -> uuid.UUID:
    user_id = uuid.uuid4()
    conn.execute("insert into auth.users (id, email) values (%s, %s)", (user_id, f"{user_id}@example.test"))
    return user_id


def _add_sessions(conn: psycopg.Connection, user_id: uuid.UUID, moments: list[datetime]) -> None:
    with conn.cursor() as cursor:
        cursor.executemany("insert into public.sessions (user_id, prompt, created_at) values (%s, 'p', %s)",
                           [(user_id, moment) for moment in moments])


def _streak(conn: psycopg.Connection, user_id: uuid.UUID) -> tuple:
    return conn.execute("select current_streak, longest_streak, last_session_date, streak_start_date"
                        " from public.user_streaks where user_id = %s", (user_id,)).fetchone()


def _moments(entries: list[tuple[int, int]], today: date) -> list[datetime]:
    midnight = datetime.combine(today, time(0, 0), tzinfo=UTC)
    return [midnight - timedelta(days=days_ago) + timedelta(minutes=minute) for days_ago, minute in entries
            if not (days_ago == 0 and minute > 0)]  # nothing in the future


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=history)
def test_streaks_match_the_reference_in_a_far_timezone(conn, entries):
    today = utc_today(conn)
    moments = _moments(entries, today)
    with conn.transaction(force_rollback=True):
        conn.execute("set local timezone = 'Pacific/Kiritimati'")
        user_id = _add_user(conn)
        _add_sessions(conn, user_id, moments)
        conn.execute("select public.recompute_user_streaks()")

        assert _streak(conn, user_id) == reference_streak({m.date() for m in moments}, today)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=history, second=history, deleted=st.integers(min_value=0, max_value=5))
def test_incremental_recompute_equals_a_full_one(conn, first, second, deleted):
    today = utc_today(conn)
    with conn.transaction(force_rollback=True):
        users = [_add_user(conn) for _ in range(3)]
        for user_id in users:
            _add_sessions(conn, user_id, _moments(first, today))
        conn.execute("select public.recompute_user_streaks()")
        _add_sessions(conn, users[0], _moments(second, today))
        conn.execute("delete from public.sessions where id in (select id from public.sessions where user_id = %s"
                     " order by created_at desc limit %s)", (users[1], deleted))

        conn.execute("select public.recompute_user_streaks()")
        incremental = [_streak(conn, u) for u in users]
        conn.execute("select public.recompute_user_streaks(true)")
        full = [_streak(conn, u) for u in users]

        assert incremental == full
        assert incremental == [reference_streak(_session_days(conn, u), today) for u in users]


def test_a_lapsed_streak_drops_to_zero_without_new_sessions(conn):
    user_id = _add_user(conn)
    today = utc_today(conn)
    _add_sessions(conn, user_id, [datetime.combine(today - timedelta(days=d), time(21), tzinfo=UTC)
                                  for d in (3, 4, 5)])
    conn.execute("select public.recompute_user_streaks()")
    # As if computed three days ago, when the run of three was live:
    conn.execute("update public.user_streaks set current_streak = 3, streak_start_date = %s where user_id = %s",
                 (today - timedelta(days=5), user_id))

    written = conn.execute("select public.recompute_user_streaks()").fetchone()[0]

    assert written >= 1
    assert _streak(conn, user_id) == (0, 3, today - timedelta(days=3), None)


def test_longest_streak_counts_only_sessions_that_still_exist(conn):
    user_id = _add_user(conn)
    today = utc_today(conn)
    _add_sessions(conn, user_id, [datetime.combine(today - timedelta(days=d), time(12), tzinfo=UTC)
                                  for d in (1, 10, 11, 12, 13)])
    conn.execute("select public.recompute_user_streaks()")
    conn.execute("delete from public.sessions where user_id = %s and created_at < now() - interval '5 days'",
                 (user_id,))

    conn.execute("select public.recompute_user_streaks()")

    assert _streak(conn, user_id) == (1, 1, today - timedelta(days=1), today - timedelta(days=1))


def _session_days(conn: psycopg.Connection, user_id: uuid.UUID) -> set[date]:
    return {day for (day,) in conn.execute("select distinct (created_at at time zone 'utc')::date"
                                           " from public.sessions where user_id = %s", (user_id,))}


def test_users_without_sessions_get_a_zero_row_and_a_second_run_writes_nothing(conn):
    user_id = _add_user(conn)
    conn.execute("select public.recompute_user_streaks()")

    again = conn.execute("select public.recompute_user_streaks()").fetchone()[0]

    assert _streak(conn, user_id) == (0, 0, None, None)
    assert again == 0


def test_a_full_run_repairs_a_row_that_differs_and_leaves_the_others_alone(conn):
    """recompute_user_streaks(true) recomputes every user's streak, and writes only those that come out other than
    they are: a row someone changed is put right, and an untouched row keeps its computed_at."""
    today = utc_today(conn)
    users = [_add_user(conn) for _ in range(2)]
    last_two_days = [datetime.combine(today - timedelta(days=d), time(21), tzinfo=UTC) for d in (0, 1)]
    for user_id in users:
        _add_sessions(conn, user_id, last_two_days)
    conn.execute("select public.recompute_user_streaks()")
    conn.execute("update public.user_streaks set computed_at = '2000-01-01', longest_streak = longest_streak + 5"
                 " where user_id = %s", (users[0],))
    conn.execute("update public.user_streaks set computed_at = '2000-01-01' where user_id = %s", (users[1],))

    written = conn.execute("select public.recompute_user_streaks(true)").fetchone()[0]

    assert written == 1
    assert [_streak(conn, user_id) for user_id in users] == [(2, 2, today, today - timedelta(days=1))] * 2
    computed = conn.execute("select user_id, computed_at = now() from public.user_streaks where user_id = any(%s)",
                            (users,)).fetchall()
    assert dict(computed) == {users[0]: True, users[1]: False}


def test_computed_at_is_when_the_row_was_computed(conn):
    user_id = _add_user(conn)
    conn.execute("select public.recompute_user_streaks()")

    computed_now = conn.execute("select computed_at = now() from public.user_streaks where user_id = %s",
                                (user_id,)).fetchone()

    assert computed_now == (True,)


@pytest.mark.parametrize(("days", "expected"), [
    ({0, 1, 2}, (3, 3)), ({1, 2}, (2, 2)), ({2, 3, 4}, (0, 3)), ({0, 2, 3, 4, 5}, (1, 4)),
])
def test_reference_examples(days, expected):
    today = date(2026, 11, 25)
    current, longest, _, _ = reference_streak({today - timedelta(days=d) for d in days}, today)

    assert (current, longest) == expected


def test_bob_cannot_choose_when_his_session_was_written(conn, world):
    with conn.transaction(force_rollback=True):
        as_user(conn, world.bob.user_id, world.bob.email)
        stamped = conn.execute("insert into public.sessions (user_id, prompt, created_at)"
                               " values (%s, 'p', now() - interval '30 days') returning created_at = now()",
                               (world.bob.user_id,)).fetchone()

    assert stamped == (True,)


def test_bob_cannot_move_his_session_to_another_day(conn, world):
    before = conn.execute("select created_at from public.sessions where id = %s", (world.bob.session_id,)).fetchone()
    with conn.transaction(force_rollback=True):
        as_user(conn, world.bob.user_id, world.bob.email)
        conn.execute("update public.sessions set created_at = created_at - interval '3 days', theme = 'sea'"
                     " where id = %s", (world.bob.session_id,))
        after = conn.execute("select created_at, theme from public.sessions where id = %s",
                             (world.bob.session_id,)).fetchone()

    assert after == (before[0], "sea")


def test_bob_cannot_forge_a_streak_with_backdated_sessions(conn, world):
    with conn.transaction(force_rollback=True):
        as_user(conn, world.bob.user_id, world.bob.email)
        with conn.cursor() as cursor:
            cursor.executemany("insert into public.sessions (user_id, prompt, created_at)"
                               " values (%s, 'p', now() - make_interval(days => %s))",
                               [(world.bob.user_id, days) for days in range(1, 61)])
    conn.execute("select public.recompute_user_streaks()")

    current, longest, _, _ = _streak(conn, world.bob.user_id)

    assert (current, longest) == (1, 1)
