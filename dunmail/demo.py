"""The demo's logins; the demo ERP and mailbox come from the sample dataset (evals/demo.py, `dunmail demo`)."""

from __future__ import annotations

from adapters.db.db import session_scope
from adapters.db.tables import User
from dunmail.users import create_user

DEMO_USERS = (("maria", "manager"), ("victor", "viewer"))
DEMO_PASSWORD = "demo-password"


def ensure_demo_users(engine, owners: list[str]) -> list[tuple[str, str]]:  # noqa: ANN001 - an Engine
    """A collector login for every account owner in the demo ERP, plus a manager and a viewer."""
    from sqlmodel import select

    users = [(owner, "collector") for owner in sorted(set(owners)) if owner] + list(DEMO_USERS)
    with session_scope(engine) as session:
        for username, role in users:
            if session.exec(select(User).where(User.username == username)).first() is None:
                create_user(session, username, DEMO_PASSWORD, role, actor="demo")
    return users
