"""field70 English replies, part A: Leeds school outfitters, Edinburgh Fringe venues, a Pennsylvania school-bus
contractor, Minnesota State Fair concessions, Napa crush services, a Brooklyn kosher caterer, Texas tailgate rentals.

Dates are resolved against each reply's own local date (kit.at); the calendar was checked with datetime and `holidays`.
"""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field70.kit import AUTO, GB, USC, USE, USP, at, auto

REPLIES: list[Reply] = [
    # --- S7001 Aireborough School Outfitters (Leeds): back-to-school rush ---
    Reply("S7001", at(8, 5, "14:12", GB), "swamped w/ blazer fittings til thurs. gemma pays fri x\n\nSent from my iPhone",
          "promise_to_pay", date="2031-08-08", sender=2, fam=["terse-mobile", "weekday-abbrev", "back-to-school"]),
    Reply("S7001", at(8, 8, "19:02", GB), "Gemma says ta for the nudge, she's doing 70012 Mon",
          "promise_to_pay", date="2031-08-11", inv=["INV-2027-70012"], sender=2, fam=["terse-mobile", "weekday-abbrev", "loose-invoice-number"]),
    Reply("S7001", at(8, 11, "09:40", GB),
          "Hi,\n\nApologies for the delay – all our summer stock invoices landed in the same fortnight. INV-2027-70011 will be paid on "
          "Wednesday the 20th, and 70012 along with it.\n\nKind regards,\nGemma\n\nGemma Holroyd | Finance Manager\nAireborough School Outfitters Ltd\n"
          "Unit 4, Netherfield Mills, Guiseley, Leeds LS20 9PD",
          "promise_to_pay", date="2031-08-20", inv=["INV-2027-70011", "INV-2027-70012"], sender=1, fam=["weekday-ordinal"]),
    Reply("S7001", at(8, 14, "17:31", GB),
          "Thank you for your email. I am on annual leave and will be back in the office on Monday 1 September. For anything "
          "urgent about orders please contact the shop on 0113 496 0732; finance queries will be answered on my return.\n\nGemma Holroyd",
          "out_of_office", sender=1, quote="none", headers=AUTO, subject=auto("Automatic reply", "en", "Aireborough School Outfitters Ltd"),
          human=["back more than 14 days out"], fam=["auto-reply", "summer-leave"], note="back 1 September, 18 days after 14 August"),
    Reply("S7001", at(8, 26, "08:52", GB),
          "Morning – back after the bank holiday and your reminder was top of the pile.\n\nWe'll pay the £1,235.40 on 70012 this Thursday. 70011 "
          "is a different story: 40 of the knitted tank tops came in bottle green instead of the Aireborough green we ordered and the "
          "school won't take them. I'll send photos separately; please hold 70011 until we've sorted a credit.\n\nGemma",
          "dispute", sec=["promise_to_pay"], date="2031-08-28", amount="1235.40", partial=False, inv=["INV-2027-70012", "INV-2027-70011"],
          sender=1, fam=["dispute-with-promise", "holiday-named-context", "damaged-or-wrong-goods"]),
    Reply("S7001", at(9, 3, "17:48", GB),
          "Three reminders in a week. During the busiest fortnight of our entire year. Lovely timing, honestly.\n\nYes, it'll be paid. "
          "Gemma has set it up for next Tuesday.\n\nRaj",
          "promise_to_pay", date="2031-09-09", sender=2, fam=["sarcasm", "next-weekday"]),
    Reply("S7001", at(9, 19, "11:05", GB), "Both paid by BACS this morning, £6,095.40 in total, our ref AIREB-0919.\n\nGemma",
          "already_paid", ref="AIREB-0919", sender=1, fam=["ref-differs", "already-paid-matched"], note="matches BK70-001 by reference"),
    Reply("S7001", at(9, 29, "10:14", GB),
          "Hello,\n\nFrom 1 October all supplier invoices to Aireborough must be submitted through our Tradeshift account rather than "
          "emailed to accounts@. Invitations have gone out to our suppliers; if you haven't had yours, reply and I'll resend it. "
          "Anything emailed after the 1st will be returned unprocessed.\n\nThanks,\nGemma Holroyd",
          "po_change", sender=1, fam=["portal", "future-invoices-elsewhere"]),
    Reply("S7001", at(10, 2, "13:20", GB),
          "Hi, could you send us a statement of account please? The auditors want one for every supplier for the half-year close. Thanks, Accounts",
          "invoice_resend", sender=0, fam=["statement-request"]),

    # --- S7002 Cowgate Fringe Venues (Edinburgh, strategic) ---
    Reply("S7002", at(8, 5, "08:15", GB),
          "Morning,\n\nWe were shut yesterday for the bank holiday – Scotland has its own, on the first Monday of August, which catches out "
          "everyone south of the border. Both invoices are in this week's run, which goes out on Thursday.\n\nEuan",
          "promise_to_pay", date="2031-08-07", sender=1, fam=["holiday-named-context", "bare-weekday"]),
    Reply("S7002", at(8, 16, "23:50", GB), "mid fringe, 14 shows a day in here. not my dept!! euan does invoices",
          "wrong_contact", sender=2, fam=["terse-mobile", "wrong-contact-known"]),
    Reply("S7002", at(8, 26, "07:00", GB),
          "Thank you for your message. I am on leave after the Festival and will return on Monday 15 September. Kirsty Boyd "
          "(kirsty.boyd@cowgatevenues.example) is covering venue matters in my absence.\n\nEuan MacLeod\nFinance Director",
          "out_of_office", sender=1, quote="none", headers=AUTO, subject=auto("Automatic reply", "en", "Cowgate Fringe Venues Ltd"),
          human=["back more than 14 days out"], fam=["auto-reply", "summer-leave"], note="back 15 September, 20 days after 26 August"),
    Reply("S7002", at(9, 2, "10:42", GB),
          "Dear Sir/Madam,\n\nFurther to your reminder, please note that payment of INV-2027-70021 (£18,400.00) is scheduled for our payment "
          "run on 12/09/2031.\n\nINV-2027-70022 is on hold pending a credit for the performance of 3 August, which was cancelled after the "
          "power failure at Venue 4 (your lighting rig). We would be grateful for a credit note for the cancelled date.\n\n"
          "Yours faithfully,\n\nFinance Team\nCowgate Fringe Venues Ltd\nRegistered in Scotland No. SC418762. Registered office: 21 Cowgate, "
          "Edinburgh EH1 1JR.\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it "
          "in error, please notify the sender and delete it. Cowgate Fringe Venues Ltd accepts no liability for viruses transmitted with this "
          "e-mail. Views expressed are those of the author and not necessarily of the company.",
          "dispute", sec=["promise_to_pay"], date="2031-09-12", amount="18400.00", partial=False, inv=["INV-2027-70021", "INV-2027-70022"],
          sender=0, html=True, fam=["outlook-html", "formal-ap", "numeric-uk", "disclaimer", "dispute-with-promise"]),
    Reply("S7002", at(9, 8, "16:10", GB),
          "Hi,\n\nThe box office agents settle with us over the next six weeks, so cash is lumpy. Could we clear 70021 in two halves – "
          "26 September and 24 October?\n\nEuan",
          "payment_plan_request", date="2031-09-26", amount="9200.00", inv=["INV-2027-70021"], sender=1,
          fam=["plan-request", "instalments"]),
    Reply("S7002", at(9, 15, "09:03", GB),
          "FYI – see below.\nE.\n\n---------- Forwarded message ---------\nFrom: Morven Lyle <morven.lyle@cowgatevenues.example>\n"
          "Date: Fri, 12 Sept 2031 at 17:22\nSubject: Re: supplier payments\nTo: Euan MacLeod <euan.macleod@cowgatevenues.example>\n\n"
          "Euan – agreed, hold Northwind until the box office settlement lands, then pay them on the 30th with the quarter-end batch.\nM.",
          "promise_to_pay", date="2031-09-30", human=["conditional"], sender=1, fam=["see-below-forward", "condition-date", "quarter-end", "ordinal-alone"]),
    Reply("S7002", at(10, 2, "16:05", GB), "Paid 70021 today, £18,400, ref CFV PAY 3098.\n\nEuan",
          "already_paid", ref="CFV PAY 3098", inv=["INV-2027-70021"], sender=1, fam=["ref-differs", "already-paid-matched"],
          note="matches BK70-002 by reference; the account is strategic"),

    # --- S7003 Keystone Pupil Transport (Pennsylvania): school buses ---
    Reply("S7003", at(8, 4, "10:20", USE),
          "Good morning,\n\nBoth invoices are approved. Payment will be released 8/15 via ACH.\n\nThank you,\nDonna Reyes\nController, Keystone Pupil Transport",
          "promise_to_pay", date="2031-08-15", sender=1, fam=["numeric-us"]),
    Reply("S7003", at(8, 27, "06:12", USE), "Routes start tmrw and I'm standing in a bus depot, not an office. Donna handles payments.",
          "wrong_contact", sender=2, fam=["terse-mobile", "wrong-contact-known", "back-to-school"]),
    Reply("S7003", at(8, 28, "14:36", USE),
          "Hi — we're closed Monday for Labor Day, so the ACH goes out the day after, Tuesday 9/2. Both invoices.\n\nDonna",
          "promise_to_pay", date="2031-09-02", sender=1, fam=["holiday-named", "numeric-us"]),
    Reply("S7003", at(9, 10, "11:48", USE),
          "Hello,\n\nOur new AP system won't release payment to any vendor without a current tax form on file. Since you're outside the US I "
          "believe that's a W-8BEN-E rather than a W-9 – could you send a signed one? Your invoices are otherwise approved.\n\n"
          "Donna Reyes\nController",
          "other", human=["tax form request"], sender=1, fam=["tax-forms"]),
    Reply("S7003", at(9, 22, "09:30", USE),
          "ACH sent Friday 9/19 for INV-2027-70031, $22,650.00, trace 021000021-4471190.\n\nDonna",
          "already_paid", ref="021000021-4471190", inv=["INV-2027-70031"], sender=1, fam=["numeric-us", "ref-differs", "already-paid-matched"],
          note="matches BK70-003 by amount and date (the bank shows no trace number)"),
    Reply("S7003", at(9, 30, "15:55", USE),
          "Q3 close is eating my week. 70032 will be paid the first week of Q4 — call it Friday 10/3.",
          "promise_to_pay", date="2031-10-03", inv=["INV-2027-70032"], sender=1, fam=["quarter", "numeric-us", "quarter-end"]),
    Reply("S7003", at(9, 17, "13:12", USE), "We're mid-audit. 70031 will go the week after next.",
          "promise_to_pay", date="2031-10-03", inv=["INV-2027-70031"], sender=1, fam=["relative-span", "week-after-next"],
          note="written Wednesday 17 September: the week after next is 29 September – 5 October, its Friday"),
    Reply("S7003", at(9, 24, "14:02", USE),
          "Your message to ap@keystonepupil.example couldn't be delivered.\n\nThe recipient's mailbox is full and can't accept messages now. "
          "Please try resending your message later, or contact the recipient directly.\n\nap@keystonepupil.example\nOffice 365\n\n"
          "Diagnostic information for administrators:\nGenerating server: BN8PR04MB6211.namprd04.prod.outlook.example\n"
          "ap@keystonepupil.example\nRemote Server returned '552 5.2.2 STOREDRV.Deliver; mailbox full'",
          "bounce", sender="postmaster@keystonepupil.example", subject="Undeliverable: Reminder: overdue invoices – Keystone Pupil Transport Inc.",
          dsn=("ap@keystonepupil.example", "5.2.2"), fam=["dsn-exchange", "mailbox-full"]),

    # --- S7004 Gopher Midway Concessions (Minnesota State Fair, credit hold) ---
    Reply("S7004", at(8, 11, "22:14", USC),
          "fair opens the 21st and cash is tight til we're open. can do 2115 on the 22nd, rest after labor day",
          "promise_to_pay", date="2031-08-22", amount="2115.00", sender=1, fam=["terse-mobile", "distractor-date", "ordinal-alone", "partial"]),
    Reply("S7004", at(8, 20, "16:40", USC),
          "Thanks for your email! The Gopher Midway office is closed while we're out at the Great Minnesota Get-Together (Aug 21 – Labor Day). "
          "We'll be back at our desks Tuesday, September 2. Go eat something on a stick.",
          "out_of_office", sender=0, quote="none", headers=AUTO, subject=auto("Auto-Reply", "en", "Gopher Midway Concessions LLC"),
          fam=["auto-reply", "holiday-named"], note="back 2 September, 13 days out; the account is on credit hold"),
    Reply("S7004", at(9, 3, "21:25", USC),
          "Fair's over and we survived. Can we do the 6,920 in three payments — Sept 15, Oct 15, Nov 15? We need the hold lifted so we can "
          "order for the Renaissance Festival weekends.\n\nBrent",
          "payment_plan_request", date="2031-09-15", sender=1, fam=["plan-request", "instalments"]),
    Reply("S7004", at(9, 24, "07:15", USC), "sending 2115 tmrw for the older one.. no wait the newer one, 70042. rest in oct",
          "promise_to_pay", date="2031-09-25", amount="2115.00", partial=False, inv=["INV-2027-70042"], sender=1,
          fam=["terse-mobile", "correction", "loose-invoice-number"]),
    Reply("S7004", at(9, 26, "12:30", USC), "Mailed check #4417 for $2,115.00 on Monday. Brent",
          "already_paid", ref="4417", human=["no matching payment"], sender=1, fam=["cheque", "bare-paid"],
          note="a cheque mailed Monday 22 September, no bank line yet"),
    Reply("S7004", at(9, 8, "03:12", USC),
          "This is the mail system at host mail.gophermidway.example.\n\nI'm sorry to have to inform you that your message could not\n"
          "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
          "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
          "                   The mail system\n\n<office@gophermidway.example>: host mx1.gophermidway.example[203.0.113.41] said:\n"
          "    550 5.1.1 <office@gophermidway.example>: Recipient address rejected: User\n    unknown in local recipient table (in reply to RCPT TO command)",
          "bounce", sender="MAILER-DAEMON@mail.gophermidway.example", subject="Undelivered Mail Returned to Sender",
          dsn=("office@gophermidway.example", "5.1.1"), fam=["dsn-postfix", "user-unknown"]),

    # --- S7005 Mayacamas Crush & Cellar Services (Napa): harvest ---
    Reply("S7005", at(8, 6, "15:30", USP), "Hi — we pay vendors on the 10th and the 25th. You're in the 8/25 run.\n\nElena",
          "promise_to_pay", date="2031-08-25", sender=1, fam=["numeric-us", "distractor-date"]),
    Reply("S7005", at(8, 19, "05:52", USP), "first pinot picked today 🍇 elena's at the winery til friday, she'll get u paid thurs latest",
          "promise_to_pay", date="2031-08-21", sender=2, fam=["terse-mobile", "weekday-abbrev", "harvest", "distractor-date"]),
    Reply("S7005", at(8, 29, "10:02", USP),
          "Thank you for contacting Mayacamas Accounts Payable.\n\nYour request has been logged as ticket #AP-20831. A member of our team will "
          "respond within 3 business days. Please do not reply to this message; to add information, quote the ticket number in the subject.\n\n"
          "Mayacamas AP Service Desk",
          "other", sender=0, quote="none", headers=AUTO, subject="[AP-20831] RE: Reminder: overdue invoices – Mayacamas Crush & Cellar Services LLC",
          fam=["auto-reply", "ticket", "no-action"]),
    Reply("S7005", at(9, 4, "13:17", USP),
          "Elena here. INV-2027-70052 bills 16 hours of forklift overtime on 8/9. We were closed that Saturday — nobody was on site to drive "
          "a forklift. Please credit those hours and reissue; the rest of the invoice is fine.",
          "dispute", inv=["INV-2027-70052"], sender=1, fam=["numeric-us", "pricing-dispute"]),
    Reply("S7005", at(9, 10, "18:44", USP), "which invoice is this?? never saw anything for the press rental. send it again pls",
          "invoice_resend", sender=2, fam=["terse-mobile", "not-received"]),
    Reply("S7005", at(9, 15, "08:26", USP),
          "We'll pay 70051 on 9/24 — sorry, make that 9/26. The 24th is our bottling day and I'll be on the line all day.\n\nElena",
          "promise_to_pay", date="2031-09-26", inv=["INV-2027-70051"], sender=1, fam=["correction", "numeric-us", "distractor-date"]),
    Reply("S7005", at(9, 26, "16:20", USP),
          "70052 is approved. AP pays within 5 business days of approval, so by next Friday at the latest.",
          "promise_to_pay", date="2031-10-03", inv=["INV-2027-70052"], sender=1, fam=["working-days", "next-weekday"]),
    Reply("S7005", at(10, 1, "09:12", USP), "Paid. $17,340, 9/30.",
          "already_paid", sender=1, fam=["bare-paid", "numeric-us", "already-paid-matched"], note="matches BK70-004 by amount and date"),

    # --- S7006 Ocean Parkway Kosher Catering (Brooklyn): the High Holidays ---
    Reply("S7006", at(8, 14, "12:10", USE),
          "Hi, could you reissue 70061 with our PO on it? It's OPK-771. Our system kicks out anything without a PO.\n\nRivka Adler\nBookkeeper",
          "po_change", inv=["INV-2027-70061"], sender=2, fam=["po-missing"]),
    Reply("S7006", at(9, 8, "11:34", USE),
          "Hi,\n\nWe're deep in Yom Tov orders here. I can pay both before Rosh Hashanah – I'll send it Tuesday the 16th, since we close "
          "early on Wednesday for Erev Rosh Hashanah.\n\nRivka",
          "promise_to_pay", date="2031-09-16", sender=2, fam=["holiday-named", "weekday-ordinal", "distractor-date"]),
    Reply("S7006", at(9, 17, "12:00", USE),
          "Our office is closed for Rosh Hashanah on Thursday and Friday, September 18–19, and will close at 1 pm on Friday, September 26 "
          "for Yom Kippur. We will answer your message when we reopen on Monday, September 22.\n\nShana Tova,\nOcean Parkway Kosher Catering",
          "out_of_office", sender=0, quote="none", headers=AUTO, subject=auto("Out of Office", "en", "Ocean Parkway Kosher Catering Inc."),
          fam=["auto-reply", "holiday-named"], note="back 22 September, 5 days out"),
    Reply("S7006", at(9, 22, "10:05", USE),
          "Shana tova! I said the 16th and then the walk-in flooded the same morning. New date: after Yom Kippur, Monday the 29th. Sorry about that.\n\nRivka",
          "promise_to_pay", date="2031-09-29", sender=2, fam=["moved-date", "holiday-named", "weekday-ordinal"]),
    Reply("S7006", at(9, 25, "15:48", USE),
          "I want to pay the small one by Amex over the phone. What number do I call and who do I ask for?\n\nChaim Berger",
          "other", human=["card payment by phone"], sender=1, fam=["card-by-phone"]),
    Reply("S7006", at(9, 29, "09:15", USE),
          "Chaim here. Got an email yesterday from billing@northwind-supplies-billing.example saying your bank changed to a new account in "
          "Lithuania and we should pay there from now on. Is that really you? I'm not sending $8,750 anywhere until somebody calls me on a number "
          "I already have.",
          "other", human=["bank-detail fraud check"], sender=1, fam=["fraud-check"]),
    Reply("S7006", at(10, 1, "11:40", USE), "Paid $1,640 for 70062 on 9/29, confirmation # 88213-OP.\n\nRivka",
          "already_paid", ref="88213-OP", inv=["INV-2027-70062"], sender=2, fam=["numeric-us", "ref-differs", "already-paid-matched"],
          note="matches BK70-005 by reference (the bank appends the payer name)"),

    # --- S7007 Brazos Tailgate Rentals (Texas, legal) ---
    Reply("S7007", at(8, 11, "20:31", USC),
          "Y'all have sent me five of these now. Two of the canopies you rented us came back ripped before the first game and I'm not paying "
          "for ripped canopies. My attorney has the file and you'll be hearing from her. Stop emailing me.\n\nWade",
          "dispute", sender=1, fam=["legal-threat", "damaged-or-wrong-goods"]),
    Reply("S7007", at(8, 20, "10:00", USC),
          "Please see the attached notice.\n\nBrazos Tailgate Rentals LLC",
          "other", human=["bankruptcy notice"], sender=0, fam=["bankruptcy"],
          attachments=[("notice_of_chapter11.pdf", "application/pdf",
                        "UNITED STATES BANKRUPTCY COURT, SOUTHERN DISTRICT OF TEXAS. In re: Brazos Tailgate Rentals LLC, Debtor. Case No. 31-33418. "
                        "Chapter 11. NOTICE OF CHAPTER 11 BANKRUPTCY CASE. The debtor filed a voluntary petition on August 18, 2031. "
                        "The filing automatically stays certain collection and other actions against the debtor. Creditors who violate the stay "
                        "may be penalized. Deadline to file a proof of claim: November 17, 2031.")]),
    Reply("S7007", at(9, 5, "14:22", USC),
          "Per our attorney, all communication about INV-2027-70071 must go through her office: Dana Whitfield, Whitfield & Ochoa PLLC, "
          "dwhitfield@whitfieldochoa.example. Do not contact Mr. Tillman directly.\n\nBilling",
          "wrong_contact", inv=["INV-2027-70071"], sender=0, fam=["legal-threat", "new-contact"]),
    Reply("S7007", at(9, 30, "19:10", USC),
          "Season's going good. Tell your lawyers I'll settle the 11,200 on October 10 if they drop the late fees.",
          "promise_to_pay", date="2031-10-10", amount="11200.00", partial=False, human=["conditional"], sender=1,
          fam=["condition-date", "legal-threat"]),
]

PAYMENTS: list[Payment] = [
    Payment("BK70-001", "S7001", "2031-09-19", "6095.40", "GBP", "AIREB0919 AIREBOROUGH SCHOOL OUTF"),
    Payment("BK70-002", "S7002", "2031-10-02", "18400.00", "GBP", "CFVPAY3098 COWGATE FRINGE VENUES"),
    Payment("BK70-003", "S7003", "2031-09-22", "22650.00", "USD", "ACH CREDIT KEYSTONE PUPIL TRANSPO"),
    Payment("BK70-004", "S7005", "2031-10-01", "17340.00", "USD", "MAYACAMAS CRUSH CELLAR VENDOR PMT"),
    Payment("BK70-005", "S7006", "2031-09-30", "1640.00", "USD", "88213OP OCEAN PARKWAY KOSHER CAT"),
]
