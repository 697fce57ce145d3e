"""A Postgres cluster made with the machine's own binaries: initdb, pg_ctl, a data dir we own.

Used for the developer's stack (data under .supabase-local/) and for the tests' throwaway clusters.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from dreamflow_dev.bootstrap import ADMIN_USER
from dreamflow_dev.config import DB_NAME, DB_PASSWORD
from dreamflow_dev.db import wait_until_ready, with_database
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.polling import retry_until
from dreamflow_dev.stack import supautils
from dreamflow_dev.stack.base import OnLoopback, StackStatus
from dreamflow_dev.stack.extensions import ensure_optional_extensions
from dreamflow_dev.stack.osuser import ServerUser
from dreamflow_dev.stack.pgbin import PgBinaries
from dreamflow_dev.stack.ports import describe_listener, free_port, port_is_free

# What Postgres logs when backends of a killed postmaster are still attached to its shared memory.
SHARED_MEMORY_IN_USE = "pre-existing shared memory block"
# Settings a throwaway test cluster can afford: no durability, so tests never wait on the disk.
THROWAWAY_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


class _SharedMemoryStillHeld(Exception):
    """pg_ctl start failed because backends of a crashed server still hold its shared memory."""


@dataclass
class NativeCluster(OnLoopback):
    """One cluster: `root` holds `data/` (PGDATA) and `postgres.log`."""

    root: Path
    port: int
    binaries: PgBinaries
    extra_settings: dict[str, str] = field(default_factory=dict)
    port_config_hint: str = "set [db] port in supabase/config.toml"
    backend_name: str = "native"

    def __post_init__(self) -> None:
        self.server_user = ServerUser.for_this_process()

    @classmethod
    def throwaway(cls, binaries: PgBinaries, prefix: str = "dreamflow-", **settings: str) -> NativeCluster:
        """A cluster in a new temp dir on a free port, without durability (tests, benchmark); destroy() it."""
        root = Path(tempfile.mkdtemp(prefix=prefix))
        root.chmod(0o755)  # the unprivileged server user must be able to enter it
        return cls(root=root, port=free_port(), binaries=binaries, extra_settings=THROWAWAY_SETTINGS | settings)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "postgres.log"

    @property
    def has_pg_cron(self) -> bool:
        return self.binaries.has_extension("pg_cron")

    @property
    def preload_libraries(self) -> list[str]:
        """What the supabase/postgres image preloads, in its order, of what is installed here; then the
        privileged extensions hook when it is installed in this cluster's folder."""
        statements = ["pg_stat_statements"] if self.binaries.has_extension("pg_stat_statements") else []
        check = ["plpgsql", "plpgsql_check"] if self.binaries.has_extension("plpgsql_check") else []
        hook = [supautils.LIBRARY] if supautils.hook_settings(self.root) else []
        return statements + check + (["pg_cron"] if self.has_pg_cron else []) + hook

    def is_initialized(self) -> bool:
        return (self.data_dir / "PG_VERSION").exists()

    def prepare_host(self) -> None:
        """pg_cron, pgTAP and plpgsql_check beside the binaries (apt as root on Debian; else a notice)."""
        ensure_optional_extensions(self.binaries)

    def start(self) -> bool:
        """Init if needed, recover from a crash, start on 127.0.0.1:port and wait for a real connection."""
        if self.running_pid() is not None:
            return False
        self._check_data_dir()
        if not self.is_initialized():
            self._initdb()
        self._clear_crash_leftovers()
        supautils.install_hook(self.root, self.binaries)
        if not port_is_free(self.port):
            raise DevStackError(
                f"port {self.port} is taken by another program{describe_listener(self.port)}. "
                f"Stop it or {self.port_config_hint}."
            )
        try:
            self._pg_ctl_start()
            wait_until_ready(self.admin_url, timeout=30, log_tail=self.log_tail, login_hint=(
                f"The cluster in {self.data_dir} has no supabase_admin login: an older dev suite made it, with "
                "postgres as its superuser. `invoke down --volumes` then `invoke up` makes it anew (its data "
                "is lost)"))
        except BaseException:
            self._stop_immediately()
            raise
        return True

    def stop(self) -> bool:
        if self.running_pid() is None:
            return False
        result = self.server_user.run([self.binaries.program("pg_ctl"), "-D", str(self.data_dir),
                                       "-m", "fast", "-w", "-t", "30", "stop"])
        if result.returncode != 0 and self.running_pid() is not None:
            raise DevStackError(f"pg_ctl stop failed: {result.stderr.strip()}. See {self.log_file}.")
        return True

    def destroy(self) -> bool:
        """Stop and remove the data dir and log (throwaway clusters, `invoke down --volumes`); what could not
        be removed is named in the error, never passed over."""
        was_running = self.running_pid() is not None
        try:
            self._stop_immediately()
        finally:
            failures = remove_tree(self.root)
        if failures:
            more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
            raise DevStackError(f"could not delete the cluster in {self.root}: {failures[0]}{more}. The server is "
                                f"stopped; delete what is left of {self.root} yourself.")
        return was_running

    def require_ours(self, action: str) -> None:
        """The server on our port is ours when it reports our data directory as its own (asked as the
        bootstrap superuser, the only role that may read it); anything else is someone else's server."""
        served = self._served_data_dir()
        if served is not None and os.path.realpath(served) == os.path.realpath(self.data_dir):
            return
        if served is None and port_is_free(self.port):
            raise DevStackError(f"refusing to {action}: the native stack is not running. Run `invoke up` first, "
                                "or pass --db-url to name the database you mean.")
        observed = f"its data directory is {served}" if served else \
            f"it does not let this checkout's supabase_admin read its data directory{describe_listener(self.port)}"
        raise DevStackError(
            f"refusing to {action}: the server on 127.0.0.1:{self.port} is not this checkout's stack ({observed}; "
            f"ours is {self.data_dir}). Stop that server, or {self.port_config_hint}, or pass --db-url to name "
            "its database on purpose."
        )

    def _served_data_dir(self) -> str | None:
        try:
            with psycopg.connect(with_database(self.admin_url, "template1"), connect_timeout=3) as conn:
                return conn.execute("select current_setting('data_directory')").fetchone()[0]
        except psycopg.Error:
            return None

    def status(self) -> StackStatus:
        pid = self.running_pid()
        details = {"data_dir": str(self.data_dir), "bin_dir": str(self.binaries.bin_dir)}
        if pid is not None:
            details["pid"] = str(pid)
        return StackStatus(self.backend_name, pid is not None, self.url, details)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log yet)"

    def running_pid(self) -> int | None:
        """The postmaster's pid if a server for this data dir is alive (not just a leftover pid file).

        `pg_ctl status` reads postmaster.pid and asks whether that pid lives; the process table then confirms
        the pid is still a postmaster started with `-D` this data dir, not a reused pid or a zombie.
        """
        pid = self._pid_from_file()
        if pid is None or not self._pg_ctl_says_running():
            return None
        return pid if _is_postmaster_of(pid, self.data_dir) else None

    def server_options(self) -> list[str]:
        """Command-line settings for the server: config.toml's port, loopback only, preloads when installed."""
        # jit off: compiling costs more than it saves on these short queries (the analytics views among them).
        settings = {"listen_addresses": "127.0.0.1", "port": str(self.port), "unix_socket_directories": "",
                    "timezone": "UTC", "log_timezone": "UTC", "jit": "off"}
        if self.preload_libraries:
            settings["shared_preload_libraries"] = ", ".join(self.preload_libraries)
        if self.has_pg_cron:
            settings |= {"cron.database_name": DB_NAME, "cron.use_background_workers": "on",
                         "max_worker_processes": "16"}
        settings |= supautils.hook_settings(self.root) | self.extra_settings
        return [f"-c {name}={shlex.quote(value)}" for name, value in settings.items()]

    def _initdb(self) -> None:
        """initdb into a scratch dir renamed into place, so an interrupted init leaves nothing behind."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.server_user.check_can_reach(self.root)
        self.server_user.own(self.root, 0o755)
        scratch = self.root / "data.initdb"
        shutil.rmtree(scratch, ignore_errors=True)
        password_file = self.root / "initdb.pw"
        _write_new_file(password_file, DB_PASSWORD + "\n")
        self.server_user.own(password_file, 0o600)
        try:
            result = self.server_user.run([
                self.binaries.program("initdb"), "-D", str(scratch), "-U", ADMIN_USER, "--pwfile", str(password_file),
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "-N",
            ])
            if result.returncode != 0:
                raise DevStackError(f"initdb failed in {scratch}: {result.stderr.strip()}. Fix the cause and re-run.")
            scratch.rename(self.data_dir)
        finally:
            password_file.unlink(missing_ok=True)
            _remove_patiently(scratch)

    def _pg_ctl_start(self, crash_leftovers_timeout: float = 30.0) -> None:
        """pg_ctl start; while backends orphaned by a crashed postmaster still hold the shared memory,
        Postgres refuses to start: wait for them to end (they do once they notice), up to a deadline."""

        def start_once() -> subprocess.CompletedProcess[str]:
            result = self.server_user.run([
                self.binaries.program("pg_ctl"), "-D", str(self.data_dir), "-l", str(self.log_file),
                "-w", "-t", "30", "-o", " ".join(self.server_options()), "start",
            ])
            if result.returncode != 0 and SHARED_MEMORY_IN_USE in self.log_tail(3):
                raise _SharedMemoryStillHeld
            return result

        try:
            result = retry_until(start_once, timeout=crash_leftovers_timeout, retry_on=_SharedMemoryStillHeld,
                                 interval=0.1)
        except _SharedMemoryStillHeld:
            raise DevStackError(
                f"Postgres did not start on port {self.port}: processes of the crashed server still hold its "
                f"shared memory ({SHARED_MEMORY_IN_USE}). They end when their running queries do; or stop the "
                "`postgres` processes left from the old server, then run `invoke up` again."
            ) from None
        if result.returncode != 0:
            raise DevStackError(
                f"Postgres did not start on port {self.port}: {result.stderr.strip() or result.stdout.strip()}. "
                f"Last log lines:\n{self.log_tail()}"
            )

    def _stop_immediately(self) -> None:
        if self.running_pid() is not None:
            self.server_user.run([self.binaries.program("pg_ctl"), "-D", str(self.data_dir),
                                  "-m", "immediate", "-w", "stop"])

    def _pid_from_file(self) -> int | None:
        try:
            return int((self.data_dir / "postmaster.pid").read_text().split("\n", 1)[0])
        except (OSError, ValueError):
            return None

    def _pg_ctl_says_running(self) -> bool:
        """pg_ctl's own reading of postmaster.pid: exit 0 running, 3 not running, 4 no data dir."""
        result = self.server_user.run([self.binaries.program("pg_ctl"), "status", "-D", str(self.data_dir)])
        return result.returncode == 0

    def _check_data_dir(self) -> None:
        """A data dir without PG_VERSION is not a cluster: an empty one is removed so initdb can make it,
        anything else is refused rather than overwritten."""
        if not self.data_dir.exists() or self.is_initialized():
            return
        if not any(self.data_dir.iterdir()):
            self.data_dir.rmdir()
            return
        raise DevStackError(
            f"data directory {self.data_dir} holds files but no PG_VERSION: it is not a Postgres cluster. "
            "Move it away (or delete it with `invoke down --volumes`) and run `invoke up` again."
        )

    def _clear_crash_leftovers(self) -> None:
        """After a kill -9 of the postmaster its pid file stays; drop it once no live postmaster of this data
        dir owns it. Processes are never signalled here: backends orphaned by the crash end on their own when
        they notice the postmaster is gone, and until then Postgres refuses to start (see _pg_ctl_start)."""
        if self._pid_from_file() is not None and self.running_pid() is None:
            (self.data_dir / "postmaster.pid").unlink(missing_ok=True)


