"""The plain definitions (docs/plain_definitions.sql) on a connection, and the plain streak recompute built on them.

The file is the one text of what a streak and each analytics view mean; the bench's baselines and the property
tests both load it from here, so they can never measure or check against two different meanings.
"""

from __future__ import annotations

from pathlib import Path

import psycopg

PLAIN_DEFINITIONS = Path(__file__).resolve().parents[2] / "docs" / "plain_definitions.sql"

# Each real object and the plain temporary view it must equal, row for row.
PLAIN_VIEWS: dict[str, str] = {
    "analytics_daily_active_users": "plain_daily_active_users",
    "analytics_daily_story_stats": "plain_daily_story_stats",
    "analytics_user_personas": "plain_user_personas",
    "analytics_daily_persona_mix": "plain_daily_persona_mix",
    "analytics_daily_comprehensive": "plain_daily_comprehensive",
}
STREAK_COLUMNS = "user_id, current_streak, longest_streak, last_session_date, streak_start_date"

# What a competent developer writes with no bookkeeping at all: the plain streaks, upserted where they differ.
# (A deleted user's streak goes with the user: user_streaks.user_id cascades from auth.users.)
PLAIN_STREAK_UPSERT = f"""
insert into public.user_streaks as s ({STREAK_COLUMNS})
select {STREAK_COLUMNS} from plain_user_streaks
on conflict (user_id) do update
    set (current_streak, longest_streak, last_session_date, streak_start_date, computed_at, updated_at)
      = (excluded.current_streak, excluded.longest_streak, excluded.last_session_date, excluded.streak_start_date,
         now(), now())
    where (s.current_streak, s.longest_streak, s.last_session_date, s.streak_start_date)
          is distinct from (excluded.current_streak, excluded.longest_streak, excluded.last_session_date,
                            excluded.streak_start_date)
"""


def load_plain_definitions(conn: psycopg.Connection) -> None:
    """Create the plain temporary views on `conn` (they last as long as the connection)."""
    conn.execute(PLAIN_DEFINITIONS.read_text())


def rows_not_in(conn: psycopg.Connection, left: str, right: str, columns: str = "*") -> int:
    """How many rows of `left` are missing from `right` (EXCEPT ALL, duplicates counted): 0 when contained.

    `left` and `right` are relation names from code, never from users."""
    query = f"select count(*) from (select {columns} from {left} except all select {columns} from {right}) as d"
    return conn.execute(query).fetchone()[0]  # noqa: S608 - names from this package


def differences(conn: psycopg.Connection) -> dict[str, int]:
    """For user_streaks and each view, the rows that differ from the plain definition (both ways); all 0 = equal.

    The streaks compare as recompute_user_streaks() last wrote them, so run it first, in the same transaction."""
    pairs = {"user_streaks": ("public.user_streaks", "plain_user_streaks", STREAK_COLUMNS)}
    pairs |= {view: (f"public.{view}", plain, "*") for view, plain in PLAIN_VIEWS.items()}
    return {name: rows_not_in(conn, real, plain, columns) + rows_not_in(conn, plain, real, columns)
            for name, (real, plain, columns) in pairs.items()}
