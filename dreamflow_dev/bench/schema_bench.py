"""Streaks, analytics and RLS cost at production-like size (10k users, ~1M sessions over a year).

The data is generated in SQL (seconds, not minutes); each figure sits beside a baseline from the same
database: a user-by-user streak loop, a plain scan, the superuser's query, the same writes without the session triggers.
"""

from __future__ import annotations

import statistics
import time
from importlib import resources

import psycopg

from dreamflow_dev.bench import Measurement, median_seconds
from dreamflow_dev.db import connect
from dreamflow_dev.reports.analytics import VIEW_NAMES
from dreamflow_dev.roles import as_user

BASELINE_LOOP_SQL = resources.files("dreamflow_dev.bench").joinpath("baseline_streaks.sql")
UTC_TODAY = "(now() at time zone 'utc')::date"

GENERATE_USERS = """
insert into auth.users (id, aud, role, email, created_at, updated_at)
select gen_random_uuid(), 'authenticated', 'authenticated', 'bench' || i || '@example.test', now(), now()
from generate_series(1, %(users)s) as i
"""
GENERATE_PROFILES = """
insert into public.profiles (id, mood, routine, preferences, calming_elements)
select id,
       (array['calm', 'stressed', 'focused', 'sleepy', 'anxious'])[1 + floor(random() * 5)::int],
       (array['screen-free hour after work', 'bath and bedtime story with the kids', 'meditation and tea',
              'reading', 'journaling'])[1 + floor(random() * 5)::int],
       array[(array['family', 'space', 'asmr', 'dragons', 'ocean'])[1 + floor(random() * 5)::int]],
       array[(array['rain', 'ocean waves', 'binaural beats', 'fireplace'])[1 + floor(random() * 4)::int]]
from auth.users
"""
# Each user has a habit: the chance of a session on any day, 0 to 0.55 (about 0.27 on average). The
# draws come from hashes of (user, day) rather than random(), which Postgres may evaluate once per user
# when it flattens the query; hashes also make the data the same on every run.
GENERATE_SESSIONS = f"""
insert into public.sessions (user_id, prompt, theme, story_text, created_at)
select u.id, 'a bedtime story',
       (array['forest', 'ocean', 'space', 'castle', 'meadow'])[1 + abs(hashint8(u.n * 7 + d.n)) % 5],
       'Once upon a time',
       least(({UTC_TODAY} - d.n)::timestamp at time zone 'utc'
             + (abs(hashint8(u.n * 7919 + d.n)) % 86400) * interval '1 second', now())
from (select id, row_number() over (order by id) as n from auth.users) as u
cross join generate_series(0, 364) as d (n)
where abs(hashint8(u.n * 1000 + d.n)) % 10000 < abs(hashint4(u.n::integer)) % 5500
"""


def build_dataset(conn: psycopg.Connection, users: int = 10_000) -> int:
    """Fill a migrated database with users, profiles and ~100 sessions per user, as the nightly job and
    autovacuum leave it (settled and vacuumed); returns the session count.

    `conn` must be in autocommit mode (VACUUM cannot run in a transaction).
    """
    conn.execute(GENERATE_USERS, {"users": users})
    conn.execute(GENERATE_PROFILES)
    conn.execute(GENERATE_SESSIONS)
    conn.execute(BASELINE_LOOP_SQL.read_text())
    conn.execute("select public.recompute_user_streaks()")
    conn.execute("vacuum analyze")
    return conn.execute("select count(*) from public.sessions").fetchone()[0]


def measure_streaks(conn: psycopg.Connection, url: str) -> list[Measurement]:
    """The user-by-user loop against recompute_user_streaks(), full and nightly (1% of users with a session
    since the last run): nightly on one warm connection, and in a new one each time, as pg_cron runs the job."""
    conn.execute("select public.recompute_user_streaks()")
    loop = median_seconds(lambda: conn.execute("select bench.recompute_user_streaks_loop()"), repeat=3)
    full = median_seconds(lambda: conn.execute("select public.recompute_user_streaks(true)"), repeat=3)
    nightly = median_seconds(lambda: conn.execute("select public.recompute_user_streaks()"), repeat=5,
                             setup=lambda: _one_percent_of_users_write_a_session(conn))
    return [
        Measurement("streaks: full recompute_user_streaks(true)", full, "s", goal="≥ 10× faster than the loop",
                    baseline_name="user-by-user loop", baseline_value=loop),
        Measurement("streaks: nightly, 1% of users active", nightly, "s", goal="≥ 100× faster than the loop",
                    baseline_name="user-by-user loop", baseline_value=loop),
        Measurement("streaks: the same in a new connection each night, as pg_cron runs it",
                    _nightly_in_new_backends(conn, url), "s", goal="(no goal: the job as it really runs)",
                    baseline_name="user-by-user loop", baseline_value=loop),
    ]


