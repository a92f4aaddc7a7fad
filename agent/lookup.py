"""ERP lookups for one reply: the records policy decides on, each kept as evidence."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from pydantic import BaseModel, Field

from core.contracts import Classification, Evidence
from core.ports import Erp
from core.records import Customer, Invoice, Payment
from core.text.folding import fold
from core.text.references import reference_key
from core.text.sentences import sentences
from core.text.subjects import is_a_reply_subject


class LookupResult(BaseModel):
    open_invoices: list[Invoice] = Field(default_factory=list)
    reminded_invoices: list[Invoice] = Field(default_factory=list)  # open ones our message listed
    mentioned_invoices: list[Invoice] = Field(default_factory=list)  # named in the reply and the customer's
    foreign_invoices: list[str] = Field(default_factory=list)  # named but unknown or another customer's
    paid_invoices: list[Invoice] = Field(default_factory=list)  # those the "already paid" claim itself names
    matched_payments: list[Payment] = Field(default_factory=list)
    unidentified_payments: list[Payment] = Field(default_factory=list)  # cash with no customer that fits the claim
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def target_invoices(self) -> list[Invoice]:
        """The invoices the reply is about: those it names, else those our message listed, else all open ones."""
        return self.mentioned_invoices or self.reminded_invoices or self.open_invoices

    @property
    def open_balance(self) -> Decimal:
        return sum((i.balance for i in self.target_invoices), Decimal("0"))

    @property
    def paid_balance(self) -> Decimal:
        """What the payment the customer reports should come to: the open balance of the invoices its own
        sentences name ("INV-1 was paid last week; please resend INV-2" → INV-1 only), else of all meant."""
        return sum((i.balance for i in self.paid_invoices), Decimal("0")) if self.paid_invoices else self.open_balance


def _invoice_evidence(inv: Invoice) -> Evidence:
    return Evidence(kind="erp.invoice", ref=inv.number, detail=inv.model_dump(mode="json"))


def _payment_evidence(p: Payment) -> Evidence:
    return Evidence(kind="erp.payment", ref=p.id, detail=p.model_dump(mode="json"))


def _by_short_number(invoices: list[Invoice], number: str) -> Invoice | None:
    """Customers often quote "13178" for INV-2026-13178: accept it when exactly one of theirs ends so."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) < 3:
        return None
    matches = [i for i in invoices if "".join(ch for ch in i.number if ch.isdigit()).endswith(digits)]
    return matches[0] if len(matches) == 1 else None


_BARE_NUMBER = re.compile(r"(?<![\d.,/€$£-])\b(\d{4,})\b(?![.,]\d|\s?(?:€|\$|£|eur|usd|gbp|chf))", re.I)


def _named_by_bare_number(invoices: list[Invoice], words: str) -> list[Invoice]:
    """"La 15412 se pagó", "Pagámos a 15612 por Multibanco", "la 59442 en marzo": in a payment claim or a promise, a bare number that is exactly the running
    number of one of the customer's own invoices (INV-2026-15412) names it; the ERP decides, not the shape of the number."""
    by_tail: dict[str, list[Invoice]] = {}
    for inv in invoices:
        tail = re.search(r"(\d{4,})\D*$", inv.number)
        if tail:
            by_tail.setdefault(tail.group(1), []).append(inv)
    named: list[Invoice] = []
    for m in _BARE_NUMBER.finditer(words):
        found = by_tail.get(m.group(1), [])
        if len(found) == 1 and found[0] not in named:
            named.append(found[0])
    return named


# The rest of what is owed spoken of beside a part: "the other two", "the rest", "die andere", "l'autre", "el resto", "de andere", "o resto"
_THE_OTHERS = re.compile(r"\b(?:the\s+other|the\s+others|the\s+rest|the\s+remainder|the\s+balance|the\s+big(?:ger)?\s+one|the\s+last|remaining|what'?s\s+left|die\s+andere|den\s+rest|der\s+rest"
                         r"|l'autre|les\s+autres|le\s+reste|le\s+solde|la\s+otra|el\s+otro|las\s+otras|los\s+otros|el\s+resto|el\s+saldo|de\s+andere|de\s+rest"
                         r"|het\s+restant|a\s+outra|o\s+outro|as\s+outras|os\s+outros|o\s+resto|o\s+saldo"
                         r"|la\s+grosse|la\s+grande|le\s+gros|die\s+gro(?:ss|ß)e|de\s+grote|el\s+grande|a\s+grande|o\s+grande)\b")


def _nothing_else_promised(words: str, invoice: Invoice, amount: Decimal, sent_on: date) -> bool:
    """The reply speaks of nothing owed but the one invoice it pays: no rest or other invoice ("the other two", "la
    grosse"), no other figure ("8,120 after our closing"), no second day ("… and the big one on the 31st")."""
    from agent.dates import find_dates
    from core.text.amounts import bare_figures

    if _THE_OTHERS.search(fold(words)):
        return False
    number = Decimal(re.findall(r"\d+", invoice.number)[-1])
    if any(x not in (amount, number) for x in bare_figures(words)):
        return False
    return len({f.future for f in find_dates(words, sent_on, None) if f.future is not None}) <= 1


def customer_words(subject: str, visible_text: str, attachments_text: str, our_last_message: str) -> str:
    """What the customer wrote themselves: not a subject inherited with "Re:", and not the lines of
    our own message that a reply quoted without marking them as a quote."""
    ours = {" ".join(line.split()).lower() for line in our_last_message.splitlines() if len(line.strip()) >= 12}
    own_lines = [line for line in visible_text.splitlines() if " ".join(line.split()).lower() not in ours]
    own_subject = "" if is_a_reply_subject(subject) else subject
    return "\n".join([own_subject, *own_lines, attachments_text])


