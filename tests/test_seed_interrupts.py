"""What an interrupted seed leaves: nothing, whether the client is killed, Ctrl-C'd, or the server crashes mid-COPY;
and the next seed succeeds. Ctrl-C inside the COPY feed is raised where it cannot hang the seed."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import psycopg
import pytest

from dreamflow_dev.db import wait_until_ready
from dreamflow_dev.lifecycle import throwaway_stack
from seeds import seed_database
from seeds.bulk_load.copy_feed import binary_copy

from support.seeding import SMALL, big_seed, nothing_seeded, wait_until_copying_sessions


@pytest.mark.slow
def test_a_seed_killed_mid_copy_leaves_nothing_and_the_next_one_succeeds(fresh_db_url):
    with big_seed(fresh_db_url) as child:
        wait_until_copying_sessions(fresh_db_url, child)
        child.send_signal(signal.SIGKILL)
        child.wait()

    assert nothing_seeded(fresh_db_url)
    assert seed_database(fresh_db_url, SMALL).rows["auth.users"] == 30


@pytest.mark.slow
def test_ctrl_c_mid_copy_says_so_and_leaves_nothing(fresh_db_url):
    with big_seed(fresh_db_url) as child:
        wait_until_copying_sessions(fresh_db_url, child)
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=60)

    assert child.returncode == 130
    assert stderr.strip().splitlines() == ["interrupted: nothing was left half-done."]
    assert nothing_seeded(fresh_db_url)


@pytest.fixture
def ctrl_c_raises() -> Iterator[None]:
    """SIGINT raises KeyboardInterrupt in this process for the test, as in a terminal, whatever the runner set."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _ctrl_c_now() -> None:
    """Ctrl-C to this thread: its handler runs before the next line does."""
    signal.raise_signal(signal.SIGINT)


def test_ctrl_c_inside_a_fed_copy_is_raised_at_the_next_write(fresh_db_url, ctrl_c_raises):
    """Raised anywhere, it can land inside the feeder queue's locking and hang the seed (seeds.bulk_load.copy_feed)."""
    reached = []
    with psycopg.connect(fresh_db_url) as conn, pytest.raises(KeyboardInterrupt), \
            binary_copy(conn, "public.rituals") as copy:
        _ctrl_c_now()
        reached.append("after Ctrl-C")
        copy.write(b"")
        reached.append("after the write")

    assert reached == ["after Ctrl-C"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_after_the_last_write_is_raised_once_the_copy_is_over(fresh_db_url, ctrl_c_raises):
    reached = []
    with psycopg.connect(fresh_db_url) as conn, pytest.raises(KeyboardInterrupt):
        with binary_copy(conn, "public.rituals"):
            _ctrl_c_now()
            reached.append("after Ctrl-C")
        reached.append("after the copy")

    assert reached == ["after Ctrl-C"]


@pytest.fixture
def own_cluster_url(pg_binaries) -> Iterator[str]:
    """A migrated cluster of this test's own, for crashing the server without disturbing the others."""
    with throwaway_stack(pg_binaries, migrate=True) as cluster:
        yield cluster.url


@pytest.mark.slow
def test_a_server_killed_mid_copy_keeps_nothing_and_the_next_seed_succeeds(own_cluster_url):
    with big_seed(own_cluster_url) as child:
        backend = wait_until_copying_sessions(own_cluster_url, child)
        os.kill(backend, signal.SIGKILL)  # the postmaster treats it as a crash: every backend ends, then recovery
        _, stderr = child.communicate(timeout=60)
    wait_until_ready(own_cluster_url, timeout=30)

    assert child.returncode == 1
    assert len(stderr.strip().splitlines()) == 1 and "went away mid-load" in stderr
    assert nothing_seeded(own_cluster_url)
    assert seed_database(own_cluster_url, SMALL).rows["auth.users"] == 30
