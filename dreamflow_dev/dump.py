"""`invoke db-dump`: the schema or the data as SQL, by the rules of `supabase db dump`, with the machine's pg_dump.

The rules are the CLI's: the schemas it leaves out (the platform's and the extensions'), pg_dump's flags, and the
line rewrites that make a schema dump restorable as `postgres` on the platform (idempotent CREATEs, no psql
meta-commands, no event triggers, no ACLs on the platform's schemas, ...). A data dump keeps the platform's auth
and storage rows (to move a project), without migration history.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from dataclasses import dataclass

from dreamflow_dev.db import effective_params, redact
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.stack.pgbin import find_pg_binaries

log = logging.getLogger(__name__)

# Left out of a schema dump: the platform's schemas and those extensions own (pg_dump patterns).
SCHEMA_DUMP_EXCLUDED = (
    "information_schema", "pg_*", "_analytics", "_realtime", "_supavisor", "auth", "etl", "extensions",
    "pgbouncer", "realtime", "storage", "supabase_functions", "supabase_migrations", "cron", "dbdev", "graphql",
    "graphql_public", "net", "pgmq", "pgsodium", "pgsodium_masks", "pgtle", "repack", "tiger", "tiger_data",
    "timescaledb_*", "_timescaledb_*", "topology", "vault",
)
# Left out of a data dump: auth, storage and the like stay in, so their rows move with the project.
DATA_DUMP_EXCLUDED = (
    "information_schema", "pg_*", "graphql", "graphql_public", "pgsodium", "pgsodium_masks", "pgtle", "repack",
    "tiger", "tiger_data", "timescaledb_*", "_timescaledb_*", "topology", "vault", "etl", "extensions",
    "pgbouncer", "realtime", "supabase_migrations", "_analytics", "_realtime", "_supavisor",
)
# Migration history the platform's services keep for themselves.
DATA_DUMP_EXCLUDED_TABLES = ("auth.schema_migrations", "storage.migrations", "supabase_functions.migrations")
# psql's \restrict / \unrestrict lines (pg_dump 15.14+): the output is run by other clients too.
META_COMMAND = (r"^\\(un)?restrict .*$", r"-- \g<0>")


# libpq's environment variable for each connection keyword pg_dump is given.
CONNECTION_VARIABLES = {"host": "PGHOST", "hostaddr": "PGHOSTADDR", "port": "PGPORT", "user": "PGUSER",
                        "password": "PGPASSWORD", "dbname": "PGDATABASE", "sslmode": "PGSSLMODE"}


@dataclass(frozen=True)
class DumpRequest:
    """What to dump: the schema (default) or the data, of all the project's schemas or the named ones."""

    data_only: bool = False
    schemas: tuple[str, ...] = ()
    keep_comments: bool = False
    use_copy: bool = False


def schema_rewrites(excluded: str) -> list[tuple[re.Pattern[str], str]]:
    """The line rewrites of a schema dump, in order: (pattern, replacement), applied to each line."""
    rules = [
        META_COMMAND,
        (r'^CREATE SCHEMA "', 'CREATE SCHEMA IF NOT EXISTS "'),
        (r'^CREATE TABLE "', 'CREATE TABLE IF NOT EXISTS "'),
        (r'^CREATE SEQUENCE "', 'CREATE SEQUENCE IF NOT EXISTS "'),
        (r'^CREATE VIEW "', 'CREATE OR REPLACE VIEW "'),
        (r'^CREATE FUNCTION "', 'CREATE OR REPLACE FUNCTION "'),
        (r'^CREATE TRIGGER "', 'CREATE OR REPLACE TRIGGER "'),
        # the platform's realtime publication and event triggers are the platform's own
        (r'^CREATE PUBLICATION "supabase_realtime.*$', r"-- \g<0>"),
        (r"^CREATE EVENT TRIGGER .*$", r"-- \g<0>"),
        (r"^         WHEN TAG IN .*$", r"-- \g<0>"),
        (r"^   EXECUTE FUNCTION .*$", r"-- \g<0>"),
        (r"^ALTER EVENT TRIGGER .*$", r"-- \g<0>"),
        (r'^ALTER PUBLICATION "supabase_realtime_.*$', r"-- \g<0>"),
        # foreign data wrappers and supabase_admin's default privileges belong to the superuser
        (r"^ALTER FOREIGN DATA WRAPPER (.+) OWNER TO .*$", r"-- \g<0>"),
        (r'^ALTER DEFAULT PRIVILEGES FOR ROLE "supabase_admin".*$', r"-- \g<0>"),
        (r'^GRANT ALL ON FOREIGN DATA WRAPPER (.+) TO "postgres" WITH GRANT OPTION.*$', r"-- \g<0>"),
        # grants on the left-out schemas are the platform's
        (rf'^GRANT (.+) ON (.+) "({excluded})".*$', r"-- \g<0>"),
        (rf'^REVOKE (.+) ON (.+) "({excluded})".*$', r"-- \g<0>"),
        # these extensions bring their own schema options
        (r'^(CREATE EXTENSION IF NOT EXISTS "pg_tle").+', r"\1;"),
        (r'^(CREATE EXTENSION IF NOT EXISTS "pgsodium").+', r"\1;"),
        (r'^(CREATE EXTENSION IF NOT EXISTS "pgmq").+', r"\1;"),
        (r"^COMMENT ON EXTENSION (.+)$", r"-- \g<0>"),
        (r'^CREATE POLICY "cron_job_.*$', r"-- \g<0>"),
        (r'^ALTER TABLE "cron".*$', r"-- \g<0>"),
        # a PostgreSQL 17 setting that older servers refuse
        (r"^SET transaction_timeout = 0;.*$", r"-- \g<0>"),
    ]
    return [(re.compile(pattern), replacement) for pattern, replacement in rules]


