"""Inbound checks, run before the agent acts on a message: manipulation and sender identity.

Fails closed: a check that raises becomes a failed result with the error as its reason.
"""

from __future__ import annotations

from agent.contracts import GuardrailResult
from guardrails.api import guarded
from guardrails.injection import scan_email
from guardrails.policy import verdict
from guardrails.sender import run_sender_checks
from inbox.message import ParsedEmail
from tools.erp import Erp
from tools.records import Customer

# Most harmful first: the collector reads the first finding.
_SEVERITY = ["bank_change", "mark_paid", "data_exfil", "redirect", "override", "role_marker", "prompt_leak",
             "addresses_ai", "encoded", "code", "output_control", "task"]


def own_domains(erp: Erp) -> frozenset[str]:
    """Our own mailbox domain (mentioning it is never a redirect), when the ERP knows the company."""
    company = getattr(getattr(erp, "world", None), "company", None)
    mailbox = getattr(company, "ar_mailbox", "") or ""
    return frozenset({mailbox.rsplit("@", 1)[-1].lower()}) if "@" in mailbox else frozenset()


def injection_result(email: ParsedEmail, customer: Customer | None, erp: Erp | None = None) -> GuardrailResult:
    findings = scan_email(email, customer, own_domains(erp) if erp is not None else frozenset())
    if not findings:
        return verdict("inbound.injection", True)
    findings.sort(key=lambda f: _SEVERITY.index(f.category) if f.category in _SEVERITY else len(_SEVERITY))
    first = findings[0]
    more = len({(f.category, f.where) for f in findings}) - 1
    reason = f"the {first.reason}" + (f" (and {more} more finding{'s' if more > 1 else ''})" if more > 0 else "")
    return verdict("inbound.injection", False, reason, passage=first.passage)


def run_inbound_checks(email: ParsedEmail, customer: Customer | None, erp: Erp) -> list[GuardrailResult]:
    """All inbound checks; never raises."""
    results = guarded("inbound.injection", lambda: injection_result(email, customer, erp))
    results += guarded("inbound.sender", lambda: run_sender_checks(email, customer, erp))
    return results
