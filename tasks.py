"""Dream Flow's local Supabase stack: `invoke --list` shows the tasks, `invoke --help TASK` their flags.

Entry points only: each task parses its options, calls the dreamflow_dev package and prints.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
from contextlib import nullcontext

import psycopg
from invoke import Exit, task
from rich.markup import escape

from dreamflow_dev import lifecycle
from dreamflow_dev.config import load_settings, require_value
from dreamflow_dev.console import (
    console,
    error_console,
    inert,
    log_to_terminal,
    render_migration_plan,
    render_status,
    render_up_report,
)
from dreamflow_dev.db import connect, database_error_message, refused_query_message, without_password
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.migrate import (
    apply_pending_migrations,
    create_migration_file,
    discover_migrations,
    plan_migrations,
)
from dreamflow_dev.stack import make_local_stack, make_stack
from dreamflow_dev.stacklock import stack_lock

DB_URL_HELP = "database URL (default: SUPABASE_DB_URL, else the local stack on 127.0.0.1:[db] port)"
BACKEND_HELP = "auto | native | docker | external (default: auto, or DREAMFLOW_BACKEND)"
YES_HELP = "allow this destructive task on a non-local database"

# Named under dreamflow_dev so that log_to_terminal shows it with the package's own records.
log = logging.getLogger("dreamflow_dev.tasks")


def user_errors_exit(body):
    """Show progress in the terminal (more with --verbose), and turn DevStackError into one red line and exit
    code 1 (no traceback for things the user can fix)."""

    @functools.wraps(body)
    def wrapper(*args, **kwargs):
        log_to_terminal(verbose=bool(kwargs.get("verbose")))
        try:
            return body(*args, **kwargs)
        except DevStackError as exc:
            _print_error(str(exc))
        except psycopg.errors.InsufficientPrivilege as exc:
            _print_error(refused_query_message(exc))
        except psycopg.Error as exc:
            _print_error(database_error_message(exc))
        except KeyboardInterrupt as exc:
            state = str(exc) if exc.args else "nothing was left half-done."
            error_console.print(f"[yellow]interrupted[/yellow]: {escape(inert(state))}")
            raise Exit(code=130) from None

    return wrapper


def _print_error(message: str) -> None:
    error_console.print(f"[red]error:[/red] {escape(inert(message))}")
    raise Exit(code=1) from None


@task(help={"db_url": DB_URL_HELP, "backend": BACKEND_HELP, "seed": "fill it with demo data afterwards",
            "yes": YES_HELP + " (with --seed)"})
@user_errors_exit
def up(c, db_url=None, backend=None, seed=False, yes=False):
    """Start the local Supabase-compatible Postgres (if needed) and apply pending migrations."""
    settings = load_settings(db_url=db_url, backend=backend)
    if seed:
        lifecycle.require_local_or_yes(settings.url, yes, "seed demo data")
    with stack_lock(settings, "up"):
        report = lifecycle.bring_up(settings, make_stack(settings))
        render_up_report(report)
        if seed:
            _seed(settings.url)


@task(help={"backend": BACKEND_HELP, "volumes": "also delete the data (docker volume / native data dir)"})
@user_errors_exit
def down(c, backend=None, volumes=False):
    """Stop the local stack; its data stays for the next `invoke up` unless --volumes."""
    settings = load_settings(backend=backend)
    with stack_lock(settings, "down"):
        stack = make_local_stack(settings)
        if volumes:
            stack.destroy()
            log.info("stopped; data deleted")
            return
        log.info("stopped" if stack.stop() else "not running")


@task(help={"db_url": DB_URL_HELP, "backend": BACKEND_HELP, "json": "print JSON for machines"})
@user_errors_exit
def status(c, db_url=None, backend=None, json=False):
    """Is the stack running, where, which Postgres, and how many migrations are applied or pending."""
    settings = load_settings(db_url=db_url, backend=backend)
    current = make_stack(settings).status()
    facts = None
    if current.running:
        try:
            facts = lifecycle.read_database_facts(settings, current.url)
        except DevStackError:
            render_status(current, None, json)
            raise
    render_status(current, facts, json)
    if not current.running:
        raise Exit(code=3)


@task(help={"db_url": DB_URL_HELP, "yes": YES_HELP, "seed": "fill it with demo data afterwards"})
@user_errors_exit
def reset(c, db_url=None, yes=False, seed=False):
    """Drop and recreate the database, then re-run every migration (like `supabase db reset`)."""
    settings = load_settings(db_url=db_url)
    lifecycle.require_local_or_yes(settings.url, yes, "reset the database")
    with stack_lock(settings, "reset"):
        applied = lifecycle.reset_database(settings, make_local_stack(settings))
        log.info("database recreated; %d migrations applied", len(applied))
        if seed:
            _seed(settings.url)


@task(help={"db_url": DB_URL_HELP, "status": "list applied and pending migrations instead of applying (reads only)",
            "include_all": "also apply pending files older than the last applied one (like the Supabase CLI's flag)"})
@user_errors_exit
def migrate(c, db_url=None, status=False, include_all=False):
    """Apply pending migrations from supabase/migrations/ in version order, recording each one."""
    settings = load_settings(db_url=db_url)
    migrations = discover_migrations(settings.migrations_dir)
    if not status:
        lifecycle.require_own_stack(settings, "apply migrations")
    with connect(settings.url, autocommit=True) as conn:
        plan = plan_migrations(conn, migrations)
        if status:
            render_migration_plan(plan)
            return
        for migration in plan.drifted:
            log.warning("%s changed since it was applied; not re-run", migration.path.name)
        applied = apply_pending_migrations(conn, migrations, include_all=include_all)
        applied_in_all = len(plan_migrations(conn, migrations).applied)  # another run may have applied some
    log.info("%d applied, %d already applied", len(applied), applied_in_all - len(applied))


@task(name="migration-new", help={"name": "snake_case name, e.g. add_story_tags"})
@user_errors_exit
def migration_new(c, name):
    """Create an empty, timestamped migration file in supabase/migrations/."""
    require_value(name, "name")
    path = create_migration_file(load_settings().migrations_dir, name)
    log.info("created %s", path.relative_to(os.getcwd()) if path.is_relative_to(os.getcwd()) else path)


@task(help={"db_url": DB_URL_HELP, "command": "run this SQL and exit instead of opening a shell"})
@user_errors_exit
def psql(c, db_url=None, command=None):
    """Open psql on the stack (or run one command with -c)."""
    require_value(command, "command")
    settings = load_settings(db_url=db_url)
    program = shutil.which("psql")
    if program is None:
        raise DevStackError("psql is not installed: it comes with the PostgreSQL client. "
                            "Install it (Debian/Ubuntu: `sudo apt-get install postgresql-client`).")
    conninfo, password = without_password(settings.url)
    env = os.environ | ({"PGPASSWORD": password} if password is not None else {})
    args = [program, conninfo, *(["-c", command] if command else [])]
    raise Exit(code=subprocess.run(args, env=env, check=False).returncode)


@task(help={"db_url": DB_URL_HELP, "top": "how many users in the leaderboard (default 10)",
            "user": "one user's streak and history, by email or id", "json": "print JSON for machines"})
@user_errors_exit
def streaks(c, db_url=None, top=None, user=None, json=False):
    """Recompute every user's streak (recompute_user_streaks()) and show the leaderboard."""
    from dreamflow_dev.reports.render import show_streaks

    require_value(user, "user")
    top = 10 if top is None else _whole_number(top, "top")
    show_streaks(load_settings(db_url=db_url).url, top=top, user=user, as_json=json)


