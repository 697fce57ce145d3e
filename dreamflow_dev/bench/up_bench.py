"""`invoke up` from nothing (no data dir) to a migrated database, against bare initdb + start."""

from __future__ import annotations

from dreamflow_dev.bench import Measurement, at_most, median_seconds
from dreamflow_dev.config import load_settings
from dreamflow_dev.lifecycle import bring_up
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import PgBinaries


def measure_cold_up(binaries: PgBinaries, repeat: int = 5) -> list[Measurement]:
    """Median seconds for bring_up on an empty dir (durable settings, as the dev stack runs)."""
    clusters: list[NativeCluster] = []

    def fresh() -> None:
        clusters.append(NativeCluster.throwaway(binaries, prefix="dreamflow-bench-"))
        clusters[-1].extra_settings = {}

    def full_up() -> None:
        cluster = clusters[-1]
        bring_up(load_settings(db_url=cluster.url), cluster)

    def bare_start() -> None:
        clusters[-1].start()

    try:
        up_seconds = median_seconds(full_up, repeat=repeat, setup=fresh)
        bare_seconds = median_seconds(bare_start, repeat=repeat, setup=fresh)
    finally:
        for cluster in clusters:
            cluster.destroy()
    return [Measurement("invoke up, cold (initdb → migrated)", up_seconds, "s",
                        baseline_name="initdb + pg_ctl start only",
                        baseline_value=bare_seconds, goal=at_most(2, "s"))]
