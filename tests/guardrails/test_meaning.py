"""The outbound checks read what a sentence means, however it is written: the collector sees which check
stopped the draft. Properties over many spellings (hypothesis), then the look-alikes that must pass."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from num2words import num2words
from stdnum import iban as stdnum_iban

from agent.drafting import _date, _money
from guardrails.api import check_outbound
from guardrails.bank_ids import bank_mentions
from guardrails.links import destinations
from guardrails.spoken_dates import spoken_dates
from tests.guardrails.world import NOW, context, erp_and_customer, good_draft

LANGS = ("en", "de", "fr", "es", "nl", "pt")
ERP_AMOUNTS = {Decimal("1240.00"), Decimal("860.50"), Decimal("360.50"), Decimal("500.00"), Decimal("1600.50")}
CURRENCY_WORD = {"en": "euros", "de": "Euro", "fr": "euros", "es": "euros", "nl": "euro", "pt": "euros"}
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def failed(body_addition: str, **ctx) -> dict[str, str]:  # noqa: ANN003
    erp, customer = erp_and_customer()
    draft = good_draft(body=good_draft().body.replace("Kind regards", body_addition + "\n\nKind regards"))
    return {r.check: r.reason for r in check_outbound(draft, context(customer, **ctx), erp) if not r.passed}


@FAST
@given(n=st.integers(min_value=11, max_value=99_999), lang=st.sampled_from(LANGS))
@example(n=950, lang="de")
def test_an_amount_in_words_that_the_erp_does_not_back_stops_the_draft(n: int, lang: str) -> None:
    if Decimal(n) in ERP_AMOUNTS:
        return
    problems = failed(f"{num2words(n, lang=lang)} {CURRENCY_WORD[lang]}")
    assert "outbound.facts" in problems


@FAST
@given(amount=st.sampled_from(sorted(ERP_AMOUNTS)), lang=st.sampled_from(LANGS))
def test_the_erps_own_amount_in_any_languages_format_passes(amount: Decimal, lang: str) -> None:
    assert "outbound.facts" not in failed(f"INV-2024-1001: {_money(amount, 'EUR', lang)}.")


@FAST
@given(pct=st.integers(min_value=1, max_value=99), spelling=st.sampled_from(["{n}%", "{n} %", "{n} percent", "{n} Prozent", "{n} pour cent", "{n} por ciento", "{n} procent", "{n} por cento"]))
def test_any_percentage_stops_the_draft(pct: int, spelling: str) -> None:
    assert "percentage" in failed(spelling.format(n=pct)).get("outbound.facts", "")


@FAST
@given(country=st.sampled_from(["DE", "GB", "FR", "ES", "NL", "PT", "BE", "AT", "IT", "CH", "PL", "IE"]), digits=st.text("0123456789", min_size=18, max_size=18), spaced=st.booleans())
def test_any_iban_stops_the_draft_unless_it_is_our_own(country: str, digits: str, spaced: bool) -> None:
    bban = digits[: {"DE": 18, "GB": 18, "FR": 18, "ES": 18, "NL": 14, "PT": 18, "BE": 12, "AT": 16, "IT": 18, "CH": 17, "PL": 18, "IE": 18}[country]]
    check = stdnum_iban.calc_check_digits(country + "00" + bban)
    value = f"{country}{check}{bban}"
    shown = " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if spaced else value
    assert "outbound.bank_details" in failed(f"Please transfer the amount to {shown}.")
    assert "outbound.bank_details" not in failed(f"Please transfer the amount to {shown}.", own_bank_accounts=[value])


@FAST
@given(name=st.from_regex(r"[a-z]{3,10}(-[a-z]{2,6})?", fullmatch=True), tld=st.sampled_from(["com", "net", "io", "de", "fr", "es", "nl", "pt", "co.uk"]),
       form=st.sampled_from(["{d}", "https://{d}/pay", "hxxps://{d}/pay", "{h} dot {t}", "{h}[.]{t}", "{h} (dot) {t}", "www.{d}", "pay [at] {d}", "pay (at) {h} dot {t}", "pay@{d}"]))
def test_any_foreign_address_or_link_stops_the_draft_however_written(name: str, tld: str, form: str) -> None:
    domain = f"{name}.{tld}"
    text = form.format(d=domain, h=name, t=tld)
    assert "outbound.links" in failed(f"Details: {text}"), text


@pytest.mark.parametrize("text", ["www.northwind-supplies.example/invoices", "ar@northwind-supplies.example", "anna.berg@acme-tools.example"])
def test_our_own_domain_and_the_customers_contacts_pass(text: str) -> None:
    assert "outbound.links" not in failed(f"Details: {text}")


@pytest.mark.parametrize("text", [
    "e.g. the copy of the invoice, i.e. the PDF", "z.B. die Rechnung, d.h. die Kopie", "Acme Tools GmbH & Co. KG", "the attached file invoice.pdf",
    "Mr. Smith. It is fine. De nada.", "S.A. and S.L. and B.V.", "Total 1.200,00 EUR.",
])
def test_abbreviations_and_file_names_are_no_links(text: str) -> None:
    assert destinations(text) == []


@FAST
@given(weekday=st.sampled_from(["Friday", "Freitag", "vendredi", "viernes", "vrijdag", "sexta-feira", "Monday", "Montag", "lundi", "lunes", "maandag", "segunda-feira"]),
       lead=st.sampled_from(["by", "bis", "d'ici", "hasta el", "tot", "até"]))
def test_a_weekday_is_a_date_that_must_be_allowed(weekday: str, lead: str) -> None:
    found = spoken_dates(f"{lead} {weekday}", NOW.date())
    assert found and found[0].dates
    assert "outbound.facts" in failed(f"Please pay {lead} {weekday}.")
    assert "outbound.facts" not in failed(f"Please pay {lead} {weekday}.", allowed_dates=sorted(found[0].dates))


@pytest.mark.parametrize("text", ["Good morning and have a nice day.", "Guten Morgen, schönes Wochenende!", "Goedemorgen en fijn weekend.",
                                  "Buenos días, que tenga un buen fin de semana.", "Bom dia e bom fim de semana.", "Bonne journée et bon week-end.",
                                  "May I thank you for your patience.", "We will hold further reminders for a few days while we check."])
def test_greetings_and_the_policys_own_wording_are_no_dates(text: str) -> None:
    assert "outbound.facts" not in failed(text)


def test_the_reminders_payment_window_is_allowed_and_no_other() -> None:
    assert "outbound.facts" not in failed("Please pay within 7 days.")
    assert "outbound.facts" in failed("Please pay within 30 days.")


@pytest.mark.parametrize("text,kind", [
    ("Sort code 20-32-06, account 53840017.", "a UK sort code"), ("Routing 026009593, account 4410235567.", "a US routing number"),
    ("CLABE 032180000118359719", "a Mexican CLABE"), ("BIC: COBADEFFXXX", "a BIC/SWIFT code"), ("Kontonummer 0532013000", "a bank account number"),
])
def test_every_kind_of_bank_identifier_is_named(text: str, kind: str) -> None:
    assert kind in {b.kind for b in bank_mentions(text)}


def test_invoice_numbers_and_dates_are_no_bank_details() -> None:
    assert bank_mentions("INV-2024-1001, PO-778812, due 2024-03-02, EUR 1,240.00, RECHNUNG") == []


def test_due_dates_in_every_languages_format_pass() -> None:
    for lang in LANGS:
        assert "outbound.facts" not in failed(f"INV-2024-1001: {_date(date(2024, 2, 9), lang)}."), lang
