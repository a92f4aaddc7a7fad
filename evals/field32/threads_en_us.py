"""field32, US English: a Utah builder, a Kansas school district, an Ohio hospital, an Iowa grain elevator on a legal account
and a Wisconsin dairy co-operative on a plan; month-first dates, Veterans Day, Thanksgiving."""

from evals.field.build import Payment, Reply
from evals.field32.kit import AUTO, US_C, US_E, US_M, at

R = Reply

PAYMENTS = [
    Payment("BK32-008", "M3209", "2026-11-06", "15780.00", "USD", "ACH RED BUTTE BUILDERS 000412"),
    Payment("BK32-009", "M3211", "2026-11-10", "11920.00", "USD", "ST BRENDAN RMC ACH 778104"),
    Payment("BK32-010", "M3213", "2026-11-02", "1500.00", "USD", "CEDAR HOLLOW PLAN INST 3"),
]

REPLIES = [
    R("M3209", at(9, "07:40", US_M), """Paid 93213 last Friday by ACH, trace 000412. 93214 goes out 11/20.""",
      "already_paid", sec=["promise_to_pay"], inv=["93213", "93214"], ref="000412", date="2026-11-20", fam=["terse-mobile", "locale-numeric-monthfirst", "paid-and-promise", "ach-trace"], note="last Friday is 6 Nov, matches BK32-008"),
    R("M3209", at(10, "12:15", US_M), """Jake - we're waiting on the lien waiver for the Draper job before we release 93213. Send a conditional waiver for $15,780 and it'll go out in the following Tuesday check run.""",
      "promise_to_pay", inv=["93213"], human=["conditional", "undated"], fam=["construction", "lien-waiver", "condition"], sender="m.alder@redbuttebuilders.example"),
    R("M3209", at(11, "14:02", US_M), """Happy Veterans Day. Office is closed today, back tomorrow. - Red Butte Builders AP""",
      "out_of_office", headers=AUTO, quote="none", sender=0, fam=["holiday", "veterans-day", "ooo-short"], subject="Automatic reply: Reminder: overdue invoices – Red Butte Builders Inc"),
    R("M3209", at(12, "16:30", US_M), """93214 is billed at the 2025 rate for rebar chairs. The job was bid on your 2026 price list, which is 6% less. Fix the price and resend.""",
      "dispute", inv=["93214"], fam=["construction", "price"]),
    R("M3209", at(13, "09:10", US_M), """We pay subs and suppliers twice a month, the 15th and the last business day. 93214 is approved so it'll be in the 11/30 run.""",
      "promise_to_pay", date="2026-11-30", inv=["93214"], fam=["payment-cycle", "month-end-run", "locale-numeric-monthfirst", "distractor-date"]),
    R("M3210", at(9, "10:00", US_C), """Good morning. District invoices over $2,500 need school board approval. The board meets Monday 11/16 and checks are cut the Friday after the meeting. You should see payment for PO 27-00391 around 11/20.""",
      "promise_to_pay", date="2026-11-20", fam=["public-body", "school", "board-approval", "meeting-before-payment", "own-body-approval", "locale-numeric-monthfirst"], note="the district's own board; 'around 11/20' is the Friday after the meeting"),
    R("M3210", at(10, "13:25", US_C), """Hi, we are a tax-exempt political subdivision of the State of Kansas. Your invoice 93215 charges sales tax of $261.30. Our exemption certificate is on file with your sales rep. Please reissue without tax.""",
      "dispute", inv=["93215"], fam=["tax-exempt-reissue", "public-body"]),
    R("M3210", at(11, "09:15", US_C), """Can I pay this over the phone with the district P-card? It's under the card limit. Linda""",
      "other", human=["card over the phone"], fam=["card-over-phone", "school"]),
    R("M3210", at(12, "15:50", US_C), """Linda Hartwell retired effective 10/30. Please direct all correspondence to accountspayable@pawneecreek-usd.example. Thank you.""",
      "wrong_contact", fam=["contact-gone", "retired"], sender=0),
    R("M3210", at(13, "08:30", US_C), """We need a completed W-9 and a vendor ACH enrollment form before the district can issue payment. Forms attached.""",
      "other", human=["tax forms"], fam=["tax-forms", "onboarding"], sender=0, attachments=[("Vendor_packet.pdf", "application/pdf", "Pawnee Creek USD 411 vendor packet: W-9, ACH enrollment, conflict of interest statement")]),
    R("M3211", at(9, "11:05", US_E), """Hello - 93216 was paid via ACH today, ref 778104. 93217 is on hold pending a three-way match; the receiving report hasn't been entered by Central Supply.""",
      "already_paid", sec=["promise_to_pay"], inv=["93216", "93217"], ref="778104", human=["undated"], fam=["hospital", "three-way-match", "paid-and-promise"], note="matches BK32-009"),
    R("M3211", at(10, "10:40", US_E), """Your invoice 93217 references PO SBR-779260 which was closed. Please rebill against blanket PO SBR-770000-BL, line 14, and send to invoices@stbrendan-rmc.example (not this mailbox).""",
      "po_change", inv=["93217"], fam=["hospital", "procurement", "send-future-invoices"]),
    R("M3211", at(11, "16:05", US_E), """Hi, we'll pay 93217 Wednesday the 25th before Thanksgiving, our AP is closed Thurs and Fri. Tessa""",
      "promise_to_pay", date="2026-11-25", inv=["93217"], fam=["weekday-ordinal", "holiday", "thanksgiving"]),
    R("M3211", at(12, "12:20", US_E), """Is this email legit? The remit-to on the PDF attached to your reminder is a PO box in Texas we've never seen. We're not releasing anything until Treasury verifies by phone.""",
      "other", human=["fraud check"], fam=["fraud-alert", "hospital"]),
    R("M3211", at(13, "14:45", US_E), """This is to notify you that the Supply Chain AP mailbox has moved to our ServiceNow portal. Emails sent to this address after November 15 will not be read. Submit invoices and inquiries at the portal.""",
      "po_change", inv=[], sender=0, headers=AUTO, quote="none", fam=["supplier-portal", "hospital", "shared-mailbox"]),
    R("M3212", at(9, "09:30", US_C), """All communication about this account goes through our attorney, Ms. Renata Koll, Koll & Brandt LLP. Do not contact Harlan Grain directly. Dale Voss""",
      "other", human=["counsel only"], fam=["counsel-only", "legal"]),
    R("M3212", at(10, "11:10", US_C), """We dispute the entire amount of 93218. The grain dryer you serviced in September caught fire on 10/3 and we lost 4,000 bushels. Our insurer will be in touch.""",
      "dispute", fam=["legal-threat", "agriculture"]),
    R("M3212", at(12, "17:40", US_C), """Per our attorney, Harlan will pay $3,000 on 12/1 to settle the undisputed portion of 93218, without admission.""",
      "promise_to_pay", date="2026-12-01", amount="3000.00", fam=["legal", "partial-amount", "locale-numeric-monthfirst"]),
    R("M3213", at(9, "13:00", US_C), """Hi, instalment 4 of 9 on the plan, $1,500, goes out Monday the 16th like always. Karen""",
      "promise_to_pay", date="2026-11-16", amount="1500.00", human=["partial"], fam=["instalment-existing-plan", "weekday-ordinal"]),
    R("M3213", at(10, "08:45", US_C), """Milk check from the co-op to our members was cut 15% this month. Could we skip December on the plan and add it at the end? Karen Lindqvist""",
      "payment_plan_request", fam=["agriculture", "plan-change"]),
    R("M3213", at(11, "10:55", US_C), """We paid instalment 3 on Nov 2nd, $1500 ACH. Why am I getting a reminder for the whole $13,500? We are on a plan with you.""",
      "already_paid", sec=["other"], human=["amount differs", "plan complaint"], fam=["instalment-existing-plan", "plan-complaint"], note="BK32-010 is one instalment, not the balance"),
    R("M3213", at(12, "09:20", US_C), """Mail delivery failed: returning message to sender
<bookkeeping@cedarhollowdairy.example>: host mx.cedarhollowdairy.example[203.0.113.77] said: 550 5.1.1 <bookkeeping@cedarhollowdairy.example>: Recipient address rejected: User unknown in local recipient table""",
      "bounce", sender="MAILER-DAEMON@mail.northwind-relay.example", dsn=("bookkeeping@cedarhollowdairy.example", "5.1.1"), subject="Undelivered Mail Returned to Sender", fam=["dsn-postfix"]),
    R("M3209", at(13, "13:00", US_M), """<ap@redbuttebuilders.example>: host redbuttebuilders-example.mail.protection.outlook.com said: 550 5.7.1 Service unavailable, Client host blocked using Spamhaus""",
      "bounce", sender="MAILER-DAEMON@mail.northwind-relay.example", dsn=("ap@redbuttebuilders.example", "5.7.1"), subject="Undelivered Mail Returned to Sender", fam=["dsn-policy"]),
    R("M3211", at(9, "20:15", US_E), """Your message to t.okonkwo@stbrendan-rmc.example couldn't be delivered. The recipient's email address wasn't found. Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
      "bounce", sender="postmaster@stbrendan-rmc.example", dsn=("t.okonkwo@stbrendan-rmc.example", "5.1.10"), subject="Undeliverable: Reminder: overdue invoices – St. Brendan Regional Medical Center", fam=["dsn-exchange"]),
]
