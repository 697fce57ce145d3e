"""What `invoke seed` was asked for, checked before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from dreamflow_dev.errors import DevStackError

MAX_USERS = 100_000
MAX_DAYS = 3_650


@dataclass(frozen=True)
class SeedOptions:
    """Same options (and the same day) give the same rows."""

    users: int = 200
    days: int = 90
    seed: int = 42
    reset: bool = False
    today: date | None = None

    @property
    def anchor_day(self) -> date:
        """The last day of the history (UTC today unless fixed, e.g. by tests)."""
        return self.today or datetime.now(UTC).date()

    def validate(self) -> SeedOptions:
        if not 1 <= self.users <= MAX_USERS:
            raise DevStackError(
                f"--users {self.users} is out of range: use 1 to {MAX_USERS:,}. For example --users 200."
            )
        if not 1 <= self.days <= MAX_DAYS:
            raise DevStackError(f"--days {self.days} is out of range: use 1 to {MAX_DAYS:,}. For example --days 90.")
        if self.seed < 0:
            raise DevStackError(f"--seed {self.seed} is negative: use a whole number from 0 up. For example --seed 42.")
        return self