def _is_postmaster_of(pid: int, data_dir: Path) -> bool:
    """Is `pid` a live (not zombie) postgres started with `-D data_dir`? Asked of `ps`, which Linux, macOS
    and the BSDs all have (-ww: the whole command line, which ps otherwise cuts at the terminal's width);
    without a working `ps`, a live pid is taken at its word."""
    try:
        result = subprocess.run(["ps", "-ww", "-o", "stat=", "-o", "args=", "-p", str(pid)],
                                capture_output=True, text=True, check=False)
    except FileNotFoundError:
        return _process_exists(pid)
    line = result.stdout.strip()
    if result.returncode != 0 and result.stderr.strip():
        return _process_exists(pid)
    if result.returncode != 0 or not line:
        return False
    state, _, command = line.partition(" ")
    return not state.startswith("Z") and _names_data_dir(command, data_dir)


def _names_data_dir(command: str, data_dir: Path) -> bool:
    """The postmaster's command line is `postgres -D <data dir> ...` (pg_ctl starts it so)."""
    padded = f"{command} "
    return any(f" -D {path} " in padded for path in {str(data_dir), str(data_dir.resolve())})


def remove_tree(folder: Path) -> list[str]:
    """Delete `folder` and what it holds without following a symbolic link (a link in its place, or inside
    it, is refused or removed as a link); returns what could not be deleted and why, empty when all went."""
    failures: list[str] = []
    if not os.path.lexists(folder):
        return failures
    if os.path.islink(folder):
        return [f"{folder} is a symbolic link to {os.readlink(folder)}, which is not followed"]

    def note(_function, path, exc_info) -> None:
        error = exc_info[1]
        failures.append(f"{path}: {getattr(error, 'strerror', None) or error}")

    shutil.rmtree(folder, onerror=note)
    return failures


def _write_new_file(path: Path, text: str) -> None:
    """Create `path` afresh, mode 0600: whatever had that name (a planted link, say) is removed, never written
    through."""
    path.unlink(missing_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(text)


def _process_exists(pid: int) -> bool:
    """Does a process with this pid exist (signal 0 asks without sending)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_patiently(folder: Path, timeout: float = 5.0) -> None:
    """Remove a folder that an interrupted initdb's own children may still be writing into for a moment."""

    def remove() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        if folder.exists():
            raise FileExistsError(folder)

    with contextlib.suppress(FileExistsError):
        retry_until(remove, timeout=timeout, retry_on=FileExistsError)
