"""The docker backend against a real Docker engine (a throwaway dockerd, or DREAMFLOW_TEST_DOCKER_HOST) and the
local test image (built once, then reused): every test has its own project id and port, never the developer's.
"""

from __future__ import annotations

import io
import ipaddress
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from rich.console import Console

from dreamflow_dev.bootstrap import apply_platform_layer, missing_supabase_layer
from dreamflow_dev.config import PROJECT_ROOT, load_settings
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.lifecycle import bootstrap_stack, bring_up
from dreamflow_dev.stack import StackStatus, make_stack
from dreamflow_dev.stack.docker import DATA_DIR, OWNER, OWNER_LABEL, PROJECT_LABEL, DockerStack, connect_to_engine
from dreamflow_dev.stack.docker_pull import pull_image
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.ports import free_port
from tools.stand_in_image import ensure_local_image

from support.docker_bridge import create_bridge, delete_bridge, our_bridges
from support.docker_engine import (
    SCRATCH_PREFIX,
    ThrowawayDockerd,
    bridge_of,
    remove_abandoned_engines,
    start_local_registry,
    start_throwaway_dockerd,
)
from support.waiting import wait_until

pytestmark = pytest.mark.docker


@pytest.fixture(scope="session")
def throwaway_engine() -> Iterator[ThrowawayDockerd | None]:
    """A throwaway dockerd for the session, or None when DREAMFLOW_TEST_DOCKER_HOST names an engine to use."""
    if os.environ.get("DREAMFLOW_TEST_DOCKER_HOST"):
        yield None
        return
    engine = start_throwaway_dockerd()
    try:
        yield engine
    finally:
        engine.stop()


@pytest.fixture(scope="session")
def docker_host(throwaway_engine: ThrowawayDockerd | None) -> str:
    """DOCKER_HOST of the engine under test: DREAMFLOW_TEST_DOCKER_HOST if set, else the throwaway dockerd."""
    return throwaway_engine.host if throwaway_engine else os.environ["DREAMFLOW_TEST_DOCKER_HOST"]


@pytest.fixture(scope="session")
def engine(docker_host: str):
    client = connect_to_engine(docker_host)
    yield client
    client.close()


@pytest.fixture(scope="session")
def local_image(engine) -> str:
    """The local test image, reused when present (else imported from the cached rootfs, else built)."""
    return ensure_local_image(engine).image


def _stack(docker_host: str, image: str, port: int | None = None) -> DockerStack:
    return DockerStack(project_id=f"dreamflow-test-{uuid.uuid4().hex[:8]}", port=port or free_port(),
                       image=image, docker_host=docker_host, ready_timeout=30)


@pytest.fixture
def stack(docker_host: str, local_image: str) -> Iterator[DockerStack]:
    made = _stack(docker_host, local_image)
    try:
        yield made
    finally:
        made.destroy()


def _up(stack: DockerStack):
    settings = load_settings(db_url=stack.url, project_root=PROJECT_ROOT)
    return bring_up(settings, stack)


def _said(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records]


def _scalar(url: str, query: str):
    with psycopg.connect(url) as conn:
        return conn.execute(query).fetchone()[0]


def _one_line(error: pytest.ExceptionInfo) -> str:
    message = str(error.value)
    assert "\n" not in message, message
    return message


def test_up_runs_a_labelled_container_on_loopback_with_a_named_volume_and_migrates(stack, engine, caplog):
    caplog.set_level(logging.INFO, logger="dreamflow_dev")

    report = _up(stack)

    container = engine.containers.get(f"supabase_db_{stack.project_id}")
    assert report.started_now and report.backend == "docker"
    assert container.labels[PROJECT_LABEL] == stack.project_id and container.labels[OWNER_LABEL] == OWNER
    assert container.attrs["HostConfig"]["PortBindings"] == {
        "5432/tcp": [{"HostIp": "127.0.0.1", "HostPort": str(stack.port)}]}
    assert [(m["Type"], m["Name"], m["Destination"]) for m in container.attrs["Mounts"]] == [
        ("volume", stack.volume_name, DATA_DIR)]
    assert any("bootstrapped as supabase_admin" in line for line in _said(caplog))
    migrations = sorted(p.name for p in (PROJECT_ROOT / "supabase" / "migrations").glob("*.sql"))
    assert report.facts.migrations_applied == len(migrations) and report.facts.migrations_pending == 0
    assert "pg_cron" in _scalar(stack.url, "select current_setting('shared_preload_libraries')")


def test_second_up_says_running_and_applies_nothing(stack, caplog):
    _up(stack)
    caplog.set_level(logging.INFO, logger="dreamflow_dev")

    again = _up(stack)

    assert not again.started_now and again.applied_now == []
    assert any("already running" in line for line in _said(caplog))


