"""What `invoke seed` was asked for, checked before anything connects or is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from dreamflow_dev.errors import DevStackError

MAX_USERS = 100_000
MAX_DAYS = 3_650
# About 0.6 sessions per user-day: 2M user-days is ~1.2M sessions, a few minutes of loading and ~1.5 GB of
# assets and feedback held as COPY text while the sessions stream. Anything bigger is a typo, not a demo.
MAX_USER_DAYS = 2_000_000
MAX_SEED = 2**63 - 1


@dataclass(frozen=True)
class SeedOptions:
    """One seed run. The same options (and the same `today`) always give the same rows.

    `today` is the last UTC day of the history; None means today's UTC date. Tests fix it so that two runs
    made at different times of the day still produce identical rows.
    """

    users: int = 200
    days: int = 90
    seed: int = 42
    reset: bool = False
    today: date | None = None

    def validate(self) -> SeedOptions:
        """Refuse sizes and dates that cannot make sense, with one line saying what to pass instead."""
        _require_whole_number("users", self.users, 1, MAX_USERS, example=200)
        _require_whole_number("days", self.days, 1, MAX_DAYS, example=90)
        _require_whole_number("seed", self.seed, 0, MAX_SEED, example=42)
        if self.users * self.days > MAX_USER_DAYS:
            raise DevStackError(
                f"--users {self.users:,} with --days {self.days:,} is too much demo data: "
                f"{self.users * self.days:,} user-days, the limit is {MAX_USER_DAYS:,}. "
                "Lower --users or --days (the default is --users 200 --days 90)."
            )
        if self.today is not None and self.today > utc_now().date():
            raise DevStackError(
                f"today={self.today} is in the future: sessions would be dated after now. "
                "Leave it unset (today's UTC date) or pass an earlier day."
            )
        return self

    def resolve_now(self) -> datetime:
        """The instant the history ends: now, or the last second of `today` when it is a past day."""
        current = utc_now()
        if self.today is None or self.today >= current.date():
            return current.replace(microsecond=0)
        return datetime.combine(self.today, time(23, 59, 59), tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


def _require_whole_number(flag: str, value: object, low: int, high: int, *, example: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DevStackError(f"--{flag} must be a whole number, got {value!r}. For example --{flag} {example}.")
    if not low <= value <= high:
        raise DevStackError(
            f"--{flag} {value} is out of range: use {low:,} to {high:,}. For example --{flag} {example}."
        )
