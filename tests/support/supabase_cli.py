"""The pinned Supabase CLI for the `cli` tier: installed from npm once into the user's cache, run offline.

The CLI checks for newer releases and sends telemetry over the network; the tests run it in a network
namespace of its own (`unshare -n`), so it reaches the test cluster only through its Unix socket and
no packet leaves the machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from dreamflow_dev.errors import DevStackError
from dreamflow_dev.lifecycle import throwaway_stack
from dreamflow_dev.npm_tools import NpmTool
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import PgBinaries

CLI_VERSION = "2.117.0"
ENABLE_HINT = (f"install Node.js and npm (Debian/Ubuntu: `apt-get install npm`); the tier then installs "
               f"supabase@{CLI_VERSION} into ~/.cache/dreamflow once")


# Installed once into the user's cache like the tasks' own npm tools, by the same installer.
SUPABASE_CLI = NpmTool("supabase-cli", {"supabase": CLI_VERSION})


def find_or_install_cli() -> tuple[Path | None, str]:
    """The CLI's path, installing it with npm if needed; or None and one line saying why and how to enable."""
    if not SUPABASE_CLI.is_installed() and shutil.which("npm") is None:
        return None, f"cli tier skipped: npm not found. To enable it, {ENABLE_HINT}."
    try:
        return SUPABASE_CLI.ensure_installed() / ".bin" / "supabase", ""
    except DevStackError as exc:
        return None, f"cli tier skipped: {exc}"


def offline_prefix() -> tuple[list[str] | None, str]:
    """The command prefix that runs a program without network (root: unshare -n; others: a user namespace)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None, "cli tier skipped: `unshare` (util-linux) not found; it keeps the CLI offline. Install util-linux."
    prefix = [unshare, "-n"] if os.geteuid() == 0 else [unshare, "-r", "-n"]
    if subprocess.run([*prefix, "true"], capture_output=True, check=False).returncode != 0:
        return None, ("cli tier skipped: cannot make a network namespace to keep the CLI offline. "
                      "Run as root or enable unprivileged user namespaces.")
    return prefix, ""


@dataclass(frozen=True)
class SupabaseCli:
    """Runs the pinned CLI offline in a project folder, against a database reached by its Unix socket."""

    program: Path
    offline: list[str]

    def run(self, project: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = os.environ | {"DO_NOT_TRACK": "1", "SUPABASE_TELEMETRY_DISABLED": "1", "NO_COLOR": "1"}
        done = subprocess.run([*self.offline, str(self.program), *args], cwd=project, env=env,
                              capture_output=True, text=True, timeout=300, check=False)
        if check and done.returncode != 0:
            raise AssertionError(f"supabase {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
        return done


def socket_dsn(socket_dir: Path, port: int, database: str) -> str:
    """A key=value connection string for the CLI's --db-url (it refuses a socket path in URL form)."""
    return f"host={socket_dir} port={port} user=postgres password=postgres dbname={database}"


def cli_or_skip() -> SupabaseCli:
    """The pinned CLI, runnable offline; the test is skipped with one line saying how to enable it otherwise."""
    program, why = find_or_install_cli()
    offline, why_offline = offline_prefix()
    if program is None or offline is None:
        pytest.skip(why or why_offline)
    return SupabaseCli(program, offline)


def write_project(root: Path, migrations: dict[str, bytes]) -> Path:
    """A Supabase project folder (config.toml without a seed, and these migrations) for the CLI to run in."""
    folder = root / "supabase" / "migrations"
    folder.mkdir(parents=True)
    (root / "supabase" / "config.toml").write_text('project_id = "dreamflow-cli-tier"\n[db.seed]\nenabled = false\n')
    for name, content in migrations.items():
        (folder / name).write_bytes(content)
    return root


@dataclass(frozen=True)
class SocketStack:
    """A throwaway stack that also listens on a Unix socket, the only way in for the offline CLI."""

    cluster: NativeCluster
    socket_dir: Path

    def dsn(self, database: str = "postgres") -> str:
        return socket_dsn(self.socket_dir, self.cluster.port, database)


@contextmanager
def socket_stack(binaries: PgBinaries, *, migrate: bool, prefix: str) -> Iterator[SocketStack]:
    """A stack brought up as `invoke up` does (migrated when asked), reachable by the CLI; destroyed after."""
    socket_dir = Path(tempfile.mkdtemp(prefix="dreamflow-cli-socket-"))
    socket_dir.chmod(0o1777)  # the server's OS user writes its socket here
    try:
        with throwaway_stack(binaries, migrate=migrate, prefix=prefix,
                             unix_socket_directories=str(socket_dir)) as cluster:
            yield SocketStack(cluster, socket_dir)
    finally:
        shutil.rmtree(socket_dir, ignore_errors=True)
