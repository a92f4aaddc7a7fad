"""The approval app's composition: create_app(rt) wires sessions, security headers, pages and the API."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from approvals.web import admin, api, dashboard, pages
from approvals.web.deps import LoginRequired
from approvals.web.rendering import render
from approvals.web.security import SESSION_COOKIE, SecurityHeaders, session_secret
from approvals.web.throttle import LoginThrottle
from dunmail.wiring import Runtime

HERE = Path(__file__).parent
SESSION_MAX_AGE = 12 * 3600  # one working day


def create_app(rt: Runtime, *, process_retries: bool = True) -> FastAPI:
    """The web app for this runtime. process_retries: run the worker in a thread after a quarantine retry."""
    app = FastAPI(
        title="dunmail approval API",
        version="1",
        description=api.DESCRIPTION,
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.rt = rt
    app.state.process_retries = process_retries
    app.state.background = []  # quarantine-retry worker threads (tests join them)
    app.state.login_throttle = LoginThrottle(rt.engine)
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(rt.settings),
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_MAX_AGE,
        same_site="lax",
        https_only=rt.settings.secure_cookies,
    )
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(dashboard.router)
    app.include_router(admin.router)

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, _exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={pages.quote_next(target)}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))
        titles = {403: "Not allowed", 404: "Not found", 405: "Not allowed"}
        return render(request, "error.html", {"title": titles.get(exc.status_code, "Error"), "detail": exc.detail}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": jsonable_errors(exc)}, status_code=422)
        return render(request, "error.html", {"title": "Invalid request", "detail": "Some fields were missing or invalid: go back and try again."}, status_code=422)

    return app


def jsonable_errors(exc: RequestValidationError) -> list[dict[str, object]]:
    """Validation errors without the submitted input (which may be a customer's text)."""
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()]
