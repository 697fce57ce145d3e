"""`invoke test-db` through the real CLI: the project's pgTAP suite passes, a failing test or a plan that does
not match fails the run and is named, the CLI's file discovery holds, and the database is left as found.

Tier pgtap (tests/support/tiers.py): pg_prove (Debian `libtap-parser-sourcehandler-pgtap-perl`) and pgTAP beside the
server (`postgresql-15-pgtap`); without them the tier is skipped with one line saying how to enable it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from dreamflow_dev.db import database_of, with_database
from dreamflow_dev.stack.extensions import PG_PROVE_PACKAGE

pytestmark = pytest.mark.pgtap
REPO = Path(__file__).resolve().parent.parent

# As `supabase test new` writes them: pgTAP's functions unqualified, found through the search path Supabase
# gives `postgres` (`"$user", public, extensions`).
PGTAP_PREAMBLE = "begin;\n"
FAILING_FILE = PGTAP_PREAMBLE + """select plan(2);
select ok(true, 'alice sees her own session');
select ok(false, 'bob cannot see alice''s session');
select * from finish();
rollback;
"""
SHORT_PLAN_FILE = PGTAP_PREAMBLE + """select plan(3);
select ok(true, 'the only test that runs');
select * from finish();
rollback;
"""


def _passing_file(tests: int) -> str:
    lines = "".join(f"select pass('test {number}');\n" for number in range(1, tests + 1))
    return f"{PGTAP_PREAMBLE}select plan({tests});\n{lines}select * from finish();\nrollback;\n"


@pytest.fixture
def tests_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "tests"
    folder.mkdir()
    return folder


def _test_db(url: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "invoke", "-r", str(REPO), "test-db", "--db-url", url, *args]
    environment = env if env is not None else {k: v for k, v in os.environ.items() if k != "SUPABASE_DB_URL"}
    return subprocess.run(command, env=environment, capture_output=True, text=True, timeout=300, check=False)


def _database_shape(url: str) -> dict[str, object]:
    """Everything a test run could leave behind: objects in every schema, roles, and the rows of every table."""
    with psycopg.connect(url) as conn:
        objects = conn.execute(
            """
            select 'schema ' || nspname from pg_catalog.pg_namespace where nspname not like 'pg_temp%'
                and nspname not like 'pg_toast_temp%'
            union all select 'extension ' || extname from pg_catalog.pg_extension
            union all select 'role ' || rolname from pg_catalog.pg_roles
            union all select 'relation ' || c.oid::regclass::text from pg_catalog.pg_class as c
                where c.relpersistence <> 't' and c.relnamespace <> 'pg_catalog'::regnamespace
            union all select 'function ' || p.oid::regprocedure::text from pg_catalog.pg_proc as p
                where p.pronamespace <> 'pg_catalog'::regnamespace
            """
        ).fetchall()
        tables = [row[0] for row in conn.execute(
            "select format('%I.%I', schemaname, tablename) from pg_catalog.pg_tables"
            " where schemaname in ('public', 'auth', 'private') order by 1")]
        rows = {table: conn.execute(f"select count(*) from {table}").fetchone()[0] for table in tables}  # noqa: S608
    return {"objects": sorted(row[0] for row in objects), "rows": rows}


@pytest.fixture
def suite_url(fresh_db_url: str) -> str:
    """A migrated database of the test's own with a user and a session already in it."""
    with psycopg.connect(fresh_db_url) as conn:
        user_id = conn.execute(
            "insert into auth.users (id, email) values (gen_random_uuid(), 'existing@example.invalid') returning id"
        ).fetchone()[0]
        conn.execute("insert into public.sessions (user_id, prompt) values (%s, 'an existing story')", (user_id,))
    return fresh_db_url


def test_developer_can_run_the_project_pgtap_suite(suite_url):
    run = _test_db(suite_url)

    assert run.returncode == 0, run.stdout + run.stderr
    assert "All tests successful." in run.stdout
    assert "Result: PASS" in run.stdout
    for name in ("own_rows_test.sql", "other_users_rows_test.sql", "anon_test.sql", "service_role_test.sql",
                 "analytics_and_streaks_closed_test.sql"):
        assert name in run.stdout


def test_suite_run_leaves_the_database_as_it_found_it(suite_url):
    before = _database_shape(suite_url)

    run = _test_db(suite_url)

    assert run.returncode == 0, run.stdout + run.stderr
    assert _database_shape(suite_url) == before


def test_developer_cannot_pass_with_a_failing_test(fresh_db_url, tests_folder):
    (tests_folder / "feed_test.sql").write_text(FAILING_FILE)

    run = _test_db(fresh_db_url, "--path", str(tests_folder))

    assert run.returncode == 1
    assert "Failed test 2: \"bob cannot see alice's session\"" in run.stdout
    assert "feed_test.sql" in run.stdout and "Result: FAIL" in run.stdout
    assert "pgTAP tests failed" in run.stderr


