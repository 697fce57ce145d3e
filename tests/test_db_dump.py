"""`invoke db-dump`: the CLI's dump, made with the local pg_dump, restores into a fresh platform-shaped database
(a throwaway stack bootstrapped like `invoke up`) as the same schema, with privileges no wider than the original,
and the data dump brings the rows back."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator

import psycopg
import pytest

from dreamflow_dev.db import with_database
from dreamflow_dev.dump import DumpRequest, dump_database
from dreamflow_dev.lifecycle import throwaway_stack
from dreamflow_dev.stack.native import NativeCluster

from support.catalog_snapshot import catalog_snapshot, snapshot_differences
from support.cli_project import project_on, run_invoke
from support.clusters import TEST_PREFIX
from support.supabase_cli import SupabaseCli
from support.world import build_world

pytestmark = pytest.mark.slow

PUBLIC_TABLES = ("profiles", "rituals", "sessions", "session_assets", "session_feedback", "user_streaks")


@pytest.fixture(scope="module")
def original(pg_binaries) -> Iterator[NativeCluster]:
    """A stack as `invoke up` leaves it, with two users' rows in every table."""
    with throwaway_stack(pg_binaries, migrate=True, prefix=TEST_PREFIX) as cluster:
        with psycopg.connect(cluster.url) as conn:
            build_world(conn)
        yield cluster


@pytest.fixture(scope="module")
def restored(pg_binaries, original: NativeCluster) -> Iterator[NativeCluster]:
    """A fresh stack, bootstrapped but not migrated, with the schema dump restored into it as `postgres`."""
    schema = dump_database(original.url, DumpRequest())
    with throwaway_stack(pg_binaries, migrate=False, prefix=TEST_PREFIX) as cluster:
        _require_pg_cron_made_ahead(cluster.url, schema)
        _restore(cluster.url, schema)
        yield cluster


def test_schema_dump_restores_the_same_schema(original: NativeCluster, restored: NativeCluster):
    before, after = catalog_snapshot(original.url), catalog_snapshot(restored.url)
    del before["grants"], after["grants"]  # compared on their own below: the restore may only narrow them
    assert snapshot_differences(before, after) == {}


# A restore widens privileges (the platform's default privileges grant every restored object to the API roles;
# pg_dump writes only GRANTs): tests/test_safety_restore.py restores this same script and proves that every
# privilege it gains is refused when used.


def test_data_dump_restores_the_rows(original: NativeCluster, restored: NativeCluster):
    data = dump_database(original.url, DumpRequest(data_only=True))
    # SET session_replication_role, the data dump's first statement, is superuser-only in PostgreSQL; the
    # platform lets `postgres` set it through supautils, which this stack does not have, so the rows are
    # restored by the stack's superuser instead.
    _restore(with_database(restored.admin_url, "postgres"), data)
    assert _row_counts(restored.url) == _row_counts(original.url)


def test_data_dump_uses_the_clis_inserts_and_session_settings(original: NativeCluster):
    data = dump_database(original.url, DumpRequest(data_only=True))
    assert data.startswith("SET session_replication_role = replica;\n\n")
    assert data.endswith("RESET ALL;\n")
    assert 'INSERT INTO "public"."profiles"' in data and "COPY " not in data
    assert "supabase_migrations" not in data


def test_schema_dump_leaves_out_the_platform_schemas(original: NativeCluster):
    schema = dump_database(original.url, DumpRequest())
    assert 'CREATE TABLE IF NOT EXISTS "public"."profiles"' in schema
    for platform_schema in ("auth", "supabase_migrations", "extensions"):
        assert f'CREATE TABLE IF NOT EXISTS "{platform_schema}".' not in schema
    assert not any(line.startswith("--") for line in schema.splitlines())


def test_invoke_db_dump_refuses_data_only_with_schema_only(original: NativeCluster, tmp_path):
    with project_on(original.port) as project:
        done = run_invoke(project, "db-dump", "--data-only", "--schema-only", "-f", str(tmp_path / "dump.sql"))
        assert done.returncode == 1
        assert "--data-only and --schema-only cannot be used together" in done.stderr
        assert not (tmp_path / "dump.sql").exists()


def test_invoke_db_dump_writes_the_file(original: NativeCluster, tmp_path):
    with project_on(original.port) as project:
        done = run_invoke(project, "db-dump", "-f", str(tmp_path / "schema.sql"))
        assert done.returncode == 0, done.stderr
        assert (tmp_path / "schema.sql").read_text() == dump_database(original.url, DumpRequest())


def _require_pg_cron_made_ahead(url: str, dump: str) -> None:
    """A dump of a database with pg_cron creates it; on the platform `postgres` may (supautils), here only the
    stack's bootstrap may, and has: the dump's CREATE EXTENSION IF NOT EXISTS then has nothing to do."""
    if 'CREATE EXTENSION IF NOT EXISTS "pg_cron"' not in dump:
        return
    with psycopg.connect(url) as conn:
        made = conn.execute("select exists (select from pg_catalog.pg_extension where extname = 'pg_cron')")
        assert made.fetchone()[0], ("the dump creates pg_cron, which `postgres` may create only through the "
                                    "platform's supautils; the fresh stack's bootstrap should have made it ahead")


def _restore(url: str, sql: str) -> None:
    """As the CLI's users restore a dump: psql, stopping at the first error, in one transaction."""
    done = subprocess.run(["psql", url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-f", "-"],
                          input=sql, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def _row_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        return {table: conn.execute(f"select count(*) from public.{table}").fetchone()[0]  # names from code
                for table in PUBLIC_TABLES} | {
            "auth.users": conn.execute("select count(*) from auth.users").fetchone()[0]}


@pytest.mark.cli
@pytest.mark.parametrize("data_only", [False, True], ids=["schema", "data"])
def test_db_dump_equals_the_script_the_cli_prints(cli: SupabaseCli, original: NativeCluster, pg_binaries,
                                                  data_only: bool):
    """`supabase db dump --dry-run` prints its pg_dump script; run here with bash, it writes our dump."""
    with project_on(original.port) as project:
        flags = ["--data-only"] if data_only else []
        script = cli.run(project, "db", "dump", "--dry-run", "--db-url", original.url, *flags).stdout
        theirs = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120, check=False,
                                env=os.environ | {"PATH": f"{pg_binaries.bin_dir}:{os.environ['PATH']}"})
        assert theirs.returncode == 0, theirs.stderr
        ours = dump_database(original.url, DumpRequest(data_only=data_only))
        assert _without_restrict_keys(ours) == _without_restrict_keys(theirs.stdout)


def _without_restrict_keys(dump: str) -> str:
    """pg_dump guards its output with a \\restrict key it draws at random on each run."""
    return re.sub(r"^-- \\(un)?restrict \S+$", r"-- \\\1restrict KEY", dump, flags=re.MULTILINE)
