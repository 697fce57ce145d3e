"""A database someone else runs (--db-url / SUPABASE_DB_URL): nothing to start or stop, only to reach."""

from __future__ import annotations

import psycopg

from dreamflow_dev.db import check_url, connect, is_login_refused, one_line, redact
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.stack.base import StackStatus


class ExternalDatabase:
    backend_name = "external"

    def __init__(self, url: str) -> None:
        self._url = url

    @property
    def url(self) -> str:
        return self._url

    @property
    def admin_url(self) -> None:
        """Someone else's database: the suite never connects to it as a superuser."""
        return None

    def prepare_host(self) -> None:
        """Nothing to install here: the database runs elsewhere."""

    def start(self) -> bool:
        """Nothing to start: check that it answers, so `up` fails early with the reason."""
        connect(self._url).close()
        return False

    def stop(self) -> bool:
        raise DevStackError(
            f"{redact(self._url)} is an external database: the suite does not stop it. "
            "Stop it where it runs, or drop --db-url / SUPABASE_DB_URL to manage the local stack."
        )

    def destroy(self) -> bool:
        raise DevStackError(
            f"{redact(self._url)} is an external database: the suite does not delete it. "
            "Drop --db-url / SUPABASE_DB_URL to manage the local stack."
        )

    def require_ours(self, action: str) -> None:
        """A URL the user gave names the database they mean: nothing to prove."""

    def status(self) -> StackStatus:
        """Running when a connection succeeds; a server that refuses the login is running, so that is an error
        about the credentials, never "stopped"."""
        try:
            with psycopg.connect(check_url(self._url), connect_timeout=3) as conn:
                conn.execute("select 1")
            running, details = True, {}
        except psycopg.OperationalError as exc:
            if is_login_refused(exc):
                raise DevStackError(f"cannot log in to {redact(self._url)}: {one_line(exc)}. "
                                    "Check the user and password in --db-url / SUPABASE_DB_URL.") from exc
            running, details = False, {"error": one_line(exc)}
        return StackStatus(self.backend_name, running, self._url, details)

    def log_tail(self, lines: int = 20) -> str:
        return "(the server's log is wherever the external database runs)"
