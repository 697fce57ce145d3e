"""Throwaway clusters for the benchmark (temp dir, free port, no durability), never the developer's stack."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from dreamflow_dev.lifecycle import bootstrap_stack
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import PgBinaries


def new_cluster(binaries: PgBinaries, **settings: str) -> NativeCluster:
    return NativeCluster.throwaway(binaries, prefix="dreamflow-bench-", **settings)


@contextmanager
def running_cluster(binaries: PgBinaries, **settings: str) -> Iterator[NativeCluster]:
    cluster = new_cluster(binaries, **settings)
    try:
        cluster.start()
        bootstrap_stack(cluster, lambda _: None)
        yield cluster
    finally:
        cluster.destroy()


def discard(cluster: NativeCluster) -> None:
    cluster.destroy()
