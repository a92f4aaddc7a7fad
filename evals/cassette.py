"""Record and replay LLM answers, so an LLM eval can run again offline (in CI, on a plane).

CassetteTransport wraps an httpx transport. Each request is keyed by the sha256 of its JSON body's
model + messages + response_format (the things that decide the answer). In `record` mode the
request goes to the real server and a 2xx answer is stored; in `replay` mode the answer comes
from the cassette and nothing touches the network, and a request the cassette does not hold is a
CassetteMiss naming the model and prompt hash. `auto` replays what it has and records the rest.

The cassette is a JSON-lines file, one answer per line, rewritten sorted by key on close so it
diffs well in git.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any, Literal

import httpx

Mode = Literal["record", "replay", "auto"]
MODES = ("record", "replay", "auto")
_KEPT_HEADERS = ("content-type", "x-request-id", "openai-model")


class CassetteError(Exception):
    """The cassette file cannot be read or written; the message names the file."""


class CassetteMiss(httpx.TransportError):
    """Replay asked for an answer the cassette does not hold."""


def request_key(request: httpx.Request) -> tuple[str, str]:
    """(key, model): sha256 over model + messages + response_format of a JSON body; other
    requests are keyed by method, path and body."""
    body = request.content
    try:
        payload = json.loads(body) if body else None
    except ValueError:
        payload = None
    if isinstance(payload, dict) and "messages" in payload:
        model = str(payload.get("model", ""))
        basis = {"model": model, "messages": payload.get("messages"), "response_format": payload.get("response_format")}
        text = json.dumps(basis, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    else:
        model = ""
        text = f"{request.method} {request.url.path}\n" + body.decode("utf-8", "replace")
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), model


class CassetteTransport(httpx.BaseTransport):
    """An httpx transport that records answers to, or replays them from, a cassette file."""

    def __init__(self, path: Path | str, mode: Mode = "replay", inner: httpx.BaseTransport | None = None):
        if mode not in MODES:
            raise CassetteError(f"cassette mode must be one of {', '.join(MODES)}, not {mode!r}")
        self.path = Path(path)
        self.mode = mode
        self.inner = inner
        self.entries: dict[str, dict[str, Any]] = {}
        self.misses: list[tuple[str, str]] = []  # (model, key)
        self.recorded = 0
        self.replayed = 0
        self._lock = threading.Lock()
        if self.path.exists():
            self._load()
        elif mode == "replay":
            raise CassetteError(f"no cassette at {self.path}: record one first with --cassette-mode record")

    def _load(self) -> None:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise CassetteError(f"{self.path}: {exc}") from exc
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                self.entries[entry["key"]] = entry
            except (ValueError, KeyError, TypeError) as exc:
                raise CassetteError(f"{self.path}:{number}: not a cassette entry ({exc})") from exc

    # ------------------------------------------------------------------ transport
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        key, model = request_key(request)
        if self.mode != "record":
            entry = self.entries.get(key)
            if entry is not None:
                with self._lock:
                    self.replayed += 1
                return httpx.Response(entry["status"], headers=entry.get("headers", {}),
                                      content=entry["body"].encode("utf-8"), request=request)
            if self.mode == "replay":
                with self._lock:
                    self.misses.append((model, key))
                raise CassetteMiss(f"cassette {self.path} has no answer for model {model!r}, prompt sha256 {key[:16]}…: "
                                   "re-record it with --cassette-mode record", request=request)
        if self.inner is None:
            self.inner = httpx.HTTPTransport()
        response = self.inner.handle_request(request)
        try:
            content = response.read()
        finally:
            response.close()
        headers = {k: v for k, v in response.headers.items() if k.lower() in _KEPT_HEADERS}
        if 200 <= response.status_code < 300:  # errors and rate limits are not answers worth keeping
            entry = {"key": key, "model": model, "status": response.status_code, "headers": headers,
                     "body": content.decode("utf-8", "replace")}
            with self._lock:
                self.entries[key] = entry
                self.recorded += 1
                self._append(entry)
        return httpx.Response(response.status_code, headers=headers, content=content, request=request)

    def _append(self, entry: dict[str, Any]) -> None:
        """Append as we go, so an interrupted recording keeps what it paid for."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
        except OSError as exc:
            raise CassetteError(f"{self.path}: {exc}") from exc

    def save(self) -> None:
        """Rewrite the cassette deduplicated and sorted by key (atomically)."""
        tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        with self._lock:
            lines = [json.dumps(self.entries[k], ensure_ascii=False, sort_keys=True) for k in sorted(self.entries)]
        try:
            tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            raise CassetteError(f"{self.path}: {exc}") from exc

    def close(self) -> None:
        if self.recorded:
            self.save()
        if self.inner is not None:
            self.inner.close()


def build_model_with_cassette(settings: Any, path: Path, mode: Mode) -> tuple[Any, CassetteTransport]:
    """The llm/cascade reply model the settings ask for, talking through a cassette."""
    from dunmail.wiring import build_model, build_openai_client

    transport = CassetteTransport(path, mode)
    return build_model(settings, openai_client=build_openai_client(settings, transport)), transport
