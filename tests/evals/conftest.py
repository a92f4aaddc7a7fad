"""Shared pieces for the eval tests: the small sample dataset and a mocked OpenAI-compatible API."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest

from evals.dataset import Dataset, load_dataset

SAMPLE = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "sample"
API = "https://llm.example.test/v1"

# A deterministic stand-in for an LLM: reads the customer's text and answers in the schema.
CUES = (
    ("bounce", r"undeliverable|delivery status|mailer-daemon|could not be delivered"),
    ("out_of_office", r"out of (the )?office|abwesend|on leave|absent"),
    ("dispute", r"dispute|incorrect|wrong price|damaged|not received"),
    ("already_paid", r"already paid|paid on|bezahlt|payé|remittance"),
    ("payment_plan_request", r"instal?ments?|payment plan|ratenzahlung"),
    ("promise_to_pay", r"will pay|payment run|we will|next week|friday"),
    ("po_change", r"purchase order|\bpo\b"),
    ("invoice_resend", r"copy|resend|send .*invoice"),
    ("wrong_contact", r"wrong person|no longer|not the right"),
)


def fake_answer(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    user = body["messages"][-1]["content"].lower()
    intent = next((name for name, cue in CUES if re.search(cue, user)), "other")
    answer = {"intent": intent, "secondary_intents": [], "confidence": 0.9, "rationale": "mock", "facts": {"language": "en"}}
    prompt_tokens = sum(len(m["content"]) for m in body["messages"]) // 4
    return httpx.Response(200, json={
        "id": "chatcmpl-mock", "object": "chat.completion", "created": 0, "model": body["model"],
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": json.dumps(answer)}}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 40, "total_tokens": prompt_tokens + 40},
    })


@pytest.fixture(scope="session")
def sample() -> Dataset:
    return load_dataset(SAMPLE)


@pytest.fixture
def small_sample(sample: Dataset) -> Dataset:
    """Eight threads: enough to see every part work, quick enough to run several times."""
    return Dataset(world=sample.world, threads=sample.threads[:8])
