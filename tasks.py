"""Dream Flow's local Supabase stack: `invoke --list` shows the tasks, `invoke --help TASK` their flags.

Entry points only: each task parses its options, calls the dreamflow_dev package and prints.
"""

from __future__ import annotations

import functools
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
    render_migration_plan,
    render_status,
    render_up_report,
    say,
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


def user_errors_exit(body):
    """Turn DevStackError into one red line and exit code 1 (no traceback for things the user can fix)."""

    @functools.wraps(body)
    def wrapper(*args, **kwargs):
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
    with stack_lock(settings, "up", say):
        report = lifecycle.bring_up(settings, make_stack(settings), say)
        render_up_report(report)
        if seed:
            _seed(settings.url, yes=yes)


@task(help={"backend": BACKEND_HELP, "volumes": "also delete the data (docker volume / native data dir)"})
@user_errors_exit
def down(c, backend=None, volumes=False):
    """Stop the local stack; its data stays for the next `invoke up` unless --volumes."""
    settings = load_settings(backend=backend)
    with stack_lock(settings, "down", say):
        stack = make_local_stack(settings)
        if volumes:
            stack.destroy()
            say("stopped; data deleted")
            return
        say("stopped" if stack.stop() else "not running")


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
    with stack_lock(settings, "reset", say):
        applied = lifecycle.reset_database(settings, make_local_stack(settings), say)
        say(f"database recreated; {len(applied)} migrations applied")
        if seed:
            _seed(settings.url, yes=yes)


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
            say(f"warning: {migration.path.name} changed since it was applied; not re-run")
        applied = apply_pending_migrations(conn, migrations, include_all=include_all,
                                           on_applied=lambda m, s: say(f"applied {m.path.name} ({s * 1000:.0f} ms)"))
        applied_in_all = len(plan_migrations(conn, migrations).applied)  # another run may have applied some
    say(f"{len(applied)} applied, {applied_in_all - len(applied)} already applied")


@task(name="migration-new", help={"name": "snake_case name, e.g. add_story_tags"})
@user_errors_exit
def migration_new(c, name):
    """Create an empty, timestamped migration file in supabase/migrations/."""
    require_value(name, "name")
    path = create_migration_file(load_settings().migrations_dir, name)
    say(f"created {path.relative_to(os.getcwd()) if path.is_relative_to(os.getcwd()) else path}")


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
    from dreamflow_dev.report import show_streaks

    require_value(user, "user")
    top = 10 if top is None else _whole_number(top, "top")
    show_streaks(load_settings(db_url=db_url).url, top=top, user=user, as_json=json)


@task(help={"db_url": DB_URL_HELP, "days": "window in UTC days, ending today (default 14)",
            "view": "show one view as a table (an unknown name lists the five)",
            "csv": "write each view (for the window) as DIR/<view>.csv", "json": "print JSON for machines"})
@user_errors_exit
def analytics(c, db_url=None, days=None, view=None, csv=None, json=False):
    """The five analytics views: daily metrics, persona mix and trends as terminal charts."""
    from dreamflow_dev.report import show_analytics

    for flag, value in (("view", view), ("csv", csv)):
        require_value(value, flag)
    days = 14 if days is None else _whole_number(days, "days")
    show_analytics(load_settings(db_url=db_url).url, days=days, view=view, csv_dir=csv, as_json=json)


@task(help={"db_url": DB_URL_HELP, "json": "print JSON for machines"})
@user_errors_exit
def cron(c, db_url=None, json=False):
    """The pg_cron job nightly-recompute-streaks: schedule, active, last runs and their status."""
    from dreamflow_dev.report import show_cron

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
    returncode = run_pgtap_tests(settings.url, resolve_test_paths(settings.tests_dir, path or []),
                                 lambda line: error_console.print(f"[yellow]{escape(line)}[/yellow]"), verbose=verbose)
    if returncode != 0:
        raise DevStackError(f"pgTAP tests failed: pg_prove exited with {returncode}. "
                            "The report above names each failing file and test; fix them and re-run.")


@task(help={"db_url": DB_URL_HELP, "users": "how many demo users (default 200)",
            "days": "history length in UTC days, ending today (default 90)",
            "seed": "random seed: same seed and options give the same data (default 42)",
            "reset": "remove all earlier seeded data first", "yes": YES_HELP})
@user_errors_exit
def seed(c, db_url=None, users=None, days=None, seed=None, reset=False, yes=False):
    """Fill the database with realistic demo data (Faker), then recompute streaks and summarise."""
    from seeds.options import SeedOptions

    chosen = {name: _whole_number(value, name) for name, value in
              (("users", users), ("days", days), ("seed", seed)) if value is not None}
    options = SeedOptions(reset=reset, **chosen).validate()  # refused before waiting on anything
    settings = load_settings(db_url=db_url)
    lifecycle.require_local_or_yes(settings.url, yes, "seed demo data")
    # A database given by URL is not the project's stack: seeding it neither waits for nor holds up `up`/`down`.
    with stack_lock(settings, "seed", say) if settings.db_url is None else nullcontext():
        lifecycle.require_own_stack(settings, "seed demo data")
        _seed(settings.url, yes=yes, options=options)


def _seed(url: str, yes: bool, options=None) -> None:
    from seeds import seed_database
    from seeds.options import SeedOptions
    from seeds.summary import render_seed_summary

    lifecycle.require_local_or_yes(url, yes, "seed demo data")
    summary = seed_database(url, options or SeedOptions(), console=console)
    render_seed_summary(summary, console)


def _whole_number(value, flag: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise DevStackError(f"--{flag} must be a whole number, got {value!r}. For example --{flag} 100.") from None
