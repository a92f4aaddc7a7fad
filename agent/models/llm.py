"""The LLM reply model: any OpenAI-compatible chat API, structured output validated by pydantic.

Three structured-output modes, because servers differ:
- "json_schema": response_format {"type": "json_schema", ...} (OpenAI, vLLM, recent llama.cpp);
- "json_object": response_format {"type": "json_object", "schema": ...} (llama-cpp-python's server);
- "prompt": no response_format, the schema is described in the prompt and JSON is parsed from the text.

Every HTTP request counts in `llm_calls` (retries and repairs too, so the eval's cost figure is
honest), runs under a total deadline and asks for at most `max_tokens` (agent/models/chat_call.py).
429 and 5xx are retried with bounded back-off. An answer that does not validate gets one repair
try (prompts/repair.v1.md); a second failure, a timeout, an answer that is not a JSON completion
(HTML, an unrequested stream, too large) or an exhausted rate limit returns a Classification routed
to a human (intent other, confidence 0) whose decided_by names the kind of failure. An amount the
model writes that is not plain positive money is dropped, and the reading goes to a human with the
reason. The client is built by the composition root.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

import openai
from pydantic import BaseModel, Field, ValidationError

from agent.dates import resolve_date
from agent.extract import extract_facts, sent_datetime
from agent.models.amount_check import MalformedAmount, checked_amount
from agent.models.chat_call import LlmCallError, complete
from agent.models.fences import fence_data
from core.contracts import Classification, ClassifyInput, Facts, Intent, ReplyModel
from prompts import load_prompt

StructuredOutput = Literal["json_schema", "json_object", "prompt"]


class LlmFacts(BaseModel):
    """Facts as the LLM returns them: plain strings, parsed and checked by our code afterwards."""

    promise_date_text: str | None = None
    promise_date: str | None = None
    promise_amount: str | None = None
    promise_conditional: bool = False
    invoice_numbers: list[str] = Field(default_factory=list)
    payment_reference: str | None = None
    payment_method: str | None = None
    payment_date: str | None = None
    payment_amount: str | None = None
    dispute_reason: str | None = None
    new_po_number: str | None = None
    new_billing_contact: str | None = None
    replacement_contact: str | None = None
    return_date: str | None = None
    requested_installments: int | None = None
    language: str | None = None


class LlmClassification(BaseModel):
    intent: Intent
    secondary_intents: list[Intent] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    facts: LlmFacts = Field(default_factory=LlmFacts)
    rationale: str = ""


def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema in the form strict structured outputs accept.

    Every property required, no additional properties, no defaults or titles.
    """
    schema = model.model_json_schema()

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            node = {k: walk(v) for k, v in node.items() if k not in ("default", "title")}
            if node.get("type") == "object" and "properties" in node:
                node["required"] = list(node["properties"])
                node["additionalProperties"] = False
            return node
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(schema)


SCHEMA = strict_schema(LlmClassification)


def prompt_body(text: str) -> str:
    """A prompt file without its front matter."""
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end != -1:
            return text[end + 4:].lstrip("\n")
    return text


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


_JSON_BLOCK = re.compile(r"\{.*\}", re.S)


def parse_answer(content: str) -> LlmClassification:
    """Validate an answer; in prompt mode the JSON may come wrapped in prose or a code fence."""
    text = (content or "").strip()
    if text.startswith("```"):
        text = re.sub(r"^```(?:json)?\s*|\s*```$", "", text)
    try:
        return LlmClassification.model_validate_json(text)
    except ValidationError:
        m = _JSON_BLOCK.search(text)
        if not m or m.group(0) == text:
            raise
        return LlmClassification.model_validate_json(m.group(0))


