"""The few lines `invoke seed` prints: rows per table, personas, the top streaks and a demo login."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from seeds import SeedSummary


def render_seed_summary(summary: SeedSummary, console: Console) -> None:
    console.print(f"[green]✓[/green] seeded {summary.rows['public.sessions']:,} sessions for "
                  f"{summary.rows['auth.users']:,} users in {summary.seconds:.2f}s "
                  f"({summary.sessions_per_second:,.0f} sessions/s)")
    rows = Table("table", "rows", box=None, padding=(0, 2))
    for table, count in summary.rows.items():
        rows.add_row(table, f"{count:,}")
    console.print(rows)
    console.print("personas: " + ", ".join(f"{name} {count}" for name, count in summary.personas.items()))
    if summary.top_streaks:
        console.print("top streaks: " + ", ".join(f"{email} {current}d" for email, current in summary.top_streaks))
    console.print(f"demo login: [bold]{summary.demo_email}[/bold] / [bold]{summary.demo_password}[/bold]")
