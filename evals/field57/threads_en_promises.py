"""English promises (field57): Irish, Japanese, Indian, British and US writers in the weeks before 31 March and Easter."""

from evals.field.build import Payment, Reply
from evals.field57.kit import BST, GB, IE, IN, JP, US, at

R = Reply
P = Payment

PAYMENTS: list[Payment] = []

REPLIES = [
    # --- Ashgrove Hurley Makers (IE)
    R("E5701", at(15, "09:10", IE), "Will pay Fri. Busy week with the Paddy's Day orders.\nCiarán", "promise_to_pay", date="2028-03-17", sender=1, fam=["abbrev-weekday", "holiday-talk", "terse"]),
    R("E5701", at(16, "22:45", IE), "Sorry, only seeing this now. We'll clear both after the bank holiday, Monday the 20th.", "promise_to_pay", date="2028-03-20", fam=["weekday-ordinal", "holiday-talk", "late-evening"]),
    R("E5701", at(14, "11:30", IE), "Hi, we'll pay the 740 on the 22nd and the big one before Easter.", "promise_to_pay", date="2028-03-22", amount="740.00", fam=["two-dates", "ordinal-alone", "before-easter", "partial-amount"]),
    R("E5701", at(21, "08:05", IE), "Payment going out tomorrow morning, first thing.", "promise_to_pay", date="2028-03-22", fam=["tomorrow"]),
    R("E5701", at(22, "13:40", IE), "We pay on 28/3. Grand.", "promise_to_pay", date="2028-03-28", fam=["numeric-day-first", "terse"]),
    R("E5701", at(23, "10:20", IE), "Was going to pay this Friday but the ash delivery ate the cash. Now Wednesday the 29th, promise.", "promise_to_pay", date="2028-03-29", fam=["moved-date", "weekday-ordinal"]),
    R("E5701", at(13, "16:00", IE), "Half on Friday (€1,430), rest end of month.", "promise_to_pay", date="2028-03-17", amount="1430.00", fam=["partial-share", "two-dates", "abbrev"]),
    R("E5701", at(24, "09:55", IE), "Yes yes, paying it. Week after next at the latest.", "promise_to_pay", date="2028-04-07", fam=["week-after-next", "impatient"]),
    # --- Kashiwa Bogu Kobo (JP)
    R("E5702", at(14, "10:15", JP), "Dear Sir or Madam,\n\nThank you very much for your continuous support.\nWe apologize for the delay of payment. We will remit the amount on March 24 without fail.\n\nBest regards,\nHiroshi Tanaka\nAccounting Section", "promise_to_pay", date="2028-03-24", sender=1, fam=["japanese-business-english", "month-name-date"]),
    R("E5702", at(15, "17:30", JP), "Dear Northwind Supplies,\n\nWe are sorry for your inconvenience. Because our fiscal year ends at March 31, the payment will be executed at the end of this fiscal year.\n\nKind regards,\nAccounting Section", "promise_to_pay", date="2028-03-31", fam=["japanese-business-english", "fiscal-year-end"]),
    R("E5702", at(16, "09:40", JP), "Dear Sir,\n\nWe confirmed your mail. Payment is scheduled on 25th of this month. But 25th is Saturday, so it will be 24th (Friday).\n\nBest regards,\nTanaka", "promise_to_pay", date="2028-03-24", sender=1, fam=["japanese-business-english", "self-correction", "weekend-shift"]),
    R("E5702", at(21, "11:05", JP), "Dear Sir or Madam,\n\nThank you for your reminder. We will pay after our year-end closing, from the new fiscal year budget, on April 10.\n\nBest regards,\nKeiri-ka (Accounting)", "promise_to_pay", date="2028-04-10", fam=["japanese-business-english", "fiscal-year-end", "new-budget"]),
    R("E5702", at(22, "14:20", JP), "Dear Sir,\n\nWe are deeply sorry. Our president is on business trip. After his approval we will remit promptly.\n\nBest regards,\nTanaka", "promise_to_pay", human=["conditional"], sender=1, fam=["japanese-business-english", "condition", "undated"]),
    # --- Sundarban Jute (IN)
    R("E5703", at(13, "12:30", IN), "Dear Sir/Madam,\n\nKindly note the payment of both invoices will be released on or before 20/03/2028.\n\nThanks & Regards,\nAccounts Dept.\nSundarban Jute Exports Pvt Ltd", "promise_to_pay", date="2028-03-20", fam=["indian-business-english", "numeric-day-first", "on-or-before"]),
    R("E5703", at(14, "15:45", IN), "Dear Team,\n\nPlease be informed that due to financial year closing we are doing the needful and payment will be processed by 31st March positively.\n\nRegards,\nRupa Banerjee\nFinance Head", "promise_to_pay", date="2028-03-31", sender=1, fam=["indian-business-english", "fiscal-year-end", "ordinal-month"]),
    R("E5703", at(15, "10:10", IN), "Dear Sir,\n\nWe will clear USD 1,460 tomorrow. Balance of INV-2027-57004 from FY28-29 funds in first week of April.\n\nRegards,\nAccounts", "promise_to_pay", date="2028-03-16", amount="1460.00", inv=["INV-2027-57004", "INV-2027-57005"], fam=["indian-business-english", "fiscal-year-end", "partial-amount", "two-dates"]),
    R("E5703", at(20, "18:20", IN), "Dear Sir,\nPayment will be done day after tomorrow. Kindly bear with us.\nRegards", "promise_to_pay", date="2028-03-22", fam=["indian-business-english", "day-after-tomorrow"]),
    R("E5703", at(21, "09:00", IN), "Sir, payment is under process and will be credited to your account within 3 working days.", "promise_to_pay", date="2028-03-24", fam=["indian-business-english", "working-days"]),
    R("E5703", at(22, "16:35", IN), "Dear Sir/Madam,\n\nWith reference to your mail, the payment of USD 9,180/- shall be remitted on 05.04.2028 after the new budget from 1st April is loaded in SAP.\n\nThanks & Regards,\nAccounts", "promise_to_pay", date="2028-04-05", fam=["indian-business-english", "dotted-date", "new-budget", "slash-dash-amount"]),
    R("E5703", at(23, "11:25", IN), "Dear Sir, we will pay on Monday. Sorry, Tuesday — Monday is bank closing for our year-end audit. Actually Wednesday 29th, as per our treasury. Regards, Rupa", "promise_to_pay", date="2028-03-29", sender=1, fam=["self-correction-twice", "indian-business-english", "weekday-ordinal"]),
    # --- Tarnside Trout Hatchery (GB)
    R("E5704", at(13, "08:30", GB), "Morning, will pay this Thursday.\nJean", "promise_to_pay", date="2028-03-16", sender=1, fam=["this-weekday"]),
    R("E5704", at(14, "14:00", GB), "We'll settle before the tax year ends on 5 April — our accountant wants it in this year's books.", "promise_to_pay", date="2028-04-05", fam=["uk-tax-year", "month-name-date"]),
    R("E5704", at(15, "19:50", GB), "Both will go on the BACS run next Tuesday.", "promise_to_pay", date="2028-03-21", fam=["next-weekday", "payment-run"]),
    R("E5704", at(16, "07:15", GB), "ok, paying £420 today and the rest when the spring stocking money comes in from the angling club.", "promise_to_pay", date="2028-03-16", amount="420.00", human=["conditional"], fam=["today", "partial-amount", "condition"]),
    R("E5704", at(17, "10:10", GB), "Payment early next week.", "promise_to_pay", date="2028-03-20", fam=["early-next-week", "terse"]),
    R("E5704", at(20, "12:00", GB), "We pay suppliers on the last working day of the month, so 31 March.", "promise_to_pay", date="2028-03-31", fam=["month-end-run", "month-name-date"]),
    R("E5704", at(21, "16:40", GB), "Right, it'll be Tuesday week. Hatchery's in the middle of spawning and I can't get to the bank.", "promise_to_pay", date="2028-04-04", sender=1, fam=["tuesday-week", "sarcasm-free", "reason"]),
    R("E5704", at(23, "09:45", GB), "We'll pay it the day before Good Friday.", "promise_to_pay", date="2028-04-13", fam=["holy-week", "relative-holiday"]),
    R("E5704", at(27, "11:20", BST), "Clocks went forward and so did our cash flow. Paying in a fortnight.", "promise_to_pay", date="2028-04-10", fam=["fortnight", "joke", "summer-time"]),
    # --- Zagros Rug Restoration (US, credit hold)
    R("E5705", at(14, "10:30", US), "We will pay on 3/24. Nowruz is next week and I want this off my desk before the holiday.", "promise_to_pay", date="2028-03-24", sender=1, fam=["us-month-first", "nowruz"]),
    R("E5705", at(15, "21:10", US), "Check goes out tomorrow. Sorry it took so long.", "promise_to_pay", date="2028-03-16", fam=["tomorrow", "late-evening", "cheque"]),
    R("E5705", at(16, "13:05", US), "Will wire $2,000 Friday and the remainder by 4/14.", "promise_to_pay", date="2028-03-17", amount="2000.00", fam=["partial-amount", "us-month-first", "two-dates"]),
    R("E5705", at(22, "09:25", US), "Paying after the Nowruz break, Monday the 27th.", "promise_to_pay", date="2028-03-27", fam=["nowruz", "weekday-ordinal"]),
    # --- Pune Planetarium Trust (IN, payment plan)
    R("E5706", at(14, "11:40", IN), "Dear Sir,\n\nThe next instalment of USD 4,200 as per agreed schedule will be released on 25th March.\n\nRegards,\nAnand Kulkarni\nAdministrator", "promise_to_pay", date="2028-03-25", amount="4200.00", sender=1, fam=["instalment", "indian-business-english", "ordinal-month"]),
    R("E5706", at(20, "10:00", IN), "Dear Sir, kindly note the trust's grant for FY 2028-29 will be credited on 1st April and we will pay immediately thereafter i.e. on 3rd April.", "promise_to_pay", date="2028-04-03", fam=["fiscal-year-end", "indian-business-english", "grant-date-then-payment"]),
    # --- Sapporo ice sculpture (JP, strategic)
    R("E5707", at(13, "16:20", JP), "Dear Northwind,\n\nThank you for your kind reminder. We will transfer on 2028/03/21.\n\nSincerely,\nYumiko Sato\nGeneral Affairs Dept.", "promise_to_pay", date="2028-03-21", sender=1, fam=["japanese-business-english", "iso-slash-date"]),
    R("E5707", at(17, "09:05", JP), "Dear Sir,\n\nAs our closing date is 20th and payment date is end of next month, this invoice will be paid at April 30. We would appreciate your understanding.\n\nBest regards,\nAccounts Payable", "promise_to_pay", date="2028-04-30", fam=["japanese-business-english", "closing-date-terms", "over-30-days"]),
    R("E5707", at(23, "13:50", JP), "Dear Sir,\n\nWe are very sorry. Payment will be made within this week.\n\nSato", "promise_to_pay", date="2028-03-24", sender=1, fam=["japanese-business-english", "this-week"]),
    # --- Bantry Bay Seaweed Baths (IE)
    R("E5708", at(13, "12:45", IE), "Hi there, we'll pay once the season opens on the 1st. Niamh", "promise_to_pay", date="2028-04-01", sender=1, fam=["ordinal-alone", "next-month"]),
    R("E5708", at(14, "18:05", IE), "paying thurs x", "promise_to_pay", date="2028-03-16", fam=["abbrev-weekday", "mobile", "terse"]),
    R("E5708", at(21, "10:30", IE), "We'll pay the €385 this week and the €1,320 in April when the tourists are back.", "promise_to_pay", date="2028-03-24", amount="385.00", fam=["partial-amount", "this-week", "vague-second-date"]),
    R("E5708", at(22, "15:15", IE), "Ah stop. Yes, we owe it. You'll have it Monday. Not this Monday, obviously, next Monday.", "promise_to_pay", date="2028-03-27", sender=1, fam=["sarcasm", "self-correction", "next-weekday"]),
    R("E5708", at(23, "08:50", IE), "Payment on the equinox was the plan, missed it, sorry. Tomorrow.", "promise_to_pay", date="2028-03-24", fam=["moved-date", "tomorrow", "equinox"]),
    # --- mixed voices
    R("E5701", at(17, "12:00", IE), "Lá Fhéile Pádraig sona! Paying next week.", "promise_to_pay", date="2028-03-24", fam=["next-week", "irish-greeting"]),
    R("E5703", at(24, "13:10", IN), "Dear Sir, please note payment will be done in the first week of April after year-end closing.", "promise_to_pay", date="2028-04-07", fam=["indian-business-english", "first-week-of-month", "fiscal-year-end"], note="'first week of April' read like 'next week': its Friday"),
    R("E5704", at(22, "10:30", GB), "I'll pay on Friday, if you can confirm the hatchery licence fee isn't on there.", "promise_to_pay", date="2028-03-24", human=["conditional"], sender=1, fam=["condition", "weekday"]),
    R("E5702", at(24, "10:45", JP), "Dear Sir,\n\nPayment: 3/31\nAmount: USD 6,420\n\nBest regards,\nAccounting Section", "promise_to_pay", date="2028-03-31", amount="6420.00", partial=False, fam=["japanese-business-english", "slash-date-month-first-jp", "table-like"], note="3/31 can only be 31 March; the amount is the whole balance"),
    R("E5705", at(20, "17:30", US), "Will pay in 10 days.", "promise_to_pay", date="2028-03-30", fam=["relative-days", "terse"]),
    R("E5708", at(24, "17:50", IE), "We'll get it paid by mid-April.", "promise_to_pay", date="2028-04-15", fam=["mid-month", "next-month"]),
    R("E5701", at(28, "09:15", BST), "Paying on Thursday, before we close for Holy Week. Not Holy Week — Easter week. Whatever, Thursday.", "promise_to_pay", date="2028-03-30", fam=["self-correction", "weekday", "summer-time"]),
    R("E5704", at(29, "13:20", BST), "Money's going out on the 3rd, first working day of the new tax quarter for us.", "promise_to_pay", date="2028-04-03", fam=["ordinal-alone", "next-month"]),
    R("E5703", at(28, "12:05", IN), "Dear Sir,\nAs discussed over phone with your Mr. Bruno, payment is scheduled for 7th April positively.\nRegards, Accounts", "promise_to_pay", date="2028-04-07", fam=["indian-business-english", "ordinal-month", "phone-reference"]),
    R("E5708", at(29, "11:00", BST), "Paid? Not yet. Will be by close of business Friday.", "promise_to_pay", date="2028-03-31", fam=["weekday", "cob"]),
    R("E5706", at(29, "15:10", IN), "Dear Sir, instalment-3 of USD 4,200 will be released after the first board meeting of new FY on 12/04/2028.", "promise_to_pay", date="2028-04-12", amount="4200.00", fam=["instalment", "numeric-day-first", "fiscal-year-end"]),
    R("E5707", at(28, "10:20", JP), "Dear Sir,\n\nWe will pay at the next payment day, April 10 (Mon).\n\nBest regards,\nAP", "promise_to_pay", date="2028-04-10", fam=["japanese-business-english", "payment-run"]),
    R("E5705", at(29, "12:40", US), "Monday.", "promise_to_pay", date="2028-04-03", fam=["one-word", "weekday"]),
    R("E5702", at(30, "09:30", JP), "Dear Sir,\n\nWe regret to inform that the payment is postponed from 3/31 to 4/7 because of closing works.\n\nBest regards,\nTanaka", "promise_to_pay", date="2028-04-07", sender=1, fam=["japanese-business-english", "moved-date", "fiscal-year-end"]),
]
