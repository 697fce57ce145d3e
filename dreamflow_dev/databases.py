"""Creating and dropping whole databases on a server, as the URL's user (who then owns what it creates)."""

from __future__ import annotations

from psycopg import sql

from dreamflow_dev.db import connect, database_of, with_database


def create_database(server_url: str, name: str, template: str | None = None) -> str:
    """A new database on the URL's server (a copy of `template` if given); returns its URL."""
    query = sql.SQL("create database {}").format(sql.Identifier(name))
    if template:
        query = sql.SQL("{} template {}").format(query, sql.Identifier(template))
    with _maintenance(server_url, name) as conn:
        conn.execute(query)
    return with_database(server_url, name)


def drop_database(server_url: str, name: str) -> None:
    """Drop the database if it exists, ending the connections to it."""
    with _maintenance(server_url, name) as conn:
        conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


def recreate_database(url: str) -> None:
    """Drop and create the URL's own database."""
    drop_database(url, database_of(url))
    create_database(url, database_of(url))


def _maintenance(server_url: str, target: str):
    """An autocommit connection to another database than `target`: template1, or postgres to change template1."""
    maintenance_db = "postgres" if target == "template1" else "template1"
    return connect(with_database(server_url, maintenance_db), autocommit=True)
