"""A COPY BINARY that the server works through while Python makes the next rows.

psycopg's QueuedLibpqWriter hands the bytes to a thread that feeds the socket, so the main thread can go on
drawing and encoding. That thread needs the GIL for each piece it sends, and a main thread busy in pure Python
gives it up only every sys.getswitchinterval() (5 ms by default): in that time the server empties the
socket's buffer and waits. Measured on a 2-core box, 110k sessions: the backend sat ~35% idle during the
session COPY, and a 1 ms interval kept it busy (the whole seed fell from ~7.5 s to ~6.2 s). The interval is
shortened only while a COPY is open, and restored after.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg.copy import Copy, QueuedLibpqWriter

from seeds.copy_rows import SIGNATURE, TRAILER, copy_statement

FEEDER_SWITCH_INTERVAL_SECONDS = 0.001


@contextmanager
def binary_copy(conn: psycopg.Connection, table: str) -> Iterator[Copy]:
    """`copy <table> from stdin (format binary)`, framed (signature before the body's rows, trailer after)
    and fed from a thread. The body writes rows made by seeds.copy_rows; leaving it waits for the server to
    take in everything written."""
    with _short_switch_interval(), conn.cursor() as cursor, \
            cursor.copy(copy_statement(table, binary=True), writer=QueuedLibpqWriter(cursor)) as copy:
        copy.write(SIGNATURE)
        yield copy
        copy.write(TRAILER)


@contextmanager
def _short_switch_interval() -> Iterator[None]:
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, FEEDER_SWITCH_INTERVAL_SECONDS))
    try:
        yield
    finally:
        sys.setswitchinterval(previous)
