"""Whether pg_cron's scheduler runs on a server: the stack restarts it after a reset, the cron report shows it.

pg_cron's launcher is one background worker per server, for the database named by `cron.database_name`.
"""

from __future__ import annotations

import psycopg

LAUNCHER_BACKEND_TYPE = "pg_cron launcher"


def scheduler_is_running(conn: psycopg.Connection) -> bool:
    """Is pg_cron's launcher alive? A job marked active runs only while it is: dropping its database ends the
    launcher (it exits cleanly, so Postgres does not start it again) until the server restarts."""
    return conn.execute("select exists (select 1 from pg_catalog.pg_stat_activity"
                        " where backend_type = %s)", (LAUNCHER_BACKEND_TYPE,)).fetchone()[0]


def scheduler_stopped_in(conn: psycopg.Connection) -> bool:
    """pg_cron is preloaded for this very database but its launcher is gone (after a reset dropped it)."""
    cron_database = conn.execute("select current_setting('cron.database_name', true)").fetchone()[0]
    return cron_database == conn.info.dbname and not scheduler_is_running(conn)
