"""Hand-written French replies, part b: Mirecourt and Quebec City before the holidays."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field51.kit import CET, QC, at

R = Reply

REPLIES: list[Reply] = [
    R("J5131", at(8, "16:05", CET), "Bonjour, paiement des deux factures la semaine prochaine, mardi au plus tard.", "promise_to_pay",
      date="2027-12-14", fam=["next-week-weekday"]),
    R("J5133", at(16, "13:20", QC), "Allô, le versement de janvier va être fait le 14 au lieu du 15, le 15 c'est un samedi.", "promise_to_pay",
      date="2028-01-14", human=["partial"], fam=["plan-instalment", "moved-date"]),
    R("J5131", at(17, "09:10", CET), "Nous paierons avant Noël, c'est promis. Joyeuses fêtes à toute l'équipe.", "promise_to_pay",
      date="2027-12-24", fam=["before-christmas"]),
]
