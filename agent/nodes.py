"""The graph's nodes: each reads the state and the injected context and returns only what it changes.

Side effects on the outside world (sending) happen only in `send`, after the approval interrupt,
and are idempotent because a resumed node runs again from its start.
"""

from __future__ import annotations

import base64
from datetime import date
from decimal import Decimal
from typing import Any, Callable

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agent.drafting import render_draft
from agent.lookup import LookupResult, customer_words, look_up
from agent.policy import decide
from agent.state import AgentContext, AgentState
from core.contracts import Classification, ClassifyInput, Decision, Draft, GuardrailResult, Intent
from core.message import ParsedEmail
from core.outgoing import OutgoingMail
from core.records import Customer
from core.text.addresses import domain_of
from core.validated import validated
from guardrails.api import OutboundContext, check_inbound, check_outbound
from inbox.parse import UnparseableMessage, parse_message
from tools.invoice_pdf import render_invoice_pdf


def _email(state: AgentState) -> ParsedEmail:
    return validated(ParsedEmail, state["email"])  # the steps read it, never change it: validated once (core/validated.py)


def _customer(state: AgentState) -> Customer | None:
    data = state.get("customer")
    return validated(Customer, data) if data else None


def _dump(items: list[GuardrailResult]) -> list[dict[str, Any]]:
    return [i.model_dump(mode="json") for i in items]


