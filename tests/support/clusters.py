"""Throwaway clusters the tests make: named with one prefix, so a leftover is recognisably the tests'."""

from __future__ import annotations

from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import PgBinaries

TEST_PREFIX = "dreamflow-test-"


def make_throwaway_cluster(binaries: PgBinaries, **settings: str) -> NativeCluster:
    """A cluster in its own temp dir on a free port; the caller destroys it."""
    return NativeCluster.throwaway(binaries, prefix=TEST_PREFIX, **settings)
