"""Pure factories: seeded random generators in, rows out (tuples in table column order), no I/O.

The same options and the same `now` always give the same rows. Ids come from the run's random stream
(never uuid4()). Each user carries seeds of their own for their profile and their history, so a user's
sessions can be generated lazily, one user at a time, while the loader streams the previous ones into
Postgres, and still come out identical.

Column orders are the loader's: see seeds.copy_text.COLUMNS.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from seeds import vocabulary as words
from seeds.activity import activity_days, draw_pattern, first_active_day
from seeds.options import SeedOptions
from seeds.text_pools import TextPools, build_text_pools

INSTANCE_ID = "00000000-0000-0000-0000-000000000000"
# Key in auth.users.raw_app_meta_data marking a seeded user; its value is the seed (the batch).
SEED_MARKER = "dreamflow_seed"
BEDTIME_JITTER_SECONDS = 45 * 60
LOCAL_BEDTIMES = range(20 * 3600 + 1800, 23 * 3600 + 1800, 60)  # 20:30 to 23:30, local time
RATING_DRAWS = tuple(rating for rating, weight in words.RATING_WEIGHTS.items() for _ in range(weight))
WORDS_PER_MINUTE_SPOKEN = 130
_UUID_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


@dataclass(frozen=True)
class SeededUser:
    """Everything decided about one demo user before any row is made."""

    index: int
    id: str
    email: str
    display_name: str
    persona: str  # the persona the profile is drawn for (analytics decides the real one)
    pattern: str  # see seeds.activity
    first_day: date
    joined_at: datetime
    confirmed_at: datetime
    bedtime_second: int  # usual UTC second of the day the user listens
    profile_seed: int
    history_seed: int


@dataclass(frozen=True)
class SeedPlan:
    """A run: its options, the instant it ends, the Faker pools and the users."""

    options: SeedOptions
    now: datetime
    pools: TextPools
    users: tuple[SeededUser, ...]

    @property
    def demo_user(self) -> SeededUser:
        return self.users[0]


@dataclass
class UserHistory:
    """One user's stories: sessions, their assets and their feedback."""

    sessions: list[tuple] = field(default_factory=list)
    assets: list[tuple] = field(default_factory=list)
    feedback: list[tuple] = field(default_factory=list)


@dataclass
class SeedRows:
    """Every row of a run, materialised (for tests and inspection; the loader streams instead)."""

    users: list[tuple]
    profiles: list[tuple]
    rituals: list[tuple]
    sessions: list[tuple] = field(default_factory=list)
    session_assets: list[tuple] = field(default_factory=list)
    session_feedback: list[tuple] = field(default_factory=list)


def plan_seed(options: SeedOptions, now: datetime) -> SeedPlan:
    """Draw the users of a run; the first one is the demo login, a nightly regular."""
    rng = random.Random(options.seed)
    pools = build_text_pools(options.seed)
    window_start = now.date() - timedelta(days=options.days - 1)
    users = tuple(_plan_user(rng, pools, options.seed, index, window_start, now.date())
                  for index in range(options.users))
    return SeedPlan(options, now, pools, users)


def build_seed_rows(options: SeedOptions, now: datetime) -> SeedRows:
    plan = plan_seed(options, now)
    rows = SeedRows(user_rows(plan), profile_rows(plan), ritual_rows(plan))
    for history in user_histories(plan):
        rows.sessions += history.sessions
        rows.session_assets += history.assets
        rows.session_feedback += history.feedback
    return rows


def new_uuid(rng: random.Random) -> str:
    """str(uuid.UUID(int=rng.getrandbits(128), version=4)), formatted directly: about twice as fast, and this
    runs ~7 times per session (tests hold the two equal)."""
    digits = f"{rng.getrandbits(128):032x}"
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{_UUID_VARIANT[digits[16]]}{digits[17:20]}-{digits[20:]}"


def demo_email(seed: int) -> str:
    return f"demo+{seed}@{words.EMAIL_DOMAIN}"


