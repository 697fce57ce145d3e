"""Runs pgTAP test files the way `supabase test db` does, with the machine's own pg_prove instead of Docker.

What is shared with the Supabase CLI (supabase/cli, internal/db/test):
- the files: `pg_prove --ext .pg --ext .sql -r supabase/tests` (or the paths given), so pg_prove itself finds
  every `.sql` and `.pg` file below the folder, in its order, from the first path's folder;
- pgTAP: `create extension if not exists pgtap with schema extensions` first, and `drop extension if exists
  pgtap` afterwards only when this run created it, so the database is left as it was found;
- the outcome: pg_prove's TAP output and summary, and its exit code (non-zero when a test fails, a file's plan
  does not match what ran, or a file errors).
Each test file runs in its own psql session; files that begin and roll back a transaction leave nothing behind.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict

from dreamflow_dev.db import connect, one_line, redact
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
log = logging.getLogger(__name__)


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
    """Enable pgTAP if absent, run pg_prove over the paths, then drop pgTAP again if this run created it.
    Returns pg_prove's exit code: 0 when every file passed. Its report goes straight to the terminal, as the
    CLI streams its container's output."""
    command = pg_prove_command(find_pg_prove(), paths, verbose)
    with connect(url, autocommit=True) as conn:
        created = enable_pgtap(conn, url)
        try:
            return subprocess.run(command, cwd=_working_dir(paths), env=pg_prove_environment(url),
                                  check=False).returncode
        finally:
            if created:
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


def _disable_pgtap(conn: psycopg.Connection) -> None:
    """Drop what this run created; a failure is reported, never raised over the tests' own outcome."""
    try:
        conn.execute(DISABLE_PGTAP)
    except psycopg.Error as exc:
        log.warning("could not drop pgTAP after the tests: %s. Drop it yourself: `drop extension if exists pgtap`.",
                    one_line(exc))


def _working_dir(paths: Sequence[Path]) -> Path:
    """The first path's folder, as the CLI's container starts in it (so `\\ir` includes resolve the same)."""
    first = paths[0]
    return first if first.is_dir() else first.parent
