"""Slows down password guessing: after too many failed logins for one username from one client
address within a window, further attempts for that username from that address are refused for a
while; a much higher ceiling per address still stops one address spraying guesses across usernames.

Locking by username alone would let anyone lock a colleague out, and by address alone would lock
out a whole office behind one NAT after one person mistypes five times.

Failures are rows in the database, not process memory, so several `dunmail serve` processes behind
a load balancer share one count and a restart does not reset a lockout.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from fastapi import HTTPException, Request
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, delete, func, select

from adapters.db.db import session_scope
from adapters.db.tables import LoginFailure, utcnow


class LoginThrottle:
    def __init__(self, engine: Engine, max_failures: int = 5, window_seconds: float = 600.0, clock: Callable[[], datetime] = utcnow,
                 max_failures_per_address: int = 50):
        self.engine = engine
        self.max_failures = max_failures  # per (username, address)
        self.max_failures_per_address = max_failures_per_address  # across every username
        self.window = timedelta(seconds=window_seconds)
        self.clock = clock

    @staticmethod
    def _keys(request: Request, username: str) -> list[str]:
        """The (username, address) key first, then the address key. Usernames compare case-blind."""
        client = request.client.host if request.client else "unknown"
        return [f"user:{username.strip().lower()}|ip:{client}"[:160], f"ip:{client}"[:160]]

    def check(self, request: Request, username: str) -> None:
        """Raise 429 while this username is locked out at this address, or the address as a whole is."""
        now = self.clock()
        with Session(self.engine) as session:
            for key, limit in zip(self._keys(request, username), (self.max_failures, self.max_failures_per_address), strict=True):
                count, first = session.exec(
                    select(func.count(), func.min(LoginFailure.at)).where(LoginFailure.key == key, col(LoginFailure.at) > now - self.window)
                ).one()
                if count >= limit and first is not None:
                    first = first if first.tzinfo else first.replace(tzinfo=now.tzinfo)
                    wait = int((self.window - (now - first)).total_seconds()) + 1
                    raise HTTPException(status_code=429, detail=f"too many failed logins: try again in {max(1, wait // 60)} minute(s)",
                                        headers={"Retry-After": str(max(1, wait))})

    def failed(self, request: Request, username: str) -> None:
        now = self.clock()
        with session_scope(self.engine) as session:
            session.exec(delete(LoginFailure).where(col(LoginFailure.at) <= now - self.window))  # housekeeping
            for key in self._keys(request, username):
                session.add(LoginFailure(key=key, at=now))

    def succeeded(self, request: Request, username: str) -> None:
        with session_scope(self.engine) as session:
            session.exec(delete(LoginFailure).where(LoginFailure.key == self._keys(request, username)[0]))


def throttle_of(request: Request) -> LoginThrottle:
    return request.app.state.login_throttle
