"""Date rules written after field61 and field62 were measured once (issue 14), in my own words. Wednesday 14 April 2027
(tests/agent/spring_week.py): a labelled new date wins over the run it replaces, a day said to be postponed is given up,
an event's first day and what tomorrow is ("tomorrow is the parade") name no day to pay on, and "today is Monday"
describes the day the sender writes on."""

from __future__ import annotations

import pytest

from agent.models.tense import payment_tenses
from tests.agent.spring_week import read


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Our supplier run of the 16th has been postponed. New date: Tuesday 27 April.", "en", "2027-04-27"),
    ("Der Zahllauf am 16. wurde verschoben. Neuer Termin: Freitag, 30. April.", "de", "2027-04-30"),
    ("De betaalrun van vrijdag is uitgesteld. Nieuwe datum: woensdag 28 april.", "nl", "2027-04-28"),
    ("The spring fair opens on the 20th, so we pay on the 23rd.", "en", "2027-04-23"),
    ("A feira começa dia 20; pagamos dia 23.", "pt", "2027-04-23"),
    ("Mañana es la romería y no hay nadie. Pagamos el viernes 23.", "es", "2027-04-23"),
    ("Tomorrow is the spring parade, so we'll pay on Friday.", "en", "2027-04-16"),
    ("Aujourd'hui c'est mercredi des Cendres chez nous, le virement part le vendredi 23.", "fr", "2027-04-23"),
])
def test_days_read_after_field61_and_field62(text, lang, day):
    assert read(text, lang) == day


def test_tomorrow_as_the_payment_day_still_counts():
    assert read("Tomorrow is the payment run, you'll have it then.", "en") == "2027-04-15"
    assert read("Mañana es el día de pago.", "es") == "2027-04-15"


@pytest.mark.parametrize("text", ["Bis Pfingsten ist alles bezahlt, versprochen.", "Voor Hemelvaart is alles betaald."])
def test_a_deadline_then_a_participle_is_a_promise(text):
    assert payment_tenses(text) == (True, False)


@pytest.mark.parametrize("text", [
    "2,180 sent today, you should see it Monday.",
    "Virement de 3 400 € effectué aujourd'hui.",
])
def test_a_payment_done_today_is_a_claim(text):
    assert payment_tenses(text)[1]


def test_spanish_and_portuguese_pay_today_stays_a_promise_of_today():
    # "Pagamos 520 hoje e os 3.300 daqui a duas semanas": the shared form, read as a promise by most writers
    assert payment_tenses("Pagamos 520 hoje e o resto no fim do mês.") == (True, False)
    assert read("Pagamos os 600 € amanhã e o resto no fim do mês.", "pt") == "2027-04-15"
