"""Discovers, orders, applies and records migrations, as the Supabase CLI does.

History lives in `supabase_migrations.schema_migrations (version, name, statements)`, the CLI's own
table, so `supabase migration list` agrees with us. Each file runs in its own transaction together with
its history row: a failing file leaves no trace, and the ones before it stay applied.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

import psycopg

from dreamflow_dev.errors import DevStackError
from dreamflow_dev.sqlsplit import Statement, split_statements

MIGRATION_FILE = re.compile(r"^(?P<version>\d+)_(?P<name>.+)\.sql$")
HISTORY_TABLE_SQL = (
    "create schema if not exists supabase_migrations",
    "create table if not exists supabase_migrations.schema_migrations (version text not null primary key)",
    "alter table supabase_migrations.schema_migrations add column if not exists statements text[]",
    "alter table supabase_migrations.schema_migrations add column if not exists name text",
)


@dataclass(frozen=True)
class Migration:
    """One file in supabase/migrations/."""

    version: str
    name: str
    path: Path

    @cached_property
    def statements(self) -> list[Statement]:
        return split_statements(self.path.read_text())

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


def plan_migrations(conn: psycopg.Connection, migrations: list[Migration]) -> MigrationPlan:
    """Compare the files with the history table (created if missing)."""
    recorded = _recorded_statements(conn)
    applied = [m for m in migrations if m.version in recorded]
    return MigrationPlan(
        applied=applied,
        pending=[m for m in migrations if m.version not in recorded],
        drifted=[m for m in applied if recorded[m.version] != m.statement_texts],
        unknown_versions=sorted(set(recorded) - {m.version for m in migrations}),
    )


def apply_pending_migrations(
    conn: psycopg.Connection,
    migrations: list[Migration],
    *,
    on_applied: Callable[[Migration, float], None] | None = None,
) -> list[Migration]:
    """Apply every pending file in version order; returns those applied now."""
    plan = plan_migrations(conn, migrations)
    for migration in plan.pending:
        started = datetime.now(UTC)
        _apply_one(conn, migration)
        if on_applied:
            on_applied(migration, (datetime.now(UTC) - started).total_seconds())
    return plan.pending


def create_migration_file(folder: Path, name: str, now: datetime | None = None) -> Path:
    """A new empty migration named like `supabase migration new` names them."""
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise DevStackError(
            f"migration name {name!r} is not snake_case: use lowercase letters, digits and underscores. "
            "For example `invoke migration-new add_story_tags`."
        )
    version = (now or datetime.now(UTC)).strftime("%Y%m%d%H%M%S")
    path = folder / f"{version}_{name}.sql"
    if path.exists():
        raise DevStackError(f"{path.name} already exists. Wait a second or pick another name.")
    path.write_text(f"-- {name.replace('_', ' ')}: what this migration creates and why.\n")
    return path


def _apply_one(conn: psycopg.Connection, migration: Migration) -> None:
    statement = None
    try:
        with conn.transaction():
            for statement in migration.statements:
                conn.execute(statement.text.encode(), prepare=False)
            conn.execute(
                "insert into supabase_migrations.schema_migrations (version, name, statements) values (%s, %s, %s)",
                (migration.version, migration.name, migration.statement_texts),
            )
    except psycopg.Error as exc:
        where = f"line {_error_line(statement, exc)}" if statement else "recording it"
        detail = (exc.diag.message_primary or str(exc)).strip()
        raise DevStackError(
            f"migration {migration.path.name} failed at {where}: {detail}. "
            "Nothing of this file was applied (earlier files stay applied); fix it and run `invoke migrate`."
        ) from exc


def _error_line(statement: Statement, exc: psycopg.Error) -> int:
    """The file line of the error: the statement's first line, moved down to the error position if known."""
    position = exc.diag.statement_position
    if not position:
        return statement.line
    return statement.line + statement.text.count("\n", 0, int(position) - 1)


def _recorded_statements(conn: psycopg.Connection) -> dict[str, list[str]]:
    with conn.transaction():
        for sql in HISTORY_TABLE_SQL:
            conn.execute(sql)
    rows = conn.execute("select version, coalesce(statements, '{}') from supabase_migrations.schema_migrations")
    return {version: list(statements) for version, statements in rows}


def _refuse_duplicate_versions(migrations: list[Migration]) -> None:
    seen: dict[str, str] = {}
    for migration in migrations:
        if migration.version in seen:
            raise DevStackError(
                f"migrations {seen[migration.version]} and {migration.path.name} share version {migration.version}. "
                "Give one of them a new timestamp."
            )
        seen[migration.version] = migration.path.name
