"""A throwaway Docker engine for the docker tests (dockerd with its data, state and socket in a temp dir), and a
local registry to pull from.

Nothing is shared with a Docker the machine may already run (images, containers and volumes live in the temp
dir; the network is a bridge of its own, see docker_bridge), so the tests can create and delete freely. Needs
root and dockerd (`apt-get install docker.io`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from dreamflow_dev.errors import DevStackError
from dreamflow_dev.polling import retry_until
from dreamflow_dev.stack.docker import connect_to_engine
from dreamflow_dev.stack.ports import free_port
from tools.stand_in_image.rootfs import unmount_below

from support.docker_bridge import bridge_name_for, create_bridge, delete_bridge, our_bridges

SCRATCH_PREFIX = "dreamflow-dockerd-"
# An engine dir this old without a live dockerd was abandoned (killed run), not one still starting up.
ABANDONED_AFTER_SECONDS = 120


@dataclass
class ThrowawayDockerd:
    root: Path
    process: subprocess.Popen

    @property
    def host(self) -> str:
        """The DOCKER_HOST value that reaches this engine."""
        return f"unix://{self.root}/docker.sock"

    @property
    def log_file(self) -> Path:
        return self.root / "dockerd.log"

    def stop(self) -> None:
        """SIGTERM (dockerd stops its containers and its containerd), SIGKILL only if it hangs; then the dir and
        the bridge go."""
        try:
            _terminate(self.process, timeout=30)
        finally:
            _remove_engine_leftovers(self.root)


def start_throwaway_dockerd(timeout: float = 30.0) -> ThrowawayDockerd:
    """Start dockerd on a socket in a new temp dir and return once it answers a ping."""
    program = shutil.which("dockerd")
    if program is None or os.geteuid() != 0:
        raise DevStackError("cannot start a throwaway Docker engine: it needs root and dockerd "
                            f"(root: {os.geteuid() == 0}, dockerd: {program or 'not installed'}). "
                            "Run the docker tests as root after `apt-get install docker.io`, or set "
                            "DREAMFLOW_TEST_DOCKER_HOST to an engine to use instead.")
    remove_abandoned_engines()
    root = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))
    try:
        create_bridge(bridge_of(root))
        process = _start_dockerd(program, root, bridge_of(root))
    except BaseException:
        _remove_engine_leftovers(root)
        raise
    engine = ThrowawayDockerd(root, process)
    try:
        _wait_until_it_answers(engine, timeout)
    except BaseException:
        engine.stop()
        raise
    return engine


def _start_dockerd(program: str, root: Path, bridge: str) -> subprocess.Popen:
    with (root / "dockerd.log").open("wb") as log:
        # A session of its own: Ctrl-C on the tests reaches pytest, whose teardown stops dockerd in order.
        return subprocess.Popen(
            [program, "--data-root", str(root / "data"), "--exec-root", str(root / "exec"),
             "-H", f"unix://{root}/docker.sock", "--pidfile", str(root / "dockerd.pid"),
             "--bridge", bridge, "--iptables=false"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )


def remove_abandoned_engines() -> None:
    """Clear what killed test runs left: their engine dirs (with the mounts that keep old containers' network
    namespaces alive) and their bridges. Engines still running, or only just started, are left alone."""
    scratch = Path(tempfile.gettempdir())
    for root in scratch.glob(f"{SCRATCH_PREFIX}*"):
        if time.time() - root.stat().st_mtime > ABANDONED_AFTER_SECONDS and not _dockerd_runs_in(root):
            _remove_engine_leftovers(root)
    bridges = set(our_bridges())  # before the dirs: an engine starting now makes its dir before its bridge
    for name in bridges - {bridge_of(root) for root in scratch.glob(f"{SCRATCH_PREFIX}*")}:
        delete_bridge(name)


def bridge_of(root: Path) -> str:
    """The name of the bridge of the engine whose dir is `root`: derived from the dir, so leftovers pair up."""
    return bridge_name_for(root.name.removeprefix(SCRATCH_PREFIX))


def _remove_engine_leftovers(root: Path) -> None:
    unmount_below(root)
    shutil.rmtree(root, ignore_errors=True)
    delete_bridge(bridge_of(root))


def _dockerd_runs_in(root: Path) -> bool:
    """True when the pid in the dir's pidfile is a live dockerd serving this dir (not a reused pid)."""
    try:
        pid = int((root / "dockerd.pid").read_text().strip())
        command_line = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return False
    return str(root).encode() in command_line


def _wait_until_it_answers(engine: ThrowawayDockerd, timeout: float) -> None:
    try:
        retry_until(lambda: connect_to_engine(engine.host, timeout=2).close(), timeout=timeout, retry_on=DevStackError,
                    interval=0.1, gone=lambda: engine.process.poll() is not None)
    except DevStackError as exc:
        tail = "\n".join(engine.log_file.read_text(errors="replace").splitlines()[-15:])
        raise DevStackError(f"the throwaway dockerd did not answer within {timeout:.0f}s "
                            f"(exit code {engine.process.poll()}): {exc}. Its log ends with:\n{tail}") from exc


@dataclass
class LocalRegistry:
    """A Docker registry on 127.0.0.1 (which engines trust without TLS), storing under a temp dir."""

    address: str
    process: subprocess.Popen

    def stop(self) -> None:
        _terminate(self.process, timeout=10)


def start_local_registry(root: Path, timeout: float = 15.0) -> LocalRegistry:
    """Debian's docker-registry (`apt-get install docker-registry`) on a free port, so pulls are tested for real."""
    program = shutil.which("docker-registry")
    if program is None:
        raise DevStackError("cannot start a local registry: docker-registry is not installed. "
                            "Install it (`apt-get install docker-registry`).")
    address = f"127.0.0.1:{free_port()}"
    config = root / "registry.yml"
    config.write_text(f"version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: {root / 'storage'}\n"
                      f"http:\n  addr: {address}\n")
    with (root / "registry.log").open("wb") as log:
        process = subprocess.Popen([program, "serve", str(config)], stdout=log, stderr=subprocess.STDOUT)
    registry = LocalRegistry(address, process)
    try:
        retry_until(lambda: urllib.request.urlopen(f"http://{address}/v2/", timeout=1).close(), timeout=timeout,
                    retry_on=OSError, gone=lambda: process.poll() is not None)
    except OSError as exc:
        registry.stop()
        raise DevStackError(f"the local registry did not answer on {address} within {timeout:.0f}s: {exc}. "
                            f"See {root / 'registry.log'}.") from exc
    return registry


def _terminate(process: subprocess.Popen, timeout: float) -> None:
    """SIGTERM, then SIGKILL if it has not exited within `timeout` seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
