"""Runs pgTAP test files the way `supabase test db` does, with the machine's own pg_prove instead of Docker.

What is shared with the Supabase CLI (supabase/cli, internal/db/test):
- the files: `pg_prove --ext .pg --ext .sql -r supabase/tests` (or the paths given), so pg_prove itself finds
  every `.sql` and `.pg` file below the folder, in its order, from the first path's folder;
- pgTAP: `create extension if not exists pgtap with schema extensions` first, and `drop extension if exists
  pgtap` afterwards only when this run created it, so the database is left as it was found;
- the outcome: pg_prove's TAP output and summary, and its exit code (non-zero when a test fails, a file's plan
  does not match what ran, or a file errors).
Each test file runs in its own psql session; files that begin and roll back a transaction leave nothing behind.

Beyond the CLI: the basejump-style helpers (schemas `tests` and `test_overrides`, pgtap_helpers.sql) are
installed the same way as pgTAP (only when absent, removed afterwards), so test files written for basejump's
supabase-test-helpers run unchanged; and runs on one database take turns (an advisory lock), so one run never
removes pgTAP or the helpers under another.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict

from dreamflow_dev.db import advisory_lock_held, connect, one_line, redact
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.stack.extensions import PG_PROVE_PACKAGE

ENABLE_PGTAP = "create extension if not exists pgtap with schema extensions"
DISABLE_PGTAP = "drop extension if exists pgtap"
PG_PROVE_DISCOVERY = ("--ext", ".pg", "--ext", ".sql", "-r")
PG_PROVE_HINT = (
    f"Install it (Debian/Ubuntu: `sudo apt-get install {PG_PROVE_PACKAGE}`; elsewhere "
    "`cpan TAP::Parser::SourceHandler::pgTAP`), or run `invoke up` as root on Debian, which installs it"
)
# pg_prove hands psql only host, port, user and database name, so the rest of a URL travels as libpq's
# environment variables (by conninfo keyword).
LIBPQ_ENVIRONMENT = {
    "host": "PGHOST", "hostaddr": "PGHOSTADDR", "port": "PGPORT", "dbname": "PGDATABASE", "user": "PGUSER",
    "password": "PGPASSWORD", "passfile": "PGPASSFILE", "channel_binding": "PGCHANNELBINDING",
    "options": "PGOPTIONS", "application_name": "PGAPPNAME", "sslmode": "PGSSLMODE", "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY", "sslrootcert": "PGSSLROOTCERT", "sslcrl": "PGSSLCRL", "gssencmode": "PGGSSENCMODE",
    "connect_timeout": "PGCONNECT_TIMEOUT", "client_encoding": "PGCLIENTENCODING",
    "target_session_attrs": "PGTARGETSESSIONATTRS", "service": "PGSERVICE",
}
# Held for a whole run (pg_advisory_lock key): one `invoke test-db` per database at a time.
RUN_LOCK_KEY = 0x7E57_DB
HELPERS_SQL = Path(__file__).with_name("pgtap_helpers.sql")
# Every function pgtap_helpers.sql creates in schema tests; the first tells whether helpers of this API are
# already there.
HELPER_FUNCTIONS = ("create_supabase_user(text, text, text, jsonb)", "get_supabase_user(text)",
                    "get_supabase_uid(text)", "authenticate_as(text)", "authenticate_as_service_role()",
                    "clear_authentication()", "set_request_identity(text, jsonb)", "rls_enabled(text)",
                    "rls_enabled(text, text)", "freeze_time(timestamp with time zone)", "unfreeze_time()")
# The now() that tests.freeze_time puts first on the search path, in a schema of its own.
OVERRIDES_SCHEMA = "test_overrides"
OVERRIDE_FUNCTIONS = ("now()",)
HELPERS_PROBE = f"tests.{HELPER_FUNCTIONS[0]}"
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class InstalledHelpers:
    """What install_test_helpers created, so that only that is removed."""

    functions: bool
    schema: bool
    overrides_schema: bool


def find_pg_prove() -> str:
    program = shutil.which("pg_prove")
    if program is None:
        raise DevStackError(f"pg_prove is not installed: it runs pgTAP files (`supabase test db` uses it too). "
                            f"{PG_PROVE_HINT}.")
    return program


def pg_prove_command(program: str, paths: Sequence[Path], verbose: bool = False) -> list[str]:
    """The CLI's pg_prove arguments: both extensions, recursive, every path; --verbose prints every test line."""
    return [program, *PG_PROVE_DISCOVERY, *(["--verbose"] if verbose else []), *(str(p) for p in paths)]


def pg_prove_environment(url: str) -> dict[str, str]:
    """The URL as libpq's PG* variables, as the CLI hands it to its pg_prove container: the password never
    shows in a process list, and inherited PG* settings are dropped so the URL alone decides."""
    settings = conninfo_to_dict(url)
    unsupported = sorted(set(settings) - set(LIBPQ_ENVIRONMENT))
    if unsupported:
        raise DevStackError(f"cannot hand {redact(url)} to pg_prove: libpq has no environment variable for "
                            f"{', '.join(unsupported)}. Remove it from --db-url.")
    inherited = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    return inherited | {LIBPQ_ENVIRONMENT[key]: str(value) for key, value in settings.items()}


def resolve_test_paths(tests_dir: Path, paths: Sequence[str]) -> list[Path]:
    """The given files and folders (relative to the current folder), or the project's supabase/tests."""
    chosen = [Path(p).absolute() for p in paths] or [tests_dir.absolute()]
    missing = [p for p in chosen if not p.exists()]
    if missing:
        raise DevStackError(
            f"no pgTAP tests to run: {', '.join(str(p) for p in missing)} does not exist. "
            "Add a test file under supabase/tests/ (see the README), or pass --path FILE_OR_FOLDER."
        )
    return chosen


