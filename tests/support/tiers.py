"""Test tiers by prerequisite: a tier whose prerequisite this machine lacks is skipped with one line saying
why and how to enable it; under CI (CI=true) a skipped test fails the run instead, so CI proves every tier.

core (PostgreSQL >= 15 binaries) is every test's prerequisite; the others are markers on their tests.
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from dreamflow_dev.errors import DevStackError
from dreamflow_dev.stack.pgbin import find_pg_binaries
from dreamflow_dev.stack.supautils import missing_build_tools


@dataclass(frozen=True)
class Tier:
    """A group of tests that needs one thing this machine may not have."""

    marker: str
    missing: Callable[[], str | None]  # why the prerequisite is not met, or None when it is
    enable: str


def _missing_postgres() -> str | None:
    try:
        find_pg_binaries(15)
    except DevStackError as exc:
        return str(exc).split(":", 1)[0]
    return None


def _can_apt_install() -> bool:
    return os.geteuid() == 0 and Path("/etc/debian_version").exists() and shutil.which("apt-get") is not None


def _missing_pg_cron() -> str | None:
    if _missing_postgres():
        return "no PostgreSQL binaries"
    if find_pg_binaries(15).has_extension("pg_cron") or _can_apt_install():
        return None
    return "pg_cron is not installed beside the PostgreSQL binaries"


def _missing_docker() -> str | None:
    if os.environ.get("DREAMFLOW_TEST_DOCKER_HOST"):
        return None
    if os.geteuid() != 0 or shutil.which("dockerd") is None:
        return "no engine named by DREAMFLOW_TEST_DOCKER_HOST, and starting a throwaway dockerd needs root and dockerd"
    if shutil.which("debootstrap") is None:
        return "the test image is built with debootstrap, which is not installed"
    return None


def _missing_pgtap() -> str | None:
    """pg_prove on PATH, and pgTAP beside the binaries of the throwaway clusters the tier's tests use."""
    if _missing_postgres():
        return "no PostgreSQL binaries"
    absent = [name for name, present in (("pg_prove", shutil.which("pg_prove")),
                                          ("pgTAP", find_pg_binaries(15).has_extension("pgtap"))) if not present]
    return f"{' and '.join(absent)} not installed" if absent else None


def _missing_build_tools() -> str | None:
    """What the privileged extensions hook (the local supautils) is built with, from PGXS."""
    if _missing_postgres():
        return "no PostgreSQL binaries"
    absent = missing_build_tools(find_pg_binaries(15))
    return f"{', '.join(tool.description for tool in absent)} not installed" if absent else None


def _missing_npm() -> str | None:
    return None if shutil.which("npm") else "npm is not installed (the Supabase CLI comes from npm)"


def _missing_node() -> str | None:
    absent = [name for name in ("node", "npm") if shutil.which(name) is None]
    return f"{' and '.join(absent)} not installed (db-diff and gen-types run pinned npm packages)" if absent else None


TIERS = {
    "core": Tier("core", _missing_postgres, "`sudo apt-get install postgresql-15` (macOS: `brew install postgresql`)"),
    "cron": Tier("cron", _missing_pg_cron, "`sudo apt-get install postgresql-15-cron`"),
    "docker": Tier("docker", _missing_docker, "run as root with `apt-get install docker.io debootstrap`, or set "
                                              "DREAMFLOW_TEST_DOCKER_HOST to an engine the tests may use"),
    "cli": Tier("cli", _missing_npm, "install node and npm (the tier installs the pinned Supabase CLI itself)"),
    "hook": Tier("hook", _missing_build_tools, "`sudo apt-get install gcc make postgresql-server-dev-15` (`invoke up` "
                                              "as root installs them), so the privileged extensions hook builds"),
    "tools": Tier("tools", _missing_node, "install Node.js 20+ and npm (Debian/Ubuntu: `apt-get install npm`); the "
                                          "tier installs @pgkit/migra, postgres-meta and typescript itself"),
    "pgtap": Tier("pgtap", _missing_pgtap, "`sudo apt-get install libtap-parser-sourcehandler-pgtap-perl "
                                           "postgresql-15-pgtap` (`invoke up` as root installs both)"),
}


@functools.cache
def missing(marker: str) -> str | None:
    """Why this tier cannot run here (cached: each check runs once per test session), or None."""
    return TIERS[marker].missing()


def tiers_of(markers: set[str]) -> list[str]:
    """The tiers a test with these markers belongs to: core, plus any tier marker it carries."""
    return ["core", *sorted(markers & (TIERS.keys() - {"core"}))]


def skip_line(marker: str) -> str:
    return f"tier {marker} skipped: {missing(marker)}. To enable it: {TIERS[marker].enable}."


class TierGate:
    """The pytest plugin: skips the tests of unmet tiers, names each such tier once at the end, and under
    CI=true turns any skipped test into a failed run."""

    def __init__(self) -> None:
        self.skipped_tiers: set[str] = set()
        self.skipped_tests = 0

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            unmet = [tier for tier in tiers_of({mark.name for mark in item.iter_markers()}) if missing(tier)]
            if unmet:
                self.skipped_tiers.add(unmet[0])
                item.add_marker(pytest.mark.skip(reason=skip_line(unmet[0])))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.skipped:
            self.skipped_tests += 1

    def pytest_terminal_summary(self, terminalreporter) -> None:
        for tier in sorted(self.skipped_tiers):
            terminalreporter.write_line(skip_line(tier), yellow=True)
        if self._skips_fail():
            terminalreporter.write_line(f"CI=true: {self.skipped_tests} skipped tests fail the run; CI must "
                                        "provide every tier's prerequisite.", red=True)

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if self._skips_fail() and exitstatus == 0:
            session.exitstatus = 1

    def _skips_fail(self) -> bool:
        return os.environ.get("CI") == "true" and self.skipped_tests > 0
