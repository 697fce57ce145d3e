"""Analytics queries for `invoke analytics`: read the five views for a window of UTC days, export CSV and JSON.

The window is the last `days` UTC days, today included, with "today" taken from the database so the report
agrees with the views whatever the client's clock or TimeZone says. Views with a `date` column are filtered
on it; `analytics_user_personas` has no day, so it holds the users whose last session falls in the window
(the people active in the period the rest of the report describes, not everyone who ever signed up).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
from psycopg import sql

from dreamflow_dev.errors import DevStackError

# Each view's columns, as migration 006 defines them: selected by name, so a migration that drifts fails loudly.
VIEW_COLUMNS: dict[str, tuple[str, ...]] = {
    "analytics_daily_active_users": ("date", "dau"),
    "analytics_daily_story_stats": ("date", "total_stories", "active_users", "avg_stories_per_user",
                                    "unique_themes", "avg_target_length", "avg_num_scenes"),
    "analytics_user_personas": ("user_id", "persona", "mood", "routine", "total_sessions", "active_days",
                                "themes_used", "first_session_date", "last_session_date"),
    "analytics_daily_persona_mix": ("date", "persona", "user_count", "story_count", "user_percentage"),
    "analytics_daily_comprehensive": ("date", "daily_active_users", "total_stories", "avg_stories_per_user",
                                      "active_users", "unique_themes", "avg_target_length", "avg_num_scenes",
                                      "persona_mix"),
}
VIEW_NAMES = tuple(VIEW_COLUMNS)
PERSONAS_VIEW = "analytics_user_personas"
VIEW_PREFIX = "analytics_"
MAX_DAYS = 3660


@dataclass(frozen=True)
class ViewRows:
    """One view's rows for the window, in its column order."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple]

    def records(self) -> list[dict[str, object]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class AnalyticsWindow:
    """The views read for the UTC days first_day..last_day (both included)."""

    days: int
    first_day: date
    last_day: date
    views: dict[str, ViewRows]

    def all_days(self) -> list[date]:
        return [self.first_day + timedelta(days=n) for n in range(self.days)]


def check_view_name(name: str) -> str:
    """The full view name for `name` (the `analytics_` prefix may be left off), or a DevStackError listing all."""
    for candidate in (name, VIEW_PREFIX + name):
        if candidate in VIEW_COLUMNS:
            return candidate
    raise DevStackError(f"unknown view {name!r}: the analytics views are {', '.join(VIEW_NAMES)}. "
                        "Pass one of them to --view.")


def check_days(days: int) -> int:
    """Refuse a window outside 1..MAX_DAYS UTC days before anything runs (dates before year 1 do not exist)."""
    if not 1 <= days <= MAX_DAYS:
        raise DevStackError(f"--days must be from 1 to {MAX_DAYS}, got {days}. For example --days 14.")
    return days


def read_analytics(conn: psycopg.Connection, days: int, names: tuple[str, ...] = VIEW_NAMES) -> AnalyticsWindow:
    """Read `names` for the last `days` UTC days."""
    check_days(days)
    last_day = conn.execute("select (now() at time zone 'utc')::date").fetchone()[0]
    first_day = last_day - timedelta(days=days - 1)
    views = {name: _read_view(conn, name, first_day) for name in names}
    return AnalyticsWindow(days, first_day, last_day, views)


def has_sessions(conn: psycopg.Connection) -> bool:
    """Whether there is any data at all (an empty database gets a hint to seed, not empty tables)."""
    return conn.execute("select exists (select 1 from public.sessions)").fetchone()[0]


def write_csv_files(window: AnalyticsWindow, directory: Path) -> list[Path]:
    """One `<view>.csv` per view read, header row first; all of them or none: each is written into a
    scratch folder inside `directory` and renamed into place only once every file is complete."""
    targets = [directory / f"{view.name}.csv" for view in window.views.values()]
    blocked = [path.name for path in targets if path.exists() and not path.is_file()]
    if blocked:
        raise DevStackError(f"cannot write CSV files to {directory}: {', '.join(blocked)} exists and is not a file. "
                            "Remove it or pass another --csv folder.")
    created = not directory.exists()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=directory, prefix=".analytics-csv-") as scratch:
            for view in window.views.values():
                _write_csv_file(view, Path(scratch) / f"{view.name}.csv")
            for target in targets:
                os.replace(Path(scratch) / target.name, target)
        return targets
    except OSError as exc:
        if created:
            shutil.rmtree(directory, ignore_errors=True)
        raise DevStackError(f"cannot write CSV files to {directory}: {exc.strerror or exc}. "
                            "Pass a --csv folder you can write to.") from exc


def window_as_json(window: AnalyticsWindow) -> dict[str, object]:
    """The window and each view's rows as records; serialise with `json.dumps(..., default=json_default)`."""
    return {
        "days": window.days,
        "first_day": window.first_day,
        "last_day": window.last_day,
        "views": {name: view.records() for name, view in window.views.items()},
    }


def json_default(value: object) -> object:
    """What json.dumps cannot write itself: dates as ISO strings, Decimals as numbers, UUIDs as strings."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _read_view(conn: psycopg.Connection, name: str, first_day: date) -> ViewRows:
    columns = VIEW_COLUMNS[name]
    day_column = "last_session_date" if name == PERSONAS_VIEW else "date"
    order = ("persona", "user_id") if name == PERSONAS_VIEW else tuple(c for c in ("date", "persona") if c in columns)
    query = sql.SQL("select {columns} from public.{view} where {day} >= %s order by {order}").format(
        columns=sql.SQL(", ").join(map(sql.Identifier, columns)),
        view=sql.Identifier(name),
        day=sql.Identifier(day_column),
        order=sql.SQL(", ").join(map(sql.Identifier, order)),
    )
    return ViewRows(name, columns, conn.execute(query, (first_day,)).fetchall())


# OWASP's CSV-injection rule: a cell starting with one of these is a formula to Excel, LibreOffice and Google
# Sheets (=HYPERLINK, @SUM, a tab or CR that the next character completes), so it is written with a leading `'`.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _write_csv_file(view: ViewRows, path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(view.columns)
        writer.writerows([_csv_cell(value) for value in row] for row in view.rows)
    return path


def _csv_cell(value: object) -> object:
    """Dates ISO, Decimals in plain notation (never 0E-20), arrays and JSON as JSON text, NULL as empty; text
    that a spreadsheet would run as a formula gets OWASP's leading `'` (see FORMULA_PREFIXES)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return f"'{value}" if value.startswith(FORMULA_PREFIXES) else value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict | list):
        return json.dumps(value, default=json_default, sort_keys=True)
    return json_default(value) if isinstance(value, date | datetime | uuid.UUID) else value
