"""Hand-written English replies (4 of 4): second and third replies from the same fourteen English-writing customers,
mostly dated promises, delivery failures and the small questions people send. Dates: June 2027 (Mon 14 – Fri 18)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field45.kit import AUTO, DK, GB, IT, NO, PER, PL, SE, SYD, ZA, at

PAYMENTS = [
    Payment("BK45-014", "Q4506", "2027-06-09", "2780.00", "EUR", "ESBJERG SKIBSPROVIANT"),
    Payment("BK45-015", "Q4513", "2027-06-16", "1264.00", "GBP", "WHARFEDALE GARDEN CENTRE"),
]

REPLIES = [
    # --- dated promises, one by one ---
    Reply("Q4501", at(14, "11:31", GB), """Hi,
We'll get 94502 paid within 10 days. 94501 is with the MD.
Accounts""",
          "promise_to_pay", date="2027-06-24", inv=["94502", "94501"], sender=0, fam=["relative-span"]),
    Reply("Q4501", at(17, "17:05", GB), """Paying tomorrow first thing, sorry – P""",
          "promise_to_pay", date="2027-06-18", fam=["tomorrow", "terse"]),
    Reply("Q4502", at(15, "10:05", PL), """Dear Supplier,

Ref.: AP-INC-0448517
Status of your invoices in our system:
INV-2026-94503 – approved – planned payment date 29/06/2027
INV-2026-94504 – approved – planned payment date 29/06/2027
Payment terms: 60 days end of month.

Kind regards
AP EMEA Shared Services""",
          "promise_to_pay", date="2027-06-29", inv=["94503", "94504"], sender=0,
          fam=["shared-service", "ticket-number", "status-table", "numeric-date-dmy"]),
    Reply("Q4502", at(18, "14:44", PL), """Hi, 94504 will be paid in the run on Monday 28th, the credit note for the fee has been booked. Kasia""",
          "promise_to_pay", date="2027-06-28", inv=["94504"], fam=["weekday-ordinal", "shared-service"]),
    Reply("Q4503", at(14, "10:20", SE), """Hi, we pay on Wednesday. /Johan""",
          "promise_to_pay", date="2027-06-16", fam=["bare-weekday", "terse"]),
    Reply("Q4503", at(17, "13:50", SE), """Hello,
Payment on 1.7. for both, the bank file is already prepared.
Best regards Johan""",
          "promise_to_pay", date="2027-07-01", fam=["numeric-date-dmy", "short-date"]),
    Reply("Q4504", at(16, "08:40", NO), """Hi,
We pay week 26, Monday. Both invoices.
Eirik""",
          "promise_to_pay", date="2027-06-28", fam=["iso-week", "non-native"], note="Monday of ISO week 26 = 28 June"),
    Reply("Q4504", at(18, "12:02", NO), """Payment goes out Tuesday. Eirik""",
          "promise_to_pay", date="2027-06-22", fam=["bare-weekday", "terse"]),
    Reply("Q4505", at(15, "11:55", PL), """Hello,
we will pay 94509 on 8.07, earlier is not possible because of VAT payment to tax office on 25.06.
Regards, Marek""",
          "promise_to_pay", date="2027-07-08", inv=["94509"], fam=["distractor-dates", "numeric-date-dmy", "credit-hold"]),
    Reply("Q4505", at(17, "10:35", PL), """Hello,
half we pay tomorrow, the other half on 2 July. I hope this is ok for you.
Księgowość""",
          "promise_to_pay", date="2027-06-18", sender=0, human=["partial"], fam=["two-parts", "tomorrow", "credit-hold"],
          note="states what they will do: a partial promise, not a plan request; earliest part"),
    Reply("Q4506", at(14, "12:45", DK), """Hello

94510 we pay on Monday 5 July, after our quarterly VAT settlement. 94511 I must check with Jens first, I don't know this delivery.

