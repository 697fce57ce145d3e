"""Run every benchmark on throwaway clusters, print one table and write docs/benchmarks.md (`nox -s bench`)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from rich.console import Console
from rich.logging import RichHandler

from dreamflow_dev.bench import Measurement
from dreamflow_dev.bench.bulk_bench import bulk_measurements, measure_full_rebuild, run_bulk_rounds
from dreamflow_dev.bench.cli_tools_bench import measure_cli_tools
from dreamflow_dev.bench.dataset import add_users
from dreamflow_dev.bench.plain import load_plain_definitions
from dreamflow_dev.bench.report import BENCHMARKS_MD, describe_machine, print_table, write_markdown
from dreamflow_dev.bench.samples import Samples
from dreamflow_dev.bench.scale_bench import grow_to_scale, measure_deletion, measure_scaled_nightly, scale_measurements
from dreamflow_dev.bench.seed_bench import measure_seed_throughput
from dreamflow_dev.bench.settled_bench import (
    measure_rls_overhead,
    measure_session_insert,
    measure_settled,
    settled_measurements,
)
from dreamflow_dev.bench.sizes import FULL, QUICK, BenchSizes
from dreamflow_dev.bench.up_bench import measure_cold_up
from dreamflow_dev.config import load_settings
from dreamflow_dev.databases import create_database
from dreamflow_dev.db import connect
from dreamflow_dev.lifecycle import give_supabase_layer, prepare_database, throwaway_stack
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import find_pg_binaries

log = logging.getLogger("dreamflow_dev.bench")
SECTIONS = ("up", "seed", "schema", "tools")
TABLE_WIDTH = 240  # the figures' names are long: wider than a terminal rather than wrapped word by word


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", handlers=[RichHandler(show_path=False)])
    sizes = (QUICK if args.quick else FULL).with_overrides(users=args.users, days=args.days,
                                                          bulk_rounds=args.rounds, repeat=args.repeat)
    sections = args.only or SECTIONS
    binaries = find_pg_binaries(15)
    results: list[Measurement] = []
    if "up" in sections:
        log.info("measuring invoke up from nothing")
        results += _logged(measure_cold_up(binaries, sizes.cold_up_repeat))
    with throwaway_stack(binaries, migrate=False, prefix="dreamflow-bench-") as cluster:
        with connect(cluster.url) as conn:
            version = conn.execute("show server_version").fetchone()[0]
        if "seed" in sections:
            log.info("measuring seed throughput")
            results += _logged(measure_seed_throughput(_migrated_database(cluster, "bench_seed"), sizes))
        if "schema" in sections:
            results += _schema_figures(_migrated_database(cluster, "bench_schema"), sizes)
    if "tools" in sections:
        log.info("measuring db-diff, gen-types and db-dump")
        results += _logged(measure_cli_tools(binaries))
    machine = describe_machine(version)
    print_table(results, machine, Console(highlight=False, width=TABLE_WIDTH))
    output = args.output or (BENCHMARKS_MD if sizes == FULL and sections == SECTIONS else None)
    if output:
        write_markdown(results, machine, output)
        log.info("wrote %s", output)
    return 0


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m dreamflow_dev.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer repeats, for trying things")
    parser.add_argument("--users", type=int, help="users of the 1× dataset (default 10,000; quick 2,000)")
    parser.add_argument("--days", type=int, help="days of sessions per user (default 365; quick 120)")
    parser.add_argument("--rounds", type=int, help="bulk insert + COPY rounds (default 3; quick 2)")
    parser.add_argument("--repeat", type=int, help="repeats of the cheap figures (default 5; quick 3)")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="measure only these sections")
    parser.add_argument("--output", type=Path, help="write the Markdown table here (a full run writes "
                        "docs/benchmarks.md; a partial or --quick run writes nothing unless asked)")
    return parser.parse_args(argv)


def _migrated_database(cluster: NativeCluster, name: str) -> str:
    """A new database on the bench's cluster, bootstrapped and migrated as `invoke up` leaves one."""
    url = create_database(cluster.url, name)
    give_supabase_layer(url, cluster.admin_url)
    prepare_database(load_settings(db_url=url), url)
    return url


def _schema_figures(url: str, sizes: BenchSizes) -> list[Measurement]:
    """Bulk writes, then the same data settled, then grown to scale and cut by a big delete: one database,
    one connection with the plain definitions loaded."""
    samples = Samples()
    with connect(url, autocommit=True) as conn:
        load_plain_definitions(conn)
        add_users(conn, 1, sizes.users)
        sessions = run_bulk_rounds(conn, sizes, samples)
        log.info("measuring on settled data")
        measure_settled(conn, sizes, samples)
        measure_full_rebuild(conn, sizes, samples)
        results = _logged(bulk_measurements(samples, sessions) + settled_measurements(samples))
        results += _logged(measure_rls_overhead(conn) + measure_session_insert(conn))
        scaled = grow_to_scale(conn, sizes)
        measure_scaled_nightly(conn, sizes, samples)
        measure_deletion(conn, sizes, samples)
        return results + _logged(scale_measurements(samples, sizes, scaled))


def _logged(results: list[Measurement]) -> list[Measurement]:
    """Each figure in the log as soon as it is known, so that an interrupted run still tells what it measured."""
    for result in results:
        log.info("%s: %s | %s: %s | %s | goal %s: %s", result.name, result.formatted(result.value),
                 result.baseline_name, result.formatted(result.baseline_value), result.ratio_text(),
                 result.goal.text if result.goal else "-", result.met() or "-")
    return results


if __name__ == "__main__":
    sys.exit(main())
