"""English payments, absences and delivery failures (field12), with the bank lines the payments are matched against."""

from evals.field.build import Payment, Reply
from evals.field12.kit import AU, GB, IE, IN, NZ, US, USW, ZA, at

R = Reply
AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
PAYMENTS = [
    Payment("BK12-001", "S1201", "2026-11-25", "3840.00", "GBP", "HOP38401125 HOPWRIGHT BREWING"),
    Payment("BK12-002", "S1202", "2026-11-24", "2290.00", "GBP", "LARKSPUR VETERINARY"),
    Payment("BK12-003", "S1203", "2026-11-24", "16000.00", "USD", "ACH7781204 REDWOOD LOT"),
    Payment("BK12-004", "S1205", "2026-11-24", "3950.00", "USD", "CHK 10442", "cheque"),
    Payment("BK12-005", "S1206", "2026-11-25", "7305.00", "EUR", "CLEARCULLET LTD"),
    Payment("BK12-006", "S1209", "2026-11-23", "4120.00", "GBP", "MCP-BACS-2211"),
    Payment("BK12-007", "S1210", "2026-11-20", "430.00", "USD", "GOLDENROD APIARIES"),
    Payment("BK12-008", "S1212", "2026-11-24", "8037.00", "USD", "UTR SBIN326112904 SAFFRON"),
    Payment("BK12-009", "S1214", "2026-11-26", "2480.00", "NZD", "KETTLE YARD BREW"),
    Payment("BK12-010", "S1207", "2026-11-26", "980.00", "AUD", "POLYGLOT ST"),
    Payment("BK12-011", "S1215", "2026-11-25", "9340.00", "USD", "NPGEFT99120"),
    Payment("BK12-012", None, "2026-11-23", "1240.00", "USD", "INCOMING WIRE 2211"),
    Payment("BK12-013", "S1208", "2026-11-19", "2650.00", "GBP", "CRUX CLIMBING"),
]
REPLIES = [
    # payments made
    R("S1201", at(26, "09:45", GB), "Paid 12011 yesterday, ref HOP-3840-1125. The small one follows next week.", "already_paid", sec=["promise_to_pay"], date="2026-12-04", ref="HOP-3840-1125", inv=["12011"], fam=["paid-plus-promise", "reference"]),
    R("S1202", at(26, "14:25", GB), "We paid this on Monday.", "already_paid", fam=["past-tense", "no-reference"]),
    R("S1203", at(26, "12:45", US), "See attached remittance.", "already_paid", ref="ACH7781204", attachments=[("remittance_RLS.txt", "text/plain", "REMITTANCE ADVICE\nRedwood Lot Studios LLC\nPayment date: 11/24/2026\nACH trace: ACH7781204\nINV-2026-12031  14,760.00\nINV-2026-12032   1,240.00\nTotal USD 16,000.00")], fam=["remittance-attachment"]),
    R("S1204", at(26, "10:55", GB), "Stuart: we paid the £6,480 on the 20th, please check again.", "already_paid", human=["no matching payment"], sender=1, fam=["no-match"]),
    R("S1205", at(26, "16:15", US), "Check #10442 was mailed 11/20.", "already_paid", ref="10442", fam=["cheque", "us-numeric"]),
    R("S1206", at(26, "12:20", IE), "Transferred yesterday. Your bank might have taken a small fee off.", "already_paid", human=["amount differs"], fam=["paid-short", "bank-charges"]),
    R("S1209", at(26, "16:50", GB), "Paid by BACS on 23 November, ref MCP-BACS-2211.", "already_paid", ref="MCP-BACS-2211", fam=["reference", "flagged"]),
    R("S1210", at(26, "10:35", US), "INV-2026-12102 was paid last Friday. The other one is still being looked at.", "already_paid", inv=["12102"], sender=1, fam=["one-of-two", "past-tense"]),
    R("S1211", at(26, "13:35", US), "We wired it 11/24, confirmation FED-20261124-5560.", "already_paid", ref="FED-20261124-5560", human=["no matching payment"], fam=["no-match", "reference"]),
    R("S1212", at(26, "13:10", IN), "Dear Team,\nPayment of USD 8,037 has been made on 24/11 after deducting TDS @10% u/s 195. UTR SBIN326112904. TDS certificate will be shared in due course.", "already_paid", ref="SBIN326112904", human=["amount differs"], fam=["withholding", "in-numeric"]),
    R("S1214", at(26, "08:20", NZ), "Sorted this morning, should be with you shortly.", "already_paid", sender=1, fam=["past-tense", "informal"]),
    R("S1216", at(26, "11:45", USW), "We paid this two weeks ago!!", "already_paid", human=["no matching payment"], fam=["no-match", "annoyed"]),
    R("S1207", at(26, "15:10", AU), "We've paid $980 today and will pay the rest at the end of the month.", "already_paid", sec=["promise_to_pay"], date="2026-11-30", human=["amount differs"], fam=["part-paid", "month-end"]),
    R("S1215", at(26, "09:05", ZA), "Payment released yesterday, EFT ref NPG-EFT-99120.", "already_paid", ref="NPG-EFT-99120", fam=["reference", "flagged"]),
    R("S1203", at(26, "08:55", US), "We already paid the 1,240 one, by wire on Monday.", "already_paid", inv=["12032"], human=["no matching payment"], sender=1, fam=["unidentified-payment"]),
    R("S1208", at(26, "18:10", GB), "FYI see below\n\n---------- Forwarded message ---------\nFrom: Crux Climbing Bank Alerts <alerts@cruxclimbing.example>\nDate: Thu, 19 Nov 2026\nSubject: Payment sent\n\nYour payment of £2,650.00 to Northwind Supplies GmbH has been sent.", "already_paid", sender=1, fam=["fyi-forward"]),
    # absences
    R("S1201", at(26, "07:02", GB), "Thank you for your email. I am out of the office until Monday 30 November with limited access to email.", "out_of_office", sender=1, headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Hopwright Brewing Co. Ltd", fam=["ooo-short"]),
    R("S1203", at(26, "08:01", US), "I'm on location until January 11 with no email access. For urgent matters contact ap@redwoodlot.example.", "out_of_office", sender=1, headers=AUTO, human=["absence more than 14 days"], fam=["ooo-long", "film"]),
    R("S1205", at(26, "09:01", US), "The Business Office is closed for the Thanksgiving holiday and will reopen on Monday, November 30.", "out_of_office", headers={"Auto-Submitted": "auto-replied"}, fam=["ooo-holiday"]),
    R("S1207", at(26, "08:30", AU), "I'm away on leave and back on 7 December.", "out_of_office", sender=1, headers=AUTO, fam=["ooo-short"]),
    R("S1208", at(26, "08:00", GB), "Out climbing in Kalymnos till the 14th, back on email then. M", "out_of_office", sender=1, headers={"X-Autoreply": "yes"}, subject="Auto: Reminder: overdue invoices – Crux Climbing Centre Ltd", human=["absence more than 14 days"], fam=["ooo-ordinal", "ooo-long"]),
    R("S1211", at(26, "07:15", US), "I will be out of the office with no access to email. Your message will not be forwarded.", "out_of_office", sender=1, headers=AUTO, fam=["ooo-no-date"]),
    R("S1212", at(26, "09:10", IN), "I am on leave from 25/11 to 28/12. Please contact accounts@saffronreel.example for any urgent matter.", "out_of_office", sender=1, headers=AUTO, human=["absence more than 14 days"], fam=["ooo-long", "in-numeric"]),
    R("S1214", at(26, "06:50", NZ), "Hi – I'm off until Tuesday, I'll look at your email then. Jess", "out_of_office", sender=1, human=["hand-written absence"], fam=["ooo-handwritten"]),
    R("S1216", at(26, "05:30", USW), "Thanks for your email. I'm out until 12/7 and will respond when I'm back.", "out_of_office", sender=1, headers=AUTO, fam=["ooo-short", "us-numeric"]),
    R("S1213", at(26, "08:10", AU), "I am currently out of the office returning 30 November.", "out_of_office", sender=1, headers=AUTO, fam=["ooo-short", "flagged"]),
    # delivery failures
    R("S1201", at(26, "09:06", GB), "This is the mail system at host mx.hopwright.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<accounts@hopwright.example>: host mx.hopwright.example said: 550 5.1.1 <accounts@hopwright.example>: Recipient address rejected: User unknown", "bounce", sender="MAILER-DAEMON@mx.hopwright.example", subject="Undelivered Mail Returned to Sender", dsn=("accounts@hopwright.example", "5.1.1"), fam=["dsn-postfix"]),
    R("S1203", at(26, "06:06", US), "Delivery has failed to these recipients or groups:\n\nap@redwoodlot.example\nThe recipient's mailbox is full and can't accept messages now.", "bounce", sender="postmaster@redwoodlot.example", subject="Undeliverable: Reminder: overdue invoices – Redwood Lot Studios LLC", dsn=("ap@redwoodlot.example", "5.2.2"), fam=["dsn-exchange", "mailbox-full"]),
    R("S1206", at(26, "09:07", IE), "Address not found\n\nYour message wasn't delivered to n.byrne@clearcullet.example because the address couldn't be found, or is unable to receive mail.", "bounce", sender="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)", dsn=("n.byrne@clearcullet.example", "5.1.1"), fam=["dsn-gmail"]),
    R("S1209", at(26, "09:06", GB), "Your message was rejected by the recipient's mail policy (Mimecast). Reason: 550 Rejected by header based Anti-Spoofing policy.", "bounce", sender="postmaster@medwaypharmacy.example", subject="Mail delivery failed", dsn=("accounts@medwaypharmacy.example", "5.7.1"), fam=["dsn-policy", "flagged"]),
    R("S1211", at(26, "03:07", US), "Hi. This is the qmail-send program at mail.brightwateranimal.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<billing@brightwateranimal.example>:\nSorry, no mailbox here by that name. (#5.1.1)", "bounce", sender="MAILER-DAEMON@mail.brightwateranimal.example", subject="failure notice", dsn=("billing@brightwateranimal.example", "5.1.1"), fam=["dsn-qmail"]),
    R("S1212", at(26, "13:36", IN), "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n  v.iyer@saffronreel.example\n    mailbox is disabled", "bounce", sender="Mailer-Daemon@saffronreel.example", subject="Mail delivery failed: returning message to sender", dsn=("v.iyer@saffronreel.example", "5.2.1"), fam=["dsn-exim", "disabled"]),
    R("S1214", at(26, "21:06", NZ), "Delivery to the following recipient failed permanently:\n\n     accounts@kettleyard.example\n\nTechnical details of permanent failure: 550 5.2.1 The email account that you tried to reach is disabled.", "bounce", sender="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)", dsn=("accounts@kettleyard.example", "5.2.1"), fam=["dsn-gmail", "disabled"]),
    R("S1216", at(26, "00:06", USW), "Your message to ap@summitrope.example couldn't be delivered.\nap wasn't found at summitrope.example.\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "bounce", sender="postmaster@summitrope.example", subject="Undeliverable: Reminder: overdue invoices – Summit Rope Climbing Gym LLC", dsn=("ap@summitrope.example", "5.1.10"), fam=["dsn-exchange-new"]),
    R("S1202", at(26, "09:06", GB), "The following message to <payables@larkspur-vets.example> was undeliverable.\nThe reason for the problem:\n5.4.4 - Unable to route: no mail hosts for domain", "bounce", sender="postmaster@northwind-relay.example", subject="Undeliverable mail", dsn=("payables@larkspur-vets.example", "5.4.4"), fam=["dsn-relay", "no-mx"]),
]
