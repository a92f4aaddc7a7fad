"""Hand-written English replies, part b: more Asheville and Duluth, a Saskatoon taxidermist, a Ballarat tree farm, a Limerick guitar maker."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field51.kit import AU, AUTO, CT, ET, IE, SK, at

R = Reply

REPLIES: list[Reply] = [
    R("J5102", at(9, "07:40", ET), "fyi see below from our treasurer\n\n---------- Forwarded message ---------\nFrom: Walt Greer <w.greer@blueridgefir.example>\nTo: Darlene Hollis\n\nDarlene - we'll wire the Northwind balance on the 22nd once the Lowe's season settlement lands on the 20th. Walt", "promise_to_pay",
      date="2027-12-22", human=["conditional"], fam=["forward", "condition-date-distractor", "colleague"]),
    R("J5102", at(14, "12:30", ET), "Wrong contact - I handle payroll here, not vendors. Forwarding to AP but please update your list.\n\nTricia", "wrong_contact",
      sender="t.boone@blueridgefir.example", fam=["colleague", "wrong-department"]),
    R("J5102", at(15, "14:44", ET), "We paid 97004 twice in November (checks 10452 and 10477). Please apply the duplicate against 97003 and send us an updated statement showing it. Balance on 97003 we'll pay on the 12/30 run.", "already_paid",
      sec=["promise_to_pay", "invoice_resend"], date="2027-12-30", ref="10452", human=["no matching payment"], fam=["duplicate-payment", "month-first"]),
    R("J5102", at(17, "17:50", ET), "The wreath machine parts on 97004 came in 2 boxes short. Until the rest show up I'm holding that one. Other one paid.", "dispute",
      sec=["already_paid"], inv=["97004", "97003"], human=["no matching payment"], fam=["short-shipment", "terse"]),
    R("J5103", at(7, "10:00", CT), "Hi, this is Lakehead's bookkeeper (contract, I come in Tuesdays). I'm not authorised to discuss the disputed invoice. Please go through Per or the lawyer.", "wrong_contact",
      sender="bookkeeping@lakeheadviolin.example", fam=["outside-bookkeeper"]),
    R("J5103", at(9, "15:15", CT), "Message blocked. Your message to office@lakeheadviolin.example was rejected by the recipient's mail server: 552 5.2.2 mailbox full.", "bounce",
      sender="postmaster@lakeheadviolin.example", dsn=("office@lakeheadviolin.example", "5.2.2"), subject="Delivery Status Notification (Failure)", quote="none", fam=["dsn", "mailbox-full"]),
    R("J5103", at(14, "13:05", CT), "Karin Aho again. Our client proposes to settle 97005 at $4,500, payable in three monthly payments of $1,500 starting January 15, 2028, in full and final settlement. Please confirm in writing.", "dispute",
      sec=["payment_plan_request"], sender="kaho@ahobirchlaw.example", note="a settlement in instalments under a dispute: no date on a secondary plan", fam=["legal", "settlement-offer", "instalments-proposed"]),
    R("J5103", at(17, "08:12", CT), "Please send me a copy of the original purchase order and the delivery receipt for 97005. The trustee needs them for the claims register.", "invoice_resend",
      inv=["97005"], fam=["bankruptcy", "documents"]),

    # J5104 Prairie Mount Taxidermy, Saskatoon (en-CA, day-first as written)
    R("J5104", at(6, "11:20", SK), "Hey, busy season after the deer hunt so sorry for the slow reply. I'll e-transfer the 760 this Friday and the big one on the 23rd.", "promise_to_pay",
      date="2027-12-10", amount="760.00", partial=False, fam=["two-invoices-two-dates", "interac"], note="both dated: whole balance, first date"),
    R("J5104", at(7, "09:09", SK), "Roman's in the back with a moose shoulder mount, he asked me to tell you cheque is in the mail since Monday. I'm Olena, I answer the phone.", "already_paid",
      sender="olena@prairiemount.example", human=["no matching payment"], fam=["colleague", "cheque-in-mail"]),
    R("J5104", at(8, "16:16", SK), "Your invoice 97006 charges GST AND PST on the forms. Tanning forms are resale for us, we're PST exempt, our vendor licence is on file. Please reissue without PST.", "po_change",
      inv=["97006"], fam=["tax-exempt-reissue"]),
    R("J5104", at(9, "10:45", SK), "Can I pay with Visa over the phone? Call me tomorrow 306-000-0000 between 9 and noon and I'll do both.", "promise_to_pay",
      date="2027-12-10", fam=["card-by-phone"]),
    R("J5104", at(10, "14:30", SK), "Hi, not sure who sent this. We never ordered eye sets from you, I think you have the wrong Prairie Mount. We're the one in Regina.", "wrong_contact",
      sender="info@prairiemountregina.example", fam=["wrong-company"]),
    R("J5104", at(13, "08:55", SK), "we'll pay 97006 on 20/12. sorry for the wait", "promise_to_pay",
      date="2027-12-20", inv=["97006"], fam=["terse", "day-first"]),
    R("J5104", at(14, "12:14", SK), "We are closed Dec 23 - Jan 4 for the holidays. Email will be answered when we return. Merry Christmas from Prairie Mount!", "out_of_office",
      headers=AUTO, sender=0, human=["absence over 14 days"], fam=["auto-absence", "christmas-closure"]),
    R("J5104", at(15, "17:05", SK), "The mannequins on 97006 came cracked, three of the eight. I sent photos to your rep in November and heard nothing. Not paying for broken product.", "dispute",
      inv=["97006"], fam=["damaged-goods"]),
    R("J5104", at(16, "10:30", SK), "Sent the e-transfer for 760 this morning, reference PMT-97007. Big one after Christmas like I said.", "already_paid",
      sec=["promise_to_pay"], ref="PMT-97007", inv=["97007", "97006"], human=["undated"], fam=["interac"]),
    R("J5104", at(17, "13:40", SK), "Could you send a copy of 97007, we can't find it anywhere", "invoice_resend",
      inv=["97007"], fam=["terse"]),

    # J5105 Ballarat Pines (payment plan, en-AU)
    R("J5105", at(7, "09:15", AU), "G'day, December instalment of $2,000 goes out on the 15th as per the arrangement. Cheers, Kerry", "promise_to_pay",
      date="2027-12-15", amount="2000.00", human=["partial"], fam=["plan-instalment", "ordinal"]),
    R("J5105", at(8, "10:50", AU), "Kerry here. Christmas tree sales have been rubbish with the heat - can we skip January's instalment and double up in February? Happy to sign something.", "payment_plan_request",
      fam=["plan-pause"]),
    R("J5105", at(9, "16:30", AU), "Hi, paid the Dec instalment early, yesterday, $2,000 ref BALLPINES-DEC", "already_paid",
      ref="BALLPINES-DEC", fam=["plan-instalment", "terse"]),
    R("J5105", at(13, "14:05", AU), "Please send the updated plan schedule showing what's left after December. Our accountant needs it for the BAS.", "invoice_resend",
      fam=["plan-schedule"]),
    R("J5105", at(14, "07:45", AU), "Out of office until 10/01/2028. Harvest season's over and I'm at the beach. For anything urgent call Mick on 0400 000 000.", "out_of_office",
      headers=AUTO, fam=["auto-absence", "day-first"]),
    R("J5105", at(15, "12:12", AU), "Can we move the remaining instalments to the 28th of each month instead of the 15th? Our wholesale buyer pays us on the 25th. First one would be 28/01.", "payment_plan_request",
      date="2028-01-28", fam=["plan-day-change", "day-first", "condition-date-distractor"]),
    R("J5105", at(16, "18:20", AU), "Hi this is the accounts inbox for Ballarat Pines. Kerry has sold the business to Eureka Evergreens Pty Ltd, ABN 00 000 000 000, from 1 December. New owners take on the plan. Please re-address invoices.", "po_change",
      sender=0, fam=["acquisition", "new-abn"]),
    R("J5105", at(17, "08:00", AU), "Your email server rejected my reply twice so trying again: we paid the instalment. Please stop the reminders, we're on a plan!", "already_paid",
      human=["no matching payment"], fam=["annoyed", "plan-instalment"]),

    # J5106 Shannon Guitar Works, Limerick (credit hold, en-IE)
    R("J5106", at(6, "10:25", IE), "Hi,\n\nI know we're on stop. I'll clear 97010 on Friday and the older one by the 20th. Can you lift the hold once the first lands? I need strings and fret wire before Christmas.\n\nCathal", "promise_to_pay",
      date="2027-12-10", fam=["credit-hold", "two-invoices-two-dates"]),
    R("J5106", at(7, "13:45", IE), "Paid 830 this morning via Revolut Business. 4,890 to follow next week some time.", "already_paid",
      sec=["promise_to_pay"], inv=["97010", "97009"], human=["undated"], fam=["partial-paid"]),
    R("J5106", at(8, "15:20", IE), "Cathal's at the Christmas market in the Milk Market all week selling ukuleles. He said tell you he'll sort it Monday. I'm the apprentice, I don't have the bank login.", "wrong_contact",
      sender="niamh@shannonguitars.example", fam=["apprentice"]),
    R("J5106", at(9, "11:30", IE), "Look, I can't pay the 4,890 in one go. Would you take 1,000 a month starting 31st January? I'll do standing order.", "payment_plan_request",
      date="2028-01-31", amount="1000.00", inv=["97009"], fam=["instalments-proposed", "ordinal"]),
    R("J5106", at(10, "09:00", IE), "The rosewood on 97009 was never ordered, I asked for Indian and got Madagascar which I can't sell with the CITES paperwork. Collect it and credit me.", "dispute",
      inv=["97009"], fam=["wrong-goods"]),
    R("J5106", at(13, "16:35", IE), "Sent 830 today. I'll do the rest when the Christmas money is in, should be around the 6th of January.", "already_paid",
      sec=["promise_to_pay"], date="2028-01-06", inv=["97010", "97009"], human=["conditional"], fam=["conditional", "ordinal"]),
    R("J5106", at(7, "08:10", IE), "Away from tomorrow the 8th, back in the workshop on the 16th. Phone coverage is patchy. Cathal", "out_of_office",
      human=["typed absence"], fam=["typed-absence"], note="typed by hand, no auto headers"),
    R("J5106", at(16, "12:40", IE), "Can you resend both invoices with my new address, we've moved to Thomondgate. Same company.", "po_change",
      sec=["invoice_resend"], fam=["address-change"]),
    R("J5106", at(17, "10:05", IE), "Right, 1,500 today and I promise the rest by the 23rd. Hold lifted?", "promise_to_pay",
      date="2027-12-17", amount="1500.00", partial=False, fam=["credit-hold", "two-parts"], note="1,500 today and the rest by the 23rd: the whole balance, first date and amount"),
]

PAYMENTS: list[Payment] = [
    Payment("BK51-003", "J5105", "2027-12-08", "2000.00", "AUD", "BALLPINES-DEC"),
    Payment("BK51-004", "J5104", "2027-12-16", "760.00", "CAD", "PMT-97007 PRAIRIE MOUNT TAXIDERMY"),
    Payment("BK51-005", "J5106", "2027-12-07", "830.00", "EUR", "REVOLUT SHANNON GUITAR"),
]
