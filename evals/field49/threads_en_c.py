"""field49 English replies, part c: a Trinidad steelpan maker on a plan, an Orkney knitwear co-op, a Michigan organ builder, a Delta chandlery."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field49.kit import AUTO, GB, NG, TT, US, at

PAYMENTS = [
    Payment("BK49-008", "H4909", "2027-08-30", "1600.00", "USD", "MARACAS BAY STEELPAN PLAN INST 3"),
    Payment("BK49-009", "H4910", "2027-09-02", "745.00", "GBP", "STENNESS KNITWEAR CO OP"),
    Payment("BK49-010", "H4911", "2027-08-25", "11200.00", "USD", "GREAT LAKES ORGAN ACH GLO-1187"),
    Payment("BK49-011", "H4912", "2027-09-01", "24260.00", "USD", "BONNY RIVER MARINE/INV94933"),
]

REPLIES = [
    # H4909 Maracas Bay Steelpan Makers (Trinidad, on a plan)
    Reply("H4909", at(31, "19:20", TT), "Happy Independence Day from T&T! Instalment 3 of our arrangement went Monday, USD 1,600, ref MARACAS BAY STEELPAN PLAN INST 3. Why am I getting a reminder when we're on the plan?\n\nAnil", "already_paid",
          ref="MARACAS BAY STEELPAN PLAN INST 3", inv=["94925"], sec=["other"], human=["amount differs: plan instalment"],
          fam=["already paid", "plan instalment", "caribbean", "why reminders on a plan"], sender=1),
    Reply("H4909", at(1, "10:50", TT), "Morning. Instalment 4 (1,600) will be a few days late, we'll send it on the 24th... no wait that's Republic Day, banks closed. Make it Monday the 27th.", "promise_to_pay",
          date="2027-09-27", amount="1600.00", inv=["94925"], fam=["promise", "plan instalment", "moved date", "holiday", "caribbean"], sender=1,
          note="an instalment of an existing plan is partial; the 24th was withdrawn"),
    Reply("H4909", at(2, "14:05", TT), "Could we skip the October instalment and pay double in November? Carnival band orders don't come in till then.", "payment_plan_request",
          fam=["payment plan", "skip an instalment", "caribbean"], sender=1),
    Reply("H4909", at(3, "09:15", TT), "Please send me the updated schedule for the arrangement showing what we've paid so far. Our new accountant wants it.", "invoice_resend",
          fam=["resend", "plan schedule"], sender=0),
    Reply("H4909", at(3, "16:40", TT), "Good afternoon, I am the new bookkeeper, Kavita Persad. Anil has moved to our Port of Spain showroom. Kindly send all statements to me at k.persad@maracaspans.example going forward.", "wrong_contact",
          fam=["wrong contact", "new contact"], sender="k.persad@maracaspans.example"),
    Reply("H4909", at(2, "08:00", TT), "Out of office until 6th September. Anil", "out_of_office",
          headers=AUTO, fam=["out of office", "auto", "terse"], sender=1),

    # H4910 Stenness Knitwear Co-operative (Orkney)
    Reply("H4910", at(31, "10:02", GB), "Hello there,\n\nThe wee invoice for the cones (745) I'll pay online today from the shop account. The committee meets on Thursday 9 September and signs off the bigger payments then, so the 2,260 will go on Monday 13th.\n\nInga Flett\nSecretary", "promise_to_pay",
          date="2027-08-31", amount="745.00", partial=False, fam=["promise", "meeting date distractor", "weekday ordinal", "two invoices two dates"], sender=1,
          note="two invoices, two dates: the earlier (today, the whole 745) is the promise; the committee's 9th is a distractor"),
    Reply("H4910", at(2, "12:30", GB), "745 sent this morning for 94928, ref STENNESS KNITWEAR CO OP. The bigger one's with the committee.", "already_paid",
          ref="STENNESS KNITWEAR CO OP", inv=["94928"], sec=["promise_to_pay"], human=["undated"], fam=["already paid", "committee", "undated rest"], sender=1),
    Reply("H4910", at(1, "15:15", GB), "The Shetland wool in the last delivery was the wrong shade, 'Moorit' not 'Shaela', and the members can't use it for the autumn ganseys. We've boxed it up for collection. Please credit 94927.", "dispute",
          inv=["94927"], fam=["dispute", "wrong colour"], sender=1),
    Reply("H4910", at(3, "11:11", GB), "Hi, I'm one of the knitters, I just help at the shop on Fridays — I don't do the money side at all. You'll want Inga.", "wrong_contact",
          fam=["wrong contact", "volunteer"], sender="shop@stennessknit.example"),
    Reply("H4910", at(3, "14:48", GB), "Dear Northwind\n\nPlease accept our apologies. With the ferry strike the post has been all over the place. Payment of both invoices will be made within 10 days.\n\nKind regards\nInga", "promise_to_pay",
          date="2027-09-13", fam=["promise", "within N days"], sender=1, note="within 10 days from Friday 3 September"),
    Reply("H4910", at(1, "09:20", GB), "Hello, thank you for the reminder, noted.", "other",
          fam=["no-action", "acknowledgement"], sender=0),

    # H4911 Great Lakes Pipe Organ Builders (Michigan)
    Reply("H4911", at(31, "09:35", US), "Hello - 94930 (PO GLO-1187) went out ACH on August 25, $11,200.00, ref GREAT LAKES ORGAN ACH GLO-1187. 94931 is approved and will be in the 9/10 payment run.\n\nMartin DeVries", "already_paid",
          ref="GREAT LAKES ORGAN ACH GLO-1187", inv=["94930", "94931"], sec=["promise_to_pay"], date="2027-09-10",
          fam=["already paid", "month-first US", "two invoices two dates"], sender=1),
    Reply("H4911", at(1, "11:25", US), "Martin is installing the new organ at St. Cecilia's in Grand Rapids through 9/17 and checks his mail only in the evening. He asked me to tell you the 94931 check will be signed when he is back, so by Monday 9/20.\n\nBeth, office", "promise_to_pay",
          date="2027-09-20", inv=["94931"], fam=["promise", "colleague on behalf", "distractor date", "month-first US"], sender=0),
    Reply("H4911", at(2, "10:40", US), "We need a W-9 from you before we can pay a new vendor over $600 — well, a W-8BEN-E since you're foreign. Can you send that? Payment's held until then.", "other",
          human=["tax form"], fam=["tax form", "W-8BEN-E", "other needs person"], sender=0),
    Reply("H4911", at(2, "16:20", US), "Hi - we'll pay the 1,875 once the church pays us its second draw. Their finance council meets 9/14. Could be that week, could be later.", "promise_to_pay",
          human=["conditional"], inv=["94931"], fam=["promise", "conditional", "customer pays us first", "meeting date distractor"], sender=1),
    Reply("H4911", at(3, "09:05", US), "I'm sorry, what is this? We already paid GLO-1187 last week. Please check your records before you send these.\n\nMartin", "already_paid",
          inv=["94930"], fam=["already paid", "PO only", "annoyed"], sender=1,
          note="'last week' written 3 September is 23–29 August; BK49-010 (25 August) matches by amount within 14 days"),
    Reply("H4911", at(3, "13:13", US), "Is there any discount if we pay 94931 within 10 days? Our previous pipe-metal supplier gave 2/10 net 30.", "other",
          human=["discount question"], fam=["discount question", "other needs person"], sender=1),
    Reply("H4911", at(31, "12:00", US), "Please add our cost code 7720-SHOP to 94931 and resend. AP won't route it without one.", "po_change",
          inv=["94931"], fam=["po change", "cost centre"], sender=0),

    # H4912 Bonny River Marine Chandlers (Port Harcourt, strategic)
    Reply("H4912", at(1, "12:45", NG), "Dear Sir/Madam,\n\nWe wish to confirm that USD 24,260.00 was transferred today for INV-2026-94933 (PO BRM-2027-311), reference BONNY RIVER MARINE/INV94933. The difference of USD 40 is our bank's charges.\n\nYours faithfully,\nChidi Okonkwo\nHead of Finance", "already_paid",
          ref="BONNY RIVER MARINE/INV94933", inv=["94933"], human=["amount differs: bank charges"], fam=["already paid", "short payment", "nigerian", "formal AP"], sender=1),
    Reply("H4912", at(2, "09:50", NG), "Good morning,\n\nKindly note that our company has been acquired by Atlantic Offshore Services Ltd effective 1st September 2027. All invoices should henceforth be addressed to Atlantic Offshore Services Ltd, Plot 14 Trans-Amadi Industrial Layout, Port Harcourt, TIN 18830457-0001. Please reissue 94934 accordingly.\n\nRegards,\nAP Unit", "po_change",
          inv=["94934"], fam=["po change", "acquisition", "new legal entity", "nigerian"], sender=0),
    Reply("H4912", at(2, "15:30", NG), "Chidi here. 94934 is approved. Treasury will release it on the 15th of September along with other foreign payments. Please do not send further reminders before then.", "promise_to_pay",
          date="2027-09-15", inv=["94934"], fam=["promise", "ordinal month name", "nigerian"], sender=1),
    Reply("H4912", at(3, "10:10", NG), "Dear Northwind,\n\nIn line with FIRS regulations we will deduct 10% withholding tax on 94934 and remit USD 3,735 on Friday next week. The WHT credit note will follow from the tax office.\n\nChidi", "promise_to_pay",
          date="2027-09-10", amount="3735.00", inv=["94934"], fam=["promise", "withholding tax", "partial", "friday next week"], sender=1),
    Reply("H4912", at(3, "17:05", NG), "Hello, please what is the status of our request for the statement of account as at 31 August? Our auditors are in next week.", "invoice_resend",
          fam=["resend", "statement"], sender=0),
    Reply("H4912", at(31, "08:40", NG), "This is an automatically generated acknowledgement. Your mail has been logged with ticket number AP-118422. Please do not reply to this email.", "other",
          headers=AUTO, fam=["no-action", "helpdesk ticket", "auto"], sender=0),
]
