"""English replies from North America (field61): an Ontario turkey farm before Canadian Thanksgiving (Mon 8 Oct), a
Vermont leaf-peeping coach line at peak foliage, and a New York Columbus Day float builder on a legal account (the
parade is Mon 8 Oct; banks are closed). US writers put the month first; the Canadians write month names."""

from evals.field.build import Payment, Reply
from evals.field61.kit import AUTO, EDT, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK61-009", "E6106", "2029-10-01", "3475.00", "CAD", "MAPLE HOLLOW TURKEY FARMS INC EFT 0001187"),
    P("BK61-010", "E6107", "2029-09-21", "6120.00", "USD", "GREEN MOUNTAIN FOLIAGE COACHES ACH 7731902"),
    P("BK61-011", "E6108", "2029-10-02", "5000.00", "USD", "HARBORVIEW PARADE FLOATS CHK 4471"),
]

REPLIES = [
    # --- Maple Hollow Turkey Farms (Ontario)
    R("E6106", at(9, 17, "06:10", EDT), "Doug here. It's the busiest 3 weeks of our year. Cheque goes in the mail the Tuesday after Thanksgiving.", "promise_to_pay", date="2029-10-09", fam=["holiday-relative", "cheque", "owner-mobile"]),
    R("E6106", at(9, 19, "20:45", EDT), "Sending the 690 on Friday, the bigger one once the Thanksgiving orders are paid out to us.", "promise_to_pay", date="2029-09-21", amount="690.00", inv=inv("61062", "61061"), human=["conditional"], fam=["partial-amount", "condition", "season"]),
    R("E6106", at(10, 1, "09:30", EDT), "EFT sent this morning for 61061, $3,475.", "already_paid", inv=inv("61061"), fam=["paid-no-ref", "matched-by-amount"], sender=0),
    R("E6106", at(10, 5, "15:00", EDT), "Thank you for your email. The farm office is closed for Thanksgiving from Friday October 5 to Monday October 8. We're back Tuesday the 9th. Happy Thanksgiving!", "out_of_office", headers=AUTO, sender=0, subject="Auto-reply: Thanksgiving closure", fam=["auto-reply", "holiday", "within-14"]),
    R("E6106", at(9, 25, "12:20", EDT), "Can you re-send 61062? Our bookkeeper only has the first one.", "invoice_resend", inv=inv("61062"), fam=["resend", "terse"]),
    R("E6106", at(9, 28, "07:45", EDT), "Half of 61061 now and half after the holiday weekend - would that work for you? Say Oct 1 and Oct 15.", "payment_plan_request", date="2029-10-01", fam=["plan", "two-instalments", "asks-permission"]),
    R("E6106", at(10, 10, "11:05", EDT), "We're good for the 690 on October 19th. Sorry, the turkeys ate everything this year, including my time.", "promise_to_pay", date="2029-10-19", amount="690.00", partial=False, inv=inv("61062"), fam=["ordinal-date", "humour", "whole-invoice"]),
    R("E6106", at(10, 12, "08:00", EDT), "The GST/HST number on your invoices should be ours, 81234 5678 RT0001, not blank. CRA needs it for our input tax credits. Please reissue both.", "po_change", fam=["tax-number", "reissue", "canadian"]),
    R("E6106", at(9, 21, "14:30", EDT), "I'm not the right person - Doug's daughter Emma handles the books now: emma@maplehollow-turkey.example", "wrong_contact", sender=0, fam=["new-contact", "family-business"]),
    R("E6106", at(10, 15, "16:40", EDT), "Hi, you billed 120 brine bags on 61062 but we only ordered 80 - the other 40 were the order we cancelled in August. Please fix.", "dispute", inv=inv("61062"), fam=["quantity-dispute", "cancelled-order"]),
    R("E6106", at(10, 16, "09:15", EDT), "Yes I know. Monday.", "promise_to_pay", date="2029-10-22", fam=["terse", "weekday"]),
    # --- Green Mountain Foliage Coaches (Vermont)
    R("E6107", at(9, 17, "08:30", EDT), "Hi - both invoices are in this Friday's ACH batch (9/21).", "promise_to_pay", date="2029-09-21", fam=["ach-batch", "month-first", "this-friday"]),
    R("E6107", at(9, 21, "16:15", EDT), "ACH went out today, trace 7731902, $6,120.00 total.", "already_paid", ref="7731902", fam=["paid-with-ref", "matched", "ach"]),
    R("E6107", at(9, 24, "07:05", EDT), "Peak foliage = every coach on the road and me driving one of them. I'll deal with invoices on 10/15 when leaf season winds down.", "promise_to_pay", date="2029-10-15", fam=["month-first", "season", "owner-mobile"], note="dealing with the invoices on 10/15 is read as paying then"),
    R("E6107", at(9, 27, "13:40", EDT), "Sarah is driving tours through Columbus Day and checks email sporadically. For billing, write to ap@gmfoliage.example. Thanks!", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Green Mountain Foliage Coaches LLC", fam=["auto-reply", "holiday-return", "within-14"], note="back after Columbus Day (8 Oct): 11 days"),
    R("E6107", at(10, 2, "10:50", EDT), "We were charged for a coach washing fee on 61072 that was supposed to be waived per our renewal. $140. Please reissue without it and we'll pay the rest.", "dispute", inv=inv("61072"), fam=["fee-dispute", "waiver"]),
    R("E6107", at(10, 3, "18:20", EDT), "Please note our new remit-to and billing address as of Oct 1: 410 Route 100, Stowe, VT 05672. Update your records and resend 61072 with it.", "po_change", inv=inv("61072"), fam=["billing-address", "reissue"]),
    R("E6107", at(10, 9, "09:10", EDT), "Our bank was closed yesterday for Columbus Day so the batch moved. It'll go Thursday.", "promise_to_pay", date="2029-10-11", fam=["holiday", "weekday", "moved-date"]),
    R("E6107", at(10, 11, "14:25", EDT), "Is there a W-9 on file for you or do you need a W-8BEN-E from us? Our new accountant is asking before she releases any foreign payments.", "other", human=["tax form"], fam=["tax-form", "us"]),
    R("E6107", at(10, 16, "12:00", EDT), "Thanks Alice, that all makes sense. Appreciate the patience during leaf season.", "other", fam=["acknowledgement", "no-action"], inv=[]),
    R("E6107", at(9, 18, "03:12", EDT), "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  s.whitcomb@gmfoliage.example\n    host mx.gmfoliage.example [203.0.113.41]\n    SMTP error from remote mail server after RCPT TO:<s.whitcomb@gmfoliage.example>:\n    550 5.1.1 No such user here", "bounce", sender="Mail Delivery System <Mailer-Daemon@relay.gmfoliage.example>", dsn=("s.whitcomb@gmfoliage.example", "5.1.1"), subject="Mail delivery failed: returning message to sender", fam=["dsn-exim", "user-unknown"]),
    R("E6107", at(10, 12, "10:40", EDT), "Can we do $2,000 a month till it's cleared? Starting the 1st of November.", "payment_plan_request", date="2029-11-01", amount="2000.00", fam=["plan", "monthly", "ordinal"]),
    # --- Harborview Parade Floats (New York, legal)
    R("E6108", at(9, 18, "11:00", EDT), "We've got the Columbus Day parade on 10/8 and every float is in the shop. Anthony says payment after the parade, by 10/19.", "promise_to_pay", date="2029-10-19", fam=["month-first", "holiday", "relayed"], sender=0),
    R("E6108", at(9, 20, "15:30", EDT), "Please direct all correspondence on this matter to our attorney, Deborah Klein, Klein & Marsh LLP, dklein@kleinmarsh.example. Do not contact Mr. Russo directly.", "wrong_contact", fam=["legal-counsel", "new-contact"]),
    R("E6108", at(10, 2, "17:05", EDT), "We mailed a check today, #4471, for $5,000 as a good faith payment. The rest is contested, see our counsel's letter of 9/14.", "dispute", sec=["already_paid"], ref="4471", fam=["legal", "cheque", "partial-paid"], human=["amount differs from open balance"]),
    R("E6108", at(10, 4, "09:45", EDT), "From: Deborah Klein <dklein@kleinmarsh.example>\n\nOur client disputes invoice INV-2027-61081 in its entirety: the hydraulic lift units were delivered 3 weeks late and two failed inspection. We are prepared to discuss a resolution. Any further collection letters will be noted.", "dispute", inv=inv("61081"), sender="dklein@kleinmarsh.example", fam=["legal", "attorney", "goods-dispute"]),
    R("E6108", at(10, 8, "07:00", EDT), "Harborview Parade Floats is closed Monday, October 8 for the Columbus Day Parade. Normal hours resume Tuesday, October 9.", "out_of_office", headers=AUTO, sender=0, subject="Closed for the Parade", fam=["auto-reply", "holiday", "within-14"]),
    R("E6108", at(10, 10, "13:30", EDT), "Oh sure, another reminder. Real helpful while our lawyers are talking. Fine: $3,000 goes out on the 15th, and that's all you get until this is settled.", "promise_to_pay", date="2029-10-15", amount="3000.00", fam=["sarcasm", "ordinal", "partial-amount", "legal"]),
    R("E6108", at(10, 16, "11:20", EDT), "Can you send the delivery tickets and the signed inspection sheet for 61081? Our counsel wants them for the file.", "other", inv=inv("61081"), human=["documents requested on a legal account"], fam=["documents", "legal"]),
]
