"""Discovers, orders, applies and records migrations, as the Supabase CLI does.

History lives in `supabase_migrations.schema_migrations (version, name, statements)`, the CLI's own
table created with the CLI's own statements, and each file's statements are recorded as the CLI splits
them, so `supabase migration list` and `supabase migration up` agree with us in both directions. Each
file runs in its own transaction together with its history row: a failing file leaves no trace, and the
ones before it stay applied. Like the CLI, a file older than the last applied one is refused unless the
caller includes all; reading the plan never writes (status commands may run as a read-only role).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

import psycopg

from dreamflow_dev.config import missing_project_message
from dreamflow_dev.db import advisory_lock_held, one_line
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.sqlsplit import Statement, split_statements

log = logging.getLogger(__name__)

MIGRATION_FILE = re.compile(r"^(?P<version>\d+)_(?P<name>.+)\.sql$")
HISTORY_TABLE_SQL = (
    "CREATE SCHEMA IF NOT EXISTS supabase_migrations",
    "CREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text NOT NULL PRIMARY KEY)",
    "ALTER TABLE supabase_migrations.schema_migrations ADD COLUMN IF NOT EXISTS statements text[]",
    "ALTER TABLE supabase_migrations.schema_migrations ADD COLUMN IF NOT EXISTS name text",
)
# Longest file name most file systems accept, in bytes.
MAX_FILE_NAME_BYTES = 255
# The advisory lock key that serialises migration runs on one database ('migr' in ASCII).
MIGRATION_LOCK_KEY = 0x6D696772
logger = logging.getLogger(__name__)
# First words of a statement that begins or ends a transaction (`rollback to savepoint` stays allowed).
TRANSACTION_CONTROL = re.compile(
    r"(begin|start\s+transaction|commit|end|abort|rollback(?!\s+((work|transaction)\s+)?to\b)|prepare\s+transaction)\b",
    re.IGNORECASE,
)
LEADING_COMMENTS = re.compile(r"(\s+|--[^\n]*(\n|$)|/\*.*?\*/)*", re.DOTALL)


@dataclass(frozen=True)
class Migration:
    """One file in supabase/migrations/."""

    version: str
    name: str
    path: Path

    @cached_property
    def statements(self) -> list[Statement]:
        return split_statements(read_migration_text(self.path))

    @property
    def statement_texts(self) -> list[str]:
        return [statement.text for statement in self.statements]


@dataclass(frozen=True)
class MigrationPlan:
    """Where the database stands against the files: what is applied, pending, or changed since applied."""

    applied: list[Migration]
    pending: list[Migration]
    drifted: list[Migration]
    unknown_versions: list[str]
    last_applied_version: str | None = None

    @property
    def out_of_order(self) -> list[Migration]:
        """Pending files older than the last applied one: the CLI applies them only with --include-all."""
        if self.last_applied_version is None:
            return []
        return [m for m in self.pending if int(m.version) < _version_order(self.last_applied_version)]


def discover_migrations(folder: Path) -> list[Migration]:
    """The folder's .sql files in version order; a badly named file is refused, like the CLI does."""
    migrations = []
    for path in sorted(folder.glob("*.sql")):
        match = MIGRATION_FILE.match(path.name)
        if not match:
            raise DevStackError(
                f"migration file {path.name} has no version: names must match <timestamp>_<name>.sql. "
                "Rename it (e.g. with `invoke migration-new NAME`)."
            )
        migrations.append(Migration(match["version"], match["name"], path))
    migrations.sort(key=lambda migration: int(migration.version))
    _refuse_duplicate_versions(migrations)
    return migrations


