"""`python3 -m tools.stand_in_image build|rootfs [--force]`: make (or reuse) the local test image.

`build` puts the image into the engine at DOCKER_HOST; `rootfs` only makes the cached tarball, which needs
no engine (CI runs it before the tests, whose throwaway engine then imports it in seconds).
"""

from __future__ import annotations

import argparse
import sys
import time

from dreamflow_dev.console import log_to_terminal
from dreamflow_dev.errors import DevStackError
from dreamflow_dev.stack.docker import connect_to_engine
from tools.stand_in_image.image import ensure_local_image
from tools.stand_in_image.rootfs import build_rootfs_tarball, default_tarball


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m tools.stand_in_image", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("build", "rootfs"), help="the image in the engine, or only the tarball")
    parser.add_argument("--force", action="store_true", help="rebuild even when a reusable result exists")
    options = parser.parse_args(argv)
    log_to_terminal()
    try:
        message = _build_image(options.force) if options.what == "build" else _build_rootfs(options.force)
    except DevStackError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(message)
    return 0


def _build_image(force: bool) -> str:
    client = connect_to_engine()
    try:
        build = ensure_local_image(client, force=force)
    finally:
        client.close()
    if build.reused:
        return f"{build.image} is already in the engine (reused, {build.seconds:.1f}s)"
    return f"{build.image} built in {build.seconds:.1f}s ({' + '.join(build.steps)})"


def _build_rootfs(force: bool) -> str:
    tarball = default_tarball()
    if tarball.exists() and not force:
        return f"{tarball} exists (reused)"
    started = time.perf_counter()
    build_rootfs_tarball(tarball)
    return f"{tarball} built in {time.perf_counter() - started:.1f}s"


if __name__ == "__main__":
    sys.exit(main())
