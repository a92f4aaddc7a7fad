"""Figures written without a currency (core.text.amounts.bare_figures): what a collector would read as
money is found, whatever else a number in a reply is (a date, a time, a week, a count, a reference) is not."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from core.text.amounts import bare_figures


@given(st.integers(min_value=32, max_value=999_999), st.sampled_from(["en", "eu", "plain"]),
       st.sampled_from(["we send {} today", "paying {} now, the rest Friday", "{} goes out Monday", "la otra mitad, {} el lunes"]))
def test_an_amount_written_in_any_grouping_is_found(value, style, sentence):
    written = {"en": f"{value:,}", "eu": f"{value:,}".replace(",", "."), "plain": str(value)}[style]
    assume(not (written.isdigit() and 1990 <= value <= 2099))  # "2026" alone is a year, never money
    if style == "eu" and value < 1000 and "." not in written:
        written = str(value)
    assert Decimal(value) in bare_figures(sentence.format(written))


@given(st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=12), st.integers(min_value=0, max_value=23))
def test_dates_times_weeks_and_days_of_the_month_are_not_figures(day, month, hour):
    text = (f"on {day}/{month}, {day}.{month}.2026 at {hour:02d}:30, the {day}th, el {day}, in week {day + 20}, "
            f"KW {day + 20}, semana {day + 20}, within {day + 30} days, net 60, 3 invoices, in 2026")
    assert bare_figures(text) == []


def test_references_phone_numbers_and_order_numbers_are_not_figures():
    text = "INV-2026-84101, PO 4500229187, #4471, ref TRF-88123, call +44 20 7946 0958 or 030 1234 5678, invoice 07071"
    assert bare_figures(text) == []


@given(st.integers(min_value=32, max_value=9_999), st.sampled_from(["buses", "trees", "pallets of stock", "guests", "lambs"]))
def test_a_count_of_things_is_not_money(value, things):
    assert bare_figures(f"all {value} {things} went out this morning") == []


def test_money_named_by_its_currency_word_or_with_a_tax_is_still_money():
    assert bare_figures("send 2,000 dollars today and 1200 plus VAT on Friday") == [Decimal("2000.00"), Decimal("1200.00")]


def test_half_of_the_people_or_of_the_time_pays_no_part():
    from core.text.amounts import portion_words

    assert portion_words("half the office is away for the 15th, payment goes thursday") is None
    assert portion_words("half term next week, we pay monday") is None
    assert portion_words("we pay half the total on friday") == "half"
    assert portion_words("half of the balance now") == "half"
