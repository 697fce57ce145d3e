"""Seeding throughput, end to end, beside the physical limit of getting the same stories into Postgres.

End to end is `seed_database` as `invoke seed --reset` runs it: Faker pools, factories, COPY into all six
tables, the reference check and recompute_user_streaks(), into the empty migrated database the benchmark hands
us (the previous run's rows are removed, their removal folded into the bookkeeping and vacuumed away before
each run, untimed). The baseline is one raw COPY of the same sessions, encoded beforehand exactly as the
seeder sends them (COPY BINARY), into a bare temporary copy of public.sessions (no indexes, keys, triggers or
WAL; story_text still lz4-compressed): what the sessions alone cost at best. The ratio of the two is what
carries over to other machines.
"""

from __future__ import annotations

import psycopg

from dreamflow_dev.bench import Measurement, median_seconds
from dreamflow_dev.db import connect
from seeds import SeedSummary, seed_database
from seeds.bulk_load.copy_rows import SIGNATURE, TRAILER, StoryEncoder, copy_statement
from seeds.factories import plan_seed, user_stories
from seeds.loader import delete_seeded_users
from seeds.options import SeedOptions

# About 110k sessions (with ~535k assets and ~88k feedback rows): a few seconds a run on a 2-core machine.
BENCH_OPTIONS = SeedOptions(users=1_200, days=180, seed=7, reset=True)
SEEDED_TABLES = ("auth.users", "public.profiles", "public.rituals", "public.sessions", "public.session_assets",
                 "public.session_feedback", "public.user_streaks")
SETTLED_TABLES = ("private.session_tallies", "private.user_rollup", "private.daily_rollup",
                  "private.daily_persona_rollup")
RAW_COPY_PIECE_BYTES = 1 << 20


def measure_seed_throughput(url: str) -> list[Measurement]:
    """Median of 3 seeds of BENCH_OPTIONS (sessions/s), beside a raw COPY of the same sessions (median of 3)."""
    summaries: list[SeedSummary] = []
    end_to_end = median_seconds(lambda: summaries.append(seed_database(url, BENCH_OPTIONS)), repeat=3,
                                setup=lambda: _empty_seeded_tables(url))
    rows = summaries[-1].rows
    sessions = rows["public.sessions"]
    raw = _raw_session_copy_seconds(url, BENCH_OPTIONS)
    _empty_seeded_tables(url)
    return [Measurement(
        f"seed end to end: {sessions:,} sessions + {rows['public.session_assets']:,} assets + "
        f"{rows['public.session_feedback']:,} feedback, {BENCH_OPTIONS.users:,} users × {BENCH_OPTIONS.days} days",
        sessions / end_to_end, "sessions/s", goal="≥ 15,000 sessions/s",
        baseline_name="raw COPY BINARY of the same sessions alone, bare temp table", baseline_value=sessions / raw,
    )]


def _empty_seeded_tables(url: str) -> None:
    """Back to an empty migrated database: delete every seeded user, fold the deletions into the bookkeeping
    (else the next seed's nightly run would fold them, work a first seed never does), vacuum the dead rows."""
    with connect(url, autocommit=True) as conn:
        with conn.transaction():
            delete_seeded_users(conn, seed=None)
        conn.execute("select public.recompute_user_streaks()")
        for table in SEEDED_TABLES + SETTLED_TABLES:
            conn.execute(f"vacuum (analyze) {table}")  # names come from this module


def _raw_session_copy_seconds(url: str, options: SeedOptions) -> float:
    plan = plan_seed(options, options.resolve_now())
    encoder = StoryEncoder(plan.pools)
    data = SIGNATURE + b"".join(encoder.sessions(user_stories(plan, user)) for user in plan.users) + TRAILER
    with connect(url, autocommit=True) as conn:
        conn.execute("create temp table raw_sessions (like public.sessions including defaults including compression)")
        return median_seconds(lambda: _copy_sessions_bytes(conn, data), repeat=3,
                              setup=lambda: conn.execute("truncate raw_sessions"))


def _copy_sessions_bytes(conn: psycopg.Connection, data: bytes) -> None:
    statement = copy_statement("public.sessions", binary=True).replace("public.sessions", "raw_sessions", 1)
    with conn.cursor() as cursor, cursor.copy(statement) as copy:
        for start in range(0, len(data), RAW_COPY_PIECE_BYTES):
            copy.write(data[start:start + RAW_COPY_PIECE_BYTES])
