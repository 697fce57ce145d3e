"""The persona rules of analytics_user_personas, one test per branch (first match wins)."""

from __future__ import annotations

import uuid
from decimal import ROUND_HALF_UP, Decimal

import pytest

PERSONA_CASES = [
    pytest.param(dict(mood="Focused", routine="Close the laptop after WORK", sessions=5), "mindful_professional",
                 id="professional-with-5-sessions"),
    pytest.param(dict(mood="calm", routine="screen-free hour", sessions=4), "unknown",
                 id="professional-with-4-sessions-is-not-yet-one"),
    pytest.param(dict(mood="happy", routine="office yoga", sessions=9), "unknown",
                 id="professional-routine-without-the-mood"),
    pytest.param(dict(mood="stressed", routine="computer off, then bedtime story for the kids", sessions=6),
                 "mindful_professional", id="professional-wins-over-parent"),
    pytest.param(dict(routine="Bath, then the Kids' story"), "burned_out_parent", id="parent-by-routine"),
    pytest.param(dict(preferences=["Family adventures"]), "burned_out_parent", id="parent-by-preference"),
    pytest.param(dict(routine="bedtime tea", calming_elements=["asmr whispers"]), "burned_out_parent",
                 id="parent-wins-over-wellness"),
    pytest.param(dict(calming_elements=["rain", "ocean", "fireplace"]), "wellness_seeker",
                 id="wellness-by-three-calming-elements"),
    pytest.param(dict(preferences=["guided Meditation"]), "wellness_seeker", id="wellness-by-preference"),
    pytest.param(dict(calming_elements=["Binaural beats"]), "wellness_seeker", id="wellness-by-calming-element"),
    pytest.param(dict(calming_elements=["rain", "ocean"], preferences=["space"]), "unknown",
                 id="two-plain-calming-elements"),
    pytest.param(dict(profile=False), "unknown", id="no-profile"),
]


def _user_with(conn, *, mood=None, routine=None, preferences=(), calming_elements=(), sessions=0, profile=True):
    user_id = uuid.uuid4()
    conn.execute("insert into auth.users (id, email) values (%s, %s)", (user_id, f"{user_id}@example.test"))
    if profile:
        conn.execute("insert into public.profiles (id, mood, routine, preferences, calming_elements)"
                     " values (%s, %s, %s, %s, %s)", (user_id, mood, routine, list(preferences),
                                                       list(calming_elements)))
    conn.execute("insert into public.sessions (user_id, prompt) select %s, 'p' from generate_series(1, %s)",
                 (user_id, sessions))
    return user_id


@pytest.mark.parametrize(("traits", "persona"), PERSONA_CASES)
def test_persona_rules(conn, traits, persona):
    user_id = _user_with(conn, **traits)

    row = conn.execute("select persona, total_sessions from public.analytics_user_personas where user_id = %s",
                       (user_id,)).fetchone()

    assert row == (persona, traits.get("sessions", 0))


def test_the_persona_follows_the_session_count_across_5_without_a_profile_edit(conn):
    """Between nightly runs only the sessions change: the views must see the persona move at once, and the
    rollups after the run (the nightly reads a persona again only when it may have changed)."""
    user_id = _user_with(conn, mood="calm", routine="laptop off after work", sessions=4)
    conn.execute("select public.recompute_user_streaks()")
    others = _professionals_today(conn)  # the database may hold other professionals active today
    steps = {"5th session": "insert into public.sessions (user_id, prompt) values (%(u)s, 'p')",
             "nightly run": "select public.recompute_user_streaks()",
             "back to 4": "delete from public.sessions where id = (select id from public.sessions"
                          " where user_id = %(u)s limit 1)",
             "nightly run again": "select public.recompute_user_streaks()"}
    seen = {}
    for step, statement in steps.items():
        conn.execute(statement, {"u": user_id})
        persona = conn.execute("select persona from public.analytics_user_personas where user_id = %s",
                               (user_id,)).fetchone()[0]
        seen[step] = (persona, _professionals_today(conn) - others)

    professional, not_yet = ("mindful_professional", 1), ("unknown", 0)
    assert seen == {"5th session": professional, "nightly run": professional, "back to 4": not_yet,
                    "nightly run again": not_yet}


def _professionals_today(conn) -> int:
    return conn.execute("select coalesce(sum(user_count), 0) from public.analytics_daily_persona_mix"
                        " where date = (now() at time zone 'utc')::date and persona = 'mindful_professional'"
                        ).fetchone()[0]


def test_persona_mix_percentages_add_up_per_day(conn):
    for traits, _ in [(p.values[0], p.values[1]) for p in PERSONA_CASES[:6]]:
        _user_with(conn, **{**traits, "sessions": max(traits.get("sessions", 0), 1)})

    days = conn.execute("select date, sum(user_percentage), sum(user_count) from public.analytics_daily_persona_mix"
                        " group by date").fetchall()
    dau = dict(conn.execute("select date, dau from public.analytics_daily_active_users").fetchall())

    assert days
    for day, percentage, users in days:
        assert abs(float(percentage) - 100.0) < 0.05
        assert users == dau[day]


def test_comprehensive_matches_its_parts(conn):
    """Today's row grows by exactly the two new users' sessions (the database may hold others of today)."""
    before = _todays_comprehensive(conn)
    _user_with(conn, routine="family bedtime", sessions=3)
    _user_with(conn, calming_elements=["asmr", "rain", "ocean"], sessions=2)

    after = _todays_comprehensive(conn)

    assert (after[0] - before[0], after[1] - before[1]) == (2, 5)
    parent, wellness = (_mix_entry(after, p) for p in ("burned_out_parent", "wellness_seeker"))
    assert parent["user_count"] - _mix_entry(before, "burned_out_parent")["user_count"] == 1
    assert parent["story_count"] - _mix_entry(before, "burned_out_parent")["story_count"] == 3
    assert wellness["story_count"] - _mix_entry(before, "wellness_seeker")["story_count"] == 2
    assert parent["user_percentage"] == _percentage(parent["user_count"], after[0])


def _percentage(part: int, whole: int) -> float:
    """As Postgres rounds numeric: halves away from zero (17 of 32 is 53.13), where Python's round() gives 53.12."""
    return float((Decimal(100 * part) / whole).quantize(Decimal("0.01"), ROUND_HALF_UP))


def _todays_comprehensive(conn) -> tuple:
    row = conn.execute("select c.daily_active_users, c.total_stories, c.persona_mix"
                       " from public.analytics_daily_comprehensive c"
                       " where c.date = (now() at time zone 'utc')::date").fetchone()
    return row or (0, 0, {})


def _mix_entry(row: tuple, persona: str) -> dict:
    return row[2].get(persona, {"user_count": 0, "story_count": 0, "user_percentage": 0})
