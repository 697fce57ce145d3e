"""Column lists of every seeded table, and COPY text for the three big ones.

Why hand-made text for sessions, assets and feedback: measured against psycopg's write_row on the same rows
(2-core box), formatting lines here costs about the same CPU for sessions and ~25% less for assets, and,
above all, text can be made while the sessions COPY is running and kept compactly (about 1 KB per session)
until the assets and feedback COPYs start. The small tables (users, profiles, rituals) go through write_row,
which knows how to write arrays and JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

COLUMNS = {
    "auth.users": ("instance_id", "id", "aud", "role", "email", "email_confirmed_at", "raw_app_meta_data",
                   "raw_user_meta_data", "created_at", "updated_at", "confirmation_token", "recovery_token",
                   "email_change_token_new", "email_change", "encrypted_password"),
    "public.profiles": ("id", "mood", "routine", "preferences", "favorite_characters", "calming_elements",
                        "created_at", "updated_at"),
    "public.rituals": ("id", "user_id", "name", "description", "routine", "is_default", "created_at", "updated_at"),
    "public.sessions": ("id", "user_id", "prompt", "theme", "story_text", "target_length", "num_scenes", "voice",
                        "created_at", "updated_at"),
    "public.session_assets": ("id", "session_id", "asset_type", "asset_url", "display_order", "created_at"),
    "public.session_feedback": ("id", "session_id", "user_id", "rating", "mood_delta", "created_at", "updated_at"),
}


def copy_statement(table: str) -> str:
    """`copy <table> (<columns>) from stdin`; table names come from COLUMNS, never from users."""
    return f"copy {table} ({', '.join(COLUMNS[table])}) from stdin"


def escape(text: str) -> str:
    """A value as COPY's text format needs it: backslash, tab, newline and carriage return escaped."""
    if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return text


def timestamp(moment: datetime) -> str:
    return moment.isoformat(" ")


def session_lines(rows: Iterable[tuple]) -> str:
    lines = []
    for session_id, user_id, prompt, theme, story_text, target_length, num_scenes, voice, created, updated in rows:
        created_text = timestamp(created)
        updated_text = created_text if updated is created else timestamp(updated)
        lines.append(f"{session_id}\t{user_id}\t{escape(prompt)}\t{escape(theme)}\t{escape(story_text)}\t"
                     f"{target_length}\t{num_scenes}\t{escape(voice)}\t{created_text}\t{updated_text}\n")
    return "".join(lines)


def asset_lines(rows: Iterable[tuple]) -> str:
    """A session's assets share one created_at object: format it once per session, not once per asset."""
    lines = []
    last_created, created_text = None, ""
    for asset_id, session_id, asset_type, asset_url, display_order, created in rows:
        if created is not last_created:
            last_created, created_text = created, timestamp(created)
        lines.append(f"{asset_id}\t{session_id}\t{escape(asset_type)}\t{escape(asset_url)}\t{display_order}\t"
                     f"{created_text}\n")
    return "".join(lines)


def feedback_lines(rows: Iterable[tuple]) -> str:
    lines = []
    for feedback_id, session_id, user_id, rating, mood_delta, created, updated in rows:
        created_text = timestamp(created)
        updated_text = created_text if updated is created else timestamp(updated)
        lines.append(f"{feedback_id}\t{session_id}\t{user_id}\t{rating}\t{mood_delta}\t{created_text}\t"
                     f"{updated_text}\n")
    return "".join(lines)
