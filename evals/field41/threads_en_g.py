"""field41 English replies, part G: more dated promises in every English voice (hand-written one by one)."""

from evals.field.build import Reply
from evals.field41.kit import AE, AU, CA, IE, IN, QA, US, at

REPLIES = [
    Reply("C4101", at(16, "18:30", IN), """Dear Sir,

Kindly note that our management has approved the payment of 94102 for release on Tuesday, 5th October 2027, after the half-yearly audit of books is completed on 2nd Oct.

Regards,
Lakshmi Narayanan
Sr. Manager – Finance""",
          "promise_to_pay", date="2027-10-05", inv=["94102"], sender="lakshmi.n@nilgiri-ortho.example",
          fam=["distractor_audit_date", "fiscal_half_year_india"]),
    Reply("C4102", at(13, "20:05", IN), """Hi

Rohit here from AP. Priya asked me to reply – both Northwind invoices are in the run of 22-Sep. Will send UTR after.

Rohit Deshpande""",
          "promise_to_pay", date="2027-09-22", sender="rohit.d@deccansoftlink.example", fam=["numeric_day_month_abbrev", "voice_india_terse"]),
    Reply("C4103", at(16, "16:10", AE), """Hello,

Payment will be sent this coming Tuesday. Our GM signs cheques only on his return from Riyadh on Monday, so nothing moves before that.

Farah""",
          "promise_to_pay", date="2027-09-21", fam=["bare_weekday_next", "holiday_long_weekend"]),
    Reply("C4104", at(14, "15:15", QA), """Dear Sir,

94106 – USD 5,000 will be transferred on 23/09 as part payment. The rest will be discussed with the owners' board.

Anil""",
          "promise_to_pay", date="2027-09-23", amount="5000.00", human=["undated remainder"], fam=["partial_with_vague_rest"]),
    Reply("C4105", at(13, "15:45", AU), """Hi guys,

Sorry for the slow reply. We'll have 94107 and 94108 paid by the end of next week. I've set a reminder this time, honest.

Kylie""",
          "promise_to_pay", date="2027-09-24", fam=["end_of_next_week", "voice_australia_casual"]),
    Reply("C4105", at(15, "08:50", AU), """Morning – 94108 going out in Monday's pay run (20th). Cheers K""",
          "promise_to_pay", date="2027-09-20", inv=["94108"], fam=["weekday_with_date", "voice_mobile"]),
    Reply("C4106", at(13, "17:05", CA), """Hi,

We'll pay both invoices on the 15th of October, our standard 75-day cycle for vendors on the show. If that's a problem let me know.

Marc""",
          "promise_to_pay", date="2027-10-15", fam=["by_the_nth_next_month"]),
    Reply("C4106", at(15, "07:45", CA), """Good morning,

Yes, sorry about this. I'll get 94110 into Thursday's EFT run. 94109 is still waiting on the bond company sign-off, can't give you a date for that one.

Marc""",
          "promise_to_pay", date="2027-09-16", inv=["94109", "94110"], human=["conditional"],
          fam=["two_invoices_one_conditional", "voice_canada_film"]),
    Reply("C4107", at(15, "12:40", IE), """Hi,

Next instalment as per the arrangement will be in your account by the last working day of the month.

Declan""",
          "promise_to_pay", date="2027-09-30", human=["partial"], fam=["last_business_day", "plan_instalment_promise"]),
    Reply("C4108", at(15, "13:30", US), """Hello,

As discussed with Mr. Whitcomb, a payment of $4,780.00 will be made by cashier's check on or before 09/24/2027.

Beth Harlan""",
          "promise_to_pay", date="2027-09-24", amount="4780.00", partial=False, fam=["numeric_month_first_us", "full_amount_stated"]),
    Reply("C4109", at(16, "18:15", IN), """Hi,

Good news – channel released the milestone today. We will pay 94113 on Monday itself. 
Vidya""",
          "promise_to_pay", date="2027-09-20", inv=["94113"], fam=["condition_met", "bare_weekday_next"]),
    Reply("C4110", at(13, "09:20", AU), """Hi,

I'll get 94114 paid in a fortnight, once the cellar door takings from the weekend are banked.

Tom""",
          "promise_to_pay", date="2027-09-27", inv=["94114"], fam=["fortnight", "own_takings_not_condition"]),
    Reply("C4111", at(13, "16:30", QA), """Dear Sir,

Payment for invoice 94116 will be released by 22nd of this month.

Regards
Accounts""",
          "promise_to_pay", date="2027-09-22", sender=0, fam=["by_the_nth"]),
    Reply("C4112", at(16, "16:20", CA), """Hi,

We'll take care of both invoices on October 1 – our line of credit renews that day.

Harpreet""",
          "promise_to_pay", date="2027-10-01", fam=["explicit_date_month_first_name"]),
    Reply("C4113", at(14, "12:45", IN), """Dear Sir,

We shall pay INV-2026-94117 within 3 working days.

Regards
Nikhil Joshi""",
          "promise_to_pay", date="2027-09-17", fam=["working_days", "voice_india_formal"]),
    Reply("C4114", at(14, "10:10", IE), """Hi,

Grand, we'll pay it this day week. Sorry, it fell between the cracks over the summer.

Ciara""",
          "promise_to_pay", date="2027-09-21", fam=["this_day_week", "voice_ireland"]),
    Reply("C4101", at(13, "19:10", IN), """Sir,
Please treat this as confirmation that 94102 will be paid on 28th. Our bank's core system upgrade on 15th delayed things.
Srinivasan""",
          "promise_to_pay", date="2027-09-28", inv=["94102"], fam=["by_the_nth", "distractor_holiday_date"]),
    Reply("C4102", at(15, "14:40", IN), """Hello,
Kindly note, we will release 1,500 USD on 20th Sept and balance of 94103 on 4th October.
Priya""",
          "promise_to_pay", date="2027-09-20", amount="1500.00", inv=["94103"], fam=["partial_with_dated_rest"]),
    Reply("C4103", at(14, "17:30", AE), """Dear Northwind,

We confirm payment on Wednesday 29 September. Please note our offices are closed on Friday and Saturday.

Regards,
Accounts""",
          "promise_to_pay", date="2027-09-29", sender=0, fam=["explicit_date_weekday", "distractor_weekend"]),
    Reply("C4104", at(13, "17:50", QA), """Sir, transfer will be this Sunday, 19th. Anil""",
          "promise_to_pay", date="2027-09-19", fam=["this_weekday_with_date", "weekend_sunday_workweek"]),
    Reply("C4106", at(14, "09:35", CA), """Hi,

I can only release payments every second Wednesday. 94109 and 94110 will go on the next one, the 22nd.

Marc""",
          "promise_to_pay", date="2027-09-22", fam=["payment_run_day"]),
    Reply("C4107", at(14, "13:20", IE), """Hi,

The instalment's going a week late this month, the 5th of October instead. Scrap yard's been dead since the August bank holiday.

Declan""",
          "promise_to_pay", date="2027-10-05", human=["partial"], fam=["moved_date", "plan_instalment_promise"]),
    Reply("C4108", at(16, "15:05", US), """We will remit payment 9/27 per our counsel.""",
          "promise_to_pay", date="2027-09-27", sender=0, fam=["numeric_month_first_us", "voice_mobile"]),
    Reply("C4110", at(16, "12:15", AU), """Hi, it'll be the 1st of Oct for both, the quarterly BAS is due and I need to see where we land first. Tom""",
          "promise_to_pay", date="2027-10-01", fam=["by_the_nth", "own_tax_return_not_condition"]),
    Reply("C4111", at(14, "18:40", QA), """Dear Sir, we will pay half tomorrow and half on 30 September. Kindly accept.

Jijo""",
          "payment_plan_request", date="2027-09-15", fam=["plan_half_tomorrow"]),
    Reply("C4112", at(15, "12:05", CA), """Hi there,

Apologies for the delay. Payment for 94118 is scheduled for Sept 29.

Harpreet Sandhu
Office Manager""",
          "promise_to_pay", date="2027-09-29", inv=["94118"], fam=["explicit_date_abbrev"]),
    Reply("C4113", at(16, "13:50", IN), """Dear Sir,

Payment will be released on 30-09-2027, i.e. our half year closing date. Please do not send further reminders.

Nikhil""",
          "promise_to_pay", date="2027-09-30", fam=["numeric_dashes_in", "fiscal_half_year_india"]),
    Reply("C4114", at(16, "17:40", IE), """Hi,

Our accountant says he'll pay it on Monday week. That's the 27th I think.

Ciara""",
          "promise_to_pay", date="2027-09-27", fam=["monday_week", "voice_ireland"]),
    Reply("C4109", at(14, "09:05", IN), """Dear Sir,

94113 will be paid in 2 weeks time.

Accounts""",
          "promise_to_pay", date="2027-09-28", sender=0, fam=["in_two_weeks"]),
    Reply("C4105", at(16, "19:30", AU), """Hi, we'll have to pay 94107 after the Rosh Hashanah break of our Melbourne distributor – they're closed 2 to 4 October and won't pay us till the week after. So probably 8 October, but it depends on them.

Kylie""",
          "promise_to_pay", date="2027-10-08", human=["conditional"], fam=["rosh_hashanah", "conditional_customer_pays", "distractor_closure_dates"]),
    Reply("C4112", at(13, "08:00", CA), """Hi, just a heads up that our bookkeeper is on leave for the Jewish holidays from Oct 1 to Oct 4, so we'll pay both invoices before then – on Sept 30.

Harpreet""",
          "promise_to_pay", date="2027-09-30", fam=["rosh_hashanah", "distractor_holiday_date"]),
    Reply("C4108", at(13, "11:40", US), """Beth's out this week. Not sure who handles the Northwind account, I'm just the receptionist, so please call the main line.""",
          "wrong_contact", sender=0, fam=["wrong_contact_unnamed", "voice_florida"]),
    Reply("C4102", at(16, "10:45", IN), """Hi, please resend 94104 with the correct HSN/SAC, our GST team rejected it. Thanks""",
          "invoice_resend", inv=["94104"], sender=0, fam=["resend_corrected", "voice_mobile"]),
    Reply("C4106", at(16, "18:45", CA), """Thanks – got your note, forwarded to production accounting.""",
          "other", fam=["no-action", "acknowledgement"]),
]
