"""Web app users: argon2-hashed passwords and roles (collector, manager, viewer)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func
from sqlmodel import Session, select

from adapters.db.tables import AuditEvent, User
from dunmail.web_sessions import revoke_user_sessions

ROLES = ("collector", "manager", "viewer")
_hasher = PasswordHasher()


class UserError(Exception):
    pass


class UserExists(UserError):
    """Adding a login whose name is taken: refused unless a reset was asked for explicitly, because
    a silent reset would change a colleague's password and role (and could demote a manager)."""

    def __init__(self, username: str) -> None:
        super().__init__(f"a login named {username} already exists")
        self.username = username


def find_user(session: Session, username: str) -> User | None:
    """The login with this name, compared case-blind so 'Alice' cannot sit beside 'alice'."""
    return session.exec(select(User).where(func.lower(User.username) == username.lower())).first()


def create_user(session: Session, username: str, password: str, role: str = "collector", *, actor: str = "cli", reset: bool = False) -> User:
    """Add a login. With reset=True an existing login gets this password and role, is re-enabled and
    logged out everywhere (audited as user.reset with the role it had); without it, UserExists."""
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise UserError("password must be at least 8 characters")
    existing = find_user(session, username)
    if existing is not None:
        if not reset:
            raise UserExists(existing.username)
        detail = {"username": existing.username, "role": role, "previous_role": existing.role, "was_active": existing.active,
                  "sessions_ended": revoke_user_sessions(session, existing.username)}
        existing.password_hash, existing.role, existing.active = _hasher.hash(password), role, True
        session.add(existing)
        session.add(AuditEvent(actor=actor, kind="user.reset", detail=detail))
        session.flush()
        return existing
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
    if not active:
        revoke_user_sessions(session, username)  # re-enabling must not bring old cookies back
    session.add(AuditEvent(actor=actor, kind="user.enabled" if active else "user.disabled", detail={"username": username}))
    session.flush()
    return user
