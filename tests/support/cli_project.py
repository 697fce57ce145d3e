"""Project folders of the tests' own for running the real `invoke` CLI (never the developer's stack)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parents[2]  # the checkout: tests/support/ is two levels down


def make_project(port: int, migrations: Path | None = None) -> Path:
    """A folder with a config.toml for `port` and the repo's migrations (or `migrations`), in a place the
    unprivileged server user can enter (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="dreamflow-project-"))
    folder.chmod(0o755)
    (folder / "supabase").mkdir()
    (folder / "supabase" / "config.toml").write_text(f'project_id = "cli-test"\n[db]\nport = {port}\n')
    (folder / "supabase" / "migrations").symlink_to(migrations or REPO / "supabase" / "migrations")
    return folder


@contextmanager
def project_on(port: int, migrations: Path | None = None) -> Iterator[Path]:
    """make_project's folder, removed afterwards."""
    folder = make_project(port, migrations)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def invoke_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "invoke", "-r", str(REPO), *args]


def cli_env(project: Path, **extra: str) -> dict[str, str]:
    """The environment without anything that points elsewhere (SUPABASE_DB_URL, DOCKER_HOST, PG*)."""
    env = {key: value for key, value in os.environ.items()
           if key not in {"SUPABASE_DB_URL", "DOCKER_HOST"} and not key.startswith("PG")}
    return env | {"DREAMFLOW_PROJECT_ROOT": str(project), "DREAMFLOW_BACKEND": "native",
                  "PYTHONUNBUFFERED": "1"} | extra


def run_invoke(project: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(invoke_command(*args), env=cli_env(project, **extra), capture_output=True, text=True,
                          timeout=120, check=False)


def start_invoke(project: Path, *args: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(invoke_command(*args), env=cli_env(project, **extra), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def ctrl_c_once_blocked(child: subprocess.Popen[str], holder: psycopg.Connection,
                        wait_until_blocked: Callable[[], None]) -> str:
    """Ctrl-C to `child` once `wait_until_blocked()` returns, which it does while the child waits on a lock
    `holder`'s open transaction keeps; then what the child wrote to stderr. `holder` is rolled back and
    closed whatever happens, so the lock never outlives the test."""
    try:
        wait_until_blocked()
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=60)
    finally:
        holder.rollback()
        holder.close()
    return stderr
