"""Bounded waits for things that happen in another process or thread (never a bare sleep)."""

from __future__ import annotations

import time
from collections.abc import Callable


def eventually(check: Callable[[], bool], seconds: float = 5.0) -> bool:
    """Poll `check` until it is true (returns True) or `seconds` pass (returns False)."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True
