"""The migration runner: order, history as the Supabase CLI records it, atomic files, drift, bad names."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

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
        ("20240101000000", "create_t", ["create table public.t (x int)", "insert into public.t values (1)"]),
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


def test_statement_splitter_respects_quotes_comments_and_dollar_bodies():
    sql = (
        "-- header; not a statement\n"
        "create table a (x text default 'a;b' /* c; */);\n"
        "create function f() returns int language plpgsql as $fn$\nbegin\n  perform 1; -- ;\n  return 1;\nend $fn$;\n"
        "select E'it\\'s;', \"we;ird\", $$x;$$;"
    )

    statements = split_statements(sql)

    assert [s.line for s in statements] == [2, 3, 8]
    assert statements[0].text == "create table a (x text default 'a;b' /* c; */)"
    assert statements[1].text.endswith("end $fn$")
    assert statements[2].text == "select E'it\\'s;', \"we;ird\", $$x;$$"


def test_the_projects_seven_migrations_are_discovered_in_order():
    migrations = discover_migrations(Path(__file__).resolve().parent.parent / "supabase" / "migrations")

    assert [m.name for m in migrations] == [
        "create_profiles", "create_rituals", "create_sessions", "create_session_assets",
        "create_session_feedback", "create_user_streaks", "create_analytics_views",
    ]
