"""English replies (field62), part one: Surrey court surfacers, a Philadelphia bunting maker (strategic), Ontario canoe
outfitters, a Rotorua hāngī caterer, Alice Springs art freight (credit hold), an Al Ain nursery and Selangor batik (plan)."""

from evals.field.build import Payment, Reply
from evals.field62.kit import AE, AU, AUTO, CAE, GB, MY, NZ, USE, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK62-001", "D6201", "2029-06-27", "1260.00", "GBP", "WRENFIELD COURT SURFACING 62012"),
    P("BK62-002", "D6203", "2029-07-03", "7230.00", "CAD", "MAPLE LEAF CANOE OUTF EFT 0703"),
    P("BK62-003", "D6204", "2029-07-05", "3150.00", "NZD", "KOWHAI HANGI CATERING INV62041"),
    P("BK62-004", "D6206", "2029-07-09", "7455.00", "USD", "AL NOOR DATE PALM NURSERY LLC TT REF ANP/TT/2290"),
    P("BK62-005", "D6202", "2029-07-11", "2975.00", "USD", "LIBERTY BUNTING FLAG ACH LBF7815"),
    P("BK62-006", "D6207", "2029-07-16", "3150.00", "USD", "SELANGOR BATIK DYE WORKS INSTALMENT 2"),
]

