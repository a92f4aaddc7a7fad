"""What the API connectors share: a GET-only JSON client that waits out rate limits, and OAuth2 tokens
that refresh themselves (with rotated refresh tokens kept in a private file, never in the database)."""

from __future__ import annotations

import hashlib
import json
import math
import os
import time
from collections.abc import Callable, Generator
from datetime import datetime, timezone
from decimal import Decimal
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import httpx

from adapters.erp_connectors.base import AuthError, ConnectorError

MAX_WAIT_SECONDS = 60.0  # a Retry-After longer than this fails the sync; the next one picks up from the cursor
MAX_ATTEMPTS = 5


def retry_after_seconds(value: str | None, default: float, now: datetime | None = None) -> float:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); `default` when absent or unreadable."""
    if not value:
        return default
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else default  # "inf" and "nan" parse as floats
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def decode_json(response: httpx.Response) -> Any:
    """JSON with every number that has a fraction read as Decimal: money never passes through float."""
    try:
        return json.loads(response.content, parse_float=Decimal)
    except ValueError as exc:
        raise ConnectorError(f"{response.request.url.host} answered with something that is not JSON ({response.status_code})") from exc


class TokenStore:
    """The latest refresh token of one connection, in a 0600 file.

    QuickBooks and Xero rotate refresh tokens: the one in the settings works once, then only the newest
    does. The file remembers which settings token it grew from, so reconnecting (a new token in the
    settings) starts afresh."""

    def __init__(self, path: Path, initial: str) -> None:
        self.path, self.initial = path, initial
        self._origin = hashlib.sha256(initial.encode()).hexdigest()

    def load(self) -> str:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return self.initial
        return data.get("refresh_token") or self.initial if data.get("origin") == self._origin else self.initial

    def save(self, token: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"origin": self._origin, "refresh_token": token}, handle)
        os.replace(tmp, self.path)


class OAuth2Refresh(httpx.Auth):
    """Bearer tokens from an OAuth2 token endpoint: refreshed before they expire and once more on a 401.

    grant "refresh_token" (QuickBooks, Xero apps) or "client_credentials" (a Xero custom connection)."""

    requires_response_body = True

    def __init__(self, token_url: str, client_id: str, client_secret: str, *, store: TokenStore | None = None,
                 grant: str = "refresh_token", scope: str | None = None, clock: Callable[[], float] = time.time) -> None:
        self.token_url, self.client_id, self.client_secret = token_url, client_id, client_secret
        self.store, self.grant, self.scope, self.clock = store, grant, scope, clock
        self._access: str | None = None
        self._expires_at = 0.0

    def _token_request(self) -> httpx.Request:
        data = {"grant_type": self.grant}
        if self.grant == "refresh_token":
            data["refresh_token"] = self.store.load() if self.store else ""
        if self.scope:
            data["scope"] = self.scope
        basic = httpx.BasicAuth(self.client_id, self.client_secret)
        request = httpx.Request("POST", self.token_url, data=data, headers={"Accept": "application/json"})
        return next(basic.auth_flow(request))

    def _refresh(self) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield self._token_request()
        if response.status_code != 200:
            detail = ""
            try:
                detail = str(decode_json(response).get("error", ""))
            except ConnectorError:
                pass
            raise AuthError(f"{httpx.URL(self.token_url).host} refused to refresh the access token ({response.status_code} {detail}); "
                            "reconnect the app and set a new refresh token")
        data = decode_json(response)
        self._access = str(data["access_token"])
        self._expires_at = self.clock() + float(data.get("expires_in", 1800)) - 60
        if self.store and data.get("refresh_token"):
            self.store.save(str(data["refresh_token"]))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._access is None or self.clock() >= self._expires_at:
            yield from self._refresh()
        request.headers["Authorization"] = f"Bearer {self._access}"
        response = yield request
        if response.status_code == 401:  # revoked or expired early: one fresh token, one more try
            yield from self._refresh()
            request.headers["Authorization"] = f"Bearer {self._access}"
            yield request


class ReadOnlyApi:
    """GET requests only (the books are never written), with 429/Retry-After and 5xx handled by waiting."""

    def __init__(self, base_url: str, *, auth: httpx.Auth | None = None, headers: dict[str, str] | None = None,
                 sleep: Callable[[float], None] = time.sleep, timeout: float = 30.0, max_wait: float = MAX_WAIT_SECONDS) -> None:
        self.client = httpx.Client(base_url=base_url, auth=auth, headers={"Accept": "application/json", **(headers or {})}, timeout=timeout)
        self.sleep, self.max_wait = sleep, max_wait

    def get(self, path: str, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> Any:
        host = self.client.base_url.host
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                response = self.client.get(path, params=params, headers=headers)
            except httpx.TransportError as exc:
                if attempt == MAX_ATTEMPTS:
                    raise ConnectorError(f"cannot reach {host}: {type(exc).__name__}") from exc
                self.sleep(min(2.0 ** attempt, self.max_wait))
                continue
            if response.status_code == 429 or response.status_code >= 500:
                wait = retry_after_seconds(response.headers.get("Retry-After"), min(2.0 ** attempt, self.max_wait))
                if attempt == MAX_ATTEMPTS or wait > self.max_wait:
                    raise ConnectorError(f"{host} answered {response.status_code} {'(rate limit)' if response.status_code == 429 else ''}"
                                         f" after {attempt} tries; the next sync continues from the last cursor".replace("  ", " "))
                self.sleep(wait)
                continue
            if response.status_code in (401, 403):
                raise AuthError(f"{host} refused our credentials ({response.status_code}): reconnect the app")
            if response.status_code >= 400:
                raise ConnectorError(f"{host} answered {response.status_code} to {response.request.url.path}: {_vendor_message(response)}")
            return decode_json(response)
        raise ConnectorError(f"{host}: no answer")  # pragma: no cover - the loop always returns or raises

    def close(self) -> None:
        self.client.close()


def _vendor_message(response: httpx.Response) -> str:
    """The vendor's own short error text (QuickBooks Fault, Xero Message/Elements), for the sync log."""
    try:
        body = decode_json(response)
    except ConnectorError:
        return response.text[:200]
    fault = body.get("Fault") or body.get("fault")
    if isinstance(fault, dict):
        errors = fault.get("Error") or fault.get("error") or []
        return "; ".join(f"{e.get('Message', '')}: {e.get('Detail', '')}".strip(": ") for e in errors)[:300]
    return str(body.get("Message") or body.get("Detail") or body.get("error") or body)[:300]
