"""What the seed's bulk-load shortcuts must never change, as others see it: the schema comes out as the migrations
made it, a table's own triggers fire and find its indexes, every reference is checked, an open transaction
never queues the seed, and sign-ups wait on a seed only on a database of demo users."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

import psycopg
import pytest
from psycopg import sql

from seeds import seed_database

from support.bookkeeping import tallies, tallies_from_sessions
from support.seeding import (
    SMALL,
    add_real_user,
    big_seed,
    counts,
    nothing_seeded,
    seed_finishes_while_held,
    wait_until_copying_sessions,
)

# The tables with secondary indexes the seed fills (the tallies have only their unique key).
INDEXED_TABLES = ("public.sessions", "public.session_assets", "public.session_feedback")


class Index(NamedTuple):
    table: str
    definition: str
    usable: bool  # valid and ready


def _indexes(url: str) -> dict[str, Index]:
    with psycopg.connect(url) as conn:
        conn.execute("set search_path = ''")  # every regclass comes out schema-qualified
        rows = conn.execute("select c.relname, i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid),"
                            " i.indisvalid and i.indisready"
                            " from pg_index as i join pg_class as c on c.oid = i.indexrelid"
                            " where i.indrelid = any(%s::regclass[])", (list(INDEXED_TABLES),)).fetchall()
    return {name: Index(*rest) for name, *rest in rows}


def test_a_seed_leaves_every_index_as_the_migrations_made_it(fresh_db_url):
    before = _indexes(fresh_db_url)

    seed_database(fresh_db_url, SMALL)

    assert _indexes(fresh_db_url) == before
    assert {index.table for index in before.values()} == set(INDEXED_TABLES)
    assert all(index.usable for index in before.values())


class ForeignKey(NamedTuple):
    parent: str
    definition: str
    validated: bool


def _foreign_keys(url: str) -> dict[tuple[str, str], ForeignKey]:
    """The public tables' foreign keys, by (table, name)."""
    with psycopg.connect(url) as conn:
        conn.execute("set search_path = ''")  # every regclass comes out schema-qualified
        rows = conn.execute("select conrelid::regclass::text, conname, confrelid::regclass::text,"
                            " pg_get_constraintdef(oid), convalidated"
                            " from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace"
                            ).fetchall()
    return {(table, name): ForeignKey(*rest) for table, name, *rest in rows}


def test_a_seed_leaves_every_foreign_key_as_the_migrations_made_it(fresh_db_url):
    before = _foreign_keys(fresh_db_url)

    seed_database(fresh_db_url, SMALL)

    assert _foreign_keys(fresh_db_url) == before
    assert {name for _table, name in before} >= {"session_assets_session_id_fkey", "session_feedback_session_id_fkey"}


def test_a_trigger_of_the_tables_own_fires_for_every_seeded_row_and_finds_its_indexes(fresh_db_url):
    """A trigger of the table's own fires for every seeded row, and finds the table's indexes, which it might
    read, in place while the rows go in."""
    with psycopg.connect(fresh_db_url) as conn:
        conn.execute("create table public.asset_audit (asset_id uuid, indexes_seen int)")
        conn.execute("create function public.audit_asset() returns trigger language plpgsql as $$ begin"
                     " insert into public.asset_audit select new.id, count(*) from pg_catalog.pg_index"
                     " where indrelid = 'public.session_assets'::regclass; return new; end $$")
        conn.execute("create trigger session_assets_audit after insert on public.session_assets"
                     " for each row execute function public.audit_asset()")
        indexes = conn.execute("select count(*) from pg_catalog.pg_index"
                               " where indrelid = 'public.session_assets'::regclass").fetchone()[0]

    summary = seed_database(fresh_db_url, SMALL)

    with psycopg.connect(fresh_db_url) as conn:
        audited = conn.execute("select count(*), min(indexes_seen), max(indexes_seen) from public.asset_audit"
                               ).fetchone()
    assert audited == (summary.rows["public.session_assets"], indexes, indexes) and indexes > 1


# The column each table's rows point through, for a trigger that makes one seeded row point at nobody.
REFERENCES = {"public.sessions": "user_id", "public.session_assets": "session_id"}


@pytest.mark.parametrize("table", REFERENCES, ids=["session-of-a-stranger", "asset-of-a-missing-session"])
def test_a_row_pointing_at_nobody_aborts_the_seed_and_writes_nothing(fresh_db_url, table):
    """The foreign keys check every seeded row, row by row or in one join after the COPY: one orphan among
    thousands (made here by a trigger, as a bug in the factories would) fails the seed, and nothing commits."""
    _orphan_one_row(fresh_db_url, table)

    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        seed_database(fresh_db_url, SMALL)

    assert nothing_seeded(fresh_db_url)


