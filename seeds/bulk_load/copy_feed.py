"""A COPY BINARY that the server works through while Python makes the next rows.

psycopg's QueuedLibpqWriter hands the bytes to a thread that feeds the socket, so the main thread can go on
drawing and encoding. That thread needs the GIL for each piece it sends, and a main thread busy in pure Python
gives it up only every sys.getswitchinterval() (5 ms by default): in that time the server empties the
socket's buffer and waits idle. A shorter interval keeps the server fed; it is shortened only while a COPY is
open, and restored after.

Ctrl-C while such a COPY is open is held back to the next write. Raised anywhere, it can land inside the
queue's own locking, between the two threads, and lose the wake-up the feeder waits for: leaving the COPY then
joins a feeder that never wakes, and the seed hangs holding its locks. Held back to a write, where neither
thread is inside the queue, it cannot.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from psycopg.copy import Copy, QueuedLibpqWriter

from seeds.bulk_load.copy_rows import SIGNATURE, TRAILER, copy_statement

FEEDER_SWITCH_INTERVAL_SECONDS = 0.001


@dataclass(frozen=True)
class FedCopy:
    """The open COPY as its body sees it: write() first raises a Ctrl-C held back since the last write."""

    copy: Copy
    raise_held_interrupt: Callable[[], None]

    def write(self, data: bytes) -> None:
        self.raise_held_interrupt()
        self.copy.write(data)


@contextmanager
def binary_copy(conn: psycopg.Connection, table: str) -> Iterator[FedCopy]:
    """`copy <table> from stdin (format binary)`, framed (signature before the body's rows, trailer after)
    and fed from a thread. The body writes rows made by seeds.bulk_load.copy_rows; leaving it waits for the server to
    take in everything written."""
    with _interrupts_held_to_writes() as raise_held_interrupt, _short_switch_interval(), conn.cursor() as cursor, \
            cursor.copy(copy_statement(table, binary=True), writer=QueuedLibpqWriter(cursor)) as copy:
        copy.write(SIGNATURE)
        yield FedCopy(copy, raise_held_interrupt)
        copy.write(TRAILER)


@contextmanager
def _interrupts_held_to_writes() -> Iterator[Callable[[], None]]:
    """Note SIGINT instead of raising it; the block raises it at a write, or it is raised once the block is left.
    Only a Python handler is deferred (Ctrl-C ignored stays ignored), and only on the main thread, the one
    Python runs signal handlers on."""
    previous = signal.getsignal(signal.SIGINT)
    if not callable(previous) or threading.current_thread() is not threading.main_thread():
        yield lambda: None
        return
    held: list[int] = []

    def raise_held_interrupt() -> None:
        if held:
            held.clear()
            previous(signal.SIGINT, None)

    signal.signal(signal.SIGINT, lambda signum, _frame: held.append(signum))
    try:
        yield raise_held_interrupt
    finally:
        signal.signal(signal.SIGINT, previous)
    raise_held_interrupt()


@contextmanager
def _short_switch_interval() -> Iterator[None]:
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, FEEDER_SWITCH_INTERVAL_SECONDS))
    try:
        yield
    finally:
        sys.setswitchinterval(previous)
