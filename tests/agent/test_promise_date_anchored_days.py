"""Days placed by other days, parts still to come, and words for spans (issue 14, after field45/field46's one measurement).

"The Friday before" a date that falls on a weekend and "the Monday after" a return are counted from the date named
before them; a date described as a weekday ("the 30th is a Saturday") names no day to pay on; "Enfin," and "or rather"
correct the day said first; "(DD/MM/YYYY)" tells the order of a numeric date; the part still to come after a part paid
("the other one will go through next week") is dated; a list of instalments is kept by its first; a routine ("we
normally pay on the 10th") and a run that is over today name no day; "EOFY" is 30 June; a fortnight's time, "binnen de
week", "a mitad de mes que viene" and a misspelt tomorrow count from the message's day; a month gone by in a past
clause ("came back at the start of March") is not next year's; staff's or the tax office's payday is not ours.

Written here in other words than any eval split's; rules: evals/LABELING.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.agent.spring_week import read


@pytest.mark.parametrize("text,lang,expected", [
    # a weekday before or after the date named before it
    ("We pay on the 1st of May; the 1st is a Saturday so realistically the Friday before.", "en", "2027-04-30"),
    ("Die Kassenwartin ist bis einschließlich 25. April verreist. Am Dienstag danach wird überwiesen.", "de", "2027-04-27"),
    # a correction, however it is said
    ("Le virement partira le 1er mai. Enfin, le 30 avril, puisque le 1er est un samedi.", "fr", "2027-04-30"),
    ("We'll settle on the 22nd, or rather the 23rd, once the run is approved by me.", "en", "2027-04-23"),
    ("Transfer on the 23rd. No, sorry, make it the 22nd, the 23rd is Friday and the bank closes early.", "en", "2027-04-22"),
    ("Wir zahlen am 20.04., bzw. am 21.04., je nachdem wann die Buchhaltung zurück ist.", "de", "2027-04-21"),
    # the part still to come after a part already paid
    ("We cleared the small invoice on Monday, the larger one will go through next week.", "en", "2027-04-23"),
    ("Die erste Rechnung wurde gestern angewiesen, die andere folgt Ende des Monats.", "de", "2027-04-30"),
    # a list of instalments kept by its first
    ("Could we split it in three? The first on 5 May, then 5 June and 5 July.", "en", "2027-05-05"),
    # a routine, a run that is over, "now" placed by the span right after it
    ("We normally pay suppliers on the 10th; yours is approved and will be paid on the 20th.", "en", "2027-04-20"),
    ("Today's cheque run is closed and you missed the cut-off. Next run is Thursday.", "en", "2027-04-15"),
    ("Ich überweise 250 € jetzt Ende des Monats und den Rest im Mai.", "de", "2027-04-30"),
    # words for spans
    ("In a fortnight's time, once the tourists are back.", "en", "2027-04-28"),
    ("We maken het binnen de week over.", "nl", "2027-04-21"),
    ("Se lo transfiero a mitad de mes que viene.", "es", "2027-05-15"),
    ("Will transfer tommorow first thing.", "en", "2027-04-15"),
    # someone else's payday beside ours
    ("Payroll goes out on the 28th, and we'll pay you on the 30th.", "en", "2027-04-30"),
    ("Primero pagamos la nómina del personal (el 23), su factura la pagamos el 26.", "es", "2027-04-26"),
    ("Am 25. zahlen wir die Gehälter, Ihre Rechnung folgt am 27.", "de", "2027-04-27"),
    ("I'll pay from my personal account on Friday.", "en", "2027-04-16"),
    # a month gone by, in a clause about what happened, is no date of next year
    ("Half the order came back at the start of March and is still not credited. We will pay the rest on Friday.", "en", "2027-04-16"),
])
def test_the_day_a_reply_places_by_another(text: str, lang: str, expected: str) -> None:
    assert read(text, lang) == expected


def test_a_spelled_out_order_decides_a_numeric_date_whatever_the_offset() -> None:
    toronto = datetime(2027, 4, 14, 9, 0, tzinfo=timezone(timedelta(hours=-4)))
    assert read("Payment is scheduled for 03/05/2027 (DD/MM/YYYY).", "en", toronto) == "2027-05-03"
    london = datetime(2027, 4, 14, 9, 0, tzinfo=timezone.utc)
    assert read("Payment is scheduled for 05/03/2027 (mm/dd/yyyy).", "en", london) == "2027-05-03"


def test_the_end_of_an_australian_financial_year() -> None:
    perth = datetime(2027, 4, 14, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    assert read("The balance goes through before EOFY, no worries.", "en", perth) == "2027-06-30"
    assert read("All squared away before end of financial year, promise.", "en", perth) == "2027-06-30"
    # elsewhere financial years end on other days: no date is read from the words alone
    assert read("All squared away before end of financial year, promise.", "en") is None


def test_the_part_still_to_come_is_a_committed_date_beside_a_payment_made() -> None:
    """Read as "already paid", a reply keeps the dated promise for what is left."""
    assert read("We sent 2,000 EUR yesterday, the rest 1,400 EUR until 30.04.", "en", committed=True) == "2027-04-30"
