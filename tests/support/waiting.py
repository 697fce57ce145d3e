"""Waiting in tests for a condition that becomes true on its own (a backend reaching a COPY, a process gone,
a container healthy), through the project's one waiting helper: no fixed sleeps, no hand-written loops."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

import psycopg
import pytest

from dreamflow_dev.polling import retry_until

T = TypeVar("T")


class _NotYet(Exception):
    """The condition does not hold yet."""


def wait_until(check: Callable[[], T], *, timeout: float, what: str, interval: float = 0.05,
               gone: Callable[[], bool] | None = None) -> T:
    """`check()`'s first truthy result; the test fails naming `what` once `timeout` passes, or as soon as
    `gone()` says the condition can no longer come true (a child process that exited)."""
    def attempt() -> T:
        result = check()
        if not result:
            raise _NotYet
        return result

    try:
        return retry_until(attempt, timeout=timeout, retry_on=_NotYet, interval=interval, gone=gone)
    except _NotYet:
        pytest.fail(f"{what}: not within {timeout:g} s" + (" (what was waited on went away)" if gone and gone()
                                                            else ""))


def wait_for_row(conn: psycopg.Connection, query: str, params: tuple = (), *, timeout: float, what: str,
                 interval: float = 0.05, gone: Callable[[], bool] | None = None) -> tuple:
    """The first row `query` returns, once it returns one (the connection should be in autocommit, so each
    try sees what others committed)."""
    return wait_until(lambda: conn.execute(query, params).fetchone(), timeout=timeout, what=what,
                      interval=interval, gone=gone)


def process_alive(pid: int) -> bool:
    """Whether a process with this pid exists (and may be signalled by us)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
