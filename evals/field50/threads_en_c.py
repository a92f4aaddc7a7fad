"""English replies (field50), part C: a Mombasa kitesurf centre, a Fort Worth archery supplier, a Galway surf-hire
shop on a plan and a Dunedin tattoo studio."""

from evals.field.build import Payment, Reply
from evals.field50.kit import AUTO, CT, GMT, IST, KE, NZ, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK50-008", "V5009", "2027-10-26", "620.00", "USD", "MOMBASA KITESURF CENTRE"),
    P("BK50-009", "V5010", "2027-10-27", "9565.00", "USD", "FORT WORTH ARCHERY SUPPLY CO CHK 20417"),
    P("BK50-010", "V5011", "2027-10-29", "650.00", "EUR", "GALWAY BAY SURF HIRE PLAN OCT"),
    P("BK50-011", "V5012", "2027-10-21", "2795.00", "NZD", "OCTAGON INK LTD"),
]

REPLIES = [
    # --- Mombasa Kitesurf Centre (KE)
    R("V5009", at(25, "08:30", KE), "Jambo, we will pay on Friday God willing. The season has started well.\nAbdallah",
      "promise_to_pay", date="2027-10-29", fam=["weekday", "kenyan"]),
    R("V5009", at(26, "19:40", KE), "Kindly note the 620 was sent today via Equity Bank. The 3,890 we shall pay once the insurance settles the claim for the boat that was damaged, hopefully mid November.",
      "already_paid", sec=["promise_to_pay"], inv=["96016", "96015"], date="2027-11-15", human=["conditional"],
      fam=["paid-and-promise", "conditional", "mid-month", "kenyan"], note="the insurer's act: conditional; paid part matches BK50-008"),
    R("V5009", at(28, "10:15", KE), "Good morning, please send the invoice again, the one you sent is a blank page when opened on the phone.",
      "invoice_resend", fam=["resend", "kenyan", "broken-attachment"]),
    R("V5009", at(29, "09:05", KE), "Dear Sir, I write to request that we settle the balance of USD 3,890 in three installments of about 1,300 starting 15th November, then 15th December and 15th January. Kindly advise.",
      "payment_plan_request", date="2027-11-15", amount="1300.00", inv=["96015"], fam=["kenyan", "instalments", "ordinal"]),
    R("V5009", at(33, "11:45", KE), "Your message couldn't be delivered to accounts@mombasakitesurf.example because the mailbox is full.\n\nRemote server returned '552 5.2.2 Mailbox full'",
      "bounce", sender="postmaster@mombasakitesurf.example", subject="Undeliverable: Reminder: overdue invoices – Mombasa Kitesurf Centre Ltd",
      dsn=("accounts@mombasakitesurf.example", "5.2.2"), fam=["bounce", "mailbox-full"]),
    # --- Fort Worth Archery Supply (US)
    R("V5010", at(25, "13:10", CT), "Howdy,\n\nCheck #20417 for both invoices went out in Friday's mail. Should be there any day now.\n\nCody",
      "already_paid", ref="20417", fam=["cheque", "texan", "reference"], note="BK50-009 is the check, deposited 27 October"),
    R("V5010", at(26, "10:45", CT), "Cody here. We're set up to pay 10/29 but need the PO corrected on 96018 first - it says FWA-3318, should be FWA-3381. Fix that and you'll get paid Friday.",
      "promise_to_pay", sec=["po_change"], date="2027-10-29", inv=["96018"], human=["conditional"], fam=["us-month-first", "conditional", "po-number", "texan"]),
    R("V5010", at(27, "15:55", CT), "Payment for 96017 is set for 11/12 and 96018 for 11/26.", "promise_to_pay", date="2027-11-12", inv=["96017", "96018"],
      fam=["us-month-first", "two-dates", "terse"], sender=0, note="two invoices, two dates: the first"),
    R("V5010", at(28, "09:20", CT), "I no longer handle AP for Fort Worth Archery. Please contact our outside bookkeeper, Lisa Gaines, lisa@gainesbookkeeping.example.\n\nThanks,\nCody Pruitt",
      "wrong_contact", fam=["new-contact", "bookkeeper"]),
    R("V5010", at(29, "16:30", CT), "Hi this is Lisa Gaines, I do the books for FW Archery now. Could you email me a statement and W-9 so I can get y'all set up in QuickBooks? I'll pay whatever's open by 11/15.",
      "promise_to_pay", sec=["invoice_resend", "other"], date="2027-11-15", human=["tax form"], sender="lisa@gainesbookkeeping.example",
      fam=["bookkeeper", "tax-form", "us-month-first", "unknown-sender"]),
    R("V5010", at(32, "08:10", CT), "Well, ain't that something. Third reminder this week for an invoice I told you was paid. Check cleared on the 27th. Check your own bank.\nCody",
      "already_paid", fam=["sarcasm", "texan", "cleared"], note="BK50-009 clears 27 October for the full balance"),
    # --- Galway Bay Surf Hire (IE, payment plan)
    R("V5011", at(25, "11:00", IST), "Hi, this month's €650 under the plan goes Friday as agreed. Ciarán",
      "promise_to_pay", date="2027-10-29", amount="650.00", fam=["instalment", "plan", "flagged"]),
    R("V5011", at(29, "18:20", IST), "Paid the October instalment today (650). Still owed after that is €4,550 by my count, can you confirm?",
      "already_paid", human=["amount differs"], fam=["instalment", "plan", "flagged", "balance-question"]),
    R("V5011", at(27, "12:40", IST), "Lads, the winter's a killer for a surf hire business. Could we pause the plan for December and January and double up in February and March? Ciarán",
      "payment_plan_request", fam=["plan", "deferral", "irish", "flagged"]),
    R("V5011", at(33, "09:00", GMT), "I'm away surfing in Portugal until 22 November. No signal, no email. Ciarán",
      "out_of_office", headers=AUTO, subject="Auto: away", quote="none", human=["absence longer than 14 days"], fam=["auto-ooo", "long-absence", "flagged"]),
    # --- Octagon Ink (NZ, Dunedin, +13:00)
    R("V5012", at(26, "09:30", NZ), "Kia ora, both of those were paid on the 21st, one payment of $2,795. Ngā mihi, Rawiri",
      "already_paid", fam=["maori-greeting", "combined-payment"]),
    R("V5012", at(27, "14:00", NZ), "Hi, we've moved the studio - new billing address is 44 Stuart Street, Dunedin 9016. Can you update your records and reissue?",
      "po_change", fam=["new-address", "reissue"]),
    R("V5012", at(28, "10:10", NZ), "Sorry for the wait, will pay Monday... actually no, Monday the 1st our bank's doing an upgrade and the app's down. Tuesday the 2nd it is.",
      "promise_to_pay", date="2027-11-02", fam=["moved-date", "holiday", "weekday-ordinal"],
      note="the corrected day"),
    R("V5012", at(29, "11:25", NZ), "Please stop emailing this address, it's my personal one. Rawiri",
      "wrong_contact", fam=["stop-emailing", "personal-address"]),
]
