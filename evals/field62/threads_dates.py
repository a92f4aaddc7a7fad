"""More dated commitments (field62), in every language: the plain, plan-and-first-instalment and whole-invoice promises
that give the split its weight of dates, each worded once."""

from evals.field.build import Reply
from evals.field62.kit import AE, AU, BR, CAA, CAE, CEST, GB, ID, IE, NZ, PT, USC, at

R = Reply

REPLIES = [
    # --- English
    R("D6201", at(6, 21, "09:40", GB), "Invoice 62012 will be paid Tuesday week.", "promise_to_pay", date="2029-07-03", inv=["INV-2027-62012"], fam=["tuesday-week"]),
    R("D6203", at(7, 12, "10:15", CAE), "You'll have it by the 1st of August.", "promise_to_pay", date="2029-08-01", fam=["ordinal-of-month"]),
    R("D6204", at(7, 9, "12:00", NZ), "Our pay day is the 20th, it'll go out then.", "promise_to_pay", date="2029-07-20", fam=["ordinal-alone", "payday"]),
    R("D6206", at(6, 21, "10:20", AE), "Dear Sir,\nKindly note the payment will be released on Monday, 2nd July 2029.\nRegards", "promise_to_pay", date="2029-07-02", fam=["gulf-english", "weekday-ordinal-month"]),
    R("D6208", at(7, 13, "09:00", ID), "Dear Sir, payment for 62082 planned at 25-07-2029.", "promise_to_pay", date="2029-07-25", inv=["INV-2027-62082"], fam=["numeric-day-first", "non-native"]),
    R("D6210", at(7, 2, "08:30", IE), "I'll pay the lot on Friday the 13th. Unlucky for some.", "promise_to_pay", date="2029-07-13", fam=["weekday-ordinal", "joke"]),
    R("D6211", at(7, 19, "11:30", USC), "We'll cut a check 7/30.", "promise_to_pay", date="2029-07-30", fam=["us-numeric", "cheque"]),
    R("D6212", at(6, 25, "09:10", CAA), "Payment goes out the day after Canada Day.", "promise_to_pay", date="2029-07-02", fam=["holiday-relative", "canada-day"]),
    R("D6213", at(7, 9, "13:40", GB), "I'll pay the £480 in the next 10 days.", "promise_to_pay", date="2029-07-19", amount="480.00", inv=["INV-2027-62132"], partial=False, fam=["within-days", "whole-invoice-amount"]),
    R("D6214", at(7, 11, "16:20", AU), "Payment on 18/7, can't do it sooner.", "promise_to_pay", date="2029-07-18", fam=["day-first-over-12"]),
    R("D6203", at(6, 28, "12:50", CAE), "Could we pay 62031 in two chunks, July 16 and August 15?", "payment_plan_request", date="2029-07-16", inv=["INV-2027-62031"], fam=["plan-two-dates"]),
    R("D6210", at(7, 16, "10:40", IE), "Could I pay €500 a week from this Friday until 62101 is cleared?", "payment_plan_request", date="2029-07-20", amount="500.00", inv=["INV-2027-62101"], fam=["plan-weekly", "this-friday"]),
    R("D6201", at(7, 25, "15:05", GB), "It'll be settled by close of business on Monday.", "promise_to_pay", date="2029-07-30", fam=["weekday", "cob"]),
    R("D6213", at(6, 29, "08:20", GB), "By the end of next week — we're rigging boats for the Round the Island race till then.", "promise_to_pay", date="2029-07-06", fam=["end-of-next-week"]),
    # --- German
    R("D6221", at(7, 11, "09:10", CEST), "Wir zahlen am 18. Juli.", "promise_to_pay", date="2029-07-18", fam=["day-month-words"]),
    R("D6223", at(7, 9, "12:30", CEST), "Das Geld geht am Donnerstag raus.", "promise_to_pay", date="2029-07-12", fam=["weekday"]),
    R("D6223", at(6, 22, "10:50", CEST), "Die 62232 begleichen wir bis spätestens 10.07.", "promise_to_pay", date="2029-07-10", inv=["INV-2027-62232"], fam=["dotted-date"]),
    R("D6221", at(6, 21, "15:30", CEST), "Zahlung Mitte Juli, vorher ist die Kasse leer.", "promise_to_pay", date="2029-07-15", fam=["mid-month"]),
    R("D6223", at(7, 24, "10:30", CEST), "Können wir die 62231 in zwei Raten zahlen, 2.090 € am 1.8. und den Rest am 1.9.?", "payment_plan_request", date="2029-08-01", amount="2090.00", inv=["INV-2027-62231"], fam=["plan-two-rates", "dotted-date"]),
    R("D6221", at(7, 18, "13:15", CEST), "Innerhalb von 10 Tagen ist das Geld bei Ihnen.", "promise_to_pay", date="2029-07-28", fam=["within-days"]),
    # --- French
    R("D6233", at(7, 4, "10:30", CEST), "Nous paierons la 62331 le 13 juillet.", "promise_to_pay", date="2029-07-13", inv=["INV-2027-62331"], fam=["day-month-words"]),
    R("D6231", at(7, 18, "11:50", CEST), "Règlement jeudi 26.", "promise_to_pay", date="2029-07-26", fam=["weekday-ordinal", "terse"]),
    R("D6233", at(6, 21, "09:40", CEST), "Virement prévu début juillet.", "promise_to_pay", date="2029-07-01", fam=["beginning-of-month"]),
    R("D6231", at(6, 25, "14:00", CEST), "On vous règle d'ici la fin de la semaine.", "promise_to_pay", date="2029-06-29", fam=["end-of-week"]),
    R("D6233", at(7, 19, "12:20", CEST), "Après la fête nationale, donc le mardi 24.", "promise_to_pay", date="2029-07-24", fam=["belgian-national-day", "weekday-ordinal"]),
    R("D6231", at(7, 2, "10:10", CEST), "Pourrions-nous verser 1 500 € le 15 juillet puis le solde en août ?", "payment_plan_request", date="2029-07-15", amount="1500.00", fam=["plan-first-instalment"]),
    # --- Spanish
    R("D6242", at(7, 3, "12:10", CEST), "Pagaremos el 12/07.", "promise_to_pay", date="2029-07-12", fam=["numeric-day-first"]),
    R("D6241", at(6, 22, "13:30", CEST), "El pago saldrá el miércoles 4.", "promise_to_pay", date="2029-07-04", fam=["weekday-ordinal"]),
    R("D6242", at(7, 16, "10:25", CEST), "En dos semanas les transferimos la 62422.", "promise_to_pay", date="2029-07-30", inv=["INV-2027-62422"], fam=["in-two-weeks"]),
    R("D6241", at(7, 12, "17:45", CEST), "Pagamos el lunes que viene.", "promise_to_pay", date="2029-07-16", fam=["next-weekday"]),
    R("D6242", at(6, 25, "18:00", CEST), "Les pagamos mañana a primera hora.", "promise_to_pay", date="2029-06-26", fam=["tomorrow"]),
    R("D6241", at(7, 23, "09:50", CEST), "¿Podemos pagar 1.000 € al mes empezando el 1 de agosto?", "payment_plan_request", date="2029-08-01", amount="1000.00", fam=["plan-monthly-amount"]),
    # --- Dutch
    R("D6251", at(7, 3, "11:10", CEST), "Wij maken het bedrag over op 11 juli.", "promise_to_pay", date="2029-07-11", fam=["day-month-words"]),
    R("D6252", at(7, 9, "09:55", CEST), "Betaling uiterlijk woensdag.", "promise_to_pay", date="2029-07-11", fam=["weekday", "terse"]),
    R("D6251", at(6, 26, "12:45", CEST), "De betaling staat gepland voor begin volgende week.", "promise_to_pay", date="2029-07-02", fam=["early-next-week"]),
    R("D6252", at(6, 21, "17:20", CEST), "We betalen over twee weken.", "promise_to_pay", date="2029-07-05", fam=["in-two-weeks"]),
    R("D6251", at(7, 16, "13:30", CEST), "Wij betalen op 25-07.", "promise_to_pay", date="2029-07-25", fam=["numeric-day-first"]),
    R("D6252", at(7, 26, "10:15", CEST), "Mogen we € 200 per maand betalen, de eerste keer op 1 augustus?", "payment_plan_request", date="2029-08-01", amount="200.00", fam=["plan-monthly-amount"]),
    # --- Portuguese
    R("D6261", at(7, 4, "10:40", PT), "Pagamos a 62612 no dia 12.", "promise_to_pay", date="2029-07-12", inv=["INV-2027-62612"], fam=["ordinal-alone"]),
    R("D6262", at(7, 17, "09:20", BR), "Vamos pagar na próxima sexta-feira.", "promise_to_pay", date="2029-07-27", fam=["next-weekday"]),
    R("D6261", at(6, 26, "15:15", PT), "O pagamento será feito até ao fim do mês.", "promise_to_pay", date="2029-06-30", fam=["end-of-month"]),
    R("D6262", at(6, 28, "11:00", BR), "Pagamento dia 10/07.", "promise_to_pay", date="2029-07-10", fam=["numeric-day-first", "terse"]),
    R("D6261", at(7, 18, "16:30", PT), "Transferimos na segunda-feira.", "promise_to_pay", date="2029-07-23", fam=["weekday"]),
    R("D6262", at(7, 24, "14:10", BR), "Pago em 3 dias úteis.", "promise_to_pay", date="2029-07-27", fam=["working-days"]),
]
