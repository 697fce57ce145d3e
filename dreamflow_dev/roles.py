"""Act as the roles PostgREST uses: `set local role` plus the JWT claims in `request.jwt.claims`.

Everything is transaction-local (set_config(..., true)), so it ends with the transaction, exactly as a
PostgREST request does. Parameters only: role names and claims are never formatted into SQL.
"""

from __future__ import annotations

import json
from uuid import UUID

import psycopg


def act_as(conn: psycopg.Connection, role: str, claims: dict[str, object]) -> None:
    """Switch this transaction to `role` with these JWT claims (both the JSON and the per-claim settings)."""
    conn.execute(
        """
        select set_config('role', %(role)s, true),
               set_config('request.jwt.claims', %(claims)s, true),
               set_config('request.jwt.claim.sub', coalesce(%(sub)s, ''), true),
               set_config('request.jwt.claim.role', %(role)s, true)
        """,
        {"role": role, "claims": json.dumps(claims), "sub": claims.get("sub")},
    )


def as_user(conn: psycopg.Connection, user_id: UUID | str, email: str | None = None) -> None:
    """A signed-in user: role `authenticated`, `sub` = their id."""
    claims: dict[str, object] = {"sub": str(user_id), "role": "authenticated", "aud": "authenticated"}
    if email:
        claims["email"] = email
    act_as(conn, "authenticated", claims)


def as_anon(conn: psycopg.Connection) -> None:
    """A request with only the anon key."""
    act_as(conn, "anon", {"role": "anon"})


def as_service_role(conn: psycopg.Connection) -> None:
    """A request with the service_role key (bypasses RLS, as on Supabase)."""
    act_as(conn, "service_role", {"role": "service_role"})
