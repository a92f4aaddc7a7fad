"""field70 English replies, part C: Singapore trackside catering, Kent hop gardens, Boston dorm outfitters, a Speyside
distillery in its silent season, a Chicago AP department at quarter-end (strategic), a Bologna packaging maker writing
English through Ferragosto.
"""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field70.kit import AUTO, CET, GB, SG, USC, USE, at, auto

_CALUMET_SIG = (
    "\n\nJanet Kowalczyk\nAccounts Payable Supervisor | Shared Services\nCalumet Industrial Supply Corp.\n1400 E. 130th Street, Chicago, IL 60633\n"
    "T +1 773 555 0184 | F +1 773 555 0190\nwww.calumetindustrial.example\n\n"
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain "
    "confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
    "recipient, please contact the sender by reply e-mail and destroy all copies of the original message. Calumet Industrial Supply Corp. does not "
    "accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission.\n"
    "Please consider the environment before printing this e-mail."
)

REPLIES: list[Reply] = [
    # --- S7015 Marina Bay Trackside Catering (Singapore) ---
    Reply("S7015", at(8, 11, "10:05", SG), "Hi, National Day celebrations over, finance team catching up now. Will pay 70151 on 22 Aug, can?\n\nJasmine",
          "promise_to_pay", date="2031-08-22", inv=["INV-2027-70151"], sender=1, fam=["regional", "holiday-named-context"]),
    Reply("S7015", at(9, 3, "14:48", SG), "Sorry ah, 70152 we never receive. Can send again? Our system got no record of it.",
          "invoice_resend", inv=["INV-2027-70152"], sender=1, fam=["regional", "not-received"]),
    Reply("S7015", at(9, 18, "16:30", SG),
          "Hi, race weekend stock purchases very heavy this month. Can we pay 70151 half now, half after the race at end October? Thanks.",
          "payment_plan_request", date="2031-09-18", amount="4130.00", inv=["INV-2027-70151"], sender=0, fam=["plan-request", "half-now", "regional"],
          note="half now: the first instalment is dated the message date"),
    Reply("S7015", at(9, 30, "11:10", SG), "Paid 70152 via PayNow Corporate on 29 Sep, SGD 2,480, ref MBT0931-2.\n\nJasmine Koh",
          "already_paid", ref="MBT0931-2", inv=["INV-2027-70152"], human=["no matching payment"], sender=1, fam=["ref-differs"],
          note="BK70-013 carries neither the reference nor the claimed amount (SGD 2,465)"),
    Reply("S7015", at(10, 3, "09:40", SG), "Race over liao. 70151 balance we pay end of the month ok",
          "promise_to_pay", date="2031-10-31", inv=["INV-2027-70151"], sender=1, fam=["regional", "terse-mobile", "end-of-month"]),

    # --- S7016 Faversham Hop Gardens (Kent): hop picking ---
    Reply("S7016", at(8, 26, "09:20", GB), "Sorry – we were away for the bank holiday weekend. I'll pay both on Friday.\n\nHelen",
          "promise_to_pay", date="2031-08-29", sender=2, fam=["holiday-named-context", "bare-weekday"]),
    Reply("S7016", at(9, 8, "06:30", GB), "Picking's started, kiln's going 24/7. Helen's got the cheque book, she'll post one weds",
          "promise_to_pay", date="2031-09-10", sender=1, fam=["terse-mobile", "weekday-abbrev", "cheque", "harvest"]),
    Reply("S7016", at(9, 18, "13:55", GB), "Cheque no. 002317 for £4,835.00 posted Wednesday 10th. Helen",
          "already_paid", ref="002317", sender=2, fam=["cheque", "bare-paid", "already-paid-matched"],
          note="BK70-014 (CHQ 002317) matches by amount and date"),
    Reply("S7016", at(9, 22, "10:40", GB),
          "Dear Northwind,\n\nFaversham Hop Gardens has been bought by Swale Valley Growers Ltd. Will and I stay on the farm, but from 1 October "
          "invoices for the hop gardens should be addressed to Swale Valley Growers Ltd and sent to invoices@swalevalleygrowers.example.\n\n"
          "Best wishes,\nHelen Ashdown",
          "po_change", sender=2, fam=["future-invoices-elsewhere", "acquisition"]),
    Reply("S7016", at(9, 29, "08:01", GB),
          "** Address not found **\n\nYour message wasn't delivered to office@favershamhops.example because the address couldn't be found, or is unable "
          "to receive mail.\n\nLearn more at https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n"
          "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos "
          "or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
          "bounce", sender="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)",
          dsn=("office@favershamhops.example", "5.1.1"), fam=["dsn-gmail", "user-unknown"]),

    # --- S7017 Commonwealth Dorm Outfitters (Boston): move-in ---
    Reply("S7017", at(8, 7, "13:22", USE),
          "Hi, both POs are received and matched. They're scheduled for our 8/21 check run.\n\nKevin O'Neil\nAP Specialist",
          "promise_to_pay", date="2031-08-21", sender=1, fam=["numeric-us", "cheque"]),
    Reply("S7017", at(9, 2, "18:15", USE),
          "Oh good, a reminder. On the day after four thousand freshmen moved in with our mattress toppers. Really appreciate the timing.\n\n"
          "Kevin will pay you Thursday. Promise.\n\nSarah",
          "promise_to_pay", date="2031-09-04", sender=2, fam=["sarcasm", "bare-weekday", "back-to-school"]),
    Reply("S7017", at(9, 8, "10:30", USE),
          "Hello,\n\nCommonwealth bills these linens through to the university, which is exempt from Massachusetts sales tax – certificate attached. "
          "INV-2027-70172 charges 6.25% sales tax. Please reissue it without the tax.\n\nKevin",
          "dispute", inv=["INV-2027-70172"], sender=1, fam=["tax-exempt-reissue"],
          attachments=[("ST-5_exempt_purchaser.pdf", "application/pdf",
                        "Massachusetts Department of Revenue Form ST-5 Sales Tax Exempt Purchaser Certificate. Purchaser: Commonwealth Dorm Outfitters LLC "
                        "on behalf of an exempt educational institution. Exemption number E-04-2207131.")]),
    Reply("S7017", at(9, 12, "15:02", USE),
          "70171 is approved for our month-end run. That run releases on the last business day of the month.",
          "promise_to_pay", date="2031-09-30", inv=["INV-2027-70171"], sender=1, fam=["month-end-run", "quarter-end"]),
    Reply("S7017", at(9, 24, "09:00", USE),
          "This mailbox is no longer monitored. Commonwealth Dorm Outfitters is now part of Campus Living Supply Co. Please direct accounts "
          "payable questions to ap@campuslivingsupply.example.",
          "wrong_contact", sender=0, quote="none", headers=AUTO, subject=auto("Automatic reply", "en", "Commonwealth Dorm Outfitters LLC"),
          fam=["acquisition-contact-gone", "auto-reply", "no-longer-monitored"]),
    Reply("S7017", at(9, 30, "14:12", USE), "Kevin says he wired $19,850 on the 26th. Can you check on your side?\n\nSarah Lindgren",
          "already_paid", human=["no matching payment"], sender=2, fam=["bare-paid"], note="no bank line for a wire of USD 19,850"),

    # --- S7018 Glen Avon Distillery (Speyside): the silent season ---
    Reply("S7018", at(8, 4, "07:30", GB),
          "Thank you for your email. Glen Avon Distillery is in its silent season and the accounts office is closed until Monday 25 August. "
          "Your message will be dealt with on our return.",
          "out_of_office", sender=0, quote="none", headers=AUTO, subject=auto("Automatic reply", "en", "Glen Avon Distillery Ltd"),
          human=["back more than 14 days out"], fam=["auto-reply", "summer-shutdown"], note="back 25 August, 21 days out"),
    Reply("S7018", at(8, 26, "11:05", GB), "Back from silent season. Both POs check out; payment 05/09/2031 by BACS.\n\nFraser Grant\nFinancial Controller",
          "promise_to_pay", date="2031-09-05", sender=1, fam=["numeric-uk", "summer-shutdown"]),
    Reply("S7018", at(8, 28, "14:30", GB),
          "Hi, could you re-send 70182 with the PO corrected? It should read GAD-PO-6642; the PDF we have says GAD-PO-6624 and our system won't match it.\n\nIsla Munro\nPurchasing",
          "po_change", inv=["INV-2027-70182"], sender=2, fam=["po-correction"]),
    Reply("S7018", at(9, 8, "09:15", GB),
          "Our finance committee meets on Thursday the 11th to sign off supplier payments over £5k. 70181 will be paid the Monday after.\n\nFraser",
          "promise_to_pay", date="2031-09-15", inv=["INV-2027-70181"], sender=1, fam=["meeting-before-payment", "weekday-ordinal"]),
    Reply("S7018", at(9, 17, "16:40", GB),
          "The payment we'd planned for the 19th has moved to the 26th – our bank is changing its payment cut-off. 70181 and 70182 will both go on the 26th.",
          "promise_to_pay", date="2031-09-26", inv=["INV-2027-70181", "INV-2027-70182"], sender=1, fam=["moved-date", "ordinal-alone"]),
    Reply("S7018", at(9, 30, "12:20", GB), "£11,425.00 paid today, reference GLENAVON/NW/0930.\n\nFraser",
          "already_paid", ref="GLENAVON/NW/0930", sender=1, fam=["ref-differs", "already-paid-matched"], note="matches BK70-015 by reference"),

    # --- S7019 Calumet Industrial Supply (Chicago, strategic): formal AP ---
    Reply("S7019", at(8, 5, "14:10", USC),
          "Good afternoon,\n\nInvoice INV-2027-70191 has been approved and is scheduled for payment on 08/28/2031 in accordance with our Net 60 terms.\n\n"
          "INV-2027-70192 is pending goods receipt confirmation from our Hammond warehouse and will be scheduled once received." + _CALUMET_SIG,
          "promise_to_pay", date="2031-08-28", inv=["INV-2027-70191", "INV-2027-70192"], sender=1, html=True,
          fam=["outlook-html", "formal-ap", "numeric-us", "long-signature", "disclaimer"]),
    Reply("S7019", at(9, 2, "08:35", USC),
          "See below.\n\nDerrick Shaw | Assistant Controller\n\nFrom: Derrick Shaw\nSent: Friday, August 29, 2031 4:52 PM\nTo: Janet Kowalczyk\n"
          "Subject: Northwind\n\nJanet – please pull both Northwind invoices into the Q3 close run on Friday, September 26. No need to wait for Hammond. D.",
          "promise_to_pay", date="2031-09-26", sender=2, fam=["see-below-forward", "quarter-end", "weekday-month-name"]),
    Reply("S7019", at(9, 15, "07:02", USC),
          "Thank you for contacting Calumet AP Shared Services. Your message has been received and assigned reference CAS-0915-44871. "
          "Typical response time is 2 business days.\n\nThis is an automated message. Please do not reply.",
          "other", sender=0, quote="none", headers=AUTO, subject="[CAS-0915-44871] Reminder: overdue invoices – Calumet Industrial Supply Corp.",
          fam=["auto-reply", "ticket", "no-action"]),
    Reply("S7019", at(9, 16, "11:30", USC),
          "Good morning,\n\nEffective October 1, 2031, Calumet Industrial Supply will accept supplier invoices only through the SAP Ariba Network. "
          "An invitation has been sent to your AR mailbox. Invoices e-mailed after that date will be returned unprocessed." + _CALUMET_SIG,
          "po_change", sender=1, html=True, fam=["portal", "future-invoices-elsewhere", "outlook-html", "long-signature"]),
    Reply("S7019", at(9, 24, "10:45", USC),
          "Good morning,\n\nINV-2027-70192 appears to duplicate the freight already billed on INV-2027-70191 (line 14, LTL freight, $1,240.00). "
          "Please issue a credit memo for the duplicated freight; we will pay the remainder of 70192 on receipt of the credit." + _CALUMET_SIG,
          "dispute", sec=["promise_to_pay"], inv=["INV-2027-70192", "INV-2027-70191"], human=["conditional", "undated"], sender=1, html=True,
          fam=["duplicate-billing", "outlook-html", "long-signature", "conditional"], note="the remainder is promised on receipt of the credit: conditional, undated"),
    Reply("S7019", at(10, 1, "09:20", USC),
          "Payment of $42,750.00 for INV-2027-70191 was remitted 09/26/2031 via ACH, payment ID 0004471893." + _CALUMET_SIG,
          "already_paid", ref="0004471893", inv=["INV-2027-70191"], sender=1, html=True,
          fam=["numeric-us", "ref-differs", "outlook-html", "long-signature", "already-paid-matched"],
          note="BK70-016 matches by amount and date; the account is strategic"),

    # --- S7020 Imballaggi Reno (Bologna), English as a second language ---
    Reply("S7020", at(8, 4, "08:00", CET),
          "Dear Customer,\n\nour offices will be closed for summer holidays from 4th to 22nd August. Activity will restart on Monday 25th August.\n\n"
          "Best regards\nImballaggi Reno S.r.l.",
          "out_of_office", sender=0, quote="none", headers=AUTO, subject=auto("Risposta automatica", "en", "Imballaggi Reno S.r.l."),
          human=["back more than 14 days out"], fam=["auto-reply", "summer-shutdown", "non-native"], note="back 25 August, 21 days out"),
    Reply("S7020", at(8, 26, "10:15", CET),
          "Good morning,\n\nwe are just back from the Ferragosto closing. The payment of both invoices will be done on 05/09, with the bank transfers "
          "of the first week of September.\n\nBest regards\nGiulia Ferri\nUfficio Amministrazione",
          "promise_to_pay", date="2031-09-05", sender=1, fam=["non-native", "numeric-eu-in-english", "holiday-named-context"],
          note="an Italian sender writing English: the locale (it-IT) reads 05/09 day-first"),
    Reply("S7020", at(9, 10, "15:40", CET),
          "Dear Sirs,\n\nwe received the boxes of order IR-31-0712 with 2 pallets wet and damaged, so we cannot pay the invoice 70201 complete. "
          "Photos follow. The invoice 70202 we pay on Friday.\n\nGiulia",
          "dispute", sec=["promise_to_pay"], date="2031-09-12", inv=["INV-2027-70201", "INV-2027-70202"], sender=1,
          fam=["non-native", "dispute-with-promise", "damaged-or-wrong-goods", "bare-weekday"]),
    Reply("S7020", at(9, 22, "11:25", CET),
          "Good morning,\n\nfor Italian law we need the invoice also in electronic format through SDI. Can you send again 70202 with our codice "
          "destinatario M5UXCR1 and our PEC amministrazione@pec.imballaggireno.example?\n\nThank you\nGiulia",
          "po_change", inv=["INV-2027-70202"], sender=1, fam=["non-native", "e-invoicing", "portal"]),
    Reply("S7020", at(10, 2, "09:50", CET), "Paid 7.640,00 on 30/09.\nGiulia",
          "already_paid", human=["amount differs from the open balance"], sender=1, fam=["bare-paid", "european-amount", "non-native"],
          note="BK70-017 matches by amount and date, but no invoice is named: both reminded invoices are meant and EUR 7,640 is not their balance"),
]

PAYMENTS: list[Payment] = [
    Payment("BK70-013", "S7015", "2031-09-29", "2465.00", "SGD", "PAYNOW MARINA BAY TRACKSIDE CAT"),
    Payment("BK70-014", "S7016", "2031-09-16", "4835.00", "GBP", "CHQ 002317", method="cheque"),
    Payment("BK70-015", "S7018", "2031-09-30", "11425.00", "GBP", "GLENAVONNW0930"),
    Payment("BK70-016", "S7019", "2031-09-26", "42750.00", "USD", "CALUMET IND SUPPLY 0004471893"),
    Payment("BK70-017", "S7020", "2031-09-30", "7640.00", "EUR", "IMBALLAGGI RENO SRL"),
]
