"""The bench's data, generated in SQL (seconds, not minutes) and the same on every run.

User n is `md5('bench-user-' || n)::uuid`, so a range of users can be added, given sessions or deleted by
number. Each user has a habit (a chance of a session on any day, 0 to 0.55, about 0.27 on average): the draws
come from hashes of (user, day) rather than random(), which Postgres may evaluate once per user when it flattens
the query.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql

USER_ID = "md5('bench-user-' || {n})::uuid"
UTC_TODAY = "(now() at time zone 'utc')::date"

ADD_USERS = f"""
insert into auth.users (id, aud, role, email, created_at, updated_at)
select {USER_ID.format(n="i")}, 'authenticated', 'authenticated', 'bench' || i || '@example.test', now(), now()
from generate_series(%(first)s::integer, %(last)s::integer) as i
"""
ADD_PROFILES = f"""
insert into public.profiles (id, mood, routine, preferences, calming_elements)
select {USER_ID.format(n="i")},
       (array['calm', 'stressed', 'focused', 'sleepy', 'anxious'])[1 + abs(hashint4(i * 3)) %% 5],
       (array['screen-free hour after work', 'bath and bedtime story with the kids', 'meditation and tea',
              'reading', 'journaling'])[1 + abs(hashint4(i * 5)) %% 5],
       array[(array['family', 'space', 'asmr', 'dragons', 'ocean'])[1 + abs(hashint4(i * 7)) %% 5]],
       array[(array['rain', 'ocean waves', 'binaural beats', 'fireplace'])[1 + abs(hashint4(i * 11)) %% 4]]
from generate_series(%(first)s::integer, %(last)s::integer) as i
"""
SESSION_COLUMNS = "user_id, prompt, theme, story_text, target_length, num_scenes, created_at"
SESSIONS = f"""
select {USER_ID.format(n="u.n")}, 'a bedtime story',
       (array['forest', 'ocean', 'space', 'castle', 'meadow'])[1 + abs(hashint8(u.n * 7 + d.n)) %% 5],
       'Once upon a time', 200 + abs(hashint8(u.n * 31 + d.n)) %% 600, 2 + abs(hashint8(u.n * 37 + d.n)) %% 5,
       least(({UTC_TODAY} - d.n)::timestamp at time zone 'utc'
             + (abs(hashint8(u.n * 7919 + d.n)) %% 86400) * interval '1 second', now())
from generate_series(%(first)s::integer, %(last)s::integer) as u (n)
cross join generate_series(0, %(days)s::integer - 1) as d (n)
where abs(hashint8(u.n * 1000 + d.n)) %% 10000 < abs(hashint4(u.n)) %% 5500
"""
INSERT_SESSIONS = f"insert into public.sessions ({SESSION_COLUMNS}) {SESSIONS}"
COPY_IN = f"copy public.sessions ({SESSION_COLUMNS}) from stdin (format binary)"


def add_users(conn: psycopg.Connection, first: int, last: int) -> None:
    """Users first..last, each with a profile."""
    conn.execute(ADD_USERS, {"first": first, "last": last})
    conn.execute(ADD_PROFILES, {"first": first, "last": last})


def insert_sessions(conn: psycopg.Connection, first: int, last: int, days: int) -> int:
    """One INSERT … SELECT of users first..last's sessions over the last `days` UTC days; the rows written."""
    return conn.execute(INSERT_SESSIONS, {"first": first, "last": last, "days": days}).rowcount


def session_copy_data(conn: psycopg.Connection, first: int, last: int, days: int) -> list[bytes]:
    """The same sessions as insert_sessions, as COPY BINARY data (read once, replayed by copy_sessions)."""
    params = {"first": first, "last": last, "days": days}
    with conn.cursor() as cursor, cursor.copy(f"copy ({SESSIONS}) to stdout (format binary)", params) as copy:
        return [bytes(chunk) for chunk in copy]


def copy_sessions(conn: psycopg.Connection, data: list[bytes]) -> None:
    """One COPY of sessions into public.sessions, as a restore or an import tool sends it."""
    with conn.cursor() as cursor, cursor.copy(COPY_IN) as copy:
        for chunk in data:
            copy.write(chunk)


def sessions_tonight(conn: psycopg.Connection, users: int) -> None:
    """A session now for `users` users picked at random: a night's activity before the nightly run."""
    conn.execute("insert into public.sessions (user_id, prompt, theme) select id, 'tonight', 'ocean'"
                 " from auth.users order by random() limit %s", (users,))


def delete_users(conn: psycopg.Connection, first: int, last: int) -> int:
    """Delete users first..last in one statement; their sessions, profiles and streaks go by cascade."""
    return conn.execute(f"delete from auth.users where id in (select {USER_ID.format(n='i')}"
                        " from generate_series(%s::integer, %s::integer) as i)", (first, last)).rowcount


@contextmanager
def session_triggers_disabled(conn: psycopg.Connection, *, bookkeeping_only: bool) -> Iterator[None]:
    """public.sessions with its user triggers disabled (or only the bookkeeping's: those whose function lives
    outside schema public, where the app's own stamping triggers live), enabled again afterwards."""
    names = [row[0] for row in conn.execute(
        "select t.tgname from pg_catalog.pg_trigger as t join pg_catalog.pg_proc as f on f.oid = t.tgfoid"
        " where t.tgrelid = 'public.sessions'::regclass and not t.tgisinternal"
        " and (not %s or f.pronamespace <> 'public'::regnamespace)", (bookkeeping_only,))]
    _alter_triggers(conn, names, "disable")
    try:
        yield
    finally:
        _alter_triggers(conn, names, "enable")


def _alter_triggers(conn: psycopg.Connection, names: list[str], action: str) -> None:
    for name in names:
        conn.execute(sql.SQL("alter table public.sessions {} trigger {}").format(sql.SQL(action), sql.Identifier(name)))
