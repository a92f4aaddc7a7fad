"""Web app users: argon2-hashed passwords and roles (collector, manager, viewer)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from dunmail.tables import AuditEvent, User

ROLES = ("collector", "manager", "viewer")
_hasher = PasswordHasher()


class UserError(Exception):
    pass


def create_user(session: Session, username: str, password: str, role: str = "collector", *, actor: str = "cli") -> User:
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise UserError("password must be at least 8 characters")
    existing = session.exec(select(User).where(User.username == username)).first()
    if existing is not None:
        existing.password_hash, existing.role, existing.active = _hasher.hash(password), role, True
        user = existing
    else:
        user = User(username=username, password_hash=_hasher.hash(password), role=role)
    session.add(user)
    session.add(AuditEvent(actor=actor, kind="user.saved", detail={"username": username, "role": role}))
    session.flush()
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.exec(select(User).where(User.username == username, User.active == True)).first()  # noqa: E712
    if user is None:
        _hasher.hash(password)  # same work either way: no user enumeration by timing
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return user


def list_users(session: Session, roles: tuple[str, ...] = ROLES, *, active_only: bool = True) -> list[User]:
    """Users with one of these roles, by name (the reassign drop-down, `dunmail user list`)."""
    q = select(User).where(User.role.in_(roles))  # type: ignore[attr-defined]
    if active_only:
        q = q.where(User.active == True)  # noqa: E712
    return list(session.exec(q.order_by(User.username)).all())


def set_active(session: Session, username: str, active: bool, *, actor: str = "cli") -> User:
    """Disable (or re-enable) a login; a disabled user's open sessions stop working at the next request."""
    user = session.exec(select(User).where(User.username == username)).first()
    if user is None:
        raise UserError(f"no user named {username}")
    user.active = active
    session.add(user)
    session.add(AuditEvent(actor=actor, kind="user.enabled" if active else "user.disabled", detail={"username": username}))
    session.flush()
    return user
