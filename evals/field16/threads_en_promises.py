"""English promises (field16): bakers, vets, exporters and schools saying when they will pay, in native and non-native
English, with the dates that moved, the dates of conditions and approvals, and the runs that only a calendar resolves."""

from evals.field.build import Reply
from evals.field16.kit import CA, GB, HK, IN, IT, PAC, PL, QA, SG, US, at

R = Reply

_PVP_SIG = ("Accounts Payable | Pinecrest Veterinary Partners PLLC\n1180 Larkspur Ave, Suite 300 | Columbus, OH 43215\nap line: (614) 555-0192\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and "
            "may contain confidential and privileged information, including protected health information of animal owners. Any unauthorized "
            "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply "
            "e-mail and destroy all copies of the original message. Pinecrest Veterinary Partners does not accept liability for any errors or "
            "omissions in the contents of this message which arise as a result of e-mail transmission. Please consider the environment before "
            "printing this e-mail.")
_KTE_SIG = ("Thanks & Regards\nRamesh Subramanian\nSenior Accounts Executive\nKaveri Textile Exports Pvt Ltd\nSF No. 212, Avinashi Road, Tiruppur - 641 603, Tamil Nadu\n"
            "Mob: +91 98430 55127\n\nDISCLAIMER: The information contained in this electronic message and any attachments to this message are intended "
            "for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information. If you are not the intended "
            "recipient, you should not disseminate, distribute or copy this e-mail. Please notify the sender immediately and destroy all copies of this "
            "message and any attachments. WARNING: Computer viruses can be transmitted via email. The recipient should check this email and any "
            "attachments for the presence of viruses. The company accepts no liability for any damage caused by any virus transmitted by this email.\n"
            "Save paper, think before you print.")

