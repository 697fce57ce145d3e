"""Safety through the real CLI, on project folders of the tests' own: config checks, `down` when
SUPABASE_DB_URL names the local stack, and what an interrupted `reset` says it left."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from dreamflow_dev.db import with_database
from dreamflow_dev.stack.ports import free_port

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent
PROBE_ROLE_SQL = "alter role {} connection limit 7"


def _make_project(port: int, migrations: Path | None = None) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="dreamflow-safety-"))
    folder.chmod(0o755)
    (folder / "supabase").mkdir()
    (folder / "supabase" / "config.toml").write_text(f'project_id = "safety-test"\n[db]\nport = {port}\n')
    (folder / "supabase" / "migrations").symlink_to(migrations or REPO / "supabase" / "migrations")
    return folder


@pytest.fixture
def project():
    folder = _make_project(free_port())
    yield folder
    _invoke(folder, "down", "--volumes")
    shutil.rmtree(folder, ignore_errors=True)


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "invoke", "-r", str(REPO), *args]


def _env(project: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in {"SUPABASE_DB_URL", "DOCKER_HOST"} and not key.startswith("PG")}
    return env | {"DREAMFLOW_PROJECT_ROOT": str(project), "DREAMFLOW_BACKEND": "native"} | extra


def _invoke(project: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_command(*args), env=_env(project, **extra), capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.mark.parametrize(("toml_value", "shown"), [("70000", "70000"), ("-1", "-1"), ("0", "0"),
                                                 ('"54322"', "'54322'")])
def test_config_port_out_of_range_is_one_red_line(toml_value, shown):
    folder = _make_project(1)
    (folder / "supabase" / "config.toml").write_text(f"[db]\nport = {toml_value}\n")
    try:
        result = _invoke(folder, "status")
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: [db] port in supabase/config.toml is {shown}: expected a whole number from 1 to 65535. "
        "Fix it in supabase/config.toml."
    ]


def test_down_stops_the_local_stack_that_supabase_db_url_names(project):
    assert _invoke(project, "up").returncode == 0
    port = (project / "supabase" / "config.toml").read_text().split("port = ")[1].strip()
    local_url = f"postgresql://postgres:postgres@127.0.0.1:{port}/postgres"

    down = _invoke(project, "down", SUPABASE_DB_URL=local_url)
    status = _invoke(project, "status")

    assert down.returncode == 0, down.stderr
    assert "stopped" in down.stdout
    assert status.returncode == 3


def test_down_still_refuses_a_remote_supabase_db_url(project):
    down = _invoke(project, "down", SUPABASE_DB_URL="postgresql://postgres:postgres@192.0.2.1:5432/postgres")

    assert down.returncode == 1
    assert "is an external database: the suite does not stop it" in down.stderr


@pytest.fixture
def blocking_project(tmp_path_factory, server_url):
    """A project whose second of three migrations waits on a row lock the test holds (a role's pg_authid
    row), so a `reset` is provably inside its migrations when the test presses Ctrl-C."""
    probe = f"reset_probe_{uuid.uuid4().hex[:8]}"
    migrations = Path(tempfile.mkdtemp(prefix="dreamflow-reset-migrations-"))
    migrations.chmod(0o755)
    (migrations / "20240101000001_first.sql").write_text("create table public.first_step (x int);\n")
    (migrations / "20240101000002_waits.sql").write_text(
        sql.SQL(PROBE_ROLE_SQL).format(sql.Identifier(probe)).as_string() + ";\n")
    (migrations / "20240101000003_third.sql").write_text("create table public.third_step (x int);\n")
    folder = _make_project(free_port(), migrations)
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("create role {} nologin").format(sql.Identifier(probe)))
    yield folder, probe
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("drop role {}").format(sql.Identifier(probe)))
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(migrations, ignore_errors=True)


def _wait_until_blocked(server_url: str, database: str, timeout: float = 60) -> None:
    """Until a backend of `database` waits on a lock (the reset's second migration)."""
    deadline = time.monotonic() + timeout
    with psycopg.connect(server_url, autocommit=True) as conn:
        while time.monotonic() < deadline:
            if conn.execute("select exists (select 1 from pg_stat_activity where datname = %s"
                            " and wait_event_type = 'Lock')", (database,)).fetchone()[0]:
                return
            time.sleep(0.02)
    pytest.fail(f"reset never reached its second migration in {database}")


def test_ctrl_c_during_reset_says_how_many_migrations_it_left_applied(blocking_project, server_url):
    folder, probe = blocking_project
    database = f"dreamflow_reset_{uuid.uuid4().hex[:8]}"
    url = with_database(server_url, database)
    holder = psycopg.connect(server_url)
    holder.execute(sql.SQL(PROBE_ROLE_SQL).format(sql.Identifier(probe)))
    child = subprocess.Popen(_command("reset", "--db-url", url), env=_env(folder), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_blocked(server_url, database)
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=60)
    finally:
        holder.rollback()
        holder.close()
    with psycopg.connect(url) as conn:
        applied = conn.execute("select count(*) from supabase_migrations.schema_migrations").fetchone()[0]
    with psycopg.connect(with_database(server_url, "template1"), autocommit=True) as conn:
        conn.execute(sql.SQL("drop database {} with (force)").format(sql.Identifier(database)))

    assert child.returncode == 130
    assert applied == 1
    assert "Traceback" not in stderr
    assert "nothing was left half-done" not in stderr
    assert stderr.strip().splitlines() == [
        f"interrupted: reset stopped with database {database} recreated and 1 of 3 migrations applied. "
        "Run `invoke reset` again to start over, or `invoke migrate` to apply the other 2."
    ]
