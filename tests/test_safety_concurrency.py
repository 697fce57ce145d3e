"""Two stack tasks at once on one project: one works, the other waits for it; neither stops the other.

Both `invoke up` run as real processes. The test holds the stack lock first so that both are provably at
the door at the same moment (each prints that it waits), then lets go: from there they race for real.
"""

from __future__ import annotations

import fcntl
import os
import selectors
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from dreamflow_dev.stack.ports import free_port

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent
LOCK = Path(".supabase-local") / "stack.lock"


@pytest.fixture
def project():
    folder = Path(tempfile.mkdtemp(prefix="dreamflow-race-"))
    folder.chmod(0o755)
    (folder / "supabase").mkdir()
    (folder / "supabase" / "config.toml").write_text(f'project_id = "race-test"\n[db]\nport = {free_port()}\n')
    (folder / "supabase" / "migrations").symlink_to(REPO / "supabase" / "migrations")
    yield folder
    _invoke(folder, "down", "--volumes")
    shutil.rmtree(folder, ignore_errors=True)


def _env(project: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in {"SUPABASE_DB_URL", "DOCKER_HOST"}}
    return env | {"DREAMFLOW_PROJECT_ROOT": str(project), "DREAMFLOW_BACKEND": "native", "PYTHONUNBUFFERED": "1"}


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "invoke", "-r", str(REPO), *args]


def _invoke(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_command(*args), env=_env(project), capture_output=True, text=True, timeout=120,
                          check=False)


def _start(project: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(_command(*args), env=_env(project), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


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
def test_two_ups_at_once_both_succeed_and_leave_the_stack_running(project, held_lock, state):
    if state == "data present, stopped":
        fcntl.flock(held_lock, fcntl.LOCK_UN)
        assert _invoke(project, "up").returncode == 0
        assert _invoke(project, "down").returncode == 0
        _hold(held_lock)

    results = _both_wait_then_race(held_lock, _start(project, "up"), _start(project, "up"))

    assert [code for _, _, code in results] == [0, 0], [err for _, err, _ in results]
    outputs = [out for out, _, _ in results]
    assert sum("native stack started" in out for out in outputs) == 1
    assert sum("already running" in out for out in outputs) == 1
    assert _invoke(project, "status").returncode == 0


def test_up_and_down_at_once_each_finish_in_turn(project, held_lock):
    fcntl.flock(held_lock, fcntl.LOCK_UN)
    assert _invoke(project, "up").returncode == 0
    _hold(held_lock)

    results = _both_wait_then_race(held_lock, _start(project, "down"), _start(project, "up"))

    assert [code for _, _, code in results] == [0, 0], [err for _, err, _ in results]
    down_out, up_out = results[0][0], results[1][0]
    assert "stopped" in down_out and "not running" not in down_out
    up_went_second = "native stack started" in up_out
    assert up_went_second or "already running" in up_out
    assert _invoke(project, "status").returncode == (0 if up_went_second else 3)
