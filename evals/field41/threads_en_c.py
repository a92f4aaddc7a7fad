"""field41 English replies, part C: promises from every English voice (hand-written one by one)."""

from evals.field.build import Reply
from evals.field41.kit import AE, AU, AUTO, CA, IE, IN, QA, US, at

REPLIES = [
    Reply("C4101", at(13, "17:20", IN), """Dear Sir,

We acknowledge the reminder. Payment for 94102 shall be made before our half year closing i.e. on or before 29th September 2027.

Thanking you,
Yours faithfully,
for Nilgiri Orthopaedic Supplies Pvt Ltd
Authorised Signatory""",
          "promise_to_pay", date="2027-09-29", inv=["94102"], sender=0, fam=["explicit_date_ordinal", "voice_india_formal"]),
    Reply("C4101", at(16, "14:14", IN), """Hi,
Will clear both invoices day after tomorrow, Saturday also our bank is working half day. If any issue it will be Monday.
S. Raghavan""",
          "promise_to_pay", date="2027-09-18", fam=["day_after_tomorrow", "fallback_date", "voice_india_terse"]),
    Reply("C4102", at(14, "11:41", IN), """Hi team,

94104 payment scheduled for 1st Oct. The 94103 we already discussed with Rohit – that one is for end of this month.

Regards
Priya""",
          "promise_to_pay", date="2027-09-30", fam=["two_dates_earliest", "voice_india_terse"],
          note="two invoices, two dates; the earliest (94103, end of September) is the promise date"),
    Reply("C4102", at(15, "10:03", IN), """Dear Sir/Madam,
Greetings of the day!!
This is to inform you that the payment of invoice no. 94103 and 94104 will be done within 7 working days from today.
Thanks and regards
AP Desk""",
          "promise_to_pay", date="2027-09-24", sender=0, fam=["working_days", "voice_india_formal"]),
    Reply("C4103", at(13, "13:30", AE), """Hello,

Kindly be informed that 94105 will be settled in the first week of October after our quarter closing. I will share the swift copy once done.

Regards
Farah""",
          "promise_to_pay", human=["undated"], fam=["vague_first_week", "quarter_end", "voice_gulf_formal"]),
    Reply("C4103", at(16, "11:11", AE), """Dear Northwind team,

Sorry for the delay, our GM was travelling. Approved today, payment by Sunday 19 Sept (our working week starts Sunday).

Farah Rahman""",
          "promise_to_pay", date="2027-09-19", fam=["weekend_sunday_workweek", "explicit_date_weekday"]),
    Reply("C4104", at(15, "09:09", QA), """Dear Sir,

Further to our call, 94106 will be transferred on Thursday 30/09/2027 subject to credit hold being lifted for the new order.

Regards,
Anil""",
          "promise_to_pay", date="2027-09-30", human=["conditional"], fam=["conditional_release_hold", "numeric_day_first"]),
    Reply("C4105", at(13, "19:55", AU), """no worries, will sort 94108 next Tuesday. K""",
          "promise_to_pay", date="2027-09-21", inv=["94108"], fam=["next_weekday", "voice_mobile"]),
    Reply("C4105", at(16, "08:02", AU), """Hi,

I'll pay 94108 on the last business day of the month. Harvest starts in Feb here so September's the quiet end, but cash is cash.

Kylie""",
          "promise_to_pay", date="2027-09-30", inv=["94108"], fam=["last_business_day", "voice_australia_formal"]),
    Reply("C4106", at(13, "12:12", CA), """Hi,

Per the attached EFT schedule, payment of CAD 20,990.00 for both invoices is set for September 17th.

Thanks,
Production Accounting | False Creek Pictures""",
          "promise_to_pay", date="2027-09-17", amount="20990.00", partial=False, sender=0,
          attachments=[("EFT_schedule_wk37.pdf", "application/pdf", "EFT run 2027-09-17: Northwind Supplies GmbH INV-2026-94109 18,650.00; INV-2026-94110 2,340.00")],
          fam=["full_amount_stated", "attachment_schedule", "voice_canada_film"]),
    Reply("C4106", at(15, "09:27", CA), """Heads up – we're moving our payables to a new bank (RBC to ATB) this month, so the 94109 payment goes out the week of Oct 4, likely the Wednesday.

Marc""",
          "promise_to_pay", date="2027-10-06", inv=["94109"], fam=["week_of_weekday", "voice_canada_film"]),
    Reply("C4107", at(14, "17:00", IE), """Hi,

We'll have the next instalment with you on the 28th, same as every month. Stop worrying!

Declan""",
          "promise_to_pay", date="2027-09-28", human=["partial"], fam=["plan_instalment_promise", "voice_ireland"]),
    Reply("C4108", at(16, "16:40", US), """Good afternoon,

We'll mail a check for the full balance on Monday, September 20th.

Beth Harlan""",
          "promise_to_pay", date="2027-09-20", fam=["check_by_mail", "voice_florida"]),
    Reply("C4109", at(16, "13:30", IN), """Sir, we will pay 3,500 USD on 24/09 and the rest after the channel milestone comes.
Vidya""",
          "promise_to_pay", date="2027-09-24", amount="3500.00", human=["conditional"], fam=["partial_plus_conditional_rest", "voice_india_film"]),
    Reply("C4110", at(15, "21:40", AU), """Yep, 94114 will go Thursday. The GST thing on 94115 I've queried separately, hold that one.

Tom""",
          "promise_to_pay", date="2027-09-16", inv=["94114"], fam=["bare_weekday_next", "voice_mobile"]),
    Reply("C4101", at(15, "12:01", IN), """Dear Northwind,

As per our payment terms we release vendor payments only on 5th and 20th of every month. Your 94102 will go in 20th September batch.

Regards,
Accounts Dept.""",
          "promise_to_pay", date="2027-09-20", inv=["94102"], sender=0, fam=["payment_run_day", "voice_india_formal"]),
    Reply("C4102", at(13, "18:30", IN), """Sorry for the delay! Salary processing this week. 94104 will go by Thursday next week for sure.""",
          "promise_to_pay", date="2027-09-23", inv=["94104"], fam=["weekday_next_week", "voice_mobile"]),
    Reply("C4103", at(14, "09:40", AE), """Dear Sir,

Payment of AED equivalent for 94105 will be done after 10 days, our finance manager returns on 24 Sept.

Best regards
Farah""",
          "promise_to_pay", date="2027-09-24", fam=["in_n_days", "distractor_return_date"]),
    Reply("C4104", at(16, "10:25", QA), """Dear Sir, we request you to kindly hold the reminders. The payment will be done by mid October as cash flow from the tenants is expected then.

Anil Menon""",
          "promise_to_pay", date="2027-10-15", fam=["mid_month", "voice_gulf_formal"]),
    Reply("C4105", at(14, "20:10", AU), """All good, I've booked 94107 AND 94108 for EFT on the 1st. Kylie""",
          "promise_to_pay", date="2027-10-01", fam=["by_the_nth", "voice_mobile"]),
    Reply("C4106", at(16, "12:00", CA), """Hello,

Your reminder reached me during our hiatus. Both invoices will be paid in the October 8 cheque run (Friday before Thanksgiving).

Marc Leblanc""",
          "promise_to_pay", date="2027-10-08", fam=["thanksgiving_canada", "explicit_date_month_first_name"]),
    Reply("C4107", at(13, "08:20", IE), """Morning,

The September instalment is going Friday, and while I have you: can we also move the direct debit date to the 5th from next month on? Our yard sales settle on the 1st.

Declan""",
          "payment_plan_request", sec=["promise_to_pay"], date="2027-09-17", fam=["plan_change_with_promise", "voice_ireland"]),
    Reply("C4108", at(13, "14:05", US), """Hi - we'll be sending payment on 10/1 per our attorney's instruction.""",
          "promise_to_pay", date="2027-10-01", sender=0, fam=["numeric_month_first_us", "voice_mobile"]),
    Reply("C4109", at(13, "11:45", IN), """Dear Sir,

INV-2026-94113 – payment scheduled for 15/10/2027 as per our 60 days credit period from date of receipt of invoice.

Regards
Accounts""",
          "promise_to_pay", date="2027-10-15", sender=0, fam=["credit_terms_date", "voice_india_formal"]),
    Reply("C4110", at(16, "15:50", AU), """Hi, paying 94114 tomorrow. 94115 when you fix the GST. Tom""",
          "dispute", sec=["promise_to_pay"], inv=["94114", "94115"], date="2027-09-17",
          fam=["dispute_and_promise", "voice_mobile"]),
    Reply("C4101", at(14, "10:30", IN), """Hi,
Due to our office shifting to Ambattur we were closed last week. Now we are back. Please expect payment on or before 21-09-2027.
Thanks""",
          "promise_to_pay", date="2027-09-21", fam=["numeric_dashes_in", "office_move"]),
    Reply("C4103", at(15, "14:45", AE), """Hi,

We will settle 94105 by 28th Sept. Could you also please send me your IBAN letter on company letterhead, our bank requires it for new beneficiaries.

Farah""",
          "promise_to_pay", sec=["other"], date="2027-09-28", human=["bank letter request"], fam=["promise_and_bank_letter"]),
    Reply("C4106", at(14, "17:45", CA), """Marc here. 94110 will go out the Friday after next – we batch on Fridays.""",
          "promise_to_pay", date="2027-09-24", inv=["94110"], fam=["friday_after_next", "voice_mobile"]),
    Reply("C4109", at(15, "20:20", IN), """Hi, kindly note 94113 will be paid in week 40 i.e. first week of October, I'll send exact date later.""",
          "promise_to_pay", human=["undated"], fam=["vague_week", "voice_mobile"]),
    Reply("C4102", at(16, "15:02", IN), """Dear Sir,

Please find below the tentative payment schedule:
- INV-2026-94103 — 27/09/2027
- INV-2026-94104 — 04/10/2027

Kindly acknowledge.

Regards,
AP Desk""",
          "promise_to_pay", date="2027-09-27", sender=0, fam=["schedule_list", "numeric_day_first_in"]),
]
