"""`invoke seed`: deterministic, no duplicates on re-run, `--reset`, rows that pass the schema and its RLS,
every persona, atomic under Ctrl-C and kill -9 (client or server), and one clear line for bad input.

Pure factory tests need no database; the rest run against real Postgres (the conftest's throwaway cluster).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import NamedTuple

import psycopg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from psycopg import sql
from rich.console import Console

from dreamflow_dev.databases import create_database, drop_database
from dreamflow_dev.db import database_of, wait_until_ready
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.lifecycle import throwaway_stack
from dreamflow_dev.roles import as_user
from seeds import SeedSummary, StreakLeader, index_builds, seed_database
from seeds.activity import activity_days
from seeds.copy_feed import binary_copy
from seeds.copy_rows import COLUMNS, StoryEncoder
from seeds.demo_users import SEED_MARKER
from seeds.factories import (
    INSTANCE_ID,
    ascending_uuid_ints,
    build_seed_rows,
    child_ids,
    new_uuid,
    plan_seed,
    user_stories,
)
from seeds.options import SeedOptions, utc_now
from seeds.progress import SeedProgress
from seeds.summary import render_seed_summary

from bookkeeping import tallies, tallies_from_sessions

REPO = Path(__file__).resolve().parent.parent
TODAY = utc_now().date() - timedelta(days=2)  # a fixed past day: its history ends at 23:59:59, not "now"
SMALL = SeedOptions(users=30, days=20, seed=11, today=TODAY)
NOW = SMALL.resolve_now()
SEEDED_TABLES = ("auth.users", "auth.identities", "public.profiles", "public.rituals", "public.sessions",
                 "public.session_assets", "public.session_feedback", "public.user_streaks")
# What each table holds that a seed decides (the password hash has a fresh salt each run; streak timestamps
# say when they were computed). Identifiers come from this module.
CONTENT_COLUMNS = {
    "auth.users": "instance_id, id, aud, role, email, email_confirmed_at, raw_app_meta_data, raw_user_meta_data,"
                  " created_at, updated_at, confirmation_token, recovery_token, email_change_token_new,"
                  " email_change_token_current, email_change, phone_change, phone_change_token, reauthentication_token",
    "auth.identities": "provider_id, user_id, identity_data, provider, email, created_at",
    "public.profiles": "*", "public.rituals": "*", "public.sessions": "*", "public.session_assets": "*",
    "public.session_feedback": "*",
    "public.user_streaks": "user_id, current_streak, longest_streak, last_session_date, streak_start_date",
}


# --- pure factories -----------------------------------------------------------------------------------------

def test_ids_are_version_4_uuids_drawn_from_the_run_seed():
    ours, reference = random.Random(5), random.Random(5)

    drawn = [new_uuid(ours) for _ in range(2_000)]

    assert drawn == [str(uuid.UUID(int=reference.getrandbits(128), version=4)) for _ in range(2_000)]


@settings(max_examples=50, deadline=None)
@given(count=st.integers(0, 3_000), lowest=st.integers(0, 1 << 47), span=st.integers(3_000, 1 << 47),
       seed=st.integers(0, 2**32))
def test_ascending_ids_are_version_4_uuids_strictly_ascending_within_their_slice(count, lowest, span, seed):
    ids = ascending_uuid_ints(random.Random(seed), count, lowest, span)

    assert len(ids) == count and ids == sorted(set(ids))
    assert all(lowest <= value >> 80 < lowest + span for value in ids)
    assert all(uuid.UUID(int=value).version == 4 and uuid.UUID(int=value).variant == uuid.RFC_4122
               for value in ids)


def test_sessions_assets_and_feedback_get_their_ids_in_the_order_the_loader_writes_them():
    """Sessions stream user after user, assets and feedback follow the sessions: ascending ids in that
    order fill each primary key front to back."""
    plan = plan_seed(SMALL, NOW)
    stories = [story for user in plan.users for story in user_stories(plan, user)]
    asset_ids, feedback_ids = child_ids(plan, stories)

    for ids in ([story.id for story in stories], asset_ids, feedback_ids):
        assert ids and ids == sorted(set(ids))


def test_the_same_options_give_identical_rows_and_another_seed_does_not():
    first, again = build_seed_rows(SMALL, NOW), build_seed_rows(SMALL, NOW)
    other = build_seed_rows(replace(SMALL, seed=12), NOW)

    assert first == again
    assert {row[0] for row in other.sessions}.isdisjoint(row[0] for row in first.sessions)


def test_users_look_like_gotrue_made_them_and_carry_the_seed_marker():
    rows = build_seed_rows(SMALL, NOW)

    for instance_id, _id, aud, role, _email, confirmed, app_meta, user_meta, created, updated, *tokens in rows.users:
        assert (instance_id, aud, role, tokens) == (INSTANCE_ID, "authenticated", "authenticated", [""] * 8)
        assert json.loads(app_meta) == {"provider": "email", "providers": ["email"], SEED_MARKER: 11}
        assert json.loads(user_meta)["display_name"]
        assert created < confirmed == updated <= NOW
    assert len({row[4] for row in rows.users}) == len(rows.users)
    assert rows.users[0][4] == "demo+11@dreamflow.test"


def test_rows_satisfy_the_schema_before_they_reach_it():
    rows = build_seed_rows(replace(SMALL, users=80, days=40), NOW)
    window_start = datetime.combine(TODAY - timedelta(days=39), clock(), tzinfo=UTC)
    owners = {session[0]: session[1] for session in rows.sessions}
    assets = defaultdict(list)
    for _id, session_id, asset_type, _url, display_order, _created in rows.session_assets:
        assets[session_id].append((asset_type, display_order))

    for session_id, _user, prompt, _theme, story, target_length, num_scenes, _voice, created, _ in rows.sessions:
        assert window_start <= created <= NOW and prompt
        assert target_length <= len(story.split()) <= target_length + 40
        kinds = Counter(kind for kind, _order in assets[session_id])
        assert kinds["audio"] == 1 and kinds["video"] <= 1
        assert sorted(order for kind, order in assets[session_id] if kind == "frame") == list(range(num_scenes))
    for _id, session_id, user_id, rating, mood_delta, created, _ in rows.session_feedback:
        assert owners[session_id] == user_id and 1 <= rating <= 5 and -5 <= mood_delta <= 5 and created <= NOW
    assert len({row[1] for row in rows.session_feedback}) == len(rows.session_feedback)
    defaults = Counter(row[1] for row in rows.rituals if row[5])
    assert max(defaults.values()) == 1
    assert max(Counter(row[1] for row in rows.rituals).values()) <= 3


@settings(max_examples=200, deadline=None)
@given(pattern=st.sampled_from(["nightly", "weeknights", "weekends", "lapsed", "new", "occasional"]),
       span=st.integers(min_value=0, max_value=400), seed=st.integers(min_value=0, max_value=2**32))
def test_activity_days_stay_in_the_window_and_keep_their_pattern(pattern, span, seed):
    today = date(2026, 3, 1)
    first_day = today - timedelta(days=span)

    days = activity_days(random.Random(seed), pattern, first_day, today)

    assert days == sorted(set(days)) and all(first_day <= day <= today for day in days)
    if pattern == "nightly" and span >= 1:
        assert today - timedelta(days=1) in days  # a live streak, even before tonight's story
    if pattern == "lapsed" and span >= 3:
        assert not days or days[-1] <= today - timedelta(days=3)
    if pattern == "weekends":
        assert all(day.weekday() in (4, 5, 6) for day in days)


@pytest.mark.parametrize(("options", "message"), [
    (SeedOptions(users=0), "--users 0 is out of range: use 1 to 100,000"),
    (SeedOptions(days=-3), "--days -3 is out of range: use 1 to 3,650"),
    (SeedOptions(seed=-1), "--seed -1 is out of range"),
    (SeedOptions(users=100_000, days=3_650), "is too much demo data"),
    (SeedOptions(today=utc_now().date() + timedelta(days=30)), "is in the future"),  # not +1: a run across midnight
    (SeedOptions(users="12"), "--users must be a whole number"),
], ids=["no-users", "negative-days", "negative-seed", "absurd-size", "future-today", "users-as-text"])
def test_options_refuse_what_cannot_make_sense(options, message):
    with pytest.raises(DevStackError, match=message):
        options.validate()


def test_progress_stays_quiet_for_quick_work_and_shows_for_slow_work():
    quiet, shown = Console(record=True, force_terminal=True), Console(record=True, force_terminal=True)

    with SeedProgress(quiet, total=10) as quick:
        quick.advance(10)
    with SeedProgress(shown, total=10, show_after=0.0) as slow:
        was_shown = slow.wait_until_shown(timeout=10)

    assert quiet.export_text() == "" and not quick.shown
    assert was_shown


def test_the_summary_ends_with_the_demo_login():
    console = Console(record=True, width=200)
    summary = SeedSummary({"auth.users": 2, "public.sessions": 10}, {"unknown": 2},
                          [StreakLeader("a@dreamflow.test", 4, 9)], "demo+1@dreamflow.test", "dreamflow-demo", 0.5)

    render_seed_summary(summary, console)

    lines = console.export_text().strip().splitlines()
    assert "10 sessions for 2 users" in lines[0] and "20 sessions/s" in lines[0]
    assert lines[-1] == "demo login: demo+1@dreamflow.test / dreamflow-demo"


# --- against Postgres ---------------------------------------------------------------------------------------

@pytest.fixture
def second_fresh_db_url(server_url: str, template_url: str) -> Iterator[str]:
    """Another migrated database, cloned from the conftest's template, dropped afterwards."""
    name = f"dreamflow_seed_{uuid.uuid4().hex[:12]}"
    url = create_database(server_url, name, template=database_of(template_url))
    try:
        yield url
    finally:
        drop_database(server_url, name)


