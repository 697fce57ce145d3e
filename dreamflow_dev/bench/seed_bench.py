"""Seeding throughput, end to end, beside the physical limit of getting the same stories into Postgres.

End to end is `seed_database` as `invoke seed --reset` runs it: Faker pools, factories, COPY into all six
tables, the reference check and recompute_user_streaks(), into the empty migrated database the benchmark
hands us (the previous run's rows are removed and vacuumed away before each run, untimed). The baseline is
one raw COPY of the same sessions, generated and formatted beforehand, into a bare copy of public.sessions
(no indexes, keys or triggers; story_text still lz4-compressed): what the sessions alone cost at best.
"""

from __future__ import annotations

import psycopg

from dreamflow_dev.bench import Measurement, median_seconds
from dreamflow_dev.db import connect
from seeds import SeedSummary, copy_text, seed_database
from seeds.factories import plan_seed, user_histories
from seeds.loader import CHUNK_BYTES, delete_seeded_users
from seeds.options import SeedOptions

# About 110k sessions (with ~530k assets and ~90k feedback rows): ~13 s a run on a 2-core machine.
BENCH_OPTIONS = SeedOptions(users=1_200, days=180, seed=7, reset=True)
SEEDED_TABLES = ("auth.users", "public.profiles", "public.rituals", "public.sessions", "public.session_assets",
                 "public.session_feedback", "public.user_streaks")


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
        f"{rows['public.session_feedback']:,} feedback, {BENCH_OPTIONS.users:,} users",
        sessions / end_to_end, "sessions/s", goal="≥ 20,000 sessions/s",
        baseline_name="raw COPY of the same sessions alone, bare table", baseline_value=sessions / raw,
    )]


def _empty_seeded_tables(url: str) -> None:
    """Back to an empty migrated database: delete every seeded user, then vacuum the dead rows away."""
    with connect(url, autocommit=True) as conn:
        with conn.transaction():
            delete_seeded_users(conn, seed=None)
        for table in SEEDED_TABLES:
            conn.execute(f"vacuum (analyze) {table}")  # names come from this module


def _raw_session_copy_seconds(url: str, options: SeedOptions) -> float:
    plan = plan_seed(options, options.resolve_now())
    text = "".join(copy_text.session_lines(history.sessions) for history in user_histories(plan)).encode()
    with connect(url, autocommit=True) as conn:
        conn.execute("create temp table raw_sessions (like public.sessions including defaults including compression)")
        return median_seconds(lambda: _copy_sessions_text(conn, text), repeat=3,
                              setup=lambda: conn.execute("truncate raw_sessions"))


def _copy_sessions_text(conn: psycopg.Connection, text: bytes) -> None:
    statement = copy_text.copy_statement("public.sessions").replace("public.sessions", "raw_sessions", 1)
    with conn.cursor() as cursor, cursor.copy(statement) as copy:
        for start in range(0, len(text), CHUNK_BYTES):
            copy.write(text[start:start + CHUNK_BYTES])
