"""English replies (field62), part two: Bandung rattan, a Henley boatbuilder on a legal account, a Wexford strawberry
farm, Missouri summer camps, Nova Scotia ferry provisioning, a Cowes sail loft and Riverina hay contractors."""

from evals.field.build import Payment, Reply
from evals.field62.kit import AU, AUTO, CAA, GB, ID, IE, USC, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK62-010", "D6208", "2029-07-06", "5930.00", "USD", "PT ROTAN BANDUNG FURNITURE RB-PO-2291"),
    P("BK62-011", "D6210", "2029-06-29", "615.00", "EUR", "SLANEY VALLEY STRAWB 62102"),
    P("BK62-012", "D6211", "2029-07-12", "4390.00", "USD", "PINE HOLLOW CAMPS CHK 10488"),
    P("BK62-013", "D6213", "2029-07-04", "2695.00", "GBP", "KINGFISHER SAIL LOFT"),
    P("BK62-014", "D6214", "2029-07-18", "3560.00", "AUD", "RIVERINA HAY CHAFF 62141"),
    P("BK62-015", None, "2029-07-20", "905.00", "AUD", "L MCGREGOR PERSONAL"),
    P("BK62-016", "D6212", "2029-07-25", "3780.00", "CAD", "BLUENOSE FERRY PROV BFP0442"),
]

