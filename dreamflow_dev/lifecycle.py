"""What `up`, `reset` and `status` do: start the backend, make it Supabase-compatible, migrate, describe."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import psycopg

from dreamflow_dev.bootstrap import bootstrap_as_admin, missing_supabase_layer, prepare_owned_database
from dreamflow_dev.config import Settings, load_settings
from dreamflow_dev.cron_scheduler import scheduler_stopped_in
from dreamflow_dev.databases import create_database, database_exists, recreate_database
from dreamflow_dev.db import connect, database_of, one_line, redact, remote_targets, with_database
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.migrate import apply_pending_migrations, discover_migrations, plan_migrations
from dreamflow_dev.stack import Stack, make_stack
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import PgBinaries

log = logging.getLogger(__name__)


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


def bring_up(settings: Settings, stack: Stack) -> UpReport:
    """Start if needed, bootstrap it like the platform if it is new, apply pending migrations as `postgres`."""
    started_at = time.perf_counter()
    stack.prepare_host()
    started_now = stack.start()
    if not started_now:
        log.info("%s stack already running at %s; applying only what is pending", stack.backend_name,
                 redact(stack.url))
    stack.require_ours("apply migrations")
    if stack.admin_url is not None:
        create_missing_database(stack)
    bootstrap_stack(stack)
    applied = prepare_database(settings, stack.url)
    with connect(stack.url) as conn:
        facts = describe_database(conn, settings)
    return UpReport(stack.backend_name, stack.url, started_now, applied, facts, time.perf_counter() - started_at)


def bootstrap_stack(stack: Stack) -> None:
    """As the local stack's superuser, give its database what the supabase/postgres image and GoTrue give it;
    a database someone else runs is left as it is."""
    if stack.admin_url is None:
        return
    with connect(stack.admin_url, autocommit=True) as admin:
        if bootstrap_as_admin(admin):
            log.info("bootstrapped as supabase_admin: roles, auth and extensions schemas"
                     " (as the supabase/postgres image)")


def prepare_database(settings: Settings, url: str) -> list[str]:
    """Apply pending migrations as the URL's user, once the database has the Supabase layer; returns the
    file names applied."""
    migrations = discover_migrations(settings.migrations_dir)
    with connect(url, autocommit=True) as conn:
        conn.add_notice_handler(_relay_notice)
        require_supabase_layer(conn, url)
        applied = apply_pending_migrations(conn, migrations)
    return [migration.path.name for migration in applied]


def require_supabase_layer(conn: psycopg.Connection, url: str) -> None:
    """Refuse, before any migration runs, a database without Supabase's roles and auth schema."""
    missing = missing_supabase_layer(conn)
    if missing:
        raise DevStackError(
            f"{redact(url)} lacks what Supabase provides ({', '.join(missing[:4])}"
            f"{', ...' if len(missing) > 4 else ''}). Point --db-url at a Supabase database, "
            "or use the local stack (`invoke up`), which bootstraps it."
        )


def read_database_facts(settings: Settings, url: str) -> DatabaseFacts:
    """The facts `status` shows; a server that answers without the database says which command makes it."""
    try:
        conn = connect(url)
    except DevStackError as exc:
        database = database_of(url)
        if not _is_missing_database(exc.__cause__, database):
            raise
        finish = "Run `invoke up` to create and migrate it" if settings.db_url is None else \
            "Run `invoke reset` (same --db-url) to create and migrate it"
        raise DevStackError(f"database {database} does not exist: the server answers, but a reset stopped between "
                            f"dropping and creating it (or the URL names another database). {finish}.") from exc
    with conn:
        return describe_database(conn, settings)


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


def require_own_stack(settings: Settings, action: str) -> None:
    """Without --db-url a writing task acts on this checkout's own stack only: a server on the configured
    port that this checkout did not start (another clone's, say) is refused before anything is written."""
    if settings.db_url is None:
        make_stack(settings).require_ours(action)


def reset_database(settings: Settings, stack: Stack) -> list[str]:
    """Drop and create the database (--db-url's own database, else the stack's), give it the Supabase layer
    again, re-run every migration (like `supabase db reset`); returns the file names applied. Interrupted,
    it says what state it left."""
    target = settings.db_url or stack.url
    if settings.db_url is None:
        stack.require_ours("reset the database")
    try:
        recreate_database(target)
        give_supabase_layer(target, stack.admin_url)
        applied = prepare_database(settings, target)
    except KeyboardInterrupt:
        raise KeyboardInterrupt(describe_interrupted_reset(settings, target)) from None
    on_our_server = settings.db_url is None or settings.names_local_stack
    restart_stopped_cron_scheduler(stack if on_our_server else None, target)
    return applied


