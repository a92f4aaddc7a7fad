"""More English promises for field20, by voice: HTML-only Outlook, forwarded chains, shared mailboxes, long signatures."""

from __future__ import annotations

from evals.field20.build import Reply as R
from evals.field20.kit import CA, CN, GB, IN, IT, PH, PL, SA, SG, USC, at

SIG_SG = ("\n\nRegards,\nSharon Tan\nFinance Executive\nLionsgate Freight Forwarding Pte Ltd\n12 Pioneer Sector Walk, Singapore 628xxx\n"
          "T +65 6xxx xxxx | www.lionsgatefreight.example\n\nIMPORTANT: This message is intended only for the addressee and may contain "
          "information that is confidential, proprietary or exempt from disclosure. If you are not the intended recipient you must not "
          "use, disclose, copy or distribute this message. Lionsgate Freight Forwarding Pte Ltd does not accept liability for any loss "
          "arising from the transmission of this e-mail. Please verify bank details by phone before making any payment to us.")

REPLIES = [
    R("S2011", at(24, "10:40", SG), "Hi, payment on Thu." + SIG_SG, "promise_to_pay", date="2026-11-26", sender=1,
      fam=["abbrev-weekday", "long-disclaimer", "terse"]),
    R("S2011", at(27, "16:20", SG), "Dear Sir/Madam,\nBoth invoices will be settled on 15/12/2026 via TT.\nThank you.", "promise_to_pay", html=True,
      date="2026-12-15", fam=["html-outlook", "day-first-numeric"]),
    R("S2001", at(26, "09:05", GB), "See below from our bookkeeper - she says Tuesday.\n\n---------- Forwarded message ---------\nFrom: Carol Hext <carol.hext@hextbooks.example>\n"
      "Date: Wed, 25 Nov 2026 17:40\nSubject: Tidewater payables\n\nJenna, I'll release Northwind on Tuesday's run.", "promise_to_pay",
      date="2026-12-01", sender=1, fam=["forwarded-chain", "see-below", "bookkeeper-quoted"],
      note="Tuesday counted from the forwarding reply's own date (Thursday 26), the first Tuesday after both"),
    R("S2002", at(25, "13:15", USC), "Wires go out Tuesdays and Thursdays. Yours is on the first Tuesday in December.", "promise_to_pay",
      date="2026-12-01", html=True, fam=["html-outlook", "nth-weekday-of-month", "strategic"]),
    R("S2009", at(23, "12:10", USC), "Hi - Doc wants to wait for the end-of-month run, so 11/30.", "promise_to_pay", date="2026-11-30", sender=1,
      fam=["us-numeric", "month-end-run"]),
    R("S2009", at(24, "08:45", USC), "Will pay early next month.", "promise_to_pay", date="2026-12-01", sender=1, fam=["beginning-of-month", "terse"]),
    R("S2010", at(25, "15:10", CA), "We'll send it early in the new quarter, so early January.", "promise_to_pay", date="2027-01-01", sender=1,
      fam=["next-quarter", "vague-approximate"], note="'early January' is 1 January"),
    R("S2010", at(27, "17:50", CA), "Money's coming the Wednesday after next.", "promise_to_pay", date="2026-12-09", sender=1,
      fam=["weekday-after-next"], note="written Friday 27: Wednesday of the week after next week"),
    R("S2012", at(24, "17:30", PH), "Hello from Payables. For your info, release is scheduled on the 2nd Friday of December.", "promise_to_pay",
      date="2026-12-11", fam=["nth-weekday-of-month", "shared-mailbox"]),
    R("S2012", at(26, "22:45", PH), "Good evening po, it will be paid tomorrow, Friday. Sorry for the inconvenience.", "promise_to_pay",
      date="2026-11-27", sender=1, fam=["filipino-english", "late-evening", "tomorrow"]),
    R("S2004", at(23, "17:10", PL), "Hello, payment 04.12 (Friday). Regards", "promise_to_pay", date="2026-12-04", sender=1,
      fam=["polish-english", "dotted-numeric", "terse"]),
    R("S2004", at(26, "23:20", PL), "Dear Sir, I confirm transfer will be tomorrow in the morning, I already prepared it in bank.", "promise_to_pay",
      date="2026-11-27", sender=1, fam=["polish-english", "late-evening", "tomorrow-morning"]),
    R("S2004", at(24, "10:50", PL), "We are waiting for approval from our CEO on Monday 30.11, after that payment will be on 3.12.", "promise_to_pay",
      date="2026-12-03", sender=1, fam=["polish-english", "approval-before-payment", "dotted-numeric"]),
    R("S2005", at(26, "08:30", CN), "Dear, sorry we can not pay before Dec 10, we pay on Dec 10 for sure.", "promise_to_pay", date="2026-12-10",
      sender=1, fam=["chinese-english", "month-name", "not-before"]),
    R("S2005", at(27, "23:40", CN), "Hello, I check with boss just now, payment arrange on next Monday.", "promise_to_pay", date="2026-11-30",
      sender=1, fam=["chinese-english", "late-evening", "next-weekday"],
      note="'next Monday' written on Friday 27 is the Monday of the following calendar week, the 30th"),
    R("S2006", at(26, "15:20", SA), "Dear Sir, the December instalment will be transferred Thursday 3rd Dec, as per schedule. Best regards",
      "promise_to_pay", date="2026-12-03", human=["partial"], sender=1, fam=["arabic-english", "plan-instalment", "weekday-ordinal"]),
    R("S2006", at(27, "20:10", SA), "Dear, we will pay the instalment after we receive the insurance reimbursement, inshallah soon.", "promise_to_pay",
      human=["conditional", "partial"], sender=1, fam=["arabic-english", "plan-instalment", "conditional-on-event"]),
    R("S2007", at(23, "16:30", IT), "Good afternoon, we confirm the bank transfer for the first days of December, precisely the 3.", "promise_to_pay",
      date="2026-12-03", sender=1, fam=["italian-english", "ordinal-alone"]),
    R("S2007", at(26, "12:20", IT), "Sorry, the payment of 10 November that we told you is not gone, the bank refused. We repeat it Monday.",
      "promise_to_pay", date="2026-11-30", sender=1, fam=["italian-english", "past-payment-date", "bare-weekday"]),
    R("S2008", at(26, "09:40", GB), "Payment in full will be made in the week commencing 14 December.", "promise_to_pay", date="2026-12-18",
      sender=1, fam=["week-commencing", "legal-account"]),
    R("S2001", at(25, "12:50", GB), "Paying 20012 today, 20011 when our insurance pays out on the water damage claim.", "promise_to_pay",
      date="2026-11-25", inv=["20012", "20011"], human=["partial", "conditional"], sender=1, fam=["partial-by-invoice", "conditional-on-event"]),
    R("S2001", at(23, "10:25", GB), "Will pay on the 1st - that's when the lease money lands.", "promise_to_pay", date="2026-12-01",
      fam=["ordinal-alone"]),
    R("S2002", at(23, "15:40", USC), "Board approves disbursements at the 12/2 meeting; wire goes 12/3.", "promise_to_pay", date="2026-12-03",
      fam=["us-numeric", "meeting-before-payment", "strategic"]),
    R("S2003", at(24, "14:40", IN), "Dear Madam, the cheque is being prepared and will be couriered by this Friday itself.", "promise_to_pay",
      date="2026-11-27", sender=1, fam=["indian-english", "this-weekday", "cheque"]),
    R("S2003", at(26, "11:10", IN), "Payment of USD 3,000/- will be made on 7th Dec and balance by month end of Dec.", "promise_to_pay",
      date="2026-12-07", amount="3000.00", sender=1, fam=["indian-english", "partial-amount", "ordinal-month"]),
    R("S2009", at(25, "12:00", USC), "Wed 12/2 - that's when I can pay.", "promise_to_pay", date="2026-12-02", sender=1,
      fam=["abbrev-weekday", "us-numeric", "terse"]),
    R("S2010", at(23, "18:10", CA), "We'll send it once the snow plowing contracts pay us. Should be before Christmas.", "promise_to_pay",
      human=["conditional"], sender=1, fam=["conditional-on-customer", "holiday"]),
    R("S2011", at(23, "11:20", SG), "Noted, pls expect payment by end of next week.", "promise_to_pay", date="2026-12-04", fam=["end-of-next-week", "terse"]),
    R("S2012", at(25, "09:10", PH), "Hi, the check was already signed last Nov 20 but release to you is on Dec 1.", "promise_to_pay",
      date="2026-12-01", sender=1, fam=["filipino-english", "past-date-distractor", "cheque"]),
    R("S2002", at(27, "10:55", USC), "Yeah we got your 4th reminder. Great system. Payment posts Monday.", "promise_to_pay", date="2026-11-30",
      sender=1, fam=["sarcasm", "bare-weekday", "strategic"]),
    R("S2007", at(24, "19:30", IT), "The invoice date is 16/10 but we received it only the 5/11, so for us the 30 days finish the 5/12. We pay that day.",
      "promise_to_pay", date="2026-12-05", sender=1, fam=["italian-english", "invoice-date-distractor", "day-first-numeric"]),
    R("S2011", at(26, "13:45", SG), "Your invoices were approved at our finance meeting today. Payment will follow in 7 working days.", "promise_to_pay",
      date="2026-12-07", fam=["working-days", "approval-before-payment"]),
    R("S2001", at(27, "14:40", GB), "Our payroll goes out on the last Friday of the month so yours will be the Monday after that.", "promise_to_pay",
      date="2026-11-30", sender=1, fam=["nth-weekday-of-month", "relative-after-date"]),
    R("S2004", at(25, "11:40", PL), "Hello, half of the amount we pay on Friday 27.11, other half on 11.12.", "promise_to_pay", date="2026-11-27",
      human=["partial"], sender=1, fam=["polish-english", "split-halves", "dotted-numeric"]),
]
