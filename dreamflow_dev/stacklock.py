"""One task at a time per project stack: `up`, `down`, `reset` and `seed` hold an exclusive lock on a file in
the project's .supabase-local/ folder, so two of them never start, stop or recreate the stack under each other.

The lock is `fcntl.flock` on an open file: the kernel releases it when the holder exits, however it exits
(kill -9 included), so a stale lock never blocks the next task. The file records who holds it, for the
message the waiting task prints.
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dreamflow_dev.config import Settings
from dreamflow_dev.errors import DevStackError

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "stack.lock"


def lock_path(settings: Settings) -> Path:
    return settings.local_dir / LOCK_FILE_NAME


@contextmanager
def stack_lock(settings: Settings, task: str) -> Iterator[None]:
    """Hold the project's stack lock for the block; when another task holds it, say so and wait for it."""
    path = lock_path(settings)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+")
    except OSError as exc:
        raise DevStackError(f"cannot open the stack lock {path}: {exc.strerror or exc}. "
                            "Make .supabase-local/ in the project writable for you.") from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info("waiting for %s to finish with this stack", _holder(handle))
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()} {task}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _holder(handle) -> str:
    """`invoke up (pid 123)` from what the holder wrote, or a plain description if it has not yet."""
    handle.seek(0)
    pid, _, task = handle.read().strip().partition(" ")
    return f"`invoke {task}` (pid {pid})" if pid and task else "another invoke task"
