"""What the seed tests share: a small seed of fixed options, and what a user can read of a seeded database (its
rows, their counts) to compare runs and to tell a seed that left nothing."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import psycopg
from psycopg import sql

from seeds import seed_database
from seeds.options import SeedOptions, utc_now

from support.cli_project import invoke_command
from support.waiting import wait_for_row

REPO = Path(__file__).resolve().parents[2]
TODAY = utc_now().date() - timedelta(days=2)  # a fixed past day: its history ends at 23:59:59, not "now"
SMALL = SeedOptions(users=30, days=20, seed=11, today=TODAY)
NOW = SMALL.resolve_now()
SEEDED_TABLES = ("auth.users", "auth.identities", "public.profiles", "public.rituals", "public.sessions",
                 "public.session_assets", "public.session_feedback", "public.user_streaks")
# What each table holds that a seed decides (the password hash has a fresh salt each run; streak timestamps
# say when they were computed). Identifiers come from this module.
CONTENT_COLUMNS = {
    "auth.users": "instance_id, id, aud, role, email, email_confirmed_at, raw_app_meta_data, raw_user_meta_data,"
                  " created_at, updated_at, confirmation_token, recovery_token, email_change_token_new,"
                  " email_change_token_current, email_change, phone_change, phone_change_token, reauthentication_token",
    "auth.identities": "provider_id, user_id, identity_data, provider, email, created_at",
    "public.profiles": "*", "public.rituals": "*", "public.sessions": "*", "public.session_assets": "*",
    "public.session_feedback": "*",
    "public.user_streaks": "user_id, current_streak, longest_streak, last_session_date, streak_start_date",
}


def contents(url: str) -> dict[str, list[tuple]]:
    """Every seeded table's rows, in a stable order, without what differs between identical runs."""
    with psycopg.connect(url) as conn:
        return {table: conn.execute(sql.SQL("select {} from {} order by 1, 2").format(
            sql.SQL(CONTENT_COLUMNS[table]), sql.Identifier(*table.split(".")))).fetchall()
            for table in SEEDED_TABLES}


def counts(url: str) -> dict[str, int]:
    """Rows per seeded table."""
    return {table: len(rows) for table, rows in contents(url).items()}


def nothing_seeded(url: str) -> bool:
    """Whether every seeded table is empty (what an aborted seed must leave)."""
    return all(count == 0 for count in counts(url).values())


def total_sessions(conn: psycopg.Connection, user_id) -> int:
    """The user's session count as the analytics views report it."""
    return conn.execute("select total_sessions from public.analytics_user_personas where user_id = %s",
                        (user_id,)).fetchone()[0]


def seed_finishes_while_held(url: str, held: str) -> bool:
    """Seed SMALL while another transaction holds the locks `held` takes; whether the seed ended meanwhile."""
    with psycopg.connect(url) as holder:
        holder.execute(held)  # its locks last until this transaction ends
        seeding = threading.Thread(target=seed_database, args=(url, SMALL))
        seeding.start()
        seeding.join(timeout=60)
        finished_while_held = not seeding.is_alive()
    seeding.join()
    return finished_while_held


def add_real_user(conn: psycopg.Connection, email: str = "real@example.test") -> str:
    """A user who signed up for real (no seed marker): what a seed must leave alone."""
    return conn.execute("insert into auth.users (id, email) values (gen_random_uuid(), %s) returning id",
                        (email,)).fetchone()[0]


@contextmanager
def big_seed(url: str) -> Iterator[subprocess.Popen]:
    """`invoke seed` of a year of 3,000 users, killed on the way out if still running: a seed left behind would
    keep the database busy, and its `drop database` waiting, for minutes."""
    child = subprocess.Popen(invoke_command("seed", "--db-url", url, "--users", "3000", "--days", "365"), cwd=REPO,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def wait_until_copying_sessions(url: str, child: subprocess.Popen) -> int:
    """The pid of the backend COPYing the seed's sessions, once it is."""
    with psycopg.connect(url, autocommit=True) as conn:
        return wait_for_row(conn, "select pid from pg_stat_activity where datname = current_database()"
                                  " and query like 'copy public.sessions%%'", timeout=60,
                            what="the seed copying its sessions", gone=lambda: child.poll() is not None)[0]
