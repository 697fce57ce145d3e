"""Pure factories: seeded random generators in, rows out (tuples in table column order), no I/O.

The same options and the same `now` always give the same rows. Ids come from the run's random stream
(never uuid4()). Each user carries seeds of their own for their profile and their history, so a user's
stories can be drawn lazily, one user at a time, while the loader streams the previous ones into Postgres,
and still come out identical.

A session is drawn once as a `Story` (vocabulary indices and Unix seconds) and rendered twice: as row tuples
here (for tests and inspection) and as COPY bytes in seeds.bulk_load.copy_rows (for the loader, without
building the tuples). Session, asset and feedback ids ascend in the order the loader writes the rows, so each
of those primary keys is filled front to back, which costs the server less than inserting into the middle of
a btree (users, profiles and rituals are few and keep random ids): session ids within each user's slice of
the id range (session_id_slice), asset and feedback ids drawn ascending once every story is drawn and handed
out in session-id order.

Column orders are the loader's: see seeds.bulk_load.copy_rows.COLUMNS.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

from seeds import vocabulary as words
from seeds.activity import activity_days, draw_pattern, first_active_day
from seeds.demo_users import SEED_MARKER
from seeds.options import SeedOptions
from seeds.text_pools import BODIES_PER_LENGTH, TextPools, build_text_pools

INSTANCE_ID = "00000000-0000-0000-0000-000000000000"
BEDTIME_JITTER_SECONDS = 45 * 60
LOCAL_BEDTIMES = range(20 * 3600 + 1800, 23 * 3600 + 1800, 60)  # 20:30 to 23:30, local time
RATING_DRAWS = tuple(rating for rating, weight in words.RATING_WEIGHTS.items() for _ in range(weight))
WORDS_PER_MINUTE_SPOKEN = 130
SECONDS_PER_DAY = 86_400
# uuid.UUID(int=n, version=4): clear the version nibble and the variant bits, then set 4 and 0b10.
_UUID_V4_KEEP = ~((0xF << 76) | (0xC << 60)) & ((1 << 128) - 1)
_UUID_V4_SET = (0x4 << 76) | (0x8 << 60)
_UUID_V4_KEEP_LOW = _UUID_V4_KEEP & ((1 << 80) - 1)


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
    """A run: its options, the instant it ends, the Faker pools, the users, and the seed of the child ids."""

    options: SeedOptions
    now: datetime
    pools: TextPools
    users: tuple[SeededUser, ...]
    child_ids_seed: int

    @property
    def demo_user(self) -> SeededUser:
        return self.users[0]

    @property
    def now_seconds(self) -> int:
        return int(self.now.timestamp())


class StoryFeedback(NamedTuple):
    rating: int
    mood_delta: int
    answered: int  # Unix seconds


class Story(NamedTuple):
    """One session as drawn. Indices point into seeds.vocabulary (and the run's story bodies), so that the
    COPY encoder can look up text it encoded once per run. A NamedTuple, the cheapest record to make: one is
    made per session."""

    id: int  # 128 bits, version 4
    user_id: str
    created: int  # Unix seconds, UTC
    theme: int
    character: int
    prompt_template: int
    story_opening: int
    target_length: int  # words; the body is pools.story_bodies[target_length][story_body]
    story_body: int
    num_scenes: int
    voice: int
    has_video: bool
    feedback: StoryFeedback | None


@dataclass
class SeedRows:
    """Every row of a run, materialised (for tests and inspection; the loader streams bytes instead)."""

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
    return SeedPlan(options, now, pools, users, child_ids_seed=rng.getrandbits(64))


def build_seed_rows(options: SeedOptions, now: datetime) -> SeedRows:
    """All rows of a run as tuples, in the order the loader writes them."""
    plan = plan_seed(options, now)
    stories = [story for user in plan.users for story in user_stories(plan, user)]
    rows = SeedRows(user_rows(plan), profile_rows(plan), ritual_rows(plan))
    rows.sessions = [session_row(plan.pools, story) for story in stories]
    asset_ids, feedback_ids = child_ids(plan, stories)  # the stories come in id order
    next_asset_id, next_feedback_id = iter(asset_ids), iter(feedback_ids)
    for story in stories:
        rows.session_assets += asset_rows(story, next_asset_id)
        if story.feedback is not None:
            rows.session_feedback.append(feedback_row(story, next(next_feedback_id)))
    return rows


def uuid_int(rng: random.Random) -> int:
    """uuid.UUID(int=rng.getrandbits(128), version=4).int, without building the UUID."""
    return (rng.getrandbits(128) & _UUID_V4_KEEP) | _UUID_V4_SET


def uuid_text(value: int) -> str:
    """str(uuid.UUID(int=value)) for a value with its version bits already set; about twice as fast."""
    digits = f"{value:032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def new_uuid(rng: random.Random) -> str:
    return uuid_text(uuid_int(rng))


def ascending_uuid_ints(rng: random.Random, count: int, lowest: int = 0, span: int = 1 << 48) -> list[int]:
    """`count` random version-4 UUIDs (as ints), ascending, without a sort: the top 48 bits of the i-th come
    from the i-th of `count` equal slices of [lowest, lowest + span), which must lie within [0, 2**48) and
    hold at least `count` values; the other bits are random. Drawing them in order is linear, where sorting
    as many drawn UUIDs is not."""
    width = max(span // max(count, 1), 1)
    draw = rng.getrandbits
    return [((lowest + index * width + draw(48) % width) << 80 | (draw(80) & _UUID_V4_KEEP_LOW)) | _UUID_V4_SET
            for index in range(count)]


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
        bedtime_second=int(local_bedtime - utc_offset * 3600) % SECONDS_PER_DAY,
        profile_seed=rng.getrandbits(64), history_seed=rng.getrandbits(64),
    )


# confirmation_token, recovery_token, email_change_token_new, email_change_token_current, email_change,
# phone_change, phone_change_token, reauthentication_token: '' rather than NULL, as GoTrue leaves them after a
# sign-up (it reads them as strings and fails on NULL).
EMPTY_TOKENS = ("",) * 8


def user_rows(plan: SeedPlan) -> list[tuple]:
    """auth.users as GoTrue's email sign-up writes them (without encrypted_password: the loader hashes the
    demo password once)."""
    seed = plan.options.seed
    app_meta = json.dumps({"provider": "email", "providers": ["email"], SEED_MARKER: seed})
    return [(INSTANCE_ID, user.id, "authenticated", "authenticated", user.email, user.confirmed_at, app_meta,
             json.dumps({"display_name": user.display_name, "email_verified": True}), user.joined_at,
             user.confirmed_at, *EMPTY_TOKENS)
            for user in plan.users]


def identity_rows(plan: SeedPlan) -> list[tuple]:
    """auth.identities as GoTrue's email sign-up writes them: one per user, provider 'email', provider_id the
    user's id, identity_data naming the user (sub) and their confirmed email."""
    return [(user.id, user.id, json.dumps({"sub": user.id, "email": user.email, "email_verified": True,
                                           "phone_verified": False}),
             "email", user.confirmed_at, user.joined_at, user.confirmed_at)
            for user in plan.users]