def pg_dump_arguments(request: DumpRequest) -> list[str]:
    """pg_dump's flags for this request, as the CLI passes them."""
    common = ["--quote-all-identifier", "--role", "postgres"]
    if not request.data_only:
        excluded = "" if request.schemas else "|".join(SCHEMA_DUMP_EXCLUDED)
        chosen = [f"--schema={'|'.join(request.schemas)}"] if request.schemas else []
        return ["--schema-only", *common, "--exclude-schema", excluded, *chosen]
    excluded = ["--exclude-schema", "" if request.schemas else "|".join(DATA_DUMP_EXCLUDED)]
    tables = [flag for table in DATA_DUMP_EXCLUDED_TABLES for flag in ("--exclude-table", table)]
    included = "|".join(request.schemas) if request.schemas else "*"
    rows = [] if request.use_copy else ["--column-inserts", "--rows-per-insert", "100000"]
    return ["--data-only", *common, *excluded, *tables, "--schema", included, *rows]


def dump_database(url: str, request: DumpRequest) -> str:
    """The dump as the CLI would print it."""
    raw = _run_pg_dump(url, pg_dump_arguments(request))
    if request.data_only:
        return "SET session_replication_role = replica;\n\n" + _rewrite(raw, [_compiled(META_COMMAND)]) + "RESET ALL;\n"
    excluded = "" if request.schemas else "|".join(SCHEMA_DUMP_EXCLUDED)
    dumped = _rewrite(raw, schema_rewrites(excluded))
    if request.keep_comments:
        return dumped
    return "".join(line for line in dumped.splitlines(keepends=True) if not line.startswith("--"))


def _rewrite(text: str, rules: list[tuple[re.Pattern[str], str]]) -> str:
    lines = []
    for line in text.splitlines(keepends=True):
        body, ending = (line[:-1], "\n") if line.endswith("\n") else (line, "")
        for pattern, replacement in rules:
            body = pattern.sub(replacement, body, count=1)
        lines.append(body + ending)
    return "".join(lines)


def _compiled(rule: tuple[str, str]) -> tuple[re.Pattern[str], str]:
    return re.compile(rule[0]), rule[1]


def connection_environment(url: str) -> dict[str, str]:
    """The URL as libpq's PG* variables, so a client program gets no password on its command line."""
    params = effective_params(url)
    return {variable: params[key] for key, variable in CONNECTION_VARIABLES.items() if params.get(key)}


def _run_pg_dump(url: str, arguments: list[str]) -> str:
    """pg_dump's output, connected through the environment."""
    done = subprocess.run([_pg_dump_program(), *arguments], env=os.environ | connection_environment(url),
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        observed = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise DevStackError(f"pg_dump of {redact(url)} failed: {observed}. Check that the database answers "
                            "(`invoke status`) and that pg_dump is as new as the server.")
    return done.stdout


def _pg_dump_program() -> str:
    """pg_dump beside the newest server binaries (as new as the local stack), else the client's on PATH."""
    try:
        return find_pg_binaries(15).program("pg_dump")
    except DevStackError:
        program = shutil.which("pg_dump")
    if program is None:
        raise DevStackError("pg_dump is not installed: it comes with the PostgreSQL client. Install it "
                            "(Debian/Ubuntu: `sudo apt-get install postgresql-client`; macOS: `brew install libpq`).")
    return program
