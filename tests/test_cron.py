"""pg_cron really runs the streak recompute, and `invoke cron` shows the nightly job.

The scheduling test runs in a throwaway cluster of its own (pg_cron preloaded, `cron.database_name` =
postgres), because pg_cron jobs are server-wide and a one-minute schedule must not leak into other tests.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dreamflow_dev.config import PROJECT_ROOT, local_url
from dreamflow_dev.lifecycle import throwaway_stack
from dreamflow_dev.stack.extensions import ensure_optional_extensions
from dreamflow_dev.stack.pgbin import PgBinaries
from dreamflow_dev.stack.ports import free_port

from support.cli_project import invoke_command, make_project, run_invoke
from support.waiting import wait_for_row

pytestmark = pytest.mark.cron

NIGHTLY_JOB = "nightly-recompute-streaks"
EVERY_MINUTE_JOB = "test-recompute-every-minute"
RUN_DEADLINE_SECONDS = 75  # pg_cron 1.4 schedules by the minute: the next minute boundary, plus the run


@pytest.fixture(scope="module")
def cron_cluster_url(pg_binaries: PgBinaries) -> Iterator[str]:
    """A migrated cluster whose `postgres` database holds pg_cron (installed first, as `invoke up` does)."""
    ensure_optional_extensions(pg_binaries)
    assert pg_binaries.has_extension("pg_cron"), "pg_cron is not installed: apt-get install postgresql-15-cron"
    with throwaway_stack(pg_binaries, migrate=True, **{"cron.database_name": "postgres"}) as cluster:
        yield cluster.url


def run_cron_task(url: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(invoke_command("cron", "--db-url", url, *flags), cwd=PROJECT_ROOT,
                          capture_output=True, text=True, check=False)


@pytest.mark.slow
def test_pg_cron_runs_the_recompute_and_records_a_succeeded_run(cron_cluster_url: str) -> None:
    with psycopg.connect(cron_cluster_url, autocommit=True) as conn:
        user_id = _add_user_with_sessions_today_and_yesterday(conn)
        command = conn.execute("select command from cron.job where jobname = %s", (NIGHTLY_JOB,)).fetchone()[0]
        job_id = conn.execute("select cron.schedule(%s, '* * * * *', %s)", (EVERY_MINUTE_JOB, command)).fetchone()[0]
        try:
            status, message = _wait_for_finished_run(conn, job_id)
        finally:
            conn.execute("select cron.unschedule(%s::bigint)", (job_id,))
        streak = conn.execute(
            "select current_streak, longest_streak, streak_start_date = (now() at time zone 'utc')::date - 1"
            " from public.user_streaks where user_id = %s", (user_id,)).fetchone()
    assert status == "succeeded", message
    assert streak == (2, 2, True)


@pytest.mark.slow
def test_invoke_cron_shows_the_nightly_job_at_2am_utc(cron_cluster_url: str) -> None:
    shown = run_cron_task(cron_cluster_url)
    as_json = run_cron_task(cron_cluster_url, "--json")

    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert any(line.startswith("job") and NIGHTLY_JOB in line for line in lines), shown.stdout
    assert "schedule   0 2 * * *" in lines
    assert "active     yes" in lines
    job = json.loads(as_json.stdout)["job"]
    assert (job["jobname"], job["schedule"], job["active"]) == (NIGHTLY_JOB, "0 2 * * *", True)
    assert "recompute_user_streaks" in job["command"]


def test_invoke_cron_says_why_pg_cron_is_absent_from_another_database(fresh_db_url: str) -> None:
    """The tests' own databases are not `cron.database_name`: the task names the cause that applies, exit 0."""
    with psycopg.connect(fresh_db_url) as conn:
        available, loaded_in = conn.execute(
            "select exists (select 1 from pg_available_extensions where name = 'pg_cron'),"
            " current_setting('cron.database_name', true)").fetchone()
    shown = run_cron_task(fresh_db_url)

    assert shown.returncode == 0, shown.stderr
    if loaded_in:
        assert f"it lives in database {loaded_in} (cron.database_name)" in shown.stdout
    elif available:
        assert "pg_cron is installed but not loaded" in shown.stdout
    else:
        assert "sudo apt-get install postgresql-15-cron`, then `invoke down && invoke up`" in shown.stdout
    assert json.loads(run_cron_task(fresh_db_url, "--json").stdout)["job"] is None


def _add_user_with_sessions_today_and_yesterday(conn: psycopg.Connection) -> uuid.UUID:
    user_id = uuid.uuid4()
    conn.execute("insert into auth.users (id, aud, role, email, created_at, updated_at)"
                 " values (%s, 'authenticated', 'authenticated', %s, now(), now())",
                 (user_id, f"cron-{user_id.hex[:6]}@example.test"))
    conn.execute("insert into public.sessions (user_id, prompt, theme, story_text, created_at)"
                 " select %s, 'a sleepy dragon', 'fantasy', 'Once upon a time', now() - make_interval(days => d)"
                 " from generate_series(0, 1) as d", (user_id,))
    return user_id


def _wait_for_finished_run(conn: psycopg.Connection, job_id: int) -> tuple[str, str]:
    return wait_for_row(conn, "select status, return_message from cron.job_run_details"
                              " where jobid = %s and status in ('succeeded', 'failed') order by runid limit 1",
                        (job_id,), timeout=RUN_DEADLINE_SECONDS, interval=1, what=f"a finished run of job {job_id}")


@pytest.fixture
def cron_project() -> Iterator[Path]:
    """A checkout of its own with its stack up (pg_cron preloaded for its `postgres`, as `invoke up` does)."""
    folder = make_project(free_port())
    try:
        up = run_invoke(folder, "up")
        assert up.returncode == 0, up.stderr
        yield folder
    finally:
        run_invoke(folder, "down", "--volumes")
        shutil.rmtree(folder, ignore_errors=True)


def _project_url(folder: Path) -> str:
    port = int((folder / "supabase" / "config.toml").read_text().split("port = ")[1].split()[0])
    return local_url(port)


@pytest.mark.slow
def test_a_once_a_minute_job_runs_after_reset(cron_project: Path) -> None:
    reset = run_invoke(cron_project, "reset")
    url = _project_url(cron_project)

    assert reset.returncode == 0, reset.stderr
    with psycopg.connect(url, autocommit=True) as conn:
        job_id = conn.execute("select cron.schedule(%s, '* * * * *', 'select 1')", (EVERY_MINUTE_JOB,)).fetchone()[0]
        status, message = _wait_for_finished_run(conn, job_id)
    assert status == "succeeded", message
    assert "scheduler  running" in run_cron_task(url).stdout.splitlines()


@pytest.mark.slow
def test_invoke_cron_tells_a_stopped_scheduler_from_a_running_one(pg_binaries: PgBinaries) -> None:
    with throwaway_stack(pg_binaries, migrate=True, **{"cron.database_name": "postgres"}) as cluster:
        running = run_cron_task(cluster.url)
        with psycopg.connect(cluster.admin_url, autocommit=True) as conn:
            conn.execute("select pg_terminate_backend(pid, 10000) from pg_stat_activity"
                         " where backend_type = 'pg_cron launcher'")
        stopped = run_cron_task(cluster.url)
        stopped_json = json.loads(run_cron_task(cluster.url, "--json").stdout)

    assert "scheduler  running" in running.stdout.splitlines()
    assert "scheduler  not running: pg_cron's launcher has stopped" in stopped.stdout
    assert "`invoke down && invoke up`" in stopped.stdout
    assert (stopped_json["job"]["active"], stopped_json["scheduler_running"]) == (True, False)
