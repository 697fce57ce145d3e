"""The session bookkeeping built once from the seeded sessions, instead of by the insert trigger.

The statement trigger on public.sessions (private.track_session_activity, migrations 005 and 006) keeps the
streak and analytics rollups as sessions come and go: for one 110k-session COPY it took ~1.75 s, passing the
changes between its functions as arrays and merging them into rows that may already exist. The rollups can
instead be rebuilt from the sessions, by the functions that answer a TRUNCATE of sessions and that the
tests hold the trigger to (~0.9 s for the same sessions).

A rebuild reads every session, so it is chosen only when public.sessions is empty once the earlier demo data
is deleted: then it reads only the batch. It also needs, at once (NOWAIT, see seeds.table_locks):
- SHARE ROW EXCLUSIVE on sessions: ALTER TABLE ... DISABLE TRIGGER takes it, and holding it keeps anyone
  from adding a session until the seed commits, so no one else's insert can miss the trigger;
- ACCESS EXCLUSIVE on the rollups the rebuild truncates, and EXCLUSIVE on private.user_activity, whose every
  row it updates: until the seed commits, the analytics views and streak recomputes of other sessions wait
  (a few seconds at 110k sessions), and the seed never waits on them;
- ownership of the table (ALTER TABLE needs it).
Only the insert trigger is disabled, inside the seed's transaction: other sessions never see it off, and a
failed seed rolls the change back with its rows. Otherwise the trigger does the work, as for any insert.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

from seeds.table_locks import empty_and_locked

INSERT_TRIGGER = "sessions_track_activity_on_insert"
# What private.track_sessions_truncate() does, in its order: user_activity first, the daily rollups read it.
REBUILD = ("select private.rebuild_user_activity()", "select private.rebuild_daily_activity()")
# The tables the rebuild truncates (migrations 005 and 006), and the one whose every row it updates.
TRUNCATED = ("private.user_day_activity", "private.user_theme_activity", "private.daily_activity",
             "private.daily_theme_activity", "private.daily_persona_activity")
UPDATED = ("private.user_activity",)


@contextmanager
def activity_rebuilt_after(conn: psycopg.Connection) -> Iterator[None]:
    """Around the COPY into public.sessions: if sessions is empty and may be locked, load the body's
    sessions with the insert trigger off and rebuild the rollups after. Must run inside the transaction."""
    rebuilding = _may_rebuild(conn)
    if rebuilding:
        conn.execute(f"alter table public.sessions disable trigger {INSERT_TRIGGER}")
    yield
    if rebuilding:
        conn.execute(f"alter table public.sessions enable trigger {INSERT_TRIGGER}")
        for statement in REBUILD:
            conn.execute(statement)


def _may_rebuild(conn: psycopg.Connection) -> bool:
    owns_the_trigger = conn.execute(
        "select pg_catalog.pg_has_role(c.relowner, 'usage')"
        " from pg_catalog.pg_trigger as t join pg_catalog.pg_class as c on c.oid = t.tgrelid"
        " where t.tgrelid = 'public.sessions'::regclass and t.tgname = %s and t.tgenabled <> 'D'",
        (INSERT_TRIGGER,),
    ).fetchone()
    locks = {"share row exclusive": ("public.sessions",), "exclusive": UPDATED, "access exclusive": TRUNCATED}
    return bool(owns_the_trigger and owns_the_trigger[0]) and empty_and_locked(conn, "public.sessions", locks)
