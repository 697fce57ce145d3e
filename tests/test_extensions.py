"""Extensions as the platform manages them: the non-superuser `postgres` creates, drops and creates again the
privileged extensions (the local supautils hook runs those statements as supabase_admin, then the
extension's after-create script), and ends with the platform's grants; nobody else gains anything.

Each test works inside a transaction it rolls back, so the stack keeps its pg_cron and its nightly job.
Where the hook cannot be built (no server headers), the stack starts without it after one warning.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from dreamflow_dev.lifecycle import throwaway_stack
from dreamflow_dev.stack import supautils
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import PgBinaries

pytestmark = pytest.mark.cron

# What `postgres` may do on pg_cron's tables once supautils has created it, as on the platform.
PLATFORM_CRON_GRANTS = {
    ("cron.job", "select"): True,
    ("cron.job", "insert"): False,
    ("cron.job", "update"): False,
    ("cron.job", "delete"): False,
    ("cron.job_run_details", "select"): True,
    ("cron.job_run_details", "delete"): True,
}


@pytest.fixture(scope="module")
def stack(pg_binaries) -> Iterator[NativeCluster]:
    """A stack of the module's own, brought up as `invoke up` does (migration 005 scheduled the job)."""
    with throwaway_stack(pg_binaries, migrate=True, prefix="dreamflow-ext-test-") as cluster:
        yield cluster


@pytest.fixture
def as_postgres(stack: NativeCluster) -> Iterator[psycopg.Connection]:
    """`postgres`, in a transaction rolled back after the test."""
    with psycopg.connect(stack.url) as conn, conn.transaction(force_rollback=True):
        yield conn


def _extension(conn: psycopg.Connection, name: str) -> tuple[str, str] | None:
    """(schema, owner) of an installed extension, or None."""
    return conn.execute(
        "select n.nspname, r.rolname from pg_catalog.pg_extension e"
        " join pg_catalog.pg_namespace n on n.oid = e.extnamespace join pg_catalog.pg_roles r on r.oid = e.extowner"
        " where e.extname = %s", (name,)).fetchone()


def _cron_grants(conn: psycopg.Connection) -> dict[tuple[str, str], bool]:
    return {(table, privilege): conn.execute("select has_table_privilege('postgres', %s, %s)",
                                             (table, privilege)).fetchone()[0]
            for table, privilege in PLATFORM_CRON_GRANTS}


@pytest.mark.hook
@pytest.mark.parametrize("create", [
    "create extension if not exists pg_cron with schema pg_catalog",
    "create extension pg_cron",
], ids=["as-supabase-docs-say", "without-a-schema"])
def test_postgres_can_drop_and_create_pg_cron_again(as_postgres, create):
    as_postgres.execute("drop extension pg_cron")
    assert _extension(as_postgres, "pg_cron") is None
    as_postgres.execute(create)
    assert _extension(as_postgres, "pg_cron") == ("pg_catalog", "supabase_admin")
    assert _cron_grants(as_postgres) == PLATFORM_CRON_GRANTS


@pytest.mark.hook
def test_postgres_can_schedule_a_job_on_the_pg_cron_it_created(as_postgres):
    as_postgres.execute("drop extension pg_cron")
    as_postgres.execute("create extension pg_cron with schema pg_catalog")
    as_postgres.execute("select cron.schedule('probe', '0 3 * * *', 'select 1')")
    assert as_postgres.execute("select username from cron.job where jobname = 'probe'").fetchone() == ("postgres",)


@pytest.mark.hook
def test_postgres_can_drop_and_create_pg_stat_statements_in_extensions(as_postgres):
    as_postgres.execute("drop extension pg_stat_statements")
    as_postgres.execute("create extension pg_stat_statements with schema extensions")
    assert _extension(as_postgres, "pg_stat_statements") == ("extensions", "supabase_admin")
    assert as_postgres.execute("select count(*) >= 0 from extensions.pg_stat_statements").fetchone() == (True,)


@pytest.mark.hook
def test_postgres_can_create_postgres_fdw_and_owns_its_wrapper_as_on_the_platform(as_postgres):
    as_postgres.execute("create extension postgres_fdw with schema extensions")
    owner = as_postgres.execute("select fdwowner::regrole::text from pg_catalog.pg_foreign_data_wrapper"
                                " where fdwname = 'postgres_fdw'").fetchone()
    as_postgres.execute("create server elsewhere foreign data wrapper postgres_fdw")
    assert owner == ("postgres",)
    assert as_postgres.execute("select rolsuper from pg_catalog.pg_roles where rolname = 'postgres'").fetchone() == (
        False,)


@pytest.mark.hook
def test_postgres_can_create_dblink_but_only_supabase_admin_may_connect_without_a_password(as_postgres):
    as_postgres.execute("create extension dblink with schema extensions")
    holders = as_postgres.execute(
        "select distinct acl.grantee::regrole::text from pg_catalog.pg_proc as p,"
        " pg_catalog.aclexplode(p.proacl) as acl where p.proname = 'dblink_connect_u'").fetchall()
    assert holders == [("supabase_admin",)]


@pytest.mark.hook
def test_postgres_cannot_create_an_extension_the_platform_does_not_list(as_postgres):
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="file_fdw"):
        as_postgres.execute("create extension file_fdw")


@pytest.mark.hook
def test_postgres_cannot_widen_the_privileged_extensions(as_postgres):
    with pytest.raises(psycopg.errors.CantChangeRuntimeParam):
        as_postgres.execute("set supautils.privileged_extensions = 'file_fdw'")


@pytest.mark.hook
@pytest.mark.parametrize("role", ["anon", "authenticated", "service_role"])
def test_api_role_cannot_create_pg_cron(as_postgres, role):
    as_postgres.execute("drop extension pg_cron")
    as_postgres.execute("select set_config('role', %s, true)", (role,))
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="pg_cron"):
        as_postgres.execute("create extension pg_cron with schema pg_catalog")



@pytest.fixture
def binaries_without_pg_config(pg_binaries) -> Iterator[PgBinaries]:
    """The server's programs without pg_config beside them: what a machine without the server headers has."""
    bare = Path(tempfile.mkdtemp(prefix="dreamflow-bare-bin-"))
    bare.chmod(0o755)  # the server's OS user runs the programs from here
    for program in pg_binaries.bin_dir.iterdir():
        if program.name != "pg_config":
            (bare / program.name).symlink_to(program)
    yield replace(pg_binaries, bin_dir=bare)
    shutil.rmtree(bare)


def test_stack_starts_without_the_hook_after_one_warning_where_it_cannot_be_built(binaries_without_pg_config,
                                                                               tmp_path, caplog, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # no library built earlier
    with caplog.at_level(logging.WARNING), throwaway_stack(binaries_without_pg_config, migrate=False) as cluster:
        warnings = [record.getMessage() for record in caplog.records if record.name == supautils.__name__]
        with psycopg.connect(cluster.url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege, match="pg_cron"):
            conn.execute("drop extension pg_cron")
    assert len(warnings) == 1 and "server headers" in warnings[0] and "postgresql-server-dev-15" in warnings[0]