def profile_rows(plan: SeedPlan) -> list[tuple]:
    return [_profile_row(random.Random(user.profile_seed), user, plan.now) for user in plan.users]


def ritual_rows(plan: SeedPlan) -> list[tuple]:
    rows = []
    for user in plan.users:
        rng = random.Random(user.profile_seed + 1)
        rows += _ritual_rows(rng, user, plan.pools, plan.now)
    return rows


def user_stories(plan: SeedPlan, user: SeededUser) -> list[Story]:
    """The user's stories, night by night, from the user's own random stream; their ids ascend, within the
    user's slice of the id range (see session_id_slice)."""
    rng = random.Random(user.history_seed)
    bedtimes = _bedtimes(rng, user, plan)
    ids = ascending_uuid_ints(rng, len(bedtimes), *session_id_slice(plan, user))
    now = plan.now_seconds
    return [_draw_story(rng, story_id, user.id, created, now) for story_id, created in zip(ids, bedtimes, strict=True)]


def session_id_slice(plan: SeedPlan, user: SeededUser) -> tuple[int, int]:
    """(lowest, span) of the top 48 bits of the user's session ids: the users' slices follow each other, so
    the sessions, streamed user after user, arrive in id order and fill the primary key front to back."""
    span = (1 << 48) // len(plan.users)
    return user.index * span, span


def _bedtimes(rng: random.Random, user: SeededUser, plan: SeedPlan) -> list[int]:
    """When (Unix seconds) the user listened: mostly once a night on their active days, sometimes two or three
    times, never after `now` (today's bedtime may still be ahead)."""
    draw = rng.random
    now = plan.now_seconds
    bedtimes = []
    for day in activity_days(rng, user.pattern, user.first_day, plan.now.date()):
        midnight = int(_midnight(day).timestamp())
        for _ in range(1 + (draw() < 0.15) + (draw() < 0.03)):
            jitter = int(draw() * (2 * BEDTIME_JITTER_SECONDS + 1)) - BEDTIME_JITTER_SECONDS
            created = midnight + (user.bedtime_second + jitter) % SECONDS_PER_DAY
            if created <= now:
                bedtimes.append(created)
    return bedtimes


