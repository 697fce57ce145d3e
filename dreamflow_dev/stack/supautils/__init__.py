"""The privileged-extensions hook of the native backend: `dreamflow_supautils.c` beside this file, our own
small stand-in for the part of Supabase's supautils that lets the non-superuser `postgres` create, update
and drop the platform's privileged extensions (run as supabase_admin, then the extension's after-create
script from the bootstrap's `extension-custom-scripts/`).

It is built with PGXS against the machine's PostgreSQL server headers, cached by source hash in the user's
cache, copied into the cluster's own folder (which the server's OS user can read), and loaded with the
settings supautils.conf gives the platform. Where it cannot be built, one warning says what is missing and
the cluster runs without it: `postgres` then cannot manage those extensions, as on a plain Postgres.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dreamflow_dev.bootstrap import ADMIN_USER, CUSTOM_SCRIPTS
from dreamflow_dev.stack.pgbin import PgBinaries

logger = logging.getLogger(__name__)

LIBRARY = "dreamflow_supautils"
SOURCE_FILES = (f"{LIBRARY}.c", "Makefile")
PRIVILEGED_ROLE = "postgres"
# supautils.privileged_extensions of the supabase/postgres image's supautils.conf, in its order.
PLATFORM_PRIVILEGED_EXTENSIONS = (
    "address_standardizer, address_standardizer_data_us, autoinc, bloom, btree_gin, btree_gist, citext, cube, "
    "dblink, dict_int, dict_xsyn, earthdistance, fuzzystrmatch, hstore, http, hypopg, index_advisor, "
    "insert_username, intarray, isn, ltree, moddatetime, orioledb, pg_cron, pg_graphql, pg_hashids, "
    "pg_jsonschema, pg_net, pg_partman, pg_repack, pg_stat_monitor, pg_stat_statements, pg_tle, pg_trgm, "
    "pg_walinspect, pgaudit, pgcrypto, pgjwt, pg_prewarm, pgmq, pgroonga, pgroonga_database, pgrouting, "
    "pgrowlocks, pgstattuple, pgsodium, pgtap, plcoffee, pljava, plls, plpgsql, plpgsql_check, plv8, postgis, "
    "postgis_raster, postgis_sfcgal, postgis_tiger_geocoder, postgis_topology, postgres_fdw, refint, rum, seg, "
    "sslinfo, supabase_vault, supautils, tablefunc, tcn, timescaledb, tsm_system_rows, tsm_system_time, "
    "unaccent, uuid-ossp, vector, wrappers"
)
# Where the platform puts an extension that CREATE EXTENSION names no schema for.
EXTENSION_SCHEMA_OVERRIDES = {"pg_cron": {"schema": "pg_catalog"}}


@dataclass(frozen=True)
class BuildTool:
    """One thing PGXS needs, how to tell it is there, and the Debian package that brings it."""

    description: str
    present: bool
    package: str


def build_tools(binaries: PgBinaries) -> list[BuildTool]:
    """The C compiler pg_config names, make, and the server headers with PGXS's makefiles."""
    compiler = (_pg_config(binaries, "--cc") or "cc").split()[0]
    headers = Path(_pg_config(binaries, "--includedir-server") or "/nonexistent") / "postgres.h"
    pgxs = Path(_pg_config(binaries, "--pgxs") or "/nonexistent")
    return [
        BuildTool(f"a C compiler ({compiler})", shutil.which(compiler) is not None, "gcc"),
        BuildTool("make", shutil.which("make") is not None, "make"),
        BuildTool(f"the PostgreSQL {binaries.major} server headers (postgres.h, pgxs.mk)",
                  headers.exists() and pgxs.exists(), f"postgresql-server-dev-{binaries.major}"),
    ]


def missing_build_tools(binaries: PgBinaries) -> list[BuildTool]:
    return [tool for tool in build_tools(binaries) if not tool.present]


