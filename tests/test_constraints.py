"""The schema's constraints, defaults, cascades and triggers: each violation names its constraint."""

from __future__ import annotations

import uuid

import psycopg
import pytest

pytestmark = pytest.mark.constraints

CHECK_VIOLATIONS = [
    pytest.param("update public.session_feedback set rating = 0 where id = %(feedback)s",
                 "session_feedback_rating_check", id="rating-below-1"),
    pytest.param("update public.session_feedback set rating = 6 where id = %(feedback)s",
                 "session_feedback_rating_check", id="rating-above-5"),
    pytest.param("update public.session_feedback set mood_delta = -6 where id = %(feedback)s",
                 "session_feedback_mood_delta_check", id="mood-delta-below-minus-5"),
    pytest.param("update public.session_feedback set mood_delta = 6 where id = %(feedback)s",
                 "session_feedback_mood_delta_check", id="mood-delta-above-5"),
    pytest.param("update public.session_assets set asset_type = 'gif' where id = %(asset)s",
                 "session_assets_asset_type_check", id="asset-type-not-audio-video-frame"),
]


def _ids(world):
    return {"feedback": world.alice.feedback_id, "asset": world.alice.asset_id,
            "session": world.alice.session_id, "user": world.alice.user_id}


@pytest.mark.parametrize(("statement", "constraint"), CHECK_VIOLATIONS)
def test_out_of_range_values_are_refused_by_their_check(conn, world, statement, constraint):
    with pytest.raises(psycopg.errors.CheckViolation) as raised, conn.transaction():
        conn.execute(statement, _ids(world))

    assert raised.value.diag.constraint_name == constraint


@pytest.mark.parametrize(("rating", "mood_delta"), [(1, -5), (5, 5), (3, 0)])
def test_boundary_values_are_accepted(conn, world, rating, mood_delta):
    updated = conn.execute("update public.session_feedback set rating = %s, mood_delta = %s where id = %s"
                           " returning rating, mood_delta", (rating, mood_delta, world.alice.feedback_id)).fetchall()

    assert updated == [(rating, mood_delta)]


@pytest.mark.parametrize("asset_type", ["audio", "video", "frame"])
def test_each_asset_type_is_accepted(conn, world, asset_type):
    inserted = conn.execute("insert into public.session_assets (session_id, asset_type, asset_url)"
                            " values (%s, %s, 'x') returning asset_type", (world.alice.session_id, asset_type))

    assert inserted.fetchall() == [(asset_type,)]


def test_a_user_has_at_most_one_default_ritual(conn, world):
    with pytest.raises(psycopg.errors.UniqueViolation) as raised, conn.transaction():
        conn.execute("insert into public.rituals (user_id, name, routine, is_default) values (%s, 'Two', 'x', true)",
                     (world.alice.user_id,))

    assert raised.value.diag.constraint_name.startswith("rituals_")


def test_many_non_default_rituals_are_fine(conn, world):
    for name in ("a", "b", "c"):
        conn.execute("insert into public.rituals (user_id, name, routine) values (%s, %s, 'x')",
                     (world.alice.user_id, name))

    counts = conn.execute("select count(*) filter (where not is_default), count(*) filter (where is_default)"
                          " from public.rituals where user_id = %s", (world.alice.user_id,)).fetchone()
    assert counts == (3, 1)


def test_a_session_has_at_most_one_feedback(conn, world):
    with pytest.raises(psycopg.errors.UniqueViolation) as raised, conn.transaction():
        conn.execute("insert into public.session_feedback (session_id, user_id, rating, mood_delta)"
                     " values (%s, %s, 3, 0)", (world.alice.session_id, world.alice.user_id))

    assert raised.value.diag.constraint_name == "session_feedback_session_id_key"


NOT_NULLS = [
    pytest.param("insert into public.sessions (user_id, prompt) values (null, 'x')", "user_id", id="sessions.user_id"),
    pytest.param("insert into public.rituals (user_id, name) values (%(user)s, null)", "name", id="rituals.name"),
    pytest.param("insert into public.session_assets (session_id, asset_type, asset_url) values (null, 'audio', 'x')",
                 "session_id", id="session_assets.session_id"),
    pytest.param("insert into public.session_assets (session_id, asset_type, asset_url)"
                 " values (%(session)s, 'audio', null)", "asset_url", id="session_assets.asset_url"),
    pytest.param("insert into public.session_feedback (session_id, user_id, rating)"
                 " values (%(session)s, %(user)s, null)", "rating", id="session_feedback.rating"),
]