def restart_stopped_cron_scheduler(stack: Stack | None, url: str) -> None:
    """Dropping pg_cron's database ends its launcher for good (it exits cleanly, so Postgres never starts it
    again); a server restart is the only way back, as the Supabase CLI restarts its container after a reset.
    `stack` is the suite's own server holding `url`, or None: a server the suite does not run (or another
    than the one the URL names) is only told about, never restarted."""
    with connect(url, autocommit=True) as conn:
        stopped = scheduler_stopped_in(conn)
    if not stopped:
        return
    if stack is None or stack.admin_url is None:
        log.warning("pg_cron's scheduler stopped when the reset dropped database %s; no job runs until that "
                    "server restarts. Restart it where it runs.", database_of(url))
        return
    stack.stop()
    stack.start()
    log.info("restarted the server: dropping the database had stopped pg_cron's scheduler")


def give_supabase_layer(url: str, admin_url: str | None) -> None:
    """A new database's Supabase layer: bootstrapped as supabase_admin on a stack the suite runs (admin_url
    names the server), else what `postgres` may create as the database's owner (a hosted-shaped server)."""
    if admin_url is None:
        with connect(url, autocommit=True) as owner:
            prepare_owned_database(owner)
        return
    with connect(with_database(admin_url, database_of(url)), autocommit=True) as admin:
        bootstrap_as_admin(admin)


@contextmanager
def throwaway_stack(binaries: PgBinaries, *, migrate: bool, prefix: str = "dreamflow-",
                    **server_settings: str) -> Iterator[NativeCluster]:
    """A cluster of its own (temp dir, free port, no durability), never the developer's stack, brought up
    as `invoke up` does: bootstrapped, and migrated when asked; destroyed afterwards."""
    cluster = NativeCluster.throwaway(binaries, prefix=prefix, **server_settings)
    try:
        if migrate:
            bring_up(load_settings(db_url=cluster.url), cluster)
        else:
            cluster.start()
            bootstrap_stack(cluster)
        yield cluster
    finally:
        cluster.destroy()


def describe_interrupted_reset(settings: Settings, url: str) -> str:
    """What an interrupted reset left, read from the database itself, and the one command that finishes it:
    `invoke up` for the project's own stack (it creates a missing database and applies what is pending), a
    new reset or migrate for a database given by URL."""
    database = database_of(url)
    total = len(discover_migrations(settings.migrations_dir))
    try:
        applied, has_layer = read_migration_progress(url)
    except DevStackError as exc:
        if not _is_missing_database(exc.__cause__, database):
            return f"reset stopped: the state of database {database} could not be read ({exc}). " \
                   "Run `invoke reset` again once it answers."
        finish = "Run `invoke up` to create and migrate it" if settings.db_url is None else \
            "Run `invoke reset` again (same --db-url) to create and migrate it"
        return f"reset stopped: database {database} was dropped and not created again. {finish}."
    if applied >= total:
        return f"reset stopped: database {database} has all {total} migrations applied. Nothing is left to finish."
    progress = f"reset stopped: database {database} has {applied} of {total} migrations applied."
    if settings.db_url is None:
        return f"{progress} Run `invoke up` to apply the other {total - applied} (or `invoke reset` to start over)."
    if not has_layer:
        return f"{progress} Run `invoke reset` again (same --db-url) to finish it."
    return (f"{progress} Run `invoke reset` again to start over, or `invoke migrate` to apply the other "
            f"{total - applied}.")


def read_migration_progress(url: str) -> tuple[int, bool]:
    """How many migrations the database records, and whether it has the Supabase layer yet."""
    with connect(url, autocommit=True, connect_timeout=3) as conn:
        try:
            applied = conn.execute(
                "select case when to_regclass('supabase_migrations.schema_migrations') is null then 0"
                " else (select count(*) from supabase_migrations.schema_migrations) end"
            ).fetchone()[0]
            return applied, not missing_supabase_layer(conn)
        except psycopg.Error as exc:
            raise DevStackError(one_line(exc)) from exc


def create_missing_database(stack: Stack) -> None:
    """The stack's database is gone only when a reset stopped between dropping and creating it: `up`
    creates it again, and bootstrapping and migrating it then finish that reset."""
    database = database_of(stack.url)
    if not database_exists(stack.admin_url, database):  # asked as the superuser: a new cluster has no postgres yet
        create_database(stack.url, database)
        log.info("database %s was missing (an interrupted reset); created it again", database)


def _is_missing_database(exc: BaseException | None, database: str) -> bool:
    return isinstance(exc, psycopg.OperationalError) and f'database "{database}" does not exist' in str(exc)


def _relay_notice(notice: psycopg.errors.Diagnostic) -> None:
    """Pass on what migrations RAISE NOTICE, without the noise of `... already exists, skipping`."""
    message = notice.message_primary or ""
    if notice.severity in {"NOTICE", "WARNING", "INFO"} and "skipping" not in message:
        log.log(logging.WARNING if notice.severity == "WARNING" else logging.INFO, "%s", message)