@task(help={"db_url": DB_URL_HELP, "days": "window in UTC days, ending today (default 14)",
            "view": "show one view as a table (an unknown name lists the five)",
            "csv": "write each view (for the window) as DIR/<view>.csv", "json": "print JSON for machines"})
@user_errors_exit
def analytics(c, db_url=None, days=None, view=None, csv=None, json=False):
    """The five analytics views: daily metrics, persona mix and trends as terminal charts."""
    from dreamflow_dev.reports.render import show_analytics

    for flag, value in (("view", view), ("csv", csv)):
        require_value(value, flag)
    days = 14 if days is None else _whole_number(days, "days")
    show_analytics(load_settings(db_url=db_url).url, days=days, view=view, csv_dir=csv, as_json=json)


@task(help={"db_url": DB_URL_HELP, "json": "print JSON for machines"})
@user_errors_exit
def cron(c, db_url=None, json=False):
    """The pg_cron job nightly-recompute-streaks: schedule, active, last runs and their status."""
    from dreamflow_dev.reports.render import show_cron

    show_cron(load_settings(db_url=db_url).url, as_json=json)


@task(name="test-db", iterable=["path"],
      help={"db_url": DB_URL_HELP, "path": "a test file or folder to run (repeatable; default supabase/tests)",
            "verbose": "print every test line, not only failures and the summary"})
