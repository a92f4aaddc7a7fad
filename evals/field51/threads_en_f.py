"""Hand-written English replies, part f: the last days before the closures — quarters, fortnights, Christmas Eve runs."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field51.kit import AU, CT, ET, GB, IE, NZ, SK, UG, ZA, at

R = Reply

REPLIES: list[Reply] = [
    R("J5101", at(10, "15:55", GB), "We'll square up in a fortnight, once the last of the Christmas sweeps are invoiced.", "promise_to_pay",
      date="2027-12-24", fam=["fortnight"]),
    R("J5102", at(13, "08:05", ET), "Controller here. Both invoices will be paid in Q1, most likely the week of January 17th. We're conserving cash through the holiday lot returns.", "promise_to_pay",
      date="2028-01-17", fam=["quarter", "week-of"]),
    R("J5104", at(17, "10:30", SK), "Merry Christmas! Sent the 3,480 by e-transfer this morning, ref PMT-97006. Still owe you the 760, I'll send that the 4th when we open again.", "already_paid",
      sec=["promise_to_pay"], date="2028-01-04", ref="PMT-97006", inv=["97006", "97007"], human=["no matching payment"], fam=["paid-and-promise", "reopening-date"]),
    R("J5105", at(14, "11:25", AU), "Kerry here, just confirming the $2,000 instalment will go out tomorrow as usual. Merry Christmas to you all up there in the cold.", "promise_to_pay",
      date="2027-12-15", amount="2000.00", human=["partial"], fam=["plan-instalment", "tomorrow"]),
    R("J5106", at(14, "15:00", IE), "Cathal. I can pay 97010 today. The other I'm disputing, as you know. Lift the hold for the 830 at least?", "dispute",
      sec=["promise_to_pay"], date="2027-12-14", inv=["97010", "97009"], fam=["dispute-with-promise", "credit-hold"]),
    R("J5107", at(17, "09:40", UG), "Dear Sir, we are pleased to inform you that the payment of USD 6,200 for both invoices will be made on Monday 20th December 2027, bank charges on our side.", "promise_to_pay",
      date="2027-12-20", fam=["formal", "weekday-ordinal"]),
    R("J5109", at(17, "08:10", ZA), "Morning. The 97016 we'll pay on Christmas Eve and the 97015 is going to the liquidator's list, sorry.", "promise_to_pay",
      date="2027-12-24", inv=["97016", "97015"], human=["insolvency"], fam=["liquidation", "before-christmas"]),
    R("J5110", at(17, "12:20", ET), "OK OK, check for both is going out Tuesday.", "promise_to_pay",
      date="2027-12-21", fam=["terse", "weekday"]),
    R("J5103", at(17, "14:40", CT), "Karin Aho. My client will pay the undisputed portion, $2,120, on December 23, without prejudice to the claim for the damaged tonewood.", "dispute",
      sec=["promise_to_pay"], date="2027-12-23", amount="2120.00", sender="kaho@ahobirchlaw.example", fam=["legal", "without-prejudice", "month-name"]),
    R("J5108", at(13, "16:30", NZ), "Kia ora, the 2,185 goes Friday, and sorry about the 590, I'll pay it the same day.", "promise_to_pay",
      date="2027-12-17", fam=["weekday"]),
]
