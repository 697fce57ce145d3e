"""Waiting with a deadline, in one place: tenacity retries an attempt until it succeeds, the deadline
passes, or what is waited on has plainly gone away (a server process that exited, a stopped container)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import tenacity

T = TypeVar("T")
Errors = type[BaseException] | tuple[type[BaseException], ...]


def retry_until(attempt: Callable[[], T], *, timeout: float, retry_on: Errors, interval: float = 0.05,
                gone: Callable[[], bool] | None = None) -> T:
    """`attempt()`'s result once it stops raising `retry_on`; past `timeout`, or as soon as `gone()` says
    waiting is pointless, the last such error is raised to the caller, who words it for the user."""
    stops = [tenacity.stop_after_delay(timeout)]
    if gone is not None:
        stops.append(lambda _state: gone())
    retrying = tenacity.Retrying(stop=tenacity.stop_any(*stops), wait=tenacity.wait_fixed(interval),
                                 retry=tenacity.retry_if_exception_type(retry_on), reraise=True)
    return retrying(attempt)
