"""The real Supabase CLI (pinned, from npm) and this project agree on the same database.

Two databases get the repo's migrations plus a probe file (comments, `begin atomic`, dollar quotes,
semicolons in strings and comments): one through our runner, one through `supabase migration up`. Each
side must then see the other's work as applied, with the same recorded statements; `migration repair`
and our status agree; the CLI's advisors and lint find nothing on our database.

Prerequisite: npm (the CLI is installed once into ~/.cache/dreamflow) and a network namespace to run it
offline. The CLI reaches the tier's own cluster through a Unix socket.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from dreamflow_dev.config import PROJECT_ROOT, load_settings
from dreamflow_dev.databases import create_database, drop_database
from dreamflow_dev.db import with_database
from dreamflow_dev.lifecycle import give_supabase_layer, prepare_database
from dreamflow_dev.migrate import discover_migrations, plan_migrations
from dreamflow_dev.sqlsplit import split_statements
from dreamflow_dev.stack.native import NativeCluster

from support.cli_splits import CLI_RECORDED_SPLITS
from support.supabase_cli import CLI_VERSION, SupabaseCli, socket_dsn, socket_stack, write_project

pytestmark = [pytest.mark.cli, pytest.mark.slow]

# Ours is the cluster's `postgres` database, as after `invoke up`: the one pg_cron is preloaded for.
OURS = "postgres"
PROBE_NAME = "29991231000000_cli_probe.sql"
PROBE_SQL = """\
-- Probe for the CLI tier: comments above and between statements, dollar quotes, begin atomic and
-- semicolons in strings and comments; it lives in the private schema, which the API does not expose.

create table private.cli_probe (
  id bigint primary key, -- one; two
  note text not null default 'a;b'
);

/* A block comment; /* nested */ still the same one. */
comment on table private.cli_probe is 'it''s; a probe';

create function private.cli_probe_sum(a integer, b integer) returns integer
  language sql immutable
  set search_path = ''
begin atomic
  select a + b;
end;

create function private.cli_probe_note() returns text
  language plpgsql
  set search_path = ''
as $body$
begin
  return 'x;y'; -- $$ inside this body ends nothing
end;
$body$;

do $$ begin perform private.cli_probe_sum(1, 2); end $$;
-- A comment after the last statement.
"""


@dataclass(frozen=True)
class SocketCluster:
    """A throwaway cluster that also listens on a Unix socket, the only way in for the offline CLI."""

    cluster: NativeCluster
    socket_dir: Path

    def url(self, database: str) -> str:
        return with_database(self.cluster.url, database)

    def dsn(self, database: str) -> str:
        return socket_dsn(self.socket_dir, self.cluster.port, database)

    def create_database(self, name: str) -> str:
        """A new database made by `postgres`, with the Supabase layer supabase_admin gives it."""
        drop_database(self.cluster.url, name)
        url = create_database(self.cluster.url, name)
        give_supabase_layer(url, self.cluster.admin_url)
        return url


@pytest.fixture(scope="session")
def socket_cluster(pg_binaries) -> Iterator[SocketCluster]:
    with socket_stack(pg_binaries, migrate=False, prefix="dreamflow-cli-test-") as made:
        yield SocketCluster(made.cluster, made.socket_dir)


def _repo_files_and_probe() -> dict[str, bytes]:
    files = {path.name: path.read_bytes() for path in sorted((PROJECT_ROOT / "supabase" / "migrations").glob("*.sql"))}
    return files | {PROBE_NAME: PROBE_SQL.encode()}


def _prepare(url: str, project: Path) -> None:
    """What `invoke up` does to a bootstrapped database: the project's pending migrations, as `postgres`."""
    prepare_database(load_settings(db_url=url, project_root=project), url)


def _history(url: str) -> list[tuple[str, str, list[str]]]:
    with psycopg.connect(url) as conn:
        return conn.execute(
            "select version, name, statements from supabase_migrations.schema_migrations order by version"
        ).fetchall()


@dataclass(frozen=True)
class Interop:
    """The project folder, our database (migrated by us) and theirs (migrated by the CLI)."""

    project: Path
    ours: str
    theirs: str
    versions: list[str]


@pytest.fixture(scope="module")
def interop(cli: SupabaseCli, socket_cluster: SocketCluster, tmp_path_factory) -> Interop:
    project = write_project(tmp_path_factory.mktemp("cli-project"), _repo_files_and_probe())
    ours = socket_cluster.url(OURS)
    _prepare(ours, project)
    theirs = socket_cluster.create_database("migrated_by_cli")
    cli.run(project, "migration", "up", "--db-url", socket_cluster.dsn("migrated_by_cli"))
    versions = [m.version for m in discover_migrations(project / "supabase" / "migrations")]
    return Interop(project, ours, theirs, versions)


