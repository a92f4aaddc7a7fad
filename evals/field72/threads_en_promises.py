"""field72, English: promises to pay, June and July 2032 (written by hand; dates resolved per evals/LABELING.md)."""

from evals.field.build import Reply as R
from evals.field72.kit import AUTO, at, at_zone, auto, bal  # noqa: F401

REPLIES = [
    # Tue 1 June, the day after the Spring Bank Holiday
    R("V7201", at("V7201", 6, 1, "09:12"),
      "Morning,\n\nSorry, we were shut yesterday for the bank holiday and I'm wading through the backlog. Both invoices are on "
      "this Thursday's run, so 3rd June.\n\nNadia", "promise_to_pay", date="2032-06-03", fam=["bank-holiday aftermath"]),
    R("V7201", at("V7201", 6, 14, "16:40"),
      "ok will pay fri\n\nSent from my iPhone", "promise_to_pay", date="2032-06-18", sender=2, fam=["terse mobile"]),
    R("V7201", at("V7201", 7, 20, "11:05"),
      "Hi,\n\nPhil's asked me to settle 72011 now and hold 72012 until the fitter comes back to finish the snagging. "
      "72011 will go tomorrow.\n\nNadia Okafor | Finance Manager\nBrambleford Garden Rooms Ltd",
      "promise_to_pay", date="2032-07-21", inv=["INV-2028-72011"], fam=["partial by invoice"]),
    R("V7202", at("V7202", 6, 2, "14:22"),
      "Dear Sirs\n\nThank you for your reminder. Both invoices have been approved by the partners and will be released in the "
      "payment run of Friday 11 June 2032.\n\nYours faithfully\n\nJas Bhamra\nCashier\n\nQuillon & Marsh Solicitors LLP is a "
      "limited liability partnership registered in England and Wales (OC000000). It is authorised and regulated by the Solicitors "
      "Regulation Authority. This email is confidential and may be legally privileged. If you are not the intended recipient please "
      "notify the sender and delete it; you must not copy, distribute or rely on it. We will never change our bank details by "
      "email. Please call us on a number you already hold before transferring funds to us.",
      "promise_to_pay", date="2032-06-11", sender=2, html=True, fam=["formal AP", "disclaimer longer than message"]),
    R("V7202", at("V7202", 6, 29, "17:55"),
      "Rosalind here. With the half-year closing tomorrow nothing leaves the firm's account until the books are signed off. You'll "
      "have the full amount the first week of July - call it the 7th.", "promise_to_pay", date="2032-07-07", sender=1,
      fam=["half-year close", "self-correction of span"]),
    R("V7203", at("V7203", 7, 7, "10:31"),
      "Hiya, just back from a week in Donegal. We're closed the 12th and 13th for the holidays so I'll get it paid before then - "
      "Friday at the latest.\n\nÁine", "promise_to_pay", date="2032-07-09", fam=["Twelfth", "holiday distractor"]),
    R("V7203", at("V7203", 6, 21, "15:02"),
      "Trevor here. Money's tight after the eel season opened late. I can do £2,000 on the 30th and the rest when the "
      "Dublin order pays us.", "promise_to_pay", date="2032-06-30", amount="2000.00", sender=2, human=["conditional"],
      fam=["partial", "owner voice"]),
    R("V7205", at("V7205", 6, 8, "09:48"),
      "Hi there,\n\nApologies, long weekend here (June bank holiday yesterday). Cathal will pay the two of them Thursday.\n\n"
      "Siobhán", "promise_to_pay", date="2032-06-10", sender=1, fam=["Irish June bank holiday"]),
    R("V7205", at("V7205", 7, 12, "20:14"),
      "grand so, will sort it thurs week, the shop is mobbed with the good weather\n\nCathal", "promise_to_pay",
      date="2032-07-22", sender=2, fam=["terse mobile", "Irish English", "thurs week"]),
    R("V7207", at("V7207", 6, 1, "08:37"),
      "Hi,\n\nHope you had a good Memorial Day. We're in our busiest stretch with the Fourth coming up, but the controller has "
      "approved both. They go out in the ACH batch on 6/10.\n\nRay Delgado\nAccounts Payable | Hudson Pier Fireworks Inc.",
      "promise_to_pay", date="2032-06-10", sender=2, fam=["US numeric m/d", "Fourth distractor"]),
    R("V7207", at("V7207", 7, 6, "13:20"),
      "Gina Russo here. Back from the long weekend - the barge show went off fine, thank God. We get paid by the city within "
      "30 days of the show, so expect ours around Aug 5. I know that's further out than you'd like.",
      "promise_to_pay", date="2032-08-05", sender=1, human=["conditional"],
      fam=["Independence Day observed", "conditional"]),
    R("V7208", at("V7208", 6, 3, "16:45"),
      "Y'all are quick on the draw. Check's going in the mail Monday.\n\nTravis", "promise_to_pay", date="2032-06-07",
      sender=1, fam=["owner voice", "Texan", "check in the mail"]),
    R("V7208", at("V7208", 7, 15, "10:10"),
      "Hi - Brenda, the bookkeeper. Travis is at a cook-off in Lockhart till Sunday. I'm paying 72081 on the 20th; he wants to "
      "see the brisket racks before 72082 goes.\n\nThanks,\nBrenda", "promise_to_pay", date="2032-07-20",
      inv=["INV-2028-72081"], sender=2, fam=["bookkeeper", "trip distractor"]),
    R("V7210", at("V7210", 6, 7, "11:30"),
      "Good morning,\n\nThe festival is 19 June (we celebrate on the day itself even though the federal holiday is observed on the "
      "18th). Our board releases vendor payments the Tuesday after, June 22.\n\nDenise Coleman\nTreasurer",
      "promise_to_pay", date="2032-06-22", sender=1, fam=["Juneteenth", "holiday distractor"]),
    R("V7210", at("V7210", 7, 1, "09:05"),
      "Marcus here. Denise is out. The sponsor money from the city lands mid-July and we'll pay you right after, "
      "latest July 19.", "promise_to_pay", date="2032-07-19", sender=2, human=["conditional"], fam=["conditional"]),
    R("V7211", at("V7211", 6, 10, "14:00"),
      "Hi,\n\nFather's Day is our Christmas so everyone is on the floor this week. I'll get it released after the 20th - "
      "Tuesday the 22nd.\n\nLaShonda", "promise_to_pay", date="2032-06-22", sender=1, fam=["Father's Day", "holiday distractor"]),
    R("V7212", at("V7212", 6, 29, "15:38"),
      "Hi, we close Thursday for Canada Day and Greg is taking the Friday too. I'll e-transfer it Monday morning.\n\nHeather",
      "promise_to_pay", date="2032-07-05", sender=1, fam=["Canada Day", "closure distractor"]),
    R("V7212", at("V7212", 7, 22, "19:02"),
      "This is Greg. Sorry, was up at the lake. Paying Tues.", "promise_to_pay", date="2032-07-27", sender=2,
      fam=["terse mobile", "owner voice"]),
    R("V7214", at("V7214", 6, 2, "11:15"),
      "Dear Sir/Madam,\n\nWith reference to your mail dated 28th May, kindly note that payment against the captioned invoices "
      "has been processed positively and will be released by 7th June positively.\n\nRegards,\nPriya Venkatesh\nAP Executive",
      "promise_to_pay", date="2032-06-07", sender=1, fam=["Indian English", "ordinal dates"]),
    R("V7214", at("V7214", 7, 14, "17:49"),
      "Dear Team,\n\nDue to monsoon flooding our Mumbai office was shut on Monday and Tuesday. Payment of INR 1,48,000/- "
      "against INV-2028-72142 shall be done by Friday positively. Balance invoice is under approval with CFO.\n\nThanks & Regards,\n"
      "Priya", "promise_to_pay", date="2032-07-16", inv=["INV-2028-72142"], sender=1, partial=False,
      amount="148000.00", fam=["Indian English", "lakh grouping", "weekday alone"]),
    R("V7216", at("V7216", 6, 4, "10:02"),
      "Hi, DBS transfer will go out tmr ok. Dragon boat regatta weekend so office got no one on Sat, I will do from home.\n\n"
      "Wei Ling", "promise_to_pay", date="2032-06-05", sender=1, fam=["Singapore English", "tmr"]),
    R("V7216", at("V7216", 7, 26, "09:40"),
      "Dear Sir,\n\nKumar here. We will settle SGD 8,000 by 6 Aug and remaining by 31 Aug. Please note Monday 9 Aug is National "
      "Day holiday.\n\nRegards\nKumar Rajan", "promise_to_pay", date="2032-08-06", amount="8000.00", sender=2,
      fam=["partial", "Singapore National Day distractor"]),
    R("V7217", at("V7217", 6, 15, "12:12"),
      "Morning\n\nTomorrow is Youth Day so we are out. The payment run is Thursday 17 June - both invoices are on it.\n\nThandi",
      "promise_to_pay", date="2032-06-17", sender=1, fam=["South Africa Youth Day"]),
    R("V7217", at("V7217", 7, 28, "08:20"),
      "Hi there\n\nJohan wants a credit note for the short delivery on 72172 before he signs it. 72171 is fine and goes on "
      "Friday's run.\n\nThandi Mokoena", "dispute", sec=["promise_to_pay"], date="2032-07-30", inv=["INV-2028-72171", "INV-2028-72172"],
      sender=1, fam=["dispute with promise"]),
    R("V7219", at("V7219", 6, 28, "09:55"),
      "Hi,\n\nWimbledon starts today and we've got pickers doing 4am starts, so forgive the short reply. Fiona has signed off the "
      "payment for the end of the month.\n\nMo", "promise_to_pay", date="2032-06-30", sender=2, fam=["Wimbledon", "month end"]),
    R("V7219", at("V7219", 7, 16, "14:37"),
      "Hello,\n\nI had pencilled you in for the 9th, then the punnet supplier invoice jumped the queue. Now firmly Wednesday "
      "21st.\n\nKind regards\nFiona Barraclough", "promise_to_pay", date="2032-07-21", sender=1,
      fam=["moved date", "weekday with ordinal"]),
    R("V7220", at("V7220", 6, 9, "18:03"),
      "Aye, I'll transfer it once the midge season pays for itself, which is usually by end of June. Hamish",
      "promise_to_pay", date="2032-06-30", sender=1, human=["conditional"], fam=["Scottish", "owner voice", "month end"]),
    R("V7220", at("V7220", 7, 1, "07:50"),
      "Hamish again. Sorry, I said end of June. It'll be the 9th now, the Highland show money came in late.",
      "promise_to_pay", date="2032-07-09", sender=1, fam=["moved date", "ordinal alone"]),
    R("V7222", at("V7222", 6, 21, "21:16"),
      "Hey! Kristen here. Summer crowd finally showed up. I'll pay both invoices after the Fourth - the week of July 5th, "
      "let's say Friday that week.", "promise_to_pay", date="2032-07-09", sender=1, fam=["owner voice", "Fourth", "self-resolved week"]),
    R("V7222", at("V7222", 7, 27, "12:48"),
      "Hi again,\n\nHurricane prep ate my week. I can pay $1,500 now-ish (Friday) and the rest mid-August.\n\nKristen",
      "promise_to_pay", date="2032-07-30", amount="1500.00", sender=1, fam=["partial"]),
    R("V7221", at("V7221", 7, 5, "10:30"),
      "Good morning,\n\nThe Stampede is this week and finance is half-staffed. I'll release both invoices on July 19 when the "
      "grounds close out.\n\nDana Whitecalf, CPA\nController | Prairie Stampede Outfitters Inc.",
      "promise_to_pay", date="2032-07-19", sender=1, fam=["Calgary Stampede"]),
    R("V7221", at("V7221", 6, 14, "16:02"),
      "Brett here, purchasing. Dana's away. She left a note saying 'Q2 close, pay with everything else on the 30th'. So the "
      "30th it is.", "promise_to_pay", date="2032-06-30", sender=2, fam=["half-year close", "quoted note"]),
    R("V7224", at("V7224", 6, 18, "10:00"),
      "Hello,\n\nas our English-speaking colleague is on holiday, I write in English. The payment comes after Kieler Woche, "
      "so in the week from 5 July. I think Wednesday.\n\nBest regards\nHenning Jessen", "promise_to_pay", date="2032-07-07",
      sender=1, lang="en", fam=["non-native English", "Kieler Woche"]),
    R("V7226", at("V7226", 7, 2, "09:20"),
      "Dear Sir or Madam\n\nThank you for your email. Payment will be executed latest 16.07.2032. Kindly note our factory is "
      "closed 19 July to 6 August for company holidays.\n\nKind regards\nSandra Meier", "promise_to_pay", date="2032-07-16",
      sender=2, lang="en", fam=["Swiss in English", "industrial holidays distractor", "dotted date"]),
    R("V7206", at("V7206", 6, 3, "11:44"),
      "Declan Moran here. Per our plan, the June instalment of €2,000 goes on the 15th as usual.",
      "promise_to_pay", date="2032-06-15", amount="2000.00", sender=1, fam=["plan instalment"]),
    R("V7215", at("V7215", 6, 23, "13:30"),
      "Dear Sir,\n\nWe have received the mango season advance from our buyer. Payment of full outstanding will be made on or "
      "before 30/06.\n\nSanjay Kulkarni\nPartner", "promise_to_pay", date="2032-06-30", sender=1,
      fam=["Indian English", "numeric d/m >12"]),
    R("V7218", at("V7218", 7, 9, "15:15"),
      "Howzit\n\nThe sardines were late this year so the charters were too. I'll do the July instalment on the 25th, "
      "R8 000 as agreed.\n\nKev", "promise_to_pay", date="2032-07-25", amount="8000.00", sender=1, fam=["South African", "plan instalment"]),
    R("V7209", at("V7209", 6, 16, "10:48"),
      "Our attorney asked us to route everything through her, but I can tell you the settlement check is being cut on "
      "June 25.\n\nPaula MacKenzie", "promise_to_pay", date="2032-06-25", sender=1, fam=["legal account"]),
    R("V7213", at("V7213", 6, 11, "14:20"),
      "Colin here. We'll pay it the 28th. Don't need the emails, thanks.", "promise_to_pay", date="2032-06-28",
      sender=1, fam=["do not contact", "terse"]),
    R("V7204", at("V7204", 6, 1, "10:05"),
      "Sammy here. Marquee season's started so there's money coming in. I'll clear 72041 Friday week and 72042 at the end of "
      "the month.", "promise_to_pay", date="2032-06-11", sender=1, fam=["Friday week", "NI English"]),
    R("V7204", at("V7204", 7, 14, "09:10"),
      "Back after the Twelfth fortnight. You'll have it all by the end of next week.", "promise_to_pay", date="2032-07-23",
      sender=1, fam=["Twelfth fortnight", "end of next week"]),
    R("V7211", at("V7211", 7, 8, "10:30"),
      "Hi,\n\nJust to confirm the discussion on the phone this morning: we're paying $2,215.00 (72112) next Thursday. 72111 we "
      "already paid in May - please check your side.\n\nLaShonda Grant\nController",
      "already_paid", sec=["promise_to_pay"], date="2032-07-15", amount="2215.00", partial=False,
      inv=["INV-2028-72111", "INV-2028-72112"], sender=1, human=["no matching payment"], fam=["phone recap", "mixed"]),
    R("V7201", at("V7201", 7, 2, "12:00"),
      "Hi, the bank's new payee check flagged your account name as 'close match' so I stopped the payment. Once you confirm "
      "the account is yours I'll send it Monday.\n\nNadia", "promise_to_pay", date="2032-07-05", human=["conditional"],
      fam=["confirmation of payee", "conditional"]),
    R("V7207", at("V7207", 6, 24, "22:03"),
      "pay u the 1st. cant before, fourth inventory\n\n-ray", "promise_to_pay", date="2032-07-01", sender=2,
      fam=["terse mobile", "ordinal alone"]),
    R("V7210", at("V7210", 6, 28, "16:16"),
      "Hi,\n\nRe: the reminder - the festival went great, 40,000 people on the 19th. Our fiscal year ends June 30 and the auditors "
      "want everything paid before the books close, so both invoices will be wired Wednesday.\n\nDenise",
      "promise_to_pay", date="2032-06-30", sender=1, fam=["fiscal year-end"]),
    R("V7219", at("V7219", 6, 4, "13:13"),
      "Hi, invoice 72191 - paying on the 15th of this month. 72192 isn't due in our system till the 28th, we'll pay it then.\n\nMo",
      "promise_to_pay", date="2032-06-15", sender=2, fam=["ordinal alone", "two dates"]),
    R("V7212", at("V7212", 6, 7, "13:05"),
      "Hi there,\n\nWe'll pay $1,000 of it Friday and the balance of 72121 + 72122 once the dock installs are invoiced "
      "in July.\n\nHeather Lindqvist\nOffice Manager | Muskoka Dock & Canoe",
      "promise_to_pay", date="2032-06-11", amount="1000.00", sender=1, fam=["partial"]),
    R("V7205", at("V7205", 6, 30, "17:31"),
      "Siobhán here. We'll pay it tomorrow, the 1st, all going well.", "promise_to_pay", date="2032-07-01", sender=1,
      fam=["tomorrow"]),
    R("V7216", at("V7216", 6, 21, "11:11"),
      "Hi, sorry late reply. Will pay next Wed. Thanks ya\n\nWei Ling", "promise_to_pay", date="2032-06-30", sender=1,
      fam=["Singapore English", "next weekday"]),
    R("V7217", at("V7217", 6, 30, "17:05"),
      "Afternoon\n\nHalf-year end today, the system is locked. It will go on Monday the 5th.\n\nThandi",
      "promise_to_pay", date="2032-07-05", sender=1, fam=["half-year close", "weekday with ordinal"]),
    R("V7220", at("V7220", 7, 26, "19:40"),
      "You'll get 72201 in two weeks, the wee one after that.", "promise_to_pay", date="2032-08-09",
      inv=["INV-2028-72201"], sender=1, fam=["relative span", "Scottish"]),
    R("V7222", at("V7222", 6, 2, "09:03"),
      "Hi - pay Friday.", "promise_to_pay", date="2032-06-04", sender=1, fam=["terse"]),
    R("V7214", at("V7214", 6, 25, "10:20"),
      "Dear Sir,\n\nPayment for both invoices will be released in the first week of July after our Q1 closing (our fiscal year "
      "starts April). Expected date 2nd July.\n\nRohit Malhotra\nCFO", "promise_to_pay", date="2032-07-02", sender=2,
      fam=["Indian fiscal Q1", "quarter distractor"]),
    R("V7208", at("V7208", 6, 18, "11:30"),
      "Hey it's Brenda. We're closed today for Juneteenth, I'm just catching up from home. Paying both on Tuesday.",
      "promise_to_pay", date="2032-06-22", sender=2, fam=["Juneteenth observed", "closure"]),
    R("V7203", at("V7203", 6, 1, "09:40"),
      "Good morning\n\nWe had the bank holiday yesterday. Payment is set for the 4th.\n\nKind regards\nÁine McCartan",
      "promise_to_pay", date="2032-06-04", sender=1, fam=["bank-holiday aftermath", "ordinal alone"]),
    R("V7202", at("V7202", 7, 23, "09:00"),
      "Dear Accounts Receivable\n\nFurther to your reminder, please note that INV-2028-72022 will be paid at the end of next "
      "month under our 60-day terms.\n\nJas Bhamra\nCashier", "promise_to_pay", date="2032-08-31",
      inv=["INV-2028-72022"], sender=2, fam=["end of next month", "formal"]),
    R("V7221", at("V7221", 7, 26, "08:45"),
      "Hi,\n\nWe pay on the 15th and the last day of each month. You'll be on the July 31 run - which is a Saturday, so "
      "realistically Friday the 30th.\n\nDana", "promise_to_pay", date="2032-07-30", sender=1, fam=["self-correction", "weekend shift"]),
    R("V7224", at("V7224", 7, 29, "11:10"),
      "Hello again, the payment goes in calendar week 32, at the Tuesday.\n\nHenning Jessen", "promise_to_pay",
      date="2032-08-03", sender=1, lang="en", fam=["calendar week", "non-native English"]),
    R("V7206", at("V7206", 7, 14, "15:27"),
      "Hi,\n\nWe're a bit behind on the plan because of the summer event cancellations. July's instalment will go on the 30th "
      "instead of the 15th.\n\nDeclan", "promise_to_pay", date="2032-07-30", sender=1, fam=["plan instalment", "moved date"]),
    R("V7209", at("V7209", 7, 19, "16:00"),
      "Paula again. The check went to our lawyer for review. She says it'll be out the door this Friday.",
      "promise_to_pay", date="2032-07-23", sender=1, fam=["legal account", "this Friday"]),
    R("V7211", at("V7211", 6, 1, "09:25"),
      "Morning! Back from the long weekend. Paying you on the 4th of June. LaShonda", "promise_to_pay", date="2032-06-04",
      sender=1, fam=["Memorial Day aftermath"]),
    R("V7215", at("V7215", 7, 20, "12:40"),
      "Sir, payment will be done by month end. We request you kindly release the held order.\n\nSanjay",
      "promise_to_pay", date="2032-07-31", sender=1, fam=["Indian English", "month end", "credit hold"]),
    R("V7218", at("V7218", 6, 10, "10:00"),
      "Kevin here. June payment goes in on the 25th, sorry it's late.", "promise_to_pay", date="2032-06-25", sender=1,
      fam=["plan instalment"]),
]
