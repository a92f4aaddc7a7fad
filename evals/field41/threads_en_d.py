"""field41 English replies, part D: bounces, absences, wrong contacts, questions (hand-written one by one)."""

from evals.field.build import Payment, Reply
from evals.field41.kit import AE, AU, AUTO, CA, IE, IN, QA, US, at

PAYMENTS = [
    Payment("BK41-007", "C4109", "2027-09-03", "7150.00", "USD", "KAVERI REEL STUDIOS PVT LTD NEFT"),
    Payment("BK41-008", None, "2027-09-14", "640.00", "USD", "ZELLE J MARTINEZ"),
]

_DSN = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<{to}>: host {mx} said: {why}"""

REPLIES = [
    Reply("C4101", at(13, "06:12", IN), _DSN.format(host="mx1.nilgiri-ortho.example", to="s.raghavan@nilgiri-ortho.example", mx="mail.nilgiri-ortho.example",
                                                   why="550 5.1.1 <s.raghavan@nilgiri-ortho.example>: Recipient address rejected: User unknown in virtual mailbox table"),
          "bounce", sender="MAILER-DAEMON@mx1.nilgiri-ortho.example", subject="Undelivered Mail Returned to Sender",
          dsn=("s.raghavan@nilgiri-ortho.example", "5.1.1"), fam=["bounce_user_unknown"]),
    Reply("C4102", at(14, "04:40", IN), """Delivery has failed to these recipients or groups:

