"""Terminal reports for `invoke streaks`, `invoke analytics` and `invoke cron`: rich tables and block charts.

The queries live in leaderboard.py, analytics.py and cron_status.py; this module connects, checks the schema
is there, and renders. Charts have a fixed width and carry a letter or block per value, so they stay readable
when piped to a file (no colour, no terminal width); `--json` prints JSON only.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import psycopg
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from dreamflow_dev.console import console, error_console, inert
from dreamflow_dev.db import connect
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.reports import analytics, cron_status, leaderboard

NO_SESSIONS = "no sessions yet: run `invoke seed` to load demo data."
SPARK_LEVELS = "▁▂▃▄▅▆▇█"
NO_DATA_MARK = "·"
MIX_BAR_WIDTH = 40
# One letter and colour per persona, so the stacked bar reads the same with or without colour.
PERSONA_MARKS = {
    "mindful_professional": ("M", "cyan"),
    "burned_out_parent": ("P", "magenta"),
    "wellness_seeker": ("W", "green"),
    "unknown": ("U", "grey50"),
}
STREAK_OBJECTS = ("public.user_streaks", "auth.users", "public.sessions")
ANALYTICS_OBJECTS = tuple(f"public.{name}" for name in analytics.VIEW_NAMES)


def show_streaks(url: str, *, top: int, user: str | None, as_json: bool) -> None:
    """Recompute streaks (incrementally, as the nightly job does), then the leaderboard or one user's history."""
    leaderboard.check_top(top)
    with connect(url) as conn:
        _require_migrated(conn, STREAK_OBJECTS, functions=(leaderboard.RECOMPUTE_FUNCTION,))
        if user:
            leaderboard.find_user(conn, user)
        result = leaderboard.recompute_streaks(conn)
        history = leaderboard.user_history(conn, user) if user else None
        board = None if user else leaderboard.leaderboard(conn, top)
        any_sessions = analytics.has_sessions(conn)
    if as_json:
        recomputed = {"users_updated": result.users_updated, "elapsed_ms": round(result.elapsed_ms, 1)}
        body = {"user": asdict(history.streak), "days": [asdict(d) for d in history.days]} if history else {
            "leaderboard": [asdict(row) for row in board]}
        _print_json({"recomputed": recomputed} | body)
        return
    console.print(f"recomputed {result.users_updated} users in {result.elapsed_ms:.0f} ms")
    if history:
        _render_user_history(history)
    elif not any_sessions:
        console.print(NO_SESSIONS)
    else:
        _render_leaderboard(board)


def show_analytics(url: str, *, days: int, view: str | None, csv_dir: str | None, as_json: bool) -> None:
    """The dashboard (table, trend, persona mix), one view as a table, CSV files, or JSON."""
    names = (analytics.check_view_name(view),) if view else analytics.VIEW_NAMES
    analytics.check_days(days)
    with connect(url) as conn:
        _require_migrated(conn, ANALYTICS_OBJECTS)
        window = analytics.read_analytics(conn, days, names)
        any_sessions = analytics.has_sessions(conn)
    if csv_dir:
        written = analytics.write_csv_files(window, Path(csv_dir))
        names_written = ", ".join(path.name for path in written)
        (error_console if as_json else console).print(
            inert(f"wrote {len(written)} CSV files to {Path(csv_dir).resolve()}: {names_written}"), markup=False)
    if as_json:
        _print_json(analytics.window_as_json(window))
    elif not any_sessions:
        console.print(NO_SESSIONS)
    elif view:
        _render_view(window, window.views[names[0]])
    elif not csv_dir:
        _render_dashboard(window)


def show_cron(url: str, *, as_json: bool) -> None:
    """The nightly streak job: schedule, active, command and its last runs, or why pg_cron is not there."""
    with connect(url) as conn:
        status = cron_status.read_cron_status(conn)
    if as_json:
        _print_json(asdict(status))
        return
    if status.problem:
        console.print(inert(status.problem), markup=False)
        return
    _render_cron_job(status)


def _require_migrated(conn: psycopg.Connection, relations: tuple[str, ...], functions: tuple[str, ...] = ()) -> None:
    """Name what is missing instead of letting a query fail with `relation does not exist`."""
    missing = [name for name in relations
               if conn.execute("select to_regclass(%s) is null", (name,)).fetchone()[0]]
    missing += [name for name in functions
                if conn.execute("select to_regprocedure(%s) is null", (name,)).fetchone()[0]]
    if missing:
        raise DevStackError(f"database {conn.info.dbname} is not migrated: "
                            f"{', '.join(missing)} not found. Run `invoke up` (or `invoke migrate`) first.")


