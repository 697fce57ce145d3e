"""The local image's root filesystem: Debian bookworm with PostgreSQL 15, pg_cron, pgTAP and plpgsql_check.

Made once (under a minute) into a tarball in the user's cache, because that is the slow part: every Docker engine
(the developer's, each test session's throwaway one) then imports the same tarball in seconds.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from dreamflow_dev.errors import DevStackError

log = logging.getLogger(__name__)

SUITE = "bookworm"
PACKAGES = ("postgresql-15", "postgresql-15-cron", "postgresql-15-pgtap", "postgresql-15-plpgsql-check")
FALLBACK_MIRROR = "http://deb.debian.org/debian"
APT_SOURCES = Path("/etc/apt")
# What the image never needs: package caches and lists, docs, translations, and the "main" cluster
# Debian's postinst creates (the entrypoint makes its own cluster in the volume).
TRIMMED_PATHS = ("var/cache/apt", "var/lib/apt/lists", "usr/share/doc", "usr/share/man", "usr/share/locale",
                 "usr/share/info", "var/lib/postgresql/15", "etc/postgresql/15")


def default_tarball() -> Path:
    """Where the rootfs tarball is kept between builds: $XDG_CACHE_HOME/dreamflow/ (else ~/.cache), named after
    its package list, so a tarball made for another list is never reused."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    packages = hashlib.sha256(" ".join(PACKAGES).encode()).hexdigest()[:8]  # another package list, another tarball
    return cache / "dreamflow" / f"debian-{SUITE}-postgresql-15-rootfs-{packages}.tar"


def build_rootfs_tarball(tarball: Path, mirror: str | None = None) -> Path:
    """debootstrap into a scratch dir, trim it, tar it to `tarball` (written aside, then renamed)."""
    _check_can_debootstrap()
    mirror = mirror or find_debian_mirror()
    tarball.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dreamflow-rootfs-") as scratch:
        root = Path(scratch) / "root"
        log.info("debootstrap %s with %s from %s (a few minutes, once)", SUITE, ", ".join(PACKAGES), mirror)
        try:
            _debootstrap(root, mirror)
        finally:
            unmount_below(root)
        _trim(root)
        partial = tarball.with_name(tarball.name + ".partial")
        _run(["tar", "--numeric-owner", "-C", str(root), "-cf", str(partial), "."], "tar of the rootfs")
        partial.replace(tarball)
    return tarball


def find_debian_mirror(sources_dir: Path = APT_SOURCES) -> str:
    """The Debian mirror apt already uses for bookworm (one-line or deb822 sources), else deb.debian.org."""
    for uri, suites in _apt_sources(sources_dir):
        if SUITE in suites and "security" not in uri:
            return uri.rstrip("/")
    return FALLBACK_MIRROR


def _apt_sources(sources_dir: Path) -> list[tuple[str, list[str]]]:
    """(uri, suites) for every enabled `deb` source; files renamed to other suffixes are ignored."""
    found: list[tuple[str, list[str]]] = []
    one_line_files = [sources_dir / "sources.list", *sorted((sources_dir / "sources.list.d").glob("*.list"))]
    for path in one_line_files:
        for line in _read_lines(path):
            fields = line.split("#", 1)[0].split()
            if len(fields) >= 3 and fields[0] == "deb":
                options = 1 if fields[1].startswith("[") else 0
                found.append((fields[1 + options], [fields[2 + options]]))
    for path in sorted((sources_dir / "sources.list.d").glob("*.sources")):
        for stanza in "\n".join(_read_lines(path)).split("\n\n"):
            keys = dict(line.split(":", 1) for line in stanza.splitlines() if ":" in line and line[0] != "#")
            keys = {key.strip(): value.split() for key, value in keys.items()}
            if "deb" in keys.get("Types", []) and keys.get("Enabled", ["yes"]) != ["no"]:
                found += [(uri, keys.get("Suites", [])) for uri in keys.get("URIs", [])]
    return found


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text().splitlines()
    except OSError:
        return []


def _check_can_debootstrap() -> None:
    if shutil.which("debootstrap") is None:
        raise DevStackError("cannot build the local Postgres image: debootstrap is not installed. "
                            "Install it (`sudo apt-get install debootstrap`) or provide an image with `docker load`.")
    if os.geteuid() != 0:
        raise DevStackError("cannot build the local Postgres image: debootstrap needs root. "
                            "Run `sudo python3 -m tools.stand_in_image build` in the repo.")


def _debootstrap(root: Path, mirror: str) -> None:
    _run(["debootstrap", "--variant=minbase", f"--include={','.join(PACKAGES)}", SUITE, str(root), mirror],
         f"debootstrap from {mirror}")


def _trim(root: Path) -> None:
    for relative in TRIMMED_PATHS:
        target = root / relative
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
            target.mkdir()


def unmount_below(root: Path) -> None:
    """Unmount what an interrupted debootstrap left mounted inside the chroot (proc, sys), deepest first,
    so removing the scratch dir never reaches into a live filesystem."""
    prefix = f"{root.resolve()}/"
    mounts = [line.split()[1] for line in _read_lines(Path("/proc/mounts"))]
    for mount_point in sorted((m for m in mounts if m.startswith(prefix)), key=len, reverse=True):
        subprocess.run(["umount", "--lazy", mount_point], check=False, capture_output=True)


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-8:])
        raise DevStackError(f"{what} failed (exit {result.returncode}): see its last lines below. "
                            f"Fix the cause (network, disk space) and re-run the build.\n{tail}")
