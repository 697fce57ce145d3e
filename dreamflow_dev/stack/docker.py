"""The docker backend: the supabase/postgres image (or any Postgres ≥ 15 image) run through the docker SDK.

One container per project, named and labelled as the Supabase CLI does (`supabase_db_<project_id>`,
`com.supabase.cli.project`), plus our own label, checked before anything is stopped or deleted. The data
lives in a named volume, so `down` (container removed) and `up` (container created again) keep it.
"""

from __future__ import annotations

import grp
import os
import socket
from dataclasses import dataclass, field

import docker
from docker.errors import APIError, DockerException, ImageNotFound, NotFound
from docker.models.containers import Container
from docker.models.volumes import Volume
from docker.utils import kwargs_from_env
from requests.exceptions import RequestException

from dreamflow_dev.config import DB_PASSWORD, DB_USER, Settings
from dreamflow_dev.db import connect, one_line, wait_until_ready
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.stack.base import OnLoopback, StackStatus
from dreamflow_dev.stack.docker_pull import pull_image
from dreamflow_dev.stack.ports import describe_listener, port_is_free

# The image `supabase start` runs for major_version 15 (the Supabase CLI's default), from AWS's public mirror.
DEFAULT_IMAGES = {15: "public.ecr.aws/supabase/postgres:15.8.1.085"}
PROJECT_LABEL = "com.supabase.cli.project"
OWNER_LABEL = "dev.dreamflow.stack"
OWNER = "dreamflow-dev"
DATA_DIR = "/var/lib/postgresql/data"
DEFAULT_DOCKER_HOST = "unix:///var/run/docker.sock"
START_DOCKER = ("Start Docker (Docker Desktop, or `sudo systemctl start docker`), point DOCKER_HOST at a "
                "running engine, or use --backend native")
# What the supabase/postgres image's init scripts read (the Supabase CLI's local defaults); other images ignore them.
SUPABASE_IMAGE_ENV = {"JWT_SECRET": "super-secret-jwt-token-with-at-least-32-characters-long", "JWT_EXP": "3600"}
# Seconds between connection attempts (and looks at whether the container still runs) while it starts.
READY_POLL = 0.25
SECOND = 1_000_000_000
HEALTHCHECK = {"test": ["CMD", "pg_isready", "-U", DB_USER, "-h", "127.0.0.1", "-p", "5432"],
               "interval": 2 * SECOND, "timeout": 2 * SECOND, "retries": 3}


def configured_image(settings: Settings) -> str:
    """The settings' image (DREAMFLOW_DB_IMAGE or [db] image), else supabase/postgres for major_version."""
    if settings.image:
        return settings.image
    if settings.major_version not in DEFAULT_IMAGES:
        raise DevStackError(f"no default image for major_version {settings.major_version}: the suite knows "
                            f"{', '.join(DEFAULT_IMAGES.values())}. Set [db] image in supabase/config.toml.")
    return DEFAULT_IMAGES[settings.major_version]


def connect_to_engine(address: str | None = None, timeout: float = 60.0) -> docker.DockerClient:
    """A client for the engine at `address` (default: DOCKER_HOST, else the usual socket) that has answered
    a ping; one-line errors saying what to do when it cannot."""
    address = address or os.environ.get("DOCKER_HOST") or DEFAULT_DOCKER_HOST
    if address.startswith("unix://"):
        _check_socket_answers(address.removeprefix("unix://"))
    # kwargs_from_env keeps DOCKER_TLS_VERIFY / DOCKER_CERT_PATH working for tcp:// engines.
    engine_options = kwargs_from_env(environment={**os.environ, "DOCKER_HOST": address})
    try:
        client = docker.DockerClient(timeout=timeout, **engine_options)
        client.ping()
    except (DockerException, RequestException) as exc:
        raise DevStackError(f"cannot reach Docker at {address}: {one_line(exc)}. {START_DOCKER}.") from exc
    return client


def docker_engine_answers(timeout: float = 1.0) -> bool:
    """True when a Docker engine answers a ping at DOCKER_HOST or the default socket (for `auto`)."""
    try:
        connect_to_engine(timeout=timeout).close()
    except DevStackError:
        return False
    return True


