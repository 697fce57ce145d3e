"""How much SQL the streak and analytics bookkeeping asks a reader to read: the lines of migrations 005 and 006
(the user streaks and the analytics views), beside all seven, and whether each function is defined only once
(so that the body a reader finds is the one that runs)."""

from __future__ import annotations

import re
from collections import Counter

from dreamflow_dev.bench import Measurement
from dreamflow_dev.config import load_settings
from dreamflow_dev.migrate import discover_migrations

BOOKKEEPING_MIGRATIONS = ("create_user_streaks", "create_analytics_views")
FUNCTION_DEFINITION = re.compile(r"create\s+(?:or\s+replace\s+)?function\s+([\w.]+)", re.IGNORECASE)


def measure_bookkeeping_sql() -> list[Measurement]:
    migrations = discover_migrations(load_settings().migrations_dir)
    texts = {migration.name: migration.path.read_text() for migration in migrations}
    bookkeeping = [texts[name] for name in BOOKKEEPING_MIGRATIONS]
    defined = Counter(name for text in bookkeeping for name in FUNCTION_DEFINITION.findall(text))
    twice = sorted(name for name, count in defined.items() if count > 1)
    functions = f"defined more than once: {', '.join(twice)}" if twice else f"each of {len(defined)} defined once"
    return [Measurement(f"migrations 005 + 006, lines (functions: {functions})",
                        sum(text.count("\n") for text in bookkeeping), "lines",
                        goal="≤ 430, every function defined once", baseline_name=f"all {len(migrations)} migrations",
                        baseline_value=sum(text.count("\n") for text in texts.values()))]
