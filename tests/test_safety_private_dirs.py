"""The cluster of a checkout the server's OS user cannot enter lives in a private folder no other user can
name in advance or swap; nothing is created, handed over or deleted through a symbolic link; and
`down --volumes` says what it could not delete."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from dreamflow_dev.errors import DevStackError
from dreamflow_dev.stack.ports import free_port
from dreamflow_dev.stack.private_dir import RECORD_NAME, private_cluster_home

from support.cli_project import make_project, run_invoke

AS_ROOT = pytest.mark.skipif(os.geteuid() != 0, reason="only root hands a cluster to another OS user (postgres)")


@pytest.fixture
def closed_project() -> Iterator[Path]:
    """A checkout inside a 0700 folder of root's, which the `postgres` OS user cannot enter."""
    closed = Path(tempfile.mkdtemp(prefix="dreamflow-closed-"))
    project = make_project(free_port())
    moved = closed / "checkout"
    shutil.move(project, moved)
    yield moved
    run_invoke(moved, "down", "--volumes")
    shutil.rmtree(closed, ignore_errors=True)


def _data_dir(project: Path) -> Path:
    status = run_invoke(project, "status")
    return Path(next(line.split(": ", 1)[1] for line in status.stdout.splitlines() if "data_dir:" in line))


@AS_ROOT
@pytest.mark.slow
def test_a_symlink_planted_where_the_cluster_used_to_go_is_never_followed(closed_project):
    victim = Path(tempfile.mkdtemp(prefix="dreamflow-victim-"))  # root's own 0700 folder
    repo_key = hashlib.sha1(str(closed_project).encode()).hexdigest()[:8]
    planted = Path("/var/tmp") / f"dreamflow-cli-test-{repo_key}"
    planted.symlink_to(victim)
    try:
        up = run_invoke(closed_project, "up")
        data_dir = _data_dir(closed_project)
        victim_state = (os.stat(victim).st_uid, stat.S_IMODE(os.stat(victim).st_mode), list(victim.iterdir()))
    finally:
        planted.unlink()
        shutil.rmtree(victim, ignore_errors=True)

    assert up.returncode == 0, up.stderr
    assert victim_state == (0, 0o700, [])
    home = data_dir.parent.parent
    info = os.lstat(home)
    assert not stat.S_ISLNK(info.st_mode) and info.st_uid == 0 and stat.S_IMODE(info.st_mode) == 0o711
    assert home != planted and home.name.startswith("dreamflow-cli-test-")


@AS_ROOT
@pytest.mark.slow
def test_a_recorded_private_folder_swapped_for_a_symlink_is_refused(closed_project):
    assert run_invoke(closed_project, "up").returncode == 0
    assert run_invoke(closed_project, "down").returncode == 0
    home = Path((closed_project / ".supabase-local" / RECORD_NAME).read_text().strip())
    victim = Path(tempfile.mkdtemp(prefix="dreamflow-victim-"))
    shutil.rmtree(home)
    home.symlink_to(victim)
    try:
        up = run_invoke(closed_project, "up")
        untouched = (os.stat(victim).st_uid, list(victim.iterdir()))
    finally:
        home.unlink()
        shutil.rmtree(victim, ignore_errors=True)

    assert up.returncode == 1
    assert up.stderr.strip().splitlines() == [
        f"error: the cluster's private folder {home} (recorded in {closed_project / '.supabase-local' / RECORD_NAME}) "
        f"is not safe: it is a symbolic link to {victim}. Nothing was changed; remove "
        f"{closed_project / '.supabase-local' / RECORD_NAME} (and the folder, if it is yours) and run `invoke up` "
        "again to make a new one."]
    assert untouched == (0, [])


@pytest.mark.parametrize("swap", ["a symbolic link", "writable by others"])
def test_a_private_folder_that_is_not_safe_is_refused_before_use(tmp_path, swap):
    local_dir, parent = tmp_path / "local", tmp_path / "tmp"
    parent.mkdir()
    home = private_cluster_home(local_dir, "demo", parent)
    assert stat.S_IMODE(os.lstat(home).st_mode) == 0o711 and private_cluster_home(local_dir, "demo", parent) == home
    if swap == "a symbolic link":
        home.rmdir()
        home.symlink_to(tmp_path)
    else:
        home.chmod(0o777)

    with pytest.raises(DevStackError, match="is not safe: (it is a symbolic link|others may write to it)"):
        private_cluster_home(local_dir, "demo", parent)


def test_two_checkouts_get_private_folders_no_one_can_name_in_advance(tmp_path):
    parent = tmp_path / "tmp"
    parent.mkdir()
    homes = {private_cluster_home(tmp_path / name, "demo", parent) for name in ("one", "two")}

    assert len(homes) == 2


@pytest.fixture
def project() -> Iterator[Path]:
    folder = make_project(free_port())
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
def test_down_volumes_says_what_it_could_not_delete_and_follows_no_link(project):
    elsewhere = Path(tempfile.mkdtemp(prefix="dreamflow-elsewhere-"))
    (elsewhere / "keep.txt").write_text("not the cluster's")
    local = project / ".supabase-local"
    local.mkdir()
    (local / "db").symlink_to(elsewhere)
    try:
        down = run_invoke(project, "down", "--volumes")
        kept = (elsewhere / "keep.txt").exists()
    finally:
        shutil.rmtree(elsewhere, ignore_errors=True)

    assert down.returncode == 1
    assert "data deleted" not in down.stdout
    assert down.stderr.strip().splitlines() == [
        f"error: could not delete the cluster in {local / 'db'}: {local / 'db'} is a symbolic link to {elsewhere}, "
        f"which is not followed. The server is stopped; delete what is left of {local / 'db'} yourself."]
    assert kept
