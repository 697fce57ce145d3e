"""Shared fixtures: one throwaway native cluster per test session (never the developer's `invoke up`
stack), bootstrapped like the platform by supabase_admin, then migrated as `postgres` with the project's own
runner; or `--db-url` / SUPABASE_DB_URL for an existing Supabase database, which is never bootstrapped.
Every test connects as `postgres`, never as a superuser.

- `migrated_url`: the migrated database (the cluster's `postgres`, or the --db-url database).
- `conn`: a connection to it whose work is rolled back after each test (one connection per test module, each
  test inside a savepoint: a test that writes through a connection of its own uses `fresh_db_url`).
- `fresh_db_url`: a new database cloned from a migrated template, dropped after the test, for tests
  that must commit (seed, streaks, analytics, the runner). `postgres` creates it; on the throwaway cluster
  supabase_admin bootstraps it, under --db-url it gets what its owner may create (`prepare_owned_database`).
- `world`: users Alice and Bob with a row in every table, inside `conn`'s transaction (built once per test
  module; each test's own work is undone by a savepoint).
"""

from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest

from dreamflow_dev.config import PROJECT_ROOT, load_settings
from dreamflow_dev.databases import create_database, drop_database
from dreamflow_dev.lifecycle import give_supabase_layer, prepare_database, throwaway_stack
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import PgBinaries, find_pg_binaries

from support.clusters import TEST_PREFIX, make_throwaway_cluster
from support.scratch import keep_temporary_files_in_ram
from support.supabase_cli import SupabaseCli, cli_or_skip
from support.tiers import TierGate
from support.world import World, build_world

TEMPLATE_DB = "dreamflow_template"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--db-url", default=os.environ.get("SUPABASE_DB_URL"),
                     help="run against this existing database instead of a throwaway cluster")


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(TierGate(), "dreamflow-tiers")
    keep_temporary_files_in_ram()
    # The Ctrl-C tests send SIGINT to the tasks they start. A runner that starts pytest in the background
    # (a script's `&`) has it ignore SIGINT, and children inherit that; a handler of pytest's own is reset
    # to the default in every child, so they take Ctrl-C as from a terminal.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)



@pytest.fixture(scope="session")
def pg_binaries() -> PgBinaries:
    return find_pg_binaries(15)


@pytest.fixture
def cluster(pg_binaries: PgBinaries) -> Iterator[NativeCluster]:
    """A cluster of the test's own, not yet started (for tests of starting, stopping and crashing it)."""
    made = make_throwaway_cluster(pg_binaries)
    yield made
    made.destroy()


@pytest.fixture(scope="session")
def throwaway_cluster(pg_binaries: PgBinaries) -> Iterator[NativeCluster]:
    """The session's server: bootstrapped like the platform; `migrated_url` migrates its database."""
    with throwaway_stack(pg_binaries, migrate=False, prefix=TEST_PREFIX) as cluster:
        yield cluster


@pytest.fixture(scope="session")
def server_url(request: pytest.FixtureRequest) -> str:
    """The URL of the server the session tests: --db-url's, or the throwaway cluster's."""
    external = request.config.getoption("--db-url")
    if external:
        return external
    return request.getfixturevalue("throwaway_cluster").url


@pytest.fixture(scope="session")
def admin_url(request: pytest.FixtureRequest) -> str | None:
    """The throwaway cluster's supabase_admin URL, for bootstrapping new databases; None under --db-url."""
    if request.config.getoption("--db-url"):
        return None
    return request.getfixturevalue("throwaway_cluster").admin_url


@pytest.fixture(scope="session")
def migrated_url(server_url: str) -> str:
    prepare_database(load_settings(db_url=server_url, project_root=PROJECT_ROOT), server_url)
    return server_url


@pytest.fixture(scope="module")
def module_conn(migrated_url: str) -> Iterator[psycopg.Connection]:
    """The test module's connection to the migrated database, in one transaction rolled back after its last
    test: `conn` hands it to each test inside a savepoint, so a test pays for neither a connection nor `world`."""
    with _rolled_back_connection(migrated_url) as connection:
        yield connection


