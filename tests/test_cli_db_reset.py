"""`supabase db reset --db-url` and `supabase migration down` run end to end on the local stack, as on a
hosted project: the CLI drops what `postgres` owns and what it may drop (pg_cron among them, through the
privileged extensions hook), then migration 005 creates pg_cron again as `postgres`, with the platform's
grants and the nightly job.

The CLI is given the stack as a project (a socket dsn, not [db] port, which it would take for its own
Docker stack). Prerequisites: the cli tier, pg_cron, and the hook's build tools.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dreamflow_dev.config import PROJECT_ROOT
from dreamflow_dev.migrate import discover_migrations

from support.supabase_cli import SocketStack, socket_stack, write_project

pytestmark = [pytest.mark.cli, pytest.mark.cron, pytest.mark.hook, pytest.mark.slow]

MIGRATIONS = PROJECT_ROOT / "supabase" / "migrations"
VERSIONS = [migration.version for migration in discover_migrations(MIGRATIONS)]
NIGHTLY_JOB = "nightly-recompute-streaks"


@pytest.fixture(scope="module")
def stack(pg_binaries) -> Iterator[SocketStack]:
    with socket_stack(pg_binaries, migrate=True, prefix="dreamflow-cli-reset-") as made:
        yield made


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    files = {path.name: path.read_bytes() for path in sorted(MIGRATIONS.glob("*.sql"))}
    return write_project(tmp_path_factory.mktemp("cli-reset"), files)


def _applied(stack: SocketStack) -> list[str]:
    with psycopg.connect(stack.cluster.url) as conn:
        return [row[0] for row in conn.execute("select version from supabase_migrations.schema_migrations order by 1")]


def _pg_cron_as_on_the_platform(stack: SocketStack) -> tuple:
    """pg_cron's schema and owner, whether postgres may write cron.job, and whether the nightly job exists."""
    with psycopg.connect(stack.cluster.url) as conn:
        return conn.execute(
            "select n.nspname, r.rolname, has_table_privilege('postgres', 'cron.job', 'insert'),"
            " exists (select from cron.job where jobname = %s)"
            " from pg_catalog.pg_extension e join pg_catalog.pg_namespace n on n.oid = e.extnamespace"
            " join pg_catalog.pg_roles r on r.oid = e.extowner where e.extname = 'pg_cron'", (NIGHTLY_JOB,)).fetchone()


def test_cli_db_reset_runs_end_to_end_on_the_local_stack(cli, stack, project):
    with psycopg.connect(stack.cluster.url, autocommit=True) as conn:
        conn.execute("create table public.made_before_the_reset (id int)")
    cli.run(project, "db", "reset", "--yes", "--db-url", stack.dsn())
    assert _applied(stack) == VERSIONS
    with psycopg.connect(stack.cluster.url) as conn:
        assert conn.execute("select to_regclass('public.made_before_the_reset')").fetchone() == (None,)
    assert _pg_cron_as_on_the_platform(stack) == ("pg_catalog", "supabase_admin", False, True)


def test_cli_migration_down_reverts_the_last_migration_and_up_applies_it_again(cli, stack, project):
    cli.run(project, "migration", "down", "--last", "1", "--yes", "--db-url", stack.dsn())
    assert _applied(stack) == VERSIONS[:-1]
    cli.run(project, "migration", "up", "--db-url", stack.dsn())
    assert _applied(stack) == VERSIONS
    assert _pg_cron_as_on_the_platform(stack) == ("pg_catalog", "supabase_admin", False, True)
