"""Finds the machine's PostgreSQL binaries and the extensions installed beside them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from dreamflow_dev.errors import DevStackError

INSTALL_HINT = (
    "Install PostgreSQL 15+: Debian/Ubuntu `sudo apt-get install postgresql-15 postgresql-15-cron "
    "postgresql-15-pgtap`; macOS `brew install postgresql@15`; or install Docker and use --backend docker"
)


@dataclass(frozen=True)
class PgBinaries:
    """One PostgreSQL installation: where its programs are, its major version and its share dir."""

    bin_dir: Path
    major: int
    version: str

    def program(self, name: str) -> str:
        return str(self.bin_dir / name)

    @property
    def share_dir(self) -> Path:
        """Where extension control files live (pg_config knows; fall back to the usual layouts)."""
        pg_config = self.bin_dir / "pg_config"
        if pg_config.exists():
            out = subprocess.run([str(pg_config), "--sharedir"], capture_output=True, text=True, check=False)
            if out.returncode == 0 and out.stdout.strip():
                return Path(out.stdout.strip())
        debian_share = Path(f"/usr/share/postgresql/{self.major}")
        return debian_share if debian_share.exists() else self.bin_dir.parent / "share" / "postgresql"

    def has_extension(self, name: str) -> bool:
        return (self.share_dir / "extension" / f"{name}.control").exists()


def find_pg_binaries(minimum_major: int) -> PgBinaries:
    """The first installation found via PG_BIN, pg_config, /usr/lib/postgresql/<newest>, then PATH."""
    for bin_dir in _candidate_bin_dirs():
        if (bin_dir / "postgres").exists() and (bin_dir / "pg_ctl").exists():
            binaries = _describe(bin_dir)
            if binaries.major < minimum_major:
                raise DevStackError(
                    f"PostgreSQL {binaries.version} found in {bin_dir} is too old: the stack needs "
                    f"{minimum_major} or newer ([db] major_version). {INSTALL_HINT}, or set PG_BIN."
                )
            return binaries
    raise DevStackError(f"no PostgreSQL server binaries found (PG_BIN, pg_config, /usr/lib/postgresql, PATH). "
                        f"{INSTALL_HINT}.")


def _candidate_bin_dirs() -> list[Path]:
    candidates: list[Path] = []
    if os.environ.get("PG_BIN"):
        candidates.append(Path(os.environ["PG_BIN"]))
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        if out.returncode == 0 and out.stdout.strip():
            candidates.append(Path(out.stdout.strip()))
    debian_root = Path("/usr/lib/postgresql")
    if debian_root.is_dir():
        versions = sorted((p for p in debian_root.iterdir() if p.name.isdigit()), key=lambda p: int(p.name))
        candidates.extend(p / "bin" for p in reversed(versions))
    on_path = shutil.which("postgres")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    return candidates


def _describe(bin_dir: Path) -> PgBinaries:
    out = subprocess.run([str(bin_dir / "postgres"), "--version"], capture_output=True, text=True, check=False)
    match = re.search(r"(\d+)(?:\.(\d+))?", out.stdout)
    if out.returncode != 0 or not match:
        raise DevStackError(f"{bin_dir / 'postgres'} --version failed: {out.stderr.strip()}. {INSTALL_HINT}.")
    return PgBinaries(bin_dir=bin_dir, major=int(match.group(1)), version=match.group(0))