def read_migration_text(path: Path) -> str:
    """The file's text, byte for byte (no newline translation): the CLI records what the file holds."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DevStackError(
            f"migration file {path.name} is not UTF-8: byte 0x{data[exc.start]:02x} on line {line}. "
            "Save it as UTF-8 and run the command again."
        ) from None


def plan_migrations(conn: psycopg.Connection, migrations: list[Migration]) -> MigrationPlan:
    """Compare the files with the history table; reads only (a missing table means nothing is applied)."""
    recorded = _recorded_statements(conn)
    applied = [m for m in migrations if m.version in recorded]
    return MigrationPlan(
        applied=applied,
        pending=[m for m in migrations if m.version not in recorded],
        drifted=[m for m in applied if recorded[m.version] is not None and recorded[m.version] != m.statement_texts],
        unknown_versions=sorted(set(recorded) - {m.version for m in migrations}, key=_version_order),
        last_applied_version=max(recorded, key=_version_order, default=None),
    )


def apply_pending_migrations(
    conn: psycopg.Connection,
    migrations: list[Migration],
    *,
    include_all: bool = False,
) -> list[Migration]:
    """Apply every pending file in version order; returns those applied now.

    Everything that would stop a file is checked for every pending file before the first one runs.
    """
    # A second runner waits, then plans again and finds the files applied, instead of failing on what the first made.
    with advisory_lock_held(conn, MIGRATION_LOCK_KEY, "waiting for another migration run on this database to finish"):
        plan = plan_migrations(conn, migrations)
        if not include_all:
            _refuse_out_of_order(plan)
        for migration in plan.pending:
            _refuse_transaction_control(migration)
        if plan.pending:
            _create_history_table(conn)
        for migration in plan.pending:
            started = datetime.now(UTC)
            _apply_one(conn, migration)
            log.info("applied %s (%.0f ms)", migration.path.name,
                     (datetime.now(UTC) - started).total_seconds() * 1000)
    return plan.pending


def create_migration_file(folder: Path, name: str, now: datetime | None = None) -> Path:
    """A new empty migration named like `supabase migration new` names them."""
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise DevStackError(
            f"migration name {name!r} is not snake_case: use lowercase letters, digits and underscores. "
            "For example `invoke migration-new add_story_tags`."
        )
    if not folder.parent.is_dir():
        raise DevStackError(missing_project_message(folder.parent.parent))
    version = (now or datetime.now(UTC)).strftime("%Y%m%d%H%M%S")
    path = folder / f"{version}_{name}.sql"
    if len(path.name.encode()) > MAX_FILE_NAME_BYTES:
        raise DevStackError(
            f"migration name is too long: {len(name)} characters make a {len(path.name.encode())}-byte file name, "
            f"over the {MAX_FILE_NAME_BYTES} bytes file systems allow. Use a shorter name."
        )
    if path.exists():
        raise DevStackError(f"{path.name} already exists. Wait a second or pick another name.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(f"-- {name.replace('_', ' ')}: what this migration creates and why.\n")
    except OSError as exc:
        raise DevStackError(f"cannot create {path}: {exc.strerror}. Check the folder and its permissions.") from exc
    return path


def _apply_one(conn: psycopg.Connection, migration: Migration) -> None:
    statement = None
    try:
        with conn.transaction():
            for statement in migration.statements:
                conn.execute(statement.text.encode(), prepare=False)
            statement = None
            conn.execute(
                "insert into supabase_migrations.schema_migrations (version, name, statements) values (%s, %s, %s)",
                (migration.version, migration.name, migration.statement_texts),
            )
    except psycopg.Error as exc:
        raise DevStackError(_failure_message(conn, migration, statement, exc)) from exc


def _failure_message(conn: psycopg.Connection, migration: Migration, statement: Statement | None,
                     exc: psycopg.Error) -> str:
    """Whose fault it was: the server or the connection going away and a cancelled statement are not the
    file's; a deadlock or a duplicate history row means another session worked on the same objects."""
    where = f"line {_error_line(statement, exc)}" if statement else "recording it"
    detail = (exc.diag.message_primary or one_line(exc)).strip().rstrip(".")
    name = migration.path.name
    untouched = "Nothing of this file was applied (earlier files stay applied)"
    if conn.broken or conn.closed or isinstance(exc, psycopg.errors.AdminShutdown | psycopg.errors.CrashShutdown):
        return (f"migration {name} was cut off at {where}: the database connection was lost ({detail}). "
                f"The file is not at fault; {untouched[0].lower()}{untouched[1:]}. Check the server "
                "(`invoke status`) and run `invoke migrate` again.")
    if isinstance(exc, psycopg.errors.QueryCanceled):
        return (f"migration {name} was cancelled at {where}: {detail}. {untouched}; raise statement_timeout "
                "or lock_timeout for the role, or find what held it up, and run `invoke migrate` again.")
    recorded_twice = statement is None and isinstance(exc, psycopg.errors.UniqueViolation)
    if recorded_twice or isinstance(exc, psycopg.errors.DeadlockDetected | psycopg.errors.SerializationFailure):
        return (f"migration {name} collided with another session at {where}: {detail}. {untouched}; another "
                "migration run or client changed the same objects at the same time. Run `invoke migrate` again.")
    return f"migration {name} failed at {where}: {detail}. {untouched}; fix it and run `invoke migrate`."