def _check_socket_answers(path: str) -> None:
    """Tell apart the three ways a local socket fails, since each has its own fix."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(2)
        try:
            probe.connect(path)
        except FileNotFoundError as exc:
            raise DevStackError(f"Docker is not running: there is no socket at {path}. {START_DOCKER}.") from exc
        except ConnectionRefusedError as exc:
            raise DevStackError(f"Docker is not running: nothing answers on {path} (a socket left behind). "
                                f"{START_DOCKER}.") from exc
        except PermissionError as exc:
            raise DevStackError(f"no permission on the Docker socket {path} ({_socket_owner(path)}). "
                                "Add yourself to its group (`sudo usermod -aG docker $USER`, then log in again), "
                                "or use --backend native.") from exc


def _socket_owner(path: str) -> str:
    try:
        info = os.stat(path)
        return f"group {grp.getgrgid(info.st_gid).gr_name}, mode {info.st_mode & 0o777:o}"
    except (OSError, KeyError):
        return "owner unknown"


@dataclass
class DockerStack(OnLoopback):
    """The project's database container `supabase_db_<project_id>`, its data in the volume of the same name."""

    project_id: str
    port: int
    image: str
    port_config_hint: str = "set [db] port in supabase/config.toml"
    # The supabase/postgres image's first start runs its own init migrations before it accepts connections.
    ready_timeout: float = 120.0
    docker_host: str | None = None
    backend_name: str = "docker"
    _client: docker.DockerClient | None = field(default=None, init=False, repr=False)

    @classmethod
    def for_settings(cls, settings: Settings) -> DockerStack:
        return cls(project_id=settings.project_id, port=settings.port, image=configured_image(settings))

    @property
    def container_name(self) -> str:
        return f"supabase_db_{self.project_id}"

    @property
    def volume_name(self) -> str:
        return self.container_name

    @property
    def labels(self) -> dict[str, str]:
        return {PROJECT_LABEL: self.project_id, OWNER_LABEL: OWNER}

    @property
    def client(self) -> docker.DockerClient:
        if self._client is None:
            self._client = connect_to_engine(self.docker_host)
        return self._client

    def prepare_host(self) -> None:
        """The image is pulled (or imported) by start(), when the container is first created."""

    def start(self) -> bool:
        """Create or restart the container and wait for a real connection; False when it was already running."""
        container = self.our_container()
        if container is not None and container.status == "running":
            self._check_runs_on_our_port(container)
            wait_until_ready(self.admin_url, timeout=self.ready_timeout, log_tail=self.log_tail)
            return False
        self._check_port_is_free()
        if container is not None and not self._matches_settings(container):
            self._remove_container(container)
            container = None
        volume_is_new = False
        if container is None:
            self._ensure_image()
            volume_is_new = self._ensure_volume()
            container = self._create_container()
        self._start_and_wait(container, volume_is_new)
        return True

    def stop(self) -> bool:
        """Stop and remove the container (the volume keeps the data); True when it was running."""
        container = self.our_container()
        if container is None:
            return False
        was_running = container.status == "running"
        self._remove_container(container)
        return was_running

    def destroy(self) -> bool:
        """`down --volumes`: remove the container and the data volume; True when it was running."""
        was_running = self.stop()
        volume = self._our_volume()
        if volume is not None:
            volume.remove()
        return was_running

    def status(self) -> StackStatus:
        container = self.our_container()
        volume = "present" if self._our_volume() is not None else "none (data is created on first up)"
        if container is None:
            details = {"container": f"{self.container_name} (not created)", "image": self.image}
            return StackStatus(self.backend_name, False, self.url, details | {"volume": volume})
        state = container.attrs["State"]
        details = {"container": f"{container.name} ({container.short_id}, {state['Status']})",
                   "image": container.attrs["Config"]["Image"],
                   "health": state.get("Health", {}).get("Status", "no healthcheck"),
                   "volume": f"{self.volume_name} ({volume})"}
        return StackStatus(self.backend_name, state["Status"] == "running", self.url, details)

    def require_ours(self, action: str) -> None:
        """Our labelled container runs and publishes the port: docker then holds the port, nobody else can."""
        container = self.our_container()
        if container is None or container.status != "running":
            raise DevStackError(f"refusing to {action}: the docker stack ({self.container_name}) is not running, so "
                                f"whatever answers on port {self.port} is not this project's. Run `invoke up` first, "
                                "or pass --db-url to name the database you mean.")
        self._check_runs_on_our_port(container)

    def log_tail(self, lines: int = 20) -> str:
        try:
            container = self.client.containers.get(self.container_name)
            return container.logs(tail=lines).decode(errors="replace").rstrip() or "(the container logged nothing)"
        except NotFound:
            return "(no container, so no log)"
        except (DockerException, RequestException) as exc:
            return f"(the container's log could not be read: {exc})"

    def our_container(self) -> Container | None:
        """The project's container, after checking it is ours; None when there is none."""
        try:
            container = self.client.containers.get(self.container_name)
        except NotFound:
            return None
        if not self._is_ours(container.labels):
            raise DevStackError(
                f"container {self.container_name} exists but the dev suite did not create it (labels: "
                f"{container.labels or 'none'}). Remove it (`docker rm -f {self.container_name}`, or `supabase stop` "
                "if the Supabase CLI made it) or change project_id in supabase/config.toml."
            )
        return container

    def _our_volume(self) -> Volume | None:
        try:
            volume = self.client.volumes.get(self.volume_name)
        except NotFound:
            return None
        if not self._is_ours(volume.attrs.get("Labels") or {}):
            raise DevStackError(
                f"volume {self.volume_name} exists but the dev suite did not create it. Remove it yourself "
                f"(`docker volume rm {self.volume_name}`) if its data can go, or change project_id."
            )
        return volume

    def _is_ours(self, labels: dict[str, str]) -> bool:
        return all(labels.get(key) == value for key, value in self.labels.items())

    def _ensure_image(self) -> None:
        try:
            self.client.images.get(self.image)
        except ImageNotFound:
            pull_image(self.client, self.image)

    def _ensure_volume(self) -> bool:
        """Create the labelled data volume if missing; True when it was created now."""
        if self._our_volume() is not None:
            return False
        self.client.volumes.create(self.volume_name, labels=self.labels)
        return True

    def _create_container(self) -> Container:
        return self.client.containers.create(
            self.image, name=self.container_name, labels=self.labels, healthcheck=HEALTHCHECK,
            environment={"POSTGRES_PASSWORD": DB_PASSWORD, **SUPABASE_IMAGE_ENV},
            ports={"5432/tcp": ("127.0.0.1", self.port)},
            volumes={self.volume_name: {"bind": DATA_DIR, "mode": "rw"}},
        )

    def _start_and_wait(self, container: Container, volume_is_new: bool) -> None:
        """Start, wait for a connection, check the major version; on any failure (Ctrl-C too) remove what
        this `up` made, so nothing stays half-started."""
        try:
            self._start_container(container)
            self._wait_until_accepting(container)
            self._check_major_version()
        except BaseException as exc:
            self._clean_up_after_failed_start(container, volume_is_new, exc)
            raise

    def _start_container(self, container: Container) -> None:
        try:
            container.start()
        except APIError as exc:
            if "port is already allocated" in str(exc) or "address already in use" in str(exc):
                raise DevStackError(f"port {self.port} is taken by another container or program: "
                                    f"{exc.explanation}. Stop it or {self.port_config_hint}.") from exc
            raise DevStackError(f"container {self.container_name} did not start: {exc.explanation}. "
                                f"Last log lines:\n{self.log_tail()}") from exc

    def _wait_until_accepting(self, container: Container) -> None:
        """wait_until_ready that gives up as soon as the container exits (bad image, failed initdb), instead
        of after the whole timeout."""

        def stopped() -> bool:
            container.reload()
            return container.status != "running"

        try:
            wait_until_ready(self.admin_url, timeout=self.ready_timeout, log_tail=self.log_tail,
                             interval=READY_POLL, gone=stopped)
        except DevStackError as exc:
            if not stopped():
                raise
            raise DevStackError(
                f"container {self.container_name} stopped before Postgres accepted connections: "
                f"{container.status}, exit code {container.attrs['State']['ExitCode']}. Fix what its last "
                f"log lines below say (or [db] image), then `invoke up` again.\n{self.log_tail()}"
            ) from exc

    def _clean_up_after_failed_start(self, container: Container, volume_is_new: bool, error: BaseException) -> None:
        """Every step runs even if one fails; a failed step is noted on the original error, never replaces it."""
        try:
            self._remove_container(container)
        except (DockerException, RequestException) as cleanup_error:
            error.add_note(f"also: removing container {self.container_name} failed: {cleanup_error}")
        if volume_is_new:
            try:
                self.client.volumes.get(self.volume_name).remove()
            except (DockerException, RequestException) as cleanup_error:
                error.add_note(f"also: removing volume {self.volume_name} failed: {cleanup_error}")

    def _remove_container(self, container: Container) -> None:
        """Stop (the image's stop signal: a fast shutdown) then remove; one already gone is fine."""
        try:
            container.stop(timeout=20)
            container.remove()
        except NotFound:
            return

    def _check_major_version(self) -> None:
        with connect(self.admin_url) as conn:
            version = int(conn.execute("select current_setting('server_version_num')").fetchone()[0])
        if version < 150000:
            raise DevStackError(f"image {self.image} runs Postgres {version // 10000}: the suite needs 15 or newer. "
                                "Set [db] image in supabase/config.toml to a 15+ image.")

    def _check_port_is_free(self) -> None:
        for other in self.client.containers.list():
            if other.name != self.container_name and self.port in _published_ports(other):
                raise DevStackError(f"port {self.port} is taken by another container: {other.name} "
                                    f"({other.attrs['Config']['Image']}). Stop it (`docker stop {other.name}`) "
                                    f"or {self.port_config_hint}.")
        if not port_is_free(self.port):
            raise DevStackError(f"port {self.port} is taken by another program{describe_listener(self.port)}. "
                                f"Stop it or {self.port_config_hint}.")

    def _check_runs_on_our_port(self, container: Container) -> None:
        if self.port not in _published_ports(container):
            raise DevStackError(f"container {self.container_name} runs on port(s) {_published_ports(container)} "
                                f"but [db] port is {self.port}. Run `invoke down`, then `invoke up` to move it.")

    def _matches_settings(self, container: Container) -> bool:
        """A stopped container made for another port or image is recreated (its data stays in the volume)."""
        bindings = container.attrs["HostConfig"].get("PortBindings") or {}
        ports = {int(b["HostPort"]) for b in bindings.get("5432/tcp") or [] if b.get("HostPort")}
        return ports == {self.port} and container.attrs["Config"]["Image"] == self.image


def _published_ports(container: Container) -> set[int]:
    """Host ports a running container publishes (any container port, any host address)."""
    published = container.attrs.get("NetworkSettings", {}).get("Ports") or {}
    return {int(b["HostPort"]) for bindings in published.values() for b in bindings or [] if b.get("HostPort")}
