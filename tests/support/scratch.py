"""Where the test session keeps its temporary files: in RAM (/dev/shm) when the machine has one with room,
else the system's temp dir.

The throwaway clusters, their socket folders and `tmp_path` all go there. Nothing in them must outlive the
session, and a cluster on a disk makes every CREATE DATABASE, seed and checkpoint wait on that disk, which
whatever else runs on the machine shares. An explicit TMPDIR is the developer's choice and always wins.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

RAM_DISK = Path("/dev/shm")
# What a full run may hold at once: a few clusters with their WAL, the docker tier's engine and image.
ROOM_NEEDED = 4 * 1024**3


def ram_disk_with_room() -> Path | None:
    """The RAM-backed folder, if it exists, is ours to write in and has ROOM_NEEDED free; else None."""
    if not RAM_DISK.is_dir() or not os.access(RAM_DISK, os.W_OK | os.X_OK):
        return None
    stats = os.statvfs(RAM_DISK)
    return RAM_DISK if stats.f_bavail * stats.f_frsize >= ROOM_NEEDED else None


def keep_temporary_files_in_ram() -> None:
    """Point `tempfile` (and so pytest's tmp_path and every mkdtemp of this process) at the RAM disk, unless
    TMPDIR says where temporary files go or there is no RAM disk with room."""
    if os.environ.get("TMPDIR"):
        return
    ram_disk = ram_disk_with_room()
    if ram_disk is not None:
        tempfile.tempdir = str(ram_disk)
