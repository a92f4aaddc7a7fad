"""Every date mention is found, then the promised one is chosen by its role: what a careful collector
reads out of a reply. Phrasings here are written for these tests (never copied from an eval split)."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.dates import find_promise_date, iso_week_friday, last_working_day, sender_writes_month_first

NEW_YORK, LONDON, BERLIN, MUMBAI = (timezone(timedelta(hours=h)) for h in (-5, 0, 1, 5.5))
sent_days = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))


def at(d: date, hour: int = 10, tz: timezone = BERLIN) -> datetime:
    return datetime(d.year, d.month, d.day, hour, 0, tzinfo=tz)


@given(sent_days, st.sampled_from([("mon", 0), ("tues", 1), ("weds", 2), ("thurs", 3), ("fri", 4)]))
def test_an_abbreviated_weekday_is_its_next_occurrence(day, abbr):
    word, wd = abbr
    got = find_promise_date(f"ok will pay {word}", at(day, tz=LONDON), "en")
    assert got is not None and got.weekday() == wd and 1 <= (got - day).days <= 7


@given(sent_days, st.integers(min_value=1, max_value=52))
def test_a_calendar_week_is_the_friday_of_that_iso_week(day, week):
    friday = iso_week_friday(day, week)
    assert friday is not None and friday.weekday() == 4 and friday.isocalendar()[1] == week
    assert friday >= day - timedelta(days=7)


@given(sent_days)
def test_the_last_working_day_is_the_months_last_weekday_not_before_the_message(day):
    got = last_working_day(day)
    assert got >= day and got.weekday() < 5
    month_end = date(got.year, got.month, calendar.monthrange(got.year, got.month)[1])
    assert all((got + timedelta(days=k)).weekday() >= 5 for k in range(1, (month_end - got).days + 1))


@given(sent_days, st.integers(min_value=1, max_value=28))
def test_a_weekday_with_an_ordinal_lands_on_that_weekday_and_that_day(day, dom):
    got = find_promise_date(f"We'll transfer it on Friday the {dom}{'st' if dom in (1, 21) else 'nd' if dom in (2, 22) else 'rd' if dom in (3, 23) else 'th'}.",
                            at(day, tz=LONDON), "en")
    # None only when no Friday the Nth lies ahead within four months while one has just passed: a past reading
    assert got is None or (got >= day and got.day == dom)
    if got is not None and (got - day).days > 31:
        assert got.weekday() == 4


@given(st.dates(min_value=date(2025, 1, 1), max_value=date(2029, 10, 1)), st.integers(min_value=1, max_value=12))
def test_the_senders_locale_decides_an_ambiguous_numeric_date(day, small):
    text = f"It will be paid on {min(small, 12)}/{(small % 12) + 1}/{day.year + 1}"
    month_first = find_promise_date(text, at(day, tz=NEW_YORK), "en")
    day_first = find_promise_date(text, at(day, tz=LONDON), "en")
    a, b = min(small, 12), (small % 12) + 1
    assert month_first == date(day.year + 1, a, b)
    assert day_first == date(day.year + 1, b, a)


def test_only_english_senders_in_the_americas_write_month_first():
    assert sender_writes_month_first(at(date(2026, 11, 16), tz=NEW_YORK), "en") is True
    assert sender_writes_month_first(at(date(2026, 11, 16), tz=LONDON), "en") is False
    assert sender_writes_month_first(at(date(2026, 11, 16), tz=MUMBAI), "en") is False
    assert sender_writes_month_first(at(date(2026, 11, 16), tz=NEW_YORK), "de") is None


def test_tomorrow_is_read_in_the_senders_own_timezone():
    # 23:30 on Wednesday 18 November in New York is already Thursday in Berlin
    late = datetime(2026, 11, 18, 23, 30, tzinfo=NEW_YORK)
    assert find_promise_date("We can send it tomorrow.", late, "en") == date(2026, 11, 19)


MONDAY = at(date(2026, 11, 16))  # Monday 16 November 2026


@pytest.mark.parametrize("text,lang,expected", [
    # a plan that moved: the new date
    ("Our transfer had been booked for the 18th; it has been postponed to the 24th.", "en", "2026-11-24"),
    ("Die Überweisung war für Mittwoch vorgesehen, jetzt wird es Freitag.", "de", "2026-11-20"),
    ("Le virement devait partir le 18, il partira finalement le 25.", "fr", "2026-11-25"),
    ("La transferencia estaba prevista para el 18, ahora sale el 23.", "es", "2026-11-23"),
    ("De betaling was gepland op de 18e, nu wordt het de 26e.", "nl", "2026-11-26"),
    ("A transferência estava marcada para dia 18, agora sai dia 25.", "pt", "2026-11-25"),
    # a date the sender says they cannot make
    ("We won't manage the 20th, but you'll have it on the 26th.", "en", "2026-11-26"),
    ("Am Freitag klappt es nicht, aber am Dienstag, den 24.11. zahlen wir.", "de", "2026-11-24"),
    ("No podemos pagar el viernes, pero el martes 24 sí.", "es", "2026-11-24"),
    # the date of a condition is not the promise
    ("If the replacement parts arrive by Thursday, we pay on the 27th.", "en", "2026-11-27"),
    ("Falls die Gutschrift bis Mittwoch kommt, zahlen wir am 27.11.", "de", "2026-11-27"),
    ("Si recevons l'avoir avant jeudi, on vous paie le 27.", "fr", "2026-11-27"),
    # a meeting or an approval before the payment
    ("Finance signs off invoices on Tuesday 17 November and the money goes out on 19 November.", "en", "2026-11-19"),
    ("Die Freigabesitzung ist am 18.11., danach am 20.11. Zahlung.", "de", "2026-11-20"),
    # last working day of the month, end of the quarter, the week after next, Tuesday week
    ("We pay suppliers on the last working day of the month.", "en", "2026-11-30"),
    ("Settlement by the end of the quarter.", "en", "2026-12-31"),
    ("We'll pay the week after next.", "en", "2026-12-04"),
    ("Thursday week at the latest.", "en", "2026-11-26"),
    ("Zahlung in KW 49.", "de", "2026-12-04"),
])
def test_the_promised_date_is_chosen_by_its_role(text, lang, expected):
    assert find_promise_date(text, MONDAY, lang) == date.fromisoformat(expected)


@given(sent_days, st.sampled_from([
    "We release payment within {n} working days of receiving your signed bank letter.",
    "Once the corrected invoice is with us, it gets paid within {n} days.",
    "Wir überweisen innerhalb von {n} Werktagen nach Freigabe durch den Fachbereich.",
]), st.integers(min_value=2, max_value=30))
def test_a_span_counted_from_an_event_names_no_day(day, template, n):
    """"within 5 days of receiving X" counts from something still to happen: no date to hold the customer to."""
    assert find_promise_date(template.format(n=n), at(day), None) is None


@given(sent_days)
def test_a_weekday_after_an_event_names_no_day_but_after_a_holiday_it_does(day):
    assert find_promise_date("We'll pay the Tuesday after our audit closes.", at(day), "en") is None
    got = find_promise_date("We'll pay the Friday after Christmas.", at(day), "en")
    assert got is not None and got.weekday() == 4


def test_the_date_said_to_be_the_latest_binds():
    assert find_promise_date("Virement prévu début décembre, le 3 au plus tard.", at(date(2026, 11, 17)), "fr") == date(2026, 12, 3)


def test_the_day_a_sentence_narrows_down_to_binds():
    assert find_promise_date("Payment goes the week of the 7th, let's say Wednesday 9th.", at(date(2026, 11, 20)), "en") == date(2026, 12, 9)


def test_a_day_inside_a_week_span_is_more_precise_than_the_span():
    assert find_promise_date("Esta semana le pago, el miércoles.", at(date(2026, 11, 16)), "es") == date(2026, 11, 18)


@pytest.mark.parametrize("text,language,expected", [
    ("will pay nxt wk", "en", date(2026, 11, 27)),
    ("Zahlung geht Fr. raus.", "de", date(2026, 11, 20)),
    ("Die Zahlung ist per Ende Monat eingeplant.", "de", date(2026, 11, 30)),
    ("cheque in the post tmrw", "en", date(2026, 11, 18)),
])
def test_terse_and_regional_forms(text, language, expected):
    assert find_promise_date(text, at(date(2026, 11, 17)), language) == expected


@pytest.mark.parametrize("text,language,expected", [
    ("Het bestuur vergadert op dinsdag 1 december; de betaling volgt op donderdag 3 december.", "nl", date(2026, 12, 3)),
    ("The council meets on 24 November and the payment follows on 26 November.", "en", date(2026, 11, 26)),
    ("A direção reúne a 1 de dezembro e a transferência é feita no dia 4.", "pt", date(2026, 12, 4)),
])
def test_a_meetings_date_is_not_the_payment_date_even_in_one_clause(text, language, expected):
    assert find_promise_date(text, at(date(2026, 11, 17)), language) == expected


@pytest.mark.parametrize("text,language,expected", [
    ("Le conseil se réunit le 2 décembre et je fais le virement le lendemain.", "fr", date(2026, 12, 3)),
    ("The committee meets on December 1. Cheques go out the Friday after.", "en", date(2026, 12, 4)),
])
def test_a_payment_counted_from_a_dated_meeting(text, language, expected):
    assert find_promise_date(text, at(date(2026, 11, 17)), language) == expected


@pytest.mark.parametrize("text,language", [
    ("We can do half now and the rest in January.", "en"),
    ("Ich überweise jetzt 400 € und den Rest im Januar.", "de"),
    ("Pagamos la mitad ahora y el resto en enero.", "es"),
])
def test_a_part_paid_now_is_dated_today(text, language):
    assert find_promise_date(text, at(date(2026, 11, 17)), language) == date(2026, 11, 17)


def test_a_number_after_now_that_is_no_amount_is_no_date():
    assert find_promise_date("Mudámos de NIF, agora 509 221 907. Reemitam por favor.", at(date(2026, 11, 17)), "pt") is None


@pytest.mark.parametrize("text,language,expected", [
    ("Ich bin seit Montag hier; die Zahlung geht nächsten Freitag raus.", "de", date(2026, 11, 27)),
    ("Our cheque run is every other Tuesday; the next one is 12/1.", "en", date(2026, 12, 1)),
    ("El pago sale la semana que entra, el jueves.", "es", date(2026, 11, 26)),
    ("Wir zahlen bis Ende Quartal.", "de", date(2026, 12, 31)),
    ("We'll pay in 3 weeks, once our grant arrives as it does every month.", "en", date(2026, 12, 8)),
])
def test_weekdays_that_name_no_day_ahead_and_spans_with_a_reason(text, language, expected):
    assert find_promise_date(text, at(date(2026, 11, 17), tz=NEW_YORK if "cheque run" in text else BERLIN), language) == expected


# Issue 14, leave-one-split-out date families (own wording).
_WED = datetime(2026, 11, 25, 11, 0, tzinfo=timezone.utc)


def test_a_window_our_reminders_are_counted_in_is_no_day_ahead():
    text = "Fourth email in twelve days, impressive. It goes out Thursday."
    assert find_promise_date(text, _WED, "en") == date(2026, 11, 26)


def test_this_arvo_is_the_day_it_is_written():
    assert find_promise_date("We'll send the 500 this arvo, cheers.", _WED, "en") == date(2026, 11, 25)


@given(st.sampled_from(["Mon", "Tue", "Weds", "Thu", "Fri"]))
def test_a_weekday_beside_the_week_after_next_falls_in_that_week(day):
    found = find_promise_date(f"It'll be paid the week after next, {day} I expect.", _WED, "en")
    assert found is not None and date(2026, 12, 7) <= found <= date(2026, 12, 11)


@pytest.mark.parametrize("text, lang", [("Karen is off today; the transfer is booked for Friday.", "en"),
                                        ("Herr Vogt ist heute nicht im Haus, die Zahlung geht Freitag raus.", "de")])
def test_the_day_someone_is_away_is_not_the_day_of_payment(text, lang):
    assert find_promise_date(text, _WED, lang) == date(2026, 11, 27)


def test_two_invoices_on_days_in_different_months_keep_the_first():
    text = "On paiera la 4410 en fin de mois et la 4411 le 12 décembre."
    assert find_promise_date(text, _WED, "fr") == date(2026, 11, 30)


def test_a_day_inside_the_month_a_span_names_still_refines_it():
    assert find_promise_date("We pay at the end of this month, on the 27th.", _WED, "en") == date(2026, 11, 27)


_SAT = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, lang", [
    ("We paid 600 on the 19th and the remainder follows next week.", "en"),
    ("Transferimos 600 el día 19 y el resto irá la semana que viene.", "es"),
])
def test_a_day_just_gone_that_a_payment_was_made_on_is_not_the_promise(text, lang):
    found = find_promise_date(text, _SAT, lang)
    assert found is not None and found != date(2026, 12, 19)


def test_a_day_of_the_month_ahead_is_still_promised():
    assert find_promise_date("We will pay on the 19th.", _SAT, "en") == date(2026, 12, 19)
    assert find_promise_date("Pagamos el día 30.", _SAT, "es") == date(2026, 11, 30)
