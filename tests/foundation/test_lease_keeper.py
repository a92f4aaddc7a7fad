"""One lease keeper for a run of claims (dunmail.leases.LeaseKeeper.follow): it renews the claim it follows, says
so when that lease is lost, and a claim it no longer follows cannot mark the next one lost."""

from __future__ import annotations

import threading
import time

from dunmail.leases import kept_alive


def _until(event: threading.Event, seconds: float = 5.0) -> bool:
    return event.wait(seconds)


def test_the_keeper_renews_the_claim_it_follows_and_reports_its_loss() -> None:
    renewed_a, renewed_b = threading.Event(), threading.Event()
    with kept_alive(None, 0.15) as keeper:  # every 0.05 s
        keeper.follow(lambda: renewed_a.set() or True)
        assert _until(renewed_a)
        assert not keeper.lost.is_set()
        keeper.follow(lambda: renewed_b.set() or False)  # this one is taken over by another worker
        assert _until(renewed_b)
        deadline = time.monotonic() + 5
        while not keeper.lost.is_set() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert keeper.lost.is_set()
        keeper.follow(None)
        assert not keeper.lost.is_set()
        assert [t.name for t in threading.enumerate()].count("lease-keeper") == 1


def test_a_claim_no_longer_followed_does_not_mark_the_next_one_lost() -> None:
    started, release = threading.Event(), threading.Event()

    def slow_and_gone() -> bool:  # a renewal of a finished claim, in flight while the next is followed
        started.set()
        release.wait(5)
        return False

    with kept_alive(slow_and_gone, 0.15) as keeper:
        assert _until(started)
        keeper.follow(lambda: True)
        release.set()
        time.sleep(0.2)
        assert not keeper.lost.is_set()
