"""field33, more English dated promises: replies to two reminders at once, partial amounts, quarter and week spans."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field33.kit import CA, GB, GH, MY, NL, NZ, PK, at, pay

REPLIES: list[Reply] = [
    pay("L3301", at(23, "11:05", GB), "Got your two reminders this morning, one for each invoice. One answer for both: Thursday 26th.", "2026-11-26", ["answers-two-reminders", "weekday-ordinal", "hotel"]),
    pay("L3302", at(23, "12:40", GB), "You've sent me two of these now. Both bills paid 27/11, in one go.", "2026-11-27", ["answers-two-reminders", "eu-numeric-date", "bakery"]),
    pay("L3303", at(23, "15:20", CA), "Hi, replying to both of your notices (Nov 16 and Nov 20). Both invoices are in the run on Thursday, December 3rd.", "2026-12-03", ["answers-two-reminders", "distractor-past-date", "weekday-ordinal", "medical"]),
    pay("L3304", at(24, "10:55", NZ), "Two emails from you in two days - steady on! It'll be paid Monday 30/11.", "2026-11-30", ["answers-two-reminders", "sarcasm", "eu-numeric-date", "florist"]),
    pay("L3305", at(23, "10:40", GH), "Dear Sir, in response to your two reminders, please be informed both invoices will be settled on Tuesday, 1st December 2026.", "2026-12-01", ["answers-two-reminders", "weekday-ordinal", "logistics"]),
    pay("L3306", at(24, "09:05", PK), "Dear Sir, reference your both emails, payment of both invoices on 3rd December.", "2026-12-03", ["answers-two-reminders", "ordinal-alone", "it-reseller"]),
    pay("L3308", at(24, "10:20", NL), "Dear, we received two reminders for the same invoices. They are planned for payment on Friday 4/12.", "2026-12-04", ["answers-two-reminders", "eu-numeric-date", "it-reseller"]),
    pay("L3301", at(24, "16:30", GB), "In my last email I said \"by the end of November\". I'm sticking to that: Monday 30th.", "2026-11-30", ["quotes-own-promise", "end-of-month-business-day", "hotel"]),
    pay("L3302", at(25, "13:30", GB), "Like I wrote on the 13th: \"after the bank holiday\". St Andrew's Day is the 30th, so Tuesday 1st it is.", "2026-12-01", ["quotes-own-promise", "holiday", "bakery", "odd-word"]),
    pay("L3304", at(25, "11:45", NZ), "Back in October I wrote \"end of November, no later\". Still the plan - 30 November.", "2026-11-30", ["quotes-own-promise", "dates-in-words", "florist"]),
    pay("L3306", at(25, "10:30", PK), "Sir, in our mail of 10th November we committed \"payment in the first week of December\". We confirm Wednesday 2nd December.", "2026-12-02", ["quotes-own-promise", "weekday-ordinal", "it-reseller"]),
    pay("L3308", at(24, "14:05", NL), "As promised earlier (\"before week 49\"), we pay on Friday 27 November.", "2026-11-27", ["quotes-own-promise", "calendar-week", "it-reseller"]),
    pay("L3301", at(25, "08:30", GB), "£1,420 on the 1st and £1,420 on the 15th. That's the 93301 done.", "2026-12-01", ["instalments-by-amount", "hotel"], amount="1420.00", inv=["93301"]),
    pay("L3304", at(23, "14:25", NZ), "$500 today, $500 next Wednesday, the rest before Christmas.", "2026-11-23", ["instalments-by-amount", "florist"], amount="500.00"),
    pay("L3306", at(23, "11:35", PK), "Sir, USD 1,000 will be sent on Friday, remaining after 2 weeks.", "2026-11-27", ["instalments-by-amount", "partial-amount", "it-reseller"], amount="1000.00"),
    pay("L3308", at(25, "12:15", NL), "EUR 3.360 on 1 December and EUR 3.360 on 15 December for 93313.", "2026-12-01", ["instalments-by-amount", "it-reseller", "netherlands"], amount="3360.00", inv=["93313"]),
    pay("L3305", at(25, "14:25", GH), "We shall pay USD 1,185.00 for 93309 on Monday. The bigger one is still under review.", "2026-11-30", ["partial-amount", "logistics"], amount="1185.00", inv=["93309"], partial=False),
    pay("L3303", at(24, "16:40", CA), "Hi, the smaller invoice ($1,420) goes out Friday. The larger one needs a second signature.", "2026-11-27", ["partial-amount", "medical"], amount="1420.00", inv=["93306"], partial=False),
    pay("L3301", at(23, "16:10", GB), "payin tmrw", "2026-11-24", ["terse", "odd-word", "hotel"]),
    pay("L3302", at(24, "15:15", GB), "Mon.", "2026-11-30", ["terse", "abbreviated-weekday", "bakery"]),
    pay("L3304", at(25, "19:40", NZ), "will pay sat morning, tautoko", "2026-11-28", ["terse", "abbreviated-weekday", "odd-word", "florist"]),
    pay("L3307", at(25, "18:10", MY), "ok can. tmr transfer.", "2026-11-26", ["terse", "odd-word", "restaurant", "malaysia"]),
    pay("L3306", at(23, "18:25", PK), "Inshallah Thursday.", "2026-11-26", ["terse", "odd-word", "it-reseller"]),
    pay("L3308", at(23, "18:00", NL), "Paying 1/12. Gezellig weekend!", "2026-12-01", ["terse", "eu-numeric-date", "odd-word", "it-reseller"]),
    pay("L3303", at(25, "17:20", CA), "End of next week works - Friday Dec 4.", "2026-12-04", ["relative-week", "medical"]),
    pay("L3305", at(23, "13:10", GH), "Please, payment in 2 weeks time, by God's grace. That will be Monday 7th.", "2026-12-07", ["relative-weeks", "weekday-ordinal", "logistics", "ghana"]),
    pay("L3306", at(24, "14:40", PK), "Dear, payment within 7 working days, that is 3rd December.", "2026-12-03", ["relative-working-days", "it-reseller"]),
    pay("L3308", at(23, "12:20", NL), "We will pay at the start of calendar week 50, Monday.", "2026-12-07", ["calendar-week", "it-reseller"]),
    pay("L3301", at(24, "09:35", GB), "We'll pay in the last week before Christmas, on the Monday.", "2026-12-21", ["holiday", "relative-week", "hotel"]),
    pay("L3303", at(23, "10:30", CA), "Our next quarterly cheque run is the first business day of Q1, Jan 4.", "2027-01-04", ["quarter", "medical", "canada"]),
    pay("L3302", at(23, "17:55", GB), "Will pay on the day after Boxing Day... no, that's a Sunday. The Monday after then, 28th December.", "2026-12-28", ["holiday", "distractor-moved-date", "bakery"]),
    pay("L3304", at(24, "13:20", NZ), "We're closed for Christmas from the 24th. I'll pay before that, on the 22nd.", "2026-12-22", ["holiday", "distractor-condition-date", "florist"]),
    pay("L3307", at(24, "19:05", MY), "The previous date 27 Nov cannot, boss say move to 4 Dec.", "2026-12-04", ["distractor-moved-date", "plan-instalment", "restaurant", "malaysia"], human=["partial"]),
    pay("L3305", at(24, "15:00", GH), "Dear Sir, I earlier promised 27th but it will now be 2nd December due to bank system upgrade.", "2026-12-02", ["distractor-moved-date", "logistics", "ghana"]),
    pay("L3308", at(25, "16:20", NL), "<p>Dear,</p>\n<p>The payment date moves from 27 November to <span style=\"color:red\">3 December</span>.</p>\n<p>Regards, Crediteuren</p>", "2026-12-03", ["html-outlook", "distractor-moved-date", "it-reseller"], html=True, sender=0),
    pay("L3301", at(25, "18:45", GB), "Hello,\nPayment Friday 4th Dec.\n\n--\nGlenmorie House Hotel Ltd. Registered in Scotland SC612345. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Any views expressed are those of the author and not necessarily of the company. We do not accept liability for viruses. Please consider the environment before printing.", "2026-12-04", ["long-disclaimer", "abbreviated-weekday", "hotel"]),
]
