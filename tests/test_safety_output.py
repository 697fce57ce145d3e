"""Text users write (profile, email, theme) stays inert: no control character reaches the developer's
terminal from a task, and CSV cells a spreadsheet would run as formulas carry OWASP's leading `'`."""

from __future__ import annotations

import csv
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest

from support.cli_project import REPO, cli_env, invoke_command

pytestmark = pytest.mark.slow
TITLE_AND_COLOUR = "\x1b]0;owned\x07\x1b[31mred"
FORGED_ROW = "calm\r\n│ forged │ row │"
FORMULAS = {"routine": '=HYPERLINK("http://evil.test","click")', "theme": "@SUM(1+1)"}
CONTROL_BYTES = ("\x1b", "\x07", "\r", "\x9b", "\u202e")


@pytest.fixture
def hostile_db_url(fresh_db_url: str) -> str:
    """A user whose email, profile and session theme carry terminal escapes and spreadsheet formulas."""
    user_id = uuid.uuid4()
    with psycopg.connect(fresh_db_url, autocommit=True) as conn:
        conn.execute("insert into auth.users (id, aud, role, email, created_at, updated_at) values"
                     " (%s, 'authenticated', 'authenticated', %s, now(), now())",
                     (user_id, f"{TITLE_AND_COLOUR}\u202eevil@example.test"))
        conn.execute("insert into public.profiles (id, mood, routine) values (%s, %s, %s)",
                     (user_id, FORGED_ROW + "\x9b2J", FORMULAS["routine"]))
        conn.execute("insert into public.sessions (id, user_id, prompt, theme, story_text, voice)"
                     " values (%s, %s, 'a dragon', %s, 'Once', 'luna')", (uuid.uuid4(), user_id, FORMULAS["theme"]))
    return fresh_db_url


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(invoke_command(*args), env=cli_env(REPO), cwd=cwd, capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.mark.parametrize(("task", "escaped"), [
    (("analytics", "--view", "analytics_user_personas"), "calm\\x0d\\x0a"),
    (("analytics",), ""),
    (("streaks",), "\\x1b]0;owned\\x07"),
    (("analytics", "--json"), "\\u009b"),
    (("streaks", "--json"), "\\u001b"),
], ids=["analytics view", "analytics dashboard", "streaks leaderboard", "analytics json", "streaks json"])
def test_no_control_character_from_user_text_reaches_the_terminal(hostile_db_url, task, escaped):
    result = _run(*task, "--db-url", hostile_db_url)

    assert result.returncode == 0, result.stderr
    shown = result.stdout + result.stderr
    assert [byte for byte in CONTROL_BYTES if byte in shown] == []
    assert escaped in shown  # the data is still there, as visible escapes


def test_a_user_not_found_error_shows_the_given_text_inert(hostile_db_url):
    result = _run("streaks", "--db-url", hostile_db_url, "--user", TITLE_AND_COLOUR)

    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "\\x1b]0;owned\\x07" in result.stderr


def test_csv_cells_that_start_a_formula_get_a_leading_quote(hostile_db_url, tmp_path):
    result = _run("analytics", "--db-url", hostile_db_url, "--csv", str(tmp_path / "out"))

    assert result.returncode == 0, result.stderr
    with (tmp_path / "out" / "analytics_user_personas.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    routines = [row["routine"] for row in rows if row["routine"]]
    assert routines == ["'" + FORMULAS["routine"]]
    assert int(rows[0]["total_sessions"]) == 1  # numbers are left alone