def _error_line(statement: Statement, exc: psycopg.Error) -> int:
    """The file line of the error: the statement's first line, moved down to the error position if known."""
    position = exc.diag.statement_position
    if not position:
        return statement.line
    return statement.line + statement.text.count("\n", 0, int(position) - 1)


def _version_order(version: str) -> int:
    """Versions compare as numbers, like the files; a history row with another kind of version sorts first."""
    return int(version) if version.isdigit() else -1


def _create_history_table(conn: psycopg.Connection) -> None:
    """The history table, made by the same statements `supabase migration up` runs."""
    with conn.transaction():
        for statement in HISTORY_TABLE_SQL:
            conn.execute(statement)


def _recorded_statements(conn: psycopg.Connection) -> dict[str, list[str] | None]:
    """Applied versions and their recorded statements (None where the history holds none); never writes."""
    columns = {row[0] for row in conn.execute(
        "select attname from pg_catalog.pg_attribute"
        " where attrelid = to_regclass('supabase_migrations.schema_migrations') and attnum > 0 and not attisdropped"
    )}
    if not columns:
        return {}
    query = ("select version, statements from supabase_migrations.schema_migrations" if "statements" in columns
             else "select version, null::text[] from supabase_migrations.schema_migrations")
    try:
        rows = conn.execute(query).fetchall()
    except psycopg.errors.InsufficientPrivilege as exc:
        raise DevStackError(
            f"cannot read the migration history: {exc.diag.message_primary}. "
            "Connect as a role that may read supabase_migrations.schema_migrations."
        ) from exc
    return {version: None if statements is None else list(statements) for version, statements in rows}


def _refuse_out_of_order(plan: MigrationPlan) -> None:
    if plan.out_of_order:
        names = ", ".join(m.path.name for m in plan.out_of_order)
        raise DevStackError(
            f"migration {names} is older than the last applied version {plan.last_applied_version}: "
            "applied out of order it may fail on a fresh database. Give it a newer timestamp "
            "(`invoke migration-new NAME` and move its SQL), or run `invoke migrate --include-all` to apply it anyway."
        )


def _refuse_transaction_control(migration: Migration) -> None:
    """A file's own BEGIN/COMMIT would end the transaction that keeps the file and its history row together."""
    for statement in migration.statements:
        code = statement.text[LEADING_COMMENTS.match(statement.text).end():]
        match = TRANSACTION_CONTROL.match(code)
        if match:
            line = statement.line + statement.text.count("\n", 0, len(statement.text) - len(code))
            raise DevStackError(
                f"migration {migration.path.name} manages its own transaction: `{match[0]}` on line {line}. "
                "Each file already runs in one transaction with its history row; remove its own "
                "BEGIN/COMMIT/ROLLBACK lines. Nothing was applied."
            )


def _refuse_duplicate_versions(migrations: list[Migration]) -> None:
    seen: dict[str, str] = {}
    for migration in migrations:
        if migration.version in seen:
            raise DevStackError(
                f"migrations {seen[migration.version]} and {migration.path.name} share version {migration.version}. "
                "Give one of them a new timestamp."
            )
        seen[migration.version] = migration.path.name