@pytest.mark.parametrize(("statement", "column"), NOT_NULLS)
def test_required_columns_refuse_null(conn, world, statement, column):
    with pytest.raises(psycopg.errors.NotNullViolation) as raised, conn.transaction():
        conn.execute(statement, _ids(world))

    assert raised.value.diag.column_name == column


def test_sessions_default_to_400_words_and_4_scenes(conn, world):
    row = conn.execute("insert into public.sessions (user_id, prompt) values (%s, 'x')"
                       " returning target_length, num_scenes, created_at is not null",
                       (world.alice.user_id,)).fetchone()

    assert row == (400, 4, True)


def test_assets_default_to_display_order_0_and_rituals_to_not_default(conn, world):
    order = conn.execute("insert into public.session_assets (session_id, asset_type, asset_url)"
                         " values (%s, 'frame', 'x') returning display_order", (world.alice.session_id,)).fetchone()
    is_default = conn.execute("insert into public.rituals (user_id, name, routine) values (%s, 'n', 'r')"
                              " returning is_default", (world.alice.user_id,)).fetchone()

    assert (order, is_default) == ((0,), (False,))


def test_new_users_start_with_a_zero_streak_row_after_recompute(conn):
    user_id = uuid.uuid4()
    conn.execute("insert into auth.users (id, email) values (%s, 'new@example.test')", (user_id,))
    conn.execute("select public.recompute_user_streaks()")

    row = conn.execute("select current_streak, longest_streak, last_session_date, streak_start_date"
                       " from public.user_streaks where user_id = %s", (user_id,)).fetchone()

    assert row == (0, 0, None, None)


def test_deleting_a_user_cascades_to_every_table(conn, world):
    conn.execute("delete from auth.users where id = %s", (world.alice.user_id,))

    left = conn.execute(
        """
        select (select count(*) from public.profiles where id = %(user)s)
             + (select count(*) from public.rituals where user_id = %(user)s)
             + (select count(*) from public.sessions where user_id = %(user)s)
             + (select count(*) from public.session_assets where id = %(asset)s)
             + (select count(*) from public.session_feedback where id = %(feedback)s)
             + (select count(*) from public.user_streaks where user_id = %(user)s)
        """,
        _ids(world),
    ).fetchone()[0]
    bobs = conn.execute("select count(*) from public.sessions where user_id = %s", (world.bob.user_id,)).fetchone()

    assert left == 0
    assert bobs == (1,)


def test_deleting_a_session_removes_its_assets_and_feedback(conn, world):
    conn.execute("delete from public.sessions where id = %s", (world.alice.session_id,))

    left = conn.execute("select (select count(*) from public.session_assets where session_id = %(s)s)"
                        " + (select count(*) from public.session_feedback where session_id = %(s)s)",
                        {"s": world.alice.session_id}).fetchone()

    assert left == (0,)


UPDATED_AT_TABLES = [
    pytest.param("profiles", "mood = 'new'", "id", "user_id", id="profiles"),
    pytest.param("rituals", "name = 'new'", "id", "ritual_id", id="rituals"),
    pytest.param("sessions", "theme = 'new'", "id", "session_id", id="sessions"),
    pytest.param("session_feedback", "rating = 2", "id", "feedback_id", id="session_feedback"),
]


@pytest.mark.parametrize(("table", "assignment", "key_column", "key"), UPDATED_AT_TABLES)
def test_updates_move_updated_at_forward(conn, world, table, assignment, key_column, key):
    key_value = getattr(world.alice, key)
    conn.execute(f"update public.{table} set updated_at = '2000-01-01' where {key_column} = %s", (key_value,))

    conn.execute(f"update public.{table} set {assignment} where {key_column} = %s", (key_value,))

    updated_at_is_now = conn.execute(
        f"select updated_at = now() from public.{table} where {key_column} = %s", (key_value,)
    ).fetchone()
    assert updated_at_is_now == (True,)
