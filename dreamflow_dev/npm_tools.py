"""Node programs the tasks run natively instead of in the Supabase CLI's containers, each pinned to the version
the CLI uses, installed from npm once into the user's cache (~/.cache/dreamflow/<tool>-<version>), as the tests
install the CLI itself.

An install goes into a scratch folder renamed into place, so an interrupted one leaves nothing half-made and two
tasks installing at once both end with a whole copy.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from dreamflow_dev.errors import DevStackError

log = logging.getLogger(__name__)

NODE_HINT = "Install Node.js 20+ with npm (Debian/Ubuntu: `sudo apt-get install npm`; macOS: `brew install node`)"
INSTALL_TIMEOUT_SECONDS = 600


@dataclass(frozen=True)
class NpmTool:
    """A set of npm packages at exact versions, installed together under one cache folder."""

    name: str
    packages: dict[str, str] = field(default_factory=dict)  # package -> exact version

    @property
    def version(self) -> str:
        return next(iter(self.packages.values()))

    @property
    def prefix(self) -> Path:
        """A folder per set of pins, so changing any pin installs anew beside the old set."""
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        pins = hashlib.sha256(json.dumps(self.packages, sort_keys=True).encode()).hexdigest()[:8]
        return cache / "dreamflow" / f"{self.name}-{self.version}-{pins}"

    @property
    def node_modules(self) -> Path:
        return self.prefix / "node_modules"

    def is_installed(self) -> bool:
        return all((self.node_modules / package / "package.json").exists() for package in self.packages)

    def ensure_installed(self) -> Path:
        """The tool's node_modules, installing it with npm on first use."""
        if self.is_installed():
            return self.node_modules
        npm = require_program("npm")
        specs = [f"{package}@{version}" for package, version in self.packages.items()]
        log.info("installing %s into %s (once)…", " ".join(specs), self.prefix)
        self.prefix.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".{self.prefix.name}-", dir=self.prefix.parent))
        try:
            done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--save-exact", *specs,
                                   "--prefix", str(scratch)], capture_output=True, text=True,
                                  timeout=INSTALL_TIMEOUT_SECONDS, check=False)
            if done.returncode != 0:
                last = (done.stderr.strip().splitlines() or ["no output"])[-1]
                raise DevStackError(f"`npm install {' '.join(specs)}` failed: {last}. "
                                    "Check that npm can reach its registry, then run the task again.")
            _move_into_place(scratch, self.prefix)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        return self.node_modules

    def run_node(self, script: Path, *, env: dict[str, str] | None = None, stdin: str | None = None,
                 timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run a script with node, resolving its imports from this tool's node_modules."""
        node_modules = self.ensure_installed()
        node = require_program("node")
        full_env = os.environ | (env or {}) | {"NODE_PATH": str(node_modules)}
        return subprocess.run([node, str(script)], input=stdin, env=full_env, capture_output=True, text=True,
                              timeout=timeout, check=False)


def require_program(name: str) -> str:
    """The path of node or npm, or one line saying what to install."""
    program = shutil.which(name)
    if program is None:
        raise DevStackError(f"{name} is not installed: this task runs a pinned npm package with Node.js. {NODE_HINT}.")
    return program


def _move_into_place(scratch: Path, prefix: Path) -> None:
    """Rename the finished install to its final name; another process that got there first wins."""
    try:
        scratch.rename(prefix)
    except OSError:
        if not (prefix / "node_modules").is_dir():
            raise


# postgres-meta generates `supabase gen types`; the CLI pins its image (supabase/postgres-meta) to this version.
# The image installs postgres-meta's lockfile, so what shapes the output is pinned as it was at that release:
# the generators (@supabase/postgrest-typegen, released with it) and the formatter.
POSTGRES_META = NpmTool("postgres-meta", {"@supabase/postgres-meta": "0.99.0", "@supabase/postgrest-typegen": "0.2.0",
                                          "prettier": "3.5.3", "pgsql-parser": "17.8.2"})
# The CLI's default `db diff` engine: @pgkit/migra, the TypeScript port of migra (the CLI takes its newest
# release, this one), with the inspector and client it is released with.
PGKIT_MIGRA = NpmTool("pgkit-migra", {"@pgkit/migra": "0.6.1", "@pgkit/schemainspect": "0.6.1",
                                      "@pgkit/client": "0.6.1"})
