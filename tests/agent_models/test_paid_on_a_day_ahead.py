"""A payment word beside a day still ahead is a promise, not a claim (issue 14, after field35/field36's one
measurement; every sentence written here in other words): "it gets paid on 18th December", "op 17 december is alles
betaald", "wird am 9.12. bezahlt". A day gone by anywhere in the reply, or "already", keeps it a claim
(evals/LABELING.md). A payment noun and its participle with the verb left out ("transferencia realizada el lunes",
"virement effectué le 27") is a claim."""

from __future__ import annotations

import pytest

from agent.models.offline import OfflineModel
from core.contracts import ClassifyInput, Intent


@pytest.fixture(scope="module")
def model() -> OfflineModel:
    return OfflineModel()


def _read(model: OfflineModel, text: str, language: str) -> Intent:
    item = ClassifyInput(subject="RE: Payment reminder", text=text, sent_at="2026-12-01T10:00:00+01:00", customer_language=language)
    return model.classify(item).intent


@pytest.mark.parametrize("text,language", [
    ("Hello, I know the invoice is from September; it gets paid on 18th December and not a day earlier.", "en"),
    ("It's paid on 18th December, no sooner.", "en"),
    ("Op 17 december is alles betaald, beloofd.", "nl"),
    ("Die Rechnung wird am 9.12. bezahlt.", "de"),
    # a span ahead, bounded by "by", that the payment word follows (field45's lesson, in other words)
    ("Bis Ende des Monats ist alles bezahlt, versprochen.", "de"),
    ("Tegen het einde van deze maand is alles betaald.", "nl"),
])
def test_paid_on_a_day_ahead_is_a_promise(model, text, language):
    assert _read(model, text, language) is Intent.promise_to_pay


@pytest.mark.parametrize("text,language", [
    ("Paid on 20 November, please check your bank.", "en"),
    ("Paid 30/11, value date 2/12 at your bank.", "en"),
    ("Already paid, it reaches you on 3 December.", "en"),
    ("We paid by the end of the month as we always do, see the remittance.", "en"),
])
def test_a_day_gone_by_or_already_keeps_the_claim(model, text, language):
    assert _read(model, text, language) is Intent.already_paid


@pytest.mark.parametrize("text,language", [
    ("Transferencia realizada el lunes, concepto FAC-1188.", "es"),
    ("Transferência feita dia 27/11, ref. AB-2711.", "pt"),
    ("Virement effectué le 27 novembre, communication structurée +++112/2233/44556+++.", "fr"),
])
def test_a_payment_noun_and_its_participle_is_a_claim(model, text, language):
    assert _read(model, text, language) is Intent.already_paid


@pytest.mark.parametrize("text,language", [
    ("We transferred 3 300 EUR on 27.11 for invoice 118, but the bank kept its fee so you may see only 3 280. Please confirm.", "en"),
    ("Se transfirió el 27 de noviembre el importe de USD 5.400; el banco intermediario descontó sus comisiones.", "es"),
])
def test_a_payment_told_of_with_the_banks_charges_taken_is_a_claim_not_a_dispute(model, text, language):
    assert _read(model, text, language) is Intent.already_paid


def test_the_same_participle_after_a_future_is_a_promise(model):
    assert _read(model, "La transferencia será realizada el lunes 7.", "es") is Intent.promise_to_pay


@pytest.mark.parametrize("text,conditional", [
    ("Pagaremos cuando nos paguen los clientes de noviembre.", True),  # someone else pays first, no day of its own
    ("Beide facturen worden op 17-12 voldaan, zodra onze bank de aankoop heeft gedaan.", True),
    ("We pay when our client pays us.", True),
    ("We pay on 3/12 when our fees come in.", False),  # a date with its reason (LABELING)
])
def test_a_promise_that_waits_for_someone_else_is_conditional(text, conditional):
    from agent.extract import is_conditional

    assert is_conditional(text) is conditional


@pytest.mark.parametrize("text,left", [
    ("93702 Friday, 93701 when the retention's released. Shane", True),
    ("A 93762 pagamos na quinta-feira; a 93761 só depois de resolvida a questão dos geradores.", True),
    ("We can do the 300 on Monday; the bigger invoice is with our chairman for approval.", True),
    ("Sent the 1,200 this morning. The small one's still to come, sorry.", True),
    ("Paid 118 yesterday. The bigger one's with the board.", True),
    ("We pay 1001 on Friday, 1002 on the 15th.", False),
    ("Paid 4,500 on Friday, 2,000 after that on Monday.", False),  # a thousands separator is no second invoice
])
def test_a_second_invoice_left_for_later_is_seen(text, left):
    from core.text.folding import fold
    from core.text.remainders import rest_left_for_later

    assert (rest_left_for_later(fold(text)) is not None) is left


@pytest.mark.parametrize("text,language", [
    ("Is it possible for us to pay with a credit card? We'd cover the fee.", "en"),
    ("Est-ce qu'on peut vous régler par carte de crédit? Ce serait plus simple pour nous.", "fr"),
    ("Können wir künftig per SEPA-Lastschrift zahlen? Das wäre einfacher.", "de"),
])
def test_a_question_about_a_way_to_pay_is_for_a_person_to_answer(model, text, language):
    """Field46 … field48 each had these read as plan requests or disputes; a person answers them (LABELING: other)."""
    assert _read(model, text, language) is Intent.other
