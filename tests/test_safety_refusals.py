"""Refusals come first and in one line: before any connection to a host that is not this machine, before the
first write, and without a traceback. The tasks run in-process, as `invoke` runs them.

No test here can reach another machine, even if the code regresses: the `no_connections` fixture replaces
psycopg's connect (the only way this code base opens a libpq connection: `psycopg.connect` is
`psycopg.Connection.connect`) and the project's connect helper with a function that records the attempt and
fails the test without calling libpq, so no socket is ever opened. The addresses used are documentation ranges
(192.0.2.0/24, 2001:db8::/32) that no network routes, as a second guard.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from invoke import Context, Exit
from psycopg import sql

from dreamflow_dev import db, lifecycle
from dreamflow_dev.config import PROJECT_ROOT, load_settings
from dreamflow_dev.db import connection_targets, is_local, with_database
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.reports import analytics, render
from dreamflow_dev.stack import external
from dreamflow_dev.stack.ports import free_port

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import tasks  # noqa: E402  (tasks.py sits at the repo root, next to tests/)

REMOTE = "192.0.2.1"
REMOTE_URLS = {
    "query host": ("postgresql://postgres:postgres@localhost/postgres?host=192.0.2.1", {}),
    "query hostaddr": ("postgresql://postgres:postgres@localhost/postgres?hostaddr=192.0.2.1", {}),
    "PGHOST": ("postgresql://postgres:postgres@/postgres", {"PGHOST": REMOTE}),
    "PGHOSTADDR": ("postgresql://postgres:postgres@/postgres", {"PGHOSTADDR": REMOTE}),
    "second of two hosts": ("postgresql://postgres:postgres@localhost,192.0.2.1/postgres", {}),
    "second of two hostaddrs": (
        "postgresql://postgres:postgres@/postgres?host=localhost,localhost&hostaddr=127.0.0.1,192.0.2.1", {}),
    "ipv6 host": ("postgresql://postgres:postgres@[2001:db8::1]/postgres", {}),
    "query service": ("postgresql://postgres:postgres@localhost/postgres?service=production", {}),
    "PGSERVICE": ("postgresql://postgres:postgres@localhost/postgres", {"PGSERVICE": "production"}),
}
LOCAL_URLS = {
    "localhost": "postgresql://postgres:postgres@localhost:54322/postgres",
    "ipv4 loopback": "postgresql://postgres:postgres@127.0.0.1/postgres",
    "another loopback address": "postgresql://postgres:postgres@127.0.0.2/postgres",
    "ipv6 loopback": "postgresql://postgres:postgres@[::1]:54322/postgres",
    "unix socket": "postgresql://postgres@/postgres?host=/var/run/postgresql",
    "no host at all": "postgresql:///postgres",
    "loopback hostaddr": "postgresql://postgres@db.example.test/postgres?hostaddr=127.0.0.1",
}
DESTRUCTIVE = {
    "reset": lambda url: tasks.reset(Context(), db_url=url),
    "seed": lambda url: tasks.seed(Context(), db_url=url),
    "up --seed": lambda url: tasks.up(Context(), db_url=url, seed=True),
}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    """No PG* variable or SUPABASE_DB_URL of the machine running the tests decides where a test connects."""
    for name in [*[key for key in __import__("os").environ if key.startswith("PG")], "SUPABASE_DB_URL"]:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def no_connections(monkeypatch) -> list[tuple]:
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        pytest.fail(f"a database connection was attempted: {args!r}")

    monkeypatch.setattr(psycopg.Connection, "connect", refuse)
    monkeypatch.setattr(psycopg, "connect", refuse)
    for module in (db, lifecycle, render, external, tasks):
        if hasattr(module, "connect"):
            monkeypatch.setattr(module, "connect", refuse)
    return attempts


def _one_red_line(capsys, run) -> str:
    """Run a task that must fail with exit 1 and return its single stderr line."""
    with pytest.raises(Exit) as raised:
        run()
    stderr = capsys.readouterr().err
    assert raised.value.code == 1, stderr
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize("task_name", DESTRUCTIVE)
@pytest.mark.parametrize("case", REMOTE_URLS)
def test_destructive_task_cannot_reach_a_remote_host_without_yes(case, task_name, monkeypatch, capsys,
                                                                no_connections):
    url, environment = REMOTE_URLS[case]
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    line = _one_red_line(capsys, lambda: DESTRUCTIVE[task_name](url))

    assert line.startswith("error: refusing to ")
    assert "it is not a local database (libpq would reach " in line and "--yes" in line
    assert REMOTE in line or "2001:db8::1" in line or "service production" in line
    assert ":postgres@" not in line
    assert no_connections == []


@pytest.mark.parametrize("case", LOCAL_URLS)
def test_local_urls_count_as_local(case):
    assert is_local(LOCAL_URLS[case])


def test_every_host_of_a_list_is_a_target_in_libpq_order():
    assert connection_targets("postgresql://u@a,b:5433,/d?hostaddr=,10.0.0.9,") == ["a", "10.0.0.9", ""]


# case -> (task, its options, what the refusal says)
BAD_INPUTS = {
    "analytics --days 1000000": (tasks.analytics, {"days": "1000000"}, "--days must be from 1 to 3660, got 1000000"),
    "streaks --top 99999999999999999999": (tasks.streaks, {"top": "99999999999999999999"},
                                           "--top must be from 1 to 1000000, got 99999999999999999999"),
    "streaks --top -1": (tasks.streaks, {"top": "-1"}, "--top must be from 1 to 1000000, got -1"),
    "db-url with a space": (tasks.status, {"db_url": "postgresql://postgres:post gres@localhost/postgres"},
                            "cannot be parsed: unexpected spaces found in \"post gres\""),
    "db-url with ?option=1": (tasks.status, {"db_url": "postgresql://postgres@localhost/postgres?option=1"},
                              "cannot be parsed: invalid URI query parameter: \"option\""),
    "db-url with [::1": (tasks.migrate, {"db_url": "postgresql://postgres@[::1/postgres"},
                         "cannot be parsed: end of string reached when looking for matching \"]\""),
    "reset of template1": (tasks.reset, {"db_url": "postgresql://postgres:postgres@127.0.0.1:1/template1"},
                           "refusing to reset database template1: it is a template"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_is_refused_in_one_line_before_connecting(case, capsys, no_connections):
    task, options, expected = BAD_INPUTS[case]

    line = _one_red_line(capsys, lambda: task(Context(), **options))

    assert expected in line
    assert not line.rstrip().endswith("?.")
    assert no_connections == []


def test_unreachable_server_error_keeps_connection_refused(capsys):
    url = f"postgresql://postgres:postgres@127.0.0.1:{free_port()}/postgres"

    line = _one_red_line(capsys, lambda: tasks.migrate(Context(), db_url=url))

    assert "Connection refused" in line
    assert "?." not in line
    assert line.endswith("check --db-url / SUPABASE_DB_URL.")


def test_status_with_a_wrong_password_says_so_not_stopped(throwaway_cluster, capsys):
    wrong = throwaway_cluster.url.replace("postgres:postgres@", "postgres:wrong-password@")

    line = _one_red_line(capsys, lambda: tasks.status(Context(), db_url=wrong))

    assert 'password authentication failed for user "postgres"' in line
    assert "stopped" not in line and "wrong-password" not in line
    assert "Check the user and password" in line


@pytest.fixture
def login_without_privileges(migrated_url):
    """A login role granted nothing (PUBLIC's defaults only), dropped afterwards."""
    name = f"plain_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(migrated_url, autocommit=True) as conn:
        conn.execute(sql.SQL("create role {} login password 'plain'").format(sql.Identifier(name)))
    try:
        yield migrated_url.replace("postgres:postgres@", f"{name}:plain@", 1)
    finally:
        with psycopg.connect(migrated_url, autocommit=True) as conn:
            conn.execute(sql.SQL("drop role {}").format(sql.Identifier(name)))


UNPRIVILEGED_TASKS = {
    "status": lambda url: tasks.status(Context(), db_url=url),
    "migrate --status": lambda url: tasks.migrate(Context(), db_url=url, status=True),
    "analytics": lambda url: tasks.analytics(Context(), db_url=url),
    "streaks": lambda url: tasks.streaks(Context(), db_url=url),
}


@pytest.mark.parametrize("task_name", UNPRIVILEGED_TASKS)
def test_role_without_privileges_gets_one_line_naming_the_refusal(task_name, login_without_privileges, capsys):
    line = _one_red_line(capsys, lambda: UNPRIVILEGED_TASKS[task_name](login_without_privileges))

    assert "permission denied for" in line or "may not execute" in line
    assert "plain:" not in line


def test_role_without_privileges_running_cron_gets_no_traceback(login_without_privileges, capsys):
    try:
        tasks.cron(Context(), db_url=login_without_privileges)
        code = 0
    except Exit as exc:
        code = exc.code
    captured = capsys.readouterr()

    assert "Traceback" not in captured.err
    if code:
        assert code == 1 and len(captured.err.strip().splitlines()) == 1
        assert "permission denied for" in captured.err
    else:
        assert "pg_cron" in captured.out


def _user_with_a_session(url: str) -> None:
    with psycopg.connect(url) as conn:
        user_id = uuid.uuid4()
        conn.execute("insert into auth.users (id, aud, role, email, created_at, updated_at)"
                     " values (%s, 'authenticated', 'authenticated', %s, now(), now())",
                     (user_id, f"{user_id.hex[:8]}@example.test"))
        conn.execute("insert into public.sessions (user_id, prompt, theme, story_text, voice)"
                     " values (%s, 'a calm lake', 'nature', 'Once...', 'luna')", (user_id,))


def _streak_rows(url: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute("select count(*) from public.user_streaks").fetchone()[0]


@pytest.mark.parametrize("options", [{"top": "-1"}, {"user": "nosuch@x"}], ids=["top -1", "unknown user"])
def test_streaks_refusal_writes_no_streak(options, fresh_db_url, capsys):
    _user_with_a_session(fresh_db_url)
    assert _streak_rows(fresh_db_url) == 0

    _one_red_line(capsys, lambda: tasks.streaks(Context(), db_url=fresh_db_url, **options))

    assert _streak_rows(fresh_db_url) == 0


def test_streaks_for_a_known_user_still_recompute(fresh_db_url, capsys):
    _user_with_a_session(fresh_db_url)

    tasks.streaks(Context(), db_url=fresh_db_url)

    assert _streak_rows(fresh_db_url) == 1


def _window() -> analytics.AnalyticsWindow:
    views = {name: analytics.ViewRows(name, columns, []) for name, columns in analytics.VIEW_COLUMNS.items()}
    return analytics.AnalyticsWindow(14, None, None, views)


def test_csv_export_writes_no_file_when_one_path_is_taken_by_a_folder(tmp_path):
    (tmp_path / "analytics_daily_persona_mix.csv").mkdir()

    with pytest.raises(DevStackError, match="analytics_daily_persona_mix.csv exists and is not a file"):
        analytics.write_csv_files(_window(), tmp_path)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["analytics_daily_persona_mix.csv"]


def test_csv_export_writes_no_file_when_a_later_file_fails(tmp_path, monkeypatch):
    target = tmp_path / "new-folder"
    real_write = analytics._write_csv_file

    def fail_on_the_fourth(view, path):
        if view.name == "analytics_daily_persona_mix":
            raise OSError(28, "No space left on device")
        return real_write(view, path)

    monkeypatch.setattr(analytics, "_write_csv_file", fail_on_the_fourth)

    with pytest.raises(DevStackError, match="No space left on device"):
        analytics.write_csv_files(_window(), target)

    assert not target.exists()


def test_csv_export_writes_every_file_into_an_existing_folder(tmp_path):
    (tmp_path / "keep.txt").write_text("mine")

    written = analytics.write_csv_files(_window(), tmp_path)

    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*(p.name for p in written), "keep.txt"])
    assert all(path.read_text().startswith(analytics.VIEW_COLUMNS[path.stem][0]) for path in written)


def test_with_database_drops_a_dbname_parameter():
    url = with_database("postgresql://u:p@h:5/a?dbname=b&sslmode=disable", "c")

    assert db.database_of(url) == "c"
    assert "sslmode=disable" in url


def test_interrupted_reset_says_when_the_database_is_gone(server_url):
    url = with_database(server_url, "dreamflow_never_created")
    settings = load_settings(db_url=url, project_root=PROJECT_ROOT)

    assert lifecycle.describe_interrupted_reset(settings, url) == (
        "reset stopped: database dreamflow_never_created was dropped and not created again. "
        "Run `invoke reset` again (same --db-url) to create and migrate it."
    )