def contents(url: str) -> dict[str, list[tuple]]:
    with psycopg.connect(url) as conn:
        return {table: conn.execute(sql.SQL("select {} from {} order by 1, 2").format(
            sql.SQL(CONTENT_COLUMNS[table]), sql.Identifier(*table.split(".")))).fetchall()
            for table in SEEDED_TABLES}


def counts(url: str) -> dict[str, int]:
    return {table: len(rows) for table, rows in contents(url).items()}


def test_two_databases_seeded_alike_hold_identical_rows(fresh_db_url, second_fresh_db_url):
    seed_database(fresh_db_url, SMALL)
    seed_database(second_fresh_db_url, SMALL)

    with psycopg.connect(fresh_db_url) as conn:  # the seeder is Supabase's postgres, not a superuser
        assert conn.execute("select current_user, current_setting('is_superuser')").fetchone() == ("postgres", "off")
    first = contents(fresh_db_url)
    assert first == contents(second_fresh_db_url)
    expected = build_seed_rows(SMALL, NOW)
    assert [row[:5] for row in sorted(expected.sessions)] == [
        (str(row[0]), str(row[1]), row[2], row[3], row[4]) for row in first["public.sessions"]]
    assert len(first["public.session_assets"]) == len(expected.session_assets)


def test_the_binary_copy_loads_exactly_the_factory_rows(fresh_db_url):
    """seeds.copy_rows writes COPY BINARY by hand; what lands must equal seeds.factories' row tuples."""
    seed_database(fresh_db_url, SMALL)
    expected = build_seed_rows(SMALL, NOW)
    with psycopg.connect(fresh_db_url) as conn:
        for table, rows in (("public.sessions", expected.sessions), ("public.session_assets", expected.session_assets),
                            ("public.session_feedback", expected.session_feedback)):
            columns = sql.SQL(", ").join(map(sql.Identifier, COLUMNS[table]))
            loaded = conn.execute(sql.SQL("select {} from {} order by id").format(
                columns, sql.Identifier(*table.split(".")))).fetchall()
            assert loaded == sorted(tuple(uuid.UUID(v) if is_uuid(v) else v for v in row) for row in rows), table


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and len(value) == 36 and value.count("-") == 4


