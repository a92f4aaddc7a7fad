"""The day a sender settles on when a reply names more than one (issue 14), in the six languages.

A cardinal right before a month's name ("negentien december", "dezoito de dezembro"); a count the sender works out into
a day ("within four business days, i.e. by Mon 7 Dec", "binnen sieben Werktagen, also bis Fr. 11.12."); a plan moved
("moving it to", "se movió al"); a conclusion ("so maybe 12/8", "Monday 7.12 then"); a day asked about and answered with
another; "not this Thursday, the one after"; a holiday's or an appointment's date beside the payment's; "after 8
December, on 9 December"; a count that lands on a weekend carried to the Monday named; "4.12 we pay" in English.

Written here in other words than any eval split's; rules: evals/LABELING.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from agent.dates import find_promise_date

# Tuesday 1 December 2026, 10:00 in Europe (+01:00) and in Chicago (-06:00, month-first).
TUE_EU = datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))
TUE_US = datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=-6)))


def read(text: str, lang: str, sent: datetime = TUE_EU) -> str | None:
    got = find_promise_date(text, sent, lang)
    return got.isoformat() if got else None


@pytest.mark.parametrize("text,lang,expected", [
    ("Negentien december, beloofd.", "nl", "2026-12-19"),
    ("Dezoito de dezembro, pode contar.", "pt", "2026-12-18"),
    ("Diecisiete de diciembre, sin falta.", "es", "2026-12-17"),
    ("Dix-huit décembre, promis.", "fr", "2026-12-18"),
    ("Binnen sieben Werktagen, also bis Fr. 11.12.", "de", "2026-12-11"),
    ("Within four business days, i.e. by Mon 7 Dec.", "en", "2026-12-07"),
    ("Em seis dias úteis, ou seja, até quarta, dia 9.", "pt", "2026-12-09"),
    ("Lo teníamos para el 4, pero se movió al 14 de diciembre.", "es", "2026-12-14"),
    ("Estava marcado para dia 3, mas passou para dia 15.", "pt", "2026-12-15"),
    ("Friday 4.12? Bank closed. Tuesday 8.12 then.", "en", "2026-12-08"),
    ("Payment on 6.12? That's a Sunday, apologies. Monday 7.12 then.", "en", "2026-12-07"),
    ("We send it Thursday. Not this Thursday, the one after - 10/12.", "en", "2026-12-10"),
    ("Wegen des Feiertags am 8.12. zahlen wir bereits am 4.12.", "de", "2026-12-04"),
    ("Die Zahlung ist für den 9.12. geplant, das Treffen mit dem Wirtschaftsprüfer am 3.12. ändert daran nichts.", "de", "2026-12-09"),
    ("We pay after 8 December, on 9 December, since the 8th is a holiday here.", "en", "2026-12-09"),
    ("Goods came 20.11, so 14 days from delivery - 4.12 we pay.", "en", "2026-12-04"),
])
def test_the_day_settled_on_is_the_promise(text, lang, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize("text,expected", [
    ("We had scheduled 12/3 but moving it to 12/9 because of the inventory count, final.", "2026-12-09"),
    ("Our customer said they pay us 12/4, so maybe 12/8 from our side.", "2026-12-08"),
    ("Books close 12/4, we pay the next day, that's a Saturday, so Monday 12/7.", "2026-12-07"),
])
def test_month_first_senders_settle_the_same_way(text, expected):
    assert read(text, "en", TUE_US) == expected


@pytest.mark.parametrize("text,lang", [
    ("Eighteen December invoices are still open.", "en"),  # an English cardinal before a month counts things
    ("Unit price is 4.12 per kg, as quoted.", "en"),  # a dotted number without a date's context is an amount
])
def test_what_names_no_day_stays_undated(text, lang):
    assert read(text, lang) is None
