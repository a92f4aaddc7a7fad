"""The day a reply pays on, among the other days it names (issue 14, from field67/68's errors after their one
measurement; every sentence written here, in other words): a festival's, a ship's or a stand's day in a sentence of no
payment beside the sentence that pays; a fiscal year-end whose day the calendar does not know; a carnival day named
right after the verb; "the 9th, the day after Liberation Day"; "in Thursday's post"; a day the banks are closed; a plan
listed "then … then …"; "a month from September"; "first thing next month"; European Portuguese "para a semana"; and
which waits are conditions: someone else's act is one, dated or not; the end of the sender's own busy time is not."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from agent.dates import find_promise_date
from agent.extract import is_conditional

CET = timezone(timedelta(hours=1))
MONDAY = datetime(2027, 3, 1, 10, 0, tzinfo=CET)  # Monday 1 March 2027
CARNIVAL_WEEK = datetime(2027, 2, 1, 10, 0, tzinfo=CET)  # Monday 1 February 2027: Rosenmontag is the 8th


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The regatta is on the 14th and the whole harbour shuts. We'll transfer on the 12th.", date(2027, 3, 12)),
    ("fr", "La braderie, c'est le 7, tout le quartier est dehors. Je vire le 5.", date(2027, 3, 5)),
    ("es", "Las fiestas del pueblo son del 10 al 15 de marzo. Pagaremos el 9.", date(2027, 3, 9)),
    ("en", "Our trade stand is up until 12 Mar. Both invoices will be paid on 5 Mar.", date(2027, 3, 5)),
    ("en", "My shift started at 6 this morning and hasn't stopped. Friday, promise.", date(2027, 3, 5)),
    ("en", "The ship leaves port on the 3rd. Once the buyer's money lands we'll settle it by 20 March.", date(2027, 3, 20)),
])
def test_a_day_in_a_sentence_of_no_payment_gives_way_to_the_day_the_payment_is_named_with(lang, text, expected):
    assert find_promise_date(text, MONDAY, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a day alone after the sentence that pays answers it
    ("en", "Payment is due on the 5th? Not possible, so Friday the 12th.", date(2027, 3, 12)),
    # someone else's promise is no word of paying
    ("pt", "O câmbio depende do banco, que prometeu fechar na segunda. Se fechar, pagamos dia 10.", date(2027, 3, 10)),
    ("nl", "Ik had dinsdag beloofd, maar het wordt donderdag 4 maart.", date(2027, 3, 4)),
    # "de dag erna", "le lendemain" are whole phrases: the words after them are the sentence's, not an event
    ("nl", "Na onze eigen veiling op 5 maart maken we de dag erna alles over.", date(2027, 3, 6)),
    # a payment denied after it is no payment sentence; a holiday given as a cause ("devido à") is no day
    ("en", "Sunday the 7th then. The bank doesn't process on Friday.", date(2027, 3, 7)),
    ("pt", "Devido à Sexta-feira Santa, o pagamento será feito na quinta-feira, 1 de abril.", date(2027, 4, 1)),
])
def test_a_day_after_the_payment_sentence_or_promised_by_someone_else_keeps_its_reading(lang, text, expected):
    assert find_promise_date(text, MONDAY, lang) == expected


def test_a_fiscal_year_end_is_no_31_december_and_the_run_it_brackets_is_the_day():
    text = "Our last cheque run before fiscal year-end (31 March) is 26 March. Yours is in it."
    assert find_promise_date(text, MONDAY, "en") == date(2027, 3, 26)
    assert find_promise_date("We will settle everything before year-end.", MONDAY, "en") == date(2027, 12, 31)


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die Zahlung geht Rosenmontag raus, versprochen.", date(2027, 2, 8)),
    ("en", "We'll pay Shrove Tuesday, once the pancakes are done.", date(2027, 2, 9)),
    ("nl", "We betalen Aswoensdag.", date(2027, 2, 10)),
])
def test_a_carnival_day_named_right_after_the_verb_is_the_day(lang, text, expected):
    assert find_promise_date(text, CARNIVAL_WEEK, lang) == expected


def test_a_carnival_day_told_of_names_no_payment():
    assert find_promise_date("Aschermittwoch ist alles vorbei.", CARNIVAL_WEEK, "de") is None


def test_a_day_after_a_named_day_set_beside_a_date_glosses_it():
    assert find_promise_date("Payment on the 9th, the day after Liberation Day.", MONDAY, "en") == date(2027, 3, 9)
    assert find_promise_date("We're closed on the 8th and pay the day after.", MONDAY, "en") == date(2027, 3, 9)
    assert find_promise_date("The board meets on the 4th, payment the day after.", MONDAY, "en") == date(2027, 3, 5)


def test_in_that_days_post_is_the_day_it_is_posted_and_our_mail_of_a_day_is_not():
    assert find_promise_date("The cheque goes in Thursday's post.", MONDAY, "en") == date(2027, 3, 4)
    assert find_promise_date("Thanks for Tuesday's mail, we will pay on the 20th.", MONDAY, "en") == date(2027, 3, 20)


def test_a_day_the_banks_are_closed_is_not_the_day_paid():
    tuesday = datetime(2027, 3, 2, 10, 0, tzinfo=CET)
    assert find_promise_date("tomorrow's a holiday here, banks closed. thursday then", tuesday, "en") == date(2027, 3, 4)
    assert find_promise_date("mañana, bancos cerrados. El jueves.", tuesday, "es") == date(2027, 3, 4)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Could we split it into three payments: the 10th, then 10 April, then 10 May?", date(2027, 3, 10)),
    ("en", "Would £800 a month from April work for you?", date(2027, 4, 1)),
    ("en", "We could do it monthly starting in May.", date(2027, 5, 1)),
    ("fr", "On pourrait étaler sur trois mois et commencer à la Toussaint ?", date(2027, 11, 1)),
])
def test_a_plan_is_kept_by_its_first_instalment(lang, text, expected):
    assert find_promise_date(text, MONDAY, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "We'll settle both first thing next month.", date(2027, 4, 1)),
    ("pt", "Para a semana pagamos tudo.", date(2027, 3, 12)),
    ("pt", "Pagamos para a semana que vem.", date(2027, 3, 12)),
])
def test_spans_named_in_a_few_words(lang, text, expected):
    assert find_promise_date(text, MONDAY, lang) == expected


@pytest.mark.parametrize("text, conditional", [
    ("Assuming the board signs it off, you'll have it Friday.", True),
    ("We pay on Friday once our customer's transfer lands.", True),
    ("will pay on the 15th when our client's cheque clears", True),
    ("You'll have it Friday.", False),
    ("Our clients pay us on the 1st, so you'll have it on the 2nd.", False),
    # the end of the sender's own busy time is a day of their calendar, not someone else's act
    ("We'll pay both on Monday the 8th, once the harvest rush is over.", False),
    ("Die Zahlung kommt in 10 Tagen, sobald unsere Inventur durch ist.", False),
    ("Pagamos en cinco días hábiles, en cuanto cerremos la temporada.", False),
    ("We pay Friday once our customer's busy season is over.", True),
    ("We pay Friday once the rush is over and our buyer pays us.", True),
    ("Friday, even if nobody calls it a holiday, you'll have it.", False),
    ("We'll pay on the 4th, but only if you correct the VAT number first.", True),
    # Spanish "se" before a verb in the present is a passive, Portuguese "se" before an article is "if"
    ("El pago se programa para el lunes 13.", False),
    ("Pagamos na segunda se o cliente pagar.", True),
])
def test_a_payment_waiting_on_someone_else_is_conditional_dated_or_not(text, conditional):
    assert is_conditional(text) is conditional