def _orphan_one_row(url: str, table: str) -> None:
    """A trigger that makes the second row inserted into `table` point at nobody."""
    with psycopg.connect(url) as conn:
        conn.execute("create sequence public.rows_seen")
        conn.execute(sql.SQL("create function public.orphan_one_row() returns trigger language plpgsql as $$ begin"
                             " if nextval('public.rows_seen') = 2 then new.{} := gen_random_uuid(); end if;"
                             " return new; end $$").format(sql.Identifier(REFERENCES[table])))
        conn.execute(sql.SQL("create trigger orphan_one_row before insert on {} for each row"
                             " execute function public.orphan_one_row()").format(sql.Identifier(*table.split("."))))


@pytest.mark.parametrize("held", [
    "select count(*) from public.session_assets",  # a reader: dropping the asset indexes needs ACCESS EXCLUSIVE
    "lock table public.session_feedback in row exclusive mode",  # a writer: dropping its foreign keys conflicts
    "lock table public.sessions in row exclusive mode",  # a writer of the parent: adding a foreign key conflicts
    "lock table auth.users in row exclusive mode",  # a sign-up under way: the keys to auth.users stay
])
def test_a_seed_does_not_queue_behind_an_open_transaction(fresh_db_url, held):
    """Each bulk-load shortcut locks NOWAIT and is skipped when someone holds a conflicting lock, rather than
    wait for them (and make everyone after them wait); the seed still comes out right."""
    assert seed_finishes_while_held(fresh_db_url, held)
    assert counts(fresh_db_url)["public.session_assets"] > 0
    with psycopg.connect(fresh_db_url) as conn:
        assert tallies(conn) == tallies_from_sessions(conn)


@pytest.mark.slow
@pytest.mark.parametrize("real_user", [False, True], ids=["only-demo-users", "with-a-real-user"])
def test_sign_ups_wait_for_a_first_seed_only_on_a_database_of_demo_users(fresh_db_url, real_user):
    """Checking the keys to auth.users once after the copy locks the table against sign-ups until the seed
    commits: taken only while every user is a demo user, so with one real user sign-ups go on mid-seed."""
    if real_user:
        with psycopg.connect(fresh_db_url) as conn:
            add_real_user(conn)

    with big_seed(fresh_db_url) as child:
        wait_until_copying_sessions(fresh_db_url, child)
        with psycopg.connect(fresh_db_url) as conn:
            conn.execute("set lock_timeout = '1s'")
            try:
                add_real_user(conn, "signing-up@example.test")
                signed_up = True
            except psycopg.errors.LockNotAvailable:
                signed_up = False
            conn.rollback()

    assert signed_up is real_user


# An earlier seed beside the one under test: rows the size of its batch (the batch's references are checked in
# one join over the whole tables), the same with a real user (row by row: the join's lock would keep the real
# user's readers waiting), or many times the batch (row by row).
EARLIER_SEEDS = {
    "as-many-rows-as-the-batch": (replace(SMALL, seed=SMALL.seed + 1), False),
    "as-many-rows-and-a-real-user": (replace(SMALL, seed=SMALL.seed + 1), True),
    "many-times-the-batch": (replace(SMALL, users=SMALL.users * 30, seed=SMALL.seed + 2), False),
}


@pytest.mark.parametrize(("earlier", "real_user"), EARLIER_SEEDS.values(), ids=EARLIER_SEEDS)
def test_a_seed_beside_an_earlier_one_checks_every_reference_and_adds_its_batch(fresh_db_url, earlier, real_user):
    """Into tables that already hold rows, the batch's references are checked however big the tables are next
    to it: an orphan fails the seed and leaves the earlier seed as it was; the good batch adds exactly its rows,
    with the foreign keys and the bookkeeping as they should be."""
    seed_database(fresh_db_url, earlier)
    if real_user:
        with psycopg.connect(fresh_db_url) as conn:
            add_real_user(conn)
    held, keys = counts(fresh_db_url), _foreign_keys(fresh_db_url)
    _orphan_one_row(fresh_db_url, "public.session_assets")

    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        seed_database(fresh_db_url, SMALL)

    assert counts(fresh_db_url) == held
    with psycopg.connect(fresh_db_url) as conn:
        conn.execute("drop trigger orphan_one_row on public.session_assets")
    summary = seed_database(fresh_db_url, SMALL)
    added = {table: count - held[table] for table, count in counts(fresh_db_url).items()}
    assert {table: added[table] for table in summary.rows} == summary.rows
    assert _foreign_keys(fresh_db_url) == keys
    with psycopg.connect(fresh_db_url) as conn:
        assert tallies(conn) == tallies_from_sessions(conn)
