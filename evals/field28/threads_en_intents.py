"""English replies beside promises (field28): payments claimed with odd references, disputes, copies, billing
changes, plans, absences, DSNs, wrong contacts, fraud checks, bankruptcy and legal letters."""

from evals.field.build import Payment, Reply
from evals.field28.kit import AU, AUTO, EE, GB, IE, IN, MY, NZ, PST, UG, US, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK28-001", "T2801", "2026-11-20", "1190.00", "EUR", "SAAREMAA SAEVESKI OU"),
    P("BK28-002", "T2804", "2026-11-20", "2875.00", "GBP", "WAKEFIELD TRIANGLE RHU RHUBARB OCT"),
    P("BK28-003", "T2807", "2026-11-24", "865.00", "NZD", "GLENLYON MERINO GLENLYON 880"),
    P("BK28-004", None, "2026-11-23", "615.00", "EUR", "REVOLUT C JOYCE OYSTERS"),
    P("BK28-005", "T2809", "2026-11-25", "1045.00", "USD", "SBIN326330118842 ALLEPPEY COIR WORKS"),
    P("BK28-006", "T2803", "2026-11-02", "2100.00", "USD", "RWENZORI VANILLA INSTALMENT 2"),
    P("BK28-007", "T2802", "2026-11-19", "18760.00", "USD", "ACH KLANG VALLEY NITRILE KVN55120"),
]

_UTR = ("ALLEPPEY COIR WORKS PVT LTD\nPAYMENT ADVICE\n\nBeneficiary : Northwind Supplies GmbH\nValue date : 25-11-2026\n"
        "UTR No : SBIN326330118842\n\nInvoice No          PO No          Amount\nINV-2026-92816      ACW/PO/2317    USD 1,045.00\n\nTotal : USD 1,045.00")

_DISCLAIMER = ("\n\n--\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) and may contain "
               "information that is privileged, confidential or otherwise protected from disclosure under applicable law. If you "
               "are not the intended recipient, any review, dissemination, distribution, copying or other use of this e-mail is "
               "strictly prohibited; please notify the sender immediately by return e-mail and delete this message and all copies "
               "from your system. E-mail transmission cannot be guaranteed to be secure or error-free. The sender therefore does "
               "not accept liability for any errors or omissions in the contents of this message which arise as a result of "
               "e-mail transmission. Please consider the environment before printing this e-mail.")

