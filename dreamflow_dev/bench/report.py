"""The bench's table: in the terminal (rich) and as docs/benchmarks.md, which only `nox -s bench` writes."""

from __future__ import annotations

import os
import platform
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dreamflow_dev.bench import Measurement

BENCHMARKS_MD = Path(__file__).resolve().parents[2] / "docs" / "benchmarks.md"
COLUMNS = ("figure", "median", "baseline", "baseline median", "ratio", "goal", "met")


def rows(results: list[Measurement]) -> list[tuple[str, ...]]:
    return [(result.name, result.formatted(result.value), result.baseline_name,
             result.formatted(result.baseline_value), result.ratio_text(), result.goal.text if result.goal else "",
             result.met()) for result in results]


def print_table(results: list[Measurement], machine: str, console: Console) -> None:
    table = Table(*COLUMNS, title=f"nox -s bench — {machine}")
    for row in rows(results):
        table.add_row(*row)
    console.print(table)


def write_markdown(results: list[Measurement], machine: str, path: Path = BENCHMARKS_MD) -> None:
    """The table as Markdown, with the machine and date on one line: written whole by every full run."""
    lines = ["Written by `nox -s bench` (`python -m dreamflow_dev.bench`) on each full run; do not edit by hand.",
             "", f"{machine}", "", "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows(results)]
    path.write_text("\n".join(lines) + "\n")


def describe_machine(server_version: str) -> str:
    """Cores, memory, OS, PostgreSQL version and the date, in one line."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    try:
        system = platform.freedesktop_os_release()["PRETTY_NAME"]
    except (OSError, KeyError):
        system = platform.platform(terse=True)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (f"Machine: {os.cpu_count()} cores, {memory:.0f} GiB memory, {system}, PostgreSQL {server_version};"
            f" {when}.")
