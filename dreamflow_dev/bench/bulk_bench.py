"""Big writes and what they leave behind: the whole dataset in one committed INSERT … SELECT and in one COPY,
the views right after, the first recompute_user_streaks() after it, the nightly run after that, and the full
rebuild; each beside the plain definitions (docs/plain_definitions.sql) on the same data at the same moment.

A plain streak recompute runs in a transaction rolled back afterwards, just before the real one, so both face
the same stale user_streaks and the same sessions.
"""

from __future__ import annotations

import logging

import psycopg

from dreamflow_dev.bench import Goal, Measurement, at_most, faster_by, ratio_at_most
from dreamflow_dev.bench.dataset import (
    copy_sessions,
    insert_sessions,
    session_copy_data,
    session_triggers_disabled,
    sessions_tonight,
)
from dreamflow_dev.bench.plain import PLAIN_STREAK_UPSERT, PLAIN_VIEWS, STREAK_COLUMNS
from dreamflow_dev.bench.samples import Samples, streaks_equal_plain, time_real_and_plain_reads
from dreamflow_dev.bench.sizes import BenchSizes

log = logging.getLogger(__name__)
RECOMPUTE = "select public.recompute_user_streaks()"
REBUILD = "select public.recompute_user_streaks(true)"
PLAIN = "plain streaks upserted where they differ"


def run_bulk_rounds(conn: psycopg.Connection, sizes: BenchSizes, samples: Samples) -> int:
    """`sizes.bulk_rounds` rounds, each from an empty sessions table: the statement with the session triggers
    disabled, then as anyone runs it, then the same rows by COPY. Leaves the COPY's rows settled; returns the
    sessions in the dataset."""
    copy_data = session_copy_data(conn, 1, sizes.users, sizes.days)
    inserted: list[int] = []
    for round_number in range(1, sizes.bulk_rounds + 1):
        log.info("bulk round %d of %d", round_number, sizes.bulk_rounds)
        _empty_sessions(conn)
        with session_triggers_disabled(conn, bookkeeping_only=False):
            samples.time("insert untracked", lambda: insert_sessions(conn, 1, sizes.users, sizes.days))
            conn.execute("truncate public.sessions cascade")  # unseen by the bookkeeping, as the rows were
            samples.time("copy untracked", lambda: copy_sessions(conn, copy_data))
            conn.execute("truncate public.sessions cascade")
        samples.time("insert", lambda: inserted.append(insert_sessions(conn, 1, sizes.users, sizes.days)))
        time_real_and_plain_reads(conn, samples, "after insert")
        time_plain_then(conn, samples, "recompute after insert")
        _nightly_after_batch(conn, sizes, samples)
        _empty_sessions(conn)
        samples.time("copy", lambda: copy_sessions(conn, copy_data))
        time_plain_then(conn, samples, "recompute after copy")
        _nightly_after_batch(conn, sizes, samples)
    return inserted[-1]


def _empty_sessions(conn: psycopg.Connection) -> None:
    conn.execute("truncate public.sessions cascade")
    conn.execute(RECOMPUTE)


def time_plain_then(conn: psycopg.Connection, samples: Samples, figure: str, statement: str = RECOMPUTE) -> None:
    """The plain recompute (rolled back), then `statement`, on the same data; a result that differs from the
    plain streaks marks the figure wrong."""
    with conn.transaction(force_rollback=True):
        samples.time(f"plain {figure}", lambda: conn.execute(PLAIN_STREAK_UPSERT))
    samples.time(figure, lambda: conn.execute(statement))
    if not streaks_equal_plain(conn):
        samples.wrong.add(figure)


def _nightly_after_batch(conn: psycopg.Connection, sizes: BenchSizes, samples: Samples) -> None:
    sessions_tonight(conn, sizes.active_users)
    time_plain_then(conn, samples, "nightly after batch")


def measure_full_rebuild(conn: psycopg.Connection, sizes: BenchSizes, samples: Samples) -> None:
    """recompute_user_streaks(true) on the settled data, beside the plain recompute, `sizes.repeat` times less
    two; the streaks and the five views must come out as the incremental runs left them."""
    incremental = _streaks_and_views(conn)
    for _ in range(max(1, sizes.repeat - 2)):
        time_plain_then(conn, samples, "rebuild", REBUILD)
    if _streaks_and_views(conn) != incremental:
        samples.wrong.add("rebuild")


def _streaks_and_views(conn: psycopg.Connection) -> dict[str, list[tuple]]:
    relations = {"user_streaks": f"select {STREAK_COLUMNS} from public.user_streaks"}
    relations |= {view: f"select * from public.{view}" for view in PLAIN_VIEWS}
    return {name: sorted(conn.execute(query).fetchall(), key=repr) for name, query in relations.items()}


def bulk_measurements(samples: Samples, sessions: int) -> list[Measurement]:
    """The figures of the bulk rounds and the full rebuild, from their samples."""
    big = f"{sessions:,} sessions"

    def against_plain(name: str, figure: str, goal: Goal) -> Measurement:
        return Measurement(name, samples.median(figure), "s", PLAIN, samples.median(f"plain {figure}"), goal,
                           correct=figure not in samples.wrong)

    return [
        Measurement(f"one committed INSERT … SELECT of {big}", samples.median("insert"), "s",
                    "the same with the session table's user triggers disabled", samples.median("insert untracked"),
                    ratio_at_most(2)),
        Measurement(f"one committed COPY of the same {big}", samples.median("copy"), "s",
                    "the same with the session table's user triggers disabled", samples.median("copy untracked"),
                    ratio_at_most(2)),
        against_plain("first recompute_user_streaks() after the INSERT … SELECT", "recompute after insert",
                      ratio_at_most(1.5)),
        against_plain("first recompute_user_streaks() after the COPY", "recompute after copy", ratio_at_most(1.5)),
        Measurement("all five views in full, right after the insert, before any recompute",
                    samples.median("views after insert"), "s", "the plain views",
                    samples.median("plain views after insert"), at_most(0.5, "s")),
        Measurement("analytics_daily_comprehensive, last 30 days, right after the insert",
                    samples.median("window after insert"), "s", "the plain view, same window",
                    samples.median("plain window after insert"), at_most(0.05, "s")),
        against_plain("full rebuild recompute_user_streaks(true), settled; equal to the incremental result"
                      + ("" if "rebuild" not in samples.wrong else ": NOT EQUAL"), "rebuild", ratio_at_most(1.5)),
        against_plain("nightly, 1% of users active, right after a batch (insert, COPY, delete)",
                      "nightly after batch", faster_by(50)),
    ]