REPLIES = [
    # --- already paid
    R("T2801", at(24, "09:30", EE), "Hello, the 92802 was paid 20.11, please check.", "already_paid", inv=["92802"], fam=["dotted-numeric", "non-native-ee"]),
    R("T2804", at(23, "10:40", GB), "Paid 92806 last Friday by BACS, reference RHUBARB OCT (the office cat typed it, not me).", "already_paid", ref="RHUBARB OCT", inv=["92806"], fam=["remittance-reference-variant", "past-weekday"]),
    R("T2807", at(25, "08:30", NZ), "Paid the $880 on Tuesday, ref GLENLYON 880.", "already_paid", ref="GLENLYON 880", human=["amount differs"], fam=["bank-charges", "past-weekday"]),
    R("T2808", at(24, "12:00", IE), "I paid the €615 yesterday from my personal Revolut by mistake, reference OYSTERS. Can you match it?", "already_paid", ref="OYSTERS", human=["no matching payment"], fam=["unidentified-payment", "remittance-reference-variant"]),
    R("T2809", at(26, "11:05", IN), "Dear Sir,\nPlease find enclosed payment advice for your kind perusal.\nRegards\nAccounts", "already_paid", ref="SBIN326330118842", inv=["92816"], fam=["remittance-attachment", "utr", "non-native-in"], sender=0,
      attachments=[("Payment_Advice_92816.txt", "text/plain", _UTR)]),
    R("T2810", at(24, "13:20", US), "Sent it by Zelle last night, confirmation ZX44-PELICAN. Should show by now.", "already_paid", ref="ZX44-PELICAN", human=["no matching payment"], fam=["zelle", "remittance-reference-variant"]),
    R("T2802", at(23, "16:10", MY), "Dear Sir, INV-2026-92803 was paid via ACH on 19/11/2026, our reference KVN55120. Kindly update your record.", "already_paid", ref="KVN55120", inv=["92803"], fam=["ach-trace", "locale-numeric-dayfirst", "non-native-my"], sender=0),
    R("T2805", at(25, "14:30", PST), "Check #10442 mailed on 11/20 for the full amount. Our attorney has a copy.", "already_paid", ref="10442", human=["no matching payment"], fam=["cheque-number", "legal-threat"]),
    R("T2806", at(25, "09:10", AU), "PAID. Tuesday. Check your own bloody records before putting us on stop.", "already_paid", human=["no matching payment"], fam=["annoyed", "credit-hold", "terse-mobile"]),
    R("T2803", at(26, "08:40", UG), "Instalment 2 of USD 2,100 was paid on 2 November as per our plan, kindly do not send reminders for the whole sum.", "already_paid", human=["amount differs"], fam=["instalment-existing-plan", "non-native-ug"]),
    R("T2801", at(27, "10:20", EE), "FYI see below\n\n---------- Forwarded message ---------\nFrom: Arved <arved@saaremaa-sawmill.example>\nDate: Fri, 20 Nov 2026 at 13:05\nSubject: Northwind\nTo: Kadri Tamm <k.tamm@saaremaa-sawmill.example>\n\nKadri, I paid Northwind 1190 EUR today for the planks invoice.", "already_paid", reminded=["92802"], fam=["forwarded-chain", "see-below"]),
    # --- disputes
    R("T2801", at(23, "13:50", EE), "The invoice 92801 is for 6 m planks, but we ordered and received 4.5 m. Please make correct invoice.", "dispute", inv=["92801"], fam=["wrong-goods", "non-native-ee"]),
    R("T2802", at(24, "11:30", MY), "Dear Sir, INV-2026-92804 appears to be a duplicate billing of PO KVN-PO-55120 which was already invoiced in 92803. Kindly cancel.", "dispute", inv=["92804", "92803"], fam=["duplicate-billing", "non-native-my"]),
    R("T2804", at(25, "14:15", GB), "We're a registered agricultural producer and the crates are zero-rated for us — please reissue 92807 without the VAT.", "dispute", inv=["92807"], fam=["tax-exempt-reissue"]),
    R("T2805", at(23, "17:20", US), "The co-op disputes INV-2026-92808 in full. Any further collection contact will be referred to our attorneys at Pruitt & Hale.", "dispute", inv=["92808"], fam=["legal-threat"]),
    R("T2806", at(26, "10:45", AU), "Your quote was $4,800 ex GST for the press cloths, the invoice says $5,215. Fix it and we'll talk.", "dispute", fam=["price-vs-quote", "credit-hold"]),
    R("T2807", at(23, "16:40", NZ), "Not paying the $45 admin fee on 92812, nobody agreed to that. The rest goes Friday.", "dispute", sec=["promise_to_pay"], inv=["92812"], date="2026-11-27", fam=["fee-dispute", "dispute-plus-promise"]),
    R("T2808", at(25, "09:35", IE), "Half the oyster bags on 92813 arrived split — photos attached to the delivery docket. We want a credit note before we pay anything.", "dispute", inv=["92813"], fam=["damaged-goods", "credit-note-first"]),
    R("T2809", at(24, "15:00", IN), "Respected Sir, against PO ACW/PO/2291 we have received only 180 rolls of 240 invoiced. Kindly issue credit note for balance 60 rolls.", "dispute", inv=["92815"], fam=["short-delivery", "non-native-in"]),
    R("T2803", at(24, "13:00", UG), "The drying racks you supplied are rusting after one month. We cannot pay for defective equipment until you replace them.", "dispute", fam=["quality", "non-native-ug"]),
    R("T2810", at(25, "15:45", US), "You billed us twice for the same freezer service, 92817 and 92818 are the same call-out on 10/28.", "dispute", inv=["92817", "92818"], fam=["duplicate-billing", "invoice-date-distractor"]),
    # --- invoice resend
    R("T2801", at(25, "11:00", EE), "We never got 92802, can you send it again please.", "invoice_resend", inv=["92802"], fam=["never-received", "non-native-ee"]),
    R("T2804", at(24, "09:05", GB), "Could you send a statement of account? Our books don't agree with yours.", "invoice_resend", fam=["statement"]),
    R("T2807", at(26, "14:10", NZ), "pls resend both as PDF, the links in your email don't open on the farm internet", "invoice_resend", fam=["terse-mobile", "pdf-request"]),
    R("T2808", at(26, "11:45", IE), "Can I get a copy of 92813 with the delivery docket attached? The auditors want them together.", "invoice_resend", inv=["92813"], fam=["copy-with-docs"]),
    R("T2809", at(25, "16:10", IN), "Dear Sir, kindly share the invoice copy duly signed and stamped for our records.", "invoice_resend", fam=["signed-copy", "non-native-in"]),
    R("T2810", at(23, "11:50", US), "Never got either invoice, the mail out here is hit or miss. Email them over and I'll look.", "invoice_resend", fam=["never-received"]),
    R("T2802", at(25, "10:30", MY), "Please resend INV-2026-92804 with the PO number printed, our system rejects invoices without PO.", "invoice_resend", inv=["92804"], fam=["copy-with-po", "non-native-my"], sender=0),
    R("T2803", at(25, "09:00", UG), "Kindly send us an updated statement showing the instalments received so far.", "invoice_resend", fam=["statement", "instalment-existing-plan"]),
    R("T2806", at(27, "11:20", AU), "Send me the invoice again, I can't find it anywhere.", "invoice_resend", fam=["terse-mobile"]),
    R("T2805", at(26, "13:00", PST), "Please forward a complete copy of INV-2026-92808 with proof of delivery to our counsel.", "invoice_resend", inv=["92808"], fam=["legal-threat", "proof-of-delivery"]),
    # --- po / billing change
    R("T2801", at(26, "09:25", EE), "From December we use e-invoicing, please send all invoices to our Omniva e-arve address 12345678@einvoice.example, not by email.", "po_change", fam=["send-future-invoices", "supplier-portal", "non-native-ee"]),
    R("T2802", at(26, "15:50", MY), "Dear Vendor, effective 1 December 2026 all invoices must be submitted through our Coupa supplier portal. Invoices sent by email will not be processed.", "po_change", fam=["supplier-portal", "formal-ap"], sender=0),
    R("T2804", at(26, "10:30", GB), "We've incorporated — please reissue both invoices to Triangle Rhubarb Growers Ltd, company no. 15822041, same address.", "po_change", fam=["legal-entity", "reissue"]),
    R("T2807", at(24, "10:50", NZ), "Our GST number is wrong on 92811, should be 123-456-789. Can you reissue?", "po_change", inv=["92811"], fam=["tax-id", "reissue"]),
    R("T2808", at(27, "10:35", IE), "Please add our PO KOF-0112 to 92814, accounts won't release it without one.", "po_change", inv=["92814"], fam=["po-missing"]),
    R("T2809", at(23, "14:20", IN), "Kindly note our GSTIN has changed to 32AAACA1234B1Z5 after merger with parent company. Please revise invoice 92815 accordingly.", "po_change", inv=["92815"], fam=["tax-id", "acquisition", "non-native-in"]),
    R("T2810", at(26, "09:40", US), "New mailing address for bills: PO Box 118, Breaux Bridge LA 70517. The shop address doesn't get mail anymore.", "po_change", fam=["billing-address"]),
    R("T2806", at(24, "12:30", AU), "Invoices go to accounts@angastonolive.example from now on, not Marco's inbox.", "po_change", fam=["send-future-invoices"]),
    R("T2803", at(27, "11:45", UG), "Please change the cost centre on invoice 92805 to EXP-CURING-02 and reissue, our auditors need it.", "po_change", inv=["92805"], fam=["cost-centre"]),
    R("T2805", at(24, "15:30", PST), "Effective immediately, invoices must be submitted via our Bill.com portal. Paper and emailed invoices will be returned unpaid.", "po_change", fam=["supplier-portal", "legal-account"], sender=0),
    # --- payment plan
    R("T2801", at(24, "14:40", EE), "Is it possible to pay 92801 in three parts, first 2160 EUR on 15.12 and then January and February?", "payment_plan_request", date="2026-12-15", amount="2160.00", inv=["92801"], fam=["plan-with-date", "dotted-numeric", "non-native-ee"]),
    R("T2804", at(27, "15:10", GB), "Would you accept monthly payments of £500 from the first of January? The winter is long with rhubarb.", "payment_plan_request", date="2027-01-01", amount="500.00", fam=["plan-with-date", "date-in-words"]),
    R("T2807", at(25, "13:30", NZ), "Can we spread it over the lamb sale — half now, half in February?", "payment_plan_request", fam=["plan-request"]),
    R("T2808", at(23, "14:25", IE), "Could we do four fortnightly payments starting Friday 11th Dec? The storm damage has us on the ropes.", "payment_plan_request", date="2026-12-11", fam=["plan-with-date", "weekday-ordinal"]),
    R("T2809", at(27, "12:10", IN), "Sir, due to monsoon losses we request you to kindly allow us to pay in 3 equal instalments.", "payment_plan_request", fam=["plan-request", "non-native-in"]),
    R("T2810", at(27, "10:05", US), "Any chance I can do $500 a month till it's paid? Season was bad.", "payment_plan_request", amount="500.00", fam=["plan-request", "terse-mobile"]),
    R("T2802", at(27, "14:30", MY), "Dear Sir, due to cash flow constraint, we would like to propose settlement of 92803 over 3 months, starting 15 December 2026.", "payment_plan_request", date="2026-12-15", inv=["92803"], fam=["plan-with-date", "formal-ap"]),
    R("T2806", at(23, "15:55", AU), "Can we pay it off at $1,000 a fortnight? First one next Friday if you lift the hold.", "payment_plan_request", date="2026-12-04", amount="1000.00", fam=["plan-with-date", "credit-hold", "condition"]),
    R("T2803", at(23, "16:30", UG), "We ask to extend the existing plan by two more months, the harvest was delayed by rains.", "payment_plan_request", fam=["plan-extension", "instalment-existing-plan"]),
    R("T2805", at(26, "16:40", PST), "Without admission of liability, the co-op proposes to settle in six monthly payments beginning January 15, 2027.", "payment_plan_request", date="2027-01-15", fam=["plan-with-date", "legal-threat"]),
    # --- out of office
    R("T2801", at(23, "08:00", EE), "Automaatvastus: olen puhkusel kuni 27.11. / Auto-reply: I am on holiday until 27 November. Urgent matters: arved@saaremaa-sawmill.example", "out_of_office", subject="Automatic reply: Reminder: overdue invoices – Saaremaa Saeveski OÜ", headers=AUTO, fam=["bilingual-absence", "auto-reply"]),
    R("T2802", at(24, "08:00", MY), "Thank you for your email. I am on leave until 7 December 2026 with limited access to email.", "out_of_office", subject="Out of Office: Reminder: overdue invoices – Klang Valley Nitrile Sdn Bhd", headers=AUTO, fam=["auto-reply"]),
    R("T2804", at(25, "07:00", GB), "I'm out of the office until Monday 4 January 2027. For anything urgent ring the farm office.", "out_of_office", subject="Automatic reply: Reminder: overdue invoices – Wakefield Triangle Rhubarb Ltd", headers=AUTO, human=["back more than 14 days out"], fam=["auto-reply", "long-absence"]),
    R("T2807", at(24, "06:30", NZ), "I'm mustering in the back country until 2 December with no reception. Admin will pick up anything urgent.", "out_of_office", subject="Automatic reply: Reminder: overdue invoices – Glenlyon Merino Station Ltd", headers=AUTO, fam=["auto-reply"]),
    R("T2808", at(26, "09:00", IE), "Hi, I'm off on paternity leave until 8 January. Please contact accounts@killaryoysters.example.", "out_of_office", human=["typed by a person", "back more than 14 days out"], fam=["person-typed-absence", "long-absence"]),
    R("T2809", at(25, "09:00", IN), "I am out of office till 30-Nov-2026 on account of Karthigai Deepam. Will revert on resumption.", "out_of_office", subject="Out of office", headers=AUTO, fam=["auto-reply", "holiday", "non-native-in"]),
    R("T2810", at(26, "08:00", US), "Closed for Thanksgiving. Back Monday November 30.", "out_of_office", subject="Auto Reply", headers=AUTO, fam=["auto-reply", "holiday"]),
    R("T2806", at(24, "09:00", AU), "Marco is away at the Royal Adelaide Show judging until 1 December.", "out_of_office", subject="Automatic reply: Reminder: overdue invoices – Angaston Olive Press Pty Ltd", headers=AUTO, fam=["auto-reply", "credit-hold"]),
    R("T2803", at(27, "08:00", UG), "I am out of office attending the vanilla growers' conference in Fort Portal until 4th December 2026.", "out_of_office", subject="Out of Office", headers=AUTO, fam=["auto-reply", "non-native-ug"]),
    R("T2805", at(23, "06:00", PST), "I am out of the office through November 27 for the Thanksgiving holiday and will respond upon my return.", "out_of_office", subject="Automatic reply: Reminder: overdue invoices – Willamette Hazelnut Growers Co-op", headers=AUTO, fam=["auto-reply", "holiday", "legal-account"]),
    # --- bounce
    R("T2801", at(23, "09:06", EE), "This is the mail system at host mx.saaremaa-sawmill.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<k.tamm@saaremaa-sawmill.example>: host mx said: 550 5.1.1 <k.tamm@saaremaa-sawmill.example>: Recipient address rejected: User unknown in virtual mailbox table", "bounce", dsn=("k.tamm@saaremaa-sawmill.example", "5.1.1"), sender="MAILER-DAEMON@mx.saaremaa-sawmill.example", subject="Undelivered Mail Returned to Sender", fam=["dsn-postfix"]),
    R("T2804", at(24, "09:07", GB), "Delivery has failed to these recipients or groups:\n\nh.brearley@triangle-rhubarb.example\nThe recipient's mailbox is full and can't accept messages now.", "bounce", dsn=("h.brearley@triangle-rhubarb.example", "5.2.2"), sender="postmaster@triangle-rhubarb.example", subject="Undeliverable: Reminder: overdue invoices – Wakefield Triangle Rhubarb Ltd", fam=["dsn-exchange", "mailbox-full"]),
    R("T2807", at(25, "21:07", NZ), "Delivery to the following recipient failed permanently:\n\n     t.mackay@glenlyonmerino.example\n\nThe email account that you tried to reach does not exist.", "bounce", dsn=("t.mackay@glenlyonmerino.example", "5.1.1"), sender="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)", fam=["dsn-gmail"]),
    R("T2808", at(26, "08:07", IE), "Your message to c.joyce@killaryoysters.example couldn't be delivered.\n\nc.joyce wasn't found at killaryoysters.example.", "bounce", dsn=("c.joyce@killaryoysters.example", "5.1.10"), sender="postmaster@killaryoysters.example", subject="Undeliverable: Reminder: overdue invoices – Killary Oyster Farm Ltd", fam=["dsn-o365"]),
    R("T2809", at(23, "13:40", IN), "Mail delivery failed: returning message to sender\n\nA message that you sent could not be delivered to one or more of its recipients.\n\n  r.menon@alleppeycoir.example\n    SMTP error from remote mail server after RCPT TO: 550 No such user here", "bounce", dsn=("r.menon@alleppeycoir.example", "5.0.0"), sender="Mailer-Daemon@alleppeycoir.example", subject="Mail delivery failed: returning message to sender", fam=["dsn-exim"]),
    R("T2810", at(24, "08:07", US), "The following message to <l.thibodeaux@bayoutechecrawfish.example> was undeliverable.\nThe reason for the problem:\n5.4.4 - Unable to route: domain has no MX record", "bounce", dsn=("l.thibodeaux@bayoutechecrawfish.example", "5.4.4"), sender="postmaster@mail.northwind-relay.example", subject="Undeliverable Mail", fam=["dsn-no-mx"]),
    R("T2802", at(25, "16:07", MY), "Delivery has failed to these recipients or groups:\n\ns.lim@klangnitrile.example\nYour message wasn't delivered because the recipient's email provider rejected it. Remote server returned '550 5.7.1 Sender blocked by policy'", "bounce", dsn=("s.lim@klangnitrile.example", "5.7.1"), sender="postmaster@klangnitrile.example", subject="Undeliverable: Reminder: overdue invoices – Klang Valley Nitrile Sdn Bhd", fam=["dsn-policy"]),
    R("T2803", at(26, "11:07", UG), "This message was created automatically by mail delivery software.\n\nA message that you sent has not yet been delivered to one or more of its recipients after more than 48 hours on the queue on mail.rwenzorivanilla.example.\n\n  j.okello@rwenzorivanilla.example\n\nNo action is required on your part. Delivery attempts will continue for some time, and this warning may be repeated at intervals if the message remains undelivered.", "bounce", dsn=("j.okello@rwenzorivanilla.example", "4.4.7"), sender="Mailer-Daemon@mail.rwenzorivanilla.example", subject="Warning: message delayed 48 hours", fam=["dsn-delayed"]),
    R("T2806", at(27, "10:07", AU), "Hi. This is the qmail-send program at mail.angastonolive.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\n<m.rossi@angastonolive.example>:\nThis account has been disabled.", "bounce", dsn=("m.rossi@angastonolive.example", "5.2.1"), sender="MAILER-DAEMON@mail.angastonolive.example", subject="failure notice", fam=["dsn-qmail"]),
    R("T2805", at(27, "12:07", PST), "Delivery to the following recipients failed.\n\n       d.vance@willamettehazel.example\n\n550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "bounce", dsn=("d.vance@willamettehazel.example", "5.1.1"), sender="postmaster@willamettehazel.example", subject="Undeliverable: Reminder: overdue invoices – Willamette Hazelnut Growers Co-op", fam=["dsn-exchange"]),
    # --- wrong contact
    R("T2801", at(26, "15:10", EE), "I am the sawmill foreman, not accounting. Please write to arved@saaremaa-sawmill.example.", "wrong_contact", fam=["wrong-desk", "non-native-ee"]),
    R("T2802", at(23, "12:40", MY), "Dear Sir, Ms Lim has left the company. Please direct all correspondence to Mr Tan Wei Jie, tan.wj@klangnitrile.example.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    R("T2804", at(26, "18:10", GB), "This is Hazel's daughter — Mum retired in the summer. Our accountant Clive does the bills now: clive@pennine-accounts.example.", "wrong_contact", fam=["retired", "external-bookkeeper"]),
    R("T2807", at(27, "09:10", NZ), "Glenlyon was sold to Ahuriri Pastoral in October. I'm the old manager — talk to their office in Timaru, they've taken over the accounts.", "wrong_contact", fam=["acquisition", "contact-gone"]),
    R("T2808", at(24, "16:30", IE), "You have the wrong Ciarán — I'm at the hatchery. The farm's accounts are handled by accounts@killaryoysters.example.", "wrong_contact", fam=["wrong-desk"]),
    R("T2809", at(26, "10:00", IN), "Sir, Mrs Radhika Menon is on long leave. Kindly contact Mr. Suresh Pillai (suresh.p@alleppeycoir.example) for payment matters.", "wrong_contact", fam=["new-contact", "non-native-in"], sender=0),
    R("T2810", at(27, "11:40", US), "Lionel passed away in October. I'm his sister handling the estate, please send anything to our lawyer, not this address.", "wrong_contact", fam=["deceased", "contact-gone"], sender=0),
    R("T2806", at(26, "11:15", AU), "This mailbox isn't monitored. Try accounts@ or ring the cellar door.", "wrong_contact", fam=["unmonitored-mailbox", "shared-mailbox"], sender=0),
    R("T2803", at(25, "11:20", UG), "Mr Okello has moved to our Kasese station. Finance queries now go to Ms Akello, finance@rwenzorivanilla.example.", "wrong_contact", fam=["new-contact", "non-native-ug"]),
    R("T2805", at(24, "11:20", PST), "Please stop emailing Mr. Vance directly. All communication regarding this account must go through our counsel.", "other", human=["communication through counsel"], fam=["legal-threat", "via-counsel"]),
    # --- other
    R("T2801", at(25, "14:20", EE), "We got a letter saying your bank account changed to Lithuania. Is this real? We do not pay before you confirm by phone.", "other", human=["fraud check"], fam=["fraud-alert", "non-native-ee"]),
    R("T2802", at(24, "09:15", MY), "Thank you, noted and forwarded to our finance team.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("T2804", at(26, "08:50", GB), "Can I just ring through with a card number? Much easier than a bank transfer for us.", "other", human=["card over the phone"], fam=["card-over-phone"]),
    R("T2807", at(23, "10:20", NZ), "Do you take payment in AUD? Our wool buyer pays us in Aussie dollars.", "other", human=["payment-method question"], fam=["currency-question"]),
    R("T2808", at(23, "17:05", IE), "Ticket #IE-44871 has been created. A member of our accounts team will respond within 2 working days.", "other", subject="[Ticket #IE-44871] Reminder: overdue invoices – Killary Oyster Farm Ltd", headers=AUTO, fam=["ticketing-system", "no-action"], sender=0),
    R("T2809", at(24, "10:10", IN), "Dear Sir, kindly send your Form 10F and Tax Residency Certificate so that we can deduct TDS at treaty rate.", "other", human=["tax forms"], fam=["tax-forms", "non-native-in"]),
    R("T2810", at(25, "12:30", US), "Notice: Bayou Teche Crawfish LLC filed a voluntary petition under Chapter 11 in the Western District of Louisiana on November 20, 2026, Case No. 26-50871. The automatic stay prohibits collection efforts." + _DISCLAIMER, "other", sender="notices@guidry-bankruptcy-law.example", human=["insolvency"], fam=["insolvency", "long-disclaimer", "unknown-sender"]),
    R("T2805", at(25, "16:50", US), "Your tone in these reminders is unacceptable for a 20-year customer. I have shared them with our attorney.", "other", human=["tone complaint"], fam=["tone-complaint", "legal-threat"]),
    R("T2806", at(23, "13:40", AU), "Is there an early-payment discount if we pay the lot this week?", "other", human=["discount question"], fam=["discount-question", "credit-hold"]),
    R("T2803", at(24, "15:40", UG), "Please confirm your bank details in writing on letterhead. Our bank now requires it for all foreign transfers.", "other", human=["bank-detail confirmation"], fam=["bank-details", "fraud-alert"]),
    R("T2802", at(27, "16:00", MY), "Dear Vendor, please complete the attached W-8BEN-E and vendor registration form so that payment can be released.", "other", human=["tax forms"], fam=["tax-forms", "formal-ap"], sender=0),
]