REPLIES = [
    # --- PT Rotan Bandung Furniture (ID)
    R("D6208", at(6, 21, "14:10", ID), "Dear Sir/Mam,\n\nWe confirm the invoice 62081 is in our payment schedule for 6 July 2029. Thank you for your patience.\n\nBest regards,\nAgus Wibowo", "promise_to_pay", date="2029-07-06", inv=["INV-2027-62081"], fam=["indonesian-english", "full-date"]),
    R("D6208", at(7, 6, "16:30", ID), "Dear Sir, payment for RB/PO/2291 done today USD 5,930. Please find the bukti transfer attached.", "already_paid", inv=["INV-2027-62081"], attachments=[("bukti_transfer_0607.pdf", "application/pdf", "BANK TRANSFER CONFIRMATION\nDate: 06/07/2029\nAmount: USD 5,930.00\nBeneficiary: Northwind Supplies GmbH\nRemark: RB-PO-2291")], fam=["proof-attachment", "po-as-reference"]),
    R("D6208", at(6, 26, "09:25", ID), "Dear Sir, the PO number in invoice 62082 is wrong. Correct is RB/PO/2381 not 2318. Please revise so we can process.", "po_change", inv=["INV-2027-62082"], fam=["po-correction"]),
    R("D6208", at(7, 11, "10:50", ID), "Dear Sir, for 62082 we will pay after the revised invoice is received, estimated next week.", "promise_to_pay", date="2029-07-20", inv=["INV-2027-62082"], human=["conditional"], fam=["condition", "next-week"]),
    R("D6208", at(7, 19, "13:00", ID), "Hello, I am not handling supplier payment anymore since 1 July, I moved to the export team. Please contact finance@rotanbandung.example. Thanks, Agus", "wrong_contact", fam=["moved-role", "distractor-date"]),
    R("D6208", at(7, 24, "08:15", ID), "Dear Sir, kindly send us the statement of account per 30 June for our half year audit.", "invoice_resend", sender=0, fam=["statement-request", "half-year-close"]),
    # --- Thamesreach Boatbuilders (Henley, legal)
    R("D6209", at(6, 25, "12:30", GB), "Our solicitors have your letter. We dispute the 8,125 in full: the sculling boat was delivered with a cracked rigger a week before the Regatta. Further correspondence via Hartley & Vane LLP please.", "dispute", fam=["legal", "damaged-goods", "regatta"]),
    R("D6209", at(7, 3, "10:00", GB), "Thank you for your email. The office is closed for Henley Royal Regatta week and reopens on Monday 9 July.", "out_of_office", headers=AUTO, fam=["auto-reply", "regatta", "legal"], sender=0),
    R("D6209", at(7, 17, "15:40", GB), "Without prejudice: Mr Pemberton is prepared to pay £5,000 on 31 July in full and final settlement.", "promise_to_pay", date="2029-07-31", amount="5000.00", human=["conditional"], fam=["settlement-offer", "legal"]),
    R("D6209", at(7, 23, "09:20", GB), "Please stop emailing the office about this. It is in the hands of our lawyers.", "other", human=["stop contact"], fam=["stop-emailing", "legal"], sender=0),
    # --- Slaney Valley Strawberries (IE): picking season
    R("D6210", at(6, 28, "07:10", IE), "Picking's mad this week, sorry. The €615 one went last Friday, the big one will go on the 6th.", "already_paid", sec=["promise_to_pay"], date="2029-07-06", inv=["INV-2027-62101", "INV-2027-62102"], fam=["paid-plus-promise", "ordinal-alone"]),
    R("D6210", at(7, 4, "20:15", IE), "Ciara here. Can we spread 62101 out over July and August? Wet June killed the first pick.", "payment_plan_request", inv=["INV-2027-62101"], fam=["plan-request", "weather"]),
    R("D6210", at(7, 9, "12:40", IE), "Never got 62102 — can you send it again? Only have 62101 on file.", "invoice_resend", inv=["INV-2027-62102", "INV-2027-62101"], fam=["never-received"]),
    R("D6210", at(7, 13, "11:05", IE), "Ciara Doyle is out of the office until 30 July. Your email will not be forwarded.", "out_of_office", headers=AUTO, human=["absence over 14 days"], fam=["auto-reply", "long-absence"]),
    R("D6210", at(6, 22, "16:50", IE), "The punnets on 62101 were €0.19 each on the quote, you've charged €0.23. Please fix.", "dispute", inv=["INV-2027-62101"], fam=["price-dispute"]),
    R("D6210", at(7, 20, "09:30", IE), "we'll clear 62101 by end of next week, promise", "promise_to_pay", date="2029-07-27", inv=["INV-2027-62101"], fam=["end-of-next-week", "lowercase"], sender=0),
    # --- Pine Hollow Summer Camps (Missouri)
    R("D6211", at(6, 25, "08:00", USC), "Camp session 1 just opened and the director is on site. Check goes out Monday 7/9.", "promise_to_pay", date="2029-07-09", fam=["us-numeric", "cheque", "weekday-date"]),
    R("D6211", at(7, 12, "14:25", USC), "Mailed check #10488 for $4,390 on the 6th, should be with you — it says it cleared today.", "already_paid", ref="10488", inv=["INV-2027-62111"], fam=["cheque-number"]),
    R("D6211", at(7, 2, "10:10", USC), "Beth Whitaker is at camp with no internet access until July 28. For billing please call the camp office.", "out_of_office", headers=AUTO, human=["absence over 14 days"], fam=["auto-reply", "long-absence"]),
    R("D6211", at(6, 29, "13:15", USC), "We're a 501(c)(3). Please reissue 62112 without the Missouri sales tax, our exemption certificate is attached.", "dispute", inv=["INV-2027-62112"], attachments=[("MO_exemption_certificate.pdf", "application/pdf", "Missouri Sales/Use Tax Exemption Certificate - Pine Hollow Summer Camps Inc")], fam=["tax-exempt", "attachment"], sender=0),
    R("D6211", at(7, 16, "19:40", USC), "Can I just give you a card number over the phone for the $865? Easier than a check from out here.", "other", human=["card payment by phone"], fam=["card-over-phone"]),
    R("D6211", at(7, 23, "09:05", USC), "Who is this? We don't have an account with Northwind as far as I know. Is this a scam?", "other", human=["fraud check"], fam=["fraud-check", "is-this-genuine"], sender=0),
    # --- Bluenose Ferry Provisioning (Nova Scotia)
    R("D6212", at(6, 27, "11:30", CAA), "Please add our PO BFP-0442-R to invoice 62121. The original PO was replaced when the order changed.", "po_change", inv=["INV-2027-62121"], fam=["po-replaced"], sender=0),
    R("D6212", at(7, 3, "15:00", CAA), "Moira's off for the Canada Day week. We'll pay once the revised invoice is in, likely mid-month.", "promise_to_pay", date="2029-07-15", human=["conditional"], fam=["mid-month", "condition", "canada-day"], sender="r.boutilier@bluenoseprovisioning.example"),
    R("D6212", at(7, 25, "10:20", CAA), "Paid today by EFT, BFP0442. Thanks for your patience.", "already_paid", ref="BFP0442", fam=["eft-reference"]),
    R("D6212", at(7, 10, "13:45", CAA), "Hi, can you confirm the revised invoice has the new PO? Then it'll be paid within 3 working days of receipt.", "promise_to_pay", human=["conditional"], fam=["condition-no-date"], sender=0),
    # --- Kingfisher Sail Loft (Cowes)
    R("D6213", at(7, 4, "17:55", GB), "Both paid this afternoon, £2,695. Tom", "already_paid", fam=["terse", "total-both"]),
    R("D6213", at(6, 23, "10:20", GB), "Cowes Week deposits come in mid-July, I'll pay you then.", "promise_to_pay", date="2029-07-15", fam=["mid-month"]),
    R("D6213", at(6, 21, "18:30", GB), "62131 – the spinnaker repair was under warranty, you agreed that on the phone. Please cancel it.", "dispute", inv=["INV-2027-62131"], fam=["warranty"]),
    R("D6213", at(6, 30, "09:15", GB), "Please address invoices to Kingfisher Sail Loft (Cowes) Ltd from now on — we've split the company. Same address.", "po_change", fam=["legal-entity-change", "half-year-close"]),
    # --- Riverina Hay & Chaff (AU)
    R("D6214", at(7, 18, "15:35", AU), "Transferred the 3,560 this arvo, ref 62141.", "already_paid", ref="62141", inv=["INV-2027-62141"], fam=["aussie", "reference"]),
    R("D6214", at(7, 20, "19:10", AU), "Paid the 905 from my own account by mistake, sorry, reference just says my name.", "already_paid", inv=["INV-2027-62142"], human=["payment without customer"], fam=["personal-account"]),
    R("D6214", at(6, 25, "07:40", AU), "Mate, baling's flat out. Friday week for the lot.", "promise_to_pay", date="2029-07-06", fam=["friday-week", "aussie"]),
    R("D6214", at(7, 2, "12:00", AU), "Could we do the 3,560 in two halves, 20 July and 20 August? End of financial year has cleaned us out.", "payment_plan_request", date="2029-07-20", amount="1780.00", inv=["INV-2027-62141"], fam=["plan-two-halves", "eofy"]),
]
