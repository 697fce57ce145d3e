"""`invoke gen-types`: postgres-meta's TypeScript for the schema compiles with tsc and names every table, view,
callable function and enum of `public`."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dreamflow_dev.config import PROJECT_ROOT
from dreamflow_dev.lifecycle import throwaway_stack
from dreamflow_dev.npm_tools import NpmTool
from dreamflow_dev.stack.native import NativeCluster
from dreamflow_dev.typegen import api_schemas, generate_types

from support.cli_project import project_on, run_invoke
from support.clusters import TEST_PREFIX

pytestmark = [pytest.mark.tools, pytest.mark.slow]

TYPESCRIPT = NpmTool("typescript", {"typescript": "5.9.3"})
# What `public` holds that postgres-meta names, by section of the generated Database type.
PUBLIC_OBJECTS_SQL = {
    "Tables": "select relname from pg_catalog.pg_class where relnamespace = 'public'::regnamespace"
              " and relkind in ('r', 'p')",
    "Views": "select relname from pg_catalog.pg_class where relnamespace = 'public'::regnamespace"
             " and relkind in ('v', 'm')",
    # trigger functions cannot be called through the API, so the types leave them out
    "Functions": "select proname from pg_catalog.pg_proc where pronamespace = 'public'::regnamespace"
                 " and prorettype <> 'pg_catalog.trigger'::regtype",
    "Enums": "select typname from pg_catalog.pg_type where typnamespace = 'public'::regnamespace and typtype = 'e'",
}


@pytest.fixture(scope="module")
def migrated(pg_binaries) -> Iterator[NativeCluster]:
    """A stack as `invoke up` leaves it, plus an enum, so every section of the types has something to name."""
    with throwaway_stack(pg_binaries, migrate=True, prefix=TEST_PREFIX) as cluster:
        with psycopg.connect(cluster.url, autocommit=True) as conn:
            conn.execute("create type public.bedtime_mood as enum ('calm', 'sleepy')")
        yield cluster


@pytest.fixture(scope="module")
def types(migrated: NativeCluster) -> str:
    return generate_types(migrated.url, language="typescript", schemas=[], project_root=PROJECT_ROOT)


def test_generated_types_compile_with_tsc(types: str, tmp_path: Path):
    source = tmp_path / "database.types.ts"
    source.write_text(types)
    tsc = TYPESCRIPT.ensure_installed() / "typescript" / "bin" / "tsc"
    done = subprocess.run([shutil.which("node"), str(tsc), "--noEmit", "--strict", str(source)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("section", PUBLIC_OBJECTS_SQL)
def test_generated_types_name_every_public_object(migrated: NativeCluster, types: str, section: str):
    with psycopg.connect(migrated.url) as conn:
        expected = {row[0] for row in conn.execute(PUBLIC_OBJECTS_SQL[section])}
    assert expected, f"public has no {section.lower()} to look for"
    assert expected <= _names_in_section(types, "public", section)


def test_default_schemas_are_public_and_the_api_schemas():
    assert api_schemas(PROJECT_ROOT) == ["public", "graphql_public"]


def test_gen_types_schema_flag_selects_the_schemas(migrated: NativeCluster):
    auth_only = generate_types(migrated.url, language="typescript", schemas=["auth"], project_root=PROJECT_ROOT)
    assert re.search(r"^  auth: \{", auth_only, re.MULTILINE)
    assert not re.search(r"^  public: \{", auth_only, re.MULTILINE)


def test_invoke_gen_types_writes_the_file(migrated: NativeCluster, types: str):
    with project_on(migrated.port) as project:
        done = run_invoke(project, "gen-types", "--lang", "typescript", "-o", str(project / "types.ts"))
        assert done.returncode == 0, done.stderr
        assert (project / "types.ts").read_text() == types


def test_gen_types_refuses_an_unknown_language(migrated: NativeCluster):
    with project_on(migrated.port) as project:
        done = run_invoke(project, "gen-types", "--lang", "rust")
        assert done.returncode == 1
        assert "unknown --lang 'rust'" in done.stderr and done.stdout == ""


def test_gen_types_says_what_to_install_without_node(migrated: NativeCluster, types: str):
    """With postgres-meta installed (the `types` fixture) and node out of reach: one line naming what to install."""
    with project_on(migrated.port) as project:
        done = run_invoke(project, "gen-types", PATH="/nonexistent")
        assert done.returncode == 1
        assert "node is not installed" in done.stderr and "apt-get install npm" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and done.stdout == ""


def _names_in_section(types: str, schema: str, section: str) -> set[str]:
    """The keys one level inside `<schema>: { <section>: { ... } }` of the generated Database type."""
    schema_at = re.search(rf"^  {schema}: \{{$", types, re.MULTILINE).end()
    section_at = re.compile(rf"^    {section}: \{{$", re.MULTILINE).search(types, schema_at).end()
    section_end = re.compile(r"^    \}$", re.MULTILINE).search(types, section_at).start()
    return set(re.findall(r"^      (\w+): ", types[section_at:section_end], re.MULTILINE))
