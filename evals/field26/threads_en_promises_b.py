"""field26, English promises (part two): Kentucky, Marlborough, Vermont, Kilkenny and Tasmanian writers."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field26.kit import AU, IE, NZ, US, at

R = Reply

REPLIES: list[Reply] = [
    # --- Bluegrass Barrel Cooperage (credit hold, en-US, month-first) ---
    R("V2606", at(23, "08:30", US), "June here. Check goes in the mail 12/4. Can you release the staves order once it clears?", "promise_to_pay",
      date="2026-12-04", fam=["locale-numeric-monthfirst", "cheque-number"], sender=1),
    R("V2606", at(24, "16:55", US), "We're closed Thursday and Friday for Thanksgiving. Payment will go out the Monday after, 11/30.", "promise_to_pay",
      date="2026-11-30", fam=["holiday", "locale-numeric-monthfirst"], sender=1),
    R("V2606", at(25, "22:40", US), "ugh. yes I know. Tues.", "promise_to_pay",
      date="2026-12-01", fam=["abbrev-weekday", "terse-mobile", "late-evening"], sender=1),
    R("V2606", at(27, "10:12", US), "Hi - our distillery customer pays us on the 15th. We'll turn around and pay you $3,000 that same day, rest in January.", "promise_to_pay",
      date="2026-12-15", amount="3000.00", human=["conditional"], fam=["ordinal-alone", "condition-date"], sender=1,
      note="the payment waits on the distillery customer paying us: conditional though dated; partial"),

    # --- Marlborough Hop Gardens (en-NZ, day-first, +13:00) ---
    R("V2607", at(23, "07:10", NZ), "Kia ora, sorry team - harvest prep has us flat out. Both invoices will be paid 4/12.\nCheers, Tane", "promise_to_pay",
      date="2026-12-04", fam=["locale-numeric-dayfirst", "non-english-greeting"], sender=1),
    R("V2607", at(23, "19:45", NZ), "No worries, we'll sort 92612 on Thursday and the other one the Thursday after.", "promise_to_pay",
      date="2026-11-26", inv=["92612", "92611"], fam=["two-dates", "weekday-week"], sender=1),
    R("V2607", at(24, "12:00", NZ), "Hi, the brewery in Nelson that owes us is paying on the 30th. We'll pay you the day after that.", "promise_to_pay",
      date="2026-12-01", human=["conditional"], fam=["relative-to-event", "condition-date"], sender=1,
      note="the day after the brewery pays: someone else's payment first, conditional though dated"),
    R("V2607", at(25, "08:25", NZ), "Accounts here. Payment run is every second Wednesday - next one is 2 December. Both invoices are on it.", "promise_to_pay",
      date="2026-12-02", fam=["payment-cycle", "shared-mailbox"], sender=0),
    R("V2607", at(26, "14:30", NZ), "Mate, I told your colleague on the phone Monday 23rd that we'd pay Friday. Still the plan. Friday.", "promise_to_pay",
      date="2026-11-27", fam=["past-payment-date", "sarcasm"], sender=1,
      note="Monday the 23rd is when the phone call was; Friday after the reply (Thursday 26th) is the 27th"),
    R("V2607", at(27, "09:40", NZ), "We'll pay in a fortnight. Cheers", "promise_to_pay",
      date="2026-12-11", fam=["relative-span", "terse-mobile"], sender=1),

    # --- Green Mountain Lift Services (legal, en-US) ---
    R("V2608", at(23, "13:20", US), "Dennis Lacasse here. I spoke to my lawyer and we're going to pay the 11,460 in full on December 18th. Tell your collections people to back off.", "promise_to_pay",
      date="2026-12-18", amount="11460.00", partial=False, fam=["legal-threat", "tone-complaint"], sender=1),
    R("V2608", at(25, "09:05", US), "Billing office. Mr. Lacasse asked me to let you know payment will be wired once the lift inspection on 12/8 is signed off by the state.", "promise_to_pay",
      human=["conditional"], fam=["condition-date", "locale-numeric-monthfirst"], sender=0,
      note="the inspection's date is a condition's date; the payment hangs on a sign-off with no date"),

    # --- Nore Valley Stonemasons (en-IE) ---
    R("V2609", at(23, "09:50", IE), "Hi,\n\nCiara here in the office. Pat says he'll pay the two of them on Wednesday week.\n\nThanks\nCiara", "promise_to_pay",
      date="2026-12-02", fam=["weekday-week"], sender=1,
      note="'Wednesday week' written Monday 23rd: the Wednesday after the coming one (25th) = 2 December"),
    R("V2609", at(24, "10:35", IE), "Morning, we were meant to pay on the 27th but the quarry job is held up. It'll be the 8th of December now. Apologies.", "promise_to_pay",
      date="2026-12-08", fam=["moved-date"], sender=1),
    R("V2609", at(24, "17:15", IE), "Hi - €580 for 92615 goes today, and the 4,125 on the first Friday of December.", "promise_to_pay",
      date="2026-11-24", amount="580.00", inv=["92615", "92614"], partial=False, fam=["nth-weekday-of-month", "two-dates"], sender=1,
      note="the earliest date (today) is the promise, with the amount it names for that invoice"),
    R("V2609", at(25, "12:10", IE), "Thanks for the reminder. We pay everything on the 8th - it's a bank day here even if it's a holy day for my mother.", "promise_to_pay",
      date="2026-12-08", fam=["ordinal-alone", "holiday"], sender=1),
    R("V2609", at(26, "08:45", IE), "Hiya, would a payment on Friday 4th be ok? That's when we're sorted. Ciara", "promise_to_pay",
      date="2026-12-04", fam=["weekday-ordinal"], sender=1),
    R("V2609", at(27, "15:55", IE), "We will pay both before Christmas. Promise.", "promise_to_pay",
      date="2026-12-24", fam=["holiday", "terse-mobile"], sender=1),

    # --- Tasman Bay Abalone (en-AU, +11:00) ---
    R("V2610", at(23, "06:50", AU), "G'day, we'll square up 92617 this arvo and 92616 on the 14th once the export shipment to Hong Kong lands on the 10th.", "promise_to_pay",
      date="2026-11-23", inv=["92617", "92616"], human=["conditional"], fam=["two-dates", "delivery-date-distractor"], sender=1,
      note="this afternoon is the first date; the 14th waits on the shipment landing (someone else's delivery): a person"),
    R("V2610", at(24, "09:30", AU), "Hi, payment will be made EOM. Shane", "promise_to_pay",
      date="2026-11-30", fam=["month-end", "terse-mobile"], sender=1),
    R("V2610", at(24, "20:10", AU), "Sorry, our bookkeeper's been crook. She's back Monday and will pay the lot Tuesday.", "promise_to_pay",
      date="2026-12-01", fam=["relative-to-event"], sender=1,
      note="'back Monday … pay Tuesday' written Tuesday 24th: Tuesday after the coming Monday (30th) = 1 December"),
    R("V2610", at(25, "11:15", AU), "Accounts - scheduled for payment 08/12/2026.", "promise_to_pay",
      date="2026-12-08", fam=["locale-numeric-dayfirst", "shared-mailbox", "terse-mobile"], sender=0),
    R("V2610", at(26, "16:05", AU), "Hi, we'll pay in the first week of December, likely the Thursday.", "promise_to_pay",
      date="2026-12-03", fam=["week-of"], sender=1,
      note="the first week of December is the week of 30 November; its Thursday is 3 December"),
    R("V2610", at(27, "13:40", AU), "Mate we paid 92617 on the 20th (ref TBA-1120) - check again. The other one goes next Wednesday.", "already_paid",
      ref="TBA-1120", inv=["92617", "92616"], sec=["promise_to_pay"], date="2026-12-02", fam=["two-dates", "past-payment-date"], sender=1,
      human=["no matching payment"], note="no bank line carries TBA-1120 or 1,290 around the 20th"),
]
