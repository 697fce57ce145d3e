"""The seed's pure parts, without a database: the factories' rows (deterministic, shaped as GoTrue and the
schema want them), the activity patterns, the options' refusals, the progress bar and the summary."""

from __future__ import annotations

import json
import random
import uuid
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from dreamflow_dev.errors import DevStackError
from seeds import SeedSummary, StreakLeader
from seeds.activity import activity_days
from seeds.demo_users import SEED_MARKER
from seeds.factories import (
    INSTANCE_ID,
    ascending_uuid_ints,
    build_seed_rows,
    child_ids,
    new_uuid,
    plan_seed,
    user_stories,
)
from seeds.options import SeedOptions, utc_now
from seeds.progress import SeedProgress
from seeds.summary import render_seed_summary

from support.seeding import NOW, SMALL, TODAY


def test_ids_are_version_4_uuids_drawn_from_the_run_seed():
    ours, reference = random.Random(5), random.Random(5)

    drawn = [new_uuid(ours) for _ in range(2_000)]

    assert drawn == [str(uuid.UUID(int=reference.getrandbits(128), version=4)) for _ in range(2_000)]


@settings(max_examples=50, deadline=None)
@given(count=st.integers(0, 3_000), lowest=st.integers(0, 1 << 47), span=st.integers(3_000, 1 << 47),
       seed=st.integers(0, 2**32))
def test_ascending_ids_are_version_4_uuids_strictly_ascending_within_their_slice(count, lowest, span, seed):
    ids = ascending_uuid_ints(random.Random(seed), count, lowest, span)

    assert len(ids) == count and ids == sorted(set(ids))
    assert all(lowest <= value >> 80 < lowest + span for value in ids)
    assert all(uuid.UUID(int=value).version == 4 and uuid.UUID(int=value).variant == uuid.RFC_4122
               for value in ids)


def test_sessions_assets_and_feedback_get_their_ids_in_the_order_the_loader_writes_them():
    """Sessions stream user after user, assets and feedback follow the sessions: ascending ids in that
    order fill each primary key front to back."""
    plan = plan_seed(SMALL, NOW)
    stories = [story for user in plan.users for story in user_stories(plan, user)]
    asset_ids, feedback_ids = child_ids(plan, stories)

    for ids in ([story.id for story in stories], asset_ids, feedback_ids):
        assert ids and ids == sorted(set(ids))


def test_the_same_options_give_identical_rows_and_another_seed_does_not():
    first, again = build_seed_rows(SMALL, NOW), build_seed_rows(SMALL, NOW)
    other = build_seed_rows(replace(SMALL, seed=12), NOW)

    assert first == again
    assert {row[0] for row in other.sessions}.isdisjoint(row[0] for row in first.sessions)


def test_users_look_like_gotrue_made_them_and_carry_the_seed_marker():
    rows = build_seed_rows(SMALL, NOW)

    for instance_id, _id, aud, role, _email, confirmed, app_meta, user_meta, created, updated, *tokens in rows.users:
        assert (instance_id, aud, role, tokens) == (INSTANCE_ID, "authenticated", "authenticated", [""] * 8)
        assert json.loads(app_meta) == {"provider": "email", "providers": ["email"], SEED_MARKER: 11}
        assert json.loads(user_meta)["display_name"]
        assert created < confirmed == updated <= NOW
    assert len({row[4] for row in rows.users}) == len(rows.users)
    assert rows.users[0][4] == "demo+11@dreamflow.test"


