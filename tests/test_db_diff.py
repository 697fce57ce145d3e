"""`invoke db-diff`: a hand change in a migrated database becomes a migration that reproduces it exactly: the shadow
with the diff applied diffs empty, and `invoke migrate` on a fresh stack yields the hand-changed schema."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dreamflow_dev.config import load_settings
from dreamflow_dev.databases import create_database, drop_database
from dreamflow_dev.lifecycle import give_supabase_layer, prepare_database, throwaway_stack
from dreamflow_dev.schema_diff import diff_database, diff_databases, shadow_database
from dreamflow_dev.stack.native import NativeCluster

from support.catalog_snapshot import catalog_snapshot, snapshot_differences
from support.cli_project import REPO, project_on, run_invoke
from support.clusters import TEST_PREFIX
from support.supabase_cli import cli_or_skip, socket_dsn

pytestmark = [pytest.mark.tools, pytest.mark.slow]

# One change of each kind a developer makes by hand: a column, an index, a policy, a table grant, a function with
# its grants, a view with its options and grants.
HAND_CHANGE = """
alter table public.rituals add column tags text[] not null default '{}';
revoke delete on public.rituals from anon;
create index rituals_tags_idx on public.rituals using gin (tags);
create policy rituals_tagged_are_visible_to_owner on public.rituals for select to authenticated
    using ((select auth.uid()) = user_id and tags <> '{}');
create function public.ritual_tag_count(p_ritual_id uuid) returns integer
    language sql stable set search_path = ''
    as $$ select coalesce(array_length(r.tags, 1), 0) from public.rituals r where r.id = p_ritual_id $$;
revoke execute on function public.ritual_tag_count(uuid) from public, anon;
grant execute on function public.ritual_tag_count(uuid) to authenticated;
create view public.ritual_tags with (security_invoker = true) as
    select r.id, r.user_id, unnest(r.tags) as tag from public.rituals r;
revoke all on public.ritual_tags from anon;
"""
CHANGED_KINDS = ('add column "tags"', "rituals_tags_idx", "rituals_tagged_are_visible_to_owner",
                 "public.ritual_tag_count(p_ritual_id uuid)", '"public"."ritual_tags"',
                 "security_invoker=true", "on routine public.ritual_tag_count(uuid) from public",
                 'revoke delete on table "public"."rituals" from "anon"')


@pytest.fixture(scope="module")
def hand_changed(pg_binaries) -> Iterator[NativeCluster]:
    """A stack brought up as `invoke up` does, then changed by hand in its database."""
    with throwaway_stack(pg_binaries, migrate=True, prefix=TEST_PREFIX) as cluster:
        with psycopg.connect(cluster.url, autocommit=True) as conn:
            conn.execute(HAND_CHANGE)
        yield cluster


@pytest.fixture(scope="module")
def diff(hand_changed: NativeCluster) -> str:
    return diff_database(load_settings(db_url=hand_changed.url), admin_url=hand_changed.admin_url)


def test_db_diff_of_a_freshly_migrated_database_is_empty(hand_changed: NativeCluster):
    url = create_database(hand_changed.url, "untouched")
    try:
        give_supabase_layer(url, hand_changed.admin_url)
        prepare_database(load_settings(db_url=url), url)
        assert diff_database(load_settings(db_url=url), admin_url=hand_changed.admin_url) == ""
    finally:
        drop_database(hand_changed.url, "untouched")


@pytest.mark.parametrize("change", CHANGED_KINDS)
def test_db_diff_names_each_hand_change(diff: str, change: str):
    assert change in diff


def test_db_diff_applied_to_the_shadow_leaves_nothing_to_diff(hand_changed: NativeCluster, diff: str):
    settings = load_settings(db_url=hand_changed.url)
    with shadow_database(settings, admin_url=hand_changed.admin_url) as shadow_url:
        with psycopg.connect(shadow_url, autocommit=True) as shadow:
            shadow.execute(diff)
        assert diff_databases(shadow_url, hand_changed.url, []) == ""


def test_invoke_migrate_applies_the_diff_file_to_a_fresh_stack(hand_changed: NativeCluster, pg_binaries):
    migrations = Path(tempfile.mkdtemp(prefix=TEST_PREFIX)) / "migrations"
    shutil.copytree(REPO / "supabase" / "migrations", migrations)
    try:
        with project_on(hand_changed.port, migrations) as project:
            written = run_invoke(project, "db-diff", "-f", "add_ritual_tags")
            assert written.returncode == 0, written.stderr
            [new_file] = [path for path in migrations.iterdir() if path.name.endswith("_add_ritual_tags.sql")]
            with throwaway_stack(pg_binaries, migrate=False, prefix=TEST_PREFIX) as fresh:
                migrated = run_invoke(project, "migrate", "--db-url", fresh.url)
                assert migrated.returncode == 0, migrated.stderr
                assert new_file.name in migrated.stdout
                assert snapshot_differences(catalog_snapshot(fresh.url), catalog_snapshot(hand_changed.url)) == {}
    finally:
        shutil.rmtree(migrations.parent, ignore_errors=True)


def test_db_diff_refuses_a_remote_server_without_yes(hand_changed: NativeCluster):
    with project_on(hand_changed.port) as project:
        refused = run_invoke(project, "db-diff", "--db-url", "postgresql://postgres:postgres@db.example.test/postgres")
        assert refused.returncode == 1
        assert "refusing to create and drop a shadow database" in refused.stderr and "--yes" in refused.stderr


def test_db_diff_file_name_follows_migration_new(hand_changed: NativeCluster):
    with project_on(hand_changed.port) as project:
        refused = run_invoke(project, "db-diff", "-f", "Not Snake Case")
        assert refused.returncode == 1
        assert "not snake_case" in refused.stderr



@pytest.mark.cli
def test_supabase_migration_up_applies_the_diff_file(hand_changed: NativeCluster, diff: str, pg_binaries):
    """The real CLI, offline, applies the migrations plus the diff as a file to a fresh stack it reaches by its
    socket: the result is the hand-changed schema."""
    cli = cli_or_skip()
    root = Path(tempfile.mkdtemp(prefix=TEST_PREFIX))
    root.chmod(0o1777)  # the server's OS user puts its socket here
    try:
        shutil.copytree(REPO / "supabase" / "migrations", root / "supabase" / "migrations")
        (root / "supabase" / "config.toml").write_text('project_id = "dreamflow-db-diff"\n')
        (root / "supabase" / "migrations" / "20990101000000_add_ritual_tags.sql").write_text(diff + "\n")
        with throwaway_stack(pg_binaries, migrate=False, prefix=TEST_PREFIX,
                             unix_socket_directories=str(root)) as fresh:
            cli.run(root, "migration", "up", "--db-url", socket_dsn(root, fresh.port, "postgres"))
            assert snapshot_differences(catalog_snapshot(fresh.url), catalog_snapshot(hand_changed.url)) == {}
    finally:
        shutil.rmtree(root, ignore_errors=True)
