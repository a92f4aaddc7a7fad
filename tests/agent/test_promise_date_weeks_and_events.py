"""Promise dates placed by a week or an event named beside them (issue 14), in the six languages: a weekday in a
calendar week ("KW 50, Dienstag"), the week after next said by denying next week ("not next week but the one after"),
a weekday of the week of a dated meeting ("the Friday of that week"), the weekday "after that", the first working day
after a date or a holiday's long weekend, Spanish abbreviated weekdays with a dot ("el juev."), the n-th weekday of
every month ("am ersten Montag im Monat"), and a reason's own date ("because our customers pay us on the 15th").

Written here in other words than any eval split's (those stay unread while the reader changes); rules: evals/LABELING.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from agent.dates import find_promise_date

# Wednesday 25 November 2026 (ISO week 48); week 49 runs Monday 30 November to Sunday 6 December.
WED = datetime(2026, 11, 25, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def read(text: str, lang: str) -> str | None:
    got = find_promise_date(text, WED, lang)
    return got.isoformat() if got else None


@pytest.mark.parametrize("text,lang,expected", [
    ("Payment goes out in week 49 on Thursday.", "en", "2026-12-03"),
    ("We'll pay Thursday of week 49.", "en", "2026-12-03"),
    ("We pay in calendar week 50, Tuesday.", "en", "2026-12-08"),
    ("Zahlung KW 50, Dienstag.", "de", "2026-12-08"),
    ("Virement semaine 49, le mardi.", "fr", "2026-12-01"),
    ("Pagaremos en la semana 50, el viernes.", "es", "2026-12-11"),
    ("Betaling in week 49 op woensdag.", "nl", "2026-12-02"),
    ("Pagamento na semana 49, na terça.", "pt", "2026-12-01"),
])
def test_a_weekday_in_a_calendar_week_is_that_weekday_of_that_week(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("Not next week but the one after, sorry.", "en"),
    ("Pagamos la próxima semana no, la siguiente.", "es"),
    ("Wij betalen de week na volgende week.", "nl"),
    ("Pas la semaine prochaine, celle d'après.", "fr"),
    ("Pagamos na semana depois da próxima.", "pt"),
    ("Nächste Woche nicht, sondern die danach.", "de"),
])
def test_the_week_after_next_said_by_denying_next_week_is_its_friday(text, lang):
    assert read(text, lang) == "2026-12-11"


@pytest.mark.parametrize("text,lang,expected", [
    ("After the board meets on 1 December we pay on the Friday of that week.", "en", "2026-12-04"),
    ("Tras la reunión del 1 de diciembre, pagamos el viernes de esa semana.", "es", "2026-12-04"),
    ("Na de vergadering van 1 december betalen we vrijdag van die week.", "nl", "2026-12-04"),
    ("Après le comité du 1er décembre, nous payons le vendredi de cette même semaine.", "fr", "2026-12-04"),
    ("Nach der Sitzung am 1. Dezember zahlen wir am Freitag derselben Woche.", "de", "2026-12-04"),
    ("Depois da reunião de 1 de dezembro pagamos na sexta dessa semana.", "pt", "2026-12-04"),
    ("Finance approves it on the 8th and the wire goes Thursday after that.", "en", "2026-12-10"),
])
def test_a_weekday_counted_from_a_dated_meeting_is_in_or_after_its_week(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("We will pay on the first working day after 8 December.", "en", "2026-12-09"),
    ("El pago saldrá el primer día hábil después del puente de la Inmaculada.", "es", "2026-12-09"),
    ("Pagamos el juev. sin falta", "es", "2026-11-26"),
    ("Lo pagamos el miérc.", "es", "2026-12-02"),
    ("Wir zahlen wie immer am ersten Montag im Monat.", "de", "2026-12-07"),
    ("Nous réglons toujours le premier lundi du mois.", "fr", "2026-12-07"),
    ("We will pay on the 16th of December, since our own customers pay us on the 15th.", "en", "2026-12-16"),
    ("Pagaremos el 18 de diciembre porque nuestros clientes nos pagan el 15.", "es", "2026-12-18"),
])
def test_holidays_abbreviations_monthly_habits_and_reasons(text, lang, expected):
    assert read(text, lang) == expected


def test_a_part_paid_now_ish_names_no_day():
    """"now-ish" is vague: the dated part is the promise, the vague one is left to the policy's undated check."""
    assert read("We'll pay 5512 now-ish and 5513 by 11 Dec.", "en") == "2026-12-11"


@pytest.mark.parametrize("text", [
    "Payment will follow on the 3rd, as usual.",
    "We pay in week 49.",
    "Next week we pay, on Thursday.",
])
def test_what_already_worked_still_does(text):
    assert read(text, "en") is not None


@pytest.mark.parametrize("text,expected", [
    # written on Wednesday 25 November: Monday is the 30th, so the Wednesday after it is 2 December
    ("Our director signs the transfer on Monday, then the bank sends it out on Wednesday.", "2026-12-02"),
    ("We settle after the Friday market, on Friday next week.", "2026-12-04"),
    ("We pay a third now (800,00) on Monday and the rest in January.", "2026-11-30"),
    ("It will surely be before Christmas, most probably the 16th.", "2026-12-16"),
])
def test_a_sequence_a_named_weekday_a_part_now_on_a_day_and_a_likely_day(text, expected):
    assert read(text, "en") == expected


@pytest.mark.parametrize("text", [
    "The invoice is dated 2 October but it only reached us this week, we'll sort it soon.",
    "Monday was a bank holiday here, we will look at it when we can.",
    "Your reminder of Friday the 20th was news to me. We'll pay, just not this week.",
    "Tu recordatorio del 20 de noviembre nos sorprendió; pagaremos, pero no hoy.",
])
def test_a_date_told_as_gone_ours_or_denied_promises_nothing(text):
    assert read(text, "es" if text.startswith("Tu ") else "en") is None


@pytest.mark.parametrize("text,lang,expected", [
    ("Both invoices will be settled the week after next, Wednesday.", "en", "2026-12-09"),
    ("Our controller shifted the transfer date from 30 Nov to 4 Dec; both invoices go then.", "en", "2026-12-04"),
    ("We pay after our inventory count on 30 Nov, i.e. on 3 December.", "en", "2026-12-03"),
    ("Die Zahlung folgt nach der Inventur am 30.11., also am Donnerstag, 3.12.", "de", "2026-12-03"),
    ("El pago sale el juev. 3 sin falta.", "es", "2026-12-03"),
    ("Remittance is scheduled for 2026.12.04 in our system.", "en", "2026-12-04"),
    ("Payment will be sent on 4. 12. by our bank.", "en", "2026-12-04"),
    ("Betaling uke 49, fredag.", "en", "2026-12-04"),
    ("Not this coming week but the one after, Thursday.", "en", "2026-12-10"),
    ("The plan payment slips a week, Wed 9th instead of the 2nd. Harvest bills all paid out this week.", "en", "2026-12-09"),
    ("We pay on 04/12 - that's December 4, we write dates the British way.", "en", "2026-12-04"),
])
def test_restated_moved_and_foreign_written_dates(text, lang, expected):
    assert read(text, lang) == expected
