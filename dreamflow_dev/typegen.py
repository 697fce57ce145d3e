"""`invoke gen-types`: the types `supabase gen types` writes, made by postgres-meta itself, run with node instead
of in the CLI's container.

postgres-meta's server prints the types and exits when PG_META_GENERATE_TYPES names a language; the CLI runs it
so, with the settings below, and so does this module, with the same version, so the output is the CLI's.
"""

from __future__ import annotations

import logging
from pathlib import Path

from dreamflow_dev.config import read_config_toml
from dreamflow_dev.db import redact
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.npm_tools import POSTGRES_META

log = logging.getLogger(__name__)

LANGUAGES = ("typescript", "go", "swift", "python")
# The CLI's defaults: [api] schemas when config.toml has none, its --query-timeout, Swift's access control.
DEFAULT_API_SCHEMAS = ("public", "graphql_public")
QUERY_TIMEOUT_SECONDS = 15
SWIFT_ACCESS_CONTROL = "internal"
SERVER_SCRIPT = Path("@supabase", "postgres-meta", "dist", "server", "server.js")


def generate_types(url: str, *, language: str, schemas: list[str], project_root: Path) -> str:
    """The generated source for these schemas (default: public plus config.toml's [api] schemas)."""
    if language not in LANGUAGES:
        raise DevStackError(f"unknown --lang {language!r}: expected one of {', '.join(LANGUAGES)}. "
                            "For example --lang typescript.")
    node_modules = POSTGRES_META.ensure_installed()
    env = {
        "PG_META_DB_URL": url,
        "PG_CONN_TIMEOUT_SECS": str(QUERY_TIMEOUT_SECONDS),
        "PG_QUERY_TIMEOUT_SECS": str(QUERY_TIMEOUT_SECONDS),
        "PG_META_GENERATE_TYPES": language,
        "PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS": ",".join(schemas or api_schemas(project_root)),
        "PG_META_GENERATE_TYPES_SWIFT_ACCESS_CONTROL": SWIFT_ACCESS_CONTROL,
        "PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS": "true",
    }
    done = POSTGRES_META.run_node(node_modules / SERVER_SCRIPT, env=env, timeout=QUERY_TIMEOUT_SECONDS * 4)
    if done.returncode != 0 or not done.stdout.strip():
        observed = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise DevStackError(f"type generation failed: postgres-meta said {redact(observed)}. "
                            "Check that the database answers (`invoke status`), then run `invoke gen-types` again.")
    return done.stdout


def api_schemas(project_root: Path) -> list[str]:
    """public first, then config.toml's [api] schemas, each once: the schemas the CLI generates by default."""
    configured = read_config_toml(project_root / "supabase" / "config.toml").get("api", {}).get("schemas")
    return list(dict.fromkeys(["public", *(configured or DEFAULT_API_SCHEMAS)]))
