"""English replies (field52), the rest: bounces from every kind of mail server, people who got our mail by mistake,
portals, absences and the odd promise hidden in a long mail."""

from evals.field.build import Reply
from evals.field52.kit import AUTO, CT, ET, GB, HOB, IE, IN, MT, NZ, SG, ZA, at

R = Reply

REPLIES = [
    # --- bounces
    R("W5201", at(24, "03:12", HOB), "This is the mail system at host mx1.derwentoysters.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<k.harcourt@derwentoysters.example>: host said: 550 5.1.1 User unknown", "bounce", sender="MAILER-DAEMON@mx1.derwentoysters.example", dsn=("k.harcourt@derwentoysters.example", "5.1.1"), quote="none", fam=["dsn", "postfix"]),
    R("W5202", at(25, "02:00", ET), "Delivery has failed to these recipients or groups:\n\nap@greenmtnsugarworks.example\nThe recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.", "bounce", sender="postmaster@greenmtnsugarworks.example", dsn=("ap@greenmtnsugarworks.example", "5.2.2"), quote="none", fam=["dsn", "exchange"]),
    R("W5203", at(23, "04:40", IE), "Address not found\n\nYour message wasn't delivered to f.odriscoll@leevalleyorgans.example because the address couldn't be found, or is unable to receive mail.", "bounce", sender="mailer-daemon@googlemail.example", dsn=("f.odriscoll@leevalleyorgans.example", "5.1.1"), quote="none", fam=["dsn", "gmail"]),
    R("W5205", at(28, "01:15", MT), "Message not delivered. The domain bowrivercurling.example's mail server refused the connection (554 5.7.1 Relay access denied).", "bounce", sender="postmaster@outlook-relay.example", dsn=("g.macpherson@bowrivercurling.example", "5.7.1"), quote="none", fam=["dsn", "relay-denied"]),
    R("W5206", at(26, "05:30", ZA), "Undeliverable: Reminder: overdue invoices – Umgeni Funeral Services (Pty) Ltd\n\nt.naidoo@umgenifunerals.example — Remote server returned '550 5.4.1 Recipient address rejected: Access denied'", "bounce", sender="postmaster@umgenifunerals.example", dsn=("t.naidoo@umgenifunerals.example", "5.4.1"), quote="none", fam=["dsn", "access-denied"]),
    R("W5209", at(27, "06:20", NZ), "Mail delivery failed: returning message to sender.\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\n  accounts@rotoruamushrooms.example\n    mailbox is disabled", "bounce", sender="mailer-daemon@rotoruamushrooms.example", dsn=("accounts@rotoruamushrooms.example", "5.2.1"), quote="none", fam=["dsn", "exim", "disabled"]),
    R("W5210", at(29, "02:50", SG), "Delivery Status Notification (Failure)\n\nm.lim@tanjongreef.example: 550 5.1.10 RESOLVER.ADR.RecipientNotFound", "bounce", sender="postmaster@tanjongreef.example", dsn=("m.lim@tanjongreef.example", "5.1.10"), quote="none", fam=["dsn", "o365"]),
    R("W5208", at(24, "04:05", CT), "Delivery delayed and then abandoned after 72 hours: c.whitlock@musicrowpiano.example (Connection timed out).", "bounce", sender="mailer-daemon@mail.musicrowpiano.example", dsn=("c.whitlock@musicrowpiano.example", "4.4.7"), quote="none", fam=["dsn", "timeout"]),
    # --- wrong contact
    R("W5202", at(24, "13:35", ET), "I think you've got the wrong Dana — I'm Dana Lavoie the realtor in Burlington, not the sugarhouse. Please check your records.", "wrong_contact", sender="dana.lavoie.realty@mailbox.example", fam=["namesake", "outsider"]),
    R("W5206", at(25, "15:10", ZA), "Please note I am the funeral director on duty. Accounts are handled from head office in Pinetown.", "wrong_contact", sender="duty.director@umgenifunerals.example", fam=["staff", "redirect"]),
    R("W5209", at(22, "21:30", NZ), "This mailbox is no longer monitored. Please use ap@rotoruamushrooms.example.", "wrong_contact", headers=AUTO, sender=0, fam=["unmonitored-mailbox", "auto"]),
    R("W5210", at(26, "10:25", SG), "Hi I'm just the aquarist, pls don't cc me on finance matters.", "wrong_contact", sender="aquarist@tanjongreef.example", fam=["staff", "singlish"]),
    R("W5208", at(27, "11:50", CT), "Stop emailing this address. It's my personal account and I haven't worked for Carl since 2026.", "wrong_contact", sender="jessie.tuner@mailbox.example", fam=["personal-address", "ex-employee"]),
    # --- other
    R("W5201", at(27, "14:30", HOB), "Received, ta.", "other", fam=["no-action", "terse"]),
    R("W5205", at(23, "07:40", MT), "Are you able to take Visa over the phone? If so I'll call. It's easier for our treasurer than a cheque.", "other", human=["card question"], fam=["card-question"]),
    R("W5209", at(26, "16:40", NZ), "Could you send me a statement confirming our balance as at 31 March for the auditors when it comes round? No rush.", "other", human=["audit request"], fam=["future-statement"]),
    R("W5207", at(27, "11:05", IN), "Kindly share your Form 10F and Tax Residency Certificate for FY 2027-28 so we can apply DTAA rate on the remittance.", "other", human=["tax form"], fam=["tax-form", "dtaa"]),
    R("W5210", at(21, "16:45", SG), "Please be informed our office will be closed from 1 to 3 March for our company retreat. Regards.", "other", fam=["no-action", "closure-notice"]),
    # --- out of office
    R("W5203", at(24, "07:00", IE), "I am out of the office until Wednesday 1 March. For anything urgent please ring the workshop.", "out_of_office", headers=AUTO, sender=1, fam=["auto-absence"]),
    R("W5207", at(25, "00:10", IN), "I am on leave from 25-Feb-2028 to 06-Mar-2028 with no access to mails. For payment matters contact accounts@deccanbell.example.", "out_of_office", headers=AUTO, sender=1, fam=["auto-absence", "indian-date-format"]),
    R("W5204", at(27, "00:00", GB), "Thanks for your email. Rory is running the Edinburgh puzzle hunt this weekend and will reply from Tuesday 29th.", "out_of_office", headers=AUTO, sender=1, fam=["auto-absence", "event"]),
    # --- already paid
    R("W5205", at(25, "12:30", MT), "We sent cheque #1186 for $6,475 on February 14th. Has it not arrived?", "already_paid", ref="1186", inv=["98009"], fam=["cheque-in-mail", "valentines"]),
    R("W5210", at(24, "18:10", SG), "Payment made via GIRO today. Ref TRA-PO-2209. Pls check.", "already_paid", ref="TRA-PO-2209", inv=["98019"], fam=["giro"]),
    R("W5201", at(29, "08:10", HOB), "Paid! Both of them, Monday. Check your account before you send another one of these.", "already_paid", fam=["sarcasm", "paid-both"]),
    # --- po change
    R("W5203", at(27, "10:40", IE), "We've a new purchase order system from 1 March — please put PO LVO-0317 on 98005 and reissue, or our accounts package won't match it.", "po_change", inv=["98005"], fam=["new-po", "reissue"]),
    R("W5206", at(27, "11:30", ZA), "Please note our VAT number changed after the restructure: 4820311875. Reissue the invoices in the name of Umgeni Funeral Group (Pty) Ltd.", "po_change", fam=["vat-number", "new-entity"]),
    R("W5208", at(28, "09:25", CT), "Please bill Music Row Piano Holdings LLC going forward. The Inc is being wound down per the reorganization.", "po_change", fam=["new-entity", "reorganization"]),
    # --- payment plan
    R("W5202", at(27, "15:05", ET), "Could we pay 98003 in three equal installments, 3/15, 4/15 and 5/15? Sugaring season cash flow.", "payment_plan_request", date="2028-03-15", fam=["month-first", "three-instalments"]),
    R("W5207", at(26, "10:15", IN), "Request you to kindly allow us to pay in 2 instalments: 50% on 10th March and 50% on 10th April.", "payment_plan_request", date="2028-03-10", fam=["two-instalments", "indian-english"]),
    R("W5203", at(28, "17:40", IE), "Would ye take 1,000 a month starting the end of March? It's been a slow winter for organs.", "payment_plan_request", date="2028-03-31", fam=["monthly-instalments", "irish"]),
    # --- invoice resend
    R("W5202", at(28, "08:15", ET), "Please resend 98004 with the PO number on it. Our AP system auto-rejects anything without a PO.", "invoice_resend", inv=["98004"], fam=["resend", "po-missing"], sender=0),
    R("W5209", at(29, "13:50", NZ), "Can I get a copy of the invoice with the delivery docket attached? Can't match it without.", "invoice_resend", fam=["docket"]),
    R("W5204", at(23, "11:20", GB), "Send me a statement please, I've lost track of what's what.", "invoice_resend", fam=["statement", "terse"]),
    # --- dispute
    R("W5201", at(26, "15:45", HOB), "You've charged freight on 98002 but we picked it up from your Launceston agent ourselves. Take it off please.", "dispute", inv=["98002"], fam=["freight"]),
    R("W5207", at(28, "15:40", IN), "The rate charged on 98014 is USD 7.60/kg whereas PO 5560 says USD 6.90/kg. Kindly issue credit note for the difference.", "dispute", inv=["98014"], fam=["price-vs-po"]),
    R("W5209", at(21, "12:30", NZ), "We're being charged a late fee of $45 on 98017. We paid the previous one early, come on.", "dispute", inv=["98017"], fam=["late-fee"]),
    # --- promises in longer mail
    R("W5202", at(21, "11:15", ET), "Hi there,\n\nHope you're well. Quick update from our side — we've had a rough January with the ice storm taking out about a third of our tap lines, and the insurance adjuster was only out last Thursday. That said, none of that is your problem. Your invoice 98003 is in this week's batch and the ACH will settle on Friday 2/25.\n\nBest,\nDana\n\n--\nDana Lavoie | Controller | Green Mountain Sugarworks LLC\nThis message may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete this message. Any unauthorized review, use, disclosure or distribution is prohibited.", "promise_to_pay", date="2028-02-25", inv=["98003"], fam=["long", "disclaimer", "month-first"]),
    R("W5205", at(21, "14:05", MT), "Hi,\nsee below from our treasurer.\n\n---------- Forwarded message ---------\nFrom: Pat Kowalczyk <treasurer@bowrivercurling.example>\nGlenn - I'll sign the cheque for Northwind at the executive meeting on Thursday and get it in the mail Friday the 25th.", "promise_to_pay", date="2028-02-25", fam=["see-below", "forwarded-promise", "meeting-distractor"]),
    R("W5206", at(22, "15:50", ZA), "Good afternoon,\n\nWe refer to your statement. Please note the instalment due 25 February will be paid on 28 February due to our bank's system upgrade over the weekend of 26-27 February.\n\nKind regards\nAccounts Department\nUmgeni Funeral Services (Pty) Ltd\n\nDISCLAIMER: This e-mail and any attachments are confidential and may be privileged. Umgeni Funeral Services (Pty) Ltd accepts no liability for any loss or damage arising from the use of this e-mail.", "promise_to_pay", date="2028-02-28", human=["partial"], fam=["moved-date", "disclaimer", "plan-instalment"]),
    R("W5204", at(24, "20:40", GB), "Right so. £870 on Monday, £3,150 on 15 March. Then we're square and you can take us off stop.", "promise_to_pay", date="2028-02-28", amount="870.00", partial=False, fam=["two-dates", "scottish"]),
    R("W5208", at(29, "10:10", CT), "Per our counsel, payment of the undisputed $1,480 will be remitted 3/3/28. The remainder is disputed.", "promise_to_pay", date="2028-03-03", amount="1480.00", inv=["98016"], fam=["month-first", "legal-split"]),
    R("W5210", at(27, "20:15", SG), "OK will pay Monday after next. Sorry for the delay.", "promise_to_pay", date="2028-03-06", fam=["monday-after-next"]),
    R("W5201", at(26, "12:55", HOB), "Paying on the 2nd, not the 1st like I said — the 1st is when the lease rent comes out.", "promise_to_pay", date="2028-03-02", fam=["corrected-day", "distractor-date"]),
    R("W5203", at(21, "16:35", IE), "Sure look, we'll pay at the end of the month. The 29th, since there is one this year.", "promise_to_pay", date="2028-02-29", fam=["month-end", "leap-day", "irish"]),
    R("W5207", at(21, "13:20", IN), "Payment will be credited to your account latest by 2nd week of March.", "promise_to_pay", date="2028-03-10", fam=["second-week"]),
    R("W5209", at(29, "17:15", NZ), "Paying half tomorrow, half on 15/3. Cheers.", "promise_to_pay", date="2028-03-01", fam=["two-halves", "day-first"]),
]
