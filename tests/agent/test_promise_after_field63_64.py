"""Date rules written after field63 and field64 were measured once (issue 14), in my own words. Wednesday 14 April 2027
(tests/agent/spring_week.py): a date that says what tomorrow is names no day to pay on; "the day we reopen" is the day
the reply says it reopens; a day corrected with a colon after it ("No, Friday: Thursday I'm at the show") stays
corrected; a weekday with the article after a verb of habit ("fait les virements le vendredi") is a routine; a weekday
"after we've sold it" is that weekday; "the Monday after - we'll pay you then" counts from the date before; a lawyer's
"my client proposes to settle" is no money coming in; money a promoter settles with the sender is theirs, not ours;
Christmas Eve needs no preposition."""

from __future__ import annotations

import pytest

from tests.agent.spring_week import read


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Demain c'est le 15 avril, le bureau est fermé. Le virement partira lundi 19.", "fr", "2027-04-19"),
    ("Morgen is het 15 april, dan zijn we dicht. We storten vrijdag.", "nl", "2027-04-16"),
    ("We close today for the spring break and reopen on 26 April. Payment will be made the day we reopen.", "en", "2027-04-26"),
    ("Je fais le virement jeudi. Non, vendredi : jeudi je suis à la foire toute la journée.", "fr", "2027-04-16"),
    ("I'll pay Thursday. No, Friday: Thursday I'm at the show all day.", "en", "2027-04-16"),
    ("Règlement prévu le 20/04 – pardon, le 23/04, notre banque fait les virements groupés le vendredi.", "fr", "2027-04-23"),
    ("Truck's in Thursday with the load. Pay you Monday after we've sold it at the market.", "en", "2027-04-19"),
    ("The 15th is our opening night and the takings go to the bank the Monday after - we'll pay you then.", "en", "2027-04-19"),
    ("My client proposes to settle the balance in two instalments, on April 30 and May 31. Please confirm.", "en", "2027-04-30"),
    ("The promoter settles with us Thursday and you'll have the full amount Friday.", "en", "2027-04-16"),
    ("Christmas Eve is when I do the books. You'll get it then.", "en", "2027-12-24"),
])
def test_days_read_after_field63_and_field64(text, lang, day):
    assert read(text, lang) == day


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Tomorrow is the 15th and we'll pay then.", "en", "2027-04-15"),
    ("Le virement partira le vendredi 23.", "fr", "2027-04-23"),
    ("Pagamos a 11223 amanhã e a 11224 no fim do mês.", "pt", "2027-04-15"),  # "e" is "and" here, not "é"
])
def test_days_these_rules_leave_alone(text, lang, day):
    assert read(text, lang) == day


def test_a_year_end_process_is_no_year_end_day():
    from datetime import datetime, timedelta, timezone

    from agent.dates import find_promise_date

    denver = datetime(2027, 4, 14, 10, 0, tzinfo=timezone(timedelta(hours=-7)))  # a US sender writes the month first
    text = "Per our year-end process, payments approved after 3/14 will be released on 5/3/2027. Your invoices fall into that batch."
    assert str(find_promise_date(text, denver, "en")) == "2027-05-03"
    assert str(find_promise_date("We will pay at year-end.", denver, "en")) == "2027-12-31"
