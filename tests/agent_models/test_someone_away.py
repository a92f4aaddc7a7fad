"""An absence told by someone else, or by the whole office, is an out-of-office, not a promise (issue 14, after field51
and field52's one measurement; every reply here in other words). A colleague, a relative or a receptionist writes
"she's on leave, back the 9th"; an auto-reply without its usual words says the workshop is shut until a day; the day
they are back is no day to pay on (evals/LABELING.md: a typed absence is `out_of_office` with a person). Where the
same reply pays on a day, or contests the bill, it still does."""

from __future__ import annotations

import pytest

from core.contracts import Intent
from tests.agent_models.march_reply import read_reply


@pytest.mark.parametrize("text,language", [
    ("Marguerite is on compassionate leave, back 15 March. I'll make sure she sees this. Tom (front desk)", "en"),
    ("Hi, Devika's on maternity leave until the 22nd, I'll pass your note on. Regards, Anil", "en"),
    ("Herr Kowalski ist bis zum 12. März im Urlaub. Ich lege ihm Ihre Mail hin.", "de"),
    ("Madame Perrin est en congés, de retour le lundi 15 mars.", "fr"),
    ("Don Ernesto está de vacaciones, regresa el 16 de marzo. Le dejo el recado.", "es"),
    ("Onze boekhouder is met vakantie tot en met 14 maart, daarna kijkt hij ernaar.", "nl"),
    ("A Dona Rosa está de baixa, volta no dia 17 de março.", "pt"),
])
def test_an_absence_typed_for_someone_else_is_an_out_of_office(model, text, language):
    assert read_reply(model, text, language).intent is Intent.out_of_office


@pytest.mark.parametrize("text,language", [
    ("Werkstatt geschlossen wegen Fasching vom 6. bis 9. März. Ab Mittwoch, 10. März, sind wir wieder erreichbar.", "de"),
    ("Atelier fermé pour inventaire du 8 au 11 mars. Réouverture le vendredi 12.", "fr"),
    ("Cerrado por fiestas del 8 al 12 de marzo; el lunes 15 regresa el equipo.", "es"),
])
def test_an_auto_reply_that_says_the_office_is_shut_is_an_out_of_office(model, text, language):
    assert read_reply(model, text, language, auto=True).intent is Intent.out_of_office


def test_the_day_someone_is_back_is_no_promised_day(model):
    reading = read_reply(model, "Priya is on leave, back Monday 15 March. I'll tell her. Sunita, reception", "en")
    assert reading.intent is Intent.out_of_office
    assert Intent.promise_to_pay not in reading.secondary_intents


@pytest.mark.parametrize("text,language,day", [
    ("Shop's shut today for the holiday. I'll pay both on Friday once I'm back in.", "en", "2027-03-05"),
    ("Greta is off until Monday, but the transfer for both goes out on Friday.", "en", "2027-03-05"),
])
def test_an_absence_beside_a_payment_on_a_day_is_still_a_promise(model, text, language, day):
    reading = read_reply(model, text, language)
    assert reading.intent is Intent.promise_to_pay
    assert reading.facts.promise_date and reading.facts.promise_date.isoformat() == day


def test_an_absence_beside_a_contested_bill_still_contests_it(model):
    reading = read_reply(model, "Our clerk is off sick until the 15th. The invoice is wrong though: you billed 40 crates, we got 30.", "en")
    assert Intent.dispute in (reading.intent, *reading.secondary_intents)


def test_a_closure_given_by_its_days_is_an_out_of_office(model):
    reading = read_reply(model, "Encerrados de 18 a 22 de março para inventário. Respondemos a partir de terça, dia 23.", "pt", auto=True)
    assert reading.intent is Intent.out_of_office


def test_someone_away_beside_a_day_the_payment_now_goes_is_still_a_promise(model):
    text = "We had it down for the 5th, but our second signer is travelling until the weekend, so it will now go out Tuesday 9 March."
    reading = read_reply(model, text, "en")
    assert reading.intent is Intent.promise_to_pay
    assert reading.facts.promise_date and reading.facts.promise_date.isoformat() == "2027-03-09"
