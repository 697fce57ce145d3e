"""The small interface every backend (native, docker, external) offers to the tasks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from dreamflow_dev.bootstrap import ADMIN_USER
from dreamflow_dev.config import local_url


class OnLoopback:
    """The URLs of a stack the suite runs on this machine's loopback at `self.port`: `postgres` for every
    task, and the bootstrap superuser supabase_admin (initdb's user, as in the supabase/postgres image)."""

    port: int

    @property
    def url(self) -> str:
        return local_url(self.port)

    @property
    def admin_url(self) -> str:
        return local_url(self.port, user=ADMIN_USER)


@dataclass(frozen=True)
class StackStatus:
    """What `invoke status` reports; `details` holds backend-specific facts (pid, data dir, container)."""

    backend: str
    running: bool
    url: str
    details: dict[str, str] = field(default_factory=dict)


class Stack(Protocol):
    """A database the suite can start, stop, ask about and connect to."""

    backend_name: str

    @property
    def url(self) -> str:
        """Where every task connects: the non-superuser `postgres`, as the Supabase CLI does."""
        ...

    @property
    def admin_url(self) -> str | None:
        """The bootstrap superuser's URL on a stack the suite runs itself; None for someone else's database."""
        ...

    def prepare_host(self) -> None:
        """Before the first start: what the machine needs for this backend (packages, images), said as done."""
        ...

    def start(self) -> bool:
        """Start if needed and wait until a real connection works; True when it was not running before."""
        ...

    def stop(self) -> bool:
        """Stop if running; True when it was running."""
        ...

    def destroy(self) -> bool:
        """`down --volumes`: stop and delete the data; True when it was running."""
        ...

    def status(self) -> StackStatus: ...

    def require_ours(self, action: str) -> None:
        """Before `action` writes: refuse, in one line, a server on this stack's port that this checkout did
        not start (another checkout's, or one left by someone else); a database given by URL passes."""
        ...

    def log_tail(self, lines: int = 20) -> str:
        """The server's last log lines, for error messages."""
        ...
