"""Promise dates written as words, and dates counted from a day the reply names (issue 14), in the six languages.

A day of the month in words ("the twenty-third of December", "am neunzehnten", "op de zeventiende", "le seize", "el día
diez", "dia dezoito"), and never a count of things ("six December invoices", "dos facturas"); a payment some days after a
named day ("three days later", "3 working days after the audit on 4 Dec"), the weekday restating a date ("15.12., also am
Dienstag"), a weekday of the week after it ("in der Woche danach am Donnerstag"), the day after a holiday or a dated
event ("de dag na Sinterklaas", "no dia seguinte"), the weekday after an event whose date follows ("the Tuesday after the
harvest festival (5.12)"), and a weekday inside "the first week of December".

Written here in other words than any eval split's; rules: evals/LABELING.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from agent.dates import find_promise_date

# Monday 30 November 2026, 09:00 at +01:00.
MON = datetime(2026, 11, 30, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def read(text: str, lang: str) -> str | None:
    got = find_promise_date(text, MON, lang)
    return got.isoformat() if got else None


@pytest.mark.parametrize("text,lang,expected", [
    ("We'll settle it on the twenty-third of December.", "en", "2026-12-23"),
    ("Transfer goes on the fourteenth.", "en", "2026-12-14"),
    ("Wir zahlen am neunzehnten Dezember.", "de", "2026-12-19"),
    ("Die Überweisung kommt zum zwölften.", "de", "2026-12-12"),
    ("Betaling volgt op de zeventiende.", "nl", "2026-12-17"),
    ("Nous réglerons le vingt-deux décembre.", "fr", "2026-12-22"),
    ("Virement le seize.", "fr", "2026-12-16"),
    ("Les pagamos el veintidós de diciembre.", "es", "2026-12-22"),
    ("Pagamos el día diez.", "es", "2026-12-10"),
    ("Pagamos no dia onze de dezembro.", "pt", "2026-12-11"),
    ("Pagamos dia dezoito, sem falta.", "pt", "2026-12-18"),
])
def test_a_day_of_the_month_in_words_is_that_day(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("We have six December invoices open and will pay them on Friday.", "en", "2026-12-04"),
    ("Pagamos dos facturas el viernes.", "es", "2026-12-04"),
    ("The second half goes on Thursday.", "en", "2026-12-03"),
])
def test_a_number_word_that_counts_things_names_no_day(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Our stocktake finishes on 9 December; payment three days later.", "en", "2026-12-12"),
    ("We pay 3 working days after the audit on 4 Dec.", "en", "2026-12-09"),
    ("Die Zahlung läuft am 15.12., also am Dienstag.", "de", "2026-12-15"),
    ("Wir zahlen nach der Messe am 3. Dezember, in der Woche danach am Donnerstag.", "de", "2026-12-10"),
    ("De dag na Sinterklaas betalen we.", "nl", "2026-12-06"),
    ("Après l'inventaire du 12 décembre, nous payons le lundi suivant.", "fr", "2026-12-14"),
    ("Pagaremos após a reunião do conselho em 3/12, no dia seguinte.", "pt", "2026-12-04"),
    ("Depois da entrega em 1/12, pagamos na quinta seguinte.", "pt", "2026-12-03"),
    ("We pay on the Tuesday after the harvest festival (5.12).", "en", "2026-12-08"),
    ("We pay on Friday 4.12.", "en", "2026-12-04"),
    ("In der ersten Dezemberwoche, am Donnerstag.", "de", "2026-12-03"),
    ("Tras la feria del 9 de diciembre, pagamos dos días después.", "es", "2026-12-11"),
])
def test_a_day_counted_from_a_day_the_reply_names_is_counted_from_it(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # the count belongs to another act, the payment has its own day
    ("The parts came on 24 Nov and our terms are 10 days after delivery, so the money goes on 4 Dec.", "en", "2026-12-04"),
    # "the day after" explains the date it follows, it counts nothing from it
    ("You'll have it on 3 December, the day after our board signs the accounts.", "en", "2026-12-03"),
    # the other part's count does not move the first part, paid first
    ("The small invoice goes today, the large one two days after the market on 9 December.", "en", "2026-11-30"),
])
def test_a_count_that_is_not_the_payments_own_moves_nothing(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # an event with its own day, after "after": the payment's day is the other one
    ("Payment on Thursday 10 December, after the partners' meeting on the 8th.", "en", "2026-12-10"),
    ("Zahlung am Freitag, 11.12., nach der Messe am 9.12.", "de", "2026-12-11"),
    ("Pagamos el jueves 10 de diciembre, tras la auditoría del día 7.", "es", "2026-12-10"),
    # idioms: "1st thing" is early, "wk after next" a week, a week from today in German and Dutch
    ("Both go out 1st thing tomorrow.", "en", "2026-12-01"),
    ("wk after next, sorry", "en", "2026-12-18"),
    ("Wir zahlen heute in acht Tagen.", "de", "2026-12-07"),
    ("We betalen vandaag over een week.", "nl", "2026-12-07"),
    # the working day before a holiday; a plan's start month
    ("We'll pay on the last working day before Christmas.", "en", "2026-12-24"),
    ("Letzter Arbeitstag vor Weihnachten, versprochen.", "de", "2026-12-24"),
    ("Could we do four monthly instalments from January?", "en", "2027-01-01"),
])
def test_an_events_day_idioms_and_holidays_place_the_payment(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,when,expected", [
    # a weekday beside a numeric date decides which way round it is read
    ("Cheques are released 12/04 (Friday).", "en", MON, "2026-12-04"),
    ("We pay Thursday 3/12.", "en", MON, "2026-12-03"),
    # a day just gone is not promised: ahead, the other way round when that is near
    ("You will have it on or before 12/10.", "en", datetime(2026, 11, 30, 9, 0, tzinfo=timezone(timedelta(hours=8))), "2026-12-10"),
    # half, not 2 January
    ("Paying 1/2 now, rest on the 18th.", "en", MON, "2026-11-30"),
    # counted from today, from tomorrow, a week on
    ("Wir zahlen heute in 10 Tagen.", "de", MON, "2026-12-10"),
    ("Payment will be done after 12 days of today.", "en", MON, "2026-12-12"),
    ("£800 a week tomorrow.", "en", MON, "2026-12-08"),
    ("Not this Thursday, the one after.", "en", MON, "2026-12-10"),
    ("Pagaremos en quince días.", "es", MON, "2026-12-15"),
    ("Paiement sous huitaine.", "fr", MON, "2026-12-07"),
    ("El pago sale en la primera quincena de diciembre.", "es", MON, "2026-12-15"),
    # a weekday in a named week, and an event's day given after the count
    ("Payment w/c 7th December, probably the Thurs.", "en", MON, "2026-12-10"),
    ("When she is back on 8 December she signs, and we pay in the same week, Friday.", "en", MON, "2026-12-11"),
    ("We pay 5 days after the audit, which is planned on 9 December.", "en", MON, "2026-12-14"),
    # a move told "from … to …" in other languages
    ("De betaling schuift op van 2 december naar 9 december.", "nl", MON, "2026-12-09"),
    ("O pagamento foi adiado do dia 3 para o dia 10 de dezembro.", "pt", MON, "2026-12-10"),
    # "every alternate Friday" is a routine; the day named after it is the payment's
    ("We release vendors every alternate Friday. Yours is scheduled on Friday, 11th December.", "en", MON, "2026-12-11"),
    ("Zahlung nach der Vorstandssitzung vom 7. Dezember, spätestens aber am 10. Dezember.", "de", MON, "2026-12-10"),
])
def test_weekdays_shares_counts_moves_and_routines_place_the_payment(text, lang, when, expected):
    got = find_promise_date(text, when, lang)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # two parts in one sentence, each with its day: the first part's day is the promise
    ("We'll transfer R2 100 today and R9 400 on Thursday.", "en", "2026-11-30"),
    ("500 on Wednesday and the rest the Wednesday after.", "en", "2026-12-02"),
    ("La 4411 te la pago mañana y la 4412 el viernes 11.", "es", "2026-12-01"),
    # Christmas Eve, the first working day of the new year, a fortnight said "within the fortnight"
    ("Full amount by Christmas Eve.", "en", "2026-12-24"),
    ("Wir zahlen spätestens zu Heiligabend.", "de", "2026-12-24"),
    ("Payment on the first business day of the new year.", "en", "2027-01-04"),
    ("You'll have it within the fortnight.", "en", "2026-12-14"),
    ("Nous réglerons dans la quinzaine.", "fr", "2026-12-14"),
    # the latest day said with its weekday, and the day after "so"
    ("Before the 18th for sure, so latest Thursday 17 Dec.", "en", "2026-12-17"),
    ("Os salários saem dia 10, então pago vocês dia 14.", "pt", "2026-12-14"),
    # a date in brackets after a noun dates that noun
    ("Nach dem Stadtfest (5. Dezember) überweisen wir, am Montag, 7.12.", "de", "2026-12-07"),
])
def test_parts_holidays_and_consequences_place_the_payment(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # moves told from … to …, and a day told as a past call's
    ("La fecha de pago se movió del 2 al 9 de diciembre.", "es", "2026-12-09"),
    ("O pagamento mudou de 03/12 para 10/12.", "pt", "2026-12-10"),
    ("As I told you on the phone on the 20th, it will be the 4th.", "en", "2026-12-04"),
    # counted from today, a weekday not this one but the one after, an abbreviated Saturday, a Portuguese weekday with its day
    ("Payment will be released after 2 working days.", "en", "2026-12-02"),
    ("Paying Thursday, not this one but the one after.", "en", "2026-12-10"),
    ("will pay sat morning", "en", "2026-12-05"),
    ("Pagamos antes do feriado, ou seja, sexta 4.", "pt", "2026-12-04"),
    # a weekday "in eight days", a week on Friday after an invoice number, the Wednesday of the week after next
    ("I will make the transfer tuesday in eight days.", "en", "2026-12-08"),
    ("We'll settle 55123 a week on Friday.", "en", "2026-12-11"),
    ("The transfer will be on the Wednesday of the week after next.", "en", "2026-12-16"),
    # a reason's day and a consequence's: "so around", "so the … is"
    ("The auditor's deadline is 9 December, so around the 12th.", "en", "2026-12-12"),
    ("Today is a holiday, so the bank run is tomorrow.", "en", "2026-12-01"),
    # a date written the Japanese way
    ("We will pay on 2026年12月4日.", "en", "2026-12-04"),
])
def test_moves_past_calls_counts_and_consequences_place_the_payment(text, lang, expected):
    assert read(text, lang) == expected
