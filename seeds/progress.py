"""A rich progress bar for seeds that take more than a moment; silent otherwise (and without a console)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from seeds.options import SeedOptions

# Below this many user-days a seed finishes in about a second: no bar.
QUIET_BELOW = 40_000
STEPS = ("built", "auth.users", "public.profiles", "public.rituals", "public.sessions", "public.session_assets",
         "public.session_feedback", "public.user_streaks")


@contextmanager
def load_progress(console: Console | None, options: SeedOptions) -> Iterator[Callable[[str, int], None]]:
    if console is None or options.users * options.days < QUIET_BELOW:
        yield lambda step, rows: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("generating rows", total=len(STEPS))

        def advance(step: str, rows: int) -> None:
            bar.update(task, advance=1, description=f"{step}: {rows:,} rows")

        yield advance
