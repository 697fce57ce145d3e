"""The single way the suite reaches a database: URL rules, redaction, connecting and waiting for readiness."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

import psycopg

from dreamflow_dev.errors import DevStackError

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", ""})


def redact(url: str) -> str:
    """The URL (or key=value conninfo) with its password replaced by `***`, for messages and logs."""
    if "://" not in url:
        return re.sub(r"password=\S+", "password=***", url)
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def host_of(url: str) -> str:
    """The host a URL points at ('' for a Unix socket)."""
    return urlsplit(url).hostname or ""


def with_database(url: str, database: str) -> str:
    """The same server and credentials, another database (for maintenance and test databases)."""
    return urlunsplit(urlsplit(check_url(url))._replace(path=f"/{database}"))


def database_of(url: str) -> str:
    return urlsplit(url).path.lstrip("/") or "postgres"


def is_local(url: str) -> bool:
    """True when the URL points at this machine; destructive tasks need `--yes` otherwise."""
    return host_of(url) in LOCAL_HOSTS


def check_url(url: str) -> str:
    """Refuse a URL that is not a postgres:// URL, before anything connects."""
    scheme = urlsplit(url).scheme
    if scheme not in {"postgres", "postgresql"}:
        raise DevStackError(
            f"database URL {redact(url)!r} is not a postgres URL. "
            "Pass --db-url postgresql://USER:PASSWORD@HOST:PORT/DB (or set SUPABASE_DB_URL)."
        )
    return url


def connect(url: str, *, autocommit: bool = False, connect_timeout: int = 5) -> psycopg.Connection:
    """Open a connection, turning a connection failure into a DevStackError that names the (redacted) URL."""
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=connect_timeout)
    except psycopg.OperationalError as exc:
        first_line = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise DevStackError(
            f"cannot connect to {redact(url)}: {first_line}. "
            "Start the local stack with `invoke up`, or check --db-url / SUPABASE_DB_URL."
        ) from exc


def wait_until_ready(
    url: str, *, timeout: float = 30.0, log_tail: Callable[[], str] | None = None
) -> None:
    """Return once a real connection succeeds; on timeout, say what was tried, the last error and the log."""
    deadline = time.monotonic() + timeout
    last_error = "no attempt made"
    while time.monotonic() < deadline:
        try:
            with psycopg.connect(url, connect_timeout=2) as conn:
                conn.execute("select 1")
                return
        except psycopg.OperationalError as exc:
            last_error = str(exc).strip().splitlines()[-1] if str(exc).strip() else repr(exc)
            time.sleep(0.05)
    tail = f"\nLast server log lines:\n{log_tail()}" if log_tail else ""
    raise DevStackError(
        f"database at {redact(url)} did not accept connections within {timeout:.0f}s: {last_error}. "
        f"Check the server log below, or run `invoke down` and `invoke up` again.{tail}"
    )
