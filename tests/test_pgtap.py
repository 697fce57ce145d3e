"""`invoke test-db` through the real CLI: the project's pgTAP suite passes, a failing test or a plan that does
not match fails the run and is named, the CLI's file discovery holds, the database is left as found, the
basejump-style helpers behave as basejump documents them (and live beside basejump's own), and two runs at once
do not pull pgTAP from under each other.

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
from dreamflow_dev.pgtap import HELPERS_SQL
from dreamflow_dev.polling import retry_until
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


def _test_db_command(url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "invoke", "-r", str(REPO), "test-db", "--db-url", url, *args]


def _test_db(url: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = env if env is not None else _environment()
    return subprocess.run(_test_db_command(url, *args), env=environment, capture_output=True, text=True,
                          timeout=300, check=False)


def _run_one_passing_test(url: str, tests_folder: Path,
                          setup_sql: str | None = None) -> subprocess.CompletedProcess[str]:
    """`invoke test-db` on a folder of one passing test, after `setup_sql` (what the database held before the
    run) was committed."""
    (tests_folder / "one_test.sql").write_text(_passing_file(1))
    if setup_sql:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(setup_sql)
    return _test_db(url, "--path", str(tests_folder))


def _environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "SUPABASE_DB_URL"}


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
    assert "basejump_style_test.sql" in run.stdout


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
    run = _run_one_passing_test(url_without_pgtap, tests_folder)

    assert run.returncode == 0, run.stdout + run.stderr
    assert not _has_pgtap(url_without_pgtap)


def test_runner_keeps_a_pgtap_that_was_already_there(url_without_pgtap, tests_folder):
    run = _run_one_passing_test(url_without_pgtap, tests_folder, "create extension pgtap with schema extensions")

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


# What basejump documents for its helpers (its README and its own tests), as a user's test file would check it.
HELPERS_BEHAVE_FILE = PGTAP_PREAMBLE + """select plan(21);
select tests.create_supabase_user('owner');
select tests.create_supabase_user('member', 'member@test.example', '555-555-5555', '{"team": "blue"}');

select throws_ok($$ select tests.authenticate_as('nobody') $$, 'User with identifier nobody not found');
select lives_ok($$ select tests.authenticate_as('owner') $$, 'authenticate_as a created user');
select is(auth.uid(), tests.get_supabase_uid('owner'), 'auth.uid() is that user');
select is(current_role::text, 'authenticated', 'the role is authenticated');
select is(auth.role(), 'authenticated', 'auth.role() says authenticated');
select ok(current_setting('request.jwt.claims')::jsonb ?& array['sub', 'email', 'phone', 'user_metadata',
          'app_metadata'], 'the claims carry sub, email, phone, user_metadata and app_metadata');
select is(current_setting('request.jwt.claim.sub'), tests.get_supabase_uid('owner')::text,
          'the older request.jwt.claim.sub agrees');

select tests.authenticate_as('member');
select is(auth.email(), 'member@test.example', 'auth.email() is the email given');
select is(auth.jwt() -> 'user_metadata' ->> 'team', 'blue', 'the metadata given is in user_metadata');
select is(tests.get_supabase_user('member') ->> 'phone', '555-555-5555', 'get_supabase_user returns the phone');
select ok(tests.create_supabase_user('made_by_member') is not null, 'a signed-in test can create users');
select is(current_role::text, 'authenticated', 'creating a user leaves the role as it was');
select throws_ok($$ select * from auth.users $$, '42501', 'permission denied for table users',
                 'the API roles still cannot read auth.users');

select tests.authenticate_as_service_role();
select is(current_role::text, 'service_role', 'authenticate_as_service_role sets service_role');
select is(auth.uid(), null, 'service_role is no user');

select tests.clear_authentication();
select is(current_role::text, 'anon', 'clear_authentication sets anon');
select is(auth.uid(), null, 'anon is no user');
select is(current_setting('request.jwt.claims'), '', 'anon has no claims');
select ok(tests.get_supabase_uid('owner') is not null, 'anon can look up test users');

reset role;
select results_eq($$ select u.aud, u.role, u.email_confirmed_at is not null, u.raw_app_meta_data ->> 'provider',
                            i.provider, i.identity_data ->> 'sub' = u.id::text
                     from auth.users as u join auth.identities as i on i.user_id = u.id
                     where u.id = tests.get_supabase_uid('owner') $$,
                  $$ values ('authenticated'::varchar, 'authenticated'::varchar, true, 'email', 'email', true) $$,
                  'a test user is a confirmed email sign-up with its identity, as GoTrue makes one');

