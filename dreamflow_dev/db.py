"""The single way the suite reaches a database: URL rules, redaction, connecting and waiting for readiness."""

from __future__ import annotations

import ipaddress
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import pq
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from dreamflow_dev.errors import DevStackError
from dreamflow_dev.polling import retry_until

# Loopback names and addresses; a host starting with "/" or "@" is a Unix socket, always local.
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
# Connection keywords that decide where libpq connects, filled from the PG* environment when the URL lacks them.
WHERE_KEYWORDS = ("host", "hostaddr", "port", "dbname", "user", "service")


def redact(url: str) -> str:
    """The URL (or key=value conninfo) with its password replaced by `***`, for messages and logs."""
    if "://" not in url:
        return re.sub(r"password=\S+", "password=***", url)
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)
    if password is None:
        return url
    netloc = parts.netloc.replace(f":{password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def effective_params(url: str) -> dict[str, str]:
    """What libpq will use for this URL: its own keywords and query parameters, then the PG* environment
    and libpq's compiled-in defaults for what the URL leaves out (as libpq merges them itself)."""
    params = {key: value for key, value in conninfo_to_dict(check_url(url)).items() if value is not None}
    defaults = {option.keyword.decode(): option.val.decode() for option in pq.Conninfo.get_defaults()
                if option.val is not None}
    for keyword in WHERE_KEYWORDS:
        if keyword not in params and keyword in defaults:
            params[keyword] = str(defaults[keyword])
    return params


def connection_targets(url: str) -> list[str]:
    """Every address libpq may connect to for this URL, in its order: per entry of a multi-host list, the
    hostaddr when one is given (libpq then ignores the name for routing), else the host; '' is the default
    Unix socket."""
    params = effective_params(url)
    hosts = params.get("host", "").split(",")
    addresses = params.get("hostaddr", "").split(",")
    if len(addresses) > len(hosts):
        hosts += [""] * (len(addresses) - len(hosts))
    return [(addresses[i] if i < len(addresses) else "") or hosts[i] for i in range(len(hosts))]


def remote_targets(url: str) -> list[str]:
    """The addresses this URL may reach that are not this machine. A pg_service.conf entry is not
    followed, so a service counts as remote."""
    service = effective_params(url).get("service")
    remote = [target for target in connection_targets(url) if not _is_loopback(target)]
    return remote + ([f"service {service}"] if service else [])


def is_local(url: str) -> bool:
    """True when every address libpq may reach for this URL is this machine; destructive tasks need `--yes`
    otherwise."""
    return not remote_targets(url)


def _is_loopback(target: str) -> bool:
    if target == "" or target.startswith(("/", "@")) or target.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(target.strip("[]")).is_loopback
    except ValueError:
        return False


def with_database(url: str, database: str) -> str:
    """The same server and credentials, another database (for maintenance and test databases)."""
    parts = urlsplit(check_url(url))
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "dbname"])
    return urlunsplit(parts._replace(path=f"/{quote(database)}", query=query))


def database_of(url: str) -> str:
    """The database libpq will open: the URL's path or ?dbname=, else PGDATABASE, else the user's name."""
    params = effective_params(url)
    return params.get("dbname") or params.get("user") or "postgres"


def without_password(url: str) -> tuple[str, str | None]:
    """The URL as a libpq conninfo string without its password, and the password: a program started with
    the first on its command line and the second in PGPASSWORD never shows the secret in a process list."""
    params = {key: value for key, value in conninfo_to_dict(check_url(url)).items() if value is not None}
    password = params.pop("password", None)
    return make_conninfo(**params), password


def check_url(url: str) -> str:
    """Refuse a URL that is not a postgres:// URL libpq can parse, before anything connects."""
    scheme = url.split("://", 1)[0] if "://" in url else ""
    if scheme not in {"postgres", "postgresql"}:
        raise DevStackError(
            f"database URL {redact(url)!r} is not a postgres URL. "
            "Pass --db-url postgresql://USER:PASSWORD@HOST:PORT/DB (or set SUPABASE_DB_URL)."
        )
    try:
        conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        observed = one_line(exc).rstrip(".")
        raise DevStackError(
            f"database URL {redact(url)!r} cannot be parsed: {observed}. "
            "Percent-encode spaces and special characters (%20), use only libpq's parameters after `?`, "
            "and close IPv6 hosts in brackets ([::1])."
        ) from exc
    return url


def connect(url: str, *, autocommit: bool = False, connect_timeout: int = 5) -> psycopg.Connection:
    """Open a connection, turning a connection failure into a DevStackError that names the (redacted) URL."""
    check_url(url)
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=connect_timeout)
    except psycopg.OperationalError as exc:
        raise DevStackError(f"cannot connect to {redact(url)}: {one_line(exc)}. {_advice_for(exc)}") from exc


