"""Facts read from replies: invoice numbers, amounts, references, reasons, PO numbers, conditions, language."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.extract import (
    extract_facts,
    find_amounts,
    find_dispute_reason,
    find_installments,
    find_invoice_numbers,
    find_new_po_number,
    find_payment_reference,
    is_conditional,
    parse_amount,
)
from core.contracts import ClassifyInput, Intent
from core.text.language import detect_language

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999.99"), places=2)


def en_style(value: Decimal) -> str:
    return f"{value:,.2f}"


def eu_style(value: Decimal, thousands: str = ".") -> str:
    return f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", thousands)


@settings(max_examples=200)
@given(value=amounts)
def test_amounts_round_trip_in_english_and_european_formats(value):
    assert parse_amount(en_style(value)) == value
    assert parse_amount(eu_style(value)) == value
    assert parse_amount(eu_style(value, " ")) == value
    assert parse_amount(eu_style(value, "\u00a0")) == value


@settings(max_examples=100)
@given(value=amounts, currency=st.sampled_from(["EUR", "USD", "€", "$", "GBP"]), before=st.booleans())
def test_amounts_with_a_currency_are_found_in_a_sentence(value, currency, before):
    written = f"{currency} {en_style(value)}" if before else f"{eu_style(value)} {currency}"
    found = find_amounts(f"We will transfer {written} on Friday.")
    assert found and found[0][0] == value


@settings(max_examples=200)
@given(year=st.integers(2020, 2030), number=st.integers(100, 99999999), noise=st.sampled_from(["", "Re: ", "(", "#"]))
def test_invoice_numbers_are_found_wherever_they_sit(year, number, noise):
    inv = f"INV-{year}-{number}"
    assert find_invoice_numbers(f"{noise}{inv}, please check") == [inv]
    assert find_invoice_numbers(f"About {inv.lower()} and again {inv}") == [inv]


@pytest.mark.parametrize("text,expected", [
    ("invoice 10432 is paid", ["10432"]),
    ("Rechnung Nr. 55512", ["55512"]),
    ("facture n° 77781", ["77781"]),
    ("RE-12345 und RE-12346", ["RE-12345", "RE-12346"]),
    ("INV-2026-10432 and INV-2026-10433", ["INV-2026-10432", "INV-2026-10433"]),
])
def test_invoice_number_styles(text, expected):
    assert find_invoice_numbers(text) == expected


def test_amount_edge_cases():
    assert parse_amount("1.500") == Decimal("1500.00")  # a dot before three digits separates thousands
    assert parse_amount("12,5") == Decimal("12.50")
    assert parse_amount("1.2.3") is None


@pytest.mark.parametrize("text,expected", [
    ("Paid yesterday, ref TRF-55821", "TRF-55821"),
    ("Referenz: SEPA-123456789", "SEPA-123456789"),
    ("référence du virement : VIR2026ABC9", "VIR2026ABC9"),
    ("RF12 3456 7890 12", "RF12 3456 7890 12"),
    ("no reference here", None),
])
def test_payment_references(text, expected):
    assert find_payment_reference(text) == expected


@pytest.mark.parametrize("text,reason", [
    ("We were billed twice for the same order", "duplicate_billing"),
    ("Wir haben nur 40 von 50 Kartons erhalten, die Lieferung war unvollständig", "short_shipment"),
    ("La marchandise est arrivée endommagée", "damaged"),
    ("El precio no corresponde al presupuesto", "pricing"),
    ("Het btw-tarief klopt niet, het BTW moet 9% zijn", "tax"),
    ("Nunca recebemos a encomenda, não recebemos nada", "not_received"),
])
def test_dispute_reasons_in_six_languages(text, reason):
    assert find_dispute_reason(text) == reason


def test_new_po_number_is_the_one_asked_for():
    assert find_new_po_number("Please replace PO-123456 with our new PO number PO-778812") == "PO-778812"
    assert find_new_po_number("Bitte Bestellnummer 4500123456 angeben") == "4500123456"


def test_installments_and_conditions():
    assert find_installments("Could we pay in three monthly instalments?") == 3
    assert find_installments("¿Podemos pagar en 4 cuotas?") == 4
    assert is_conditional("We will pay once we receive the credit note")
    assert is_conditional("Wir zahlen, sobald die Gutschrift vorliegt")
    assert is_conditional("Nous paierons si vous nous envoyez l'avoir")
    assert not is_conditional("We will pay on Friday")


@pytest.mark.parametrize("text,lang", [
    ("Hi, we will pay the invoice on Friday. Thanks", "en"),
    ("Guten Tag, wir zahlen die Rechnung am Freitag. MfG", "de"),
    ("Bonjour, nous paierons la facture vendredi. Cordialement", "fr"),
    ("Hola, pagaremos la factura el viernes. Saludos", "es"),
    ("Goedemiddag, wij betalen de factuur vrijdag. Met vriendelijke groet", "nl"),
    ("Olá, vamos pagar a fatura na sexta-feira. Obrigado", "pt"),
])
def test_language_of_the_reply(text, lang):
    assert detect_language(text) == lang


def test_facts_of_a_promise_carry_date_amount_and_invoices():
    item = ClassifyInput(subject="Re: INV-2026-10432", text="We will pay EUR 1.234,56 for INV-2026-10432 next Friday.",
                         sent_at="2026-03-04T10:00:00+01:00")
    facts = extract_facts(item, Intent.promise_to_pay)
    assert facts.promise_date.isoformat() == "2026-03-13"
    assert facts.promise_amount == Decimal("1234.56")
    assert facts.invoice_numbers == ["INV-2026-10432"]
    assert facts.language == "en" and not facts.promise_conditional


@pytest.mark.parametrize("text, conditional", [
    ("La factura ya está aprobada y se pagará el día 15.", False),  # passive "se", not "if"
    ("Se efetuará o pagamento na segunda-feira.", False),
    ("O lote de pagamentos sai em duas semanas.\n\nRita Sousa\n\nEsta mensagem é confidencial. Se a recebeu por engano, "
     "por favor informe o remetente e apague-a.", False),  # the disclaimer's "se" is not the customer's condition
    ("Se recebermos a nota de crédito, pagamos na sexta.", True),
    ("Pagamos na sexta se a nota de crédito chegar.", True),
    ("Pagaremos el viernes si recibimos el abono.", True),
])
def test_a_condition_is_the_customers_own_if_not_a_passive_or_a_disclaimer(text, conditional):
    assert is_conditional(text) is conditional
