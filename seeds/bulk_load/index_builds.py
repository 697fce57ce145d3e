"""Secondary indexes of an empty table, built once after the seed fills it instead of row by row.

Inserting rows into btrees one by one costs the server more than building them afterwards from one sorted
pass ("Remove Indexes", Populating a Database, in the PostgreSQL manual). It pays most where the keys arrive
out of order: the assets come in session-id order, so their created_at timestamps land all over that index.
The tallies' indexes are set aside too, around the seed's nightly run (recompute_user_streaks()), which fills
them. `nox -s bench` measures the seed as a whole.

It is done only where it is safe and pays:
- the table holds no rows but this batch's (after the earlier demo data is deleted), so the builds cost what
  the inserts would have, never a rebuild of someone's data;
- the table has no enabled insert trigger that might look rows up through the missing indexes: none, or
  only the schema's two on sessions that never read the table (the bookkeeping log reads its transition
  table, the created_at stamp its row);
- the current user owns the table (DROP INDEX needs it); primary keys and unique indexes stay, since they
  are constraints, and so does an index with a comment or a tablespace of its own, which re-creating it from
  its definition would lose.
The indexes are dropped and re-created inside the seed's transaction, so a failed seed gets them back with the
rollback and other sessions never see the table without them. The price is DROP INDEX's ACCESS EXCLUSIVE lock,
taken just before the table's COPY: from then until the seed commits, reads
of the table wait (for the tallies, reads of the analytics views). The table is empty apart from the seed, so
what a reader waits for is only the seed's own rows. The lock is taken NOWAIT: if anyone is reading the table
at that moment, the seed inserts into the indexes row by row instead of queueing for the lock (and making
every later reader queue behind it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql

from seeds.bulk_load.table_locks import set_aside_while_empty

_PLAIN_INDEXES_OF_AN_OWNED_TABLE_WITHOUT_READING_INSERT_TRIGGERS = """
    select n.nspname, c.relname, pg_catalog.pg_get_indexdef(i.indexrelid)
    from pg_catalog.pg_index as i
    join pg_catalog.pg_class as c on c.oid = i.indexrelid
    join pg_catalog.pg_namespace as n on n.oid = c.relnamespace
    join pg_catalog.pg_class as t on t.oid = i.indrelid
    where i.indrelid = %s::regclass and i.indisvalid
      and not (i.indisprimary or i.indisunique or i.indisexclusion)
      and c.reltablespace = 0 and pg_catalog.obj_description(i.indexrelid, 'pg_class') is null
      and pg_catalog.pg_has_role(t.relowner, 'usage')
      and not exists (select from pg_catalog.pg_trigger as g
                      where g.tgrelid = i.indrelid and not g.tgisinternal and g.tgtype & 4 <> 0
                        and g.tgenabled <> 'D' and g.tgfoid not in (
                            select p from unnest(%s::text[]) as f, pg_catalog.to_regprocedure(f) as p
                            where p is not null))
    order by c.relname
"""

# Insert triggers of the schema (migrations 000, 002 and 005) that leave the table's indexes alone.
TRIGGERS_THAT_NEVER_READ_THEIR_TABLE = ("private.log_session_changes()", "public.stamp_session_created_at()",
                                        "public.guard_table_writes()")


@contextmanager
def indexes_built_after(conn: psycopg.Connection, table: str) -> Iterator[None]:
    """Around the COPY into `table` (from seeds.bulk_load.copy_rows.COLUMNS): drop its secondary indexes if the table
    is empty and they may go, and build them again once the body is done. Must run inside the transaction."""
    indexes = _deferrable_indexes(conn, table)
    with set_aside_while_empty(conn, table, {"access exclusive": (table,)},
                               remove=[sql.SQL("drop index {}").format(sql.Identifier(schema, name))
                                       for schema, name, _definition in indexes],
                               restore=[sql.SQL(definition) for _schema, _name, definition in indexes]):
        yield


def _deferrable_indexes(conn: psycopg.Connection, table: str) -> list[tuple[str, str, str]]:
    return conn.execute(_PLAIN_INDEXES_OF_AN_OWNED_TABLE_WITHOUT_READING_INSERT_TRIGGERS,
                        (table, list(TRIGGERS_THAT_NEVER_READ_THEIR_TABLE))).fetchall()
