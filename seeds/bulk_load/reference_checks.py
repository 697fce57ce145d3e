"""Foreign keys from an empty table to public.sessions, or to auth.users, checked once after the seed's COPY
instead of row by row.

A foreign key checks each inserted row with its own lookup of the parent; adding the constraint back after the
COPY checks every row in one join instead. Postgres documents the same move for bulk loads ("Remove Foreign Key
Constraints", Populating a Database). It pays most for the assets and the feedback (a lookup of a session per
row), then for the sessions' and the feedback's keys to auth.users (a lookup of a user per row).

It is done only where it is safe:
- the table holds no rows but this batch's, so adding the constraint back checks every row it holds;
- the constraint references a table of the public schema (the seed's own sessions), or auth.users while it
  holds nobody but demo users: the lock on auth.users, held until the seed commits, makes sign-ups and
  sign-ins wait (reads, such as a token's check, go on), which on a database of demo users delays only
  whoever is seeding it. One real user, and those keys are checked row by row;
- the current user owns the table, owns the public parent or may reference auth.users, and every lock is
  free now (taken NOWAIT, see seeds.bulk_load.table_locks).
The constraints are dropped and added back inside the seed's transaction, under the same names and
definitions: a failed seed gets them back with the rollback, and no other session ever sees the table
without them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql

from seeds.bulk_load.table_locks import set_aside_while_empty
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


@contextmanager
def references_checked_after(conn: psycopg.Connection, table: str) -> Iterator[None]:
    """Around the COPY into `table` ("schema.name"): drop its foreign keys to public tables (and to auth.users,
    while it holds only demo users) if the table is empty and the locks are free, and add them back (checking
    every row) once the body is done. Must run inside the transaction."""
    keys = conn.execute(_FOREIGN_KEYS_TO_OWNED_PUBLIC_TABLES_OR_DEMO_USERS, {"table": table}).fetchall()
    target = sql.Identifier(*table.split("."))
    locks = {"access exclusive": (table,), "share row exclusive": tuple(sorted({parent for _, parent, _ in keys}))}
    with set_aside_while_empty(
        conn, table, locks,
        remove=[sql.SQL("alter table {} drop constraint {}").format(target, sql.Identifier(name))
                for name, _parent, _definition in keys],
        restore=[sql.SQL("alter table {} add constraint {} {}").format(
            target, sql.Identifier(name), sql.SQL(definition)) for name, _parent, definition in keys],
    ):
        yield
