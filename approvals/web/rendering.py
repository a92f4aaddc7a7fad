"""Jinja2 templates (autoescaped; customer data is never marked safe) and small display filters."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from agent.dunning.stage_words import reason_words
from approvals.web.security import csrf_token

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def age(value: datetime | None, now: datetime | None = None) -> str:
    """How long ago, compactly: 5 min, 3 h, 2 d."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    seconds = max(0, int(((now or datetime.now(timezone.utc)) - value).total_seconds()))
    if seconds < 3600:
        return f"{max(1, seconds // 60)} min"
    if seconds < 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


def when(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def label(value: str | None) -> str:
    """promise_to_pay → promise to pay"""
    return (value or "").replace("_", " ")


def money(value: object) -> str:
    """1212.04 → 1,212.04 (Decimal, never float); anything else is shown as it is."""
    from decimal import Decimal, InvalidOperation

    try:
        return f"{Decimal(str(value)):,.2f}"
    except (InvalidOperation, ValueError):
        return str(value or "")


templates.env.filters["money"] = money
templates.env.filters["age"] = age
templates.env.filters["when"] = when
templates.env.filters["label"] = label
templates.env.filters["reason_words"] = reason_words


def flash(request: Request, kind: str, text: str) -> None:
    """A message shown once on the next page (kind: ok | error | info)."""
    request.session.setdefault("flash", [])
    request.session["flash"] = [*request.session["flash"], [kind, text]][-5:]


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    user = getattr(request.state, "user", None)
    messages = request.session.pop("flash", []) if "session" in request.scope else []
    ctx = {"user": user, "csrf": csrf_token(request) if "session" in request.scope else "", "messages": messages, **context}
    return templates.TemplateResponse(request, name, ctx, status_code=status_code)