def _catalog_snapshot(conn: psycopg.Connection) -> list:
    """What the bootstrap creates: roles, auth functions, users' columns, grants and default privileges."""
    return [conn.execute(query).fetchall() for query in (
        "select rolname, rolcanlogin, rolinherit, rolbypassrls from pg_roles order by 1",
        "select p.oid::regprocedure::text, pg_get_functiondef(p.oid), p.proacl::text from pg_proc p"
        " where pronamespace = 'auth'::regnamespace order by 1",
        "select column_name, data_type from information_schema.columns where table_schema = 'auth'"
        " and table_name = 'users' order by 1",
        "select nspname, nspacl::text from pg_namespace order by 1",
        "select defaclrole::regrole::text, defaclnamespace, defaclobjtype, defaclacl::text from pg_default_acl"
        " order by 1, 2, 3",
        "select extname, extnamespace::regnamespace::text from pg_extension order by 1",
    )]


def test_bootstrap_applied_again_changes_nothing_on_the_container(stack):
    """Before the migrations, which narrow some default privileges the bootstrap grants, as the app decides."""
    stack.start()
    bootstrap_stack(stack)
    with psycopg.connect(stack.admin_url, autocommit=True) as conn:
        before = _catalog_snapshot(conn)

        apply_platform_layer(conn)

        assert _catalog_snapshot(conn) == before
        assert missing_supabase_layer(conn) == []


def test_down_removes_the_container_keeps_the_volume_and_up_brings_the_data_back(stack, engine):
    _up(stack)
    with psycopg.connect(stack.url, autocommit=True) as conn:
        conn.execute("create table public.kept (x int); insert into public.kept values (42)")

    assert stack.stop()
    assert not stack.status().running and stack.our_container() is None
    assert engine.volumes.get(stack.volume_name)
    assert stack.start()
    assert _scalar(stack.url, "select x from public.kept") == 42


def test_up_restarts_a_stopped_container_with_its_data(stack):
    _up(stack)
    with psycopg.connect(stack.url, autocommit=True) as conn:
        conn.execute("create table public.kept (x int); insert into public.kept values (7)")
    container = stack.our_container()
    container.stop()

    assert not stack.status().running
    assert stack.start()
    assert stack.our_container().id == container.id
    assert _scalar(stack.url, "select x from public.kept") == 7


def test_down_volumes_deletes_the_data(stack, engine):
    _up(stack)
    with psycopg.connect(stack.url, autocommit=True) as conn:
        conn.execute("create table public.gone (x int)")

    assert stack.destroy()
    assert stack.volume_name not in [volume.name for volume in engine.volumes.list()]
    _up(stack)
    assert _scalar(stack.url, "select to_regclass('public.gone')") is None


def test_status_reports_container_image_and_health(stack):
    stopped = stack.status()
    stack.start()

    def past_starting() -> StackStatus | None:
        status = stack.status()
        return status if status.details["health"] != "starting" else None

    current = wait_until(past_starting, timeout=10, interval=0.2, what="the container's health check past 'starting'")

    assert not stopped.running and "not created" in stopped.details["container"]
    assert current.running and current.url == stack.url
    assert stack.container_name in current.details["container"]
    assert current.details["image"] == stack.image
    assert current.details["health"] == "healthy"


def test_port_held_by_another_program_is_a_one_line_error(stack):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", stack.port))
        holder.listen()
        with pytest.raises(DevStackError) as error:
            stack.start()

    message = _one_line(error)
    assert f"port {stack.port} is taken by another program" in message and "[db] port" in message
    assert stack.our_container() is None


def test_port_held_by_another_container_names_that_container(stack, docker_host, local_image):
    other = _stack(docker_host, local_image, port=stack.port)
    try:
        other.start()
        with pytest.raises(DevStackError) as error:
            stack.start()
    finally:
        other.destroy()

    message = _one_line(error)
    assert f"port {stack.port} is taken by another container: {other.container_name}" in message
    assert f"docker stop {other.container_name}" in message


@pytest.mark.parametrize("socket_state", ["missing", "nothing listening"])
def test_engine_not_running_is_a_one_line_error(tmp_path, socket_state):
    path = tmp_path / "docker.sock"
    if socket_state == "nothing listening":
        socket.socket(socket.AF_UNIX).bind(str(path))
    dead = DockerStack(project_id="dreamflow-test-dead", port=free_port(), image="any", docker_host=f"unix://{path}")

    with pytest.raises(DevStackError) as error:
        dead.start()

    message = _one_line(error)
    assert message.startswith("Docker is not running: ") and str(path) in message
    assert "--backend native" in message


