"""English replies (field50), part B: a Galveston carousel operator (legal), a Margaret River kite school on a plan,
a Hebden Bridge wooden-toy maker on credit hold and a Halifax costumier."""

from evals.field.build import Payment, Reply
from evals.field50.kit import AUTO, BST, CT, GMT, NS, PER, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK50-005", "V5006", "2027-10-25", "800.00", "AUD", "MR KITE SCHOOL INSTALMENT 4"),
    P("BK50-006", "V5008", "2027-10-28", "8485.00", "CAD", "HALIFAX HARBOUR COSTUMIERS EFT 7731"),
    P("BK50-007", "V5007", "2027-10-20", "740.00", "GBP", "HEBDEN WOODEN TOYS 96012"),
]

REPLIES = [
    # --- Galveston Carousel & Fairground Rides (US, legal)
    R("V5005", at(25, "10:12", CT), "To whom it may concern:\n\nThis firm represents Galveston Carousel & Fairground Rides Inc. The invoice referenced in your correspondence relates to drive assemblies that failed within 30 days of installation on the Pier 21 carousel. Our client disputes the full amount. Please direct all further communication regarding this matter to the undersigned.\n\nDale R. Thibodeaux\nThibodeaux & Klein PLLC",
      "dispute", sec=["wrong_contact"], sender="drt@thibodeauxklein.example", fam=["attorney", "legal", "flagged", "unknown-sender"]),
    R("V5005", at(26, "17:45", CT), "Ray here. Lawyer says don't talk to y'all directly so I won't, but for the record the gearbox was junk.",
      "dispute", fam=["texan", "legal", "flagged", "sarcasm"]),
    R("V5005", at(28, "09:00", CT), "NOTICE OF CHAPTER 11 FILING\n\nPlease take notice that on October 27, 2027, Galveston Carousel & Fairground Rides Inc filed a voluntary petition under chapter 11 of the Bankruptcy Code in the U.S. Bankruptcy Court for the Southern District of Texas. The automatic stay under 11 U.S.C. § 362 prohibits collection activity. Proof of claim forms will be mailed separately.",
      "other", human=["insolvency"], sender="notices@bkclaimsagent.example", fam=["bankruptcy", "legal", "flagged", "unknown-sender"]),
    R("V5005", at(32, "11:30", CT), "Mail delivery failed: returning message to sender\n\nr.hebert@galvestoncarousel.example\n  host mx.galvestoncarousel.example [203.0.113.40]\n  SMTP error from remote mail server after RCPT TO: 550 Mailbox unavailable or disabled",
      "bounce", sender="mailer-daemon@galvestoncarousel.example", subject="Mail delivery failed: returning message to sender",
      dsn=("r.hebert@galvestoncarousel.example", "5.2.1"), fam=["bounce", "exim", "flagged"]),
    # --- Margaret River Kite School (AU, Perth, payment plan)
    R("V5006", at(25, "15:30", PER), "Hi, instalment 4 ($800) went out this morning as per our arrangement. Tegan",
      "already_paid", human=["amount differs"], fam=["instalment", "plan", "flagged"],
      note="BK50-005 matches the instalment, not the open balance"),
    R("V5006", at(27, "08:45", PER), "Morning! Instalment 5 will come through on the 25th of November as usual.\nTegan",
      "promise_to_pay", date="2027-11-25", human=["partial"], fam=["instalment", "plan", "flagged", "ordinal"]),
    R("V5006", at(29, "12:15", PER), "Hi there,\n\nWhy am I getting overdue reminders when we've got a payment plan in place with Carla and I've not missed a single payment? Bit stressful to be honest.\n\nTegan O'Connell",
      "other", human=["reminders while on a plan"], fam=["plan", "complaint", "flagged"]),
    R("V5006", at(32, "09:50", PER), "Season's been slow with the easterlies - any chance we could drop the instalments to $500 a month until March and catch up after?",
      "payment_plan_request", fam=["plan", "reduce-instalments", "flagged", "undated"]),
    R("V5006", at(30, "10:00", PER), "Automatic reply: I'm out on the water teaching until Wednesday 3 November. I'll reply when I'm back on dry land!",
      "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Margaret River Kite School Pty Ltd", quote="none",
      fam=["auto-ooo", "flagged", "weekday-date"]),
    # --- Hebden Wooden Toys (GB, credit hold)
    R("V5007", at(25, "09:20", BST), "Morning,\n\nThe 740 was paid on the 20th, I've got the confirmation here. The other one will be paid once you release the Christmas order you've got on hold - we can't sell toys we haven't got.\n\nGareth",
      "already_paid", sec=["promise_to_pay"], inv=["96012", "96011"], human=["conditional"], fam=["paid-and-promise", "conditional", "credit-hold", "flagged"]),
    R("V5007", at(26, "13:40", BST), "Gareth's asked me to let you know we'll pay the 5,215 on Friday week, 5th November (bonfire night!) - and can you then release order HT-2291 please.\nJoan, Office",
      "promise_to_pay", date="2027-11-05", amount="5215.00", partial=False, inv=["96011"], sender=0,
      fam=["friday-week", "colleague", "flagged", "weekday-ordinal"], note="the 740 is already paid; 5,215 is the whole open rest"),
    R("V5007", at(28, "16:05", BST), "Hi, when exactly will you lift the credit hold? We have paid the small one and have a date for the big one. Our shop can't wait much longer for stock before Christmas.",
      "other", human=["credit hold question"], fam=["credit-hold", "flagged"]),
    R("V5007", at(32, "10:30", GMT), "Hi,\nWe'll pay this by the end of the month. Sorry, cash is tight with the shop refit.\nG",
      "promise_to_pay", date="2027-11-30", fam=["end-of-month", "flagged", "after-month-change"], note="written 1 November: the end of November"),
    R("V5007", at(29, "11:15", BST), "Please note our company has changed its name to Hebden Heritage Toys Ltd (same company number 08812345). Please reissue invoice 96011 in the new name so our accountant can process it.",
      "po_change", inv=["96011"], fam=["company-name", "reissue", "flagged"]),
    # --- Halifax Harbour Costumiers (CA, Nova Scotia)
    R("V5008", at(25, "10:40", NS), "Hi there,\n\nWe will be paying both invoices through EFT this Thursday, Oct. 28.\n\nThanks,\nMoira",
      "promise_to_pay", date="2027-10-28", fam=["weekday-date", "canadian", "eft"]),
    R("V5008", at(28, "15:20", NS), "Payment sent today by EFT, ref 7731, for the full 8,485. Moira", "already_paid", ref="7731",
      fam=["reference", "canadian", "terse"]),
    R("V5008", at(26, "12:05", NS), "Hello,\nCan you resend the invoices with HST broken out separately? Our auditors flagged that the GST/HST number wasn't showing.\nMoira MacNeil",
      "invoice_resend", fam=["resend", "hst", "canadian"]),
    R("V5008", at(27, "09:30", NS), "Hi, the 7,420 invoice charges for 60 Victorian gowns but only 52 arrived - 8 were back-ordered to November. We'll pay the 1,065 now and the other when it's corrected.\nMoira",
      "dispute", sec=["promise_to_pay"], amount="1065.00", date="2027-10-27", inv=["96014", "96013"],
      fam=["short-delivery", "canadian", "partial-amount", "now"], note="'now' is the reply's own day"),
    R("V5008", at(29, "14:45", NS), "I'm away for a few days after the Halloween show - back Wednesday the 3rd. We'll sort it then.\nMoira",
      "out_of_office", human=["absence typed by a person"], fam=["typed-absence", "canadian", "weekday-ordinal"]),
    R("V5008", at(33, "08:15", NS), "Hello, I'm the new office administrator at Halifax Harbour Costumiers - Moira has retired as of Friday. Please direct future correspondence to me at k.lefort@halifaxcostumiers.example.\nKatie Lefort",
      "wrong_contact", sender="k.lefort@halifaxcostumiers.example", fam=["retired", "new-contact", "canadian", "unknown-sender"]),
]
