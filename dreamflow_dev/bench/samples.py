"""Timings gathered over a phase of the bench, by figure, turned into medians at the end."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable

import psycopg

from dreamflow_dev.bench import seconds
from dreamflow_dev.bench.plain import PLAIN_VIEWS, STREAK_COLUMNS, rows_not_in

WINDOW = "select * from {} where date >= (now() at time zone 'utc')::date - 29"


class Samples:
    """Seconds per figure over several rounds (a one-shot figure, like the first recompute after a bulk
    insert, gets one sample per round), and whether every result checked along the way was right."""

    def __init__(self) -> None:
        self._seconds: dict[str, list[float]] = defaultdict(list)
        self.wrong: set[str] = set()

    def time(self, figure: str, run: Callable[[], object]) -> float:
        taken = seconds(run)
        self._seconds[figure].append(taken)
        return taken

    def median(self, figure: str) -> float:
        return statistics.median(self._seconds[figure])


def time_real_and_plain_reads(conn: psycopg.Connection, samples: Samples, label: str, *, plain: bool = True) -> None:
    """The 30-day window of analytics_daily_comprehensive and all five views in full, real (and plain: the plain
    views scan every session, so a caller repeating the reads may time them fewer times)."""
    samples.time(f"window {label}", lambda: conn.execute(WINDOW.format("public.analytics_daily_comprehensive"))
                 .fetchall())
    samples.time(f"views {label}", lambda: read_views(conn, [f"public.{view}" for view in PLAIN_VIEWS]))
    if plain:
        samples.time(f"plain window {label}", lambda: conn.execute(WINDOW.format("plain_daily_comprehensive"))
                     .fetchall())
        samples.time(f"plain views {label}", lambda: read_views(conn, list(PLAIN_VIEWS.values())))


def read_views(conn: psycopg.Connection, relations: list[str]) -> None:
    for relation in relations:
        conn.execute(f"select * from {relation}").fetchall()  # noqa: S608 - names from dreamflow_dev.bench.plain


def streaks_equal_plain(conn: psycopg.Connection) -> bool:
    """user_streaks as the last recompute wrote them equals the plain definition (run in the same transaction
    or right after the recompute, so that both see the same UTC day)."""
    return (rows_not_in(conn, "public.user_streaks", "plain_user_streaks", STREAK_COLUMNS) == 0
            and rows_not_in(conn, "plain_user_streaks", "public.user_streaks", STREAK_COLUMNS) == 0)
