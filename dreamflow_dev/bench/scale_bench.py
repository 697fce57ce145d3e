"""Size against activity: the nightly run with the same night's activity at `scale`× the users and sessions, and
a big delete (users with their sessions, by cascade) followed by the next recompute, beside the plain recompute."""

from __future__ import annotations

import logging

import psycopg

from dreamflow_dev.bench import Measurement, ratio_at_most
from dreamflow_dev.bench.bulk_bench import PLAIN, RECOMPUTE, time_plain_then
from dreamflow_dev.bench.dataset import add_users, delete_users, insert_sessions, sessions_tonight
from dreamflow_dev.bench.samples import Samples
from dreamflow_dev.bench.sizes import BenchSizes

log = logging.getLogger(__name__)


def grow_to_scale(conn: psycopg.Connection, sizes: BenchSizes) -> int:
    """Add users and sessions until there are `scale`× of both, a tenth of the 1× users at a time, each batch
    folded in by a nightly run, as a growing app's nights would; then vacuum. Returns the sessions there are."""
    batch = max(1, sizes.users // 10)
    log.info("growing to %d× users and sessions, %d users a night", sizes.scale, batch)
    for first in range(sizes.users + 1, sizes.scale * sizes.users + 1, batch):
        last = min(first + batch, sizes.scale * sizes.users + 1) - 1
        add_users(conn, first, last)
        insert_sessions(conn, first, last, sizes.days)
        conn.execute(RECOMPUTE)
    conn.execute("vacuum analyze")
    return conn.execute("select count(*) from public.sessions").fetchone()[0]


def measure_scaled_nightly(conn: psycopg.Connection, sizes: BenchSizes, samples: Samples) -> None:
    """The same night's activity as at 1× (not 1% of the larger population): the run should follow it."""
    for _ in range(sizes.repeat):
        sessions_tonight(conn, sizes.active_users)
        samples.time("nightly scaled", lambda: conn.execute(RECOMPUTE))


def measure_deletion(conn: psycopg.Connection, sizes: BenchSizes, samples: Samples) -> None:
    """Delete the 1× users (the first of the `scale` batches) in one statement, their sessions, profiles and
    streaks by cascade; then the next recompute beside the plain one, then the nightly run after that."""
    log.info("deleting %d users with their sessions", sizes.users)
    samples.time("delete users", lambda: delete_users(conn, 1, sizes.users))
    time_plain_then(conn, samples, "recompute after delete")
    sessions_tonight(conn, sizes.active_users)
    time_plain_then(conn, samples, "nightly after batch")


def scale_measurements(samples: Samples, sizes: BenchSizes, scaled_sessions: int) -> list[Measurement]:
    return [
        Measurement(f"nightly, {sizes.active_users:,} users active, at {sizes.scale}× ({sizes.scale * sizes.users:,}"
                    f" users, {scaled_sessions:,} sessions)", samples.median("nightly scaled"), "s",
                    "the same nightly at 1×, settled", samples.median("nightly settled"), ratio_at_most(1.5)),
        Measurement(f"delete {sizes.users:,} of {sizes.scale * sizes.users:,} users (sessions cascade),"
                    " then the next recompute_user_streaks()", samples.median("recompute after delete"), "s", PLAIN,
                    samples.median("plain recompute after delete"), ratio_at_most(1.5),
                    correct="recompute after delete" not in samples.wrong),
    ]
