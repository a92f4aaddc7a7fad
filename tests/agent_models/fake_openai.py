"""A real OpenAI-compatible HTTP server on 127.0.0.1 that misbehaves on request.

respx cannot show what a slow or streaming server does to a client (it hands over whole
responses); this server writes bytes to a real socket, as slowly or as endlessly as a broken LLM
server would. Each request takes the next scripted behaviour; the last one repeats, or the whole
script starts over when played with `cycle=True`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TRICKLE_INTERVAL = 0.05  # seconds between bytes: every read is quick, the whole answer never ends


def completion(content: str, tokens: int = 100, finish_reason: str = "stop") -> dict[str, Any]:
    return {"id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": "fake-model",
            "choices": [{"index": 0, "finish_reason": finish_reason, "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": tokens - 10, "completion_tokens": 10, "total_tokens": tokens}}


@dataclass
class Behaviour:
    """What the server does with one request."""

    kind: str  # json, raw, status, trickle, slow_headers, stream, endless
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def answer(content: dict[str, Any] | str, tokens: int = 100, finish_reason: str = "stop") -> Behaviour:
    text = content if isinstance(content, str) else json.dumps(content)
    return Behaviour("json", body=json.dumps(completion(text, tokens, finish_reason)).encode())


def raw(body: bytes, content_type: str, status: int = 200) -> Behaviour:
    return Behaviour("raw", status=status, body=body, headers={"Content-Type": content_type})


def error(status: int, retry_after: str | None = None) -> Behaviour:
    headers = {"Content-Type": "application/json"}
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    return Behaviour("raw", status=status, body=json.dumps({"error": {"message": f"fake {status}"}}).encode(), headers=headers)


class FakeOpenAI:
    """The server's script and what it was sent."""

    def __init__(self) -> None:
        self.script: list[Behaviour] = []
        self.cycle = False
        self.requests: list[dict[str, Any]] = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.url = ""

    def play(self, *behaviours: Behaviour, cycle: bool = False) -> None:
        self.script = list(behaviours)
        self.cycle = cycle

    def next(self, body: dict[str, Any]) -> Behaviour:
        with self.lock:
            self.requests.append(body)
            if self.cycle:
                return self.script[(len(self.requests) - 1) % len(self.script)]
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]


def _handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # quiet test output
            pass

        def do_POST(self) -> None:  # http.server's naming
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            behaviour = fake.next(body)
            try:
                getattr(self, f"_{behaviour.kind}")(behaviour)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should

        def _json(self, b: Behaviour) -> None:
            self._raw(Behaviour("raw", status=b.status, body=b.body, headers={"Content-Type": "application/json"}))

        def _raw(self, b: Behaviour) -> None:
            self.send_response(b.status)
            for name, value in b.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(b.body)))
            self.end_headers()
            self.wfile.write(b.body)

        def _trickle(self, b: Behaviour) -> None:
            """Headers at once, then the body one byte at a time, for as long as the test runs."""
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b"{")
            while not fake.stopping.wait(TRICKLE_INTERVAL):
                self.wfile.write(b" ")
                self.wfile.flush()

        def _slow_headers(self, b: Behaviour) -> None:
            """The status line and headers themselves arrive one byte at a time."""
            self.wfile.write(b"HTTP/1.0 200 OK\r\n")
            self.wfile.flush()
            while not fake.stopping.wait(TRICKLE_INTERVAL):
                self.wfile.write(b"X")
                self.wfile.flush()

        def _stream(self, b: Behaviour) -> None:
            """Server-sent events nobody asked for, one chunk now and then, without end."""
            self.send_response(200)
            self.send_header("Content-Type", b.headers.get("Content-Type", "text/event-stream"))
            self.end_headers()
            chunk = json.dumps({"choices": [{"index": 0, "delta": {"content": "{"}}]})
            while not fake.stopping.is_set():
                self.wfile.write(f"data: {chunk}\n\n".encode())
                self.wfile.flush()
                fake.stopping.wait(TRICKLE_INTERVAL)

        def _endless(self, b: Behaviour) -> None:
            """A 200 JSON answer with no length that is written as fast as the socket takes it."""
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"choices": [{"message": {"content": "')
            block = b"a" * 65536
            while not fake.stopping.is_set():
                self.wfile.write(block)

    return Handler


@contextmanager
def fake_openai_server() -> Iterator[FakeOpenAI]:
    """Serve a FakeOpenAI on a free loopback port; its `url` is the OpenAI base URL (…/v1)."""
    fake = FakeOpenAI()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-openai", daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
