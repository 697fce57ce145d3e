"""Seeding throughput end to end (Faker generation + COPY into every table + streaks), against a raw
COPY of the same pre-built session rows into a bare copy of the table (no indexes, keys or triggers):
the physical limit of getting the stories into Postgres."""

from __future__ import annotations

import psycopg

from dreamflow_dev.bench import Measurement, median_seconds
from dreamflow_dev.db import connect
from seeds import seed_database
from seeds.factories import build_dataset
from seeds.loader import COLUMNS
from seeds.options import SeedOptions

BENCH_OPTIONS = SeedOptions(users=1_000, days=180, seed=7, reset=True)


def measure_seed_throughput(url: str) -> list[Measurement]:
    """Median of 3 seeds of BENCH_OPTIONS (each replaces the last), beside the raw COPY of its sessions."""
    sessions = len(build_dataset(BENCH_OPTIONS).sessions)
    end_to_end = median_seconds(lambda: seed_database(url, BENCH_OPTIONS), repeat=3)
    raw = _raw_copy_seconds(url)
    return [Measurement(f"seed end to end ({sessions:,} sessions, all tables)", sessions / end_to_end,
                        "sessions/s", goal="≥ 20,000 sessions/s",
                        baseline_name="raw COPY of the same session rows, bare table",
                        baseline_value=sessions / raw)]


def _raw_copy_seconds(url: str) -> float:
    rows = build_dataset(BENCH_OPTIONS).sessions
    with connect(url) as conn:
        conn.execute("create temp table raw_sessions (like public.sessions including defaults)")
        conn.execute("alter table raw_sessions alter column story_text set compression lz4")
        conn.commit()

        def copy_all() -> None:
            _copy(conn, rows)

        seconds = median_seconds(copy_all, repeat=3, setup=lambda: _truncate(conn))
    return seconds


def _copy(conn: psycopg.Connection, rows: list[tuple]) -> None:
    with conn.cursor() as cursor, cursor.copy(f"copy raw_sessions ({COLUMNS['public.sessions']}) from stdin") as copy:
        for row in rows:
            copy.write_row(row)
    conn.commit()


def _truncate(conn: psycopg.Connection) -> None:
    conn.execute("truncate raw_sessions")
    conn.commit()
