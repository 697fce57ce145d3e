"""Demo data for Dream Flow: `seed_database(url, SeedOptions(...))` is what `invoke seed` runs.

factories.py makes rows (pure), loader.py COPYs them in one transaction, summary.py prints the result.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from rich.console import Console

from dreamflow_dev.db import connect


@dataclass(frozen=True)
class SeedSummary:
    rows: dict[str, int]
    personas: dict[str, int]
    top_streaks: list[tuple[str, int]]
    demo_email: str
    demo_password: str
    seconds: float

    @property
    def sessions_per_second(self) -> float:
        return self.rows["public.sessions"] / self.seconds if self.seconds else 0.0


def seed_database(url: str, options, *, console: Console | None = None) -> SeedSummary:
    """Validate, build, load and summarise; nothing is written when anything fails."""
    from seeds.factories import build_dataset
    from seeds.loader import check_schema, load_dataset
    from seeds.progress import load_progress
    from seeds.vocabulary import DEMO_PASSWORD

    options.validate()
    started = time.perf_counter()
    with connect(url) as conn:
        check_schema(conn)
        conn.rollback()
        with load_progress(console, options) as progress:
            dataset = build_dataset(options)
            progress("built", len(dataset.sessions))
            load_dataset(conn, dataset, seed=options.seed, reset=options.reset, progress=progress)
        seconds = time.perf_counter() - started
        return _summarise(conn, dataset, seconds, DEMO_PASSWORD)


def _summarise(conn, dataset, seconds: float, password: str) -> SeedSummary:
    rows = {"auth.users": len(dataset.users), "public.profiles": len(dataset.profiles),
            "public.rituals": len(dataset.rituals), "public.sessions": len(dataset.sessions),
            "public.session_assets": len(dataset.session_assets),
            "public.session_feedback": len(dataset.session_feedback)}
    seeded = [row[1] for row in dataset.users]
    personas = dict(conn.execute("select persona, count(*) from public.analytics_user_personas"
                                 " where user_id = any(%s) group by 1 order by 2 desc", (seeded,)).fetchall())
    top = conn.execute("select u.email, s.current_streak from public.user_streaks s"
                       " join auth.users u on u.id = s.user_id where s.user_id = any(%s)"
                       " order by s.current_streak desc, s.longest_streak desc, u.email limit 5", (seeded,)).fetchall()
    return SeedSummary(rows, personas, [(email, streak) for email, streak in top], dataset.demo_email, password,
                       seconds)
