"""The small vendor formats the connectors parse, over many inputs: Xero's .NET dates, Retry-After
in seconds or as an HTTP date, and Stripe's minor units."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.utils import format_datetime

from hypothesis import given
from hypothesis import strategies as st

from adapters.erp_connectors.http import retry_after_seconds
from adapters.erp_connectors.stripe_billing import THREE_DECIMAL, ZERO_DECIMAL, money
from adapters.erp_connectors.xero import xero_date

moments = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(timezone.utc))


@given(moments)
def test_a_xero_dotnet_date_is_the_utc_day_it_encodes(moment: datetime) -> None:
    ms = int(moment.timestamp() * 1000)
    assert xero_date({"Date": f"/Date({ms}+0000)/"}, "Date") == datetime.fromtimestamp(ms / 1000, tz=timezone.utc).date()


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
def test_a_xero_date_string_wins_over_the_dotnet_form(day: date) -> None:
    assert xero_date({"DateString": f"{day.isoformat()}T00:00:00", "Date": "/Date(0+0000)/"}, "Date") == day


@given(st.integers(min_value=0, max_value=86_400))
def test_retry_after_in_seconds_is_taken_as_it_is(seconds: int) -> None:
    assert retry_after_seconds(str(seconds), default=99.0) == float(seconds)


@given(st.integers(min_value=1, max_value=3_600))
def test_retry_after_as_an_http_date_is_the_time_until_then(seconds: int) -> None:
    now = datetime(2026, 11, 29, 10, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=seconds), usegmt=True), default=99.0, now=now) == float(seconds)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzAEIOU -_;:", max_size=20))
def test_an_unreadable_retry_after_falls_back_to_the_default(text: str) -> None:
    assert retry_after_seconds(text, default=5.0) == 5.0
    assert retry_after_seconds(" inf ", default=5.0) == retry_after_seconds("NaN", default=5.0) == 5.0


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(sorted(ZERO_DECIMAL | THREE_DECIMAL | {"eur", "usd", "gbp"})))
def test_minor_units_scale_exactly_by_the_currencys_decimals(minor: int, currency: str) -> None:
    places = 0 if currency in ZERO_DECIMAL else 3 if currency in THREE_DECIMAL else 2
    amount = money(minor, currency)
    assert amount * (10 ** places) == Decimal(minor) and amount.as_tuple().exponent == -places
