"""Hand-written English replies, part a: a Dundee chimney sweep, an Asheville Christmas-tree farm, a Duluth violin shop."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field51.kit import AUTO, CT, ET, GB, at

R = Reply

REPLIES: list[Reply] = [
    # J5101 Tayside Sweeps, Dundee (en-GB, day-first)
    R("J5101", at(6, "08:14", GB), "Morning,\n\nBoth will go in our Friday run, 10/12. Busiest fortnight of the year for us, sorry for the delay.\n\nFiona", "promise_to_pay",
      date="2027-12-10", fam=["terse", "day-first"]),
    R("J5101", at(7, "16:40", GB), "Hi there\n\nThe 415 one - we never had that sweep done. The lad turned up at the wrong address in Broughty Ferry and our customer was billed by someone else. Please check your job sheet before we pay a penny of it.\n\nThe 2,340 is fine and I'll pay that on the 15th.\n\nFiona McGregor\nTayside Sweeps", "dispute",
      sec=["promise_to_pay"], date="2027-12-15", amount="2340.00", fam=["dispute-with-promise", "day-first"]),
    R("J5101", at(8, "11:02", GB), "Could you send INV-2026-97002 again please, the PDF you attached won't open on my phone. Cheers", "invoice_resend",
      inv=["97002"], fam=["terse", "mobile"]),
    R("J5101", at(9, "09:30", GB), "Paid both yesterday by BACS, ref TAYSIDE DEC. Should be with you now.", "already_paid",
      ref="TAYSIDE DEC", fam=["terse"], sender=0),
    R("J5101", at(13, "10:11", GB), "Fiona's off until the new year - she's had an op. I'm her husband, I do a bit of the van work but not the books. Try Alasdair at the office on 01382 000 000, or just wait till January.\n\nGraham", "wrong_contact",
      sender="graham.mcgregor@taysidesweeps.example", fam=["family-member"]),
    R("J5101", at(14, "07:55", GB), "I am out of the office until Monday 3rd January 2028. For urgent chimney fires call 999, for bookings ring the office.\n\nFiona", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence", "christmas-closure"]),
    R("J5101", at(14, "13:20", GB), "Hiya, we'll get the 2,340 paid week after next, the 415 I'm waiting on the credit note we talked about on the phone", "dispute",
      sec=["promise_to_pay"], date="2027-12-24", amount="2340.00", inv=["97001", "97002"], fam=["week-after-next", "relative-span"]),
    R("J5101", at(16, "15:45", GB), "Hello,\n\nWe're moving our bank from Clydesdale to Virgin Money in January. Please don't use the old direct debit mandate; I'll send the new details once I have them. No change to the invoices.\n\nThanks\nFiona", "other",
      human=["bank change notice"], fam=["bank-change"]),
    R("J5101", at(17, "09:05", GB), "Re your reminder - the bank holidays are the 27th and 28th so nothing moves then. Payment will leave us Wednesday 29th. Happy Christmas!", "promise_to_pay",
      date="2027-12-29", fam=["weekday-ordinal", "holiday-distractor"]),
    R("J5101", at(10, "12:12", GB), "Can you put our VAT number on the invoices please, GB 000 1234 56, our new accountant won't accept them without it. Reissue both?", "po_change",
      fam=["vat-number"]),
    R("J5101", at(15, "18:30", GB), "Sorry we can't do it all at once this side of Christmas. Could we do 800 now, 800 end of January and the rest in February? I'll set up standing orders if that's OK.", "payment_plan_request",
      date="2027-12-15", amount="800.00", fam=["instalments-proposed"]),
    R("J5101", at(13, "08:02", GB), "Reporting-MTA: dns; mx.taysidesweeps.example\n\nThe following message could not be delivered to one or more recipients:\n\n  billing@taysidesweeps.example\n  550 5.1.1 <billing@taysidesweeps.example>: Recipient address rejected: User unknown", "bounce",
      sender="mailer-daemon@mx.taysidesweeps.example", dsn=("billing@taysidesweeps.example", "5.1.1"), subject="Undelivered Mail Returned to Sender", quote="none", fam=["dsn"]),
    R("J5101", at(16, "11:40", GB), "Thanks for the reminder. All sorted now I think? Merry Christmas to the team.", "other",
      fam=["no-action", "pleasantry"]),
    R("J5101", at(7, "09:18", GB), "Hi, the bank said your details changed - we got an email on Friday from 'northwind-suppIies' asking us to pay a new account in Vilnius. Is that you?? Not paying anything till you phone me.", "other",
      human=["fraud worry"], fam=["fraud-worry", "lookalike-domain"]),
    R("J5101", at(9, "14:50", GB), "Alasdair here from the office. I'll pay the two of them by card over the phone tomorrow morning if someone rings me on 01382 000 000 before 10.", "promise_to_pay",
      date="2027-12-10", sender="alasdair@taysidesweeps.example", fam=["card-by-phone", "colleague"]),

    # J5102 Blue Ridge Fir Farms, Asheville NC (strategic, en-US month-first)
    R("J5102", at(6, "10:05", ET), "Hi,\n\nOur check run for December is 12/16. INV-2026-97003 is approved and will be on it. 97004 is still routing for approval in Coupa, I'd expect that one on the 12/30 run.\n\nThanks,\nAccounts Payable\nBlue Ridge Fir Farms", "promise_to_pay",
      date="2027-12-16", inv=["97003", "97004"], sender=0, fam=["month-first", "check-run", "two-invoices-two-dates"]),
    R("J5102", at(7, "17:22", ET), "Darlene here. Honestly, with every tree lot from Charlotte to Atlanta calling us this week you'll understand if your invoice isn't top of my pile. But yes, fine, it'll go out Friday.", "promise_to_pay",
      date="2027-12-10", fam=["sarcasm", "weekday"]),
    R("J5102", at(8, "09:40", ET), "Please re-bill 97004 to our new entity - Blue Ridge Fir Holdings LLC, EIN 00-0000000, effective 12/1. Same PO BRF-7830. We can't pay an invoice in the old name after the merger closed.", "po_change",
      inv=["97004"], fam=["acquisition", "new-entity"]),
    R("J5102", at(9, "13:15", ET), "Your freight charge on 97003 is $1,140. The quote said $640 delivered to the farm. We'll short-pay the difference unless you send a corrected invoice. Rest goes out 12/16.", "dispute",
      sec=["promise_to_pay"], date="2027-12-16", amount="18150.00", inv=["97003"], fam=["freight-dispute", "short-pay", "month-first"]),
    R("J5102", at(10, "08:30", ET), "This is an automated message from the Blue Ridge Fir Farms supplier portal. Your invoice INV-2026-97004 has status: PENDING GOODS RECEIPT. No further action is required at this time.", "other",
      sender="noreply@blueridgefir.example", headers=AUTO, inv=["97004"], fam=["portal", "no-action"]),
    R("J5102", at(13, "11:11", ET), "ACH initiated today for both invoices, trace 021000020123456. Remittance attached.", "already_paid",
      ref="021000020123456", attachments=[("remit_1213.pdf", "application/pdf", "Remittance advice: INV-2026-97003 18,650.00; INV-2026-97004 2,975.00; total 21,625.00")], sender=0, fam=["remittance", "ach"]),
    R("J5102", at(14, "16:04", ET), "Need a W-9 from you folks for year-end 1099 reporting before we can release anything else. Can you send it over?", "other",
      human=["tax form"], fam=["w9", "tax-form"]),
    R("J5102", at(15, "10:55", ET), "Hi - we're closed 12/24 through 1/2 (staff holiday after the season). The CFO signs off the run on 1/4 and payments go out 1/6. Sorry, that's the soonest.", "promise_to_pay",
      date="2028-01-06", fam=["month-first", "meeting-distractor", "christmas-closure"]),
    R("J5102", at(16, "08:45", ET), "I'm out of the office through January 3 for the holidays with limited access to email. For AP questions please contact ap@blueridgefir.example.\n\nDarlene Hollis", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence"]),
    R("J5102", at(17, "12:00", ET), "We're a nursery - trees and wreaths are farm products and we're exempt from NC sales tax on those. Please reissue 97003 without the sales tax and attach your copy of our E-595E certificate.", "po_change",
      inv=["97003"], fam=["tax-exempt-reissue"]),
    R("J5102", at(6, "15:30", ET), "Can you send me a statement of everything open on our account? Our auditors want it before year end.", "invoice_resend",
      fam=["statement"]),

    # J5103 Lakehead Violin Shop, Duluth MN (legal, en-US)
    R("J5103", at(6, "09:50", CT), "Per my attorney, all correspondence regarding invoice 97005 goes to her office: Karin Aho, Aho & Birch PLLC. Please do not contact me directly again.", "other",
      human=["legal representation"], fam=["legal", "attorney"]),
    R("J5103", at(8, "14:20", CT), "To whom it may concern:\n\nThis office represents Lakehead Violin Shop LLC. Our client disputes INV-2026-97005 in full: the tonewood delivered in October was wet and has split. We are prepared to discuss a resolution. Please direct all communication to the undersigned.\n\nKarin Aho\nAho & Birch PLLC", "dispute",
      sender="kaho@ahobirchlaw.example", fam=["legal", "attorney", "quality-dispute"]),
    R("J5103", at(10, "11:35", CT), "Per, here. Off the record and without the lawyer: I can send $2,000 on 12/20 to show good faith while we sort the wood out. Don't tell Karin I emailed.", "promise_to_pay",
      date="2027-12-20", amount="2000.00", fam=["month-first", "legal", "partial"]),
    R("J5103", at(13, "10:10", CT), "Notice: Lakehead Violin Shop LLC filed a voluntary petition under Chapter 11 in the U.S. Bankruptcy Court for the District of Minnesota on December 10, 2027. The automatic stay is in effect. Any collection activity must cease.", "other",
      human=["bankruptcy"], sender=0, fam=["bankruptcy", "chapter-11"]),
    R("J5103", at(15, "16:00", CT), "Shop's closed for the winter concert season tour until Jan 10th. Per is with the Duluth Superior Symphony repair booth. Messages are not checked.", "out_of_office",
      headers=AUTO, sender=0, human=["absence over 14 days"], fam=["auto-absence", "seasonal-closure"]),
    R("J5103", at(16, "09:22", CT), "Wrong Per. I'm Per Lindqvist the cellist, not the shop guy. Somebody keeps giving out this address. Please fix your records.", "wrong_contact",
      sender="per.lindqvist.cello@mailbox.example", fam=["wrong-person"]),
]

PAYMENTS: list[Payment] = [
    Payment("BK51-001", "J5101", "2027-12-08", "2755.00", "GBP", "TAYSIDE DEC"),
    Payment("BK51-002", "J5102", "2027-12-14", "21625.00", "USD", "021000020123456 BLUE RIDGE FIR FARMS", "ach"),
]
