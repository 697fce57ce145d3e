"""The dataset settled (folded by a nightly run, vacuumed) as a day of ordinary use meets it: the views, the
nightly run, RLS, and what the bookkeeping costs one app insert; each beside the plain definitions, the
superuser's query or the same insert without the bookkeeping triggers.
"""

from __future__ import annotations

import statistics
import time
from contextlib import nullcontext

import psycopg

from dreamflow_dev.bench import Measurement, at_most, faster_by, median_seconds, ratio_at_most
from dreamflow_dev.bench.bulk_bench import PLAIN, time_plain_then
from dreamflow_dev.bench.dataset import session_triggers_disabled, sessions_tonight
from dreamflow_dev.bench.samples import Samples, time_real_and_plain_reads
from dreamflow_dev.bench.sizes import BenchSizes
from dreamflow_dev.roles import as_user

PLAIN_READ_REPEAT = 2  # the plain views scan every session: seconds each, where the real ones take milliseconds
INSERT_PER_USER = ("insert into public.sessions (user_id, prompt, theme, story_text)"
                   " select id, 'tonight', 'ocean', 'Once upon a time' from unnest(%s::uuid[]) as u (id)"
                   " returning id")


def measure_settled(conn: psycopg.Connection, sizes: BenchSizes, samples: Samples) -> None:
    """Reads and the nightly run on settled data (`conn` in autocommit: VACUUM runs outside a transaction).
    The reads follow a night's activity that no run has folded in yet, as during the day."""
    conn.execute("vacuum analyze")
    for _ in range(sizes.repeat):
        sessions_tonight(conn, sizes.active_users)
        time_plain_then(conn, samples, "nightly settled")
    sessions_tonight(conn, sizes.active_users)
    for repeat in range(sizes.repeat):
        time_real_and_plain_reads(conn, samples, "settled", plain=repeat < PLAIN_READ_REPEAT)
    conn.execute("select public.recompute_user_streaks()")


def settled_measurements(samples: Samples) -> list[Measurement]:
    return [
        Measurement("nightly, 1% of users active, settled", samples.median("nightly settled"), "s", PLAIN,
                    samples.median("plain nightly settled"), faster_by(50), correct="nightly settled" not in
                    samples.wrong),
        Measurement("analytics_daily_comprehensive, last 30 days, settled", samples.median("window settled"), "s",
                    "the plain view, same window", samples.median("plain window settled"), at_most(0.02, "s")),
        Measurement("all five views in full, settled", samples.median("views settled"), "s", "the plain views",
                    samples.median("plain views settled"), at_most(0.5, "s")),
    ]


def measure_session_insert(conn: psycopg.Connection) -> list[Measurement]:
    """What the bookkeeping costs the app, as its requests see it: one session insert and its commit, and
    one 1,000-row insert statement and its commit, against the same with the bookkeeping triggers disabled."""
    user_ids = [row[0] for row in conn.execute("select id from auth.users order by id limit 1000")]
    one: dict[bool, list[float]] = {True: [], False: []}
    thousand: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(5):  # alternate, so both sides see the same machine load
        for tracked in (True, False):
            one[tracked] += _insert_commit_seconds(conn, user_ids[:1], tracked=tracked, repeat=21)
            thousand[tracked] += _insert_commit_seconds(conn, user_ids, tracked=tracked, repeat=3)
    baseline = "the same with the bookkeeping triggers disabled"
    return [
        Measurement("one session insert + commit", statistics.median(one[True]), "s", baseline,
                    statistics.median(one[False]), ratio_at_most(1.5)),
        Measurement("one 1,000-row insert statement + commit", statistics.median(thousand[True]), "s", baseline,
                    statistics.median(thousand[False]), ratio_at_most(1.2)),
    ]


def _insert_commit_seconds(conn: psycopg.Connection, user_ids: list, *, tracked: bool, repeat: int) -> list[float]:
    """Each sample inserts one session per user and commits (autocommit), timed together; the rows are then
    deleted untimed, with the triggers off for the untracked side so the bookkeeping stays true."""
    samples = []
    with session_triggers_disabled(conn, bookkeeping_only=True) if not tracked else nullcontext():
        for _ in range(repeat):
            started = time.perf_counter()
            ids = conn.execute(INSERT_PER_USER, (user_ids,)).fetchall()
            samples.append(time.perf_counter() - started)
            conn.execute("delete from public.sessions where id = any(%s)", ([row[0] for row in ids],))
    return samples


def measure_rls_overhead(conn: psycopg.Connection) -> list[Measurement]:
    """Counting one's own sessions through RLS, against the superuser's explicitly filtered count.

    Only the count is timed, one statement each, both in a transaction: the role and JWT claims are set
    once beforehand, so that a client round trip, not RLS, does not enter the ratio."""
    busiest = "select user_id from public.sessions group by 1 order by count(*) desc limit 1"
    user_id = conn.execute(busiest).fetchone()[0]
    with conn.transaction(force_rollback=True):
        as_user(conn, user_id)
        rls = median_seconds(lambda: conn.execute("select count(*) from public.sessions").fetchone(), repeat=51)
    with conn.transaction(force_rollback=True):
        direct = median_seconds(lambda: conn.execute("select count(*) from public.sessions where user_id = %s",
                                                     (user_id,)).fetchone(), repeat=51)
    return [Measurement("RLS: count own sessions as authenticated", rls, "s",
                        "postgres (bypasses RLS), explicit user_id filter", direct, ratio_at_most(1.5))]
