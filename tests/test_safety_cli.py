"""Safety through the real CLI, on project folders of the tests' own: config checks, `down` when
SUPABASE_DB_URL names the local stack, what an interrupted `reset` says it left, and two stack tasks at once.

Two tasks at once run as real processes. The test holds the stack lock first so that both are provably at
the door at the same moment (each prints that it waits), then lets go: from there they race for real.
"""

from __future__ import annotations

import fcntl
import os
import selectors
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from dreamflow_dev.db import with_database
from dreamflow_dev.stack.ports import free_port

from support.cli_project import ctrl_c_once_blocked, make_project, run_invoke, start_invoke
from support.waiting import wait_for_row

pytestmark = pytest.mark.slow
PROBE_ROLE_SQL = "alter role {} connection limit 7"
LOCK = Path(".supabase-local") / "stack.lock"


@pytest.fixture
def project():
    folder = make_project(free_port())
    yield folder
    run_invoke(folder, "down", "--volumes")
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize(("toml_value", "shown"), [("70000", "70000"), ("-1", "-1"), ("0", "0"),
                                                 ('"54322"', "'54322'")])
def test_config_port_out_of_range_is_one_red_line(toml_value, shown):
    folder = make_project(1)
    (folder / "supabase" / "config.toml").write_text(f"[db]\nport = {toml_value}\n")
    try:
        result = run_invoke(folder, "status")
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: [db] port in supabase/config.toml is {shown}: expected a whole number from 1 to 65535. "
        "Fix it in supabase/config.toml."
    ]


def test_down_stops_the_local_stack_that_supabase_db_url_names(project):
    assert run_invoke(project, "up").returncode == 0
    port = (project / "supabase" / "config.toml").read_text().split("port = ")[1].strip()
    local_url = f"postgresql://postgres:postgres@127.0.0.1:{port}/postgres"

    down = run_invoke(project, "down", SUPABASE_DB_URL=local_url)
    status = run_invoke(project, "status")

    assert down.returncode == 0, down.stderr
    assert "stopped" in down.stdout
    assert status.returncode == 3


def test_down_still_refuses_a_remote_supabase_db_url(project):
    down = run_invoke(project, "down", SUPABASE_DB_URL="postgresql://postgres:postgres@192.0.2.1:5432/postgres")

    assert down.returncode == 1
    assert "is an external database: the suite does not stop it" in down.stderr


@pytest.fixture
def blocking_project(server_url):
    """A project whose second of three migrations waits on a row lock the test holds (a role's pg_authid
    row), so a `reset` is provably inside its migrations when the test presses Ctrl-C."""
    probe = f"reset_probe_{uuid.uuid4().hex[:8]}"
    migrations = Path(tempfile.mkdtemp(prefix="dreamflow-reset-migrations-"))
    migrations.chmod(0o755)
    (migrations / "20240101000001_first.sql").write_text("create table public.first_step (x int);\n")
    (migrations / "20240101000002_waits.sql").write_text(
        sql.SQL(PROBE_ROLE_SQL).format(sql.Identifier(probe)).as_string() + ";\n")
    (migrations / "20240101000003_third.sql").write_text("create table public.third_step (x int);\n")
    folder = make_project(free_port(), migrations)
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("create role {} nologin").format(sql.Identifier(probe)))
    yield folder, probe
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("drop role {}").format(sql.Identifier(probe)))
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(migrations, ignore_errors=True)


def _wait_until_blocked(server_url: str, database: str, timeout: float = 60) -> None:
    """Until a backend of `database` waits on a lock (the reset's second migration)."""
    with psycopg.connect(server_url, autocommit=True) as conn:
        wait_for_row(conn, "select 1 from pg_stat_activity where datname = %s and wait_event_type = 'Lock'",
                     (database,), timeout=timeout, interval=0.02,
                     what=f"reset reaching its second migration in {database}")


