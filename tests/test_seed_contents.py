"""What a seed loads, read back as a user would: the factories' rows exactly, the same on every database, rows
that pass the schema and its RLS, users as GoTrue writes them, every persona, and bookkeeping that adds up."""

from __future__ import annotations

import uuid
from dataclasses import replace

import psycopg
import pytest
from psycopg import sql

from dreamflow_dev.roles import as_user
from seeds import seed_database
from seeds.bulk_load.copy_rows import COLUMNS
from seeds.factories import build_seed_rows, plan_seed
from seeds.options import SeedOptions

from support.bookkeeping import tallies, tallies_from_sessions
from support.seeding import NOW, SMALL, add_real_user, contents, total_sessions


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
    """seeds.bulk_load.copy_rows writes COPY BINARY by hand; what lands must equal seeds.factories' row tuples."""
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


@pytest.mark.slow
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


def test_the_tallies_after_a_seed_equal_the_sessions_and_keep_counting(fresh_db_url):
    """The COPY goes through the session trigger like any insert, beside a real user's sessions; the seed's
    nightly run settles every rollup, and the views then equal the figures counted from the sessions."""
    with psycopg.connect(fresh_db_url) as conn:
        real = add_real_user(conn)
        conn.execute("insert into public.sessions (user_id, prompt, story_text) values (%s, 'p', 's')", (real,))

    seed_database(fresh_db_url, SMALL)

    with psycopg.connect(fresh_db_url) as conn:
        assert tallies(conn) == tallies_from_sessions(conn)
        assert conn.execute("select count(*) from private.session_changes").fetchone() == (0,)
        assert total_sessions(conn, real) == 1
        conn.execute("insert into public.sessions (user_id, prompt, story_text) values (%s, 'p', 's')", (real,))
        assert total_sessions(conn, real) == 2


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


@pytest.mark.slow
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