def test_seeding_again_gives_the_result_of_one_run(fresh_db_url):
    seed_database(fresh_db_url, SMALL)
    once = contents(fresh_db_url)

    summary = seed_database(fresh_db_url, SMALL)

    assert contents(fresh_db_url) == once
    assert summary.rows["public.sessions"] == len(once["public.sessions"]) > 0


def _sessions_filenode(url: str) -> int:
    with psycopg.connect(url) as conn:  # TRUNCATE gives a table new storage; DELETE keeps it
        return conn.execute("select pg_relation_filenode('public.sessions')").fetchone()[0]


def test_seeding_again_truncates_the_sessions_only_when_every_one_is_seeded(fresh_db_url):
    """A seed over earlier demo data empties the session tables with TRUNCATE when nobody else has a session,
    and deletes row by row when a real user does; either way the bookkeeping equals the sessions after it."""
    seed_database(fresh_db_url, SMALL)
    before = _sessions_filenode(fresh_db_url)

    seed_database(fresh_db_url, SMALL)

    assert _sessions_filenode(fresh_db_url) != before
    with psycopg.connect(fresh_db_url) as conn:
        assert tallies(conn) == tallies_from_sessions(conn)
        real = conn.execute("insert into auth.users (id, email) values (gen_random_uuid(), 'real@example.test')"
                            " returning id").fetchone()[0]
        conn.execute("insert into public.sessions (user_id, prompt, story_text) values (%s, 'p', 's')", (real,))
    before = _sessions_filenode(fresh_db_url)

    seed_database(fresh_db_url, replace(SMALL, reset=True))

    assert _sessions_filenode(fresh_db_url) == before
    with psycopg.connect(fresh_db_url) as conn:
        assert _total_sessions(conn, real) == 1
        assert tallies(conn) == tallies_from_sessions(conn)


