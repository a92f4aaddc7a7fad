"""English promises (field27, part A): Cornish cider, BC orchards, Bangladeshi jute, Nigerian starch, Philippine copra,
Oregon oysters, Queensland mangoes, Texas pecans, Connemara marble and Gdańsk amber."""

from evals.field.build import Reply
from evals.field27.kit import BD, CA, GB, IE, NG, PH, PL, QLD, USC, USW, at

R = Reply

DISCLAIMER = ("\n\n--\nThis e-mail and any files transmitted with it are confidential and intended solely for the use of the "
              "individual or entity to whom they are addressed. If you have received this e-mail in error please notify "
              "the sender immediately and delete it from your system. Any views or opinions presented are solely those of "
              "the author and do not necessarily represent those of Penwith Cider Press Ltd. Penwith Cider Press Ltd is "
              "registered in England and Wales, company no. 08841207. Please consider the environment before printing "
              "this e-mail. We will never ask you to change bank details by e-mail.")

REPLIES = [
    # --- Penwith Cider Press (GB)
    R("W2701", at(23, "07:12", GB), "will pay thu\n\nSent from my iPhone", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse-mobile"]),
    R("W2701", at(24, "11:30", GB), "Hi, both invoices are in the BACS run that goes out on the last working day of the month.", "promise_to_pay", date="2026-11-30", fam=["last-working-day", "payment-cycle"], sender=0),
    R("W2701", at(25, "15:05", GB), "Apologies for the silence, the pressing season has had every one of us in the barn. Payment will go across a week on Friday.", "promise_to_pay", date="2026-12-04", fam=["weekday-week", "over-polite"]),
    R("W2701", at(26, "09:40", GB), "We'll clear 92702 (£815) tomorrow and 92701 on 11/12, once the wassail weekend takings are banked.", "promise_to_pay", date="2026-11-27", amount="815.00", partial=False, inv=["92702", "92701"], fam=["two-dates", "locale-numeric-dayfirst", "reason-date"]),
    R("W2701", at(27, "13:20", GB), "Tamsin is off sick so I'm picking this up - I can see both approved and sitting in the run for Weds 2nd.", "promise_to_pay", date="2026-12-02", fam=["abbrev-weekday", "weekday-ordinal", "shared-mailbox"], sender=0),
    R("W2701", at(23, "16:45", GB), "We are waiting on the insurer to pay out for the flooded apple store. As soon as that lands you will be first in the queue.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("W2701", at(24, "08:05", GB), "Morning - see below from our MD, so it'll be the 3rd.\n\n---------- Forwarded message ---------\nFrom: Jory Pascoe\nTo: Tamsin Trewin\n\nPay Northwind on the 3rd, they've been patient with us. J", "promise_to_pay", date="2026-12-03", fam=["forwarded-chain", "see-below", "ordinal-alone"]),
    R("W2701", at(26, "18:30", GB), "Oh marvellous, a third reminder, exactly what a Thursday evening needed. Yes, fine, it will be paid on Monday.", "promise_to_pay", date="2026-11-30", fam=["sarcasm", "weekday"]),
    R("W2701", at(25, "10:10", GB), "We will settle INV-2026-92701 by 9 December.\n\nTamsin Trewin\nFinance Manager" + DISCLAIMER, "promise_to_pay", date="2026-12-09", inv=["92701"], fam=["long-disclaimer", "explicit-date"]),
    # --- Similkameen Orchard Packers (CA, strategic)
    R("W2702", at(23, "08:20", CA), "Good morning,\n\nPlease be advised that invoice INV-2026-92703 (PO SOP-77120) has been approved and is scheduled for our next cheque run on December 10, 2026.\n\nRegards,\nAccounts Payable\nSimilkameen Orchard Packers Inc.", "promise_to_pay", date="2026-12-10", inv=["92703"], fam=["formal-ap", "payment-cycle", "cheque-run"], sender=0),
    R("W2702", at(24, "14:50", CA), "Rajinder here. The board meets Dec 2 to sign off the Q4 payables; the cheque will be couriered on Friday Dec 4.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "weekday-date"]),
    R("W2702", at(25, "11:15", CA), "INV-2026-92704 ($2,390) goes out next week; INV-2026-92703 on Dec 15, when our grower settlement run is done.", "promise_to_pay", date="2026-12-04", amount="2390.00", partial=False, inv=["92704", "92703"], fam=["two-dates", "next-week", "reason-date"]),
    R("W2702", at(26, "09:30", CA), "Payment by EFT on the first business day of December.", "promise_to_pay", date="2026-12-01", fam=["first-working-day"], sender=0),
    R("W2702", at(27, "16:10", CA), "Hi,\n\nThanks for your patience. We are releasing $8,000.00 today against INV-2026-92703; the balance follows once our bank renews the operating line.\n\nRajinder Dhaliwal, CPA\nController", "promise_to_pay", date="2026-11-27", amount="8000.00", inv=["92703"], human=["conditional"], html=True, fam=["html-outlook", "partial-amount", "condition"]),
    R("W2702", at(23, "12:00", CA), "This will go out in our Dec 8 payment run, i.e. Tuesday.", "promise_to_pay", date="2026-12-08", fam=["restated-date", "payment-cycle"]),
    # --- Padma Golden Fibre Jute Mills (BD)
    R("W2703", at(23, "10:15", BD), "Dear Sir/Madam,\nGreetings from Padma Golden Fibre. We are kindly informing that your payment will be remitted on 3rd December through Sonali Bank by TT. Please kindly bear with us.\nWith best regards\nMizanur Rahman", "promise_to_pay", date="2026-12-03", fam=["non-native-bd", "ordinal-date", "over-polite"]),
    R("W2703", at(24, "17:40", BD), "Dear concern, payment of invoice 92706 shall be done within 5 working days from today.", "promise_to_pay", date="2026-12-01", inv=["92706"], fam=["non-native-bd", "working-days"]),
    R("W2703", at(25, "13:05", BD), "Sir, LC documents are under process at the bank. After bank make the acceptance we will release your payment, tentatively 10/12/2026.", "promise_to_pay", date="2026-12-10", human=["conditional"], fam=["non-native-bd", "condition", "locale-numeric-dayfirst"]),
    R("W2703", at(26, "11:50", BD), "Noted with thanks. Payment will be made on Sunday 6 December as our week is starting from Sunday.", "promise_to_pay", date="2026-12-06", fam=["non-native-bd", "weekend", "weekday-date"], sender=0),
    R("W2703", at(27, "09:25", BD), "Dear Madam, we will pay USD 4,000 on 2nd Dec and remaining before 20th Dec.", "promise_to_pay", date="2026-12-02", amount="4000.00", fam=["non-native-bd", "partial-amount", "two-dates"]),
    # --- Ogun Valley Starch Processors (NG, payment plan)
    R("W2704", at(23, "09:00", NG), "Good morning. The November instalment of $2,200 under our agreed plan will be paid on Wednesday.", "promise_to_pay", date="2026-11-25", amount="2200.00", fam=["instalment-existing-plan", "weekday", "non-native-ng"]),
    R("W2704", at(24, "15:30", NG), "Please note that we will effect payment of the December instalment latest 7th December, as scheduled.", "promise_to_pay", date="2026-12-07", fam=["instalment-existing-plan", "ordinal-date", "non-native-ng"], sender=0),
    R("W2704", at(26, "10:45", NG), "We are expecting our receivables from the Lagos distributor. Immediately they pay us, we shall clear the arrears.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "non-native-ng"]),
    R("W2704", at(27, "12:10", NG), "Kindly note that transfer will be done by close of business Monday 30/11/2026.", "promise_to_pay", date="2026-11-30", fam=["locale-numeric-dayfirst", "non-native-ng"]),
    # --- Mindanao Copra & Coconut Oil (PH)
    R("W2705", at(23, "14:00", PH), "Hi po! Payment for INV-2026-92709 is scheduled on Friday, thank you po.", "promise_to_pay", date="2026-11-27", inv=["92709"], fam=["non-native-ph", "weekday", "terse-mobile"]),
    R("W2705", at(24, "09:35", PH), "Good day. Kindly be informed that the check for PO MCC-4471 will be signed on Nov 30 and released on December 1st.", "promise_to_pay", date="2026-12-01", fam=["non-native-ph", "meeting-before-payment", "ordinal-date"], sender=0),
    R("W2705", at(25, "16:20", PH), "We will pay on the 15th, that is our cut-off for suppliers.", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone", "reason-date"]),
    R("W2705", at(26, "08:30", PH), "Sorry for late reply, we had typhoon signal no. 2 here and the office was closed. Payment will be processed next Tuesday.", "promise_to_pay", date="2026-12-01", fam=["non-native-ph", "next-weekday"]),
    R("W2705", at(27, "10:00", PH), "Noted, we will pay within this week.", "promise_to_pay", date="2026-11-29", fam=["this-week", "non-native-ph"], sender=0),
    # --- Netarts Bay Oyster (US, credit hold)
    R("W2706", at(23, "19:45", USW), "k. paying wed", "promise_to_pay", date="2026-11-25", fam=["terse-mobile", "abbrev-weekday"]),
    R("W2706", at(24, "10:30", USW), "Karen here. We'll pay after Thanksgiving, Monday the 30th.", "promise_to_pay", date="2026-11-30", fam=["holiday", "weekday-ordinal"]),
    R("W2706", at(25, "13:15", USW), "Look, I know the hold is on. Once the state lifts the harvest closure and we can sell again, you'll get paid.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("W2706", at(27, "09:05", USW), "Can do $1,500 on 12/4, rest mid-December.", "promise_to_pay", date="2026-12-04", amount="1500.00", fam=["locale-numeric-monthfirst", "partial-amount", "terse-mobile"]),
    # --- Bowen Ridge Mangoes (AU)
    R("W2707", at(23, "06:30", QLD), "G'day, we'll square up Thursday week.", "promise_to_pay", date="2026-12-03", fam=["weekday-week", "terse-mobile"]),
    R("W2707", at(24, "12:40", QLD), "Picking wraps up on the 4th and we pay all our suppliers the Monday after.", "promise_to_pay", date="2026-12-07", fam=["relative-to-event", "ordinal-alone"]),
    R("W2707", at(25, "17:10", QLD), "We'll pay 92712 this arvo and 92711 a fortnight from today.", "promise_to_pay", date="2026-11-25", inv=["92712", "92711"], fam=["two-dates", "relative-span", "terse-mobile"]),
    R("W2707", at(26, "08:00", QLD), "Payment is scheduled for 11/12.", "promise_to_pay", date="2026-12-11", fam=["locale-numeric-dayfirst"], sender=0),
    R("W2707", at(27, "15:30", QLD), "Darren's out on the tractor. He said to tell you Friday next week.", "promise_to_pay", date="2026-12-04", fam=["next-weekday", "shared-mailbox"], sender=0),
    # --- Brazos Pecan Shelling (US, legal)
    R("W2708", at(23, "11:20", USC), "Our attorney has advised us to pay the undisputed portion. A check for $5,000.00 will be mailed December 1.", "promise_to_pay", date="2026-12-01", amount="5000.00", fam=["legal-threat", "partial-amount", "cheque"]),
    R("W2708", at(25, "15:40", USC), "Wade Garza here. Tell your collections people to back off, I'll wire the full amount the Monday after Thanksgiving.", "promise_to_pay", date="2026-11-30", fam=["holiday", "relative-to-event", "tone-complaint"]),
    R("W2708", at(26, "08:00", USC), "Happy Thanksgiving. Payment goes out the first week of December, probably the Wednesday.", "promise_to_pay", date="2026-12-02", fam=["week-of", "holiday"], sender=0),
    # --- Connemara Green Marble (IE)
    R("W2709", at(23, "10:00", IE), "Hi there, that'll be paid Fri 4th.", "promise_to_pay", date="2026-12-04", fam=["abbrev-weekday", "weekday-ordinal", "terse-mobile"]),
    R("W2709", at(24, "14:15", IE), "We pay on the 8th - the holy day is no bother to the bank.", "promise_to_pay", date="2026-12-08", fam=["ordinal-alone", "holiday"]),
    R("W2709", at(25, "09:45", IE), "Niamh is on leave. I'll pay it before Christmas, promise.", "promise_to_pay", date="2026-12-24", fam=["holiday", "shared-mailbox"], sender=0),
    R("W2709", at(26, "16:30", IE), "We'll pay once the County Council signs off the grant for the quarry extension.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("W2709", at(27, "11:00", IE), "It will be with you on the 2nd of December, the day after our VAT return goes in.", "promise_to_pay", date="2026-12-02", fam=["ordinal-date", "distractor-date"]),
    # --- Bursztyn Motławski (PL)
    R("W2710", at(23, "08:45", PL), "Good morning, we will make the transfer in the 49th week.", "promise_to_pay", date="2026-12-04", fam=["calendar-week", "non-native-pl"]),
    R("W2710", at(24, "13:30", PL), "Dear Sirs, payment for both invoices is planned on 01.12.2026.", "promise_to_pay", date="2026-12-01", fam=["dotted-numeric", "non-native-pl"], sender=0),
    R("W2710", at(25, "10:20", PL), "Hello, we pay 92717 on Thursday, the bigger one at the end of December, because then we have the money from Christmas markets.", "promise_to_pay", date="2026-11-26", inv=["92717", "92716"], fam=["two-dates", "reason-date", "non-native-pl"]),
    R("W2710", at(26, "15:00", PL), "The transfer is ordered with execution date 30 November.", "promise_to_pay", date="2026-11-30", fam=["explicit-date", "non-native-pl"]),
    R("W2710", at(27, "09:10", PL), "We pay on the Monday after St. Nicholas day (6.12).", "promise_to_pay", date="2026-12-07", fam=["relative-to-event", "holiday", "non-native-pl"]),
]
