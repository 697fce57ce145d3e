"""How much data each benchmark uses: the full sizes the goals are stated for, and `--quick` ones for trying."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class BenchSizes:
    """Users and days of the generated dataset (about 98 sessions per user a year), how often each figure is
    repeated, and the seeds' sizes. The full sizes are the issue's: 10k users and ~985k sessions, 4× that,
    the 1× users deleted, a second seed into ~1M seeded sessions."""

    users: int = 10_000
    days: int = 365
    bulk_rounds: int = 3  # each round: one INSERT … SELECT of the whole dataset and one COPY of it
    repeat: int = 5  # the cheap figures (settled reads, nightly runs)
    scale: int = 4
    cold_up_repeat: int = 5
    seed_users: int = 1_200  # the seed whose rate is measured, first into an empty database, then again
    seed_days: int = 180
    big_seed_users: int = 5_000  # the seed already there for the second seed (~1M sessions)
    big_seed_days: int = 365

    @property
    def active_users(self) -> int:
        """1% of the 1× users: a night's activity; kept the same at 4× (the nightly should follow activity)."""
        return max(1, self.users // 100)

    def with_overrides(self, **overrides: int | None) -> BenchSizes:
        return replace(self, **{name: value for name, value in overrides.items() if value is not None})


FULL = BenchSizes()
QUICK = BenchSizes(users=2_000, days=120, bulk_rounds=2, repeat=3, cold_up_repeat=2,
                   seed_users=300, seed_days=60, big_seed_users=1_000, big_seed_days=120)