REPLIES = [
    # --- Thornbury Artisan Bakery (GB)
    R("S1601", at(23, "08:12", GB), "Morning – we'll clear both on Thurs. Jenna", "promise_to_pay", date="2026-11-26", fam=["abbreviated-weekday", "terse"]),
    R("S1601", at(24, "16:40", GB), "Can pay the big one on the 4th, the little one goes with our January run.", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone", "two-invoices-two-dates"]),
    R("S1601", at(25, "21:55", GB), "Sorry for the late one – payment goes out 1/12, all sorted.", "promise_to_pay", date="2026-12-01", fam=["uk-numeric", "late-evening"]),
    R("S1601", at(26, "10:05", GB), "We pay suppliers on the last working day of the month, so you'll have it on Monday the 30th.", "promise_to_pay", date="2026-11-30", fam=["month-end-run", "weekday-ordinal"]),
    R("S1601", at(27, "12:30", GB), "£318.40 today, the rest once the Christmas hamper orders have been paid in – mid December probably.", "promise_to_pay", date="2026-11-27", amount="318.40", fam=["partial-amount", "vague-rest"]),
    R("S1601", at(23, "13:20", GB), "Hi, payment scheduled for Wednesday week.\nAccounts", "promise_to_pay", date="2026-12-02", fam=["weekday-week"], sender=0),
    R("S1601", at(25, "07:50", GB), "Will pay Tues.", "promise_to_pay", date="2026-12-01", fam=["abbreviated-weekday", "terse"]),
    R("S1601", at(27, "16:15", GB), "On my phone – I'll ring the bank and pay the £2,465.20 on Monday. Jenna", "promise_to_pay", date="2026-11-30", amount="2465.20", partial=False, fam=["free-mail", "full-amount"], sender="jenna.pryce.bakes@gmail.example"),
    # --- Pinecrest Veterinary Partners (US, strategic)
    R("S1602", at(23, "10:15", US), "Good morning,\n\nThank you for your inquiry. INV-2026-16021 (PO PVP-30418) has been approved and is scheduled for our 12/3 check run. INV-2026-16022 is pending receiving confirmation and will be reviewed once the receiving report is matched.\n\n" + _PVP_SIG, "promise_to_pay", date="2026-12-03", inv=["16021", "16022"], fam=["us-numeric", "formal-ap", "check-run", "long-disclaimer"], sender=0),
    R("S1602", at(24, "17:45", US), "Dana here – wire goes out the Friday after Thanksgiving, so the 27th.", "promise_to_pay", date="2026-11-27", fam=["holiday", "weekday-ordinal"]),
    R("S1602", at(25, "23:50", US), "Just saw this. Will release the payment tomorrow morning first thing.", "promise_to_pay", date="2026-11-26", fam=["late-evening", "across-midnight", "holiday-as-written"]),
    R("S1602", at(27, "11:00", US), "We'll pay 16022 ($1,945.50) on 12/10 with our December batch; 16021 goes to our VP for sign-off on 12/8.", "promise_to_pay", date="2026-12-10", amount="1945.50", inv=["16022", "16021"], fam=["approval-before-payment", "us-numeric", "partial-amount"]),
    R("S1602", at(24, "08:05", US), "Payment for both invoices will be issued within 10 business days of today per our standard process.", "promise_to_pay", date="2026-12-08", fam=["within-working-days", "formal-ap"], sender=0),
    R("S1602", at(26, "21:30", US), "Sorry for the delay – it's on my list for Mon.", "promise_to_pay", date="2026-11-30", fam=["abbreviated-weekday", "holiday"]),
    R("S1602", at(25, "11:40", US), "Hello,\n\nINV-2026-16021 has been scheduled for payment on 12/15/2026 via ACH.\n\nThank you,\n" + _PVP_SIG, "promise_to_pay", date="2026-12-15", inv=["16021"], html=True, fam=["outlook-html", "us-numeric", "long-disclaimer"], sender=0),
    # --- Kaveri Textile Exports (IN)
    R("S1603", at(24, "11:20", IN), "Dear Sir,\nGreetings of the day.\nWe have initiated the process for payment of your invoice no. 16031 and same will be released on or before 5th Dec.\nKindly do the needful and acknowledge.\n\n" + _KTE_SIG, "promise_to_pay", date="2026-12-05", inv=["16031"], fam=["non-native-in", "on-or-before", "long-disclaimer"]),
    R("S1603", at(25, "00:40", IN), "Sir, payment will be done by day after tomorrow positively.", "promise_to_pay", date="2026-11-27", fam=["non-native-in", "across-midnight", "day-after-tomorrow"]),
    R("S1603", at(26, "14:10", IN), "Dear Madam, amount of USD 1,130 against invoice 16032 will be remitted this Monday, balance after receipt of buyer payment from Germany.", "promise_to_pay", date="2026-11-30", amount="1130.00", inv=["16032"], fam=["non-native-in", "this-weekday", "partial-amount", "condition-rest"]),
    R("S1603", at(27, "10:00", IN), "Dear Team,\nAs discussed over phone with Mr. Bruno, payment of both invoices will be processed in first week of December after our bank limit is renewed on 2nd.\nRegards,\nAccounts Dept.", "promise_to_pay", date="2026-12-04", fam=["non-native-in", "first-week-of-month", "event-before-payment"], sender=0),
    R("S1603", at(23, "16:45", IN), "We will pay in two parts, first USD 3,000 on 30/11 and remaining by 15/12.", "promise_to_pay", date="2026-11-30", amount="3000.00", fam=["non-native-in", "dd-mm", "stated-split"]),
    R("S1603", at(23, "19:30", IN), "Dear Sir, Kindly note payment will be released on 1st Monday of December month.", "promise_to_pay", date="2026-12-07", fam=["non-native-in", "nth-weekday"]),
    R("S1603", at(26, "23:55", IN), "Sir, due to half-yearly audit closing we can release only on 10th.", "promise_to_pay", date="2026-12-10", fam=["non-native-in", "late-evening", "ordinal-alone"], sender=0),
    R("S1603", at(27, "15:25", IN), "Hi, the payment of invoice 16031 net of bank charges will be credited by 8th December.", "promise_to_pay", date="2026-12-08", inv=["16031"], fam=["non-native-in", "day-month"]),
    R("S1603", at(24, "09:15", IN), "Dear Sir,\nPlease find below the payment schedule:\nInv 16032 – 27/11/2026\nInv 16031 – 18/12/2026\nRegards", "promise_to_pay", date="2026-11-27", inv=["16032", "16031"], fam=["non-native-in", "schedule-table", "dd-mm-yyyy"]),
    # --- Wisła Logistics (PL)
    R("S1604", at(23, "09:10", PL), "Good morning,\nPayment for invoice 16041 will be realised on 4.12.2026.\nBest regards\nMarta Kowalczyk", "promise_to_pay", date="2026-12-04", inv=["16041"], fam=["dotted-date", "non-native-pl"]),
    R("S1604", at(24, "13:30", PL), "Hello, we will make transfer in the next week on Wednesday.", "promise_to_pay", date="2026-12-02", fam=["next-week-weekday", "non-native-pl"]),
    R("S1604", at(25, "15:15", PL), "We pay 612 EUR today and 4875 EUR in the 49th week.", "promise_to_pay", date="2026-11-25", amount="612.00", fam=["calendar-week", "partial-amount", "non-native-pl"], sender=0),
    R("S1604", at(26, "08:40", PL), "Dear Sir, the transfer was planned on 27.11 but our director is on business trip, now it will be on 3.12.", "promise_to_pay", date="2026-12-03", fam=["moved-date", "dotted-date", "non-native-pl"]),
    R("S1604", at(27, "18:50", PL), "We will settle everything till the end of the year, I promise.", "promise_to_pay", date="2026-12-31", fam=["end-of-year", "till-means-by", "non-native-pl"]),
    R("S1604", at(26, "11:45", PL), "We will pay within 7 days from today.", "promise_to_pay", date="2026-12-03", fam=["within-days", "non-native-pl"]),
    R("S1604", at(27, "14:05", PL), "Hello, the payment is planned for Tue, 01.12.", "promise_to_pay", date="2026-12-01", fam=["abbreviated-weekday", "dotted-date"], sender=0),
    R("S1604", at(23, "22:15", PL), "Sorry for late answer. Payment will be tomorrow, but only for invoice 16042, the 16041 we must check with warehouse first.", "promise_to_pay", date="2026-11-24", inv=["16042", "16041"], fam=["late-evening", "one-of-two", "non-native-pl"]),
    # --- Golden Harbour Trading (HK, credit hold)
    R("S1605", at(23, "10:30", HK), "Dear Sir/Madam,\nNoted with thanks. We will arrange the payment on or before 30 Nov.\nBest Regards\nWing Yee", "promise_to_pay", date="2026-11-30", fam=["non-native-zh", "on-or-before"]),
    R("S1605", at(24, "18:20", HK), "Our boss will approve the payment on Thursday, then cheque will be sent out next Monday. Please release the hold for our new order.", "promise_to_pay", date="2026-11-30", fam=["non-native-zh", "approval-before-payment", "cheque", "credit-hold"]),
    R("S1605", at(26, "11:05", HK), "Payment will be TT on 2/12, please remove the stop on our account asap.", "promise_to_pay", date="2026-12-02", fam=["non-native-zh", "dd-mm", "credit-hold"]),
    R("S1605", at(27, "22:40", HK), "Received. TT will go tomorrow morning HK time.", "promise_to_pay", date="2026-11-28", fam=["late-evening", "tomorrow", "terse"], sender=0),
    R("S1605", at(25, "09:20", HK), "Payment will be made after we receive the money from our customer on 3 Dec, so around 7 Dec.", "promise_to_pay", date="2026-12-07", fam=["non-native-zh", "condition-with-date"]),
    R("S1605", at(27, "15:40", HK), "Dear Sirs,\nPlease note cheque no. 004518 for USD 9,380.00 will be couriered to your office on Mon 30/11.\nAccounts Dept", "promise_to_pay", date="2026-11-30", amount="9380.00", partial=False, fam=["cheque-number", "full-amount", "abbreviated-weekday"], sender=0),
    # --- Al Noor Facilities Management (QA)
    R("S1606", at(23, "09:45", QA), "Dear Sir,\nGood day. Kindly be informed that your payment is under process and will be transferred by next Sunday inshallah.\nBest regards\nAhmed", "promise_to_pay", date="2026-12-06", fam=["non-native-ar", "next-weekday", "gulf-week"]),
    R("S1606", at(24, "12:00", QA), "We will pay the LPO 5590 invoice tomorrow and the other one after the National Day.", "promise_to_pay", date="2026-11-25", fam=["non-native-ar", "po-as-reference", "holiday"]),
    R("S1606", at(25, "20:30", QA), "Dear, the cheque is ready for collection from our office on Sunday 29/11, or we can transfer same day if you prefer.", "promise_to_pay", date="2026-11-29", fam=["non-native-ar", "cheque-collection", "dd-mm"]),
    R("S1606", at(26, "10:10", QA), "Payment will be released after the management meeting on 1st December, on 3rd December.", "promise_to_pay", date="2026-12-03", fam=["meeting-before-payment", "non-native-ar"]),
    R("S1606", at(27, "11:30", QA), "Dear Supplier, payment for LPO ANFM-LPO-5521 scheduled on 06-12-2026.", "promise_to_pay", date="2026-12-06", fam=["dashed-date", "po-as-reference"], sender=0),
    R("S1606", at(24, "20:05", QA), "Dear, the payment will be done within this week inshallah.", "promise_to_pay", date="2026-11-27", fam=["this-week", "non-native-ar"]),
    R("S1606", at(26, "08:20", QA), "Sir, kindly note we will transfer the full amount USD 8,105 on Sunday.", "promise_to_pay", date="2026-11-29", amount="8105.00", partial=False, fam=["full-amount", "weekday", "gulf-week"]),
    # --- Officine Meccaniche Ferraro (IT, payment plan)
    R("S1607", at(23, "11:30", IT), "Good morning, the instalment of December (3.900 euro) we will pay the 10 December as agreed in the plan.", "promise_to_pay", date="2026-12-10", amount="3900.00", fam=["existing-plan", "european-amount", "non-native-it"]),
    R("S1607", at(24, "15:45", IT), "Dear, unfortunately this month we are late with the instalment, we pay it on Monday 30.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["existing-plan", "weekday-daynum", "non-native-it"]),
    R("S1607", at(26, "17:05", IT), "Hello, sorry, the bank holiday of 8 December block the transfer, so the instalment goes out on the 9th.", "promise_to_pay", date="2026-12-09", human=["partial"], fam=["holiday", "ordinal-alone", "non-native-it"]),
    R("S1607", at(27, "09:20", IT), "Buongiorno, we confirm the payment of the November rate by end of next week.", "promise_to_pay", date="2026-12-04", human=["partial"], fam=["end-of-next-week", "existing-plan", "non-native-it"], sender=0),
    R("S1607", at(25, "10:00", IT), "I inform you that the payment of 3.900,00 € is scheduled for the first working day of December.", "promise_to_pay", date="2026-12-01", amount="3900.00", fam=["first-working-day", "european-amount", "non-native-it"]),
    R("S1607", at(27, "16:00", IT), "good afternoon, we pay the rate within 10 days. Giulia", "promise_to_pay", date="2026-12-07", human=["partial"], fam=["within-days", "existing-plan"]),
    # --- Maple Ridge Dental Group (CA, legal)
    R("S1608", at(25, "10:50", CA), "Payment will go out the week of December 7th.", "promise_to_pay", date="2026-12-11", fam=["week-of", "legal-account"]),
    R("S1608", at(26, "16:30", CA), "Our lawyer has told us to pay the invoice in full and be done with this. Cheque mailed Monday.", "promise_to_pay", date="2026-11-30", fam=["cheque", "legal-account"]),
    R("S1608", at(27, "13:10", CA), "Office here. Dr. Desrosiers signed the cheque today; it goes in Monday's mail.", "promise_to_pay", date="2026-11-30", fam=["cheque", "signing-date", "legal-account"], sender=0),
    R("S1608", at(24, "11:15", CA), "We'll pay within 3 business days of receiving the revised statement your counsel promised us.", "promise_to_pay", human=["conditional"], fam=["condition", "legal-account"]),
    # --- Bluestem Brewing (Oregon)
    R("S1609", at(23, "19:10", PAC), "yep we'll get you paid friday 🍻", "promise_to_pay", date="2026-11-27", fam=["terse", "weekday", "emoji"]),
    R("S1609", at(24, "22:45", PAC), "Tess here. Slammed with the holiday rush, I'll run payment the 1st.", "promise_to_pay", date="2026-12-01", fam=["late-evening", "across-midnight", "ordinal-alone"]),
    R("S1609", at(25, "12:00", PAC), "Can do $540 next Tue and the rest on the 15th.", "promise_to_pay", date="2026-12-01", amount="540.00", fam=["abbreviated-weekday", "next-weekday", "partial-amount"]),
    R("S1609", at(27, "09:15", PAC), "Paying both once our distributor pays us (they say 12/4).", "promise_to_pay", human=["conditional"], fam=["condition-date", "us-numeric"], sender=0),
    R("S1609", at(26, "14:00", PAC), "Oh great, a payment reminder on Thanksgiving. Love that. Yes, you'll get your money. Monday.", "promise_to_pay", date="2026-11-30", fam=["sarcasm", "holiday", "weekday"]),
    R("S1609", at(26, "20:20", PAC), "Happy Thanksgiving lol. Paying you on the 30th, promise.", "promise_to_pay", date="2026-11-30", fam=["ordinal-alone", "holiday"]),
    R("S1609", at(23, "10:30", PAC), "Scheduled ACH for 12/2 for both invoices.\n– Bluestem books", "promise_to_pay", date="2026-12-02", fam=["us-numeric", "ach"], sender=0),
    R("S1609", at(25, "08:05", PAC), "Will pay this wk", "promise_to_pay", date="2026-11-27", fam=["this-week", "terse"]),
    # --- Lionsgate Marine Engineering (SG)
    R("S1610", at(23, "09:00", SG), "Dear Sir/Mdm,\nPlease be informed that payment for the above will be made via GIRO on 15/12/2026.\nThank you.\nAP Team", "promise_to_pay", date="2026-12-15", fam=["dd-mm-yyyy", "formal-ap"], sender=0),
    R("S1610", at(24, "14:30", SG), "Hi, we pay on our next payment cycle which is the 2nd Friday of Dec.", "promise_to_pay", date="2026-12-11", fam=["nth-weekday", "payment-cycle"]),
    R("S1610", at(27, "10:40", SG), "Payment will be made in 2 weeks' time.", "promise_to_pay", date="2026-12-11", fam=["in-two-weeks"]),
    R("S1610", at(26, "09:45", SG), "Hi, payment will be processed by this month end.", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("S1610", at(23, "17:55", SG), "Hi, invoices have been approved, payment in the week after next.", "promise_to_pay", date="2026-12-11", fam=["week-after-next", "approval"]),
    # --- Glenmorven Distillery (Scotland)
    R("S1611", at(23, "11:10", GB), "Euan here. We'll settle both on Monday week – note we're shut on the 30th for St Andrew's Day.", "promise_to_pay", date="2026-12-07", fam=["weekday-week", "holiday"]),
    R("S1611", at(24, "09:35", GB), "Our payment run is the last Thursday of each month – you'll be in this week's.", "promise_to_pay", date="2026-11-26", fam=["last-weekday-run", "month-end-run"]),
    R("S1611", at(26, "15:55", GB), "Hi, 16112 is going out today, 16111 will be in the December run (10th).", "promise_to_pay", date="2026-11-26", inv=["16112", "16111"], fam=["two-dates", "today"], sender=0),
    R("S1611", at(27, "08:50", GB), "We'll pay by the end of Q4, that's the best I can do.", "promise_to_pay", date="2026-12-31", fam=["quarter"]),
    R("S1611", at(25, "17:30", GB), "I'll get it paid before Christmas.", "promise_to_pay", date="2026-12-24", fam=["before-christmas"]),
    R("S1611", at(27, "11:20", GB), "Was going to be today, but the bank's systems are down – Monday now.", "promise_to_pay", date="2026-11-30", fam=["moved-date", "weekday"]),
    R("S1611", at(24, "19:40", GB), "Cheque's in the post tomorrow. Honestly.", "promise_to_pay", date="2026-11-25", fam=["sarcasm", "cheque", "tomorrow"]),
    # --- Harborview Charter School (US)
    R("S1612", at(23, "13:40", US), "Hi, the check request was approved at the board meeting last week. Checks are cut every other Friday; the next one is 12/4.", "promise_to_pay", date="2026-12-04", fam=["us-numeric", "meeting-before-payment", "check-run"]),
    R("S1612", at(24, "10:25", US), "We're waiting on our state funding allocation, which comes in early December; we will pay as soon as it posts.", "promise_to_pay", human=["conditional"], fam=["condition", "public-funding"]),
    R("S1612", at(25, "16:05", US), "Payment will be mailed by 12/11. Note our office is closed 11/25 at noon through 11/29 for Thanksgiving break.", "promise_to_pay", date="2026-12-11", fam=["us-numeric", "holiday-distractor"], sender=0),
    R("S1612", at(27, "09:40", US), "Linda: payment in full next Friday via ACH.", "promise_to_pay", date="2026-12-04", fam=["next-weekday"]),
    R("S1612", at(24, "14:45", US), "Payment is scheduled for 12/1. The PO close-out is routine and doesn't hold it up.", "promise_to_pay", date="2026-12-01", fam=["us-numeric"]),
]
