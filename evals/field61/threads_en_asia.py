"""English replies from Chinese and Indian writers (field61): a Hong Kong mooncake bakery on credit hold, a Taichung
bicycle-frame maker, a Shenzhen lantern maker on a plan and a Pune shared-service centre closing its half-year. Around
the Mid-Autumn Festival (Sat 22 Sep), National Day and Golden Week (1-7 Oct), Taiwan's Double Ten (Wed 10 Oct) and
Gandhi Jayanti (Tue 2 Oct). Numeric dates are day-first except the ISO ones the mainland writers like."""

from evals.field.build import Payment, Reply
from evals.field61.kit import AUTO, HKT, IN, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK61-005", "E6104", "2029-09-26", "6510.00", "USD", "FORMOSA FRAMEWORKS CYCLE CO FF-PO-2290"),
    P("BK61-006", "E6113", "2029-09-28", "8395.00", "USD", "DECCAN SHARED SERVICES UTR HDFCN29271455820"),
    P("BK61-007", "E6105", "2029-10-12", "4050.00", "USD", "LANTERN RIVER LIGHTING INSTALMENT 3"),
    P("BK61-008", "E6113", "2029-10-05", "1975.00", "USD", "DECCAN SHARED SVCS 4490"),
]

REPLIES = [
    # --- Golden Rabbit Mooncake (Hong Kong, credit hold)
    R("E6103", at(9, 17, "10:20", HKT), "Dear Sir, now is our peak season for mooncake, all cash is used for the lotus paste and egg yolk. We will settle after Mid-Autumn, on 28 Sep. Sorry for the late.", "promise_to_pay", date="2029-09-28", fam=["season", "non-native", "day-month"]),
    R("E6103", at(9, 18, "15:30", HKT), "Please kindly resend the invoice 61032, our accountant cannot find. Thank you.", "invoice_resend", inv=inv("61032"), fam=["resend", "non-native"]),
    R("E6103", at(9, 21, "18:45", HKT), "Our office will be closed from 22 Sep to 24 Sep for Mid-Autumn Festival holiday. We will reply your email on 25 Sep. Happy Mid-Autumn Festival!", "out_of_office", headers=AUTO, sender=0, subject="Auto Reply", fam=["auto-reply", "holiday", "within-14"]),
    R("E6103", at(9, 26, "11:00", HKT), "Winnie here. The 28 Sep is not possible, sales of mooncake less than last year. We can pay HKD 5,000 on 5 Oct and the rest later in October.", "promise_to_pay", date="2029-10-05", amount="5000.00", fam=["moved-date", "partial-amount", "non-native"]),
    R("E6103", at(10, 3, "09:15", HKT), "Can we pay by 4 instalments? Each month HKD 3,240, start from 31 Oct. Please consider, we are long time customer.", "payment_plan_request", date="2029-10-31", amount="3240.00", fam=["plan", "four-instalments", "non-native"]),
    R("E6103", at(10, 8, "14:40", HKT), "The invoice 61031 charge us 200 boxes but we only received 180 boxes, 20 boxes were crushed in the delivery. Please issue credit note for 20 boxes.", "dispute", inv=inv("61031"), fam=["quantity-dispute", "credit-note", "non-native"]),
    R("E6103", at(10, 12, "16:00", HKT), "We have paid HKD 5,000 today by FPS. Reference GR-1012.", "already_paid", ref="GR-1012", amount=None, inv=inv("61031", "61032"), human=["no matching payment"], fam=["paid-with-ref", "partial-paid", "unmatched"]),
    R("E6103", at(9, 20, "13:05", HKT), "Delivery has failed to these recipients or groups:\n\nw.chan@goldenrabbit-hk.example\nThe recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.\n\nDiagnostic information for administrators:\nRemote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'", "bounce", sender="postmaster@goldenrabbit-hk.example", dsn=("w.chan@goldenrabbit-hk.example", "5.2.2"), subject="Undeliverable: Reminder: overdue invoices – Golden Rabbit Mooncake Co Ltd", fam=["dsn-exchange", "mailbox-full"]),
    R("E6103", at(10, 15, "10:30", HKT), "We will transfer the HKD 4,840 balance of 61031 this Friday.", "promise_to_pay", date="2029-10-19", amount="4840.00", inv=inv("61031"), fam=["this-friday", "partial-amount"]),
    # --- Formosa Frameworks (Taichung)
    R("E6104", at(9, 17, "09:40", HKT), "Dear Northwind,\nWe confirm payment for both invoices will be on 2029-09-26 via T/T.\nBest regards\nKevin Lin", "promise_to_pay", date="2029-09-26", fam=["iso-date", "formal"]),
    R("E6104", at(9, 26, "17:20", HKT), "T/T done today USD 6,510, ref FF-PO-2290. Please check.", "already_paid", ref="FF-PO-2290", fam=["paid-with-ref", "matched"]),
    R("E6104", at(9, 19, "10:05", HKT), "Hi, invoice 61041 the PO number is correct but the ship-to is our old factory in Changhua. Please revise billing address to No. 88, Gongye 3rd Rd, Xitun Dist., Taichung 407.", "po_change", inv=inv("61041"), fam=["billing-address", "reissue"]),
    R("E6104", at(10, 1, "08:30", HKT), "Our company will have holiday on 10 Oct (National Day). Payment of 61042 will be made on 11 Oct.", "promise_to_pay", date="2029-10-11", inv=inv("61042"), fam=["holiday", "day-month"]),
    R("E6104", at(10, 9, "15:55", HKT), "Kevin Lin is on leave from 2029/10/09 to 2029/10/14. For urgent matter please contact finance@formosa-frames.example.", "out_of_office", headers=AUTO, subject="Automatic reply", fam=["auto-reply", "iso-slash-date", "within-14"]),
    R("E6104", at(9, 24, "11:10", HKT), "Dear, why the invoice 61042 has USD 80 bank charge added? We agreed OUR/SHA charges each side pay own. Please remove.", "dispute", inv=inv("61042"), fam=["fee-dispute", "non-native"]),
    R("E6104", at(10, 16, "09:00", HKT), "Golden Week backlog is clearing now. Payment within 3 working days, sorry for delay.", "promise_to_pay", date="2029-10-19", fam=["working-days", "terse"]),
    R("E6104", at(9, 28, "14:20", HKT), "Please remove k.lin from your mailing list for reminders, he is sales side now. Accounting is Ms. Chen Yi-Ting, yiting.chen@formosa-frames.example.", "wrong_contact", fam=["new-contact", "non-native"]),
    R("E6104", at(10, 4, "10:40", HKT), "Noted with thanks.", "other", fam=["acknowledgement", "no-action", "terse"], inv=[]),
    # --- Lantern River Lighting (Shenzhen, payment plan)
    R("E6105", at(9, 18, "10:00", HKT), "Hello, instalment 3 of 4 USD 4,050 will pay on 2029-09-28 as the plan.", "promise_to_pay", date="2029-09-28", amount="4050.00", fam=["instalment", "iso-date"]),
    R("E6105", at(9, 27, "21:10", HKT), "Sorry, factory is very busy, lanterns shipping for Mid-Autumn. The instalment move to after Golden Week, 9 Oct.", "promise_to_pay", date="2029-10-09", fam=["moved-date", "holiday"]),
    R("E6105", at(9, 29, "09:00", HKT), "Dear customer, our company will have National Day holiday from 1 October to 7 October. Work resumes 8 October. Thank you!", "out_of_office", headers=AUTO, sender=0, subject="National Day holiday notice", fam=["auto-reply", "golden-week", "within-14"]),
    R("E6105", at(10, 12, "16:45", HKT), "Instalment 3 paid 12 Oct, USD 4050.", "already_paid", fam=["instalment-paid", "matched-amount-differs"], human=["amount differs from open balance"]),
    R("E6105", at(10, 15, "10:10", HKT), "Can the last instalment split into two more? 2,025 in November and 2,025 in December. Business is slow after holiday.", "payment_plan_request", amount=None, fam=["plan-change", "undated-plan"]),
    R("E6105", at(9, 20, "11:30", HKT), "Mr Zhou not in charge of this account anymore. Please email finance@lanternriver.example only.", "wrong_contact", fam=["wrong-contact", "generic-mailbox"]),
    R("E6105", at(10, 10, "09:50", HKT), "We need invoice with our Chinese company name and tax number 91440300MA5G8XYZ1Q for customs declaration. Please revise and send.", "po_change", fam=["tax-number", "legal-entity"]),
    # --- Deccan Shared Services (Pune)
    R("E6113", at(9, 17, "12:15", IN), "Dear Team,\n\nGreetings from Deccan Shared Services!\n\nWe wish to inform that the captioned invoices are under process and payment shall be released in the payment cycle of 28th September 2029 positively.\n\nThanks & Regards,\nPrasad Kulkarni\nAP Lead | Deccan Shared Services Pvt Ltd | Hinjewadi Phase 2, Pune", "promise_to_pay", date="2029-09-28", fam=["indian-english", "payment-cycle", "ordinal"]),
    R("E6113", at(9, 28, "18:30", IN), "Dear Sir,\nPayment of USD 8,395/- released vide UTR HDFCN29271455820 towards INV-2027-61131. Kindly note USD 25 deducted as bank charges by intermediary bank.\nRegards, AP Team", "already_paid", ref="HDFCN29271455820", inv=inv("61131"), human=["short payment (bank charges)"], fam=["utr", "short-payment", "indian-english"], sender=0),
    R("E6113", at(9, 20, "14:00", IN), "Hi, kindly share the invoice copy of 61132 with PO DSS/PO/2029/4490 printed on it, the one we have is without PO and the system is not accepting.", "po_change", inv=inv("61132"), fam=["po-missing", "reissue", "indian-english"]),
    R("E6113", at(9, 24, "10:30", IN), "Dear Sir/Madam,\nWe are in the half year closing till 30th Sep, no payments will be processed. Next run is 5th Oct. Request you to kindly hold the reminders.\nRegards", "promise_to_pay", date="2029-10-05", fam=["half-year", "payment-run", "indian-english"], sender=0),
    R("E6113", at(10, 5, "16:20", IN), "Dear Team, 1975/- paid today against 4490, pl check.", "already_paid", inv=inv("61132"), fam=["paid-po-ref", "matched-by-amount", "indian-english"]),
    R("E6113", at(10, 1, "09:05", IN), "Dear Sir, please do the needful and share the Form 10F and No PE declaration for FY 2029-30 so we can apply DTAA rate on the withholding. Without this 20% TDS will be deducted.", "other", human=["tax form"], fam=["tax-form", "indian-english"]),
    R("E6113", at(10, 2, "08:00", IN), "Thank you for your email. Our office is closed today on account of Gandhi Jayanti. We will revert on 3rd October.", "out_of_office", headers=AUTO, sender=0, subject="Auto: Office closed", fam=["auto-reply", "holiday", "within-14"]),
    R("E6113", at(10, 3, "11:45", IN), "Dear Sir, pls share statement of account as on 30.09.2029 for half yearly balance confirmation.", "invoice_resend", inv=[], fam=["statement", "dotted-date", "half-year"]),
    R("E6113", at(10, 11, "13:10", IN), "Dear Team, invoice 61131 unit rate is USD 42 whereas our contract says USD 39 from July revision. Please send revised invoice / credit note for the difference. Payment of balance on hold till then.", "dispute", inv=inv("61131"), fam=["price-dispute", "indian-english"]),
    R("E6113", at(9, 18, "19:40", IN), "This is the mail system at host smtp.deccanshared.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<p.kulkarni@deccanshared.example>: host mail.deccanshared.example[10.20.4.8] said:\n    550 5.7.1 Recipient mailbox disabled (in reply to RCPT TO command)", "bounce", sender="MAILER-DAEMON@smtp.deccanshared.example", dsn=("p.kulkarni@deccanshared.example", "5.7.1"), subject="Undelivered Mail Returned to Sender", fam=["dsn-postfix", "mailbox-disabled"]),
    R("E6113", at(10, 14, "20:15", IN), "Dear Sir, request to allow us to pay the outstanding in 2 parts, 50% on 31st Oct and balance on 30th Nov, due to Diwali bonus payout this month.", "payment_plan_request", date="2029-10-31", fam=["plan", "two-instalments", "festival"]),
]