def test_no_permission_on_the_socket_is_a_one_line_error(tmp_path):
    """Root reads any socket, so the check runs in a child without CAP_DAC_OVERRIDE, against a socket it may
    not open (owned by nobody, mode 660): the situation of a user outside the `docker` group."""
    path = tmp_path / "docker.sock"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        listener.listen()
        os.chown(path, 65534, 65534)
        path.chmod(0o660)
        result = subprocess.run(
            ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
             "--inh-caps=-dac_override,-dac_read_search", sys.executable, "-c",
             "from dreamflow_dev.stack.docker import connect_to_engine; connect_to_engine()"],
            env=os.environ | {"DOCKER_HOST": f"unix://{path}"}, cwd=PROJECT_ROOT,
            capture_output=True, text=True, check=False,
        )

    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert f"no permission on the Docker socket {path}" in last_line and "usermod -aG docker" in last_line


def test_image_that_cannot_be_pulled_names_it_and_how_to_provide_it(docker_host, engine):
    image = "127.0.0.1:9/dreamflow/absent:15"
    missing = DockerStack(project_id=f"dreamflow-test-{uuid.uuid4().hex[:8]}", port=free_port(), image=image,
                          docker_host=docker_host)

    with pytest.raises(DevStackError) as error:
        missing.start()

    message = _one_line(error)
    assert message.startswith(f"cannot pull {image}: ")
    assert "docker load" in message and "python3 -m tools.stand_in_image build" in message
    assert missing.our_container() is None and missing.volume_name not in [v.name for v in engine.volumes.list()]


def test_missing_image_is_pulled_with_a_progress_bar(tmp_path, engine):
    """A real pull, from a registry on 127.0.0.1, of a small image made for it (3 MiB, one layer)."""
    registry = start_local_registry(tmp_path)
    image = f"{registry.address}/dreamflow/pull-probe:1"
    (tmp_path / "context").mkdir()
    (tmp_path / "context" / "blob").write_bytes(os.urandom(3 * 1024 * 1024))
    (tmp_path / "context" / "Dockerfile").write_text("FROM scratch\nCOPY blob /blob\n")
    try:
        engine.images.build(path=str(tmp_path / "context"), tag=image, rm=True)
        engine.images.push(image)
        engine.images.remove(image)
        screen = io.StringIO()

        pull_image(engine, image, console=Console(file=screen, force_terminal=True, width=100))

        assert engine.images.get(image).tags == [image]
        assert "pulling " + image in screen.getvalue() and "3.1/3.1 MB" in screen.getvalue()
    finally:
        registry.stop()
        engine.images.remove(image, force=True)


def test_container_that_exits_fails_fast_with_its_last_log_lines_and_leaves_nothing(docker_host, engine,
                                                                                     local_image):
    broken_image = "dreamflow/postgres-broken:test"
    engine.images.build(fileobj=io.BytesIO(f"FROM {local_image}\n"
                                            'CMD ["sh", "-c", "echo boom-from-the-container >&2; exit 3"]\n'
                                            .encode()),
                        tag=broken_image, rm=True)
    broken = _stack(docker_host, broken_image)

    with pytest.raises(DevStackError) as error:
        broken.start()

    assert "stopped before Postgres accepted connections: exited, exit code 3" in str(error.value)
    assert "boom-from-the-container" in str(error.value)
    assert broken.our_container() is None and broken.volume_name not in [v.name for v in engine.volumes.list()]
    engine.images.remove(broken_image)


def _project_folder(root: Path, project_id: str, port: int, image: str | None = None) -> Path:
    """A project of the test's own (config.toml + the repo's migrations), for DREAMFLOW_PROJECT_ROOT."""
    (root / "supabase").mkdir(parents=True)
    image_line = f'image = "{image}"\n' if image else ""
    (root / "supabase" / "config.toml").write_text(
        f'project_id = "{project_id}"\n[db]\nport = {port}\nmajor_version = 15\n{image_line}')
    (root / "supabase" / "migrations").symlink_to(PROJECT_ROOT / "supabase" / "migrations")
    return root


def test_auto_picks_docker_when_an_engine_answers_and_native_otherwise(tmp_path, monkeypatch, docker_host):
    for name in ("SUPABASE_DB_URL", "DREAMFLOW_BACKEND", "DREAMFLOW_DB_IMAGE"):
        monkeypatch.delenv(name, raising=False)
    project = _project_folder(tmp_path, "dreamflow-test-auto", free_port(), image="some/image:15")
    settings = load_settings(backend="auto", project_root=project)

    monkeypatch.setenv("DOCKER_HOST", docker_host)
    picked_with_engine = make_stack(settings)
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/no-engine.sock")
    picked_without = make_stack(settings)
    monkeypatch.setenv("DREAMFLOW_BACKEND", "native")
    monkeypatch.setenv("DOCKER_HOST", docker_host)
    picked_when_told = make_stack(load_settings(project_root=project))

    assert isinstance(picked_with_engine, DockerStack) and picked_with_engine.image == "some/image:15"
    assert isinstance(picked_without, NativeCluster)
    assert isinstance(picked_when_told, NativeCluster)


