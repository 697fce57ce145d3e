"""Streak queries for `invoke streaks`: run the recompute, read the leaderboard and one user's history.

The recompute runs as whoever the task connected as: the owner (postgres) locally, which may execute
`recompute_user_streaks()`. A member of service_role switches to it for the call. Grants are never widened:
anyone else gets a DevStackError saying whom to connect as.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

import psycopg
from psycopg.rows import class_row

from dreamflow_dev.errors import DevStackError
from dreamflow_dev.roles import as_service_role

RECOMPUTE_FUNCTION = "public.recompute_user_streaks(boolean)"
UTC_TODAY_SQL = "select (now() at time zone 'utc')::date"
HISTORY_DAYS = 30
MAX_TOP = 1_000_000

STREAK_COLUMNS = """
    u.id as user_id, u.email,
    coalesce(s.current_streak, 0) as current_streak, coalesce(s.longest_streak, 0) as longest_streak,
    s.last_session_date, s.streak_start_date
"""


@dataclass(frozen=True)
class RecomputeResult:
    """What `recompute_user_streaks()` reported: users whose row it wrote, and the call's wall time."""

    users_updated: int
    elapsed_ms: float


@dataclass(frozen=True)
class StreakRow:
    """One user's streak, with the email people recognise them by."""

    user_id: uuid.UUID
    email: str | None
    current_streak: int
    longest_streak: int
    last_session_date: date | None
    streak_start_date: date | None


@dataclass(frozen=True)
class DailySessions:
    """How many sessions the user started on one UTC day (0 for a day without any)."""

    day: date
    sessions: int


@dataclass(frozen=True)
class UserHistory:
    """One user's streak row and their sessions per UTC day, oldest first, days without sessions as 0."""

    streak: StreakRow
    days: list[DailySessions]


def recompute_streaks(conn: psycopg.Connection) -> RecomputeResult:
    """Run the incremental recompute (the nightly job's call) and commit, timing it from the client."""
    _switch_to_a_role_that_may_recompute(conn)
    started = time.perf_counter()
    updated = conn.execute("select public.recompute_user_streaks()").fetchone()[0]
    elapsed_ms = (time.perf_counter() - started) * 1000
    conn.commit()
    return RecomputeResult(int(updated or 0), elapsed_ms)


def check_top(top: int) -> int:
    """Refuse a leaderboard size outside 1..MAX_TOP before anything runs."""
    if not 1 <= top <= MAX_TOP:
        raise DevStackError(f"--top must be from 1 to {MAX_TOP}, got {top}. For example --top 10.")
    return top


def find_user(conn: psycopg.Connection, email_or_id: str) -> StreakRow:
    """The user's streak row, or a DevStackError naming who was not found (call before writing anything)."""
    return _find_user_streak(conn, email_or_id)


def leaderboard(conn: psycopg.Connection, top: int) -> list[StreakRow]:
    """The `top` users by current streak, then longest streak, then the most recent session."""
    check_top(top)
    with conn.cursor(row_factory=class_row(StreakRow)) as cur:
        cur.execute(
            f"select {STREAK_COLUMNS} from auth.users as u left join public.user_streaks as s on s.user_id = u.id"
            " order by current_streak desc, longest_streak desc, s.last_session_date desc nulls last, u.email"
            " limit %s",
            (top,),
        )
        return cur.fetchall()


def user_history(conn: psycopg.Connection, email_or_id: str, days: int = HISTORY_DAYS) -> UserHistory:
    """One user's streak and sessions per UTC day for the last `days` days (today included)."""
    streak = _find_user_streak(conn, email_or_id)
    today = conn.execute(UTC_TODAY_SQL).fetchone()[0]
    first_day = today - timedelta(days=days - 1)
    counts = dict(conn.execute(
        "select (created_at at time zone 'utc')::date as day, count(*) from public.sessions"
        " where user_id = %s and created_at >= (%s::date)::timestamp at time zone 'utc' group by day",
        (streak.user_id, first_day),
    ).fetchall())
    history = [DailySessions(first_day + timedelta(days=n), counts.get(first_day + timedelta(days=n), 0))
               for n in range(days)]
    return UserHistory(streak, history)


def _find_user_streak(conn: psycopg.Connection, email_or_id: str) -> StreakRow:
    """Match a uuid against auth.users.id, anything else against the email (case-insensitively)."""
    try:
        condition, value = "u.id = %s", uuid.UUID(email_or_id)
    except ValueError:
        condition, value = "lower(u.email) = lower(%s)", email_or_id
    with conn.cursor(row_factory=class_row(StreakRow)) as cur:
        cur.execute(f"select {STREAK_COLUMNS} from auth.users as u"
                    f" left join public.user_streaks as s on s.user_id = u.id where {condition}", (value,))
        found = cur.fetchone()
    if found is None:
        raise DevStackError(
            f"unknown user {email_or_id!r}: no auth.users row has that email or id. "
            "Check the spelling, or see who is there with `invoke streaks --top 50`."
        )
    return found


def _switch_to_a_role_that_may_recompute(conn: psycopg.Connection) -> None:
    """The owner calls the function directly; a member of service_role becomes it for this transaction."""
    may_execute, may_be_service_role, who = conn.execute(
        "select has_function_privilege(%s, 'execute'),"
        " case when exists (select 1 from pg_catalog.pg_roles where rolname = 'service_role')"
        " then pg_has_role('service_role', 'member') else false end, current_user",
        (RECOMPUTE_FUNCTION,),
    ).fetchone()
    if may_execute:
        return
    if may_be_service_role:
        as_service_role(conn)
        return
    raise DevStackError(
        f"cannot run recompute_user_streaks(): role {who} may not execute it (only service_role and the owner may). "
        "Connect as the owner (postgres) or a member of service_role; do not widen its grants."
    )
