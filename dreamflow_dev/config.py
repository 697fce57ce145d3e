"""Reads supabase/config.toml, the environment and task flags into one Settings object.

The keys are the Supabase CLI's own (project_id, [db] port, major_version), so `supabase start` and
`invoke up` agree on where the database lives. Flags win over the environment, which wins over the file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from dreamflow_dev.db import check_url, effective_params, is_local
from dreamflow_dev.errors import DevStackError

# The repo; DREAMFLOW_PROJECT_ROOT points the tasks at another project folder (the CLI tests use it
# so they never touch the developer's own stack).
PROJECT_ROOT = Path(os.environ.get("DREAMFLOW_PROJECT_ROOT") or Path(__file__).resolve().parent.parent)
BACKENDS = ("auto", "native", "docker", "external")
DB_USER = "postgres"
DB_PASSWORD = "postgres"
DB_NAME = "postgres"


def local_url(port: int, user: str = DB_USER, database: str = DB_NAME) -> str:
    """A database on this machine's loopback with the Supabase CLI's local password (`postgres` for every role)."""
    return f"postgresql://{user}:{DB_PASSWORD}@127.0.0.1:{port}/{database}"


@dataclass(frozen=True)
class Settings:
    """Everything a task needs to find or start the database."""

    project_root: Path
    project_id: str
    port: int
    major_version: int
    backend: str
    db_url: str | None
    image: str | None = None  # the docker backend's image: DREAMFLOW_DB_IMAGE, else [db] image, else its default

    @property
    def migrations_dir(self) -> Path:
        return self.project_root / "supabase" / "migrations"

    @property
    def tests_dir(self) -> Path:
        """pgTAP test files, where `supabase test db` looks for them."""
        return self.project_root / "supabase" / "tests"

    @property
    def local_dir(self) -> Path:
        """Git-ignored folder holding the native cluster's data and log."""
        return self.project_root / ".supabase-local"

    @property
    def local_url(self) -> str:
        return local_url(self.port)

    @property
    def names_local_stack(self) -> bool:
        """True when --db-url / SUPABASE_DB_URL points at this project's own local stack (loopback, [db] port)."""
        if not self.db_url or not is_local(self.db_url):
            return False
        return effective_params(self.db_url).get("port") == str(self.port)

    @property
    def url(self) -> str:
        """The database every task talks to: --db-url / SUPABASE_DB_URL, else the local stack."""
        return self.db_url or self.local_url


def load_settings(
    *, db_url: str | None = None, backend: str | None = None, project_root: Path = PROJECT_ROOT
) -> Settings:
    """Build Settings from supabase/config.toml, then SUPABASE_DB_URL / DREAMFLOW_BACKEND, then flags."""
    for flag, value in (("db-url", db_url), ("backend", backend)):
        require_value(value, flag)
    config_path = project_root / "supabase" / "config.toml"
    file_values = read_config_toml(config_path)
    db_section = file_values.get("db", {})
    chosen_url = db_url or os.environ.get("SUPABASE_DB_URL") or None
    if chosen_url:
        check_url(chosen_url)
    elif not config_path.is_file():
        raise DevStackError(missing_project_message(project_root))
    chosen_backend = backend or os.environ.get("DREAMFLOW_BACKEND") or ("external" if chosen_url else "auto")
    if chosen_backend not in BACKENDS:
        raise DevStackError(
            f"unknown backend {chosen_backend!r}: expected one of {', '.join(BACKENDS)}. "
            "Pass --backend native (or docker, external, auto)."
        )
    if chosen_backend == "external" and not chosen_url:
        raise DevStackError(
            "backend 'external' needs a database URL: none was given. "
            "Pass --db-url postgresql://... or set SUPABASE_DB_URL."
        )
    return Settings(
        project_root=project_root,
        project_id=str(file_values.get("project_id", project_root.name)),
        port=_int_setting(db_section, "port", 54322, valid=range(1, 65536)),
        major_version=_int_setting(db_section, "major_version", 15, valid=range(15, 100)),
        backend=chosen_backend,
        db_url=chosen_url,
        image=os.environ.get("DREAMFLOW_DB_IMAGE") or (str(db_section["image"]) if db_section.get("image") else None),
    )


def require_value(value: str | None, flag: str) -> str | None:
    """An option given with an empty value (`--user ""`) is refused rather than read as "not given"."""
    if value is not None and not str(value).strip():
        raise DevStackError(f"--{flag} is empty: it needs a value. Give one, or leave --{flag} out.")
    return value


def missing_project_message(project_root: Path) -> str:
    """Without supabase/config.toml there is no project, so no port or migrations folder to assume."""
    return (f"no Supabase project in {project_root}: supabase/config.toml is missing. Run the tasks from the "
            "project folder, or create the layout with `supabase init` (supabase/config.toml and "
            "supabase/migrations/).")


def read_config_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise DevStackError(f"{path} is not valid TOML: {exc}. Fix the file (see the Supabase CLI docs).") from exc


def _int_setting(section: dict, key: str, default: int, valid: range) -> int:
    value = section.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value not in valid:
        raise DevStackError(f"[db] {key} in supabase/config.toml is {value!r}: expected a whole number from "
                            f"{valid.start} to {valid.stop - 1}. Fix it in supabase/config.toml.")
    return value