def test_developer_cannot_pass_with_a_plan_that_does_not_match(fresh_db_url, tests_folder):
    (tests_folder / "plan_test.sql").write_text(SHORT_PLAN_FILE)

    run = _test_db(fresh_db_url, "--path", str(tests_folder))

    assert run.returncode == 1
    assert "plan_test.sql" in run.stdout
    assert "You planned 3 tests but ran 1" in run.stdout


def test_failing_run_leaves_the_database_as_it_found_it(fresh_db_url, tests_folder):
    (tests_folder / "feed_test.sql").write_text(FAILING_FILE)
    (tests_folder / "plan_test.sql").write_text(SHORT_PLAN_FILE)
    before = _database_shape(fresh_db_url)

    run = _test_db(fresh_db_url, "--path", str(tests_folder))

    assert run.returncode == 1
    assert _database_shape(fresh_db_url) == before


def test_runner_finds_sql_and_pg_files_in_subfolders_as_the_cli_does(fresh_db_url, tests_folder):
    (tests_folder / "top_test.sql").write_text(_passing_file(1))
    (tests_folder / "nested").mkdir()
    (tests_folder / "nested" / "deeper_test.pg").write_text(_passing_file(2))
    (tests_folder / "support").mkdir()
    (tests_folder / "support" / "helpers.psql").write_text(FAILING_FILE)
    (tests_folder / "notes.txt").write_text(FAILING_FILE)

    run = _test_db(fresh_db_url, "--path", str(tests_folder))

    assert run.returncode == 0, run.stdout + run.stderr
    assert "Files=2, Tests=3" in run.stdout


def _has_pgtap(url: str) -> bool:
    with psycopg.connect(url) as conn:
        return conn.execute("select exists (select from pg_catalog.pg_extension where extname = 'pgtap')").fetchone()[0]


@pytest.fixture
def url_without_pgtap(fresh_db_url: str, admin_url: str | None) -> str:
    """The test's database with pgTAP dropped, as on a fresh platform project (by whoever may drop it)."""
    dropper = with_database(admin_url, database_of(fresh_db_url)) if admin_url else fresh_db_url
    with psycopg.connect(dropper, autocommit=True) as conn:
        conn.execute("drop extension if exists pgtap")
    return fresh_db_url


def test_runner_drops_the_pgtap_it_created(url_without_pgtap, tests_folder):
    (tests_folder / "one_test.sql").write_text(_passing_file(1))

    run = _test_db(url_without_pgtap, "--path", str(tests_folder))

    assert run.returncode == 0, run.stdout + run.stderr
    assert not _has_pgtap(url_without_pgtap)


def test_runner_keeps_a_pgtap_that_was_already_there(url_without_pgtap, tests_folder):
    (tests_folder / "one_test.sql").write_text(_passing_file(1))
    with psycopg.connect(url_without_pgtap, autocommit=True) as conn:
        conn.execute("create extension pgtap with schema extensions")

    run = _test_db(url_without_pgtap, "--path", str(tests_folder))

    assert run.returncode == 0, run.stdout + run.stderr
    assert _has_pgtap(url_without_pgtap)


def test_developer_without_pg_prove_gets_one_line_saying_how_to_install_it(fresh_db_url, tmp_path):
    python_only = tmp_path / "bin"
    python_only.mkdir()
    (python_only / "python").symlink_to(sys.executable)
    env = {k: v for k, v in os.environ.items() if k != "SUPABASE_DB_URL"} | {"PATH": str(python_only)}

    run = _test_db(fresh_db_url, env=env)

    assert run.returncode == 1
    assert run.stderr.count("\n") == 1
    assert "pg_prove is not installed" in run.stderr and PG_PROVE_PACKAGE in run.stderr


def test_runner_connects_where_the_url_says_whatever_the_pg_environment(fresh_db_url, tests_folder):
    database = fresh_db_url.rsplit("/", 1)[1]
    (tests_folder / "where_test.sql").write_text(
        PGTAP_PREAMBLE + "select plan(2);\n"
        f"select is(current_database(), '{database}', 'psql reached the database of the URL');\n"
        "select is(current_setting('application_name'), 'pgtap-url-check', 'psql got the URL''s parameters');\n"
        "select * from finish();\nrollback;\n")
    env = {k: v for k, v in os.environ.items() if k != "SUPABASE_DB_URL"} | {"PGDATABASE": "template1",
                                                                             "PGPORT": "1"}

    run = _test_db(f"{fresh_db_url}?application_name=pgtap-url-check", "--path", str(tests_folder), env=env)

    assert run.returncode == 0, run.stdout + run.stderr
