"""English promises (field56): Burns Night, MLK Day, Australia Day, Chinese New Year, the January month end and stock-takes."""

from evals.field.build import Reply
from evals.field56.kit import CST, EST, GB, IE, MST, NZ, PER, SG, SYD, ZA, at

R = Reply

_INLINE_GB = """> According to our records the following invoices are past due:

Yes, sorry, we know.

> INV-2027-56001    2027-12-10    GBP 2,480.00

Paying this one on 2 Feb.

> INV-2027-56002    2027-12-22    GBP 615.00

And this with it, same run.

> If you have already paid, please send us the payment date and reference.

We haven't. Fiona"""

_FORWARD_US = """Check goes out Thursday, I cut it this morning. — Dale at the shop

---------- Forwarded message ---------
From: Judy Lindqvist <j.lindqvist@millelacsice.example>
Date: Mon, Jan 24, 2028 at 4:12 PM
Subject: Fwd: Reminder: overdue invoices
To: office@millelacsice.example

Guys can someone at the shop cut the check this week? I'm in AZ and can't sign. — J"""

_FORMAL_GB = """Dear Sirs,

Thank you for your reminder. We confirm settlement of INV-2027-56001 and INV-2027-56002 in our payment run of 28th January 2028.

Yours faithfully,

Gordon Bain
Financial Controller (interim)
Auld Reekie Suppers Ltd
Registered in Scotland SC512233. Registered office: 14 Canongate, Edinburgh EH8 8BN.

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Auld Reekie Suppers Ltd accepts no liability for viruses. Please consider the environment before printing this e-mail."""

