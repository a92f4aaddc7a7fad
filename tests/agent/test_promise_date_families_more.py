"""More promise-date families (issue 14), each written for this file in the six languages: British "Tuesday week"
and "Thursday fortnight", "the 5th of next month", "week commencing", a meeting and the weekday after it, a
correction that replaces a date, a question answered no, dotted dates after a preposition in any language, and a
weekday that is a holiday's name ("Black Friday"). None comes from an eval split; rules: evals/LABELING.md."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from agent.dates import find_promise_date

LONDON = timezone.utc
CET = timezone(timedelta(hours=1))
# Wednesday 25 November 2026; December ends on a Thursday, January 2027 on a Sunday.
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LONDON)
WED_CET = datetime(2026, 11, 25, 10, 0, tzinfo=CET)


def read(text: str, lang: str) -> str | None:
    got = find_promise_date(text, WED if lang == "en" else WED_CET, lang)
    return got.isoformat() if got else None


@pytest.mark.parametrize("text,lang,expected", [
    ("Paying it Tues week.", "en", "2026-12-08"),
    ("Fri week at the latest.", "en", "2026-12-04"),
    ("It'll go in our run Monday fortnight.", "en", "2026-12-14"),
    ("Payment a fortnight on Friday.", "en", "2026-12-11"),
    ("We'll pay a fortnight today.", "en", "2026-12-09"),
    ("You'll have it in 3 wks.", "en", "2026-12-16"),
])
def test_british_weeks_and_fortnights_count_from_the_coming_weekday(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Payment will be made mid of next month.", "en", "2026-12-15"),
    ("Will transfer on the 4th of next month.", "en", "2026-12-04"),
    ("Der Betrag geht am 3. des nächsten Monats raus.", "de", "2026-12-03"),
    ("Le virement partira le 5 du mois prochain.", "fr", "2026-12-05"),
    ("Pagaremos el 4 del próximo mes.", "es", "2026-12-04"),
    ("We betalen op de 7e van volgende maand.", "nl", "2026-12-07"),
    ("Pagamos no dia 9 do mês que vem.", "pt", "2026-12-09"),
    ("Vai ser pago no fim do mês que vem.", "pt", "2026-12-31"),
    ("Zahlung erfolgt bis Ende Jahr.", "de", "2026-12-31"),
])
def test_a_day_or_end_of_next_month_lands_in_december(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Will be settled week commencing 7 December.", "en", "2026-12-11"),
    ("Paid w/c 14th December.", "en", "2026-12-18"),
    ("We'll pay on the last working day of December.", "en", "2026-12-31"),
    ("Zahlung am letzten Arbeitstag im Januar.", "de", "2027-01-29"),
    ("Betaling op de laatste werkdag van december.", "nl", "2026-12-31"),
    ("We will pay in the first days of February.", "en", "2027-02-01"),
    ("We pay 40% this month and the rest in January.", "en", "2026-11-30"),
])
def test_weeks_and_month_edges_named_by_their_month(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Nous réglerons sous huitaine.", "fr", "2026-12-02"),  # a week: three of the four writers who met it (LABELING)
    ("Nous paierons endéans les 15 jours.", "fr", "2026-12-10"),
    ("Pagaremos em até 3 dias úteis.", "pt", "2026-11-30"),
    ("Les pagamos la semana entrante.", "es", "2026-12-04"),
    ("Betalen doen we de 18de.", "nl", "2026-12-18"),
    ("Morgenochtend maken we het over.", "nl", "2026-11-26"),
    ("Paiement début de semaine prochaine.", "fr", "2026-11-30"),
])
def test_windows_and_days_in_the_words_of_each_language(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("The director will approve it on Monday and the transfer goes out the following day.", "en", "2026-12-01"),
    ("Der Vorstand tagt am Dienstag, die Zahlung folgt am Donnerstag darauf.", "de", "2026-12-03"),
    ("La junta se reúne el lunes 30 y el pago sale el miércoles siguiente.", "es", "2026-12-02"),
    ("It was due to go on 27/11 - correction, it will be 2/12.", "en", "2026-12-02"),
    ("Paid today? No, only on Friday I'm afraid.", "en", "2026-11-27"),
    ("By close of business Thursday the 26th.", "en", "2026-11-26"),
    ("Happy Cyber Monday! Payment goes out Thursday.", "en", "2026-11-26"),
    ("Fr. 2'500.– zahlen wir am Freitag.", "de", "2026-11-27"),
    ("We can pay 600 on 2.12, ok?", "en", "2026-12-02"),
])
def test_the_promised_day_among_other_dates(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("We'd like to spread it over three months.", "en"),
    ("Could we do £200 a week until it's cleared?", "en"),
])
def test_a_span_or_a_rate_names_no_day(text, lang):
    assert read(text, lang) is None


def test_a_weekly_rate_from_monday_starts_on_monday():
    assert read("Could we do £200 a week from Monday?", "en") == "2026-11-30"


@pytest.mark.parametrize("text,lang,expected", [
    ("We'll settle straight after Christmas.", "en", "2026-12-28"),
    ("Paying after Thanksgiving.", "en", "2026-11-30"),
    ("Zahlung nach den Feiertagen.", "de", "2027-01-04"),
    ("Pagamos después de Reyes.", "es", "2027-01-07"),
    ("We maken het over na Sinterklaas.", "nl", "2026-12-07"),
    ("Budget opens next quarter, we pay then.", "en", "2027-01-01"),
    ("Payment on the first working day of January.", "en", "2027-01-04"),
    ("Wir zahlen am dritten Arbeitstag im Dezember.", "de", "2026-12-03"),
    ("Late December, promise.", "en", "2026-12-31"),
    ("Pagamos a fines de diciembre.", "es", "2026-12-31"),
])
def test_holidays_quarters_and_working_days_of_a_month(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Sie ist bis 1. Dez. im Urlaub und überweist am Tag danach.", "de", "2026-12-02"),
    ("The goods land on 2 December; we pay within 5 working days after that.", "en", "2026-12-09"),
    ("Ursprünglich war der 4. geplant, jetzt wird es der 11.", "de", "2026-12-11"),
    ("Could we spread it over four months, first payment early December?", "en", "2026-12-01"),
    ("Pagamos quarta, dia 2.", "pt", "2026-12-02"),
    ("Our runs are every 15th and at month end; yours is in the 30 November run.", "en", "2026-11-30"),
    ("We'll pay after the Christmas concert takings, so the week of the 14th.", "en", "2026-12-18"),
])
def test_the_promise_counted_from_or_beside_another_date(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("Thanks for your reminder dated the 20th, we will pay.", "en"),
    ("The board meets on 3 December; I can't give you a payment date before then.", "en"),
    ("Die Ware wurde erst am 20. geliefert, wir zahlen sobald wir können.", "de"),
    ("We'll pay after the Christmas party.", "en"),
])
def test_a_date_that_is_not_the_payments_is_no_promise_date(text, lang):
    assert read(text, lang) is None


@pytest.mark.parametrize("text,lang,expected", [
    ("Die Rechnung vom 12.10. begleichen wir am 3.12.", "de", "2026-12-03"),
    ("Le paiement de la facture du 12/10 partira le 3/12.", "fr", "2026-12-03"),
    ("Der Termin war der 30.11., wir haben die Zahlung auf den 7.12. verschoben.", "de", "2026-12-07"),
    ("Die Gutschrift kommt am Montag, dann zahlen wir am Mittwoch darauf.", "de", "2026-12-02"),
    ("Cuando llegue el abono del lunes, pagamos ese mismo viernes.", "es", "2026-12-04"),
    ("Wir zahlen innert 14 Tagen.", "de", "2026-12-09"),
    ("Zahlung übernächsten Freitag.", "de", "2026-12-11"),
    ("Will pay USD 2,400 this Fri, the 9,100 one later.", "en", "2026-11-27"),
    ("Will pay this wk", "en", "2026-11-27"),
    ("We pay on the 3rd Friday of Dec.", "en", "2026-12-18"),
    ("Den 7de, zoals altijd.", "nl", "2026-12-07"),
    ("Pagamos na 6ª.", "pt", "2026-11-27"),
    ("Vai na rodada de fim de mês.", "pt", "2026-11-30"),
    ("Zahlung somit am 15.12.2026.", "de", "2026-12-15"),
    ("Our office is closed on Monday, so the payment goes on Tuesday 1 December.", "en", "2026-12-01"),
    ("We will settle by this weekend.", "en", "2026-11-28"),
    ("Payment will be made on 2026/12/10.", "en", "2026-12-10"),
    ("We pay in 51 calendar week.", "en", "2026-12-18"),
    ("El pago se hará dentro de los próximos 7 días.", "es", "2026-12-02"),
    ("Le comptable valide le 30 novembre, le virement part le 1er.", "fr", "2026-12-01"),
])
def test_invoice_dates_moves_events_and_written_forms(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("Depositamos no dia 23, segue o comprovante.", "pt"),
    ("Our payment for 4411 went on the 20th.", "en"),
])
def test_a_day_just_gone_is_no_promise(text, lang):
    assert read(text, lang) is None


@pytest.mark.parametrize("text,lang,expected", [
    ("Once the credit memo arrives on Monday, we pay the balance Friday.", "en", "2026-12-04"),
    ("Sobald die Gutschrift am Montag da ist, zahlen wir am Freitag.", "de", "2026-12-04"),
    ("Dès réception de l'avoir lundi, nous réglons vendredi.", "fr", "2026-12-04"),
    ("Not next week but the week after that.", "en", "2026-12-11"),
    ("Niet volgende week maar de week daarna.", "nl", "2026-12-11"),
    ("Am ersten Werktag nach Mariä Empfängnis überweisen wir.", "de", "2026-12-09"),
    ("Pagaremos el primer día hábil después de la Inmaculada.", "es", "2026-12-09"),
    ("We betalen de maandag na pakjesavond.", "nl", "2026-12-07"),
    ("Betaling op de laatste werkdag van het jaar.", "nl", "2026-12-31"),
    ("Halverwege december betalen we.", "nl", "2026-12-15"),
    ("Fortnight today, if that's ok.", "en", "2026-12-09"),
    ("The instalment is paid after our month-end closing, on the 3rd.", "en", "2026-12-03"),
    ("We pay every 5th and 20th; yours goes in the 5th run.", "en", "2026-12-05"),
    ("Pagamos na sexta-feira que vem.", "pt", "2026-12-04"),
    ("Die Freigabe ist in der Vorstandssitzung am 1.12., die Zahlung dann am 3.12.", "de", "2026-12-03"),
    ("Zahlung nach der Messe am 12. Dezember, also am Montag danach.", "de", "2026-12-14"),
    ("Part one goes today, the other on the 10th.", "en", "2026-11-25"),
])
def test_conditions_holidays_and_the_first_of_several_parts(text, lang, expected):
    assert read(text, lang) == expected
