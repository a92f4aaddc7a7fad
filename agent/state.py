"""The graph's state: small, JSON-shaped (checkpointed as is), validated into models by the nodes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable, TypedDict

from core.contracts import ReplyModel
from core.ports import Erp, Outbox
from guardrails.api import SentTouch
from guardrails.policy import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from agent.read_ahead import ReadAhead


class AgentState(TypedDict, total=False):
    inbound_id: int
    raw_b64: str  # the message bytes, cleared once parsed
    hint_customer_id: str | None  # from threading (e.g. the customer our reminder went to)
    our_last_message: str  # the text of our own message this replies to (names the invoices meant)
    our_last_subject: str  # its subject: a reply keeps our words, never echoes a subject the sender chose
    email: dict[str, Any]
    error: str
    customer: dict[str, Any] | None
    inbound_checks: list[dict[str, Any]]
    classification: dict[str, Any]
    lookup: dict[str, Any]
    decision: dict[str, Any]
    draft: dict[str, Any] | None
    outbound_checks: list[dict[str, Any]]
    review: dict[str, Any]  # what the collector answered at the approval interrupt
    review_error: str
    outcome: str  # quarantined | handled | sent | rejected | resolved
    read: bool  # the reading steps ran before the graph (agent/reading.py): the graph starts at the review
    sent_message_id: str


@dataclass
class PolicyParams:
    promise_grace_days: int = 3
    promise_max_days: int = 30
    already_paid_recheck_days: int = 5
    unmatched_payment_pause_days: int = 5
    out_of_office_default_days: int = 7
    review_pause_days: int = 7
    min_confidence: float = 0.5  # below this the model's reading goes to a human
    auto_deferral_days: int = 14  # the longest deferral made without a person (machine mail that passed every check)


@dataclass
class AgentContext:
    """Everything a node may use besides the state, injected by the composition root."""

    erp: Erp
    model: ReplyModel
    outbox: Outbox | None
    company_name: str
    ar_mailbox: str
    timezone: str = "UTC"
    policy: PolicyParams = field(default_factory=PolicyParams)
    touches: Callable[[str], list[SentTouch]] = lambda _customer_id: []
    limits: Limits = DEFAULT_LIMITS  # the outbound checks' numbers; the composition root sets the touch limit from settings
    attachment_parse_limit_bytes: int | None = None  # larger attachments are kept, not parsed (None: the parser's default)
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
    read_ahead: ReadAhead | None = None  # the worker's batch, parsed and read together (None: each message alone)
