"""The CLI's Docker-only workflows run natively: db-diff, gen-types and db-dump on a stack as `invoke up` leaves
it, warm (their npm packages already installed, as after a task's first use)."""

from __future__ import annotations

import subprocess

import psycopg

from dreamflow_dev.bench import Measurement, at_most, median_seconds
from dreamflow_dev.config import PROJECT_ROOT, load_settings
from dreamflow_dev.dump import DumpRequest, connection_environment, dump_database
from dreamflow_dev.lifecycle import throwaway_stack
from dreamflow_dev.npm_tools import PGKIT_MIGRA, POSTGRES_META
from dreamflow_dev.schema_diff import diff_database
from dreamflow_dev.stack.pgbin import PgBinaries
from dreamflow_dev.typegen import generate_types

HAND_CHANGE = "alter table public.rituals add column tags text[] not null default '{}'"


def measure_cli_tools(binaries: PgBinaries) -> list[Measurement]:
    PGKIT_MIGRA.ensure_installed()
    POSTGRES_META.ensure_installed()
    with throwaway_stack(binaries, migrate=True, prefix="dreamflow-bench-") as cluster:
        with psycopg.connect(cluster.url, autocommit=True) as conn:
            conn.execute(HAND_CHANGE)
        settings = load_settings(db_url=cluster.url)
        diff = median_seconds(lambda: diff_database(settings, admin_url=cluster.admin_url), repeat=3)
        types = median_seconds(lambda: generate_types(cluster.url, language="typescript", schemas=[],
                                                      project_root=PROJECT_ROOT), repeat=3)
        dump = median_seconds(lambda: dump_database(cluster.url, DumpRequest()), repeat=5)
        plain_dump = median_seconds(lambda: _plain_schema_dump(binaries, cluster.url), repeat=5)
    return [
        Measurement("invoke db-diff (7 migrations + one hand change, warm)", diff, "s", goal=at_most(5, "s")),
        Measurement("invoke gen-types typescript (warm)", types, "s", goal=at_most(3, "s")),
        Measurement("invoke db-dump schema", dump, "s", goal=at_most(2, "s"),
                    baseline_name="plain pg_dump --schema-only", baseline_value=plain_dump),
    ]


def _plain_schema_dump(binaries: PgBinaries, url: str) -> str:
    """pg_dump as anyone would run it by hand: the whole schema, no exclusions, no rewriting."""
    return subprocess.run([binaries.program("pg_dump"), "--schema-only"], env=connection_environment(url),
                          capture_output=True, text=True, check=True).stdout
