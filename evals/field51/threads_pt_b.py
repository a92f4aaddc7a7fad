"""Hand-written Portuguese replies, part b: Braga and the Mantiqueira before the year closes."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field51.kit import BR, PT, at

R = Reply

REPLIES: list[Reply] = [
    R("J5161", at(13, "12:00", PT), "Boa tarde, pagamos na próxima quarta-feira, dia 22, depois da feira.", "promise_to_pay",
      date="2027-12-22", fam=["next-weekday", "weekday-ordinal"]),
    R("J5162", at(14, "09:20", BR), "Bom dia, o pagamento da 97064 sai no dia 17/12 e a 97063 no dia 5/1, após as férias coletivas.", "promise_to_pay",
      date="2027-12-17", fam=["two-invoices-two-dates", "day-first"]),
    R("J5161", at(16, "15:30", PT), "Transferimos metade amanhã e a outra metade no dia 30.", "promise_to_pay",
      date="2027-12-17", partial=False, fam=["two-parts", "tomorrow"]),
]
