"""Throwaway clusters for the benchmark (temp dir, free port, no durability), never the developer's stack."""

from __future__ import annotations

from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import PgBinaries


def new_cluster(binaries: PgBinaries, **settings: str) -> NativeCluster:
    return NativeCluster.throwaway(binaries, prefix="dreamflow-bench-", **settings)


def discard(cluster: NativeCluster) -> None:
    cluster.destroy()
