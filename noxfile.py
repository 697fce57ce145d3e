"""nox sessions: `nox -l` lists them. Each installs the project, then runs pytest by marker or the benchmark.

Every test session starts its own throwaway Postgres; pass `-- --db-url URL` to use an existing one.
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests"]


def _install_project(session: nox.Session) -> None:
    session.install("-e", ".[test]")


def _pytest(session: nox.Session, marker: str | None = None) -> None:
    """The project installed with its test extras, then pytest (on one marker's tests, when given)."""
    _install_project(session)
    session.run("pytest", *(["-m", marker] if marker else []), *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Everything: stack, runner, RLS, constraints, seed, streaks and analytics (what CI runs)."""
    _pytest(session)


@nox.session
def rls_tests(session: nox.Session) -> None:
    """Row-level security as anon, Alice, Bob and service_role, on every table, view and function."""
    _pytest(session, "rls")


@nox.session
def constraint_tests(session: nox.Session) -> None:
    """Checks, uniques, NOT NULLs, defaults, cascades and updated_at triggers."""
    _pytest(session, "constraints")


@nox.session
def cli_tests(session: nox.Session) -> None:
    """The real Supabase CLI (pinned, from npm) against our database: history, statements, repair, advisors, lint."""
    _pytest(session, "cli")


@nox.session
def pgtap_tests(session: nox.Session) -> None:
    """The pgTAP suite in supabase/tests/ through `invoke test-db`, and the runner's own checks (needs pg_prove)."""
    _pytest(session, "pgtap")


@nox.session
def bench(session: nox.Session) -> None:
    """Performance figures beside their plain baselines (medians, ratios from the same run) on a throwaway
    cluster; a full run writes docs/benchmarks.md. `-- --quick` for smaller sizes, `-- --help` for the rest."""
    _install_project(session)
    session.run("python", "-m", "dreamflow_dev.bench", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff over the whole repo."""
    session.install("ruff")
    session.run("ruff", "check", ".")