def test_seeding_again_deletes_row_by_row_rather_than_wait_for_a_reader(fresh_db_url):
    seed_database(fresh_db_url, SMALL)
    before = _sessions_filenode(fresh_db_url)

    assert _seed_finishes_while_held(fresh_db_url, "select count(*) from public.session_feedback")  # ACCESS SHARE
    assert _sessions_filenode(fresh_db_url) == before
    with psycopg.connect(fresh_db_url) as conn:
        assert tallies(conn) == tallies_from_sessions(conn)


def test_reset_removes_every_seeded_batch_but_keeps_real_users(fresh_db_url):
    with psycopg.connect(fresh_db_url) as conn:
        conn.execute("insert into auth.users (id, email) values (gen_random_uuid(), 'real@example.test')")
    seed_database(fresh_db_url, SMALL)
    seed_database(fresh_db_url, SeedOptions(users=5, days=5, seed=99, today=TODAY))
    assert counts(fresh_db_url)["auth.users"] == 1 + 30 + 5  # another seed is another batch: both stay

    seed_database(fresh_db_url, SeedOptions(users=5, days=5, seed=99, today=TODAY, reset=True))

    with psycopg.connect(fresh_db_url) as conn:
        emails = [row[0] for row in conn.execute("select email from auth.users order by email")]
    assert len(emails) == 6 and "real@example.test" in emails
    assert all(email.endswith("+99@dreamflow.test") for email in emails if email != "real@example.test")


def test_every_row_passes_the_schema_and_belongs_to_its_owner(fresh_db_url):
    summary = seed_database(fresh_db_url, replace(SMALL, users=60, days=30, today=None))

    with psycopg.connect(fresh_db_url) as conn:
        broken = conn.execute("""
            select (select count(*) from public.session_assets a
                    where not exists (select 1 from public.sessions s where s.id = a.session_id)),
                   (select count(*) from public.session_feedback f join public.sessions s on s.id = f.session_id
                    where f.user_id <> s.user_id),
                   (select count(*) from public.session_feedback f
                    where not exists (select 1 from public.sessions s where s.id = f.session_id)),
                   (select count(*) from (select user_id from public.rituals where is_default
                                          group by user_id having count(*) > 1) as d),
                   (select count(*) from public.sessions s cross join lateral (
                        select count(*) filter (where asset_type = 'frame') as frames,
                               count(distinct display_order) filter (where asset_type = 'frame') as orders,
                               max(display_order) filter (where asset_type = 'frame') as last_order,
                               count(*) filter (where asset_type = 'audio') as audio
                        from public.session_assets a where a.session_id = s.id) as own
                    where (own.frames, own.orders, own.last_order + 1, own.audio)
                          <> (s.num_scenes, s.num_scenes, s.num_scenes, 1)),
                   (select count(*) from public.sessions where created_at > now()),
                   (select count(*) from auth.users where encrypted_password <> extensions.crypt(
                        'dreamflow-demo', encrypted_password) or email_confirmed_at is null)
        """).fetchone()
        validated = conn.execute("select count(*) from pg_constraint where connamespace = 'public'::regnamespace"
                                 " and not convalidated").fetchone()[0]
        demo_sees = _rows_visible_to(conn, summary.demo_email)
        demo_owns = _rows_owned_by(conn, summary.demo_email)

    assert broken == (0, 0, 0, 0, 0, 0, 0)
    assert validated == 0
    assert demo_sees == demo_owns and demo_owns[0] > 0


def test_an_insert_trigger_on_assets_still_fires_for_every_seeded_asset(fresh_db_url, monkeypatch):
    """A trigger of the table's own fires for every seeded row, and keeps the table's indexes, which it might
    read, in place during the COPY."""
    deferred: dict[str, list] = {}
    find = index_builds._deferrable_indexes
    monkeypatch.setattr("seeds.index_builds._deferrable_indexes",
                        lambda conn, table: deferred.setdefault(table, find(conn, table)))
    with psycopg.connect(fresh_db_url) as conn:
        conn.execute("create table public.asset_audit (asset_id uuid)")
        conn.execute("create function public.audit_asset() returns trigger language plpgsql as"
                     " $$ begin insert into public.asset_audit values (new.id); return new; end $$")
        conn.execute("create trigger session_assets_audit after insert on public.session_assets"
                     " for each row execute function public.audit_asset()")

    summary = seed_database(fresh_db_url, SMALL)

    with psycopg.connect(fresh_db_url) as conn:
        audited = conn.execute("select count(*) from public.asset_audit").fetchone()[0]
    assert audited == summary.rows["public.session_assets"] > 0
    assert deferred["public.session_assets"] == [] and deferred["public.session_feedback"]


