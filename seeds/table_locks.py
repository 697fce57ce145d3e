"""Locks and checks the seed's bulk-load shortcuts share (seeds.index_builds, seeds.activity_rebuild).

Both shortcuts are taken only on a table that holds nothing but the seed's batch, and only if the seed can
lock it at once: a seed that queued for a lock would make every later reader of the table queue behind it.
"""

from __future__ import annotations

import psycopg
from psycopg import sql


def locked_now(conn: psycopg.Connection, table: str, mode: str) -> bool:
    """Lock `table` ("schema.name") in `mode` (e.g. "access exclusive") if no one holds a conflicting lock,
    else return False without one. Inside the seed's transaction, the lock lasts until it ends."""
    try:
        with conn.transaction():  # a savepoint: the failed LOCK must not end the seed's transaction
            conn.execute(sql.SQL("lock table {} in {} mode nowait").format(
                sql.Identifier(*table.split(".")), sql.SQL(mode)))
    except psycopg.errors.LockNotAvailable:
        return False
    return True


def is_empty(conn: psycopg.Connection, table: str) -> bool:
    return conn.execute(sql.SQL("select not exists (select from {})").format(
        sql.Identifier(*table.split(".")))).fetchone()[0]
