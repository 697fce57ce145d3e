"""A private home for the cluster of a checkout the server's OS user cannot enter (a clone under /root).

The folder gets a random name made atomically by mkdtemp (no other user can create it first, unlike a name
derived from the project), is owned by us with no write bit for anyone else, and its path is recorded in the
checkout's own .supabase-local/, which only we can reach. A recorded folder is checked with lstat before
each use: a symbolic link, another owner or a writable mode is refused, never followed or repaired.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from dreamflow_dev.errors import DevStackError

RECORD_NAME = "cluster-home"
# Others may pass through to the data dir (the server's user must) but not list or change it.
PRIVATE_MODE = 0o711


def private_cluster_home(local_dir: Path, project_id: str, parent: Path = Path("/var/tmp")) -> Path:
    """The recorded private folder, checked; or a new one, recorded."""
    record = local_dir / RECORD_NAME
    try:
        recorded = Path(record.read_text().strip())
    except FileNotFoundError:
        recorded = None
    if recorded is not None and os.path.lexists(recorded):
        check_private_folder(recorded, record)
        return recorded
    home = Path(tempfile.mkdtemp(prefix=f"dreamflow-{project_id}-", dir=parent))
    os.chmod(home, PRIVATE_MODE)  # just made by mkdtemp, mode 0700, ours: not a link anyone could plant
    local_dir.mkdir(parents=True, exist_ok=True)
    record.write_text(f"{home}\n")
    return home


def check_private_folder(folder: Path, record: Path) -> None:
    """Refuse a folder that is a symbolic link, not ours, or writable by anyone else."""
    info = os.lstat(folder)
    problem = None
    if stat.S_ISLNK(info.st_mode):
        problem = f"it is a symbolic link to {os.readlink(folder)}"
    elif not stat.S_ISDIR(info.st_mode):
        problem = "it is not a folder"
    elif info.st_uid != os.geteuid():
        problem = f"it belongs to uid {info.st_uid}, not to you"
    elif info.st_mode & 0o022:
        problem = f"others may write to it (mode {oct(info.st_mode & 0o777)})"
    if problem:
        raise DevStackError(f"the cluster's private folder {folder} (recorded in {record}) is not safe: {problem}. "
                            f"Nothing was changed; remove {record} (and the folder, if it is yours) and run "
                            "`invoke up` again to make a new one.")
