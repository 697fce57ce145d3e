"""Locks and checks for the seed's bulk-load shortcuts (session_truncation, index_builds, reference_checks).

Every shortcut is taken only if the seed can lock what it changes at once: a seed that queued for a lock would
wait on any open transaction that touched the table (an idle psql, say) and make every later reader queue
behind it. When a lock is not free, the seed does that part the ordinary way instead. The table-changing
shortcuts also need a condition on the table (it holds nothing but the seed's batch; for reference_checks, or
few rows next to the batch), checked again once the lock is held, as a row committed just before it would
otherwise be missed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager

import psycopg
from psycopg import sql


def locked_now(conn: psycopg.Connection, locks: dict[str, tuple[str, ...]]) -> bool:
    """Take every lock of `locks` (a mode such as "access exclusive" -> tables as "schema.name") if none
    conflicts with a lock someone else holds, else return False holding none of them. Inside the seed's
    transaction, the locks last until it ends."""
    try:
        with conn.transaction():  # a savepoint: a failed LOCK releases the others and keeps the seed going
            for mode, tables in locks.items():
                conn.execute(sql.SQL("lock table {} in {} mode nowait").format(
                    sql.SQL(", ").join(sql.Identifier(*table.split(".")) for table in tables), sql.SQL(mode)))
    except (psycopg.errors.LockNotAvailable, psycopg.errors.InsufficientPrivilege):
        return False
    return True


def holds_once_locked(conn: psycopg.Connection, check: Callable[[], bool], locks: dict[str, tuple[str, ...]]) -> bool:
    """`check()` holds, `locks` (as for locked_now) are taken, and it still holds once they are: checked first
    so that a table in use is not locked for nothing, and again for a row committed just before the lock."""
    return check() and locked_now(conn, locks) and check()


def is_empty(conn: psycopg.Connection, table: str) -> bool:
    return conn.execute(sql.SQL("select not exists (select from {})").format(
        sql.Identifier(*table.split(".")))).fetchone()[0]


def estimated_rows(conn: psycopg.Connection, table: str) -> float | None:
    """The rows `table` holds as the planner last counted them (VACUUM, ANALYZE, autovacuum), or None if it
    never has."""
    found = conn.execute("select c.reltuples from pg_catalog.pg_class as c where c.oid = %s::regclass",
                         (table,)).fetchone()[0]
    return found if found >= 0 else None


@contextmanager
def set_aside_while(conn: psycopg.Connection, check: Callable[[], bool], locks: dict[str, tuple[str, ...]],
                    remove: Sequence[sql.Composable], restore: Sequence[sql.Composable]) -> Iterator[None]:
    """Run `remove` before the body and `restore` after it, if there is anything to remove, `check()` holds
    and `locks` are free now (holds_once_locked); otherwise run neither, and the body works the ordinary way.
    Must run inside the seed's transaction, so that a failed seed gets back what was removed."""
    if not remove or not holds_once_locked(conn, check, locks):
        remove, restore = (), ()
    for statement in remove:
        conn.execute(statement)
    yield
    for statement in restore:
        conn.execute(statement)


def set_aside_while_empty(conn: psycopg.Connection, table: str, locks: dict[str, tuple[str, ...]],
                          remove: Sequence[sql.Composable],
                          restore: Sequence[sql.Composable]) -> AbstractContextManager[None]:
    """set_aside_while `table` is empty."""
    return set_aside_while(conn, lambda: is_empty(conn, table), locks, remove, restore)