@user_errors_exit
def test_db(c, db_url=None, path=None, verbose=False):
    """Run the pgTAP tests in supabase/tests/ with pg_prove, like `supabase test db` (no Docker needed)."""
    from dreamflow_dev.pgtap import resolve_test_paths, run_pgtap_tests

    for given in path or []:
        require_value(given, "path")
    settings = load_settings(db_url=db_url)
    returncode = run_pgtap_tests(settings.url, resolve_test_paths(settings.tests_dir, path or []), verbose=verbose)
    if returncode != 0:
        raise DevStackError(f"pgTAP tests failed: pg_prove exited with {returncode}. "
                            "The report above names each failing file and test; fix them and re-run.")


@task(help={"db_url": DB_URL_HELP, "users": "how many demo users (default 200)",
            "days": "history length in UTC days, ending today (default 90)",
            "seed": "random seed: same seed and options give the same data (default 42)",
            "today": "last UTC day of the history, YYYY-MM-DD (default today; fix it to get the same data later)",
            "reset": "remove all earlier seeded data first", "yes": YES_HELP,
            "sql": "write the data as a SQL seed file at this path (for `supabase db reset`) instead of loading it"})
@user_errors_exit
def seed(c, db_url=None, users=None, days=None, seed=None, today=None, reset=False, yes=False, sql=None):
    """Fill the database with realistic demo data (Faker), then recompute streaks and summarise."""
    from seeds.options import SeedOptions

    chosen = {name: _whole_number(value, name) for name, value in
              (("users", users), ("days", days), ("seed", seed)) if value is not None}
    if today is not None:
        chosen["today"] = _day(today)
    options = SeedOptions(reset=reset, **chosen).validate()  # refused before waiting on anything
    if sql is not None:
        _write_seed_file(sql, options, db_url)
        return
    settings = load_settings(db_url=db_url)
    lifecycle.require_local_or_yes(settings.url, yes, "seed demo data")
    # A database given by URL is not the project's stack: seeding it neither waits for nor holds up `up`/`down`.
    with stack_lock(settings, "seed") if settings.db_url is None else nullcontext():
        lifecycle.require_own_stack(settings, "seed demo data")
        _seed(settings.url, options=options)


def _write_seed_file(path: str, options, db_url) -> None:
    from pathlib import Path

    from seeds.sql_seed_file import write_seed_sql_file

    if db_url is not None or not path.strip():
        raise DevStackError("--sql writes a file and touches no database: "
                            f"{'--db-url was given too' if db_url is not None else 'the path is empty'}. "
                            "Pass only --sql PATH (e.g. --sql supabase/seed.sql), or drop --sql to load the data.")
    size = write_seed_sql_file(Path(path), options)
    console.print(f"wrote {escape(path)} ({size:,} bytes): `supabase db reset` loads it when "
                  f"{escape('[db.seed]')} sql_paths in supabase/config.toml names it")


def _seed(url: str, options=None) -> None:
    """Load demo data and show its summary; every caller has already refused a remote URL without --yes."""
    from seeds import seed_database
    from seeds.options import SeedOptions
    from seeds.summary import render_seed_summary

    summary = seed_database(url, options or SeedOptions(), console=console)
    render_seed_summary(summary, console)


