"""What each table lets each actor do: the single table of expectations the RLS tests are built from.

Actors: anon, Alice on her own rows, Alice on Bob's rows, service_role. Outcomes:
- SEES / CHANGES: the row is visible / the write affects exactly one row;
- FILTERED: RLS hides the row (select returns nothing, update/delete affect 0 rows);
- REFUSED: the statement raises permission denied (privilege revoked, or an RLS check failed).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg

from support.world import Person, World

SEES, CHANGES, FILTERED, REFUSED = "sees", "changes", "filtered", "refused"
ACTORS = ("anon", "alice_on_own", "alice_on_bobs", "service_role")
OPERATIONS = ("select", "insert", "update", "delete")

Statement = tuple[str, tuple]


@dataclass(frozen=True)
class TableRules:
    """How to address one table's rows, and what each actor may do to them."""

    table: str
    key: Callable[[Person], uuid.UUID]
    insert: Callable[[Person, World], Statement]
    update_set: str
    expected: dict[tuple[str, str], str]
    prepare_insert: Callable[[psycopg.Connection, Person], None] = field(default=lambda conn, owner: None)


def _user_rows(own_write: str, anon: str = FILTERED) -> dict[tuple[str, str], str]:
    """The common shape: owners read and write their rows, others see nothing, service_role everything."""
    return {
        ("anon", "select"): anon, ("anon", "insert"): REFUSED, ("anon", "update"): anon, ("anon", "delete"): anon,
        ("alice_on_own", "select"): SEES, ("alice_on_own", "insert"): own_write,
        ("alice_on_own", "update"): CHANGES, ("alice_on_own", "delete"): CHANGES,
        ("alice_on_bobs", "select"): FILTERED, ("alice_on_bobs", "insert"): REFUSED,
        ("alice_on_bobs", "update"): FILTERED, ("alice_on_bobs", "delete"): FILTERED,
        ("service_role", "select"): SEES, ("service_role", "insert"): CHANGES,
        ("service_role", "update"): CHANGES, ("service_role", "delete"): CHANGES,
    }


def _delete_profile(conn: psycopg.Connection, owner: Person) -> None:
    conn.execute("delete from public.profiles where id = %s", (owner.user_id,))


def _delete_feedback(conn: psycopg.Connection, owner: Person) -> None:
    conn.execute("delete from public.session_feedback where session_id = %s", (owner.session_id,))


def _delete_streak(conn: psycopg.Connection, owner: Person) -> None:
    conn.execute("delete from public.user_streaks where user_id = %s", (owner.user_id,))


TABLES = [
    TableRules(
        "profiles", key=lambda p: p.user_id,
        insert=lambda owner, w: ("insert into public.profiles (id, mood) values (%s, 'sleepy')", (owner.user_id,)),
        update_set="mood = 'updated'", expected=_user_rows(CHANGES), prepare_insert=_delete_profile,
    ),
    TableRules(
        "rituals", key=lambda p: p.ritual_id,
        insert=lambda owner, w: ("insert into public.rituals (user_id, name, routine) values (%s, 'New', 'breathe')",
                                 (owner.user_id,)),
        update_set="name = 'updated'", expected=_user_rows(CHANGES),
    ),
    TableRules(
        "sessions", key=lambda p: p.session_id,
        insert=lambda owner, w: ("insert into public.sessions (user_id, prompt, theme) values (%s, 'owls', 'forest')",
                                 (owner.user_id,)),
        update_set="theme = 'updated'", expected=_user_rows(CHANGES),
    ),
    TableRules(
        "session_assets", key=lambda p: p.asset_id,
        insert=lambda owner, w: ("insert into public.session_assets (session_id, asset_type, asset_url)"
                                 " values (%s, 'frame', 'https://example.test/f.png')", (owner.session_id,)),
        update_set="asset_url = 'https://example.test/updated.png'", expected=_user_rows(CHANGES),
    ),
    TableRules(
        "session_feedback", key=lambda p: p.feedback_id,
        insert=lambda owner, w: ("insert into public.session_feedback (session_id, user_id, rating, mood_delta)"
                                 " values (%s, %s, 4, 1)", (owner.session_id, owner.user_id)),
        update_set="rating = 1", expected=_user_rows(CHANGES), prepare_insert=_delete_feedback,
    ),
    TableRules(
        "user_streaks", key=lambda p: p.user_id,
        insert=lambda owner, w: ("insert into public.user_streaks (user_id) values (%s)", (owner.user_id,)),
        update_set="longest_streak = 99",
        expected=_user_rows(REFUSED) | {
            ("anon", "update"): REFUSED, ("anon", "delete"): REFUSED,
            ("alice_on_own", "update"): REFUSED, ("alice_on_own", "delete"): REFUSED,
            ("alice_on_bobs", "update"): REFUSED, ("alice_on_bobs", "delete"): REFUSED,
        },
        prepare_insert=_delete_streak,
    ),
]
