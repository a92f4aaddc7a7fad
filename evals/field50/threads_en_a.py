"""English replies (field50), part A: a Bondi surfboard shaper, an Austin costume-hire house (strategic), a Kilkenny
tattoo collective and a Naivasha archery outfitter."""

from evals.field.build import Payment, Reply
from evals.field50.kit import AUTO, CT, GMT, IST, KE, SYD, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK50-001", "V5001", "2027-10-22", "1190.00", "AUD", "BONDI BAY SURFBOARDS INV96002"),
    P("BK50-002", "V5003", "2027-10-27", "3445.00", "EUR", "KILKENNY INK TATTOO COLL KI-OCT-27"),
    P("BK50-003", "V5004", "2027-10-26", "4345.00", "USD", "NAIVASHA ARCHERY OUTDOOR LPO221"),
    P("BK50-004", "V5002", "2027-10-29", "3380.00", "USD", "LONE STAR COSTUME HIRE ACH 000417733"),
]

REPLIES = [
    # --- Bondi Bay Surfboards (AU, Sydney, +11:00)
    R("V5001", at(25, "07:42", SYD), "Morning - yep that's on me, been flat out with the spring orders. I'll pay it Thursday arvo.\nJacko",
      "promise_to_pay", date="2027-10-28", fam=["weekday", "australian", "terse"]),
    R("V5001", at(26, "16:05", SYD), "Hi team,\n\nThe 1,190 went through last Friday (22/10), should be on your statement. The big one (96001) I'll clear by the end of next week once the Margaret River order is invoiced out.\n\nCheers\nJacko",
      "already_paid", sec=["promise_to_pay"], inv=["96002", "96001"], date="2027-11-05",
      fam=["paid-and-promise", "day-first", "end-of-next-week", "australian"], note="paid part matches BK50-001; the reason only explains the date"),
    R("V5001", at(27, "11:30", SYD), "G'day, can you flick me a copy of 96001? Can't find it anywhere in Xero.",
      "invoice_resend", inv=["96001"], fam=["resend", "australian", "loose-number"]),
    R("V5001", at(28, "09:15", SYD), "Paying $2,000 off the big invoice today and the rest a fortnight from today, if that's ok. Sorry mate, slow month.",
      "promise_to_pay", date="2027-10-28", amount="2000.00", partial=False, fam=["two-parts", "fortnight", "australian"], note="both parts dated: today's part dates the promise"),
    R("V5001", at(29, "13:50", SYD), "Hey - we'll pay both on the first business day of November. Monday the 1st.",
      "promise_to_pay", date="2027-11-01", fam=["weekday-ordinal", "month-start"]),
    R("V5001", at(33, "08:10", SYD), "Hi, I'm the new bookkeeper for Jacko (Bondi Bay Surfboards). Could you please add me to your distribution list for statements and send the October statement through? Thanks, Priya Lal",
      "invoice_resend", sec=["wrong_contact"], sender="priya.lal.books@gmail.example", fam=["resend", "statement", "bookkeeper", "free-mail"]),
    R("V5001", at(32, "10:20", SYD), "Payment scheduled in our Westpac for 08/11. Jacko", "promise_to_pay", date="2027-11-08",
      fam=["day-first", "numeric-date", "australian", "terse"]),
    # --- Lone Star Costume Hire (US, Austin, strategic)
    R("V5002", at(25, "09:35", CT), "Good morning,\n\nInvoice INV-2026-96004 has been approved and is scheduled for our 11/5 check run. INV-2026-96003 is on hold pending receipt of the return manifest for the Day of the Dead order - the ops team says 14 crates came back, not 16.\n\nThank you,\nBrenda Delgado\nController | Lone Star Costume Hire LLC",
      "dispute", sec=["promise_to_pay"], inv=["96004", "96003"], date="2027-11-05", fam=["us-month-first", "two-invoices", "hold", "flagged"]),
    R("V5002", at(26, "14:12", CT), "Brenda's out at the Halloween warehouse all week. We'll ACH the 3,380 Friday. - AP",
      "promise_to_pay", date="2027-10-29", amount="3380.00", sender=0,
      fam=["weekday", "colleague", "flagged", "one-invoice-of-two"], note="3,380 is one invoice of two: partial"),
    R("V5002", at(27, "16:40", CT), "Y'all sent this to the wrong Brenda. I'm in costume design, not accounting lol. Forwarding to ap@.\n\nBrenda Ruiz",
      "wrong_contact", sender="b.ruiz@lonestarcostume.example", fam=["wrong-person", "texan", "unknown-sender", "flagged"]),
    R("V5002", at(29, "10:05", CT), "Per our records ACH trace 000417733 for $3,380.00 was released this morning against INV-2026-96004.\n\nAccounts Payable\nLone Star Costume Hire LLC",
      "already_paid", ref="000417733", inv=["96004"], sender=0, fam=["trace-number", "formal-ap", "flagged"]),
    R("V5002", at(33, "08:55", CT), "Brenda,\nGood news, the 2 missing crates turned up at the San Antonio depot. We'll pay 96003 in full on our 11/19 run.\nBrenda",
      "promise_to_pay", date="2027-11-19", inv=["96003"], fam=["us-month-first", "dispute-resolved", "flagged"]),
    R("V5002", at(28, "11:20", CT), "Hi! Quick one: can we pay the big invoice by card over the phone this time? Our bank wire cutoff is killing me this week. Who do I call?\n-Brenda",
      "other", human=["payment method question"], fam=["card-by-phone", "flagged"]),
    R("V5002", at(32, "07:45", CT), "Your Nov 1 message was received by Lone Star Costume Hire Accounts Payable. Ticket #LS-88214. Please allow 3-5 business days for a response. Do not reply to this message.",
      "other", headers=AUTO, sender=0, quote="none", fam=["no-action", "ticket-auto", "flagged"]),
    # --- Kilkenny Ink (IE)
    R("V5003", at(25, "12:10", IST), "Hi, sorry about the delay, will get that sorted this side of the bank holiday - Friday at the latest.\nSorcha",
      "promise_to_pay", date="2027-10-29", fam=["weekday", "irish", "holiday-context"], note="the October bank holiday is Monday 1 November"),
    R("V5003", at(27, "15:30", IST), "Both paid this morning, ref KI-OCT-27. Sorcha", "already_paid", ref="KI-OCT-27",
      fam=["reference", "terse", "irish"]),
    R("V5003", at(28, "10:45", IST), "Hiya,\nThe 485 invoice is for ink we sent back - the caps were cracked on half the Eternal bottles and your driver took them on the 8th. We'd like a credit note for that one please. Will pay the other.\nSorcha",
      "dispute", sec=["promise_to_pay"], inv=["96006", "96005"], human=["undated"], fam=["returned-goods", "credit-note", "irish"]),
    R("V5003", at(29, "17:20", IST), "Sorcha's on leave till the 8th. I'm only the apprentice, I'll leave this on her desk.\nEoin",
      "wrong_contact", sender="eoin@kilkennyink.example", fam=["apprentice", "unknown-sender", "irish"]),
    R("V5003", at(32, "09:05", GMT), "Out of office: I'm back on Monday 8 November. For bookings ring the studio.", "out_of_office",
      headers=AUTO, subject="Out of office", quote="none", fam=["auto-ooo", "short-absence"]),
    R("V5003", at(26, "08:30", IST), "Morning,\nWe'll pay that on the 5th, week after the Halloween rush.\nSorcha",
      "promise_to_pay", date="2027-11-05", fam=["ordinal", "irish", "halloween"]),
    # --- Naivasha Archery & Outdoor (KE)
    R("V5004", at(27, "10:00", KE), "Dear Sir/Madam,\n\nKindly note that payment for LPO/221 was processed on 26/10 via RTGS. Remittance is attached for your kind perusal.\n\nRegards,\nWairimu Kamau\nFinance Officer",
      "already_paid", inv=["96007"], attachments=[("remittance.txt", "text/plain", "RTGS REMITTANCE\nBeneficiary: Northwind Supplies GmbH\nAmount: USD 4,345.00\nDetails: NAO LPO221 INV 96007\nCharges: OUR")],
      human=["amount differs"], fam=["kenyan", "remittance", "day-first", "short-payment"],
      note="the bank line BK50-003 is 4,345 for 4,375"),
    R("V5004", at(26, "14:25", KE), "Hello, we shall clear INV-2026-96008 by 5th November. The delay was due to the Mashujaa Day closure. Regards, Wairimu",
      "promise_to_pay", date="2027-11-05", inv=["96008"], fam=["kenyan", "ordinal", "holiday-context"]),
    R("V5004", at(27, "09:40", KE), "Kindly re-issue the invoice 96008 quoting our LPO number NAO/LPO/236 and our KRA PIN P051234567Q, otherwise it cannot be posted.",
      "po_change", inv=["96008"], fam=["kenyan", "tax-id", "po-number"]),
    R("V5004", at(28, "11:55", KE), "Dear Northwind,\nWe have noted an email purporting to come from your company advising a change of bank to a Nairobi account. Kindly confirm by phone whether this is genuine before we effect any payment.\nWairimu",
      "other", human=["fraud worry"], fam=["fraud", "changed-bank", "kenyan"]),
    R("V5004", at(29, "16:10", KE), "The balance shall be paid in two equal instalments, end of November and end of December, kindly confirm if acceptable.",
      "payment_plan_request", date="2027-11-30", sender=0, fam=["kenyan", "instalments", "end-of-month"]),
    R("V5004", at(32, "08:20", KE), "I am on annual leave from 1st to 19th November with limited access to email. For urgent matters contact finance@naivasha-archery.example.\nWairimu Kamau",
      "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Naivasha Archery & Outdoor Ltd", quote="none",
      human=["absence longer than 14 days"], fam=["auto-ooo", "long-absence", "kenyan"]),
]
