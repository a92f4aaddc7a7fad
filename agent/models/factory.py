"""Build the reply model the settings ask for; the OpenAI client comes from the composition root."""

from __future__ import annotations

from typing import Any

from core.contracts import ReplyModel


class ModelConfigError(Exception):
    """The requested model cannot be built from the given settings; the message says what is missing."""


def build_model(kind: str, *, openai_client: Any = None, llm_model: str = "gpt-4o-mini",
                structured_output: str = "json_schema", threshold: float = 0.6, timeout: float = 30.0,
                max_tokens: int = 1024, max_retries: int = 3, max_backoff: float = 30.0,
                max_answer_bytes: int = 256 * 1024) -> ReplyModel:
    """kind: "offline" (default, no network), "llm", or "cascade" (offline first, LLM when unsure).

    `timeout` is the total deadline of one LLM request; the other limits are LlmModel's.
    """
    from agent.models.offline import OfflineModel

    if kind == "offline":
        return OfflineModel()
    if kind not in ("llm", "cascade"):
        raise ModelConfigError(f"unknown model kind {kind!r}: use offline, llm or cascade")
    if openai_client is None:
        raise ModelConfigError(f"model {kind!r} needs an OpenAI-compatible client: set OPENAI_API_KEY or OPENAI_BASE_URL")
    from agent.models.llm import LlmModel

    llm = LlmModel(openai_client, llm_model, structured_output, timeout=timeout, max_tokens=max_tokens,  # type: ignore[arg-type]
                   max_retries=max_retries, max_backoff=max_backoff, max_answer_bytes=max_answer_bytes)
    if kind == "llm":
        return llm
    from agent.models.cascade import CascadeModel

    return CascadeModel(OfflineModel(), llm, threshold=threshold)
