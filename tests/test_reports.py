"""`invoke streaks` and `invoke analytics`, run for real through the CLI and checked against the views.

Each test gets a database of its own (seeded when it needs data); what the task prints is compared with a
direct query of the views and of public.user_streaks, so a report that drifts from the schema fails here.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from psycopg.rows import dict_row

from dreamflow_dev.config import PROJECT_ROOT
from dreamflow_dev.reports.analytics import VIEW_NAMES
from seeds import seed_database
from seeds.options import SeedOptions

from support.cli_project import invoke_command

# The column(s) that identify a row of each view, to match exported rows with queried ones.
VIEW_KEYS = {"analytics_daily_active_users": ("date",), "analytics_daily_story_stats": ("date",),
             "analytics_user_personas": ("user_id",), "analytics_daily_persona_mix": ("date", "persona"),
             "analytics_daily_comprehensive": ("date",)}
PERSONA_LETTERS = {"mindful_professional": "M", "burned_out_parent": "P", "wellness_seeker": "W", "unknown": "U"}
NO_SESSIONS = "no sessions yet: run `invoke seed` to load demo data."
WINDOW = 14
MIX_BAR_WIDTH = 40


@pytest.fixture
def seeded_url(fresh_db_url: str) -> str:
    seed_database(fresh_db_url, SeedOptions(users=50, days=30, seed=7))
    return fresh_db_url


def run_task(task: str, url: str, *flags: str) -> subprocess.CompletedProcess[str]:
    """The task as a developer runs it, output piped (so no colour and no terminal width)."""
    env = {key: value for key, value in os.environ.items() if key not in {"FORCE_COLOR", "COLUMNS"}}
    return subprocess.run(invoke_command(task, "--db-url", url, *flags), cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, check=False)


def query(url: str, statement: sql.Composable | str, params: tuple = ()) -> list[dict]:
    with psycopg.connect(url) as conn, conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(statement, params).fetchall()


def view_rows(url: str, view: str, days: int) -> list[dict]:
    """The view for the last `days` UTC days; the personas view by last session day (the report's rule)."""
    day_column = "last_session_date" if view == "analytics_user_personas" else "date"
    statement = sql.SQL("select * from public.{} where {} >= (now() at time zone 'utc')::date - %s").format(
        sql.Identifier(view), sql.Identifier(day_column))
    return query(url, statement, (days - 1,))


def window_days(url: str, days: int) -> list[date]:
    today = query(url, "select (now() at time zone 'utc')::date as today")[0]["today"]
    return [today - timedelta(days=days - 1 - n) for n in range(days)]


def table_rows(output: str) -> list[list[str]]:
    """The body rows of the rich tables in `output` (lines framed by │), as lists of stripped cells."""
    return [[cell.strip() for cell in line.strip()[1:-1].split("│")]
            for line in output.splitlines() if line.startswith("│")]


def keyed(view: str, rows: list[dict]) -> dict[tuple, dict]:
    return {tuple(str(row[column]) for column in VIEW_KEYS[view]): row for row in rows}


def same_as_csv(cell: str, value: object) -> bool:
    if value is None:
        return cell == ""
    if isinstance(value, bool | int | Decimal):
        return Decimal(cell) == value
    if isinstance(value, dict | list):
        return json.loads(cell) == value
    return cell == (value.isoformat() if isinstance(value, date) else str(value))


def same_as_json(item: object, value: object) -> bool:
    if isinstance(value, Decimal):
        return isinstance(item, int | float) and item == pytest.approx(float(value))
    if isinstance(value, date | uuid.UUID):
        return item == (value.isoformat() if isinstance(value, date) else str(value))
    return item == value


def test_analytics_daily_table_matches_the_comprehensive_view(seeded_url: str) -> None:
    result = run_task("analytics", seeded_url, "--days", str(WINDOW))

    assert result.returncode == 0, result.stderr
    shown = {cells[0]: cells[1:] for cells in table_rows(result.stdout)}
    expected = {str(row["date"]): [str(row["daily_active_users"]), str(row["total_stories"]),
                                   f"{row['avg_stories_per_user']:.2f}", str(row["unique_themes"]),
                                   f"{row['avg_target_length']:.0f}", f"{row['avg_num_scenes']:.1f}"]
                for row in view_rows(seeded_url, "analytics_daily_comprehensive", WINDOW)}
    assert expected, "the seed left no sessions in the window"
    assert list(shown) == [str(day) for day in window_days(seeded_url, WINDOW)]
    assert {day: cells for day, cells in shown.items() if day in expected} == expected
    assert all(cells[:2] == ["0", "0"] for day, cells in shown.items() if day not in expected)
    header = next(line for line in result.stdout.splitlines() if line.startswith("┃"))
    assert [cell.strip() for cell in header.strip("┃").split("┃")] == [
        "date", "DAU", "stories", "avg/user", "themes", "avg length", "scenes"]


@pytest.mark.slow
def test_analytics_charts_follow_dau_stories_and_the_persona_mix(seeded_url: str) -> None:
    lines = run_task("analytics", seeded_url, "--days", str(WINDOW)).stdout.splitlines()
    days = window_days(seeded_url, WINDOW)
    daily = {row["date"]: row for row in view_rows(seeded_url, "analytics_daily_comprehensive", WINDOW)}

    for label, column in (("DAU", "daily_active_users"), ("stories", "total_stories")):
        values = [daily[day][column] if day in daily else 0 for day in days]
        line = next(line for line in lines if line.split()[:1] == [label])
        spark = line.split()[1]
        assert len(spark) == WINDOW and set(spark) <= set("▁▂▃▄▅▆▇█·")
        assert [mark == "·" for mark in spark] == [value == 0 for value in values]
        assert spark[values.index(max(values))] == "█"
        assert f"max {max(values)}" in line and f"today {values[-1]}" in line

    mix: dict[date, dict[str, int]] = {}
    for row in view_rows(seeded_url, "analytics_daily_persona_mix", WINDOW):
        mix.setdefault(row["date"], {})[row["persona"]] = row["user_count"]
    for day, users in mix.items():
        line = next(line for line in lines if line.startswith(f"  {day:%m-%d}  "))
        bar, total = re.fullmatch(r"  \d\d-\d\d  (\S+)  (\d+) users", line).groups()
        assert len(bar) == MIX_BAR_WIDTH and int(total) == sum(users.values()) == daily[day]["daily_active_users"]
        for persona, count in users.items():
            assert abs(bar.count(PERSONA_LETTERS[persona]) - count * MIX_BAR_WIDTH / int(total)) < 1
    legend = next(line for line in lines if line.strip().startswith("legend:"))
    assert all(f"{letter}  {persona} (" in legend for persona, letter in PERSONA_LETTERS.items())


@pytest.mark.slow
def test_analytics_csv_matches_the_views(seeded_url: str, tmp_path: Path) -> None:
    result = run_task("analytics", seeded_url, "--days", str(WINDOW), "--csv", str(tmp_path))

    assert result.returncode == 0, result.stderr
    assert f"wrote 5 CSV files to {tmp_path}" in result.stdout
    for view in VIEW_NAMES:
        expected = view_rows(seeded_url, view, WINDOW)
        with (tmp_path / f"{view}.csv").open(newline="") as handle:
            header, *body = list(csv.reader(handle))
        with psycopg.connect(seeded_url) as conn:
            columns = [c.name for c in conn.execute(sql.SQL("select * from public.{} limit 0").format(
                sql.Identifier(view))).description]
        assert header == columns, view
        exported = keyed(view, [dict(zip(header, row, strict=True)) for row in body])
        assert len(body) == len(exported) == len(expected) > 0, view
        for key, row in keyed(view, expected).items():
            assert all(same_as_csv(exported[key][column], value) for column, value in row.items()), (view, key)


@pytest.mark.slow
def test_analytics_json_matches_the_views(seeded_url: str) -> None:
    result = run_task("analytics", seeded_url, "--days", "7", "--json")

    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    days = window_days(seeded_url, 7)
    assert (printed["days"], printed["first_day"], printed["last_day"]) == (7, str(days[0]), str(days[-1]))
    assert list(printed["views"]) == list(VIEW_NAMES)
    for view in VIEW_NAMES:
        expected = keyed(view, view_rows(seeded_url, view, 7))
        records = keyed(view, printed["views"][view])
        assert records.keys() == expected.keys() and expected, view
        for key, row in expected.items():
            assert all(same_as_json(records[key][column], value) for column, value in row.items()), (view, key)


@pytest.mark.slow
def test_analytics_view_shows_one_view_as_a_table(seeded_url: str) -> None:
    result = run_task("analytics", seeded_url, "--days", "7", "--view", "analytics_daily_active_users")

    assert result.returncode == 0, result.stderr
    expected = [[str(row["date"]), str(row["dau"])] for row in view_rows(seeded_url, "analytics_daily_active_users", 7)]
    assert table_rows(result.stdout) == sorted(expected)
    assert "Persona mix" not in result.stdout and f"{len(expected)} rows" in result.stdout


@pytest.mark.slow
def test_analytics_unknown_view_exits_1_listing_the_valid_names(fresh_db_url: str) -> None:
    result = run_task("analytics", fresh_db_url, "--view", "analytics_weekly")

    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "unknown view 'analytics_weekly'" in result.stderr
    assert all(view in result.stderr for view in VIEW_NAMES)


@pytest.mark.slow
def test_analytics_on_an_empty_database_says_how_to_seed(fresh_db_url: str) -> None:
    result = run_task("analytics", fresh_db_url)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == NO_SESSIONS


def test_analytics_without_migrations_says_to_run_invoke_up(empty_db_url: str) -> None:
    result = run_task("analytics", empty_db_url)

    assert result.returncode == 1
    assert "is not migrated" in result.stderr and "Run `invoke up` (or `invoke migrate`) first." in result.stderr
    assert "Traceback" not in result.stderr


def test_streaks_prints_the_recompute_then_a_leaderboard_matching_user_streaks(seeded_url: str) -> None:
    """The seed recomputed everyone; a first session today makes exactly one user due for the recompute (a
    second one the same UTC day changes no streak, so the user would not be due: the seed writes up to now)."""
    with psycopg.connect(seeded_url) as conn:
        conn.execute("insert into public.sessions (user_id, prompt, theme, story_text)"
                     " select u.id, 'a sleepy dragon', 'fantasy', 'Once upon a time' from auth.users as u"
                     " where not exists (select from public.sessions as s where s.user_id = u.id"
                     "   and s.created_at >= date_trunc('day', now(), 'UTC')) limit 1")
    result = run_task("streaks", seeded_url, "--top", "5")

    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"recomputed 1 users in \d+ ms", result.stdout.splitlines()[0])
    streaks = {row["email"]: [str(row["current_streak"]), str(row["longest_streak"]),
                              str(row["last_session_date"] or ""), str(row["streak_start_date"] or "")]
               for row in query(seeded_url, "select u.email, s.* from public.user_streaks as s"
                                            " join auth.users as u on u.id = s.user_id")}
    board = table_rows(result.stdout)
    assert [row[0] for row in board] == ["1", "2", "3", "4", "5"]
    assert all(streaks[email] == rest for _, email, *rest in board)
    currents = [int(row[2]) for row in board]
    assert currents == sorted(currents, reverse=True) and currents[0] == max(int(s[0]) for s in streaks.values())


