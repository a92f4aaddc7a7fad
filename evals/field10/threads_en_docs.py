"""English replies on the border between invoice_resend, po_change, payment_plan_request and dispute: "send it again,
we never got it", "a copy with our new PO", "wrong PO, reissue", "the price is wrong, reissue", "can we split it";
and dispute against promise ("we'll pay once you credit the damaged items", "the undisputed part on Friday")."""

from evals.field10.kit import EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("EN2")
R = k.r

# invoice_resend
R("Q1001", 24, "Can you send the invoice again? We never got it, nothing in our inbox for 10012.", "invoice_resend", inv=["10012"], fam=["resend-vs-po", "never-received"])
R("Q1003", 25, "pls resend both invoices, the PDFs won't open on my phone", "invoice_resend", sender=1, fam=["resend", "terse", "mobile"])
R("Q1005", 23, "Hi, could you send me a statement of account? I think we're missing one of these.\nCiara", "invoice_resend", sender=1, fam=["resend", "statement"])
R("Q1006", 26, "Good afternoon,\n\nWe have no record of receiving INV-2026-10062. Please forward a copy to this address so it can be processed.\n\nProcurement", "invoice_resend", inv=["10062"], sender=2, fam=["resend", "formal-ap", "never-received"])
R("Q1009", 25, "Sorry, which invoice is this? Could you attach it? I don't have it in my folder. Gwen", "invoice_resend", sender=1, fam=["resend", "volunteer", "question-like"])
R("Q1010", 27, "Kia ora, send us a copy of 10101 please, can't find it anywhere.", "invoice_resend", inv=["10101"], fam=["resend", "nz"])
R("Q1012", 23, "<p>Hello,</p>\n<p>Please resend invoice 10121 – the copy we got is missing page 2.</p>\n<p>Thanks, AP</p>", "invoice_resend", inv=["10121"], html=True, fam=["resend", "html-outlook"])
R("Q1007", 24, "Dear Sir, kindly share the duplicate copy of invoice along with the delivery challan for our records.\nRegards", "invoice_resend", fam=["resend", "non-native"])
R("Q1008", 24, "G'day, any chance of a copy of the invoice? The original got binned with the junk mail.", "invoice_resend", sender=1, fam=["resend", "au"])
R("Q1011", 26, "Please re-send the invoice, it went to David's old address which nobody reads. Same details, nothing to change.", "invoice_resend", fam=["resend-vs-po", "no-change"])
R("Q1002", 25, "Copy of the invoice please, our auditor wants it.", "invoice_resend", sender=1, fam=["resend", "terse"])
R("Q1004", 24, "Please send a copy of INV-2026-10041 with the signed delivery ticket attached.\n\nAccounts Payable", "invoice_resend", inv=["10041"], fam=["resend", "formal-ap"])

# po_change
R("Q1002", 24, "The PO on 10021 is wrong – it should be CCC-PO-131, not 118. Please reissue and we'll process it.", "po_change", inv=["10021"], fam=["resend-vs-po", "wrong-po"])
R("Q1006", 23, "Dear colleague,\n\nPlease send us a copy of 10061 showing our new purchase order SDP-2401; the old PO was closed at year end.\n\nProcurement Team", "po_change", inv=["10061"], sender=2, fam=["resend-vs-po", "new-po", "formal-ap"])
R("Q1007", 26, "Sir, the invoice is not bearing our PO number. Kindly revise the invoice mentioning PO NT/PO/26/1102 and send.", "po_change", sender=1, fam=["resend-vs-po", "non-native", "missing-po"])
R("Q1012", 26, "We can't pay without the cost center on it. Please reissue 10121 with cost center 4410-OPS.", "po_change", inv=["10121"], fam=["resend-vs-po", "cost-centre"])
R("Q1001", 27, "We've changed our company name to Brightline Signs & Displays Ltd from 1 November. Please reissue both invoices in the new name.", "po_change", sender=1, fam=["po", "entity-name"])
R("Q1004", 27, "Effective immediately all invoices must be submitted through our Coupa portal. Emailed invoices will not be processed.", "po_change", fam=["po", "portal"])
R("Q1011", 23, "Please note our new billing address: Unit 4, Mill Yard, Ludlow SY8 1AB. Could you reissue 10111 to that address?", "po_change", inv=["10111"], sender=1, fam=["resend-vs-po", "address"])
R("Q1009", 27, "hi, the invoice needs to be addressed to Lantern Puppet Theatre CIC not to me personally, can you reissue it? Gwen", "po_change", sender=1, fam=["resend-vs-po", "entity-name", "volunteer"])
R("Q1008", 26, "Our ABN is missing from the invoice - please add 51 824 753 556 and resend.", "po_change", fam=["po", "tax-id"])

