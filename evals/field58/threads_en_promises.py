"""English promises (field58): bank-holiday weeks, back-to-school cash squeezes, ranges, moved dates and payers that
are not the customer."""

from evals.field.build import Reply
from evals.field58.kit import AU, GB, IE, IN, IT, KE, NZ, US, at

R = Reply

REPLIES = [
    # --- Dovecote Portable Loos (Yorkshire, festival season)
    R("K5801", at(14, "08:12", GB), "Morning, all our units are still out at the folk festival. Janet will pay both on Friday.\n\nSent from my iPhone", "promise_to_pay", date="2028-08-18", fam=["weekday", "mobile"]),
    R("K5801", at(16, "17:45", GB), "We'll clear the 615 this week and the big one after the bank holiday, Tuesday 29th.", "promise_to_pay", date="2028-08-18", amount="615.00", fam=["two-dates", "this-week", "bank-holiday"]),
    R("K5801", at(21, "09:30", GB), "Payment will go between the 29th and the 31st, depending on when the Leeds Fest money lands.", "promise_to_pay", date="2028-08-31", fam=["date-range"]),
    R("K5801", at(23, "12:05", GB), "hi sorry. pay tues after bank hol. J", "promise_to_pay", date="2028-08-29", fam=["terse", "bank-holiday", "abbrev"]),
    R("K5801", at(24, "16:20", GB), "I had it down for Friday but the office is shut Monday for the bank holiday so realistically it'll be Tuesday 29 August.", "promise_to_pay", date="2028-08-29", fam=["moved-date", "bank-holiday"], sender=0),
    R("K5801", at(17, "10:40", GB), "Our owner is paying this from his own account (Haworth J) today or tomorrow at the latest — please don't send it to collections.", "promise_to_pay", date="2028-08-18", fam=["personal-account", "tomorrow-at-latest"]),
    R("K5801", at(25, "14:10", GB), "We'll pay once the council settles the Bingley Show invoice, probably mid-September.", "promise_to_pay", human=["conditional"], fam=["condition", "estimate"]),
    # --- Frostline Ice Cream Distributors (NJ, strategic)
    R("K5802", at(14, "11:20", US), "Dominic here. FL-7730 is approved and scheduled for our Thursday check run. FL-7781 goes the run after that (Aug 24).", "promise_to_pay", date="2028-08-17", fam=["payment-run", "two-dates"]),
    R("K5802", at(15, "15:05", US), "Hi - we are wiring $10,000 on Aug 18 toward INV-2027-58021 and the remainder by the 31st.", "promise_to_pay", date="2028-08-18", amount="10000.00", inv=["INV-2027-58021"], fam=["partial-amount", "two-dates"]),
    R("K5802", at(22, "09:50", US), "Our parent, Coldchain Holdings LLC, will settle both Frostline invoices next Wednesday. The wire will come from their Chase account, so please don't reject it.", "promise_to_pay", date="2028-08-30", fam=["parent-company", "next-weekday"], sender=0),
    R("K5802", at(28, "13:15", US), "Payment scheduled for 2028-09-05.", "promise_to_pay", date="2028-09-05", fam=["iso-date", "terse"], sender=0),
    R("K5802", at(30, "16:40", US), "We had you for the 1st but Labor Day pushes our ACH batch. Expect it on the 6th.", "promise_to_pay", date="2028-09-06", fam=["moved-date", "holiday"]),
    R("K5802", at(17, "08:55", US), "Yeah yeah, we know, you've sent 3 of these. Money goes out Monday. Happy now?", "promise_to_pay", date="2028-08-21", fam=["sarcasm", "weekday"]),
    # --- Saffron Ridge Campsites (Kerry)
    R("K5803", at(14, "21:15", IE), "Ciara here, it's peak week on the site and I'm doing the books at night. Will transfer the 1,950 on the 22nd and the 430 once the season's over.", "promise_to_pay", date="2028-08-22", amount="1950.00", fam=["partial-amount", "ordinal", "two-dates"]),
    R("K5803", at(18, "07:30", IE), "Both paid end of the month, promise.", "promise_to_pay", date="2028-08-31", fam=["end-of-month"]),
    R("K5803", at(23, "19:00", IE), "Will pay when the last of the August bookings are in - once the season winds down anyway.", "promise_to_pay", human=["undated"], fam=["vague", "after-holiday"]),
    R("K5803", at(28, "10:25", IE), "I'll sort it within 3 working days.", "promise_to_pay", date="2028-08-31", fam=["working-days"], sender=0),
    R("K5803", at(16, "22:40", IE), "My husband will pay it off his card from our personal account, probably Friday or Saturday.", "promise_to_pay", date="2028-08-19", fam=["personal-account", "range-two-days"]),
    # --- Bluewater Pool Services (Gold Coast, credit hold)
    R("K5804", at(15, "09:10", AU), "G'day, pool season hasn't started yet so cash is tight. We'll pay $3,000 on the 25th and the balance in September.", "promise_to_pay", date="2028-08-25", amount="3000.00", fam=["partial-amount", "southern-winter"]),
    R("K5804", at(21, "14:30", AU), "Tran says it'll be paid a fortnight from Friday.", "promise_to_pay", date="2028-09-08", fam=["fortnight-friday", "colleague-answers"], sender=0),
    R("K5804", at(24, "08:05", AU), "Payment will be made on 31/08.", "promise_to_pay", date="2028-08-31", fam=["numeric-day-first"]),
    R("K5804", at(29, "16:55", AU), "Full amount by this Friday, then can you please take us off hold so we can order chlorine for spring.", "promise_to_pay", date="2028-09-01", fam=["this-weekday", "credit-hold"]),
    # --- Tricolour Textbooks (Pune)
    R("K5805", at(14, "12:45", IN), "Dear Sir/Madam,\n\nKindly note that office is closed tomorrow on account of Independence Day. Payment of INV-2027-58051 shall be released on 17th August positively.\n\nThanks & Regards\nRohan Kulkarni\nFinance Manager", "promise_to_pay", date="2028-08-17", inv=["INV-2027-58051"], fam=["indian-english", "holiday", "ordinal"]),
    R("K5805", at(18, "16:10", IN), "Sir, the school orders season is going on and collections from schools are pending. We will do the needful by month end.", "promise_to_pay", date="2028-08-31", fam=["indian-english", "end-of-month"]),
    R("K5805", at(22, "11:00", IN), "Payment of USD 1,180 will be done between 4th and 8th September. Balance after Ganesh Chaturthi.", "promise_to_pay", date="2028-09-08", amount="1180.00", fam=["date-range", "partial-amount", "festival"]),
    R("K5805", at(25, "10:35", IN), "Please hold the reminders, payment is already in approval, will be released day after tomorrow.", "promise_to_pay", date="2028-08-27", fam=["day-after-tomorrow"], sender=0),
    R("K5805", at(30, "13:20", IN), "we will pay in 2 weeks time sir", "promise_to_pay", date="2028-09-13", fam=["in-two-weeks", "lowercase"]),
    # --- Gelateria Fratelli Sarno (Naples, August shutdown)
    R("K5806", at(14, "10:00", IT), "Good morning, we are closing for Ferragosto from tomorrow. The administration reopens 28 of August and the payment will be done in the first days of September.", "promise_to_pay", date="2028-09-01", fam=["non-native", "shutdown", "beginning-of-month"]),
    R("K5806", at(21, "18:30", IT), "Hello, I am the only one in office this week. Mr Sarno will make the bank transfer Monday when he is back from holidays.", "promise_to_pay", date="2028-08-28", fam=["one-person-office", "weekday"], sender=0),
    R("K5806", at(29, "09:15", IT), "We pay the 760 euro on Thursday and the 4.890 at 15 of September.", "promise_to_pay", date="2028-08-31", amount="760.00", fam=["non-native", "two-dates", "dotted-thousands"]),
    R("K5806", at(30, "11:50", IT), "Dear, the transfer is prepared, it will be executed with value 4 September.", "promise_to_pay", date="2028-09-04", fam=["value-date", "non-native"]),
    R("K5806", at(31, "17:05", IT), "We will pay you the 12 of september, when arrive the money from the summer kiosk in Positano.", "promise_to_pay", date="2028-09-12", human=["conditional"], fam=["condition", "non-native", "after-day"]),
    # --- Sunhaven Sunscreen Labs (Florida, legal)
    R("K5807", at(15, "10:05", US), "Per our counsel's letter of August 2, Sunhaven will remit $9,300.00 on or before September 15, 2028.", "promise_to_pay", date="2028-09-15", amount="9300.00", partial=False, fam=["legal-tone", "on-or-before"]),
    R("K5807", at(23, "14:40", US), "Marisol: wire is going out next Tuesday.", "promise_to_pay", date="2028-08-29", fam=["next-weekday", "terse"], sender=1),
    R("K5807", at(31, "09:25", US), "We will pay after our insurer releases the hurricane claim. Not before.", "promise_to_pay", human=["conditional"], fam=["condition", "curt"]),
    # --- Kestrel Lifeguard Training (Raglan, payment plan)
    R("K5808", at(16, "08:40", NZ), "Kia ora, this month's instalment of $1,100 goes in on the 20th as per the plan.", "promise_to_pay", date="2028-08-20", amount="1100.00", fam=["plan-instalment", "te-reo-greeting"]),
    R("K5808", at(22, "19:15", NZ), "Sorry we missed the instalment — school holidays meant no pool bookings. Will pay it Thursday.", "promise_to_pay", date="2028-08-24", fam=["weekday", "missed-instalment"]),
    R("K5808", at(29, "07:50", NZ), "Instalment will be paid early next week.", "promise_to_pay", date="2028-09-04", fam=["early-next-week"], sender=0),
    # --- Harbourside Marquee Hire (Cornwall)
    R("K5809", at(14, "13:35", GB), "Peter's on a wedding build in Padstow all week. I'm the only one in the office; he's asked me to say both invoices will be paid on Monday 21st.", "promise_to_pay", date="2028-08-21", fam=["one-person-office", "weekday-date"], sender=0),
    R("K5809", at(17, "20:10", GB), "We'll pay £1,500 next Friday and the rest once the Falmouth Week marquees are back and checked.", "promise_to_pay", date="2028-08-25", amount="1500.00", human=["conditional"], fam=["next-weekday", "partial-amount", "condition"]),
    R("K5809", at(24, "11:45", GB), "Sorry for the delay. Our accountant will transfer the full balance on the 1st of next month.", "promise_to_pay", date="2028-09-01", fam=["first-of-next-month"]),
    R("K5809", at(25, "15:30", GB), "Pay date moved from today to Tuesday — bank holiday Monday.", "promise_to_pay", date="2028-08-29", fam=["moved-date", "bank-holiday", "terse"]),
    R("K5809", at(30, "10:20", GB), "Paying 890 tomorrow morning from the business account. The 3150 will come from Peter's personal account, mid next month.", "promise_to_pay", date="2028-08-31", amount="890.00", fam=["personal-account", "two-dates", "partial-amount"]),
    # --- Jacaranda School Stationers (Nairobi)
    R("K5810", at(15, "09:00", KE), "Dear Northwind, schools open on 4th September and we are receiving payments from parents' associations. We shall clear the balance by 8th September.", "promise_to_pay", date="2028-09-08", fam=["back-to-school", "by-date"]),
    R("K5810", at(18, "15:25", KE), "Esther here. We will pay USD 1,000 via SWIFT on Tuesday and another 1,000 the following Tuesday.", "promise_to_pay", date="2028-08-22", amount="1000.00", fam=["partial-amount", "two-instalments-stated"]),
    R("K5810", at(23, "12:50", KE), "Payment to be effected within 10 days.", "promise_to_pay", date="2028-09-02", fam=["within-days"], sender=0),
    R("K5810", at(28, "08:30", KE), "Kindly bear with us, we will pay once KRA refunds our VAT.", "promise_to_pay", human=["conditional"], fam=["condition", "tax-refund"]),
    R("K5810", at(31, "17:10", KE), "We pay tomorrow.", "promise_to_pay", date="2028-09-01", fam=["tomorrow", "terse"], sender=0),
    # --- more voices across the English accounts
    R("K5801", at(29, "08:05", GB), "Back from the bank holiday. Payment for INV-2027-58011 goes in the Thursday run, 58012 I need to check.", "promise_to_pay", date="2028-08-31", inv=["INV-2027-58011", "INV-2027-58012"], fam=["payment-run", "weekday"]),
    R("K5803", at(31, "11:10", IE), "Last week of the season! We'll have it paid by mid-September, can't do sooner.", "promise_to_pay", date="2028-09-15", fam=["mid-month"]),
    R("K5805", at(16, "14:05", IN), "Payment for the PO TT/PO/2291 has been approved, transfer will be done on 21/08/2028.", "promise_to_pay", date="2028-08-21", inv=["INV-2027-58051"], fam=["numeric-day-first", "po-reference"]),
    R("K5806", at(16, "12:30", IT), "Sorry I am alone in the office because of Ferragosto. I can pay only the small invoice 58062 now, on Friday. For the other please wait Giuseppe.", "promise_to_pay", date="2028-08-18", inv=["INV-2027-58062"], fam=["one-person-office", "weekday", "loose-number"]),
    R("K5809", at(21, "16:45", GB), "<p>Will pay by Thursday 24th.</p>", "promise_to_pay", date="2028-08-24", html=True, fam=["outlook-html", "weekday-date"]),
    R("K5810", at(21, "10:15", KE), "Noted. Cheque deposit on Wednesday next week.", "promise_to_pay", date="2028-08-30", fam=["next-week-weekday", "cheque"]),
    R("K5802", at(24, "10:00", US), "AP here - Dominic approved below, both go in tomorrow's run.\n\nFrom: Dominic Romano\nSent: Thursday, August 24, 2028 9:48 AM\nTo: AP\nSubject: FW: Reminder\n\nAP team - please pay both Northwind invoices in tomorrow's run.", "promise_to_pay", date="2028-08-25", fam=["forwarded-chain", "tomorrow"], sender=0),
    R("K5803", at(21, "09:40", IE), "We'll pay you a bit each week: €500 this Friday.", "promise_to_pay", date="2028-08-25", amount="500.00", fam=["partial-amount", "this-weekday"]),
    R("K5804", at(17, "13:00", AU), "Accounts will process on the last business day of August.", "promise_to_pay", date="2028-08-31", fam=["last-business-day"], sender=0),
    R("K5807", at(28, "11:35", US), "Sunhaven payables: payment scheduled Sept 12.", "promise_to_pay", date="2028-09-12", fam=["abbrev-month"], sender=0),
    R("K5808", at(25, "09:05", NZ), "I'll pay the arrears by the 5th.", "promise_to_pay", date="2028-09-05", fam=["by-ordinal"]),
    R("K5805", at(28, "17:30", IN), "Payment will be processed in the first week of October after our quarter close.", "promise_to_pay", date="2028-10-01", fam=["more-than-30-days", "first-week-of-month"], sender=0),
    R("K5801", at(15, "11:55", GB), "Dear Sirs\nWe refer to your letter. Payment will be made in full on or before 31 August 2028.\nYours faithfully\nJ Haworth", "promise_to_pay", date="2028-08-31", fam=["formal", "on-or-before"]),
    R("K5809", at(28, "09:05", GB), "It's a bank holiday but I'm here — paid first thing Wednesday, you have my word.", "promise_to_pay", date="2028-08-30", fam=["bank-holiday", "weekday"]),
    R("K5810", at(16, "16:35", KE), "We will settle INV-2027-58102 this week and INV-2027-58101 next week.", "promise_to_pay", date="2028-08-18", inv=["INV-2027-58102", "INV-2027-58101"], fam=["two-dates", "this-week"]),
    R("K5806", at(23, "10:40", IT), "Ok we pay next week.", "promise_to_pay", date="2028-09-01", fam=["next-week", "terse"]),
    R("K5802", at(18, "12:25", US), "We can do it in two weeks from today.", "promise_to_pay", date="2028-09-01", fam=["in-two-weeks"], sender=0),
    R("K5803", at(25, "08:20", IE), "Transfer Tuesday, the kids go back to school Wednesday and I'll be free.", "promise_to_pay", date="2028-08-29", fam=["weekday", "back-to-school"]),
    R("K5804", at(31, "10:45", AU), "We'll get it paid in the next couple of weeks, mate.", "promise_to_pay", human=["undated"], fam=["vague", "couple-of-weeks"]),
    # --- a few more dated promises
    R("K5809", at(16, "08:15", GB), "Morning! Marquees are all back from the Fowey regatta so cash is in — paying the lot Friday.", "promise_to_pay", date="2028-08-18", fam=["weekday", "regatta"]),
    R("K5806", at(28, "12:20", IT), "Good morning, we are reopened today after the August holidays. The payment goes with the bank on 7/9.", "promise_to_pay", date="2028-09-07", fam=["non-native", "after-holidays", "numeric-day-first-ambiguous"]),
    R("K5810", at(24, "14:05", KE), "Dear Sir, kindly note the balance will be cleared on or before 2nd September.", "promise_to_pay", date="2028-09-02", fam=["on-or-before", "ordinal"], sender=0),
    R("K5803", at(15, "13:30", IE), "Assumption Day here is just another Tuesday, but we're mad busy. Transfer going in on Monday week.", "promise_to_pay", date="2028-08-28", fam=["monday-week"]),
    R("K5801", at(18, "16:55", GB), "Half on the 25th, half on the 1st. I'll send £1,547.50 first.", "promise_to_pay", date="2028-08-25", amount="1547.50", fam=["two-dates", "partial-amount", "pence"]),
    R("K5805", at(24, "09:10", IN), "Payment will be released on next Monday positively sir.", "promise_to_pay", date="2028-08-28", fam=["indian-english", "next-weekday"], sender=1),
]
