"""A payment still to come is not a payment made: the collector chases a promise, not a claim."""

from __future__ import annotations

import pytest

from agent.models.tense import payment_tenses, speaks_of_a_payment_to_come


@pytest.mark.parametrize("text", [
    "The balance will be transferred on Monday.",
    "Die offene Rechnung wird am 9.12. beglichen.",
    "Le solde sera viré mardi.",
    "La factura se abonará la semana que viene.",
    "Het bedrag wordt dinsdag voldaan.",
    "O valor será transferido na terça.",
    "Abonaremos el importe el martes.",
    "Nous réglerons le solde lundi.",
    "Efetuaremos o pagamento dia 3.",
    # scheduling words around a past participle, and "already" that qualifies the schedule (issue 14)
    "Payment has been scheduled for Friday 4th.",
    "Your invoice has been approved and is in our payment run on Thursday.",
    "We have processed it for payment on 3/12.",
    "Haven't paid yet, sorry - will do Friday.",
    "Die Zahlung ist bereits für Freitag eingeplant.",
    "Noch nicht bezahlt, kommt aber nächste Woche.",
    "Nous avons validé la facture, le virement partira vendredi.",
    "Ya está programado el pago para el viernes.",
    "Todavía no hemos pagado, lo haremos el lunes.",
    "Nog niet betaald, volgt volgende week.",
    "Ainda não pagámos, vamos pagar amanhã.",
    # present tense with a time ahead
    "Wij betalen INV-2026-22406 woensdag.",
    "Eine Teilzahlung erfolgt nächsten Mittwoch.",
    "pagamos no dia 28",
    "Paying today via card.",
])
def test_a_payment_still_to_come_is_recognised(text):
    assert speaks_of_a_payment_to_come(text)


@pytest.mark.parametrize("text", [
    "We transferred the balance on Monday.",
    "Wir haben den Betrag gestern überwiesen.",
    "Le solde a été viré mardi.",
    "Ya hemos abonado la factura.",
    "Het bedrag is gisteren overgemaakt.",
    "O valor já foi transferido.",
    "We sent it last week and it will reach you soon.",
    "Paid on Friday.",
    "Freitag überwiesen.",
    "Guten Morgen, bereits bezahlt.",
    "We paid INV-1 last week; INV-2 will be paid Friday.",
    "Payment was made yesterday, it should reach you tomorrow.",
    "Pagámos a fatura no dia 02/11 por transferência.",
    "Transfer on Tuesday, ref 8812-XK.",
    "We did pay this, it was part of a bulk payment on 3 November.",
])
def test_money_already_sent_is_never_read_as_a_promise(text):
    assert not speaks_of_a_payment_to_come(text)


@pytest.mark.parametrize("text", ["9.022,87 EUR se transfirieron el jueves.", "Freitag überwiesen.", "Pagaram na sexta.",
                                  "Die Summe wurde am 23. Oktober in einer Sammelüberweisung bezahlt."])
def test_a_day_beside_a_verb_of_the_past_dates_the_claim_and_promises_nothing(text):
    assert payment_tenses(text) == (False, True)


def test_a_day_with_a_future_verb_still_promises():
    assert payment_tenses("We will pay on Friday.") == (True, False)
    assert payment_tenses("Paid Friday, will pay the rest on the 30th.") == (True, True)


@pytest.mark.parametrize("text", ["Règlement en fin de mois, dernier jour ouvré.", "Wir zahlen am letzten Werktag."])
def test_the_last_working_day_is_ahead_not_behind(text):
    assert payment_tenses(text) == (True, False)


@pytest.mark.parametrize("text", ["Overmorgen overgemaakt.", "Binnen drie werkdagen betaald.", "Innerhalb von 5 Werktagen überwiesen."])
def test_a_participle_after_a_day_or_window_ahead_is_a_promise_not_a_claim(text):
    assert payment_tenses(text) == (True, False)
