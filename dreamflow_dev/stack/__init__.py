"""Backends behind one interface (start, stop, status, url, log_tail), chosen by --backend or `auto`."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from dreamflow_dev.config import Settings
from dreamflow_dev.stack.base import Stack, StackStatus
from dreamflow_dev.stack.docker import DockerStack, docker_engine_answers
from dreamflow_dev.stack.external import ExternalDatabase
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.osuser import ServerUser
from dreamflow_dev.stack.pgbin import find_pg_binaries
from dreamflow_dev.stack.private_dir import private_cluster_home

__all__ = ["Stack", "StackStatus", "make_stack", "make_local_stack", "local_native_cluster"]


def make_stack(settings: Settings) -> Stack:
    """The backend for these settings: external with a URL; docker when asked, or for `auto` when a Docker
    engine answers (unless the native cluster is already running here); else native."""
    if settings.backend == "external" or settings.db_url:
        return ExternalDatabase(settings.url)
    if settings.backend == "docker" or (settings.backend == "auto" and _auto_picks_docker(settings)):
        return DockerStack.for_settings(settings)
    return local_native_cluster(settings)


def make_local_stack(settings: Settings) -> Stack:
    """The stack `down` stops: the local one, also when --db-url / SUPABASE_DB_URL merely names it."""
    if settings.names_local_stack:
        backend = "auto" if settings.backend == "external" else settings.backend
        settings = dataclasses.replace(settings, db_url=None, backend=backend)
    return make_stack(settings)


def local_native_cluster(settings: Settings) -> NativeCluster:
    """The developer's cluster: data in .supabase-local/, port from supabase/config.toml."""
    binaries = find_pg_binaries(settings.major_version)
    return NativeCluster(root=_native_root(settings), port=settings.port, binaries=binaries)


def _auto_picks_docker(settings: Settings) -> bool:
    """A running native cluster keeps `auto` on native, so `down` and `status` find the stack `up` started."""
    return not _native_cluster_is_running(settings) and docker_engine_answers()


def _native_cluster_is_running(settings: Settings) -> bool:
    if not (_native_root(settings) / "data" / "postmaster.pid").exists():
        return False
    return local_native_cluster(settings).running_pid() is not None


def _native_root(settings: Settings) -> Path:
    """.supabase-local/db in the repo; when the repo sits where the server's OS user cannot enter (a clone
    in /root, say), `db` in a private folder of the checkout's own (see private_dir)."""
    in_repo = settings.local_dir / "db"
    if ServerUser.for_this_process().first_closed_folder(in_repo) is None:
        return in_repo
    return private_cluster_home(settings.local_dir, settings.project_id) / "db"
