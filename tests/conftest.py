"""Shared fixtures: one throwaway native cluster per test session (never the developer's `invoke up`
stack), migrated with the project's own runner; or `--db-url` / SUPABASE_DB_URL for an existing database.

- `migrated_url`: the migrated database (the cluster's `postgres`, or the --db-url database).
- `conn`: a connection to it whose work is rolled back after each test.
- `fresh_db_url`: a new database cloned from a migrated template, dropped after the test, for tests
  that must commit (seed, streaks, analytics, the runner).
- `world`: users Alice and Bob with a row in every table, inside `conn`'s transaction.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

from dreamflow_dev.config import PROJECT_ROOT, load_settings
from dreamflow_dev.db import with_database
from dreamflow_dev.lifecycle import prepare_database
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.stack.pgbin import PgBinaries, find_pg_binaries

from world import World, build_world

TEMPLATE_DB = "dreamflow_template"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--db-url", default=os.environ.get("SUPABASE_DB_URL"),
                     help="run against this existing database instead of a throwaway cluster")


@pytest.fixture(scope="session")
def pg_binaries() -> PgBinaries:
    return find_pg_binaries(15)


def make_throwaway_cluster(binaries: PgBinaries, **settings: str) -> NativeCluster:
    """A cluster in its own temp dir on a free port; the caller destroys it."""
    return NativeCluster.throwaway(binaries, prefix="dreamflow-test-", **settings)


@pytest.fixture(scope="session")
def throwaway_cluster(pg_binaries: PgBinaries) -> Iterator[NativeCluster]:
    cluster = make_throwaway_cluster(pg_binaries)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture(scope="session")
def server_url(request: pytest.FixtureRequest) -> str:
    """The URL of the server the session tests: --db-url's, or the throwaway cluster's."""
    external = request.config.getoption("--db-url")
    if external:
        return external
    return request.getfixturevalue("throwaway_cluster").url


@pytest.fixture(scope="session")
def migrated_url(server_url: str) -> str:
    prepare_database(load_settings(db_url=server_url, project_root=PROJECT_ROOT), server_url, lambda _: None)
    return server_url


@pytest.fixture
def conn(migrated_url: str) -> Iterator[psycopg.Connection]:
    """A connection in one transaction that is always rolled back: the database stays as it was."""
    with psycopg.connect(migrated_url) as connection:
        try:
            yield connection
        finally:
            connection.rollback()


@pytest.fixture
def world(conn: psycopg.Connection) -> World:
    return build_world(conn)


@pytest.fixture(scope="session")
def template_url(server_url: str) -> Iterator[str]:
    """A migrated database to clone (`create database ... template`), made once per session."""
    url = _database_url(server_url, TEMPLATE_DB)
    _drop_database(server_url, TEMPLATE_DB)
    _create_database(server_url, TEMPLATE_DB)
    prepare_database(load_settings(db_url=url, project_root=PROJECT_ROOT), url, lambda _: None)
    yield url
    _drop_database(server_url, TEMPLATE_DB)


@pytest.fixture
def fresh_db_url(server_url: str, template_url: str) -> Iterator[str]:
    """A migrated database of the test's own, dropped afterwards."""
    name = f"dreamflow_test_{uuid.uuid4().hex[:12]}"
    _create_database(server_url, name, template=TEMPLATE_DB)
    try:
        yield _database_url(server_url, name)
    finally:
        _drop_database(server_url, name)


@pytest.fixture
def empty_db_url(server_url: str) -> Iterator[str]:
    """A new, empty database (no Supabase layer, no migrations), dropped afterwards."""
    name = f"dreamflow_empty_{uuid.uuid4().hex[:12]}"
    _create_database(server_url, name)
    try:
        yield _database_url(server_url, name)
    finally:
        _drop_database(server_url, name)


def _database_url(server_url: str, database: str) -> str:
    return with_database(server_url, database)


def _maintenance(server_url: str) -> psycopg.Connection:
    return psycopg.connect(_database_url(server_url, "template1"), autocommit=True)


def _create_database(server_url: str, name: str, template: str | None = None) -> None:
    query = sql.SQL("create database {}").format(sql.Identifier(name))
    if template:
        query = sql.SQL("{} template {}").format(query, sql.Identifier(template))
    with _maintenance(server_url) as maintenance:
        maintenance.execute(query)


def _drop_database(server_url: str, name: str) -> None:
    with _maintenance(server_url) as maintenance:
        maintenance.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))
