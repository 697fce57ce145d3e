"""Column lists of every seeded table, and COPY BINARY data for the three big ones, made from Stories.

Why binary, and why by hand: binary spares the server parsing uuids, integers and timestamps from text, and
bytes can be assembled here from pieces encoded once per run (a prompt, an opening, a story body, a URL
suffix) without building a row tuple or formatting a datetime per row.
psycopg's write_row would take several times the CPU for the same bytes. The small tables (users, profiles,
rituals) go through write_row, which knows how to write arrays and JSON.

The format is PostgreSQL's (https://www.postgresql.org/docs/15/sql-copy.html, "Binary Format"): a signature,
then per row a 16-bit field count and each field as a 32-bit length and its bytes, then a -1 trailer.
tests hold what these bytes load to equal to the row tuples of seeds.factories.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator, Sequence

from seeds import vocabulary as words
from seeds.factories import Story, asset_layout, opening_index, opening_texts, prompt_index, prompt_texts, uuid_text
from seeds.text_pools import TextPools

COLUMNS = {
    "auth.users": ("instance_id", "id", "aud", "role", "email", "email_confirmed_at", "raw_app_meta_data",
                   "raw_user_meta_data", "created_at", "updated_at", "confirmation_token", "recovery_token",
                   "email_change_token_new", "email_change_token_current", "email_change", "phone_change",
                   "phone_change_token", "reauthentication_token", "encrypted_password"),
    # auth.identities.email is generated from identity_data; id takes its default.
    "auth.identities": ("provider_id", "user_id", "identity_data", "provider", "last_sign_in_at", "created_at",
                        "updated_at"),
    "public.profiles": ("id", "mood", "routine", "preferences", "favorite_characters", "calming_elements",
                        "created_at", "updated_at"),
    "public.rituals": ("id", "user_id", "name", "description", "routine", "is_default", "created_at", "updated_at"),
    "public.sessions": ("id", "user_id", "prompt", "theme", "story_text", "target_length", "num_scenes", "voice",
                        "created_at", "updated_at"),
    "public.session_assets": ("id", "session_id", "asset_type", "asset_url", "display_order", "created_at"),
    "public.session_feedback": ("id", "session_id", "user_id", "rating", "mood_delta", "created_at", "updated_at"),
}
SIGNATURE = b"PGCOPY\n\xff\r\n\x00" + bytes(8)  # the signature, no flags, no header extension
TRAILER = b"\xff\xff"
# Rows per yielded chunk: ~0.7 MB of sessions, big enough to keep per-call overhead low.
STORIES_PER_CHUNK = 256
UNIX_SECONDS_AT_POSTGRES_EPOCH = 946_684_800  # 2000-01-01, where timestamptz counts microseconds from
_LENGTH = struct.Struct(">i")
_INT4_FIELD = struct.Struct(">ii")
_TIMESTAMP_FIELD = struct.Struct(">iq")
_TIMESTAMP_FIELDS = struct.Struct(">iqiq")
_UUID_LENGTH = b"\x00\x00\x00\x10"
# Each row's field count, and the length of its first field (a uuid).
_SESSION_ROW_START = b"\x00\x0a" + _UUID_LENGTH
_ASSET_ROW_START = b"\x00\x06" + _UUID_LENGTH
_FEEDBACK_ROW_START = b"\x00\x07" + _UUID_LENGTH


def copy_statement(table: str, *, binary: bool = False) -> str:
    """`copy <table> (<columns>) from stdin`; table names come from COLUMNS, never from users."""
    return f"copy {table} ({', '.join(COLUMNS[table])}) from stdin" + (" (format binary)" if binary else "")


class StoryEncoder:
    """COPY BINARY rows for sessions, assets and feedback. Every piece of text that repeats (prompts,
    openings, story bodies, themes, voices, URL suffixes, user ids) is encoded once per run."""

    def __init__(self, pools: TextPools) -> None:
        self._prompts = tuple(_text_field(prompt) for prompt in prompt_texts())
        self._openings = tuple(opening.encode() for opening in opening_texts())
        self._bodies = {length: tuple(body.encode() for body in bodies)
                        for length, bodies in pools.story_bodies.items()}
        self._themes = tuple(_text_field(theme) for theme in words.THEMES)
        self._voices = tuple(_text_field(voice) for voice in words.VOICES)
        self._user_fields: dict[str, bytes] = {}
        url_length = len(f"{words.STORAGE_URL}/{uuid_text(0)}/".encode())
        self._asset_slots = {
            (has_video, scenes): tuple(
                (_text_field(slot.asset_type), _LENGTH.pack(url_length + len(slot.file_name)),
                 slot.file_name.encode(), _INT4_FIELD.pack(4, slot.display_order))
                for slot in asset_layout(has_video, scenes))
            for has_video in (False, True) for scenes in set(words.SCENE_COUNTS)}

    def sessions(self, stories: list[Story]) -> bytes:
        """public.sessions rows (no signature or trailer: the caller frames the COPY)."""
        out: list[bytes] = []
        for story in stories:
            opening, body = self._openings[opening_index(story)], self._bodies[story.target_length][story.story_body]
            created = (story.created - UNIX_SECONDS_AT_POSTGRES_EPOCH) * 1_000_000
            out += (_SESSION_ROW_START, story.id.to_bytes(16), self._user_field(story.user_id),
                    self._prompts[prompt_index(story)], self._themes[story.theme],
                    _LENGTH.pack(len(opening) + len(body)), opening, body, _INT4_FIELD.pack(4, story.target_length),
                    _INT4_FIELD.pack(4, story.num_scenes), self._voices[story.voice],
                    _TIMESTAMP_FIELDS.pack(8, created, 8, created))
        return b"".join(out)

    def assets(self, stories_by_id: list[Story], asset_ids: list[int]) -> Iterator[bytes]:
        """public.session_assets rows in chunks, taking asset_ids in order as seeds.factories.asset_rows does."""
        return _in_chunks(stories_by_id, asset_ids, self._asset_rows)

    def feedback(self, stories_by_id: list[Story], feedback_ids: list[int]) -> Iterator[bytes]:
        """public.session_feedback rows in chunks, one per story that has feedback, ids in order."""
        return _in_chunks(stories_by_id, feedback_ids, self._feedback_row)

    def _asset_rows(self, story: Story, next_id: Callable[[], int]) -> list[bytes]:
        session_field = _UUID_LENGTH + story.id.to_bytes(16)
        base_url = f"{words.STORAGE_URL}/{uuid_text(story.id)}/".encode()
        created = _TIMESTAMP_FIELD.pack(8, (story.created - UNIX_SECONDS_AT_POSTGRES_EPOCH) * 1_000_000)
        out: list[bytes] = []
        for type_field, url_length, file_name, order_field in self._asset_slots[story.has_video, story.num_scenes]:
            out += (_ASSET_ROW_START, next_id().to_bytes(16), session_field, type_field, url_length, base_url,
                    file_name, order_field, created)
        return out

    def _feedback_row(self, story: Story, next_id: Callable[[], int]) -> tuple[bytes, ...]:
        if story.feedback is None:
            return ()
        rating, mood_delta, answered = story.feedback
        answered = (answered - UNIX_SECONDS_AT_POSTGRES_EPOCH) * 1_000_000
        return (_FEEDBACK_ROW_START, next_id().to_bytes(16), _UUID_LENGTH, story.id.to_bytes(16),
                self._user_field(story.user_id), _INT4_FIELD.pack(4, rating),
                _INT4_FIELD.pack(4, mood_delta), _TIMESTAMP_FIELDS.pack(8, answered, 8, answered))

    def _user_field(self, user_id: str) -> bytes:
        field = self._user_fields.get(user_id)
        if field is None:
            field = self._user_fields[user_id] = _UUID_LENGTH + bytes.fromhex(user_id.replace("-", ""))
        return field


def _in_chunks(stories: list[Story], ids: list[int],
               encode: Callable[[Story, Callable[[], int]], Sequence[bytes]]) -> Iterator[bytes]:
    """What `encode(story, next_id)` makes of each story, STORIES_PER_CHUNK stories to a chunk (one write to
    the COPY), handing out `ids` in order."""
    next_id = iter(ids).__next__
    for start in range(0, len(stories), STORIES_PER_CHUNK):
        out: list[bytes] = []
        for story in stories[start:start + STORIES_PER_CHUNK]:
            out += encode(story, next_id)
        yield b"".join(out)


def _text_field(text: str) -> bytes:
    encoded = text.encode()
    return _LENGTH.pack(len(encoded)) + encoded