REPLIES = [
    # --- Wrenfield Court Surfacing (GB): Wimbledon fortnight, grass and hard courts
    R("D6201", at(6, 25, "09:12", GB), "Morning — we're flat out resurfacing club courts before Wimbledon starts but the 62011 payment is scheduled for Friday 29th June.\n\nPhilippa", "promise_to_pay", date="2029-06-29", inv=["INV-2027-62011"], fam=["weekday-ordinal", "holiday-context"]),
    R("D6201", at(6, 27, "16:40", GB), "Paid the £1,260 this morning, ref 62012. The bigger one follows after our half-year close.", "already_paid", sec=["promise_to_pay"], ref="62012", inv=["INV-2027-62012"], human=["undated"], fam=["paid-plus-undated-promise", "half-year-close"]),
    R("D6201", at(7, 2, "08:05", GB), "Both invoices will go in the payment run on the last working day of July.", "promise_to_pay", date="2029-07-31", fam=["last-working-day-run"]),
    R("D6201", at(7, 3, "13:30", GB), "Hi, our accounts mailbox has changed to payables@wrenfieldcourts.example — please send statements and invoices there from now on. Thanks, Philippa", "po_change", fam=["billing-mailbox-change"]),
    R("D6201", at(7, 9, "11:20", GB), "Philippa's at the All England Club all week (we're on the courts team). I'll make sure 62011 is settled by the 20th.\n\nRegards\nAnna (office)", "promise_to_pay", date="2029-07-20", inv=["INV-2027-62011"], sender="anna.office@wrenfieldcourts.example", fam=["colleague-covering", "ordinal-alone", "wimbledon"]),
    R("D6201", at(7, 5, "10:02", GB), "Can you resend 62011? The PDF we have is the old one with the Bagshot address on it.", "invoice_resend", inv=["INV-2027-62011"], fam=["resend-old-copy"]),
    R("D6201", at(6, 22, "15:15", GB), "The 4,820 includes the line-marking we cancelled when the club's June tournament was rained off. Please credit the £640 line-marking before we pay anything.", "dispute", fam=["cancelled-service", "credit-first"]),
    R("D6201", at(7, 18, "07:55", GB), "Monday week for the balance, once the club's grant money lands in our account on Friday.", "promise_to_pay", date="2029-07-30", human=["conditional"], fam=["monday-week", "condition-with-date"]),
    R("D6201", at(6, 29, "12:00", GB), "Thanks for the reminder. Noted and passed to Philippa.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("D6201", at(7, 12, "17:45", GB), "Philippa Ashdown is on annual leave returning Monday 23 July. For urgent accounts queries call the office on 01483 000 000.", "out_of_office", headers=AUTO, fam=["auto-reply", "return-within-14"]),
    R("D6201", at(7, 19, "09:33", GB), "Could we do 62011 in three monthly bits — August, September, October? Wimbledon contracts pay us late every year.", "payment_plan_request", inv=["INV-2027-62011"], fam=["plan-request-months"]),
    R("D6201", at(6, 26, "14:08", GB), "Yes, it's genuine - we checked. The bank details on your reminder match our supplier record, paying on the 2nd.", "promise_to_pay", date="2029-07-02", fam=["fraud-check-resolved", "ordinal-alone"]),
    # --- Liberty Bunting & Flag Co (Philadelphia, strategic): Fourth of July rush
    R("D6202", at(6, 21, "10:15", USE), "We are buried in Fourth of July orders. PO LBF-7781 will be paid 7/13. Dana", "promise_to_pay", date="2029-07-13", inv=["INV-2027-62021"], fam=["us-numeric", "holiday-rush"]),
    R("D6202", at(6, 28, "16:20", USE), "I'm out of the office through July 5 for the holiday. Back Friday 7/6.", "out_of_office", headers=AUTO, fam=["auto-reply", "us-numeric", "independence-day"]),
    R("D6202", at(7, 3, "11:00", USE), "Heads up: the office is closed Wednesday for the 4th and most of us take Thursday as a bridge day. Payment for 62022 will go out Monday the 9th.", "promise_to_pay", date="2029-07-09", inv=["INV-2027-62022"], fam=["bridge-day", "weekday-ordinal"]),
    R("D6202", at(7, 11, "14:30", USE), "ACH for $2,975.00 went out today, trace LBF7815.", "already_paid", ref="LBF7815", inv=["INV-2027-62022"], fam=["ach-trace"], sender=0),
    R("D6202", at(7, 12, "09:40", USE), "The 18,450 invoice shows 1,200 yards of 5-star bunting but our receiving log has 950. Please correct before we release the payment.", "dispute", inv=["INV-2027-62021"], fam=["quantity-short", "strategic"]),
    R("D6202", at(6, 25, "13:05", USE), "Do you need a W-9 from us or a W-8 from you? Our vendor team says your file is missing a tax form.", "other", human=["tax form"], fam=["tax-form"], sender=0),
    R("D6202", at(7, 17, "08:50", USE), "Accounts Payable — Liberty Bunting\n\nPlease submit all future invoices through our Tipalti supplier portal. Emailed PDFs will no longer be processed after July 31.\n\nThank you", "po_change", fam=["supplier-portal", "distractor-date"], sender=0),
    R("D6202", at(7, 20, "15:55", USE), "We'll pay half of 62021 next Friday and the rest when the receiving discrepancy is sorted.", "promise_to_pay", date="2029-07-27", human=["partial", "conditional"], inv=["INV-2027-62021"], fam=["half-share", "next-weekday", "condition"]),
    # --- Maple Leaf Canoe Outfitters (Ontario)
    R("D6203", at(6, 29, "18:22", CAE), "Closing up for the Canada Day long weekend. Cheque will be mailed Tuesday when we're back.", "promise_to_pay", date="2029-07-03", fam=["weekday", "canada-day", "cheque"]),
    R("D6203", at(7, 4, "09:10", CAE), "Sent an EFT yesterday for both invoices, $7,230 total.", "already_paid", fam=["eft", "total-both"]),
    R("D6203", at(7, 6, "12:44", CAE), "jordan's on a canoe trip up in Algonquin till the 20th, no signal. i'm just the summer student sorry", "wrong_contact", sender="summerdesk@mapleleafcanoe.example", fam=["summer-student", "lowercase"]),
    R("D6203", at(6, 22, "08:30", CAE), "Could you send a statement of account? I want to tick everything off before our June 30 year-end.", "invoice_resend", fam=["statement-request", "year-end"]),
    R("D6203", at(7, 10, "14:02", CAE), "The invoice charges HST at 13% but the canoes were shipped to our Manitoba base. Should be GST only. Please reissue.", "dispute", fam=["tax-rate-dispute"]),
    R("D6203", at(6, 25, "11:11", CAE), "We'll pay by July 6. Sorry, peak paddling season.", "promise_to_pay", date="2029-07-06", fam=["month-name-date"]),
    R("D6203", at(7, 23, "17:30", CAE), "Yeah yeah, we know, you've sent three of these. It'll be paid Thursday. Honestly.", "promise_to_pay", date="2029-07-26", fam=["sarcasm", "weekday"]),
    # --- Kōwhai Hāngī Catering (NZ): Matariki on Friday 6 July
    R("D6204", at(7, 2, "10:05", NZ), "Kia ora, we're catering three Matariki hāngī this week so it'll be after the long weekend — Tuesday 10 July.", "promise_to_pay", date="2029-07-10", fam=["matariki", "weekday-date"]),
    R("D6204", at(7, 5, "16:40", NZ), "Paid 62041 today, $3,150. Ngā mihi.", "already_paid", inv=["INV-2027-62041"], fam=["terse", "te-reo"]),
    R("D6204", at(6, 27, "08:20", NZ), "Can we get a copy of 62042? Can't find it in Xero.", "invoice_resend", inv=["INV-2027-62042"], fam=["resend"]),
    R("D6204", at(7, 13, "13:15", NZ), "Ngā mihi o Matariki. Rawiri is away on leave and back on Monday 16 July.", "out_of_office", headers=AUTO, fam=["auto-reply", "te-reo"]),
    R("D6204", at(7, 16, "09:00", NZ), "Sorry Rawiri here — the $720 one goes Friday.", "promise_to_pay", date="2029-07-20", amount="720.00", inv=["INV-2027-62042"], partial=False, fam=["weekday", "whole-invoice-amount"]),
    R("D6204", at(6, 21, "19:45", NZ), "We never got a delivery note for the hāngī baskets on 62042. Can't pay for what we can't prove arrived.", "dispute", inv=["INV-2027-62042"], fam=["missing-pod"]),
    # --- Red Centre Art Freight (AU, credit hold): NAIDOC week
    R("D6205", at(7, 2, "09:30", AU), "NAIDOC Week events all week and we're short-staffed. Payment on 9 July.", "promise_to_pay", date="2029-07-09", fam=["naidoc", "day-month"]),
    R("D6205", at(6, 26, "14:50", AU), "Could we pay the 9,270 over four fortnights starting 6 July? Cash is tight until the gallery pays us.", "payment_plan_request", date="2029-07-06", fam=["plan-fortnights", "first-instalment-date"]),
    R("D6205", at(7, 10, "11:22", AU), "We transferred $4,000 yesterday as a first bit. Rest to follow end of the month.", "already_paid", sec=["promise_to_pay"], date="2029-07-31", amount=None, human=["no matching payment"], fam=["part-paid", "end-of-month"]),
    R("D6205", at(7, 18, "08:45", AU), "Kirsty has left Red Centre. Please direct correspondence to admin@redcentreartfreight.example.", "wrong_contact", fam=["left-company"]),
    R("D6205", at(7, 24, "16:05", AU), "Is this account still on hold? We have a shipment of canvases for Darwin we need released.", "other", human=["credit hold question"], fam=["credit-hold-question"], sender=0),
    # --- Al Noor Date Palm Nursery (Al Ain): Gulf summer leave
    R("D6206", at(6, 24, "10:40", AE), "Dear Sir/Madam,\n\nKindly note the payment for invoice 62061 will be released on 5th July inshaAllah, after approval from the GM.\n\nBest Regards\nShahid Rahman\nFinance Officer", "promise_to_pay", date="2029-07-05", inv=["INV-2027-62061"], fam=["gulf-english", "ordinal-month", "approval"]),
    R("D6206", at(7, 9, "12:15", AE), "Dear Team, TT done today for USD 7,455 against 62061, ref ANP/TT/2290. Bank charges USD 25 deducted at our end. Regards", "already_paid", ref="ANP/TT/2290", inv=["INV-2027-62061"], human=["short payment"], fam=["bank-charges", "tt"]),
    R("D6206", at(7, 2, "07:30", AE), "I am on annual summer leave from 1 July to 12 August with limited access to email. For urgent matters please contact accounts@alnoorpalms.example.", "out_of_office", headers=AUTO, human=["absence over 14 days"], fam=["gulf-summer-leave", "long-absence"]),
    R("D6206", at(7, 16, "09:05", AE), "Please share the invoice 62062 with stamp and signature, our auditors will not accept without.", "invoice_resend", inv=["INV-2027-62062"], fam=["stamped-copy"], sender=0),
    R("D6206", at(7, 22, "13:30", AE), "Dear Sir, the 62062 amount will be cleared within 10 days. Regards", "promise_to_pay", date="2029-08-01", inv=["INV-2027-62062"], fam=["within-days"], sender=0),
    # --- Selangor Batik Dye Works (MY, payment plan)
    R("D6207", at(6, 28, "15:20", MY), "Hi, instalment 2 of 4 (USD 3,150) will be transferred on 16/7 as agreed. Thank you.", "promise_to_pay", date="2029-07-16", amount="3150.00", fam=["instalment", "day-first-over-12"]),
    R("D6207", at(7, 16, "17:10", MY), "Dear Sir/Madam, instalment 2 already transferred today, please check. Thank you.", "already_paid", fam=["instalment-paid"]),
    R("D6207", at(7, 4, "10:00", MY), "Hi, can we extend the plan to 6 months instead of 4? Our export orders dropped this quarter.", "payment_plan_request", fam=["plan-extension"]),
    R("D6207", at(6, 22, "09:45", MY), "Hello, Nurul is on maternity leave. I am taking over, please email me directly at hafiz.finance@selangorbatik.example", "wrong_contact", sender=0, fam=["maternity-cover"]),
    R("D6207", at(7, 25, "11:35", MY), "Please confirm your bank account is still the same. We received a letter saying your bank changed, we want to verify before paying.", "other", human=["bank detail check"], fam=["fraud-check"]),
]
