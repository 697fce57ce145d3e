"""What `invoke seed` prints: a line of totals, rows per table, personas, the top streaks, then a demo login
(last, so it is the line left on screen)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from seeds import SeedSummary


def render_seed_summary(summary: SeedSummary, console: Console) -> None:
    console.print(f"[green]✓[/green] seeded {summary.rows['public.sessions']:,} sessions for "
                  f"{summary.rows['auth.users']:,} users in {summary.elapsed_seconds:.2f}s "
                  f"({summary.sessions_per_second:,.0f} sessions/s)")
    console.print(_rows_table(summary))
    console.print("  personas: " + ", ".join(f"{name} {count:,}" for name, count in summary.personas.items()))
    if summary.top_streaks:
        console.print(_streaks_table(summary))
    console.print(f"demo login: [bold]{escape(summary.demo_email)}[/bold] / [bold]{summary.demo_password}[/bold]")


def _rows_table(summary: SeedSummary) -> Table:
    table = Table("table", "rows", box=None, padding=(0, 2), header_style="dim")
    table.columns[1].justify = "right"
    for name, count in summary.rows.items():
        table.add_row(name, f"{count:,}")
    return table


def _streaks_table(summary: SeedSummary) -> Table:
    table = Table("top streaks", "current", "longest", box=None, padding=(0, 2), header_style="dim")
    for column in table.columns[1:]:
        column.justify = "right"
    for leader in summary.top_streaks:
        table.add_row(escape(leader.email), f"{leader.current_streak}d", f"{leader.longest_streak}d")
    return table
