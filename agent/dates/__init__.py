"""Dates in customer replies, resolved against the reply's own Date header and time zone.

Rules first, dateparser second: the phrases collectors care about ("Friday", "next Friday",
"end of month", "by the 15th", "in two weeks", "15. März", "30/11") are resolved by explicit
rules in six languages, so every answer can be explained; dateparser is the fallback in
resolve_date() for anything else.

Resolution rules (the same ones the labelled datasets use):
- A bare weekday or "this Friday" is its next occurrence strictly after the sent date. Sent on a
  Friday, "Friday" therefore means the Friday a week later: "on Friday" written on a Friday
  almost always means the next one, and "today" is what people write for the same day.
- "next Friday" / "Friday next week" / "vendredi prochain" is that weekday in the calendar week
  after the sent date's week. "next week" alone is the Friday of next week (its last working day).
- "end of (the) month" is the last day of the sent date's month; "end of March" is the last day of
  the next March on or after the sent date; "end of next month" is the last day of next month.
- "by the 15th" is the next 15th on or after the sent date; "15 March" without a year is its next
  occurrence on or after the sent date (the most recent one, when the text talks about the past).
- "in two weeks" / "within 10 days" add to the sent date; "within 3 working days" counts Monday
  to Friday only.
- "early next week" / "Anfang nächster Woche" is the Monday of next week; "next week Wednesday"
  is that weekday of next week. "beginning of next month" / "early December" is the 1st of that
  month; "mid-month" / "mid December" the 15th; "end of the year" 31 December; "before
  Christmas" 24 December.
- Numeric dates are day-first for de/fr/es/nl/pt senders. For English, a number above 12 decides
  the order; when both readings are possible, month-first (US) unless only the day-first reading
  falls within the next 60 days.

The package, one job a module, each importing only the ones above it in this list:

- `calendar`: date arithmetic (next occurrences, working days, month shifts, the sender's local day);
- `cues`: the words that tell a promise from a payment already made, shared by the modules below;
- `patterns`: the word tables and the pattern table, one (kind, regex) row per way of writing a date;
- `resolve`: a pattern's match turned into its readings ahead and behind;
- `sentences`: sentence and clause spans, conditions, and a plan that moved;
- `finding`: every date mention of a text (`find_dates`), and which way round a sender writes 12/3;
- `promise_roles`: how strongly a date's clause, and the dates beside it, commit to paying on it;
- `promise_counts`: days counted from another day the reply names ("the day after the board meets");
- `promise_second_thoughts`: days the sender takes back, corrects or refuses;
- `promise`: the date a reply promises to pay by (`find_promise_date`);
- `public`: a past date, a future date, a return date, and `resolve_date` with dateparser as the fallback.
"""

from __future__ import annotations

from agent.dates.calendar import divmod_month, end_of_month, iso_week_friday, last_month_day, last_working_day, local_date, local_dt, next_month_day, weekday_with_day
from agent.dates.finding import FoundDate, _find_dates, find_dates, sender_writes_month_first
from agent.dates.patterns import _P, DAY_FIRST_LANGS, EXPLICIT_KINDS, MONTH_NAMES, NUMBER_WORDS, WEEKDAY_NAMES
from agent.dates.promise import find_promise_date
from agent.dates.promise_roles import head_of, promise_role_score, speaks_of_paying
from agent.dates.public import find_future_date, find_past_date, find_return_date, resolve_date

__all__ = [
    "DAY_FIRST_LANGS", "EXPLICIT_KINDS", "MONTH_NAMES", "NUMBER_WORDS", "WEEKDAY_NAMES", "FoundDate", "_P", "_find_dates",
    "divmod_month", "end_of_month", "find_dates", "find_future_date", "find_past_date", "find_promise_date", "find_return_date",
    "head_of", "iso_week_friday", "last_month_day", "last_working_day", "local_date", "local_dt", "next_month_day",
    "promise_role_score", "resolve_date", "sender_writes_month_first", "speaks_of_paying", "weekday_with_day",
]