def test_the_tallies_after_a_seed_equal_the_sessions_and_keep_counting(fresh_db_url):
    """The COPY goes through the session trigger like any insert, beside a real user's sessions; the seed's
    nightly run settles every rollup, and the views then equal the figures counted from the sessions."""
    with psycopg.connect(fresh_db_url) as conn:
        real = conn.execute("insert into auth.users (id, email) values (gen_random_uuid(), 'real@example.test')"
                            " returning id").fetchone()[0]
        conn.execute("insert into public.sessions (user_id, prompt, story_text) values (%s, 'p', 's')", (real,))

    seed_database(fresh_db_url, SMALL)

    with psycopg.connect(fresh_db_url) as conn:
        assert tallies(conn) == tallies_from_sessions(conn)
        assert conn.execute("select count(*) from private.session_changes").fetchone() == (0,)
        assert _total_sessions(conn, real) == 1
        conn.execute("insert into public.sessions (user_id, prompt, story_text) values (%s, 'p', 's')", (real,))
        assert _total_sessions(conn, real) == 2


def test_every_seeded_user_has_the_email_identity_gotrue_writes_at_sign_up(fresh_db_url):
    seed_database(fresh_db_url, SMALL)

    with psycopg.connect(fresh_db_url) as conn:
        users, identities, wrong = conn.execute("""
            select (select count(*) from auth.users),
                   (select count(*) from auth.identities),
                   (select count(*) from auth.users as u left join auth.identities as i on i.user_id = u.id
                    where i.id is null or i.provider <> 'email' or i.provider_id <> u.id::text
                       or i.identity_data ->> 'sub' <> u.id::text or i.email <> u.email
                       or (i.identity_data ->> 'email_verified')::boolean is not true)
        """).fetchone()

    assert (identities, wrong) == (users, 0) and users == SMALL.users


def test_no_token_column_gotrue_reads_as_a_string_is_null_and_the_password_is_bcrypt_cost_10(fresh_db_url):
    seed_database(fresh_db_url, SMALL)

    with psycopg.connect(fresh_db_url) as conn:
        nulls, hashes = conn.execute("""
            select count(*) filter (where num_nulls(confirmation_token, recovery_token, email_change_token_new,
                                                    email_change_token_current, email_change, phone_change,
                                                    phone_change_token, reauthentication_token) > 0),
                   array_agg(distinct left(encrypted_password, 7))
            from auth.users
        """).fetchone()

    assert nulls == 0
    assert hashes == ["$2a$10$"]


def _total_sessions(conn: psycopg.Connection, user_id) -> int:
    return conn.execute("select total_sessions from public.analytics_user_personas where user_id = %s",
                        (user_id,)).fetchone()[0]


def _story_of_a_stranger(plan, user):
    """The user's stories, the first one made out to a user who is not in the batch."""
    stories = user_stories(plan, user)
    return [stories[0]._replace(user_id=str(uuid.uuid4())), *stories[1:]] if stories else stories


def _assets_of_a_missing_session(encoder, stories_by_id, asset_ids):
    """The asset chunks, the first asset pointing at a session that does not exist."""
    chunks = _ENCODE_ASSETS(encoder, stories_by_id, asset_ids)
    first = next(chunks)
    yield first[:ASSET_SESSION_ID_OFFSET] + uuid.uuid4().bytes + first[ASSET_SESSION_ID_OFFSET + 16:]
    yield from chunks


# In an asset row of COPY BINARY: field count (2 bytes), id (4 + 16), then the session id's length (4).
ASSET_SESSION_ID_OFFSET = 2 + 4 + 16 + 4
_ENCODE_ASSETS = StoryEncoder.assets


@pytest.mark.parametrize("broken", ["session-of-a-stranger", "asset-of-a-missing-session"])
def test_a_reference_the_factories_broke_aborts_the_seed_and_writes_nothing(fresh_db_url, monkeypatch, broken):
    """The foreign keys check every seeded row: a bug in the factories cannot commit an orphan."""
    if broken == "session-of-a-stranger":
        monkeypatch.setattr("seeds.loader.user_stories", _story_of_a_stranger)
    else:
        monkeypatch.setattr(StoryEncoder, "assets", _assets_of_a_missing_session)

    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        seed_database(fresh_db_url, SMALL)

    assert _nothing_seeded(fresh_db_url)


