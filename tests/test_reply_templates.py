"""Every reply template exists in every supported language, renders from ERP data and keeps the English facts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.drafting import _ENV, SUPPORTED_LANGUAGES, TEMPLATE_VERSION
from core.records import Contact, Customer, Invoice, Payment
from core.text.language import confident_language as detect
from guardrails.content import forbidden_promises
from guardrails.facts import CustomerFacts, unsupported_facts
from prompts import PROMPTS_DIR

TEMPLATE_DIR = PROMPTS_DIR / "replies" / TEMPLATE_VERSION
TEMPLATES = sorted(p.name.removesuffix(".en.j2") for p in TEMPLATE_DIR.glob("*.en.j2") if not p.name.startswith("_"))
TRANSLATIONS = [lang for lang in SUPPORTED_LANGUAGES if lang != "en"]

CUSTOMER = Customer(id="C-0042", name="Brightwater Logistics", domain="brightwater.example",
                    contacts=[Contact(email="anna@brightwater.example", name="Anna Berg")])
INVOICES = [
    Invoice(number="INV-2026-0117", customer_id="C-0042", issue_date=date(2026, 1, 15), due_date=date(2026, 2, 14),
            amount=Decimal("12480.50"), balance=Decimal("12480.50"), po_number="PO-77812"),
    Invoice(number="INV-2026-0162", customer_id="C-0042", issue_date=date(2026, 2, 2), due_date=date(2026, 3, 4),
            amount=Decimal("990.00"), balance=Decimal("640.25")),
]
PAYMENT = Payment(id="PAY-9031", customer_id="C-0042", date=date(2026, 3, 2), amount=Decimal("12480.50"), reference="RF18539007547034")
PROMISE = date(2026, 3, 20)


def render(template: str, lang: str, name: str = "Anna") -> str:
    return _ENV.get_template(f"{template}.{lang}.j2").render(
        name=name,
        customer=CUSTOMER,
        invoices=INVOICES,
        total=sum((i.balance for i in INVOICES), Decimal("0")),
        currency="EUR",
        payment=PAYMENT,
        company="Northwind Supplies GmbH",
        lang=lang,
        promise_date=PROMISE,
        dispute_reason="quantity",
    ).strip() + "\n"


def test_the_english_templates_are_found():
    assert len(TEMPLATES) == 9 and "dispute_ack" in TEMPLATES


@pytest.mark.parametrize("lang", [*TRANSLATIONS, "en"])
def test_each_language_has_every_template_and_its_own_invoice_list(lang):
    assert (TEMPLATE_DIR / f"_invoices.{lang}.j2").is_file()
    for template in TEMPLATES:
        path = TEMPLATE_DIR / f"{template}.{lang}.j2"
        assert path.is_file(), f"{path.name} is missing"
        source = path.read_text()
        assert source.startswith("{# v1: ")
        assert source.splitlines()[0] == (TEMPLATE_DIR / f"{template}.en.j2").read_text().splitlines()[0]
        includes = [x for x in ("_invoices." + lg + ".j2" for lg in SUPPORTED_LANGUAGES) if x in source]
        assert includes in ([], [f"_invoices.{lang}.j2"]), f"{path.name} includes {includes}"


@pytest.mark.parametrize("lang", TRANSLATIONS)
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("name", ["Anna", ""])
def test_translation_renders_with_the_english_facts(template, lang, name):
    english = render(template, "en", name)
    text = render(template, lang, name)
    for leftover in ("{{", "}}", "{%", "%}", "{#", "#}"):
        assert leftover not in text
    assert text != english
    assert text.splitlines()[-1] == "Northwind Supplies GmbH"
    if name:
        assert "Anna" in text.splitlines()[0]
    for inv in INVOICES:
        assert (inv.number in text) == (inv.number in english), f"{inv.number} in {template}.{lang}"
    if PAYMENT.reference in english:
        assert PAYMENT.reference in text


@pytest.mark.parametrize("lang", [*TRANSLATIONS, "en"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_translation_passes_the_outbound_content_checks(template, lang):
    text = render(template, lang)
    assert forbidden_promises(text) == []
    assert detect(text) == lang
    facts = CustomerFacts.build(CUSTOMER, INVOICES, [PAYMENT], extra_dates=[PROMISE])
    raw_refs = [i.number for i in INVOICES] + [i.po_number for i in INVOICES if i.po_number] + [PAYMENT.reference, PAYMENT.id, CUSTOMER.id]
    assert unsupported_facts(text, facts, raw_refs, date(2026, 3, 10)) == []


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_amounts_and_dates_use_the_language_formats(lang):
    text = render("promise_confirm", lang)
    assert _ENV.filters["money"](Decimal("12480.50"), "EUR", lang) in text
    assert _ENV.filters["day"](PROMISE, lang) in text
