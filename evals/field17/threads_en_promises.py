"""English promises (field17): a Scottish vets' practice, Great Lakes marine AP, Indian, Hong Kong, Saudi, Italian and
Polish writers, a Saskatchewan brewery on a legal account, Singapore print buyers and a Colorado ski school."""

from evals.field.build import Payment, Reply
from evals.field17.kit import CO_US, GB, HK, IN, IT, MI, PL, SA, SG, SK, at

R = Reply
P = Payment

_DISCLAIMER_GLM = ("\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
                   "recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or "
                   "distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and "
                   "destroy all copies of the original message. Great Lakes Marine Supply Inc. does not accept payment instructions by "
                   "e-mail; any change of bank details must be confirmed by telephone.")
_DISCLAIMER_TBV = ("\n\nFiona McRae\nPractice Manager\nThistlebank Veterinary Practice\n\nThis email and any attachments are confidential "
                   "and intended solely for the addressee. If you have received it in error please notify the sender and delete it. "
                   "Thistlebank Veterinary Practice Ltd is registered in Scotland, SC498812. Registered office: 14 Marischal Road, "
                   "Aberdeen. RCVS Accredited Practice. We do not accept liability for any loss caused by viruses.")

PAYMENTS = [
    P("BK17-006", "S1706", "2026-11-26", "615.00", "EUR", "BELLAVISTA CERAMICHE SRL FT 17062"),
]