create table public.without_rls (id int);
select check_test(tests.rls_enabled('public', 'without_rls'), false);
select * from finish();
rollback;
"""


def test_test_files_use_the_helpers_as_basejump_documents_them(fresh_db_url, tests_folder):
    (tests_folder / "helpers_test.sql").write_text(HELPERS_BEHAVE_FILE)

    run = _test_db(fresh_db_url, "--path", str(tests_folder))

    assert run.returncode == 0, run.stdout + run.stderr


def test_rls_enabled_fails_on_a_schema_with_a_table_without_rls(fresh_db_url, tests_folder):
    (tests_folder / "rls_test.sql").write_text(
        PGTAP_PREAMBLE + "select plan(1);\ncreate table public.forgotten (id int);\n"
        "select tests.rls_enabled('public');\nselect * from finish();\nrollback;\n")

    run = _test_db(fresh_db_url, "--path", str(tests_folder))

    assert run.returncode == 1
    assert "every table in schema public has row level security enabled" in run.stdout
    assert "without row level security: forgotten" in run.stderr + run.stdout


# basejump's documented freeze_time/unfreeze_time, as a user's test file would check them: now() and a row's
# default created_at (in a table created while frozen) see the frozen instant, also when acting as a user; what
# was bound before the freeze keeps the real clock; unfreezing gives the real clock and search path back.
FROZEN_TIME_FILE = PGTAP_PREAMBLE + """select plan(13);
select set_config('test.path_before_freeze', current_setting('search_path'), true);
select tests.freeze_time('2020-01-01 00:00:00+00');
select is(now(), '2020-01-01 00:00:00+00'::timestamptz, 'now() is the frozen instant');
select ok(current_setting('search_path') like 'test_overrides,%', 'test_overrides is first on the search path');
select isnt(now(), pg_catalog.now(), 'pg_catalog.now() still tells the real time');

create table public.frozen_notes (id int, created_at timestamptz not null default now());
insert into public.frozen_notes (id) values (1);
select is((select created_at from public.frozen_notes where id = 1), '2020-01-01 00:00:00+00'::timestamptz,
          'a row''s default created_at is the frozen instant');

select tests.create_supabase_user('sleeper');
select tests.authenticate_as('sleeper');
select tests.freeze_time('2021-06-15 20:30:00.123456+02');
select is(now(), '2021-06-15 18:30:00.123456+00'::timestamptz, 'a signed-in test can move the frozen instant');
insert into public.sessions (user_id, prompt) values (auth.uid(), 'a fox who counts stars');
select is((select created_at from public.sessions where user_id = auth.uid()), pg_catalog.now(),
          'a table made before the freeze keeps the real clock in its default');
select throws_ok($$ create or replace function test_overrides.now() returns timestamptz language sql
                    as 'select pg_catalog.now()' $$, '42501', 'permission denied for schema test_overrides',
                 'the API roles cannot replace the overriding now()');
set local timezone = 'Asia/Tokyo';
set local datestyle = 'SQL, DMY';
select is(now(), '2021-06-15 18:30:00.123456+00'::timestamptz, 'the frozen instant ignores TimeZone and DateStyle');
select tests.freeze_time('2022-03-03'::date);
select is(now(), '2022-03-03 00:00:00+09'::timestamptz, 'a date freezes at its midnight in the session zone');
select throws_ok($$ select tests.freeze_time(null) $$, 'cannot freeze time at null');

select tests.unfreeze_time();
select is(now(), pg_catalog.now(), 'after unfreeze_time now() is the real transaction time again');
select is(current_setting('search_path'), current_setting('test.path_before_freeze'),
          'unfreeze_time gives the search path back');
select lives_ok($$ select tests.unfreeze_time() $$, 'unfreezing twice changes nothing');
select * from finish();
rollback;
"""


def test_test_files_freeze_and_unfreeze_time_as_basejump_documents(suite_url, tests_folder):
    (tests_folder / "frozen_time_test.sql").write_text(FROZEN_TIME_FILE)
    before = _database_shape(suite_url)

    run = _test_db(suite_url, "--path", str(tests_folder))

    assert run.returncode == 0, run.stdout + run.stderr
    assert _database_shape(suite_url) == before


def test_frozen_time_is_the_freezing_transaction_s_alone(fresh_db_url):
    """Another session, even one that puts test_overrides first itself, and the freezer's next transaction see
    the real clock: the frozen instant lives only in the freezing transaction's own settings."""
    _helpers_installed_by_hand(fresh_db_url, "installed by the project")
    frozen = "select now() = '2020-01-01 00:00:00+00'::timestamptz"
    with psycopg.connect(fresh_db_url) as freezer, psycopg.connect(fresh_db_url) as other:
        freezer.execute("set role authenticated")
        freezer.execute("select tests.freeze_time('2020-01-01 00:00:00+00')")
        assert freezer.execute(frozen).fetchone()[0]
        other.execute("set role anon")
        other.execute("set search_path = test_overrides, pg_catalog, public")

        assert not other.execute(frozen).fetchone()[0]
        freezer.commit()
        assert not freezer.execute("select current_setting('search_path') like '%test_overrides%'").fetchone()[0]
        freezer.execute("set search_path = test_overrides, pg_catalog, public")
        assert not freezer.execute(frozen).fetchone()[0]


