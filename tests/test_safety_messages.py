"""Every database error a task meets ends in one line naming the real cause: a lost connection or a
concurrent run is not blamed on the migration file, a timeout is called a timeout, a date Python cannot hold
is named, and an option given an empty value is refused instead of read as "not given"."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dreamflow_dev.stack.ports import free_port

from support.cli_project import REPO, cli_env, invoke_command, make_project, run_invoke, start_invoke

pytestmark = pytest.mark.slow


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(invoke_command(*args), env=cli_env(REPO), capture_output=True, text=True, timeout=120,
                          check=False)


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, (result.returncode, result.stderr)
    return lines[0]


@pytest.mark.parametrize(("task", "flag"), [
    (("streaks", "--user", ""), "user"), (("analytics", "--view", ""), "view"), (("analytics", "--csv", ""), "csv"),
    (("psql", "--command", " "), "command"), (("migration-new", ""), "name"), (("status", "--db-url", ""), "db-url"),
    (("up", "--backend", ""), "backend"), (("test-db", "--path", ""), "path"),
])
def test_an_option_given_an_empty_value_is_refused(task, flag):
    project = make_project(free_port())  # were the value taken as "not given", nothing real is reached
    try:
        result = run_invoke(project, *task)
    finally:
        shutil.rmtree(project, ignore_errors=True)

    assert _one_line(result) == f"error: --{flag} is empty: it needs a value. Give one, or leave --{flag} out."


@pytest.fixture
def dated_db_url(fresh_db_url: str) -> str:
    """Two users whose sessions are dated where Python's dates end: after year 9999 and before year 1. Migration
    002 refuses such dates; a --db-url database need not have that constraint, so this one drops it."""
    with psycopg.connect(fresh_db_url, autocommit=True) as conn:
        conn.execute("alter table public.sessions drop constraint sessions_created_at_check")
        for email, when in (("late@example.test", "10000-01-01"), ("early@example.test", "0001-06-01 BC")):
            user_id = uuid.uuid4()
            conn.execute("insert into auth.users (id, aud, role, email, created_at, updated_at) values"
                         " (%s, 'authenticated', 'authenticated', %s, now(), now())", (user_id, email))
            conn.execute("insert into public.sessions (id, user_id, prompt, theme, story_text, voice, created_at)"
                         " values (%s, %s, 'p', 't', 's', 'v', %s)", (uuid.uuid4(), user_id, when))
    return fresh_db_url


@pytest.mark.parametrize(("task", "edge"), [
    (("analytics",), "after year 10K"), (("streaks", "--user", "late@example.test"), "after year 10K"),
    (("streaks", "--user", "early@example.test"), "before year 1"),
])
def test_a_date_python_cannot_hold_is_named_in_one_line(dated_db_url, task, edge):
    line = _one_line(_run(*task, "--db-url", dated_db_url))

    assert "Traceback" not in line
    assert line.startswith("error: a value from the database cannot be read: date too ") and edge in line


def test_a_statement_timeout_during_a_seed_is_reported_as_a_timeout(fresh_db_url):
    url = f"{fresh_db_url}?options=-c%20statement_timeout%3D200"

    line = _one_line(_run("seed", "--db-url", url, "--users", "2000", "--days", "30"))

    assert "statement timeout" in line or "statement_timeout" in line
    assert "went away" not in line


@pytest.fixture
def migrations_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="dreamflow-messages-migrations-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_connection_lost_mid_migration_is_not_blamed_on_the_file(fresh_db_url, migrations_folder):
    (migrations_folder / "20990101000000_cut_off.sql").write_text(
        "create table public.cut_off (x int);\nselect pg_terminate_backend(pg_backend_pid());\n")
    project = make_project(free_port(), migrations_folder)
    try:
        line = _one_line(run_invoke(project, "migrate", "--db-url", fresh_db_url))
    finally:
        shutil.rmtree(project, ignore_errors=True)

    assert "20990101000000_cut_off.sql was cut off at line 2: the database connection was lost" in line
    assert "The file is not at fault" in line and "fix it" not in line


def test_two_migrate_runs_at_once_both_succeed_and_apply_each_file_once(fresh_db_url, migrations_folder):
    (migrations_folder / "20990101000000_slow.sql").write_text(
        "create table public.made_once (x int);\nselect pg_sleep(2);\n")
    project = make_project(free_port(), migrations_folder)
    try:
        runs = [start_invoke(project, "migrate", "--db-url", fresh_db_url) for _ in range(2)]
        results = [(run.communicate(timeout=120), run.returncode) for run in runs]
    finally:
        shutil.rmtree(project, ignore_errors=True)
    with psycopg.connect(fresh_db_url) as conn:
        recorded = conn.execute("select count(*) from supabase_migrations.schema_migrations"
                                " where version = '20990101000000'").fetchone()[0]

    assert [code for _, code in results] == [0, 0], [err for (_, err), _ in results]
    assert sorted(out.strip().splitlines()[-1] for (out, _), _ in results) == [
        "0 applied, 1 already applied", "1 applied, 0 already applied"]
    assert recorded == 1
