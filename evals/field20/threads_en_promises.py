"""English promises to pay, written by hand for field20: native and non-native writers, every date family."""

from __future__ import annotations

from evals.field20.build import Reply as R
from evals.field20.kit import CA, CN, GB, IN, IT, PH, PL, SA, SG, US, USC, at

DISCLAIMER = ("\n\n--\nThis e-mail and any attachments are confidential and may be legally privileged. If you are not the intended "
              "recipient, please notify the sender immediately and delete it; any copying, distribution or other use is "
              "prohibited. Opinions expressed are those of the author and not necessarily of the company. We accept no "
              "liability for viruses. Please consider the environment before printing this e-mail. Registered office as above.")

REPLIES = [
    # Tidewater Marine Chandlery (GB, day-first numerics)
    R("S2001", at(23, "09:12", GB), "Morning, both invoices will go on Friday's BACS run.\nJenna", "promise_to_pay", date="2026-11-27",
      fam=["bare-weekday", "terse"]),
    R("S2001", at(24, "14:40", GB), "Hi, we'll clear 20011 on 4/12 and the smaller one with it.\n\nJenna Pengelly\nOffice Manager", "promise_to_pay",
      date="2026-12-04", inv=["20011", "20012"], fam=["uk-numeric", "the-other-one"]),
    R("S2001", at(25, "16:05", GB), "Sorry for the delay. Payment was pencilled in for the 3rd, it has now moved to the 10th as the owner is away.",
      "promise_to_pay", date="2026-12-10", fam=["moved-date", "ordinal-alone"]),
    R("S2001", at(26, "11:30", GB), "We pay suppliers on the last working day of the month so you'll see it Monday.", "promise_to_pay",
      date="2026-11-30", fam=["last-working-day"]),
    R("S2001", at(27, "08:55", GB), "Can do £300 today and the balance Friday week. Sorry it's piecemeal, quiet season.", "promise_to_pay",
      date="2026-11-27", amount="300.00", fam=["friday-week", "partial-amount"]),
    R("S2001", at(24, "22:10", GB), "Sorry only just seen this - will sort it first thing in the morning.", "promise_to_pay", date="2026-11-25",
      sender=1, fam=["late-evening", "tomorrow-morning", "terse"]),
    R("S2001", at(23, "13:02", GB), "Hi, this will be paid the first working day after Christmas, our accounts are closed from the 23rd.",
      "promise_to_pay", date="2026-12-29", fam=["holiday", "boxing-day-substitute"],
      note="Boxing Day falls on a Saturday, so Monday 28 December is the substitute bank holiday"),
    R("S2001", at(25, "10:20", GB), "Yes yes, I know, you've told us three times now. It'll be with you Thursday. Happy?", "promise_to_pay",
      date="2026-11-26", fam=["sarcasm", "bare-weekday"]),
    # Prairie Gold Grain (US, strategic; month-first numerics)
    R("S2002", at(23, "10:45", USC), "Both invoices are approved and scheduled for our 12/4 check run.\n\nDale Lindqvist\nController | Prairie Gold Grain Elevators"
      + DISCLAIMER, "promise_to_pay", date="2026-12-04", fam=["us-numeric", "long-disclaimer", "check-run"]),
    R("S2002", at(24, "15:10", USC), "We're closed Thursday and Friday for Thanksgiving. Payment goes out the Monday after.", "promise_to_pay",
      date="2026-11-30", fam=["holiday", "thanksgiving"]),
    R("S2002", at(25, "09:05", USC), "PGG-55102 has been released for payment on 12/10. PGG-55187 still needs the scale tickets, will advise.",
      "promise_to_pay", date="2026-12-10", human=["partial"], fam=["us-numeric", "po-as-reference", "partial-by-invoice"]),
    R("S2002", at(27, "07:50", USC), "Harvest cash comes in end of next week, we will wire the full $21,760 then.", "promise_to_pay",
      date="2026-12-04", amount="21760.00", partial=False, fam=["end-of-next-week", "amount-is-balance"]),
    # Nandi Hills Textile Printers (IN, credit hold; Indian English)
    R("S2003", at(23, "11:40", IN), "Dear Sir/Madam,\n\nGreetings of the day. Kindly note the payment for invoice no. 20031 will be done on or before 30th Nov positively. "
      "Request you to kindly release the hold on our account so that pending dispatches can be made.\n\nThanks & Regards\nRamesh Iyer\nFinance Manager",
      "promise_to_pay", date="2026-11-30", inv=["20031"], reminded=["20031"], sender=1, fam=["indian-english", "on-or-before", "credit-hold"]),
    R("S2003", at(24, "23:50", IN), "Sir, payment will be processed tomorrow morning itself. Please do the needful for the hold.", "promise_to_pay",
      date="2026-11-25", sender=1, fam=["indian-english", "late-evening", "itself"]),
    R("S2003", at(25, "00:20", IN), "Dear team, just now got approval from MD. Amount USD 1,290 will be remitted day after tomorrow.",
      "promise_to_pay", date="2026-11-27", amount="1290.00", sender=1,
      fam=["indian-english", "past-midnight", "day-after-tomorrow"], note="written 00:20 on the 25th in IST"),
    R("S2003", at(26, "12:15", IN), "Payment for both invoices will be made post the board meeting on 2nd Dec, on 4th Dec.", "promise_to_pay",
      date="2026-12-04", sender=1, fam=["indian-english", "meeting-before-payment"]),
    R("S2003", at(27, "10:00", IN), "We will clear the dues once our buyer in Tiruppur releases our payment, expected next week.", "promise_to_pay",
      human=["conditional"], fam=["indian-english", "conditional-on-customer"]),
    # Wisła Precision Moulds (PL; Polish English)
    R("S2004", at(23, "08:30", PL), "Good morning,\nthe payment for invoice 20041 is planned for 02.12.2026. Invoice 20042 we will pay together with it.\n\nBest regards\nKatarzyna Nowak",
      "promise_to_pay", date="2026-12-02", sender=1, fam=["polish-english", "dotted-numeric"]),
    R("S2004", at(24, "09:15", PL), "Hello, we make transfer in next week on Wednesday.", "promise_to_pay", date="2026-12-02",
      sender=1, fam=["polish-english", "next-week-weekday"]),
    R("S2004", at(25, "13:45", PL), "We will pay in 2 weeks, after we receive payment from our client (he promised).", "promise_to_pay",
      date="2026-12-09", human=["conditional"], sender=1, fam=["polish-english", "in-two-weeks", "conditional-on-customer"]),
    R("S2004", at(26, "15:20", PL), "Payment will be done till end of this month.", "promise_to_pay", date="2026-11-30",
      fam=["polish-english", "till-means-by", "month-end"]),
    R("S2004", at(27, "10:05", PL), "Dear Sirs, please be informed that invoice 20041 will be paid in calendar week 50. 20042 was paid already 20.11.",
      "already_paid", sec=["promise_to_pay"], date="2026-12-11", human=["no matching payment"], sender=1,
      fam=["polish-english", "calendar-week", "past-payment-date"], note="the claimed 20 November payment of 20042 has no bank line"),
    # Pearl Delta Lighting (CN; Chinese English)
    R("S2005", at(23, "10:10", CN), "Dear friend, sorry for late. Our boss already approve, we will arrange the payment on Dec 3.", "promise_to_pay",
      date="2026-12-03", sender=1, fam=["chinese-english", "month-name"]),
    R("S2005", at(24, "18:30", CN), "Hi, INV-2026-20051 will pay 50% this week and 50% before 15th Dec. Thank you for understanding.", "promise_to_pay",
      date="2026-11-27", inv=["20051"], human=["partial"], sender=1, fam=["chinese-english", "this-week", "split-halves"]),
    R("S2005", at(25, "09:40", CN), "Noted with thanks. Payment will be after our factory holiday, we back on Monday and pay on Tuesday.", "promise_to_pay",
      date="2026-12-01", sender=1, fam=["chinese-english", "relative-after-return"]),
    R("S2005", at(26, "16:00", CN), "We pay USD 1475 tomorrow. The 9860 need more time, I will tell you later.", "promise_to_pay",
      date="2026-11-27", amount="1475.00", fam=["chinese-english", "partial-by-invoice", "tomorrow"]),
    R("S2005", at(27, "11:20", CN), "Our finance department will arrange payment soon. Please waiting.", "promise_to_pay", human=["undated"],
      fam=["chinese-english", "no-date"]),
    # Al Noor Dental (SA, payment plan; Arabic-speaking writers)
    R("S2006", at(23, "10:30", SA), "Dear Sir, as per our agreed schedule the instalment of USD 2,550 will be transferred on 1st December inshallah.\nRegards\nFaisal",
      "promise_to_pay", date="2026-12-01", amount="2550.00", sender=1, fam=["arabic-english", "plan-instalment", "ordinal-month"]),
    R("S2006", at(24, "21:15", SA), "Dear, the November instalment will be sent Sunday, our banks work Sunday.", "promise_to_pay", date="2026-11-29",
      human=["partial"], sender=1, fam=["arabic-english", "plan-instalment", "weekend-workday"]),
    R("S2006", at(25, "11:00", SA), "Please note we will pay the instalment after National Day holiday... sorry, after the month end closing, on the 2nd.",
      "promise_to_pay", date="2026-12-02", human=["partial"], fam=["arabic-english", "plan-instalment", "self-correction"]),
    # Ceramiche Val d'Orcia (IT; Italian English)
    R("S2007", at(23, "12:00", IT), "Good morning, we confirm you the payment of the invoice 20071 for the 04/12. The other one is with the bank since 20/11.\nBest regards\nGiulia Bellini",
      "already_paid", sec=["promise_to_pay"], date="2026-12-04", sender=1, fam=["italian-english", "day-first-numeric", "past-payment-date"],
      note="the other one (20072) matches BK20-0007, EUR 520.00 on 20 November"),
    R("S2007", at(24, "17:35", IT), "We will do the payment at end of the month, like always we do.", "promise_to_pay", date="2026-11-30",
      sender=1, fam=["italian-english", "month-end"]),
    R("S2007", at(25, "09:50", IT), "Dear, the payment will be made on the 8th December? No, sorry, the 8 is holiday here (Immacolata), so the 9.",
      "promise_to_pay", date="2026-12-09", sender=1, fam=["italian-english", "holiday", "moved-date"]),
    R("S2007", at(26, "10:40", IT), "We pay within 10 days from today, I promise you.", "promise_to_pay", date="2026-12-06",
      sender=1, fam=["italian-english", "within-days"]),
    R("S2007", at(27, "14:10", IT), "The delivery of 12 November arrive broken but we pay anyway the 20072 on Wednesday, the rest we discuss.",
      "dispute", sec=["promise_to_pay"], date="2026-12-02", inv=["20072"], human=["partial"], sender=1,
      fam=["italian-english", "delivery-date-distractor", "dispute-with-promise"]),
    # Glenbrack Distillery (GB, legal)
    R("S2008", at(23, "09:30", GB), "Our solicitors have advised us to settle. Payment in full will be made by 11/12.\n\nA. MacRae", "promise_to_pay",
      date="2026-12-11", sender=1, fam=["uk-numeric", "legal-account"]),
    R("S2008", at(25, "15:45", GB), "We will pay once the matter with your solicitors is closed. Not before.", "promise_to_pay",
      human=["conditional"], sender=1, fam=["legal-account", "conditional-on-event"]),
    R("S2008", at(27, "12:05", GB), "£4,000 will be transferred on Tuesday; the remainder by the end of the year.", "promise_to_pay",
      date="2026-12-01", amount="4000.00", sender=1, fam=["legal-account", "partial-amount", "bare-weekday"]),
    # Blue Heron Veterinary (US)
    R("S2009", at(23, "16:20", USC), "Hi! Marcy here. I'll run both on the card tomorrow afternoon. Thx", "promise_to_pay", date="2026-11-24",
      sender=1, fam=["terse", "tomorrow", "card-promise"]),
    R("S2009", at(24, "11:05", USC), "Doc signs checks on Tuesdays. It'll go out 12/1.", "promise_to_pay", date="2026-12-01", sender=1,
      fam=["us-numeric", "check-run"]),
    R("S2009", at(25, "19:40", USC), "sent from my iphone\n\nwill pay the 20092 fri after the holiday", "promise_to_pay", date="2026-11-27",
      inv=["20092"], reminded=["20092"], sender=1, fam=["terse", "abbrev-weekday", "thanksgiving"]),
    R("S2009", at(27, "09:15", USC), "Invoice dated 10/5 will be paid 12/11 with our mid-month run, the other in January.", "promise_to_pay",
      date="2026-12-11", human=["partial"], fam=["us-numeric", "invoice-date-distractor"]),
    R("S2009", at(26, "22:30", USC), "Happy Thanksgiving. Yes we'll pay. Marcy", "promise_to_pay", human=["undated"], sender=1,
      fam=["terse", "no-date", "thanksgiving"]),
    # Muskoka Canoe (CA)
    R("S2010", at(23, "12:30", CA), "Hey, off-season so cash is tight, but you'll have it by the 15th.", "promise_to_pay", date="2026-12-15",
      sender=1, fam=["ordinal-alone", "by-the-nth"]),
    R("S2010", at(24, "08:10", CA), "Brent here - we'll e-transfer half the week after next and the rest after Christmas.", "promise_to_pay",
      date="2026-12-11", human=["partial"], sender=1, fam=["week-after-next", "split-halves"]),
    R("S2010", at(26, "13:55", CA), "Paying Mon.", "promise_to_pay", date="2026-11-30", sender=1, fam=["abbrev-weekday", "terse"]),
    # Lionsgate Freight (SG, AP department)
    R("S2011", at(23, "10:00", SG), "Dear Sir/Madam,\n\nWe refer to your reminder. LGF-PO-8812 (INV-2026-20111) has been scheduled for payment on 1 Dec 2026 via TT.\n\n"
      "Accounts Payable Department\nLionsgate Freight Forwarding Pte Ltd\nThis is a shared mailbox, please do not reply to individual staff.",
      "promise_to_pay", date="2026-12-01", inv=["20111"], reminded=["20111"], fam=["ap-department", "shared-mailbox", "po-as-reference"]),
    R("S2011", at(24, "15:30", SG), "Noted. Both invoices will be paid in our next payment cycle which is every 2nd and 4th Thursday of the month.",
      "promise_to_pay", date="2026-11-26", fam=["nth-weekday", "ap-department"], note="the 4th Thursday of November, the 26th, is the next cycle"),
    R("S2011", at(26, "09:20", SG), "Approved by CFO today. Payment on Monday 7th.", "promise_to_pay", date="2026-12-07",
      fam=["weekday-ordinal", "approval-before-payment"]),
    # Visayas Contact (PH)
    R("S2012", at(23, "14:00", PH), "Good afternoon po. We will settle the balance on or before Nov 30. Thank you and God bless.", "promise_to_pay",
      date="2026-11-30", sender=1, fam=["filipino-english", "on-or-before"]),
    R("S2012", at(25, "23:55", PH), "Ma'am/Sir, kindly expect payment tomorrow. Apologies for the delay, our bank had system maintenance.",
      "promise_to_pay", date="2026-11-26", sender=1, fam=["filipino-english", "late-evening", "tomorrow"]),
    R("S2012", at(27, "10:30", PH), "Hi, our payables cut-off is every 5th and 20th. This will be in the 5th cut-off.", "promise_to_pay",
      date="2026-12-05", fam=["filipino-english", "cut-off-cycle"]),
]
