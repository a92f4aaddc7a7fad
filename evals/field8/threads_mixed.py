"""Replies in another language than our reminder, and the date wordings the other files leave out (two weeks today,
Tuesday week written on a Tuesday, end of next month, a reply written just after midnight in Singapore)."""

from evals.field.build import Reply

R = Reply
P = "promise_to_pay"

REPLIES = [
    R("N833", "2026-11-24T10:00:00+01:00", "Bonjour, le paiement sera fait le 2.12. Meilleures salutations, U. Brunner", P, date="2026-12-02", lang="fr", sender=1, fam=["other-language", "dotted-date", "de-CH"]),
    R("N854", "2026-11-23T12:00:00-06:00", "Hello, we will pay on 3/12. Regards, Emilio", P, date="2026-12-03", lang="en", sender=1, fam=["other-language", "numeric-locale", "es-MX"]),
    R("N803", "2026-11-19T09:00:00-05:00", "We'll get it to you two weeks today.\nMegan", P, date="2026-12-03", sender=1, fam=["two-weeks-today"]),
    R("N816", "2026-11-23T11:00:00-06:00", "Best we can do is end of next month. Sorry.\nDiane", P, date="2026-12-31", sender=1, fam=["end-of-next-month", "far-date"]),
    R("N804", "2026-11-25T10:00:00-08:00", "Check goes out 12/7, promise.", P, date="2026-12-07", sender=1, fam=["us-numeric", "cheque"]),
    R("N807", "2026-11-24T12:00:00+00:00", "Hi, it'll be paid Tuesday week. Ciara", P, date="2026-12-08", sender=1, fam=["tuesday-week-on-tuesday"]),
    R("N863", "2026-11-26T13:00:00+01:00", "Dear sir, we will pay on the 30th. Kind regards, Jelle Kuipers", P, date="2026-11-30", lang="en", sender=1, fam=["other-language", "ordinal-alone"]),
    R("N841", "2026-11-23T14:00:00+01:00", "Hello, we will make the payment the 3 december. Best regards, Nathalie Roux", P, date="2026-12-03", lang="en", sender=1, fam=["other-language", "non-native"]),
    R("N817", "2026-11-26T00:30:00+08:00", "will pay tomorrow, sorry for the late reply", P, date="2026-11-27", sender=1, fam=["timezone", "after-midnight"]),
    R("N819", "2026-11-20T13:00:00+01:00", "Good afternoon,\nWe shall pay in early January when the school term fees come in.\nRegards,\nChinedu", P, date="2027-01-01", sender=1, fam=["early-month", "far-date", "non-native"]),
    R("N801", "2026-11-20T17:45:00+00:00", "EOM for both. R", P, date="2026-11-30", sender=1, fam=["eom", "terse"]),
    R("N852", "2026-11-25T11:00:00+01:00", "Dear Sirs,\n\nYour invoice is included in our payment run of 1/12.\n\nBest regards\nSuppliers Dept.", P, date="2026-12-01", lang="en", fam=["other-language", "numeric-dayfirst"]),
]
