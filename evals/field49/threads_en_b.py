"""field49 English replies, part b: a Sialkot football stitcher, an Ohio bell foundry, a New Jersey cranberry co-op, a Fundy kayak outfitter."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field49.kit import AUTO, CA, PK, US, at

PAYMENTS = [
    Payment("BK49-005", "H4905", "2027-08-30", "3350.00", "USD", "SMB PVT LTD TT 0830 PO7802"),
    Payment("BK49-006", "H4906", "2027-08-27", "2940.00", "USD", "ACH SAWTOOTH BELL FOUNDRY 40377"),
    Payment("BK49-007", "H4908", "2027-09-01", "615.00", "CAD", "FUNDY TIDAL KAYAK INTERAC"),
]

REPLIES = [
    # H4905 Sialkot Match Ball Works (Pakistan)
    Reply("H4905", at(31, "11:40", PK), "Dear Sir,\n\nHope you are fine. We have remitted USD 3,350/- against invoice 94915 on 30-08-2027 through Habib Bank, TT reference SMB PVT LTD TT 0830 PO7802. Kindly confirm receipt.\n\nFor 94914 the payment will be made on 15-09-2027 InshaAllah after our buyer in Dubai clears his LC.\n\nRegards\nImran Qureshi\nCFO", "already_paid",
          ref="SMB PVT LTD TT 0830 PO7802", inv=["94915", "94914"], sec=["promise_to_pay"], date="2027-09-15",
          human=["conditional"], fam=["already paid", "pakistani", "numeric day-first", "conditional", "two invoices two dates"], sender=1,
          note="the 94914 date rests on a buyer's letter of credit"),
    Reply("H4905", at(1, "09:10", PK), "Dear Sir, kindly share the invoice copy of 94914 with the PO number SMB-PO-7716 printed on it, our audit team is not accepting it without PO. Regards, Accounts", "invoice_resend",
          inv=["94914"], fam=["resend", "pakistani", "with PO"], sender=0, note="the PO is already on the invoice; asked to see it printed, a copy"),
    Reply("H4905", at(1, "15:33", PK), "Respected Sir,\n\nThe invoice 94914 shows 1,600 bladders but PO SMB-PO-7716 was for 1,400 only. Extra 200 were not ordered. Please issue credit note for USD 1,600 and we will release the balance USD 11,200 within 7 working days of receiving it.\n\nImran", "dispute",
          amount="11200.00", inv=["94914"], sec=["promise_to_pay"], human=["conditional"], fam=["dispute", "over-delivery", "conditional", "pakistani"], sender=1),
    Reply("H4905", at(2, "10:02", PK), "Sir we will pay the 12,800 on Monday 13th September. Last week our director was in Frankfurt for the trade fair and cheques were not signed. Sorry for inconvenience.", "promise_to_pay",
          date="2027-09-13", amount="12800.00", inv=["94914"], partial=False, fam=["promise", "weekday ordinal", "pakistani"], sender=1),
    Reply("H4905", at(2, "14:15", PK), "Dear Northwind team,\n\nDue to flooding in the Sialkot industrial estate last week our production was stopped for 6 days. We request to pay 94914 in two parts: USD 6,400 on 20/09 and USD 6,400 on 20/10. Kindly approve.\n\nBest regards\nImran Qureshi", "payment_plan_request",
          date="2027-09-20", amount="6400.00", inv=["94914"], fam=["payment plan", "pakistani", "numeric day-first", "floods"], sender=1),
    Reply("H4905", at(3, "08:20", PK), "Assalam o Alaikum, I am on leave for my sister's wedding until 14 September. For urgent matters contact accounts@sialkotmatchball.example. Imran", "out_of_office",
          headers=AUTO, fam=["out of office", "auto", "pakistani"], sender=1, note="back on the 14th, eleven days after: within 14"),
    Reply("H4905", at(3, "12:48", PK), "Sir, payment of 94914 will be done end of this month after export proceeds realise. Regards.", "promise_to_pay",
          date="2027-09-30", human=["conditional"], fam=["promise", "conditional", "end of month", "terse"], sender=0),
    Reply("H4905", at(31, "16:30", PK), "Dear Sir,\n\nPlease send us your company's tax residency certificate and NTN declaration, our withholding on foreign services is 20% otherwise. Once received we will process payment.\n\nAccounts Department", "other",
          human=["tax form"], fam=["tax form", "withholding", "other needs person"], sender=0),

    # H4906 Sawtooth Bell Foundry (Ohio, strategic, month-first)
    Reply("H4906", at(31, "10:45", US), "Hi,\n\nINV-2026-94918 was paid by ACH on 8/27, trace ACH SAWTOOTH BELL FOUNDRY 40377. 94917 is scheduled for our 9/16 check run.\n\nThanks,\nLinda Kowalczyk\nController", "already_paid",
          ref="ACH SAWTOOTH BELL FOUNDRY 40377", inv=["94918", "94917"], sec=["promise_to_pay"], date="2027-09-16",
          fam=["already paid", "month-first US", "check run", "two invoices two dates"], sender=1),
    Reply("H4906", at(1, "08:05", US), "Thank you for your email. Accounts Payable is closed Monday 9/6 for Labor Day. Your message will be answered when we reopen on Tuesday 9/7.", "out_of_office",
          headers=AUTO, fam=["out of office", "auto", "labor day", "month-first US"], sender=0),
    Reply("H4906", at(1, "13:20", US), "See below - Ray approved pulling it forward, so 94917 will be released this Friday 9/3 instead of the 9/16 run.\n\nLinda\n\n---------- Forwarded message ---------\nFrom: Ray Sutter\nDate: Wed, Sep 1, 2027\nTo: Linda Kowalczyk\n\nLinda - can we get Northwind paid before the holiday weekend? The relationship matters to me.\n\n> Ray, Northwind is chasing 94917 ($18,650). It's in the 9/16 run. OK to pull it forward?", "promise_to_pay",
          date="2027-09-03", inv=["94917"], fam=["promise", "forwarded chain", "month-first US", "moved date"], sender=1,
          note="the 9/16 run is the old date; the date committed now is Friday 9/3"),
    Reply("H4906", at(2, "09:30", US), "We are an Ohio manufacturer and the bronze ingot you shipped on PO SBF-40211 is for resale into our products — we sent you our STEC B exemption certificate in June. Please reissue 94917 without the sales tax.", "dispute",
          inv=["94917"], fam=["dispute", "tax-exempt reissue", "sales tax"], sender=1),
    Reply("H4906", at(2, "15:44", US), "Please resend 94917 and 94918 to ap@sawtoothbells.example as PDF; our OCR won't read the ones that come as a link.", "invoice_resend",
          inv=["94917", "94918"], fam=["resend", "pdf"], sender=0),
    Reply("H4906", at(3, "10:12", US), "Hi there, the PO on 94918 should be SBF-40377-B — the B release. Our receiving system kicks it back otherwise. Can you reissue?", "po_change",
          inv=["94918"], fam=["po change", "po correction"], sender=0),
    Reply("H4906", at(3, "14:02", US), "Good afternoon,\n\nWe'll mail a check for $18,650.00 on 09/09/2027, check #20417. Please allow 5-7 days for mail.\n\nAP Dept.", "promise_to_pay",
          date="2027-09-09", amount="18650.00", inv=["94917"], partial=False, fam=["promise", "check in the mail", "numeric same both ways"], sender=0),
    Reply("H4906", at(31, "17:50", US), "Is the remit-to address on your August statement new? It shows a PO box in Delaware. We haven't seen that before and our fraud policy says we verify by phone. Please have someone call me at the number on file.", "other",
          human=["fraud worry: new remit-to"], fam=["fraud worry", "other needs person"], sender=1),

    # H4907 Pine Barrens Cranberry Co-op (New Jersey, legal)
    Reply("H4907", at(31, "11:00", US), "Northwind,\n\nThis firm represents Pine Barrens Cranberry Cooperative. Please direct all further communication regarding INV-2026-94920 to the undersigned. Our client disputes the invoice in its entirety; the irrigation pumps failed within the warranty period.\n\nMichael J. Ferraro, Esq.\nFerraro & Lutz LLP, Toms River NJ", "dispute",
          inv=["94920"], fam=["dispute", "legal", "attorney"], sender="mferraro@ferrarolutz.example"),
    Reply("H4907", at(1, "10:30", US), "I was told by our lawyer not to talk to you about this bill. Sorry. Walter", "other",
          human=["legal account"], fam=["legal", "other needs person", "terse"], sender=1),
    Reply("H4907", at(2, "16:15", US), "Hi, this is Donna in the office. Walter's out in the bogs, harvest starts after Labor Day. I can't do anything on the 94920 without him, he'll be back in the office Monday 9/13.", "out_of_office",
          human=["typed absence"], fam=["out of office", "typed by a person", "colleague"], sender=0),
    Reply("H4907", at(3, "09:40", US), "Per our settlement discussion, our client will pay $5,000.00 in full and final settlement of INV-2026-94920 by 9/24, provided Northwind confirms in writing by 9/17. Without prejudice.\n\nM. Ferraro", "dispute",
          date="2027-09-24", amount="5000.00", inv=["94920"], sec=["promise_to_pay"], human=["conditional"], fam=["dispute", "settlement offer", "legal", "distractor date", "month-first US"], sender="mferraro@ferrarolutz.example",
          note="9/17 is the condition's deadline, 9/24 the payment"),
    Reply("H4907", at(3, "15:25", US), "Remove me from this list. The co-op filed Chapter 11 on August 30, you'll get notice from the court. All collection must stop. Walter Haines", "other",
          human=["bankruptcy", "legal account"], fam=["bankruptcy", "legal", "other needs person"], sender=1),

    # H4908 Fundy Tidal Kayak Tours (Nova Scotia, credit hold)
    Reply("H4908", at(1, "09:30", CA), "Hi, sent the $615 by Interac e-Transfer this morning for 94923. The other one I'll get to once the season wraps up Thanksgiving weekend.\n\nColleen", "already_paid",
          inv=["94923"], sec=["promise_to_pay"], human=["undated"], fam=["already paid", "e-transfer", "undated rest"], sender=1),
    Reply("H4908", at(2, "12:12", CA), "Can you lift the hold? We need the replacement paddles before the fall foliage tours. I'll pay the 3,985 on Sept. 10 - that's a promise.", "promise_to_pay",
          date="2027-09-10", amount="3985.00", inv=["94922"], partial=False, fam=["promise", "credit hold", "month name"], sender=1),
    Reply("H4908", at(3, "08:45", CA), "We got charged for 14 spray skirts, we received 10. I sent the packing slip to your rep in Moncton already. Not paying 94922 as is.", "dispute",
          inv=["94922"], fam=["dispute", "short delivery"], sender=1),
    Reply("H4908", at(31, "14:20", CA), "Hi there! I'm out on the water guiding until Labour Day. Back in the office September 7. For bookings call the shop.", "out_of_office",
          headers=AUTO, fam=["out of office", "auto", "labour day"], sender=1),
    Reply("H4908", at(3, "17:30", CA), "Could I do $1,000 a month until it's cleared? Starting October 1st. Tourist season was cut short by the fog and the Route 2 washout.", "payment_plan_request",
          date="2027-10-01", amount="1000.00", fam=["payment plan", "canadian"], sender=1),
    Reply("H4908", at(2, "18:40", CA), "Your message to accounts@fundykayak.example couldn't be delivered.\n\nRemote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", "bounce",
          sender="MAILER-DAEMON@fundykayak.example", dsn=("accounts@fundykayak.example", "5.1.1"), quote="none",
          subject="Undeliverable: Reminder: overdue invoices – Fundy Tidal Kayak Tours Ltd", fam=["bounce"]),
]
