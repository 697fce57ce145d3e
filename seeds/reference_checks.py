"""The seed's foreign keys, checked once per batch instead of once per row.

Each foreign key is enforced by an internal AFTER INSERT trigger on the referencing table that looks up the
parent row and locks it: for a seed that is about a third of the server's work for a session (one check
per session, one per asset, two per feedback row). A superuser may disable exactly those triggers
(`alter table ... disable trigger "RI_ConstraintTrigger_c_..."`) inside the seed's transaction; every other
trigger on the tables, such as the streak and analytics bookkeeping on public.sessions, still fires (unlike
session_replication_role = replica, which silences them all). ALTER TABLE is transactional, so the triggers
are off only for this transaction: other sessions never see them disabled, and a failed seed rolls the change
back with its rows. verify_references then checks the same references with three set-based counts.

ALTER TABLE ... DISABLE TRIGGER takes SHARE ROW EXCLUSIVE on the three tables, held until the seed commits:
others' writes to them wait for the seed (a few seconds at 110k sessions). The locks are taken NOWAIT first;
if someone holds a conflicting one (an open transaction that wrote a session, say), the seed keeps the
per-row checks rather than wait for it.

Only the references listed in CHECKED_ONCE are ever skipped, since those are the ones verify_references knows
how to check; a foreign key added to these tables later keeps its per-row check. Without superuser (a remote
--db-url) nothing is disabled and the COPYs are checked row by row, as any insert is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

import psycopg
from psycopg import sql

from seeds.table_locks import locked_now


class Reference(NamedTuple):
    table: str
    column: str
    parent: str


CHECKED_ONCE = (
    Reference("public.sessions", "user_id", "auth.users"),
    Reference("public.session_assets", "session_id", "public.sessions"),
    Reference("public.session_feedback", "session_id", "public.sessions"),
    Reference("public.session_feedback", "user_id", "auth.users"),
)
# The insert-check trigger of each CHECKED_ONCE foreign key (tgtype bit 4 is INSERT; the same constraint's
# update check and the parent's cascade triggers are left alone).
_INSERT_CHECK_TRIGGERS = """
    select r.table_name, t.tgname
    from unnest(%s::text[], %s::text[], %s::text[]) as r (table_name, column_name, parent)
    join pg_catalog.pg_constraint as c
      on c.contype = 'f' and c.conrelid = r.table_name::regclass and c.confrelid = r.parent::regclass
     and c.conkey = array[(select a.attnum from pg_catalog.pg_attribute as a
                           where a.attrelid = c.conrelid and a.attname = r.column_name)]
    join pg_catalog.pg_trigger as t
      on t.tgconstraint = c.oid and t.tgrelid = c.conrelid and t.tgisinternal and t.tgtype & 4 <> 0
    order by 1, 2
"""


@contextmanager
def row_checks_skipped(conn: psycopg.Connection) -> Iterator[bool]:
    """Disable the per-row checks of CHECKED_ONCE for the body (yields whether it could), then re-enable them.

    Must run inside the seed's transaction. On an error the transaction rolls back, which re-enables them."""
    triggers = _insert_check_triggers(conn) if _is_superuser(conn) else []
    tables = tuple(dict.fromkeys(table for table, _trigger in triggers))
    if triggers and not locked_now(conn, {"share row exclusive": tables}):
        triggers = []
    for table, trigger in triggers:
        conn.execute(_alter_trigger("disable", table, trigger))
    yield bool(triggers)
    for table, trigger in triggers:
        conn.execute(_alter_trigger("enable", table, trigger))


def verify_references(conn: psycopg.Connection, user_ids: list[str], rows: dict[str, int]) -> None:
    """Every session written belongs to a user of this batch, every asset to one of its sessions, and every
    feedback row to its session's owner.

    The batch's users and sessions are new in this transaction, so nothing else can point at them: the
    counts match the rows written exactly when every reference holds."""
    attached = conn.execute(
        "select (select count(*) from public.sessions where user_id = any(%(users)s::uuid[])),"
        "       (select count(*) from public.session_assets as a join public.sessions as s on s.id = a.session_id"
        "        where s.user_id = any(%(users)s::uuid[])),"
        "       (select count(*) from public.session_feedback as f join public.sessions as s"
        "        on s.id = f.session_id and s.user_id = f.user_id where s.user_id = any(%(users)s::uuid[]))",
        {"users": user_ids},
    ).fetchone()
    written = (rows["public.sessions"], rows["public.session_assets"], rows["public.session_feedback"])
    if attached != written:
        # Not DevStackError: no option or input of the user's causes this, so it shows with its traceback.
        raise RuntimeError(f"seeding failed: sessions/assets/feedback attached to this batch {attached}, written "
                           f"{written}, so the seed factories broke a reference. Nothing was committed; "
                           "report this as a bug in seeds/factories.py")


def _is_superuser(conn: psycopg.Connection) -> bool:
    return conn.execute("select current_setting('is_superuser') = 'on'").fetchone()[0]


def _insert_check_triggers(conn: psycopg.Connection) -> list[tuple[str, str]]:
    tables, columns, parents = (list(values) for values in zip(*CHECKED_ONCE, strict=True))
    return conn.execute(_INSERT_CHECK_TRIGGERS, (tables, columns, parents)).fetchall()


def _alter_trigger(action: str, table: str, trigger: str) -> sql.Composed:
    """`alter table <table> <action> trigger "<trigger>"`: the table comes from CHECKED_ONCE, the trigger
    name from pg_trigger."""
    return sql.SQL("alter table {} {} trigger {}").format(
        sql.Identifier(*table.split(".")), sql.SQL(action), sql.Identifier(trigger))
