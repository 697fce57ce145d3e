"""The demo data of `invoke seed` as a plain SQL seed file, for `supabase db reset` ([db.seed] sql_paths).

The rows come from the same pure factories as `invoke seed` (seeds.factories.build_seed_rows), so the same
options give the same rows either way. The file holds only what the Supabase CLI's seeding can run: it splits
a seed file into statements and sends each one on its own as `postgres` (no psql meta-commands, no COPY FROM
stdin), so the data travels as `insert ... values` batches, one row a line. Like `invoke seed`, loading it
replaces the demo users of its seed (of every seed with --reset) and recomputes the streaks; everything else is
left alone.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from psycopg import sql

from dreamflow_dev.errors import DevStackError
from seeds.bulk_load.copy_rows import COLUMNS
from seeds.demo_users import demo_users
from seeds.factories import build_seed_rows, identity_rows, plan_seed
from seeds.options import SeedOptions
from seeds.vocabulary import DEMO_PASSWORD

# A batch ends after this many rows or bytes of values, whichever comes first: a few hundred kilobytes per
# statement keeps each round trip cheap without one huge statement for the server to parse.
ROWS_PER_INSERT = 500
BYTES_PER_INSERT = 256 * 1024
# auth.users gets its password hash afterwards, made once for every demo user as `invoke seed` does.
USER_COLUMNS = tuple(column for column in COLUMNS["auth.users"] if column != "encrypted_password")
logger = logging.getLogger(__name__)


def seed_file_command(options: SeedOptions, path: str) -> str:
    """The `invoke seed` command line that writes this file again (recorded in its first line)."""
    today = f" --today {options.today.isoformat()}" if options.today else ""
    reset = " --reset" if options.reset else ""
    return (f"invoke seed --sql {path} --users {options.users} --days {options.days} --seed {options.seed}"
            f"{today}{reset}")


def seed_sql_statements(options: SeedOptions, now: datetime, command: str) -> Iterator[str]:
    """The file's text, statement by statement: a header, the delete of the earlier batch, the inserts, the
    one password hash, and the streaks recomputed."""
    rows = build_seed_rows(options, now)
    yield (f"-- Dream Flow demo data, written by `{command}`: regenerate it rather than edit it.\n"
           f"-- The same rows as `invoke seed` with those options (history ending {now.isoformat()}); demo login "
           f"{plan_seed(options, now).demo_user.email} / {DEMO_PASSWORD}.\n")
    batch = demo_users(None if options.reset else options.seed)
    yield sql.SQL("delete from auth.users as u where {};\n").format(batch).as_string(None)
    yield from _inserts("auth.users", USER_COLUMNS, rows.users)
    yield from _inserts("auth.identities", COLUMNS["auth.identities"], identity_rows(plan_seed(options, now)))
    for table, table_rows in (("public.profiles", rows.profiles), ("public.rituals", rows.rituals),
                              ("public.sessions", rows.sessions), ("public.session_assets", rows.session_assets),
                              ("public.session_feedback", rows.session_feedback)):
        yield from _inserts(table, COLUMNS[table], table_rows)
    yield sql.SQL("update auth.users as u set encrypted_password = hashed.password\n"
                  "from (select extensions.crypt({}, extensions.gen_salt('bf', 10)) as password) as hashed\n"
                  "where {};\n").format(sql.Literal(DEMO_PASSWORD), batch).as_string(None)
    yield "select public.recompute_user_streaks();\n"


def write_seed_sql_file(path: Path, options: SeedOptions) -> int:
    """Write the file (whole or not at all: a temporary file renamed into place). Returns its size in bytes."""
    options.validate()
    path = path.absolute()
    if path.is_dir() or not path.parent.is_dir():
        raise DevStackError(f"cannot write the seed file {path}: "
                            f"{'it is a folder' if path.is_dir() else 'its folder does not exist'}. "
                            "Pass a file path in an existing folder, e.g. --sql supabase/seed.sql.")
    command = seed_file_command(options, _shown_path(path))
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # as an ordinary new file, not mkstemp's 0600
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(seed_sql_statements(options, options.resolve_now(), command))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    logger.info("wrote %s", path)
    return path.stat().st_size


def _inserts(table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> Iterator[str]:
    """`insert into <table> (<columns>) values ...;` in batches; names come from seeds.bulk_load.copy_rows.COLUMNS."""
    head = f"insert into {table} ({', '.join(columns)}) values\n"
    values: list[str] = []
    size = 0
    for row in rows:
        literal = "(" + ", ".join(one_line_literal(value) for value in row) + ")"
        values.append(literal)
        size += len(literal)
        if len(values) >= ROWS_PER_INSERT or size >= BYTES_PER_INSERT:
            yield head + ",\n".join(values) + ";\n"
            values, size = [], 0
    if values:
        yield head + ",\n".join(values) + ";\n"


def one_line_literal(value: object) -> str:
    """`value` as an SQL literal on one line: text with line breaks becomes an E'' string with \\n escapes, so
    each row of the file stays one line (a story's paragraphs would otherwise spread it over many). Quotes are
    doubled, never backslash-escaped, so a splitter that knows only standard strings still finds its end."""
    if isinstance(value, str) and ("\n" in value or "\r" in value):
        escaped = value.replace("\\", "\\\\").replace("'", "''").replace("\n", "\\n").replace("\r", "\\r")
        return f"E'{escaped}'"
    return sql.Literal(value).as_string(None)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _shown_path(path: Path) -> str:
    """The path as a user would type it from the current folder, when it lies below it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
