"""More English dated commitments (field7, hand-written), written earlier in the month so that the same phrases
resolve to other dates: weekdays, ordinals, numeric dates by locale, weeks and month ends."""

from evals.field7.build import Reply as R

GB, US, AU, IN, SG = "+00:00", "-05:00", "+11:00", "+05:30", "+08:00"


def t(day: str, hm: str, off: str) -> str:
    """The reply's Date: November 2026 day, local time, the sender's offset."""
    return f"2026-11-{day}T{hm}:00{off}"


REPLIES = [
    R("M701", t("18", "09:00", GB), "Morning, the salon's payment goes out Fri. Kiran (accountant)", "promise_to_pay", date="2026-11-20", fam=["date:abbrev-weekday", "writer:client-accountant"], sender=2),
    R("M702", t("18", "10:00", GB), "Paul here - we'll pay on the 27th.", "promise_to_pay", date="2026-11-27", fam=["date:ordinal-alone", "writer:finance-director"], sender=1),
    R("M703", t("17", "22:50", US), "Check goes out tomorrow, promise. Dana", "promise_to_pay", date="2026-11-18", fam=["date:tomorrow-late-night-us"], sender=1, quote="none"),
    R("M703", t("19", "10:00", US), "Scheduled for 11/30 in our month-end run.", "promise_to_pay", date="2026-11-30", fam=["date:numeric-month-first-us"], sender=0),
    R("M704", t("18", "09:00", "+00:00"), "Hi, we'll have it to you by 26/11. Siobhan", "promise_to_pay", date="2026-11-26", fam=["date:numeric-day-first-ie"], sender=1),
    R("M705", t("18", "08:00", AU), "Will pay next Wednesday mate. Ben", "promise_to_pay", date="2026-11-25", fam=["date:next-weekday", "locale:en-AU"], sender=1),
    R("M706", t("19", "10:00", GB), "Purchase Ledger: scheduled in our BACS run at the end of next week.", "promise_to_pay", date="2026-11-27", fam=["date:end-of-next-week"], sender=0),
    R("M707", t("18", "11:00", US), "We'll pay 07071 on Monday the 23rd. Tony", "promise_to_pay", date="2026-11-23", inv=["07071"], fam=["date:weekday-with-ordinal"], sender=1),
    R("M708", t("17", "10:00", GB), "Dear friends, we shall pay by the end of the month. Br. Thomas", "promise_to_pay", date="2026-11-30", fam=["date:end-of-month"], sender=1),
    R("M710", t("18", "12:00", IN), "Dear Sir, payment will be processed on 25th November positively. Regards Ravi", "promise_to_pay", date="2026-11-25", fam=["date:ordinal-month", "locale:en-IN"], sender=1),
    R("M712", t("18", "09:00", "+13:00"), "We'll get it to you by EOW. Hemi", "promise_to_pay", date="2026-11-20", fam=["date:eow"], sender=1),
    R("M713", t("18", "10:00", SG), "Payment will be made within 7 working days. Finance", "promise_to_pay", date="2026-11-27", fam=["date:working-days"], sender=0),
    R("M715", t("17", "09:00", US), "ACH scheduled 12/1. Luis", "promise_to_pay", date="2026-12-01", fam=["date:numeric-month-first-us", "voice:terse"], sender=1),
    R("M716", t("19", "09:00", GB), "Hi, both will go next Thursday when I'm in. Alison", "promise_to_pay", date="2026-11-26", fam=["date:next-weekday", "writer:part-time-bookkeeper"], sender=2),
    R("M702", t("19", "15:00", GB), "Hi, I'm the temp - Paul has signed it off, it goes in the run on Monday.", "promise_to_pay", date="2026-11-23", fam=["date:bare-weekday", "writer:temp"], sender=2),
    R("M704", t("17", "09:00", "+00:00"), "Will pay half (EUR 1,430) Thursday, the other half on 1 December. Siobhan", "promise_to_pay", date="2026-11-19", amount="1430.00", fam=["promise:partial", "date:bare-weekday"], sender=1),
    R("M713", t("17", "10:00", SG), "Hello, payment by 30th Nov, thank you. Yvonne", "promise_to_pay", date="2026-11-30", fam=["date:ordinal-month-abbrev"], sender=1),
    R("M705", t("17", "09:00", AU), "I'll pay on Monday week, once the Black Friday takings are in the bank. Ben", "promise_to_pay", date="2026-11-30", human=["conditional"], fam=["date:monday-week", "promise:conditional"], sender=1),
]
