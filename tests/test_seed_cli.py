"""`invoke seed` from the command line: bad options, an unmigrated database and a database out of reach each get
one clear line, exit 1, and nothing written."""

from __future__ import annotations

import subprocess

import psycopg
import pytest

from support.cli_project import invoke_command
from support.seeding import REPO, nothing_seeded


def _invoke_seed(*flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(invoke_command("seed", *flags), cwd=REPO, capture_output=True, text=True, timeout=120,
                          check=False)


@pytest.mark.slow
@pytest.mark.parametrize(("flags", "message"), [
    (["--users", "0"], "--users 0 is out of range"),
    (["--days", "-3"], "--days -3 is out of range"),
    (["--users", "abc"], "--users must be a whole number, got 'abc'"),
], ids=["zero-users", "negative-days", "users-not-a-number"])
def test_bad_options_get_one_line_and_write_nothing(fresh_db_url, flags, message):
    result = _invoke_seed("--db-url", fresh_db_url, *flags)

    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert nothing_seeded(fresh_db_url)


def test_an_unmigrated_database_is_refused_and_left_empty(empty_db_url):
    result = _invoke_seed("--db-url", empty_db_url)

    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "database has no Dream Flow tables" in result.stderr
    assert "Run `invoke migrate` (or `invoke up`) first." in result.stderr
    with psycopg.connect(empty_db_url) as conn:
        assert conn.execute("select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                            ).fetchone()[0] == 0


@pytest.mark.slow
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
