"""English promises (field52), second round: the funeral home on a plan, the bell foundry, the piano restorer on a
legal account, the mushroom grower and the aquarium supplier."""

from evals.field.build import Reply
from evals.field52.kit import CT, IN, NZ, SG, ZA, at

R = Reply

REPLIES = [
    # --- Umgeni Funeral Services (Durban, plan)
    R("W5206", at(21, "13:40", ZA), "Morning, the March instalment will go off on 25/03 as per the arrangement.", "promise_to_pay", date="2028-03-25", human=["partial"], fam=["plan-instalment", "day-first"]),
    R("W5206", at(22, "08:25", ZA), "Will pay the R6 150 on month-end, i.e. Tuesday.", "promise_to_pay", date="2028-02-29", amount="6150.00", fam=["month-end", "za-space-thousands"]),
    R("W5206", at(23, "12:00", ZA), "Apologies, the February instalment was late because of the public sector strike. We'll pay it tomorrow now-now.", "promise_to_pay", date="2028-02-24", human=["partial"], fam=["plan-instalment", "now-now", "tomorrow"]),
    R("W5206", at(24, "17:15", ZA), "We can pay the whole plan balance on the 15th of March if you waive the interest. Otherwise we continue with the instalments.", "promise_to_pay", date="2028-03-15", human=["conditional"], fam=["condition-on-us", "waiver"]),
    R("W5206", at(25, "09:10", ZA), "The 98012 invoice will be paid in 7 working days.", "promise_to_pay", date="2028-03-07", inv=["98012"], fam=["working-days"]),
    R("W5206", at(28, "14:20", ZA), "Payment on Friday 3 March, after our board meeting on Wednesday.", "promise_to_pay", date="2028-03-03", fam=["meeting-before-payment", "weekday-date"]),
    R("W5206", at(29, "10:05", ZA), "Ja, we'll pay the instalment this Friday.", "promise_to_pay", date="2028-03-03", human=["partial"], fam=["this-weekday", "plan-instalment"]),
    # --- Deccan Bell & Brass (Pune)
    R("W5207", at(21, "17:05", IN), "Payment shall be processed on or before 05/03/2028.", "promise_to_pay", date="2028-03-05", fam=["day-first", "on-or-before"]),
    R("W5207", at(22, "11:40", IN), "Dear Madam, the remittance for both invoices is planned in the first week of March after our fortnightly payment cycle closes on 1st March. Tentatively 3rd March.", "promise_to_pay", date="2028-03-03", fam=["cycle-distractor", "tentative"]),
    R("W5207", at(23, "14:15", IN), "Noted. Payment will be done day after tomorrow.", "promise_to_pay", date="2028-02-25", fam=["day-after-tomorrow"]),
    R("W5207", at(24, "10:55", IN), "Sir, the 760 USD will be cleared by this month end and the balance on 15.03.2028.", "promise_to_pay", date="2028-02-29", amount="760.00", partial=False, fam=["two-dates", "dotted-date"]),
    R("W5207", at(25, "16:40", IN), "Due to Holi (11-12 March) our office will be shut, hence payment shall be made before that, on 10th March.", "promise_to_pay", date="2028-03-10", fam=["holiday-distractor", "ordinal"]),
    R("W5207", at(28, "09:20", IN), "Kindly note payment is scheduled for next Monday. UTR will be shared once done.", "promise_to_pay", date="2028-03-06", fam=["next-weekday"]),
    R("W5207", at(29, "12:30", IN), "We will release after the bells are installed at the temple and the trust clears our bill, approx 20th March.", "promise_to_pay", date="2028-03-20", human=["conditional"], fam=["condition", "approx"]),
    # --- Music Row Piano Restoration (legal)
    R("W5208", at(22, "15:45", CT), "Carl says we'll mail a check for the $1,480 on Friday 2/25. Don't call him, he's in a deposition.", "promise_to_pay", date="2028-02-25", amount="1480.00", fam=["month-first", "legal-context"]),
    R("W5208", at(23, "10:25", CT), "Our attorney says we can pay $9,340 on 3/31 if your side drops the late fees. His letter follows.", "promise_to_pay", date="2028-03-31", amount="9340.00", human=["conditional"], fam=["month-first", "condition"]),
    R("W5208", at(25, "13:50", CT), "We'll pay in two weeks. Tired of hearing from y'all.", "promise_to_pay", date="2028-03-10", fam=["two-weeks", "southern"]),
    R("W5208", at(28, "16:35", CT), "Check #4471 for the small invoice goes out tomorrow.", "promise_to_pay", date="2028-02-29", inv=["98016"], fam=["check-number", "tomorrow"]),
    # --- Rotorua Forest Mushrooms
    R("W5209", at(21, "10:15", NZ), "Will pay on the 1st, sorry, Waitangi weekend threw everything out.", "promise_to_pay", date="2028-03-01", fam=["ordinal", "holiday-excuse"]),
    R("W5209", at(22, "15:25", NZ), "Payment will be made 28/2/28.", "promise_to_pay", date="2028-02-28", fam=["day-first", "short-year"]),
    R("W5209", at(23, "09:35", NZ), "Kia ora koutou, we'll pay 98017 this Friday. 98018 went through this morning.", "already_paid", sec=["promise_to_pay"], date="2028-02-25", inv=["98017", "98018"], fam=["this-weekday", "paid-and-promise"]),
    R("W5209", at(24, "13:05", NZ), "Can't pay this week, the truck's blown a head gasket. Next Wednesday.", "promise_to_pay", date="2028-03-01", fam=["next-weekday"]),
    R("W5209", at(25, "18:45", NZ), "We'll pay in full once the shiitake order to Auckland is paid, should be 10 March.", "promise_to_pay", date="2028-03-10", human=["conditional"], fam=["condition", "customer-pays"]),
    R("W5209", at(28, "12:10", NZ), "All good, it'll be done by Friday.", "promise_to_pay", date="2028-03-03", fam=["by-weekday"]),
    # --- Tanjong Reef Aquaria
    R("W5210", at(21, "09:45", SG), "Noted with thanks. Payment for 98020 will be released on 03/03/2028.", "promise_to_pay", date="2028-03-03", inv=["98020"], fam=["day-first", "formal"]),
    R("W5210", at(22, "17:20", SG), "Our payment run is on the 7th of every month. So 7 Mar.", "promise_to_pay", date="2028-03-07", fam=["payment-run", "ordinal"]),
    R("W5210", at(23, "11:10", SG), "Boss approve already, will pay tomorrow.", "promise_to_pay", date="2028-02-24", fam=["singlish", "tomorrow"]),
    R("W5210", at(24, "14:35", SG), "Will transfer within 5 working days.", "promise_to_pay", date="2028-03-02", fam=["working-days"]),
    R("W5210", at(25, "10:05", SG), "The payment was scheduled for 28/2, but our bank token expired. Rescheduled to 1/3.", "promise_to_pay", date="2028-03-01", fam=["moved-date", "day-first"]),
    R("W5210", at(28, "15:55", SG), "We will pay SGD 600 this Friday and the balance of SGD 690 after CNY bonus payout lah, maybe end March.", "promise_to_pay", date="2028-03-03", amount="600.00", fam=["partial-amount", "singlish", "vague-rest"]),
]