@pytest.fixture
def conn(request: pytest.FixtureRequest, module_conn: psycopg.Connection) -> Iterator[psycopg.Connection]:
    """A connection whose work is always rolled back: the database stays as it was. The world, when the test
    asks for it, is built first, outside the test's savepoint, and stays for the module's later tests."""
    if "world" in request.fixturenames:
        request.getfixturevalue("module_world")
    with _undone_by_a_savepoint(module_conn):
        yield module_conn


@pytest.fixture
def own_conn(module_db_url: str) -> Iterator[psycopg.Connection]:
    """As `conn`, in the test module's own database: for checks over the whole database (every session),
    which would otherwise take as long as the --db-url database is big."""
    with _rolled_back_connection(module_db_url) as connection:
        yield connection


@contextmanager
def _rolled_back_connection(url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(url) as connection:
        try:
            yield connection
        finally:
            connection.rollback()


@contextmanager
def _undone_by_a_savepoint(connection: psycopg.Connection) -> Iterator[psycopg.Connection]:
    """Whatever the test does in the connection's transaction (rows, role, settings, even an error) is rolled
    back to where it started."""
    connection.execute("savepoint before_the_test")
    try:
        yield connection
    finally:
        connection.execute("rollback to savepoint before_the_test")


@pytest.fixture(scope="module")
def module_world(module_conn: psycopg.Connection) -> World:
    """Alice and Bob, built once per test module in its connection's transaction: building them costs more
    than most of the RLS and constraint tests that use them."""
    return build_world(module_conn)


@pytest.fixture
def world(conn: psycopg.Connection, module_world: World) -> World:
    """Alice and Bob with a row in every table, in `conn`'s transaction."""
    return module_world


@pytest.fixture(scope="session")
def template_url(server_url: str, admin_url: str | None) -> Iterator[str]:
    """A migrated database to clone (`create database ... template`), made once per session."""
    drop_database(server_url, TEMPLATE_DB)
    url = create_database(server_url, TEMPLATE_DB)
    try:
        give_supabase_layer(url, admin_url)
        prepare_database(load_settings(db_url=url, project_root=PROJECT_ROOT), url)
        yield url
    finally:
        drop_database(server_url, TEMPLATE_DB)


@pytest.fixture
def fresh_db_url(server_url: str, template_url: str) -> Iterator[str]:
    """A migrated database of the test's own, dropped afterwards."""
    with _clone_of_the_template(server_url) as url:
        yield url


@pytest.fixture(scope="module")
def module_db_url(server_url: str, template_url: str) -> Iterator[str]:
    """A migrated database of the test module's own, dropped after its last test."""
    with _clone_of_the_template(server_url) as url:
        yield url


@contextmanager
def _clone_of_the_template(server_url: str) -> Iterator[str]:
    name = f"dreamflow_test_{uuid.uuid4().hex[:12]}"
    url = create_database(server_url, name, template=TEMPLATE_DB)
    try:
        yield url
    finally:
        drop_database(server_url, name)


@pytest.fixture
def empty_db_url(server_url: str) -> Iterator[str]:
    """A new, empty database (no Supabase layer, no migrations), dropped afterwards."""
    name = f"dreamflow_empty_{uuid.uuid4().hex[:12]}"
    url = create_database(server_url, name)
    try:
        yield url
    finally:
        drop_database(server_url, name)


@pytest.fixture(scope="session")
def cli() -> SupabaseCli:
    """The pinned Supabase CLI, run offline; a test that asks for it is skipped (saying how to enable the tier)
    where npm or a network namespace is missing."""
    return cli_or_skip()


@pytest.fixture
def second_fresh_db_url(server_url: str, template_url: str) -> Iterator[str]:
    """Another migrated database beside fresh_db_url, cloned from the template, dropped afterwards."""
    with _clone_of_the_template(server_url) as url:
        yield url
