"""What the session and profile triggers keep in private.*_activity, read whole, and the same recomputed.

Shared by tests/test_activity_rollups.py (random changes) and tests/test_seed.py (the seed's bulk load)."""

from __future__ import annotations

import psycopg

BOOKKEEPING = {
    "private.user_activity": "user_id, total_sessions, active_days, first_session_date, last_session_date,"
                             " last_run_start, longest_run, professional_profile, profile_persona, persona,"
                             " themes_used",
    "private.user_day_activity": "user_id, day, stories",
    "private.user_theme_activity": "user_id, theme, stories",
    "private.daily_activity": "day, stories, active_users, unique_themes, target_length_sum, num_scenes_sum",
    "private.daily_theme_activity": "day, theme, stories",
    "private.daily_persona_activity": "day, persona, users, stories",
}


def bookkeeping(conn: psycopg.Connection) -> dict[str, list[tuple]]:
    return {table: conn.execute(f"select {columns} from {table} order by 1, 2").fetchall()  # noqa: S608 - fixed
            for table, columns in BOOKKEEPING.items()}


def rebuilt_bookkeeping(conn: psycopg.Connection) -> dict[str, list[tuple]]:
    """bookkeeping() as private.rebuild_*_activity() recompute it from the sessions (rolled back after)."""
    with conn.transaction(force_rollback=True):
        conn.execute("select private.rebuild_user_activity()")
        conn.execute("select private.rebuild_daily_activity()")
        return bookkeeping(conn)
