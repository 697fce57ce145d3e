"""A network bridge of its own for each throwaway dockerd, on a subnet no route on the machine uses.

Every engine on the default bridge shares `docker0` and 172.17.0.0/16 and hands the first container
172.17.0.2. A container left behind by an engine that was killed (its network namespace pinned by a mount
under the engine's exec root) keeps answering for that address, so every new container's published port led
to it and connections were closed at once. A bridge per engine removes the collision,
and the engine runs without iptables so it never edits the machine's firewall; published ports still work
through docker-proxy.
"""

from __future__ import annotations

import ipaddress
import json
import random
import subprocess

from dreamflow_dev.errors import DevStackError

BRIDGE_PREFIX = "dfd-"


def bridge_name_for(engine_id: str) -> str:
    """The bridge of the engine with this id (Linux caps interface names at 15 characters)."""
    return f"{BRIDGE_PREFIX}{engine_id}"[:15]


def create_bridge(name: str) -> None:
    """Create `name`, up, with the first address of a free /24 in 10.0.0.0/8."""
    gateway = ipaddress.IPv4Interface(f"{_free_subnet().network_address + 1}/24")
    _ip("link", "add", "name", name, "type", "bridge")
    try:
        _ip("addr", "add", str(gateway), "dev", name)
        _ip("link", "set", name, "up")
    except BaseException:
        delete_bridge(name)
        raise


def delete_bridge(name: str) -> None:
    """Remove the bridge; one already gone is fine."""
    subprocess.run(["ip", "link", "delete", name, "type", "bridge"], capture_output=True, check=False)


def our_bridges() -> list[str]:
    """Names of the bridges this module made that still exist (live engines' and abandoned ones)."""
    links = json.loads(_ip("-j", "link", "show", "type", "bridge") or "[]")
    return [link["ifname"] for link in links if link["ifname"].startswith(BRIDGE_PREFIX)]


def _free_subnet() -> ipaddress.IPv4Network:
    used = [ipaddress.ip_network(route["dst"], strict=False)
            for route in json.loads(_ip("-j", "-4", "route", "show", "table", "all") or "[]")
            if route["dst"] not in ("default", "")]
    for _ in range(200):
        candidate = ipaddress.IPv4Network(f"10.{random.randrange(256)}.{random.randrange(256)}.0/24")
        if not any(candidate.overlaps(network) for network in used if network.version == 4):
            return candidate
    raise DevStackError("no free /24 in 10.0.0.0/8 for a throwaway Docker bridge: every one tried is routed. "
                       "Remove unused bridges (`ip link show type bridge`).")


def _ip(*args: str) -> str:
    result = subprocess.run(["ip", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise DevStackError(f"`ip {' '.join(args)}` failed: {result.stderr.strip()}. "
                           "The docker tests need root and iproute2.")
    return result.stdout