def parse(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    raw = base64.b64decode(state["raw_b64"])
    ahead = runtime.context.read_ahead
    parsed = ahead.take_parsed(raw) if ahead is not None else None  # the worker may have parsed it with its batch
    if parsed is not None:
        return {"email": parsed, "raw_b64": ""}
    try:
        email = parse_message(raw, attachment_limit_bytes=runtime.context.attachment_parse_limit_bytes)
    except UnparseableMessage as exc:
        return {"outcome": "quarantined", "error": str(exc), "raw_b64": ""}
    return {"email": email.model_dump(mode="json"), "raw_b64": ""}


def identify(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Find the customer: the sender's address, then domain, then a bounced recipient, then the thread."""
    erp = runtime.context.erp
    email = _email(state)
    candidates = [email.from_addr]
    if email.bounce:
        candidates += email.bounce.failed_recipients
    customer = None
    for address in candidates:
        customer = erp.customer_by_email(address) or erp.customer_by_domain(domain_of(address))
        if customer:
            break
    if customer is None and state.get("hint_customer_id"):
        customer = erp.customer(state["hint_customer_id"])
    return {"customer": customer.model_dump(mode="json") if customer else None}


def inbound_guard(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Every message is checked, machine mail too: an auto-reply header is easy to forge."""
    return {"inbound_checks": _dump(check_inbound(_email(state), _customer(state), runtime.context.erp))}


def classify_input(email: ParsedEmail, customer: Customer | None, timezone: str) -> ClassifyInput:
    """What the reply model reads of a parsed message (also built by the worker's read-ahead, agent/read_ahead.py)."""
    return ClassifyInput(
        subject=email.subject,
        text=email.visible_text or email.text,
        full_text=email.text,
        attachments_text="\n".join(a.text for a in email.attachments if a.text),
        sent_at=email.date.isoformat() if email.date else None,
        timezone=timezone,
        customer_language=customer.language if customer else None,
        is_auto_reply=email.is_auto_reply,
        is_bounce=email.is_bounce,
    )


def classify(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    item = classify_input(_email(state), _customer(state), runtime.context.timezone)
    try:
        result = runtime.context.model.classify(item)
    except Exception as exc:  # noqa: BLE001 - a model failure routes to a human, never drops the message
        result = Classification(intent=Intent.other, confidence=0.0, decided_by=f"error:{type(exc).__name__}", rationale=str(exc)[:500])
    return {"classification": result.model_dump(mode="json")}


def lookup(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    customer = _customer(state)
    if customer is None:
        return {"lookup": None}
    email = _email(state)
    sent_on = email.date.date() if email.date else runtime.context.erp.today()
    ours = state.get("our_last_message") or ""
    own_words = customer_words(email.subject, email.visible_text or email.text, "\n".join(a.text for a in email.attachments if a.text), ours)
    result = look_up(runtime.context.erp, customer, validated(Classification, state["classification"]), sent_on, ours, own_words)
    return {"lookup": result.model_dump(mode="json")}


def decide_next(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    email = _email(state)
    cls = validated(Classification, state["classification"])
    lk = validated(LookupResult, state["lookup"]) if state.get("lookup") else None
    checks = [GuardrailResult.model_validate(c) for c in state.get("inbound_checks", [])]
    decision = decide(cls, email, _customer(state), lk, checks, runtime.context.policy)
    return {"decision": decision.model_dump(mode="json")}


def draft(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    decision = Decision.model_validate(state["decision"])
    customer = _customer(state)
    if decision.action != "draft_reply" or customer is None or not decision.template:
        return {"draft": None}
    cls = validated(Classification, state["classification"])
    out = render_draft(
        decision,
        _email(state),
        customer,
        validated(LookupResult, state["lookup"]),
        company_name=runtime.context.company_name,
        reply_language=cls.facts.language,
        our_subject=state.get("our_last_subject") or "",
    )
    return {"draft": out.model_dump(mode="json")}


def _policy_vars(state: AgentState) -> dict[str, Any]:
    return (state.get("decision") or {}).get("template_vars") or {}


def _allowed_dates(state: AgentState) -> list[date]:
    """Dates policy itself put in the draft (a promise date is the customer's, confirmed back)."""
    tvars = _policy_vars(state)
    return [date.fromisoformat(tvars["promise_date"])] if tvars.get("promise_date") else []


def _allowed_amounts(state: AgentState) -> list[Decimal]:
    """A promised amount is confirmed back to the customer; everything else must be the ERP's."""
    promise = ((state.get("decision") or {}).get("record") or {}).get("promise") or {}
    return [Decimal(promise["amount"])] if promise.get("amount") else []


def check_draft(
    draft: Draft,
    runtime: Runtime[AgentContext],
    customer: Customer | None,
    *,
    inbound: ParsedEmail | None,
    allowed_dates: list[date],
    allowed_amounts: list[Decimal],
    allowed_attachments: list[str],
    message_id: str | None = None,
) -> list[GuardrailResult]:
    """The outbound guardrails for any draft (reply or reminder): the caller names the facts its
    draft may state beyond the ERP records; touches, the clock and the other customers come from here.
    `message_id`, once approval assigned one, keeps a reply that already left (a crash after the
    server accepted it, then a resume) from counting as its own near-duplicate."""
    touches = runtime.context.touches(customer.id) if customer else []
    ctx = OutboundContext(
        customer=customer,
        inbound=inbound,
        allowed_dates=allowed_dates,
        allowed_amounts=allowed_amounts,
        allowed_attachments=allowed_attachments,
        touches=[t for t in touches if message_id is None or t.message_id != message_id],
        now=runtime.context.now(),
        limits=runtime.context.limits,  # the other customers are the ERP's (guardrails/customer_index.py looks them up)
    )
    return check_outbound(draft, ctx, runtime.context.erp)


def _outbound_checks(state: AgentState, runtime: Runtime[AgentContext], body_draft: Draft) -> list[GuardrailResult]:
    return check_draft(
        body_draft,
        runtime,
        _customer(state),
        inbound=_email(state) if state.get("email") else None,
        allowed_dates=_allowed_dates(state),
        allowed_amounts=_allowed_amounts(state),
        allowed_attachments=list(_policy_vars(state).get("attachments", [])),  # what policy produced, not what the draft says
        message_id=(state.get("review") or {}).get("message_id"),
    )


ChecksFn = Callable[[AgentState, Runtime[AgentContext], Draft], list[GuardrailResult]]


def outbound_guard_node(checks_for: ChecksFn) -> Callable[[AgentState, Runtime[AgentContext]], dict[str, Any]]:
    """A node that runs the outbound guardrails on the draft; any failure sends it to a human."""

    # `state` is left a plain dict so LangGraph passes each graph its whole state (a TypedDict
    # annotation would narrow the reminder graph's state to the reply graph's keys).
    def outbound_guard(state: dict[str, Any], runtime: Runtime[AgentContext]) -> dict[str, Any]:
        if not state.get("draft"):
            return {"outbound_checks": []}
        checks = checks_for(state, runtime, Draft.model_validate(state["draft"]))
        failed = [c for c in checks if not c.passed]
        update: dict[str, Any] = {"outbound_checks": _dump(checks)}
        if failed:
            decision = Decision.model_validate(state["decision"])
            decision.needs_human = True
            decision.reasons += [f"draft blocked by {c.check}: {c.reason}" for c in failed]
            update["decision"] = decision.model_dump(mode="json")
        return update

    return outbound_guard


outbound_guard = outbound_guard_node(_outbound_checks)


def needs_review(state: AgentState) -> str:
    decision = state.get("decision") or {}
    if decision.get("action") == "no_action" and not decision.get("needs_human"):
        return "done"
    return "review"


def human_review(state: AgentState) -> dict[str, Any]:
    """Wait for a collector. The resume value: {"action": approve|reject|resolve, "user", "role"? (the
    approver's role, from the web session), "body"?, "overrides"?: [check names], "message_id"? (assigned
    before sending), "note"?}."""
    answer = interrupt(
        {
            "decision": state.get("decision"),
            "draft": state.get("draft"),
            "outbound_checks": state.get("outbound_checks", []),
            "review_error": state.get("review_error", ""),
        }
    )
    return {"review": answer}


def check_review_node(checks_for: ChecksFn) -> Callable[[AgentState, Runtime[AgentContext]], dict[str, Any]]:
    """Edits go through the outbound guardrails again; only overridable failures may be overridden, and
    on an edited draft only by a manager: the collector who wrote the edit cannot wave through its own
    failures (tone and length included). A blocked edit never replaces the draft it was an edit of."""

    def check_review(state: dict[str, Any], runtime: Runtime[AgentContext]) -> dict[str, Any]:
        review = state.get("review") or {}
        action = review.get("action")
        if action != "approve":
            return {"outcome": "rejected" if action == "reject" else "resolved", "review_error": ""}
        if not state.get("draft"):
            return {"outcome": "resolved", "review_error": ""}
        current = Draft.model_validate(state["draft"])
        edited = review.get("body") is not None and review["body"].replace("\r\n", "\n") != current.body.replace("\r\n", "\n")
        if edited:
            current = current.model_copy(update={"body": review["body"]})
        checks = checks_for(state, runtime, current)
        overrides = set(review.get("overrides") or [])
        manager_only = edited and review.get("role") != "manager"
        if manager_only:
            overrides = set()  # the role comes from the web layer's session, never from the request body
        blocking = [c for c in checks if not c.passed and not (c.overridable and c.check in overrides)]
        update: dict[str, Any] = {"outbound_checks": _dump(checks)}
        if blocking:
            reasons = [f"{c.check}: {c.reason}" for c in blocking]
            if manager_only and review.get("overrides") and any(c.overridable for c in blocking):
                reasons.append("overriding a check on an edited draft takes a manager")
            update["review_error"] = "; ".join(reasons)
            update["review"] = {}
        else:
            update["draft"] = current.model_dump(mode="json")
            update["review_error"] = ""
        return update

    return check_review


check_review = check_review_node(_outbound_checks)


def after_check(state: AgentState) -> str:
    if state.get("outcome") in ("rejected", "resolved"):
        return "done"
    return "review" if state.get("review_error") else "send"


def send(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    review = state["review"]
    current = Draft.model_validate(state["draft"])
    message_id = review["message_id"]
    outbox = runtime.context.outbox
    if outbox is None:
        raise RuntimeError("no outbox configured: cannot send")
    mail = OutgoingMail(
        message_id=message_id,
        from_addr=runtime.context.ar_mailbox,
        from_name=f"{runtime.context.company_name} Accounts Receivable",
        to=current.to,
        cc=current.cc,
        subject=current.subject,
        body=current.body,
        in_reply_to=current.in_reply_to,
        references=current.references,
        attachments=_attachments(current, _customer(state), runtime.context),
    )
    outbox.deliver(mail)  # skips delivery when this Message-ID was already sent
    return {"outcome": "sent", "sent_message_id": message_id}


def _attachments(current: Draft, customer: Customer | None, ctx: AgentContext) -> list[tuple[str, str, bytes]]:
    """Invoice PDFs named by policy, rendered from the ERP at send time (never customer-supplied)."""
    files = []
    for name in current.attachments:
        inv = ctx.erp.invoice(name.removesuffix(".pdf"))
        if inv is None or customer is None or inv.customer_id != customer.id:
            raise RuntimeError(f"attachment {name} is not an invoice of this customer")
        files.append((name, "application/pdf", render_invoice_pdf(inv, customer, ctx.company_name)))
    return files


def finish_without_review(state: AgentState) -> dict[str, Any]:
    return {"outcome": "handled"}