REPLIES = [
    # --- Auld Reekie Suppers (Edinburgh)
    R("N5601", at(17, "09:12", GB), "Morning, busy week coming with Burns Night on Tuesday the 25th, so apologies. We'll clear both invoices this Friday.", "promise_to_pay", date="2028-01-21", fam=["weekday", "holiday-distractor"]),
    R("N5601", at(18, "22:47", GB), "Hi,\n\nFiona's off this week, Callum here (and Morag reading over my shoulder). Payment for 56001 goes out the day after Burns Night.\n\nCallum & Morag\nAccounts, Auld Reekie Suppers", "promise_to_pay", date="2028-01-26", inv=["INV-2027-56001"], sender=0, fam=["shared-mailbox", "holiday-anchor", "day-after"]),
    R("N5601", at(19, "14:05", GB), _INLINE_GB, "promise_to_pay", date="2028-02-02", quote="none", sender=1, fam=["inline-answers", "day-month"]),
    R("N5601", at(20, "07:58", GB), "hi its fiona driving sorry voice text full stop we will pay the two invoices on monday the thirty first comma once the books close for January full stop thanks", "promise_to_pay", date="2028-01-31", sender=1, fam=["voice-to-text", "spelled-ordinal", "books-close"]),
    R("N5601", at(21, "16:30", GB), "From the kitchen office – the accounts lot asked me to tell you it'll be paid the first business day of Feb. Haggis everywhere, send help.", "promise_to_pay", date="2028-02-01", sender=2, fam=["first-business-day", "colleague"]),
    R("N5601", at(24, "10:10", GB), "We'll pay the £615 today and the £2,480 once the Burns suppers have been invoiced to our own clients, probably mid-Feb.", "promise_to_pay", date="2028-01-24", amount="615.00", human=["conditional"], fam=["today", "partial-amount", "condition"]),
    R("N5601", at(27, "11:45", GB), "Our payment run is Thursdays. Not today's, the next one.", "promise_to_pay", date="2028-02-03", fam=["payment-run", "next-occurrence"]),
    R("N5601", at(25, "23:55", GB), "Sorry, replying from the Burns supper with a dram in hand. Pay it Thursday, promise. F", "promise_to_pay", date="2028-01-27", sender=1, fam=["late-evening", "weekday", "terse"]),
    R("N5601", at(26, "08:15", GB), _FORMAL_GB, "promise_to_pay", date="2028-01-28", html=True, sender=0, fam=["outlook-html", "disclaimer", "formal", "ordinal-date"]),
    R("N5601", at(28, "09:00", GB), "Half the 2480 on Monday, half on Feb 14th.", "promise_to_pay", date="2028-01-31", amount="1240.00", fam=["half", "two-dates", "no-currency"]),
    R("N5601", at(17, "12:00", GB), "We're doing our annual stock-take this week. Payment once it's done, Monday 24th.", "promise_to_pay", date="2028-01-24", fam=["stock-take", "weekday-date"]),
    R("N5601", at(20, "15:15", GB), "Fiona here from my own email, work laptop died. Paying the 615 tomorrow, the rest next Friday.", "promise_to_pay", date="2028-01-21", amount="615.00", sender="fiona.mackinnon73@gmail.example", fam=["free-mail", "tomorrow", "partial-amount"]),
    R("N5601", at(26, "14:40", GB), "Payment will be made within 5 working days.", "promise_to_pay", date="2028-02-02", sender=0, fam=["working-days"]),
    R("N5601", at(19, "09:30", GB), "I'll pay once you send the January statement, should be Friday. Can you send it today?", "promise_to_pay", date="2028-01-21", sec=["invoice_resend"], human=["conditional"], sender=1, fam=["condition", "statement"]),
    # --- Golden Mane Lion Dance Supplies (Singapore, strategic)
    R("N5602", at(17, "10:20", SG), "Dear Sir/Madam,\n\nNoted with thanks. We will arrange payment for GM-PO-2211 before CNY, latest 24/1.\n\nRegards,\nFinance Dept", "promise_to_pay", date="2028-01-24", inv=["INV-2027-56003"], sender=0, fam=["po-named", "day-first", "before-holiday"]),
    R("N5602", at(18, "18:40", SG), "Hi, sorry ah, boss still in Guangzhou seeing the drum suppliers. Can pay after CNY, first working day after the holidays ok?", "promise_to_pay", date="2028-01-28", sender=1, fam=["after-cny", "singlish", "holiday-anchor"]),
    R("N5602", at(19, "09:02", SG), "Both invoices will be paid on 28 January 2028 via GIRO.", "promise_to_pay", date="2028-01-28", sender=0, fam=["explicit-date"]),
    R("N5602", at(20, "11:15", SG), "Dear Northwind,\n\nWei Ling is on leave. We (Finance: Jasmine / Ahmad) confirm SGD 10,000 will be remitted on Mon 24 Jan; balance after the Lunar New Year, around 7 Feb.\n\nRgds\nJasmine & Ahmad", "promise_to_pay", date="2028-01-24", amount="10000.00", sender=0, fam=["shared-mailbox", "partial-amount", "two-dates"]),
    R("N5602", at(21, "15:30", SG), "Payment will be released once the books close for January, i.e. 31 Jan.", "promise_to_pay", date="2028-01-31", sender=1, fam=["books-close"]),
    R("N5602", at(25, "08:45", SG), "Tomorrow is Chinese New Year, office closed 26-27 Jan. We will transfer on Fri.", "promise_to_pay", date="2028-01-28", sender=1, fam=["abbrev-weekday", "holiday-closure"]),
    R("N5602", at(27, "22:10", SG), "Gong xi fa cai! Payment on 1st Feb sure.", "promise_to_pay", date="2028-02-01", sender=1, fam=["holiday-greeting", "ordinal-date"]),
    R("N5602", at(28, "09:30", SG), "Hi team, our boss is back from China on 3 Feb. He will sign the cheque then and we courier it on 4 Feb.", "promise_to_pay", date="2028-02-04", sender=1, fam=["cheque", "two-dates"]),
    R("N5602", at(24, "17:45", SG), "ok will pay by thurs", "promise_to_pay", date="2028-01-27", sender=1, fam=["terse", "abbrev-weekday"]),
    R("N5602", at(21, "10:00", SG), "We have scheduled payment for INV-2027-56004 on 31-Jan-2028.", "promise_to_pay", date="2028-01-31", inv=["INV-2027-56004"], sender=0, fam=["dash-month-date"]),
    R("N5602", at(26, "09:15", SG), "Writing from Penang, back home for CNY with the family. Accounts will pay 2 Feb.", "promise_to_pay", date="2028-02-02", sender=1, fam=["travelling", "day-month"]),
    # --- Southern Cross Pyrotechnics (Sydney, credit hold; owner in Perth)
    R("N5603", at(17, "13:40", SYD), "G'day, flat out with Australia Day shows. We'll square up by Australia Day.", "promise_to_pay", date="2028-01-26", sender=1, fam=["by-holiday", "aussie"]),
    R("N5603", at(19, "06:15", PER), "Darren here from Perth for the Skyworks show. Paying the $1,980 invoice tomorrow, the big one after the 26th once the councils pay us.", "promise_to_pay", date="2028-01-20", amount="1980.00", inv=["INV-2027-56006", "INV-2027-56005"], human=["conditional"], sender=1, fam=["other-timezone", "partial-amount", "condition"]),
    R("N5603", at(20, "17:05", SYD), "Accounts will pay 12,750 on Friday 28/1.", "promise_to_pay", date="2028-01-28", amount="12750.00", sender=0, fam=["day-first", "weekday-date"]),
    R("N5603", at(24, "09:30", SYD), "No promises till after the 26th, but we'll aim for the Monday after. Darren", "promise_to_pay", date="2028-01-31", sender=1, fam=["hedged", "holiday-anchor"]),
    R("N5603", at(27, "10:00", SYD), "Funds on their way next Tuesday.", "promise_to_pay", date="2028-02-01", sender=0, fam=["next-weekday"]),
    R("N5603", at(22, "11:30", PER), "Saw this on the weekend. Monday for the small one.", "promise_to_pay", date="2028-01-24", inv=["INV-2027-56006"], sender=1, fam=["weekend", "other-timezone", "weekday"]),
    R("N5603", at(28, "16:40", SYD), "Australia Day hangover over, money goes Wednesday.", "promise_to_pay", date="2028-02-02", sender=1, fam=["weekday", "aussie"]),
    R("N5603", at(18, "08:30", SYD), "Paying Friday week.", "promise_to_pay", date="2028-01-28", sender=0, fam=["friday-week", "terse"]),
    R("N5603", at(25, "19:20", PER), "Perth again. The council paid us so you'll get the lot tomorrow, Australia Day or not.", "promise_to_pay", date="2028-01-26", sender=1, fam=["other-timezone", "tomorrow"]),
    R("N5603", at(20, "09:00", SYD), "We can do $6k next Friday.", "promise_to_pay", date="2028-01-28", amount="6000.00", sender=1, fam=["next-weekday", "k-amount"]),
    # --- Mille Lacs Ice Fishing (Minnesota; bookkeeper in Arizona)
    R("N5604", at(17, "08:20", CST), "Office is closed for MLK Day but I saw this. Check goes out Wednesday.", "promise_to_pay", date="2028-01-19", sender=0, fam=["holiday-distractor", "weekday", "cheque"]),
    R("N5604", at(18, "15:55", MST), "Judy here — I'm snowbirding in Tucson till March so I do the books remotely. I'll send the ACH for both on 1/21.", "promise_to_pay", date="2028-01-21", fam=["other-timezone", "us-numeric"]),
    R("N5604", at(19, "12:00", CST), "We'll pay after the Eelpout Festival wraps up, so week of Feb 7. Friday at the latest.", "promise_to_pay", date="2028-02-11", sender=0, fam=["festival-distractor", "week-of"]),
    R("N5604", at(21, "09:40", MST), "Sending $790 today. The $4,325 one I need to check against the rental log first.", "promise_to_pay", date="2028-01-21", amount="790.00", inv=["INV-2027-56008", "INV-2027-56007"], fam=["today", "partial-amount"]),
    R("N5604", at(24, "19:30", MST), "Hey this is Judy period will pay on the 31st period sorry for the delay period period", "promise_to_pay", date="2028-01-31", fam=["voice-to-text", "ordinal"]),
    R("N5604", at(26, "07:05", CST), "Payment will be made end of next week.", "promise_to_pay", date="2028-02-04", sender=0, fam=["end-of-next-week"]),
    R("N5604", at(28, "14:20", CST), "Pay both by 2/4.", "promise_to_pay", date="2028-02-04", sender=0, fam=["us-numeric", "terse"]),
    R("N5604", at(20, "06:30", CST), "Hey, we're out on the lake setting up the fish houses. Will pay by the end of the month.", "promise_to_pay", date="2028-01-31", sender=0, fam=["end-of-month"]),
    R("N5604", at(27, "18:00", MST), "Judy. Sorry, Tucson time, late. $2,000 tomorrow, rest on Feb 10.", "promise_to_pay", date="2028-01-28", amount="2000.00", fam=["other-timezone", "tomorrow", "two-dates"]),
    R("N5604", at(25, "10:00", CST), _FORWARD_US, "promise_to_pay", date="2028-01-27", sender=0, fam=["forwarded-chain", "weekday", "cheque"]),
    R("N5604", at(22, "13:30", CST), "we'll pay the first week of February", "promise_to_pay", date="2028-02-04", sender=0, fam=["first-week-of"]),
    R("N5604", at(17, "21:15", MST), "Hola, soy Rosa de la oficina de Judy. Mandamos el cheque el viernes.", "promise_to_pay", date="2028-01-21", lang="es", sender=0, fam=["language-switch", "weekday", "cheque"]),
    R("N5604", at(26, "11:30", CST), "No bank holiday this time. We'll pay on 2/1.", "promise_to_pay", date="2028-02-01", sender=0, fam=["us-numeric"]),
    # --- Northern Lights Ice Road Haulage (Winnipeg, payment plan)
    R("N5605", at(17, "10:45", CST), "Our instalment for January will go on the 31st as agreed under the plan.", "promise_to_pay", date="2028-01-31", fam=["plan-instalment", "ordinal"]),
    R("N5605", at(18, "08:00", CST), "Winter roads are finally open, trucks running. Extra $5,000 toward the balance Friday.", "promise_to_pay", date="2028-01-21", amount="5000.00", fam=["weekday", "partial-amount"]),
    R("N5605", at(20, "16:15", EST), "Writing from Toronto this week. The controller's office will release the Feb instalment on the first business day of February.", "promise_to_pay", date="2028-02-01", sender=1, fam=["other-timezone", "first-business-day"]),
    R("N5605", at(25, "11:11", CST), "Payment tomorrow.", "promise_to_pay", date="2028-01-26", fam=["tomorrow", "terse"]),
    R("N5605", at(27, "13:35", CST), "We'll pay once the mine pays us for the December hauls, should be mid-February.", "promise_to_pay", date="2028-02-15", human=["conditional"], sender=1, fam=["condition", "mid-month"]),
    R("N5605", at(21, "07:45", CST), "As per our arrangement, $2,800 goes out on the 31st.", "promise_to_pay", date="2028-01-31", amount="2800.00", fam=["plan-instalment", "ordinal"]),
    R("N5605", at(24, "12:00", CST), "The winter road season ends mid-March; till then we can only do the agreed $2,800 on the last day of each month. January's goes on the 31st.", "promise_to_pay", date="2028-01-31", amount="2800.00", sender=1, fam=["plan-instalment", "distractor-date"]),
    R("N5605", at(28, "10:15", CST), "February instalment plus the $1,000 catch-up from December on Feb 1.", "promise_to_pay", date="2028-02-01", partial=False, fam=["plan-instalment", "catch-up"]),
    # --- Tally Ho Stocktake Services (Auckland)
    R("N5606", at(17, "09:20", NZ), "Kia ora, we're mid stock-take season, every client counting at once. Paying both on Friday.", "promise_to_pay", date="2028-01-21", fam=["weekday", "stock-take", "maori-greeting"]),
    R("N5606", at(18, "21:30", NZ), "Hi there,\n\nWe'll get 56010 paid on 28/1 and 56011 with it.\n\nAroha, Ben and Rawiri\n(shared accounts inbox)", "promise_to_pay", date="2028-01-28", sender=0, fam=["shared-mailbox", "day-first"]),
    R("N5606", at(19, "12:10", NZ), "We pay on the 20th of the month after invoice. So tomorrow.", "promise_to_pay", date="2028-01-20", fam=["payment-terms", "tomorrow"]),
    R("N5606", at(24, "08:05", NZ), "Office is shut for Auckland Anniversary Day on Monday the 31st, so payment goes Tuesday 1 Feb.", "promise_to_pay", date="2028-02-01", sender=1, fam=["holiday-distractor", "weekday-date"]),
    R("N5606", at(26, "15:45", NZ), "We'll pay in 10 days.", "promise_to_pay", date="2028-02-05", fam=["in-days"]),
    R("N5606", at(27, "10:30", NZ), "Stock-takes finish on the 4th. Payment the Monday after.", "promise_to_pay", date="2028-02-07", sender=1, fam=["event-anchor", "monday-after"]),
    R("N5606", at(20, "13:40", NZ), "Counting till late every night, sorry. Pay next Wednesday.", "promise_to_pay", date="2028-01-26", sender=1, fam=["next-weekday"]),
    R("N5606", at(25, "09:00", NZ), "Invoice 56011 goes with our next run on the 31st; 56010 we want to check the hours on first.", "promise_to_pay", date="2028-01-31", inv=["INV-2027-56011"], fam=["payment-run", "one-invoice"]),
    R("N5606", at(21, "11:00", NZ), "Sweet as, will sort it on Waitangi Day eve.", "promise_to_pay", date="2028-02-05", fam=["holiday-eve", "kiwi"]),
    R("N5606", at(28, "08:20", NZ), "Payment 3/2.", "promise_to_pay", date="2028-02-03", fam=["day-first", "ambiguous-numeric", "terse"]),
    R("N5606", at(17, "16:00", NZ), "Kia ora. Payment 2 days after our stock-take wrap on the 25th.", "promise_to_pay", date="2028-01-27", sender=1, fam=["event-anchor", "days-after"]),
    # --- Karoo Dark Sky Tours (legal)
    R("N5607", at(17, "11:00", ZA), "Our attorneys advised that we may settle directly. We will pay R38 500 on 31 January.", "promise_to_pay", date="2028-01-31", amount="38500.00", partial=False, sender=1, fam=["full-amount", "space-thousands"]),
    R("N5607", at(19, "20:15", ZA), "Pieter here, back from a night tour. We will pay next week Wednesday, I promise.", "promise_to_pay", date="2028-01-26", sender=1, fam=["next-week-weekday", "late-evening"]),
    R("N5607", at(21, "09:45", ZA), "Payment will be made at month-end when the tour operators pay us.", "promise_to_pay", date="2028-01-31", human=["conditional"], sender=0, fam=["end-of-month", "condition"]),
    R("N5607", at(25, "14:00", ZA), "We will pay R10 000 on Friday and the balance by 15 Feb.", "promise_to_pay", date="2028-01-28", amount="10000.00", sender=1, fam=["two-dates", "partial-amount"]),
    R("N5607", at(28, "08:30", ZA), "Transfer will be done on Monday.", "promise_to_pay", date="2028-01-31", sender=0, fam=["weekday"]),
    R("N5607", at(24, "10:20", ZA), "We'll pay when the court date is behind us.", "promise_to_pay", human=["conditional"], sender=1, fam=["condition", "undated"]),
    R("N5607", at(26, "16:00", ZA), "Dear Sirs\n\nWe act for Karoo Dark Sky Tours (Pty) Ltd. Our client will pay the outstanding amount in full by 11 February 2028.\n\nYours faithfully\nJ. Botha\nBotha Inc. Attorneys", "promise_to_pay", date="2028-02-11", sender="j.botha@bothainc-attorneys.example", fam=["attorney", "unknown-sender", "formal"]),
    # --- Connemara Currach Works (Ireland)
    R("N5608", at(17, "12:30", IE), "Dia dhuit, I'll pay Thursday.", "promise_to_pay", date="2028-01-20", sender=1, fam=["weekday", "irish-greeting"]),
    R("N5608", at(18, "09:00", IE), "Grand, sorry about that. It'll be paid by the end of the month, the boats for Galway are only going out now.", "promise_to_pay", date="2028-01-31", sender=1, fam=["end-of-month"]),
    R("N5608", at(20, "17:20", IE), "The €340 goes today, the €2,215 on the 4th of February.", "promise_to_pay", date="2028-01-20", amount="340.00", fam=["today", "two-dates", "partial-amount"]),
    R("N5608", at(24, "10:50", IE), "Will pay in a fortnight.", "promise_to_pay", date="2028-02-07", sender=1, fam=["fortnight"]),
    R("N5608", at(26, "08:40", IE), "Seán's out on the island with no signal, it's his sister Nóra. He said to tell you it'll be paid Friday week.", "promise_to_pay", date="2028-02-04", sender=0, fam=["family-member", "friday-week"]),
    R("N5608", at(27, "16:00", IE), "Paying 1 Feb.", "promise_to_pay", date="2028-02-01", sender=1, fam=["terse", "day-month"]),
    R("N5608", at(21, "13:15", IE), "I'll pay on Monday the 31st.", "promise_to_pay", date="2028-01-31", sender=1, fam=["weekday-date"]),
    R("N5608", at(19, "19:40", IE), "Will have it paid by St Brigid's Day.", "promise_to_pay", date="2028-02-01", sender=1, fam=["saint-day"]),
    R("N5608", at(18, "14:45", IE), "Paying Friday. Sorry for the delay, the weather's been desperate.", "promise_to_pay", date="2028-01-21", fam=["weekday"]),
    R("N5608", at(28, "11:30", IE), "It'll go out the 1st working day of February.", "promise_to_pay", date="2028-02-01", sender=0, fam=["first-business-day"]),
    R("N5608", at(24, "20:00", IE), "hi this is sean o flaherty im on the boat so excuse the voice thing um we'll pay the both of them on thursday the twenty seventh thanks bye", "promise_to_pay", date="2028-01-27", sender=1, fam=["voice-to-text", "spelled-ordinal"]),
]
