"""Terminal output for the stack tasks (up, status, migrate): one rich Console, quiet by default.

Progress and status go through `logging` (each module's `logging.getLogger(__name__)`); `log_to_terminal`
shows them here, once per process, when a task runs. Tests never call it, so under pytest they stay quiet
(pytest keeps them for a failing test's report)."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict

from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from dreamflow_dev.db import redact
from dreamflow_dev.lifecycle import DatabaseFacts, UpReport
from dreamflow_dev.migrate import MigrationPlan
from dreamflow_dev.stack import StackStatus

console = Console(highlight=False, soft_wrap=True)
error_console = Console(stderr=True, highlight=False, soft_wrap=True)
# C0 and C1 controls and DEL move the cursor, rewrite lines (CR) or drive the terminal (ESC [ CSI, ESC ] OSC,
# 0x9b); the bidirectional overrides and isolates reorder what is shown. Text from a database or a user
# shows them as visible escapes instead.
CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def inert(text: str) -> str:
    """`text` with every control character written as a visible escape (`\\x1b`, `\\u202e`): safe to print."""
    return CONTROL_CHARACTERS.sub(_visible_escape, text)


def _visible_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# The packages whose progress and status the terminal shows (not the libraries': docker, urllib3, faker).
OUR_LOGGERS = ("dreamflow_dev", "seeds", "tools")


class _MessageLines(RichHandler):
    """RichHandler printing only the message (warnings and errors led by their level), never wrapped, so each
    record stays one line when piped to a file or read by a test."""

    def render(self, *, record: logging.LogRecord, traceback, message_renderable):
        if record.levelno < logging.WARNING:
            return message_renderable
        return Text.assemble((f"{record.levelname.lower()}: ", "yellow"), message_renderable)


def _only_below_warning(record: logging.LogRecord) -> bool:
    return record.levelno < logging.WARNING


def _inert_record(record: logging.LogRecord) -> bool:
    """A record's message may carry data (a migration's name, a user's text): shown with its controls inert."""
    record.msg, record.args = inert(record.getMessage()), None
    return True


def log_to_terminal(verbose: bool = False, *, stdout_is_data: bool = False) -> None:
    """Show our loggers' records: info (and debug with `verbose`) on stdout, warnings and errors on stderr.
    A task whose stdout is data (SQL, types) sends its progress to stderr too, so a pipe gets only the data."""
    progress_console = error_console if stdout_is_data else console
    for name in OUR_LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(logging.DEBUG if verbose else logging.INFO)
        for handler in [h for h in logger.handlers if isinstance(h, _MessageLines)]:
            logger.removeHandler(handler)
        progress = _MessageLines(console=progress_console, show_time=False, show_level=False, show_path=False,
                                 markup=False, highlighter=None, keywords=[])
        progress.addFilter(_only_below_warning)
        progress.addFilter(_inert_record)
        problems = _MessageLines(level=logging.WARNING, console=error_console, show_time=False, show_level=False,
                                 show_path=False, markup=False, highlighter=None, keywords=[])
        problems.addFilter(_inert_record)
        logger.addHandler(progress)
        logger.addHandler(problems)


def render_up_report(report: UpReport) -> None:
    facts = report.facts
    verb = "started" if report.started_now else "running"
    console.print(f"[green]✓[/green] {report.backend} stack {verb} in {report.seconds:.2f}s")
    table = Table.grid(padding=(0, 2))
    table.add_row("URL", redact(report.url))
    table.add_row("Postgres", facts.server_version)
    table.add_row("Extensions", ", ".join(facts.extensions) or "none")
    applied = ", ".join(report.applied_now) if report.applied_now else "none pending"
    table.add_row("Migrations", f"{facts.migrations_applied} applied; this run: {applied}")
    console.print(table)
    _warn_drift(facts)


def render_status(status: StackStatus, facts: DatabaseFacts | None, as_json: bool) -> None:
    if as_json:
        payload = asdict(status) | {"url": redact(status.url), "database": asdict(facts) if facts else None}
        console.print_json(json.dumps(payload))
        return
    state = "[green]running[/green]" if status.running else "[yellow]stopped[/yellow]"
    console.print(f"{status.backend} stack: {state}  {escape(inert(redact(status.url)))}")
    for key, value in status.details.items():
        console.print(f"  {key}: {escape(inert(value))}")
    if facts:
        console.print(f"  postgres: {facts.server_version}; extensions: {', '.join(facts.extensions) or 'none'}")
        console.print(f"  migrations: {facts.migrations_applied} applied, {facts.migrations_pending} pending")
        _warn_drift(facts)


def render_migration_plan(plan: MigrationPlan) -> None:
    table = Table("version", "name", "state")
    drifted = {m.version for m in plan.drifted}
    for migration in plan.applied:
        state = "[red]changed since applied[/red]" if migration.version in drifted else "[green]applied[/green]"
        table.add_row(migration.version, Text(inert(migration.name)), state)
    out_of_order = {m.version for m in plan.out_of_order}
    for migration in plan.pending:
        state = "[red]pending, older than the last applied[/red]" if migration.version in out_of_order \
            else "[yellow]pending[/yellow]"
        table.add_row(migration.version, Text(inert(migration.name)), state)
    for version in plan.unknown_versions:
        table.add_row(Text(inert(version)), "?", "[red]applied, no file[/red]")
    console.print(table)


def _warn_drift(facts: DatabaseFacts) -> None:
    for name in facts.drifted:
        console.print(f"[yellow]warning:[/yellow] {name} changed since it was applied; it is not re-run. "
                      "Put the change in a new migration (`invoke migration-new NAME`) or `invoke reset`.")
