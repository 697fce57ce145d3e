"""Which users are demo users: those whose auth.users.raw_app_meta_data carries SEED_MARKER, which the seed's
factories write and GoTrue never does. One SQL condition for every place the seed tells its users from real
ones (replacing a batch, truncating the session tables, setting aside the keys to auth.users)."""

from __future__ import annotations

from psycopg import sql
from psycopg.types.json import Jsonb

# Key in auth.users.raw_app_meta_data marking a seeded user; its value is the seed (the batch).
SEED_MARKER = "dreamflow_seed"


def demo_users(seed: int | None = None) -> sql.Composable:
    """The condition on `auth.users as u` that holds for the users of one seed, or of every seed (None)."""
    if seed is None:
        return sql.SQL("u.raw_app_meta_data ? {}").format(sql.Literal(SEED_MARKER))
    return sql.SQL("u.raw_app_meta_data @> {}").format(sql.Literal(Jsonb({SEED_MARKER: seed})))