def test_rows_satisfy_the_schema_before_they_reach_it():
    rows = build_seed_rows(replace(SMALL, users=80, days=40), NOW)
    window_start = datetime.combine(TODAY - timedelta(days=39), clock(), tzinfo=UTC)
    owners = {session[0]: session[1] for session in rows.sessions}
    assets = defaultdict(list)
    for _id, session_id, asset_type, _url, display_order, _created in rows.session_assets:
        assets[session_id].append((asset_type, display_order))

    for session_id, _user, prompt, _theme, story, target_length, num_scenes, _voice, created, _ in rows.sessions:
        assert window_start <= created <= NOW and prompt
        assert target_length <= len(story.split()) <= target_length + 40
        kinds = Counter(kind for kind, _order in assets[session_id])
        assert kinds["audio"] == 1 and kinds["video"] <= 1
        assert sorted(order for kind, order in assets[session_id] if kind == "frame") == list(range(num_scenes))
    for _id, session_id, user_id, rating, mood_delta, created, _ in rows.session_feedback:
        assert owners[session_id] == user_id and 1 <= rating <= 5 and -5 <= mood_delta <= 5 and created <= NOW
    assert len({row[1] for row in rows.session_feedback}) == len(rows.session_feedback)
    defaults = Counter(row[1] for row in rows.rituals if row[5])
    assert max(defaults.values()) == 1
    assert max(Counter(row[1] for row in rows.rituals).values()) <= 3


@settings(max_examples=200, deadline=None)
@given(pattern=st.sampled_from(["nightly", "weeknights", "weekends", "lapsed", "new", "occasional"]),
       span=st.integers(min_value=0, max_value=400), seed=st.integers(min_value=0, max_value=2**32))
def test_activity_days_stay_in_the_window_and_keep_their_pattern(pattern, span, seed):
    today = date(2026, 3, 1)
    first_day = today - timedelta(days=span)

    days = activity_days(random.Random(seed), pattern, first_day, today)

    assert days == sorted(set(days)) and all(first_day <= day <= today for day in days)
    if pattern == "nightly" and span >= 1:
        assert today - timedelta(days=1) in days  # a live streak, even before tonight's story
    if pattern == "lapsed" and span >= 3:
        assert not days or days[-1] <= today - timedelta(days=3)
    if pattern == "weekends":
        assert all(day.weekday() in (4, 5, 6) for day in days)


@pytest.mark.parametrize(("options", "message"), [
    (SeedOptions(users=0), "--users 0 is out of range: use 1 to 100,000"),
    (SeedOptions(days=-3), "--days -3 is out of range: use 1 to 3,650"),
    (SeedOptions(seed=-1), "--seed -1 is out of range"),
    (SeedOptions(users=100_000, days=3_650), "is too much demo data"),
    (SeedOptions(today=utc_now().date() + timedelta(days=30)), "is in the future"),  # not +1: a run across midnight
    (SeedOptions(users="12"), "--users must be a whole number"),
], ids=["no-users", "negative-days", "negative-seed", "absurd-size", "future-today", "users-as-text"])
def test_options_refuse_what_cannot_make_sense(options, message):
    with pytest.raises(DevStackError, match=message):
        options.validate()


def test_progress_stays_quiet_for_quick_work_and_shows_for_slow_work():
    quiet, shown = Console(record=True, force_terminal=True), Console(record=True, force_terminal=True)

    with SeedProgress(quiet, total=10) as quick:
        quick.advance(10)
    with SeedProgress(shown, total=10, show_after=0.0) as slow:
        was_shown = slow.wait_until_shown(timeout=10)

    assert quiet.export_text() == "" and not quick.shown
    assert was_shown


def test_the_summary_ends_with_the_demo_login():
    console = Console(record=True, width=200)
    summary = SeedSummary({"auth.users": 2, "public.sessions": 10}, {"unknown": 2},
                          [StreakLeader("a@dreamflow.test", 4, 9)], "demo+1@dreamflow.test", "dreamflow-demo", 0.5)

    render_seed_summary(summary, console)

    lines = console.export_text().strip().splitlines()
    assert "10 sessions for 2 users" in lines[0] and "20 sessions/s" in lines[0]
    assert lines[-1] == "demo login: demo+1@dreamflow.test / dreamflow-demo"