def invoices_of_the_paid_claim(invoices: list[Invoice], words: str) -> list[Invoice]:
    """Of the invoices a reply names, those named in a sentence that says they are paid, when the reply also
    speaks of others (a resend, a promise, a dispute): the claim is about its own invoices, not every one."""
    from agent.models.rules import cue_found

    if len(invoices) < 2 or not words:
        return []
    paid: list[Invoice] = []
    for sentence in sentences(words):
        if not cue_found("paid", sentence) or cue_found("promise", sentence):
            continue
        key = reference_key(sentence)
        paid += [i for i in invoices if reference_key(i.number) in key and i not in paid]
    return paid if 0 < len(paid) < len(invoices) else []


def _allocated_to_others(payment: Payment, invoices: list[Invoice]) -> bool:
    """A payment the ERP applied to other invoices does not pay these."""
    return bool(payment.applied_to) and not {i.number for i in invoices} & set(payment.applied_to)


def _currency_of(invoices: list[Invoice]) -> str | None:
    currencies = {i.currency for i in invoices}
    return currencies.pop() if len(currencies) == 1 else None


def look_up(erp: Erp, customer: Customer, classification: Classification, sent_on: date, our_last_message: str = "",
            own_words: str | None = None) -> LookupResult:
    """The ERP records one reply is about. Invoice numbers count only when the customer's own
    words (`own_words`, see `customer_words`) name them; payments only when their allocation and
    currency fit the invoices meant."""
    facts = classification.facts
    result = LookupResult(open_invoices=erp.open_invoices(customer.id))
    result.reminded_invoices = [i for i in result.open_invoices if i.number in our_last_message]
    result.evidence.append(Evidence(kind="erp.customer", ref=customer.id, detail=customer.model_dump(mode="json")))
    own = erp.invoices(customer.id)
    said = reference_key(own_words) if own_words is not None else None
    for number in facts.invoice_numbers:
        if said is not None and reference_key(number) not in said:
            continue  # only in quoted history: our words, not the customer's
        inv = erp.invoice(number) or _by_short_number(own, number)
        if inv is not None and inv.customer_id == customer.id:
            if inv.number not in {i.number for i in result.mentioned_invoices}:
                result.mentioned_invoices.append(inv)
        else:
            result.foreign_invoices.append(number)
    paid_claim = classification.intent == "already_paid" or "already_paid" in classification.secondary_intents
    # a claim is checked against the invoices it names; a promise that names one invoice in full covers the others it
    # names by number ("la factura 59441 el viernes y la 59442 en marzo"); one naming none by name covers the account
    if own_words and (paid_claim or classification.intent == "promise_to_pay" and result.mentioned_invoices):
        for inv in _named_by_bare_number(own, own_words):
            if inv.customer_id == customer.id and inv.number not in {i.number for i in result.mentioned_invoices}:
                result.mentioned_invoices.append(inv)
    if own_words and classification.intent == "promise_to_pay" and not result.mentioned_invoices and facts.promise_amount is not None:
        # "Paying the $1,875 on 67062 Friday": an amount equal to the balance of the one invoice its running number names
        # is that invoice, whole (LABELING, field67); what the reply says of the others is not this promise
        # ("£612 (51031) today, the other two on Friday", "845 voor 51612; 51611 volgt in week 50": the others are still to
        # come, so the part is a part and a person reads it)
        numbered = [i for i in _named_by_bare_number(own, own_words) if i.customer_id == customer.id]
        if len(numbered) == 1 and numbered[0].balance == facts.promise_amount and _nothing_else_promised(own_words, numbered[0], facts.promise_amount, sent_on):
            result.mentioned_invoices = numbered
    for inv in result.target_invoices:
        result.evidence.append(_invoice_evidence(inv))
    if paid_claim:
        result.paid_invoices = invoices_of_the_paid_claim(result.mentioned_invoices, own_words or "")
        meant = result.paid_invoices or result.target_invoices
        claimed = facts.payment_amount or (facts.amounts[0] if facts.amounts else None)
        around = facts.payment_date or sent_on
        payments = erp.find_payment(customer.id, reference=facts.payment_reference, amount=claimed, around=around)
        if not payments and result.paid_balance != claimed:
            # The amount they meant is what they owed on the invoices they name.
            payments = erp.find_payment(customer.id, amount=result.paid_balance, around=around)
        currency = _currency_of(meant)
        fitting = [p for p in payments if not _allocated_to_others(p, meant) and (currency is None or p.currency == currency)]
        for p in payments:
            if p not in fitting:
                result.evidence.append(Evidence(kind="erp.payment.not_matching", ref=p.id, detail={
                    **p.model_dump(mode="json"), "why": "applied to other invoices" if _allocated_to_others(p, meant) else f"in {p.currency}, not {currency}"}))
        result.matched_payments = fitting
        result.evidence.extend(_payment_evidence(p) for p in fitting)
        if not fitting:
            result.unidentified_payments = _unidentified_matches(erp, facts.payment_reference, claimed or result.paid_balance, around, currency)
            result.evidence.extend(_payment_evidence(p) for p in result.unidentified_payments)
    return result


def _unidentified_matches(erp: Erp, reference: str | None, amount: Decimal | None, around: date, currency: str | None, window_days: int = 14) -> list[Payment]:
    """Cash no customer has been found for, that this claim may explain (a person applies it)."""
    lo, hi = around - timedelta(days=window_days), around + timedelta(days=window_days)
    out = []
    for p in erp.unidentified_payments(start=lo, end=hi):
        by_ref = bool(reference) and reference_key(reference or "") in reference_key(p.reference)
        by_amount = amount is not None and p.amount == amount and (currency is None or p.currency == currency)
        if by_ref or by_amount:
            out.append(p)
    return out
