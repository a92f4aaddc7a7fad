"""Server-side web sessions: the store behind the approval app's login cookie.

The signed cookie alone cannot be taken back: whoever holds a copy stays logged in until it
expires. So the cookie carries a random token, and this table says whether that token is still a
session. Only the token's SHA-256 is stored (a leaked table logs nobody in). Logging out, disabling
a user or resetting their login revokes rows here, and the next request with that cookie is refused.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, delete, select, update

from adapters.db.db import session_scope
from adapters.db.tables import WebSession, utcnow

LIFETIME = timedelta(hours=12)  # one working day, then log in again
TOUCH_EVERY = timedelta(minutes=1)  # last_seen_at is a hint for the operator, not worth a write per request
KEEP_AFTER_END = timedelta(days=7)  # ended sessions are kept a week for "who was logged in" questions


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(engine: Engine, username: str, *, clock: Callable[[], datetime] = utcnow) -> str:
    """A new session for this user; returns the token the cookie carries (never stored as such)."""
    now = clock()
    token = secrets.token_urlsafe(32)
    with session_scope(engine) as session:
        session.exec(delete(WebSession).where(col(WebSession.expires_at) < now - KEEP_AFTER_END))  # housekeeping
        session.add(WebSession(token_hash=token_hash(token), username=username, created_at=now, last_seen_at=now, expires_at=now + LIFETIME))
    return token


def live_session(session: Session, token: str, *, clock: Callable[[], datetime] = utcnow) -> WebSession | None:
    """The unrevoked, unexpired session for this token, or None. Marks it seen (at most once a minute)."""
    now = clock()
    row = session.exec(select(WebSession).where(WebSession.token_hash == token_hash(token))).first()
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        return None
    if now - row.last_seen_at >= TOUCH_EVERY:
        row.last_seen_at = now
        session.add(row)
        session.commit()
    return row


def revoke_session(engine: Engine, token: str, *, clock: Callable[[], datetime] = utcnow) -> None:
    """End this one session (logout): a copy of its cookie stops working at the next request."""
    with session_scope(engine) as session:
        session.exec(update(WebSession).where(WebSession.token_hash == token_hash(token), col(WebSession.revoked_at).is_(None))
                     .values(revoked_at=clock()))


def revoke_user_sessions(session: Session, username: str, *, clock: Callable[[], datetime] = utcnow) -> int:
    """End every open session of this user (disabled, or password and role reset); returns how many."""
    result = session.exec(update(WebSession).where(WebSession.username == username, col(WebSession.revoked_at).is_(None))
                          .values(revoked_at=clock()))
    return result.rowcount or 0
