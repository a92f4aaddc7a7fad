"""Who is asking, and what they may do: the dependencies every route goes through."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlmodel import Session, select

from adapters.db.tables import User
from approvals.web.security import SESSION_TOKEN_KEY
from dunmail.web_sessions import live_session
from dunmail.wiring import Runtime


@dataclass(frozen=True)
class CurrentUser:
    username: str
    role: str

    @property
    def can_act(self) -> bool:
        return self.role in ("collector", "manager")

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"

    @property
    def visible_to(self) -> str | None:
        """The owner filter applied to every item query: collectors see only their own items."""
        return self.username if self.role == "collector" else None


class LoginRequired(Exception):
    """A page was asked for without a valid session; the app redirects to the login page."""


def get_runtime(request: Request) -> Runtime:
    return request.app.state.rt


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.rt.engine, expire_on_commit=False) as session:
        yield session


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
SessionDep = Annotated[Session, Depends(get_session)]


def _load_user(request: Request, session: Session) -> CurrentUser | None:
    """The session's user, re-read on every request so logout, a disabled user or a role change
    applies at once: the cookie's token must name a live server-side session of an active user."""
    token = request.session.get(SESSION_TOKEN_KEY)
    if not isinstance(token, str):
        return None
    web_session = live_session(session, token)
    user = None if web_session is None else session.exec(
        select(User).where(User.username == web_session.username, User.active == True)).first()  # noqa: E712
    if user is None:
        request.session.clear()
        return None
    return CurrentUser(user.username, user.role)


def page_user(request: Request, session: SessionDep) -> CurrentUser:
    user = _load_user(request, session)
    if user is None:
        raise LoginRequired()
    request.state.user = user
    return user


def api_user(request: Request, session: SessionDep) -> CurrentUser:
    user = _load_user(request, session)
    if user is None:
        raise HTTPException(status_code=401, detail="not logged in: POST /api/login first")
    request.state.user = user
    return user


def require_actor(user: CurrentUser) -> None:
    if not user.can_act:
        raise HTTPException(status_code=403, detail="your role is read-only: you cannot act on items")


def require_manager(user: CurrentUser) -> None:
    if not user.is_manager:
        raise HTTPException(status_code=403, detail="only a manager can do this")


PageUser = Annotated[CurrentUser, Depends(page_user)]
ApiUser = Annotated[CurrentUser, Depends(api_user)]
