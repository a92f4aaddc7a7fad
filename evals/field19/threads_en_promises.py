"""English promises to pay in field19: date families written by native and non-native writers (IN, PL, HK, SA, IT, NG, SG)."""

from __future__ import annotations

from evals.field19.build import Payment
from evals.field19.build import Reply as R
from evals.field19.kit import AUTO, GB, HK, IN, IT, MT, NG, PL, QLD, SA, SG, US, USC, at

PAYMENTS: list[Payment] = []

REPLIES = [
    # --- abbreviated weekdays, weekday + ordinal, ordinals alone
    R("S1901", at(23, "08:12", GB), "Will pay Thurs. Sorry, Fiona", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse"]),
    R("S1901", at(24, "17:40", GB), "Both on the Fri run\n\nFiona MacRae\nPractice Manager | Thistlebank Vets\nSent from my iPhone", "promise_to_pay", date="2026-11-27", fam=["abbrev-weekday", "terse", "mobile"]),
    R("S1911", at(23, "10:05", USC), "Loretta here. Check goes out Weds for both of these.", "promise_to_pay", date="2026-11-25", fam=["abbrev-weekday", "cheque"]),
    R("S1911", at(24, "14:30", USC), "We'll be paying on Tuesday the 8th, the board meets the 3rd and signs the checks then.", "promise_to_pay", date="2026-12-08", fam=["weekday-ordinal", "meeting-before-payment"]),
    R("S1909", at(25, "09:15", QLD), "G'day, it'll be paid on the 4th. Cheers Jake", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone", "terse"]),
    R("S1909", at(26, "16:50", QLD), "Mon 7th for 19091, 19092 goes today.", "promise_to_pay", date="2026-11-26", inv=["19091", "19092"], fam=["weekday-ordinal", "two-dates"], note="19092 today, 19091 on Monday 7 December"),
    R("S1903", at(23, "11:20", IN), "Dear Sir/Madam,\n\nKindly note that payment for INV-2026-19031 will be released on 2nd December positively. Delay is regretted.\n\nThanks & Regards\nRamesh Iyer\nSenior Accounts Executive", "promise_to_pay", date="2026-12-02", inv=["19031"], fam=["non-native-in", "ordinal-month"]),
    R("S1903", at(25, "15:45", IN), "Dear Team,\n\nWe will do the needful. Payment of both invoices shall be processed by this Friday itself. Please do not send further reminders.\n\nRegards,\nRamesh", "promise_to_pay", date="2026-11-27", fam=["non-native-in", "this-weekday"]),
    R("S1904", at(24, "09:30", PL), "Good morning,\nthe payment for invoice 19041 we will make on 1.12. The second invoice (19042) we have not in the system yet, please send it again.\nBest regards\nAgnieszka Nowak", "promise_to_pay", sec=["invoice_resend"], date="2026-12-01", inv=["19041", "19042"], fam=["non-native-pl", "dotted-numeric", "copy-with-promise"]),
    R("S1904", at(26, "13:10", PL), "Hello, transfer is planned for 7.12.2026. Regards, A. Nowak", "promise_to_pay", date="2026-12-07", fam=["non-native-pl", "dotted-numeric"]),
    R("S1907", at(23, "12:00", IT), "Good day, we confirm you the payment of both invoices for the 10 of December. We apologise for the retard, our administration was closed for the fair in Carrara.\nBest regards\nGiulia Bassani", "promise_to_pay", date="2026-12-10", fam=["non-native-it", "day-month"]),
    R("S1907", at(27, "18:20", IT), "Dear, the bank transfer will go the day 4/12, we are waiting the Riba of one client.", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["non-native-it", "day-first-numeric", "condition"], note="day-first locale, 4 December"),
    R("S1912", at(24, "10:40", NG), "Good morning ma,\n\nWe are in receipt of your mail. Management has approved the payment and it will hit your account latest Tuesday next week. Pls bear with us.\n\nChidi Adeyemi", "promise_to_pay", date="2026-12-01", fam=["non-native-ng", "weekday-next-week"]),
    R("S1912", at(26, "21:55", NG), "Noted. We shall pay INV-2026-19122 tomorrow morning by God's grace. The 19121 we are still reconciling.", "promise_to_pay", date="2026-11-27", inv=["19122", "19121"], fam=["non-native-ng", "tomorrow", "late-evening"]),
    R("S1910", at(23, "09:00", SG), "Hi, noted with thanks. Will arrange payment by end of the month for both.\n\nMelissa", "promise_to_pay", date="2026-11-30", fam=["month-end", "singlish"]),
    R("S1910", at(25, "14:25", SG), "Hi, our payment run is last working day of month, so 30 Nov. Pls don't chase before that lah.", "promise_to_pay", date="2026-11-30", fam=["last-working-day", "singlish"]),
    R("S1901", at(27, "16:10", GB), "Our payment run is the last working day of December, you're on it.", "promise_to_pay", date="2026-12-31", fam=["last-working-day"]),
    # --- locale numerics: US month-first, UK day-first
    R("S1911", at(25, "08:45", USC), "Should be mailed 12/4.", "promise_to_pay", date="2026-12-04", fam=["us-numeric", "terse"], note="US month-first: December 4"),
    R("S1911", at(27, "11:30", USC), "Loretta again - correction, the check date will be 12/10 not 12/4. Co-op treasurer is out.", "promise_to_pay", date="2026-12-10", fam=["us-numeric", "moved-date"]),
    R("S1902", at(24, "13:15", US), "Hi - both are approved and scheduled for ACH on 12/2.\n\nDana Kowalczyk | Controller\nPrairie Lantern Brewing Co.\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the intended recipient. If you are not the intended recipient, please do not read, distribute or take action in reliance upon this message. If you have received this in error, please notify us immediately by return e-mail and promptly delete this message and its attachments from your computer system. We do not waive attorney-client or work product privilege by the transmission of this message.", "promise_to_pay", date="2026-12-02", fam=["us-numeric", "long-disclaimer"]),
    R("S1901", at(25, "10:30", GB), "Hi, paying 4/12 when the insurance money lands. Fiona", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["uk-numeric", "condition"], note="GB day-first: 4 December"),
    R("S1901", at(26, "09:05", GB), "Can confirm 19011 will go on 03/12/2026.", "promise_to_pay", date="2026-12-03", inv=["19011"], fam=["uk-numeric"]),
    R("S1909", at(24, "07:45", QLD), "Paying 1/12, mate.", "promise_to_pay", date="2026-12-01", fam=["au-numeric", "terse"]),
    # --- relative spans
    R("S1911", at(23, "16:00", USC), "We can pay it in two weeks.", "promise_to_pay", date="2026-12-07", fam=["in-two-weeks", "terse"]),
    R("S1909", at(23, "11:10", QLD), "We'll square up the week after next, Friday probably.", "promise_to_pay", date="2026-12-11", fam=["week-after-next"]),
    R("S1903", at(24, "12:00", IN), "Sir, payment will be made within 10 days from today. Kindly bear.", "promise_to_pay", date="2026-12-04", fam=["within-days", "non-native-in"]),
    R("S1904", at(25, "08:15", PL), "We pay in week 50. Regards", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "non-native-pl"], note="week 50 without a day: its Friday"),
    R("S1910", at(24, "16:40", SG), "Payment within 3 working days upon approval, approval done already this morning.", "promise_to_pay", date="2026-11-27", fam=["working-days", "singlish"]),
    R("S1912", at(23, "09:30", NG), "We are paying this quarter, definitely before the year closes.", "promise_to_pay", date="2026-12-31", fam=["quarter", "non-native-ng"], note="before the year closes: 31 December"),
    R("S1907", at(24, "10:00", IT), "We will pay in the first quarter of next year, when the quarry reopens.", "promise_to_pay", human=["undated", "conditional"], fam=["quarter", "non-native-it"]),
    R("S1901", at(23, "14:15", GB), "Fortnight today, if that's ok.", "promise_to_pay", date="2026-12-07", fam=["fortnight", "terse"]),
    R("S1903", at(26, "10:10", IN), "Dear Madam, the amount will be remitted by mid of December. Regards, Accounts", "promise_to_pay", date="2026-12-15", sender=0, fam=["mid-month", "non-native-in", "shared-mailbox"]),
    R("S1910", at(26, "11:00", SG), "Will pay early next week.", "promise_to_pay", date="2026-11-30", fam=["early-next-week", "terse"]),
    R("S1912", at(27, "15:30", NG), "Payment comes end of next month when the Abuja project pays out.", "promise_to_pay", date="2026-12-31", human=["conditional"], fam=["end-of-next-month", "condition"]),
    # --- holidays around a date
    R("S1911", at(25, "17:20", USC), "Office is closed Thanksgiving and Friday. Payment goes the Monday after.", "promise_to_pay", date="2026-11-30", fam=["holiday", "thanksgiving"]),
    R("S1902", at(25, "12:40", US), "We'll cut the ACH the first business day after the holiday weekend.", "promise_to_pay", date="2026-11-30", fam=["holiday", "thanksgiving"]),
    R("S1909", at(27, "10:20", QLD), "Will pay before Christmas, promise.", "promise_to_pay", date="2026-12-24", fam=["holiday", "before-christmas"]),
    R("S1910", at(27, "09:50", SG), "Our finance closes from 24 Dec to 2 Jan, so we will pay on 23 Dec latest.", "promise_to_pay", date="2026-12-23", fam=["holiday", "closure-around-date"]),
    R("S1901", at(24, "12:10", GB), "Will pay on St Andrew's Day - bank holiday here so actually the Tuesday after.", "promise_to_pay", date="2026-12-01", fam=["holiday", "moved-date"], note="St Andrew's Day is Monday 30 November in Scotland; she moves it to 1 December"),
    # --- distractors
    R("S1907", at(25, "11:45", IT), "Dear, the payment date was fixed for 3 of December but now it is moved to the 10 of December, our director is travelling.", "promise_to_pay", date="2026-12-10", fam=["moved-date", "non-native-it"]),
    R("S1903", at(27, "14:00", IN), "Earlier we committed 30th Nov, kindly consider revised date 7th Dec for 19031. 19032 stands as is on 30th.", "promise_to_pay", date="2026-11-30", inv=["19031", "19032"], fam=["moved-date", "two-dates", "non-native-in"]),
    R("S1902", at(23, "15:20", US), "Once we get the credit memo on Monday for the short kegs, we pay the rest Friday.", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["condition-date", "credit-note"], note="Friday after the Monday condition: 4 December"),
    R("S1904", at(23, "10:50", PL), "Our management board meets on 2.12 to approve payments, transfer then on 4.12.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "dotted-numeric", "non-native-pl"]),
    R("S1912", at(25, "11:35", NG), "The panels were delivered on 14th October as per invoice dated 12 September. We will pay on 9th December.", "promise_to_pay", date="2026-12-09", fam=["delivery-date", "invoice-date", "non-native-ng"]),
    R("S1911", at(26, "10:00", USC), "We paid you on 10/28 for the September one, this one goes out 12/1.", "promise_to_pay", date="2026-12-01", fam=["past-payment-date", "us-numeric"]),
    R("S1909", at(24, "20:15", QLD), "Delivery of the new compressor is the 2nd, we'll pay both invoices the day after.", "promise_to_pay", date="2026-12-03", fam=["delivery-date", "relative-after-event"]),
    # --- promises without a date
    R("S1903", at(23, "17:30", IN), "Noted Sir. Will clear at the earliest.", "promise_to_pay", human=["undated"], fam=["no-date", "non-native-in"]),
    R("S1911", at(24, "08:05", USC), "We'll get it paid, just been a hard harvest. Loretta", "promise_to_pay", human=["undated"], fam=["no-date"]),
    R("S1910", at(23, "18:00", SG), "ok will pay", "promise_to_pay", human=["undated"], fam=["no-date", "terse"]),
    R("S1901", at(26, "13:00", GB), "Oh wonderful, another reminder, my favourite kind of email. Yes, we'll pay it. Friday. Happy now?", "promise_to_pay", date="2026-11-27", fam=["sarcasm", "weekday"]),
    R("S1909", at(26, "12:00", QLD), "Thanks heaps for the fourth reminder this month, really appreciate it 🙄 It'll be in your account Wednesday.", "promise_to_pay", date="2026-12-02", fam=["sarcasm", "weekday"]),
    # --- partial, late evening across midnight
    R("S1901", at(25, "23:50", GB), "Sending £1,000 tomorrow off 19011, remainder next month.", "promise_to_pay", date="2026-11-26", amount="1000.00", inv=["19011"], fam=["partial", "late-evening"]),
    R("S1911", at(23, "23:40", USC), "Can send $545 tomorrow for 19112.", "promise_to_pay", date="2026-11-24", amount="545.00", inv=["19112"], partial=False, fam=["late-evening", "tomorrow"], note="the whole of 19112"),
    R("S1902", at(26, "23:15", US), "Late night here, just saw this. Will release $10,000 tomorrow against 19021 and the rest next Friday.", "promise_to_pay", date="2026-11-27", amount="10000.00", inv=["19021"], fam=["partial", "late-evening", "thanksgiving"]),
    R("S1909", at(27, "00:25", QLD), "Can't sleep, doing admin. Paying both today, Friday.", "promise_to_pay", date="2026-11-27", fam=["after-midnight", "today"]),
    R("S1912", at(24, "23:55", NG), "Sir we can pay N... sorry, USD 4,000 by Friday and balance of 19121 in December.", "promise_to_pay", date="2026-11-27", amount="4000.00", inv=["19121"], fam=["partial", "late-evening", "non-native-ng"]),
    R("S1904", at(24, "22:30", PL), "Hello, sorry late answer. We pay 865,00 EUR (19042) on friday and 19041 after we receive the CMR documents.", "promise_to_pay", date="2026-11-27", amount="865.00", inv=["19042", "19041"], human=["conditional", "partial"], fam=["european-amount", "late-evening", "condition"]),
    R("S1907", at(26, "16:30", IT), "We can pay 1.315,00 EUR (19072) this week and the big one 19071 the 15 of December.", "promise_to_pay", date="2026-11-27", amount="1315.00", inv=["19072", "19071"], fam=["european-amount", "this-week", "two-dates"]),
    # --- forwarded chains, HTML Outlook, shared mailboxes, ticketing
    R("S1903", at(24, "16:20", IN), "Please see below.\n\n---------- Forwarded message ---------\nFrom: Suresh Nair <s.nair@indusvalleytex.example>\nDate: Tue, 24 Nov 2026\nSubject: Northwind payment\n\nRamesh, Northwind dues to be cleared on 30th Nov along with other foreign remittances. -SN", "promise_to_pay", date="2026-11-30", fam=["forwarded", "see-below", "non-native-in"]),
    R("S1902", at(24, "09:40", US), "See below from our CFO.\n\n-----Original Message-----\nFrom: Mark Ridley\nSent: Monday, November 23, 2026 6:02 PM\nTo: Dana Kowalczyk\nSubject: RE: vendor payments\n\nApproved. Pay Northwind on the 12/9 run.", "promise_to_pay", date="2026-12-09", fam=["forwarded", "see-below", "us-numeric"]),
    R("S1910", at(25, "10:15", SG), "Dear Sir/Madam,\nPlease be informed that payment for LCP-PO-0912 / INV-2026-19101 has been scheduled on 8 December 2026.\nThank you.\nAccounts Department\nLion City Print Pte Ltd\nThis email is confidential and may be privileged. If you are not the intended recipient, please delete it and notify us immediately; you should not copy or use it for any purpose, nor disclose its contents to any other person. Lion City Print Pte Ltd accepts no liability for any loss or damage arising from the use of this email or attachments.", "promise_to_pay", date="2026-12-08", inv=["19101"], sender=0, html=True, fam=["html-outlook", "long-disclaimer", "shared-mailbox"]),
    R("S1901", at(27, "11:55", GB), "Hi there\nWe will pay INV-2026-19012 next Friday.\nThanks\nAccounts", "promise_to_pay", date="2026-12-04", inv=["19012"], sender=0, html=True, fam=["html-outlook", "next-weekday", "shared-mailbox"]),
    R("S1905", at(25, "10:00", HK), "Dear Sir, we will arrange the payment on 3 Dec after our boss return from Shenzhen. Please release the hold of our order JH-PO-7752 first.", "promise_to_pay", date="2026-12-03", fam=["non-native-zh", "credit-hold-condition"]),
    R("S1905", at(27, "17:35", HK), "Hi, payment settle next Wed. Thx", "promise_to_pay", date="2026-12-02", fam=["non-native-zh", "terse", "next-weekday"]),
    R("S1906", at(24, "13:00", SA), "Dear Sir,\nThe instalment of December as per the agreed plan will be transferred on 6 December inshallah.\nBest regards\nOmar Al-Harbi", "promise_to_pay", date="2026-12-06", partial=False, fam=["plan-instalment", "non-native-ar"]),
    R("S1906", at(24, "11:20", SA), "Dear, we will pay this week Thursday the instalment amount USD 2,600 as per plan.", "promise_to_pay", date="2026-11-26", amount="2600.00", fam=["plan-instalment", "non-native-ar", "this-week-weekday"]),
    R("S1908", at(24, "10:30", MT), "Brent here. Our lawyer says we can pay the undisputed portion, $3,000, on December 1.", "promise_to_pay", date="2026-12-01", amount="3000.00", fam=["legal-account", "partial"]),
    R("S1902", at(27, "14:05", US), "Ticket #PL-44812 updated by AP Team:\n\nHi Northwind, both invoices are in our 12/11 check run. This ticket will be closed.\n\nReply above this line to add a comment.", "promise_to_pay", date="2026-12-11", sender=0, headers=AUTO, fam=["ticketing", "us-numeric", "shared-mailbox"]),
    R("S1912", at(25, "14:00", NG), "Chidi is on leave. I am his colleague Bisi. The payment will be done on Monday 30th.", "promise_to_pay", date="2026-11-30", sender="bisi.okon@ekosolar.example", fam=["colleague", "weekday-ordinal"]),
]
