"""The migration runner: order, history as the Supabase CLI records it, atomic files, drift, safety, bad input.

The splitter's expected statements below are what `supabase migration up` / `migration repair` 2.117.0
recorded for the same text; tests/test_cli_interop.py checks them against the real CLI.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from dreamflow_dev.errors import DevStackError
from dreamflow_dev.migrate import (
    apply_pending_migrations,
    create_migration_file,
    discover_migrations,
    plan_migrations,
)
from dreamflow_dev.sqlsplit import split_statements

from support.cli_splits import CLI_RECORDED_SPLITS

REPO = Path(__file__).resolve().parent.parent


def _write(folder: Path, name: str, sql: str) -> Path:
    path = folder / name
    path.write_text(sql)
    return path


def _history(url: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute(
            "select version, name, statements from supabase_migrations.schema_migrations order by version"
        ).fetchall()


def test_pending_files_apply_in_version_order_and_are_recorded_like_the_cli(tmp_path, empty_db_url):
    _write(tmp_path, "20240102000000_add_column.sql", "alter table public.t add column y int;")
    _write(tmp_path, "20240101000000_create_t.sql",
           "-- the table\ncreate table public.t (x int);\ninsert into public.t values (1);")

    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        applied = apply_pending_migrations(conn, discover_migrations(tmp_path))

    assert [m.version for m in applied] == ["20240101000000", "20240102000000"]
    assert _history(empty_db_url) == [
        ("20240101000000", "create_t", ["-- the table\ncreate table public.t (x int)",
                                         "insert into public.t values (1)"]),
        ("20240102000000", "add_column", ["alter table public.t add column y int"]),
    ]


def test_running_again_applies_nothing(tmp_path, empty_db_url):
    _write(tmp_path, "20240101000000_create_t.sql", "create table public.t (x int);")
    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        apply_pending_migrations(conn, discover_migrations(tmp_path))
        assert apply_pending_migrations(conn, discover_migrations(tmp_path)) == []


def test_a_failing_file_rolls_back_whole_names_its_line_and_keeps_earlier_files(tmp_path, empty_db_url):
    _write(tmp_path, "20240101000000_good.sql", "create table public.good (x int);")
    _write(tmp_path, "20240102000000_bad.sql",
           "create table public.half (x int);\n\n-- next one fails\nselect *\n  from public.missing_table;\n")

    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        with pytest.raises(DevStackError) as raised:
            apply_pending_migrations(conn, discover_migrations(tmp_path))
        assert conn.execute("select to_regclass('public.good') is not null, to_regclass('public.half')").fetchone() \
            == (True, None)

    assert "migration 20240102000000_bad.sql failed at line 5" in str(raised.value)
    assert "missing_table" in str(raised.value)
    assert [row[0] for row in _history(empty_db_url)] == ["20240101000000"]


def test_a_changed_applied_file_is_reported_as_drift_and_not_rerun(tmp_path, empty_db_url):
    path = _write(tmp_path, "20240101000000_create_t.sql", "create table public.t (x int);")
    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        apply_pending_migrations(conn, discover_migrations(tmp_path))
        path.write_text("create table public.t (x int, y int);")

        plan = plan_migrations(conn, discover_migrations(tmp_path))
        rerun = apply_pending_migrations(conn, discover_migrations(tmp_path))

    assert [m.path.name for m in plan.drifted] == ["20240101000000_create_t.sql"]
    assert rerun == []


@pytest.mark.parametrize("bad_name", ["create_t.sql", "2024_.sql", "v1_create_t.sql"])
def test_a_file_without_a_version_is_refused(tmp_path, bad_name):
    _write(tmp_path, bad_name, "select 1;")

    with pytest.raises(DevStackError, match=f"migration file {bad_name} has no version"):
        discover_migrations(tmp_path)


def test_migration_new_creates_a_timestamped_file(tmp_path):
    path = create_migration_file(tmp_path, "add_story_tags", now=datetime(2026, 11, 25, 1, 2, 3, tzinfo=UTC))

    assert path.name == "20261125010203_add_story_tags.sql"
    assert discover_migrations(tmp_path)[0].name == "add_story_tags"


def test_migration_new_refuses_a_name_that_is_not_snake_case(tmp_path):
    with pytest.raises(DevStackError, match="is not snake_case"):
        create_migration_file(tmp_path, "Add Tags")


@pytest.mark.parametrize(("sql", "recorded"), CLI_RECORDED_SPLITS.values(), ids=CLI_RECORDED_SPLITS.keys())
def test_splitter_gives_the_statements_the_cli_records(sql, recorded):
    assert [statement.text for statement in split_statements(sql)] == recorded


def test_splitter_gives_each_statement_its_first_file_line():
    statements = split_statements("\n-- first\nselect 1;\n\n\nselect\n2;")

    assert [statement.line for statement in statements] == [2, 6]


def test_a_file_the_cli_applied_is_not_reported_as_drift(tmp_path, empty_db_url):
    _write(tmp_path, "20240101000000_create_t.sql",
           "-- The table t: one column.\n\ncreate table public.t (x int);\n\n-- Its comment.\n"
           "comment on table public.t is 'a; b';\n")
    cli_recorded = ["-- The table t: one column.\n\ncreate table public.t (x int)",
                    "-- Its comment.\ncomment on table public.t is 'a; b'"]
    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        _create_history_like_the_cli(conn)
        conn.execute("insert into supabase_migrations.schema_migrations (version, name, statements)"
                      " values ('20240101000000', 'create_t', %s)", (cli_recorded,))

        plan = plan_migrations(conn, discover_migrations(tmp_path))

    assert ([m.version for m in plan.applied], plan.drifted) == (["20240101000000"], [])


def _create_history_like_the_cli(conn: psycopg.Connection) -> None:
    conn.execute("create schema supabase_migrations")
    conn.execute("create table supabase_migrations.schema_migrations"
                 " (version text not null primary key, statements text[], name text)")


def test_the_history_table_has_the_clis_columns(tmp_path, empty_db_url):
    _write(tmp_path, "20240101000000_create_t.sql", "create table public.t (x int);")
    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        apply_pending_migrations(conn, discover_migrations(tmp_path))
        columns = conn.execute(
            "select attname, format_type(atttypid, atttypmod), attnotnull from pg_catalog.pg_attribute"
            " where attrelid = 'supabase_migrations.schema_migrations'::regclass and attnum > 0 order by attnum"
        ).fetchall()
        primary_key = conn.execute(
            "select pg_get_constraintdef(oid) from pg_catalog.pg_constraint"
            " where conrelid = 'supabase_migrations.schema_migrations'::regclass and contype = 'p'"
        ).fetchone()

    assert columns == [("version", "text", True), ("statements", "text[]", False), ("name", "text", False)]
    assert primary_key == ("PRIMARY KEY (version)",)


def test_reading_the_plan_creates_no_history_table(tmp_path, empty_db_url):
    _write(tmp_path, "20240101000000_create_t.sql", "create table public.t (x int);")
    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        plan = plan_migrations(conn, discover_migrations(tmp_path))
        schema = conn.execute("select to_regnamespace('supabase_migrations')").fetchone()[0]

    assert [m.version for m in plan.pending] == ["20240101000000"]
    assert schema is None


def test_a_read_only_role_can_read_the_plan(tmp_path, empty_db_url):
    _write(tmp_path, "20240101000000_create_t.sql", "create table public.t (x int);")
    _write(tmp_path, "20240102000000_add_y.sql", "alter table public.t add column y int;")
    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        apply_pending_migrations(conn, discover_migrations(tmp_path)[:1])
        reader_url = _read_only_role(conn, empty_db_url)
    try:
        with psycopg.connect(reader_url, autocommit=True) as reader:
            plan = plan_migrations(reader, discover_migrations(tmp_path))
    finally:
        _drop_read_only_role(empty_db_url)

    assert ([m.version for m in plan.applied], [m.version for m in plan.pending]) == \
        (["20240101000000"], ["20240102000000"])


READER = "dreamflow_history_reader"


def _read_only_role(conn: psycopg.Connection, url: str) -> str:
    """A login role whose transactions are read-only and that may read the history (when there is one)."""
    conn.execute(f"create role {READER} login password 'reader'")
    conn.execute(f"alter role {READER} set default_transaction_read_only = on")
    if conn.execute("select to_regclass('supabase_migrations.schema_migrations')").fetchone()[0]:
        conn.execute(f"grant usage on schema supabase_migrations to {READER}")
        conn.execute(f"grant select on supabase_migrations.schema_migrations to {READER}")
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{READER}:reader@{parts.hostname}:{parts.port}"))


def _drop_read_only_role(url: str) -> None:
    """Revoke what the role was granted, then drop it (a non-superuser may not `drop owned by` it)."""
    with psycopg.connect(url, autocommit=True) as conn:
        if conn.execute("select to_regclass('supabase_migrations.schema_migrations')").fetchone()[0]:
            conn.execute(f"revoke all on supabase_migrations.schema_migrations from {READER}")
            conn.execute(f"revoke all on schema supabase_migrations from {READER}")
        conn.execute(f"drop role {READER}")


@pytest.mark.slow
@pytest.mark.parametrize("history", ["no_history_table", "one_applied"])
@pytest.mark.parametrize("command", [("status", "--json"), ("migrate", "--status")], ids=["status", "migrate_status"])
def test_a_read_only_role_can_run_the_status_commands_and_they_write_nothing(tmp_path, empty_db_url, command, history):
    migrations = tmp_path / "supabase" / "migrations"
    migrations.mkdir(parents=True)
    first = _write(migrations, "20240101000000_create_t.sql", "create table public.t (x int);")
    _write(migrations, "20240101000001_add_y.sql", "alter table public.t add column y int;")
    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        if history == "one_applied":
            apply_pending_migrations(conn, discover_migrations(first.parent)[:1])
        reader_url = _read_only_role(conn, empty_db_url)
    try:
        done = subprocess.run([sys.executable, "-m", "invoke", "-r", str(REPO), *command, "--db-url", reader_url],
                              env=_env_without_db_url() | {"DREAMFLOW_PROJECT_ROOT": str(tmp_path)},
                              capture_output=True, text=True, timeout=120, check=False)
    finally:
        _drop_read_only_role(empty_db_url)
    with psycopg.connect(empty_db_url) as conn:
        schema = conn.execute("select to_regnamespace('supabase_migrations')").fetchone()[0]

    assert done.returncode == 0, done.stdout + done.stderr
    assert (schema is None) == (history == "no_history_table")
    assert "20240101000001" in done.stdout or '"migrations_pending": ' in done.stdout


def _env_without_db_url() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != "SUPABASE_DB_URL"}


def _add_a_file_older_than_the_applied_history(conn: psycopg.Connection, tmp_path: Path) -> None:
    """Apply 20240101… and 20240103…, then write 20240102_add_z.sql, as a merged branch would."""
    _write(tmp_path, "20240101000000_create_t.sql", "create table public.t (x int);")
    _write(tmp_path, "20240103000000_add_y.sql", "alter table public.t add column y int;")
    apply_pending_migrations(conn, discover_migrations(tmp_path))
    _write(tmp_path, "20240102000000_add_z.sql", "alter table public.t add column z int;")


def test_an_out_of_order_file_is_refused_naming_it_and_the_last_applied_version(tmp_path, empty_db_url):
    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        _add_a_file_older_than_the_applied_history(conn, tmp_path)
        with pytest.raises(DevStackError) as raised:
            apply_pending_migrations(conn, discover_migrations(tmp_path))
        z_added = conn.execute("select count(*) from information_schema.columns where column_name = 'z'").fetchone()

    assert "20240102000000_add_z.sql is older than the last applied version 20240103000000" in str(raised.value)
    assert "--include-all" in str(raised.value)
    assert z_added == (0,)


def test_include_all_applies_an_out_of_order_file(tmp_path, empty_db_url):
    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        _add_a_file_older_than_the_applied_history(conn, tmp_path)
        applied = apply_pending_migrations(conn, discover_migrations(tmp_path), include_all=True)

    assert [m.version for m in applied] == ["20240102000000"]
    assert [row[0] for row in _history(empty_db_url)] == ["20240101000000", "20240102000000", "20240103000000"]


@pytest.mark.parametrize("own_transaction", [
    "begin;\ncreate table public.half (x int);\ncommit;\nselect * from public.missing;",
    "create table public.half (x int);\n-- keep it\nCOMMIT;",
    "start transaction;\ncreate table public.half (x int);\nend;",
    "create table public.half (x int);\nrollback;",
], ids=["begin_commit_then_an_error", "commit", "start_transaction_end", "rollback"])
def test_a_file_that_manages_its_own_transaction_is_refused_before_anything_runs(
        tmp_path, empty_db_url, own_transaction):
    _write(tmp_path, "20240101000000_good.sql", "create table public.good (x int);")
    _write(tmp_path, "20240102000000_own_transaction.sql", own_transaction)

    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        with pytest.raises(DevStackError, match="manages its own transaction") as raised:
            apply_pending_migrations(conn, discover_migrations(tmp_path))
        tables = conn.execute("select to_regclass('public.good'), to_regclass('public.half')").fetchone()
        history = conn.execute("select to_regclass('supabase_migrations.schema_migrations')").fetchone()

    assert "20240102000000_own_transaction.sql" in str(raised.value)
    assert "Nothing was applied" in str(raised.value)
    assert (tables, history) == ((None, None), (None,))


def test_savepoints_inside_a_file_are_allowed(tmp_path, empty_db_url):
    _write(tmp_path, "20240101000000_savepoints.sql",
           "create table public.t (x int);\nsavepoint s;\ninsert into public.t values (1);\nrollback to savepoint s;")
    with psycopg.connect(empty_db_url, autocommit=True) as conn:
        apply_pending_migrations(conn, discover_migrations(tmp_path))
        assert conn.execute("select count(*) from public.t").fetchone() == (0,)


def test_a_file_that_is_not_utf8_is_refused_in_one_line(tmp_path, empty_db_url):
    (tmp_path / "20240101000000_latin1.sql").write_bytes("-- caf\xe9\nselect 1;".encode("latin-1"))

    with psycopg.connect(empty_db_url, autocommit=True) as conn, pytest.raises(DevStackError) as raised:
        apply_pending_migrations(conn, discover_migrations(tmp_path))

    assert str(raised.value) == ("migration file 20240101000000_latin1.sql is not UTF-8: byte 0xe9 on line 1. "
                                 "Save it as UTF-8 and run the command again.")


def test_migration_new_refuses_a_name_too_long_for_a_file(tmp_path):
    with pytest.raises(DevStackError, match="migration name is too long: 301 characters"):
        create_migration_file(tmp_path, "a" * 301)

    assert list(tmp_path.iterdir()) == []


def test_the_projects_seven_migrations_are_discovered_in_order():
    migrations = discover_migrations(Path(__file__).resolve().parent.parent / "supabase" / "migrations")

    assert [m.name for m in migrations] == [
        "create_profiles", "create_rituals", "create_sessions", "create_session_assets",
        "create_session_feedback", "create_user_streaks", "create_analytics_views",
    ]


@pytest.mark.slow
def test_bad_input_ends_in_one_red_line_without_a_traceback(tmp_path, empty_db_url):
    migrations = tmp_path / "supabase" / "migrations"
    migrations.mkdir(parents=True)
    (tmp_path / "supabase" / "config.toml").write_text('project_id = "bad-input"\n')
    (migrations / "20240101000000_latin1.sql").write_bytes("-- caf\xe9\nselect 1;".encode("latin-1"))
    env = _env_without_db_url() | {"DREAMFLOW_PROJECT_ROOT": str(tmp_path)}

    runs = [subprocess.run([sys.executable, "-m", "invoke", "-r", str(REPO), *args], env=env,
                           capture_output=True, text=True, timeout=120, check=False)
            for args in (("migrate", "--db-url", empty_db_url), ("migration-new", "a" * 301))]

    assert [(run.returncode, len(run.stderr.strip().splitlines())) for run in runs] == [(1, 1), (1, 1)]
    assert "is not UTF-8" in runs[0].stderr
    assert "migration name is too long" in runs[1].stderr
