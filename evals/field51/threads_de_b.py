"""Hand-written German replies, part b: Christmas payment runs in Mittenwald, Linz and the Domleschg."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field51.kit import CET, at

R = Reply

REPLIES: list[Reply] = [
    R("J5121", at(10, "11:20", CET), "Hallo, wir zahlen beide Rechnungen am 23.12.27, vorher kommt kein Geld von den Musikschulen.", "promise_to_pay",
      date="2027-12-23", fam=["two-digit-year", "explained-date"]),
    R("J5122", at(14, "17:45", CET), "Servus, zahle nach dem Dreikönigstag, am Freitag, den 7. Jänner. Vorher ist bei uns Kehrpause.", "promise_to_pay",
      date="2028-01-07", fam=["jaenner", "holiday-distractor", "weekday-ordinal"]),
    R("J5123", at(16, "10:35", CET), "Grüezi, die 97025 bezahlen wir innert 10 Tagen, die 97024 nach Eingang der Frachtgutschrift.", "promise_to_pay",
      date="2027-12-26", inv=["97025", "97024"], human=["conditional"], fam=["within-days", "swiss", "conditional-remainder"]),
]
