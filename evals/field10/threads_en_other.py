"""English "other" replies that look like commitments or disputes but are questions, acknowledgements or paperwork
(bank-detail changes, is this genuine, W-9, what is this charge, stop emailing, forwarded to AP), absence notices,
delivery failures and wrong contacts."""

from evals.field10.kit import AUTO, XAUTO, Kit

k = Kit("EN3")
R = k.r
NA = "no-action"

# other: questions and paperwork (need a person)
R("Q1001", 24, "Before we pay - we had an email last week saying your bank details changed. Is that genuine? Please confirm by phone.", "other", human=["bank-detail question"], sender=1, fam=["other-vs-promise", "fraud-check", "bank-details"])
R("Q1003", 23, "Is this reminder legit? The link looks odd and I don't recognise Northwind. Jenna", "other", human=["fraud check"], sender=1, fam=["other", "fraud-check"])
R("Q1012", 25, "We need a W-9 on file before AP can release any payment. Please send one.", "other", human=["tax form"], fam=["other-vs-promise", "tax-form"])
R("Q1005", 27, "What's the €90 line on 10051 for? Not disputing it, just need to know what to code it to.", "other", inv=["10051"], human=["question about a charge"], sender=1, fam=["other-vs-dispute", "charge-question"])
R("Q1006", 26, "Can we pay by credit card? If so please send a link.", "other", human=["payment-method question"], sender=1, fam=["other-vs-promise", "payment-method"])
R("Q1011", 24, "Stop emailing me about this. I've told your sales rep twice.", "other", human=["stop emailing"], sender=1, fam=["other-vs-dispute", "stop-emailing", "annoyed"])
R("Q1008", 24, "If we pay by Friday do we still get the 2% early payment discount?", "other", human=["discount question"], sender=1, fam=["other-vs-promise", "discount"])
R("Q1007", 25, "Dear Sir, kindly share your bank account details on company letterhead duly signed and stamped, then only our finance will process.", "other", human=["bank-detail question"], fam=["other-vs-promise", "non-native", "bank-details"])
R("Q1004", 25, "Please complete the attached supplier onboarding form and return a voided check before we can set you up for ACH.", "other", human=["supplier onboarding"], attachments=[("Vendor_Setup_Form.pdf", "application/pdf", "VENDOR SETUP FORM\nLegal name\nTax ID\nRemit-to address\nBank account")], fam=["other", "onboarding"])
R("Q1009", 23, "Who is Northwind? I don't remember us ordering anything. Gwen", "other", human=["question"], sender=1, fam=["other-vs-dispute", "who-are-you"])
R("Q1010", 26, "Which account should we pay into, the EUR one or the NZD one? Your invoice lists both.", "other", human=["bank-detail question"], sender=1, fam=["other-vs-promise", "bank-details"])
R("Q1002", 27, "Why is the due date on the reminder different from the one on the invoice? Confused.", "other", human=["question"], sender=1, fam=["other-vs-dispute", "question"])
# other: no action
R("Q1001", 26, "Thanks, received. Forwarded to our accounts team.", "other", fam=["other", NA, "forwarded-to-ap"])
R("Q1003", 24, "ok got it", "other", fam=["other", NA, "terse"])
R("Q1006", 24, "Thank you for your email. Your message has been received by the Finance team and logged as ticket #SD-20418. We aim to respond within 3 working days.", "other", headers=AUTO, fam=["other", NA, "ticket"])
R("Q1012", 26, "Forwarded to AP. Kevin", "other", sender=1, fam=["other-vs-promise", NA, "forwarded-to-ap"])
R("Q1007", 26, "Noted sir.", "other", sender=1, fam=["other", NA, "non-native"])
R("Q1005", 26, "<p>Thanks, I've passed this to Ciara.</p>", "other", sender=0, html=True, fam=["other", NA, "html-outlook"])
R("Q1004", 26, "Acknowledged. We are reviewing internally.\n\nAccounts Payable", "other", fam=["other-vs-promise", NA, "formal-ap"])

