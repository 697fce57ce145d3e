"""Two users, Alice and Bob, each with a row in every table: the cast of the RLS tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg

from dreamflow_dev.roles import as_anon, as_service_role, as_user


@dataclass(frozen=True)
class Person:
    """One user's ids, one per table (the asset and feedback belong to their session)."""

    user_id: uuid.UUID
    email: str
    ritual_id: uuid.UUID
    session_id: uuid.UUID
    asset_id: uuid.UUID
    feedback_id: uuid.UUID


@dataclass(frozen=True)
class World:
    alice: Person
    bob: Person


def build_world(conn: psycopg.Connection) -> World:
    """Insert both users' rows as the superuser (RLS does not apply to the owner), then recompute streaks."""
    world = World(_add_person(conn, "alice"), _add_person(conn, "bob"))
    conn.execute("select public.recompute_user_streaks()")
    return world


def _add_person(conn: psycopg.Connection, name: str) -> Person:
    person = Person(uuid.uuid4(), f"{name}-{uuid.uuid4().hex[:6]}@example.test",
                    uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4())
    conn.execute(
        "insert into auth.users (id, aud, role, email, created_at, updated_at)"
        " values (%s, 'authenticated', 'authenticated', %s, now(), now())",
        (person.user_id, person.email),
    )
    conn.execute(
        "insert into public.profiles (id, mood, routine, preferences, calming_elements)"
        " values (%s, 'calm', 'reading before bed', array['space'], array['rain'])",
        (person.user_id,),
    )
    conn.execute(
        "insert into public.rituals (id, user_id, name, routine, is_default) values (%s, %s, 'Wind down', 'tea', true)",
        (person.ritual_id, person.user_id),
    )
    conn.execute(
        "insert into public.sessions (id, user_id, prompt, theme, story_text, voice)"
        " values (%s, %s, 'a sleepy dragon', 'fantasy', 'Once upon a time...', 'luna')",
        (person.session_id, person.user_id),
    )
    conn.execute(
        "insert into public.session_assets (id, session_id, asset_type, asset_url)"
        " values (%s, %s, 'audio', 'https://example.test/a.mp3')",
        (person.asset_id, person.session_id),
    )
    conn.execute(
        "insert into public.session_feedback (id, session_id, user_id, rating, mood_delta)"
        " values (%s, %s, %s, 5, 2)",
        (person.feedback_id, person.session_id, person.user_id),
    )
    return person


def become(conn: psycopg.Connection, actor: str, world: World) -> None:
    """Act as `anon`, `service_role`, or (any other actor) Alice signed in, for the rest of the transaction."""
    if actor == "anon":
        as_anon(conn)
    elif actor == "service_role":
        as_service_role(conn)
    else:
        as_user(conn, world.alice.user_id, world.alice.email)
