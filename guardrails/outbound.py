"""Outbound checks, run on every draft (offline or LLM) and again on every collector edit before sending.

Each check is guarded: one that raises fails closed. Without a customer nothing else can be checked,
so every check fails with that reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from core.contracts import Draft, GuardrailResult
from core.ports import Erp
from core.records import Customer
from core.text.addresses import domain_of
from core.text.references import ignorecase_form, reference_key
from guardrails.api import OutboundContext, guarded
from guardrails.bank_ids import foreign_bank_details
from guardrails.content import forbidden_promises, language_problem, length_problems, tone_problems
from guardrails.customer_index import ascii_key, index_of
from guardrails.facts import CustomerFacts, name_pattern, unsupported_facts
from guardrails.injection import scan_for
from guardrails.links import foreign_destinations
from guardrails.patterns import REASONS
from guardrails.policy import CHECKS, verdict
from guardrails.recipients import allowed_addresses, recipient_problems
from guardrails.touch import near_duplicate, too_many

# What a draft may never carry from a customer's mail (the "task" heuristic is for inbound only:
# our own drafts legitimately ask for remittance advice, copies and dates).
_ECHO_CATEGORIES = frozenset({"override", "addresses_ai", "role_marker", "prompt_leak", "mark_paid", "data_exfil", "code", "encoded"})
T = TypeVar("T")
_LEGAL_SUFFIX = re.compile(r"[\s,]+(?:gmbh|ag|kg|ltd|limited|llc|inc|plc|sa|sas|sarl|sl|slu|bv|nv|lda|s\.a\.|s\.l\.|b\.v\.|co\.?)\.?$", re.I)


def _text(draft: Draft) -> str:
    return f"{draft.subject}\n{draft.body}"


def _facts(draft: Draft, ctx: OutboundContext, erp: Erp, customer: Customer) -> GuardrailResult:
    invoices = erp.invoices(customer.id)
    payments = erp.payments(customer.id)
    facts = CustomerFacts.build(customer, invoices, payments, ctx.allowed_dates, ctx.allowed_amounts, ctx.allowed_references, as_of=ctx.now.date())
    # A reminder totals the invoices it lists: the sum of the listed invoices' balances (or amounts) is a fact too.
    text_refs = {_token_key(t) for t in _TOKEN.findall(_text(draft))}
    listed = [i for i in invoices if reference_key(i.number) in text_refs]
    if listed:
        q = Decimal("0.01")
        facts.amounts.add(sum((i.balance for i in listed), Decimal(0)).quantize(q))
        facts.amounts.add(sum((i.amount for i in listed), Decimal(0)).quantize(q))
    raw_refs = [i.number for i in invoices] + [i.po_number for i in invoices if i.po_number] + [p.reference for p in payments if p.reference]
    raw_refs += [p.id for p in payments] + [customer.id] + list(ctx.allowed_references) + _own_bank_accounts(ctx, erp)
    names = [*_names_of(customer), *(c.name for c in customer.contacts if c.name)]
    problems = unsupported_facts(_text(draft), facts, raw_refs, ctx.now.date(), language=draft.language or customer.language,
                                 window_days=ctx.limits.payment_window_days, names=names)
    # Name which other customer an unknown invoice number belongs to: the collector needs to know.
    for i, problem in enumerate(problems):
        m = re.match(r'reference "([^"]+)"', problem)
        inv = erp.invoice(m.group(1)) if m else None
        if inv is not None and inv.customer_id != customer.id:
            problems[i] = f"invoice {inv.number} belongs to another customer"
    return verdict("outbound.facts", not problems, "; ".join(problems[:5]), passage=problems[0] if problems else None)


# A token that may be an invoice number, and its reference_key: ASCII letters and digits upper-cased without the "-"
# and "/" it may hold, the two characters of the token that are not letters or digits (str methods, not a regex
# substitution per token: a draft holds some forty tokens).
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/]{3,}")


def _token_key(token: str) -> str:
    return token.upper().replace("-", "").replace("/", "")


@lru_cache(maxsize=8192)
def _core_name(name: str) -> str:
    return _LEGAL_SUFFIX.sub("", name.strip()).strip()


# Every draft is checked against every other customer's names and domain: each pattern is built once
# (escaped and compiled per draft they cost more than the search, and overflow `re`'s own cache): `name_pattern`.


@lru_cache(maxsize=8192)
def _domain_pattern(domain: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.-]){re.escape(domain)}\b", re.I)


def _may_stand_in(value: str, folded: str) -> bool:
    """False only when `value`'s pattern cannot match: the substring test spares the search."""
    return ascii_key(value) in folded


