"""English replies (field52): a Leith escape-room firm on credit hold, a Calgary curling rink and a Durban funeral home on a plan."""

from evals.field.build import Payment, Reply
from evals.field52.kit import AUTO, GB, MT, ZA, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK52-004", "W5204", "2028-02-25", "500.00", "GBP", "LEITH LOCKBOX LTD PART PAYMENT"),
    P("BK52-005", "W5205", "2028-02-23", "1120.00", "CAD", "BOW RIVER CURLING BRC-124"),
    P("BK52-006", "W5206", "2028-02-25", "6400.00", "ZAR", "UMGENI FUNERAL INSTALMENT 3"),
]

REPLIES = [
    # --- Leith Lockbox Escape Rooms (Edinburgh, GB, credit hold)
    R("W5204", at(21, "10:40", GB), "Aye, we know. We'll clear the £870 on Friday and the bigger one by the end of March.", "promise_to_pay", date="2028-02-25", amount="870.00", partial=False, fam=["two-dates", "scottish"]),
    R("W5204", at(22, "09:15", GB), "Sent £500 this morning towards 98007. More to follow when half term bookings are in.", "already_paid", inv=["98007"], human=["partial"], fam=["part-payment", "condition"]),
    R("W5204", at(23, "14:30", GB), "Rory here. January was dead, we had two rooms shut for refits. Could we pay £400 a month from March until it's cleared? First one 1 March.", "payment_plan_request", date="2028-03-01", fam=["monthly-instalments", "refit"]),
    R("W5204", at(24, "16:05", GB), "Please hold off on the credit stop, the payment is definitely going on 2/3.", "promise_to_pay", date="2028-03-02", fam=["day-first", "credit-stop"]),
    R("W5204", at(25, "11:55", GB), "We're being bought by Enigma Venues Group and from 1 April all invoices go to their AP in Glasgow, new company number SC781204. Please update and reissue.", "po_change", fam=["acquisition", "company-number"]),
    R("W5204", at(28, "12:20", GB), "We are taking advice from our insolvency practitioner about the company's position. Please direct further correspondence to McIntyre Restructuring LLP.", "other", human=["insolvency"], fam=["insolvency", "adviser"]),
    R("W5204", at(29, "08:05", GB), "Leap day! Fitting that we finally pay you today.", "promise_to_pay", date="2028-02-29", fam=["leap-day", "today"]),
    R("W5204", at(21, "18:40", GB), "The 98008 invoice is for a maglock kit we sent back in January. Check your returns log.", "dispute", inv=["98008"], fam=["returned-goods", "terse"]),
    R("W5204", at(26, "10:00", GB), "I'm a games host, not the office. You want admin@.", "wrong_contact", sender="host.cam@leithlockbox.example", fam=["staff", "redirect"]),
    R("W5204", at(22, "00:00", GB), "Delivery to the following recipients failed permanently:\n\n    admin@leithlockbox.example\n\nThe recipient's mailbox is full and can't accept messages now.", "bounce", sender="mailer-daemon@googlemail.example", dsn=("admin@leithlockbox.example", "5.2.2"), quote="none", fam=["dsn", "mailbox-full"]),
    # --- Bow River Curling & Ice (Calgary, CA)
    R("W5205", at(21, "08:30", MT), "Closed today for Family Day. I'll pay on Wednesday when I'm back in.", "promise_to_pay", date="2028-02-23", fam=["holiday-distractor", "weekday"]),
    R("W5205", at(22, "13:15", MT), "Paid 98010 online yesterday, conf #CIBC-44871.", "already_paid", ref="CIBC-44871", inv=["98010"], fam=["confirmation-number"]),
    R("W5205", at(23, "10:05", MT), "The board meets March 7 to approve expenditures over $5,000. Payment of 98009 will follow on March 10.", "promise_to_pay", date="2028-03-10", inv=["98009"], fam=["meeting-before-payment", "month-name"]),
    R("W5205", at(24, "15:30", MT), "Can you confirm the GST number on your invoice? Ours shows none and our accountant needs it to claim the ITC. Please reissue with GST shown.", "invoice_resend", fam=["gst", "reissue"]),
    R("W5205", at(25, "09:20", MT), "Our PO changed — BRC-118 was cancelled and replaced with BRC-131 after the ice plant compressor order was split. Please reference BRC-131.", "po_change", inv=["98009"], fam=["po-replaced"]),
    R("W5205", at(28, "11:10", MT), "We'll pay both invoices by cheque, mailing it end of next week.", "promise_to_pay", date="2028-03-10", fam=["cheque-mailing", "end-of-next-week"]),
    R("W5205", at(29, "14:45", MT), "We were invoiced for 12 brine pumps but the packing slip shows 10. Waiting on a corrected invoice before we pay.", "dispute", fam=["quantity", "packing-slip"]),
    R("W5205", at(26, "07:50", MT), "I'll be at the provincial bonspiel in Red Deer until Monday Feb 28 and will respond on my return.", "out_of_office", headers=AUTO, sender=1, fam=["auto-absence", "bonspiel"]),
    R("W5205", at(22, "20:10", MT), "Glenn here, we're a community rink running on volunteers. Any chance you'd take half now and half in April?", "payment_plan_request", date="2028-02-22", fam=["half-now", "volunteer"]),
    R("W5205", at(24, "08:40", MT), "Got it, passing to Glenn.", "other", fam=["no-action", "forwarding"]),
    # --- Umgeni Funeral Services (Durban, ZA, payment plan)
    R("W5206", at(21, "09:00", ZA), "Good day. Instalment 3 of R6,400 under our arrangement will be paid on the 25th as agreed.", "promise_to_pay", date="2028-02-25", amount="6400.00", fam=["plan-instalment", "ordinal"]),
    R("W5206", at(22, "11:30", ZA), "Hi, the instalment has been paid. POP attached.", "already_paid", attachments=[("POP_Umgeni_Feb.pdf", "application/pdf", "Proof of payment R6 400,00 Umgeni Funeral Services to Northwind Supplies GmbH")], human=["partial"], fam=["pop", "plan-instalment"]),
    R("W5206", at(23, "15:20", ZA), "Due to load-shedding affecting our cold rooms we had major costs this month. We request to move the March and April instalments to the 10th of each month instead of the 25th.", "payment_plan_request", date="2028-03-10", fam=["plan-change", "load-shedding"]),
    R("W5206", at(24, "10:10", ZA), "Kindly note the 98012 invoice for the casket trolleys falls outside the plan. We will pay it on 31/03/2028.", "promise_to_pay", date="2028-03-31", inv=["98012"], fam=["day-first", "outside-plan"]),
    R("W5206", at(25, "12:40", ZA), "Sawubona. We never ordered the second embalming table on 98012. Please credit it.", "dispute", inv=["98012"], fam=["unordered", "zulu-greeting"]),
    R("W5206", at(28, "08:45", ZA), "Please send us the updated payment plan schedule showing what has been paid so far.", "invoice_resend", fam=["plan-schedule", "statement"]),
    R("W5206", at(29, "16:00", ZA), "We will pay the balance of the plan in full next month end once the funeral policy claims from Old Mutual are settled.", "promise_to_pay", date="2028-03-31", human=["conditional"], fam=["condition", "insurer", "next-month-end"]),
    R("W5206", at(21, "07:20", ZA), "Thiru is on bereavement leave, back 28 Feb. I will let him know. Regards, Sharmila (reception)", "out_of_office", sender="reception@umgenifunerals.example", fam=["typed-absence", "receptionist"]),
    R("W5206", at(26, "09:30", ZA), "Please confirm your banking details by phone. We received an email with new details at Standard Bank and want to be sure before the instalment.", "other", human=["fraud worry"], fam=["fraud", "changed-bank"]),
]
