"""`nox -s bench`: every performance figure the README reports, measured in one run on the same machine.

Each figure is a median of repeated runs beside a baseline measured in the same process, because the
machines are shared and noisy: the ratio is what carries over, not the absolute number.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Measurement:
    """One row of the benchmark table: a figure, its baseline (if any) and the goal it is held to."""

    name: str
    value: float
    unit: str
    goal: str = ""
    baseline_name: str | None = None
    baseline_value: float | None = None

    def comparison(self) -> str:
        """The figure against its baseline in words: 'N× faster' for times, 'N% of' for rates and sizes."""
        if not self.baseline_value or not self.value:
            return ""
        if self.unit != "s":
            return f"{self.value / self.baseline_value:.0%} of baseline"
        if self.value <= self.baseline_value:
            return f"{self.baseline_value / self.value:.1f}× faster"
        return f"{self.value / self.baseline_value:.2f}× the baseline"

    def formatted(self, number: float | None) -> str:
        if number is None:
            return ""
        if self.unit == "s":
            return f"{number * 1000:.1f} ms" if number < 1 else f"{number:.2f} s"
        return f"{number:,.0f} {self.unit}"


def median_seconds(run: Callable[[], object], *, repeat: int = 5, setup: Callable[[], object] | None = None) -> float:
    """Median wall time of `run` over `repeat` calls, calling `setup` (untimed) before each."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)
