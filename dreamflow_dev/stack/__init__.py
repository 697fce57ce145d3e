"""Backends behind one interface (start, stop, status, url, log_tail), chosen by --backend or `auto`."""

from __future__ import annotations

from dreamflow_dev.config import Settings
from dreamflow_dev.stack.base import Stack, StackStatus
from dreamflow_dev.stack.docker import refuse_docker_backend
from dreamflow_dev.stack.external import ExternalDatabase
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import find_pg_binaries

__all__ = ["Stack", "StackStatus", "make_stack", "local_native_cluster"]


def make_stack(settings: Settings) -> Stack:
    """The backend for these settings: external with a URL, else native (docker is not built yet)."""
    if settings.backend == "external" or settings.db_url:
        return ExternalDatabase(settings.url)
    if settings.backend == "docker":
        refuse_docker_backend()
    return local_native_cluster(settings)


def local_native_cluster(settings: Settings) -> NativeCluster:
    """The developer's cluster: data in .supabase-local/, port from supabase/config.toml."""
    binaries = find_pg_binaries(settings.major_version)
    return NativeCluster(root=settings.local_dir / "db", port=settings.port, binaries=binaries)
