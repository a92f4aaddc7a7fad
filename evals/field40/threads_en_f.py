"""English replies (field40), part f: promises from every English-writing customer, in the summer's dates and spans."""

from evals.field.build import Reply
from evals.field40.kit import ET, FI, GB, NO, SE, UA, US, at

R = Reply

REPLIES = [
    R("D4001", at(5, "13:05", NO), "Hi, yes we know. Payment goes out Wednesday 7th, together with the salary run.", "promise_to_pay", date="2027-07-07", fam=["weekday-date", "salary-run"], sender=0),
    R("D4001", at(7, "09:45", NO), "We will pay next week, before I go on ferie.", "promise_to_pay", date="2027-07-16", fam=["next-week", "summer-holiday"]),
    R("D4002", at(6, "17:55", NO), "FYI see below from our bank.\n\n---------- Forwarded message ---------\nFrom: Nettbank <noreply@sparebank-vest.example>\nSubject: Betaling registrert\n\nBetaling til NORTHWIND SUPPLIES GMBH, EUR 12 680,00, forfallsdato 13.07.2027, status: Venter.", "promise_to_pay", date="2027-07-13", fam=["forward-see-below", "bank-notice", "scheduled", "norwegian-bank"], sender=0),
    R("D4003", at(7, "20:40", SE), "Sorry for the delay, our club was at the Swedish championships. I'll pay everything by the end of the month.", "promise_to_pay", date="2027-07-31", fam=["end-of-month", "sports-event"]),
    R("D4004", at(5, "16:45", SE), "Johan is on holiday but has approved it: payment in calendar week 28, on the Thursday.", "promise_to_pay", date="2027-07-15", fam=["calendar-week-weekday", "approved-by-absent"], sender=0),
    R("D4004", at(8, "08:10", SE), "We will settle both on 31 July — well, that's a Saturday, so Friday the 30th.", "promise_to_pay", date="2027-07-30", fam=["self-correction", "weekend-moved"]),
    R("D4005", at(5, "11:25", FI), "Both invoices will be paid within 10 days.", "promise_to_pay", date="2027-07-15", fam=["within-days"]),
    R("D4005", at(7, "16:15", FI), "We have a board meeting on 13 July where the budget is approved. Payment goes the day after, 14th.", "promise_to_pay", date="2027-07-14", fam=["meeting-distractor", "day-after"], sender=0),
    R("D4006", at(8, "15:30", FI), "Ok, I pay 2 230 EUR in 3 working days.", "promise_to_pay", date="2027-07-13", amount="2230.00", partial=False, note="2,230 is the whole balance", fam=["working-days", "amount-is-balance"]),
    R("D4007", at(6, "11:20", UA), "Next instalment is confirmed for 5.8.2027, as in the schedule.", "promise_to_pay", date="2027-08-05", human=["partial"], fam=["plan-instalment", "dotted-date"]),
    R("D4007", at(8, "15:35", UA), "Dear colleagues, we will add 600 USD extra to the July instalment, paying it on Monday 12 July. Thank you for understanding.", "promise_to_pay", date="2027-07-12", amount="600.00", fam=["plan-instalment", "extra-amount", "weekday-date"], sender=0),
    R("D4008", at(5, "13:40", UA), "Hi! We will pay both invoices until 16 July. Best, Andriy", "promise_to_pay", date="2027-07-16", fam=["until-as-by", "non-native"]),
    R("D4008", at(6, "10:05", UA), "We plan payment for the week after next, Tuesday probably.", "promise_to_pay", date="2027-07-20", fam=["week-after-next", "probably"], sender=0),
    R("D4009", at(5, "16:30", ET), "Dear, the payment will be processed after the new budget year opens on 8 July (Hamle 1). Expected transfer date 9 July.", "promise_to_pay", date="2027-07-09", fam=["ethiopian-calendar", "fiscal-year-start", "expected-date"]),
    R("D4009", at(8, "09:10", ET), "We are transferring USD 5,640 this week Friday.", "promise_to_pay", date="2027-07-09", amount="5640.00", partial=False, inv=["94014"], note="5,640 is 94014 whole; 94015 was paid on 5 July", fam=["this-week-weekday", "amount-is-one-invoice"]),
    R("D4010", at(6, "13:15", ET), "Update: the donor reimbursement arrived earlier than expected. We pay on Thursday.", "promise_to_pay", date="2027-07-08", fam=["condition-met", "weekday"]),
    R("D4010", at(7, "16:50", ET), "We will pay by the end of the Ethiopian fiscal year... sorry, that is today. We will pay by 21 July.", "promise_to_pay", date="2027-07-21", fam=["self-correction", "fiscal-year-close"]),
    R("D4011", at(5, "19:10", GB), "Ta for the nudge. Will do it Monday week.", "promise_to_pay", date="2027-07-19", note="'Monday week' written on a Monday: the Monday after the coming one", fam=["monday-week", "british"]),
    R("D4011", at(8, "17:15", GB), "Sorted for the 1st of August – when the new overdraft kicks in. Honest.", "promise_to_pay", date="2027-08-01", fam=["ordinal-date", "overdraft"]),
    R("D4012", at(5, "14:30", GB), "We'll pay 94020 on 14/07 and 94019 with it.", "promise_to_pay", inv=["94020", "94019"], date="2027-07-14", fam=["day-first-numeric"], sender=0),
    R("D4012", at(8, "11:55", GB), "Just so you know, the auditors are in w/c 19 July, so 94020 will go out before then – Friday 16th at the latest.", "promise_to_pay", inv=["94020"], date="2027-07-16", fam=["audit-distractor", "at-the-latest", "weekday-date"]),
    R("D4013", at(6, "16:50", US), "ok, 8760 by Friday 7/9. don't call my cell again.", "promise_to_pay", date="2027-07-09", fam=["month-first", "hostile", "terse"], sender=0),
    R("D4014", at(5, "14:10", US), "Hi, office is closed for the holiday but I saw your note. Both invoices are in the 7/13 run.", "promise_to_pay", date="2027-07-13", fam=["holiday-observed", "month-first", "payment-run"]),
    R("D4014", at(7, "15:45", US), "We'll remit $11,460 via wire on July 20, 2027.", "promise_to_pay", inv=["94022"], date="2027-07-20", amount="11460.00", partial=False, note="11,460 is 94022 whole", fam=["us-long-date", "amount-is-one-invoice", "wire"]),
    R("D4001", at(6, "16:40", NO), "Payment is approved, will be paid on the last banking day of July.", "promise_to_pay", date="2027-07-30", fam=["last-business-day"]),
    R("D4003", at(6, "18:05", SE), "i pay 1960 on monday and 340 in the middle of august. /Maja", "promise_to_pay", date="2027-07-12", amount="1960.00", partial=False, note="1,960 is 94004 whole; 340 on 15 August", fam=["amount-is-one-invoice", "two-dates", "lowercase"]),
    R("D4005", at(6, "17:50", FI), "Payment will be done 2 weeks from today, because our controller is on holiday.", "promise_to_pay", date="2027-07-20", fam=["weeks-from-today", "summer-holiday"]),
    R("D4006", at(5, "13:15", FI), "Payment will be on Friday next week.", "promise_to_pay", date="2027-07-16", fam=["next-week-weekday"]),
    R("D4008", at(8, "17:45", UA), "We transfer tomorrow 9 July, first 3000 USD, then the rest 4320 USD on 23 July.", "promise_to_pay", inv=["94012"], date="2027-07-09", amount="3000.00", fam=["two-dates", "partial-amount"], sender=0),
    R("D4009", at(6, "14:40", ET), "Dear, we will pay at the beginning of August when the export proceeds from Aalsmeer auction come in.", "promise_to_pay", date="2027-08-01", human=["conditional"], fam=["customer-pays-first", "beginning-of-month", "auction"]),
    R("D4010", at(5, "10:10", ET), "Noted. We pay in 5 working days.", "promise_to_pay", date="2027-07-12", fam=["working-days", "terse"]),
    R("D4012", at(6, "09:15", GB), "Both invoices will be paid mid-July.", "promise_to_pay", date="2027-07-15", fam=["mid-month"]),
    R("D4014", at(8, "11:20", US), "Per my voicemail: 55102 pays 7/21 once the rebill is in our system.", "promise_to_pay", inv=["94022"], date="2027-07-21", human=["conditional"], fam=["month-first", "conditional", "rebill"], sender=0),
    R("D4004", at(6, "12:00", SE), "Payment for 94006 will be made on 27/7 after the Q2 reporting is done.", "promise_to_pay", inv=["94006"], date="2027-07-27", fam=["day-first-numeric", "quarter-close"]),
    R("D4002", at(8, "12:35", NO), "Full payment on Monday 12 July. Can you release the account after?", "promise_to_pay", date="2027-07-12", fam=["weekday-date", "credit-hold-plea"], sender=0),
    R("D4011", at(6, "15:40", GB), "Will pay by the end of next week, the 16th.", "promise_to_pay", date="2027-07-16", fam=["end-of-next-week"], sender=0),
    R("D4013", at(7, "10:15", US), "Paying $2,000 on 7/12 and $2,000 every two weeks after that until it's done.", "payment_plan_request", date="2027-07-12", amount="2000.00", fam=["plan-biweekly", "month-first"], sender=0),
]
