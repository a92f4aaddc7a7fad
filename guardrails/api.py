"""The two entry points the agent graph calls. Both fail closed: an error inside a check is a failure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, Field

from core.contracts import Draft, GuardrailResult
from core.message import ParsedEmail
from core.ports import Erp
from core.records import Customer
from guardrails.policy import DEFAULT_LIMITS, Limits


class SentTouch(BaseModel):
    """An earlier outbound message to the same customer (for touch limits and near-duplicates)."""

    sent_at: datetime
    to: list[str] = Field(default_factory=list)
    subject: str = ""
    body: str = ""
    message_id: str | None = None  # so a draft being re-checked after its own send never counts itself


class OutboundContext(BaseModel):
    model_config = {"arbitrary_types_allowed": True}

    customer: Customer | None
    inbound: ParsedEmail | None  # the message we answer (None for reminders)
    allowed_attachments: list[str] = Field(default_factory=list)
    touches: list[SentTouch] = Field(default_factory=list)
    now: datetime
    other_customers: list[Customer] = Field(default_factory=list)
    # Facts the decision may state beyond the ERP records (a promise date/amount the customer gave us,
    # our own IBAN or reference in a template). Everything else in a draft must come from the ERP.
    allowed_dates: list[date] = Field(default_factory=list)
    allowed_amounts: list[Decimal] = Field(default_factory=list)
    allowed_references: list[str] = Field(default_factory=list)
    own_bank_accounts: list[str] = Field(default_factory=list)  # our IBAN/BIC/accounts a draft may name (plus the ERP company's)
    limits: Limits = DEFAULT_LIMITS


def check_inbound(email: ParsedEmail, customer: Customer | None, erp: Erp) -> list[GuardrailResult]:
    from guardrails.inbound import run_inbound_checks

    return run_inbound_checks(email, customer, erp)


def warm_up(erp: Erp, sample_texts: Sequence[str] = ()) -> None:
    """Import and compile every check once, before the first message: a worker under a per-stage time
    budget must not charge the first message with seconds of imports and pattern compilation (on a
    loaded machine that alone ran over the budget and quarantined a harmless reply).

    `sample_texts` (ordinary business mail, e.g. our own reply templates) are scanned as inbound mail
    once: RE2 builds its automata's states lazily, as text reaches them, and a fresh worker's first
    replies in a burst paid for most of them. The public suffix list is parsed here too (a few hundred
    milliseconds, once, on the first draft with a link or address)."""
    check_inbound(ParsedEmail(message_id="<warm-up@dunmail.invalid>", text="warm up", visible_text="warm up"), None, erp)
    for text in sample_texts:
        check_inbound(ParsedEmail(message_id="<warm-up@dunmail.invalid>", text=text, visible_text=text), None, erp)
    from guardrails import links, outbound

    links.has_public_suffix("warm-up.example.com")
    outbound.prepare(erp)


def check_outbound(draft: Draft, ctx: OutboundContext, erp: Erp) -> list[GuardrailResult]:
    from guardrails.outbound import run_outbound_checks

    return run_outbound_checks(draft, ctx, erp)


def guarded(name: str, fn: Callable[[], GuardrailResult | list[GuardrailResult]]) -> list[GuardrailResult]:
    """Run one check; an exception inside it is a failure with the error as the reason (fail closed)."""
    try:
        out = fn()
    except Exception as exc:  # noqa: BLE001 - any error must become a failed check, never a pass
        return [GuardrailResult(check=name, passed=False, reason=f"check could not run: {exc}")]
    return out if isinstance(out, list) else [out]