def _render_leaderboard(board: list[leaderboard.StreakRow]) -> None:
    table = Table("#", "user", "current", "longest", "last session", "streak since", title="Streak leaderboard")
    for column in table.columns[2:4]:
        column.justify = "right"
    for rank, row in enumerate(board, start=1):
        table.add_row(str(rank), Text(inert(row.email or str(row.user_id))), str(row.current_streak),
                      str(row.longest_streak), _day(row.last_session_date), _day(row.streak_start_date))
    _print_table(table)


def _render_user_history(history: leaderboard.UserHistory) -> None:
    streak = history.streak
    since = f", since {streak.streak_start_date}" if streak.streak_start_date else ""
    _print_facts([("user", f"{streak.email or ''} ({streak.user_id})"),
                  ("current streak", f"{streak.current_streak} days{since}"),
                  ("longest streak", f"{streak.longest_streak} days"),
                  ("last session", _day(streak.last_session_date) or "never")])
    counts = [d.sessions for d in history.days]
    console.print(f"sessions per UTC day, {history.days[0].day} → {history.days[-1].day} "
                  f"({NO_DATA_MARK} none, █ = {max(counts)}):")
    console.print(f"  {sparkline(counts)}  {sum(counts)} sessions on {sum(1 for c in counts if c)} days")


def _render_dashboard(window: analytics.AnalyticsWindow) -> None:
    console.print(f"[bold]Dream Flow analytics[/bold] · last {window.days} UTC days · "
                  f"{window.first_day} → {window.last_day}")
    daily = {row["date"]: row for row in window.views["analytics_daily_comprehensive"].records()}
    _print_table(_daily_metrics_table(window, daily))
    _render_trend(window, daily)
    _render_persona_mix(window)


def _daily_metrics_table(window: analytics.AnalyticsWindow, daily: dict[date, dict]) -> Table:
    table = Table("date", "DAU", "stories", "avg/user", "themes", "avg length", "scenes",
                  title="Daily metrics (analytics_daily_comprehensive)")
    for column in table.columns[1:]:
        column.justify = "right"
    for day in window.all_days():
        row = daily.get(day)
        if row is None:
            table.add_row(str(day), "0", "0", "–", "0", "–", "–", style="dim")
            continue
        table.add_row(str(day), str(row["daily_active_users"]), str(row["total_stories"]),
                      _number(row["avg_stories_per_user"], 2), str(row["unique_themes"]),
                      _number(row["avg_target_length"], 0), _number(row["avg_num_scenes"], 1))
    return table


def _render_trend(window: analytics.AnalyticsWindow, daily: dict[date, dict]) -> None:
    console.print(f"\n[bold]Trend[/bold] (one mark per UTC day, {window.first_day} on the left, {NO_DATA_MARK} = none)")
    for label, column in (("DAU", "daily_active_users"), ("stories", "total_stories")):
        values = [int(daily[day][column]) if day in daily else 0 for day in window.all_days()]
        console.print(f"  {label:<8} {sparkline(values)}  min {min(values)} · max {max(values)} · "
                      f"today {values[-1]}")


def _render_persona_mix(window: analytics.AnalyticsWindow) -> None:
    users_by_day: dict[date, dict[str, int]] = {}
    for row in window.views["analytics_daily_persona_mix"].records():
        users_by_day.setdefault(row["date"], {})[row["persona"]] = int(row["user_count"])
    console.print("\n[bold]Persona mix per day[/bold] (share of that day's active users)")
    for day in window.all_days():
        counts = users_by_day.get(day, {})
        line = Text(f"  {day:%m-%d}  ")
        line.append_text(stacked_bar(counts) if counts else Text(NO_DATA_MARK * MIX_BAR_WIDTH, style="dim"))
        line.append(f"  {sum(counts.values())} users")
        console.print(line)
    console.print(_persona_legend(window))


def _persona_legend(window: analytics.AnalyticsWindow) -> Text:
    """Letters and colours, with how many of the window's active users hold each persona."""
    people = Counter(row["persona"] for row in window.views[analytics.PERSONAS_VIEW].records())
    legend = Text("  legend: ")
    for persona in sorted(set(PERSONA_MARKS) | set(people), key=_persona_order):
        letter, colour = _persona_mark(persona)
        legend.append(f" {letter} ", style=f"black on {colour}")
        legend.append(f" {inert(persona)} ({people.get(persona, 0)} users)  ")
    legend.rstrip()
    return legend