def _nightly_in_new_backends(conn: psycopg.Connection, url: str, repeat: int = 5) -> float:
    """Median of nightly runs each in a backend of its own (no plan or catalog cache yet), connected untimed."""
    samples = []
    for _ in range(repeat):
        _one_percent_of_users_write_a_session(conn)
        with connect(url, autocommit=True) as fresh:
            started = time.perf_counter()
            fresh.execute("select public.recompute_user_streaks()")
            samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _one_percent_of_users_write_a_session(conn: psycopg.Connection) -> None:
    conn.execute("insert into public.sessions (user_id, prompt, theme) select id, 'tonight', 'ocean'"
                 " from auth.users order by random() limit (select count(*) / 100 from auth.users)")


def measure_session_insert(conn: psycopg.Connection) -> list[Measurement]:
    """What the bookkeeping costs the app, as its requests see it: one session insert and its commit, and
    one 1,000-row insert statement and its commit, against the same with the session triggers disabled."""
    user_ids = [row[0] for row in conn.execute("select id from auth.users order by id limit 1000")]
    one = {tracked: [] for tracked in (True, False)}
    thousand = {tracked: [] for tracked in (True, False)}
    for _ in range(5):  # alternate, so both sides see the same machine load
        for tracked in (True, False):
            one[tracked] += _insert_commit_seconds(conn, user_ids[:1], tracked=tracked, repeat=21)
            thousand[tracked] += _insert_commit_seconds(conn, user_ids, tracked=tracked, repeat=3)
    baseline = "the same with the session triggers disabled"
    return [
        Measurement("one session insert + commit", statistics.median(one[True]), "s", goal="≤ 1.5× the baseline",
                    baseline_name=baseline, baseline_value=statistics.median(one[False])),
        Measurement("one 1,000-row insert statement + commit", statistics.median(thousand[True]), "s",
                    goal="≤ 1.2× the baseline", baseline_name=baseline,
                    baseline_value=statistics.median(thousand[False])),
    ]


def _insert_commit_seconds(conn: psycopg.Connection, user_ids: list, *, tracked: bool, repeat: int) -> list[float]:
    """Each sample inserts one session per user and commits (autocommit), timed together; the rows are then
    deleted untimed, with the triggers off for the untracked side so the tallies stay true."""
    if not tracked:
        _set_bookkeeping_triggers(conn, "disable")
    samples = []
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            ids = conn.execute(INSERT_PER_USER, (user_ids,)).fetchall()
            samples.append(time.perf_counter() - started)
            conn.execute("delete from public.sessions where id = any(%s)", ([row[0] for row in ids],))
    finally:
        if not tracked:
            _set_bookkeeping_triggers(conn, "enable")
    return samples


def _set_bookkeeping_triggers(conn: psycopg.Connection, action: str) -> None:
    for trigger in BOOKKEEPING_TRIGGERS:
        conn.execute(f"alter table public.sessions {action} trigger {trigger}")  # names from this module


BOOKKEEPING_TRIGGERS = ("sessions_log_inserts", "sessions_log_updates", "sessions_log_deletes")
INSERT_PER_USER = ("insert into public.sessions (user_id, prompt, theme, story_text)"
                   " select id, 'tonight', 'ocean', 'Once upon a time' from unnest(%s::uuid[]) as u (id)"
                   " returning id")


def measure_analytics(conn: psycopg.Connection) -> list[Measurement]:
    """The views as read during the day: 1% of users have written a session since the last nightly run."""
    _one_percent_of_users_write_a_session(conn)
    window = median_seconds(lambda: conn.execute(
        f"select * from public.analytics_daily_comprehensive where date >= {UTC_TODAY} - 29").fetchall())
    scan = median_seconds(lambda: conn.execute(
        f"select count(*) from public.sessions where created_at >= {UTC_TODAY} - 29").fetchall())

    def read_all_views() -> None:
        for view in VIEW_NAMES:
            conn.execute(f"select * from public.{view}").fetchall()  # noqa: S608 - fixed names

    everything = median_seconds(read_all_views, repeat=3)
    return [
        Measurement("analytics_daily_comprehensive, last 30 days", window, "s", goal="≤ 20 ms",
                    baseline_name="count(*) of the window's sessions", baseline_value=scan),
        Measurement("all five analytics views, in full", everything, "s", goal="≤ 500 ms"),
    ]


def measure_rls_overhead(conn: psycopg.Connection) -> list[Measurement]:
    """Counting one's own sessions through RLS, against the superuser's explicitly filtered count.

    Only the count is timed, one statement each, both in a transaction: the role and JWT claims are set
    once beforehand. (Timing that setup too put a client round trip, not RLS, into the ratio.)"""
    busiest = "select user_id from public.sessions group by 1 order by count(*) desc limit 1"
    user_id = conn.execute(busiest).fetchone()[0]
    with conn.transaction(force_rollback=True):
        as_user(conn, user_id)
        rls = median_seconds(lambda: conn.execute("select count(*) from public.sessions").fetchone(), repeat=51)
    with conn.transaction(force_rollback=True):
        direct = median_seconds(lambda: conn.execute("select count(*) from public.sessions where user_id = %s",
                                                     (user_id,)).fetchone(), repeat=51)
    return [Measurement("RLS: count own sessions as authenticated", rls, "s", goal="≤ 1.5× the superuser",
                        baseline_name="superuser with explicit user_id filter", baseline_value=direct)]
