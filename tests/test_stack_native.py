"""The native backend as `invoke up/down/status` use it, on throwaway clusters of the tests' own."""

from __future__ import annotations

import logging
import os
import signal
import socket
from pathlib import Path

import psycopg
import pytest

from dreamflow_dev.config import PROJECT_ROOT, load_settings
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.lifecycle import bring_up, reset_database
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.osuser import ServerUser
from dreamflow_dev.stack.pgbin import find_pg_binaries

from support.clusters import make_throwaway_cluster
from support.waiting import process_alive, wait_until

pytestmark = pytest.mark.slow


def _settings_for(cluster: NativeCluster):
    return load_settings(db_url=cluster.url, project_root=PROJECT_ROOT)


def _applied_versions(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute("select version from supabase_migrations.schema_migrations order by 1")]


def test_up_from_nothing_bootstraps_like_the_platform_then_migrates_as_postgres(cluster):
    report = bring_up(_settings_for(cluster), cluster)

    migration_files = sorted(p.name.split("_")[0] for p in (PROJECT_ROOT / "supabase/migrations").glob("*.sql"))
    assert report.started_now
    assert _applied_versions(cluster.url) == migration_files
    assert len(migration_files) == 7
    with psycopg.connect(cluster.url) as conn:
        roles = {r[0] for r in conn.execute("select rolname from pg_roles where rolname in "
                                            "('anon','authenticated','service_role','authenticator')")}
        assert roles == {"anon", "authenticated", "service_role", "authenticator"}
        assert conn.execute("select to_regclass('auth.users') is not null").fetchone()[0]
        assert conn.execute("select current_user, current_setting('is_superuser')").fetchone() == ("postgres", "off")


def test_second_up_says_running_and_applies_nothing(cluster, caplog):
    bring_up(_settings_for(cluster), cluster)
    caplog.set_level(logging.INFO, logger="dreamflow_dev")

    again = bring_up(_settings_for(cluster), cluster)

    assert not again.started_now
    assert again.applied_now == []
    assert any("already running" in record.getMessage() for record in caplog.records)


def test_a_server_with_a_long_data_dir_path_is_known_running_and_stopped(pg_binaries, monkeypatch):
    """ps cuts its lines at the terminal's width (COLUMNS, or 80) unless told not to: a data dir path that
    runs past it must not make a running server look stopped, or `down` (and a throwaway cluster's removal)
    would leave it running."""
    monkeypatch.setenv("COLUMNS", "80")
    made = NativeCluster.throwaway(pg_binaries, prefix="dreamflow-test-" + "a-long-project-path-" * 4)
    try:
        made.start()
        pid = made.running_pid()
        assert pid is not None and len(str(made.data_dir)) > 80
    finally:
        made.destroy()
    try:
        wait_until(lambda: not process_alive(pid), timeout=10, what=f"server pid {pid} gone after destroy()")
    finally:
        if process_alive(pid):
            os.kill(pid, signal.SIGKILL)  # not left behind, whatever the assertion says


def test_down_stops_the_server_and_keeps_the_data(cluster):
    bring_up(_settings_for(cluster), cluster)
    with psycopg.connect(cluster.url, autocommit=True) as conn:
        conn.execute("create table kept (x int); insert into kept values (42)")

    assert cluster.stop()
    assert cluster.running_pid() is None
    assert not cluster.status().running
    assert cluster.start()
    with psycopg.connect(cluster.url) as conn:
        assert conn.execute("select x from kept").fetchone() == (42,)


def test_up_recovers_after_kill_9_of_the_postmaster(cluster):
    bring_up(_settings_for(cluster), cluster)
    postmaster = cluster.running_pid()
    os.kill(postmaster, signal.SIGKILL)
    wait_until(lambda: not process_alive(postmaster), timeout=10, what=f"postmaster {postmaster} gone after kill -9")

    assert cluster.start()
    with psycopg.connect(cluster.url) as conn:
        assert conn.execute("select 1").fetchone() == (1,)


def test_busy_port_is_refused_naming_the_port_and_config_key(pg_binaries):
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    port = holder.getsockname()[1]
    cluster = make_throwaway_cluster(pg_binaries)
    cluster.port = port
    try:
        with pytest.raises(DevStackError) as raised:
            cluster.start()
        message = str(raised.value)
        assert f"port {port} is taken by another program" in message
        assert f"pid {os.getpid()}" in message
        assert "[db] port in supabase/config.toml" in message
    finally:
        holder.close()
        cluster.destroy()


def test_the_server_never_runs_as_root(cluster):
    cluster.start()
    server_uid = Path(f"/proc/{cluster.running_pid()}").stat().st_uid

    assert server_uid != 0
    assert server_uid == ServerUser.for_this_process().uid
    assert cluster.data_dir.stat().st_uid == server_uid


def test_reset_drops_the_data_and_reapplies_every_migration(cluster):
    settings = _settings_for(cluster)
    bring_up(settings, cluster)
    with psycopg.connect(cluster.url, autocommit=True) as conn:
        conn.execute("create table public.scratch (x int)")

    applied = reset_database(settings, cluster)

    assert len(applied) == 7
    with psycopg.connect(cluster.url) as conn:
        assert conn.execute("select to_regclass('public.scratch')").fetchone() == (None,)
        assert conn.execute("select to_regclass('auth.identities')::text").fetchone() == ("auth.identities",)


def test_binaries_older_than_15_are_refused(tmp_path, monkeypatch):
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    for program in ("postgres", "pg_ctl"):
        script = fake_bin / program
        script.write_text("#!/bin/sh\necho 'postgres (PostgreSQL) 14.11'\n")
        script.chmod(0o755)
    monkeypatch.setenv("PG_BIN", str(fake_bin))

    with pytest.raises(DevStackError, match=r"PostgreSQL 14.11 found in .* is too old: the stack needs 15"):
        find_pg_binaries(15)


def test_a_cluster_made_with_postgres_as_superuser_is_refused_with_how_to_remake_it(cluster):
    cluster.root.mkdir(parents=True, exist_ok=True)
    cluster.server_user.own(cluster.root, 0o755)
    made = cluster.server_user.run([cluster.binaries.program("initdb"), "-D", str(cluster.data_dir), "-U", "postgres",
                                    "--auth-host=scram-sha-256", "--auth-local=trust", "-N"])
    assert made.returncode == 0, made.stderr

    with pytest.raises(DevStackError) as raised:
        cluster.start()

    assert "refused the login" in str(raised.value)
    assert "`invoke down --volumes` then `invoke up`" in str(raised.value)
