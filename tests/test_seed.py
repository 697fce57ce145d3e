"""`invoke seed`: deterministic, no duplicates on re-run, valid rows, every persona, atomic, clear errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import psycopg
import pytest

from seeds import seed_database
from seeds.factories import build_dataset
from seeds.options import SeedOptions

REPO = Path(__file__).resolve().parent.parent
SMALL = SeedOptions(users=30, days=20, seed=11, today=date(2026, 11, 20))
COUNT_ALL = """
select (select count(*) from auth.users), (select count(*) from public.profiles), (select count(*) from public.rituals),
       (select count(*) from public.sessions), (select count(*) from public.session_assets),
       (select count(*) from public.session_feedback), (select count(*) from public.user_streaks)
"""


def _counts(url: str) -> tuple:
    with psycopg.connect(url) as conn:
        return conn.execute(COUNT_ALL).fetchone()


def _invoke(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "invoke", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120, check=False)


def test_the_same_seed_gives_the_same_rows():
    first, second = build_dataset(SMALL), build_dataset(SMALL)

    assert first == second
    assert build_dataset(SeedOptions(users=30, days=20, seed=12, today=SMALL.today)).sessions != first.sessions


def test_the_same_seed_gives_the_same_database_contents(fresh_db_url):
    seed_database(fresh_db_url, SMALL)
    with psycopg.connect(fresh_db_url) as conn:
        first = conn.execute("select id, user_id, prompt, created_at from public.sessions order by id").fetchall()

    seed_database(fresh_db_url, SeedOptions(**{**SMALL.__dict__, "reset": True}))

    with psycopg.connect(fresh_db_url) as conn:
        again = conn.execute("select id, user_id, prompt, created_at from public.sessions order by id").fetchall()
    assert again == first


def test_running_again_does_not_duplicate(fresh_db_url):
    seed_database(fresh_db_url, SMALL)
    once = _counts(fresh_db_url)

    seed_database(fresh_db_url, SMALL)

    assert _counts(fresh_db_url) == once
    assert once[3] > 0


def test_reset_removes_every_earlier_seed_but_not_real_users(fresh_db_url):
    with psycopg.connect(fresh_db_url) as conn:
        conn.execute("insert into auth.users (id, email) values (gen_random_uuid(), 'real@example.test')")
    seed_database(fresh_db_url, SMALL)
    seed_database(fresh_db_url, SeedOptions(users=5, days=5, seed=99))

    seed_database(fresh_db_url, SeedOptions(users=5, days=5, seed=99, reset=True))

    with psycopg.connect(fresh_db_url) as conn:
        users = conn.execute("select count(*), count(*) filter (where email = 'real@example.test') from auth.users")
        assert users.fetchone() == (6, 1)


def test_every_row_is_valid_and_owned_consistently(fresh_db_url):
    seed_database(fresh_db_url, SeedOptions(users=60, days=30, seed=3))

    with psycopg.connect(fresh_db_url) as conn:
        mismatched = conn.execute("select count(*) from public.session_feedback f join public.sessions s"
                                  " on s.id = f.session_id where f.user_id <> s.user_id").fetchone()[0]
        defaults = conn.execute("select max(n) from (select count(*) n from public.rituals where is_default"
                                " group by user_id) d").fetchone()[0]
        frames_ok = conn.execute(
            "select bool_and(frames = s.num_scenes and audio = 1) from public.sessions s join ("
            " select session_id, count(*) filter (where asset_type = 'frame') frames,"
            " count(*) filter (where asset_type = 'audio') audio from public.session_assets group by 1) a"
            " on a.session_id = s.id").fetchone()[0]
        future = conn.execute("select count(*) from public.sessions where created_at > now()").fetchone()[0]
        login = conn.execute("select email_confirmed_at is not null and encrypted_password like '$2%%'"
                             " from auth.users where email = 'demo-3@dreamflow.test'").fetchone()

    assert (mismatched, future) == (0, 0)
    assert defaults in (None, 1)
    assert frames_ok is True
    assert login == (True,)


def test_every_persona_appears_at_the_default_size(fresh_db_url):
    summary = seed_database(fresh_db_url, SeedOptions())

    assert set(summary.personas) == {"mindful_professional", "burned_out_parent", "wellness_seeker", "unknown"}
    assert min(summary.personas.values()) >= 10
    assert summary.top_streaks[0][1] > 0


def test_a_killed_seed_leaves_nothing_and_the_next_one_succeeds(fresh_db_url):
    script = ("from seeds import seed_database; from seeds.options import SeedOptions;"
              f"seed_database({fresh_db_url!r}, SeedOptions(users=800, days=365, seed=5))")
    child = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, env=os.environ | {"PYTHONPATH": str(REPO)})
    _wait_until_copying(fresh_db_url, child)
    child.send_signal(signal.SIGKILL)
    child.wait()

    assert _counts(fresh_db_url)[:6] == (0, 0, 0, 0, 0, 0)
    seed_database(fresh_db_url, SMALL)
    assert _counts(fresh_db_url)[0] == 30


def _wait_until_copying(url: str, child: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    with psycopg.connect(url, autocommit=True) as conn:
        while time.monotonic() < deadline and child.poll() is None:
            copying = conn.execute("select count(*) from pg_stat_activity where datname = current_database()"
                                   " and query ilike 'copy %%'").fetchone()[0]
            if copying:
                return
            time.sleep(0.05)
    raise AssertionError("the seed never started copying")


@pytest.mark.parametrize(("flags", "message"), [
    (["--users", "0"], "--users 0 is out of range"),
    (["--days", "-3"], "--days -3 is out of range"),
    (["--users", "abc"], "--users must be a whole number"),
], ids=["zero-users", "negative-days", "users-not-a-number"])
def test_bad_input_is_one_line_and_writes_nothing(fresh_db_url, flags, message):
    result = _invoke("seed", "--db-url", fresh_db_url, *flags)

    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _counts(fresh_db_url)[0] == 0


def test_an_unmigrated_database_is_refused(empty_db_url):
    result = _invoke("seed", "--db-url", empty_db_url)

    assert result.returncode == 1
    assert "Run `invoke migrate` (or `invoke up`) first" in result.stderr


def test_an_unreachable_database_is_refused():
    result = _invoke("seed", "--db-url", "postgresql://postgres:secret@127.0.0.1:1/postgres")

    assert result.returncode == 1
    assert "cannot connect to postgresql://postgres:***@127.0.0.1:1/postgres" in result.stderr
    assert "secret" not in result.stderr


def test_a_remote_host_needs_yes():
    result = _invoke("seed", "--db-url", "postgresql://postgres:pw@db.example.com:5432/postgres")

    assert result.returncode == 1
    assert "refusing to seed demo data on postgresql://postgres:***@db.example.com:5432/postgres" in result.stderr