def stacked_bar(counts: dict[str, int], width: int = MIX_BAR_WIDTH) -> Text:
    """A bar `width` wide split by persona in proportion to counts (largest remainder, so it always adds up)."""
    total = sum(counts.values())
    ordered = sorted(counts, key=_persona_order)
    exact = {p: counts[p] * width / total for p in ordered}
    cells = {p: int(exact[p]) for p in ordered}
    for persona in sorted(ordered, key=lambda p: exact[p] - cells[p], reverse=True)[: width - sum(cells.values())]:
        cells[persona] += 1
    bar = Text()
    for persona in ordered:
        letter, colour = _persona_mark(persona)
        bar.append(letter * cells[persona], style=f"black on {colour}")
    return bar


def sparkline(values: list[int]) -> str:
    """One block per value scaled to the largest; zero is `·` so "none" never looks like "a few"."""
    peak = max(values, default=0)
    if peak == 0:
        return NO_DATA_MARK * len(values)
    top = len(SPARK_LEVELS) - 1
    return "".join(NO_DATA_MARK if v == 0 else SPARK_LEVELS[max(0, round(v * top / peak))] for v in values)


def _render_view(window: analytics.AnalyticsWindow, view: analytics.ViewRows) -> None:
    scope = ("users whose last session is in the window" if view.name == analytics.PERSONAS_VIEW
             else "rows for the window")
    table = Table(*view.columns, title=f"{view.name} · {scope} · {window.first_day} → {window.last_day}")
    for row in view.rows:
        table.add_row(*(Text(_cell(value)) for value in row))
    _print_table(table)
    console.print(f"{len(view.rows)} rows")


def _render_cron_job(status: cron_status.CronStatus) -> None:
    job = status.job
    _print_facts([("job", f"{job.jobname} (id {job.jobid}), pg_cron {status.pg_cron_version}"),
                  ("schedule", job.schedule),
                  ("active", "yes" if job.active else "no (paused)"),
                  ("scheduler", "running" if status.scheduler_running else cron_status.SCHEDULER_STOPPED),
                  ("command", job.command.strip()),
                  ("runs as", f"{job.username} on database {job.database}")])
    if not status.runs:
        console.print("last runs: none yet")
        return
    table = Table("start", "end", "status", "message", title=f"Last {len(status.runs)} runs")
    for run in status.runs:
        table.add_row(_moment(run.start_time), _moment(run.end_time), Text(inert(run.status or "")),
                      Text(inert(run.return_message or "")))
    _print_table(table)


def _print_table(table: Table) -> None:
    """In a terminal, fit the window; piped, print at the table's natural width so no cell is folded."""
    if console.is_terminal:
        console.print(table)
        return
    natural = Measurement.get(console, console.options.update_width(10_000), table).maximum
    piped_width = console.width
    console.width = max(piped_width, natural)
    try:
        console.print(table)
    finally:
        console.width = piped_width


def _print_facts(facts: list[tuple[str, str]]) -> None:
    """Label-value lines, labels aligned (plain lines, so nothing is padded or wrapped when piped)."""
    label_width = max(len(label) for label, _ in facts)
    for label, value in facts:
        console.print(f"{label:<{label_width}}  {inert(value)}", markup=False)


def _print_json(payload: object) -> None:
    # ASCII escapes keep every control character in strings inert (JSON escapes only C0 otherwise).
    console.print_json(json.dumps(payload, default=analytics.json_default), highlight=False, ensure_ascii=True)


def _persona_mark(persona: str) -> tuple[str, str]:
    return PERSONA_MARKS.get(persona, (inert(persona[:1].upper()) or "?", "white"))


def _persona_order(persona: str) -> tuple[int, str]:
    names = list(PERSONA_MARKS)
    return (names.index(persona) if persona in names else len(names), persona)


def _cell(value: object) -> str:
    """A view value for a table cell: persona_mix as one `persona: key value, ...` line per persona; text from
    the database made inert."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return "\n".join(f"{inert(str(key))}: {_inline(inner)}" for key, inner in value.items())
    if isinstance(value, list):
        return ", ".join(inert(str(item)) for item in value)
    return format(value, "f") if isinstance(value, Decimal) else inert(str(value))


def _inline(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{inert(str(key))} {inert(str(inner))}" for key, inner in value.items())
    return inert(str(value))


def _number(value: object, places: int) -> str:
    return "–" if value is None else f"{value:.{places}f}"


def _day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def _moment(value: object) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M:%S %Z}".strip()
