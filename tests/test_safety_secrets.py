"""No secret on a command line: what a task starts (psql) gets the password through its environment, so
`ps` and /proc/<pid>/cmdline, which every local user can read, never show it."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from dreamflow_dev.db import with_database

from support.cli_project import REPO, cli_env, invoke_command
from support.waiting import wait_until

pytestmark = pytest.mark.slow


@pytest.fixture
def secret_login(server_url: str, admin_url: str | None) -> Iterator[tuple[str, str]]:
    """A login role with a password no other string in the command line could contain; its URL."""
    if admin_url is None:
        pytest.fail("needs the throwaway cluster's supabase_admin to create a login role; run without --db-url")
    name, password = f"psql_probe_{uuid.uuid4().hex[:8]}", f"Secret-{uuid.uuid4().hex}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("create role {} login password {}").format(sql.Identifier(name), sql.Literal(password)))
    url = with_database(server_url.replace("postgres:postgres@", f"{name}:{password}@", 1), "postgres")
    yield url, password
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("drop role {}").format(sql.Identifier(name)))


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def _psql_command_line(task: subprocess.Popen, timeout: float = 30) -> str:
    """The command line of the psql the task started, read from /proc while psql runs."""
    return wait_until(lambda: _running_psql_argv(task.pid), timeout=timeout, interval=0.02,
                      what="the psql of `invoke psql` on the process list", gone=lambda: task.poll() is not None)


def _running_psql_argv(pid: int) -> str | None:
    """The command line of `pid`'s psql child, if it has one now."""
    for child in _children(pid):
        try:
            argv = (Path("/proc") / str(child) / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if Path(argv[0].decode()).name == "psql":
            return " ".join(part.decode() for part in argv)
    return None


@pytest.mark.parametrize("given_by", ["--db-url", "SUPABASE_DB_URL"])
def test_psql_never_shows_the_password_on_its_command_line(secret_login, given_by, tmp_path):
    url, password = secret_login
    flags = ["--db-url", url] if given_by == "--db-url" else []
    env = cli_env(REPO) | ({"SUPABASE_DB_URL": url} if given_by == "SUPABASE_DB_URL" else {})
    task = subprocess.Popen(invoke_command("psql", *flags, "-c", "select pg_sleep(3)"), env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    command_line = _psql_command_line(task)
    _, stderr = task.communicate(timeout=60)

    assert task.returncode == 0, stderr
    assert "psql" in command_line
    assert password not in command_line