def test_cli_is_the_pinned_version(cli, tmp_path):
    assert cli.run(tmp_path, "--version").stdout.strip() == CLI_VERSION


def test_cli_lists_every_file_we_applied_as_applied(cli, socket_cluster, interop):
    listed = cli.run(interop.project, "migration", "list", "--db-url", socket_cluster.dsn(OURS),
                     "--output-format", "json")

    rows = json.loads(listed.stdout)["migrations"]
    assert [(row["local"], row["remote"]) for row in rows] == [(v, v) for v in interop.versions]


def test_cli_finds_nothing_pending_after_our_migrate(cli, socket_cluster, interop):
    up = cli.run(interop.project, "migration", "up", "--db-url", socket_cluster.dsn(OURS))

    assert "Local database is up to date." in up.stdout + up.stderr
    assert "Applying migration" not in up.stdout + up.stderr


def test_we_find_every_file_the_cli_applied_applied_and_unchanged(interop):
    with psycopg.connect(interop.theirs) as conn:
        plan = plan_migrations(conn, discover_migrations(interop.project / "supabase" / "migrations"))

    assert [m.version for m in plan.applied] == interop.versions
    assert (plan.pending, plan.drifted, plan.unknown_versions) == ([], [], [])


def test_the_cli_and_we_record_the_same_history(interop):
    ours, theirs = _history(interop.ours), _history(interop.theirs)
    split_by_us = [
        (m.version, m.name, [s.text for s in split_statements(m.path.read_bytes().decode())])
        for m in discover_migrations(interop.project / "supabase" / "migrations")
    ]

    assert ours == theirs == split_by_us
    probe_statements = theirs[-1][2]
    assert len(probe_statements) == 6  # table, comment, two functions, the do block, the trailing comment
    assert probe_statements[2].endswith("begin atomic\n  select a + b;\nend")


def test_the_cli_records_the_statements_our_splitter_gives(cli, socket_cluster, tmp_path):
    """`migration repair --status applied` records a file's statements without running them."""
    files = {f"2030010100{index:04d}_{name}.sql": sql_text.encode()
             for index, (name, (sql_text, _)) in enumerate(CLI_RECORDED_SPLITS.items())}
    project = write_project(tmp_path, files)
    socket_cluster.create_database("cli_splits")
    versions = [name[:14] for name in files]

    cli.run(project, "migration", "repair", "--status", "applied", *versions,
            "--db-url", socket_cluster.dsn("cli_splits"))

    recorded = {version: statements for version, _, statements in _history(socket_cluster.url("cli_splits"))}
    assert recorded == {name[:14]: [s.text for s in split_statements(content.decode())]
                        for name, content in files.items()}


def test_migration_repair_and_our_status_agree(cli, socket_cluster, interop):
    url = socket_cluster.create_database("repaired")
    _prepare(url, interop.project)
    dsn = socket_cluster.dsn("repaired")
    probe_version = PROBE_NAME[:14]

    cli.run(interop.project, "migration", "repair", "--status", "reverted", probe_version, "--db-url", dsn)
    reverted = _our_status(interop.project, url)
    cli.run(interop.project, "migration", "repair", "--status", "applied", probe_version, "--db-url", dsn)
    repaired = _our_status(interop.project, url)

    assert reverted[probe_version] == "pending"
    assert repaired[probe_version] == "applied"
    assert set(repaired.values()) == {"applied"} and len(repaired) == len(interop.versions)


def _our_status(project: Path, url: str) -> dict[str, str]:
    """`invoke migrate --status` as a user runs it: version -> state column."""
    env = {key: value for key, value in os.environ.items() if key != "SUPABASE_DB_URL"}
    done = subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(PROJECT_ROOT), "migrate", "--status", "--db-url", url],
        env=env | {"DREAMFLOW_PROJECT_ROOT": str(project), "COLUMNS": "200"},
        capture_output=True, text=True, timeout=120, check=True,
    )
    states = {}
    for line in done.stdout.splitlines():
        cells = [cell.strip() for cell in line.strip("│┃ ").split("│")]
        if len(cells) == 3 and cells[0].isdigit():
            states[cells[0]] = cells[2]
    return states


def test_cli_advisors_find_nothing_on_our_database(cli, socket_cluster, interop):
    advisors = cli.run(interop.project, "db", "advisors", "--db-url", socket_cluster.dsn(OURS),
                       "--fail-on", "info", check=False)

    assert advisors.returncode == 0, advisors.stdout + advisors.stderr
    assert "No issues found" in advisors.stdout + advisors.stderr


def test_cli_lint_finds_no_warning_on_our_database(cli, socket_cluster, interop):
    lint = cli.run(interop.project, "db", "lint", "--db-url", socket_cluster.dsn(OURS),
                   "--fail-on", "warning", check=False)

    assert lint.returncode == 0, lint.stdout + lint.stderr
    assert "No schema errors found" in lint.stdout + lint.stderr
