"""The stack tasks through the real CLI, on a project folder of the test's own (never the developer's stack)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from dreamflow_dev.stack.ports import free_port

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def project():
    """A project folder with its own config.toml (free port) and the repo's migrations; in a folder the
    unprivileged server user can enter (pytest's tmp_path is private to root)."""
    tmp_path = Path(tempfile.mkdtemp(prefix="dreamflow-cli-"))
    tmp_path.chmod(0o755)
    (tmp_path / "supabase").mkdir()
    (tmp_path / "supabase" / "config.toml").write_text(f'project_id = "cli-test"\n[db]\nport = {free_port()}\n')
    (tmp_path / "supabase" / "migrations").symlink_to(REPO / "supabase" / "migrations")
    yield tmp_path
    _invoke(tmp_path, "down", "--volumes", "--backend", "native")
    shutil.rmtree(tmp_path, ignore_errors=True)


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "invoke", "-r", str(REPO), *args]


def _env(project: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in {"SUPABASE_DB_URL", "DOCKER_HOST"}}
    return env | {"DREAMFLOW_PROJECT_ROOT": str(project), "DREAMFLOW_BACKEND": "native"}


def _invoke(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_command(*args), env=_env(project), capture_output=True, text=True, timeout=120,
                          check=False)


def test_up_status_down_through_the_cli(project):
    up = _invoke(project, "up")
    status = _invoke(project, "status", "--json")
    down = _invoke(project, "down")
    stopped = _invoke(project, "status")

    assert up.returncode == 0, up.stderr
    assert "native stack started" in up.stdout
    report = json.loads(status.stdout)
    assert report["running"] is True and report["database"]["migrations_applied"] == 7
    assert "postgres:***@" in report["url"]
    assert down.returncode == 0 and "stopped" in down.stdout
    assert stopped.returncode == 3 and "stopped" in stopped.stdout


def test_ctrl_c_during_up_leaves_nothing_half_started(project):
    child = subprocess.Popen(_command("up"), env=_env(project), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    scratch = project / ".supabase-local" / "db" / "data.initdb"
    deadline = time.monotonic() + 30
    while not scratch.exists() and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.01)
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=60)

    assert child.returncode != 0
    assert "Traceback" not in stderr
    assert not scratch.exists()
    assert not (project / ".supabase-local" / "db" / "data" / "postmaster.pid").exists()
    assert _invoke(project, "up").returncode == 0


def test_a_bad_db_url_is_one_red_line(project):
    result = _invoke(project, "status", "--db-url", "mysql://root@localhost/x")

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: database URL 'mysql://root@localhost/x' is not a postgres URL. "
        "Pass --db-url postgresql://USER:PASSWORD@HOST:PORT/DB (or set SUPABASE_DB_URL)."
    ]
