"""Inbound checks, run before the agent acts on a message: manipulation and sender identity.

Fails closed: a check that raises becomes a failed result with the error as its reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from core.contracts import GuardrailResult
from core.message import ParsedEmail
from core.ports import Erp
from core.records import Customer
from core.text.addresses import domain_of
from guardrails.api import guarded
from guardrails.customer_index import ledger_key
from guardrails.injection import scan_email
from guardrails.linear import fold_accents
from guardrails.policy import verdict
from guardrails.sender import run_sender_checks

# Most harmful first: the collector reads the first finding.
_SEVERITY = ["bank_change", "mark_paid", "authority_claim", "data_exfil", "redirect", "forged_quote", "legal_trap", "override", "concealment",
             "role_marker", "prompt_leak", "addresses_ai", "file_instruction", "hidden_text", "unicode_trick", "encoded", "code", "output_control",
             "task", "unscanned"]
_LEGAL_FORMS = {"gmbh", "ag", "kg", "ltd", "limited", "llc", "inc", "plc", "sa", "sas", "sarl", "sl", "slu", "bv", "nv", "lda", "srl", "spa", "&"}


def own_domains(erp: Erp) -> frozenset[str]:
    """Our own mailbox domain (mentioning it is never a redirect), when the ERP knows the company."""
    company = getattr(getattr(erp, "world", None), "company", None)
    mailbox = getattr(company, "ar_mailbox", "") or ""
    return frozenset({domain_of(mailbox)}) if "@" in mailbox else frozenset()


def other_customer_names(customer: Customer | None, erp: Erp | None) -> frozenset[str]:
    """How a writer would name our other customers: the name without its legal form, and its first two words.

    Lowercase and accent-folded, as the scan reads text. Single words are left out ("Harbor" alone
    is too common to mean the company).
    """
    if erp is None:
        return frozenset()
    try:
        everyone = erp.customers()
    except Exception:  # noqa: BLE001 - an ERP that cannot list customers only costs this one signal
        return frozenset()
    return _ledger_names(ledger_key(everyone)).without(customer.id if customer is not None else None)


class _LedgerNames:
    """Every customer's written names, gathered once per ledger, not once per message (issue 17: a union over the
    whole ledger for every message). The other customers' names are all of them but those only the writer's own
    customer (by id) holds."""

    def __init__(self, customers: Sequence[Customer]) -> None:
        self._holders: dict[str, set[str]] = {}
        self._of: dict[str, set[str]] = {}
        for other in customers:
            for name in _written_names(other.name or ""):
                self._holders.setdefault(name, set()).add(other.id)
                self._of.setdefault(other.id, set()).add(name)
        self.everyone = frozenset(self._holders)

    def without(self, customer_id: str | None) -> frozenset[str]:
        """The names of the customers whose id is not `customer_id` (None: of all of them)."""
        own_only = {name for name in self._of.get(customer_id, ()) if self._holders[name] == {customer_id}} if customer_id is not None else set()
        return self.everyone - own_only if own_only else self.everyone


@lru_cache(maxsize=4)
def _ledger_names(customers: tuple[Customer, ...]) -> _LedgerNames:
    return _LedgerNames(customers)


@lru_cache(maxsize=16384)
def _written_names(name: str) -> frozenset[str]:
    """One customer's name as a writer would put it (asked for every customer on every message: worked out once)."""
    words = [w for w in fold_accents(name).lower().replace(",", " ").split() if w.strip(".") not in _LEGAL_FORMS]
    return frozenset({" ".join(words), " ".join(words[:2])}) if len(words) >= 2 else frozenset()


def injection_result(email: ParsedEmail, customer: Customer | None, erp: Erp | None = None) -> GuardrailResult:
    findings = scan_email(email, customer, own_domains(erp) if erp is not None else frozenset(), other_customer_names(customer, erp))
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
