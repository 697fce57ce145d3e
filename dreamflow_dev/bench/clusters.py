"""Throwaway clusters for the benchmark (temp dir, free port, no durability), never the developer's stack."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dreamflow_dev.stack.native import THROWAWAY_SETTINGS, NativeCluster
from dreamflow_dev.stack.pgbin import PgBinaries
from dreamflow_dev.stack.ports import free_port


def new_cluster(binaries: PgBinaries, **settings: str) -> NativeCluster:
    root = Path(tempfile.mkdtemp(prefix="dreamflow-bench-"))
    root.chmod(0o755)
    return NativeCluster(root=root, port=free_port(), binaries=binaries,
                         extra_settings=THROWAWAY_SETTINGS | settings)


@contextmanager
def running_cluster(binaries: PgBinaries, **settings: str) -> Iterator[NativeCluster]:
    cluster = new_cluster(binaries, **settings)
    try:
        cluster.start()
        yield cluster
    finally:
        discard(cluster)


def discard(cluster: NativeCluster) -> None:
    cluster.destroy()
