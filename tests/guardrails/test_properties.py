"""Properties: a draft with one fact changed always fails; no input makes a check raise."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from core.contracts import Draft
from core.message import Attachment, ParsedEmail
from evals.adversarial.metrics import fmt_amount, fmt_date
from guardrails.facts import CustomerFacts
from guardrails.inbound import run_inbound_checks
from guardrails.outbound import run_outbound_checks
from tests.guardrails.world import context, erp_and_customer

ERP, CUSTOMER = erp_and_customer()
FACTS = CustomerFacts.build(CUSTOMER, ERP.invoices(CUSTOMER.id), ERP.payments(CUSTOMER.id), as_of=date(2024, 3, 15))
LANGS = ["en", "de", "fr", "es", "nl", "pt"]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def draft_with(amount: Decimal, due: date, invoice: str, lang: str, to: str = "anna.berg@acme-tools.example") -> Draft:
    body = f"Invoice {invoice}: {fmt_amount(amount, lang)}, due {fmt_date(due, lang)}.\n\nKind regards\nAccounts Receivable"
    return Draft(to=[to], subject=f"Invoice {invoice}", body=body, language="en")


def blocked(draft: Draft) -> set[str]:
    return {r.check for r in run_outbound_checks(draft, context(CUSTOMER), ERP) if not r.passed and not r.overridable}


def test_the_unmutated_draft_passes_in_every_language_format() -> None:
    for lang in LANGS:
        assert blocked(draft_with(Decimal("1240.00"), date(2024, 2, 9), "INV-2024-1001", lang)) == set(), lang


@FAST
@given(delta=st.decimals(min_value=Decimal("-1239.99"), max_value=Decimal("99999"), places=2), lang=st.sampled_from(LANGS))
def test_a_mutated_amount_always_fails(delta: Decimal, lang: str) -> None:
    amount = Decimal("1240.00") + delta
    assume(delta != 0 and amount.quantize(Decimal("0.01")) not in FACTS.amounts)
    assert "outbound.facts" in blocked(draft_with(amount, date(2024, 2, 9), "INV-2024-1001", lang))


@FAST
@given(days=st.integers(min_value=-2000, max_value=2000), lang=st.sampled_from(LANGS))
def test_a_mutated_date_always_fails(days: int, lang: str) -> None:
    due = date(2024, 2, 9) + timedelta(days=days)
    assume(due not in FACTS.dates and due != date(2024, 3, 15))
    if lang == "pt":  # dd/mm/yyyy is also read month-first; the swapped reading must not be a real date either
        assume(not (due.day <= 12 and date(due.year, due.day, due.month) in FACTS.dates | {date(2024, 3, 15)}))
    assert "outbound.facts" in blocked(draft_with(Decimal("1240.00"), due, "INV-2024-1001", lang))


@FAST
@given(number=st.from_regex(r"INV-20[0-9]{2}-[0-9]{3,5}", fullmatch=True) | st.from_regex(r"[A-Z]{2,4}-?[0-9]{4,8}", fullmatch=True))
def test_a_mutated_invoice_number_always_fails(number: str) -> None:
    assume(number not in {"INV-2024-1001", "INV-2024-1002"} and number.replace("-", "") not in FACTS.refs)
    assert "outbound.facts" in blocked(draft_with(Decimal("1240.00"), date(2024, 2, 9), number, "en"))


@FAST
@given(local=st.from_regex(r"[a-z][a-z0-9.]{0,15}", fullmatch=True),
       domain=st.sampled_from(["acme-tools.example.evil", "acme-tooIs.example", "gmail.com", "beta-logistics.example", "acme-tools.test", "acme-tools.example"]))
def test_a_mutated_recipient_always_fails(local: str, domain: str) -> None:
    to = f"{local}@{domain}"
    assume(to.lower() not in CUSTOMER.contact_emails())
    assert "outbound.recipients" in blocked(draft_with(Decimal("1240.00"), date(2024, 2, 9), "INV-2024-1001", "en", to=to))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=st.text(max_size=200), text=st.text(max_size=800), html=st.none() | st.text(max_size=400),
       sender=st.text(max_size=60), name=st.text(max_size=60), att=st.none() | st.text(max_size=300),
       headers=st.dictionaries(st.text(min_size=1, max_size=30), st.text(max_size=100), max_size=3),
       with_customer=st.booleans())
def test_no_generated_email_makes_an_inbound_check_raise(subject, text, html, sender, name, att, headers, with_customer) -> None:  # noqa: ANN001
    email = ParsedEmail(message_id="<x>", from_addr=sender, from_name=name, subject=subject, text=text, visible_text=text[:400],
                        html=html, attachments=[Attachment(filename="a.pdf", text=att)] if att is not None else [], headers=headers,
                        reply_to=[sender + "x"])
    results = run_inbound_checks(email, CUSTOMER if with_customer else None, ERP)
    assert results and all(isinstance(r.passed, bool) for r in results)
    assert not any(r.reason.startswith("check could not run") for r in results)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=st.text(max_size=200), body=st.text(max_size=1500), to=st.lists(st.text(max_size=40), max_size=3),
       attachments=st.lists(st.text(max_size=20), max_size=2), lang=st.text(max_size=5))
def test_no_generated_draft_makes_an_outbound_check_raise(subject, body, to, attachments, lang) -> None:  # noqa: ANN001
    draft = Draft(to=to, subject=subject, body=body, attachments=attachments, language=lang)
    results = run_outbound_checks(draft, context(CUSTOMER), ERP)
    assert results and all(isinstance(r.passed, bool) for r in results)
    assert not any(r.reason.startswith("check could not run") for r in results)