def is_login_refused(exc: psycopg.OperationalError) -> bool:
    """The server answered and refused these credentials (wrong password, unknown role): it is running."""
    text = str(exc)
    return "password authentication failed" in text or ("FATAL" in text and "does not exist" in text and "role" in text)


def refused_query_message(exc: psycopg.errors.InsufficientPrivilege) -> str:
    """One line for a query the connected role may not run (a login role without grants, say)."""
    detail = (exc.diag.message_primary or one_line(exc)).rstrip(".")
    return (f"the database refused a query: {detail}. Connect as a role that holds the privilege "
            "(the project owner, postgres) with --db-url / SUPABASE_DB_URL.")


def database_error_message(exc: psycopg.Error) -> str:
    """One line naming the real cause of a database error a task did not expect: a lost connection, a
    cancelled (timed-out) statement, a value Python cannot hold, or what the server refused and why."""
    detail = (exc.diag.message_primary or one_line(exc)).strip().rstrip(".")
    if isinstance(exc, psycopg.errors.QueryCanceled):
        return (f"a query was cancelled: {detail}. A statement_timeout or lock_timeout ended it (or someone "
                "cancelled it); raise the timeout for your role or find what held it up, and run the task again.")
    if isinstance(exc, psycopg.OperationalError):
        return (f"the database connection was lost: {detail}. Check the server (`invoke status`) and run the "
                "task again.")
    if exc.sqlstate is None and isinstance(exc, psycopg.DataError):
        return (f"a value from the database cannot be read: {detail}. Fix or remove the row that holds it "
                "(Python dates run from year 1 to 9999).")
    return (f"the database refused a query: {detail} (SQLSTATE {exc.sqlstate}). Fix what it names and run the "
            "task again.")


def one_line(exc: BaseException) -> str:
    """libpq's (often multi-line) message as one clause: its lines joined, its own hints and final stop
    dropped, so "Connection refused" stays and the message never ends in "?."."""
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    kept = [line for line in lines if not line.startswith(("Is the server running", "HINT:"))] or lines
    return "; ".join(kept).rstrip(" .?") or type(exc).__name__


def _advice_for(exc: psycopg.OperationalError) -> str:
    if is_login_refused(exc):
        return "Check the user and password in --db-url / SUPABASE_DB_URL."
    return "Start the local stack with `invoke up`, or check --db-url / SUPABASE_DB_URL."


def wait_until_ready(
    url: str, *, timeout: float = 30.0, log_tail: Callable[[], str] | None = None,
    login_hint: str = "Check the user and password in --db-url / SUPABASE_DB_URL",
    interval: float = 0.05, gone: Callable[[], bool] | None = None,
) -> None:
    """Return once a real connection succeeds; on timeout (or once `gone()`), say what was tried, the last
    error and the log. A refused login fails at once with `login_hint`: the server is up, and waiting will
    not change it."""

    def connect_once() -> None:
        try:
            with psycopg.connect(url, connect_timeout=2) as conn:
                conn.execute("select 1")
        except psycopg.OperationalError as exc:
            if is_login_refused(exc):
                raise DevStackError(f"database at {redact(url)} refused the login: {one_line(exc)}. "
                                    f"{login_hint}.") from exc
            raise

    try:
        retry_until(connect_once, timeout=timeout, retry_on=psycopg.OperationalError, interval=interval, gone=gone)
    except psycopg.OperationalError as exc:
        tail = f"\nLast server log lines:\n{log_tail()}" if log_tail else ""
        raise DevStackError(
            f"database at {redact(url)} did not accept connections within {timeout:.0f}s: {one_line(exc)}. "
            f"Check the server log below, or run `invoke down` and `invoke up` again.{tail}"
        ) from exc


@contextmanager
def advisory_lock_held(conn: psycopg.Connection, key: int, waiting: str) -> Iterator[None]:
    """Hold a session-level advisory lock on the connection's database for the block, logging `waiting` first
    when another session holds it. The server releases it with the connection however that ends, so a
    killed runner never leaves it behind; an unlock is only tried on a connection still idle."""
    if not conn.execute("select pg_try_advisory_lock(%s)", (key,)).fetchone()[0]:
        logging.getLogger(__name__).warning(waiting)
        conn.execute("select pg_advisory_lock(%s)", (key,))
    try:
        yield
    finally:
        if not conn.closed and conn.info.transaction_status == pq.TransactionStatus.IDLE:
            conn.execute("select pg_advisory_unlock(%s)", (key,))
