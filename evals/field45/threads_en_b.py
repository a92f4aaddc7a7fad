"""Hand-written English replies (2 of 4): an Esbjerg ship chandler, a Fremantle marine chandlery, a Victorian garden
centre, a Tasmanian fishermen's co-op on a legal account and a Karoo vet clinic on a plan. Dates: June 2027."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field45.kit import AUTO, DK, PER, SYD, ZA, at

PAYMENTS = [
    Payment("BK45-006", "Q4507", "2027-06-15", "5390.00", "AUD", "FREO CHANDLERY EFT"),
    Payment("BK45-007", "Q4508", "2027-06-16", "4615.00", "AUD", "BELLBIRD GARDEN CTR INV 94514 94515"),
    Payment("BK45-008", "Q4510", "2027-06-01", "8100.00", "ZAR", "KAC-INST3 KAROO ANIMAL CLINIC"),
    Payment("BK45-009", "Q4506", "2027-06-14", "3245.00", "EUR", "ESBJERG SKIBSPROVIANT APS"),
]

REPLIES = [
    # --- Q4506 Esbjerg Skibsproviant ApS (Danish English) ---
    Reply("Q4506", at(14, "13:27", DK), """Hello

Both invoices is paid today, 3.245 EUR together. Sorry it was late, we had a new bank system.

Venlig hilsen
Lone Mikkelsen
Bogholder""",
          "already_paid", fam=["paid-today", "non-native"], note="matches BK45-009 (3,245.00 on 14 June = both invoices)"),
    Reply("Q4506", at(16, "10:02", DK), """Hi,

94511 pays we on Friday the 25th together with the other suppliers. 94510 we look at, I come back.

Lone""",
          "promise_to_pay", date="2027-06-25", inv=["94511", "94510"], fam=["weekday-ordinal", "non-native"],
          note="only 94511 is promised; 94510 is named too"),
    Reply("Q4506", at(15, "11:44", DK), """Dear Northwind,

On invoice 94510 you have put 25% Danish VAT (moms). We are VAT registered, DK 34187720, and you are in Germany, so it must be reverse charge without VAT. Please send a credit note and a new invoice without VAT. We do not pay the VAT part.

Best regards
Lone Mikkelsen""",
          "dispute", inv=["94510"], fam=["dispute-vat", "reverse-charge"]),
    Reply("Q4506", at(18, "15:10", DK), """Thank you for your mail. I am on summer holiday from 18 June to 2 August and will not read my mails. In urgent cases contact bogholderi@esbjerg-proviant.example.

Med venlig hilsen / Best regards
Lone Mikkelsen""",
          "out_of_office", headers=AUTO, subject="Ferie / Out of office", human=["absence over 14 days"],
          fam=["ooo-auto", "ooo-long"]),
    Reply("Q4506", at(14, "09:30", DK), """Hi

Please send us the invoice 94511 as PDF. We only got a link to some portal which ask for login and password, we do not have that.

Bogholderi""",
          "invoice_resend", inv=["94511"], sender=0, fam=["resend", "portal"]),
    Reply("Q4506", at(17, "12:18", DK), """Hello

Lone has retired in May. Our bookkeeping is now done by the accountants Holm & Bech, please write to them at bogholderi@holmbech.example in the future.

Regards
Jens Vestergaard
Esbjerg Skibsproviant""",
          "wrong_contact", sender=0, fam=["wrong-contact-accountant"]),
    Reply("Q4506", at(17, "14:40", DK), """Hi, we pay it next week when Jens is back to approve it. /Lone""",
          "promise_to_pay", date="2027-06-25", fam=["next-week", "reason-not-condition"],
          note="approval by their own director explains the date"),
    Reply("Q4506", at(15, "08:12", DK), """Thank you, I have forwarded this to Jens for approval.
/Lone""",
          "other", fam=["no-action", "forwarded"]),
    Reply("Q4506", at(16, "15:22", DK), """Hello again

We pay on 23 June – sorry, I mean 24 June. The 23rd is Sankt Hans evening and the office closes at noon, so the bank file goes the day after.

Lone""",
          "promise_to_pay", date="2027-06-24", fam=["correction", "holiday"]),

    # --- Q4507 Fremantle Marine Chandlery (Perth) ---
    Reply("Q4507", at(16, "09:15", PER), """G'day,

Paid 94512 yesterday arvo, EFT. The small one will go through before EOFY.

Cheers
Darren Costa
Fremantle Marine Chandlery | Mews Rd, Fremantle WA""",
          "already_paid", sec=["promise_to_pay"], date="2027-06-30", inv=["94512", "94513"],
          fam=["paid-and-promise", "eofy", "australian"], note="BK45-006 matches 94512; EOFY = 30 June"),
    Reply("Q4507", at(15, "13:02", PER), """Mate,

