"""Readings written after field57 and field58 were measured once (issue 14). Each reply is my own; what a collector
reads in it is what LABELING.md says. Written on Wednesday 3 March 2027 (tests/agent_models/march_reply.py).

- a reply that only acknowledges ("ok", "👍", "Beleza.") is `other`, with nothing to answer;
- a payment the customer made twice or to the wrong invoice by mistake is `already_paid`, not a dispute;
- "already paid" read from a reply that claims nothing sent and names only days ahead ("Transfer: 12/03") is a promise;
- a count ahead before the participle ("in two weeks paid") is a promise; "it will show under our parent's name" is
  how a payment made will look, not a payment to come; "Paid? Not yet." echoes our question;
- a contact no longer responsible for invoices, in new words, is `wrong_contact`;
- a copy asked for because the file would not open is `invoice_resend`, whatever e-invoicing word it names;
- a colleague away who will pay on a named day is a promise with that day.
"""

from __future__ import annotations

import pytest

from agent.models.tense import payment_tenses
from core.contracts import Intent
from tests.agent_models.march_reply import read_reply


@pytest.mark.parametrize(("text", "lang"), [
    ("ok", "en"), ("👍", "en"), ("Noted, thanks!", "en"), ("Alles klar.", "de"), ("Bien reçu 🙏", "fr"),
    ("Vale, gracias.", "es"), ("Oké", "nl"), ("Beleza!", "pt"),
])
def test_a_reply_that_only_acknowledges_is_other(model, text, lang):
    got = read_reply(model, text, lang)
    assert got.intent is Intent.other and got.decided_by == "rules:acknowledgement"


@pytest.mark.parametrize(("text", "lang"), [("ok, Friday", "en"), ("ok, who handles our account now?", "en"), ("Danke, zahlen am 12.", "de")])
def test_an_acknowledgement_that_says_more_is_read_for_the_rest(model, text, lang):
    assert read_reply(model, text, lang).decided_by != "rules:acknowledgement"


@pytest.mark.parametrize(("text", "lang"), [
    ("We accidentally paid 3310 twice last month, please check before chasing.", "en"),
    ("Wir haben die 4410 versehentlich doppelt überwiesen, bitte verrechnen Sie das.", "de"),
    ("Nous avons payé deux fois la facture 5520 par erreur en février.", "fr"),
    ("Per abuis hebben we 6630 betaald in plaats van 6631. Graag verrekenen.", "nl"),
])
def test_a_payment_doubled_by_the_customer_is_already_paid(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.already_paid


@pytest.mark.parametrize(("text", "lang"), [
    ("You invoiced us twice for the same delivery, 3310 and 3311 are identical.", "en"),
    ("Sie haben uns die Lieferung doppelt berechnet.", "de"),
])
def test_a_bill_of_ours_doubled_stays_a_dispute(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.dispute


@pytest.mark.parametrize(("text", "lang"), [
    ("Transfer: 12/03", "en"),
    ("Transferencia el 15/03.", "es"),
    ("Payment schedule:\nINV-2027-1101\t1,200.00\t19-Mar-2027\nINV-2027-1102\t640.00\t19-Mar-2027", "en"),
])
def test_no_claim_and_only_days_ahead_is_a_promise(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.promise_to_pay


@pytest.mark.parametrize(("text", "lang"), [("Over drie weken betaald.", "nl"), ("In zwei Wochen bezahlt.", "de")])
def test_a_count_ahead_before_the_participle_is_a_promise(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.promise_to_pay


@pytest.mark.parametrize("text", [
    "Our holding company wired the 4,200 on Monday. It will show under their name.",
    "La casa matriz pagó ayer la factura. Saldrá a nombre de Inversiones Soto.",
    "Paguei ontem da minha conta pessoal, vai aparecer no nome da minha mulher.",
])
def test_how_a_payment_made_will_show_is_no_payment_to_come(text):
    assert payment_tenses(text) == (False, True)


def test_our_question_echoed_is_no_claim():
    assert payment_tenses("Paid? Not yet. It goes out on Friday.") == (True, False)


@pytest.mark.parametrize("text", ["We have payed the 820 on Monday, please check.", "The second instalment was already released on 1st March."])
def test_claims_in_new_spellings_and_words(text):
    assert payment_tenses(text) == (False, True)


@pytest.mark.parametrize(("text", "lang"), [
    ("Ich bin seit Januar in der Logistik und nicht mehr für die Rechnungen zuständig. Bitte an rechnung@beispiel.example.", "de"),
    ("Ik zit tegenwoordig op de planning, niet meer op de administratie. Mail boekhouding@voorbeeld.example.", "nl"),
    ("I no longer handle the invoices here, please write to finance@example.example.", "en"),
])
def test_a_contact_no_longer_responsible_is_wrong_contact(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.wrong_contact


@pytest.mark.parametrize(("text", "lang"), [
    ("The XRechnung file won't open on our side, please send the invoice again as a PDF.", "en"),
    ("Die Rechnung bitte noch einmal als PDF, die XML-Datei ist beschädigt.", "de"),
])
def test_a_copy_asked_for_because_the_file_would_not_open(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.invoice_resend


def test_never_received_these_send_them_again_is_a_copy_request(model):
    assert read_reply(model, "Never had these. Send them again please and we'll look at it.").intent is Intent.invoice_resend


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("I'm covering the front desk this week, the owner is on holiday. She will transfer it when she is back, Monday 8th.", "en", "2027-03-08"),
    ("Je suis seule au bureau, le gérant est en vacances. Il fera le virement à son retour, le mardi 9.", "fr", "2027-03-09"),
])
def test_a_colleague_away_who_pays_on_a_named_day_promises_it(model, text, lang, day):
    got = read_reply(model, text, lang)
    assert got.intent is Intent.promise_to_pay and got.facts.promise_date is not None and got.facts.promise_date.isoformat() == day


@pytest.mark.parametrize(("text", "lang"), [("Ben tot donderdag weg, daarna kijk ik ernaar.", "nl"), ("Ik ben nog tot 12 maart weg.", "nl")])
def test_away_with_words_between_is_out_of_office(model, text, lang):
    assert read_reply(model, text, lang).intent is Intent.out_of_office


def test_a_colleague_who_cannot_pay_promises_nothing(model):
    text = "I'm off from tomorrow until the 12th. Ana covers the inbox but she can't release payments. I'll deal with it when I'm back."
    assert read_reply(model, text).intent is Intent.out_of_office


def test_a_portuguese_colleague_paying_on_return_day(model):
    got = read_reply(model, "Estou sozinho no escritório, o dono está de férias. Ele paga quando voltar, no dia 9 de março.", "pt")
    assert got.intent is Intent.promise_to_pay and got.facts.promise_date is not None and got.facts.promise_date.isoformat() == "2027-03-09"