REPLIES = [
    # --- Thistlebank Veterinary Practice (GB, Aberdeen)
    R("S1701", at(23, "09:10", GB), "Hi, we'll get this paid Thurs. Fiona", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse"]),
    R("S1701", at(24, "14:20", GB), "Payment run is the last working day of the month, you're in it.", "promise_to_pay", date="2026-11-30", fam=["month-end-run"]),
    R("S1701", at(25, "11:00", GB), "The practice is shut on Monday for St Andrew's Day, so the transfer will go on the Tuesday, 1st December.", "promise_to_pay", date="2026-12-01", fam=["holiday", "weekday-date"]),
    R("S1701", at(26, "16:45", GB), "We'll pay the £480 one on 4/12 and the bigger one once the partners have signed off the year-end accounts.", "promise_to_pay", date="2026-12-04", amount="480.00", human=["conditional"], fam=["uk-numeric", "partial-amount", "condition"]),
    R("S1701", at(27, "08:30", GB), "Sorry for the delay — the 4th is when it'll go.", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone"]),
    R("S1701", at(23, "22:50", GB), "Just seen this. Will transfer first thing tomorrow.", "promise_to_pay", date="2026-11-24", fam=["late-evening", "tomorrow"]),
    R("S1701", at(25, "10:05", GB), "Accounts here – payment scheduled for Friday week.", "promise_to_pay", date="2026-12-04", fam=["friday-week"], sender=0),
    R("S1701", at(26, "13:00", GB), "We were going to pay on the 27th but the bank's new approval process pushed it back — it's now the 3rd of December.", "promise_to_pay", date="2026-12-03", fam=["moved-date", "ordinal-month"]),
    R("S1701", at(24, "07:55", GB), "Will pay on the 1st, that's when our Christmas float comes in.", "promise_to_pay", date="2026-12-01", fam=["ordinal-alone", "reason-date"]),
    R("S1701", at(26, "19:20", GB), "Good evening,\n\nPayment will be made within 10 days.\n\nKind regards" + _DISCLAIMER_TBV, "promise_to_pay", date="2026-12-06", html=True, fam=["within-days", "outlook-html", "disclaimer-longer"]),
    R("S1701", at(27, "16:30", GB), "Hiya, it'll be Monday week, that's when the pet insurers pay out.", "promise_to_pay", date="2026-12-07", fam=["monday-week", "reason-date"]),
    R("S1701", at(23, "12:30", GB), "Invoice 17012 will be paid on Friday, the other one we'll settle next month.", "promise_to_pay", date="2026-11-27", inv=["17012"], human=["partial"], fam=["weekday", "one-of-two"], sender=0),
    # --- Great Lakes Marine Supply (US, Michigan, strategic; Polish-born AP supervisor)
    R("S1702", at(23, "10:15", MI), "Good morning,\n\nINV-2026-17021 is approved and scheduled for our 12/3 check run.\n\nRegards,\nAccounts Payable | Great Lakes Marine Supply Inc." + _DISCLAIMER_GLM, "promise_to_pay", date="2026-12-03", inv=["17021"], fam=["us-numeric", "check-run", "disclaimer-longer", "shared-mailbox"], sender=0),
    R("S1702", at(24, "09:40", MI), "Hello, the payment for both invoices we make after Thanksgiving, on Monday 30th.\nBest regards\nDorota", "promise_to_pay", date="2026-11-30", fam=["non-native-pl", "holiday", "weekday-ordinal"]),
    R("S1702", at(25, "17:20", MI), "We are closed Thursday and Friday for Thanksgiving, so the ACH for 17022 will be released Monday.", "promise_to_pay", date="2026-11-30", inv=["17022"], fam=["holiday", "weekday"]),
    R("S1702", at(27, "23:40", MI), "Will release it Monday first thing, promise.", "promise_to_pay", date="2026-11-30", fam=["late-evening", "weekday"]),
    R("S1702", at(23, "15:30", MI), "Payment for 17021: $9,300.00 on 12/10, the balance of 17021 in January per our cash forecast.", "promise_to_pay", date="2026-12-10", amount="9300.00", inv=["17021"], fam=["us-numeric", "partial-amount"]),
    R("S1702", at(24, "11:05", MI), "Hi,\n\nThe approval meeting is on 12/1; once approved, funds are released on 12/2.\n\nThank you,\nDorota Kowalczyk\nAP Supervisor", "promise_to_pay", date="2026-12-02", html=True, fam=["meeting-before-payment", "outlook-html", "us-numeric"]),
    R("S1702", at(23, "13:40", MI), "Per our terms this will be paid at our mid-month run (12/15).", "promise_to_pay", date="2026-12-15", fam=["us-numeric", "mid-month"], sender=0),
    R("S1702", at(27, "09:15", MI), "Dorota here. We pay the week after next, I promise, our controller is on vacation until then.", "promise_to_pay", date="2026-12-11", fam=["week-after-next", "non-native-pl"]),
    R("S1702", at(24, "16:20", MI), "Ticket #AP-77812 update: Invoice INV-2026-17022 approved for payment. Scheduled pay date: 12/04/2026.\nThis is an automated message from the Great Lakes Marine supplier portal.", "promise_to_pay", date="2026-12-04", inv=["17022"], fam=["portal-notice", "us-numeric", "ticketing"], sender=0),
    R("S1702", at(25, "08:30", MI), "Will wire on the 2nd.", "promise_to_pay", date="2026-12-02", fam=["ordinal-alone", "terse"]),
    R("S1702", at(23, "20:15", MI), "Controller approved. Funds go out Tuesday 12/1.", "promise_to_pay", date="2026-12-01", fam=["us-numeric", "weekday-date"]),
    # --- Shakti Textiles (IN)
    R("S1703", at(23, "11:20", IN), "Dear Sir,\nWe will be clearing the payment by this week end positively.\nThanks & Regards\nRajesh Iyer", "promise_to_pay", date="2026-11-28", fam=["indian-english", "this-week-end"]),
    R("S1703", at(24, "12:40", IN), "Kindly note payment of INV-2026-17032 will be released on 05-Dec-2026, the other one after receipt of the debit note settlement.", "promise_to_pay", date="2026-12-05", inv=["17032"], human=["conditional"], fam=["dd-mon-yyyy", "condition", "indian-english"]),
    R("S1703", at(25, "18:30", IN), "Payment is under process, will be credited to your account within 3 working days.", "promise_to_pay", date="2026-11-30", fam=["working-days"]),
    R("S1703", at(26, "10:15", IN), "Sir, the funds will be remitted on or before 10th December, kindly do not escalate.", "promise_to_pay", date="2026-12-10", fam=["ordinal-month", "indian-english"]),
    R("S1703", at(27, "09:00", IN), "We will do the needful by Tuesday next.", "promise_to_pay", date="2026-12-01", fam=["tuesday-next", "indian-english"]),
    R("S1703", at(23, "16:00", IN), "Payment of USD 3,000 against INV-2026-17031 shall be made on 30.11.2026 and balance in the next month.", "promise_to_pay", date="2026-11-30", amount="3000.00", inv=["17031"], fam=["dotted-date", "partial-amount"], sender=0),
    R("S1703", at(27, "14:45", IN), "Sir, owing to the bank holiday our bank was closed today, the payment will now go on Monday.", "promise_to_pay", date="2026-11-30", fam=["holiday", "moved-date"]),
    R("S1703", at(26, "17:55", IN), "We will clear both invoices before the quarter end.", "promise_to_pay", date="2026-12-31", fam=["quarter-end"]),
    R("S1703", at(24, "22:30", IN), "Will pay tomorrow, kindly bear with us.", "promise_to_pay", date="2026-11-25", fam=["late-evening", "tomorrow"]),
    R("S1703", at(23, "13:50", IN), "The payment shall be released in two tranches – USD 4,000 on 28th November and the balance by 12th December.", "promise_to_pay", date="2026-11-28", amount="4000.00", fam=["two-dates", "partial-amount", "ordinal-month"]),
    # --- Jade Harbour Trading (HK, credit hold; Chinese writers)
    R("S1704", at(23, "10:30", HK), "Dear Sir/Madam,\nNoted with thanks. We will arrange the payment on 1st Dec. Please kindly release the hold on our account after.\nBest regards,\nWeiling", "promise_to_pay", date="2026-12-01", fam=["non-native-zh", "credit-hold"]),
    R("S1704", at(24, "15:50", HK), "Our boss will sign the cheque on Thursday, and we will deposit to your account on Friday.", "promise_to_pay", date="2026-11-27", fam=["meeting-before-payment", "cheque", "non-native-zh"]),
    R("S1704", at(25, "09:20", HK), "We pay after Chinese New Year, around mid of February.", "promise_to_pay", date="2027-02-15", fam=["mid-month", "far-date", "non-native-zh"]),
    R("S1704", at(26, "20:10", HK), "If you release the shipment on hold, we will pay the USD 9,780 tomorrow.", "promise_to_pay", date="2026-11-27", amount="9780.00", partial=False, human=["conditional"], fam=["credit-hold-condition", "tomorrow"]),
    R("S1704", at(27, "11:40", HK), "Finance dept.: payment scheduled next Wed.", "promise_to_pay", date="2026-12-02", fam=["abbrev-weekday", "next-weekday", "terse"], sender=0),
    R("S1704", at(23, "17:30", HK), "We will pay you 50% this week and 50% next week.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["partial-share", "this-week"]),
    R("S1704", at(25, "14:00", HK), "Payment will be made on 2026/12/08.", "promise_to_pay", date="2026-12-08", fam=["ymd-slash"]),
    R("S1704", at(27, "09:10", HK), "Sorry the remittance was planned on 25th but bank system upgrade, now 30th.", "promise_to_pay", date="2026-11-30", fam=["moved-date", "non-native-zh"]),
    # --- Al Noor Dental Clinics (SA, on a plan; Arabic-speaking writers)
    R("S1705", at(23, "10:00", SA), "Dear Northwind team,\nAs per the agreed plan the second instalment USD 4,133.33 will be transferred on 30/11/2026.\nRegards\nOmar", "promise_to_pay", date="2026-11-30", amount="4133.33", fam=["instalment", "existing-plan", "non-native-ar"]),
    R("S1705", at(24, "13:15", SA), "Insha'Allah the payment will be done on Sunday.", "promise_to_pay", date="2026-11-29", fam=["weekday", "sunday-workday", "non-native-ar"]),
    R("S1705", at(25, "19:45", SA), "We are waiting for the insurance companies to settle our claims, after that we will pay immediately.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("S1705", at(26, "08:50", SA), "The transfer will be processed in the first days of December, latest 3/12.", "promise_to_pay", date="2026-12-03", fam=["day-first", "at-the-latest"]),
    R("S1705", at(27, "11:30", SA), "We will transfer the third instalment at the end of December as per schedule.", "promise_to_pay", date="2026-12-31", human=["partial"], fam=["instalment", "end-of-named-month"]),
    R("S1705", at(24, "20:40", SA), "We will pay after the board meeting on 6 December, the transfer will be on 8 December.", "promise_to_pay", date="2026-12-08", fam=["meeting-before-payment"]),
    R("S1705", at(25, "10:10", SA), "Kindly note our weekend is Friday and Saturday, payment will be executed Sunday 29/11.", "promise_to_pay", date="2026-11-29", fam=["sunday-workday", "day-first"]),
    # --- Bellavista Ceramiche (IT writers)
    R("S1706", at(23, "09:45", IT), "Good morning, we make the bank transfer on next friday, 4 december.\nBest regards\nGiulia", "promise_to_pay", date="2026-12-04", fam=["non-native-it", "next-weekday"]),
    R("S1706", at(24, "16:30", IT), "Dear, the payment is foreseen for the 10 of december together with the other suppliers.", "promise_to_pay", date="2026-12-10", fam=["non-native-it"]),
    R("S1706", at(25, "12:10", IT), "We will pay within the end of the month.", "promise_to_pay", date="2026-11-30", fam=["non-native-it", "month-end"]),
    R("S1706", at(26, "14:40", IT), "We pay 615 euro tomorrow and the rest on 15/12.", "promise_to_pay", date="2026-11-27", amount="615.00", fam=["two-dates", "partial-amount"]),
    R("S1706", at(27, "10:20", IT), "Good morning, our office is closed on Tuesday 8 December for the Immacolata, so the transfer will be on Monday 7.", "promise_to_pay", date="2026-12-07", fam=["holiday", "weekday-date"], sender=0),
    R("S1706", at(23, "15:35", IT), "Sorry for the delay, the payment was planned for the 30th but we move it to the 2nd because the bank is closing the year accounts.", "promise_to_pay", date="2026-12-02", fam=["moved-date", "ordinal-alone"]),
    R("S1706", at(25, "08:05", IT), "The transfer will be done with value date 04/12.", "promise_to_pay", date="2026-12-04", fam=["day-first", "value-date"], sender=0),
    R("S1706", at(26, "22:40", IT), "Scusate, late answer. Tomorrow morning we pay all.", "promise_to_pay", date="2026-11-27", fam=["late-evening", "tomorrow"]),
    R("S1706", at(24, "11:45", IT), "We pay at 60 days end of month as per our usual terms, so 31/12.", "promise_to_pay", date="2026-12-31", fam=["day-first", "terms"]),
    R("S1706", at(27, "16:00", IT), "We pay the 3980 on 9 december, the 615 we have already paid yesterday.", "already_paid", sec=["promise_to_pay"], date="2026-12-09", amount="3980.00", partial=False, fam=["paid-and-promise", "no-currency"]),
    # --- Prairie Sky Brewing (CA, legal account)
    R("S1707", at(23, "19:30", SK), "Fine. You'll have it Friday. Tell your lawyers to stand down.", "promise_to_pay", date="2026-11-27", fam=["sarcasm", "legal-account", "weekday"]),
    R("S1707", at(24, "08:15", SK), "Our lawyer advises us to pay the undisputed part, $3,000, on December 1. The rest we dispute as set out in his letter.", "dispute", sec=["promise_to_pay"], date="2026-12-01", amount="3000.00", fam=["undisputed-part", "legal-account"]),
    R("S1707", at(25, "23:50", SK), "Late here. Transfer goes tomorrow morning, I'll send the confirmation.", "promise_to_pay", date="2026-11-26", fam=["late-evening", "tomorrow"]),
    R("S1707", at(26, "12:00", SK), "Bjorn asked me to let you know the cheque will be couriered Monday.", "promise_to_pay", date="2026-11-30", fam=["cheque", "weekday"], sender=0),
    R("S1707", at(27, "10:00", SK), "We'll pay once our line of credit renewal goes through, realistically mid-December.", "promise_to_pay", date="2026-12-15", human=["conditional"], fam=["estimate-of-event", "mid-month"]),
    R("S1707", at(24, "15:00", SK), "See below.\n\n---------- Forwarded message ---------\nFrom: Bjorn Lindqvist <b.lindqvist@prairieskybrewing.example>\nDate: Tue, 24 Nov 2026 at 13:40\nSubject: Northwind\nTo: office@prairieskybrewing.example\n\nPay Northwind in full on December 4th, no later. B.", "promise_to_pay", date="2026-12-04", fam=["forward-see-below"], sender=0, quote="none"),
    # --- Merlion Print & Pack (SG)
    R("S1708", at(23, "11:10", SG), "Hi, payment for 17081 will be made via PayNow/FAST on 27 Nov. Thanks.", "promise_to_pay", date="2026-11-27", inv=["17081"], fam=["day-month"]),
    R("S1708", at(24, "17:05", SG), "Noted, our finance will pay both inv by end of this week lah.", "promise_to_pay", date="2026-11-27", fam=["singlish", "this-week"]),
    R("S1708", at(25, "10:30", SG), "Payment in the next GIRO cycle on 15/12.", "promise_to_pay", date="2026-12-15", fam=["day-first"]),
    R("S1708", at(26, "09:55", SG), "We will settle within 14 days from today.", "promise_to_pay", date="2026-12-10", fam=["relative-span"]),
    R("S1708", at(27, "15:20", SG), "Accounts: the cheque was dated 20 Nov but we held it; now it will be mailed on 2 Dec.", "promise_to_pay", date="2026-12-02", fam=["moved-date", "cheque", "past-date-distractor"], sender=0),
    R("S1708", at(23, "14:15", SG), "We will pay on Tues next week.", "promise_to_pay", date="2026-12-01", fam=["abbrev-weekday", "next-week-weekday"]),
    R("S1708", at(25, "16:50", SG), "Payment will be made on the 2nd Wednesday of December.", "promise_to_pay", date="2026-12-09", fam=["nth-weekday"]),
    R("S1708", at(27, "18:30", SG), "Our CFO signs the cheque run on Monday; cheques are couriered on Wednesday.", "promise_to_pay", date="2026-12-02", fam=["meeting-before-payment", "cheque"]),
    R("S1708", at(24, "13:05", SG), "Will pay EOM.", "promise_to_pay", date="2026-11-30", fam=["eom", "terse"]),
    # --- Cascade Ridge Ski School (US, Colorado)
    R("S1709", at(23, "07:30", CO_US), "Season opens Friday, cash is tight till then. We'll pay 12/11.", "promise_to_pay", date="2026-12-11", fam=["us-numeric", "weekday-distractor"]),
    R("S1709", at(24, "21:50", CO_US), "Paying the $740 one tomorrow, the big one after our first weekend of lift tickets.", "promise_to_pay", date="2026-11-25", amount="740.00", human=["conditional"], fam=["partial-amount", "condition", "late-evening"]),
    R("S1709", at(25, "13:00", CO_US), "Happy Thanksgiving! Payment goes out the Monday after the holiday.", "promise_to_pay", date="2026-11-30", fam=["holiday"]),
    R("S1709", at(27, "22:30", CO_US), "Slammed with opening weekend. I'll pay Tues.", "promise_to_pay", date="2026-12-01", fam=["abbrev-weekday", "late-evening"]),
    R("S1709", at(26, "16:10", CO_US), "We'll pay in two weeks.", "promise_to_pay", date="2026-12-10", fam=["relative-span"]),
    R("S1709", at(24, "11:20", CO_US), "Paying half now, half 12/18.", "promise_to_pay", date="2026-11-24", human=["partial"], fam=["partial-share", "us-numeric", "today"]),
    R("S1709", at(26, "09:05", CO_US), "Office here — Kyle says the check goes in the mail the first business day of December.", "promise_to_pay", date="2026-12-01", fam=["business-day", "cheque"], sender=0),
    R("S1709", at(25, "07:10", CO_US), "Heads up: card payment tomorrow, I'll call it in.", "promise_to_pay", date="2026-11-26", fam=["card-by-phone", "tomorrow"]),
    R("S1709", at(23, "18:40", CO_US), "We'll be good for it on 11/30.", "promise_to_pay", date="2026-11-30", fam=["us-numeric"]),
    # --- Baltic Amber Logistics (PL writers)
    R("S1710", at(23, "08:40", PL), "Good morning,\nthe payment will be realised on 02.12.2026.\nWith regards\nMarta Nowak", "promise_to_pay", date="2026-12-02", fam=["dotted-date", "non-native-pl"]),
    R("S1710", at(24, "10:50", PL), "We are paying in 50 calendar week.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "non-native-pl"]),
    R("S1710", at(25, "13:25", PL), "Payment for 17102 we will send on Friday the 4th.", "promise_to_pay", date="2026-12-04", inv=["17102"], fam=["weekday-ordinal"]),
    R("S1710", at(26, "15:15", PL), "We will pay after the approval of our CFO, which is on Monday, so the transfer will be on Tuesday 1.12.", "promise_to_pay", date="2026-12-01", fam=["meeting-before-payment", "dotted-date"]),
    R("S1710", at(27, "12:05", PL), "Dear Sirs,\nwe will pay the half of the amount until end of the month and the second half in December.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["partial-share", "until-means-by", "non-native-pl"], sender=0),
    R("S1710", at(23, "11:55", PL), "We will pay on Thursday, if the credit note for the damaged pallets arrives until Wednesday.", "promise_to_pay", date="2026-11-26", human=["conditional"], fam=["condition-date", "non-native-pl"]),
    R("S1710", at(26, "10:10", PL), "Payment will be done within 7 working days.", "promise_to_pay", date="2026-12-07", fam=["working-days"]),
    R("S1710", at(24, "14:30", PL), "Dear Madam/Sir,\nplease be informed that the invoice 17101 will be paid in instalments: 2000 EUR on 30.11 and the rest 15.12.", "promise_to_pay", date="2026-11-30", amount="2000.00", inv=["17101"], fam=["instalments-announced", "dotted-date", "partial-amount"]),
    R("S1710", at(27, "23:20", PL), "Sorry for late answer. We will pay on Monday, the 30th of November.", "promise_to_pay", date="2026-11-30", fam=["late-evening", "weekday-date"]),
]