def install_hook(root: Path, binaries: PgBinaries) -> bool:
    """Put the built library and the custom scripts in `root`/supautils (the server loads them from there);
    False, after one warning saying what is missing, when the library cannot be built here."""
    target = root / "supautils"
    library = built_library(binaries)
    if library is None:
        shutil.rmtree(target, ignore_errors=True)  # an older copy would be loaded while we say it is not
        return False
    (target / "lib").mkdir(parents=True, exist_ok=True)
    _replace_file(library, target / "lib" / library.name)
    scripts = target / CUSTOM_SCRIPTS.name
    shutil.rmtree(scripts, ignore_errors=True)
    with resources.as_file(CUSTOM_SCRIPTS) as source:
        shutil.copytree(source, scripts)
    for folder in (target, target / "lib", *[p for p in scripts.rglob("*") if p.is_dir()], scripts):
        folder.chmod(0o755)
    return True


def hook_settings(root: Path) -> dict[str, str]:
    """Server settings that load the hook installed in `root` and configure it as supautils.conf does the
    platform's; none when it is not installed there."""
    target = root / "supautils"
    if not (target / "lib" / f"{LIBRARY}.so").exists():
        return {}
    return {
        "dynamic_library_path": f"$libdir:{target / 'lib'}",
        "supautils.privileged_extensions": PLATFORM_PRIVILEGED_EXTENSIONS,
        "supautils.privileged_extensions_superuser": ADMIN_USER,
        "supautils.privileged_extensions_custom_scripts_path": str(target / CUSTOM_SCRIPTS.name),
        "supautils.privileged_role": PRIVILEGED_ROLE,
        "supautils.extensions_parameter_overrides": json.dumps(EXTENSION_SCHEMA_OVERRIDES, separators=(",", ":")),
    }


def built_library(binaries: PgBinaries) -> Path | None:
    """The library built for these binaries and this source, from the cache or built now; None (and one
    warning) when this machine lacks what the build needs or the build fails."""
    cached = _cache_dir(binaries) / f"{LIBRARY}.so"
    if cached.exists():
        return cached
    missing = missing_build_tools(binaries)
    if missing:
        packages = " ".join(tool.package for tool in missing)
        logger.warning(
            "privileged extensions hook not built: %s not found. Install (Debian/Ubuntu: `sudo apt-get install -y "
            "%s`), then `invoke down` and `invoke up`; until then `postgres` cannot create or drop pg_cron, "
            "pg_stat_statements and the other privileged extensions.",
            ", ".join(tool.description for tool in missing), packages)
        return None
    return _build(binaries, cached)


def _build(binaries: PgBinaries, cached: Path) -> Path | None:
    """`make` in a scratch copy of the source, then the .so renamed into the cache (never half-written)."""
    cached.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"{LIBRARY}-build-", dir=cached.parent.parent) as scratch:
        for name in SOURCE_FILES:
            shutil.copyfile(str(resources.files(__package__).joinpath(name)), Path(scratch) / name)
        done = subprocess.run(["make", f"PG_CONFIG={binaries.program('pg_config')}", "with_llvm=no"],
                              cwd=scratch, capture_output=True, text=True, timeout=300, check=False)
        if done.returncode != 0:
            last = " | ".join((done.stderr or done.stdout).strip().splitlines()[-3:])
            logger.warning("privileged extensions hook not built: make failed in %s: %s. Carrying on without it.",
                           scratch, last)
            return None
        _replace_file(Path(scratch) / f"{LIBRARY}.so", cached)
    return cached


def _cache_dir(binaries: PgBinaries) -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "dreamflow" / LIBRARY / _build_key(binaries)


@functools.cache  # asked at every cluster start; pg_config answers the same within a process
def _build_key(binaries: PgBinaries) -> str:
    """One key per source and server build: a changed source or another PostgreSQL builds anew."""
    digest = hashlib.sha256()
    for name in SOURCE_FILES:
        digest.update(resources.files(__package__).joinpath(name).read_bytes())
    digest.update((_pg_config(binaries, "--version") or binaries.version).encode())
    digest.update((_pg_config(binaries, "--includedir-server") or "").encode())
    return digest.hexdigest()[:16]


def _replace_file(source: Path, target: Path) -> None:
    """Copy beside the target, then rename over it, so a reader never sees half a file."""
    partial = target.with_name(f".{target.name}.partial")
    shutil.copyfile(source, partial)
    partial.chmod(0o755)
    os.replace(partial, target)


def _pg_config(binaries: PgBinaries, flag: str) -> str | None:
    pg_config = binaries.bin_dir / "pg_config"
    if not pg_config.exists():
        return None
    done = subprocess.run([str(pg_config), flag], capture_output=True, text=True, check=False)
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else None
