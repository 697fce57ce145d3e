"""The stack tasks through the real CLI, on a project folder of the test's own (never the developer's stack)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from dreamflow_dev.polling import retry_until
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


@pytest.fixture
def initdb_that_waits(pg_binaries, tmp_path_factory) -> tuple[Path, Path]:
    """A PG_BIN whose initdb runs the real one, drops a marker, then hangs as a slow disk would: the moment
    for Ctrl-C is then an event the test waits for, not a race it may lose."""
    folder = Path(tempfile.mkdtemp(prefix="dreamflow-slow-initdb-"))
    folder.chmod(0o777)
    marker = folder / "initdb-done"
    for program in pg_binaries.bin_dir.iterdir():
        if program.name != "initdb":
            (folder / program.name).symlink_to(program)
    script = folder / "initdb"
    real_initdb = pg_binaries.program("initdb")
    script.write_text(f'#!/bin/sh\n"{real_initdb}" "$@" || exit $?\ntouch "{marker}"\nexec sleep 60\n')
    script.chmod(0o755)
    yield folder, marker
    shutil.rmtree(folder, ignore_errors=True)


def test_ctrl_c_during_up_leaves_nothing_half_started(project, initdb_that_waits):
    bin_dir, initdb_done = initdb_that_waits
    child = subprocess.Popen(_command("up"), env=_env(project) | {"PG_BIN": str(bin_dir)}, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
    scratch = project / ".supabase-local" / "db" / "data.initdb"
    _wait_for(initdb_done, child)
    assert scratch.exists()

    os.killpg(child.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole foreground group
    _, stderr = child.communicate(timeout=60)

    assert child.returncode != 0
    assert "Traceback" not in stderr
    assert not scratch.exists()
    assert not (project / ".supabase-local" / "db" / "data").exists()
    assert _invoke(project, "up").returncode == 0


def _wait_for(marker: Path, child: subprocess.Popen, timeout: float = 60) -> None:
    """Until the marker exists; fails the test when the child exits first or the deadline passes."""

    def exists() -> None:
        if not marker.exists():
            raise FileNotFoundError(marker)

    retry_until(exists, timeout=timeout, retry_on=FileNotFoundError, gone=lambda: child.poll() is not None)
