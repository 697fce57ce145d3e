"""What `up`, `reset` and `status` do: start the backend, make it Supabase-compatible, migrate, describe."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
from psycopg import sql

from dreamflow_dev.bootstrap import ensure_supabase_compat
from dreamflow_dev.config import Settings
from dreamflow_dev.db import connect, database_of, redact, remote_targets, with_database
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.migrate import apply_pending_migrations, discover_migrations, plan_migrations
from dreamflow_dev.stack import Stack
from dreamflow_dev.stack.native import NativeCluster

Say = Callable[[str], None]
TEMPLATE_DATABASES = frozenset({"template0", "template1"})


@dataclass
class DatabaseFacts:
    """What a running database looks like from the suite's point of view."""

    server_version: str
    extensions: list[str]
    migrations_applied: int
    migrations_pending: int
    drifted: list[str] = field(default_factory=list)


@dataclass
class UpReport:
    backend: str
    url: str
    started_now: bool
    applied_now: list[str]
    facts: DatabaseFacts
    seconds: float


def bring_up(settings: Settings, stack: Stack, say: Say) -> UpReport:
    """Start if needed, apply the Supabase compatibility layer if missing, apply pending migrations."""
    started_at = time.perf_counter()
    if isinstance(stack, NativeCluster):
        from dreamflow_dev.stack.extensions import ensure_optional_extensions

        ensure_optional_extensions(stack.binaries, say)
    started_now = stack.start()
    if not started_now:
        say(f"{stack.backend_name} stack already running at {redact(stack.url)}; applying only what is pending")
    applied = prepare_database(settings, stack.url, say)
    with connect(stack.url) as conn:
        facts = describe_database(conn, settings)
    return UpReport(stack.backend_name, stack.url, started_now, applied, facts, time.perf_counter() - started_at)


def prepare_database(settings: Settings, url: str, say: Say) -> list[str]:
    """Compatibility layer (when missing), then pending migrations; returns the file names applied."""
    migrations = discover_migrations(settings.migrations_dir)
    with connect(url, autocommit=True) as conn:
        conn.add_notice_handler(lambda notice: _relay_notice(notice, say))
        if ensure_supabase_compat(conn):
            say("created Supabase roles, auth schema and extensions (what the supabase/postgres image provides)")
        applied = apply_pending_migrations(conn, migrations)
    return [migration.path.name for migration in applied]


def describe_database(conn: psycopg.Connection, settings: Settings) -> DatabaseFacts:
    version = conn.execute("select current_setting('server_version')").fetchone()[0]
    extensions = [row[0] for row in conn.execute(
        "select extname || ' ' || extversion from pg_catalog.pg_extension where extname <> 'plpgsql' order by 1"
    )]
    plan = plan_migrations(conn, discover_migrations(settings.migrations_dir))
    conn.commit()
    return DatabaseFacts(version, extensions, len(plan.applied), len(plan.pending),
                         [m.path.name for m in plan.drifted])


def require_local_or_yes(url: str, yes: bool, action: str) -> None:
    """Destructive tasks refuse a non-local host unless the user said --yes."""
    remote = remote_targets(url)
    if remote and not yes:
        raise DevStackError(
            f"refusing to {action} on {redact(url)}: it is not a local database (libpq would reach "
            f"{', '.join(remote)}). Re-run with --yes if you really mean it."
        )


def reset_database(settings: Settings, url: str, say: Say) -> list[str]:
    """Recreate the database and apply every migration; interrupted, say what state it is left in."""
    try:
        recreate_database(url)
        return prepare_database(settings, url, say)
    except KeyboardInterrupt:
        raise KeyboardInterrupt(describe_interrupted_reset(settings, url)) from None


def describe_interrupted_reset(settings: Settings, url: str) -> str:
    """What an interrupted reset left, read from the database itself: gone, or holding some migrations."""
    database = database_of(url)
    total = len(discover_migrations(settings.migrations_dir))
    try:
        with connect(url, autocommit=True, connect_timeout=3) as conn:
            applied = conn.execute(
                "select case when to_regclass('supabase_migrations.schema_migrations') is null then 0"
                " else (select count(*) from supabase_migrations.schema_migrations) end"
            ).fetchone()[0]
    except (DevStackError, psycopg.Error) as exc:
        if f'database "{database}" does not exist' in str(exc):
            return f"reset stopped: database {database} was dropped and not created again. Run `invoke reset` again."
        return (f"reset stopped: the state of database {database} could not be read ({exc}). "
                "Run `invoke reset` again once it answers.")
    if applied >= total:
        return f"reset stopped: database {database} has all {total} migrations applied. Nothing is left to finish."
    return (f"reset stopped: database {database} has {applied} of {total} migrations applied. "
            f"Run `invoke reset` again to start over, or `invoke migrate` to apply the other {total - applied}.")


def recreate_database(url: str) -> None:
    """Drop and create the URL's database, like `supabase db reset` (connections to it are ended)."""
    database = database_of(url)
    if database in TEMPLATE_DATABASES:
        raise DevStackError(
            f"refusing to reset database {database}: it is a template Postgres copies to create every database. "
            "Point --db-url at your app's database (…/postgres)."
        )
    maintenance_db = "template1" if database == "postgres" else "postgres"
    with connect(with_database(url, maintenance_db), autocommit=True) as conn:
        name = sql.Identifier(database)
        try:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(name))
            conn.execute(sql.SQL("create database {}").format(name))
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse) as exc:
            raise DevStackError(f"cannot recreate database {database}: {exc.diag.message_primary}. "
                                "Reset as the database's owner, or close what holds it and retry.") from exc


def _relay_notice(notice: psycopg.errors.Diagnostic, say: Say) -> None:
    """Pass on what migrations RAISE NOTICE, without the noise of `... already exists, skipping`."""
    message = notice.message_primary or ""
    if notice.severity in {"NOTICE", "WARNING", "INFO"} and "skipping" not in message:
        say(f"{notice.severity.lower()}: {message}")
