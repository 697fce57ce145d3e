"""The pinned Supabase CLI for the `cli` tier: installed from npm once into the user's cache, run offline.

The CLI checks for newer releases and sends telemetry over the network; the tests run it in a network
namespace of its own (`unshare -n`), so it reaches the test cluster only through its Unix socket and
no packet leaves the machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

CLI_VERSION = "2.117.0"
ENABLE_HINT = (f"install Node.js and npm (Debian/Ubuntu: `apt-get install npm`); the tier then installs "
               f"supabase@{CLI_VERSION} into ~/.cache/dreamflow once")


def cli_prefix() -> Path:
    """Where `npm i -E supabase@VERSION --prefix …` puts the CLI."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "dreamflow" / f"supabase-cli-{CLI_VERSION}"


def find_or_install_cli() -> tuple[Path | None, str]:
    """The CLI's path, installing it with npm if needed; or None and one line saying why and how to enable."""
    program = cli_prefix() / "node_modules" / ".bin" / "supabase"
    if program.exists():
        return program, ""
    npm = shutil.which("npm")
    if npm is None:
        return None, f"cli tier skipped: npm not found. To enable it, {ENABLE_HINT}."
    done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "-E", f"supabase@{CLI_VERSION}",
                           "--prefix", str(cli_prefix())], capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0 or not program.exists():
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return None, f"cli tier skipped: `npm i -E supabase@{CLI_VERSION}` failed: {last}. Check npm's registry access."
    return program, ""


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


def pinned_cli_or_skip() -> SupabaseCli:
    """The pinned CLI, run offline; the test is skipped with the reason and how to enable it otherwise."""
    import pytest

    program, why = find_or_install_cli()
    offline, why_offline = offline_prefix()
    if program is None or offline is None:
        pytest.skip(why or why_offline)
    return SupabaseCli(program, offline)
