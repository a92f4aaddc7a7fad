"""Session secret, login sessions, CSRF tokens and security headers for the approval app.

The signed session cookie carries a random session token (checked against the server-side
`web_session` table on every request, so logout really ends it), the CSRF token and flash messages.
CSRF is a synchronizer token kept in that session: forms send it as `csrf_token`, API calls
as the `X-CSRF-Token` header. Every state-changing route depends on `require_csrf`; a test walks the
routes and checks that none is missing it.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dunmail.settings import Settings
from dunmail.web_sessions import revoke_session, start_session

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SESSION_COOKIE = "dunmail_session"
SESSION_TOKEN_KEY = "sid"

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",  # remote images in customer HTML (tracking pixels) never load
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


def session_secret(settings: Settings) -> str:
    """The configured secret, else one generated once and kept in data_dir/session.key (mode 0600)."""
    configured = settings.session_secret.get_secret_value()
    if configured:
        return configured
    path = Path(settings.data_dir) / "session.key"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(secrets.token_urlsafe(48))
    return path.read_text(encoding="ascii").strip()


def begin_login(request: Request, username: str) -> str:
    """Start a server-side session for this user in a fresh cookie session; returns its CSRF token.

    The cookie's previous contents are dropped (no session fixation) and a new CSRF token issued."""
    request.session.clear()
    request.session[SESSION_TOKEN_KEY] = start_session(request.app.state.rt.engine, username)
    return new_csrf_token(request)


def end_login(request: Request) -> None:
    """Logout: revoke the session on the server (a copied cookie stops working too) and clear the cookie."""
    token = request.session.get(SESSION_TOKEN_KEY)
    if isinstance(token, str):
        revoke_session(request.app.state.rt.engine, token)
    request.session.clear()


def csrf_token(request: Request) -> str:
    """This session's CSRF token, created on first use."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def new_csrf_token(request: Request) -> str:
    request.session["csrf"] = secrets.token_urlsafe(32)
    return request.session["csrf"]


def _matches(request: Request, sent: object) -> bool:
    expected = request.session.get("csrf")
    return bool(expected) and isinstance(sent, str) and hmac.compare_digest(sent.encode(), str(expected).encode())


async def require_csrf(request: Request) -> None:
    """403 unless the request carries this session's CSRF token (header, or form field for forms)."""
    sent: object = request.headers.get(CSRF_HEADER)
    if sent is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()  # cached on the request: the route reads the same form
            sent = form.get(CSRF_FIELD)
    if not _matches(request, sent):
        raise HTTPException(status_code=403, detail="missing or invalid CSRF token: reload the page and try again")


class SecurityHeaders:
    """Adds the security headers to every response (pure ASGI, so streaming responses work too)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in {h for h, _ in SECURITY_HEADERS}]
                headers.extend(SECURITY_HEADERS)
                if scope.get("path", "").startswith(("/items", "/queue", "/audit", "/quarantine", "/api", "/login")):
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
