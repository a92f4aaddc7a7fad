"""What the reply-reading model returns and what policy decides: the agent's typed contracts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field


class Intent(StrEnum):
    promise_to_pay = "promise_to_pay"
    already_paid = "already_paid"
    dispute = "dispute"
    invoice_resend = "invoice_resend"
    po_change = "po_change"
    payment_plan_request = "payment_plan_request"
    out_of_office = "out_of_office"
    bounce = "bounce"
    wrong_contact = "wrong_contact"
    other = "other"


# The intents as plain strings, in the enum's order: what labels, datasets and reports carry.
INTENT_NAMES: tuple[str, ...] = tuple(intent.value for intent in Intent)

# When a reply says several things, the first of these it says decides handling.
INTENT_PRECEDENCE: tuple[Intent, ...] = (
    Intent.bounce,
    Intent.out_of_office,
    Intent.dispute,
    Intent.already_paid,
    Intent.payment_plan_request,
    Intent.promise_to_pay,
    Intent.po_change,
    Intent.invoice_resend,
    Intent.wrong_contact,
    Intent.other,
)
INTENT_PRECEDENCE_NAMES: tuple[str, ...] = tuple(intent.value for intent in INTENT_PRECEDENCE)


class Facts(BaseModel):
    """Facts read from the customer's text. Every value here is a claim, checked against the ERP later."""

    promise_date: date | None = None
    promise_amount: Decimal | None = None
    promise_conditional: bool = False
    invoice_numbers: list[str] = Field(default_factory=list)
    amounts: list[Decimal] = Field(default_factory=list)
    payment_reference: str | None = None
    payment_method: str | None = None
    payment_date: date | None = None
    payment_amount: Decimal | None = None
    dispute_reason: str | None = None  # pricing, short_shipment, damaged, duplicate_billing, tax, not_received, other
    new_po_number: str | None = None
    new_billing_contact: str | None = None
    replacement_contact: str | None = None
    return_date: date | None = None  # out-of-office
    requested_installments: int | None = None
    language: str = "en"


class Classification(BaseModel):
    intent: Intent
    secondary_intents: list[Intent] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    facts: Facts = Field(default_factory=Facts)
    decided_by: str  # e.g. "rules:auto-reply-header", "offline:linear-v1", "llm:gpt-4o-mini:classify-v1"
    rationale: str = ""
    llm_calls: int = 0
    tokens: int = 0


class ClassifyInput(BaseModel):
    """What a model sees: customer text is data, passed separately from any instruction."""

    subject: str
    text: str  # visible reply text
    full_text: str = ""
    attachments_text: str = ""
    sent_at: str | None = None  # ISO datetime of the reply, for resolving relative dates
    timezone: str = "UTC"
    customer_language: str | None = None
    is_auto_reply: bool = False
    is_bounce: bool = False


class ReplyModel:
    """Interface every reply-reading model implements (offline, LLM, cascade)."""

    name: str = "model"

    def classify(self, item: ClassifyInput) -> Classification:  # pragma: no cover - interface
        raise NotImplementedError

    def read_ahead(self, items: Sequence[ClassifyInput]) -> None:
        """Prepare several replies that `classify` will be asked about soon, in one go (a batch costs
        less than one call each). Optional: `classify` must answer the same with or without it."""


Action = Literal["draft_reply", "route_human", "no_action"]


class PauseInstruction(BaseModel):
    """A pause policy asks for. It is a proposal a person approves, unless policy marked it the one
    automatic effect (a short deferral, bounded again where it is stored)."""

    customer_id: str
    invoice_number: str | None = None  # None = the whole customer
    until: date | None = None  # None = until a human resolves it
    reason: str
    automatic: bool = False


class Evidence(BaseModel):
    kind: str  # "message", "erp.customer", "erp.invoice", "erp.payment", "rule", "model", "guardrail"
    ref: str
    detail: dict[str, Any] = Field(default_factory=dict)


class Decision(BaseModel):
    """The next step for one reply, with the rule that chose it and the evidence it used."""

    action: Action
    needs_human: bool
    rule: str
    reasons: list[str] = Field(default_factory=list)
    owner: str | None = None
    pauses: list[PauseInstruction] = Field(default_factory=list)
    template: str | None = None  # reply template name in prompts/replies/
    template_vars: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)
    record: dict[str, Any] = Field(default_factory=dict)  # e.g. a promise, a requested PO change, a bad contact


class Draft(BaseModel):
    to: list[str]
    cc: list[str] = Field(default_factory=list)
    subject: str
    body: str
    language: str = "en"
    in_reply_to: str | None = None
    references: list[str] = Field(default_factory=list)
    attachments: list[str] = Field(default_factory=list)  # names of attachments policy produced
    template: str | None = None


class GuardrailResult(BaseModel):
    check: str
    passed: bool
    reason: str = ""
    overridable: bool = False
    passage: str | None = None  # the text that triggered a flag, shown to the collector
