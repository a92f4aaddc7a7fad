"""English replies on the border between already_paid and promise_to_pay: money that left yesterday, this morning or
is "initiated, you'll see it Monday" (paid) against money that is scheduled, queued for a run or promised (promise);
remittance advices, partial payments with the rest promised, terse mobile, formal AP, non-native, HTML Outlook."""

from evals.field10.kit import AUTO, EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("EN1")
P, R = k.paid, k.r
REM = "application/pdf"

P("Q1001", 24, "Paid yesterday by BACS, should be with you today.\n\nRachel", paid_on=23, sender=1, fam=["paid-vs-promise", "past-yesterday", "terse"])
P("Q1001", 25, "Hi, this went out this morning - ref BLS-4471. Both invoices.\nAccounts", ref="BLS-4471", fam=["paid-vs-promise", "this-morning", "reference"])
R("Q1001", 25, "We have scheduled payment for Friday, both invoices.\nRachel", "promise_to_pay", date=nxt(25, "fri"), sender=1, fam=["paid-vs-promise", "scheduled-future"])
R("Q1001", 23, "It's in our payment run for this Thursday. You'll have it by Friday at the latest.", "promise_to_pay", date=nxt(23, "thu"), fam=["paid-vs-promise", "payment-run", "sends-vs-lands"])
P("Q1002", 26, "Tom here. We paid this last Thursday, the 19th. Check again please.", paid_on=19, sender=1, fam=["paid-vs-promise", "last-week", "annoyed"])
P("Q1002", 24, "Dear Sir/Madam,\n\nPlease find attached our remittance advice for the settlement of INV-2026-10021.\n\nYours faithfully\nFinance Department\nCragside Climbing Centre Ltd\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Cragside Climbing Centre Ltd is registered in England and Wales no. 08812345.",
  ref="CCC-RA-0912", inv=["10021"], attachments=[("Remittance_CCC-RA-0912.pdf", REM, "REMITTANCE ADVICE\nPayment ref: CCC-RA-0912\nPayment date: 23/11/2026\nINV-2026-10021  GBP 3,260.00\nTotal GBP 3,260.00")],
  paid_on=23, fam=["paid-vs-promise", "remittance", "formal-ap", "disclaimer"])
R("Q1002", 27, "The transfer will be initiated on Monday once Tom signs it off. Sorry for the delay.", "promise_to_pay", date=nxt(27, "mon"), fam=["paid-vs-promise", "initiated-future"])
P("Q1003", 24, "We mailed a check on 11/20, check #4418. Should get to you any day.\nJenna", ref="4418", paid_on=20, bank_ref="CHK 4418", sender=1, fam=["paid-vs-promise", "cheque", "us-numeric"])
R("Q1003", 24, "will send payment friday when our deposits clear. thx", "promise_to_pay", date=nxt(24, "fri"), sender=1, fam=["paid-vs-promise", "terse", "lowercase"])
P("Q1003", 27, "Payment was initiated today via ACH, confirmation 77120934. You'll see it Monday or Tuesday.", ref="77120934", fam=["paid-vs-promise", "initiated-today"])
R("Q1003", 23, "Hi! We're set up to pay the $2,150 one this Wednesday and the small one with our next batch on the 1st.", "promise_to_pay", date=nxt(23, "wed"), amount="2150.00", fam=["paid-vs-promise", "split-dates"])
P("Q1004", 24, "AP confirms INV-2026-10041 was released in our 11/20 check run, ACH trace 021000089921. Please allow 2-3 business days.\n\nAccounts Payable | Halvorsen Bus Lines", ref="021000089921", paid_on=20, inv=["10041"], fam=["paid-vs-promise", "formal-ap", "ach-trace"])
R("Q1004", 25, "Mark Halvorsen here - I've approved it, AP will release it in next Thursday's run.", "promise_to_pay", date=nwk(25, "thu"), sender=1, fam=["paid-vs-promise", "next-weekday"])
P("Q1005", 23, "Hi there, we lodged that to your account on Friday. Sorry it was late.\nCiara", paid_on=20, sender=1, fam=["paid-vs-promise", "past-weekday", "ie"])
R("Q1005", 26, "Hi, we'll lodge it to your account tomorrow, promise! Ciara", "promise_to_pay", date=plus(26, 1), sender=1, fam=["paid-vs-promise", "tomorrow", "ie"])
P("Q1006", 25, "Good morning,\n\nBoth invoices (10061 and 10062) were included in our BACS run of 20 November, total £6,720.00, reference SDP-BACS-2011.\n\nRegards\nPaul Okafor\nHead of Finance", ref="SDP-BACS-2011", paid_on=20, inv=["10061", "10062"], sender=1, fam=["paid-vs-promise", "formal-ap", "reference"])
R("Q1006", 24, "Good morning,\n\n10061 is approved and will be included in our BACS run on 2 December. 10062 is still with the budget holder.\n\nRegards\nPaul", "promise_to_pay", date="2026-12-02", inv=["10061", "10062"], human=["conditional"], sender=1, fam=["paid-vs-promise", "payment-run", "condition-undated"])
P("Q1007", 24, "Dear Sir, the payment against your invoice no. 10071 has been done on 21st Nov through SWIFT, UTR SBININBB2611210044. Kindly confirm the receipt.\nRegards, Arun", ref="SBININBB2611210044", paid_on=21, inv=["10071"], sender=1, fam=["paid-vs-promise", "non-native", "utr"])
R("Q1007", 25, "Dear Sir, payment will be done by coming Monday positively. Kindly bear with us.\nArun Krishnan", "promise_to_pay", date=nxt(25, "mon"), sender=1, fam=["paid-vs-promise", "non-native", "coming-weekday"])
P("Q1007", 27, "Sir, we have already remitted the amount yesterday itself. Please check with your bank.", paid_on=26, fam=["paid-vs-promise", "non-native", "itself"])
R("Q1008", 26, "Mate we'll get it sorted by end of month, vintage cash comes in then.", "promise_to_pay", date=EOM, sender=1, fam=["paid-vs-promise", "end-of-month", "au"])
P("Q1008", 25, "Paid Monday arvo, ref REDGUM 2670. Cheers Sam", ref="REDGUM 2670", paid_on=23, sender=1, fam=["paid-vs-promise", "past-weekday", "au", "terse"])
P("Q1009", 24, "Dear Northwind, I paid the £760 on the 19th from the theatre account by online banking. Reference LANTERN760. Kind regards, Gwen (Treasurer, volunteer)", ref="LANTERN760", paid_on=19, sender=1, fam=["paid-vs-promise", "volunteer"])
R("Q1009", 23, "Hi, our committee signs cheques on Thursday - I'll post it the same evening. Gwen", "promise_to_pay", date=nxt(23, "thu"), sender=1, fam=["paid-vs-promise", "meeting-before-payment", "volunteer"])
P("Q1010", 26, "Kia ora, we've paid 1,980 EUR by international transfer today, ref KELP-1980. Takes a couple of days to land.\nHemi", ref="KELP-1980", sender=1, fam=["paid-vs-promise", "paid-today", "nz"])
R("Q1010", 24, "Kia ora - the transfer's booked to go out on Monday. Hemi", "promise_to_pay", date=nxt(24, "mon"), sender=1, fam=["paid-vs-promise", "booked-future", "nz"])
P("Q1011", 25, "We sent £5,000 on Monday and will send the remaining £3,920 on Friday 4 December.\n\nDavid Fairley", amount="3920.00", date="2026-12-04", sec=["promise_to_pay"], human=["amount differs from the open balance"], bank_ref="FAIRLEY PINEWOOD ORGANS", bank_amount="5000.00", paid_on=23, sender=1,
  fam=["partial-paid-rest-promised", "paid-vs-promise"])