# The tables with secondary indexes the seed fills (the tallies have only their unique key).
INDEXED_TABLES = ("public.sessions", "public.session_assets", "public.session_feedback")


class Index(NamedTuple):
    table: str
    definition: str
    usable: bool  # valid and ready
    unique: bool
    oid: int  # a rebuilt index keeps its name and definition, not its oid

    @property
    def as_made(self) -> tuple:
        return self.table, self.definition, self.usable


def _indexes(url: str) -> dict[str, Index]:
    with psycopg.connect(url) as conn:
        conn.execute("set search_path = ''")  # every regclass comes out schema-qualified
        rows = conn.execute("select c.relname, i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid),"
                            " i.indisvalid and i.indisready, i.indisunique, i.indexrelid::int8"
                            " from pg_index as i join pg_class as c on c.oid = i.indexrelid"
                            " where i.indrelid = any(%s::regclass[])", (list(INDEXED_TABLES),)).fetchall()
    return {name: Index(*rest) for name, *rest in rows}


def test_a_seed_leaves_every_index_as_the_migrations_made_it(fresh_db_url):
    before = _indexes(fresh_db_url)

    seed_database(fresh_db_url, SMALL)

    assert {name: index.as_made for name, index in _indexes(fresh_db_url).items()} \
        == {name: index.as_made for name, index in before.items()}
    assert all(index.usable for index in before.values())


def test_a_first_seed_builds_the_secondary_indexes_once_their_tables_are_filled(fresh_db_url):
    """Every table the seed fills from empty, the sessions among them (its triggers never read the table),
    gets its secondary indexes dropped and built again: new oids, the same definitions."""
    before = {name: index for name, index in _indexes(fresh_db_url).items() if not index.unique}

    seed_database(fresh_db_url, SMALL)

    after = _indexes(fresh_db_url)
    assert {index.table for index in before.values()} == set(INDEXED_TABLES)
    assert all(after[name].as_made == index.as_made and after[name].oid != index.oid for name, index in before.items())


class ForeignKey(NamedTuple):
    parent: str
    definition: str
    validated: bool
    oid: int  # a key dropped and added back keeps its name and definition, not its oid

    @property
    def as_made(self) -> tuple:
        return self.parent, self.definition, self.validated


def _foreign_keys(url: str) -> dict[tuple[str, str], ForeignKey]:
    """The public tables' foreign keys, by (table, name)."""
    with psycopg.connect(url) as conn:
        conn.execute("set search_path = ''")  # every regclass comes out schema-qualified
        rows = conn.execute("select conrelid::regclass::text, conname, confrelid::regclass::text,"
                            " pg_get_constraintdef(oid), convalidated, oid::int8"
                            " from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace"
                            ).fetchall()
    return {(table, name): ForeignKey(*rest) for table, name, *rest in rows}


def test_a_seed_leaves_every_foreign_key_as_the_migrations_made_it(fresh_db_url):
    before = _foreign_keys(fresh_db_url)

    seed_database(fresh_db_url, SMALL)

    assert {key: fk.as_made for key, fk in _foreign_keys(fresh_db_url).items()} \
        == {key: fk.as_made for key, fk in before.items()}
    assert {name for _table, name in before} >= {"session_assets_session_id_fkey", "session_feedback_session_id_fkey"}


@pytest.mark.parametrize("real_user", [False, True])
def test_the_keys_to_auth_users_are_checked_after_the_copy_only_on_a_database_of_demo_users(fresh_db_url, real_user):
    """Setting aside a key to auth.users locks it against sign-ins until the seed commits: done (the keys come
    back as new constraints) only while every user is a demo user; one real user, and they are not touched."""
    if real_user:
        with psycopg.connect(fresh_db_url) as conn:
            conn.execute("insert into auth.users (id, email) values (gen_random_uuid(), 'real@example.test')")
    seeded_tables = ("public.sessions", "public.session_feedback")
    before = {key: fk.oid for key, fk in _foreign_keys(fresh_db_url).items()
              if fk.parent == "auth.users" and key[0] in seeded_tables}

    seed_database(fresh_db_url, SMALL)

    after = _foreign_keys(fresh_db_url)
    assert len(before) == 2
    assert ({key: after[key].oid for key in before} == before) is real_user


