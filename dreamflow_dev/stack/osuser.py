"""Runs the Postgres programs as an unprivileged OS user, because the server refuses to run as root."""

from __future__ import annotations

import os
import pwd
import subprocess
from dataclasses import dataclass
from pathlib import Path

from dreamflow_dev.errors import DevStackError

UNPRIVILEGED_CANDIDATES = ("postgres", "nobody")


@dataclass(frozen=True)
class ServerUser:
    """The OS account that owns the data dir and runs initdb, pg_ctl and the server."""

    name: str
    uid: int
    gid: int

    @classmethod
    def for_this_process(cls) -> ServerUser:
        """Ourselves when not root; as root, the `postgres` account (or `nobody`)."""
        if os.geteuid() != 0:
            entry = pwd.getpwuid(os.geteuid())
            return cls(entry.pw_name, entry.pw_uid, entry.pw_gid)
        for name in UNPRIVILEGED_CANDIDATES:
            try:
                entry = pwd.getpwnam(name)
            except KeyError:
                continue
            return cls(entry.pw_name, entry.pw_uid, entry.pw_gid)
        raise DevStackError(
            "running as root and no unprivileged OS user found (postgres, nobody): Postgres refuses root. "
            "Create one with `useradd --system postgres`."
        )

    @property
    def switches_user(self) -> bool:
        return self.uid != os.geteuid()

    def run(self, args: list[str], *, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        """Run a program as this user with a clean environment; output captured as text."""
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        extra = {"user": self.uid, "group": self.gid, "extra_groups": []} if self.switches_user else {}
        return subprocess.run(
            args, capture_output=True, text=True, env=env, cwd="/", timeout=timeout, check=False, **extra
        )

    def own(self, path: Path, mode: int = 0o700) -> None:
        """Make `path` belong to this user (Postgres insists that only its owner can read the data dir).
        The change goes through a descriptor opened without following a symbolic link, so a link planted
        in its place hands nothing else to the server's user."""
        try:
            descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise DevStackError(f"cannot hand {path} to OS user {self.name}: {exc.strerror} (a symbolic link is "
                                "never followed). Remove it and run `invoke up` again.") from exc
        try:
            if self.switches_user:
                os.fchown(descriptor, self.uid, self.gid)
            os.fchmod(descriptor, mode)
        finally:
            os.close(descriptor)

    def check_can_reach(self, path: Path) -> None:
        """Fail early, with the folder to fix, when this user cannot traverse into `path`."""
        folder = self.first_closed_folder(path)
        if folder is not None:
            raise DevStackError(
                f"OS user {self.name} (who runs Postgres) cannot enter {folder}: its mode is "
                f"{oct(folder.stat().st_mode & 0o777)}. Run `chmod o+x {folder}` or clone the repo elsewhere."
            )

    def first_closed_folder(self, path: Path) -> Path | None:
        """The first folder above `path` (from /) this user may not enter, or None when all are open."""
        if not self.switches_user:
            return None
        for folder in reversed(path.resolve().parents):
            if folder.exists() and folder.stat().st_mode & 0o001 == 0 and folder.stat().st_uid != self.uid:
                return folder
        return None
