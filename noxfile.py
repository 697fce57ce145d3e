"""nox sessions: `nox -l` lists them. Each installs the project, then runs pytest by marker or the benchmark.

Every test session starts its own throwaway Postgres; pass `-- --db-url URL` to use an existing one.
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests"]


def _install_project(session: nox.Session) -> None:
    session.install("-e", ".[test]")


@nox.session
def tests(session: nox.Session) -> None:
    """Everything: stack, runner, RLS, constraints, seed, streaks and analytics (what CI runs)."""
    _install_project(session)
    session.run("pytest", *session.posargs)


@nox.session
def rls_tests(session: nox.Session) -> None:
    """Row-level security as anon, Alice, Bob and service_role, on every table, view and function."""
    _install_project(session)
    session.run("pytest", "-m", "rls", *session.posargs)


@nox.session
def constraint_tests(session: nox.Session) -> None:
    """Checks, uniques, NOT NULLs, defaults, cascades and updated_at triggers."""
    _install_project(session)
    session.run("pytest", "-m", "constraints", *session.posargs)


@nox.session
def cli_tests(session: nox.Session) -> None:
    """The real Supabase CLI (pinned, from npm) against our database: history, statements, repair, advisors, lint."""
    _install_project(session)
    session.run("pytest", "-m", "cli", *session.posargs)


@nox.session
def pgtap_tests(session: nox.Session) -> None:
    """The pgTAP suite in supabase/tests/ through `invoke test-db`, and the runner's own checks (needs pg_prove)."""
    _install_project(session)
    session.run("pytest", "-m", "pgtap", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Performance figures (medians, ratios to same-run baselines) on a throwaway cluster."""
    _install_project(session)
    session.run("python", "-m", "dreamflow_dev.bench", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff over the whole repo."""
    session.install("ruff")
    session.run("ruff", "check", ".")
