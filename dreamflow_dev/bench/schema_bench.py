"""Streaks, analytics and RLS cost at production-like size (10k users, ~1M sessions over a year).

The data is generated in SQL (seconds, not minutes); each figure sits beside a baseline from the same
database: the user-by-user streak loop of the original design, a plain scan, the superuser's query.
"""

from __future__ import annotations

import statistics
import time
from importlib import resources

import psycopg

from dreamflow_dev.bench import Measurement, median_seconds

BASELINE_LOOP_SQL = resources.files("dreamflow_dev.bench").joinpath("baseline_streaks.sql")
VIEWS = ("analytics_daily_active_users", "analytics_daily_story_stats", "analytics_user_personas",
         "analytics_daily_persona_mix", "analytics_daily_comprehensive")
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
    """Fill a migrated database with users, profiles and ~100 sessions per user; returns the session count.

    `conn` must be in autocommit mode (VACUUM cannot run in a transaction).
    """
    conn.execute(GENERATE_USERS, {"users": users})
    conn.execute(GENERATE_PROFILES)
    conn.execute(GENERATE_SESSIONS)
    conn.execute(BASELINE_LOOP_SQL.read_text())
    conn.execute("vacuum analyze")
    return conn.execute("select count(*) from public.sessions").fetchone()[0]


def measure_streaks(conn: psycopg.Connection) -> list[Measurement]:
    """The loop of the original design against recompute_user_streaks(), full and nightly, and what
    rebuilding every user's bookkeeping from the sessions would cost (the work the triggers spread out)."""
    loop = median_seconds(lambda: conn.execute("select bench.recompute_user_streaks_loop()"), repeat=3)
    full = median_seconds(lambda: conn.execute("select public.recompute_user_streaks(true)"), repeat=3)
    rebuild = median_seconds(lambda: conn.execute("select private.rebuild_user_activity()"), repeat=3)

    def one_percent_had_sessions() -> None:
        conn.execute("insert into public.sessions (user_id, prompt) select id, 'tonight' from auth.users"
                     " order by random() limit (select count(*) / 100 from auth.users)")

    nightly = median_seconds(lambda: conn.execute("select public.recompute_user_streaks()"), repeat=5,
                             setup=one_percent_had_sessions)
    return [
        Measurement("streaks: full recompute (every user's row, from the kept runs)", full, "s",
                    goal="≥ 3× faster than the loop",
                    baseline_name="user-by-user loop (original design)", baseline_value=loop),
        Measurement("streaks: nightly, 1% of users active", nightly, "s", goal="≥ 50× faster than the loop",
                    baseline_name="user-by-user loop (original design)", baseline_value=loop),
        Measurement("streaks: rebuild every user's days and runs from the sessions (repair path)", rebuild,
                    "s", baseline_name="user-by-user loop (original design)", baseline_value=loop),
    ]


def measure_session_insert(conn: psycopg.Connection) -> list[Measurement]:
    """What the bookkeeping costs the app: one story inserted, with and without the activity triggers."""
    user_id = conn.execute("select id from auth.users limit 1").fetchone()[0]
    return [Measurement("one session insert, with the streak and analytics bookkeeping",
                        _median_insert_seconds(conn, user_id, triggers=True), "s",
                        baseline_name="the same insert with the session triggers disabled",
                        baseline_value=_median_insert_seconds(conn, user_id, triggers=False))]


def _median_insert_seconds(conn: psycopg.Connection, user_id: object, *, triggers: bool) -> float:
    """The insert statement alone, timed the same way on both sides: each in a savepoint rolled back after,
    so every sample starts from the same rows (the triggers are disabled, if at all, outside the timing)."""
    samples = []
    with conn.transaction(force_rollback=True):
        if not triggers:
            conn.execute("alter table public.sessions disable trigger user")
        for _ in range(51):
            with conn.transaction(force_rollback=True):
                started = time.perf_counter()
                conn.execute("insert into public.sessions (user_id, prompt, theme) values (%s, 'tonight', 'ocean')",
                             (user_id,))
                samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def measure_analytics(conn: psycopg.Connection) -> list[Measurement]:
    window = median_seconds(lambda: conn.execute(
        f"select * from public.analytics_daily_comprehensive where date >= {UTC_TODAY} - 29").fetchall())
    scan = median_seconds(lambda: conn.execute(
        f"select count(*) from public.sessions where created_at >= {UTC_TODAY} - 29").fetchall())

    def read_all_views() -> None:
        for view in VIEWS:
            conn.execute(f"select * from public.{view}").fetchall()  # noqa: S608 - fixed names

    everything = median_seconds(read_all_views, repeat=3)
    return [
        Measurement("analytics_daily_comprehensive, last 30 days", window, "s", goal="≤ 100 ms",
                    baseline_name="count(*) of the window's sessions", baseline_value=scan),
        Measurement("all five analytics views, in full", everything, "s", goal="≤ 2 s"),
    ]


def measure_rls_overhead(conn: psycopg.Connection) -> list[Measurement]:
    """Counting one's own sessions through RLS, against the superuser's explicitly filtered count.

    Only the count is timed, one statement each, both in a transaction: the role and JWT claims are set
    once beforehand. (Timing that setup too put a client round trip, not RLS, into the ratio.)"""
    busiest = "select user_id from public.sessions group by 1 order by count(*) desc limit 1"
    user_id = conn.execute(busiest).fetchone()[0]
    claims = f'{{"sub": "{user_id}", "role": "authenticated"}}'

    with conn.transaction(force_rollback=True):
        conn.execute("select set_config('role', 'authenticated', true),"
                     " set_config('request.jwt.claims', %s, true)", (claims,))
        rls = median_seconds(lambda: conn.execute("select count(*) from public.sessions").fetchone(), repeat=51)
    with conn.transaction(force_rollback=True):
        direct = median_seconds(lambda: conn.execute("select count(*) from public.sessions where user_id = %s",
                                                     (user_id,)).fetchone(), repeat=51)
    return [Measurement("RLS: count own sessions as authenticated", rls, "s", goal="≤ 1.5× the superuser",
                        baseline_name="superuser with explicit user_id filter", baseline_value=direct)]
