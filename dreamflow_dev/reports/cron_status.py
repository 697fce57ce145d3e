"""The pg_cron job that recomputes streaks each night: is pg_cron there, the job, and its last runs.

pg_cron keeps its jobs in the one database named by `cron.database_name`, so "not here" has three causes,
each with its own remedy: the extension is not installed on the server, it is not loaded, or this is
another database than the one pg_cron lives in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import psycopg
from psycopg.rows import class_row

from dreamflow_dev.cron_scheduler import scheduler_is_running

NIGHTLY_JOB = "nightly-recompute-streaks"
SCHEDULER_STOPPED = ("not running: pg_cron's launcher has stopped, so no job runs (dropping its database, as a "
                     "reset does, ends it until the server restarts). Run `invoke down && invoke up`")
LAST_RUNS = 10
SUPABASE_HINT = "on Supabase, enable pg_cron under Database > Extensions"
SCHEDULE_SQL = f"select cron.schedule('{NIGHTLY_JOB}', '0 2 * * *', 'select public.recompute_user_streaks()')"


@dataclass(frozen=True)
class CronJob:
    jobid: int
    jobname: str
    schedule: str
    command: str
    active: bool
    database: str
    username: str


@dataclass(frozen=True)
class CronRun:
    runid: int
    status: str | None
    start_time: datetime | None
    end_time: datetime | None
    return_message: str | None


@dataclass(frozen=True)
class CronStatus:
    """pg_cron's version in this database (None when absent), the job, its newest runs first, and what is wrong."""

    pg_cron_version: str | None
    job: CronJob | None = None
    runs: list[CronRun] = field(default_factory=list)
    problem: str | None = None
    scheduler_running: bool | None = None  # None when pg_cron is not here to run anything


def read_cron_status(conn: psycopg.Connection, job_name: str = NIGHTLY_JOB, last: int = LAST_RUNS) -> CronStatus:
    """The job and its last `last` runs from cron.job / cron.job_run_details, or why they cannot be read."""
    version = conn.execute("select extversion from pg_catalog.pg_extension where extname = 'pg_cron'").fetchone()
    if version is None:
        return CronStatus(None, problem=_why_pg_cron_is_absent(conn))
    with conn.cursor(row_factory=class_row(CronJob)) as cur:
        job = cur.execute("select jobid, jobname, schedule, command, active, database, username"
                          " from cron.job where jobname = %s", (job_name,)).fetchone()
    if job is None:
        return CronStatus(version[0], problem=(
            f"no pg_cron job named {job_name}: pg_cron {version[0]} is enabled but the job was never scheduled "
            f"(the migration does so only when pg_cron was there). Schedule it with: {SCHEDULE_SQL};"))
    with conn.cursor(row_factory=class_row(CronRun)) as cur:
        runs = cur.execute("select runid, status, start_time, end_time, return_message from cron.job_run_details"
                           " where jobid = %s order by start_time desc nulls last, runid desc limit %s",
                           (job.jobid, last)).fetchall()
    return CronStatus(version[0], job, runs, scheduler_running=scheduler_is_running(conn))


def _why_pg_cron_is_absent(conn: psycopg.Connection) -> str:
    available, cron_database, here, major = conn.execute(
        "select exists (select 1 from pg_catalog.pg_available_extensions where name = 'pg_cron'),"
        " current_setting('cron.database_name', true), current_database(),"
        " current_setting('server_version_num')::int / 10000"
    ).fetchone()
    if not available:
        return (f"pg_cron is not installed: the server has no pg_cron extension. Install it (Debian/Ubuntu: "
                f"`sudo apt-get install postgresql-{major}-cron`), then `invoke down && invoke up`; {SUPABASE_HINT}.")
    if cron_database is None:
        return ("pg_cron is installed but not loaded: it is not in shared_preload_libraries. "
                f"`invoke down && invoke up` starts the native stack with it; {SUPABASE_HINT}.")
    return (f"pg_cron is not enabled in database {here}: it lives in database {cron_database} "
            f"(cron.database_name). Point --db-url at database {cron_database} to see its jobs.")