94513 is for a Garmin transducer that turned out to be the wrong model – we sent it back to you three weeks ago, TNT con note 88421003. Should be a credit not a reminder.

Darren""",
          "dispute", inv=["94513"], fam=["dispute-returns", "australian"]),
    Reply("Q4507", at(14, "16:47", PER), """Hi,

Winter's dead quiet on the boat side this year. Any chance we can do 94512 over three months? $1,800 a month, first one Friday week (the 25th)?

Thanks,
Darren""",
          "payment_plan_request", date="2027-06-25", amount="1800.00", inv=["94512"], fam=["plan-instalments", "friday-week"]),
    Reply("Q4507", at(15, "17:55", PER), """All good, I'll square both of them up on Thursday week.

D.""",
          "promise_to_pay", date="2027-06-24", fam=["thursday-week", "australian"],
          note="Thursday week from Tuesday 15 = the Thursday after the coming one, 24 June"),
    Reply("Q4507", at(14, "06:30", PER), """Out on the water until Monday 21 June – limited reception. Urgent orders: call the shop on 08 9000 4417.

Darren""",
          "out_of_office", headers=AUTO, subject="Auto reply: Reminder: overdue invoices – Fremantle Marine Chandlery Pty Ltd",
          fam=["ooo-auto", "ooo-within-14"]),
    Reply("Q4507", at(16, "12:30", PER), """Hi, it's paid Friday – loaded it into the bank this morning as a scheduled payment so it'll hit Friday.

Darren""",
          "promise_to_pay", date="2027-06-18", fam=["paid-future-day"],
          note="'paid Friday' written on Wednesday: a scheduled payment still to come"),
    Reply("Q4507", at(17, "10:20", PER), """Hello,

Can you please change our billing name on the account to Freo Marine Group Pty Ltd, ABN 51 624 118 902. We restructured last July and the accountant keeps flagging the old name. Reissue 94513 if possible.

Thanks
Accounts""",
          "po_change", inv=["94513"], sender=0, fam=["legal-entity", "reissue"]),
    Reply("Q4507", at(18, "08:02", PER), """Delivery has failed to these recipients or groups:

accounts@freochandlery.example
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:
Generating server: SY4P282MB1234.AUSP282.PROD.OUTLOOK.COM
Remote server returned '552 5.2.2 STOREDRV.Deliver; mailbox full'""",
          "bounce", sender="postmaster@freochandlery.example", subject="Undeliverable: Reminder: overdue invoices – Fremantle Marine Chandlery Pty Ltd",
          dsn=("accounts@freochandlery.example", "5.2.2"), fam=["bounce-exchange", "mailbox-full"], gap_days=0),

    # --- Q4508 Bellbird Garden Centre (Victoria) ---
    Reply("Q4508", at(16, "11:05", SYD), """Hi there,

Both paid this morning, $4,615 total. Sorry, end of autumn is always slow for us.

Kind regards,
Sharon Nguyen
Office Manager | Bellbird Garden Centre""",
          "already_paid", fam=["paid-today", "australian"], note="BK45-007 4,615.00 on 16 June = both invoices"),
    Reply("Q4508", at(14, "15:33", SYD), """Hi,
Will be paid before end of financial year, promise.
Shaz""",
          "promise_to_pay", date="2027-06-30", fam=["eofy", "australian"]),
    Reply("Q4508", at(15, "12:48", SYD), """Hello,

About 94514: the 60 potted Meyer lemons arrived with scale, and half of them have died since despite treatment. We've got photos. We're not paying for dead trees – please credit 30 of them ($1,530) and we'll pay the rest.

