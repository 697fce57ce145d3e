"""nox sessions: `nox -l` lists them. Each installs the project, then runs pytest by marker or the benchmark.

Every test session starts its own throwaway Postgres; pass `-- --db-url URL` to use an existing one.
`nox -s quick` is the loop for a change (add `-R` to reuse its virtualenv); `nox -s tests` is what CI runs.
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


# The tiers that need more than the PostgreSQL binaries (see tests/support/tiers.py), and the slow tests.
QUICK_DESELECT = "not slow and not docker and not cli and not pgtap and not cron"

# The sessions that run the tests one marker expression selects: name -> (expression, what they prove).
SELECTED_TESTS = {
    "quick": (QUICK_DESELECT, "The core tier without slow tests: the loop for a change (not run by default)."),
    "rls_tests": ("rls", "Row-level security as anon, Alice, Bob and service_role, on every table, view and function."),
    "constraint_tests": ("constraints", "Checks, uniques, NOT NULLs, defaults, cascades and updated_at triggers."),
    "cli_tests": ("cli", "The real Supabase CLI (pinned, from npm) against our database: history, statements, "
                         "repair, advisors, lint."),
    "pgtap_tests": ("pgtap", "The pgTAP suite in supabase/tests/ through `invoke test-db`, and the runner's own "
                             "checks (needs pg_prove)."),
}


def _selected_tests_session(name: str, marker: str, what: str) -> None:
    def run(session: nox.Session) -> None:
        _pytest(session, marker)

    run.__doc__ = what
    nox.session(name=name)(run)


for _name, (_marker, _what) in SELECTED_TESTS.items():
    _selected_tests_session(_name, _marker, _what)


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
