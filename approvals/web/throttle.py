"""Slows down password guessing: after too many failed logins for one username or from one client
address within a window, further attempts are refused for a while (in memory, per process)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

from fastapi import HTTPException, Request


class LoginThrottle:
    def __init__(self, max_failures: int = 5, window_seconds: float = 600.0, clock=time.monotonic):  # noqa: ANN001 - a callable
        self.max_failures = max_failures
        self.window = window_seconds
        self.clock = clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _keys(self, request: Request, username: str) -> list[str]:
        client = request.client.host if request.client else "unknown"
        return [f"user:{username.strip().lower()}", f"ip:{client}"]

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def check(self, request: Request, username: str) -> None:
        """Raise 429 while this username or address is locked out."""
        now = self.clock()
        with self._lock:
            for key in self._keys(request, username):
                times = self._recent(key, now)
                if len(times) >= self.max_failures:
                    wait = int(self.window - (now - times[0])) + 1
                    raise HTTPException(status_code=429, detail=f"too many failed logins: try again in {max(1, wait // 60)} minute(s)",
                                        headers={"Retry-After": str(wait)})

    def failed(self, request: Request, username: str) -> None:
        now = self.clock()
        with self._lock:
            for key in self._keys(request, username):
                self._recent(key, now).append(now)

    def succeeded(self, request: Request, username: str) -> None:
        with self._lock:
            self._failures.pop(f"user:{username.strip().lower()}", None)


def throttle_of(request: Request) -> LoginThrottle:
    return request.app.state.login_throttle