Lone""",
          "promise_to_pay", date="2027-07-05", inv=["94510", "94511"],
          fam=["explicit-date", "distractor-dates"],
          note="94511 is named but only being checked; the quarterly VAT settlement explains the date"),
    Reply("Q4506", at(18, "09:50", DK), """Hi, we pay it Tuesday next week. Regards Lone""",
          "promise_to_pay", date="2027-06-22", fam=["weekday-next-week"]),
    Reply("Q4507", at(17, "15:40", PER), """No worries, I'll get it done by the weekend – Saturday at the latest.
Darren""",
          "promise_to_pay", date="2027-06-19", fam=["weekend", "australian"]),
    Reply("Q4507", at(14, "10:10", PER), """Fortnight's time, mate. End of the season rush. D""",
          "promise_to_pay", date="2027-06-28", fam=["relative-span", "australian"], note="a fortnight = +14"),
    Reply("Q4508", at(17, "14:30", SYD), """Hi,
We'll pay both on 1/7, that's our next pay run.
Sharon""",
          "promise_to_pay", date="2027-07-01", fam=["numeric-date-dmy", "australian"],
          note="Australian day-first: 1/7 is 1 July"),
    Reply("Q4508", at(14, "17:10", SYD), """Hi there, we'll transfer the $940 tomorrow and the rest at the end of the month. Thanks, Sharon""",
          "promise_to_pay", date="2027-06-15", amount="940.00", partial=False, fam=["two-parts", "tomorrow"],
          note="$940 is 94515's balance; the rest follows at month end: the whole balance is promised, earliest part"),
    Reply("Q4509", at(16, "10:12", SYD), """The treasurer will make the transfer on Monday.
Bernadette""",
          "promise_to_pay", date="2027-06-21", fam=["bare-weekday", "legal-account"]),
    Reply("Q4510", at(18, "10:25", ZA), """Hi, instalment 4 will go on the last working day of the month. Regards Hendrik""",
          "promise_to_pay", date="2027-06-30", human=["partial"], fam=["plan-instalment", "last-working-day"]),
    Reply("Q4511", at(15, "15:45", ZA), """Hi

Just to correct what I said on the phone this morning: we will pay by Friday 25 June, not the 18th. The 18th was for a different supplier, apologies for the confusion.

Thabo""",
          "promise_to_pay", date="2027-06-25", fam=["correction", "distractor-dates"]),
    Reply("Q4511", at(17, "16:28", ZA), """We'll make payment in 7 days. Creditors""",
          "promise_to_pay", date="2027-06-24", sender=0, fam=["relative-span", "terse"]),
    Reply("Q4512", at(17, "12:40", GB), """Hi, I'll pay both this Saturday when I do the practice banking. Ros""",
          "promise_to_pay", date="2027-06-19", fam=["this-weekday"]),
    Reply("Q4513", at(16, "16:15", GB), """Both will be settled on the 1st. Regards, Graham""",
          "promise_to_pay", date="2027-07-01", fam=["day-of-month", "terse"]),
    Reply("Q4513", at(18, "11:20", GB), """Hi,

We're at the Great Yorkshire Show 13–16 July, so I'll make sure the payment goes before we go, on Monday the 12th.

Graham""",
          "promise_to_pay", date="2027-07-12", fam=["distractor-dates", "weekday-ordinal"]),
    Reply("Q4514", at(16, "14:05", IT), """Dear Sirs,
payment by 30.06., promised.
Best regards, Martina Demetz""",
          "promise_to_pay", date="2027-06-30", fam=["numeric-date-dmy"]),
    Reply("Q4514", at(18, "15:50", IT), """Hello, we pay at the beginning of next month, when the first guests have paid. Martina""",
          "promise_to_pay", date="2027-07-01", human=["conditional"], fam=["beginning-of-month", "conditional"],
          note="waits on guests paying (someone else's act), dated as written; 'beginning of next month' = 1 July"),
    Reply("Q4501", at(16, "13:22", GB), """BACS scheduled for Tues 22nd for both. Priya""",
          "promise_to_pay", date="2027-06-22", fam=["weekday-ordinal", "abbreviation"]),
    Reply("Q4502", at(16, "09:18", PL), """Dear Supplier,

Invoice INV-2026-94504 is approved. Planned payment date 07.07.2027 according to agreed payment terms.

This is a system-generated notification from SAP Ariba. Please do not reply.""",
          "promise_to_pay", date="2027-07-07", inv=["94504"], sender=0, headers=AUTO,
          fam=["erp-notification", "shared-service", "numeric-date-dmy"]),
    Reply("Q4503", at(16, "16:30", SE), """Hi,
we close for midsummer now, first day back is Monday 28th and we pay then.
Johan""",
          "promise_to_pay", date="2027-06-28", fam=["holiday", "weekday-ordinal"]),
    Reply("Q4504", at(14, "09:12", NO), """Hello,
I pay 5 000 EUR now on Friday and the rest in July, when the summer sales come in.
Eirik""",
          "promise_to_pay", date="2027-06-18", amount="5000.00", fam=["partial", "bare-weekday"]),
    Reply("Q4505", at(14, "16:40", PL), """Payment will be on 15th July, sorry, not possible before.
Marek""",
          "promise_to_pay", date="2027-07-15", fam=["over-30-days", "credit-hold"], note="31 days after 14 June"),
    Reply("Q4506", at(16, "11:55", DK), """Hi, we pay tomorrow. /Lone""",
          "promise_to_pay", date="2027-06-17", fam=["tomorrow", "terse"]),
    Reply("Q4507", at(16, "15:20", PER), """Will pay next Thursday. Cheers, D""",
          "promise_to_pay", date="2027-06-24", fam=["next-weekday"]),
    Reply("Q4508", at(15, "16:05", SYD), """Hello,

Payment will be made on 29 June, after our board meeting on the 24th signs off the end-of-year accounts payable.

Kind regards
Sharon Nguyen""",
          "promise_to_pay", date="2027-06-29", fam=["distractor-dates", "explicit-date"],
          note="the board meeting is their own routine sign-off: a distractor, not a condition"),
    Reply("Q4509", at(14, "12:30", SYD), """Hello,

On the advice of our solicitor, payment of the undisputed amount of $8,000 will be made on 30 June. The balance remains in dispute pending the repair of the ice machine.

B. O'Reilly""",
          "dispute", sec=["promise_to_pay"], date="2027-06-30", amount="8000.00", inv=["94516"],
          fam=["dispute-faulty", "partial", "legal-account"]),
    Reply("Q4510", at(17, "11:18", ZA), """Hi

We'll pay R8 100 on 1 July and the arrears of R8 100 on 15 July, then back to normal.

Hendrik""",
          "promise_to_pay", date="2027-07-01", amount="8100.00", fam=["plan-instalment", "two-parts"]),
    Reply("Q4511", at(18, "13:10", ZA), """Hi, we'll pay in 2 weeks time. Thabo""",
          "promise_to_pay", date="2027-07-02", fam=["relative-span"]),
    Reply("Q4512", at(14, "09:40", GB), """Morning,
By the 21st at the latest for both.
Rosalind""",
          "promise_to_pay", date="2027-06-21", fam=["day-of-month"]),
    Reply("Q4513", at(15, "17:30", GB), """It'll be paid Wednesday week. G""",
          "promise_to_pay", date="2027-06-23", fam=["wednesday-week", "yorkshire"],
          note="Wednesday week from Tuesday 15 = the Wednesday after the coming one, 23 June"),
    Reply("Q4514", at(14, "13:25", IT), """Hello, we pay on Friday 18.6. both invoices. Martina""",
          "promise_to_pay", date="2027-06-18", fam=["weekday-and-date", "numeric-date-dmy"]),
    Reply("Q4501", at(18, "17:20", GB), """Not yet I'm afraid – it'll go Monday. Priya

Sent from Outlook for iOS""",
          "promise_to_pay", date="2027-06-21", fam=["bare-weekday", "phone"]),
    Reply("Q4502", at(14, "13:15", PL), """Hello,
both invoices will be paid end of week 25.
Regards, Kasia""",
          "promise_to_pay", date="2027-06-25", fam=["iso-week", "end-of-week"], note="Friday of ISO week 25 = 25 June"),
    Reply("Q4503", at(18, "10:45", SE), """Hi
Midsummer next week, so we pay the week after, on Wednesday the 30th.
Johan""",
          "promise_to_pay", date="2027-06-30", fam=["holiday", "weekday-ordinal"]),

    # --- delivery failures ---
    Reply("Q4502", at(17, "09:06", PL), """Your message to ap.emea@meridian-ssc.example couldn't be delivered.

ap.emea wasn't found at meridian-ssc.example.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
          "bounce", sender="postmaster@meridian-ssc.example", subject="Undeliverable: Reminder: overdue invoices – Meridian Distribution Group – Shared Services Kraków",
          dsn=("ap.emea@meridian-ssc.example", "5.1.10"), fam=["bounce-exchange"], gap_days=0),
    Reply("Q4503", at(15, "09:06", SE), """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ekonomi@skargardsbokning.example
    host mx.skargardsbokning.example [192.0.2.44]
    SMTP error from remote mail server after RCPT TO:<ekonomi@skargardsbokning.example>:
    550 5.7.1 Rejected by recipient policy""",
          "bounce", sender="Mail Delivery System <Mailer-Daemon@mail.northwind-supplies.example>", subject="Mail delivery failed: returning message to sender",
          dsn=("ekonomi@skargardsbokning.example", "5.7.1"), fam=["bounce-exim", "policy"], gap_days=0),
    Reply("Q4505", at(16, "09:06", PL), """Hi. This is the qmail-send program at mail.drukarnia-motlawa.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ksiegowosc@drukarnia-motlawa.example>:
Sorry, no mailbox here by that name. (#5.1.1)""",
          "bounce", sender="MAILER-DAEMON@mail.drukarnia-motlawa.example", subject="failure notice",
          dsn=("ksiegowosc@drukarnia-motlawa.example", "5.1.1"), fam=["bounce-qmail", "credit-hold"], gap_days=0),
    Reply("Q4506", at(18, "09:06", DK), """Delivery has failed to these recipients or groups:

bogholderi@esbjerg-proviant.example
A problem occurred while delivering your message to this email address. Try sending your message again. If the problem continues, please contact your email admin.

Remote server returned '554 5.4.7 Message expired'""",
          "bounce", sender="postmaster@esbjerg-proviant.example", subject="Undeliverable: Reminder: overdue invoices – Esbjerg Skibsproviant ApS",
          dsn=("bogholderi@esbjerg-proviant.example", "5.4.7"), fam=["bounce-exchange", "expired"], gap_days=0),
    Reply("Q4508", at(15, "09:06", SYD), """Delivery to the following recipient failed permanently:

     admin@bellbirdgarden.example

Technical details of permanent failure:
DNS Error: Domain name not found""",
          "bounce", sender="mailer-daemon@googlemail.example", subject="Delivery Status Notification (Failure)",
          dsn=("admin@bellbirdgarden.example", "5.1.2"), fam=["bounce-gmail", "dns"], gap_days=0),
    Reply("Q4512", at(15, "09:06", GB), """The following message to <accounts@exevalleyvets.example> was undeliverable.
The reason for the problem:
5.3.0 - Other mail system problem 571-'5.7.1 Message rejected as spam by Content Filtering.'""",
          "bounce", sender="postmaster@exevalleyvets.example", subject="Undeliverable mail: Reminder: overdue invoices – Exe Valley Veterinary Practice Ltd",
          dsn=("accounts@exevalleyvets.example", "5.7.1"), fam=["bounce-spamfilter"], gap_days=0),
    Reply("Q4514", at(17, "09:06", IT), """Il messaggio non è stato recapitato / Your message could not be delivered.

Recipient: amministrazione@hotel-sassolungo.example
Reason: 552 5.2.2 Mailbox over quota / casella piena""",
          "bounce", sender="mailer-daemon@hotel-sassolungo.example", subject="Undelivered Mail Returned to Sender",
          dsn=("amministrazione@hotel-sassolungo.example", "5.2.2"), lang="en", fam=["bounce-bilingual", "mailbox-full"], gap_days=0,
          note="Italian and English DSN; English is the language of this split's set"),
    Reply("Q4511", at(16, "09:06", ZA), """Delivery has failed to these recipients or groups:

creditors@tablebayprint.example
Your message wasn't delivered because the recipient's email provider rejected it.

Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'""",
          "bounce", sender="postmaster@tablebayprint.example", subject="Undeliverable: Reminder: overdue invoices – Table Bay Print & Signage (Pty) Ltd",
          dsn=("creditors@tablebayprint.example", "5.4.1"), fam=["bounce-exchange", "access-denied"], gap_days=0),

    # --- other ---
    Reply("Q4502", at(15, "16:40", PL), """Dear Supplier,

To update your vendor master data we need a bank confirmation letter on your company letterhead, signed by an authorised person, and a completed supplier form (attached). Payments to your account are on hold until both are received.

AP EMEA Shared Services – Vendor Master Data
Ticket AP-VMD-0031877""",
          "other", sender=0, human=["bank-details form"], attachments=[("Supplier_form_EMEA_v7.pdf", "application/pdf", "Supplier master data form")],
          fam=["vendor-master", "bank-details", "ticket-number"]),
    Reply("Q4503", at(17, "08:15", SE), """Thanks, received.
/Ekonomi""",
          "other", sender=0, fam=["no-action", "acknowledgement"]),
    Reply("Q4507", at(18, "12:50", PER), """Hi,

I have to say the tone of your last reminder was pretty rude – "final notice" in red capitals to a customer of twelve years. I'd like your credit manager to give me a call please.

Darren Costa""",
          "other", human=["complaint about tone"], fam=["complaint-tone"]),
    Reply("Q4509", at(15, "16:55", SYD), """Received. B.""",
          "other", fam=["no-action", "acknowledgement", "legal-account"]),
    Reply("Q4511", at(14, "13:45", ZA), """Good day

Our system will not release payment to new suppliers without a valid B-BBEE certificate and a SARS tax compliance pin. Please send both urgently.

Creditors""",
          "other", sender=0, human=["supplier certificates"], fam=["supplier-certificates", "south-african"]),
    Reply("Q4512", at(15, "10:02", GB), """Thanks – passed to our accounts team.""",
          "other", fam=["no-action", "forwarded"]),
    Reply("Q4513", at(16, "13:40", GB), """Hello,

Do you offer direct debit? It would be easier for us than remembering each invoice. Could you send a mandate form if so?

Purchase Ledger""",
          "other", sender=0, human=["payment-method question"], fam=["payment-method", "direct-debit"]),
    Reply("Q4514", at(15, "09:30", IT), """Thank you, we have received your reminder and passed it to our commercialista.
Amministrazione""",
          "other", sender=0, fam=["no-action", "forwarded"]),
    Reply("Q4504", at(17, "13:25", NO), """Hello,

We want to pay from our NOK account. Do you have an account in Norway, or which exchange rate do you use if we pay in NOK? Please advise.

Regnskap""",
          "other", sender=0, human=["currency question"], fam=["currency-question"]),

    # --- PO and billing changes ---
    Reply("Q4506", at(15, "13:55", DK), """Hello,

Please put our reference "Skib 2231 / Lone" on all invoices from now. Without it our accountant can not book them. Please send 94510 and 94511 again with the reference.

Lone""",
          "po_change", inv=["94510", "94511"], fam=["order-reference", "reissue"]),
    Reply("Q4508", at(18, "12:15", SYD), """Hi,

Our postal address for invoices has changed to PO Box 412, Bellbird VIC 3981. Could you update the account and reissue 94514 to the new address?

Thanks
Sharon""",
          "po_change", inv=["94514"], fam=["billing-address", "reissue"]),
    Reply("Q4510", at(15, "13:20", ZA), """Good afternoon

Please note our VAT number must appear on your invoices: 4180 226 514. Without it we can't claim input VAT. Please reissue 94517.

Accounts""",
          "po_change", inv=["94517"], sender=0, fam=["vat-number", "reissue", "plan"]),

    # --- plan requests ---
    Reply("Q4506", at(17, "16:10", DK), """Hi,

One of our big customers has gone bankrupt and we have a liquidity problem now. Is it possible to pay 94510 in two parts, one in July and one in August?

Lone""",
          "payment_plan_request", inv=["94510"], fam=["plan-two-parts", "customer-bankrupt"]),
    Reply("Q4511", at(16, "16:45", ZA), """Hi

Can we do R10 000 a month, starting 30 June, until both invoices are settled? Please let me know if that works for you.

Thabo""",
          "payment_plan_request", date="2027-06-30", amount="10000.00", fam=["plan-instalments", "if-that-works"]),
    Reply("Q4512", at(18, "10:50", GB), """Hi,

Could we spread 94520 over three months? Is that alright with you? The locum bills have wiped us out this quarter.

Ros""",
          "payment_plan_request", inv=["94520"], fam=["plan-undated"]),

    # --- copies and statements ---
    Reply("Q4503", at(14, "15:02", SE), """Hello,
our system shows no invoice 94506. Can you please send a copy? We pay it when we have it.
Ekonomi""",
          "invoice_resend", inv=["94506"], sender=0, fam=["resend", "never-received"]),
    Reply("Q4507", at(15, "08:25", PER), """Statement pls. D""",
          "invoice_resend", fam=["statement", "terse"]),
    Reply("Q4513", at(18, "14:48", GB), """Hello,

Could we have a copy of 94522 with the signed delivery notes attached? Our auditors want to tie them up.

Purchase Ledger""",
          "invoice_resend", inv=["94522"], sender=0, fam=["resend", "delivery-notes"]),

    # --- wrong contacts ---
    Reply("Q4503", at(18, "11:30", SE), """Hello,

Johan Lindqvist is on parental leave until January. In the meantime please contact Emma Sjöberg, emma.sjoberg@skargardsbokning.example, about all invoices.

Best regards
HR, Skärgårdsbokning AB""",
          "wrong_contact", sender="hr@skargardsbokning.example", fam=["wrong-contact-cover", "typed-by-hr"]),
    Reply("Q4509", at(17, "10:05", SYD), """Hello,

I stepped down as secretary at the AGM. The new secretary is Mick Dwyer and he can be reached at secretary@derwentfishcoop.example.

Bernadette""",
          "wrong_contact", fam=["wrong-contact-new-person", "legal-account"]),
    Reply("Q4514", at(16, "08:35", IT), """Hello, this is the reception of the hotel. I can not help with invoices. Please write only to amministrazione@hotel-sassolungo.example, they do the payments. Thank you!""",
          "wrong_contact", sender="reception@hotel-sassolungo.example", fam=["wrong-contact-mailbox"]),

    # --- paid, once more ---
    Reply("Q4506", at(15, "14:40", DK), """Hello
94510 was paid 9 June, 2.780 EUR. Please look again.
Lone""",
          "already_paid", inv=["94510"], fam=["paid-date"], note="matches BK45-014"),
    Reply("Q4513", at(17, "10:48", GB), """Hi, 94523 went yesterday. G.""",
          "already_paid", inv=["94523"], fam=["paid-yesterday", "terse"], note="matches BK45-015 (1,264.00, 16 June)"),
]
