"""Hand-written Dutch replies, part b: Salland and Hasselt in the last weeks of the year."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field51.kit import CET, at

R = Reply

REPLIES: list[Reply] = [
    R("J5151", at(8, "08:10", CET), "Hoi, betalen we volgende week vrijdag. Nu staan we op de kerstmarkt in Deventer.", "promise_to_pay",
      date="2027-12-17", fam=["next-weekday"]),
    R("J5152", at(9, "13:15", CET), "Goeiedag, de afbetaling van januari doen we al op 30 december, voor de jaarafsluiting.", "promise_to_pay",
      date="2027-12-30", human=["partial"], fam=["plan-instalment", "moved-date"]),
    R("J5151", at(17, "15:40", CET), "Alles wordt op 31-12 overgemaakt, na de laatste kerstboomverkoop op de 24ste.", "promise_to_pay",
      date="2027-12-31", fam=["day-first", "event-distractor"]),
]