def run_pgtap_tests(url: str, paths: Sequence[Path], *, verbose: bool = False) -> int:
    """Install pgTAP and the test helpers where absent, run pg_prove over the paths, then remove what this run
    installed. Returns pg_prove's exit code: 0 when every file passed. Its report goes straight to the terminal,
    as the CLI streams its container's output."""
    command = pg_prove_command(find_pg_prove(), paths, verbose)
    # A run removes the pgTAP and helpers it installed when it ends: a second run on the database waits for it.
    waiting = "another `invoke test-db` is running on this database; waiting for it to finish"
    with connect(url, autocommit=True) as conn, advisory_lock_held(conn, RUN_LOCK_KEY, waiting):
        created_pgtap = enable_pgtap(conn, url)
        try:
            helpers = install_test_helpers(conn, url)
            try:
                return subprocess.run(command, cwd=_working_dir(paths), env=pg_prove_environment(url),
                                      check=False).returncode
            finally:
                _remove_test_helpers(conn, helpers)
        finally:
            if created_pgtap:
                _disable_pgtap(conn)


def enable_pgtap(conn: psycopg.Connection, url: str) -> bool:
    """`create extension if not exists pgtap`; True when it did not exist before (so the caller drops it)."""
    notices: list[str] = []
    conn.add_notice_handler(lambda notice: notices.append(notice.sqlstate or ""))
    try:
        conn.execute(ENABLE_PGTAP)
    except (psycopg.errors.UndefinedFile, psycopg.errors.FeatureNotSupported) as exc:
        major = conn.info.server_version // 10000
        raise DevStackError(
            f"pgTAP is not installed on the database server at {redact(url)}: {one_line(exc)}. Install it "
            f"where the server runs (Debian/Ubuntu: `sudo apt-get install postgresql-{major}-pgtap`; "
            "`invoke up` as root installs it), then re-run."
        ) from exc
    except psycopg.errors.InvalidSchemaName as exc:
        raise DevStackError(
            f"cannot enable pgTAP on {redact(url)}: the database has no `extensions` schema ({one_line(exc)}). "
            "Point --db-url at a Supabase database, or run `invoke up` / `invoke reset`."
        ) from exc
    except psycopg.Error as exc:
        raise DevStackError(
            f"cannot enable pgTAP on {redact(url)}: {one_line(exc)}. Create it once as the database owner "
            "or a superuser: `create extension pgtap with schema extensions`."
        ) from exc
    return psycopg.errors.DuplicateObject.sqlstate not in notices


def install_test_helpers(conn: psycopg.Connection, url: str) -> InstalledHelpers:
    """The basejump-style helpers in schema `tests` (dreamflow_dev/pgtap_helpers.sql), unless the database
    already has them (basejump's own, or a project's), which are then used as they are."""
    if conn.execute("select to_regprocedure(%s) is not null", (HELPERS_PROBE,)).fetchone()[0]:
        return InstalledHelpers(functions=False, schema=False, overrides_schema=False)
    schema_existed, overrides_existed = conn.execute(
        "select to_regnamespace('tests') is not null, to_regnamespace(%s) is not null", (OVERRIDES_SCHEMA,)
    ).fetchone()
    try:
        with conn.transaction():
            conn.execute(HELPERS_SQL.read_text())
    except psycopg.Error as exc:
        raise DevStackError(
            f"cannot install the pgTAP test helpers (schema tests) on {redact(url)}: {one_line(exc)}. "
            "Run as the database owner (`postgres`), or install basejump's supabase-test-helpers yourself."
        ) from exc
    return InstalledHelpers(functions=True, schema=not schema_existed, overrides_schema=not overrides_existed)


def _remove_test_helpers(conn: psycopg.Connection, helpers: InstalledHelpers) -> None:
    """Drop what install_test_helpers created: each schema if it made it, else only its functions. Every
    statement is tried; a failure is logged, never raised over the tests' own outcome."""
    for statement in _removal_statements(helpers):
        try:
            conn.execute(statement)
        except psycopg.Error as exc:
            logger.warning("could not remove the pgTAP test helpers after the tests: %s. Remove them yourself: "
                           "`%s`.", one_line(exc), statement)


def _removal_statements(helpers: InstalledHelpers) -> list[str]:
    """What undoes install_test_helpers. test_overrides is dropped without cascade: an object a test committed
    that calls its now() (a column default bound while time was frozen) makes the drop fail loudly instead of
    being changed behind the developer's back."""
    if not helpers.functions:
        return []
    tests = ("drop schema if exists tests cascade" if helpers.schema
             else "drop function if exists " + ", ".join(f"tests.{f}" for f in HELPER_FUNCTIONS))
    overrides = (f"drop function if exists {OVERRIDES_SCHEMA}.{f}" for f in OVERRIDE_FUNCTIONS)
    overrides_schema = [f"drop schema if exists {OVERRIDES_SCHEMA}"] if helpers.overrides_schema else []
    return [tests, *overrides, *overrides_schema]


def _disable_pgtap(conn: psycopg.Connection) -> None:
    """Drop what this run created; a failure is logged, never raised over the tests' own outcome."""
    try:
        conn.execute(DISABLE_PGTAP)
    except psycopg.Error as exc:
        logger.warning("could not drop pgTAP after the tests: %s. Drop it yourself: `drop extension if exists "
                       "pgtap`.", one_line(exc))


def _working_dir(paths: Sequence[Path]) -> Path:
    """The first path's folder, as the CLI's container starts in it (so `\\ir` includes resolve the same)."""
    first = paths[0]
    return first if first.is_dir() else first.parent