def _seed_finishes_while_held(url: str, held: str) -> bool:
    """Seed SMALL while another transaction holds the locks `held` takes; whether the seed ended meanwhile."""
    with psycopg.connect(url) as holder:
        holder.execute(held)  # its locks last until this transaction ends
        seeding = threading.Thread(target=seed_database, args=(url, SMALL))
        seeding.start()
        seeding.join(timeout=60)
        finished_while_held = not seeding.is_alive()
    seeding.join()
    return finished_while_held


@pytest.mark.parametrize("held", [
    "select count(*) from public.session_assets",  # a reader: dropping the asset indexes needs ACCESS EXCLUSIVE
    "lock table public.session_feedback in row exclusive mode",  # a writer: dropping its foreign keys conflicts
    "lock table public.sessions in row exclusive mode",  # a writer of the parent: adding a foreign key conflicts
    "lock table auth.users in row exclusive mode",  # a sign-up under way: the keys to auth.users stay
])
def test_a_seed_does_not_queue_behind_an_open_transaction(fresh_db_url, held):
    """Each bulk-load shortcut locks NOWAIT and is skipped when someone holds a conflicting lock, rather than
    wait for them (and make everyone after them wait); the seed still comes out right."""
    assert _seed_finishes_while_held(fresh_db_url, held)
    assert counts(fresh_db_url)["public.session_assets"] > 0
    with psycopg.connect(fresh_db_url) as conn:
        assert tallies(conn) == tallies_from_sessions(conn)


def _rows_visible_to(conn: psycopg.Connection, email: str) -> tuple:
    """What the user can read through RLS, as the app would (role authenticated, their JWT claims)."""
    user_id = conn.execute("select id::text from auth.users where email = %s", (email,)).fetchone()[0]
    with conn.transaction(force_rollback=True):
        as_user(conn, user_id, email)
        return conn.execute("select (select count(*) from public.sessions), (select count(*) from"
                            " public.session_assets), (select count(*) from public.session_feedback),"
                            " (select count(*) from public.rituals), (select count(*) from public.profiles)"
                            ).fetchone()


def _rows_owned_by(conn: psycopg.Connection, email: str) -> tuple:
    return conn.execute("""
        select (select count(*) from public.sessions where user_id = u.id),
               (select count(*) from public.session_assets a join public.sessions s on s.id = a.session_id
                where s.user_id = u.id),
               (select count(*) from public.session_feedback where user_id = u.id),
               (select count(*) from public.rituals where user_id = u.id),
               (select count(*) from public.profiles where id = u.id)
        from auth.users u where u.email = %s""", (email,)).fetchone()


def test_every_persona_appears_at_the_default_size_where_it_was_meant(fresh_db_url):
    options = SeedOptions()
    summary = seed_database(fresh_db_url, options)

    with psycopg.connect(fresh_db_url) as conn:
        landed = dict(conn.execute("select user_id::text, persona from public.analytics_user_personas").fetchall())
        sessions = dict(conn.execute("select user_id::text, count(*) from public.sessions group by 1").fetchall())
    plan = plan_seed(options, options.resolve_now())
    meant = {user.id: user.persona for user in plan.users}
    missed = {user_id: (persona, landed[user_id]) for user_id, persona in meant.items() if landed[user_id] != persona
              and not (persona == "mindful_professional" and sessions.get(user_id, 0) < 5)}

    assert missed == {}
    assert min(summary.personas.values()) >= 20 and len(summary.personas) == 4
    assert summary.top_streaks[0].current_streak > 7
    assert summary.rows["public.sessions"] > 5_000


@contextmanager
def _big_seed(url: str) -> Iterator[subprocess.Popen]:
    """`invoke seed` of a year of 3,000 users, killed on the way out if still running: a seed left behind would
    keep the database busy, and its `drop database` waiting, for minutes."""
    child = subprocess.Popen(["invoke", "seed", "--db-url", url, "--users", "3000", "--days", "365"], cwd=REPO,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _wait_until_copying(url: str, child: subprocess.Popen) -> int:
    """The pid of the backend COPYing the seed, once it is."""
    deadline = time.monotonic() + 60
    with psycopg.connect(url, autocommit=True) as conn:
        while time.monotonic() < deadline and child.poll() is None:
            found = conn.execute("select pid from pg_stat_activity where datname = current_database()"
                                 " and query like 'copy public.sessions%%'").fetchone()
            if found:
                return found[0]
            time.sleep(0.05)
    raise AssertionError(f"the seed never started copying: {child.poll()=}")


def _nothing_seeded(url: str) -> bool:
    return all(count == 0 for count in counts(url).values())


def test_a_seed_killed_mid_copy_leaves_nothing_and_the_next_one_succeeds(fresh_db_url):
    with _big_seed(fresh_db_url) as child:
        _wait_until_copying(fresh_db_url, child)
        child.send_signal(signal.SIGKILL)
        child.wait()

    assert _nothing_seeded(fresh_db_url)
    assert seed_database(fresh_db_url, SMALL).rows["auth.users"] == 30


def test_ctrl_c_mid_copy_says_so_and_leaves_nothing(fresh_db_url):
    with _big_seed(fresh_db_url) as child:
        _wait_until_copying(fresh_db_url, child)
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=60)

    assert child.returncode == 130
    assert stderr.strip().splitlines() == ["interrupted: nothing was left half-done."]
    assert _nothing_seeded(fresh_db_url)


