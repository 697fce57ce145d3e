"""The local test image: a stand-in for supabase/postgres built from Debian packages, for machines with a
Docker engine but no registry. `python3 -m tools.stand_in_image build` (in the repo) makes or reuses it.
A tool for developers and the docker tests: the docker backend itself never builds an image."""

from dreamflow_dev.stack.docker_pull import LOCAL_IMAGE
from tools.stand_in_image.image import LocalImageBuild, ensure_local_image
from tools.stand_in_image.rootfs import build_rootfs_tarball, default_tarball

__all__ = ["LOCAL_IMAGE", "LocalImageBuild", "build_rootfs_tarball", "default_tarball", "ensure_local_image"]