p.kulkarni@deccansoftlink.example
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'""",
          "bounce", sender="postmaster@deccansoftlink.example", subject="Undeliverable: Reminder: overdue invoices – Deccan Softlink Resellers Pvt Ltd",
          dsn=("p.kulkarni@deccansoftlink.example", "5.2.2"), fam=["bounce_mailbox_full", "exchange_ndr"]),
    Reply("C4104", at(13, "09:33", QA), """Your message to a.menon@pearlcrescent-pm.example couldn't be delivered.

a.menon wasn't found at pearlcrescent-pm.example.

Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
          "bounce", sender="postmaster@pearlcrescent-pm.example", subject="Undeliverable: Reminder: overdue invoices – Pearl Crescent Property Management WLL",
          dsn=("a.menon@pearlcrescent-pm.example", "5.1.10"), fam=["bounce_user_unknown", "exchange_ndr"]),
    Reply("C4105", at(15, "02:15", AU), _DSN.format(host="mail.swanbendwines.example", to="k.doyle@swanbendwines.example", mx="aspmx.swanbendwines.example",
                                                   why="550-5.1.1 The email account that you tried to reach does not exist."),
          "bounce", sender="mailer-daemon@mail.swanbendwines.example", subject="Delivery Status Notification (Failure)",
          dsn=("k.doyle@swanbendwines.example", "5.1.1"), fam=["bounce_user_unknown"]),
    Reply("C4106", at(16, "01:02", CA), _DSN.format(host="smtp.falsecreekpictures.example", to="m.leblanc@falsecreekpictures.example", mx="mx.falsecreekpictures.example",
                                                   why="550 5.7.1 Message rejected: sender domain is not on the production's allow-list during wrap"),
          "bounce", sender="MAILER-DAEMON@smtp.falsecreekpictures.example", subject="Undelivered Mail Returned to Sender",
          dsn=("m.leblanc@falsecreekpictures.example", "5.7.1"), fam=["bounce_policy_reject"]),
    Reply("C4107", at(14, "11:00", IE), """Delivery to the following recipient failed permanently:

     d.oshea@leequaymetal.example

Technical details of permanent failure:
The recipient server did not accept our requests to connect. [leequaymetal.example. 550 5.4.1 Recipient address rejected: Access denied]""",
          "bounce", sender="mailer-daemon@googlemail.example", subject="Delivery Status Notification (Failure)",
          dsn=("d.oshea@leequaymetal.example", "5.4.1"), fam=["bounce_access_denied"]),
    Reply("C4108", at(13, "15:48", US), _DSN.format(host="mx.coquinacoastfh.example", to="b.harlan@coquinacoastfh.example", mx="coquinacoastfh-example.mail.protection.example",
                                                   why="550 5.1.1 User unknown"),
          "bounce", sender="MAILER-DAEMON@mx.coquinacoastfh.example", subject="Undelivered Mail Returned to Sender",
          dsn=("b.harlan@coquinacoastfh.example", "5.1.1"), fam=["bounce_user_unknown"]),
    Reply("C4109", at(15, "07:07", IN), """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

  v.iyer@kaverireel.example
    host mail.kaverireel.example [203.0.113.44]
    SMTP error from remote mail server after RCPT TO:<v.iyer@kaverireel.example>:
    550 5.1.1 Mailbox disabled: the user left the production""",
          "bounce", sender="Mailer-Daemon@mail.kaverireel.example", subject="Mail delivery failed: returning message to sender",
          dsn=("v.iyer@kaverireel.example", "5.1.1"), fam=["bounce_user_unknown", "exim_dsn"]),
    Reply("C4110", at(16, "03:30", AU), """Delivery has failed to these recipients or groups:

t.nguyen@mrstillhouse.example
The email address you entered couldn't be found.

Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound'""",
          "bounce", sender="postmaster@mrstillhouse.example", subject="Undeliverable: Reminder: overdue invoices – Margaret River Still House Pty Ltd",
          dsn=("t.nguyen@mrstillhouse.example", "5.1.1"), fam=["bounce_user_unknown", "exchange_ndr"]),
    Reply("C4103", at(16, "05:05", AE), _DSN.format(host="relay.alsakina-funeral.example", to="f.rahman@alsakina-funeral.example", mx="mx.alsakina-funeral.example",
                                                   why="452 4.2.2 Over quota (giving up after 5 days)"),
          "bounce", sender="MAILER-DAEMON@relay.alsakina-funeral.example", subject="Undelivered Mail Returned to Sender",
          dsn=("f.rahman@alsakina-funeral.example", "4.2.2"), fam=["bounce_over_quota"]),
    Reply("C4101", at(14, "08:00", IN), """Thank you for your email. I am out of office on account of a family function in Madurai and will be back on 16/09/2027. For urgent payment related queries please contact accounts@nilgiri-ortho.example.

Regards,
Srinivasan Raghavan""",
          "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Nilgiri Orthopaedic Supplies Pvt Ltd",
          fam=["ooo_short", "numeric_day_first_in"]),
    Reply("C4102", at(15, "09:00", IN), """I am on maternity leave from 1 September 2027 to 28 February 2028. Please write to ap@deccansoftlink.example for all finance matters.

Priya Kulkarni""",
          "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Deccan Softlink Resellers Pvt Ltd",
          human=["absence more than 14 days"], fam=["ooo_long_absence", "ooo_names_alternate"]),
    Reply("C4105", at(13, "07:30", AU), """Thanks for your email. The Swan Bend office is closed for staff leave until Monday 20 September. We'll reply when we're back.

Swan Bend Wines""",
          "out_of_office", headers=AUTO, sender=0, subject="Auto: Reminder: overdue invoices – Swan Bend Wines Pty Ltd",
          fam=["ooo_short", "office_closure"]),
    Reply("C4106", at(14, "06:00", CA), """I'm on location in Tofino for the second unit shoot until October 12 with very limited connectivity. For anything urgent please contact ap@falsecreekpictures.example.

Marc Leblanc | Production Accountant""",
          "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – False Creek Pictures Inc",
          human=["absence more than 14 days"], fam=["ooo_long_absence", "voice_canada_film"]),
    Reply("C4108", at(15, "12:00", US), """Thank you for contacting Coquina Coast Funeral Home. Our office is closed Wednesday, September 15 for a staff memorial service and will reopen Thursday, September 16. If you need assistance with an arrangement, please call our 24-hour line.""",
          "out_of_office", headers=AUTO, sender=0, subject="Auto Reply: Reminder: overdue invoices – Coquina Coast Funeral Home LLC",
          fam=["ooo_one_day", "voice_florida"]),
    Reply("C4109", at(13, "23:00", IN), """Hi, I am travelling to Hyderabad for a shoot schedule till 20th Sept. Replies will be delayed.
Vidya
(sent from phone, typed manually as the auto-reply doesn't work on mobile)""",
          "out_of_office", human=["absence typed by a person"], fam=["ooo_typed_by_person", "voice_mobile"]),
    Reply("C4107", at(16, "10:00", IE), """Auto-reply: Lee Quay Metal Recycling yard office is closed for the Cork Harbour Festival clean-up on Thursday 16 September. Normal hours resume Friday 17 September.""",
          "out_of_office", headers=AUTO, sender=0, subject="Auto-reply: Reminder: overdue invoices – Lee Quay Metal Recycling Ltd",
          fam=["ooo_one_day", "voice_ireland"]),
    Reply("C4101", at(16, "12:45", IN), """Dear Sir,

Mr. Raghavan has retired w.e.f. 31st August 2027. Kindly address all future communication to Ms. Lakshmi Narayanan, Sr. Manager – Finance, lakshmi.n@nilgiri-ortho.example.

Regards,
HR & Admin""",
          "wrong_contact", sender=0, fam=["wrong_contact_named", "voice_india_formal"]),
    Reply("C4103", at(14, "12:00", AE), """Hi,

This mailbox belongs to our funeral arrangements desk, not accounts. I have forwarded your email to accounts@alsakina-funeral.example, please use that going forward.

Regards
Reception""",
          "wrong_contact", sender=0, fam=["wrong_contact_forwarded"]),
    Reply("C4105", at(16, "13:13", AU), """Hey, I'm the cellar door manager, no idea about invoices sorry. Try Kylie in accounts.""",
          "wrong_contact", sender="cellardoor@swanbendwines.example", fam=["wrong_contact_unnamed", "voice_mobile"]),
    Reply("C4108", at(14, "09:30", US), """This mailbox is no longer monitored. Coquina Coast Funeral Home is now part of Sunrise Memorial Partners. Please direct billing inquiries to payables@sunrisememorial.example.""",
          "wrong_contact", headers=AUTO, sender=0, fam=["mailbox_not_monitored", "acquisition"]),
    Reply("C4110", at(13, "12:30", AU), """Tom's sold the gin side of the business to the Denmark St crowd. I handle the whisky only, you need to chase them for 94115 – accounts@denmarkstgin.example

Cheers, Jacqui""",
          "wrong_contact", inv=["94115"], sender="jacqui@mrstillhouse.example", fam=["wrong_contact_business_sold"]),
    Reply("C4109", at(16, "17:10", IN), """Hi, Vidya has moved to our Mumbai unit. I'm the new line producer, Karthik Subramanian – please update your records and send reminders to karthik.s@kaverireel.example.

Karthik""",
          "wrong_contact", sender=0, fam=["wrong_contact_named"]),
    Reply("C4101", at(13, "15:15", IN), """Dear Sir,

Kindly send your Form 10F and No PE declaration for FY 2027-28, without which we have to deduct TDS at 20% on your invoices. Also send TRC copy.

Regards
Accounts""",
          "other", sender=0, human=["tax forms requested"], fam=["tax_form_india", "voice_india_formal"]),
    Reply("C4102", at(14, "14:00", IN), """Hi, is there any early payment discount if we clear both invoices this week? Priya""",
          "other", human=["discount question"], fam=["discount_question", "voice_mobile"]),
    Reply("C4104", at(14, "12:40", QA), """Dear Sir,

Please confirm your bank details by signed letter, we have received an email from a different address asking us to pay to a new account in Latvia. We will not release payment until confirmed.

Finance Dept.""",
          "other", sender=0, human=["bank details verification"], fam=["bank_change_fraud_check", "voice_gulf_formal"]),
    Reply("C4105", at(15, "12:30", AU), """Thanks, got it. Passed to Kylie.""",
          "other", sender=0, fam=["no-action", "acknowledgement"]),
    Reply("C4106", at(15, "11:11", CA), """Thank you – your message has been received by False Creek Pictures Production Accounting. Ticket #FCP-AP-20418 has been opened. We aim to respond within 3 business days.""",
          "other", headers=AUTO, sender=0, subject="[Ticket #FCP-AP-20418] RE: Reminder: overdue invoices – False Creek Pictures Inc",
          fam=["no-action", "helpdesk_ticket"]),
    Reply("C4108", at(16, "09:05", US), """Your tone in these reminders is inappropriate for a business that serves grieving families. We have been customers for 11 years. I'd like to speak to your manager.

Beth Harlan""",
          "other", human=["complaint about tone"], fam=["tone_complaint", "voice_florida"]),
    Reply("C4109", at(14, "15:30", IN), """Paid on 3rd Sept itself by NEFT, please check. Full amount 7,150 USD.

Accounts""",
          "already_paid", sender=0, fam=["paid_date_past", "voice_india_terse"], note="BK41-007 3 Sep USD 7,150"),
    Reply("C4108", at(14, "16:30", US), """We sent $640 via Zelle to your AR contact last Tuesday for the flower stands, please confirm you received.

Office""",
          "already_paid", sender=0, human=["no matching payment for this customer"],
          fam=["paid_no_match", "voice_florida"], note="BK41-008 has no customer; not matched"),
]
