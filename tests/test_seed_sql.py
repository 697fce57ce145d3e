"""`invoke seed --sql`: the demo data as a plain SQL seed file that `supabase db reset` loads ([db.seed]).

Loaded by the real CLI (`supabase db push --include-seed`, tier cli), the way the CLI seeds (the file split
into statements, each sent on its own in one transaction, as `postgres`) or with psql, it gives the rows
`invoke seed` gives with the same options, in every table the seed reaches; the committed supabase/seed.sql is
what the generator writes today.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from dreamflow_dev.lifecycle import throwaway_stack
from dreamflow_dev.sqlsplit import split_statements
from seeds import seed_database
from seeds.options import SeedOptions, utc_now
from seeds.sql_seed_file import one_line_literal, seed_sql_statements, write_seed_sql_file
from seeds.vocabulary import DEMO_PASSWORD

from support.supabase_cli import socket_dsn

REPO = Path(__file__).resolve().parent.parent
COMMITTED_SEED = REPO / "supabase" / "seed.sql"
OPTIONS = SeedOptions(users=8, days=10, seed=7, today=utc_now().date() - timedelta(days=1))
# Columns whose value is made where the rows land, not by the seed: the bcrypt hash of the demo password (a
# fresh salt each time; checked against the password instead), the identity's own id (a column default) and
# when the streaks were recomputed.
MADE_ON_LOAD = {"auth.users": ["encrypted_password"], "auth.identities": ["id"],
                "public.user_streaks": ["computed_at", "updated_at"]}
HEADER_OPTIONS = re.compile(r"--users (\d+) --days (\d+) --seed (\d+)(?: --today (\S+))?( --reset)?`")


def _load_as_the_cli_seeds(url: str, path: Path) -> None:
    """As the CLI's seeding does: one transaction, each statement of the split file sent on its own through
    the extended protocol (which refuses several statements in one message, and COPY FROM stdin)."""
    with psycopg.connect(url) as conn:
        for statement in split_statements(path.read_text()):
            conn.execute(statement.text, prepare=True)


def _load_with_psql(url: str, path: Path, psql: str) -> None:
    subprocess.run([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(path), url], check=True,
                   capture_output=True)


def _seeded_rows(url: str) -> dict[str, list[str]]:
    """Every row of every table in the schemas the seed writes (auth, public, private), as sorted JSON."""
    with psycopg.connect(url) as conn:
        tables = [row[0] for row in conn.execute(
            "select format('%I.%I', schemaname, tablename) from pg_catalog.pg_tables"
            " where schemaname in ('auth', 'public', 'private') order by 1")]
        return {table: sorted(row[0] for row in conn.execute(
            sql.SQL("select (to_jsonb(t) - {}::text[])::text from {} as t").format(
                sql.Literal(MADE_ON_LOAD.get(table, [])), sql.SQL(table))))
            for table in tables}


def _demo_password_opens_every_account(url: str) -> bool:
    with psycopg.connect(url) as conn:
        return conn.execute("select bool_and(encrypted_password = extensions.crypt(%s, encrypted_password))"
                            " from auth.users", (DEMO_PASSWORD,)).fetchone()[0]


@pytest.mark.parametrize("loader", ["cli_statements", "psql"])
def test_seed_file_loads_the_rows_invoke_seed_writes(fresh_db_url, second_fresh_db_url, tmp_path, pg_binaries,
                                                      loader):
    seed_file = tmp_path / "seed.sql"
    write_seed_sql_file(seed_file, OPTIONS)
    seed_database(fresh_db_url, OPTIONS)

    if loader == "psql":
        _load_with_psql(second_fresh_db_url, seed_file, pg_binaries.program("psql"))
    else:
        _load_as_the_cli_seeds(second_fresh_db_url, seed_file)

    from_file, from_invoke = _seeded_rows(second_fresh_db_url), _seeded_rows(fresh_db_url)
    assert from_file == from_invoke
    assert len(from_file["public.sessions"]) > OPTIONS.users
    assert _demo_password_opens_every_account(second_fresh_db_url)


@pytest.fixture
def socket_dir() -> Iterator[Path]:
    """Where the CLI's cluster puts its socket: the offline CLI's only way in (the server's OS user writes it)."""
    folder = Path(tempfile.mkdtemp(prefix="dreamflow-seed-socket-"))
    folder.chmod(0o1777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.cli
@pytest.mark.slow
def test_supabase_seeding_loads_the_rows_invoke_seed_writes(cli, socket_dir, pg_binaries, fresh_db_url, tmp_path):
    project = tmp_path / "project"
    (project / "supabase").mkdir(parents=True)
    (project / "supabase" / "config.toml").write_text(
        'project_id = "seed-test"\n[db.seed]\nenabled = true\nsql_paths = ["./seed.sql"]\n')
    (project / "supabase" / "migrations").symlink_to(REPO / "supabase" / "migrations")
    write_seed_sql_file(project / "supabase" / "seed.sql", OPTIONS)
    seed_database(fresh_db_url, OPTIONS)

    with throwaway_stack(pg_binaries, migrate=True, prefix="dreamflow-seed-cli-",
                         unix_socket_directories=str(socket_dir)) as cluster:
        pushed = cli.run(project, "db", "push", "--include-seed", "--yes", "--db-url",
                         socket_dsn(socket_dir, cluster.port, "postgres"))

        assert "Seeding data from supabase/seed.sql" in pushed.stdout + pushed.stderr
        assert _seeded_rows(cluster.url) == _seeded_rows(fresh_db_url)


def test_loading_the_seed_file_again_replaces_its_users(second_fresh_db_url, tmp_path):
    seed_file = tmp_path / "seed.sql"
    write_seed_sql_file(seed_file, OPTIONS)
    _load_as_the_cli_seeds(second_fresh_db_url, seed_file)
    first = _seeded_rows(second_fresh_db_url)

    _load_as_the_cli_seeds(second_fresh_db_url, seed_file)

    assert _seeded_rows(second_fresh_db_url) == first


def test_committed_seed_file_is_what_the_generator_writes():
    text = COMMITTED_SEED.read_text()
    command = text.splitlines()[0].split("`")[1]
    users, days, seed, today, reset = HEADER_OPTIONS.search(text.splitlines()[0]).groups()
    options = SeedOptions(users=int(users), days=int(days), seed=int(seed), reset=bool(reset),
                          today=date.fromisoformat(today))

    regenerated = "".join(seed_sql_statements(options, options.resolve_now(), command))

    assert text == regenerated, f"supabase/seed.sql is out of date: run `{command}`"


def test_supabase_db_reset_loads_the_committed_seed_file():
    config = tomllib.loads((REPO / "supabase" / "config.toml").read_text())

    seed = config["db"]["seed"]

    assert seed["enabled"] is True
    assert [(REPO / "supabase" / path).resolve() for path in seed["sql_paths"]] == [COMMITTED_SEED]


def _invoke_seed(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "invoke", "-r", str(REPO), "seed", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def test_developer_writes_a_seed_file_without_a_database(tmp_path):
    target, day = tmp_path / "seed.sql", date(2026, 1, 31).isoformat()

    run = _invoke_seed("--sql", str(target), "--users", "3", "--days", "2", "--today", day)

    assert run.returncode == 0, run.stderr
    assert target.read_text().startswith(f"-- Dream Flow demo data, written by `invoke seed --sql {target} "
                                         f"--users 3 --days 2 --seed 42 --today {day}`")


@pytest.mark.slow
@pytest.mark.parametrize(("args", "message"), [
    (("--sql", "{missing}/seed.sql"), "its folder does not exist"),
    (("--sql", "{tmp}"), "it is a folder"),
    (("--sql", "{tmp}/seed.sql", "--db-url", "postgresql://postgres@127.0.0.1:1/postgres"), "--db-url was given"),
    (("--sql", "{tmp}/seed.sql", "--today", "yesterday"), "--today must be a day as YYYY-MM-DD"),
    (("--sql", "{tmp}/seed.sql", "--today", "2999-01-01"), "is in the future"),
], ids=["missing-folder", "a-folder", "with-db-url", "bad-day", "future-day"])
def test_developer_gets_one_line_and_no_file_for_bad_input(tmp_path, args, message):
    filled = [arg.format(tmp=tmp_path, missing=tmp_path / "missing") for arg in args]

    run = _invoke_seed(*filled)

    assert run.returncode == 1
    assert message in run.stderr and run.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


MULTILINE_TEXTS = {
    "paragraphs": "Once upon a time.\n\nThe end.",
    "quote and backslash": "It's a \\ path\nand a 'quoted' line",
    "carriage returns": "one\r\ntwo\rthree \\n stays two characters",
}


@pytest.mark.parametrize("case", MULTILINE_TEXTS)
def test_text_with_line_breaks_is_one_line_in_the_file_and_reads_back_unchanged(conn, case):
    text = MULTILINE_TEXTS[case]

    literal = one_line_literal(text)

    assert "\n" not in literal and "\r" not in literal
    assert len(split_statements(f"select {literal};\nselect 1;\n")) == 2
    assert conn.execute(f"select {literal}").fetchone()[0] == text