def _plan_user(rng: random.Random, pools: TextPools, seed: int, index: int, window_start: date,
               today: date) -> SeededUser:
    user_id = new_uuid(rng)
    persona = rng.choices(words.PERSONAS, weights=words.PERSONA_WEIGHTS)[0]
    pattern = "nightly" if index == 0 else draw_pattern(rng, persona)
    first_day = first_active_day(rng, pattern, window_start, today)
    joined_before_window = first_day == window_start and pattern != "new"
    days_before = rng.randint(1, 120) if joined_before_window else 0  # else: the evening before their first day
    joined_at = _midnight(first_day) - timedelta(days=days_before, seconds=rng.randint(3600, 6 * 3600))
    first, last = rng.choice(pools.first_names), rng.choice(pools.last_names)
    email = demo_email(seed) if index == 0 else f"{first}.{last}.{index}+{seed}@{words.EMAIL_DOMAIN}".lower()
    local_bedtime, utc_offset = rng.choice(LOCAL_BEDTIMES), rng.choice(words.UTC_OFFSETS)
    return SeededUser(
        index=index, id=user_id, email=email, display_name=f"{first} {last}", persona=persona, pattern=pattern,
        first_day=first_day, joined_at=joined_at, confirmed_at=joined_at + timedelta(seconds=rng.randint(20, 600)),
        bedtime_second=int(local_bedtime - utc_offset * 3600) % 86400,
        profile_seed=rng.getrandbits(64), history_seed=rng.getrandbits(64),
    )


def user_rows(plan: SeedPlan) -> list[tuple]:
    """auth.users as GoTrue writes them (without encrypted_password: the loader hashes the demo password once).

    The token columns are '' rather than NULL, as GoTrue leaves them: GoTrue cannot read NULL there."""
    seed = plan.options.seed
    app_meta = json.dumps({"provider": "email", "providers": ["email"], SEED_MARKER: seed})
    return [(INSTANCE_ID, user.id, "authenticated", "authenticated", user.email, user.confirmed_at, app_meta,
             json.dumps({"display_name": user.display_name, "email_verified": True}), user.joined_at,
             user.confirmed_at, "", "", "", "")
            for user in plan.users]


def profile_rows(plan: SeedPlan) -> list[tuple]:
    return [_profile_row(random.Random(user.profile_seed), user, plan.now) for user in plan.users]


def ritual_rows(plan: SeedPlan) -> list[tuple]:
    rows = []
    for user in plan.users:
        rng = random.Random(user.profile_seed + 1)
        rows += _ritual_rows(rng, user, plan.pools, plan.now)
    return rows


def user_histories(plan: SeedPlan) -> Iterator[UserHistory]:
    """Each user's sessions, assets and feedback, user by user, generated as they are asked for."""
    for user in plan.users:
        yield user_history(plan, user)


def user_history(plan: SeedPlan, user: SeededUser) -> UserHistory:
    rng = random.Random(user.history_seed)
    history = UserHistory()
    for day in activity_days(rng, user.pattern, user.first_day, plan.now.date()):
        midnight = _midnight(day)
        for _ in range(_stories_that_night(rng)):
            jitter = rng.randint(-BEDTIME_JITTER_SECONDS, BEDTIME_JITTER_SECONDS)
            created = midnight + timedelta(seconds=(user.bedtime_second + jitter) % 86400)
            if created <= plan.now:  # today's bedtime may still be ahead
                _add_story(rng, plan, user.id, created, history)
    return history


def _stories_that_night(rng: random.Random) -> int:
    """Mostly one story a night, sometimes a second or a third."""
    return 1 + (rng.random() < 0.15) + (rng.random() < 0.03)


def _add_story(rng: random.Random, plan: SeedPlan, user_id: str, created: datetime, history: UserHistory) -> None:
    session_id = new_uuid(rng)
    session = _session_row(rng, plan.pools, session_id, user_id, created)
    history.sessions.append(session)
    _add_assets(rng, session_id, session[6], created, history.assets)
    if rng.random() < words.FEEDBACK_SHARE:
        listened = session[5] * 60 // WORDS_PER_MINUTE_SPOKEN + rng.randint(30, 900)
        answered = created + timedelta(seconds=listened)
        rating, mood_delta = rng.choice(RATING_DRAWS), rng.choice(words.MOOD_DELTAS)
        if answered <= plan.now:  # nobody rates a story they are still listening to
            history.feedback.append((new_uuid(rng), session_id, user_id, rating, mood_delta, answered, answered))