@pytest.mark.slow
def test_streaks_json_lists_every_user_as_in_user_streaks(seeded_url: str) -> None:
    printed = json.loads(run_task("streaks", seeded_url, "--top", "1000", "--json").stdout)

    assert printed["recomputed"]["users_updated"] >= 0 and printed["recomputed"]["elapsed_ms"] >= 0
    expected = {str(row["user_id"]): [row["current_streak"], row["longest_streak"],
                                      row["last_session_date"] and str(row["last_session_date"])]
                for row in query(seeded_url, "select * from public.user_streaks")}
    shown = {row["user_id"]: [row["current_streak"], row["longest_streak"], row["last_session_date"]]
             for row in printed["leaderboard"]}
    assert shown == expected and len(shown) == 50


@pytest.mark.slow
def test_streaks_user_shows_their_streak_and_sessions_per_utc_day(seeded_url: str) -> None:
    busiest = _busiest_user_in_last_30_days(seeded_url)
    by_email = run_task("streaks", seeded_url, "--user", busiest["email"].upper())
    by_id = json.loads(run_task("streaks", seeded_url, "--user", str(busiest["id"]), "--json").stdout)

    assert by_email.returncode == 0, by_email.stderr
    lines = by_email.stdout.splitlines()
    streak = query(seeded_url, "select * from public.user_streaks where user_id = %s", (busiest["id"],))[0]
    assert f"current streak  {streak['current_streak']} days" in "\n".join(lines)
    assert f"longest streak  {streak['longest_streak']} days" in lines
    per_day = _sessions_per_utc_day(seeded_url, busiest["id"], 30)
    strip = lines[-1].split()
    assert [mark == "·" for mark in strip[0]] == [count == 0 for count in per_day.values()]
    assert strip[1:] == [str(sum(per_day.values())), "sessions", "on", str(sum(1 for c in per_day.values() if c)),
                         "days"]
    assert by_id["user"]["email"] == busiest["email"]
    assert {day["day"]: day["sessions"] for day in by_id["days"]} == {str(d): n for d, n in per_day.items()}


def test_streaks_unknown_user_exits_1_naming_it(fresh_db_url: str) -> None:
    result = run_task("streaks", fresh_db_url, "--user", "nobody@example.test")

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: unknown user 'nobody@example.test': no auth.users row has that email or id. "
        "Check the spelling, or see who is there with `invoke streaks --top 50`."]


def _busiest_user_in_last_30_days(url: str) -> dict:
    return query(url, "select u.id, u.email from auth.users as u join public.sessions as s on s.user_id = u.id"
                      " where s.created_at >= now() - interval '29 days' group by u.id, u.email"
                      " order by count(*) desc, u.email limit 1")[0]


def _sessions_per_utc_day(url: str, user_id: uuid.UUID, days: int) -> dict[date, int]:
    counts = {row["day"]: row["n"] for row in query(
        url, "select (created_at at time zone 'utc')::date as day, count(*) as n from public.sessions"
             " where user_id = %s group by day", (user_id,))}
    return {day: counts.get(day, 0) for day in window_days(url, days)}
