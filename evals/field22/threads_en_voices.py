"""field22 English replies in the voices the brief asks for: HTML-only Outlook, disclaimers longer than the message,
forwarded chains, shared mailboxes and ticketing systems, around promises and the other intents."""

from evals.field.build import Reply
from evals.field22.kit import AT as CA
from evals.field22.kit import AU, AUTO, CN, EG, GB, IE, IN, IT, NG, PAC, PL, TX, at

P, PAID, DIS, RES, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, WRONG, OTHER = "out_of_office", "wrong_contact", "other"

DISCLAIMER_NG = ("\n\n--\nSunharvest Solar Installers Ltd | RC 1458823 | Plot 14, Admiralty Way, Lekki Phase 1, Lagos\n"
                 "DISCLAIMER: This e-mail and any attachments are confidential and may be legally privileged. If you are not the "
                 "intended recipient, please notify the sender immediately and delete it from your system. Any unauthorised use, "
                 "disclosure, copying or distribution is strictly prohibited. Sunharvest Solar accepts no liability for any loss "
                 "or damage arising from the use of this e-mail or its attachments. Views expressed are those of the sender and "
                 "not necessarily of the company. Please consider the environment before printing this e-mail.")
DISCLAIMER_AU = ("\n\nBronwyn Harcourt | Finance Director\nTasman Strait Ferry Services Pty Ltd | ABN 51 824 753 556\n"
                 "Tasman Strait Ferry Services acknowledges the Traditional Owners of the lands and waters on which we operate.\n"
                 "CONFIDENTIALITY NOTICE: The information in this email is confidential and intended solely for the addressee. "
                 "Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, "
                 "copying, distribution or any action taken or omitted in reliance on it is prohibited and may be unlawful. "
                 "We do not accept liability for any virus transmitted with this email.")

