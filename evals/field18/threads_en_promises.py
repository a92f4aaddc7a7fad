"""English promises (field18): dated commitments written every way an AP desk writes them, and promises without a date."""

from evals.field.build import Reply
from evals.field18.kit import AU, CT, ET, GB, IE, IN, NG, NZ, PH, PT_US, SG, at

R = Reply

REPLIES = [
    # --- Glenmorven Distillery (GB, day-first)
    R("U1801", at(23, "09:12", GB), "Hi, we'll get this paid Thurs. Fiona", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse"]),
    R("U1801", at(24, "10:40", GB), "Morning,\n\nBoth invoices will go out on our Thursday run.\n\nThanks\nFiona MacKinnon\nFinance Manager", "promise_to_pay", date="2026-11-26", fam=["payment-run"]),
    R("U1801", at(25, "14:05", GB), "Apologies for the delay. Payment is scheduled for 4/12.", "promise_to_pay", date="2026-12-04", fam=["uk-numeric"]),
    R("U1801", at(26, "11:30", GB), "We pay on the 4th – that's when the duty drawback lands.", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone", "reason-date"], sender=0),
    R("U1801", at(27, "16:20", GB), "It'll be Tuesday week I'm afraid, the MD is away until then.", "promise_to_pay", date="2026-12-08", fam=["tuesday-week"]),
    R("U1801", at(23, "15:45", GB), "We were going to pay on the 3rd but the bond release has slipped, so now the 10th.", "promise_to_pay", date="2026-12-10", fam=["moved-date", "ordinal-alone"]),
    R("U1801", at(24, "17:55", GB), "Hi, I'll pay the £615 one before 3pm Friday and the big one at month end.", "promise_to_pay", date="2026-11-27", amount="615.00", inv=["18012"], partial=False, fam=["time-of-day", "two-dates"]),
    R("U1801", at(25, "09:05", GB), "Payment will be made in the week commencing 7 December.", "promise_to_pay", date="2026-12-11", fam=["week-commencing", "spelled-month"], sender=0),
    R("U1801", at(26, "13:15", GB), "We'll settle this once the excise audit is closed – can't say when, sorry.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "undated"]),
    R("U1801", at(27, "10:10", GB), "Sorry, it'll be paid in the new year.", "promise_to_pay", human=["undated"], fam=["vague-period", "undated"]),
    # --- Pinecrest Veterinary Clinic (US East, month-first)
    R("U1802", at(23, "08:30", ET), "Hi there, this will be paid 12/4. Dana", "promise_to_pay", date="2026-12-04", fam=["us-numeric", "terse"]),
    R("U1802", at(23, "16:40", ET), "We'll cut the check the Monday after Thanksgiving.", "promise_to_pay", date="2026-11-30", fam=["holiday", "thanksgiving"]),
    R("U1802", at(24, "11:25", ET), "Office is closed Thursday and Friday for the holiday. We'll pay after Thanksgiving.", "promise_to_pay", date="2026-11-30", fam=["holiday", "thanksgiving"], sender=0),
    R("U1802", at(24, "22:50", ET), "Just saw this – I'll send the ACH first thing tomorrow.", "promise_to_pay", date="2026-11-25", fam=["late-evening", "tomorrow"]),
    R("U1802", at(25, "09:15", ET), "Payment for PO PVC-0437 will be released on Dec. 3.", "promise_to_pay", date="2026-12-03", inv=["18022"], fam=["abbrev-month", "po-reference"]),
    R("U1802", at(25, "14:50", ET), "Our board meets on 12/2 to approve vendor payments; funds go out 12/9.", "promise_to_pay", date="2026-12-09", fam=["meeting-before-payment", "us-numeric"]),
    R("U1802", at(27, "10:00", ET), "We'll pay by the end of next week.", "promise_to_pay", date="2026-12-04", fam=["end-of-next-week"]),
    R("U1802", at(26, "19:30", ET), "Happy Thanksgiving! I'll take care of the $940 one Monday, the other needs Dr. Ortiz's signature.", "promise_to_pay", date="2026-11-30", amount="940.00", inv=["18022"], partial=False, fam=["holiday", "weekday"]),
    R("U1802", at(23, "13:05", ET), "If the credit memo for the returned kennels comes through Monday, we'll pay the balance Friday.", "promise_to_pay", date="2026-11-27", human=["conditional"], fam=["condition-date", "weekday"]),
    R("U1802", at(24, "09:40", ET), "We'll pay when the insurance reimbursement arrives.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    # --- Harbourline Boatyard (IE)
    R("U1803", at(23, "10:20", IE), "Hi, payment going out Fri.", "promise_to_pay", date="2026-11-27", fam=["abbrev-weekday", "terse"]),
    R("U1803", at(24, "12:05", IE), "We'll have it paid Monday 7th.", "promise_to_pay", date="2026-12-07", fam=["weekday-ordinal"]),
    R("U1803", at(25, "15:35", IE), "Ciarán said to tell you it'll be paid a week on Friday.", "promise_to_pay", date="2026-12-04", fam=["week-on-friday"], sender=0),
    R("U1803", at(26, "09:50", IE), "Not Friday as I said on the phone, but Monday – we're short-staffed in the office this week.", "promise_to_pay", date="2026-11-30", fam=["moved-date", "not-x-but-y"]),
    R("U1803", at(27, "11:45", IE), "We'll pay mid December once the winter lift-out money is in.", "promise_to_pay", date="2026-12-15", fam=["mid-month"]),
    R("U1803", at(23, "18:10", IE), "Will be paid before Christmas, promise.", "promise_to_pay", date="2026-12-24", fam=["holiday", "before-christmas"]),
    R("U1803", at(25, "08:25", IE), "The trawler owner pays us on the 1st, we pay you the day after.", "promise_to_pay", date="2026-12-02", fam=["relative-to-event", "ordinal-alone"]),
    R("U1803", at(26, "16:15", IE), "Going to be paid in the next while, bear with us.", "promise_to_pay", human=["undated"], fam=["vague-period", "undated"]),
    # --- Tasman Climbing (NZ, +13:00)
    R("U1805", at(24, "08:05", NZ), "Kia ora, I'll pay both Wednesday.", "promise_to_pay", date="2026-11-25", fam=["weekday"]),
    R("U1805", at(25, "07:30", NZ), "Payment 2/12 sorry for the wait.", "promise_to_pay", date="2026-12-02", fam=["nz-numeric", "terse"]),
    R("U1805", at(26, "21:40", NZ), "Will pay the $385 tomorrow and the rest in a fortnight.", "promise_to_pay", date="2026-11-27", amount="385.00", inv=["18052"], partial=False, fam=["two-dates", "tomorrow", "late-evening"]),
    R("U1805", at(27, "12:10", NZ), "Sorry, got the delivery of the new holds on the 9th, can pay on the 11th.", "promise_to_pay", date="2026-12-11", fam=["delivery-date", "ordinal-alone"]),
    R("U1805", at(23, "19:20", NZ), "Paying the week after next.", "promise_to_pay", date="2026-12-11", fam=["week-after-next"]),
    R("U1805", at(25, "13:00", NZ), "Should be sorted in two weeks.", "promise_to_pay", date="2026-12-09", fam=["in-two-weeks"], sender=0),
    R("U1805", at(27, "09:15", NZ), "We'll clear it when the Summer membership drive money comes in.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"], sender=0),
    # --- Kestrel Dental Lab (IN, day-first)
    R("U1807", at(23, "11:40", IN), "Dear Sir,\nKindly note payment will be processed on 03/12/2026.\nRegards\nPriya", "promise_to_pay", date="2026-12-03", fam=["in-numeric", "non-native-in"]),
    R("U1807", at(24, "15:55", IN), "Dear Team,\nThe payment is under process and will be released within 10 working days.\nThanks & Regards", "promise_to_pay", date="2026-12-08", fam=["working-days", "non-native-in"]),
    R("U1807", at(25, "10:30", IN), "Sir, the invoice 18072 was dated 4/11 but received by us on 20/11 only. We shall pay on 10th December.", "promise_to_pay", date="2026-12-10", inv=["18072"], fam=["invoice-date-distractor", "ordinal-month"]),
    R("U1807", at(26, "17:20", IN), "Dear Sir/Madam,\nPayment will be done post approval from director who is returning on 1st Dec. Expected date 4th Dec.", "promise_to_pay", date="2026-12-04", fam=["approval-before-payment", "ordinal-month", "non-native-in"]),
    R("U1807", at(27, "09:35", IN), "Dear Sir, our last remittance to you was on 10/11. Invoice 18071 we will pay by 15/12.", "promise_to_pay", date="2026-12-15", inv=["18071"], fam=["past-payment-distractor", "in-numeric"]),
    R("U1807", at(23, "16:05", IN), "Payment will be done shortly, please bear with us.", "promise_to_pay", human=["undated"], fam=["vague-period", "undated", "non-native-in"]),
    # --- Lion City Tea Importers (SG)
    R("U1808", at(23, "10:05", SG), "Hi, payment by 7 Dec. Thanks.", "promise_to_pay", date="2026-12-07", fam=["abbrev-month", "terse"]),
    R("U1808", at(24, "14:20", SG), "Dear Sir, our payment run is every 15th and end of month. This will be in the 30 Nov run.", "promise_to_pay", date="2026-11-30", fam=["payment-run", "month-end-run"]),
    R("U1808", at(25, "23:45", SG), "Sorry for late reply. Will transfer first thing tomorrow morning.", "promise_to_pay", date="2026-11-26", fam=["late-evening", "tomorrow"]),
    R("U1808", at(26, "11:10", SG), "Hi, the shipment from Fujian arrives 8 Dec, we will pay within 3 working days after that.", "promise_to_pay", date="2026-12-11", fam=["delivery-date", "working-days"]),
    R("U1808", at(27, "09:25", SG), "Can confirm payment early December.", "promise_to_pay", date="2026-12-01", fam=["early-month"], sender=0),
    R("U1808", at(24, "16:40", SG), "Our books close 31 Dec, so we will pay on the first working day of January.", "promise_to_pay", date="2027-01-04", fam=["first-working-day", "far-date", "holiday"], note="1 January is a holiday and 2-3 January a weekend"),
    # --- Redwater Cycles (US Pacific, month-first)
    R("U1810", at(23, "07:45", PT_US), "Hey – we'll pay Friday after the Black Friday sales money clears, so 12/4.", "promise_to_pay", date="2026-12-04", fam=["us-numeric", "holiday"]),
    R("U1810", at(24, "23:30", PT_US), "Late night inventory count here. Will pay tomorrow.", "promise_to_pay", date="2026-11-25", fam=["late-evening", "tomorrow"], note="23:30 −08:00 is the 25th in UTC; the sender's date is the 24th"),
    R("U1810", at(25, "12:00", PT_US), "Pay date is 12/1.", "promise_to_pay", date="2026-12-01", fam=["us-numeric", "terse"]),
    R("U1810", at(25, "16:30", PT_US), "I'll pay the small one by EOD Monday, the bigger one the Monday after.", "promise_to_pay", date="2026-11-30", fam=["two-dates", "eod"]),
    R("U1810", at(27, "10:20", PT_US), "Jen's out till Dec 2. She'll pay it the day she's back.", "promise_to_pay", date="2026-12-02", fam=["return-date-in-promise", "abbrev-month"], sender=0),
    R("U1810", at(26, "08:15", PT_US), "We'll pay it in full, just not sure when yet.", "promise_to_pay", human=["undated"], fam=["undated"]),
    # --- Ridgeway Chamber Orchestra (GB)
    R("U1811", at(23, "11:15", GB), "Dear Accounts,\n\nThe orchestra's trustees meet on 2 December and payment will be made on 4 December.\n\nKind regards\nHugh Pryce\nGeneral Manager", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "spelled-month"]),
    R("U1811", at(24, "13:30", GB), "We'll pay after the Christmas concert takings, so the week of the 14th.", "promise_to_pay", date="2026-12-18", fam=["week-of", "ordinal-alone"]),
    R("U1811", at(25, "10:45", GB), "Payment within 10 days.", "promise_to_pay", date="2026-12-05", fam=["within-days", "terse"], sender=0),
    R("U1811", at(26, "15:00", GB), "Will be paid on the last working day of the month.", "promise_to_pay", date="2026-11-30", fam=["last-working-day"]),
    R("U1811", at(27, "14:25", GB), "Arts Council grant tranche lands late December, we'll pay then.", "promise_to_pay", date="2026-12-31", fam=["late-month"]),
    R("U1811", at(23, "09:55", GB), "We'll pay when the box office reconciles. Sorry to be vague.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"], sender=0),
    # --- Coral Shelf Dive Resort (PH)
    R("U1812", at(23, "14:10", PH), "Good day! We will settle on or before Dec 10. Thank you po.", "promise_to_pay", date="2026-12-10", fam=["abbrev-month", "non-native-ph"]),
    R("U1812", at(24, "10:35", PH), "Hi Maam/Sir, payment will be on the 15th as per our schedule of releasing.", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone", "non-native-ph"]),
    R("U1812", at(25, "17:05", PH), "Good afternoon. Our check release is every Friday. Expect payment next Friday.", "promise_to_pay", date="2026-12-04", fam=["payment-run", "next-weekday"]),
    R("U1812", at(26, "09:00", PH), "Hello, our accounting was closed last 20/11 for typhoon. We will pay on 30 Nov.", "promise_to_pay", date="2026-11-30", fam=["past-date-distractor", "abbrev-month"]),
    R("U1812", at(27, "13:45", PH), "Noted on this. For processing na po, will update once released.", "promise_to_pay", human=["undated"], fam=["undated", "non-native-ph"], sender=0),
    # --- flagged accounts
    R("U1804", at(23, "12:30", AU), "We'll pay the full $11,450 on Thursday if you release the hold on our panel order.", "promise_to_pay", date="2026-11-26", amount="11450.00", partial=False, human=["conditional"], fam=["credit-hold-condition", "weekday"]),
    R("U1804", at(25, "10:50", AU), "Payment on the 1st of December, sorry mate.", "promise_to_pay", date="2026-12-01", fam=["ordinal-month"], sender=0),
    R("U1804", at(26, "16:35", AU), "Paying $5,000 on 3/12 and the rest before Christmas.", "promise_to_pay", date="2026-12-03", amount="5000.00", fam=["au-numeric", "partial-amount", "two-dates"]),
    R("U1806", at(23, "09:20", ET), "Hi,\n\nBoth invoices are approved and will be paid in our December 2 cheque run.\n\nRegards,\nLaura Bouchard\nController", "promise_to_pay", date="2026-12-02", html=True, fam=["outlook-html", "payment-run", "spelled-month"]),
    R("U1806", at(24, "15:10", ET), "Payment of MRP-88310 is scheduled for the last business day of the month.", "promise_to_pay", date="2026-11-30", inv=["18061"], fam=["last-working-day", "po-reference"], sender=0),
    R("U1806", at(26, "11:40", ET), "Our VP Finance signs off on December 1; EFT will follow on December 3.", "promise_to_pay", date="2026-12-03", fam=["approval-before-payment", "spelled-month"]),
    R("U1806", at(27, "14:55", ET), "We'll pay in the first week of January once the new fiscal budget opens.", "promise_to_pay", date="2027-01-08", fam=["first-week-of-month", "far-date"]),
    R("U1809", at(23, "11:00", NG), "Good morning. The November instalment of $1,900 will be paid on Wednesday.", "promise_to_pay", date="2026-11-25", amount="1900.00", fam=["instalment", "weekday"]),
    R("U1809", at(25, "14:25", NG), "Dear Sir, we will pay the instalment next quarter when our import duties are refunded.", "promise_to_pay", date="2027-01-01", human=["conditional"], fam=["next-quarter", "condition"]),
    R("U1809", at(26, "10:15", NG), "Kindly bear with us. Payment before 3pm tomorrow.", "promise_to_pay", date="2026-11-27", fam=["time-of-day", "tomorrow"], sender=0),
    # --- promises with only distractor dates
    R("U1801", at(25, "12:30", GB), "Got your reminder dated the 19th. We'll pay, it's just a cash flow thing at the moment.", "promise_to_pay", human=["undated"], fam=["distractor-only", "reminder-date"]),
    R("U1802", at(26, "10:30", ET), "Our last payment went out 11/13. The next one will be as soon as the practice's line of credit renews.", "promise_to_pay", human=["conditional"], fam=["distractor-only", "past-payment-distractor"], sender=0),
    R("U1803", at(24, "09:10", IE), "The engine for the Saoirse was only delivered on the 20th, we'll pay as soon as she's back in the water.", "promise_to_pay", human=["conditional"], fam=["distractor-only", "delivery-date"]),
    R("U1805", at(26, "10:40", NZ), "Invoice date says 15 Oct but we only got it this week – we'll get it paid ASAP.", "promise_to_pay", human=["undated"], fam=["distractor-only", "invoice-date-distractor"], sender=0),
    R("U1807", at(24, "12:15", IN), "Dear Sir, meeting with our MD is on 2nd Dec, after that only we can confirm payment date.", "promise_to_pay", human=["conditional"], fam=["distractor-only", "meeting-before-payment", "non-native-in"]),
    R("U1808", at(26, "15:30", SG), "I'm back in office on 1 Dec and will arrange payment then, subject to Mr Lim's approval.", "promise_to_pay", human=["conditional"], fam=["distractor-only", "return-date-in-promise", "approval-before-payment"], note="the return date is the day payment is arranged, not promised; the approval is undated"),
    R("U1810", at(27, "11:15", PT_US), "Friday was Black Friday, we'll deal with it when things calm down.", "promise_to_pay", human=["undated"], fam=["distractor-only", "holiday"], sender=0),
    R("U1811", at(26, "12:45", GB), "The concert on 12 December should cover it – we'll pay from the proceeds.", "promise_to_pay", human=["conditional"], fam=["distractor-only", "event-date"]),
    R("U1812", at(24, "08:20", PH), "We already paid you last Oct 28 for the previous invoice. This one we will pay soonest.", "promise_to_pay", human=["undated"], fam=["distractor-only", "past-payment-distractor", "non-native-ph"]),
]
