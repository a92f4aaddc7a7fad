"""Recipients: only the thread's verified sender or known contacts of the customer."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from core.message import ParsedEmail
from core.ports import Erp
from core.records import Customer
from guardrails.sender import is_known, run_sender_checks

# The sender checks that must pass before we answer the sender.
_VERIFYING = {"inbound.sender_known", "inbound.authentication", "inbound.lookalike_domain", "inbound.display_name", "inbound.reply_to"}


def verified_sender(inbound: ParsedEmail | None, customer: Customer, erp: Erp) -> str | None:
    if inbound is None or not inbound.from_addr or not is_known(inbound.from_addr, customer):
        return None
    results = run_sender_checks(inbound, customer, erp)
    if all(r.passed for r in results if r.check in _VERIFYING):
        return inbound.from_addr.lower()
    return None


def allowed_addresses(inbound: ParsedEmail | None, customer: Customer, erp: Erp) -> frozenset[str]:
    """The addresses a draft may go to and name: the customer's known contacts and the verified sender we answer.
    Worked out once per draft for the recipients and links checks (the sender checks behind it are not cheap)."""
    allowed = customer.contact_emails()
    sender = verified_sender(inbound, customer, erp)
    if sender:
        allowed.add(sender)
    return frozenset(allowed)


def recipient_problems(to: list[str], cc: list[str], customer: Customer, inbound: ParsedEmail | None, allowed: AbstractSet[str], internal: str = "") -> list[str]:
    """Why each recipient may not get the draft (`allowed`: `allowed_addresses`). Colleagues on our own domain
    (`internal`) may be copied, never addressed."""
    mentioned = (inbound.text + " " + (inbound.html or "") + " " + " ".join(inbound.reply_to)).lower() if inbound else ""
    problems = []
    if not to:
        problems.append("the draft has no recipient")
    for addr in to + cc:
        a = addr.strip().lower()
        if a in allowed or (internal and addr in cc and a.endswith("@" + internal)):
            continue
        if a and a in mentioned:
            problems.append(f"{addr} is an address the customer's email asked us to write to, not a known contact")
        else:
            problems.append(f"{addr} is not a known contact of {customer.name} nor the verified sender")
    return problems