def _session_row(rng: random.Random, pools: TextPools, session_id: str, user_id: str, created: datetime) -> tuple:
    theme, character = rng.choice(words.THEMES), rng.choice(words.CHARACTERS)
    prompt = rng.choice(words.PROMPT_TEMPLATES).format(character=character, theme=theme)
    target_length = rng.choice(words.TARGET_LENGTHS)
    opening = rng.choice(words.STORY_OPENINGS).format(character=character, theme=theme)
    story_text = f"{opening}\n\n{rng.choice(pools.story_bodies[target_length])}"
    num_scenes = rng.choice(words.SCENE_COUNTS)
    return (session_id, user_id, prompt[0].upper() + prompt[1:], theme, story_text, target_length, num_scenes,
            rng.choice(words.VOICES), created, created)


def _add_assets(rng: random.Random, session_id: str, num_scenes: int, created: datetime, assets: list[tuple]) -> None:
    """One narration, sometimes a video, and one frame per scene (display_order 0..num_scenes-1)."""
    base_url = f"{words.STORAGE_URL}/{session_id}"
    assets.append((new_uuid(rng), session_id, "audio", f"{base_url}/narration.mp3", 0, created))
    if rng.random() < words.VIDEO_SHARE:
        assets.append((new_uuid(rng), session_id, "video", f"{base_url}/story.mp4", 0, created))
    for scene in range(num_scenes):
        assets.append((new_uuid(rng), session_id, "frame", f"{base_url}/frame-{scene + 1}.webp", scene, created))


def _profile_row(rng: random.Random, user: SeededUser, now: datetime) -> tuple:
    preferences, calming_elements = _likes(rng, user.persona)
    characters = rng.sample(words.CHARACTERS, rng.randint(1, 3))
    created = user.confirmed_at
    updated = _moment_between(rng, created, now)
    return (user.id, rng.choice(words.MOODS[user.persona]), rng.choice(words.ROUTINES[user.persona]), preferences,
            characters, calming_elements, created, updated)


def _likes(rng: random.Random, persona: str) -> tuple[list[str], list[str]]:
    """Preferences and calming elements. Wellness seekers show it one of three ways (a preference, a
    wellness calming element, or more than two calming elements); the others stay at two plain ones."""
    calming = rng.sample(words.PLAIN_CALMING_ELEMENTS, rng.randint(1, 2))
    neutral = rng.sample(words.NEUTRAL_PREFERENCES, rng.randint(0, 2))
    if persona != "wellness_seeker":
        own = rng.sample(words.PREFERENCES[persona], rng.randint(1, 2))
        return own + neutral, calming
    signal = rng.randrange(3)
    if signal == 0:
        return [rng.choice(words.PREFERENCES[persona]), *neutral], calming
    if signal == 1:
        return neutral, [*calming, rng.choice(words.WELLNESS_CALMING_ELEMENTS)]
    extra = [element for element in words.PLAIN_CALMING_ELEMENTS if element not in calming]
    return neutral, calming + rng.sample(extra, rng.randint(3, 4) - len(calming))


def _ritual_rows(rng: random.Random, user: SeededUser, pools: TextPools, now: datetime) -> list[tuple]:
    """0-3 saved rituals; when there are any, usually one of them is the default."""
    count = rng.choices((0, 1, 2, 3), weights=(25, 35, 25, 15))[0]
    default_index = rng.randrange(count) if count and rng.random() < 0.75 else -1
    rows = []
    for index, name in enumerate(rng.sample(words.RITUAL_NAMES, count)):
        created = _moment_between(rng, user.confirmed_at, now)
        description = rng.choice(pools.ritual_descriptions) if rng.random() < 0.7 else None
        rows.append((new_uuid(rng), user.id, name, description, rng.choice(words.ROUTINES[user.persona]),
                     index == default_index, created, _moment_between(rng, created, now)))
    return rows


def _moment_between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return start + timedelta(seconds=rng.randint(0, max(0, int((end - start).total_seconds()))))


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)