@pytest.fixture
def ctrl_c_raises() -> Iterator[None]:
    """SIGINT raises KeyboardInterrupt in this process for the test, as in a terminal, whatever the runner set."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _ctrl_c_now() -> None:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.05)  # a handler that raises has raised by now


def test_ctrl_c_inside_a_fed_copy_is_raised_at_the_next_write(fresh_db_url, ctrl_c_raises):
    """Raised anywhere, it can land inside the feeder queue's locking and hang the seed (seeds.copy_feed)."""
    reached = []
    with psycopg.connect(fresh_db_url) as conn, pytest.raises(KeyboardInterrupt), \
            binary_copy(conn, "public.rituals") as copy:
        _ctrl_c_now()
        reached.append("after Ctrl-C")
        copy.write(b"")
        reached.append("after the write")

    assert reached == ["after Ctrl-C"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_after_the_last_write_is_raised_once_the_copy_is_over(fresh_db_url, ctrl_c_raises):
    reached = []
    with psycopg.connect(fresh_db_url) as conn, pytest.raises(KeyboardInterrupt):
        with binary_copy(conn, "public.rituals"):
            _ctrl_c_now()
            reached.append("after Ctrl-C")
        reached.append("after the copy")

    assert reached == ["after Ctrl-C"]


@pytest.fixture
def own_cluster_url(pg_binaries) -> Iterator[str]:
    """A migrated cluster of this test's own, for crashing the server without disturbing the others."""
    with throwaway_stack(pg_binaries, migrate=True) as cluster:
        yield cluster.url


def test_a_server_killed_mid_copy_keeps_nothing_and_the_next_seed_succeeds(own_cluster_url):
    with _big_seed(own_cluster_url) as child:
        backend = _wait_until_copying(own_cluster_url, child)
        os.kill(backend, signal.SIGKILL)  # the postmaster treats it as a crash: every backend ends, then recovery
        _, stderr = child.communicate(timeout=60)
    wait_until_ready(own_cluster_url, timeout=30)

    assert child.returncode == 1
    assert len(stderr.strip().splitlines()) == 1 and "went away mid-load" in stderr
    assert _nothing_seeded(own_cluster_url)
    assert seed_database(own_cluster_url, SMALL).rows["auth.users"] == 30


def _invoke_seed(*flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["invoke", "seed", *flags], cwd=REPO, capture_output=True, text=True, timeout=120,
                          check=False)


@pytest.mark.parametrize(("flags", "message"), [
    (["--users", "0"], "--users 0 is out of range"),
    (["--days", "-3"], "--days -3 is out of range"),
    (["--users", "abc"], "--users must be a whole number, got 'abc'"),
], ids=["zero-users", "negative-days", "users-not-a-number"])
def test_bad_options_get_one_line_and_write_nothing(fresh_db_url, flags, message):
    result = _invoke_seed("--db-url", fresh_db_url, *flags)

    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert _nothing_seeded(fresh_db_url)


def test_an_unmigrated_database_is_refused_and_left_empty(empty_db_url):
    result = _invoke_seed("--db-url", empty_db_url)

    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "database has no Dream Flow tables" in result.stderr
    assert "Run `invoke migrate` (or `invoke up`) first." in result.stderr
    with psycopg.connect(empty_db_url) as conn:
        assert conn.execute("select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                            ).fetchone()[0] == 0


@pytest.mark.parametrize(("url", "message"), [
    ("postgresql://postgres:secret@127.0.0.1:1/postgres", "cannot connect to postgresql://postgres:***@127.0.0.1:1"),
    ("postgresql://postgres:secret@db.example.com:5432/postgres",
     "refusing to seed demo data on postgresql://postgres:***@db.example.com:5432/postgres"),
], ids=["unreachable", "remote-without-yes"])
def test_a_database_out_of_reach_is_refused_in_one_line(url, message):
    result = _invoke_seed("--db-url", url)

    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert "secret" not in result.stderr
