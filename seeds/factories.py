"""Pure factories: a seeded random generator in, rows out (tuples in table column order), no I/O.

Everything that repeats (story text, names) is drawn from pools built once per run, so generating
100k sessions costs little more than choosing from lists.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from faker import Faker

from seeds import vocabulary as words
from seeds.options import SeedOptions

INSTANCE_ID = uuid.UUID(int=0)
SEED_MARKER = "dreamflow_seed"
# How each persona tends to use the app: (pattern, weight) pairs.
PATTERNS_BY_PERSONA = {
    "mindful_professional": (("nightly", 5), ("weeknights", 3), ("lapsed", 1)),
    "burned_out_parent": (("nightly", 2), ("weekends", 3), ("lapsed", 2), ("new", 1)),
    "wellness_seeker": (("nightly", 3), ("occasional", 2), ("lapsed", 1), ("new", 1)),
    "unknown": (("occasional", 3), ("lapsed", 2), ("new", 2)),
}


@dataclass
class Dataset:
    """Rows per table, in the column order of seeds.loader.COLUMNS."""

    users: list[tuple] = field(default_factory=list)
    profiles: list[tuple] = field(default_factory=list)
    rituals: list[tuple] = field(default_factory=list)
    sessions: list[tuple] = field(default_factory=list)
    session_assets: list[tuple] = field(default_factory=list)
    session_feedback: list[tuple] = field(default_factory=list)
    demo_email: str = ""


@dataclass(frozen=True)
class TextPools:
    """Faker output made once per run: story texts per target length, and names."""

    stories: dict[int, list[str]]
    first_names: list[str]
    last_names: list[str]


def build_dataset(options: SeedOptions) -> Dataset:
    """All rows for `options`; the same options and anchor day always give the same rows."""
    rng = random.Random(options.seed)
    pools = build_text_pools(options.seed)
    now = _anchor_now(options.anchor_day)
    dataset = Dataset(demo_email=f"demo-{options.seed}@dreamflow.test")
    for index in range(options.users):
        persona = rng.choices(words.PERSONAS, weights=words.PERSONA_WEIGHTS)[0]
        user_id = _uuid(rng)
        joined = now - timedelta(days=options.days + rng.randint(0, 30))
        email = dataset.demo_email if index == 0 else _email(rng, pools, index, options.seed)
        dataset.users.append(_user_row(user_id, email, joined, options.seed, rng, pools))
        dataset.profiles.append(_profile_row(rng, user_id, persona, joined))
        dataset.rituals.extend(_ritual_rows(rng, user_id, persona, joined))
        for day in activity_days(rng, persona, options.days, options.anchor_day):
            _add_sessions_for_day(rng, pools, dataset, user_id, day, now)
    return dataset


def build_text_pools(seed: int) -> TextPools:
    fake = Faker()
    fake.seed_instance(seed)
    sentences = [fake.sentence(nb_words=12) for _ in range(600)]
    rng = random.Random(seed)
    stories = {}
    for length in set(words.TARGET_LENGTHS):
        stories[length] = [_story_of(rng, sentences, length) for _ in range(40)]
    return TextPools(stories, [fake.first_name() for _ in range(300)], [fake.last_name() for _ in range(300)])


def activity_days(rng: random.Random, persona: str, days: int, today: date) -> list[date]:
    """The UTC days this user told a story, by a usage pattern typical of the persona."""
    patterns, weights = zip(*PATTERNS_BY_PERSONA[persona], strict=True)
    pattern = rng.choices(patterns, weights=weights)[0]
    first = today - timedelta(days=days - 1)
    if pattern == "new":
        first = today - timedelta(days=min(days - 1, rng.randint(1, 10)))
    last = today
    if pattern == "lapsed":
        last = today - timedelta(days=rng.randint(3, max(3, days // 2)))
    chance = {"nightly": 0.92, "weeknights": 0.75, "weekends": 0.8, "occasional": 0.3, "lapsed": 0.6,
              "new": 0.85}[pattern]
    picked = []
    day = first
    while day <= last:
        fits = {"weeknights": day.weekday() < 5, "weekends": day.weekday() >= 4}.get(pattern, True)
        if fits and rng.random() < chance:
            picked.append(day)
        day += timedelta(days=1)
    if pattern == "nightly" and today not in picked:
        picked.append(today)  # a live streak to show off
    return picked


def _add_sessions_for_day(rng, pools: TextPools, dataset: Dataset, user_id, day: date, now: datetime) -> None:
    for _ in range(2 if rng.random() < 0.1 else 1):
        session_id = _uuid(rng)
        created = _bedtime(rng, day, now)
        theme = rng.choice(words.THEMES)
        target_length = rng.choice(words.TARGET_LENGTHS)
        num_scenes = rng.choice(words.SCENE_COUNTS)
        prompt = rng.choice(words.PROMPT_TEMPLATES).format(character=rng.choice(words.CHARACTERS), theme=theme)
        dataset.sessions.append((session_id, user_id, prompt, theme, rng.choice(pools.stories[target_length]),
                                 target_length, num_scenes, rng.choice(words.VOICES), created, created))
        dataset.session_assets.extend(_asset_rows(rng, session_id, num_scenes, created))
        if rng.random() < 0.8:
            dataset.session_feedback.append((_uuid(rng), session_id, user_id, rng.choices((1, 2, 3, 4, 5),
                                             weights=(1, 2, 4, 8, 10))[0], rng.randint(-2, 5), created, created))


def _asset_rows(rng: random.Random, session_id, num_scenes: int, created: datetime) -> list[tuple]:
    base = f"https://cdn.dreamflow.test/sessions/{session_id}"
    rows = [(_uuid(rng), session_id, "audio", f"{base}/narration.mp3", 0, created)]
    order = 1
    if rng.random() < 0.3:
        rows.append((_uuid(rng), session_id, "video", f"{base}/story.mp4", 1, created))
        order = 2
    rows.extend((_uuid(rng), session_id, "frame", f"{base}/frame-{scene}.png", order + scene, created)
                for scene in range(num_scenes))
    return rows


def _user_row(user_id, email: str, joined: datetime, seed: int, rng: random.Random, pools: TextPools) -> tuple:
    app_meta = json.dumps({"provider": "email", "providers": ["email"], SEED_MARKER: seed})
    name = f"{rng.choice(pools.first_names)} {rng.choice(pools.last_names)}"
    user_meta = json.dumps({"display_name": name, "email_verified": True})
    return (INSTANCE_ID, user_id, "authenticated", "authenticated", email, joined, app_meta, user_meta,
            joined, joined)


def _profile_row(rng: random.Random, user_id, persona: str, joined: datetime) -> tuple:
    calming = rng.sample(words.CALMING_ELEMENTS["plain"], 2)
    if persona == "wellness_seeker":
        calming.append(rng.choice(words.CALMING_ELEMENTS["wellness"]))
    return (user_id, rng.choice(words.MOODS[persona]), rng.choice(words.ROUTINES[persona]),
            rng.sample(words.PREFERENCES[persona], 2), rng.sample(words.CHARACTERS, 2), calming, joined, joined)


def _ritual_rows(rng: random.Random, user_id, persona: str, joined: datetime) -> list[tuple]:
    count = rng.randint(0, 3)
    default_index = rng.randrange(count) if count and rng.random() < 0.7 else -1
    return [(_uuid(rng), user_id, rng.choice(words.RITUAL_NAMES), None, rng.choice(words.ROUTINES[persona]),
             index == default_index, joined, joined) for index in range(count)]


def _bedtime(rng: random.Random, day: date, now: datetime) -> datetime:
    """An evening moment of `day` (UTC), never later than now."""
    moment = datetime.combine(day, time(19, 0), tzinfo=UTC) + timedelta(seconds=rng.randint(0, 5 * 3600 - 1))
    if moment > now:
        moment = now - timedelta(seconds=rng.randint(1, 600))
    return max(moment, datetime.combine(day, time(0, 0), tzinfo=UTC))


def _story_of(rng: random.Random, sentences: list[str], length: int) -> str:
    text, count = [], 0
    while count < length:
        sentence = rng.choice(sentences)
        text.append(sentence)
        count += sentence.count(" ") + 1
    return " ".join(text)


def _email(rng: random.Random, pools: TextPools, index: int, seed: int) -> str:
    first, last = rng.choice(pools.first_names), rng.choice(pools.last_names)
    return f"{first}.{last}.{index}-{seed}@dreamflow.test".lower()


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _anchor_now(anchor_day: date) -> datetime:
    """Now, or the end of the anchor day when seeding a fixed day in the past."""
    now = datetime.now(UTC)
    end_of_day = datetime.combine(anchor_day, time(23, 59, 59), tzinfo=UTC)
    return min(now, end_of_day)
