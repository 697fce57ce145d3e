"""`invoke db-diff`: what was changed by hand in the local database, as a migration (like `supabase db diff`).

The shadow is a database of its own on the same server as the target, made from nothing as `invoke reset` makes
one (the Supabase layer, then every migration) and dropped afterwards. It shares the server's roles, as the
platform's databases do, works on every backend (native, docker, a --db-url server where `postgres` may create
databases) and costs a `create database` instead of a second server.

The engine is the one `supabase db diff` runs by default: @pgkit/migra, with the CLI's passes: extension schemas
for new schemas and extensions only, the platform's auth/realtime/storage for triggers and policies only, every
other schema (less the ones extensions and the platform manage) for everything, grants included.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import psycopg

from dreamflow_dev.acl_diff import missing_statements
from dreamflow_dev.config import Settings, load_settings
from dreamflow_dev.databases import create_database, drop_database
from dreamflow_dev.db import connect, redact
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.lifecycle import give_supabase_layer, prepare_database
from dreamflow_dev.migrate import create_migration_file
from dreamflow_dev.npm_tools import PGKIT_MIGRA
from dreamflow_dev.stack import make_local_stack

log = logging.getLogger(__name__)

DRIVER = resources.files("dreamflow_dev").joinpath("node", "schema_diff.cjs")
# The platform's own schemas: a project may add triggers and policies to their tables, nothing else.
PLATFORM_SCHEMAS = ("auth", "realtime", "storage")
# Schemas extensions install into: only new schemas and extensions are compared there.
EXTENSION_SCHEMAS = ("pg_catalog", "extensions", "pgmq", "tiger", "topology")
# Schemas extensions or the platform own and manage; never part of a project's migrations.
MANAGED_SCHEMAS = (
    "_analytics", "_realtime", "_supavisor",
    "cron", "graphql", "graphql_public", "net", "pgroonga", "pgtle", "repack", "tiger_data", "vault",
    "pgsodium", "pgsodium_masks", "timescaledb_experimental", "timescaledb_information", "_timescaledb_cache",
    "_timescaledb_catalog", "_timescaledb_config", "_timescaledb_debug", "_timescaledb_functions",
    "_timescaledb_internal",
    "pgbouncer", "supabase_functions", "supabase_migrations",
)
# Extensions a server lets only one of its databases hold (pg_cron lives where cron.database_name points): a
# shadow beside the target can never have them, so they are left out of the comparison (as are the ones the
# platform made, see platform_made_extensions).
ONE_DATABASE_EXTENSIONS = ("pg_cron",)
DROP_STATEMENT = re.compile(r"^\s*(drop|alter\s+table\s+\S+\s+drop)\b", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class DiffPass:
    """One comparison the engine makes: a schema (or all but some) and which kinds of change it keeps."""

    changes: str  # all | extensions | triggers_and_policies (named in node/schema_diff.cjs)
    schema: str | None = None
    exclude_schemas: tuple[str, ...] = ()

    def as_json(self) -> dict:
        where = {"schema": self.schema} if self.schema else {"exclude_schema": list(self.exclude_schemas)}
        return where | {"changes": self.changes}


def plan_passes(schemas: list[str], present: set[str]) -> list[DiffPass]:
    """The passes for `--schema` (each named schema), or, without it, the CLI's three scopes: extension schemas,
    every schema a project may own, the platform's schemas. The CLI makes one pass per extension or platform
    schema; each pass re-reads both inspections whole, so here each scope is one pass over the schemas of it
    that exist (`present`: every schema of both databases), which finds the same changes."""
    if schemas:
        return [DiffPass("triggers_and_policies" if name in PLATFORM_SCHEMAS else "all", schema=name)
                for name in schemas]
    owned = DiffPass("all", exclude_schemas=PLATFORM_SCHEMAS + EXTENSION_SCHEMAS + MANAGED_SCHEMAS)
    return [one for one in (_scope_pass("extensions", EXTENSION_SCHEMAS, present), owned,
                            _scope_pass("triggers_and_policies", PLATFORM_SCHEMAS, present)) if one]


def _scope_pass(changes: str, scope: tuple[str, ...], present: set[str]) -> DiffPass | None:
    """One pass over the schemas of `scope` that exist, by excluding every other schema; None if none exist."""
    if not present & set(scope):
        return None
    return DiffPass(changes, exclude_schemas=tuple(sorted(present - set(scope))))


def diff_database(settings: Settings, schemas: list[str] | None = None, *, admin_url: str | None = None) -> str:
    """The SQL that turns a freshly migrated shadow into the target database ('' when they match). admin_url
    is the server's supabase_admin, to bootstrap the shadow as the target was (default: the local stack's)."""
    PGKIT_MIGRA.ensure_installed()
    with shadow_database(settings, admin_url=admin_url) as shadow_url:
        return diff_databases(shadow_url, settings.url, schemas or [])


def diff_databases(source_url: str, target_url: str, schemas: list[str]) -> str:
    """The SQL that turns the source database into the target one: migra's statements, then what migra leaves
    out (grants on views, sequences and functions; view options), read once migra's statements ran in the
    source. The source is changed: it must be a scratch database such as the shadow."""
    with connect(source_url, autocommit=True) as source, connect(target_url, autocommit=True) as target:
        present = _schema_names(source) | _schema_names(target)
        ignored = sorted(set(ONE_DATABASE_EXTENSIONS) | platform_made_extensions(target))
        engine_sql = engine_diff(source_url, target_url, plan_passes(schemas, present), ignored)
        if engine_sql:
            _run_in_shadow(source, engine_sql)
        completion = missing_statements(source, target, changeable_schemas(target, schemas))
    return "\n\n".join(part for part in (engine_sql, "\n".join(completion)) if part)


def changeable_schemas(conn: psycopg.Connection, schemas: list[str]) -> list[str]:
    """The schemas migra compares for every kind of change: those named (less the platform's), or all a
    project may own."""
    if schemas:
        return [name for name in schemas if name not in PLATFORM_SCHEMAS]
    excluded = list(PLATFORM_SCHEMAS + EXTENSION_SCHEMAS + MANAGED_SCHEMAS + ("information_schema",))
    return [row[0] for row in conn.execute(
        "select nspname from pg_catalog.pg_namespace where nspname <> all(%s) and nspname not like 'pg\\_%%'",
        (excluded,))]


def _run_in_shadow(shadow: psycopg.Connection, engine_sql: str) -> None:
    try:
        shadow.execute(engine_sql)
    except psycopg.Error as exc:
        raise DevStackError(f"schema diff failed: the engine's statements do not apply to the shadow "
                            f"({(exc.diag.message_primary or str(exc)).strip()}). Run `invoke db-diff` with "
                            "--schema to narrow it, or write this migration by hand.") from exc


def _schema_names(conn: psycopg.Connection) -> set[str]:
    return {row[0] for row in conn.execute("select nspname from pg_catalog.pg_namespace")}


def platform_made_extensions(conn: psycopg.Connection) -> set[str]:
    """Extensions of this database its user may not create (superuser-only, and the user is no superuser): no
    migration run as that user made them, the platform's bootstrap did, as the image the CLI's shadow starts
    from does; a shadow the user prepared lacks them."""
    return {row[0] for row in conn.execute(
        """
        select e.extname from pg_catalog.pg_extension e
        where not (select rolsuper from pg_catalog.pg_roles where rolname = current_user)
          and exists (select from pg_catalog.pg_available_extension_versions v
                      where v.name = e.extname and v.version = e.extversion and v.superuser and not v.trusted)
        """)}


def engine_diff(source_url: str, target_url: str, passes: list[DiffPass], ignored_extensions: list[str]) -> str:
    """migra's SQL from the source to the target, pass by pass, leaving the ignored extensions alone."""
    plan = {"source": source_url, "target": target_url, "ignore_extensions": ignored_extensions,
            "passes": [one.as_json() for one in passes]}
    with resources.as_file(DRIVER) as driver:
        done = PGKIT_MIGRA.run_node(driver, stdin=json.dumps(plan))
    if done.returncode != 0:
        observed = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise DevStackError(f"schema diff failed: @pgkit/migra said {redact(observed)}. "
                            "Check that both databases answer, then run `invoke db-diff` again.")
    return done.stdout.strip()


@contextmanager
def shadow_database(settings: Settings, *, admin_url: str | None = None) -> Iterator[str]:
    """A database beside the target with the Supabase layer and every migration applied; dropped afterwards."""
    admin_url = admin_url or make_local_stack(settings).admin_url
    name = f"dreamflow_shadow_{uuid.uuid4().hex[:12]}"
    url = create_database(settings.url, name)
    try:
        log.info("shadow database %s: applying every migration…", name)
        give_supabase_layer(url, admin_url)
        prepare_database(load_settings(db_url=url, project_root=settings.project_root), url)
        yield url
    finally:
        drop_database(settings.url, name)


def drop_statements(diff: str) -> list[str]:
    """The statements of a diff that drop something: the CLI asks the user to double-check them."""
    return [line.strip() for line in diff.splitlines() if DROP_STATEMENT.match(line)]


def write_migration(migrations_dir: Path, name: str, diff: str) -> Path:
    """The diff as a new migration file, named as `invoke migration-new NAME` names them."""
    path = create_migration_file(migrations_dir, name)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"\n{diff}\n")
    return path
