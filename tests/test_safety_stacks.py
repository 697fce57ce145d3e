"""Writing tasks act only on the database they were pointed at: this checkout's own running stack, or an
explicit --db-url whose database name is honoured. A second checkout left on the same port, a folder
without supabase/config.toml, or a template database are refused in one line with nothing written."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from dreamflow_dev.config import local_url
from dreamflow_dev.db import with_database
from dreamflow_dev.stack.ports import free_port

from support.cli_project import make_project, run_invoke

pytestmark = pytest.mark.slow
KEEP = "public.first_checkouts_data"


@pytest.fixture(scope="module")
def first_checkout() -> Iterator[tuple[Path, int]]:
    """A checkout whose stack runs, holding a table of its own that no other task may touch."""
    port = free_port()
    folder = make_project(port)
    try:
        up = run_invoke(folder, "up")
        assert up.returncode == 0, up.stderr
        with psycopg.connect(local_url(port), autocommit=True) as conn:
            conn.execute(f"create table {KEEP} (n int); insert into {KEEP} values (1500)")
        yield folder, port
    finally:
        run_invoke(folder, "down", "--volumes")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def second_checkout(first_checkout) -> Iterator[Path]:
    """Another clone configured for the same port, its own stack never started."""
    folder = make_project(first_checkout[1])
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _first_checkouts_data_is_intact(port: int) -> bool:
    with psycopg.connect(local_url(port)) as conn:
        return conn.execute(f"select to_regclass('{KEEP}') is not null").fetchone()[0] and \
            conn.execute(f"select n from {KEEP}").fetchone() == (1500,)


@pytest.mark.parametrize(("task", "action"), [(("reset",), "reset the database"), (("seed", "--users", "5"),
                         "seed demo data"), (("migrate",), "apply migrations"), (("up",), "port")])
def test_a_second_checkout_on_the_same_port_cannot_write_to_the_first(first_checkout, second_checkout, task, action):
    result = run_invoke(second_checkout, *task)

    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and action in lines[0], result.stderr
    assert _first_checkouts_data_is_intact(first_checkout[1])


def test_the_first_checkout_can_still_migrate_its_own_stack(first_checkout):
    result = run_invoke(first_checkout[0], "migrate")

    assert result.returncode == 0, result.stderr
    assert "0 applied, 7 already applied" in result.stdout


@pytest.mark.parametrize("database", ["template1", "template0"])
def test_reset_of_a_template_database_by_url_is_refused_and_postgres_is_kept(first_checkout, database):
    folder, port = first_checkout
    result = run_invoke(folder, "reset", "--db-url", local_url(port, database=database))

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: refusing to reset database {database}: it is a template Postgres copies to create every database. "
        "Point --db-url at your app's database (…/postgres)."]
    assert _first_checkouts_data_is_intact(port)


def test_reset_by_url_resets_the_database_the_url_names(first_checkout):
    folder, port = first_checkout
    other = with_database(local_url(port), "other_app")
    with psycopg.connect(local_url(port), autocommit=True) as conn:
        conn.execute(sql.SQL("create database {}").format(sql.Identifier("other_app")))
    try:
        result = run_invoke(folder, "reset", "--db-url", other)
        with psycopg.connect(other) as conn:
            applied = conn.execute("select count(*) from supabase_migrations.schema_migrations").fetchone()[0]
    finally:
        with psycopg.connect(local_url(port), autocommit=True) as conn:
            conn.execute("drop database if exists other_app with (force)")

    assert result.returncode == 0, result.stderr
    assert applied == 7
    assert _first_checkouts_data_is_intact(port)


@pytest.mark.parametrize("task", [("status",), ("reset",), ("migrate",), ("seed",), ("up",)])
def test_a_folder_without_config_toml_is_refused_with_how_to_start(task):
    folder = make_project(free_port())
    (folder / "supabase" / "config.toml").unlink()
    try:
        result = run_invoke(folder, *task)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "supabase/config.toml is missing" in lines[0] and "supabase init" in lines[0]


def test_migration_new_without_a_supabase_folder_creates_nothing():
    folder = make_project(free_port())
    shutil.rmtree(folder / "supabase")
    try:
        result = run_invoke(folder, "migration-new", "add_story_tags", SUPABASE_DB_URL=local_url(1))
        created = (folder / "supabase").exists()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    assert result.returncode == 1
    assert "supabase init" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not created
