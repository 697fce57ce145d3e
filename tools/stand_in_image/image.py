"""The local test image in a Docker engine: reused when present, else imported from the rootfs tarball and
finished with the Dockerfile (entrypoint, PATH, volume, stop signal), building the tarball first if needed.

Each step is reused when its result exists, so only a machine's first build pays for debootstrap.
"""

from __future__ import annotations

import hashlib
import io
import logging
import tarfile
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import docker
from docker.errors import APIError, BuildError, ImageNotFound

from dreamflow_dev.errors import DevStackError
from dreamflow_dev.stack.docker_pull import LOCAL_IMAGE
from tools.stand_in_image.rootfs import build_rootfs_tarball, default_tarball

ROOTFS_IMAGE = "dreamflow/postgres-local-rootfs:15"
# Set on the finished image: the hash of the Dockerfile and entrypoint it was built from, so an image
# built from an older recipe is rebuilt (quickly, from the rootfs image) instead of silently reused.
RECIPE_LABEL = "dev.dreamflow.image.recipe"
RECIPE_FILES = ("Dockerfile", "entrypoint.sh")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LocalImageBuild:
    """What `ensure_local_image` did: which steps ran and how long it took (for the build-time note)."""

    image: str
    steps: tuple[str, ...]
    seconds: float

    @property
    def reused(self) -> bool:
        return not self.steps


def ensure_local_image(client: docker.DockerClient, *, tarball: Path | None = None,
                       force: bool = False) -> LocalImageBuild:
    """The local image in this engine, building only the missing steps (all of them with `force`)."""
    started = time.perf_counter()
    tarball = tarball or default_tarball()
    steps: list[str] = []
    if not force and _has_current_image(client):
        return LocalImageBuild(LOCAL_IMAGE, (), time.perf_counter() - started)
    if force or not _has_image(client, ROOTFS_IMAGE):
        if force or not tarball.exists():
            build_rootfs_tarball(tarball)
            steps.append("debootstrap")
        log.info("importing %s as %s", tarball, ROOTFS_IMAGE)
        _import_rootfs(client, tarball)
        steps.append("import")
    log.info("building %s (entrypoint, PATH, volume) on %s", LOCAL_IMAGE, ROOTFS_IMAGE)
    _build_from_recipe(client)
    steps.append("build")
    return LocalImageBuild(LOCAL_IMAGE, tuple(steps), time.perf_counter() - started)


def recipe_hash() -> str:
    digest = hashlib.sha256()
    for name in RECIPE_FILES:
        digest.update(_recipe_file(name))
    return digest.hexdigest()[:16]


def _has_current_image(client: docker.DockerClient) -> bool:
    try:
        image = client.images.get(LOCAL_IMAGE)
    except ImageNotFound:
        return False
    return image.labels.get(RECIPE_LABEL) == recipe_hash()


def _has_image(client: docker.DockerClient, name: str) -> bool:
    try:
        client.images.get(name)
    except ImageNotFound:
        return False
    return True


def _import_rootfs(client: docker.DockerClient, tarball: Path) -> None:
    repository, tag = ROOTFS_IMAGE.rsplit(":", 1)
    try:
        client.api.import_image_from_file(str(tarball), repository=repository, tag=tag)
    except APIError as exc:
        raise DevStackError(f"docker import of {tarball} failed: {exc.explanation}. "
                            "Delete the tarball to rebuild it, then re-run the build.") from exc


def _build_from_recipe(client: docker.DockerClient) -> None:
    try:
        client.images.build(fileobj=_recipe_context(), custom_context=True, tag=LOCAL_IMAGE, rm=True,
                            buildargs={"BASE": ROOTFS_IMAGE}, labels={RECIPE_LABEL: recipe_hash()})
    except (BuildError, APIError) as exc:
        raise DevStackError(f"building {LOCAL_IMAGE} from its Dockerfile failed: {exc}. "
                            "Check tools/stand_in_image/ and re-run the build.") from exc


def _recipe_context() -> io.BytesIO:
    """The build context, in memory: the Dockerfile and the (executable) entrypoint."""
    context = io.BytesIO()
    with tarfile.open(fileobj=context, mode="w") as archive:
        for name in RECIPE_FILES:
            content = _recipe_file(name)
            member = tarfile.TarInfo(name)
            member.size, member.mode = len(content), 0o755 if name.endswith(".sh") else 0o644
            archive.addfile(member, io.BytesIO(content))
    context.seek(0)
    return context


def _recipe_file(name: str) -> bytes:
    return resources.files(__package__).joinpath(name).read_bytes()
