"""field26, English promises (part one): Finnish, Scottish, Ghanaian, Sri Lankan and Japanese writers."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field26.kit import FI, GB, GH, JP, LK, at

R = Reply

REPLIES: list[Reply] = [
    # --- Kiuas Sauna Works (Finnish writers, en-FI, day-first) ---
    R("V2601", at(23, "08:12", FI), "Hello,\n\nWe pay both invoices on Fri 27.11. Sorry for the delay, our stove deliveries to Lapland took all the hands.\n\nBr,\nAino", "promise_to_pay",
      date="2026-11-27", fam=["dotted-numeric", "abbrev-weekday", "non-native-fi", "delivery-date-distractor"], sender=1),
    R("V2601", at(23, "15:40", FI), "Hi. The 940 euro one is paid on 1.12 and the bigger 92601 after that on 11.12. when the Kemijärvi hotel has paid us the final part.", "promise_to_pay",
      date="2026-12-01", inv=["92601", "92602"], human=["conditional"], fam=["two-dates", "dotted-numeric", "condition-date", "non-native-fi"], sender=1,
      note="the earliest date is the promise; the other waits on the hotel paying"),
    R("V2601", at(24, "07:55", FI), "Good morning\n\nWe have the meeting with our bank on Thursday 26.11 about the winter credit line. Payment of INV-2026-92601 will go on Monday after it, 30.11.\n\nAino Virtanen\nKiuas Sauna Works Oy", "promise_to_pay",
      date="2026-11-30", inv=["92601"], fam=["meeting-before-payment", "dotted-numeric", "non-native-fi"], sender=1),
    R("V2601", at(24, "21:05", FI), "ok, week 50 tuesday we pay everything. Itsenäisyyspäivä is on sunday so no problem with bank that week", "promise_to_pay",
      date="2026-12-08", fam=["calendar-week", "holiday", "terse-mobile", "non-native-fi", "late-evening"], sender=1),
    R("V2601", at(25, "10:30", FI), "Hello,\nthe invoice 92602 was dated 6.10 in our system and due 5.11, I understand it is late. We will pay it in two weeks from today. 92601 is waiting the decision of our board.\n\nAino", "promise_to_pay",
      date="2026-12-09", inv=["92602", "92601"], human=["conditional"], fam=["relative-span", "invoice-date-distractor", "non-native-fi"], sender=1,
      note="in two weeks = +14; the other invoice waits on an undated board decision"),
    R("V2601", at(26, "13:20", FI), "We pay on Friday 5th December. The stoves for the Levi cabins arrive the 3rd, so cash is fine then.", "promise_to_pay",
      date="2026-12-05", fam=["weekday-date-mismatch", "delivery-date-distractor", "non-native-fi"], sender=1,
      note="5 December 2026 is a Saturday: the stated day of month is taken, as for 'Friday the 27th'"),
    R("V2601", at(27, "09:02", FI), "Hi,\n\nfor INV-2026-92601 we will pay 3 240,00 EUR on the 4th and the rest with the January run.\n\nBest regards\nAccounts / Kiuas", "promise_to_pay",
      date="2026-12-04", amount="3240.00", inv=["92601"], fam=["ordinal-alone", "non-native-fi", "shared-mailbox"], sender=0),

    # --- Loch Croisg Salmon (strategic, GB) ---
    R("V2602", at(23, "09:15", GB), "Morning,\n\nBoth are approved. They'll go out on our Thursday BACS run - that's the 26th.\n\nFiona", "promise_to_pay",
      date="2026-11-26", fam=["weekday-ordinal", "payment-cycle"], sender=1),
    R("V2602", at(23, "16:48", GB), "Hi there, we're doing our month-end close on the 30th, which is when 92604 gets paid; 92603 is still being checked against the smolt delivery notes, I'll come back to you on that.", "promise_to_pay",
      date="2026-11-30", inv=["92604", "92603"], human=["conditional"], fam=["month-end", "two-dates", "delivery-date-distractor"], sender=1),
    R("V2602", at(24, "11:02", GB), "The harvest boat is in on Monday the 7th and we get paid by the processor the Wednesday after. So INV-2026-92603 on Wed 9 Dec, if the processor isn't late again.", "promise_to_pay",
      date="2026-12-09", inv=["92603"], human=["conditional"], fam=["weekday-ordinal", "delivery-date-distractor", "condition-date"], sender=1),
    R("V2602", at(25, "14:27", GB), "Payables team here. Payment for PO LCS-PO-3381 / INV-2026-92603 has been scheduled for the last working day of December.\n\nRegards\nPayables\nLoch Croisg Salmon Ltd", "promise_to_pay",
      date="2026-12-31", inv=["92603"], fam=["html-outlook", "last-working-day", "shared-mailbox"], sender=0, html=True,
      note="31 December 2026 is a Thursday, a working day"),
    R("V2602", at(26, "10:40", GB), "Fri wk. Sorry, the auditors are in this week.", "promise_to_pay",
      date="2026-12-04", fam=["weekday-week", "terse-mobile", "meeting-before-payment"], sender=1,
      note="'Fri wk' written Thursday 26th: the Friday a week after the coming Friday (27th) = 4 December"),

    # --- Asante Cocoa Trading (Ghanaian writers, en-GH) ---
    R("V2603", at(23, "10:05", GH), "Good morning Sir/Madam,\n\nWe acknowledge receipt of your reminder. Kindly note that the payment for INV-2026-92605 will be effected on or before 4th December 2026, by God's grace.\n\nThank you.\nKwame Boateng\nFinance Officer", "promise_to_pay",
      date="2026-12-04", inv=["92605"], fam=["ordinal-alone", "non-native-gh", "formal"], sender=1),
    R("V2603", at(23, "17:30", GH), "Please the cocoa syndicated loan is disbursed on the 2nd week of December, we shall pay all then. Thank you.", "promise_to_pay",
      date="2026-12-11", fam=["week-of", "non-native-gh", "condition-date"], sender=1,
      note="the 2nd week of December is the week of 7 December; its Friday, as field22/23 decided; a reason, not a condition"),
    R("V2603", at(24, "12:44", GH), "Hello, you will receive USD 1,480 for 92606 tomorrow. The big one we have discussed with our MD.", "promise_to_pay",
      date="2026-11-25", amount="1480.00", inv=["92606"], partial=False, fam=["relative-span", "non-native-gh"], sender=1,
      note="the amount equals the one invoice it names: not partial"),
    R("V2603", at(25, "09:20", GH), "Dear Team,\nI write to inform you that due to a backlog in our cocoa purchases our payment is now moved from 30th November to Thursday 10th December. Apologies for any inconvenience.\nRegards", "promise_to_pay",
      date="2026-12-10", fam=["moved-date", "weekday-ordinal", "non-native-gh"], sender=1),
    R("V2603", at(26, "15:12", GH), "We will pay half this Friday and the balance when the Bank of Ghana releases our forex. Thank you", "promise_to_pay",
      date="2026-11-27", human=["conditional"], fam=["undated", "condition-date", "non-native-gh"], sender=1,
      note="'half this Friday' is dated with no amount; the balance hangs on an undated event"),
    R("V2603", at(27, "08:01", GH), "Dear Sir, the accountant will pay on Monday 30/11. Best regards, Kwame", "promise_to_pay",
      date="2026-11-30", fam=["locale-numeric-dayfirst", "weekday-ordinal", "non-native-gh"], sender=1),

    # --- Hillcrest Tea Brokers (payment plan, en-LK) ---
    R("V2604", at(23, "11:35", LK), "Dear Madam/Sir,\n\nAs per the arrangement, the 3rd instalment of USD 4,200 will be remitted on 7/12.\n\nThanking you,\nDilani Perera", "promise_to_pay",
      date="2026-12-07", amount="4200.00", fam=["instalment-existing-plan", "locale-numeric-dayfirst", "non-native-lk"], sender=1),
    R("V2604", at(24, "16:10", LK), "Dear Sir, our auction proceeds from the Colombo tea auction of 1st December come to us T+7, we will settle the balance instalment thereafter on 8th December.", "promise_to_pay",
      date="2026-12-08", fam=["instalment-existing-plan", "delivery-date-distractor", "non-native-lk"], sender=1,
      note="an instalment of the plan: partial even without an amount"),
    R("V2604", at(25, "13:55", LK), "Hello, kindly note the instalment falling on the 1st will be paid on Friday the 4th as our director is in Kandy till Thursday. Regards", "promise_to_pay",
      date="2026-12-04", fam=["instalment-existing-plan", "weekday-ordinal", "non-native-lk"], sender=1),

    # --- Kanto Machine Tools Import (Japanese writers, en-JP) ---
    R("V2605", at(24, "10:15", JP), "Dear Sir or Madam,\n\nThank you very much for your kind reminder and we deeply apologize for our late payment.\nOur payment for INV-2026-92608 is scheduled on the end of this month as usual closing date (Nov. 30).\nWe appreciate your kind understanding.\n\nBest regards,\nHiroshi Tanaka\nAccounting Section", "promise_to_pay",
      date="2026-11-30", inv=["92608"], fam=["html-outlook", "month-end", "non-native-jp", "over-polite"], sender=1, html=True),
    R("V2605", at(24, "18:40", JP), "Dear Sirs,\nWe are sorry. Regarding 92609, the machine inspection was done on 20th Nov. Payment will be made on 10th of next month according to our payment rule (shimebi 20th, payment 10th of next month).\nBest regards", "promise_to_pay",
      date="2026-12-10", inv=["92609"], fam=["payment-cycle", "past-payment-date", "non-native-jp"], sender=1),
    R("V2605", at(25, "09:30", JP), "Dear Sir,\nWe will remit 14,200 USD at 12/15 by telegraphic transfer. Thank you.", "promise_to_pay",
      date="2026-12-15", amount="14200.00", inv=["92608"], partial=False, fam=["locale-numeric-monthfirst", "non-native-jp"], sender=1,
      note="Japanese writers put month first (12/15 cannot be day-first anyway)"),
    R("V2605", at(26, "11:05", JP), "Dear Sir,\nOur president is on business trip until 4 Dec. After his stamp (hanko) we can pay within 3 business days.\nKind regards,\nTanaka", "promise_to_pay",
      human=["conditional"], fam=["condition-date", "working-days", "non-native-jp"], sender=1,
      note="three business days counted from an approval whose date is only 'after he returns': undated and conditional"),
    R("V2605", at(27, "14:50", JP), "Dear Sirs,\n\nPlease be informed that we will pay both invoices on the next Tuesday.\n\nBest regards,\nAccounting Section / Kanto MTI", "promise_to_pay",
      date="2026-12-01", fam=["next-weekday", "non-native-jp", "shared-mailbox"], sender=0,
      note="'the next Tuesday' written Friday 27th = Tuesday of next week, 1 December"),
]
