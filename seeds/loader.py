"""Loads a SeedPlan into a migrated database: COPY into every table, in one transaction.

One transaction means an interrupted seed (Ctrl-C, kill -9 of the client or the server) leaves nothing behind
and the next run starts clean. Earlier seeded users are found by SEED_MARKER in raw_app_meta_data: this
batch's (same seed) are always replaced, so re-running gives the result of one run; `reset` removes every
batch. Their rows go with them (ON DELETE CASCADE).

Sessions are drawn user by user while they stream into Postgres (the server works on one chunk while Python
draws the next). Assets and feedback follow once every session is in, since the foreign keys want parents
first, in session-id order with ascending ids of their own (see seeds.factories).
"""

from __future__ import annotations

from collections.abc import Iterable

import psycopg
from psycopg.copy import QueuedLibpqWriter
from psycopg.types.json import Jsonb

from dreamflow_dev.errors import DevStackError
from seeds.copy_rows import SIGNATURE, STORIES_PER_CHUNK, TRAILER, StoryEncoder, copy_statement
from seeds.factories import SEED_MARKER, SeedPlan, Story, child_ids, profile_rows, ritual_rows, user_rows, user_stories
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
        progress.update("removing earlier demo data")
        delete_seeded_users(conn, seed=None if plan.options.reset else plan.options.seed)
        rows = _copy_people(conn, plan)
        progress.advance(len(plan.users), "sessions")
        stories = _copy_sessions(conn, plan, encoder, progress)
        stories.sort()  # by id
        asset_ids, feedback_ids = child_ids(plan, stories)
        rows |= {"public.sessions": len(stories), "public.session_assets": len(asset_ids),
                 "public.session_feedback": len(feedback_ids)}
        skipping = _skip_reference_triggers(conn)
        chunk_units = len(plan.users) * STORIES_PER_CHUNK / max(len(stories), 1)
        progress.update("assets")
        _copy_binary(conn, "public.session_assets", encoder.assets(stories, asset_ids), progress, chunk_units)
        progress.update("feedback")
        _copy_binary(conn, "public.session_feedback", encoder.feedback(stories, feedback_ids), progress,
                     chunk_units)
        if skipping:
            _restore_triggers(conn)
            _verify_references(conn, plan, rows)
        progress.update("recomputing streaks")
        conn.execute("select public.recompute_user_streaks()")
    return rows


def delete_seeded_users(conn: psycopg.Connection, seed: int | None) -> int:
    """Delete seeded users (of one seed, or all) and, by cascade, everything they own; real users are never
    touched. (Deleting the children first, set-based, measured no faster: the per-session cascade probes
    dominate either way.)"""
    if seed is None:
        return conn.execute("delete from auth.users where raw_app_meta_data ? %s", (SEED_MARKER,)).rowcount
    return conn.execute("delete from auth.users where raw_app_meta_data @> %s",
                        (Jsonb({SEED_MARKER: seed}),)).rowcount


def _copy_people(conn: psycopg.Connection, plan: SeedPlan) -> dict[str, int]:
    """Users (with one bcrypt hash of the demo password, made once), profiles and rituals."""
    password_hash = conn.execute("select extensions.crypt(%s, extensions.gen_salt('bf'))",
                                 (DEMO_PASSWORD,)).fetchone()[0]
    users = [row + (password_hash,) for row in user_rows(plan)]
    try:
        _copy_rows(conn, "auth.users", users)
    except psycopg.errors.UniqueViolation as exc:
        raise DevStackError(
            f"seeding failed: {exc.diag.message_detail or 'a demo user already exists'} for a user that was not "
            "seeded. Delete that user or pick another --seed."
        ) from exc
    profiles, rituals = profile_rows(plan), ritual_rows(plan)
    _copy_rows(conn, "public.profiles", profiles)
    _copy_rows(conn, "public.rituals", rituals)
    return {"auth.users": len(users), "public.profiles": len(profiles), "public.rituals": len(rituals)}


def _copy_rows(conn: psycopg.Connection, table: str, rows: list[tuple]) -> None:
    with conn.cursor() as cursor, cursor.copy(copy_statement(table)) as copy:
        for row in rows:
            copy.write_row(row)


def _copy_sessions(conn: psycopg.Connection, plan: SeedPlan, encoder: StoryEncoder,
                   progress: SeedProgress) -> list[Story]:
    """Stream every user's sessions into public.sessions as they are drawn; return the stories."""
    stories: list[Story] = []
    with conn.cursor() as cursor, cursor.copy(copy_statement("public.sessions", binary=True),
                                              writer=QueuedLibpqWriter(cursor)) as copy:
        copy.write(SIGNATURE)
        pending, pending_users = [], 0
        for user in plan.users:
            pending += user_stories(plan, user)
            pending_users += 1
            if len(pending) >= STORIES_PER_CHUNK:
                copy.write(encoder.sessions(pending))
                progress.advance(pending_users)
                stories += pending
                pending, pending_users = [], 0
        copy.write(encoder.sessions(pending) + TRAILER)
        progress.advance(pending_users)
        stories += pending
    return stories


def _copy_binary(conn: psycopg.Connection, table: str, chunks: Iterable[bytes], progress: SeedProgress,
                 chunk_units: float) -> None:
    with conn.cursor() as cursor, cursor.copy(copy_statement(table, binary=True)) as copy:
        copy.write(SIGNATURE)
        for chunk in chunks:
            copy.write(chunk)
            progress.advance(chunk_units)
        copy.write(TRAILER)


def _skip_reference_triggers(conn: psycopg.Connection) -> bool:
    """Let the asset and feedback COPYs skip their per-row foreign-key checks, when that skips nothing else.

    Those checks are about half of the server's work for a session (one per asset, two per feedback row).
    session_replication_role = replica skips them, as Supabase's own data-only seed dumps do; it needs a
    superuser, and it would also skip ordinary triggers, so it is used only when these two tables have no
    insert triggers of their own. _verify_references then checks the same references set-based."""
    allowed = conn.execute(
        "select current_setting('is_superuser') = 'on' and not exists ("
        " select 1 from pg_catalog.pg_trigger where not tgisinternal and tgtype & 4 <> 0"
        " and tgrelid in ('public.session_assets'::regclass, 'public.session_feedback'::regclass))"
    ).fetchone()[0]
    if allowed:
        conn.execute("select set_config('session_replication_role', 'replica', true)")
    return allowed


def _restore_triggers(conn: psycopg.Connection) -> None:
    conn.execute("select set_config('session_replication_role', 'origin', true)")


def _verify_references(conn: psycopg.Connection, plan: SeedPlan, rows: dict[str, int]) -> None:
    """Every asset written belongs to a session of this batch, and every feedback row to its session's owner.

    The batch's sessions are new in this transaction, so nothing else can point at them: the counts match
    exactly when every reference holds."""
    user_ids = [user.id for user in plan.users]
    attached = conn.execute(
        "select (select count(*) from public.session_assets as a join public.sessions as s on s.id = a.session_id"
        "        where s.user_id = any(%(users)s::uuid[])),"
        "       (select count(*) from public.session_feedback as f join public.sessions as s"
        "        on s.id = f.session_id and s.user_id = f.user_id where s.user_id = any(%(users)s::uuid[]))",
        {"users": user_ids},
    ).fetchone()
    expected = (rows["public.session_assets"], rows["public.session_feedback"])
    if attached != expected:
        raise RuntimeError(f"seed factories broke a reference: assets/feedback attached {attached}, written "
                           f"{expected}; nothing was committed")
