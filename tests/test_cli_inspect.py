"""Every `supabase inspect db` subcommand of the pinned CLI runs without error on the local stack, whose
pg_stat_statements is preloaded and created in `extensions` as on the platform (outliers, calls, db-stats
and cache-hit read it).

Prerequisite: the cli tier (npm, a network namespace); the CLI reaches the stack through its Unix socket.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from support.supabase_cli import SocketStack, socket_stack, write_project

pytestmark = [pytest.mark.cli, pytest.mark.slow]

# `supabase inspect db --help` of the pinned CLI, in its order.
INSPECT_DB_SUBCOMMANDS = (
    "db-stats", "replication-slots", "locks", "blocking", "outliers", "calls", "index-stats",
    "long-running-queries", "bloat", "role-stats", "vacuum-stats", "table-stats", "traffic-profile", "cache-hit",
    "index-usage", "total-index-size", "index-sizes", "table-sizes", "table-index-sizes", "total-table-sizes",
    "unused-indexes", "table-record-counts", "seq-scans", "role-configs", "role-connections",
)
# A statement slow and frequent enough to top both `outliers` (by total time) and `calls` (applying the
# migrations runs some statements a few times each).
PROBE_QUERY = "select pg_sleep(0.02), count(*) from public.profiles"
PROBE_CALLS = 30


@pytest.fixture(scope="module")
def stack(pg_binaries) -> Iterator[SocketStack]:
    with socket_stack(pg_binaries, migrate=True, prefix="dreamflow-cli-inspect-") as made:
        with psycopg.connect(made.cluster.url) as conn:
            for _ in range(PROBE_CALLS):
                conn.execute(PROBE_QUERY)
        yield made


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return write_project(tmp_path_factory.mktemp("cli-inspect"), {})


def test_cli_lists_the_inspect_db_subcommands_we_run(cli, project):
    help_text = cli.run(project, "inspect", "db", "--help").stdout
    listed = re.findall(r"^  ([a-z-]+) ", help_text.split("SUBCOMMANDS", 1)[1], flags=re.MULTILINE)
    assert tuple(listed) == INSPECT_DB_SUBCOMMANDS


@pytest.mark.parametrize("subcommand", INSPECT_DB_SUBCOMMANDS)
def test_cli_inspect_db_runs_on_the_local_stack(cli, stack, project, subcommand):
    done = cli.run(project, "inspect", "db", subcommand, "--db-url", stack.dsn(), check=False)
    assert done.returncode == 0, f"inspect db {subcommand}:\n{done.stdout}\n{done.stderr}"
    assert "ERROR" not in done.stderr


@pytest.mark.parametrize("subcommand", ["outliers", "calls"])
def test_cli_inspect_db_shows_the_queries_pg_stat_statements_kept(cli, stack, project, subcommand):
    done = cli.run(project, "inspect", "db", subcommand, "--db-url", stack.dsn())
    assert "from public.profiles" in done.stdout, done.stdout