Sharon""",
          "dispute", sec=["promise_to_pay"], inv=["94514"], human=["undated"], fam=["dispute-damaged", "australian"]),
    Reply("Q4508", at(17, "13:19", SYD), """hi can u resend both inv's pls, our bookkeeper needs them for the BAS. cheers Shaz""",
          "invoice_resend", fam=["resend", "lowercase", "australian"]),
    Reply("Q4508", at(15, "09:40", SYD), """Morning,

Sorry, we were closed yesterday for the King's Birthday long weekend. I'll pay 94515 tomorrow and 94514 on the 30th.

Sharon""",
          "promise_to_pay", date="2027-06-16", inv=["94515", "94514"], fam=["holiday", "two-dates", "tomorrow"],
          note="two dates for two invoices: the earliest"),
    Reply("Q4508", at(16, "14:12", SYD), """Hi,

If we pay both within 7 days, can we take the 2.5% early payment discount that was on our old terms?

Thanks, Sharon""",
          "other", human=["discount question"], fam=["discount"]),
    Reply("Q4508", at(17, "10:55", SYD), """Hello,

Sharon is on maternity leave for the next 12 months. I'm covering her role – please send everything to me, Belinda Marsh, belinda@bellbirdgarden.example.

Regards, Belinda""",
          "wrong_contact", sender="belinda@bellbirdgarden.example", fam=["wrong-contact-cover"]),
    Reply("Q4508", at(18, "09:25", SYD), """Hi, we will pay as soon as the spring stock orders are settled, not sure exactly when yet sorry.""",
          "promise_to_pay", human=["undated"], fam=["undated"]),

    # --- Q4509 Derwent Estuary Fishermen's Co-operative (Hobart, legal) ---
    Reply("Q4509", at(14, "10:50", SYD), """Dear Sir/Madam,

Our solicitors have advised us not to correspond directly about invoice 94516. Please direct all communication to Tasman Legal, attention Mr P. Harcourt, admin@tasmanlegal.example.

Bernadette O'Reilly
Secretary""",
          "other", inv=["94516"], human=["write to the lawyer"], fam=["lawyer", "legal-account"]),
    Reply("Q4509", at(15, "09:10", SYD), """Hello,

The board met last night and approved payment of the outstanding amount on 2 July, the first Friday after the end of the financial year.

Regards,
Bernadette""",
          "promise_to_pay", date="2027-07-02", fam=["distractor-dates", "explicit-date", "legal-account"]),
    Reply("Q4509", at(16, "14:25", SYD), """Hello,

The flake ice machine supplied on 94516 has broken down twice since installation, the second time in the middle of the scallop season. Members lost product. We are withholding payment until the machine is repaired or replaced, as we told your service manager in May.

B. O'Reilly""",
          "dispute", inv=["94516"], fam=["dispute-faulty", "legal-account"]),
    Reply("Q4509", at(17, "16:00", SYD), """The Co-op office is unattended until Tuesday 22 June. Messages will be answered on our return.""",
          "out_of_office", headers=AUTO, sender=0, subject="Office closed", fam=["ooo-auto", "legal-account"]),
    Reply("Q4509", at(18, "11:45", SYD), """Hi,

Following the AGM, the co-op would like to propose paying the $12,640 in six monthly instalments of $2,106.67, starting 31 July. Please confirm if acceptable.

Bernadette O'Reilly, Secretary""",
          "payment_plan_request", date="2027-07-31", amount="2106.67", fam=["plan-instalments", "over-30-days"]),

    # --- Q4510 Karoo Animal Clinic (plan) ---
    Reply("Q4510", at(14, "08:45", ZA), """Morning

Instalment 4 (R8 100) goes off on the 25th as per the arrangement.

Regards
Hendrik van Wyk
Karoo Animal Clinic, Graaff-Reinet""",
          "promise_to_pay", date="2027-06-25", amount="8100.00", fam=["plan-instalment", "south-african"]),
    Reply("Q4510", at(15, "10:30", ZA), """Hi,

Instalment 3 was paid on 1 June, R8 100, reference KAC-INST3. Your reminder must have crossed with it.

Hendrik""",
          "already_paid", ref="KAC-INST3", human=["amount differs"], fam=["plan-instalment", "paid"],
          note="BK45-008 matches by reference; an instalment below the open balance"),
    Reply("Q4510", at(14, "16:10", ZA), """Hi there

We're closed Wednesday for Youth Day, so this month's instalment will only go on Thursday. Apologies.

Accounts""",
          "promise_to_pay", date="2027-06-17", sender=0, human=["partial"], fam=["holiday", "plan-instalment"],
          note="an instalment of the existing plan: partial without an amount"),
    Reply("Q4510", at(16, "12:02", ZA), """Hello,

With the load shedding and the drought the farmers are paying us late, and we're battling. Can we reduce the instalments to R5 000 a month from July and extend the plan to the end of the year?

Hendrik""",
          "payment_plan_request", fam=["plan-change", "south-african"]),
    Reply("Q4510", at(17, "09:20", ZA), """Good day,

Please can you send us a statement of the arrangement showing what has been paid so far and what is still owing? Our auditors are in next week.

Thanks
Accounts""",
          "invoice_resend", sender=0, fam=["statement", "plan"]),
    Reply("Q4510", at(18, "13:37", ZA), """Dear Northwind

Dr van Wyk sold the practice to us with effect 1 June 2027. The old account and its debt stayed with his close corporation. Please take it up with him directly on hendrik.vw@gmail.example.

Regards
Dr Anele Khumalo""",
          "wrong_contact", sender="a.khumalo@karooanimalclinic.example", fam=["wrong-contact-sold"]),
    Reply("Q4510", at(16, "08:03", ZA), """Delivery to the following recipient failed permanently:

     accounts@karooanimalclinic.example

Technical details of permanent failure:
The recipient's mailbox has exceeded its storage quota. 552 5.2.2 Mailbox quota exceeded.""",
          "bounce", sender="mailer-daemon@karooanimalclinic.example", subject="Delivery Status Notification (Failure)",
          dsn=("accounts@karooanimalclinic.example", "5.2.2"), fam=["bounce-quota"], gap_days=0),
]
