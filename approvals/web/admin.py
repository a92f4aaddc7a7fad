"""The manager's settings page: the effective configuration (secrets masked) and the logins."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import SecretStr

from adapters.db.db import session_scope
from approvals.web.deps import PageUser, RuntimeDep, SessionDep, require_manager
from approvals.web.rendering import flash, render
from approvals.web.security import require_csrf
from dunmail.users import ROLES, UserError, UserExists, create_user, find_user, list_users, set_active

router = APIRouter(include_in_schema=False)
CSRF = [Depends(require_csrf)]


def effective_settings(rt) -> list[tuple[str, str]]:  # noqa: ANN001 - a Runtime
    """Every setting with its value; secrets show only whether they are set, URLs lose credentials."""
    rows = []
    for name in sorted(type(rt.settings).model_fields):
        value = getattr(rt.settings, name)
        if isinstance(value, SecretStr):
            shown = "set" if value.get_secret_value() else "not set"
        elif name == "database_url" and value:
            shown = str(value).split("@")[-1]
        else:
            shown = "" if value is None else str(value)
        rows.append((name, shown))
    return rows


@router.get("/settings")
def settings_page(request: Request, user: PageUser, session: SessionDep, rt: RuntimeDep) -> Response:
    require_manager(user)
    return render(request, "settings.html", {"settings": effective_settings(rt), "users": list_users(session, active_only=False), "roles": ROLES,
                                             "model": rt.model.name})


@router.post("/settings/users", dependencies=CSRF)
def add_user(request: Request, user: PageUser, rt: RuntimeDep, username: Annotated[str, Form(min_length=1, max_length=128)],
             password: Annotated[str, Form(max_length=1024)], role: Annotated[str, Form()], reset: Annotated[bool, Form()] = False) -> Response:
    """Add a login; an existing name is refused unless the manager ticked "reset" (then audited)."""
    require_manager(user)
    try:
        with session_scope(rt.engine) as session:
            existed = find_user(session, username.strip()) is not None
            create_user(session, username.strip(), password, role, actor=user.username, reset=reset)
        flash(request, "ok", f"{'reset' if existed else 'added'} login {username.strip()} ({role})")
    except UserExists as exc:
        flash(request, "error", f"{exc}: nothing was changed. To give it a new password and role, tick “reset existing login”.")
    except UserError as exc:
        flash(request, "error", str(exc))
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/users/{username}/active", dependencies=CSRF)
def toggle_user(request: Request, username: str, user: PageUser, rt: RuntimeDep, active: Annotated[bool, Form()]) -> Response:
    require_manager(user)
    if username == user.username and not active:
        flash(request, "error", "you cannot disable your own login")
        return RedirectResponse("/settings", status_code=303)
    try:
        with session_scope(rt.engine) as session:
            set_active(session, username, active, actor=user.username)
        flash(request, "ok", f"{username} {'enabled' if active else 'disabled'}")
    except UserError as exc:
        flash(request, "error", str(exc))
    return RedirectResponse("/settings", status_code=303)
