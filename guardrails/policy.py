"""Guardrail policy as data: which checks exist, what they protect, and whether a collector may override them.

A collector may override a failed check only when this table says so (the override is audited by the
approvals area). Facts, recipients, manipulation and do_not_contact are never overridable: a wrong
fact or a wrong recipient cannot be made right by a click.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.contracts import GuardrailResult


@dataclass(frozen=True)
class CheckPolicy:
    direction: str  # "inbound" or "outbound"
    overridable: bool
    protects: str  # one line a collector understands


CHECKS: dict[str, CheckPolicy] = {
    # Inbound: before the agent acts on a message.
    "inbound.injection": CheckPolicy("inbound", False, "text that tries to instruct the assistant instead of talking to us"),
    "inbound.sender_known": CheckPolicy("inbound", False, "the sender is a known contact or writes from the customer's domain"),
    "inbound.display_name": CheckPolicy("inbound", False, "the display name does not pretend to be another address or company"),
    "inbound.reply_to": CheckPolicy("inbound", False, "replies would go back to the sender's own domain"),
    "inbound.lookalike_domain": CheckPolicy("inbound", False, "the domain is not a look-alike of a customer's domain"),
    "inbound.free_mail": CheckPolicy("inbound", False, "a free-mail address does not claim to be a customer"),
    "inbound.authentication": CheckPolicy("inbound", False, "SPF, DKIM and DMARC did not fail"),
    # Outbound: every draft and every collector edit before sending.
    "outbound.customer": CheckPolicy("outbound", False, "the draft belongs to a known customer"),
    "outbound.do_not_contact": CheckPolicy("outbound", False, "the customer is not flagged do_not_contact"),
    "outbound.facts": CheckPolicy("outbound", False, "every amount, date, invoice number and reference matches the ERP"),
    "outbound.other_customers": CheckPolicy("outbound", False, "no other customer's name or data"),
    "outbound.recipients": CheckPolicy("outbound", False, "only the verified sender or known contacts of the customer"),
    "outbound.injection_echo": CheckPolicy("outbound", False, "the draft does not carry instructions or payloads from a customer's mail"),
    "outbound.links": CheckPolicy("outbound", False, "addresses and links (obfuscated ones too) are ours or the customer's known contacts"),
    "outbound.bank_details": CheckPolicy("outbound", False, "no bank identifier (IBAN, BIC, sort code, routing, CLABE, account) but our own configured ones"),
    "outbound.promises": CheckPolicy("outbound", False, "no discounts, waivers, settlements, legal threats, credit decisions or bank changes"),
    "outbound.attachments": CheckPolicy("outbound", False, "only attachments the policy produced"),
    "outbound.tone": CheckPolicy("outbound", True, "no shouting or insults"),
    "outbound.length": CheckPolicy("outbound", True, "subject and body within length limits"),
    "outbound.language": CheckPolicy("outbound", True, "the draft is in the customer's language"),
    "outbound.touch_limit": CheckPolicy("outbound", True, "at most a few messages per customer per week"),
    "outbound.near_duplicate": CheckPolicy("outbound", True, "not the same message again within two days"),
}


@dataclass(frozen=True)
class Limits:
    """Configurable numbers behind the checks."""

    max_touches: int = 2
    touch_window_days: int = 7
    duplicate_window_hours: int = 48
    duplicate_ratio: float = 0.9
    max_body_chars: int = 4000
    min_body_chars: int = 20
    max_subject_chars: int = 160
    max_exclamations: int = 2
    max_caps_ratio: float = 0.35
    payment_window_days: int = 7  # the reminders' "within 7 days": the one time limit a draft may state in words


DEFAULT_LIMITS = Limits()


def is_overridable(check: str) -> bool:
    """Unknown checks are not overridable (fail closed)."""
    policy = CHECKS.get(check)
    return bool(policy and policy.overridable)


def verdict(check: str, passed: bool, reason: str = "", passage: str | None = None) -> GuardrailResult:
    """A result with the overridable flag taken from the policy table, never from the check itself."""
    return GuardrailResult(
        check=check,
        passed=passed,
        reason="" if passed else reason,
        overridable=is_overridable(check),
        passage=None if passed else (passage[:300] if passage else None),
    )