def _helpers_installed_by_hand(url: str, marker: str) -> None:
    """Helpers of this API already in the database, as basejump's manual installation leaves them."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(HELPERS_SQL.read_text())
        conn.execute(f"comment on function tests.create_supabase_user(text, text, text, jsonb) is '{marker}'")


def _helpers_comment(url: str) -> str | None:
    with psycopg.connect(url) as conn:
        return conn.execute("select obj_description(to_regprocedure("
                            "'tests.create_supabase_user(text, text, text, jsonb)'), 'pg_proc')").fetchone()[0]


def test_suite_runs_beside_helpers_installed_before_and_leaves_them(suite_url):
    _helpers_installed_by_hand(suite_url, "installed by the project")

    run = _test_db(suite_url)

    assert run.returncode == 0, run.stdout + run.stderr
    assert _helpers_comment(suite_url) == "installed by the project"


def test_test_file_can_install_basejump_helpers_itself(fresh_db_url, tests_folder):
    (tests_folder / "own_install_test.sql").write_text(
        PGTAP_PREAMBLE + HELPERS_SQL.read_text() + "select plan(1);\nselect tests.create_supabase_user('me');\n"
        "select tests.authenticate_as('me');\nselect is(auth.uid(), tests.get_supabase_uid('me'), 'it works');\n"
        "select * from finish();\nrollback;\n")

    run = _test_db(fresh_db_url, "--path", str(tests_folder))

    assert run.returncode == 0, run.stdout + run.stderr


def test_runner_keeps_a_tests_schema_it_did_not_create(fresh_db_url, tests_folder):
    run = _run_one_passing_test(fresh_db_url, tests_folder,
                                "create schema tests; create table tests.fixtures (name text)")

    assert run.returncode == 0, run.stdout + run.stderr
    with psycopg.connect(fresh_db_url) as conn:
        left = conn.execute("select p.proname from pg_catalog.pg_proc as p"
                            " where p.pronamespace = to_regnamespace('tests')").fetchall()
        assert conn.execute("select to_regclass('tests.fixtures') is not null").fetchone()[0]
        assert conn.execute("select to_regnamespace('test_overrides') is null").fetchone()[0]
    assert left == []


def _wait_until_sleeping(url: str) -> None:
    def sleeping() -> None:
        with psycopg.connect(url) as conn:
            if not conn.execute("select exists (select from pg_catalog.pg_stat_activity where datname ="
                                " current_database() and query like '%pg_sleep(2)%' and pid <> pg_backend_pid())"
                                ).fetchone()[0]:
                raise LookupError("the first run is not in its test yet")

    retry_until(sleeping, timeout=60, retry_on=LookupError)


def test_two_runs_at_once_both_pass_and_leave_no_pgtap(url_without_pgtap, tmp_path):
    quick, slow = tmp_path / "quick", tmp_path / "slow"
    quick.mkdir(), slow.mkdir()
    (quick / "quick_test.sql").write_text(
        PGTAP_PREAMBLE + "select plan(1);\nselect pg_sleep(2);\nselect pass('quick');\nselect * from finish();\n"
        "rollback;\n")
    # Still running when the quick one ends: pgTAP and the helpers must outlive the quick run.
    (slow / "slow_test.sql").write_text(
        PGTAP_PREAMBLE + "select plan(1);\nselect pg_sleep(4);\nselect tests.create_supabase_user('late');\n"
        "select pass('slow');\nselect * from finish();\nrollback;\n")
    first = subprocess.Popen(_test_db_command(url_without_pgtap, "--path", str(quick)), env=_environment(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_sleeping(url_without_pgtap)
        second = _test_db(url_without_pgtap, "--path", str(slow))
    finally:
        first_out, first_err = first.communicate(timeout=300)

    assert first.returncode == 0, first_out + first_err
    assert second.returncode == 0, second.stdout + second.stderr
    assert "another `invoke test-db` is running on this database" in second.stderr
    assert not _has_pgtap(url_without_pgtap)