# payment_plan_request
R("Q1011", 26, "Could we split the £8,920 into three monthly payments, first one on 15 December?", "payment_plan_request", date="2026-12-15", sender=1, fam=["plan", "split-in-three"])
R("Q1002", 26, "Any chance we can pay this over 2 months? Winter is slow for us.", "payment_plan_request", sender=1, fam=["plan", "terse"])
R("Q1007", 27, "Dear Sir, due to cash crunch we request you to kindly allow us to pay in 4 instalments. Kindly confirm.", "payment_plan_request", sender=1, fam=["plan", "non-native"])
R("Q1008", 23, "Can we do half now and half in January? Harvest's on.", "payment_plan_request", date=on(23), sender=1, fam=["plan-vs-promise", "half-now", "au"])
R("Q1012", 27, "Is it possible to set up a payment plan? Say $1,125/month over three months starting 12/15?", "payment_plan_request", date="2026-12-15", amount="1125.00", sender=1, fam=["plan", "us-numeric"])
R("Q1004", 26, "We'd like to propose paying INV-2026-10041 in two installments of $7,300, on December 10 and January 10. Please confirm this works.", "payment_plan_request", date="2026-12-10", amount="7300.00", inv=["10041"], sender=1, fam=["plan", "formal-ap"])
R("Q1006", 27, "Would you accept payment of 10061 spread over January to March? Our grant instalment arrives quarterly.\nPaul", "payment_plan_request", inv=["10061"], sender=1, fam=["plan", "grant"])
R("Q1009", 26, "Could we pay the £760 in 4 bits of £190? We're a tiny charity.", "payment_plan_request", amount="190.00", sender=1, fam=["plan", "volunteer"])

# dispute
R("Q1001", 23, "The price on 10011 is wrong, we agreed £1,600 not £1,840. Please reissue at the quoted price.", "dispute", inv=["10011"], fam=["dispute-vs-resend", "price"])
R("Q1003", 27, "We'll pay once you credit the two damaged kennel runs. Until then the invoice is on hold.", "dispute", sender=1, fam=["dispute-vs-promise", "credit-pending", "damaged"])
R("Q1005", 25, "We were charged twice for October – 10051 is the same lessons as the invoice we paid in October. Please cancel it.", "dispute", inv=["10051"], sender=1, fam=["dispute", "duplicate"])
R("Q1006", 25, "We dispute £340 of 10061 (the projector lamps were never delivered). We'll pay the undisputed £5,440 on Friday.", "dispute", sec=["promise_to_pay"], date=nxt(25, "fri"), amount="5440.00", inv=["10061"], sender=1, fam=["dispute-vs-promise", "undisputed-part"])
R("Q1007", 23, "Sir, 30 pcs tiles received in broken condition. Kindly issue credit note, then we will release the payment.", "dispute", fam=["dispute-vs-promise", "non-native", "damaged"])
R("Q1010", 25, "The freight charge wasn't on the quote, we're not paying that part. Send a corrected invoice and I'll pay the rest straight away.", "dispute", sec=["promise_to_pay"], human=["conditional"], sender=1, fam=["dispute-vs-resend", "freight"])
R("Q1012", 24, "We are tax exempt (certificate on file). Please reissue 10121 without sales tax.", "dispute", inv=["10121"], fam=["dispute-vs-po", "tax-exempt"])
R("Q1011", 27, "The pipes you supplied were the wrong alloy; we've returned them. We won't be paying 10111 as it stands.", "dispute", inv=["10111"], sender=1, fam=["dispute", "quality"])
R("Q1008", 25, "Mate, you've charged us for 12 cases, we got 10. Fix it and we'll pay.", "dispute", sender=1, fam=["dispute-vs-promise", "short-delivery", "au"])
R("Q1004", 23, "Halvorsen AP: INV-2026-10041 bills 48 seats at the 2025 rate; the contract renewal set $290 per seat. Please issue a credit for the difference. Payment is on hold pending the credit.", "dispute", inv=["10041"], fam=["dispute", "price", "formal-ap"])
R("Q1009", 24, "The late fee of £25 on this isn't something we ever agreed to, please take it off.", "dispute", sender=1, fam=["dispute", "fees"])
REPLIES = k.replies
PAYMENTS = k.payments
