"""Run every benchmark on throwaway clusters and print one table (`nox -s bench`)."""

from __future__ import annotations

import sys
import time

from rich.console import Console
from rich.table import Table

from dreamflow_dev.bench import Measurement
from dreamflow_dev.bench.cli_tools_bench import measure_cli_tools
from dreamflow_dev.bench.schema_bench import (
    build_dataset,
    measure_analytics,
    measure_rls_overhead,
    measure_session_insert,
    measure_streaks,
)
from dreamflow_dev.bench.seed_bench import measure_seed_throughput
from dreamflow_dev.bench.sql_size import measure_bookkeeping_sql
from dreamflow_dev.bench.up_bench import measure_cold_up
from dreamflow_dev.config import load_settings
from dreamflow_dev.databases import create_database
from dreamflow_dev.db import connect
from dreamflow_dev.lifecycle import give_supabase_layer, prepare_database, throwaway_stack
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import find_pg_binaries

console = Console(highlight=False, soft_wrap=True)


def main() -> int:
    binaries = find_pg_binaries(15)
    results: list[Measurement] = []
    console.print("[dim]measuring invoke up from nothing…[/dim]")
    results += measure_cold_up(binaries)
    with throwaway_stack(binaries, migrate=False, prefix="dreamflow-bench-") as cluster:
        results += _seed_figures(cluster)
        results += _schema_figures(cluster)
    results += measure_cli_tools(binaries)
    render(results + measure_bookkeeping_sql())
    return 0


def _migrated_database(cluster: NativeCluster, name: str) -> str:
    """A new database on the bench's cluster, bootstrapped and migrated as `invoke up` leaves one."""
    url = create_database(cluster.url, name)
    give_supabase_layer(url, cluster.admin_url)
    prepare_database(load_settings(db_url=url), url)
    return url


def _seed_figures(cluster: NativeCluster) -> list[Measurement]:
    console.print("[dim]measuring seed throughput…[/dim]")
    return measure_seed_throughput(_migrated_database(cluster, "bench_seed"))


def _schema_figures(cluster: NativeCluster) -> list[Measurement]:
    url = _migrated_database(cluster, "bench_schema")
    with connect(url, autocommit=True) as conn:
        started = time.perf_counter()
        sessions = build_dataset(conn)
        console.print(f"[dim]generated 10,000 users and {sessions:,} sessions in "
                      f"{time.perf_counter() - started:.1f}s; measuring streaks, analytics, RLS…[/dim]")
        return (measure_streaks(conn, url) + measure_analytics(conn) + measure_rls_overhead(conn)
                + measure_session_insert(conn))


def render(results: list[Measurement]) -> None:
    table = Table("figure", "median", "baseline", "baseline median", "comparison", "goal", title="nox -s bench")
    for result in results:
        table.add_row(result.name, result.formatted(result.value), result.baseline_name or "",
                      result.formatted(result.baseline_value), result.comparison(), result.goal)
    console.print(table)


if __name__ == "__main__":
    sys.exit(main())
