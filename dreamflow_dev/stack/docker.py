"""The docker backend (supabase/postgres through the docker SDK): not built yet, see its issue.

Only the engine probe lives here for now, so `auto` can report what it saw.
"""

from __future__ import annotations

from dreamflow_dev.errors import DevStackError


def docker_engine_answers(timeout: float = 1.0) -> bool:
    """True when a Docker engine answers a ping at DOCKER_HOST or the default socket."""
    try:
        import docker

        client = docker.from_env(timeout=timeout)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:  # noqa: BLE001 - any failure to reach the engine means "no engine"
        return False


def refuse_docker_backend() -> None:
    raise DevStackError(
        "the docker backend is not built yet: it comes with the supabase/postgres image issue. "
        "Use --backend native (the default) for now."
    )
