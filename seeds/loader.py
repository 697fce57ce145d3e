"""Loads a SeedPlan into a migrated database: COPY into every table, in one transaction.

One transaction means an interrupted seed (Ctrl-C, kill -9 of the client or the server) leaves nothing behind
and the next run starts clean. Earlier seeded users are found by their marker (seeds.demo_users): this
batch's (same seed) are always replaced, so re-running gives the result of one run; `reset` removes every
batch. Their rows go with them (ON DELETE CASCADE), or, when every session is theirs, with one TRUNCATE of the
session tables first (seeds.bulk_load.session_truncation).

Sessions are drawn user by user while they stream into Postgres (the server works on one chunk while Python
draws the next). Assets and feedback follow once every session is in, since the foreign keys want parents
first, in session-id order with ascending ids of their own (see seeds.factories).

Every row is checked and counted as any insert is (constraints, the session trigger's log). Two more bulk-load
shortcuts pay for themselves on empty tables (see there): seeds.bulk_load.index_builds builds the secondary
indexes of the session tables and of the tallies once they are filled, and seeds.bulk_load.reference_checks
checks the session tables' foreign keys to sessions (and, on a database of demo users, to auth.users) in one
join each, there and on tables the batch is a good share of.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

import psycopg
from psycopg import sql

from dreamflow_dev.errors import DevStackError
from seeds.bulk_load.copy_feed import binary_copy
from seeds.bulk_load.copy_rows import STORIES_PER_CHUNK, StoryEncoder, copy_statement
from seeds.bulk_load.index_builds import indexes_built_after
from seeds.bulk_load.reference_checks import references_checked_after
from seeds.bulk_load.session_truncation import truncate_if_only_the_batch_has_sessions
from seeds.demo_users import demo_users
from seeds.factories import (
    SeedPlan,
    Story,
    child_ids,
    identity_rows,
    profile_rows,
    ritual_rows,
    user_rows,
    user_stories,
)
from seeds.progress import SeedProgress
from seeds.vocabulary import DEMO_PASSWORD

REQUIRED_RELATIONS = ("auth.users", "public.profiles", "public.rituals", "public.sessions", "public.session_assets",
                      "public.session_feedback", "public.user_streaks", "public.analytics_user_personas")
REQUIRED_FUNCTIONS = ("public.recompute_user_streaks", "extensions.crypt")
# Seeds wait for each other instead of racing for the same ids (pg_advisory_xact_lock key).
SEED_LOCK_KEY = 0x5EED_D12EA3


def check_schema(conn: psycopg.Connection) -> None:
    """Refuse a database without the Dream Flow schema before anything is generated or written."""
    names = REQUIRED_RELATIONS + REQUIRED_FUNCTIONS
    found = conn.execute(
        "select " + ", ".join(["to_regclass(%s) is not null"] * len(REQUIRED_RELATIONS)
                              + ["to_regproc(%s) is not null"] * len(REQUIRED_FUNCTIONS)),
        names,
    ).fetchone()
    missing = [name for name, present in zip(names, found, strict=True) if not present]
    if missing:
        listed = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
        raise DevStackError(f"database has no Dream Flow tables: {listed} missing. "
                            "Run `invoke migrate` (or `invoke up`) first.")


def load_seed(conn: psycopg.Connection, plan: SeedPlan, progress: SeedProgress | None = None) -> dict[str, int]:
    """Replace earlier seeded users (this batch's, or all with `reset`) with the plan's, then recompute
    streaks; all in one transaction. Returns the rows written per table."""
    progress = progress or SeedProgress(None, total=0)
    encoder = StoryEncoder(plan.pools)
    with conn.transaction():
        conn.execute("select pg_advisory_xact_lock(%s)", (SEED_LOCK_KEY,))
        rows = _copy_everything(conn, plan, encoder, progress)
        progress.update("recomputing streaks")
        conn.execute("select public.recompute_user_streaks()")
    return rows


def _copy_everything(conn: psycopg.Connection, plan: SeedPlan, encoder: StoryEncoder,
                     progress: SeedProgress) -> dict[str, int]:
    progress.update("removing earlier demo data")
    delete_seeded_users(conn, seed=None if plan.options.reset else plan.options.seed)
    rows = _copy_people(conn, plan)
    progress.advance(len(plan.users), "sessions")
    stories, asset_ids, feedback_ids = _copy_sessions(conn, plan, encoder, progress)
    chunk_units = len(plan.users) * STORIES_PER_CHUNK / max(len(stories), 1)
    progress.update("assets")
    _copy_binary(conn, "public.session_assets", encoder.assets(stories, asset_ids), len(asset_ids), progress,
                 chunk_units)
    progress.update("feedback")
    _copy_binary(conn, "public.session_feedback", encoder.feedback(stories, feedback_ids), len(feedback_ids),
                 progress, chunk_units)
    return rows | {"public.sessions": len(stories), "public.session_assets": len(asset_ids),
                   "public.session_feedback": len(feedback_ids)}


def delete_seeded_users(conn: psycopg.Connection, seed: int | None) -> int:
    """Delete seeded users (of one seed, or all) and, by cascade, everything they own; real users are never
    touched. When every session is theirs, the session tables are truncated first
    (seeds.bulk_load.session_truncation); otherwise the cascade removes their sessions, assets and feedback."""
    batch = demo_users(seed)
    truncate_if_only_the_batch_has_sessions(conn, batch)
    return conn.execute(sql.SQL("delete from auth.users as u where {}").format(batch)).rowcount


def _copy_people(conn: psycopg.Connection, plan: SeedPlan) -> dict[str, int]:
    """Users (with one bcrypt hash of the demo password, made once, at GoTrue's cost of 10), their email
    identities, profiles and rituals."""
    password_hash = conn.execute("select extensions.crypt(%s, extensions.gen_salt('bf', 10))",
                                 (DEMO_PASSWORD,)).fetchone()[0]
    users = [row + (password_hash,) for row in user_rows(plan)]
    try:
        _copy_rows(conn, "auth.users", users)
    except psycopg.errors.UniqueViolation as exc:
        raise DevStackError(
            f"seeding failed: {exc.diag.message_detail or 'a demo user already exists'} for a user that was not "
            "seeded. Delete that user or pick another --seed."
        ) from exc
    _copy_rows(conn, "auth.identities", identity_rows(plan))
    profiles, rituals = profile_rows(plan), ritual_rows(plan)
    _copy_rows(conn, "public.profiles", profiles)
    _copy_rows(conn, "public.rituals", rituals)
    return {"auth.users": len(users), "public.profiles": len(profiles), "public.rituals": len(rituals)}


def _copy_rows(conn: psycopg.Connection, table: str, rows: list[tuple]) -> None:
    with conn.cursor() as cursor, cursor.copy(copy_statement(table)) as copy:
        for row in rows:
            copy.write_row(row)


def _copy_sessions(conn: psycopg.Connection, plan: SeedPlan, encoder: StoryEncoder,
                   progress: SeedProgress) -> tuple[list[Story], list[int], list[int]]:
    """Stream every user's sessions into public.sessions as they are drawn. Returns the stories, in id order
    (seeds.factories hands out ascending ids user after user), and the ids of their assets and feedback.

    Those are drawn in a thread while the server is still busy with the sessions (taking in the last queued
    ones, then building the table's indexes and the activity rollups), so neither side waits for the other."""
    stories: list[Story] = []
    with ThreadPoolExecutor(max_workers=1) as worker, indexes_built_after(conn, "public.sessions"), \
            references_checked_after(conn, "public.sessions"), binary_copy(conn, "public.sessions") as copy:
        for users, drawn in _stories_in_chunks(plan):
            copy.write(encoder.sessions(drawn))
            progress.advance(users)
            stories += drawn
        drawing = worker.submit(child_ids, plan, stories)
    return stories, *drawing.result()


def _stories_in_chunks(plan: SeedPlan) -> Iterator[tuple[int, list[Story]]]:
    """(users, their stories), about STORIES_PER_CHUNK stories at a time, user after user."""
    pending, pending_users = [], 0
    for user in plan.users:
        pending += user_stories(plan, user)
        pending_users += 1
        if len(pending) >= STORIES_PER_CHUNK:
            yield pending_users, pending
            pending, pending_users = [], 0
    yield pending_users, pending


def _copy_binary(conn: psycopg.Connection, table: str, chunks: Iterable[bytes], rows: int, progress: SeedProgress,
                 chunk_units: float) -> None:
    with indexes_built_after(conn, table), references_checked_after(conn, table, rows), \
            binary_copy(conn, table) as copy:
        for chunk in chunks:
            copy.write(chunk)
            progress.advance(chunk_units)
