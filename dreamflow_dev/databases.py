"""Creating and dropping whole databases on a server, as the URL's user (who then owns what it creates)."""

from __future__ import annotations

import psycopg
from psycopg import sql

from dreamflow_dev.db import connect, database_of, with_database
from dreamflow_dev.errors import DevStackError

TEMPLATE_DATABASES = frozenset({"template0", "template1"})


def create_database(server_url: str, name: str, template: str | None = None) -> str:
    """A new database on the URL's server (a copy of `template` if given); returns its URL."""
    query = sql.SQL("create database {}").format(sql.Identifier(name))
    if template:
        query = sql.SQL("{} template {}").format(query, sql.Identifier(template))
    with _maintenance(server_url, name) as conn:
        conn.execute(query)
    return with_database(server_url, name)


def database_exists(server_url: str, name: str) -> bool:
    with _maintenance(server_url, name) as conn:
        return conn.execute("select exists (select 1 from pg_catalog.pg_database where datname = %s)",
                            (name,)).fetchone()[0]


def drop_database(server_url: str, name: str) -> None:
    """Drop the database if it exists, ending the connections to it."""
    with _maintenance(server_url, name) as conn:
        conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


def recreate_database(url: str) -> None:
    """Drop and create the URL's own database (`invoke reset`); never a template database."""
    database = database_of(url)
    if database in TEMPLATE_DATABASES:
        raise DevStackError(
            f"refusing to reset database {database}: it is a template Postgres copies to create every database. "
            "Point --db-url at your app's database (…/postgres)."
        )
    try:
        drop_database(url, database)
        create_database(url, database)
    except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse) as exc:
        raise DevStackError(f"cannot recreate database {database}: {exc.diag.message_primary}. "
                            "Reset as the database's owner, or close what holds it and retry.") from exc


def _maintenance(server_url: str, target: str):
    """An autocommit connection to another database than `target`: template1, or postgres to change template1."""
    maintenance_db = "postgres" if target == "template1" else "template1"
    return connect(with_database(server_url, maintenance_db), autocommit=True)
