"""English dated and undated commitments (field63): Thanksgiving and Black Friday runs, Advent payment runs, the last
run before the Christmas shutdown, budget freezes as distractors, corrections, locale numerics, 'Monday week'."""

from evals.field.build import Reply
from evals.field63.kit import AE, AUQ, CA, GB, IE, IN, NZ, SG, USC, USE, USM, USP, ZA, at

R = Reply
REPLIES = [
    # --- Pinecrest Christmas Tree Farm (Oregon, month-first)
    R("H6301", at(11, 19, "08:40", USP), "Jenna here. We're slammed with the harvest but I'll pay both on Friday.", "promise_to_pay", date="2029-11-23", fam=["bare-weekday", "terse"]),
    R("H6301", at(11, 20, "17:15", USP), "Hi, our bookkeeper only comes in Tuesdays and Thursdays. She'll cut the payment Thursday — wait, that's Thanksgiving. Make it the following Tuesday, 11/27.", "promise_to_pay", date="2029-11-27", fam=["correction", "holiday", "us-numeric"]),
    R("H6301", at(11, 26, "07:55", USP), "Lot sales went great over the weekend. $6,480 goes out today, the $1,295 one on 12/7.", "promise_to_pay", date="2029-11-26", amount="6480.00", fam=["partial-amount", "two-dates", "today"]),
    R("H6301", at(12, 3, "19:30", USP), "Sorry, been on the lot till dark every day. Will pay after the last trees ship, so before Christmas for sure.", "promise_to_pay", date="2029-12-24", fam=["before-christmas", "late-evening"]),
    R("H6301", at(12, 10, "12:05", USP), "Payment scheduled 12/14/2029 via ACH.\n\nPinecrest Christmas Tree Farm – Accounts", "promise_to_pay", date="2029-12-14", fam=["us-numeric-year", "terse"], sender=0),
    R("H6301", at(11, 21, "10:00", USP), "See below – Jenna said to tell you.\n\n---------- Forwarded message ---------\nFrom: Jenna Halvorsen <j.halvorsen@pinecresttrees.example>\nDate: Tue, Nov 20, 2029 at 6:12 PM\nSubject: Re: Northwind\nTo: Accounts <accounts@pinecresttrees.example>\n\nPay Northwind on Monday please, both invoices. J", "promise_to_pay", date="2029-11-26", fam=["forwarded-chain", "bare-weekday"], sender=0),
    R("H6301", at(12, 17, "18:45", USP), "Christmas Eve is when I do the books. You'll get it then.", "promise_to_pay", date="2029-12-24", fam=["holiday-named", "late-evening"]),
    # --- Gobbler Ridge Turkey Farms (Minnesota, strategic)
    R("H6302", at(11, 19, "10:20", USC), "Good morning,\n\nINV-2027-63021 and INV-2027-63022 have been approved and are scheduled for our 11/29 ACH run. Please note our offices are closed Thursday and Friday for Thanksgiving.\n\nAccounts Payable\nGobbler Ridge Turkey Farms Inc.", "promise_to_pay", date="2029-11-29", html=True, fam=["formal-ap", "outlook-html", "holiday-distractor", "us-numeric"], sender=0),
    R("H6302", at(11, 21, "16:45", USC), "Dale here. Day before Thanksgiving and every bird is out the door. I'll release the $18,750 first thing Monday; the smaller one rides with our December 14 run.", "promise_to_pay", date="2029-11-26", amount="18750.00", fam=["holiday-eve", "partial-amount", "two-dates"]),
    R("H6302", at(11, 28, "09:10", USC), "Our December check run is Wednesday 12/12. Both invoices are on it.\n\nDale Lindqvist | Controller\nGobbler Ridge Turkey Farms Inc.\n\"From our farm to your table since 1962\"\nThis e-mail and any attachments may contain confidential and privileged information. If you are not the intended recipient, please notify the sender immediately and destroy this e-mail.", "promise_to_pay", date="2029-12-12", fam=["long-signature", "disclaimer", "payment-run"]),
    R("H6302", at(12, 5, "14:30", USC), "We go into budget freeze on 12/15 so I pushed it through early: wire goes Friday.", "promise_to_pay", date="2029-12-07", fam=["distractor-freeze", "bare-weekday"]),
    R("H6302", at(12, 18, "11:00", USC), "Dale from my personal email, work laptop is being reimaged. Approved the 3,420 for the 12/28 run.", "promise_to_pay", date="2029-12-28", amount="3420.00", fam=["unknown-sender", "personal-address", "partial-amount"], sender="dale.lindqvist@gmail.example"),
    # --- Parcelwise Fulfilment (New Jersey, credit hold)
    R("H6303", at(11, 27, "11:00", USE), "Rita (AP). Peak week, Cyber Monday volume nearly broke us. We'll pay INV-2027-63032 on Friday and the 9,860 once our client settles their storage invoice.", "promise_to_pay", date="2029-11-30", inv=["INV-2027-63032"], human=["conditional"], fam=["cyber-monday", "condition", "two-invoices"]),
    R("H6303", at(12, 4, "15:20", USE), "Payment for both invoices will be released on 12/11 once you lift the hold so the return-label stock can ship.", "promise_to_pay", date="2029-12-11", human=["conditional"], fam=["credit-hold-condition", "us-numeric"]),
    R("H6303", at(12, 17, "09:40", USE), "Paying 63031 Thursday. 63032 after New Year's.", "promise_to_pay", date="2029-12-20", inv=["INV-2027-63031", "INV-2027-63032"], fam=["terse", "bare-number", "two-dates"]),
    R("H6303", at(11, 20, "14:00", USE), "We'll pay as soon as our Black Friday client pays us. Nothing I can do before that.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "black-friday"]),
    # --- Limelight Pantomime (Bristol, day-first)
    R("H6304", at(11, 19, "13:10", GB), "Hi, Gemma here. Panto opens on Friday 30th, it's chaos. Payment will go on our BACS run on Tuesday 4th December, the run after opening night.", "promise_to_pay", date="2029-12-04", fam=["distractor-date", "weekday-ordinal"]),
    R("H6304", at(11, 20, "10:00", GB), "We'll pay a week on Friday.", "promise_to_pay", date="2029-11-30", fam=["friday-week", "terse"]),
    R("H6304", at(11, 29, "22:40", GB), "sorry only just seen this, between shows. £860 one tomorrow, big one once the box office takings are banked on the 10th", "promise_to_pay", date="2029-11-30", amount="860.00", fam=["late-evening", "lowercase", "partial-amount"]),
    R("H6304", at(12, 6, "09:30", GB), "Payment of £5,135 (both invoices) will be made on 14/12 with our last run before the Christmas shows.", "promise_to_pay", date="2029-12-14", amount="5135.00", partial=False, fam=["uk-numeric", "sum-of-two"]),
    R("H6304", at(12, 18, "11:20", GB), "Both are approved. Our finance person is off from the 21st so it'll go on the 20th.", "promise_to_pay", date="2029-12-20", fam=["distractor-date", "ordinal-alone"]),
    R("H6304", at(12, 13, "10:45", GB), "We'll pay in the new year, 31 January at the latest, that's when the Arts Council grant lands.", "promise_to_pay", date="2030-01-31", fam=["long-date", "reason-date"]),
    # --- Dales Mince Pie Bakery (Yorkshire)
    R("H6305", at(11, 20, "06:15", GB), "Tom. Up to our elbows in mincemeat. Pay you Thurs.", "promise_to_pay", date="2029-11-22", fam=["abbrev-weekday", "terse"]),
    R("H6305", at(11, 27, "14:00", GB), "The supermarkets pay us at the end of the month, so you'll have it 3rd December at the latest.", "promise_to_pay", date="2029-12-03", fam=["reason-date", "ordinal-month"]),
    R("H6305", at(12, 4, "16:50", GB), "Monday week, promise. The Christmas orders are all invoiced now.", "promise_to_pay", date="2029-12-17", fam=["monday-week", "terse"]),
    R("H6305", at(12, 12, "08:05", GB), "Hello\n\nThe payment will be made on 19th December.\n\nRegards\nOffice\nDales Mince Pie Bakery Ltd\nRegistered in England No. 04417762. This email and any attachments are confidential and intended solely for the addressee. Think before you print.", "promise_to_pay", date="2029-12-19", fam=["disclaimer", "ordinal-month"], sender=0),
    R("H6305", at(12, 19, "13:00", GB), "We'll get it paid asap, honestly. It's just mad here.", "promise_to_pay", human=["undated"], fam=["undated", "terse"]),
    # --- Twinkle & Co Festive Lighting (Cork, payment plan)
    R("H6306", at(11, 21, "10:30", IE), "Hi, Ciarán here. Instalment 3, €2,100, goes on the 30th as agreed.", "promise_to_pay", date="2029-11-30", amount="2100.00", fam=["instalment", "existing-plan"]),
    R("H6306", at(12, 3, "18:00", IE), "We're up ladders on Patrick Street every night till the switch-on. The December instalment will go on the 14th instead of the 30th.", "promise_to_pay", date="2029-12-14", human=["partial"], fam=["instalment", "moved-date", "distractor-date"]),
    R("H6306", at(12, 19, "09:00", IE), "The next one will be paid after St Stephen's Day, on Thursday 27th.", "promise_to_pay", date="2029-12-27", human=["partial"], fam=["holiday-named", "instalment", "weekday-ordinal"]),
    # --- Summit Lift Services (Colorado, strategic)
    R("H6307", at(11, 20, "08:00", USM), "Marisol here. Lifts open Wednesday for the season and I've barely slept. Both invoices go out on Friday 11/30 with our month-end run.", "promise_to_pay", date="2029-11-30", fam=["distractor-weekday", "us-numeric", "month-end-run"]),
    R("H6307", at(11, 30, "13:25", USM), "Hello,\n\nPlease be advised that INV-2027-63071 (PO SLS-88412) is scheduled for payment on 12/07/2029. INV-2027-63072 (PO SLS-88577) is pending goods receipt and will be scheduled once the receipt is posted.\n\nRegards,\nAccounts Payable | Summit Lift Services LLC\n\nCONFIDENTIALITY NOTICE: This message is intended only for the named recipient.", "promise_to_pay", date="2029-12-07", inv=["INV-2027-63071", "INV-2027-63072"], human=["conditional"], html=True, fam=["formal-ap", "outlook-html", "us-numeric-year", "condition"], sender=0),
    R("H6307", at(12, 14, "17:05", USM), "Year-end freeze starts Monday. I got it approved today, it goes out Tuesday the 18th.", "promise_to_pay", date="2029-12-18", fam=["distractor-freeze", "weekday-ordinal"]),
    R("H6307", at(12, 20, "10:00", USM), "Hello,\n\nPer our year-end process, payments approved after 12/14 will be released on 1/4/2030. Your invoices fall into that batch.\n\nAccounts Payable\nSummit Lift Services LLC", "promise_to_pay", date="2030-01-04", html=True, fam=["formal-ap", "outlook-html", "us-numeric", "next-year"], sender=0),
    # --- Frostline Ice Rinks (Ontario)
    R("H6308", at(11, 19, "12:40", CA), "Paul here. We pay on the 1st and the 15th. You'll be in the December 1 run. Actually that's a Saturday, so Monday the 3rd.", "promise_to_pay", date="2029-12-03", fam=["correction", "weekend-shift"]),
    R("H6308", at(11, 28, "10:15", CA), "We'll send $7,420 next Friday and the $1,380 after the holidays.", "promise_to_pay", date="2029-12-07", amount="7420.00", fam=["next-weekday", "partial-amount"]),
    R("H6308", at(12, 10, "15:55", CA), "Zamboni broke down and ate our budget this month. Can do it by the 21st.", "promise_to_pay", date="2029-12-21", fam=["ordinal-alone", "by-date"]),
    R("H6308", at(12, 20, "09:05", CA), "Payment will be issued on January 4, 2030, our first cheque run of the year.", "promise_to_pay", date="2030-01-04", fam=["next-year", "payment-run"], sender=0),
    R("H6308", at(12, 3, "11:10", CA), "Payment will be made early next week.", "promise_to_pay", date="2029-12-10", fam=["early-next-week"]),
    # --- Moreton Bay Prawn Co (Queensland, credit hold)
    R("H6309", at(11, 20, "06:30", AUQ), "Shane. Boat's in Thursday with the Christmas catch. Pay you Monday after we've sold it at the markets.", "promise_to_pay", date="2029-11-26", fam=["event-before-payment", "bare-weekday"]),
    R("H6309", at(12, 3, "19:10", AUQ), "Take us off stop and I'll pay the 5640 the same day. Otherwise it's January.", "promise_to_pay", amount="5640.00", partial=False, human=["conditional"], fam=["credit-hold-condition", "undated", "no-currency"]),
    R("H6309", at(12, 13, "07:00", AUQ), "EFT on 18/12, mate. Christmas prawns are going out the door.", "promise_to_pay", date="2029-12-18", fam=["au-numeric", "slang"]),
    R("H6309", at(11, 29, "18:00", AUQ), "Half Friday, half when the trawler's back from the Gulf.", "promise_to_pay", date="2029-11-30", human=["partial", "conditional"], fam=["partial-share", "condition"]),
    # --- Pohutukawa Garden Centre (Auckland)
    R("H6310", at(11, 21, "09:15", NZ), "Kia ora, Aroha here. Both will be paid on the 20th of next month as usual.", "promise_to_pay", date="2029-12-20", fam=["next-month-day"]),
    R("H6310", at(11, 27, "20:30", NZ), "Will pay tmrw night after close", "promise_to_pay", date="2029-11-28", fam=["abbrev", "terse", "late-evening"]),
    R("H6310", at(12, 5, "11:00", NZ), "Sorry, flat out with the Christmas trees. We'll pay the $540 Friday and the $2,230 on 14/12.", "promise_to_pay", date="2029-12-07", amount="540.00", fam=["partial-amount", "nz-numeric", "two-dates"]),
    R("H6310", at(12, 17, "10:10", NZ), "Payment is scheduled for 24/12/2029.\nAccounts - Pohutukawa Garden Centre", "promise_to_pay", date="2029-12-24", fam=["nz-numeric"], sender=0),
    R("H6310", at(12, 12, "14:00", NZ), "Sweet as, will pay end of the month.", "promise_to_pay", date="2029-12-31", fam=["end-of-month", "slang"]),
    # --- Shaadi Bells Banquets (Jaipur)
    R("H6311", at(11, 19, "11:45", IN), "Dear Sir,\nKindly note the payment for both the invoices will be released on 30th November after the wedding season collections. Please do the needful.\nRegards\nVikram Sharma", "promise_to_pay", date="2029-11-30", fam=["non-native-in", "ordinal-month"]),
    R("H6311", at(11, 26, "18:20", IN), "Dear Team,\nWe are having 14 weddings this week only. Payment of USD 6,890 will be done by 5th December and balance USD 1,470 by 15th December.\nThanks & Regards", "promise_to_pay", date="2029-12-05", amount="6890.00", fam=["non-native-in", "partial-amount", "two-dates"]),
    R("H6311", at(12, 7, "10:00", IN), "Payment will be done positively on Monday.", "promise_to_pay", date="2029-12-10", fam=["non-native-in", "bare-weekday"]),
    R("H6311", at(12, 14, "16:30", IN), "Sir, payment will be initiated on 19/12 after MD sign. Bank takes 2-3 days for SWIFT so kindly wait till 21st before reminding.", "promise_to_pay", date="2029-12-19", fam=["non-native-in", "transit-distractor"], sender=0),
    R("H6311", at(12, 20, "12:00", IN), "Payment will be released in first week of January after year closing, latest by 4th Jan.", "promise_to_pay", date="2030-01-04", fam=["next-year", "latest-by"]),
    # --- Lion City Cold Chain (Singapore)
    R("H6312", at(11, 20, "09:30", SG), "Hi, noted. Our payment run is every 2nd and 4th Thursday. This invoice will be paid on 22 Nov.", "promise_to_pay", date="2029-11-22", fam=["non-native-sg", "payment-run"]),
    R("H6312", at(12, 3, "14:10", SG), "Hi Northwind, PO LCC/PO/22917 has been matched. Payment will be made within 7 working days from today.", "promise_to_pay", date="2029-12-12", fam=["working-days", "po-mentioned"]),
    R("H6312", at(12, 18, "11:55", SG), "Can pay by this Friday lah, finance boss back already.", "promise_to_pay", date="2029-12-21", fam=["singlish", "this-weekday"]),
    R("H6312", at(11, 29, "16:20", SG), "The 8,310 will be paid 50% on 30 Nov and 50% on 14 Dec according to our cash flow.", "promise_to_pay", date="2029-11-30", human=["partial"], fam=["percentage-split", "two-dates"]),
    # --- Falcon Dunes Events (Dubai)
    R("H6313", at(11, 22, "10:05", AE), "Dear Sir,\nWe are busy with the National Day events. Payment will be processed after the holiday, on Tuesday 4th December InshaAllah.\nBest regards\nRahul", "promise_to_pay", date="2029-12-04", fam=["holiday", "non-native-ae", "weekday-ordinal"]),
    R("H6313", at(12, 9, "13:40", AE), "Dear, cheque is ready for signature. GM will sign on Wednesday and you can collect it from our office on Thursday.", "promise_to_pay", date="2029-12-13", fam=["meeting-before-payment", "cheque"]),
    R("H6313", at(12, 16, "09:20", AE), "Payment of 2,380 USD will be transfer on 20/12. Other invoice after year end closing.", "promise_to_pay", date="2029-12-20", amount="2380.00", fam=["partial-amount", "non-native-ae"]),
    R("H6313", at(11, 28, "09:30", AE), "Noted. Will settle both invoices by end of next week.", "promise_to_pay", date="2029-12-07", fam=["end-of-next-week"]),
    # --- Boland Youth Orchestra Trust (Stellenbosch, payment plan)
    R("H6314", at(11, 23, "12:00", ZA), "Good day\n\nInstalment four of R2 960 will be paid on Friday 30 November as per our arrangement.\n\nLiezl", "promise_to_pay", date="2029-11-30", amount="2960.00", fam=["instalment", "existing-plan"]),
    R("H6314", at(12, 12, "15:15", ZA), "The trust office closes on Friday 14 December until 7 January. The December instalment will go off before we close, tomorrow.", "promise_to_pay", date="2029-12-13", human=["partial"], fam=["distractor-dates", "instalment", "tomorrow"]),
    # --- Hearthstone Candle Works (Vermont, legal)
    R("H6315", at(12, 4, "09:00", USE), "Brandon here. Sold out of holiday candles, so finally I have money. Full $7,760 goes out Thursday. Tell your collections lawyer to relax.", "promise_to_pay", date="2029-12-06", amount="7760.00", partial=False, fam=["sarcasm", "legal-account", "bare-weekday"]),
    # --- Gingerbread Lane Toys (Edinburgh)
    R("H6316", at(11, 19, "09:45", GB), "Hi, Fiona here. We pay on the last working day of the month, so Friday 30th.", "promise_to_pay", date="2029-11-30", fam=["month-end-run", "weekday-ordinal"]),
    R("H6316", at(11, 26, "12:30", GB), "Oh good, another reminder, just what I needed in Black Friday week. Yes, it's being paid. Thursday. Happy now?", "promise_to_pay", date="2029-11-29", fam=["sarcasm", "bare-weekday"]),
    R("H6316", at(12, 3, "10:00", GB), "The £615 will go today. The £3,940 I'll have to you by mid-December.", "promise_to_pay", date="2029-12-03", amount="615.00", fam=["partial-amount", "today", "mid-month"]),
    R("H6316", at(12, 11, "15:40", GB), "Paying both on Thursday. No, sorry, Friday: the bank's cut-off on Thursday is 2pm and I'm at the warehouse all day.", "promise_to_pay", date="2029-12-14", fam=["correction", "bare-weekday"]),
    R("H6316", at(12, 20, "17:30", GB), "We close today for Christmas and reopen on 2 January. Payment will be made the day we reopen.", "promise_to_pay", date="2030-01-02", fam=["shutdown", "next-year"], sender=0),
    # --- Nutcracker Ballet Touring (Chicago)
    R("H6317", at(11, 20, "23:15", USC), "Elena here, writing from the tour bus. The Milwaukee venue settles with us after Saturday's show, so I'll pay you Monday.", "promise_to_pay", date="2029-11-26", fam=["late-evening", "timezone", "event-before-payment"]),
    R("H6317", at(11, 29, "08:20", USC), "Both approved for 12/6.", "promise_to_pay", date="2029-12-06", fam=["us-numeric", "terse"], sender=0),
    R("H6317", at(12, 10, "12:00", USC), "We'll pay within 10 days.", "promise_to_pay", date="2029-12-20", fam=["relative-span", "terse"]),
    R("H6317", at(12, 17, "16:00", USC), "Last show of the season is 12/23. We'll pay the 5,380 the day after Christmas and the 940 in January.", "promise_to_pay", date="2029-12-26", amount="5380.00", fam=["holiday-relative", "distractor-date", "partial-amount"]),
    R("H6317", at(12, 4, "09:00", USC), "Paying in two weeks.", "promise_to_pay", date="2029-12-18", fam=["relative-span", "terse"]),
]
