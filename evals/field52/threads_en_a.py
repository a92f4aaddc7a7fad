"""English replies (field52): a Hobart oyster farm, a Vermont sugarhouse (strategic) and a Cork organ builder."""

from evals.field.build import Payment, Reply
from evals.field52.kit import AUTO, ET, HOB, IE, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK52-001", "W5201", "2028-02-24", "1365.00", "AUD", "DERWENT ESTUARY OYSTERS INV98002"),
    P("BK52-002", "W5202", "2028-02-25", "2745.00", "USD", "GREEN MTN SUGARWORKS ACH GMS-7790"),
    P("BK52-003", "W5203", "2028-02-22", "5280.00", "EUR", "LEE VALLEY ORGAN BLDRS 98005"),
]

REPLIES = [
    # --- Derwent Estuary Oysters (Hobart, AU)
    R("W5201", at(21, "07:12", HOB), "No worries, will sort it Friday.\nKylie", "promise_to_pay", date="2028-02-25", fam=["weekday", "terse"]),
    R("W5201", at(22, "16:40", HOB), "Hi team,\n\nWe'll pay the 7,420 on 3/3 once the Sydney fish market settlement clears our account — they pay like clockwork on the 1st so should be fine.\n\nCheers,\nKylie Harcourt", "promise_to_pay", date="2028-03-03", amount="7420.00", human=["conditional"], fam=["day-first", "condition", "distractor-date"]),
    R("W5201", at(23, "06:05", HOB), "Out on the leases all week, the bookkeeper pays everything on the last business day of the month. So Tuesday 29th.", "promise_to_pay", date="2028-02-29", fam=["month-end-run", "leap-day", "weekday-ordinal"]),
    R("W5201", at(24, "12:30", HOB), "The 1,365 went through this morning, ref INV98002. Big one is still with our accountant.", "already_paid", ref="INV98002", inv=["98002"], fam=["paid-one-of-two"]),
    R("W5201", at(25, "09:48", HOB), "Mate we had a norovirus closure on the leases from the 2nd to the 16th, no harvest, no income. Can we do the big one in three lots, March, April, May?", "payment_plan_request", fam=["closure", "three-instalments", "aussie"]),
    R("W5201", at(28, "10:15", HOB), "Paying both a fortnight from today. Sorry it's late.", "promise_to_pay", date="2028-03-13", fam=["fortnight"]),
    R("W5201", at(26, "08:20", HOB), "Can you send the Jan invoice again? The one we got has the old ABN on it and Xero rejects it.", "invoice_resend", inv=["98001"], fam=["resend", "abn"]),
    R("W5201", at(29, "15:05", HOB), "Thanks for the nudge. We'll transfer on the 10th of next month, that's when the export payment from Singapore lands.", "promise_to_pay", date="2028-03-10", fam=["ordinal", "reason-date"]),
    R("W5201", at(22, "11:00", HOB), "Hello, I'm the new deckhand, I think this was meant for Kylie or the office. I don't do any of the money side sorry.", "wrong_contact", sender="tom.deckie@derwentoysters.example", fam=["deckhand", "wrong-person"]),
    R("W5201", at(21, "00:01", HOB), "I'm on leave until Monday 6 March with limited reception on Bruny Island. For urgent accounts matters call the farm office.\n\nKylie", "out_of_office", headers=AUTO, sender=1, fam=["auto-absence", "return-date"]),
    # --- Green Mountain Sugarworks (Vermont, US, strategic)
    R("W5202", at(21, "09:05", ET), "Good morning,\n\nOffice is closed today for Presidents' Day; this was picked up by me remotely. Invoice INV-2026-98003 is approved and scheduled for our 2/24 check run.\n\nDana Lavoie\nController", "promise_to_pay", date="2028-02-24", inv=["98003"], fam=["month-first", "holiday-distractor", "check-run"]),
    R("W5202", at(22, "14:22", ET), "AP here. Both invoices are scheduled for payment on 3/2/28 via ACH.", "promise_to_pay", date="2028-03-02", fam=["month-first", "short-year"], sender=0),
    R("W5202", at(23, "10:10", ET), "Hi — the $2,745 went out by ACH yesterday afternoon, trace 021000021-88413. The larger invoice is waiting on the sap-line credit we discussed, I'll write separately.", "already_paid", ref="021000021-88413", inv=["98004"], human=["open remainder"], fam=["ach-trace", "paid-one-of-two"]),
    R("W5202", at(24, "16:55", ET), "We are disputing $1,840 of INV-2026-98003: 46 of the stainless evaporator fittings arrived pitted and were returned under RMA 5512. Please issue a credit memo and we'll pay the balance.", "dispute", inv=["98003"], fam=["credit-memo", "rma", "partial-dispute"]),
    R("W5202", at(25, "08:30", ET), "Please note that effective March 1 our invoices must be submitted through our Bill.com portal and reference a PO. I've attached the vendor onboarding link. The PO for 98004 has changed to GMS-7802.", "po_change", inv=["98004"], fam=["portal", "new-po"], sender=0),
    R("W5202", at(28, "11:40", ET), "Sugaring season just started so I'm slammed. We'll pay the 98003 the week after next, Friday.", "promise_to_pay", date="2028-03-17", inv=["98003"], fam=["week-after-next", "seasonal"]),
    R("W5202", at(29, "13:05", ET), "Dana is tapping in the sugarbush this week. I'll pay it by card over the phone tomorrow morning if someone can call me at 802-555-0147. — Pete (Dana's husband, co-owner)", "promise_to_pay", date="2028-03-01", sender="pete@greenmtnsugarworks.example", fam=["card-phone", "family-member", "callback"]),
    R("W5202", at(22, "19:45", ET), "Honestly, third reminder this month? It's scheduled. March 3rd. Relax.", "promise_to_pay", date="2028-03-03", fam=["sarcasm", "month-name-ordinal"]),
    R("W5202", at(24, "09:00", ET), "Could you send us a W-9 and a signed ACH authorization on letterhead? Our new auditors won't release payments to vendors without them on file.", "other", human=["tax form"], fam=["w9", "auditor"], sender=0),
    R("W5202", at(26, "10:30", ET), "We got an email yesterday from 'northwind-suppIies.example' (capital I instead of l) saying your bank changed to one in Estonia. Is that you? We have NOT paid anything to it. Please call me.", "other", human=["fraud worry"], fam=["fraud", "lookalike-domain"]),
    R("W5202", at(23, "00:00", ET), "Thank you for your email. The Accounts Payable team is out of the office for the Presidents' Day long weekend and returns Wednesday, February 23.", "out_of_office", headers=AUTO, sender=0, fam=["auto-absence", "holiday"]),
    # --- Lee Valley Organ Builders (Cork, IE)
    R("W5203", at(21, "10:25", IE), "Hi there,\n\nPaid 98005 this morning from our AIB account, should be with you today or tomorrow.\n\nFionnuala", "already_paid", inv=["98005"], fam=["paid-today", "irish"]),
    R("W5203", at(22, "15:00", IE), "Hiya, the 690 will go on the 1st of March with the rest of the month's suppliers.", "promise_to_pay", date="2028-03-01", inv=["98006"], amount="690.00", partial=False, fam=["ordinal", "supplier-run"]),
    R("W5203", at(23, "12:05", IE), "The cathedral in Limerick hasn't paid us the stage payment for the pipework yet. As soon as they do, you'll get yours, I'd expect mid March.", "promise_to_pay", human=["conditional"], fam=["condition", "client-pays", "vague-mid-month"]),
    R("W5203", at(24, "09:35", IE), "Could you re-send 98006 as a PDF? It came through as a link and our firewall eats those.", "invoice_resend", inv=["98006"], fam=["resend", "pdf"]),
    R("W5203", at(25, "17:20", IE), "Your invoice charges 23% VAT on the reed voicing tools but they were shipped to our Derry workshop in the North — should be zero-rated. Please correct and reissue.", "dispute", inv=["98005"], fam=["vat", "cross-border"]),
    R("W5203", at(28, "08:50", IE), "Ah sorry about this. I'll pay Thursday week, the 9th.", "promise_to_pay", date="2028-03-09", fam=["thursday-week", "ordinal"]),
    R("W5203", at(28, "13:10", IE), "Fionnuala has left the company. Please send accounts queries to accounts@ from now on, I'm only the voicer!\n\nDiarmuid", "wrong_contact", sender="diarmuid@leevalleyorgans.example", fam=["left-company", "redirect"]),
    R("W5203", at(29, "11:45", IE), "We'll settle up on Friday — well not this Friday, we've a tuning in Killarney — next Friday, the 10th.", "promise_to_pay", date="2028-03-10", fam=["corrected-day", "next-friday"]),
    R("W5203", at(26, "09:15", IE), "Thanks, all sorted now so.", "other", fam=["no-action", "thanks"]),
]
