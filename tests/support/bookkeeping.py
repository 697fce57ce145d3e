"""What the session triggers and the nightly run keep in private.*, against the same figures counted
straight from the sessions.

Shared by tests/test_activity_rollups.py (random changes) and the seed tests (tests/test_seed_*.py)."""

from __future__ import annotations

import psycopg

UTC_DAY = "(s.created_at at time zone 'utc')::date"
# The tallies as they are now: the nightly run's, plus the changes the triggers logged since (rows at 0 left out).
TALLIES = ("select user_id, day, theme, sum(sessions)::integer, sum(target_length_sum)::bigint,"
           " sum(num_scenes_sum)::bigint"
           " from (select * from private.session_tallies union all select * from private.session_changes) as t"
           " group by 1, 2, 3 having sum(sessions) <> 0")
TALLIES_FROM_SESSIONS = (f"select s.user_id, {UTC_DAY}, s.theme, count(*)::integer, sum(s.target_length),"
                         " sum(s.num_scenes) from public.sessions as s group by 1, 2, 3")


def tallies(conn: psycopg.Connection) -> list[tuple]:
    return sorted(conn.execute(TALLIES).fetchall(), key=repr)


def tallies_from_sessions(conn: psycopg.Connection) -> list[tuple]:
    return sorted(conn.execute(TALLIES_FROM_SESSIONS).fetchall(), key=repr)