def test_invoke_up_status_down_with_backend_docker(tmp_path, docker_host, local_image):
    project_id, port = f"dreamflow-test-{uuid.uuid4().hex[:8]}", free_port()
    project = _project_folder(tmp_path / "project", project_id, port, image=local_image)
    env = {k: v for k, v in os.environ.items() if k not in {"SUPABASE_DB_URL", "DREAMFLOW_BACKEND"}}
    env |= {"DREAMFLOW_PROJECT_ROOT": str(project), "DOCKER_HOST": docker_host}

    def invoke(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "invoke", *args], cwd=PROJECT_ROOT, env=env,
                              capture_output=True, text=True, check=False)

    try:
        up = invoke("up", "--backend", "docker")
        status = invoke("status", "--backend", "docker", "--json")
        down = invoke("down", "--backend", "docker")
        after = invoke("status", "--backend", "docker", "--json")
    finally:
        DockerStack(project_id=project_id, port=port, image=local_image, docker_host=docker_host).destroy()

    assert up.returncode == 0, up.stderr
    assert "docker stack started" in up.stdout and f"127.0.0.1:{port}" in up.stdout
    described = json.loads(status.stdout)
    assert described["backend"] == "docker" and described["running"]
    assert described["details"]["image"] == local_image and f"supabase_db_{project_id}" in described["details"][
        "container"]
    assert down.returncode == 0 and "stopped" in down.stdout
    assert after.returncode == 3 and not json.loads(after.stdout)["running"]


def test_rls_suite_passes_against_the_container(stack):
    """The whole `rls` suite (its test_rls_*.py files), run by pytest itself with --db-url at the container."""
    _up(stack)
    rls_files = sorted(str(path) for path in (PROJECT_ROOT / "tests").glob("test_rls_*.py"))

    result = subprocess.run(
        [sys.executable, "-m", "pytest", *rls_files, "-m", "rls", "-q", "-p", "no:cacheprovider",
         "--db-url", stack.url],
        cwd=PROJECT_ROOT, capture_output=True, text=True, check=False,
    )

    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in summary and "failed" not in summary and "error" not in summary


def test_throwaway_engine_puts_containers_on_a_bridge_and_subnet_of_its_own(throwaway_engine, engine):
    """Not docker0's 172.17.0.0/16, where a container left by a killed engine can hold the address every new
    container gets (the engine's published ports then reach the old one)."""
    if throwaway_engine is None:
        pytest.skip("DREAMFLOW_TEST_DOCKER_HOST names the engine: there is no throwaway engine to check")
    bridge = bridge_of(throwaway_engine.root)
    network = engine.networks.get("bridge").attrs
    address = json.loads(subprocess.run(["ip", "-j", "-4", "addr", "show", "dev", bridge],
                                        capture_output=True, text=True, check=True).stdout)[0]["addr_info"][0]

    assert network["Options"]["com.docker.network.bridge.name"] == bridge
    assert network["IPAM"]["Config"][0]["Subnet"] == str(ipaddress.ip_interface(
        f"{address['local']}/{address['prefixlen']}").network)
    assert not ipaddress.ip_network(network["IPAM"]["Config"][0]["Subnet"]).overlaps(
        ipaddress.ip_network("172.17.0.0/16"))


def test_leftovers_of_a_killed_engine_go_and_live_or_starting_engines_stay(throwaway_engine):
    """A killed run leaves its engine dir (a mount in it pins an old container's network) and its bridge."""
    if throwaway_engine is None:
        pytest.skip("DREAMFLOW_TEST_DOCKER_HOST names the engine: there is no throwaway engine to keep alive")
    abandoned = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))
    starting = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))  # a bridge, no pidfile yet: dockerd starting
    pinned = abandoned / "exec" / "netns"
    try:
        (abandoned / "dockerd.pid").write_text("999999999")  # above any pid Linux hands out
        pinned.mkdir(parents=True)
        subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(pinned)], check=True)
        create_bridge(bridge_of(abandoned))
        create_bridge(bridge_of(starting))
        long_ago = time.time() - 3600
        os.utime(abandoned, (long_ago, long_ago))

        remove_abandoned_engines()

        assert not abandoned.exists()
        assert str(pinned) not in Path("/proc/mounts").read_text()
        assert bridge_of(abandoned) not in our_bridges()
        assert starting.exists() and throwaway_engine.root.exists()
        assert {bridge_of(starting), bridge_of(throwaway_engine.root)} <= set(our_bridges())
    finally:
        subprocess.run(["umount", "--lazy", str(pinned)], capture_output=True, check=False)
        for root in (abandoned, starting):
            shutil.rmtree(root, ignore_errors=True)
            delete_bridge(bridge_of(root))
