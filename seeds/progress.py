"""A rich progress bar for seeds that take more than about a second; nothing at all for quicker ones.

The bar appears from a timer, not from the work, so a seed that ends within the delay never draws anything
(and one that stalls inside a long step still shows up). Without a console it is silent, which keeps the
loader easy to test.
"""

from __future__ import annotations

import threading
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

SHOW_AFTER_SECONDS = 1.0


class SeedProgress:
    """Units are the loader's: one per user for each of people, sessions, assets and feedback."""

    def __init__(self, console: Console | None, total: int, *, show_after: float = SHOW_AFTER_SECONDS) -> None:
        self._bar: Progress | None = None
        self._timer: threading.Timer | None = None
        self._shown_event = threading.Event()
        if console is not None and total > 0:
            self._bar = Progress(TextColumn("{task.description:<28}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=True)
            self._task = self._bar.add_task("generating demo users", total=total)
            self._timer = threading.Timer(show_after, self._show)
            self._timer.daemon = True
            self._timer.start()

    @property
    def shown(self) -> bool:
        return self._bar is not None and self._bar.live.is_started

    def wait_until_shown(self, timeout: float) -> bool:
        """For tests: whether the bar appeared within `timeout` seconds (an event, not a guess)."""
        return self._shown_event.wait(timeout)

    def _show(self) -> None:
        self._bar.start()
        self._shown_event.set()

    def update(self, description: str) -> None:
        if self._bar is not None:
            self._bar.update(self._task, description=description)

    def advance(self, units: int, description: str | None = None) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=units, **({"description": description} if description else {}))

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer.join()
        if self.shown:
            self._bar.stop()

    def __enter__(self) -> SeedProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()
