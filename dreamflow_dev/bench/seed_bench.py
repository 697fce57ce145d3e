"""Seeding throughput, end to end, into an empty database and into one already holding ~1M seeded sessions.

End to end is `seed_database` as `invoke seed` runs it: Faker pools, factories, COPY into all six tables, the
reference check and recompute_user_streaks(). The first seed goes into the empty migrated database the bench
hands us (the previous run's rows removed, their removal folded into the bookkeeping and vacuumed away before
each run, untimed); its baseline is one raw COPY of the same sessions, encoded beforehand exactly as the seeder
sends them (COPY BINARY), into a bare temporary copy of public.sessions (no indexes, keys, triggers or WAL):
what the sessions alone cost at best. The second seed is the same seed again, on top of a big seed of another
`--seed`; its baseline is the first seed's rate.
"""

from __future__ import annotations

import logging

import psycopg

from dreamflow_dev.bench import Measurement, at_least, median_seconds, ratio_at_least
from dreamflow_dev.bench.sizes import BenchSizes
from dreamflow_dev.db import connect
from seeds import SeedSummary, seed_database
from seeds.bulk_load.copy_rows import SIGNATURE, TRAILER, StoryEncoder, copy_statement
from seeds.factories import plan_seed, user_stories
from seeds.loader import delete_seeded_users
from seeds.options import SeedOptions

log = logging.getLogger(__name__)
MEASURED_SEED = 7
BIG_SEED = 1
RAW_COPY_PIECE_BYTES = 1 << 20


def measure_seed_throughput(url: str, sizes: BenchSizes) -> list[Measurement]:
    """Median of 3 seeds (sessions/s) into an empty database beside a raw COPY of the same sessions, then
    median of 3 of the same seed into a database holding a big seed of another --seed."""
    options = SeedOptions(users=sizes.seed_users, days=sizes.seed_days, seed=MEASURED_SEED)
    summaries: list[SeedSummary] = []
    first = median_seconds(lambda: summaries.append(seed_database(url, options)), repeat=3,
                           setup=lambda: _remove_seeded_users(url, seed=None))
    rows = summaries[-1].rows
    sessions = rows["public.sessions"]
    raw = _raw_session_copy_seconds(url, options)
    _remove_seeded_users(url, seed=None)
    big = seed_database(url, SeedOptions(users=sizes.big_seed_users, days=sizes.big_seed_days, seed=BIG_SEED))
    held = big.rows["public.sessions"]
    log.info("the big seed: %s sessions at %.0f sessions/s", f"{held:,}", held / big.elapsed_seconds)
    second = median_seconds(lambda: seed_database(url, options), repeat=3,
                            setup=lambda: _remove_seeded_users(url, seed=MEASURED_SEED))
    what = (f"{sessions:,} sessions + {rows['public.session_assets']:,} assets + "
            f"{rows['public.session_feedback']:,} feedback, {options.users:,} users × {options.days} days")
    return [
        Measurement(f"first seed end to end: {what}", sessions / first, "sessions/s",
                    "raw COPY BINARY of the same sessions alone, bare temp table", sessions / raw,
                    at_least(15_000, "sessions/s")),
        Measurement(f"second seed (another --seed), the same, into a database holding {held:,} seeded sessions",
                    sessions / second, "sessions/s", "the first seed's rate", sessions / first,
                    ratio_at_least(0.5)),
    ]


def _remove_seeded_users(url: str, seed: int | None) -> None:
    """Delete one seed's users (or every seed's) with all they own, fold the deletions into the bookkeeping
    (else the next seed's nightly run would fold them, work a seed into a clean database never does) and
    vacuum the dead rows away."""
    with connect(url, autocommit=True) as conn:
        with conn.transaction():
            delete_seeded_users(conn, seed=seed)
        conn.execute("select public.recompute_user_streaks()")
        conn.execute("vacuum (analyze)")


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
