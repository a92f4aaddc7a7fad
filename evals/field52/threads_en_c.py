"""English replies (field52): a Pune bell foundry, a Nashville piano restorer on a legal account, a Rotorua mushroom
grower and a Singapore aquarium supplier."""

from evals.field.build import Payment, Reply
from evals.field52.kit import AUTO, CT, IN, NZ, SG, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK52-007", "W5207", "2028-02-28", "4862.50", "USD", "DECCAN BELL BRASS SWIFT DBB/PO/5521"),
    P("BK52-008", "W5209", "2028-02-23", "545.00", "NZD", "ROTORUA FOREST MUSH 98018"),
    P("BK52-009", "W5210", "2028-02-24", "8125.00", "SGD", "TANJONG REEF AQUARIA GIRO TRA-PO-2209"),
]

REPLIES = [
    # --- Deccan Bell & Brass Works (Pune, IN)
    R("W5207", at(21, "11:20", IN), "Dear Sir/Madam,\n\nGreetings from Deccan Bell & Brass Works.\n\nWith reference to your mail, we wish to inform that the payment against invoice no. INV-2026-98013 shall be released by SWIFT on 28/02/2028 positively.\n\nThanks & Regards,\nPrakash Kulkarni\nAccounts Head", "promise_to_pay", date="2028-02-28", inv=["98013"], fam=["indian-english", "day-first", "formal"]),
    R("W5207", at(22, "15:45", IN), "Kindly do the needful and share the invoice copy with our GSTIN 27AAACD4471Q1ZP mentioned, else payment cannot be processed.", "po_change", fam=["gstin", "do-the-needful"]),
    R("W5207", at(23, "10:00", IN), "Payment was remitted on 20-02-2028 vide UTR SBIN428051193377. Kindly check and revert.", "already_paid", ref="SBIN428051193377", fam=["utr", "vide", "day-first"]),
    R("W5207", at(24, "12:35", IN), "Dear Team, the bank charges of USD 27.50 deducted by intermediary bank are not to our account. Please note we will pay 98013 net of charges as per contract clause 9.", "dispute", inv=["98013"], fam=["bank-charges", "short-payment"]),
    R("W5207", at(25, "09:50", IN), "Payment for PO 5560 will be made after receipt of material at our Chakan plant and QC clearance. Expected by 15th March.", "promise_to_pay", date="2028-03-15", inv=["98014"], human=["conditional"], fam=["grn", "qc", "condition"]),
    R("W5207", at(28, "14:10", IN), "We are in receipt of your reminder. Our MD is travelling and payments above USD 2,000 need his approval. He is back on 2nd March, payment will be done on 3rd March.", "promise_to_pay", date="2028-03-03", fam=["approval-distractor", "ordinal"]),
    R("W5207", at(29, "10:30", IN), "Please send statement of account as on 29.02.2028 for our year-end balance confirmation.", "invoice_resend", fam=["statement", "dotted-date"]),
    R("W5207", at(26, "16:00", IN), "Kindly remove my id from this mailer. I am from purchase dept.", "wrong_contact", sender="purchase2@deccanbell.example", fam=["purchase-dept", "indian-english"]),
    R("W5207", at(21, "00:00", IN), "Your message to p.kulkarni@deccanbell.example couldn't be delivered. The email address wasn't found at the destination domain.", "bounce", sender="postmaster@deccanbell.example", dsn=("p.kulkarni@deccanbell.example", "5.1.1"), quote="none", fam=["dsn", "user-unknown"]),
    # --- Music Row Piano Restoration (Nashville, US, legal)
    R("W5208", at(21, "13:30", CT), "Per our attorney's instructions, please direct all communications regarding these invoices to Whitaker & Boone PLLC. We will not respond further.", "other", human=["legal"], fam=["attorney", "legal"]),
    R("W5208", at(22, "10:05", CT), "We have a settlement offer on the table via counsel. If you accept, we'll wire $7,500 on 3/15.", "promise_to_pay", date="2028-03-15", amount="7500.00", human=["conditional"], fam=["settlement", "month-first", "condition"]),
    R("W5208", at(23, "16:40", CT), "The action (restored) you billed on 98015 failed within two weeks. Three Steinway actions. We will not pay for defective work and are prepared to litigate.", "dispute", inv=["98015"], human=["legal threat"], fam=["defective", "litigation"]),
    R("W5208", at(24, "11:15", CT), "NOTICE: Music Row Piano Restoration Inc. filed a voluntary petition under Chapter 11 in the U.S. Bankruptcy Court for the Middle District of Tennessee on February 22, 2028. The automatic stay prohibits collection efforts.", "other", human=["bankruptcy"], fam=["chapter-11", "automatic-stay"]),
    R("W5208", at(25, "09:00", CT), "This is Carl's assistant. He said pay the small one, $1,480, Monday 3/6. The other is with the lawyers.", "promise_to_pay", date="2028-03-06", amount="1480.00", inv=["98016"], sender="assistant@musicrowpiano.example", fam=["on-behalf", "month-first", "legal-split"]),
    R("W5208", at(28, "14:00", CT), "Office closed Feb 28 – Mar 3 for the NAMM travel. Messages are not monitored.", "out_of_office", headers=AUTO, sender=0, fam=["auto-absence", "trade-show"]),
    # --- Rotorua Forest Mushrooms (NZ)
    R("W5209", at(22, "08:10", NZ), "Kia ora, paid the $545 yesterday. Rest on the 20th March when our supermarket payment comes through.", "already_paid", date="2028-03-20", human=["conditional"], sec=["promise_to_pay"], fam=["maori-greeting", "paid-and-promise", "condition"]),
    R("W5209", at(23, "12:45", NZ), "Hi, the substrate bags on 98017 were the wrong spec (10 kg not 5 kg), we've still got them in the shed. Can you arrange pickup and credit?", "dispute", inv=["98017"], fam=["wrong-spec", "return"]),
    R("W5209", at(24, "17:30", NZ), "Will pay Monday week. Cheers Aroha", "promise_to_pay", date="2028-03-06", fam=["monday-week", "terse"]),
    R("W5209", at(25, "07:30", NZ), "Aroha's away at the Fieldays planning hui till Thurs 2 March. Accounts will be back onto it then.", "out_of_office", sender=0, fam=["typed-absence", "hui"]),
    R("W5209", at(28, "10:20", NZ), "Could we spread the 3,960 over 3 months? $1,320 on the 15th of March, April and May.", "payment_plan_request", date="2028-03-15", fam=["three-instalments", "ordinal"]),
    R("W5209", at(29, "09:40", NZ), "Sweet as, paid in full this arvo. Ta.", "already_paid", fam=["kiwi-slang", "paid-today"]),
    R("W5209", at(26, "11:00", NZ), "Please change our email for invoices to ap@rotoruamushrooms.example and quote our new GST number 131-442-908.", "po_change", fam=["invoice-mailbox", "gst-number"]),
    # --- Tanjong Reef Aquaria (Singapore)
    R("W5210", at(21, "14:25", SG), "Hi, payment for TRA-PO-2209 will be made via GIRO on 24 Feb. Thanks.", "promise_to_pay", date="2028-02-24", inv=["98019"], fam=["giro", "day-month"]),
    R("W5210", at(22, "10:30", SG), "Dear Sir, we cannot find 98020 in our system. Can send again? Also pls include the DO.", "invoice_resend", inv=["98020"], fam=["singlish", "delivery-order"]),
    R("W5210", at(23, "16:15", SG), "Can pay by PayNow? Our finance will transfer on Friday lah if can.", "promise_to_pay", date="2028-02-25", fam=["paynow", "singlish"]),
    R("W5210", at(24, "09:05", SG), "The LED reef lights were quoted at SGD 1,050 not 1,290. Please revise 98020 according to quotation Q-88121.", "dispute", inv=["98020"], fam=["price-vs-quote"]),
    R("W5210", at(25, "12:00", SG), "Melissa on MC today (medical leave) until 1 Mar. Pls contact finance@.", "out_of_office", sender="admin@tanjongreef.example", fam=["typed-absence", "mc"]),
    R("W5210", at(28, "15:50", SG), "Our company has been acquired by Marine Habitat Holdings Pte Ltd (UEN 202800771K) w.e.f. 1 March 2028. All invoices from March onwards to be billed to new entity.", "po_change", fam=["acquisition", "uen"]),
    R("W5210", at(29, "11:35", SG), "Paid 98019 on 24/2 by GIRO. 98020 end of next month after the revision.", "already_paid", sec=["promise_to_pay"], date="2028-03-31", inv=["98019", "98020"], human=["conditional"], fam=["day-first", "paid-and-promise", "condition"]),
]
