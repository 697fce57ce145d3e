"""Earlier demo data removed with one TRUNCATE of the session tables, when every session in them is demo data
about to go.

Deleting the seeded users cascades to their sessions row by row (each with its own lookups of assets and
feedback), and the bookkeeping logs every deleted session for the nightly run to fold in: on a developer's
stack seeded again, the next seed's own nightly run then folds in the deletions and the new sessions at once.
When no session belongs to anyone else, TRUNCATE empties the three tables at once and the session trigger's
TRUNCATE branch resets the bookkeeping, so seeding again costs about what a first seed costs.

It is done only where it is safe:
- no session belongs to a user outside the batch being deleted, checked again once the locks are held;
- the three tables' ACCESS EXCLUSIVE locks are free now (taken NOWAIT, see seeds.bulk_load.table_locks), and
  the current user may truncate them; otherwise, or if TRUNCATE refuses (a new table referencing sessions, say), the
  users' sessions go with them the ordinary way.
It runs inside the seed's transaction, so a failed seed gets every row back with the rollback.
"""

from __future__ import annotations

import psycopg
from psycopg import sql

from seeds.bulk_load.table_locks import holds_once_locked

SESSION_TABLES = ("public.sessions", "public.session_assets", "public.session_feedback")


def truncate_if_only_the_batch_has_sessions(conn: psycopg.Connection, batch: sql.Composable) -> bool:
    """TRUNCATE the session tables if every session belongs to a user of `batch` (a condition on auth.users
    as u, from seeds.demo_users) and the locks are free now; True if they were truncated."""
    if not holds_once_locked(conn, lambda: _only_the_batch_has_sessions(conn, batch),
                             {"access exclusive": SESSION_TABLES}):
        return False
    try:
        with conn.transaction():  # a savepoint: a refused TRUNCATE leaves the seed going the ordinary way
            conn.execute("truncate " + ", ".join(SESSION_TABLES))  # names from this module
    except (psycopg.errors.FeatureNotSupported, psycopg.errors.InsufficientPrivilege):
        return False
    return True


def _only_the_batch_has_sessions(conn: psycopg.Connection, batch: sql.Composable) -> bool:
    query = sql.SQL("select exists (select from public.sessions) and not exists (select from public.sessions as s"
                    " join auth.users as u on u.id = s.user_id where ({}) is not true)").format(batch)
    return conn.execute(query).fetchone()[0]
