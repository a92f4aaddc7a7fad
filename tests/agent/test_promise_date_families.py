"""Promise dates by error family (issue 14), in the six languages: the date a careful collector would
write in the follow-up diary. Every phrasing here was written for this file; none comes from an eval
split. Resolution rules: evals/LABELING.md."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from agent.dates import find_promise_date

CET = timezone(timedelta(hours=1))
NEW_YORK = timezone(timedelta(hours=-5))
LONDON = timezone.utc
# Thursday 29 October 2026: the month ends on a Saturday, so its last working day is Friday the 30th.
THU = datetime(2026, 10, 29, 9, 30, tzinfo=CET)
# Monday 16 November 2026: the month ends on Monday the 30th.
MON = datetime(2026, 11, 16, 9, 30, tzinfo=CET)


def read(text: str, lang: str, sent: datetime = THU) -> str | None:
    got = find_promise_date(text, sent, lang)
    return got.isoformat() if got else None


# ---------------------------------------------------------------- month-end runs release on a working day
@pytest.mark.parametrize("text,lang", [
    ("It goes out in our month-end payment run.", "en"),
    ("You're booked into the EOM run.", "en"),
    ("We'll include it in the end of month payment batch.", "en"),
    ("Die Rechnung ist im Zahllauf zum Monatsende eingeplant.", "de"),
    ("Geht mit dem Monatsend-Zahllauf raus.", "de"),
    ("Elle partira avec le lot de paiements de fin de mois.", "fr"),
    ("Se abonará en la remesa de pagos de fin de mes.", "es"),
    ("Hij gaat mee in de betaalrun van eind van de maand.", "nl"),
    ("Vai no lote de pagamentos do final do mês.", "pt"),
    ("Payment on the last business day of the month.", "en"),
    ("Zahlung am letzten Bankarbeitstag des Monats.", "de"),
    ("Règlement le dernier jour ouvré du mois.", "fr"),
    ("Pagamos el último día hábil del mes.", "es"),
    ("Betaling op de laatste werkdag van de maand.", "nl"),
    ("Pagamos no último dia útil do mês.", "pt"),
])
def test_a_month_end_run_releases_on_the_last_working_day(text, lang):
    assert read(text, lang) == "2026-10-30"


@pytest.mark.parametrize("text,lang", [
    ("We'll pay by the end of the month.", "en"),
    ("Zahlung bis Monatsende.", "de"),
    ("Paiement fin de mois.", "fr"),
])
def test_a_plain_end_of_month_is_its_last_calendar_day(text, lang):
    assert read(text, lang) == "2026-10-31"


# ---------------------------------------------------------------- terse replies, abbreviated weekdays
@pytest.mark.parametrize("text,lang,expected", [
    ("will pay tues", "en", "2026-11-03"),
    ("ok. Weds", "en", "2026-11-04"),
    ("sending it thur", "en", "2026-11-05"),
    ("fri latest", "en", "2026-10-30"),
    ("Mon. at the latest", "en", "2026-11-02"),
    ("Zahlung Di.", "de", "2026-11-03"),
    ("überweisen wir Fr.", "de", "2026-10-30"),
    ("virement jeu.", "fr", "2026-11-05"),
    ("réglé mar. prochain", "fr", "2026-11-03"),
    ("pago el vie.", "es", "2026-10-30"),
    ("lo pagamos el mié", "es", "2026-11-04"),
    ("betalen we do", "nl", "2026-11-05"),
    ("wordt vr. betaald", "nl", "2026-10-30"),
    ("pagamos na sex", "pt", "2026-10-30"),
    ("pagamento sexta.", "pt", "2026-10-30"),
    ("vai na qua.", "pt", "2026-11-04"),
])
def test_an_abbreviated_weekday_is_its_next_occurrence(text, lang, expected):
    assert read(text, lang) == expected


# ---------------------------------------------------------------- ordinals alone
@pytest.mark.parametrize("text,lang,expected", [
    ("payment on 3rd", "en", "2026-11-03"),
    ("we can do the 30th", "en", "2026-10-30"),
    ("Wir zahlen am 30ten.", "de", "2026-10-30"),
    ("Überweisung bis zum 4ten", "de", "2026-11-04"),
    ("Überweisung am Ersten", "de", "2026-11-01"),
    ("On paie le 4.", "fr", "2026-11-04"),
    ("virement pour le 2 au plus tard", "fr", "2026-11-02"),
    ("Pagamos el día 5.", "es", "2026-11-05"),
    ("We betalen op de 2de.", "nl", "2026-11-02"),
    ("Pagamos até dia 5.", "pt", "2026-11-05"),
])
def test_a_day_of_month_alone_is_the_next_such_day(text, lang, expected):
    assert read(text, lang) == expected


# ---------------------------------------------------------------- relative spans
@pytest.mark.parametrize("text,lang,expected", [
    ("We'll settle in 3 weeks.", "en", "2026-11-19"),
    ("Payment two weeks today.", "en", "2026-11-12"),
    ("Paying the week after next.", "en", "2026-11-13"),
    ("We'll pay Tuesday week.", "en", "2026-11-10"),
    ("We pay in calendar week 46.", "en", "2026-11-13"),
    ("Payment scheduled for wk 46", "en", "2026-11-13"),
    ("Zahlung in der 46. KW.", "de", "2026-11-13"),
    ("Wir zahlen KW46.", "de", "2026-11-13"),
    ("Wir zahlen übernächste Woche.", "de", "2026-11-13"),
    ("Wir überweisen in drei Wochen.", "de", "2026-11-19"),
    ("Virement en semaine 46.", "fr", "2026-11-13"),
    ("Virement prévu S46.", "fr", "2026-11-13"),
    ("Nous payerons mardi en huit.", "fr", "2026-11-10"),
    ("Nous réglerons d'ici trois semaines.", "fr", "2026-11-19"),
    ("Pagaremos en la semana 46.", "es", "2026-11-13"),
    ("Pagaremos dentro de tres semanas.", "es", "2026-11-19"),
    ("We betalen in week 46.", "nl", "2026-11-13"),
    ("We betalen over drie weken.", "nl", "2026-11-19"),
    ("Pagamos daqui a três semanas.", "pt", "2026-11-19"),
    ("Pagamos na semana 46.", "pt", "2026-11-13"),
    ("We will settle by the end of Q4.", "en", "2026-12-31"),
    ("Payment before quarter end.", "en", "2026-12-31"),
    ("Zahlung bis Ende Q4.", "de", "2026-12-31"),
    ("Paiement avant la fin du trimestre.", "fr", "2026-12-31"),
    ("Pagaremos antes del cierre del trimestre.", "es", "2026-12-31"),
    ("Betaling voor het einde van het kwartaal.", "nl", "2026-12-31"),
    ("Pagamos até ao fim do trimestre.", "pt", "2026-12-31"),
])
def test_relative_spans(text, lang, expected):
    assert read(text, lang) == expected


# ---------------------------------------------------------------- same day, end of the day
@pytest.mark.parametrize("text,lang", [
    ("Paying it today.", "en"),
    ("Will be released EOD.", "en"),
    ("going out COB today", "en"),
    ("Wir überweisen heute noch.", "de"),
    ("Le virement part aujourd'hui même.", "fr"),
    ("Lo pagamos hoy mismo.", "es"),
    ("We betalen vandaag nog.", "nl"),
    ("Pagamos ainda hoje.", "pt"),
])
def test_today_is_the_senders_own_day(text, lang):
    assert read(text, lang) == "2026-10-29"


def test_today_late_in_new_york_is_still_the_senders_day():
    late = datetime(2026, 10, 29, 22, 50, tzinfo=NEW_YORK)  # already Friday in Berlin
    assert read("We're paying it today, confirmation to follow.", "en", late) == "2026-10-29"


def test_paying_today_beats_the_invoice_date_written_beside_it():
    assert read("Invoice of 12 October: we pay it today.", "en") == "2026-10-29"


# ---------------------------------------------------------------- numeric dates by the sender's locale
@pytest.mark.parametrize("text,sent,expected", [
    ("check mailed 11/3", datetime(2026, 10, 29, 9, 0, tzinfo=NEW_YORK), "2026-11-03"),
    ("paying 11/3", datetime(2026, 10, 29, 9, 0, tzinfo=LONDON), "2027-03-11"),
    ("Will pay 11/05/26.", datetime(2026, 10, 29, 9, 0, tzinfo=NEW_YORK), "2026-11-05"),
    ("Will pay 05/11/26.", datetime(2026, 10, 29, 9, 0, tzinfo=LONDON), "2026-11-05"),
    ("ACH goes 11-6", datetime(2026, 10, 29, 9, 0, tzinfo=NEW_YORK), "2026-11-06"),
])
def test_numeric_dates_follow_the_senders_locale(text, sent, expected):
    assert read(text, "en", sent) == expected


@pytest.mark.parametrize("text,lang", [
    ("Zahlung am 4.11.", "de"),
    ("Zahlung erfolgt 04.11.2026", "de"),
    ("Virement le 4/11.", "fr"),
    ("Pago el 4-11.", "es"),
    ("Betaling 4-11-2026.", "nl"),
    ("Pagamento a 04/11.", "pt"),
])
def test_european_numeric_dates_are_day_first(text, lang):
    assert read(text, lang) == "2026-11-04"


# ---------------------------------------------------------------- distractor dates
@pytest.mark.parametrize("text,lang,expected", [
    ("Instead of Friday it will be Tuesday.", "en", "2026-11-03"),
    ("The transfer moved from the 2nd to the 6th.", "en", "2026-11-06"),
    ("We had it down for 2 Nov, pushed back to 9 Nov.", "en", "2026-11-09"),
    ("Statt Freitag wird es nun Dienstag.", "de", "2026-11-03"),
    ("Au lieu de vendredi, ce sera mardi.", "fr", "2026-11-03"),
    ("En vez del viernes, pagamos el martes.", "es", "2026-11-03"),
    ("In plaats van vrijdag betalen we dinsdag.", "nl", "2026-11-03"),
    ("Em vez de sexta, pagamos na terça.", "pt", "2026-11-03"),
    ("Once the goods receipt is booked on Monday, we'll pay Wednesday.", "en", "2026-11-04"),
    ("Our controller reviews it on 2 November; payment follows on 5 November.", "en", "2026-11-05"),
    ("Die Geschäftsleitung tagt am 3.11., die Überweisung folgt am 6.11.", "de", "2026-11-06"),
])
def test_distractor_dates_are_not_the_promise(text, lang, expected):
    assert read(text, lang) == expected


# ---------------------------------------------------------------- more wordings of the same families
@pytest.mark.parametrize("text,lang,expected", [
    # abbreviated weekday with its day of month
    ("ok, Fri 30th", "en", "2026-10-30"),
    ("virement ven. 6", "fr", "2026-11-06"),
    ("lo pagamos el jue 5", "es", "2026-11-05"),
    ("Zahlung Do. 5.11.", "de", "2026-11-05"),
    # a plan that moved, both dates in one clause
    ("Le virement prévu le 2 est décalé au 6.", "fr", "2026-11-06"),
    ("The payment planned for the 2nd has moved to the 6th.", "en", "2026-11-06"),
    ("Die für den 2. geplante Zahlung verschiebt sich auf den 6.", "de", "2026-11-06"),
    ("El pago previsto para el 2 pasa al 6.", "es", "2026-11-06"),
    ("De betaling van de 2e schuift op naar de 6e.", "nl", "2026-11-06"),
    ("O pagamento previsto para dia 2 passou para dia 6.", "pt", "2026-11-06"),
    # today, named with its weekday
    ("Payment goes out today (Thursday).", "en", "2026-10-29"),
    ("Wir zahlen heute, Donnerstag.", "de", "2026-10-29"),
    ("Le virement part dans la journée.", "fr", "2026-10-29"),
    # calendar weeks with a year or a short word
    ("Zahlung in KW 46/2026.", "de", "2026-11-13"),
    ("Payment in week no. 46", "en", "2026-11-13"),
    ("Virement prévu sem. 46", "fr", "2026-11-13"),
    # the first of the month in words
    ("We'll pay on the first.", "en", "2026-11-01"),
    ("Pagamos no dia primeiro.", "pt", "2026-11-01"),
    # "el primero" is the first instalment here, not the 1st of the month
    ("Pagaríamos el primero el viernes y el resto en enero.", "es", "2026-10-30"),
    # runs and last working days in other words
    ("Included in the end of next month payment run.", "en", "2026-11-30"),
    ("It will be paid on the final business day of the month.", "en", "2026-10-30"),
    ("Betaling op de laatste bankdag van de maand.", "nl", "2026-10-30"),
    ("Le virement partira avec la campagne de paiement de fin de mois.", "fr", "2026-10-30"),
    ("Entra en el proceso de pagos de fin de mes.", "es", "2026-10-30"),
])
def test_more_wordings(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # the first payment of two is the promise, today included
    ("We pay half today and the rest on Friday.", "en", "2026-10-29"),
    ("Received your reminder today, we'll pay Friday.", "en", "2026-10-30"),
    ("As of today the payment is scheduled for Friday.", "en", "2026-10-30"),
    ("Ab heute gilt: Zahlung am Freitag.", "de", "2026-10-30"),
    # ordinals of things that are not days
    ("It missed our 2nd run; it goes out on the 6th.", "en", "2026-11-06"),
])
def test_today_and_ordinals_in_context(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,expected", [
    # an American signature (dollars, a +1 number, a ZIP code) decides month-first whatever the Date offset
    ("We'll pay 11/5.\n\nJane Miller\nAccounts Payable | Acme Tools Inc.\nPhone +1 (312) 555-0182", "2026-11-05"),
    ("Check for $4,210.00 goes out 11/5.", "2026-11-05"),
    ("We'll pay 11/5.\n\nAcme Tools, 200 Main St, Springfield, IL 62701", "2026-11-05"),
    # a British or Irish one keeps day-first
    ("We'll pay 5/11.\n\nJohn Smith | Acme Ltd | +44 20 7946 0000", "2026-11-05"),
])
def test_the_signature_tells_an_american_sender_from_a_british_one(text, expected):
    assert read(text, "en", datetime(2026, 10, 29, 14, 0, tzinfo=LONDON)) == expected
