"""field68, English: promises to pay (and a few that are not plain), January–February 2031."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field68.kit import CA, GB, IE, IN, NZ, SG, SYD, USC, USE, USM, USP, VN, ZA, at, inv

REPLIES: list[Reply] = [
    # Monday 6 January → Friday 10 January
    Reply("Q6801", at(1, 6, "08:12", USC), "plowing nonstop since the storm friday. will pay both this friday\n\nDale\nSent from my iPhone",
          "promise_to_pay", "2031-01-10", fam=["terse-mobile", "lowercase", "bare-weekday"]),
    # Tuesday 21 January; MLK Day was yesterday; 1/23 is Thursday 23 January
    Reply("Q6801", at(1, 21, "16:40", USC), "Hi,\n\nOffice was closed yesterday for MLK Day so our check run slipped a day. I'll cut the check for both invoices Thursday 1/23 and mail it same day.\n\nKristy Lund\nNorthstar Plow & Snow",
          "promise_to_pay", "2031-01-23", sender=2, fam=["us-numeric", "holiday-named", "distractor-holiday"]),
    # Monday 13 January; Burns Night (25th) is a distractor
    Reply("Q6802", at(1, 13, "10:05", GB), "Hello,\n\nApologies for the silence – we are flat out with Burns Night orders until the 25th and I've barely seen my desk. Both invoices will be paid on Tuesday 28 January, once the supper rush is over.\n\nKind regards,\nFiona MacLachlan\nFinance Director\nMacLachlan Haggis Company Ltd\nRegistered in Scotland SC448120",
          "promise_to_pay", "2031-01-28", fam=["distractor-event", "explicit-date", "formal-signature"]),
    # Monday 27 January: "Friday week" = the Friday after the coming Friday = 7 February
    Reply("Q6802", at(1, 27, "09:30", GB), "Morning,\n\nFiona's taking a couple of days after the Burns suppers. She asked me to let you know 68021 will be paid Friday week. The small one she wants to query first, she'll be in touch.\n\nEwan",
          "promise_to_pay", "2031-02-07", inv=inv("68021"), sender=2, fam=["friday-week", "colleague-relays", "distractor-event"]),
    # Wednesday 29 January (NZ +13): "the 7th" = 7 February, the day after Waitangi Day
    Reply("Q6805", at(1, 29, "11:20", NZ), "Kia ora,\n\nBusy as lead-up to Waitangi Day, half our marquees are going up at the Treaty Grounds this week. We'll pay the lot on the 7th, the day after Waitangi.\n\nNgā mihi,\nHemi",
          "promise_to_pay", "2031-02-07", fam=["nz-english", "holiday-named", "day-of-month"]),
    # Monday 10 February: tomorrow = 11 February, a part amount
    Reply("Q6805", at(2, 10, "08:45", NZ), "Sorry, our payment run missed you again. I'll pay 68052 (NZD 2,340) tomorrow and 68051 before the end of the month.\n\nSophie\nTūī Marquee Hire",
          "promise_to_pay", "2031-02-11", amount="2340.00", inv=inv("68052", "68051"), sender=2, fam=["partial", "tomorrow", "two-dates"]),
    # Friday 24 January (IST): 29/01/2031 (day > 12)
    Reply("Q6806", at(1, 24, "13:10", IN), "Dear Sir/Madam,\n\nGreetings from Rajpath Parade Caterers!!\n\nDue to Republic Day on Sunday and the parade rehearsal catering all this week our accounts team is fully occupied. Kindly note payment against both the invoices will be released on 29/01/2031 positively.\n\nInconvenience regretted.\n\nThanks & Regards,\nAnil Mehra\nAccounts Manager",
          "promise_to_pay", "2031-01-29", fam=["indian-english", "numeric-day-first", "holiday-named"]),
    # Tuesday 4 February → Friday 7 February; the other invoice is only being checked
    Reply("Q6806", at(2, 4, "10:00", IN), "Dear Team,\n\nPayment for INV-2027-68062 will be done by Friday for sure. INV-2027-68061 is under verification with our director Ms. Priya, we will revert.\n\nRegards\nAnil",
          "promise_to_pay", "2031-02-07", inv=inv("68062", "68061"), fam=["indian-english", "by-weekday", "revert"]),
    # Tuesday 14 January: the 31st, hangs on their client paying
    Reply("Q6809", at(1, 14, "15:30", ZA), "Hi there\n\nOur shutdown only ended last week. We'll settle both invoices on the 31st once the festival promoter pays us out – they owe us for the whole summer season.\n\nCheers\nThandi",
          "promise_to_pay", "2031-01-31", human=["conditional"], fam=["sa-english", "conditional", "day-of-month"]),
    # Monday 17 February (ZA): Wednesday 19 February; R110 800 is the whole balance
    Reply("Q6809", at(2, 17, "09:00", ZA), "Thandi says she'll load the payment on Wednesday, the full R110 800. Sorry for the run-around, it's been a mad summer.\n\nRiaan",
          "promise_to_pay", "2031-02-19", amount="110800.00", partial=False, sender=2, fam=["sa-english", "whole-balance-amount", "colleague-relays"]),
    # Thursday 16 January (VN +7): 20 January, before the Tết closure 21/01–29/01 (distractor)
    Reply("Q6810", at(1, 16, "17:00", VN), "Dear Sir,\n\nPlease be informed that our company will close for Tết holiday from 21/01 to 29/01. We will pay invoices 68101 and 68102 on 20 January before closing.\n\nBest regards,\nNguyen Thuy Linh\nChief Accountant",
          "promise_to_pay", "2031-01-20", fam=["vietnam-english", "distractor-closure", "explicit-date"]),
    # Monday 3 February: within 3 working days = Thursday 6 February
    Reply("Q6810", at(2, 3, "09:15", VN), "Dear Northwind,\n\nHappy new year! Our office reopened today after Tết. We will transfer the payment within 3 working days.\n\nLinh",
          "promise_to_pay", "2031-02-06", fam=["working-days", "vietnam-english", "lunar-new-year"]),
    # Wednesday 8 January → Friday 10 January
    Reply("Q6811", at(1, 8, "12:00", IE), "Hi,\n\nWe're doing stocktakes for half the retailers in the country this month, hence the delay. Payment Friday.\n\nNiamh",
          "promise_to_pay", "2031-01-10", fam=["irish-english", "bare-weekday", "stocktake"]),
    # Thursday 30 January: tomorrow = 31 January for €1,260
    Reply("Q6811", at(1, 30, "18:22", IE), "Will pay 68112 (€1,260) tomorrow and 68111 on the 14th of Feb, that's the best I can do till the January stocktake invoices come in.\n\nNiamh",
          "promise_to_pay", "2031-01-31", amount="1260.00", inv=inv("68112", "68111"), fam=["partial", "tomorrow", "two-dates"]),
    # Monday 20 January: next Friday = Friday of the following week = 31 January (Winterlude opens that day too)
    Reply("Q6812", at(1, 20, "09:10", CA), "Hi,\n\nWinterlude opens Jan 31 and we've got forty blocks left to carve. The payment will go out next Friday.\n\nJen Lavigne\nRideau Ice Carving",
          "promise_to_pay", "2031-01-31", fam=["next-weekday", "distractor-event", "canadian-english"]),
    # Wednesday 12 February: Monday 17 is Family Day in Ontario, so Tuesday the 18th
    Reply("Q6812", at(2, 12, "14:00", CA), "We'll send C$7,150 for 68121 — Monday's Family Day and the bank's closed, so Tuesday the 18th. The smaller one after the festival wraps.\n\nJen",
          "promise_to_pay", "2031-02-18", amount="7150.00", inv=inv("68121"), fam=["partial", "holiday-named", "canadian-english"]),
    # Thursday 9 January → Monday 13 January
    Reply("Q6814", at(1, 9, "19:45", USE), "the holiday weeks killed us, lift lines out the door. hank signs checks mondays, you'll have it monday\n\nabby",
          "promise_to_pay", "2031-01-13", sender=2, fam=["lowercase", "bare-weekday", "terse-mobile"]),
    # Tuesday 18 February: "the 28th" = 28 February
    Reply("Q6814", at(2, 18, "07:55", USE), "Hank here. Presidents' Day week is our busiest of the season with every school on vacation. Everything gets paid on the 28th, you have my word.\n\nHank Pelletier\nDirector, Green Mountain Ski School",
          "promise_to_pay", "2031-02-28", fam=["day-of-month", "distractor-holiday"]),
    # Wednesday 15 January → 31 January
    Reply("Q6816", at(1, 15, "10:30", USM), "pay u end of month\n\ncody", "promise_to_pay", "2031-01-31", fam=["terse-mobile", "lowercase", "end-of-month"]),
    # Friday 7 February → Tuesday 11 February; sarcasm around a real promise
    Reply("Q6816", at(2, 7, "16:00", USM), "Yes, yes, third reminder, we can count up here too. Cody will pay on Tuesday, and this time he actually means it (I'm standing over him).\n\nLena\nPtarmigan Snowcat Tours",
          "promise_to_pay", "2031-02-11", sender=2, fam=["sarcasm", "bare-weekday"]),
    # Wednesday 22 January: 2/17 corrected to 2/18 (Presidents' Day)
    Reply("Q6817", at(1, 22, "11:11", USP), "Hi Northwind,\n\nValentine's production is eating every dollar until Feb 14. We can pay on 2/17 — no wait, that's Presidents' Day, bank's closed. 2/18 then.\n\nDana Whitfield\nController",
          "promise_to_pay", "2031-02-18", fam=["correction", "us-numeric", "holiday-named"]),
    # Wednesday 19 February → Friday 21 February, the full balance
    Reply("Q6817", at(2, 19, "13:00", USP), "Good news: post-Valentine's sales were strong. We're paying both invoices in full, $15,320, this Friday.\n\nDana",
          "promise_to_pay", "2031-02-21", amount="15320.00", partial=False, fam=["whole-balance-amount", "this-weekday"]),
    # Friday 10 January (IST): 17 January, after Uttarayan (14th, distractor)
    Reply("Q6818", at(1, 10, "11:30", IN), "Dear Sir,\n\nUttarayan is on 14th and every kite and manja spool is flying off the shelf. We will clear your payment after the festival, on 17th January.\n\nRegards,\nJignesh Patel\nProprietor, Sabarmati Kite Works",
          "promise_to_pay", "2031-01-17", fam=["indian-english", "distractor-event", "explicit-date"]),
    # Wednesday 5 February: today, Rs. 54,000
    Reply("Q6818", at(2, 5, "12:40", IN), "Payment of Rs. 54,000/- for 68182 will be done today itself. Balance 1,86,000 by 20th Feb.\n\nHetal Shah\nAccounts",
          "promise_to_pay", "2031-02-05", amount="54000.00", inv=inv("68182", "68181"), sender=2, fam=["indian-english", "lakh-grouping", "today", "partial"]),
    # Monday 3 February: next week = Friday 14 February
    Reply("Q6801", at(2, 3, "07:00", USC), "will pay next week", "promise_to_pay", "2031-02-14", fam=["terse-mobile", "next-week"]),
    # Friday 14 February: Monday 17 February for 68022, 68021 at month end; both dated, earliest kept
    Reply("Q6802", at(2, 14, "16:45", GB), "Apologies, Valentine's week ate me alive. I'll settle 68022 on Monday and 68021 on the last day of the month.\n\nFiona",
          "promise_to_pay", "2031-02-17", inv=inv("68022", "68021"), fam=["two-dates", "bare-weekday", "end-of-month"]),
    # Wednesday 8 January (NZ): back on the 20th, pays then
    Reply("Q6805", at(1, 8, "15:00", NZ), "Hi, we're on the summer break till the 20th, it'll get paid the day I'm back. Hemi (on the beach at Ōhope)",
          "promise_to_pay", "2031-01-20", fam=["nz-english", "day-of-month", "southern-summer"]),
    # Tuesday 28 January: in 2 weeks = 11 February
    Reply("Q6809", at(1, 28, "08:20", ZA), "Good morning\n\nOur year end is the end of February and the auditors are already asking questions, but your payment will go through in 2 weeks.\n\nKind regards\nThandi Nkosi\nFinancial Manager",
          "promise_to_pay", "2031-02-11", fam=["relative-span", "distractor-deadline", "sa-english"]),
    # Monday 20 January (VN): tomorrow = 21 January
    Reply("Q6810", at(1, 20, "10:00", VN), "Dear, chị Linh asks me to reply: payment tomorrow before the Tết holiday. Thank you and chúc mừng năm mới!\n\nBao",
          "promise_to_pay", "2031-01-21", sender=2, fam=["tomorrow", "colleague-relays", "vietnam-english"]),
    # Monday 24 February: this Thursday, 27th
    Reply("Q6811", at(2, 24, "10:15", IE), "Paying this Thursday, the 27th. Sorry, the year-end accounts swallowed February.\n\nDeclan Foley",
          "promise_to_pay", "2031-02-27", sender=2, fam=["this-weekday", "irish-english"]),
    # Monday 27 January → check mailed Friday 31 January
    Reply("Q6814", at(1, 27, "12:00", USE), "Check goes in the mail Friday.\n\nAbby Carrow | Green Mountain Ski School", "promise_to_pay", "2031-01-31", sender=2,
          fam=["cheque", "bare-weekday", "terse"]),
    # Monday 27 January → Wednesday 29 January for 1780
    Reply("Q6816", at(1, 27, "09:00", USM), "sending 1780 for 68162 on wed. the other one (68161) when lena is back from leave",
          "promise_to_pay", "2031-01-29", amount="1780.00", inv=inv("68162", "68161"), fam=["lowercase", "partial", "bare-weekday"]),
    # Wednesday 8 January: January 17, 2031 by ACH; the other invoice was not in the reminder
    Reply("Q6817", at(1, 8, "09:00", USP), "Hello,\n\nPlease be advised that invoice INV-2027-68171 has been approved and is scheduled for payment on January 17, 2031 via ACH.\n\nThank you,\n\nAccounts Payable | Puget Cacao Confections Inc.\n2210 Alaskan Way, Seattle WA 98121\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.",
          "promise_to_pay", "2031-01-17", inv=inv("68171"), reminded=inv("68171"), sender=0, html=True, fam=["outlook-html", "formal-ap", "disclaimer", "explicit-date"]),
    # Tuesday 28 January (IST) → 31 January
    Reply("Q6818", at(1, 28, "18:00", IN), "Sir, we will do the needful and remit by month end. Kindly bear with us.\n\nJignesh", "promise_to_pay", "2031-01-31",
          fam=["indian-english", "do-the-needful", "end-of-month"]),
    # Tuesday 7 January: early next week = Monday 13 January
    Reply("Q6812", at(1, 7, "10:00", CA), "Back from the holidays today. We'll pay both early next week.\n\nJen", "promise_to_pay", "2031-01-13",
          fam=["early-next-week"]),
    # Tuesday 14 January → Thursday 16 January for $2,215.50
    Reply("Q6801", at(1, 14, "13:00", USC), "Dale's out plowing the Target lots. I can pay the $2,215.50 one on Thursday, the bigger one needs his signature.\n\nKristy",
          "promise_to_pay", "2031-01-16", amount="2215.50", sender=2, fam=["partial", "bare-weekday", "amount-not-invoice-number"], note="no invoice number written: both reminded invoices listed"),
    # Monday 6 January (SG +8): strategic account; "after CNY" — 3 February
    Reply("Q6803", at(1, 6, "14:20", SG), "Hi,\n\nNoted with thanks. Our lantern installation for Chinese New Year at Chinatown runs until 10 Feb. Both invoices will be paid on 3 Feb when we are back from the CNY break.\n\nRegards,\nGrace Tan\nFinance Manager",
          "promise_to_pay", "2031-02-03", fam=["singapore-english", "distractor-event", "explicit-date", "lunar-new-year"]),
    # Thursday 23 January (SG): CNY day itself; written by procurement: "Monday" → 27 January
    Reply("Q6803", at(1, 23, "09:00", SG), "Gong xi fa cai! Office closed today and tomorrow lah. Grace will pay on Monday, she says sorry for the delay.\n\nWei Ming",
          "promise_to_pay", "2031-01-27", sender=2, fam=["singapore-english", "lah", "bare-weekday", "lunar-new-year"]),
    # Tuesday 11 February (SG): S$6,250 on Friday (14th)
    Reply("Q6803", at(2, 11, "11:00", SG), "Dear Northwind,\n\nWe will pay S$6,250 for LL-PO-77188 this Friday. The 18,400 invoice is still with our director for approval after the Chingay parade.\n\nGrace",
          "promise_to_pay", "2031-02-14", amount="6250.00", fam=["partial", "po-not-invoice-number", "singapore-english"], note="a PO number is not an invoice number: both reminded invoices listed"),
    # Monday 13 January (SYD +11): credit hold; "when you lift the hold" keeps the date
    Reply("Q6804", at(1, 13, "10:30", SYD), "G'day,\n\nWe've got the Lunar New Year season at Darling Harbour coming up and we need the costume order you're holding. Lift the hold and I'll pay the full $6,615 on Thursday.\n\nKevin Luu",
          "promise_to_pay", "2031-01-16", amount="6615.00", partial=False, human=["conditional"], fam=["australian-english", "conditional", "credit-hold", "bare-weekday"]),
    # Tuesday 28 January (SYD): Monday was Australia Day; by Friday = 31 January
    Reply("Q6804", at(1, 28, "08:45", SYD), "Back after the Australia Day long weekend. Payment by Friday.\n\nMel", "promise_to_pay", "2031-01-31", sender=2,
          fam=["australian-english", "by-weekday", "holiday-named"]),
    # Thursday 9 January (USE): plan account, next instalment 15th
    Reply("Q6807", at(1, 9, "09:30", USE), "Hi,\n\nOur January instalment will go out on the 15th as agreed. Valentine's pre-orders from the Colombian farms are tying up cash but we're on track.\n\nMarisol Vega\nController",
          "promise_to_pay", "2031-01-15", human=["partial"], fam=["plan-instalment", "day-of-month", "distractor-event"]),
    # Monday 17 February (USE) Presidents' Day: Thursday 20 February, $7,300
    Reply("Q6807", at(2, 17, "12:00", USE), "Post-Valentine's crunch is over. We will wire $7,300 on Thursday for 68072. Bank's closed today for Presidents' Day.\n\nTony",
          "promise_to_pay", "2031-02-20", amount="7300.00", inv=inv("68072"), sender=2, fam=["partial", "holiday-named", "bare-weekday"]),
    # Friday 24 January (USC): legal account; cash from krewe payments after Mardi Gras (25 Feb): 3 March
    Reply("Q6808", at(1, 24, "15:15", USC), "The krewes pay us after Mardi Gras. We'll settle the full $28,150 on March 3rd, the Monday after Fat Tuesday. Have your lawyer call mine if that's not good enough.\n\nBeau",
          "promise_to_pay", "2031-03-03", amount="28150.00", partial=False, fam=["legal-account", "dated-beyond-30", "holiday-named", "hostile"]),
    # Wednesday 12 February (USC) on the legal account: "by the 20th"
    Reply("Q6808", at(2, 12, "10:10", USC), "Per our attorney's letter, payment of $5,400 on INV-2027-68082 will be made by the 20th. The float invoice is with counsel, nothing new to add there.\n\nClaire Robichaux",
          "promise_to_pay", "2031-02-20", amount="5400.00", inv=inv("68082", "68081"), sender=2, fam=["legal-account", "partial", "day-of-month"]),
    # Friday 31 January (SYD): strategic; in 10 days = 10 February
    Reply("Q6813", at(1, 31, "17:30", SYD), "Hi team,\n\nThe Open finished on Sunday and we're reconciling the hospitality suites. You'll have payment for both invoices within 10 days.\n\nBronwyn Hale\nFinance Manager | Rally Point Hospitality",
          "promise_to_pay", "2031-02-10", fam=["australian-english", "relative-span", "distractor-event"]),
    # Tuesday 18 February (SYD): mid-March = 15 March, more than 30 days
    Reply("Q6813", at(2, 18, "09:00", SYD), "Hi, just a heads-up that with the tennis season wrapped our cash comes in mid-March. We'll pay both then.\n\nJack",
          "promise_to_pay", "2031-03-15", sender=2, fam=["mid-month", "strategic"]),
    # Monday 13 January: do-not-contact account, still a promise
    Reply("Q6815", at(1, 13, "08:00", USC), "We asked you not to email us during busy season. Audit fieldwork runs through March. Your invoice will be paid on January 31 and not a day sooner.\n\nRuth Kaminski\nOffice Managing Partner",
          "promise_to_pay", "2031-01-31", fam=["do-not-contact", "complaint-tone", "explicit-date"]),
    # Wednesday 15 January: unknown bookkeeper address, next Wednesday = 22 January
    Reply("Q6816", at(1, 15, "20:05", USM), "Hello, I do the books for Ptarmigan Snowcat part-time. Both invoices are approved; I'll pay them next Wednesday.\n\nJoanne Fitch, Fitch Bookkeeping",
          "promise_to_pay", "2031-01-22", sender="joanne.fitch.books@gmail.example", fam=["unknown-sender", "next-weekday", "bookkeeper"]),
    # Thursday 6 February (NZ, Waitangi Day): a personal address of the owner
    Reply("Q6805", at(2, 6, "19:30", NZ), "Hemi here from my home email, public holiday today. I'll pay on Monday.", "promise_to_pay", "2031-02-10",
          sender="hemi.parata@xtra.example", fam=["unknown-sender", "holiday-named", "bare-weekday"]),
    # Friday 10 January (GB): mid-month = 15 January
    Reply("Q6802", at(1, 10, "11:40", GB), "The hotels have paid their Burns Night deposits, so payment mid-month.\n\nFiona", "promise_to_pay", "2031-01-15",
          fam=["mid-month", "distractor-event"]),
    # Thursday 20 February (ZA): "before the end of the week" = Friday 21 February
    Reply("Q6809", at(2, 20, "14:50", ZA), "We'll pay before the end of the week, promise. Just waiting for Thandi to release it in the bank profile.\n\nRiaan",
          "promise_to_pay", "2031-02-21", sender=2, fam=["end-of-week", "sa-english"], note="end of the week read as Friday"),
    # Thursday 27 February (VN): 5/3 is day-first? English sender: numeric d/m only when day > 12, so written with month name
    Reply("Q6810", at(2, 27, "16:30", VN), "Dear Sir,\n\nWe will pay both invoices on 5 March 2031 after our customer from Hanoi settles. Sorry for late.\n\nLinh",
          "promise_to_pay", "2031-03-05", human=["conditional"], fam=["vietnam-english", "conditional", "explicit-date"]),
    # Tuesday 11 February (IE): "the Monday after next" = 24 February
    Reply("Q6811", at(2, 11, "13:05", IE), "Sorry Northwind, our own customers haven't paid for the January counts. The Monday after next is the soonest — I'll do it then.\n\nNiamh",
          "promise_to_pay", "2031-02-24", fam=["monday-after-next", "irish-english"], note="the Monday after next, from Tuesday 11 February: 24 February"),
    # Friday 17 January (CA): Monday week = 27 January
    Reply("Q6812", at(1, 17, "15:40", CA), "Heads up: we'll pay Monday week, after the Sparks Street ice sculptures are installed.\n\nSam\nRideau Ice Carving", "promise_to_pay", "2031-01-27",
          sender=2, fam=["monday-week", "distractor-event"]),
    # Thursday 30 January (USE): "Feb 3rd" = 3 February
    Reply("Q6814", at(1, 30, "10:25", USE), "Hi, payment will be on Feb 3rd. Thanks for your patience — school vacation crowds start the week after.\n\nHank", "promise_to_pay", "2031-02-03",
          fam=["explicit-date", "distractor-event"]),
    # Tuesday 4 February (USP): two weeks from today = 18 February
    Reply("Q6817", at(2, 4, "09:40", USP), "We can pay two weeks from today. Valentine's is our Black Friday and every truffle box has to ship first.\n\nRay Nakamura\nOwner",
          "promise_to_pay", "2031-02-18", sender=2, fam=["relative-span", "distractor-event"]),
    # Monday 20 January (IN): "by 25th" = 25 January
    Reply("Q6818", at(1, 20, "09:20", IN), "Sir, kindly give us time till 25th. Kite season sales collection is pending from dealers. Payment will be done by 25th without fail.\n\nHetal",
          "promise_to_pay", "2031-01-25", sender=2, fam=["indian-english", "day-of-month"]),
    # Friday 28 February (USC): bare "Monday" = 3 March
    Reply("Q6801", at(2, 28, "17:55", USC), "Last storm of the season I hope. Monday, promise.", "promise_to_pay", "2031-03-03", fam=["terse-mobile", "bare-weekday", "month-boundary"]),
    # Wednesday 19 February (GB): "first thing next month" = 1 March
    Reply("Q6802", at(2, 19, "12:30", GB), "We'll clear both first thing next month when the Burns season money's in.\n\nFiona", "promise_to_pay", "2031-03-01",
          fam=["beginning-of-next-month"]),
    # Monday 24 February (SG): within 7 days = 3 March
    Reply("Q6803", at(2, 24, "10:00", SG), "Dear team, the director has approved INV-2027-68031. Payment within 7 days.\n\nGrace", "promise_to_pay", "2031-03-03", inv=inv("68031"),
          fam=["relative-span", "singapore-english"]),
    # Tuesday 25 February (SYD): credit hold; Friday = 28 February
    Reply("Q6804", at(2, 25, "13:00", SYD), "Friday. No more excuses from our end.\n\nKevin", "promise_to_pay", "2031-02-28", fam=["terse", "credit-hold", "bare-weekday"]),
    # Thursday 13 February (NZ): "on the 21st" = 21 February
    Reply("Q6805", at(2, 13, "09:10", NZ), "Cheers for the reminder. Paying it all on the 21st once the Waitangi Day hire deposits clear.\n\nSophie", "promise_to_pay", "2031-02-21",
          human=["conditional"], sender=2, fam=["day-of-month", "conditional", "nz-english"]),
    # Thursday 16 January (IN): 20-01-2031 — English sender with day > 12
    Reply("Q6806", at(1, 16, "11:00", IN), "Dear Sir, cheque for both invoices will be handed over to your courier on 20-01-2031. Please confirm pick up.\n\nAnil Mehra",
          "promise_to_pay", "2031-01-20", fam=["indian-english", "cheque", "numeric-day-first"]),
    # Monday 10 February (ZA): "Valentine's Day" = Friday 14 February
    Reply("Q6809", at(2, 10, "07:45", ZA), "Payment will reach you on Valentine's Day :) Thandi", "promise_to_pay", "2031-02-14", fam=["holiday-named", "sa-english", "terse"]),
    # Tuesday 7 January (IE): end of next week = Friday 17 January
    Reply("Q6811", at(1, 7, "09:05", IE), "Happy new year. Payment end of next week.\n\nDeclan", "promise_to_pay", "2031-01-17", sender=2, fam=["next-week"],
          note="end of next week read as Friday of next week"),
    # Tuesday 4 February (CA): "Thursday the 6th" = 6 February
    Reply("Q6812", at(2, 4, "16:20", CA), "Winterlude's first weekend went great. Paying both Thursday the 6th.\n\nJen", "promise_to_pay", "2031-02-06", fam=["weekday-and-day"]),
    # Wednesday 12 February (USE): "on the 3rd of March" = 3 March
    Reply("Q6814", at(2, 12, "08:30", USE), "We will pay $1,640 today and $5,275 on the 3rd of March.\n\nHank", "promise_to_pay", "2031-02-12", amount="1640.00",
          fam=["today", "partial", "two-dates"]),
    # Friday 31 January (USM): "next Thursday" = 6 February
    Reply("Q6816", at(1, 31, "12:00", USM), "Cody says next Thursday. I say Thursday too. So Thursday the 6th.\n\nLena", "promise_to_pay", "2031-02-06", sender=2,
          fam=["next-weekday", "sarcasm"]),
    # Monday 13 January (USP): "after inventory count on the 17th" → "Tuesday the 21st"
    Reply("Q6817", at(1, 13, "14:30", USP), "Our annual inventory count is Friday the 17th and Monday's MLK Day, so the earliest I can release payment is Tuesday the 21st.\n\nDana",
          "promise_to_pay", "2031-01-21", fam=["distractor-event", "holiday-named", "weekday-and-day"]),
    # Saturday 8 February (IN): "Monday" = 10 February
    Reply("Q6818", at(2, 8, "10:15", IN), "Sir, today Saturday office closed. Monday morning first thing we shall transfer.\n\nJignesh", "promise_to_pay", "2031-02-10",
          fam=["indian-english", "weekend-message", "bare-weekday"]),
    # Wednesday 22 January (USC): "this week" — Friday 24 January
    Reply("Q6801", at(1, 22, "18:30", USC), "It'll go out this week. Dale", "promise_to_pay", "2031-01-24", fam=["this-week", "terse"],
          note="this week read as its Friday"),
    # Monday 3 February (GB): "in 10 days" = 13 February
    Reply("Q6802", at(2, 3, "10:20", GB), "Hi — we'll have this paid in 10 days, the supermarket paid us late for the Burns Night haggis.\n\nFiona", "promise_to_pay", "2031-02-13",
          fam=["relative-span", "distractor-event"]),
    # Tuesday 21 January (SYD): Australia Day long weekend → "Tuesday 28th"
    Reply("Q6813", at(1, 21, "10:00", SYD), "Hi, the Open is in full swing and we're short in the office. Monday's the Australia Day public holiday so payment will go Tuesday 28th.\n\nBronwyn",
          "promise_to_pay", "2031-01-28", fam=["australian-english", "holiday-named", "weekday-and-day"]),
    # Thursday 27 February (USC): Ash Wednesday was yesterday; "after Lent starts"; dated 7 March
    Reply("Q6808", at(2, 27, "11:00", USC), "Mardi Gras is done and so are we. Beau will pay the smaller invoice, $5,400, on Friday March 7.\n\nClaire", "promise_to_pay", "2031-03-07",
          amount="5400.00", inv=inv("68082"), sender=2, fam=["legal-account", "partial", "weekday-and-day"]),
    # Friday 24 January (USE): plan account asks nothing, promises Feb instalment Feb 15
    Reply("Q6807", at(1, 24, "10:00", USE), "Confirming the February instalment on 2/15 per our plan.\n\nMarisol", "promise_to_pay", "2031-02-15", human=["partial"],
          fam=["plan-instalment", "us-numeric"]),
    # Monday 10 February (USC): "as soon as the Mardi Gras parades are over" — undated on the legal account
    Reply("Q6808", at(2, 10, "09:00", USC), "We will pay when the parades are over and the krewes settle up. That's all I can say.\n\nBeau", "promise_to_pay", None,
          human=["undated", "conditional"], fam=["legal-account", "undated", "conditional"]),
    # Wednesday 29 January (USP): undated
    Reply("Q6817", at(1, 29, "08:00", USP), "We'll pay as soon as we can, Valentine's is consuming everything.\n\nRay", "promise_to_pay", None, human=["undated"], sender=2,
          fam=["undated", "distractor-event"]),
    # Tuesday 18 February (VN): "after the Lantern Festival" — undated? written as the 15th of the first lunar month → stays undated
    Reply("Q6810", at(2, 18, "11:45", VN), "Dear, we will pay soon after our customers pay for Tết orders. Please be patient.\n\nLinh", "promise_to_pay", None,
          human=["undated", "conditional"], fam=["undated", "conditional", "vietnam-english"]),
    # Friday 14 February (CA): "payday's the 15th" → 15 February, but that's Saturday — still 15th
    Reply("Q6812", at(2, 14, "12:05", CA), "will pay on the 15th when our client's cheque clears. Happy Valentine's!\nSam", "promise_to_pay", "2031-02-15", sender=2,
          human=["conditional"], fam=["day-of-month", "conditional", "lowercase"]),
    # Thursday 20 February (IN): "next month 5th" = 5 March
    Reply("Q6806", at(2, 20, "15:00", IN), "Dear Sir, balance amount shall be paid on 5th March. Kindly adjust.\n\nPriya Sethi\nDirector", "promise_to_pay", "2031-03-05", sender=2,
          fam=["indian-english", "explicit-date"]),
    # Monday 6 January (ZA): Outlook HTML with a long disclaimer, by the 17th
    Reply("Q6809", at(1, 6, "08:00", ZA), "Dear Sir/Madam\n\nThank you for your correspondence. Please note that payment for the above invoices will be processed by the 17th of January in our mid-month run.\n\nKind regards\nAccounts Department\nTable Mountain Staging (Pty) Ltd | Reg. 2014/118822/07 | VAT 4710265533\n\nThis email and any attachments are confidential and subject to the Table Mountain Staging email policy, available on request. If you are not the intended recipient, please notify the sender and delete it.",
          "promise_to_pay", "2031-01-17", sender=0, html=True, fam=["outlook-html", "formal-ap", "disclaimer", "explicit-date"]),
]
