"""Loads a Dataset into a migrated database: COPY into every table, in one transaction.

One transaction means an interrupted seed (Ctrl-C, kill -9 of either side) leaves nothing behind.
Earlier seeded users are found by the marker in raw_app_meta_data; deleting them cascades to their rows.
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg

from dreamflow_dev.errors import DevStackError
from seeds.factories import SEED_MARKER, Dataset
from seeds.vocabulary import DEMO_PASSWORD

COLUMNS = {
    "auth.users": "instance_id, id, aud, role, email, email_confirmed_at, raw_app_meta_data, raw_user_meta_data,"
                  " created_at, updated_at, encrypted_password",
    "public.profiles": "id, mood, routine, preferences, favorite_characters, calming_elements, created_at, updated_at",
    "public.rituals": "id, user_id, name, description, routine, is_default, created_at, updated_at",
    "public.sessions": "id, user_id, prompt, theme, story_text, target_length, num_scenes, voice, created_at,"
                       " updated_at",
    "public.session_assets": "id, session_id, asset_type, asset_url, display_order, created_at",
    "public.session_feedback": "id, session_id, user_id, rating, mood_delta, created_at, updated_at",
}
REQUIRED_TABLES = ("public.profiles", "public.rituals", "public.sessions", "public.session_assets",
                   "public.session_feedback", "public.user_streaks")

Progress = Callable[[str, int], None]


def check_schema(conn: psycopg.Connection) -> None:
    """Refuse a database without the Dream Flow tables, before anything is written."""
    missing = [name for name, found in zip(REQUIRED_TABLES, conn.execute(
        "select " + ", ".join("to_regclass(%s) is not null" for _ in REQUIRED_TABLES), REQUIRED_TABLES
    ).fetchone(), strict=True) if not found]
    if missing:
        raise DevStackError(f"database has no Dream Flow tables: {', '.join(missing)} missing. "
                            "Run `invoke migrate` (or `invoke up`) first.")


def load_dataset(conn: psycopg.Connection, dataset: Dataset, *, seed: int, reset: bool,
                 progress: Progress | None = None) -> None:
    """Replace earlier seeded data (this seed's, or all with `reset`) with `dataset`, then recompute streaks."""
    report = progress or (lambda table, rows: None)
    with conn.transaction():
        _delete_earlier_seeds(conn, seed=None if reset else seed)
        password_hash = conn.execute("select extensions.crypt(%s, extensions.gen_salt('bf', 10))",
                                     (DEMO_PASSWORD,)).fetchone()[0]
        users = [row + (password_hash,) for row in dataset.users]
        for table, rows in (("auth.users", users), ("public.profiles", dataset.profiles),
                            ("public.rituals", dataset.rituals), ("public.sessions", dataset.sessions),
                            ("public.session_assets", dataset.session_assets),
                            ("public.session_feedback", dataset.session_feedback)):
            _copy_rows(conn, table, rows)
            report(table, len(rows))
        conn.execute("select public.recompute_user_streaks()")
        report("public.user_streaks", len(users))


def _delete_earlier_seeds(conn: psycopg.Connection, seed: int | None) -> None:
    if seed is None:
        conn.execute("delete from auth.users where raw_app_meta_data ? %s", (SEED_MARKER,))
    else:
        conn.execute("delete from auth.users where raw_app_meta_data -> %s = to_jsonb(%s::integer)",
                     (SEED_MARKER, seed))


def _copy_rows(conn: psycopg.Connection, table: str, rows: list[tuple]) -> None:
    with conn.cursor() as cursor, cursor.copy(f"copy {table} ({COLUMNS[table]}) from stdin") as copy:
        for row in rows:
            copy.write_row(row)
