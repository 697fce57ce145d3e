"""Pulling the database image when the engine lacks it, with a progress bar, and the way out when it cannot."""

from __future__ import annotations

from collections.abc import Iterator

import docker
from docker.errors import APIError
from requests.exceptions import RequestException
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn

from dreamflow_dev.errors import DevStackError

# The stand-in image `python3 -m tools.stand_in_image build` makes from Debian packages.
LOCAL_IMAGE = "dreamflow/postgres-local:15"
HOW_TO_PROVIDE = (
    "Provide it another way: `docker load -i FILE` (saved with `docker save` where it can be pulled), "
    "or build the local image (`sudo python3 -m tools.stand_in_image build` in the repo) and set "
    f"DREAMFLOW_DB_IMAGE={LOCAL_IMAGE} (or [db] image in supabase/config.toml)"
)


def pull_image(client: docker.DockerClient, image: str, console: Console | None = None) -> None:
    """`docker pull` with one bar for all layers (on rich's console unless given one); a DevStackError naming
    the image when it cannot be had."""
    with Progress(TextColumn(f"pulling {image}"), BarColumn(), DownloadColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        bar = progress.add_task("pull", total=None)
        layers: dict[str, tuple[int, int]] = {}
        for event in _pull_events(client, image):
            if "error" in event:
                raise DevStackError(f"cannot pull {image}: {event['error']}. {HOW_TO_PROVIDE}.")
            _track_layer(layers, event)
            progress.update(bar, completed=sum(done for done, _ in layers.values()),
                            total=sum(size for _, size in layers.values()) or None)


# A layer's statuses once its download is over. A loaded engine's stream can leave out `Download complete`,
# so any of these means all its bytes are in.
DOWNLOADED = frozenset({"Verifying Checksum", "Download complete", "Extracting", "Pull complete"})


def _track_layer(layers: dict[str, tuple[int, int]], event: dict) -> None:
    """Bytes downloaded and size per layer, from the engine's `Downloading` events and those after them."""
    layer, detail = event.get("id", ""), event.get("progressDetail") or {}
    if event.get("status") == "Downloading" and detail.get("total"):
        layers[layer] = (detail.get("current", 0), detail["total"])
    elif event.get("status") in DOWNLOADED and layer in layers:
        layers[layer] = (layers[layer][1], layers[layer][1])


def _pull_events(client: docker.DockerClient, image: str) -> Iterator[dict]:
    """The engine's pull events; the SDK splits `image` into repository and tag (or digest) itself."""
    try:
        yield from client.api.pull(image, stream=True, decode=True)
    except (APIError, RequestException) as exc:
        observed = exc.explanation if isinstance(exc, APIError) else str(exc)
        raise DevStackError(f"cannot pull {image}: {observed}. {HOW_TO_PROVIDE}.") from exc

