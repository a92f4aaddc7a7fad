"""The days field55 and field56 taught (issue 14; every reply here in other words, read on Wednesday 14 April 2027): a day
we asked for, quoted only to be turned down, is ours and the day named instead is theirs; "D+3" and "J+10" count calendar
days from the message; an outside audit under way makes the promise hang on it, without moving its day."""

from __future__ import annotations

import pytest

from agent.extract import is_conditional
from tests.agent.spring_week import read


@pytest.mark.parametrize("text,lang,day", [
    ("You asked for the 16th. Can't do it, the grant only lands on Monday. Put us down for the 22nd.", "en", "2027-04-22"),
    ("Sie bitten um Zahlung bis zum 16. Das geht nicht, die Messe läuft bis zum 25. April. Es wird Montag, der 26.", "de", "2027-04-26"),
    ("Vous nous demandez le 16 : impossible, le conseil se réunit le 20. Ce sera le jeudi 22.", "fr", "2027-04-22"),
    ("Nos piden el 16, pero no podemos. Queda para el 23 de abril.", "es", "2027-04-23"),
    ("U vraagt om betaling op de 16e. Dat lukt niet. Wordt dinsdag 20 april.", "nl", "2027-04-20"),
    ("Pedem-nos o dia 16 mas não conseguimos. Fica para 21 de abril.", "pt", "2027-04-21"),
])
def test_a_day_we_asked_for_and_they_refused_is_not_their_promise(text, lang, day):
    assert read(text, lang) == day


def test_a_day_we_asked_for_and_they_accepted_stays():
    assert read("You asked for Friday and Friday it is.", "en") == "2027-04-16"


@pytest.mark.parametrize("text,lang,day", [
    ("Paiement à J+10, comme d'habitude.", "fr", "2027-04-24"),
    ("Transfer at D+3, as agreed with your sales rep.", "en", "2027-04-17"),
])
def test_a_count_of_days_written_d_plus(text, lang, day):
    assert read(text, lang) == day


@pytest.mark.parametrize("text", [
    "We'll pay both next week, after the audit wraps up.",
    "Betaling volgt volgende week, na de controle van de accountant.",
    "Pagaremos la semana que viene, una vez terminada la auditoría.",
])
def test_an_outside_audit_under_way_makes_the_promise_hang_on_it(text):
    assert is_conditional(text)


def test_an_audit_does_not_move_the_day_it_is_paid_on():
    text = "The auditors come on 19 April, and the transfer goes on 23 April after the audit is closed."
    assert read(text, "en") == "2027-04-23" and is_conditional(text)
