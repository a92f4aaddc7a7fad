"""English dated and undated commitments (field54): far-timezone senders (AU, NZ, IN, SG), quarter and fiscal year
ends at 30 September, Gandhi Jayanti, Queensland's King's Birthday, Columbus Day and Canadian Thanksgiving, dates quoted
only to be rejected, colleagues answering for someone on leave, sarcasm around a real promise."""

from evals.field.build import Reply
from evals.field54.kit import AUQ, AUW, EDT, GB, IE, IN, MDT, NZ, SG, ZA, at

R = Reply
REPLIES = [
    # --- Ironbark Farriers (Toowoomba, AEST all year, day-first)
    R("T5401", at(28, "07:40", AUQ), "Morning, Kylie here. Both invoices are in Thursday's EFT run.", "promise_to_pay", date="2027-09-30", fam=["weekday", "payment-run", "far-timezone"], sender=1),
    R("T5401", at(30, "16:10", AUQ), "Hi there,\nOur pay run is fortnightly and the next one is 14/10. You'll be in it.\nCheers\nKylie O'Brien\nOffice Manager | Ironbark Farriers\nNo hoof, no horse.", "promise_to_pay", date="2027-10-14", fam=["au-numeric", "payment-run", "signature"], sender=1),
    R("T5401", at(34, "06:55", AUQ), "G'day, public holiday here today (King's Birthday in Qld) so the bank won't process anything. I'll do the transfer first thing tomorrow.", "promise_to_pay", date="2027-10-05", fam=["holiday", "far-timezone", "early-morning"], sender=1),
    R("T5401", at(29, "21:30", AUQ), "will pay the 720 friday, the big one once the Toowoomba show prize money comes thru", "promise_to_pay", date="2027-10-01", amount="720.00", human=["conditional"], fam=["lowercase", "partial-amount", "condition", "late-evening"], sender=1),
    R("T5401", at(35, "09:15", AUQ), "Paying w/c 11 Oct.", "promise_to_pay", date="2027-10-15", fam=["week-commencing", "terse"]),
    R("T5401", at(30, "08:30", AUQ), "You've asked for it by 30 September – that's today and it's not going to happen, sorry. Realistically the 8th.", "promise_to_pay", date="2027-10-08", fam=["rejected-date", "ordinal-alone"], sender=1),
    R("T5401", at(28, "13:00", AUQ), "Honestly the earliest we can do is 15 November. The dry has knocked our trade around badly this year.", "promise_to_pay", date="2027-11-15", fam=["over-30-days", "day-month"], sender=1),
    R("T5401", at(31, "05:50", AUQ), "Up early for a shoeing job – will pay tomorrow when I'm back at the desk.", "promise_to_pay", date="2027-10-02", fam=["far-timezone", "early-morning", "weekend"], sender=1),
    # --- Tasman Ropeworks (Nelson, NZDT since 26 September)
    R("T5402", at(28, "08:05", NZ), "Kia ora, it'll be paid on the 20th as per our standard terms (20th of the month following statement).", "promise_to_pay", date="2027-10-20", fam=["ordinal-alone", "terms", "far-timezone"], sender=1),
    R("T5402", at(31, "07:30", NZ), "Just back from the wharf. Paying both today.", "promise_to_pay", date="2027-10-01", fam=["today", "far-timezone", "date-ahead-of-utc"], sender=1),
    R("T5402", at(34, "10:20", NZ), "The clocks went forward last week and so did our payment run – it's now Wednesday 13th.", "promise_to_pay", date="2027-10-13", fam=["moved-date", "weekday-ordinal", "dst"], sender=1),
    R("T5402", at(29, "14:00", NZ), "PO TRW-PO-3352 is approved, paying $1,240 (INV-2027-54004) on Friday. TRW-PO-3318 is still sitting with our ops manager.", "promise_to_pay", date="2027-10-01", amount="1240.00", inv=["INV-2027-54004"], fam=["po-reference", "partial-amount", "weekday"], sender=1),
    R("T5402", at(27, "06:10", NZ), "Morning – payment goes Thursday.", "promise_to_pay", date="2027-09-30", fam=["far-timezone", "date-ahead-of-utc", "weekday"], sender=1),
    R("T5402", at(30, "15:00", NZ), "We'll get this paid asap, just chasing a second signature.", "promise_to_pay", human=["undated"], fam=["undated", "asap"], sender=1),
    R("T5402", at(33, "11:00", NZ), "Rangi here, catching up on email on a Sunday (don't tell my wife). Paying Weds.", "promise_to_pay", date="2027-10-06", fam=["abbrev-weekday", "weekend", "far-timezone"], sender=1),
    # --- Nilgiri Harp & Strings (Chennai, IST)
    R("T5403", at(28, "11:45", IN), "Dear Sir/Madam,\n\nKindly note that the payment will be released on 05/10/2027.\n\nThanks & Regards,\nPriya Raman\nAccounts Head\nNilgiri Harp & Strings Pvt Ltd", "promise_to_pay", date="2027-10-05", fam=["indian-english", "numeric-day-first", "formal"], sender=1),
    R("T5403", at(30, "18:20", IN), "Payment will be done by this month end itself. Kindly bear with us.", "promise_to_pay", date="2027-09-30", fam=["indian-english", "month-end", "same-day"], sender=1),
    R("T5403", at(35, "10:05", IN), "Due to Gandhi Jayanti holiday on 2nd and the bank closure our transfer got delayed. Now it will be processed on Friday.", "promise_to_pay", date="2027-10-08", fam=["holiday", "moved-date", "weekday"], sender=1),
    R("T5403", at(29, "15:30", IN), "We will remit USD 815 tomorrow and the balance 3960 post our Diwali stock settlement.", "promise_to_pay", date="2027-09-30", amount="815.00", human=["conditional"], fam=["partial-amount", "condition", "indian-english"], sender=1),
    R("T5403", at(30, "12:15", IN), "Dear Sir,\n\nPriya madam is on leave. I have checked with her on phone – payment for INV-2027-54005 is scheduled for 7th Oct.\n\nRegards,\nSuresh\nAccounts", "promise_to_pay", date="2027-10-07", inv=["INV-2027-54005"], fam=["colleague-answers", "ordinal-month"], sender=0),
    R("T5403", at(32, "10:00", IN), "Sir, payment will be done end of this month.", "promise_to_pay", date="2027-10-31", fam=["month-end", "weekend", "indian-english"], sender=1),
    # --- Kallang Vertical Climbing (Singapore)
    R("T5404", at(27, "09:30", SG), "Hi, our cheque run is every 2nd and 4th Thursday. Yours is in the 14 Oct run.", "promise_to_pay", date="2027-10-14", fam=["payment-run", "day-month"], sender=1),
    R("T5404", at(32, "23:50", SG), "Sorry late reply. Will pay Mon.", "promise_to_pay", date="2027-10-04", fam=["abbrev-weekday", "late-evening", "far-timezone"], sender=1),
    R("T5404", at(36, "10:00", SG), "Payment scheduled 15/10 via GIRO.\nRgds, Jeremy", "promise_to_pay", date="2027-10-15", fam=["numeric-day-first", "terse"], sender=1),
    R("T5404", at(28, "16:40", SG), "Not by 30/9 as your reminder says – our finance closes the quarter first. Payment 12/10.", "promise_to_pay", date="2027-10-12", fam=["rejected-date", "numeric-day-first", "quarter-end"], sender=1),
    R("T5404", at(36, "00:20", SG), "transferring tmrw morning", "promise_to_pay", date="2027-10-07", fam=["far-timezone", "date-ahead-of-utc", "abbreviation"], sender=1),
    R("T5404", at(29, "11:00", SG), "Payment is planned in week 41.", "promise_to_pay", date="2027-10-15", fam=["calendar-week"], sender=0),
    R("T5404", at(30, "10:30", SG), "Dear Sir/Madam,\n\nPlease be informed that INV-2027-54007 and INV-2027-54008 have been approved and scheduled for payment on 08 October 2027.\n\nThank you.\n\nBest regards,\nFinance Department\nKallang Vertical Climbing Pte Ltd\n\nCONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please delete it and notify the sender.", "promise_to_pay", date="2027-10-08", html=True, fam=["outlook-html", "formal-ap", "disclaimer"], sender=0),
    # --- Cotswold Typewriter Restoration (GB, BST)
    R("T5405", at(27, "10:15", GB), "Hugh here. The Olympia platen arrived and works a treat. I'll pay Friday week.", "promise_to_pay", date="2027-10-08", fam=["friday-week"], sender=1),
    R("T5405", at(30, "16:45", GB), "We'll settle both on the first working day of October.", "promise_to_pay", date="2027-10-01", fam=["first-working-day"], sender=1),
    R("T5405", at(33, "19:05", GB), "Can't do tomorrow as I said on the phone – it'll be Tuesday.", "promise_to_pay", date="2027-10-05", fam=["rejected-date", "weekday", "weekend"], sender=1),
    R("T5405", at(29, "12:00", GB), "Our year end is 30 September and the accountant wants creditors cleared before it, so you'll have it by tomorrow.", "promise_to_pay", date="2027-09-30", fam=["fiscal-year-end", "tomorrow"], sender=1),
    R("T5405", at(35, "11:00", GB), "The 5th? Today? No chance I'm afraid, I'm at a fair in Harrogate all week. Monday 11th.", "promise_to_pay", date="2027-10-11", fam=["rejected-date", "weekday-ordinal"], sender=1),
    R("T5405", at(34, "13:30", GB), "Mid-October for both, I'm afraid.", "promise_to_pay", date="2027-10-15", fam=["mid-month"], sender=1),
    R("T5405", at(29, "17:20", GB), "Three reminders in a week for £390. Marvellous. It'll be paid on Monday, do try to contain yourselves.", "promise_to_pay", date="2027-10-04", fam=["sarcasm", "weekday"], sender=1),
    # --- Ridgeline Paragliding (Boise, MDT, strategic, month-first)
    R("T5406", at(28, "08:20", MDT), "Hi – Dana here. INV-2027-54012 is on our 10/7 ACH batch. 54011 is waiting for the tandem wing warranty paperwork from your side.", "promise_to_pay", date="2027-10-07", inv=["INV-2027-54012", "INV-2027-54011"], human=["conditional"], fam=["us-numeric", "condition", "two-invoices"], sender=1),
    R("T5406", at(30, "21:40", MDT), "Closing out the quarter tonight, payment goes tomorrow AM.", "promise_to_pay", date="2027-10-01", fam=["late-evening", "quarter-end", "date-behind-utc"], sender=1),
    R("T5406", at(35, "15:00", MDT), "Banks are closed Monday for Columbus Day, so the wire goes Tuesday 10/12.", "promise_to_pay", date="2027-10-12", fam=["holiday", "us-numeric"], sender=1),
    R("T5406", at(29, "10:10", MDT), "Our fiscal year closes 9/30 and we freeze disbursements for the close. Payment will go out 10/8.", "promise_to_pay", date="2027-10-08", fam=["fiscal-year-end", "us-numeric"], sender=0),
    R("T5406", at(27, "11:00", MDT), "Approved for payment end of next month.", "promise_to_pay", date="2027-10-31", fam=["end-of-next-month", "terse"], sender=0),
    R("T5406", at(35, "09:30", MDT), "Both are in the month-end run on the last business day of October.", "promise_to_pay", date="2027-10-29", fam=["month-end-run", "last-working-day"], sender=0),
    # --- Fenwick Printmaking (Dublin)
    R("T5407", at(28, "14:30", IE), "Aoife here – we'll pay the €460 this Friday and the €1,875 on the 15th.", "promise_to_pay", date="2027-10-01", amount="460.00", fam=["two-dates", "partial-amount"], sender=1),
    R("T5407", at(34, "09:05", IE), "Will be paid in the next 10 days, sorry for the delay.", "promise_to_pay", date="2027-10-14", fam=["within-days"], sender=1),
    R("T5407", at(31, "17:00", IE), "Payment on 8/10 by EFT.", "promise_to_pay", date="2027-10-08", fam=["numeric-day-first", "ambiguous-numeric"], sender=1),
    R("T5407", at(29, "10:00", IE), "We'll pay two weeks today.", "promise_to_pay", date="2027-10-13", fam=["two-weeks-today"], sender=0),
    R("T5407", at(30, "09:30", IE), "If you can send us the delivery docket for the press blankets by Friday we'll pay on Tuesday 5th.", "promise_to_pay", date="2027-10-05", human=["conditional"], fam=["condition-date", "weekday-ordinal"], sender=1),
    # --- Blue Ridge Forge (legal)
    R("T5408", at(29, "13:15", EDT), "Per the letter from your attorney, Cal will wire the full $8,230.00 on 10/15 to close this out.", "promise_to_pay", date="2027-10-15", amount="8230.00", partial=False, fam=["legal-account", "us-numeric", "full-amount"], sender=1),
    # --- Muskoka Harpworks (Ontario)
    R("T5409", at(30, "11:20", EDT), "Our office is closed Thanksgiving Monday, so the cheque goes out the day after.", "promise_to_pay", date="2027-10-12", fam=["holiday-relative", "canadian"], sender=1),
    R("T5409", at(34, "16:00", EDT), "Lindsay here. We pay on the 1st and the 15th – you'll be in the October 15th run.", "promise_to_pay", date="2027-10-15", fam=["payment-run", "month-ordinal"], sender=1),
    R("T5409", at(28, "09:40", EDT), "Paying both Thursday.", "promise_to_pay", date="2027-09-30", fam=["weekday", "terse"], sender=1),
    R("T5409", at(31, "09:00", EDT), "Payment in 3 weeks.", "promise_to_pay", date="2027-10-22", fam=["in-weeks", "terse"], sender=1),
    R("T5409", at(35, "13:00", EDT), "We'll pay, we just need a little more time. Harps don't exactly fly off the shelves in October.", "promise_to_pay", human=["undated"], fam=["undated", "wry"], sender=1),
    # --- Karoo Farrier & Tack (payment plan)
    R("T5410", at(28, "10:00", ZA), "Instalment 2 of 4, R7,100 on 30/09 as agreed.", "promise_to_pay", date="2027-09-30", amount="7100.00", fam=["instalment", "numeric-day-first"], sender=1),
    R("T5410", at(35, "08:45", ZA), "Marike here. Instalment 3 (R7 100) will go off on the 29th.", "promise_to_pay", date="2027-10-29", amount="7100.00", fam=["instalment", "ordinal-alone", "space-thousands"], sender=1),
    # --- Stirling Range Climbing (Perth, AWST, credit hold)
    R("T5411", at(29, "15:00", AUW), "Steph here. We'll transfer $2,000 on Friday and the remaining $3,720 on 15/10.", "promise_to_pay", date="2027-10-01", amount="2000.00", fam=["partial-amount", "two-dates", "far-timezone"], sender=1),
    R("T5411", at(34, "08:00", AUW), "Paying in full next Wednesday.", "promise_to_pay", date="2027-10-13", fam=["next-weekday"], sender=1),
    # --- Deccan Letterpress (Pune)
    R("T5412", at(27, "12:10", IN), "Payment will be made on 4th October without fail.", "promise_to_pay", date="2027-10-04", fam=["ordinal-month", "indian-english"], sender=1),
    R("T5412", at(33, "20:00", IN), "We will clear 54021 within 3 working days.", "promise_to_pay", date="2027-10-06", inv=["INV-2027-54021"], fam=["working-days", "weekend", "bare-number"], sender=1),
    R("T5412", at(36, "09:30", IN), "Payment by next week Tuesday for sure.", "promise_to_pay", date="2027-10-12", fam=["next-week-weekday", "indian-english"], sender=1),
    R("T5412", at(28, "14:00", IN), "We will pay in 15 days.", "promise_to_pay", date="2027-10-13", fam=["in-days"], sender=0),
    R("T5412", at(34, "15:30", IN), "Sending USD 1,000 today towards 54020, balance by 20/10.", "promise_to_pay", date="2027-10-04", amount="1000.00", inv=["INV-2027-54020"], fam=["partial-amount", "today", "two-dates"], sender=1),
]
