"""Seeding a database that holds data: the same seed again gives the result of one run, another seed adds a batch,
`--reset` removes every batch, and real users' rows stay whatever the seed does to make room."""

from __future__ import annotations

from dataclasses import replace

import psycopg

from seeds import seed_database
from seeds.options import SeedOptions

from support.bookkeeping import tallies, tallies_from_sessions
from support.seeding import SMALL, TODAY, add_real_user, contents, counts, seed_finishes_while_held, total_sessions


def test_seeding_again_gives_the_result_of_one_run(fresh_db_url):
    seed_database(fresh_db_url, SMALL)
    once = contents(fresh_db_url)

    summary = seed_database(fresh_db_url, SMALL)

    assert contents(fresh_db_url) == once
    assert summary.rows["public.sessions"] == len(once["public.sessions"]) > 0


def test_seeding_again_over_demo_data_keeps_a_real_users_sessions_and_the_bookkeeping(fresh_db_url):
    """Earlier demo data makes room for the new batch however the session tables are emptied (all at once while
    every session is a demo user's, row by row once a real user has one): the real user's sessions stay, and
    the bookkeeping equals the sessions after it."""
    seed_database(fresh_db_url, SMALL)
    with psycopg.connect(fresh_db_url) as conn:
        real = add_real_user(conn)
        conn.execute("insert into public.sessions (user_id, prompt, story_text) values (%s, 'p', 's')", (real,))

    seed_database(fresh_db_url, replace(SMALL, reset=True))

    with psycopg.connect(fresh_db_url) as conn:
        assert total_sessions(conn, real) == 1
        assert tallies(conn) == tallies_from_sessions(conn)
    assert counts(fresh_db_url)["auth.users"] == SMALL.users + 1


def test_seeding_again_does_not_wait_for_a_reader_of_the_seeded_tables(fresh_db_url):
    """An open transaction that read the feedback holds a lock that emptying the tables at once would wait for:
    the seed goes on without waiting, and comes out as one run."""
    seed_database(fresh_db_url, SMALL)
    once = contents(fresh_db_url)

    assert seed_finishes_while_held(fresh_db_url, "select count(*) from public.session_feedback")  # ACCESS SHARE
    assert contents(fresh_db_url) == once
    with psycopg.connect(fresh_db_url) as conn:
        assert tallies(conn) == tallies_from_sessions(conn)


def test_reset_removes_every_seeded_batch_but_keeps_real_users(fresh_db_url):
    with psycopg.connect(fresh_db_url) as conn:
        add_real_user(conn)
    seed_database(fresh_db_url, SMALL)
    seed_database(fresh_db_url, SeedOptions(users=5, days=5, seed=99, today=TODAY))
    assert counts(fresh_db_url)["auth.users"] == 1 + 30 + 5  # another seed is another batch: both stay

    seed_database(fresh_db_url, SeedOptions(users=5, days=5, seed=99, today=TODAY, reset=True))

    with psycopg.connect(fresh_db_url) as conn:
        emails = [row[0] for row in conn.execute("select email from auth.users order by email")]
    assert len(emails) == 6 and "real@example.test" in emails
    assert all(email.endswith("+99@dreamflow.test") for email in emails if email != "real@example.test")
