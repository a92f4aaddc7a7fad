"""English dated and undated commitments (field13): abbreviations, ordinals, locale numerics, spans, moved dates, timezones."""

from evals.field.build import Reply
from evals.field13.kit import AU, GB, IE, IN, NZ, US, USM, USW, ZA, at

R = Reply
MNL = "+08:00"  # Bayview's payables are keyed in by a shared-service desk in Manila
LAG = "+01:00"  # Greenfurrow's secretary answers from Lagos while visiting family
REPLIES = [
    # --- Larchmere Funeral Directors (GB, day-first)
    R("S1301", at(23, "09:41", GB), "Hi, payment Weds. Hywel", "promise_to_pay", date="2026-11-25", sender=1, fam=["abbrev-weekday", "terse"]),
    R("S1301", at(24, "15:20", GB), "Apologies for the delay, we've had a difficult few weeks here. Both invoices will be paid on Thurs 3rd Dec.\n\nKind regards\nAccounts\nLarchmere Funeral Directors Ltd\n\nLarchmere Funeral Directors is a member of the National Association of Funeral Directors. This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell us and delete it; do not copy, forward or disclose its contents. We are a family business and handle personal information with care in line with UK GDPR. Calls may be recorded.", "promise_to_pay", date="2026-12-03", fam=["weekday-ordinal", "long-signature"]),
    R("S1301", at(25, "08:02", GB), "13011 will be settled 2/12, the small one with it.", "promise_to_pay", date="2026-12-02", inv=["13011"], sender=1, fam=["uk-numeric-ambiguous", "terse"]),
    R("S1301", at(26, "12:15", GB), "We pay on the 1st of each month, so 1 December for these.", "promise_to_pay", date="2026-12-01", fam=["ordinal-alone"]),
    R("S1301", at(27, "17:48", GB), "We'll send £1,400 on Tuesday towards 13011, rest in the new year I'm afraid. Hywel", "promise_to_pay", date="2026-12-01", amount="1400.00", inv=["13011"], sender=1, fam=["partial", "weekday"]),
    R("S1301", at(23, "11:30", GB), "Sorted — paying the £540 one tomorrow and the bigger invoice on the 30th when the estate money comes in.", "promise_to_pay", date="2026-11-24", amount="540.00", fam=["two-dates", "tomorrow"], human=["conditional"], note="the larger invoice waits on an estate settlement; the 540 is the whole of 13012"),
    R("S1301", at(24, "10:05", GB), "Thanks for the nudge. Half of what's owed goes out Friday, the other half a fortnight after.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["partial-share", "fortnight"], note="half, no figure"),
    # --- Bayview Marina (US, month-first, strategic)
    R("S1302", at(23, "16:22", US), "Kristen here. 13021 is approved for our 12/3 check run, 13022 is in the one after.", "promise_to_pay", date="2026-12-03", inv=["13021", "13022"], sender=1, fam=["us-numeric", "two-dates"]),
    R("S1302", at(24, "07:55", MNL), "Good day! This is to inform you that the payment for INV-2026-13022 is scheduled on Friday, November 27. Thank you and God bless.\n\nMaricel D.\nAP Shared Services - Manila\nfor Bayview Marina Services LLC", "promise_to_pay", date="2026-11-27", inv=["13022"], fam=["non-native-en", "timezone", "shared-service"], sender=0),
    R("S1302", at(25, "22:50", USW), "Sorry late reply, on the road. We'll wire tomorrow morning first thing. K", "promise_to_pay", date="2026-11-26", sender=1, fam=["timezone", "tomorrow", "terse"], note="Wed 22:50 in -08:00: tomorrow is Thu 26 locally"),
    R("S1302", at(25, "10:12", US), "Payment will go out 12/1 minus the dockage credit we discussed — so $11,980 on 13021.", "promise_to_pay", date="2026-12-01", amount="11980.00", inv=["13021"], fam=["us-numeric", "hidden-partial"]),
    R("S1302", at(27, "09:03", US), "Happy Black Friday 🙄 Yes, we know. It's in Monday's batch.", "promise_to_pay", date="2026-11-30", fam=["sarcasm", "weekday"]),
    R("S1302", at(26, "13:30", MNL), "Hi Ma'am/Sir, kindly be advised the invoices are for payment on the 4th of December per our Net-60 cycle. Please disregard if already settled. Thanks po.", "promise_to_pay", date="2026-12-04", fam=["non-native-en", "ordinal-month"], sender=0),
    # --- Keystone Dental Lab (IE, Polish office manager)
    R("S1303", at(23, "10:10", IE), "Good morning, I will make the transfer on Wendsday, my boss sign it tomorow. Regards Agnieszka", "promise_to_pay", date="2026-11-25", sender=1, fam=["typo-weekday", "non-native-en", "meeting-before-payment"]),
    R("S1303", at(24, "14:44", IE), "We pay 4120 on 03.12, is ok?", "promise_to_pay", date="2026-12-03", amount="4120.00", partial=False, sender=1, fam=["dotted-date", "non-native-en", "terse"], note="the whole balance, no currency"),
    R("S1303", at(25, "09:27", IE), "Transfer is planned for 27/11 — sorry, correction, accountant says 1/12 as she is off Friday.", "promise_to_pay", date="2026-12-01", fam=["moved-date", "uk-numeric-ambiguous"]),
    R("S1303", at(26, "16:05", IE), "Payment within 3 working days. Keystone Accounts", "promise_to_pay", date="2026-12-01", fam=["working-days", "terse"], note="Fri 27, Mon 30, Tue 1", sender=0),
    R("S1303", at(27, "11:11", IE), "Dear Northwind, we will pay when the HSE pays our invoices, they are late 2 months with us also. Sorry for this.", "promise_to_pay", human=["conditional"], sender=1, fam=["conditional", "non-native-en"]),
    # --- Greenfurrow co-op (GB, payment_plan flag: instalments)
    R("S1304", at(23, "18:30", LAG), "Good evening, I am currently in Lagos but I have instructed the treasurer. Instalment 3 of 6, £1,225, will be paid on 30th November as per our arrangement. Kind regards, Moji", "promise_to_pay", date="2026-11-30", amount="1225.00", sender=1, fam=["instalment", "non-native-en", "timezone"]),
    R("S1304", at(24, "09:15", GB), "Next instalment of one thousand two hundred and twenty-five pounds leaves us on Monday.", "promise_to_pay", date="2026-11-30", amount="1225.00", fam=["instalment", "amount-in-words"]),
    R("S1304", at(25, "20:40", GB), "The committee meets on the 2nd and signs off payments then; the instalment will reach you on the 4th.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "instalment"], note="no amount written"),
    R("S1304", at(26, "08:20", GB), "Veg box season's over so cash is tight, but the plan payment (1225) goes EOM as usual.", "promise_to_pay", date="2026-11-30", amount="1225.00", fam=["eom", "instalment", "amount-no-currency"]),
    # --- Lantern Yard Theatre (AU, day-first)
    R("S1305", at(23, "13:05", AU), "G'day, opening night chaos here. Finance will pay both on 2/12. Cheers Josh", "promise_to_pay", date="2026-12-02", sender=1, fam=["uk-numeric-ambiguous", "informal"]),
    R("S1305", at(24, "10:48", AU), "Hi team, 13052 goes in today's run, and 13051 next Thurs.", "promise_to_pay", date="2026-11-24", inv=["13051", "13052"], fam=["two-dates", "today"]),
    R("S1305", at(25, "16:30", AU), "We can do $1,000 this Friday and the balance once box office from the Christmas season is in.", "promise_to_pay", date="2026-11-27", amount="1000.00", human=["conditional"], fam=["partial", "conditional"]),
    R("S1305", at(26, "09:12", AU), "Finance here. Our supplier runs are fortnightly on Wednesdays; yours will be in the 9 December run.", "promise_to_pay", date="2026-12-09", fam=["explicit-date"], sender=0),
    R("S1305", at(27, "08:00", AU), "Grant acquittal is due 3 Dec and once the next tranche lands we'll pay you. Realistically mid-December.", "promise_to_pay", date="2026-12-15", human=["conditional"], fam=["condition-date", "mid-month"], note="the acquittal date is a distractor; mid-December is an estimate hanging on the tranche"),
    # --- Corvid IT (IN, day-first)
    R("S1306", at(23, "11:40", IN), "Dear Sir/Madam,\n\nGreetings of the day!\n\nWith reference to your mail, we wish to inform that payment against INV-2026-13061 has been processed for release on 01/12/2026 post approval of competent authority.\n\nThanks & Regards\nRamesh Iyer\nFinance Executive", "promise_to_pay", date="2026-12-01", inv=["13061"], sender=1, html=True, fam=["html-outlook", "formal-ap", "non-native-en", "uk-numeric"]),
    R("S1306", at(24, "17:10", IN), "Hi, kindly note payment will be done by this week end only. Sorry for inconvenience caused.", "promise_to_pay", date="2026-11-28", sender=1, fam=["non-native-en", "weekend"], note="'this week end' = the Saturday"),
    R("S1306", at(25, "12:00", IN), "Payment of USD 2,820 (50%) shall be released on 30th Nov and remaining after receipt of client payment.", "promise_to_pay", date="2026-11-30", amount="2820.00", human=["conditional"], fam=["hidden-partial", "conditional", "non-native-en"]),
    R("S1306", at(26, "15:33", IN), "Dear Team, Invoice is under process, payment will be made in 7 working days. Regards AP", "promise_to_pay", date="2026-12-07", fam=["working-days", "non-native-en"], note="Fri 27, Mon 30, Tue 1, Wed 2, Thu 3, Fri 4, Mon 7", sender=0),
    R("S1306", at(27, "10:25", IN), "We will surely pay by 10th. Please stop reminders till then.", "promise_to_pay", date="2026-12-10", sender=1, fam=["ordinal-alone", "non-native-en"]),
    # --- Alpine Ridge Ski School (US Mountain, credit_hold)
    R("S1307", at(23, "19:45", USM), "Brett here. Lifts open Dec 12 and we'll have cash then. I'll pay the full 6890 on 12/14. Please lift the hold so we can get rental parts.", "promise_to_pay", date="2026-12-14", fam=["us-numeric", "condition-date"], amount="6890.00", partial=False, sender=1, note="the opening date is a distractor; whole balance"),
    R("S1307", at(24, "08:30", USM), "Office: a check for $2,500 gets mailed Friday. That's what we can do right now.", "promise_to_pay", date="2026-11-27", amount="2500.00", fam=["partial", "cheque"], sender=0),
    R("S1307", at(26, "21:55", USM), "Thanksgiving here, don't expect much from us. Payment Monday after the holiday.", "promise_to_pay", date="2026-11-30", sender=1, fam=["holiday", "weekday"]),
    R("S1307", at(27, "12:10", USM), "We'll pay end of next month when season pass revenue clears.", "promise_to_pay", date="2026-12-31", fam=["end-next-month", "over-30-days"]),
    # --- Inkwell & Press (NZ, day-first, +13)
    R("S1308", at(23, "07:15", NZ), "Morning! Both going through on Thursday's run. Tama", "promise_to_pay", date="2026-11-26", sender=1, fam=["weekday", "informal"]),
    R("S1308", at(24, "16:58", NZ), "Accounts: 13081 will be paid 1/12. The 388 we're querying with Tama separately, will come back to you.", "promise_to_pay", date="2026-12-01", inv=["13081"], fam=["uk-numeric-ambiguous"], sender=0),
    R("S1308", at(25, "23:50", NZ), "Sorry for the late one - it'll go out tomoz", "promise_to_pay", date="2026-11-26", sender=1, fam=["slang", "tomorrow", "timezone"], note="Wed 23:50 in +13:00"),
    R("S1308", at(26, "09:00", NZ), "We pay on the 20th of the month following invoice, so for 13082 that's 20 December. 13081 we'll clear on Monday.", "promise_to_pay", date="2026-11-30", inv=["13081", "13082"], fam=["two-dates", "terms"], note="the earlier commitment is Monday"),
    # --- Umhlanga Reef Divers (ZA, legal)
    R("S1309", at(23, "12:30", ZA), "Our attorney has advised us to settle. R38,400 will be paid on 4 December.", "promise_to_pay", date="2026-12-04", amount="38400.00", partial=False, sender=1, fam=["legal-account"]),
    R("S1309", at(25, "10:00", ZA), "Please tell your lawyers we'll pay R10 000 on the 1st and the rest in Jan.", "promise_to_pay", date="2026-12-01", amount="10000.00", fam=["legal-account", "partial", "space-thousands"]),
    # --- Osprey Timber Frames (GB, Nigerian/Ghanaian finance officer)
    R("S1310", at(23, "10:02", GB), "Good morning, kindly note that the sum of £9,120 will be remitted to your account on or before Friday 4th December. Thanks and best regards, Chidi", "promise_to_pay", date="2026-12-04", amount="9120.00", partial=False, inv=["13101"], sender=1, fam=["non-native-en", "weekday-ordinal"], note="the sum is 13101's balance"),
    R("S1310", at(24, "13:47", GB), "We're paying 13102 in wk 49.", "promise_to_pay", date="2026-12-04", inv=["13102"], fam=["calendar-week", "terse"]),
    R("S1310", at(25, "15:15", GB), "Purchase Ledger: payment run is the last working day of the month. You're on it.", "promise_to_pay", date="2026-11-30", fam=["month-end-run"], sender=0),
    R("S1310", at(26, "11:20", GB), "The week after next, once the site at Hexham signs off its stage payment. Sorry.", "promise_to_pay", date="2026-12-11", human=["conditional"], fam=["week-after-next", "conditional"]),
    R("S1310", at(27, "09:30", GB), "Pls note we'll pay the 1460 Mon and 9120 by the 15th.", "promise_to_pay", date="2026-11-30", amount="1460.00", inv=["13101", "13102"], sender=1, fam=["two-dates", "amount-no-currency", "abbrev-weekday"], note="an amount for the first of two dates is partial, as in field11"),
    # more variety across accounts
    R("S1301", at(25, "19:02", GB), "Tues week.", "promise_to_pay", date="2026-12-08", sender=1, fam=["tuesday-week", "terse"], note="the Tuesday after the coming Tuesday 1 Dec"),
    R("S1303", at(23, "08:15", IE), "Hello, payment will be with you by close of business Friday the 27th. Thanks, Keystone Accounts", "promise_to_pay", date="2026-11-27", fam=["weekday-ordinal"], sender=0),
    R("S1305", at(23, "18:20", AU), "Will transfer in 2 wks, we're between shows.", "promise_to_pay", date="2026-12-07", sender=1, fam=["weeks", "terse"]),
    R("S1306", at(24, "09:00", IN), "Dear Madam, payment of INR equivalent will be released in Q4 end. Regards", "promise_to_pay", date="2026-12-31", fam=["quarter", "non-native-en", "over-30-days"], sender=0),
    R("S1308", at(27, "14:22", NZ), "Payment tues 1 dec. Cheers", "promise_to_pay", date="2026-12-01", fam=["abbrev-weekday", "lowercase"]),
    R("S1310", at(24, "08:55", GB), "We will pay on thursday the 26th, apologies for the wait.", "promise_to_pay", date="2026-11-26", fam=["weekday-ordinal", "lowercase"]),
    R("S1302", at(24, "11:40", US), "AP: INV-2026-13021 and 13022 released for ACH on December 2nd.", "promise_to_pay", date="2026-12-02", inv=["13021", "13022"], fam=["month-ordinal"], sender=0),
    R("S1307", at(25, "06:45", USM), "Will pay asap. Brett", "promise_to_pay", human=["undated"], sender=1, fam=["undated", "terse"]),
    R("S1305", at(26, "11:58", AU), "Yep all good, we'll pay it before Christmas.", "promise_to_pay", date="2026-12-24", sender=1, fam=["before-christmas", "informal"]),
    R("S1301", at(26, "09:10", GB), "The payment is going out early next week.", "promise_to_pay", date="2026-11-30", fam=["early-next-week"]),
    R("S1303", at(26, "12:50", IE), "Our payment run is 2nd Tuesday of December — so you'll see it then.", "promise_to_pay", date="2026-12-08", fam=["nth-weekday-of-month"]),
    R("S1306", at(25, "18:45", IN), "Sir, by Monday surely amount will be credited. Kindly bear with us.", "promise_to_pay", date="2026-11-30", sender=1, fam=["non-native-en", "weekday"]),
    R("S1308", at(23, "12:00", NZ), "Not this week sorry, but next Fri for sure.", "promise_to_pay", date="2026-12-04", fam=["next-weekday", "abbrev-weekday"]),
    R("S1310", at(25, "10:30", GB), "We'd said the 27th but the director is away, so now Wednesday 2nd.", "promise_to_pay", date="2026-12-02", fam=["moved-date", "weekday-ordinal"]),
    R("S1302", at(26, "08:10", US), "We're closed for Thanksgiving. Payment will post on 11/30 when we're back.", "promise_to_pay", date="2026-11-30", fam=["us-numeric", "holiday"]),
    R("S1307", at(23, "13:00", USM), "If you release the hold today we'll pay the whole $6,890 next Tuesday.", "promise_to_pay", date="2026-12-01", amount="6890.00", partial=False, human=["conditional"], fam=["conditional", "next-weekday"]),
    R("S1305", at(24, "20:05", AU), "We'll pay your invoices in three weeks' time, sorry, tight month.", "promise_to_pay", date="2026-12-15", fam=["weeks"]),
    R("S1301", at(27, "10:20", GB), "We're a small family firm and we're not ignoring you. Money will be with you in 10 days.", "promise_to_pay", date="2026-12-07", sender=1, fam=["within-days"]),
    R("S1303", at(27, "16:40", IE), "Hi, invoice will be paid in our first run of January, 8/1.", "promise_to_pay", date="2027-01-08", fam=["uk-numeric", "over-30-days"]),
    R("S1306", at(27, "13:15", IN), "Dear Team,\n\nPlease see trailing mail below.\n\nRegards\nRamesh\n\n---------- Forwarded message ---------\nFrom: Anand Rao <anand.rao@corvid-it.example>\nTo: Ramesh Iyer\nSubject: Northwind payment\n\nRamesh, approve Northwind 13061 for the 3rd Dec batch.\n", "promise_to_pay", date="2026-12-03", inv=["13061"], sender=1, fam=["forward-see-below", "non-native-en"]),
    R("S1308", at(25, "10:10", NZ), "Payment will be this side of the 5th.", "promise_to_pay", date="2026-12-05", fam=["before-date", "idiom"], note="'this side of the 5th' = by the 5th"),
    R("S1310", at(26, "16:30", GB), "Half the balance on the 1st, the other half on the 15th. That was what I agreed with Carla.", "promise_to_pay", date="2026-12-01", human=["partial"], sender=1, fam=["partial-share", "ordinal-alone"], note="a stated split, not asking permission"),
    R("S1302", at(27, "15:30", US), "Will pay 1,935 on Dec. 4.", "promise_to_pay", date="2026-12-04", amount="1935.00", partial=False, inv=["13022"], fam=["month-abbrev", "amount-no-currency"], note="1,935 is 13022's balance"),
    R("S1304", at(27, "09:50", GB), "Instalment this month will be late, the 7th of Dec. Sorry.", "promise_to_pay", date="2026-12-07", fam=["instalment", "ordinal-month"]),
    R("S1309", at(27, "08:40", ZA), "We are paying. End of the week after next, as our bank facility is renewed on the 9th.", "promise_to_pay", date="2026-12-11", sender=1, fam=["week-after-next", "legal-account", "condition-date"]),
    R("S1301", at(24, "20:10", GB), "Hi, ill pay it fri when wages clear x", "promise_to_pay", date="2026-11-27", sender=1, fam=["abbrev-weekday", "typo", "mobile"]),
    R("S1305", at(27, "15:55", AU), "We'll pay the lot this arvo, promise.", "promise_to_pay", date="2026-11-27", sender=1, fam=["slang", "today"]),
    R("S1306", at(26, "10:40", IN), "Payment is in pipeline and will be credited by 05-Dec-2026.", "promise_to_pay", date="2026-12-05", fam=["dd-mon-yyyy", "non-native-en"]),
    R("S1308", at(24, "08:45", NZ), "Have asked the boss to sign it off Wed, payment the following day.", "promise_to_pay", date="2026-11-26", fam=["meeting-before-payment", "relative"]),
    R("S1310", at(23, "17:05", GB), "Our next BACS run is Thursday fortnight.", "promise_to_pay", date="2026-12-10", fam=["weekday-fortnight"], note="Thursday fortnight = the Thursday two weeks after the coming Thursday 26th"),
    R("S1303", at(24, "09:05", IE), "Will pay by EOW", "promise_to_pay", date="2026-11-27", fam=["eow", "terse"]),
    R("S1302", at(23, "12:45", US), "We'll pay a good chunk on the 30th, the remainder once Kristen has spoken to Bruno.", "promise_to_pay", date="2026-11-30", human=["partial"], sender=1, fam=["partial-undefined"]),
    R("S1307", at(27, "17:20", USM), "I can put $1,500 on a card over the phone next Wednesday if someone calls me.", "promise_to_pay", date="2026-12-02", amount="1500.00", fam=["card-by-phone", "partial"], sender=1),
]
