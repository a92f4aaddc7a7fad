"""English replies that need a person: disputes, payment plans, PO and billing changes, wrong contacts."""

from evals.field.build import Reply

R = Reply
D = "dispute"
PL = "payment_plan_request"
PO = "po_change"
W = "wrong_contact"

_COBALT_SIG = """
Hannah Osei ACMA CGMA
Head of Finance | Cobalt Desk Coworking Ltd
Floors 3-5, 80 Tanner Street, London SE1 3GN
www.cobaltdesk.example | Book a day pass in our app

Cobalt Desk Coworking Ltd is registered in England & Wales (No. 10982334). This message is intended for the named
recipient only and may contain privileged information. If you are not the intended recipient, you must not copy,
distribute or take any action in reliance on it. We will never ask you to change bank details by email: always call
us on a number you already hold. Our privacy notice is at cobaltdesk.example/privacy.
"""

REPLIES = [
    # disputes
    R("N801", "2026-11-20T10:10:00+00:00", "Hi,\n08012 charges us for 10 boxes of zirconia blanks. We received 6. Please correct it.\nRavi", D, inv=["08012"], sender=1, fam=["short-delivery"]),
    R("N802", "2026-11-23T11:45:00+00:00", "Dear Sirs,\n\nThe tube order against 08021 was short-delivered by 40 lengths, yet the invoice charges the full quantity. We will pay the undisputed £7,200.00 on Friday and await a credit note for the balance.\n\nRegards" "\nDave Fenwick\nContracts Director", D, sec=["promise_to_pay"], date="2026-11-27", amount="7200.00", inv=["08021"], sender=1, fam=["dispute-plus-promise", "short-delivery"]),
    R("N803", "2026-11-24T14:00:00-05:00", "Our attorney has reviewed invoice 08031. The fuel surcharge of $1,870 was never agreed in our contract and we will not pay it. Any further collection attempts on this amount will be referred to counsel.\n\nMegan O'Connor\nController", D, inv=["08031"], sender=1, html=True, fam=["legal-threat", "surcharge", "html"]),
    R("N804", "2026-11-20T09:30:00-08:00", "08041 is a duplicate of the invoice we paid in September for the same mailer boxes. Check your records.", D, inv=["08041"], sender=1, fam=["duplicate"]),
    R("N806", "2026-11-24T12:00:00+00:00", "Dear Sir,\n\nThe prices on both invoices are 12% above what we have paid for the same items all year. We were never told of an increase and will not pay the difference.\n\nEdward Hollins", D, sender=1, fam=["price"]),
    R("N807", "2026-11-19T13:20:00+00:00", "Hi,\n\nYou've charged VAT at 23% on 08071 but seed for agricultural use is zero-rated here. Please reissue without the VAT.\n\nCiara", D, inv=["08071"], sender=1, fam=["tax-charged"]),
    R("N809", "2026-11-24T11:00:00-05:00", "We dispute the entire balance. Half the desks you delivered arrived with broken gas lifts and your technician never came back.\nSam Brooks", D, sender=1, fam=["damaged", "flagged"]),
    R("N810", "2026-11-25T12:00:00+05:30", "Dear Sir,\n\nThe goods under INV-2026-08101 were supplied to a diplomatic mission and are exempt from GST. Kindly reissue the invoice without tax, the mission cannot process it otherwise.\n\nRegards\nPriya Nair", D, inv=["08101"], sender=1, fam=["tax-exempt", "non-native"]),
    R("N813", "2026-11-24T10:00:00+11:00", "Hi,\nA $150 late fee has appeared on our statement. We never agreed to late fees and won't pay it.\nGrace", D, sender=1, fam=["fees"]),
    R("N814", "2026-11-23T14:30:00+00:00", "Hello,\n\nThe shipping cartons for the last pressing arrived crushed, 30% of them unusable. We need a credit note before we pay anything.\n\nOwen Price\nBlackbird Vinyl Pressing", D, sender=1, html=True, fam=["damaged", "html", "credit-note"]),
    R("N816", "2026-11-23T10:00:00-06:00", "We never received the goods on 08161. Please provide proof of delivery. We are not paying for something that never arrived.\nDiane", D, inv=["08161"], sender=1, fam=["not-delivered", "vs-resend"]),
    R("N817", "2026-11-25T11:10:00+08:00", "Dear Sir/Madam,\n\nINV-2026-08171 is for 500 seed trays but only 350 were delivered. Please issue a corrected invoice.\n\nRegards\nWei Lim", D, inv=["08171"], sender=1, fam=["short-delivery"]),
    R("N819", "2026-11-24T09:00:00+01:00", "Dear Sir,\nThe chess clocks supplied was not as per the sample shown to us, 12 of them are not working. We are not able to pay until it is rectified.\nRegards", D, fam=["quality", "non-native"]),
    R("N820", "2026-11-26T09:00:00+00:00", "see below\n\nFrom: Fiona Gordon\nSent: 25 November 2026 17:40\nTo: Accounts Payable\nSubject: RE: Northwind 08202\n\nPlease tell the supplier we are not paying 08202 until the variation to the cleaning-consumables contract is agreed - they've billed the new rates early.\n\nFiona", D, inv=["08202"], quote="none", fam=["forward", "price"]),
    R("N818", "2026-11-20T16:00:00+00:00", "Your invoice charges the October service visit twice (lines 3 and 7). Please send a credit note for the duplicate line." + _COBALT_SIG, D, sender=1, html=True, fam=["duplicate-line", "flagged", "signature-longer", "html"]),
    R("N815", "2026-11-25T14:00:00+02:00", "Hi, you charged us for 20 helmets but 4 arrived cracked and your driver took them back. Please send a credit note for those 4.\nJohan", D, sender=1, fam=["returned-goods"]),
    # payment plans
    R("N801", "2026-11-24T13:00:00+00:00", "Hi,\nCould we pay £500 a month starting 15 December until it's cleared? The practices are paying us late.\nRavi", PL, date="2026-12-15", amount="500.00", sender=1, fam=["plan-dated"]),
    R("N803", "2026-11-20T15:00:00-05:00", "Would you accept three equal payments, the first on 12/1?\nMegan", PL, date="2026-12-01", sender=1, fam=["plan-dated", "us-numeric"]),
    R("N804", "2026-11-25T16:30:00-08:00", "can we do 4 payments of 780? slow month", PL, sender=1, fam=["plan-undated", "terse"]),
    R("N806", "2026-11-18T10:00:00+00:00", "Dear Sirs,\n\nCould we spread these over three months? Several families are waiting on probate before they can settle with us.\n\nMargaret Hollins", PL, sender=2, fam=["plan-undated", "family-bookkeeper"]),
    R("N809", "2026-11-25T10:00:00-05:00", "We propose six monthly installments starting in early January.\nSam", PL, date="2027-01-01", sender=1, fam=["plan-dated", "flagged"]),
    R("N814", "2026-11-26T11:00:00+00:00", "Any chance we can split it - half now and half at the end of December?\nOwen", PL, date="2026-11-26", sender=1, fam=["plan-dated", "half-now"]),
    R("N816", "2026-11-24T09:30:00-06:00", "We are requesting a payment arrangement of $500 per week beginning Friday.\nAccounts Payable", PL, date="2026-11-27", amount="500.00", fam=["plan-dated"]),
    R("N819", "2026-11-25T10:30:00+01:00", "Sir, please permit us to pay in 2 instalments, the 1st on 30/11 and the 2nd on 30/12.\nThanks", PL, date="2026-11-30", fam=["plan-dated", "non-native"]),
    R("N808", "2026-11-22T18:00:00+00:00", "Hello,\nWould it be possible for the club to pay £140 a month for three months, first one on 1 Dec? Our subs come in quarterly.\nAlan Pike, Treasurer", PL, date="2026-12-01", amount="140.00", sender=1, fam=["plan-dated", "volunteer"]),
    R("N813", "2026-11-26T11:00:00+11:00", "Hi,\nCould we please have an extra 30 days on 08131? Bookings are down with the weather.\nGrace", PL, inv=["08131"], sender=1, fam=["defer"]),
    # PO and billing changes
    R("N802", "2026-11-19T09:15:00+00:00", "Hello,\n\nThe PO quoted on 08021 is wrong: it should be TSH-PO-33919, not TSH-PO-33910. Please reissue so we can match it.\n\nRegards" "\nPurchase Ledger", PO, inv=["08021"], fam=["po-wrong"]),
    R("N803", "2026-11-24T09:00:00-05:00", "Please add our PO ILF-77290 to invoice 08032. AP cannot release payment without a PO.\nThanks", PO, inv=["08032"], fam=["po-missing"]),
    R("N807", "2026-11-23T11:00:00+00:00", "Hi,\n\nWe changed our company name to Greenfurrow Agri Ltd on 1 November (same VAT number). Could you reissue 08071 in the new name?\n\nCiara Doyle\nFinancial Controller", PO, inv=["08071"], sender=1, fam=["entity-change"]),
    R("N810", "2026-11-19T12:00:00+05:30", "Dear Sir,\nKindly note the invoices are to be raised in the name of the mission's procurement section and not in our company name, as per the revised contract. Please reissue both.\nRegards", PO, fam=["entity-change", "non-native"]),
    R("N813", "2026-11-20T09:00:00+11:00", "Hi,\n\nFrom 1 December we only accept invoices through our Coupa supplier portal. Emailed invoices will not be processed. Please resubmit 08131 there.\n\nPayables", PO, inv=["08131"], fam=["portal"]),
    R("N816", "2026-11-25T13:00:00-06:00", "Please note our new billing address: 4400 Harbor Road, Suite 12, Tacoma, WA 98421. Kindly reissue 08161 to that address.\nAP", PO, inv=["08161"], fam=["address-change", "us"]),
    R("N817", "2026-11-23T10:30:00+08:00", "Hi,\nOur UEN on your invoice is wrong (should be 201934567K). Please amend and reissue, our system rejects it.\nWei", PO, sender=1, fam=["registration-number"]),
    R("N818", "2026-11-24T10:00:00+00:00", "08181 is missing our cost centre (CC-4410). Please add it and reissue." + _COBALT_SIG, PO, inv=["08181"], sender=1, fam=["cost-centre", "flagged", "signature-longer"]),
    R("N820", "2026-11-23T08:30:00+00:00", "Dear Supplier,\n\nEffective immediately, all invoices must be sent to invoices@chancery-fs.example. This address will no longer accept invoices.\n\nAccounts Payable", PO, fam=["mailbox-change", "formal-ap"]),
    R("N801", "2026-11-25T09:40:00+00:00", "Hello, could you please address invoices to our parent company, Bridgeway Group Holdings Ltd, from now on? It has taken over the lab's purchasing. Both open ones too please.\nAccounts", PO, fam=["entity-change"]),
    R("N815", "2026-11-19T10:00:00+02:00", "Please reissue with our correct registered name, Tiffindell Snow School (Pty) Ltd. You have us as Tiffindell Ski Hire.\nAdmin", PO, fam=["name-wrong"]),
    R("N814", "2026-11-24T16:00:00+00:00", "Hi, our new accounts package needs a PO on everything. Please add BB-2219 to 08141 and BB-2230 to 08142 and resend.\nOwen", PO, inv=["08141", "08142"], sender=1, fam=["po-missing"]),
    R("N804", "2026-11-24T10:10:00-08:00", "Will pay Friday. Also - please update our billing address to 1220 Sunset Blvd, Unit 4, LA 90026 for future invoices.\nJordan", "promise_to_pay", sec=["po_change"], date="2026-11-27", sender=1, fam=["promise-plus-po"]),
    # wrong contacts
    R("N801", "2026-11-26T10:00:00+00:00", "Hi, Ravi left the lab last week. Please contact our new manager, Jo Ellis, at j.ellis@bridgeway-dental.example.\nAccounts", W, fam=["person-left"]),
    R("N803", "2026-11-19T10:00:00-05:00", "I'm in operations, not AP. Please email ap@islandlink-ferries.example.\nMegan", W, sender=1, fam=["not-my-job"]),
    R("N805", "2026-11-20T08:00:00+13:00", "Hi, Kiri is on parental leave until May. Please write to Jack Tane, j.tane@powderpeak.example, in the meantime.\nThanks, Office", W, fam=["leave-handwritten"]),
    R("N806", "2026-11-26T09:15:00+00:00", "Dear Sirs,\n\nI no longer keep the books for the firm. Our accountants, Pennington & Co, now handle all payments: payables@pennington-co.example.\n\nMargaret Hollins", W, sender=2, fam=["bookkeeper-changed"]),
    R("N808", "2026-11-23T20:30:00+00:00", "I stood down as treasurer at the AGM last week. The new treasurer is Pat Doyle, pat.doyle@kingside-chess.example.\nAlan", W, sender=1, fam=["volunteer", "person-left"]),
    R("N813", "2026-11-24T00:05:00+11:00", "This mailbox is no longer monitored. Please send all correspondence to payables-au@southerncross-ferries.example.\n\nThis is an automated message.", W, headers={"Auto-Submitted": "auto-replied"}, subject="Automatic reply: Reminder: overdue invoices – Southern Cross Ferries Pty Ltd", fam=["mailbox-unmonitored", "auto"]),
    R("N817", "2026-11-24T09:20:00+08:00", "Hi, Wei has been transferred to our KL office. Your account is now handled by our Singapore payables team at ap.sg@sproutsow.example. Thanks.", W, fam=["account-moved"]),
    R("N819", "2026-11-20T11:30:00+01:00", "Sir, I am not in charge of payments. Please contact the director.\nThank you", W, sender=1, fam=["not-my-job", "non-native"]),
    R("N820", "2026-11-19T14:20:00+00:00", "Hi,\n\nThis contract moved to our Birmingham office in October. Please chase them at ap.birmingham@chancery-fs.example.\n\nFiona", W, sender=1, fam=["account-moved"]),
    R("N814", "2026-11-20T12:00:00+00:00", "Owen sold the pressing side to Needle Drop Ltd last month, the old invoices went with it. You'll need to chase them.\nAccounts", W, fam=["business-sold"]),
]