class LlmModel(ReplyModel):
    """Classifies with an OpenAI-compatible chat model."""

    def __init__(self, client: openai.OpenAI, model: str, structured_output: StructuredOutput = "json_schema", *,
                 timeout: float = 30.0, max_retries: int = 3, max_backoff: float = 30.0,
                 prompt_name: str = "classify.v1.md", sleep: Callable[[float], None] = time.sleep,
                 temperature: float = 0.0, max_tokens: int = 1024, max_answer_bytes: int = 256 * 1024):
        """`timeout` is the total deadline of one HTTP request, headers to last byte."""
        if structured_output not in ("json_schema", "json_object", "prompt"):
            raise ValueError(f"structured_output must be json_schema, json_object or prompt, not {structured_output!r}")
        self.client = client
        self.model = model
        self.structured_output = structured_output
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_backoff = max_backoff
        self.prompt_name = prompt_name
        self.prompt_tag = prompt_name.removesuffix(".md").replace(".", "-")
        self.sleep = sleep
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.max_answer_bytes = max_answer_bytes
        self.name = f"llm:{model}:{self.prompt_tag}"

    # ------------------------------------------------------------------ requests
    def messages(self, item: ClassifyInput) -> list[dict[str, str]]:
        schema_block = ""
        if self.structured_output != "json_schema":
            schema_block = "\nAnswer with one JSON object matching this JSON schema:\n" + json.dumps(SCHEMA)
        system = prompt_body(load_prompt(self.prompt_name)).replace("{schema_block}", schema_block)
        user_template = prompt_body(load_prompt(self.prompt_name.replace("classify.", "classify.user.", 1)))

        attachments = ""
        if item.attachments_text.strip():  # customer text cannot close or open a data block
            attachments = f"\n<attachments>\n{fence_data(item.attachments_text[:4000])}\n</attachments>\n"
        user = user_template.format(
            sent_at=_header(item.sent_at), timezone=_header(item.timezone), customer_language=_header(item.customer_language),
            is_auto_reply=str(item.is_auto_reply).lower(), is_bounce=str(item.is_bounce).lower(),
            subject=fence_data(item.subject), text=fence_data(item.text[:8000]), attachments_block=attachments)
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    def _response_format(self) -> dict[str, Any] | None:
        if self.structured_output == "json_schema":
            return {"type": "json_schema", "json_schema": {"name": "reply_classification", "schema": SCHEMA, "strict": True}}
        if self.structured_output == "json_object":
            return {"type": "json_object", "schema": SCHEMA}
        return None

    def _call(self, messages: list[dict[str, str]], tally: _Tally) -> str:
        """One chat completion with bounded back-off on 429/5xx; every request is counted in `tally`."""
        request: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": self.temperature,
                                   "max_tokens": self.max_tokens}
        fmt = self._response_format()
        if fmt is not None:
            request["response_format"] = fmt
        attempt = 0
        while True:
            tally.calls += 1
            try:
                answer = complete(self.client, request, deadline=self.timeout, max_bytes=self.max_answer_bytes)
                break
            except (openai.RateLimitError, openai.InternalServerError) as exc:
                if attempt >= self.max_retries:
                    raise
                self.sleep(self._backoff(exc, attempt))
                attempt += 1
        tally.tokens += answer.total_tokens
        tally.cut_short = answer.finish_reason == "length"
        return answer.content

    def _backoff(self, exc: openai.APIStatusError, attempt: int) -> float:
        """Retry-After (seconds or an HTTP date is not supported: seconds only), else exponential."""
        header = exc.response.headers.get("retry-after") if exc.response is not None else None
        try:
            wait = float(header) if header is not None else 0.5 * 2 ** attempt
        except ValueError:
            wait = 0.5 * 2 ** attempt
        return max(0.0, min(wait, self.max_backoff))

    # ------------------------------------------------------------------ classify
    def classify(self, item: ClassifyInput) -> Classification:
        messages = self.messages(item)
        tally = _Tally()
        try:
            content = self._call(messages, tally)
            try:
                answer = parse_answer(content)
            except (ValidationError, ValueError) as first_error:
                repair = prompt_body(load_prompt("repair.v1.md")).replace("{error}", _short(first_error)).replace(
                    "{schema}", json.dumps(SCHEMA))
                content = self._call(messages + [{"role": "assistant", "content": content[:4000]},
                                                 {"role": "user", "content": repair}], tally)
                try:
                    answer = parse_answer(content)
                except (ValidationError, ValueError) as second_error:
                    if tally.cut_short:  # the limit, not the model, spoiled the answer: say which setting to raise
                        return self._human(item, "truncated", f"answer cut off at max_tokens={self.max_tokens} "
                                           "(DUNMAIL_LLM_MAX_TOKENS)", tally)
                    return self._human(item, "invalid", f"invalid output twice: {_short(second_error)}", tally)
        except LlmCallError as exc:
            return self._human(item, exc.kind, str(exc), tally)
        except openai.APITimeoutError:
            return self._human(item, "timeout", f"no answer within {self.timeout:g}s", tally)
        except openai.RateLimitError:
            return self._human(item, "rate-limited", f"rate limited after {self.max_retries} retries", tally)
        except openai.APIConnectionError as exc:
            return self._human(item, "unreachable", f"LLM server unreachable: {exc}", tally)
        except openai.APIStatusError as exc:
            return self._human(item, f"http-{exc.status_code}", f"LLM server error {exc.status_code}", tally)
        facts, refused = self._facts(item, answer)
        result = Classification(intent=answer.intent, secondary_intents=[i for i in answer.secondary_intents if i != answer.intent],
                                confidence=answer.confidence, facts=facts, decided_by=self.name,
                                rationale=answer.rationale[:500], llm_calls=tally.calls, tokens=tally.tokens)
        if refused:
            # A misread amount could confirm the wrong sum to a customer: a person reads this one.
            why = "amount refused: " + "; ".join(refused)
            result = result.model_copy(update={"confidence": 0.0, "decided_by": f"{self.name}:amount-refused",
                                               "rationale": (why + ". " + result.rationale)[:500]})
        return result

    def _facts(self, item: ClassifyInput, answer: LlmClassification) -> tuple[Facts, list[str]]:
        """The LLM's facts, with dates re-resolved by our rules and gaps filled by the text extractors.

        Returns the facts and the reasons any amount was refused; a refused amount is left empty,
        not filled from elsewhere, so nobody acts on a number the model garbled.
        """
        ours = extract_facts(item, answer.intent, answer.secondary_intents)
        f = answer.facts
        refused: list[str] = []

        def amount(field: str, value: str | None, fallback: Decimal | None) -> Decimal | None:
            try:
                return checked_amount(value) or fallback
            except MalformedAmount as exc:
                refused.append(f"{field} {exc}")
                return None

        sent = sent_datetime(item)
        promise = None
        if f.promise_date_text and sent is not None:
            promise = resolve_date(f.promise_date_text, sent, f.language or ours.language)
        facts = ours.model_copy(update={
            "promise_date": promise or _date(f.promise_date) or ours.promise_date,
            "promise_amount": amount("promise_amount", f.promise_amount, ours.promise_amount),
            "promise_conditional": f.promise_conditional or ours.promise_conditional,
            "invoice_numbers": [n.strip().upper() for n in f.invoice_numbers if n.strip()] or ours.invoice_numbers,
            "payment_reference": f.payment_reference or ours.payment_reference,
            "payment_method": f.payment_method or ours.payment_method,
            "payment_date": _date(f.payment_date) or ours.payment_date,
            "payment_amount": amount("payment_amount", f.payment_amount, ours.payment_amount),
            "dispute_reason": f.dispute_reason or ours.dispute_reason,
            "new_po_number": f.new_po_number or ours.new_po_number,
            "new_billing_contact": f.new_billing_contact or ours.new_billing_contact,
            "replacement_contact": f.replacement_contact or ours.replacement_contact,
            "return_date": _date(f.return_date) or ours.return_date,
            "requested_installments": f.requested_installments or ours.requested_installments,
            "language": f.language if f.language in ("en", "de", "fr", "es", "nl", "pt") else ours.language,
        })
        return facts, refused

    def _human(self, item: ClassifyInput, why: str, rationale: str, tally: _Tally) -> Classification:
        return Classification(intent=Intent.other, confidence=0.0, decided_by=f"llm:{self.model}:{why}",
                              rationale=rationale[:500], llm_calls=tally.calls, tokens=tally.tokens,
                              facts=Facts(language=item.customer_language or "en"))


@dataclass
class _Tally:
    """HTTP requests made and tokens used while reading one reply."""

    calls: int = 0
    tokens: int = 0
    cut_short: bool = False  # the last answer stopped at max_tokens


def _header(value: str | None) -> str:
    """A value for the lines above the fence: one short line that cannot open a fence either."""
    return fence_data(" ".join((value or "unknown").split()))[:64]


def _short(exc: Exception) -> str:
    return str(exc).replace("\n", " ")[:400]
