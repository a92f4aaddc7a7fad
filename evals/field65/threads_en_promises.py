"""English dated and undated commitments (field65): lambing, tax season, parades, Holi, Mothering Sunday, the fiscal
year end, Songkran, Sallah, the Two Oceans, Masters week, Cheltenham and Easter, in the sender's own (spring) offset."""

from evals.field.build import Reply
from evals.field65.kit import AUTO, at, inv

R = Reply
REPLIES = [
    # --- Cwm Tawe Agricultural Supplies (GB, Powys, lambing)
    R("K6501", at(2, 26, "08:40", "GB"), "Gwen here. Both in Friday's BACS, we're flat out with lambing so apologies for the wait.", "promise_to_pay", date="2030-03-01", fam=["weekday", "lambing"]),
    R("K6501", at(3, 5, "21:15", "GB"), "sorry, pancake night chaos here. 65011 goes on 14/3, the other one in the month end run", "promise_to_pay", date="2030-03-14", fam=["uk-numeric", "two-dates", "late-evening", "lowercase"]),
    R("K6501", at(3, 11, "10:05", "GB"), "Hello,\n\nWe'll settle on the last working day of March. The 31st is a Sunday (Mothering Sunday, at that) so it'll be the Friday before.\n\nDiolch,\nGwenllian Pryce\nOffice Manager", "promise_to_pay", date="2030-03-29", fam=["month-end-run", "holiday", "welsh"]),
    R("K6501", at(3, 20, "14:30", "GB"), "Paying the £918 tomorrow. The bigger one has to wait until the farmers' co-op pays us for the ewe nuts, no idea when that'll be.", "promise_to_pay", date="2030-03-21", amount="918.00", partial=False, human=["conditional"], fam=["condition", "amount-whole-invoice"]),
    R("K6501", at(4, 2, "09:10", "GB"), "Can confirm payment a week on Friday.", "promise_to_pay", date="2030-04-12", fam=["friday-week", "terse"], sender=0),
    R("K6501", at(4, 16, "17:45", "GB"), "It'll go before the Easter break, Thursday at the very latest.", "promise_to_pay", date="2030-04-18", fam=["holiday", "weekday"]),
    R("K6501", at(3, 27, "07:20", "GB"), "Up all night with a ewe that wouldn't deliver. Will pay when I've slept, promise. Probably next week.", "promise_to_pay", date="2030-04-05", fam=["next-week", "hedged"]),
    # --- Miami Valley Tax & Books (US, month-first)
    R("K6502", at(2, 25, "19:20", "US"), "Dana here, buried in returns. I'll pay both on 4/16, the day after tax day. It's the only way I survive March, sorry.", "promise_to_pay", date="2030-04-16", fam=["us-numeric", "holiday", "far-date"]),
    R("K6502", at(3, 8, "23:50", "US"), "just saw this. paying the 740 tmrw morning before clients start showing up", "promise_to_pay", date="2030-03-09", amount="740.00", partial=False, reminded=inv("65022"), fam=["late-evening", "timezone", "lowercase", "saturday"]),
    R("K6502", at(3, 14, "12:00", "US"), "We pay vendors on the 1st and the 15th. You're on tomorrow's.", "promise_to_pay", date="2030-03-15", fam=["payment-run", "tomorrow"], sender=0),
    R("K6502", at(4, 16, "08:30", "US"), "Survived tax day. Sending payment Friday 4/19.", "promise_to_pay", date="2030-04-19", fam=["us-numeric", "weekday-date", "holiday"]),
    R("K6502", at(4, 1, "10:10", "US"), "No April Fools here – the check goes in the mail this Wednesday.", "promise_to_pay", date="2030-04-03", fam=["holiday", "cheque", "this-weekday"]),
    R("K6502", at(3, 22, "17:05", "US"), "Can you give me until the extension deadlines are filed? I'm one person doing 300 returns. I will pay on the 15th of next month, not a day before.", "promise_to_pay", date="2030-04-15", fam=["next-month-day", "hedged"]),
    # --- Shamrock Regalia & Band Uniforms (US, Boston, strategic)
    R("K6503", at(2, 27, "11:15", "US"), "Good morning,\n\nBoth invoices are approved and will be released in our 3/7 ACH batch.\n\nThank you,\nMaura O'Shea\nController\nShamrock Regalia & Band Uniforms Inc.", "promise_to_pay", date="2030-03-07", fam=["us-numeric", "payment-run", "formal-ap"]),
    R("K6503", at(3, 12, "16:40", "US"), "Honestly, if the parade ever ends we'll pay you. Kidding. It's set for the Monday after the parade (Sunday the 17th).", "promise_to_pay", date="2030-03-18", fam=["sarcasm", "holiday-relative"]),
    R("K6503", at(3, 19, "09:05", "US"), "Hello,\n\nINV-2027-65031 is scheduled for payment on 4/5/2030 under our Net 45 terms from receipt.\n\nRegards,\nAccounts Payable\nShamrock Regalia & Band Uniforms Inc.\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee.", "promise_to_pay", date="2030-04-05", inv=inv("65031"), html=True, fam=["outlook-html", "us-numeric-year", "formal-ap", "disclaimer"], sender=0),
    R("K6503", at(4, 9, "14:20", "US"), "$9,000 this Friday, the rest of 65031 by the end of the month.", "promise_to_pay", date="2030-04-12", amount="9000.00", inv=inv("65031"), fam=["partial-amount", "this-weekday"]),
    R("K6503", at(3, 1, "13:30", "US"), "Our parade season cash crunch is real. Will get this out ASAP.", "promise_to_pay", human=["undated"], fam=["undated"]),
    # --- Gulal & Co. (IN, Jaipur, day-first)
    R("K6504", at(2, 28, "15:40", "IN"), "Dear Sir/Madam,\n\nKindly note the payment for both invoices shall be released positively by 13/03/2030, after our Holi dispatches are closed.\n\nRegards,\nRohit Agarwal\nFinance Manager", "promise_to_pay", date="2030-03-13", fam=["indian-english", "numeric-dmy", "holiday"]),
    R("K6504", at(3, 26, "18:05", "IN"), "Dear Team, due to financial year closing on 31st our bank payments are frozen this week. Payment will be done on 3rd April without fail.", "promise_to_pay", date="2030-04-03", fam=["fiscal-year-end", "ordinal-month", "indian-english"]),
    R("K6504", at(4, 10, "11:30", "IN"), "Payment of USD 1,180 against GCN/PO/2030/131 shall be done by this week end. Balance of 65041 will be paid after our buyer in Dubai clears our dues.", "promise_to_pay", date="2030-04-12", amount="1180.00", partial=False, inv=inv("65041", "65042"), human=["conditional"], fam=["indian-english", "weekend", "condition", "po-reference"]),
    R("K6504", at(3, 4, "10:00", "IN"), "Noted. Will revert with payment date after Holi.", "promise_to_pay", human=["undated"], fam=["undated", "indian-english", "terse"], sender=0),
    R("K6504", at(4, 18, "16:50", "IN"), "Sir, the payment is under process and will reach you within 5 working days.", "promise_to_pay", date="2030-04-25", fam=["working-days", "indian-english"]),
    # --- Petal & Stem Florists (GB, Bristol)
    R("K6505", at(3, 4, "07:55", "GB"), "Jo here – it's Mothering Sunday month, I'm drowning in tulips. I'll pay both first thing Monday 1st April, after the weekend takings.", "promise_to_pay", date="2030-04-01", fam=["holiday", "weekday-ordinal"]),
    R("K6505", at(3, 28, "22:10", "GB"), "Will pay Tues", "promise_to_pay", date="2030-04-02", fam=["abbrev-weekday", "terse", "late-evening"]),
    R("K6505", at(4, 3, "12:40", "GB"), "Paying half on Friday and the rest when the wedding deposits come in.", "promise_to_pay", date="2030-04-05", human=["partial", "conditional"], fam=["partial-share", "condition"]),
    R("K6505", at(4, 23, "09:15", "GB"), "Back from the bank holiday weekend. It'll be paid by 30/4.", "promise_to_pay", date="2030-04-30", fam=["uk-numeric", "holiday"]),
    R("K6505", at(3, 15, "16:00", "GB"), "We're paying you on the Tuesday after Mothering Sunday. Please don't chase before then, every hand is on bouquets.", "promise_to_pay", date="2030-04-02", fam=["holiday-relative"], sender=0),
    # --- Bendigo Golden Bakehouse (AU, credit hold)
    R("K6506", at(2, 26, "13:20", "AU"), "Kerry. I'll pay the 7315 on Monday if you lift the stop, we need flour and golden syrup for the Anzac run.", "promise_to_pay", date="2030-03-04", amount="7315.00", partial=False, human=["conditional"], fam=["credit-hold-condition", "no-currency"]),
    R("K6506", at(3, 6, "17:00", "AU"), "we'll square up before the Labour Day long weekend, so Friday", "promise_to_pay", date="2030-03-08", fam=["holiday", "weekday", "lowercase"]),
    R("K6506", at(4, 9, "08:10", "AU"), "Payment scheduled 24/4 via EFT.\nBendigo Golden – Accounts", "promise_to_pay", date="2030-04-24", fam=["au-numeric"], sender=0),
    R("K6506", at(4, 19, "10:00", "AU"), "Good Friday and I'm at the ovens. Paying the Tuesday after Easter Monday.", "promise_to_pay", date="2030-04-23", fam=["holiday-relative"]),
    R("K6506", at(3, 27, "06:45", "AU"), "Can do $2,000 a fortnight from this Friday until it's cleared, that's the best we can manage.", "payment_plan_request", date="2030-03-29", amount="2000.00", fam=["plan-fortnightly"]),
    # --- Higashiyama Chadogu (JP, Kyoto)
    R("K6507", at(3, 1, "10:30", "JP"), "Dear Sir,\n\nThank you for your kind reminder and we are very sorry for the delay. Payment will be done at our end of month closing, 29 March.\n\nBest regards,\nAiko Morita\nAccounting Section", "promise_to_pay", date="2030-03-29", fam=["non-native-ja", "apology"]),
    R("K6507", at(3, 27, "16:00", "JP"), "Because of fiscal year end (31 March) our payment will be in new fiscal year, on April 10th. We apologize for inconvenience.", "promise_to_pay", date="2030-04-10", fam=["fiscal-year-end", "moved-date", "non-native-ja"]),
    R("K6507", at(4, 22, "09:00", "JP"), "We will pay before Golden Week holiday starts, 26th April.", "promise_to_pay", date="2030-04-26", fam=["holiday"], sender=0),
    R("K6507", at(3, 18, "14:10", "JP"), "Hanami season is busy for our shop, so sorry. Payment will be made in the week of 25 March, on Wednesday.", "promise_to_pay", date="2030-03-27", fam=["week-of", "weekday"]),
    # --- Lanna Splash Trading (TH, legal)
    R("K6508", at(4, 8, "14:45", "TH"), "Dear Khun,\nWe will transfer after the Songkran holiday, on 17 April. Our office closes 12-16 April.", "promise_to_pay", date="2030-04-17", fam=["holiday", "non-native-th", "distractor-dates"]),
    R("K6508", at(3, 7, "11:00", "TH"), "We pay USD 4,000 on 15/03 and the rest when our customer pay us for the Songkran orders.", "promise_to_pay", date="2030-03-15", amount="4000.00", human=["conditional"], fam=["partial-amount", "condition", "numeric-dmy"]),
    # --- Rideau Lexicon Translation (CA, Ottawa, payment plan)
    R("K6509", at(3, 4, "09:20", "US"), "Hi, Heather here. Instalment 2 of 4, $3,100, goes out on March 15 as agreed.", "promise_to_pay", date="2030-03-15", amount="3100.00", fam=["instalment", "existing-plan"]),
    R("K6509", at(3, 28, "15:10", "US"), "The federal year-end backlog means our client departments are paying us late. Instalment 3 will follow on April 15 regardless.", "promise_to_pay", date="2030-04-15", human=["partial"], fam=["instalment", "fiscal-year-end"]),
    # --- Mataura Shearing (NZ, Southland)
    R("K6510", at(2, 25, "20:30", "NZ"), "Bex here, the gang's out at the Gore lamb marking all week. I'll pay the lot on the 20th, that's when the farmers pay us.", "promise_to_pay", date="2030-03-20", fam=["ordinal-alone", "reason-date"]),
    R("K6510", at(3, 21, "07:15", "NZ"), "Tmrw", "promise_to_pay", date="2030-03-22", fam=["terse", "abbrev"]),
    R("K6510", at(4, 10, "12:00", "NZ"), "Will pay the $610 one this Friday and the 3985 at the end of the month.", "promise_to_pay", date="2030-04-12", amount="610.00", fam=["two-dates", "partial-amount"]),
    R("K6510", at(3, 29, "19:40", "NZ"), "sorry, been on the road. Tuesday week for both", "promise_to_pay", date="2030-04-09", fam=["tuesday-week", "lowercase"], sender=0),
    # --- Ikeja Canopy & Events Rentals (NG)
    R("K6511", at(3, 13, "10:00", "NG"), "Good day Sir,\n\nWe acknowledge receipt of your mail. Payment will be effected latest by Friday 22nd March.\n\nThanks and best regards,\nOlufunke Adeyemi\nHead of Finance", "promise_to_pay", date="2030-03-22", fam=["weekday-ordinal", "nigerian-english"]),
    R("K6511", at(4, 9, "16:20", "NG"), "Please bear with us, the Sallah bookings are just paying now. We will pay on 16th April, after the Sallah break.", "promise_to_pay", date="2030-04-16", fam=["holiday", "ordinal-month"]),
    R("K6511", at(4, 24, "13:30", "NG"), "We shall pay next week Monday.", "promise_to_pay", date="2030-04-29", fam=["next-week-weekday", "nigerian-english"]),
    R("K6511", at(3, 26, "12:15", "NG"), "Our MD is travelling. Once he returns and approves, payment will go. Kindly exercise patience.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"], sender=0),
    # --- Peninsula Race Timing (ZA, Cape Town)
    R("K6512", at(3, 19, "08:45", "ZA"), "Morning, we'll pay on Friday – Thursday is Human Rights Day and the bank's shut anyway.", "promise_to_pay", date="2030-03-22", fam=["holiday", "weekday"]),
    R("K6512", at(4, 15, "17:30", "ZA"), "Two Oceans is on Saturday and we're on the route from 3am. I'll pay R20,000 on Tuesday the 23rd and the rest at month-end.", "promise_to_pay", date="2030-04-23", amount="20000.00", fam=["partial-amount", "weekday-ordinal", "distractor-event"]),
    R("K6512", at(3, 1, "12:00", "ZA"), "Payment will go on the 25th, our payday.", "promise_to_pay", date="2030-03-25", fam=["ordinal-alone"], sender=0),
    # --- Magnolia Lane Hospitality Tents (US, Augusta, legal)
    R("K6513", at(4, 3, "11:00", "US"), "As set out in my attorney's letter, the first $11,450 goes out 4/22, the week after the tournament. Please direct anything further to him.", "promise_to_pay", date="2030-04-22", amount="11450.00", fam=["us-numeric", "partial-amount", "legal-account"]),
    # --- Curragh Equine Transport (IE, Kildare)
    R("K6514", at(3, 8, "09:30", "IE"), "Niamh here, we're flat out with the Cheltenham runs next week. Paying both on the 20th.", "promise_to_pay", date="2030-03-20", fam=["ordinal-alone", "distractor-event"]),
    R("K6514", at(3, 15, "18:00", "IE"), "Paddy's weekend so the office is shut Monday. Payment Tuesday.", "promise_to_pay", date="2030-03-19", fam=["holiday", "weekday"]),
    R("K6514", at(4, 11, "10:20", "IE"), "It'll be paid Thursday fortnight.", "promise_to_pay", date="2030-05-02", fam=["weekday-fortnight", "terse"], sender=0),
    R("K6514", at(4, 24, "15:05", "IE"), "The 1,260 one is going this evening, the 5,740 one on 03/05 once the Punchestown work is invoiced.", "promise_to_pay", date="2030-04-24", amount="1260.00", fam=["two-dates", "partial-amount", "today"]),
]
