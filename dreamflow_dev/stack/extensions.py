"""pg_cron, pgTAP and plpgsql_check for the native backend, pg_prove that runs pgTAP files (`invoke test-db`),
and the compiler and server headers the privileged extensions hook is built with: found beside the binaries
or on PATH, installed with apt when we can.

plpgsql_check ships in the supabase/postgres image (preloaded there); `supabase db lint` needs it.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

from dreamflow_dev.stack.pgbin import PgBinaries
from dreamflow_dev.stack.supautils import missing_build_tools

log = logging.getLogger(__name__)

OPTIONAL_EXTENSIONS = {
    "pg_cron": "postgresql-{major}-cron",
    "pgtap": "postgresql-{major}-pgtap",
    "plpgsql_check": "postgresql-{major}-plpgsql-check",
}
# pg_prove runs pgTAP files; Debian packages it with the Perl module it belongs to.
PG_PROVE_PACKAGE = "libtap-parser-sourcehandler-pgtap-perl"
OPTIONAL_PROGRAMS = {"pg_prove": PG_PROVE_PACKAGE}


def missing_extensions(binaries: PgBinaries) -> list[str]:
    return [name for name in OPTIONAL_EXTENSIONS if not binaries.has_extension(name)]


def missing_optional(binaries: PgBinaries) -> list[str]:
    """Extensions not beside the server binaries, then programs not on PATH."""
    return missing_extensions(binaries) + [name for name in OPTIONAL_PROGRAMS if shutil.which(name) is None]


def _packages(binaries: PgBinaries, names: list[str]) -> list[str]:
    return [OPTIONAL_EXTENSIONS[name].format(major=binaries.major) if name in OPTIONAL_EXTENSIONS
            else OPTIONAL_PROGRAMS[name] for name in names]


def install_command(binaries: PgBinaries, names: list[str]) -> str:
    return f"sudo apt-get install -y {' '.join(_packages(binaries, names))}"


def ensure_optional_extensions(binaries: PgBinaries) -> list[str]:
    """Install what is missing (pg_cron, pgTAP, plpgsql_check, pg_prove, and what building the privileged
    extensions hook takes) on Debian/Ubuntu as root; elsewhere say how, in one line. Returns the extensions
    and programs still missing (the hook's build says for itself what it lacks)."""
    missing = missing_optional(binaries)
    build_packages = [tool.package for tool in missing_build_tools(binaries)]
    if not missing and not build_packages:
        return []
    if os.geteuid() == 0 and Path("/etc/debian_version").exists() and shutil.which("apt-get"):
        packages = _packages(binaries, missing) + build_packages
        log.info("installing %s with apt-get (first run only)", ", ".join(packages))
        if not _apt_install(packages):
            _apt(["update", "-q"])
            _apt_install(packages)
        missing = missing_optional(binaries)
    if missing:
        log.warning("%s not installed; carrying on without them. Install with `%s`, then `invoke down` and"
                    " `invoke up`.", ", ".join(missing), install_command(binaries, missing))
    return missing


def _apt_install(packages: list[str]) -> bool:
    return _apt(["install", "-y", "-q", *packages])


def _apt(args: list[str]) -> bool:
    env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(["apt-get", *args], capture_output=True, env=env, check=False).returncode == 0
