"""Second thoughts and side dates in a promise (issue 14), in the six languages.

A day the sender settles on after going back and forth ("sorry, the 11th", "The 14th then.", "disons le 14", "4 december
bedoel ik", "Anyway, …"); a plan in parts kept by its first part ("the first on 15 December, then 15 January", "la mitad
ahora y la otra mitad…"); the day money lands after the day it is sent; a routine "of every month"; the weekday of an
earlier email; "niet … maar deze vrijdag"; a weekday in the nearest calendar week named before it, the start of a
calendar week, "fin de semaine 50"; "this day week"; the clause naming the invoice; money coming in to the sender; a
span with "I'll confirm the exact date"; Portuguese "fatura" read as a noun, not a future verb. Then, from field43 and
field44: spoken fillers, Swiss German weekdays, Easter's bank holidays, "mon client", "Monday's email", "Correct date
is …", days named as holidays, "telkens op de 25ste", "first working day of next month", "morgen over een week".

Written here in other words than any eval split's; rules: evals/LABELING.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from agent.dates import find_promise_date

# Tuesday 1 December 2026, 10:00 (+01:00); ISO week 49 runs 30 November to 6 December, week 50 from 7 December.
TUE = datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def read(text: str, lang: str) -> str | None:
    got = find_promise_date(text, TUE, lang)
    return got.isoformat() if got else None


@pytest.mark.parametrize("text,lang,expected", [
    ("We'll pay on the 10th, sorry, the 11th.", "en", "2026-12-11"),
    ("We said the 9th. The 14th then.", "en", "2026-12-14"),
    ("Our office party is on the 18th. Anyway, the transfer goes out Tuesday 8 December.", "en", "2026-12-08"),
    ("Zahlung am 10.12., Entschuldigung, am 11.12.", "de", "2026-12-11"),
    ("Virement le 10 décembre, enfin, disons le 14 décembre.", "fr", "2026-12-14"),
    ("Pagaremos el 9 de diciembre... bueno, igual: el 15 de diciembre.", "es", "2026-12-15"),
    ("We betalen 3 december, 4 december bedoel ik.", "nl", "2026-12-04"),
    ("Pagamos dia 7... ah, dia 7 é feriado? Então dia 9.", "pt", "2026-12-09"),
    ("Wie geschrieben zahlen wir diese Woche. Dabei bleibt es: Donnerstag.", "de", "2026-12-03"),
])
def test_the_day_a_sender_settles_on_replaces_the_ones_before(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Could we split it into three instalments: the first on 15 December, then 15 January and 15 February?", "en", "2026-12-15"),
    ("Dá para pagar em duas prestações? A primeira a 10 de dezembro, depois a 10 de janeiro.", "pt", "2026-12-10"),
    ("¿Podemos pagar la mitad ahora y la otra mitad a finales de enero?", "es", "2026-12-01"),
    ("Seria possível pagar em duas partes, uma agora e outra no fim de janeiro?", "pt", "2026-12-01"),
])
def test_a_plan_in_parts_is_kept_or_broken_by_its_first_part(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("The transfer goes out on Thursday and should arrive on Friday.", "en", "2026-12-03"),
    ("Die Überweisung geht am 3.12. raus und sollte am 4.12. bei Ihnen ankommen.", "de", "2026-12-03"),
])
def test_the_day_money_lands_is_not_the_day_it_is_paid(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("We only run payments on the 1st and the 15th of every month; yours goes on 15 December.", "en", "2026-12-15"),
    ("Re my email from Thursday – the payment goes out Monday.", "en", "2026-12-07"),
    ("Niet volgende week dinsdag maar deze vrijdag al.", "nl", "2026-12-04"),
    ("Nicht nächste Woche Mittwoch, sondern diesen Freitag.", "de", "2026-12-04"),
])
def test_a_routine_an_earlier_email_and_a_denied_day_are_not_the_promise(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Nach dem Go-live in KW 50 zahlen wir erst in KW 51, wahrscheinlich am Mittwoch.", "de", "2026-12-16"),
    ("Anfang KW 50 ist die Zahlung raus.", "de", "2026-12-07"),
    ("Paiement fin de semaine 50.", "fr", "2026-12-11"),
    ("Payment early week 51, Tuesday probably.", "en", "2026-12-15"),
    ("We'll have it paid this day week.", "en", "2026-12-08"),
    ("Today fortnight at the latest.", "en", "2026-12-15"),
])
def test_weeks_named_by_number_start_or_from_today(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Busy month-end close this week. Invoice 48812 will go by Wednesday next week.", "en", "2026-12-09"),
    ("Our client's grant pays out on the 14th; we'll pay you on the 15th.", "en", "2026-12-15"),
    ("A fatura 48812 foi paga hoje. A 48813 seguirá no dia 10.", "pt", "2026-12-10"),
])
def test_the_clause_that_pays_the_invoice_beats_the_reasons_beside_it(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("It will be paid mid-December, I'll confirm the exact date next week.", "en"),
    ("Payment in week 51, I will come back with the exact date.", "en"),
    ("Zahlung Mitte Dezember, das genaue Datum folgt.", "de"),
])
def test_a_span_with_the_exact_day_still_to_come_names_no_day(text, lang):
    assert read(text, lang) is None


@pytest.mark.parametrize("text,lang,expected", [
    ("The board meets on the 3rd, then we pay on the 8th.", "en", "2026-12-08"),
    ("It will go before the finance committee on the 3rd and is then paid in the run of 8 December.", "en", "2026-12-08"),
    ("In zwei Wochen ist das Geld bei Ihnen.", "de", "2026-12-15"),
    ("Pagamos 500 agora na sexta e o resto em janeiro.", "pt", "2026-12-04"),
    ("Our client pays us on the 10th; you'll have it the same afternoon.", "en", "2026-12-10"),
    ("Payment on 15 December, the exact amount to follow.", "en", "2026-12-15"),
])
def test_without_second_thoughts_the_promised_day_stands(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("We'll have it paid on, uh, the eleventh.", "en", "2026-12-11"),
    ("Mir zahled am Fritig.", "de", "2026-12-04"),
    ("Both go on the first working day after the Easter bank holidays.", "en", "2027-03-30"),
    ("Mon client réglera la facture dans les dix jours.", "fr", "2026-12-11"),
    ("Suite à notre appel de ce matin, nous réglerons sous dix jours.", "fr", "2026-12-11"),
    ("Small correction to Monday's email: not the 9th, we're paying on the 10th.", "en", "2026-12-10"),
    ("We pay on Friday the 11th; the yard needs Monday's deliveries released.", "en", "2026-12-11"),
    ("I wrote the 4th yesterday but that is wrong. Correct date is Monday 7 December.", "en", "2026-12-07"),
    ("The 860 went out today, the 5315 goes Tuesday.", "en", "2026-12-08"),
    ("El decreto de pago fue firmado hoy. La transferencia se hará el viernes 11 de diciembre.", "es", "2026-12-11"),
    ("Después del puente (el 7 y el 8 de diciembre son festivos), pagamos el 9 de diciembre.", "es", "2026-12-09"),
    ("We're closed next week, so we pay this Thursday.", "en", "2026-12-03"),
    ("Kunnen we in drie keer betalen, telkens op de 20ste? Eerste keer 20 januari.", "nl", "2027-01-20"),
    ("Payment on the first working day of next month.", "en", "2027-01-04"),
    ("De betaling gaat morgen over een week de deur uit.", "nl", "2026-12-09"),
])
def test_spoken_regional_and_side_days_read_as_a_collector_would(text, lang, expected):
    assert read(text, lang) == expected


def test_an_estimate_the_writer_will_not_promise_names_no_day():
    assert read("Verwachting eind van de maand, maar ik kan niets beloven.", "nl") is None
