"""One chat-completion request under a total deadline, with a cap on the answer's size and shape.

httpx timeouts bound each read, not the call: a server that trickles a byte a second, or streams
server-sent events nobody asked for, would hold a worker for minutes. So the request runs on a
daemon thread and the caller waits at most `deadline` seconds; the reader stops at the deadline or
at `max_bytes`. The body is read raw and checked here (JSON, a completion, not a stream), so the
model adapter sees either a `Completion` or an `LlmCallError` whose `kind` names what went wrong,
never an AttributeError from a half-parsed answer.

What the deadline cannot do is kill a thread: a server that trickles its *headers* keeps that
daemon thread until it stops or goes quiet for a whole read timeout. The caller has long moved on.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError


class LlmCallError(Exception):
    """The server answered, or failed to, in a way that cannot be read as a completion."""

    kind = "error"


class DeadlineExceeded(LlmCallError):
    kind = "timeout"


class AnswerTooLarge(LlmCallError):
    kind = "too-large"


class UnrequestedStream(LlmCallError):
    kind = "stream"


class NotJson(LlmCallError):
    kind = "not-json"


class NotACompletion(LlmCallError):
    kind = "bad-shape"


@dataclass(frozen=True)
class Completion:
    content: str
    total_tokens: int
    finish_reason: str | None


class _Message(BaseModel):
    content: str | None = None


class _Choice(BaseModel):
    message: _Message
    finish_reason: str | None = None


class _Usage(BaseModel):
    total_tokens: int = 0


class _CompletionBody(BaseModel):
    """Only what we use of an OpenAI chat completion; servers differ in the rest."""

    choices: list[_Choice]
    usage: _Usage | None = None


def complete(client: Any, request: dict[str, Any], *, deadline: float, max_bytes: int) -> Completion:
    """POST one chat completion (no SDK retries) and return it, or raise within `deadline` seconds.

    SDK errors (openai.RateLimitError, APIStatusError, APIConnectionError, APITimeoutError) pass
    through unchanged: retrying them is the caller's decision.
    """
    outcome: dict[str, Any] = {}
    done = threading.Event()
    cancelled = threading.Event()
    ends_at = time.monotonic() + deadline

    def run() -> None:
        try:
            outcome["value"] = _read(client, request, deadline, ends_at, max_bytes, cancelled)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller, never lost on this thread
            outcome["error"] = exc
        finally:
            done.set()

    threading.Thread(target=run, name="llm-call", daemon=True).start()
    if not done.wait(deadline):
        cancelled.set()  # the reader stops at its next chunk and closes the connection
        raise DeadlineExceeded(f"no complete answer within {deadline:g}s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _read(client: Any, request: dict[str, Any], deadline: float, ends_at: float, max_bytes: int,
          cancelled: threading.Event) -> Completion:
    api = client.with_options(max_retries=0, timeout=deadline)
    with api.chat.completions.with_streaming_response.create(**request) as response:
        http = response.http_response
        content_type = http.headers.get("content-type", "").lower()
        if "text/event-stream" in content_type:
            raise UnrequestedStream("the server streamed its answer (text/event-stream) though no stream was asked for")
        declared = http.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise AnswerTooLarge(f"the answer is {int(declared)} bytes, more than the {max_bytes} allowed")
        body = bytearray()
        for chunk in http.iter_bytes():
            if cancelled.is_set() or time.monotonic() > ends_at:
                raise DeadlineExceeded(f"no complete answer within {deadline:g}s")
            body += chunk
            if len(body) > max_bytes:
                raise AnswerTooLarge(f"the answer passed {max_bytes} bytes")
            if _looks_streamed(body):  # an endless stream labelled as JSON: say so now, not at the deadline
                raise UnrequestedStream("the server streamed its answer (server-sent events) though no stream was asked for")
    return _parse(bytes(body), content_type)


def _looks_streamed(body: bytes | bytearray) -> bool:
    return bytes(body[:64]).lstrip().startswith((b"data:", b"event:", b": "))


def _parse(body: bytes, content_type: str) -> Completion:
    head = body.lstrip()[:200]
    if _looks_streamed(body):
        raise UnrequestedStream("the server streamed its answer (server-sent events) though no stream was asked for")
    try:
        payload = json.loads(body)
    except ValueError:
        shown = head[:60].decode("utf-8", "replace")
        raise NotJson(f"the answer is not JSON ({content_type or 'no content type'}): {shown!r}") from None
    try:
        parsed = _CompletionBody.model_validate(payload)
    except ValidationError as exc:
        raise NotACompletion(f"the answer is JSON but not a chat completion: {exc.errors()[0]['msg']}") from None
    if not parsed.choices:
        raise NotACompletion("the answer is a chat completion without choices")
    choice = parsed.choices[0]
    return Completion(content=choice.message.content or "", total_tokens=parsed.usage.total_tokens if parsed.usage else 0,
                      finish_reason=choice.finish_reason)
