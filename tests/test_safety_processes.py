"""Crash recovery and running-state of the native backend touch only this cluster's own postmaster."""

from __future__ import annotations

import os
import signal
import subprocess

import psycopg
import pytest

from dreamflow_dev.errors import DevStackError
from dreamflow_dev.lifecycle import bootstrap_stack
from dreamflow_dev.stack.native import NativeCluster

pytestmark = pytest.mark.slow


@pytest.fixture
def bystanders(cluster):
    """A shell and a `sleep` whose working directory is the data dir: a developer looking around in it."""
    cluster.start()
    bootstrap_stack(cluster)
    started = [subprocess.Popen(command, cwd=cluster.data_dir, stdin=subprocess.PIPE)
               for command in (["sleep", "600"], ["sh", "-c", "read line"])]
    yield started
    for process in started:
        process.kill()
        process.wait()


def _kill_postmaster(cluster: NativeCluster) -> int:
    pid = cluster.running_pid()
    os.kill(pid, signal.SIGKILL)
    return pid


def test_up_after_kill_9_leaves_other_processes_in_the_data_dir_alive(cluster, bystanders):
    _kill_postmaster(cluster)

    assert cluster.start()
    assert [process.poll() for process in bystanders] == [None, None]
    with psycopg.connect(cluster.url) as conn:
        assert conn.execute("select 1").fetchone() == (1,)


def test_a_dead_postmasters_pid_file_reads_as_stopped(cluster):
    cluster.start()
    old_pid = _kill_postmaster(cluster)

    assert (cluster.data_dir / "postmaster.pid").read_text().split()[0] == str(old_pid)
    assert cluster.running_pid() is None
    assert not cluster.status().running


def test_a_pid_file_naming_another_live_process_reads_as_stopped_and_start_works(cluster, bystanders):
    cluster.stop()
    pid_file = cluster.data_dir / "postmaster.pid"
    pid_file.write_text(f"{bystanders[0].pid}\n{cluster.data_dir}\n")
    cluster.server_user.own(pid_file, 0o600)

    assert cluster.running_pid() is None
    assert cluster.start()
    assert bystanders[0].poll() is None
    assert cluster.running_pid() != bystanders[0].pid


def test_a_data_dir_without_pg_version_is_refused_in_one_line(cluster):
    cluster.root.mkdir(parents=True, exist_ok=True)
    cluster.data_dir.mkdir()
    (cluster.data_dir / "notes.txt").write_text("not a cluster")

    with pytest.raises(DevStackError) as raised:
        cluster.start()

    message = str(raised.value)
    assert "\n" not in message
    assert f"data directory {cluster.data_dir} holds files but no PG_VERSION" in message
    assert (cluster.data_dir / "notes.txt").exists()


def test_an_empty_data_dir_is_initialised(cluster):
    cluster.root.mkdir(parents=True, exist_ok=True)
    cluster.data_dir.mkdir()

    assert cluster.start()
    assert cluster.is_initialized()


@pytest.fixture
def proc_is_missing(monkeypatch):
    """This process cannot read /proc, as on macOS (programs it runs, like pg_ctl and ps, still work)."""
    import builtins
    import pathlib

    def guard(original):
        def refuse_proc(target, *args, **kwargs):
            if str(target).startswith("/proc"):
                raise FileNotFoundError(2, "no /proc on this system", str(target))
            return original(target, *args, **kwargs)
        return refuse_proc

    for name in ("read_text", "read_bytes", "iterdir", "resolve", "readlink", "stat", "exists"):
        monkeypatch.setattr(pathlib.Path, name, guard(getattr(pathlib.Path, name)))
    monkeypatch.setattr(builtins, "open", guard(builtins.open))
    monkeypatch.setattr(os, "readlink", guard(os.readlink))


def test_running_state_and_crash_recovery_work_without_proc(cluster, proc_is_missing):
    cluster.start()
    pid = cluster.running_pid()
    assert pid is not None and cluster.status().running

    os.kill(pid, signal.SIGKILL)

    assert cluster.running_pid() is None
    assert cluster.start()
    assert cluster.running_pid() not in {None, pid}
