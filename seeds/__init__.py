"""Demo data for Dream Flow: `seed_database(url, SeedOptions(...))` is what `invoke seed` runs.

The main path reads in three files: options.py says what was asked for, factories.py makes the rows (pure: a
seed in, rows out, drawing on vocabulary.py, text_pools.py and activity.py), and loader.py COPYs them in one
transaction. How the rows get in fast lives in bulk_load/: the COPY BINARY encoding and feed, and the shortcuts
that pay off on empty tables. demo_users.py tells demo users from real ones; progress.py shows a bar for long
seeds; summary.py prints the result.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from rich.console import Console

from dreamflow_dev.db import connect, redact
from dreamflow_dev.errors import DevStackError
from seeds.options import SeedOptions

__all__ = ["SeedOptions", "SeedSummary", "StreakLeader", "seed_database"]


@dataclass(frozen=True)
class StreakLeader:
    email: str
    current_streak: int
    longest_streak: int


@dataclass(frozen=True)
class SeedSummary:
    """What a seed wrote and what it looks like to the app: rows, personas, streaks and a login."""

    rows: dict[str, int]
    personas: dict[str, int]
    top_streaks: list[StreakLeader]
    demo_email: str
    demo_password: str
    elapsed_seconds: float

    @property
    def sessions_per_second(self) -> float:
        return self.rows["public.sessions"] / self.elapsed_seconds if self.elapsed_seconds else 0.0


def seed_database(url: str, options: SeedOptions, *, console: Console | None = None) -> SeedSummary:
    """Validate, build, load and summarise. Nothing is written unless everything succeeds."""
    from seeds.factories import plan_seed
    from seeds.loader import check_schema, load_seed
    from seeds.progress import SeedProgress
    from seeds.vocabulary import DEMO_PASSWORD

    options.validate()
    started = time.perf_counter()
    with connect(url, autocommit=True) as conn:
        check_schema(conn)
        with SeedProgress(console, total=4 * options.users) as progress:
            plan = plan_seed(options, options.resolve_now())
            try:
                with _psycopg_cleanup_warnings_silenced():
                    rows = load_seed(conn, plan, progress)
            except psycopg.errors.QueryCanceled as exc:
                raise DevStackError(
                    f"seeding failed: the database cancelled a statement mid-load ({_first_line(exc)}): "
                    "statement_timeout or lock_timeout is shorter than the load. Nothing was committed; raise "
                    "the timeout for your role (or seed fewer --users) and run `invoke seed` again."
                ) from exc
            except psycopg.OperationalError as exc:
                raise DevStackError(
                    f"seeding failed: the database at {redact(url)} went away mid-load ({_first_line(exc)}). "
                    "Nothing was committed; run `invoke seed` again once it is back (`invoke status`)."
                ) from exc
        elapsed = time.perf_counter() - started
        user_ids = [user.id for user in plan.users]
        return SeedSummary(rows, _persona_counts(conn, user_ids), _top_streaks(conn, user_ids),
                           plan.demo_user.email, DEMO_PASSWORD, elapsed)


@contextmanager
def _psycopg_cleanup_warnings_silenced() -> Iterator[None]:
    """When the connection dies mid-COPY, psycopg logs that it could not end the COPY or roll back; the
    DevStackError raised instead says it in the one line a user should see."""
    loggers = [logging.getLogger("psycopg"), logging.getLogger("psycopg.transaction")]

    def keep(record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("error ignored")

    for logger in loggers:
        logger.addFilter(keep)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(keep)


def _first_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _persona_counts(conn: psycopg.Connection, user_ids: list[str]) -> dict[str, int]:
    found = conn.execute("select persona, count(*) from public.analytics_user_personas"
                         " where user_id = any(%s::uuid[]) group by persona order by count(*) desc, persona",
                         (user_ids,))
    return dict(found.fetchall())


def _top_streaks(conn: psycopg.Connection, user_ids: list[str], limit: int = 5) -> list[StreakLeader]:
    found = conn.execute("select u.email, s.current_streak, s.longest_streak from public.user_streaks as s"
                         " join auth.users as u on u.id = s.user_id where s.user_id = any(%s::uuid[])"
                         " order by s.current_streak desc, s.longest_streak desc, u.email limit %s",
                         (user_ids, limit))
    return [StreakLeader(*row) for row in found.fetchall()]
