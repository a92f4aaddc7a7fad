"""Replies a collector reads past their first line: a "see below" forward is read by what it forwards,
and an insolvency notice or a "is this genuine?" question goes to a person as `other`."""

from __future__ import annotations

import pytest

from agent.extract import extract_facts
from agent.models.features import visible_text
from agent.models.notices import dispute_words_only_about_the_po, dispute_words_only_in_a_condition_of_payment, notice_kind, pays_under_an_existing_arrangement, says_the_person_is_gone
from core.contracts import ClassifyInput, Intent

FORWARD = ("Please see below.\n\nLee\n\n---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@buyer.example>\n"
           "Date: Mon, Nov 16, 2026 at 5:40 PM\nSubject: supplier run\nTo: Lee <lee@buyer.example>\n\n"
           "Lee, the Northwind invoices are approved and go out with Thursday's transfer.\n\nAna")


def _item(text: str, full: str) -> ClassifyInput:
    return ClassifyInput(subject="Fwd: supplier run", text=text, full_text=full, sent_at="2026-11-17T09:00:00+00:00", customer_language="en")


def test_a_see_below_forward_is_read_by_the_message_it_forwards():
    item = _item("Please see below.\n\nLee", FORWARD)
    assert "go out with Thursday's transfer" in visible_text(item)
    assert str(extract_facts(item, Intent.promise_to_pay).promise_date) == "2026-11-19"


def test_a_reply_with_its_own_words_is_not_replaced_by_its_quoted_history():
    own = "We dispute the freight charge on this invoice; please send a corrected copy."
    item = _item(own, own + "\n\n---------- Forwarded message ---------\nFrom: x\nDate: y\n\nwill pay Friday")
    assert "will pay Friday" not in visible_text(item)


@pytest.mark.parametrize("text,kind", [
    ("Please be advised that the company entered administration on 20 November; claims go to the administrators.", "insolvency"),
    ("Über unser Vermögen wurde das Insolvenzverfahren eröffnet.", "insolvency"),
    ("La société est placée en liquidation judiciaire.", "insolvency"),
    ("Hemos presentado concurso de acreedores.", "insolvency"),
    ("Wij zijn failliet verklaard, de curator neemt contact op.", "insolvency"),
    ("A empresa apresentou-se à insolvência.", "insolvency"),
    ("Before we pay: is this reminder genuine? We had a phishing attempt last week.", "authenticity"),
    ("Ist diese Zahlungsaufforderung echt?", "authenticity"),
    ("Ce courriel est-il authentique ?", "authenticity"),
    ("Our vendor onboarding needs your W-9 before the first payment.", "paperwork"),
    ("Bitte senden Sie uns Ihre Freistellungsbescheinigung.", "paperwork"),
    ("Merci de nous transmettre un extrait Kbis.", "paperwork"),
    ("Ohne Ihre UID-Bestätigung können wir die Überweisung leider nicht freigeben.", "paperwork"),
    ("Por favor enviem o vosso NUIT e a declaração fiscal antes do pagamento.", "paperwork"),
    ("Kindly share your tax clearance certificate so finance can release the payment.", "paperwork"),
    ("Le virement part cette nuit.", None),  # "nuit" is night; only the capitals are Mozambique's tax number
    ("Thanks, we will pay on Friday.", None),
])
def test_insolvency_notices_and_authenticity_questions_are_recognised(text, kind):
    assert notice_kind(text) == kind


@pytest.mark.parametrize("text,kind", [
    ("Did you really send this? We have had invoice fraud attempts this month.", "authenticity"),
    ("Before we pay: please confirm this reminder is genuine, the sender address looks odd.", "authenticity"),
    ("Wir hatten Betrugsversuche mit geänderter Bankverbindung – ist diese Mahnung echt?", "authenticity"),
    ("We suspect the invoice total is wrong.", None),
    ("La mercancía llegó con un golpe en la caja.", None),
])
def test_fraud_checks_are_told_from_ordinary_words(text, kind):
    assert notice_kind(text) == kind


@pytest.mark.parametrize("text,existing", [
    ("Instalment 2 of 3 goes out on the 30th as planned.", True),
    ("As agreed with Mark, the next instalment of £500 will be paid on Friday.", True),
    ("Rate 2 von 3 gemäß Ratenvereinbarung geht am 30.11. raus.", True),
    ("Échéance n°2 : 1 200 € le 30/11 comme convenu.", True),
    ("Can we pay the balance in 3 instalments?", False),
    ("Könnten wir eine Ratenzahlung vereinbaren?", False),
])
def test_an_instalment_of_an_agreed_plan_is_told_from_a_request_for_one(text, existing):
    assert pays_under_an_existing_arrangement(text) is existing


def test_a_pointer_in_other_words_still_hands_on_the_forward():
    full = FORWARD.replace("Please see below.", "As per the email below from our treasury.")
    assert "go out with Thursday's transfer" in visible_text(_item("As per the email below from our treasury.\n\nLee", full))


@pytest.mark.parametrize("text", [
    "Peter no longer works here. Please direct invoices to accounts@buyer.example.",
    "Frau Keller ist nicht mehr im Unternehmen, bitte schreiben Sie an buchhaltung@kunde.example.",
    "Ya no trabaja aquí, escriban a pagos@cliente.example.",
    "Dit adres wordt niet meer gelezen, mail naar administratie@klant.example.",
])
def test_a_contact_who_is_gone_is_told_apart_from_a_billing_change(text):
    assert says_the_person_is_gone(text)


@pytest.mark.parametrize("text", [
    "From next month please send invoices to payables@buyer.example instead.",
    "Bitte die Bestellnummer 4500123 auf der Rechnung ergänzen.",
    "We no longer need the paper copy, PDF is fine.",
])
def test_a_billing_change_alone_does_not_say_anyone_is_gone(text):
    assert not says_the_person_is_gone(text)


@pytest.mark.parametrize("text, about_the_po", [
    ("The PO number on INV-2026-1001 is incorrect, the right one is 4500123456.", True),
    ("INV-2026-1001 belongs under PO 2026-3474, please correct it.", True),
    ("Die Rechnung ist an die falsche Gesellschaft adressiert, bitte auf die Muster GmbH (Bestellnummer 4711) ausstellen.", True),
    ("The price on PO 4500123 is incorrect, we agreed 3.80 per unit.", False),  # a price dispute that names the PO
    ("We never received the goods. Please add PO 4500123 to the invoice.", False),
])
def test_dispute_words_that_only_describe_the_po_ask_for_a_po_change(text, about_the_po):
    assert dispute_words_only_about_the_po(text) is about_the_po


@pytest.mark.parametrize("text, condition", [
    ("Once we receive the corrected credit note we'll pay INV-2026-1001 by the 1st.", True),
    ("Sobald die Gutschrift für die Retoure vorliegt, zahlen wir zum Monatsende.", True),
    ("Dès réception de l'avoir, nous paierons le 10.", True),
    ("We won't pay until we get the credit note.", False),  # a refusal: a dispute
    ("No pagaremos hasta recibir el abono.", False),
    ("Once we receive the credit note we'll pay. The price on INV-2 is wrong.", False),  # a second, real dispute
])
def test_a_credit_note_that_is_only_the_condition_of_a_payment(text, condition):
    assert dispute_words_only_in_a_condition_of_payment(text) is condition