R("Q1011", 24, "David Fairley here. We'll transfer £4,460 this Friday and the other half on 18 December, if that's alright.", "promise_to_pay", date=nxt(24, "fri"), amount="4460.00", sender=1, fam=["partial", "paid-vs-promise", "split-dates"])
P("Q1012", 23, "Paid via ACH on Friday 11/20, confirmation GSC-ACH-5531. Kevin", ref="GSC-ACH-5531", paid_on=20, sender=1, fam=["paid-vs-promise", "us-numeric"])
R("Q1012", 25, "Kevin here. It's queued in our system to pay 12/4 - nothing more I can do to speed it up.", "promise_to_pay", date="2026-12-04", sender=1, fam=["paid-vs-promise", "us-numeric", "queued"])
P("Q1012", 27, "AP here - payment posted this morning, ACH. Please remove from your aging.", fam=["paid-vs-promise", "this-morning", "terse"])
P("Q1001", 26, "FYI see below\n\n---------- Forwarded message ---------\nFrom: Barclays Business <noreply@barclays-business.example>\nDate: Wed, 25 Nov 2026\nSubject: Payment sent\n\nYour payment of £2,265.00 to NORTHWIND SUPPLIES GMBH has been sent. Reference: BRIGHTLINE NOV.",
  ref="BRIGHTLINE NOV", paid_on=25, sender=1, fam=["paid-vs-promise", "forward", "bank-notification"])
P("Q1005", 24, "<p>Hi,</p>\n<p>Payment was made on the 20th, reference ASS-1290. Screenshot attached.</p>\n<p>Ciara Walsh | Manager</p>", ref="ASS-1290", paid_on=20, html=True, sender=1,
  attachments=[("screenshot.png", "image/png", "")], fam=["paid-vs-promise", "html-outlook"])
R("Q1002", 23, "We've paid £3,000 on Friday; the other £260 is the damaged holds we sent back, so we won't pay that until you credit it.", "dispute", sec=["already_paid"], human=["amount differs from the open balance"], fam=["paid-short", "dispute-vs-paid"])
k.bank("Q1002", 20, "3000.00", "CRAGSIDE CLIMBING PART")
R("Q1003", 26, "Sent $1,000 today by Zelle, the rest ($1,530) we'll pay on 12/11.", "already_paid", sec=["promise_to_pay"], date="2026-12-11", amount="1530.00", human=["amount differs from the open balance", "partial"], fam=["partial-paid-rest-promised", "us-numeric"])
k.bank("Q1003", 26, "1000.00", "ZELLE SILVER CREEK KENNELS")
R("Q1006", 27, "The payment has been authorised and will be sent on Tuesday.\n\nProcurement", "promise_to_pay", date=nxt(27, "tue"), sender=2, fam=["paid-vs-promise", "authorised-future"])
R("Q1010", 23, "I'll pay it when I'm back in town on the 2nd, sorry for the wait.", "promise_to_pay", date="2026-12-02", sender=1, fam=["paid-vs-promise", "ordinal-alone"])
P("Q1011", 27, "Payment made 26/11, £8,920, ref PINEWOOD 10111.", ref="PINEWOOD 10111", paid_on=26, inv=["10111"], fam=["paid-vs-promise", "terse", "gb-numeric"])
R("Q1012", 24, "We have not paid yet - it will go out Monday. Sorry!", "promise_to_pay", date=nxt(24, "mon"), fam=["paid-vs-promise", "negated-past"])
P("Q1008", 27, "Sorry I thought we'd told you - paid on the 16th. Sam", paid_on=16, sender=1, human=[], fam=["paid-vs-promise", "ordinal-past"])
REPLIES = k.replies
PAYMENTS = k.payments