REPLIES = [
    Reply("S2210", at(23, "10:40", IE), "Hi,\n\nWe'll pay the two of them on Thursday 3rd.\n\nThanks,\nAccounts", P, date="2026-12-03", html=True, fam=["html-outlook", "weekday-ordinal"]),
    Reply("S2212", at(25, "16:05", CA), "Good afternoon,\n\nPlease see below from our controller.\n\n-----Original Message-----\nFrom: Controller\nSent: Wednesday, November 25, 2026 3:50 PM\nSubject: Northwind\n\nApproved, release Tuesday.\n\nSo that will go Tuesday, 1 December.\nPatrick", P, date="2026-12-01", sender=1, html=True, fam=["html-outlook", "forwarded-chain"]),
    Reply("S2209", at(24, "09:20", NG), "Good morning,\nPayment will be effected on Wednesday 2nd December." + DISCLAIMER_NG, P, date="2026-12-02", sender=1, fam=["long-disclaimer", "weekday-ordinal"]),
    Reply("S2209", at(26, "14:45", NG), "Noted with thanks. Kindly disregard, payment is being processed." + DISCLAIMER_NG, P, human=["undated"], fam=["long-disclaimer", "undated"]),
    Reply("S2211", at(23, "15:00", AU), "Hi team, paid with our run on the 9th Dec.\n" + DISCLAIMER_AU, P, date="2026-12-09", sender=1, fam=["long-disclaimer", "ordinal-month"], note="'paid with our run on the 9th' is future: the run is ahead of the message"),
    Reply("S2211", at(25, "18:30", AU), "Short paying this one by the disputed freight, $1,240, rest goes Friday." + DISCLAIMER_AU, DIS, sec=[P], date="2026-11-27", inv=["22111"], sender=1, fam=["long-disclaimer", "short-paid"]),
    Reply("S2206", at(25, "13:30", CN), "Dear Sir,\n\nPlease see below mail of our boss.\n\n----- Forwarded -----\nFrom: Boss\nPay Greenleaf supplier after Dec 5 please.\n\nSo we pay on Monday 7 December.\n\nBest regards\nChen Lihua", P, date="2026-12-07", sender=1, html=True, fam=["html-outlook", "forwarded-chain", "non-native-chinese"]),
    Reply("S2205", at(26, "09:55", PL), "Dear Sir,\nWe confirm payment of both invoices on Friday 4 December, but please note that our company will be closed 24.12-06.01.\nBest regards\nKsiegowosc Team\n[This mailbox is shared by the accounting team. Please always quote invoice number.]", P, date="2026-12-04", fam=["shared-mailbox", "holiday-distractor", "non-native-polish"]),
    Reply("S2208", at(27, "09:20", IT), "Good morning,\nwe will make the payment on the 16th of December, because our customers pay us on the 15th.\nBest regards", P, date="2026-12-16", fam=["ordinal-month", "non-native-italian"], note="the customers' date is context, not a condition on a named event"),
    Reply("S2201", at(27, "21:05", GB), "Hi - will definitely pay before Christmas, probably the 18th. J", P, date="2026-12-18", sender=1, fam=["holiday", "ordinal-alone"], note="'probably the 18th' dates the promise; 'before Christmas' bounds it"),
    Reply("S2212", at(27, "10:40", CA), "Ticket HHP-8812 - Vendor inquiry\nStatus: Resolved\nResolution: Payment scheduled for 12/12 per AP.", P, date="2026-12-12", headers=dict(AUTO), fam=["ticketing-system", "locale-numeric-dayfirst"], note="day 12 either way"),
    Reply("S2204", at(25, "09:30", IN), "Dear Sir/Madam,\n\nGreetings of the day!\n\nWith reference to the trailing mail, we wish to inform that the instalment shall be released on Monday, 7th December 2026 positively.\n\nThanks & Regards\nAccounts Department\nNilgiri Highlands Tea Estates Pvt Ltd\nCIN: U01132TZ1998PTC008431", P, date="2026-12-07", human=["partial"], html=True, fam=["html-outlook", "instalment-existing-plan", "non-native-indian"]),
    Reply("S2207", at(26, "13:45", EG), "Dear Sirs,\nKindly be informed the transfer will be after the approval of Central Bank, expected within 3 weeks.\nBest Regards", P, date="2026-12-17", human=["conditional"], fam=["condition-date", "relative-span", "non-native-arabic"]),
    Reply("S2202", at(24, "14:20", TX), "Hi,\n\nThis is on our 12/11 run.\n\nThanks,\nAP Team\nLone Star Pecan Growers | Seguin, TX", P, date="2026-12-11", html=True, fam=["html-outlook", "locale-numeric-monthfirst"]),
    Reply("S2203", at(25, "08:15", PAC), "Look, I've paid you guys on time for 6 years. You'll get the money next Tuesday. Calm down.", P, date="2026-12-01", sender=1, fam=["sarcasm", "next-weekday"]),
    Reply("S2206", at(27, "08:45", CN), "Dear, we received the goods on 20 Nov and our term is 15 days after receipt, so we pay 5 Dec.", P, date="2026-12-05", fam=["delivery-date-distractor", "non-native-chinese"]),
    Reply("S2210", at(26, "19:20", IE), "Ah we're all over the place here. Paying 1k next Monday and the rest on the 14th.", P, date="2026-11-30", amount="1000.00", sender=1, fam=["partial", "next-weekday"], note="'next Monday' written on Thursday 26: the Monday of next week"),
    Reply("S2201", at(24, "07:20", GB), "The reminder says 22011 was due 15 Oct - it was actually invoiced late, on the 20th. Anyway paying on Weds.", P, date="2026-11-25", sender=1, fam=["invoice-date-distractor", "abbrev-weekday"]),
    # other intents in these voices
    Reply("S2209", at(25, "16:30", NG), "Good afternoon,\nKindly find attached our remittance advice.\n" + DISCLAIMER_NG, PAID, ref="SSI-REM-2211-07", attachments=[("remittance.txt", "text/plain", "REMITTANCE ADVICE\nPayee: Northwind Supplies GmbH\nInvoice: INV-2026-22091\nAmount: USD 5,880.00\nPayment date: 26-Nov-2026\nOur ref: SSI-REM-2211-07")], fam=["long-disclaimer", "remittance-attachment"], note="BK22-007 matches by amount and date"),
    Reply("S2211", at(27, "11:00", AU), "Hi,\nplease submit all future invoices to apinvoices@bassstraitholdings.example - the tasmanferries mailbox closes 31 Dec.\n" + DISCLAIMER_AU, PO, sender=1, fam=["long-disclaimer", "send-future-invoices", "acquisition"]),
    Reply("S2208", at(24, "17:10", IT), "Good evening,\n\nI am not any more in the administration, I moved to the production department. Please write to amministrazione@selleriaferraresi.example.\n\nBest regards\nGiulia", WRONG, sender=1, html=True, fam=["html-outlook", "moved-role", "non-native-italian"]),
    Reply("S2205", at(27, "07:05", PL), "Dear Customer,\nYour request has been registered in our Service Desk under number SD-449120. Please do not reply to this message.", OTHER, sender=0, headers=dict(AUTO), fam=["no-action", "ticketing-system"]),
    Reply("S2212", at(23, "19:00", CA), "Thank you, received and forwarded to Patrick.", OTHER, fam=["no-action", "shared-mailbox"]),
    Reply("S2202", at(26, "16:15", TX), "Please send a current W-9 before we can release 22022; the one on file is from 2019.", OTHER, inv=["22022"], human=["paperwork"], fam=["tax-forms"]),
    Reply("S2210", at(27, "11:30", IE), "Thanks for the reminder and sorry, cash is tight after the storm closures. Could we do 500 a month starting 4 December?", PLAN, date="2026-12-04", amount="500.00", fam=["instalments"]),
]
