"""Parts, calendars and labelled days (issue 14, after field47/field48's one measurement).

Two parts with two days keep the earlier part's even when the later one is said more firmly ("the 690 tomorrow and
the big one on the 26th"); a calendar of run dates names no day, the run the invoices are slotted into does; a
closure or freeze that started before the reply still frames its span; a date labelled as the payment's ("target
date") beats an event's; "call it" settles; "balance as at" dates a balance; "the first working day after the quarter
end"; a holiday named by its weekday ("Viernes Santo"), or a bridge day, is no day to pay on; "no, perdón" corrects;
"lo teníamos para … nos lo han pasado al …" moves; "la deuxième quinzaine" ends the month; "end May" without "of";
an amount "on the 15th of each month" proposes instalments; Dutch "pas op donderdag" is no negation; a slashed date's
full stop ends its sentence.

Written here in other words than any eval split's; rules: evals/LABELING.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.agent.spring_week import read


@pytest.mark.parametrize("text,lang,expected", [
    # two parts: the earlier part's day
    ("Vamos pagar os 420 € amanhã; a fatura maior fica para depois da feira, dia 30.", "pt", "2027-04-15"),
    ("Le pagamos la pequeña el viernes y la grande después de la auditoría, el 28 de abril.", "es", "2027-04-16"),
    ("The larger invoice goes in three weeks, the smaller one has been loaded for Friday.", "en", "2027-04-16"),
    # a calendar of runs, and the run the invoices are in
    ("Our supplier run dates in May are 5/5, 12/5 and 26/5. Both of yours are slotted into the 12/5 run.", "en", "2027-05-12"),
    # a freeze or closure that began before the reply
    ("Payments are blocked from 9th April to 18th April for the system migration. Yours will be released on 20th April.", "en", "2027-04-20"),
    ("We shut for the regatta from tomorrow. Will sort it when we're back.", "en", None),
    # a labelled payment day, a settled one, a balance's date
    ("We go live on a new ledger on 4/19; the payment will follow, target date 4/23.", "en", "2027-04-23"),
    ("The audit finishes tomorrow and the run after that is the week after - call it the 22nd.", "en", "2027-04-22"),
    ("The buyer will settle every balance as at 13 April in its first run, on 30 April.", "en", "2027-04-30"),
    ("Booked for the first working day after the month end - Monday.", "en", "2027-05-03"),
    # holidays named by their weekday, a bridge day
    ("Wegen Donnerstag (Feiertag) und Freitag Brückentag zahlen wir am Mittwoch, 21.04.", "de", "2027-04-21"),
    # corrections and moves in Spanish
    ("Lo pagamos el lunes 19... no, perdón, el 19 cerramos por inventario, así que el martes 20.", "es", "2027-04-20"),
    ("Lo teníamos para el 16 pero el banco nos ha pasado la orden al 23 de abril.", "es", "2027-04-23"),
    # spans and plans
    ("Le règlement interviendra dans la deuxième quinzaine de mai.", "fr", "2027-05-31"),
    ("Could we do half end April and half end May?", "en", "2027-04-30"),
    ("Would you accept €900 on the 25th of each month until it's cleared?", "en", "2027-04-25"),
    ("Door de jaarafsluiting (deadline 20 april) kunnen wij pas op vrijdag 23 april betalen.", "nl", "2027-04-23"),
    ("If you send the corrected statement by Friday, we'll release payment on Tuesday 4/20. Without it nothing can't move.", "en", "2027-04-20"),
])
def test_the_day_a_reply_commits_to(text: str, lang: str, expected: str | None) -> None:
    assert read(text, lang) == expected


def test_the_rest_after_a_part_already_gone_is_the_committed_day() -> None:
    assert read("Die erste Hälfte ist heute raus, der Rest folgt Ende April.", "de", committed=True) == "2027-04-30"


def test_philippine_english_is_read_month_first_and_its_neighbours_day_first() -> None:
    manila = datetime(2027, 4, 14, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    assert read("Good day po! The check for both invoices will be released on 05/03/2027. Thank you po!", "en", manila) == "2027-05-03"
    assert read("Dear team, payment goes out on 03/05/2027 via our Singapore bank.", "en", manila) == "2027-05-03"