def _day(value: str):
    from datetime import date

    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DevStackError(f"--today must be a day as YYYY-MM-DD, got {value!r}. "
                            "Pass a past UTC day in that form, or leave it out for today.") from None


def _whole_number(value, flag: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise DevStackError(f"--{flag} must be a whole number, got {value!r}. For example --{flag} 100.") from None


@task(name="db-diff", iterable=["schema"],
      help={"db_url": DB_URL_HELP, "file": "write the diff as supabase/migrations/<timestamp>_<NAME>.sql",
            "schema": "compare only these schemas (comma-separated or repeated; default every schema the "
                      "project may own)",
            "yes": "allow the shadow database on a non-local server"})
@user_errors_exit
def db_diff(c, db_url=None, file=None, schema=None, yes=False):
    """Diff the database against a shadow with every migration applied (like `supabase db diff`)."""
    from dreamflow_dev.schema_diff import diff_database, drop_statements, write_migration

    log_to_terminal(stdout_is_data=True)
    settings = load_settings(db_url=db_url)
    lifecycle.require_local_or_yes(settings.url, yes, "create and drop a shadow database")
    diff = diff_database(settings, _schema_list(schema))
    if not diff:
        log.info("No schema changes found")
        return
    if drops := drop_statements(diff):
        log.warning("the diff drops something; check these are meant:\n  %s", "\n  ".join(drops))
    if file:
        log.info("created %s", write_migration(settings.migrations_dir, file, diff).name)
    else:
        _write_or_print(diff + "\n", None)


@task(name="gen-types", iterable=["schema"],
      help={"db_url": DB_URL_HELP, "lang": "typescript (default), go, swift or python",
            "output": "write the types to this file instead of printing them",
            "schema": "generate for these schemas (comma-separated or repeated; default public and "
                      "config.toml's [api] schemas)"})
@user_errors_exit
def gen_types(c, db_url=None, lang="typescript", output=None, schema=None):
    """Generate types from the database with postgres-meta (like `supabase gen types`)."""
    from dreamflow_dev.typegen import generate_types

    log_to_terminal(stdout_is_data=True)
    settings = load_settings(db_url=db_url)
    types = generate_types(settings.url, language=lang, schemas=_schema_list(schema),
                           project_root=settings.project_root)
    _write_or_print(types, output)


@task(name="db-dump", iterable=["schema"],
      help={"db_url": DB_URL_HELP, "data_only": "dump the rows instead of the schema",
            "schema_only": "dump the schema (the default)", "file": "write the dump to this file",
            "schema": "dump only these schemas (comma-separated or repeated)",
            "keep_comments": "keep pg_dump's comment lines",
            "use_copy": "with --data-only: COPY instead of INSERT statements"})
@user_errors_exit
def db_dump(c, db_url=None, data_only=False, schema_only=False, file=None, schema=None, keep_comments=False,
            use_copy=False):
    """Dump the schema or the data as SQL with pg_dump, by the rules of `supabase db dump`."""
    from dreamflow_dev.dump import DumpRequest, dump_database

    if data_only and schema_only:
        raise DevStackError("--data-only and --schema-only cannot be used together: pick one. "
                            "Without either, the schema is dumped.")
    if use_copy and not data_only:
        raise DevStackError("--use-copy needs --data-only: COPY is for rows. Add --data-only.")
    log_to_terminal(stdout_is_data=True)
    request = DumpRequest(data_only=data_only, schemas=tuple(_schema_list(schema)), keep_comments=keep_comments,
                          use_copy=use_copy)
    _write_or_print(dump_database(load_settings(db_url=db_url).url, request), file)


def _schema_list(values: list[str] | None) -> list[str]:
    """--schema given once or more, each a name or a comma-separated list (as the CLI takes it)."""
    return [name.strip() for value in values or [] for name in value.split(",") if name.strip()]


def _write_or_print(text: str, path: str | None) -> None:
    if path is None:
        console.file.write(text)
        return
    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise DevStackError(f"cannot write {path}: {exc.strerror}. Check the folder and its permissions.") from exc
    log.info("wrote %s", path)
