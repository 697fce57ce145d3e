"""A Postgres cluster made with the machine's own binaries: initdb, pg_ctl, a data dir we own.

Used for the developer's stack (data under .supabase-local/) and for the tests' throwaway clusters.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from dreamflow_dev.config import DB_NAME, DB_PASSWORD, DB_USER
from dreamflow_dev.db import wait_until_ready
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.stack.base import StackStatus
from dreamflow_dev.stack.osuser import ServerUser
from dreamflow_dev.stack.pgbin import PgBinaries
from dreamflow_dev.stack.ports import describe_listener, free_port, port_is_free

# Settings a throwaway test cluster can afford: no durability, so tests never wait on the disk.
THROWAWAY_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


@dataclass
class NativeCluster:
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
    def url(self) -> str:
        return f"postgresql://{DB_USER}:{DB_PASSWORD}@127.0.0.1:{self.port}/{DB_NAME}"

    @property
    def has_pg_cron(self) -> bool:
        return self.binaries.has_extension("pg_cron")

    @property
    def preload_libraries(self) -> list[str]:
        """What the supabase/postgres image preloads, in its order, of what is installed here."""
        check = ["plpgsql", "plpgsql_check"] if self.binaries.has_extension("plpgsql_check") else []
        return check + (["pg_cron"] if self.has_pg_cron else [])

    def is_initialized(self) -> bool:
        return (self.data_dir / "PG_VERSION").exists()

    def start(self) -> bool:
        """Init if needed, recover from a crash, start on 127.0.0.1:port and wait for a real connection."""
        if self.running_pid() is not None:
            return False
        if not self.is_initialized():
            self._initdb()
        self._clear_crash_leftovers()
        if not port_is_free(self.port):
            raise DevStackError(
                f"port {self.port} is taken by another program{describe_listener(self.port)}. "
                f"Stop it or {self.port_config_hint}."
            )
        try:
            self._pg_ctl_start()
            wait_until_ready(self.url, timeout=30, log_tail=self.log_tail)
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

    def destroy(self) -> None:
        """Stop and remove the data dir and log (throwaway clusters, `invoke down --volumes`)."""
        try:
            self._stop_immediately()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def status(self) -> StackStatus:
        pid = self.running_pid()
        details = {"data_dir": str(self.data_dir), "postgres": self.binaries.version,
                   "bin_dir": str(self.binaries.bin_dir)}
        if pid is not None:
            details["pid"] = str(pid)
        return StackStatus(self.backend_name, pid is not None, self.url, details)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log yet)"

    def running_pid(self) -> int | None:
        """The postmaster's pid if a server for this data dir is alive (not just a leftover pid file)."""
        pid = self._pid_from_file()
        return pid if pid is not None and self._serves_our_data_dir(pid) else None

    def server_options(self) -> list[str]:
        """Command-line settings for the server: config.toml's port, loopback only, preloads when installed."""
        # jit off: compiling costs more than it saves on these queries (the 30-day analytics window took
        # 3× longer with it, measured).
        settings = {"listen_addresses": "127.0.0.1", "port": str(self.port), "unix_socket_directories": "",
                    "timezone": "UTC", "log_timezone": "UTC", "jit": "off"}
        if self.preload_libraries:
            settings["shared_preload_libraries"] = ", ".join(self.preload_libraries)
        if self.has_pg_cron:
            settings |= {"cron.database_name": DB_NAME, "cron.use_background_workers": "on",
                         "max_worker_processes": "16"}
        settings |= self.extra_settings
        return [f"-c {name}={shlex.quote(value)}" for name, value in settings.items()]

    def _initdb(self) -> None:
        """initdb into a scratch dir renamed into place, so an interrupted init leaves nothing behind."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.server_user.check_can_reach(self.root)
        self.server_user.own(self.root, 0o755)
        scratch = self.root / "data.initdb"
        shutil.rmtree(scratch, ignore_errors=True)
        password_file = self.root / "initdb.pw"
        password_file.write_text(DB_PASSWORD + "\n")
        self.server_user.own(password_file, 0o600)
        try:
            result = self.server_user.run([
                self.binaries.program("initdb"), "-D", str(scratch), "-U", DB_USER, "--pwfile", str(password_file),
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "-N",
            ])
            if result.returncode != 0:
                raise DevStackError(f"initdb failed in {scratch}: {result.stderr.strip()}. Fix the cause and re-run.")
            scratch.rename(self.data_dir)
        finally:
            password_file.unlink(missing_ok=True)
            _remove_patiently(scratch)

    def _pg_ctl_start(self) -> None:
        result = self.server_user.run([
            self.binaries.program("pg_ctl"), "-D", str(self.data_dir), "-l", str(self.log_file),
            "-w", "-t", "30", "-o", " ".join(self.server_options()), "start",
        ])
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

    def _serves_our_data_dir(self, pid: int) -> bool:
        """A live Postgres process's working directory is its data dir; a reused pid has another.

        A killed postmaster can linger as a zombie until it is reaped: that counts as dead.
        """
        try:
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in {"Z", "X"}:
                return False
            return Path(f"/proc/{pid}/cwd").resolve() == self.data_dir.resolve()
        except FileNotFoundError:
            return False
        except OSError:
            return _process_exists(pid)

    def _clear_crash_leftovers(self) -> None:
        """After a kill -9 of the postmaster: wait out (then kill) orphaned backends, drop the stale pid file."""
        pid_file = self.data_dir / "postmaster.pid"
        if not pid_file.exists():
            return
        deadline = time.monotonic() + 5
        while self._orphaned_backends() and time.monotonic() < deadline:
            time.sleep(0.05)
        for orphan in self._orphaned_backends():
            os.kill(orphan, signal.SIGKILL)
        pid_file.unlink(missing_ok=True)

    def _orphaned_backends(self) -> list[int]:
        target = self.data_dir.resolve()
        found = []
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit():
                try:
                    if (proc / "cwd").resolve() == target:
                        found.append(int(proc.name))
                except OSError:
                    continue
        return found


def _process_exists(pid: int) -> bool:
    """Without /proc: does a process with this pid exist (signal 0 asks without sending)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_patiently(folder: Path, timeout: float = 5.0) -> None:
    """Remove a folder that an interrupted initdb's own children may still be writing into for a moment."""
    deadline = time.monotonic() + timeout
    while True:
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists() or time.monotonic() > deadline:
            return
        time.sleep(0.05)