def _draw_story(rng: random.Random, story_id: int, user_id: str, created: int, now: int) -> Story:
    """What the user asked for and got, and how they rated it. Plain float draws (rng.random) rather than
    rng.choice: this runs once per session, and choice costs several times as much as a float draw."""
    draw = rng.random
    theme, character = int(draw() * len(words.THEMES)), int(draw() * len(words.CHARACTERS))
    prompt_template, story_opening = int(draw() * len(words.PROMPT_TEMPLATES)), int(draw() * len(words.STORY_OPENINGS))
    target_length = words.TARGET_LENGTHS[int(draw() * len(words.TARGET_LENGTHS))]
    story_body = int(draw() * BODIES_PER_LENGTH)
    num_scenes = words.SCENE_COUNTS[int(draw() * len(words.SCENE_COUNTS))]
    voice, has_video = int(draw() * len(words.VOICES)), draw() < words.VIDEO_SHARE
    feedback = None
    if draw() < words.FEEDBACK_SHARE:
        answered = created + target_length * 60 // WORDS_PER_MINUTE_SPOKEN + 30 + int(draw() * 871)
        rating = RATING_DRAWS[int(draw() * len(RATING_DRAWS))]
        mood_delta = words.MOOD_DELTAS[int(draw() * len(words.MOOD_DELTAS))]
        if answered <= now:  # nobody rates a story they are still listening to
            feedback = StoryFeedback(rating, mood_delta, answered)
    return Story(story_id, user_id, created, theme, character, prompt_template, story_opening, target_length,
                 story_body, num_scenes, voice, has_video, feedback)


def prompt_text(story: Story) -> str:
    return _prompt(story.prompt_template, story.character, story.theme)


def story_text(pools: TextPools, story: Story) -> str:
    """An opening naming the character and the theme, then a pooled body of about target_length words."""
    return _opening(story.story_opening, story.character, story.theme) + pools.story_bodies[story.target_length][
        story.story_body]


def _prompt(template: int, character: int, theme: int) -> str:
    prompt = words.PROMPT_TEMPLATES[template].format(character=words.CHARACTERS[character], theme=words.THEMES[theme])
    return prompt[0].upper() + prompt[1:]


def _opening(opening: int, character: int, theme: int) -> str:
    """The opening sentence and the paragraph break after it."""
    text = words.STORY_OPENINGS[opening].format(character=words.CHARACTERS[character], theme=words.THEMES[theme])
    return text + "\n\n"


def prompt_texts() -> tuple[str, ...]:
    """Every prompt, indexed by prompt_index (for encoding them once per run)."""
    return tuple(_prompt(template, character, theme) for template in range(len(words.PROMPT_TEMPLATES))
                 for character in range(len(words.CHARACTERS)) for theme in range(len(words.THEMES)))


def prompt_index(story: Story) -> int:
    return (story.prompt_template * len(words.CHARACTERS) + story.character) * len(words.THEMES) + story.theme


def opening_texts() -> tuple[str, ...]:
    """Every opening, indexed by opening_index."""
    return tuple(_opening(opening, character, theme) for opening in range(len(words.STORY_OPENINGS))
                 for character in range(len(words.CHARACTERS)) for theme in range(len(words.THEMES)))


def opening_index(story: Story) -> int:
    return (story.story_opening * len(words.CHARACTERS) + story.character) * len(words.THEMES) + story.theme


def session_row(pools: TextPools, story: Story) -> tuple:
    created = unix_to_datetime(story.created)
    return (uuid_text(story.id), story.user_id, prompt_text(story), words.THEMES[story.theme],
            story_text(pools, story), story.target_length, story.num_scenes, words.VOICES[story.voice], created,
            created)


class AssetSlot(NamedTuple):
    asset_type: str
    file_name: str
    display_order: int


def asset_layout(has_video: bool, num_scenes: int) -> tuple[AssetSlot, ...]:
    """One narration, sometimes a video, and one frame per scene (display_order 0..num_scenes-1)."""
    return (AssetSlot("audio", "narration.mp3", 0), *([AssetSlot("video", "story.mp4", 0)] if has_video else []),
            *(AssetSlot("frame", f"frame-{scene + 1}.webp", scene) for scene in range(num_scenes)))


def asset_url(session_id: str, file_name: str) -> str:
    return f"{words.STORAGE_URL}/{session_id}/{file_name}"


def child_ids(plan: SeedPlan, stories_by_id: list[Story]) -> tuple[list[int], list[int]]:
    """The batch's asset and feedback ids, ascending: handed out to stories_by_id in order (see the module
    docstring for why)."""
    asset_count = sum(2 + story.num_scenes if story.has_video else 1 + story.num_scenes for story in stories_by_id)
    feedback_count = sum(story.feedback is not None for story in stories_by_id)
    rng = random.Random(plan.child_ids_seed)
    return ascending_uuid_ints(rng, asset_count), ascending_uuid_ints(rng, feedback_count)


def asset_rows(story: Story, asset_ids: Iterator[int]) -> list[tuple]:
    session_id, created = uuid_text(story.id), unix_to_datetime(story.created)
    return [(uuid_text(next(asset_ids)), session_id, slot.asset_type, asset_url(session_id, slot.file_name),
             slot.display_order, created)
            for slot in asset_layout(story.has_video, story.num_scenes)]


def feedback_row(story: Story, feedback_id: int) -> tuple:
    rating, mood_delta, answered = story.feedback
    answered_at = unix_to_datetime(answered)
    return (uuid_text(feedback_id), uuid_text(story.id), story.user_id, rating, mood_delta, answered_at, answered_at)


def unix_to_datetime(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


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
