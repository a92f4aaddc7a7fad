"""English dated and undated commitments (field15): payment runs, meetings before payment, moved dates, ordinals,
locale numerics, fortnights and 'a week on Friday', holidays in five countries, late-evening replies."""

from evals.field.build import Reply
from evals.field15.kit import AE, AU, BR, GB, IE, KE, NZ, RO, US, VN, ZA, at

R = Reply
REPLIES = [
    # --- Harrowgate Driving School (GB, day-first)
    R("S1501", at(23, "09:12", GB), "Dawn here. Both will go in Thurs's BACS run.", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse"]),
    R("S1501", at(24, "16:40", GB), "Hello,\n\nWe pay suppliers on the last working day of the month, so you'll have it on Monday 30th.\n\nRegards\nDawn Kettering\nOffice Manager | Harrowgate Driving School\nPass first time with Harrowgate!", "promise_to_pay", date="2026-11-30", fam=["month-end-run", "weekday-ordinal"]),
    R("S1501", at(25, "11:03", GB), "Paying 15012 Tuesday week. 15011 I can't pay until the instructors confirm which lesson blocks it covers, some of them look like they were cancelled.", "promise_to_pay", date="2026-12-08", inv=["15012", "15011"], human=["conditional"], fam=["tuesday-week", "condition"], sender=0),
    R("S1501", at(26, "08:30", GB), "Morning. Payment of £1,840 on 4/12, the £395 one on 18/12.", "promise_to_pay", date="2026-12-04", amount="1840.00", fam=["uk-numeric", "two-dates", "partial-amount"]),
    R("S1501", at(27, "22:50", GB), "sorry for the slow reply, been on the road all day. will sort it first thing tomorrow", "promise_to_pay", date="2026-11-28", fam=["timezone", "late-evening", "lowercase"]),
    R("S1501", at(23, "13:00", GB), "We'll pay a fortnight today, cash flow is tight until the new intake starts.", "promise_to_pay", date="2026-12-07", fam=["fortnight"]),
    R("S1501", at(24, "10:20", GB), "Hi,\nThe directors meet on Wed 2nd Dec to sign off the payment run. Funds will leave us on Friday 4th.\nDawn", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "weekday-ordinal"]),
    R("S1501", at(25, "15:45", GB), "Thanks for the reminder, this will be paid w/c 7th December.", "promise_to_pay", date="2026-12-11", fam=["week-commencing"], sender=0),
    R("S1501", at(23, "10:05", GB), "Payment goes out a week on Friday.", "promise_to_pay", date="2026-12-04", fam=["friday-week", "terse"]),
    R("S1501", at(26, "23:10", GB), "Just seen this. Paying it tomorrow morning before my first lesson.", "promise_to_pay", date="2026-11-27", fam=["timezone", "late-evening"]),
    R("S1501", at(25, "09:00", GB), "Our accountant does the payments on Tuesdays. The next one is the 1st, you're on it.", "promise_to_pay", date="2026-12-01", fam=["ordinal-alone", "payment-run"]),
    R("S1501", at(27, "12:15", GB), "We'll pay as soon as the DVSA refunds for the cancelled tests come through. Nothing I can do before that, sorry.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"], sender=0),
    # --- Copper Kettle Event Catering (US, month-first, strategic)
    R("S1502", at(23, "10:15", US), "Hi – Maureen here. Both invoices are approved and will go out on our 12/3 ACH batch.", "promise_to_pay", date="2026-12-03", fam=["us-numeric", "payment-run"]),
    R("S1502", at(24, "17:55", US), "Our check run is normally Thursday but with the holiday it slips to Monday 11/30. You're on it.", "promise_to_pay", date="2026-11-30", fam=["holiday", "us-numeric", "moved-date"]),
    R("S1502", at(25, "11:40", US), "Good morning,\n\nINV-2026-15022 is scheduled for payment on 12/11/2026 per Net 30 from our receipt date.\n\nThank you,\nAccounts Payable\nCopper Kettle Event Catering LLC\n\nThis message may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.", "promise_to_pay", date="2026-12-11", inv=["15022"], html=True, fam=["outlook-html", "us-numeric-year", "formal-ap", "disclaimer"], sender=0),
    R("S1502", at(26, "23:30", US), "Happy Thanksgiving!! Wiring $7,000 on Monday, balance mid-December once the holiday party deposits clear.", "promise_to_pay", date="2026-11-30", amount="7000.00", human=["conditional"], fam=["holiday", "partial-amount", "late-evening"]),
    R("S1502", at(27, "08:20", US), "I'm out until Tuesday. When I'm back I'll approve it and it will be paid the Friday after.", "promise_to_pay", date="2026-12-04", fam=["relative-after-return"]),
    R("S1502", at(23, "14:10", US), "Approved for payment end of Q4.", "promise_to_pay", date="2026-12-31", fam=["quarter-end", "terse"], sender=0),
    R("S1502", at(27, "09:05", US), "12/4 for the smaller one, 12/18 for the $14,250.", "promise_to_pay", date="2026-12-04", fam=["us-numeric", "two-dates"]),
    # --- Brightwater Opticians (IE)
    R("S1503", at(23, "09:30", IE), "Hi, Siobhan here. That'll be paid on the 1st.", "promise_to_pay", date="2026-12-01", fam=["ordinal-alone"]),
    R("S1503", at(24, "12:12", IE), "Apologies for the delay. It's scheduled for 03/12 in our payment run.\n\nSiobhan Flanagan\nPractice Manager\nBrightwater Opticians – Eye care for all the family", "promise_to_pay", date="2026-12-03", fam=["uk-numeric", "payment-run"]),
    R("S1503", at(25, "16:20", IE), "We will pay three thousand now and the remaining 675 after Christmas.", "promise_to_pay", date="2026-11-25", amount="3000.00", fam=["amount-in-words", "partial-amount", "no-currency"]),
    R("S1503", at(26, "10:00", IE), "It was down for the 27th but it's been moved to Wed 9th Dec, our HSE reimbursements are running late this month.", "promise_to_pay", date="2026-12-09", fam=["moved-date", "weekday-ordinal"]),
    R("S1503", at(27, "11:11", IE), "Payment will be made by end of next week.", "promise_to_pay", date="2026-12-04", fam=["next-week"], sender=0),
    R("S1503", at(24, "14:35", IE), "It'll be paid Thursday fortnight, once we're over the month end.", "promise_to_pay", date="2026-12-10", fam=["weekday-fortnight"]),
    R("S1503", at(23, "20:30", IE), "Hi, this is Siobhan's husband, she asked me to answer this from my phone as her laptop is broken. She'll pay it Wednesday.", "promise_to_pay", date="2026-11-25", fam=["spouse", "unknown-sender"], sender="declan.flanagan1974@gmail.example"),
    R("S1503", at(27, "15:00", IE), "Will pay once we get the credit for the frames that came back, which your rep already agreed.", "promise_to_pay", human=["conditional"], fam=["condition", "credit-agreed"]),
    # --- Redgum Sawmill (AU, credit hold)
    R("S1504", at(23, "07:40", AU), "Gavin. Will pay the 8920 on Thurs if you take us off stop so the jarrah order can ship.", "promise_to_pay", date="2026-11-26", amount="8920.00", partial=False, human=["conditional"], fam=["abbrev-weekday", "credit-hold-condition", "no-currency"]),
    R("S1504", at(24, "18:05", AU), "mate it'll be the 15th. thats when the plantation pays us", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone", "reason-date"]),
    R("S1504", at(25, "12:30", AU), "Half this arvo, other half next Friday", "promise_to_pay", date="2026-11-25", human=["partial"], fam=["partial-share", "slang"]),
    R("S1504", at(26, "09:15", AU), "Payment scheduled for 4/12/26 (EFT).\nRedgum Sawmill Admin", "promise_to_pay", date="2026-12-04", fam=["au-numeric"], sender=0),
    R("S1504", at(27, "06:10", AU), "Paying Monday week.", "promise_to_pay", date="2026-12-07", fam=["monday-week", "terse"]),
    R("S1504", at(23, "11:50", AU), "Payment will be made on Wednesday 2 December.", "promise_to_pay", date="2026-12-02", fam=["weekday-date"], sender=0),
    R("S1504", at(27, "16:45", AU), "Will clear this EOM", "promise_to_pay", date="2026-11-30", fam=["eom", "terse"]),
    # --- Kaituna Roofing (NZ)
    R("S1505", at(23, "08:05", NZ), "Kia ora, Hemi here. Both invoices on the 20th as usual – sorry, we got behind with the storm jobs.", "promise_to_pay", date="2026-12-20", fam=["ordinal-alone", "weekend"]),
    R("S1505", at(24, "21:45", NZ), "Will pay tmrw", "promise_to_pay", date="2026-11-25", fam=["abbrev", "terse", "late-evening"]),
    R("S1505", at(25, "12:00", NZ), "INV-2026-15052 will be paid this Friday. 15051 is with our QS – he says the ridge capping delivered was 12 lengths short. I'll come back to you on that one.", "dispute", sec=["promise_to_pay"], date="2026-11-27", fam=["dispute-plus-promise", "short-delivery"]),
    R("S1505", at(26, "10:30", NZ), "Paying the lot on Tuesday 1 December, NZ time.", "promise_to_pay", date="2026-12-01", fam=["weekday-date", "timezone"]),
    R("S1505", at(27, "15:30", NZ), "can we do $500 a week from Monday until it's cleared?", "payment_plan_request", date="2026-11-30", amount="500.00", fam=["plan-weekly"]),
    R("S1505", at(23, "13:20", NZ), "Remittance will follow once payment is released on 30/11.\nAccounts – Kaituna Roofing", "promise_to_pay", date="2026-11-30", fam=["nz-numeric"], sender=0),
    R("S1505", at(26, "16:00", NZ), "We'll get that paid asap.", "promise_to_pay", human=["undated"], fam=["undated", "terse"], sender=0),
    R("S1505", at(25, "09:40", NZ), "Payment before the 10th.", "promise_to_pay", date="2026-12-10", fam=["before-ordinal"]),
    R("S1505", at(27, "08:55", NZ), "Can pay on the 4th or the 5th, whichever suits your end.", "promise_to_pay", date="2026-12-05", fam=["hedged", "ordinal-alone"]),
    # --- Sunbird Kindergarten Trust (ZA, payment plan)
    R("S1506", at(23, "09:00", ZA), "Good day\n\nInstalment 3 of 6, R3,600, will be paid on 1 December as per our arrangement.\n\nKind regards\nNomsa Dlamini\nPrincipal", "promise_to_pay", date="2026-12-01", amount="3600.00", fam=["instalment", "existing-plan"]),
    R("S1506", at(24, "15:30", ZA), "The governing body meets on Thursday evening; the bursar will pay the December instalment the following Monday.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["meeting-before-payment", "instalment"]),
    R("S1506", at(25, "10:10", ZA), "Good morning, the instalment will go off on payday, which is the 25th of next month.", "promise_to_pay", date="2026-12-25", human=["partial"], fam=["instalment", "holiday", "next-month-day"], sender=0),
    R("S1506", at(26, "11:25", ZA), "Parents' fees come in from the 3rd, so we'll pay R5 600 on Friday the 4th (the instalment plus R2 000 extra to catch up).", "promise_to_pay", date="2026-12-04", amount="5600.00", fam=["instalment", "weekday-ordinal", "space-thousands"]),
    R("S1506", at(27, "13:05", ZA), "We pay the instalment at the end of each month; November's goes on Monday.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["instalment", "month-end-run"], sender=0),
    # --- Lotus Pier Hotel (VN, non-native)
    R("S1507", at(23, "14:20", VN), "Dear Sir/Madam,\n\nWe have received your reminder. Our company will make payment for invoice 15071 on date 04/12/2026. Invoice 15072 will pay together.\n\nBest regards,\nTrang", "promise_to_pay", date="2026-12-04", inv=["15071", "15072"], html=True, fam=["outlook-html", "non-native-vi", "dd-mm-yyyy"]),
    R("S1507", at(24, "10:45", VN), "Dear,\nThe General Director is on business trip until 30/11 and will sign the payment order on 01/12, so the money will transfer to you on 02/12.\nThank you for understanding.", "promise_to_pay", date="2026-12-02", fam=["non-native-vi", "meeting-before-payment", "three-dates"]),
    R("S1507", at(25, "09:00", VN), "We will pay 50% on this week Friday and remain 50% in early of December.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["non-native-vi", "partial-share"]),
    R("S1507", at(26, "22:40", VN), "Sorry for late reply. Payment will make on next Monday.", "promise_to_pay", date="2026-11-30", fam=["non-native-vi", "next-weekday", "late-evening"]),
    R("S1507", at(27, "16:15", VN), "Dear Accounts Receivable,\nPayment for 2 invoices total USD 6,600 will be executed within 5 working days from today.\nAccounting Dept.\nLotus Pier Hotel – Da Nang", "promise_to_pay", date="2026-12-04", amount="6600.00", partial=False, fam=["working-days", "whole-balance-amount"], sender=0),
    R("S1507", at(26, "11:30", VN), "We confirm the payment on 10th of December, Thursday.", "promise_to_pay", date="2026-12-10", fam=["non-native-vi", "ordinal-of-month"]),
    R("S1507", at(24, "15:50", VN), "Please be informed the payment for 2 invoices will be transfer on mid of next month.", "promise_to_pay", date="2026-12-15", fam=["mid-month", "non-native-vi"], sender=0),
    # --- Hollow Oak Recording Studios (US, legal)
    R("S1508", at(23, "12:00", US), "Ray here. You'll get the $7,340 by Dec 15th. Please have your lawyers stand down.", "promise_to_pay", date="2026-12-15", amount="7340.00", partial=False, fam=["legal-account", "month-abbrev"]),
    R("S1508", at(25, "20:10", US), "Paying half Monday, half on the 15th, that's the best I can do. Talk to my attorney if that's not good enough.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["partial-share", "annoyed", "late-evening"]),
    R("S1508", at(26, "13:30", US), "Per our attorney's letter of November 20, a payment of $2,000 will be made on 12/1, with the balance to be discussed.", "promise_to_pay", date="2026-12-01", amount="2000.00", fam=["legal-account", "us-numeric", "partial-amount"]),
    R("S1508", at(27, "10:30", US), "Sending a cashier's check Monday the 7th.", "promise_to_pay", date="2026-12-07", fam=["weekday-ordinal", "cheque"]),
    # --- Savanna Diagnostic Laboratories (KE)
    R("S1509", at(23, "09:25", KE), "Dear Team,\n\nKindly note the payment for LPO 0871 is being processed and shall be remitted by 30th November 2026.\n\nRegards,\nWanjiru", "promise_to_pay", date="2026-11-30", html=True, fam=["outlook-html", "non-native-ke", "kindly"]),
    R("S1509", at(24, "11:00", KE), "Greetings. We are waiting for the Managing Director to approve on Thursday; once approved, payment goes out the next day.", "promise_to_pay", date="2026-11-27", fam=["meeting-before-payment", "non-native-ke"]),
    R("S1509", at(25, "14:40", KE), "Kindly be informed that we shall pay USD 880 on Friday and the balance by mid December.", "promise_to_pay", date="2026-11-27", amount="880.00", fam=["partial-amount", "non-native-ke"]),
    R("S1509", at(26, "10:05", KE), "We shall settle both invoices by 7/12/2026.", "promise_to_pay", date="2026-12-07", fam=["dd-mm-yyyy"]),
    R("S1509", at(27, "09:50", KE), "Noted with thanks. Payment has been scheduled for Wednesday the 2nd.", "promise_to_pay", date="2026-12-02", fam=["weekday-ordinal"], sender=0),
    R("S1509", at(26, "16:20", KE), "Dear Sir,\nThe payment will be effected upon receipt of funds from our insurer, which is delayed.\nFinance", "promise_to_pay", human=["conditional"], fam=["condition", "undated"], sender=0),
    R("S1509", at(27, "12:00", KE), "Payment will be done in the first week of December.", "promise_to_pay", date="2026-12-04", fam=["first-week-of-month"]),
    R("S1509", at(23, "15:15", KE), "Kindly be advised that payment shall be effected within 7 working days.", "promise_to_pay", date="2026-12-02", fam=["working-days"]),
    # --- Carpathian Signworks (RO, non-native)
    R("S1510", at(23, "10:40", RO), "Hello, we will make the payment until Friday, sorry for the delay.", "promise_to_pay", date="2026-11-27", fam=["non-native-ro", "until-means-by"]),
    R("S1510", at(24, "13:20", RO), "Good afternoon, the payment is planned for 1 December but 1 December is national day in Romania and banks are closed, so it will be on 2 December.", "promise_to_pay", date="2026-12-02", fam=["holiday", "moved-date", "non-native-ro"]),
    R("S1510", at(25, "09:35", RO), "We pay 15102 tomorrow and 15101 in the next week.", "promise_to_pay", date="2026-11-26", inv=["15102", "15101"], fam=["two-dates", "non-native-ro"]),
    R("S1510", at(26, "17:00", RO), "Sorry, my colleague told you 27.11 but the transfer is now for 3.12, our client paid us late.", "promise_to_pay", date="2026-12-03", fam=["moved-date", "dotted-date"]),
    R("S1510", at(27, "08:45", RO), "Payment in week 49.", "promise_to_pay", date="2026-12-04", fam=["calendar-week", "terse"], sender=0),
    R("S1510", at(24, "16:30", RO), "We will pay at the end of the year, when our customer (the city hall) pays us for the signs.", "promise_to_pay", date="2026-12-31", human=["conditional"], fam=["estimate-of-event", "condition"], sender=0),
    # --- Desert Rose Yoga Studios (AE)
    R("S1511", at(23, "11:15", AE), "Dear, inshallah we will transfer the amount on Sunday.", "promise_to_pay", date="2026-11-29", fam=["non-native-ar", "weekend"]),
    R("S1511", at(24, "14:00", AE), "Hello, the payment is ready, it will be sent after the National Day holiday, on 4th December.", "promise_to_pay", date="2026-12-04", fam=["holiday", "non-native-ar"]),
    R("S1511", at(25, "10:25", AE), "We pay 1500 on Thursday and the rest end of month", "promise_to_pay", date="2026-11-26", amount="1500.00", fam=["no-currency", "partial-amount"]),
    R("S1511", at(26, "23:55", AE), "Dear sir, tomorrow is Friday, weekend for us, so payment Monday please accept.", "promise_to_pay", date="2026-11-30", fam=["late-evening", "weekend", "non-native-ar"]),
    R("S1511", at(27, "13:40", AE), "We will pay in the first days of January, after our year-end audit is closed.", "promise_to_pay", date="2027-01-01", fam=["early-next-year", "reason-date"]),
    R("S1511", at(24, "09:10", AE), "The payment will be after 2 weeks, by the 8th of December.", "promise_to_pay", date="2026-12-08", fam=["ordinal-of-month", "non-native-ar"]),
    R("S1511", at(26, "12:20", AE), "Transfer on 12/12 from our Emirates NBD account.", "promise_to_pay", date="2026-12-12", fam=["numeric-unambiguous", "weekend"], sender=0),
    # --- Autoescola Caminho Certo (BR customer writing English)
    R("S1562", at(23, "10:00", BR), "Hi! Sorry my english. We will pay the two invoices day 30/11 by wire transfer, ok?", "promise_to_pay", date="2026-11-30", lang="en", fam=["non-native-br", "br-numeric"]),
    R("S1562", at(25, "14:30", BR), "Hello, the transfer will be on 3/12 because on 30/11 we have the payroll.", "promise_to_pay", date="2026-12-03", lang="en", fam=["non-native-br", "moved-date", "br-numeric"]),
    R("S1562", at(27, "18:20", BR), "We pay the 560 tomorrow and the 3420 on december 10", "promise_to_pay", date="2026-11-28", amount="560.00", lang="en", fam=["non-native-br", "two-dates", "no-currency"]),
]