def _names_of(customer: Customer) -> list[str]:
    """The names a draft may name a customer by: its own and its name without the legal form, five characters or more."""
    return [name for name in dict.fromkeys((customer.name, _core_name(customer.name))) if len(name) >= 5]


def prepare(erp: Erp) -> None:
    """Build, before the first draft, what the checks build once: the echo scan's pattern set and the ledger's index
    (a worker's first draft paid for them, and in a burst the replies behind it waited)."""
    scan_for("warm up", "draft", _ECHO_CATEGORIES, None)
    index_of(erp.customers(), _names_of)


def _other_customers(draft: Draft, ctx: OutboundContext, erp: Erp, customer: Customer) -> GuardrailResult:
    text = _text(draft)
    own = [customer.name, _core_name(customer.name)]
    masked = text
    for name in sorted(own, key=len, reverse=True):
        if name:
            masked = name_pattern(name).sub(" ", masked)
    hits = []
    masked_lower, own_contacts = masked.lower(), customer.contact_emails()
    folded = ignorecase_form(masked)
    # Only the customers with a key in the draft (guardrails/customer_index.py: one pass, whatever the ledger's size).
    named = list(ctx.other_customers) + index_of(erp.customers(), _names_of).candidates(folded)
    others = {c.id: c for c in named if c.id != customer.id}
    for other in others.values():
        for name in _names_of(other):
            if _may_stand_in(name, folded) and name_pattern(name).search(masked):
                hits.append(f"the name of another customer ({other.name})")
                break
        if other.domain and other.domain.lower() != customer.domain.lower() and _may_stand_in(other.domain, folded) and _domain_pattern(other.domain).search(masked):
            hits.append(f"the domain of another customer ({other.domain})")
        for email in other.contact_emails():
            if email in masked_lower and email not in own_contacts:
                hits.append(f"a contact of another customer ({email})")
    for inv in re.findall(r"\bINV-[\w-]+", text, re.I):
        record = erp.invoice(inv)
        if record is not None and record.customer_id != customer.id:
            hits.append(f"invoice {record.number} of another customer")
    return verdict("outbound.other_customers", not hits, "the draft mentions " + "; ".join(dict.fromkeys(hits)), passage=hits[0] if hits else None)


def _company_domain(erp: Erp) -> str:
    company = getattr(getattr(erp, "world", None), "company", None)
    return domain_of(company.ar_mailbox) if company is not None else ""


def _own_bank_accounts(ctx: OutboundContext, erp: Erp) -> list[str]:
    """The company's own configured accounts (IBAN, BIC, account numbers): the only ones a draft may name."""
    company = getattr(getattr(erp, "world", None), "company", None)
    return [a for a in list(ctx.own_bank_accounts) + list(getattr(company, "bank_accounts", None) or []) if a]


def _echo(draft: Draft, ctx: OutboundContext, erp: Erp, customer: Customer) -> GuardrailResult:
    """Instructions or payloads copied into the draft from customer mail."""
    findings = scan_for(_text(draft), "draft", _ECHO_CATEGORIES, customer)
    if findings:
        f = findings[0]
        return verdict("outbound.injection_echo", False, f"the draft {REASONS[f.category]}", passage=f.passage)
    return verdict("outbound.injection_echo", True)


def _recipients(draft: Draft, ctx: OutboundContext, erp: Erp, customer: Customer, allowed: Callable[[], AbstractSet[str]]) -> GuardrailResult:
    internal = _company_domain(erp)
    problems = recipient_problems(draft.to, draft.cc, customer, ctx.inbound, allowed(), internal=internal)
    return verdict("outbound.recipients", not problems, "; ".join(problems))


def _links(draft: Draft, erp: Erp, allowed: Callable[[], AbstractSet[str]]) -> GuardrailResult:
    """Every address and link, obfuscated ones too: links only to our own domain; addresses ours or the
    customer's known contacts (or the verified sender we answer)."""
    own = {_company_domain(erp)} - {""}
    foreign = foreign_destinations(_text(draft), own, allowed())
    reasons = [
        f"the draft mentions the address {d.text}, which is neither ours nor a known contact of the customer" if d.kind == "address"
        else f"the draft links to {d.host}, which is not our own domain"
        for d in foreign
    ]
    return verdict("outbound.links", not reasons, "; ".join(dict.fromkeys(reasons[:5])), passage=foreign[0].text if foreign else None)


