"""Foreign keys from a table the seed fills (or a good share of) to public.sessions, or to auth.users, checked
once after the seed's COPY instead of row by row.

A foreign key checks each inserted row with its own lookup of the parent; adding the constraint back after the
COPY checks every row in one join instead. Postgres documents the same move for bulk loads ("Remove Foreign Key
Constraints", Populating a Database). It pays most for the assets and the feedback (a lookup of a session per
row), then for the sessions' and the feedback's keys to auth.users (a lookup of a user per row).

Adding the constraint back checks the whole table, not only the batch: it still pays on a table that holds
other rows, as long as the batch is a good share of it. A row's own check is a trigger event, an executor
started and ended and a lock on the parent row; the join reads each row once, for a small fraction of that.
So the keys are set aside while the table holds at most WHOLE_TABLE_ROWS_PER_BATCH_ROW rows per row of the
batch, by the planner's count of its rows (or while it is empty, if it was never counted), and, since that
locks the table against reads until the seed commits, only while every user is a demo user: on a database
with real users, only an empty table is locked (see the price below).

It is done only where it is safe:
- adding the constraint back checks every row the table holds, the batch's and any other's;
- the constraint references a table of the public schema (the seed's own sessions), or auth.users while it
  holds nobody but demo users: the lock on auth.users, held until the seed commits, makes sign-ups and
  sign-ins wait (reads, such as a token's check, go on), which on a database of demo users delays only
  whoever is seeding it. One real user, and those keys are checked row by row;
- the current user owns the table, owns the public parent or may reference auth.users, and every lock is
  free now (taken NOWAIT, see seeds.bulk_load.table_locks).
The constraints are dropped and added back inside the seed's transaction, under the same names and
definitions: a failed seed gets them back with the rollback, and no other session ever sees the table
without them. The price is the table's ACCESS EXCLUSIVE lock (DROP CONSTRAINT's) until the seed commits:
reads of the table wait for the seed, which on a table holding more than the batch means others' rows too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql

from seeds.bulk_load.table_locks import estimated_rows, is_empty, set_aside_while
from seeds.demo_users import demo_users

_FOREIGN_KEYS_TO_OWNED_PUBLIC_TABLES_OR_DEMO_USERS = sql.SQL("""
    select c.conname, n.nspname || '.' || parent.relname, pg_catalog.pg_get_constraintdef(c.oid)
    from pg_catalog.pg_constraint as c
    join pg_catalog.pg_class as child on child.oid = c.conrelid
    join pg_catalog.pg_class as parent on parent.oid = c.confrelid
    join pg_catalog.pg_namespace as n on n.oid = parent.relnamespace
    where c.conrelid = %(table)s::regclass and c.contype = 'f' and c.convalidated
      and pg_catalog.obj_description(c.oid, 'pg_constraint') is null
      and pg_catalog.pg_has_role(child.relowner, 'usage')
      and ((n.nspname = 'public' and pg_catalog.pg_has_role(parent.relowner, 'usage'))
           or (c.confrelid = 'auth.users'::regclass and pg_catalog.has_table_privilege(c.confrelid, 'references')
               and not exists (select from auth.users as u where ({every_demo_user}) is not true)))
    order by c.conname
""").format(every_demo_user=demo_users())
# Rows a table may hold per row of the batch for one check of the whole table to cost less than the batch's
# checks row by row.
WHOLE_TABLE_ROWS_PER_BATCH_ROW = 16


@contextmanager
def references_checked_after(conn: psycopg.Connection, table: str, batch_rows: int | None = None) -> Iterator[None]:
    """Around the COPY of `batch_rows` rows (None: not known beforehand) into `table` ("schema.name"): drop its
    foreign keys to public tables (and to auth.users, while it holds only demo users) if the table is empty or
    the batch a good share of it, and the locks are free; add them back (checking every row) once the body is
    done. Must run inside the transaction."""
    keys = conn.execute(_FOREIGN_KEYS_TO_OWNED_PUBLIC_TABLES_OR_DEMO_USERS, {"table": table}).fetchall()
    target = sql.Identifier(*table.split("."))
    locks = {"access exclusive": (table,), "share row exclusive": tuple(sorted({parent for _, parent, _ in keys}))}
    held = estimated_rows(conn, table) if batch_rows else None  # the table held rows before the batch
    restore = [sql.SQL("alter table {} add constraint {} {}").format(target, sql.Identifier(name), sql.SQL(definition))
               for name, _parent, definition in keys]
    with set_aside_while(
        conn, lambda: _checked_whole_for_less(conn, table, batch_rows), locks,
        remove=[sql.SQL("alter table {} drop constraint {}").format(target, sql.Identifier(name))
                for name, _parent, _definition in keys],
        restore=_merge_joined(conn, restore) if held else restore,
    ):
        yield


def _checked_whole_for_less(conn: psycopg.Connection, table: str, batch_rows: int | None) -> bool:
    held = estimated_rows(conn, table) if batch_rows else None
    if held is None or held == 0 or not _only_demo_users(conn):
        return is_empty(conn, table)
    return held <= WHOLE_TABLE_ROWS_PER_BATCH_ROW * batch_rows


def _only_demo_users(conn: psycopg.Connection) -> bool:
    query = sql.SQL("select not exists (select from auth.users as u where ({}) is not true)").format(demo_users())
    return conn.execute(query).fetchone()[0]


def _merge_joined(conn: psycopg.Connection, statements: list[sql.Composable]) -> list[sql.Composable]:
    """`statements` planned without hash joins, then the setting as it was. Adding a foreign key checks the
    table with one anti-join against its parent; on a table that held rows before the seed, the hash join the
    planner picks reads the table's whole heap, where a merge join reads only the two keys' indexes, in order.
    On a table the seed filled alone, its indexes are not built yet when the keys are checked: left as planned."""
    previous = conn.execute("select pg_catalog.current_setting('enable_hashjoin')").fetchone()[0]
    return [sql.SQL("select pg_catalog.set_config('enable_hashjoin', 'off', true)"), *statements,
            sql.SQL("select pg_catalog.set_config('enable_hashjoin', {}, true)").format(sql.Literal(previous))]
