"""`nox -s bench`: every performance figure, each beside its baseline measured in the same run on the same machine.

Each figure is a median of repeated runs, because the machines are shared and noisy: the ratio to a baseline
from the same process is what carries over, not the absolute number. A goal is held either to the ratio or,
where the issue states one, to the figure itself.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Goal:
    """What a figure is held to, in words, and the test of it on (value, baseline value)."""

    text: str
    holds: Callable[[float, float | None], bool]


def at_most(limit: float, unit: str) -> Goal:
    return Goal(f"≤ {_limit(limit, unit)}", lambda value, _baseline: value <= limit)


def at_least(limit: float, unit: str) -> Goal:
    return Goal(f"≥ {_limit(limit, unit)}", lambda value, _baseline: value >= limit)


def _limit(limit: float, unit: str) -> str:
    if unit == "s":
        return f"{limit * 1000:g} ms" if limit < 1 else f"{limit:g} s"
    return f"{limit:,g} {unit}"


def ratio_at_most(limit: float) -> Goal:
    return Goal(f"≤ {limit:g}× baseline", lambda value, baseline: bool(baseline) and value / baseline <= limit)


def ratio_at_least(limit: float) -> Goal:
    return Goal(f"≥ {limit:g}× baseline", lambda value, baseline: bool(baseline) and value / baseline >= limit)


def faster_by(factor: float) -> Goal:
    return Goal(f"≥ {factor:g}× faster than baseline", lambda value, baseline: bool(baseline) and value > 0
                and baseline / value >= factor)


@dataclass(frozen=True)
class Measurement:
    """One row of the benchmark table: a figure, its baseline (if any) and the goal it is held to.

    `correct` is False when the figure came with a wrong result (a recompute that differs from the plain
    definitions): such a figure meets no goal, however fast."""

    name: str
    value: float
    unit: str
    baseline_name: str = ""
    baseline_value: float | None = None
    goal: Goal | None = None
    correct: bool = True

    @property
    def ratio(self) -> float | None:
        if not self.baseline_value or not self.value:
            return None
        return self.value / self.baseline_value

    def ratio_text(self) -> str:
        """value / baseline; for a time under its baseline also how many times faster, which reads better."""
        ratio = self.ratio
        if ratio is None:
            return ""
        if self.unit == "s" and ratio < 1:
            return f"{ratio:.3f}× ({1 / ratio:,.1f}× faster)"
        return f"{ratio:.2f}×"

    def met(self) -> str:
        if self.goal is None:
            return ""
        return "yes" if self.correct and self.goal.holds(self.value, self.baseline_value) else "no"

    def formatted(self, number: float | None) -> str:
        return "" if number is None else _number(number, self.unit)


def _number(number: float, unit: str) -> str:
    if unit == "s":
        if number < 0.01:
            return f"{number * 1000:.2f} ms"
        return f"{number * 1000:.1f} ms" if number < 1 else f"{number:.2f} s"
    return f"{number:,.0f} {unit}"


def median_seconds(run: Callable[[], object], *, repeat: int = 5, setup: Callable[[], object] | None = None) -> float:
    """Median wall time of `run` over `repeat` calls, calling `setup` (untimed) before each."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        samples.append(seconds(run))
    return statistics.median(samples)


def seconds(run: Callable[[], object]) -> float:
    """Wall time of one call of `run`."""
    started = time.perf_counter()
    run()
    return time.perf_counter() - started
