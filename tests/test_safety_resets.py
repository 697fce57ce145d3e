"""Every interrupted `reset` of the project's own stack is finished by `invoke up`, and what it says reads
the state it left: the database missing (stopped between DROP and CREATE), present but empty, or partly
migrated ("N of M migrations applied")."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from dreamflow_dev.config import local_url
from dreamflow_dev.stack.ports import free_port

from support.cli_project import ctrl_c_once_blocked, make_project, run_invoke, start_invoke
from support.waiting import wait_until

pytestmark = pytest.mark.slow
PROBE_ROLE = "reset_probe"
OBSERVER_DB = "reset_observer"  # where the test's own sessions wait: reset copies template1, so not there


@pytest.fixture
def running_project() -> Iterator[tuple[Path, int, Path]]:
    """A checkout of its own with its stack up; its migrations folder can grow during the test."""
    migrations = Path(tempfile.mkdtemp(prefix="dreamflow-reset-migrations-"))
    migrations.chmod(0o755)
    (migrations / "20240101000001_first.sql").write_text("create table public.first_step (x int);\n")
    port = free_port()
    folder = make_project(port, migrations)
    try:
        up = run_invoke(folder, "up")
        assert up.returncode == 0, up.stderr
        yield folder, port, migrations
    finally:
        run_invoke(folder, "down", "--volumes")
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(migrations, ignore_errors=True)


def _as_admin(port: int, statement: sql.Composable | str) -> None:
    with psycopg.connect(local_url(port, user="supabase_admin", database="template1"), autocommit=True) as conn:
        conn.execute(statement)


def _applied(port: int) -> int:
    with psycopg.connect(local_url(port)) as conn:
        return conn.execute("select count(*) from supabase_migrations.schema_migrations").fetchone()[0]


def test_up_finishes_a_reset_stopped_between_drop_and_create(running_project):
    folder, port, _ = running_project
    _as_admin(port, "drop database postgres with (force)")

    status = run_invoke(folder, "status")
    up = run_invoke(folder, "up")

    assert status.returncode == 1
    assert status.stderr.strip().splitlines() == [
        "error: database postgres does not exist: the server answers, but a reset stopped between dropping and "
        "creating it (or the URL names another database). Run `invoke up` to create and migrate it."]
    assert up.returncode == 0, up.stderr
    assert "database postgres was missing (an interrupted reset); created it again" in up.stdout
    assert _applied(port) == 1


def test_up_finishes_a_reset_stopped_after_create(running_project):
    folder, port, _ = running_project
    _as_admin(port, "drop database postgres with (force)")
    with psycopg.connect(local_url(port, database="template1"), autocommit=True) as conn:
        conn.execute("create database postgres")

    status = run_invoke(folder, "status")
    up = run_invoke(folder, "up")

    assert status.returncode == 0 and "migrations: 0 applied, 1 pending" in status.stdout
    assert up.returncode == 0, up.stderr
    assert _applied(port) == 1


def _wait_until_blocked(port: int, child, timeout: float = 60) -> None:
    """Until a backend of the reset waits on a lock (the second migration, behind the test's lock holder)."""
    with psycopg.connect(local_url(port, database=OBSERVER_DB), autocommit=True) as conn:
        wait_until(lambda: conn.execute("select exists (select 1 from pg_stat_activity where datname = 'postgres'"
                                        " and wait_event_type = 'Lock')").fetchone()[0],
                   timeout=timeout, interval=0.02, what="reset reaching its second migration",
                   gone=lambda: child.poll() is not None)


def test_ctrl_c_in_a_reset_of_the_stack_says_the_state_and_up_finishes_it(running_project):
    folder, port, migrations = running_project
    _as_admin(port, sql.SQL("create role {} nologin").format(sql.Identifier(PROBE_ROLE)))
    _as_admin(port, f"create database {OBSERVER_DB}")
    (migrations / "20240101000002_waits.sql").write_text(f"alter role {PROBE_ROLE} connection limit 7;\n")
    (migrations / "20240101000003_third.sql").write_text("create table public.third_step (x int);\n")
    holder = psycopg.connect(local_url(port, user="supabase_admin", database=OBSERVER_DB))
    holder.execute(sql.SQL("alter role {} connection limit 5").format(sql.Identifier(PROBE_ROLE)))
    child = start_invoke(folder, "reset")
    stderr = ctrl_c_once_blocked(child, holder, lambda: _wait_until_blocked(port, child))
    up = run_invoke(folder, "up")

    assert child.returncode == 130
    assert stderr.strip().splitlines() == [
        "interrupted: reset stopped: database postgres has 1 of 3 migrations applied. "
        "Run `invoke up` to apply the other 2 (or `invoke reset` to start over)."]
    assert up.returncode == 0, up.stderr
    assert _applied(port) == 3
