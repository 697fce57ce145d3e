"""pg_cron, pgTAP and plpgsql_check for the native backend: found beside the binaries, installed with apt when we can.

plpgsql_check ships in the supabase/postgres image (preloaded there); `supabase db lint` needs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from dreamflow_dev.stack.pgbin import PgBinaries

OPTIONAL_EXTENSIONS = {
    "pg_cron": "postgresql-{major}-cron",
    "pgtap": "postgresql-{major}-pgtap",
    "plpgsql_check": "postgresql-{major}-plpgsql-check",
}


def missing_extensions(binaries: PgBinaries) -> list[str]:
    return [name for name in OPTIONAL_EXTENSIONS if not binaries.has_extension(name)]


def install_command(binaries: PgBinaries, names: list[str]) -> str:
    packages = " ".join(OPTIONAL_EXTENSIONS[name].format(major=binaries.major) for name in names)
    return f"sudo apt-get install -y {packages}"


def ensure_optional_extensions(binaries: PgBinaries, say: Callable[[str], None]) -> list[str]:
    """Install what is missing on Debian/Ubuntu as root; elsewhere say how, in one line. Returns what is missing."""
    missing = missing_extensions(binaries)
    if not missing:
        return []
    if os.geteuid() == 0 and Path("/etc/debian_version").exists() and shutil.which("apt-get"):
        packages = [OPTIONAL_EXTENSIONS[name].format(major=binaries.major) for name in missing]
        say(f"installing {', '.join(packages)} with apt-get (first run only)")
        if not _apt_install(packages):
            _apt(["update", "-q"])
            _apt_install(packages)
        missing = missing_extensions(binaries)
    if missing:
        say(f"warning: {', '.join(missing)} not installed; carrying on without them. "
            f"Install with `{install_command(binaries, missing)}`, then `invoke down` and `invoke up`.")
    return missing


def _apt_install(packages: list[str]) -> bool:
    return _apt(["install", "-y", "-q", *packages])


def _apt(args: list[str]) -> bool:
    env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(["apt-get", *args], capture_output=True, env=env, check=False).returncode == 0
