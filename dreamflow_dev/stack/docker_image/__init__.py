"""The local test image: a stand-in for supabase/postgres built from Debian packages, for machines with a
Docker engine but no registry. `python -m dreamflow_dev.stack.docker_image build` makes or reuses it."""

from dreamflow_dev.stack.docker_image.image import LOCAL_IMAGE, LocalImageBuild, ensure_local_image
from dreamflow_dev.stack.docker_image.rootfs import build_rootfs_tarball, default_tarball

__all__ = ["LOCAL_IMAGE", "LocalImageBuild", "build_rootfs_tarball", "default_tarball", "ensure_local_image"]
