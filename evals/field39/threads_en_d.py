"""English replies (field39): a Texas oilfield energy-services firm (en-US, month-first dates, MLK Day on 18 January)."""

from evals.field.build import Payment, Reply
from evals.field39.kit import AUTO, TX, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK39-010", "E3907", "2027-01-12", "1875.00", "USD", "PECOS BASIN ENERGY ACH PBE-45102"),
    P("BK39-011", "E3907", "2027-01-13", "27650.00", "USD", "PECOS BASIN ENERGY SVCS FED REF 20270113B1Q8"),
]

REPLIES = [
    R("E3907", at(11, "08:05", TX), "Howdy,\n\nWe show both of these approved. They'll go out in our 1/15 check run.\n\nThanks,\nJolene Whitfield\nAP Supervisor | Pecos Basin Energy Services LLC\nMidland, TX", "promise_to_pay", date="2027-01-15", fam=["month-first", "check-run"]),
    R("E3907", at(11, "10:40", TX), "ACH for $1,875.00 was initiated today, trace # 0211-4470. Should hit your account tomorrow.", "already_paid", ref="0211-4470", inv=["93913"], fam=["ach", "trace-number"], note="matches BK39-010 by amount, a day later"),
    R("E3907", at(11, "13:20", TX), "Hi - the $27,650 is on hold pending field ticket approval from our Pecos yard supervisor. Several tickets on PO PBE-44871 don't match the hours our crews logged. I'll send a list.", "dispute", inv=["93912"], fam=["field-tickets", "hours"]),
    R("E3907", at(11, "16:55", TX), "Monday's MLK so we're closed. Payment will release Tuesday 1/19.", "promise_to_pay", date="2027-01-19", fam=["mlk-day", "month-first", "holiday-shift"]),
    R("E3907", at(12, "07:30", TX), "Wire of $27,650.00 goes out tomorrow morning, Fed ref to follow.", "promise_to_pay", date="2027-01-13", amount="27650.00", partial=False, inv=["93912"], fam=["tomorrow", "wire", "full-amount"]),
    R("E3907", at(12, "09:50", TX), "Please resubmit invoice 93913 through our Coupa supplier portal. We no longer accept emailed invoices as of January 1, 2027. Invoices not in Coupa will not be paid.", "po_change", inv=["93913"], fam=["portal", "new-year-process"], sender=0),
    R("E3907", at(12, "12:15", TX), "Can you send me a W-9 for 2027? Our vendor master is being updated and we can't release anything until it's on file.", "other", human=["tax form request"], fam=["w9", "vendor-master"]),
    R("E3907", at(12, "14:45", TX), "We'll pay net 30 from the corrected invoice date. Once you reissue with the right PO we'll get it in the next cycle.", "promise_to_pay", human=["conditional"], fam=["reissue-condition", "undated"]),
    R("E3907", at(12, "17:05", TX), "I'm out of the office Friday 1/15 through Monday 1/18 (MLK Day) and will return Tuesday 1/19. For urgent AP matters contact ap@pecosbasinenergy.example.", "out_of_office", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Pecos Basin Energy Services LLC", fam=["auto-reply", "mlk-day", "month-first"]),
    R("E3907", at(13, "08:25", TX), "Fed wire sent this AM, IMAD 20270113B1Q8. Full $27,650.", "already_paid", ref="20270113B1Q8", inv=["93912"], fam=["fed-wire", "imad", "matched"], note="matches BK39-011"),
    R("E3907", at(13, "10:10", TX), "Our new fiscal year started Jan 1 and the budgets aren't loaded yet. Controller says week of 1/25, probably that Wednesday.", "promise_to_pay", date="2027-01-27", fam=["budget-not-released", "week-of", "month-first"]),
    R("E3907", at(13, "11:35", TX), "Hey y'all, the 1,875 invoice has the wrong PO. Should be PBE-45102-R (revised for the extra frac sand). Please correct and resend.", "po_change", inv=["93913"], fam=["po-correction", "texas"]),
    R("E3907", at(13, "14:00", TX), "Jolene is no longer with Pecos Basin as of 12/31. Please direct correspondence to Marcus Delgado, mdelgado@pecosbasinenergy.example.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    R("E3907", at(13, "15:25", TX), "We can do $10k on 1/22 and $10k on 2/5, then the remaining $7,650 on 2/19. Would that work for y'all? Oil price dip hit our receivables.", "payment_plan_request", date="2027-01-22", amount="10000.00", inv=["93912"], fam=["instalments", "month-first", "oil-price"]),
    R("E3907", at(13, "17:40", TX), "Payment scheduled for 1/28/2027.", "promise_to_pay", date="2027-01-28", fam=["month-first-full", "terse"], sender=0),
    R("E3907", at(14, "07:45", TX), "We'll pay on the 2/1 run. Actually I misspoke - the first run of February is 2/4. So 2/4.", "promise_to_pay", date="2027-02-04", fam=["self-correction", "month-first"]),
    R("E3907", at(14, "09:20", TX), "Good morning,\n\nI've attached our remittance advice. Payment #77120 covers both invoices.\n\nJolene", "already_paid", ref="77120", human=["amount differs"], attachments=[("Remittance_77120.txt", "text/plain", "PECOS BASIN ENERGY SERVICES LLC\nRemittance Advice\nPayment # 77120   Date 01/13/2027\nINV-2026-93912   27,650.00\nINV-2026-93913    1,875.00\nTotal           29,525.00\n")], inv=["93912", "93913"], fam=["remittance-attachment", "collective"], note="two bank lines, BK39-010 and BK39-011, not one of 29,525; the reference is on neither"),
    R("E3907", at(14, "11:00", TX), "This is the AP Department's automated ticketing system. Your email has been received and assigned ticket #AP-2027-00418. A representative will respond within 3-5 business days.", "other", headers=AUTO, fam=["no-action", "ticket-receipt"], sender=0),
    R("E3907", at(14, "12:30", TX), "Delivery has failed to these recipients or groups:\n\nj.whitfield@pecosbasinenergy.example\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\nRemote Server returned '550 5.1.1 User unknown'", "bounce", sender="postmaster@pecosbasinenergy.example", dsn=("j.whitfield@pecosbasinenergy.example", "5.1.1"), quote="none", subject="Undeliverable: Reminder: overdue invoices – Pecos Basin Energy Services LLC", fam=["dsn", "exchange", "left-company"]),
    R("E3907", at(14, "14:15", TX), "We'll get you paid next Friday, 1/22. Honestly, your invoices are the least of my worries this week, the auditors are camped out in my office. But yes, the 22nd.", "promise_to_pay", date="2027-01-22", fam=["sarcasm", "next-weekday", "month-first"]),
    R("E3907", at(14, "15:50", TX), "Re: 93912 - we were invoiced for 14 days of standby on the Reeves County job but the rig was released on 12/9. Standby after that isn't owed. Dispute filed with our ops manager.", "dispute", inv=["93912"], fam=["standby", "oilfield"]),
    R("E3907", at(11, "11:45", TX), "Could you resend 93913? Our Outlook quarantined it in December and it got purged.", "invoice_resend", inv=["93913"], fam=["quarantine"]),
    R("E3907", at(12, "10:30", TX), "Hi team,\n\nOur ACH remit info changed with the new year. Please make sure you have our new remittance email ar-remit@pecosbasinenergy.example for any correspondence. Also, what's your policy on early payment discounts?\n\nThx", "other", human=["discount question"], fam=["discount-question"]),
    R("E3907", at(13, "12:50", TX), "We pay 2 weeks from today, so on 1/27.", "promise_to_pay", date="2027-01-27", fam=["two-weeks", "month-first"]),
    R("E3907", at(11, "15:10", TX), "Thank you, forwarded to Controller for approval.", "other", fam=["no-action", "forwarded"], sender=0),
    R("E3907", at(12, "16:20", TX), "Can't pay the full amount till our JV partner in the Delaware Basin pays their share of the AFE. I can send $5,000 Friday as good faith though.", "promise_to_pay", date="2027-01-15", amount="5000.00", human=["conditional"], fam=["good-faith", "condition", "partial-amount"]),
    R("E3907", at(13, "09:35", TX), "Payment will be issued 1/11... sorry, typo, 1/21.", "promise_to_pay", date="2027-01-21", fam=["self-correction", "month-first"]),
    R("E3907", at(14, "16:40", TX), "Pls send to our new AP inbox ap.invoices@pecosbasinenergy.example, this address is being retired at end of month.", "po_change", inv=[], fam=["invoice-mailbox"], sender=0),
    R("E3907", at(14, "18:05", TX), "Wait, is 93913 a duplicate of the invoice we paid in December for the frac sand? Same amount, same PO. Please check before we pay it twice.", "dispute", inv=["93913"], fam=["duplicate-billing"]),
    R("E3907", at(11, "09:25", TX), "Due to month-end close we cannot cut checks until the close is done. Payment on or about 2/3.", "promise_to_pay", date="2027-02-03", fam=["on-or-about", "month-first"]),
]