def test_ctrl_c_during_reset_says_how_many_migrations_it_left_applied(blocking_project, server_url):
    folder, probe = blocking_project
    database = f"dreamflow_reset_{uuid.uuid4().hex[:8]}"
    url = with_database(server_url, database)
    holder = psycopg.connect(server_url)
    holder.execute(sql.SQL(PROBE_ROLE_SQL).format(sql.Identifier(probe)))
    child = start_invoke(folder, "reset", "--db-url", url)
    stderr = ctrl_c_once_blocked(child, holder, lambda: _wait_until_blocked(server_url, database))
    with psycopg.connect(url) as conn:
        applied = conn.execute("select count(*) from supabase_migrations.schema_migrations").fetchone()[0]
    with psycopg.connect(with_database(server_url, "template1"), autocommit=True) as conn:
        conn.execute(sql.SQL("drop database {} with (force)").format(sql.Identifier(database)))

    assert child.returncode == 130
    assert applied == 1
    assert "Traceback" not in stderr
    assert "nothing was left half-done" not in stderr
    assert stderr.strip().splitlines() == [
        f"interrupted: reset stopped: database {database} has 1 of 3 migrations applied. "
        "Run `invoke reset` again to start over, or `invoke migrate` to apply the other 2."
    ]


def _read_until(process: subprocess.Popen[str], text: str, timeout: float = 60) -> str:
    """The process's output up to the line containing `text` (fails the test if it exits or times out first)."""
    seen = []
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=deadline - time.monotonic()):
                continue
            line = process.stdout.readline()
            if not line:
                break
            seen.append(line)
            if text in line:
                return "".join(seen)
    pytest.fail(f"never printed {text!r}; printed {''.join(seen)!r}, stderr {process.stderr.read()!r}")


@pytest.fixture
def held_lock(project):
    """The project's stack lock, held by the test until it calls release()."""
    path = project / LOCK
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+")
    _hold(handle)
    yield handle
    handle.close()


def _hold(handle) -> None:
    fcntl.flock(handle, fcntl.LOCK_EX)
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()} test\n")
    handle.flush()


def _both_wait_then_race(held_lock, first, second):
    for process in (first, second):
        assert "waiting for `invoke test`" in _read_until(process, "waiting for")
    fcntl.flock(held_lock, fcntl.LOCK_UN)
    return [process.communicate(timeout=120) + (process.returncode,) for process in (first, second)]


@pytest.mark.parametrize("state", ["empty folder", "data present, stopped"])
def test_second_up_can_wait_for_the_first_and_both_succeed(project, held_lock, state):
    if state == "data present, stopped":
        fcntl.flock(held_lock, fcntl.LOCK_UN)
        assert run_invoke(project, "up").returncode == 0
        assert run_invoke(project, "down").returncode == 0
        _hold(held_lock)

    results = _both_wait_then_race(held_lock, start_invoke(project, "up"), start_invoke(project, "up"))

    assert [code for _, _, code in results] == [0, 0], [err for _, err, _ in results]
    outputs = [out for out, _, _ in results]
    assert sum("native stack started" in out for out in outputs) == 1
    assert sum("already running" in out for out in outputs) == 1
    assert run_invoke(project, "status").returncode == 0


def test_up_and_down_can_run_at_once_and_finish_in_turn(project, held_lock):
    fcntl.flock(held_lock, fcntl.LOCK_UN)
    assert run_invoke(project, "up").returncode == 0
    _hold(held_lock)

    results = _both_wait_then_race(held_lock, start_invoke(project, "down"), start_invoke(project, "up"))

    assert [code for _, _, code in results] == [0, 0], [err for _, err, _ in results]
    down_out, up_out = results[0][0], results[1][0]
    assert "stopped" in down_out and "not running" not in down_out
    up_went_second = "native stack started" in up_out
    assert up_went_second or "already running" in up_out
    assert run_invoke(project, "status").returncode == (0 if up_went_second else 3)


def test_a_seed_of_a_database_given_by_url_neither_waits_for_nor_holds_the_stack(project, held_lock, fresh_db_url):
    result = run_invoke(project, "seed", "--db-url", fresh_db_url, "--users", "5", "--days", "3")

    assert result.returncode == 0, result.stderr
    assert "waiting for" not in result.stdout
    assert _lock_file_says(held_lock) == f"{os.getpid()} test"


def test_bad_seed_options_are_refused_without_waiting_for_the_stack(project, held_lock):
    result = run_invoke(project, "seed", "--users", "0")

    assert result.returncode == 1
    assert "waiting for" not in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and "--users 0 is out of range" in result.stderr


def _lock_file_says(handle) -> str:
    handle.seek(0)
    return handle.read().strip()