# out_of_office
R("Q1001", 24, "I am out of the office until Thursday 26 November. For urgent matters please call the main office.", "out_of_office", sender=1, headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Brightline Signs Ltd", fam=["ooo", "return-date"])
R("Q1002", 23, "Thanks for your email. I'm on annual leave and back on 4 January. Your message won't be forwarded.", "out_of_office", sender=1, headers=AUTO, human=["absent more than 14 days"], fam=["ooo", "long-absence"])
R("Q1003", 25, "Out of office through Thanksgiving, back Monday 11/30.", "out_of_office", sender=1, headers=XAUTO, subject="Out of Office: Reminder: overdue invoices – Silver Creek Kennels LLC", fam=["ooo", "us-numeric"])
R("Q1006", 25, "<p>I am currently out of the office with limited access to email, returning 1 December.</p>", "out_of_office", sender=1, headers=AUTO, html=True, fam=["ooo", "html-outlook"])
R("Q1007", 23, "Dear Sender, I am on leave till 30th November. Kindly contact accounts@nilgiri-tiles.example for urgent matters.", "out_of_office", sender=1, headers=AUTO, fam=["ooo", "non-native"])
R("Q1008", 25, "I'm away on vintage leave until 15 December. Responses will be delayed.", "out_of_office", sender=1, headers=AUTO, human=["absent more than 14 days"], fam=["ooo", "long-absence", "au"])
R("Q1011", 25, "Hi, I'm off until Monday, will look at this then. David", "out_of_office", sender=1, human=["absence written by a person"], fam=["ooo-vs-promise", "hand-written"])
R("Q1012", 24, "I am out of the office with no access to email. I will respond on my return.", "out_of_office", sender=1, headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Granite State Climbing LLC", fam=["ooo", "no-return-date"])
R("Q1009", 26, "Gwen is away until 7 December. This mailbox is checked weekly.", "out_of_office", sender=0, headers=XAUTO, fam=["ooo", "return-date"])
R("Q1010", 24, "Kia ora, I'm out on the farm with patchy reception until 1 December. Ngā mihi, Hemi", "out_of_office", sender=1, headers=AUTO, fam=["ooo", "nz"])

# bounce
_MD = "MAILER-DAEMON@{}"
for cust, local, dom, status, text in [
    ("Q1001", "r.hale", "brightline-signs.example", "5.1.1", "This is the mail system at host mx1.brightline-signs.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<r.hale@brightline-signs.example>: host mx1 said: 550 5.1.1 User unknown"),
    ("Q1003", "j.ruiz", "silvercreek-kennels.example", "5.2.2", "Delivery has failed to these recipients or groups:\n\nj.ruiz@silvercreek-kennels.example\nThe recipient's mailbox is full and can't accept messages now."),
    ("Q1005", "c.walsh", "atlantic-surf.example", "5.1.1", "Address not found\n\nYour message wasn't delivered to c.walsh@atlantic-surf.example because the address couldn't be found, or is unable to receive mail."),
    ("Q1007", "a.krishnan", "nilgiri-tiles.example", "5.4.1", "Delivery Status Notification (Failure)\n\n550 5.4.1 Recipient address rejected: Access denied. a.krishnan@nilgiri-tiles.example"),
    ("Q1008", "s.baker", "redgum-vineyards.example", "5.1.1", "Undeliverable: Reminder: overdue invoices\n\nYour message to s.baker@redgum-vineyards.example couldn't be delivered. s.baker wasn't found at redgum-vineyards.example."),
    ("Q1009", "g.price", "lantern-puppets.example", "5.7.1", "Message rejected by recipient's spam filter (5.7.1). Contact the recipient's administrator."),
    ("Q1010", "h.tane", "kelpwise.example", "4.4.7", "Message delayed too long, giving up: the remote server did not respond for 5 days.\nh.tane@kelpwise.example: 4.4.7 Delivery time expired"),
    ("Q1011", "d.fairley", "pinewood-organs.example", "5.1.1", "A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\n  d.fairley@pinewood-organs.example\n    SMTP error from remote mail server after RCPT TO: 550 No such user here"),
    ("Q1012", "k.dube", "granitestate-climb.example", "5.1.10", "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.dube@granitestate-climb.example not found by SMTP address lookup'"),
    ("Q1006", "p.okafor", "stellardome.example", "5.1.1", "Mail Delivery Subsystem\n\n** Address not found **\np.okafor@stellardome.example - the account has been disabled."),
    ("Q1002", "t.moss", "cragside-climbing.example", "5.2.1", "Your message to t.moss@cragside-climbing.example was rejected: 552 5.2.1 mailbox disabled, not accepting messages."),
]:
    R(cust, 24, text, "bounce", sender=_MD.format("mail." + dom), dsn=(f"{local}@{dom}", status), subject="Undelivered Mail Returned to Sender", fam=["bounce"])

# wrong_contact
R("Q1001", 25, "Rachel left us in October. Please send anything about payments to accounts@brightline-signs.example.", "wrong_contact", sender=0, fam=["wrong-contact", "left"])
R("Q1002", 24, "I'm the route-setter, nothing to do with invoices. Try Tom.", "wrong_contact", sender=1, fam=["wrong-contact", "not-my-department"])
R("Q1003", 26, "Jenna sold the kennels in September - the new owners are at office@silvercreekpets.example.", "wrong_contact", sender=1, fam=["wrong-contact", "sold"])
R("Q1005", 24, "Please remove me from this list, I only handle bookings. Finance is Ciara.", "wrong_contact", sender=0, fam=["wrong-contact", "remove-me"])
R("Q1006", 24, "This mailbox is no longer monitored. Please contact finance@stellardome.example.", "wrong_contact", sender=2, headers=AUTO, fam=["wrong-contact", "unmonitored"])
R("Q1007", 27, "Dear Sir, Mr Arun has been transferred to our Coimbatore unit. Please correspond with Ms Lakshmi, lakshmi.r@nilgiri-tiles.example.", "wrong_contact", sender=0, fam=["wrong-contact", "non-native"])
R("Q1009", 27, "Gwen stepped down as treasurer. Our new treasurer is Ifan Morgan, treasurer@lantern-puppets.example.", "wrong_contact", sender=0, fam=["wrong-contact", "volunteer"])
R("Q1010", 27, "Hemi's not with us any more, you want accounts@kelpwise.example", "wrong_contact", sender=1, fam=["wrong-contact", "terse"])
R("Q1011", 26, "I'm retired as of this month; my son Euan runs the business now, euan@pinewood-organs.example.", "wrong_contact", sender=1, fam=["wrong-contact", "retired"])
R("Q1012", 23, "I don't deal with vendor payments, not sure who does. Sorry.", "wrong_contact", sender=1, fam=["wrong-contact", "nobody-named"])
R("Q1008", 27, "Wrong person sorry, I'm Sam from the cellar door. Admin do the bills.", "wrong_contact", sender=1, fam=["wrong-contact", "au"])
REPLIES = k.replies
PAYMENTS = k.payments
