"""When each demo user told a story: usage patterns that give the streaks real shapes.

Pure: a seeded random.Random in, UTC days out. The patterns are what the streak screens and the analytics
need to show something true: regulars with a live streak today, people who lapsed, weekend-only and
weeknight-only users, newcomers, and the occasional listener.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

# How each persona tends to use the app, as (pattern, weight). Professionals only use patterns that give them
# the five sessions their persona needs; the others mix everything.
PATTERN_WEIGHTS = {
    "mindful_professional": (("nightly", 4), ("weeknights", 4), ("lapsed", 2)),
    "burned_out_parent": (("nightly", 3), ("weekends", 3), ("lapsed", 2), ("new", 2)),
    "wellness_seeker": (("nightly", 4), ("occasional", 2), ("lapsed", 2), ("new", 2)),
    "unknown": (("occasional", 4), ("lapsed", 3), ("new", 2), ("weekends", 1)),
}
# Chance of a story on a day the pattern allows.
DAILY_CHANCE = {"nightly": 0.9, "weeknights": 0.85, "weekends": 0.85, "lapsed": 0.75, "new": 0.85, "occasional": 0.2}
# Fewer stories on Friday and Saturday nights (people are out), more on Sunday (back to the routine);
# by date.weekday(), Monday is 0.
WEEKDAY_FACTOR = (1.0, 1.0, 1.0, 1.0, 0.85, 0.8, 1.1)
WEEKNIGHTS = frozenset({6, 0, 1, 2, 3})  # Sunday to Thursday
WEEKEND_NIGHTS = frozenset({4, 5, 6})  # Friday to Sunday
NEWCOMER_MAX_AGE_DAYS = 14
# Some users joined during the window (the app grows), at least this long ago so their habit shows.
JOINED_DURING_WINDOW_SHARE = 0.35
MIN_HISTORY_DAYS = 14


def draw_pattern(rng: random.Random, persona: str) -> str:
    patterns, weights = zip(*PATTERN_WEIGHTS[persona], strict=True)
    return rng.choices(patterns, weights=weights)[0]


def first_active_day(rng: random.Random, pattern: str, window_start: date, today: date) -> date:
    """Newcomers start within the last two weeks; most others were around when the window opened, and the
    rest joined during it (so daily actives grow, as they do in a live app)."""
    if pattern == "new":
        return max(window_start, today - timedelta(days=rng.randint(0, NEWCOMER_MAX_AGE_DAYS - 1)))
    latest_start = (today - window_start).days - MIN_HISTORY_DAYS
    if latest_start > 0 and rng.random() < JOINED_DURING_WINDOW_SHARE:
        return window_start + timedelta(days=rng.randint(1, latest_start))
    return window_start


def activity_days(rng: random.Random, pattern: str, first_day: date, today: date) -> list[date]:
    """The UTC days, oldest first, on which a user with this pattern listened to at least one story."""
    last_day = today
    if pattern == "lapsed":
        span = (today - first_day).days
        last_day = today - timedelta(days=rng.randint(min(3, span), max(3, span // 2)))
    chance = DAILY_CHANCE[pattern]
    live_run = _live_run_length(rng, (today - first_day).days + 1) if pattern == "nightly" else 0
    days = []
    day = first_day
    while day <= last_day:
        if (today - day).days < live_run or (
                _pattern_allows(pattern, day) and rng.random() < chance * WEEKDAY_FACTOR[day.weekday()]):
            days.append(day)
        day += timedelta(days=1)
    return days


def _pattern_allows(pattern: str, day: date) -> bool:
    if pattern == "weeknights":
        return day.weekday() in WEEKNIGHTS
    if pattern == "weekends":
        return day.weekday() in WEEKEND_NIGHTS
    return True


def _live_run_length(rng: random.Random, span: int) -> int:
    """A regular's unbroken run up to today: mostly a week or two, sometimes the whole window, so the
    leaderboard has a spread. At least 2 days, so the streak is live even before today's story."""
    if span <= 2:
        return span
    if rng.random() < 0.2:
        return rng.randint(span // 2, span)
    return rng.randint(2, min(span, 21))