def _bank_details(draft: Draft, ctx: OutboundContext, erp: Erp, customer: Customer) -> GuardrailResult:
    """Any bank identifier that is not one of our configured accounts: the payment-diversion risk."""
    invoices = erp.invoices(customer.id)
    known = [i.number for i in invoices] + [i.po_number for i in invoices if i.po_number] + [p.reference for p in erp.payments(customer.id) if p.reference]
    found = foreign_bank_details(_text(draft), set(_own_bank_accounts(ctx, erp)), known + list(ctx.allowed_references))
    reasons = [f"the draft names {b.kind} ({b.text}) that is not one of our own configured accounts" for b in found]
    return verdict("outbound.bank_details", not reasons, "; ".join(dict.fromkeys(reasons[:5])), passage=found[0].text if found else None)


def _promises(draft: Draft) -> GuardrailResult:
    found = forbidden_promises(_text(draft))
    return verdict("outbound.promises", not found, "; ".join(f"the draft offers or states {what}" for what, _ in found), passage=found[0][1] if found else None)


def _attachments(draft: Draft, ctx: OutboundContext) -> GuardrailResult:
    allowed = {a.lower() for a in ctx.allowed_attachments}
    extra = [a for a in draft.attachments if a.lower() not in allowed]
    return verdict("outbound.attachments", not extra, f"attachments the policy did not produce: {', '.join(extra)}")


def _without_erp_wording(text: str, customer: Customer, erp: Erp) -> str:
    """The draft's own words: what it quotes from the ERP (a bank's payment reference in capitals,
    the customer's registered name) is the books' wording, not the draft shouting."""
    quoted = [customer.name, *(p.reference for p in erp.payments(customer.id) if p.reference)]
    for value in sorted(filter(None, quoted), key=len, reverse=True):
        text = text.replace(value, " ")
    return text


def _no_customer() -> list[GuardrailResult]:
    return [verdict(name, False, "the draft has no customer, so nothing in it can be checked") for name, p in CHECKS.items() if p.direction == "outbound"]


def _once(fn: Callable[[], T]) -> Callable[[], T]:
    """`fn`'s answer, worked out on the first call that succeeds and shared by the checks that need it. An
    exception is not kept: it is raised again to each check that asks, and each fails closed on its own."""
    box: list[T] = []

    def get() -> T:
        if not box:
            box.append(fn())
        return box[0]

    return get


def run_outbound_checks(draft: Draft, ctx: OutboundContext, erp: Erp) -> list[GuardrailResult]:
    """All outbound checks; never raises. The draft may be sent only when every check passed (or a collector overrode an overridable one)."""
    customer = ctx.customer
    if customer is None:
        return _no_customer()
    limits = ctx.limits
    results = [verdict("outbound.customer", True)]
    dnc = "do_not_contact" in customer.flags
    results.append(verdict("outbound.do_not_contact", not dnc, f"{customer.name} is flagged do_not_contact: nothing may be sent"))
    results += guarded("outbound.facts", lambda: _facts(draft, ctx, erp, customer))
    results += guarded("outbound.other_customers", lambda: _other_customers(draft, ctx, erp, customer))
    allowed = _once(lambda: allowed_addresses(ctx.inbound, customer, erp))
    results += guarded("outbound.recipients", lambda: _recipients(draft, ctx, erp, customer, allowed))
    results += guarded("outbound.injection_echo", lambda: _echo(draft, ctx, erp, customer))
    results += guarded("outbound.links", lambda: _links(draft, erp, allowed))
    results += guarded("outbound.bank_details", lambda: _bank_details(draft, ctx, erp, customer))
    results += guarded("outbound.promises", lambda: _promises(draft))
    results += guarded("outbound.attachments", lambda: _attachments(draft, ctx))
    results += guarded("outbound.tone", lambda: (lambda p: verdict("outbound.tone", not p, "; ".join(p)))(tone_problems(_without_erp_wording(_text(draft), customer, erp), limits)))
    results += guarded("outbound.length", lambda: (lambda p: verdict("outbound.length", not p, "; ".join(p)))(length_problems(draft.subject, draft.body, limits)))
    results += guarded("outbound.language", lambda: (lambda p: verdict("outbound.language", p is None, p or ""))(language_problem(draft.body, draft.language, customer.language)))
    results += guarded("outbound.touch_limit", lambda: (lambda p: verdict("outbound.touch_limit", p is None, p or ""))(too_many(ctx.touches, ctx.now, limits)))
    results += guarded("outbound.near_duplicate", lambda: (lambda p: verdict("outbound.near_duplicate", p is None, p or ""))(near_duplicate(draft, ctx.touches, ctx.now, limits)))
    return results
