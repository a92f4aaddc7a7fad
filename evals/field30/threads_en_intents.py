"""field30, English replies other than promises: payments claimed, disputes, copies, billing changes, plans, absences,
bounces, wrong contacts and everything else, written by hand."""

from evals.field30.build import Payment, Reply
from evals.field30.kit import AUTO, BR, GB, IE, IN, NG, PH, PL, USC, USE, USW, VN, WA, at
from evals.field30.threads_en_promises import GB_FOOTER, IN_DISCLAIMER

NDR = "Undelivered Mail Returned to Sender"

PAYMENTS = [
    Payment("BK30-001", "R3001", "2026-11-12", "412500.00", "INR", "HDFCR52026111200418 SAHYADRI PRECISION"),
    Payment("BK30-002", "R3013", "2026-11-17", "4365.00", "USD", "SBINH26322881044"),
    Payment("BK30-003", "R3012", "2026-11-17", "1180.00", "USD", "ZBOUT2611160093 ABUJA OFFICE"),
    Payment("BK30-004", "R3003", "2026-11-13", "9640.00", "USD", "20261113-0457"),
    Payment("BK30-005", "R3005", "2026-11-17", "2960.00", "USD", "NORTHWIND INV 93010 AMAZONAS"),
    Payment("BK30-006", "R3007", "2026-11-10", "1265.00", "GBP", "PRR REM 8842"),
    Payment("BK30-007", "R3010", "2026-11-12", "2485.00", "EUR", "SVC2611NW"),
    Payment("BK30-008", "R3015", "2026-11-18", "10675.00", "USD", "ACH 091000019284471 PRAIRIE WIND"),
    Payment("BK30-009", "R3004", "2026-11-16", "5992.70", "EUR", "WFC 93008"),
    Payment("BK30-010", "R3006", "2026-11-13", "4000.00", "USD", "MEKONG DELTA SEAFOOD INST 2"),
    Payment("BK30-011", "R3009", "2026-11-12", "2740.00", "USD", "125000105553128"),
    Payment("BK30-012", None, "2026-11-16", "1540.00", "AUD", "B TANAKA"),
]

REPLIES = [
    # ---- already paid
    Reply("R3001", at(17, "12:15", IN), """Dear Sir,

We have already remitted the payment of INR 4,12,500/- against INV-2026-93001 on 12/11/2026 vide UTR No. HDFCR52026111200418. Kindly check with your bank and update your records.

Regards,
Rohan Kulkarni""", "already_paid", ref="HDFCR52026111200418", inv=["93001"], fam=["utr", "locale-numeric-dayfirst", "indian-numbering", "non-native-in"]),
    Reply("R3013", at(18, "10:40", IN), """Hi, payment of USD 4,390 made yesterday, UTR SBINH26322881044. Pls check.""", "already_paid", ref="SBINH26322881044",
          reminded=["93025"], human=["amount differs (bank charges)"], fam=["utr", "bank-charges", "terse-mobile", "non-native-in"]),
    Reply("R3012", at(19, "09:35", NG), """Good day,

We made payment of USD 1,180 for INV 93024 on Monday through Zenith Bank. Find attached the transfer receipt.

Regards,
Fatima""", "already_paid", ref="ZB/OUT/2611160093", inv=["93024"],
          attachments=[("Transfer_Receipt.pdf", "application/pdf", "ZENITH BANK PLC - TRANSFER RECEIPT\nTransaction Ref: ZB/OUT/2611160093\nAmount: USD 1,180.00\nBeneficiary: Northwind Supplies GmbH\nValue Date: 16-Nov-2026")],
          fam=["remittance-attachment", "non-native-ng"]),
    Reply("R3003", at(20, "10:20", PH), """Hi Ma'am,

Payment for INV-2026-93005 was already deposited last 11/13 thru BPI, reference no. 2026-1113-0457. Attached is the deposit slip.

Thank you po.""", "already_paid", ref="2026-1113-0457", inv=["93005"], attachments=[("deposit_slip.jpg", "image/jpeg", "")],
          fam=["locale-numeric-monthfirst", "last-date", "non-native-ph"]),
    Reply("R3005", at(17, "11:05", BR), """Hi, we paid yesterday the 93010, the exchange contract number is 000214778-5. Regards, João""", "already_paid",
          ref="000214778-5", inv=["93010"], fam=["fx-contract", "non-native-br"]),
    Reply("R3007", at(18, "09:10", GB), f"""Good morning,

INV-2026-93014 was paid by BACS on 10 November, our remittance reference PRR-REM-8842. Please allocate accordingly and remove it from your statement.

Regards

Purchase Ledger
Pennine Rope & Rigging Ltd

{GB_FOOTER}""", "already_paid", ref="PRR-REM-8842", inv=["93014"], sender=0, fam=["remittance-reference-variant", "formal-ap", "long-disclaimer"]),
    Reply("R3008", at(19, "14:30", USE), """Mailed check #10411 for $5,480 on 11/9. Should've hit by now.""", "already_paid", ref="10411",
          human=["no matching payment"], fam=["cheque-number", "locale-numeric-monthfirst", "terse-mobile"]),
    Reply("R3010", at(17, "15:45", IE), """Hi, we paid 93020 last Thursday, €2,485, ref SVC 2611 NW. Niamh""", "already_paid", ref="SVC 2611 NW", inv=["93020"],
          fam=["remittance-reference-variant"]),
    Reply("R3015", at(20, "11:10", USC), """ACH went out Wednesday for both, $10,675, trace 091000019284471.""", "already_paid", ref="091000019284471",
          fam=["ach-trace", "terse-mobile"]),
    Reply("R3004", at(19, "13:40", PL), """Dear Sir,

We have paid the invoice 93008 on 16.11 with skonto 2%, amount 5 992,70 EUR, according to the conditions on your offer.

Best regards
Agnieszka""", "already_paid", inv=["93008"], human=["amount differs (Skonto)"], fam=["skonto", "dotted-numeric", "non-native-pl"]),
    Reply("R3006", at(18, "10:15", VN), """Dear Sir,

We already transfer the instalment No.2 USD 4,000 on 13/11 for invoice 93011, please check and kindly stop sending the reminder to us.

Best regards,
Hoa""", "already_paid", inv=["93011"], human=["amount differs (an instalment, not the balance)"], fam=["instalment-existing-plan", "non-native-vn"]),
    Reply("R3002", at(20, "16:05", NG), """Dear Sir,

Payment of USD 18,750 has been made via our Access Bank account on 18/11/2026. Ref: ACC/NWS/1811. Please confirm receipt and lift the hold on our account.

Chukwuemeka""", "already_paid", ref="ACC/NWS/1811", human=["no matching payment"], fam=["locale-numeric-dayfirst", "credit-hold", "non-native-ng"]),
    Reply("R3009", at(18, "08:25", USW), """Hello,

INV-2026-93018 was paid on 11/12/2026 via ACH, trace 125000105553128. Please update your records and remove the reminder.

AP Team, Cascadia Orthodontic Partners""", "already_paid", ref="125000105553128", inv=["93018"], sender=0,
          fam=["ach-trace", "locale-numeric-monthfirst", "shared-mailbox"]),
    Reply("R3011", at(20, "07:15", WA), """Bruce: paid the $1,540 one from my personal account on Monday. Ref was just my name.""", "already_paid",
          human=["no matching payment (unidentified bank line)"], fam=["private-account", "terse-mobile"]),
    # ---- disputes
    Reply("R3007", at(17, "11:50", GB), """Hello,

93013: you've charged us for 400m of 16mm polyester rope, we received 320m (delivery note DN-77120 attached, signed by your driver). Please issue a credit note for the 80m; we will not pay the invoice until then.

Gillian Ackroyd
Financial Controller""", "dispute", inv=["93013"], attachments=[("DN-77120.pdf", "application/pdf", "DELIVERY NOTE DN-77120  16mm polyester rope  320 m")],
          fam=["short-delivery", "credit-note"]),
    Reply("R3015", at(18, "10:05", USC), """You charged Kansas sales tax on 93029. The parts were for resale and we sent you our exemption certificate (ST-28A) back in August. Reissue it without the tax please.""",
          "dispute", inv=["93029"], fam=["tax-exempt-reissue", "sales-tax"]),
    Reply("R3001", at(18, "17:20", IN), """Dear Sir,

We observe that in INV-2026-93002 you have charged freight of INR 12,400/- whereas as per our PO terms the prices are FOR our works, Chakan. Kindly issue the credit note for the freight amount. Balance we shall release on receipt of the credit note.

Regards
Rohan""", "dispute", sec=["promise_to_pay"], inv=["93002"], human=["conditional"], fam=["freight", "credit-note", "non-native-in"]),
    Reply("R3012", at(17, "14:15", NG), """Sir,

Kindly note that the 12 workstations delivered under INV-2026-93023 came with 4 broken glass partitions. We are not paying for damaged goods. Your driver signed the note. Pictures attached.

Fatima""", "dispute", inv=["93023"], attachments=[("IMG_4471.jpg", "image/jpeg", ""), ("IMG_4472.jpg", "image/jpeg", "")],
          fam=["damaged-goods", "non-native-ng"]),
    Reply("R3003", at(19, "11:30", PH), """Hello,

We noticed that INV-2026-93006 is a duplicate of the October invoice for the same headset order, which we already paid. Please cancel it. Thank you.""",
          "dispute", inv=["93006"], fam=["duplicate-billing", "non-native-ph"]),
    Reply("R3010", at(18, "16:30", IE), """Hi,

The price on 93019 is €2.35/kg; the agreed price for this contract year was €2.10. Please reissue at the right price.

Niamh""", "dispute", inv=["93019"], fam=["pricing"]),
    Reply("R3011", at(19, "12:40", WA), """Your late payment fee of $220 on the statement isn't in any terms we signed. We'll pay the invoices, not the fee.""",
          "dispute", sec=["promise_to_pay"], human=["undated"], fam=["late-fee", "legal-threat"]),
    Reply("R3004", at(18, "14:25", PL), """Dear Sir,

The invoice 93007 has wrong VAT – you invoiced 23% Polish VAT but it should be reverse charge (intra-community delivery, our EU VAT number PL5542873310). Please correct the invoice, we cannot book it like this.

Best regards
Agnieszka Nowakowska""", "dispute", inv=["93007"], fam=["vat", "reverse-charge", "non-native-pl"]),
    Reply("R3006", at(20, "10:10", VN), """Dear Sir,

We are not agree with the interest USD 312 in your statement because we follow the payment plan exactly. Please remove it.

Thank you.""", "dispute", fam=["interest", "non-native-vn"]),
    Reply("R3009", at(19, "09:15", USW), f"""Good morning,

Our clinics report that 6 of the 20 intraoral scanner tips on INV-2026-93017 arrived cracked. We will hold the full invoice pending your credit memo for the 6 units. The undisputed invoice 93018 will be paid on 12/3.

Tessa Lindqvist
AP Lead | Cascadia Orthodontic Partners PLLC

{"CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you are not the intended recipient, delete it."}""",
          "dispute", sec=["promise_to_pay"], date="2026-12-03", inv=["93017", "93018"], html=True,
          fam=["damaged-goods", "undisputed-part", "locale-numeric-monthfirst", "html-outlook"]),
    Reply("R3015", at(17, "16:10", USC), """You billed 14 hours for the gearbox inspection on 93030. Your tech was on site 9 hours, I have the gate log. Not paying 14.""",
          "dispute", inv=["93030"], fam=["hours-billed", "terse-mobile"]),
    Reply("R3005", at(18, "15:35", BR), """Hello,

About 93009: 30 of the 120 saw blades came with the wrong tooth pitch, we are returning them. Please send a credit note of USD 3,550. The rest we pay on 4/12.

João Pedro""", "dispute", sec=["promise_to_pay"], date="2026-12-04", inv=["93009"], human=["partial"],
          fam=["wrong-goods", "credit-note", "locale-numeric-dayfirst", "non-native-br"]),
    Reply("R3013", at(17, "15:00", IN), """Dear Madam,

In 93026 the rate of zinc anodes is USD 14.50 each whereas your quotation QTN/NW/0921 says USD 12.75. Kindly revise the invoice and resend.

Regards
Sreeja""", "dispute", inv=["93026"], fam=["pricing", "non-native-in"]),
    # ---- copies
    Reply("R3001", at(19, "10:05", IN), """Dear Sir,

We have not received the invoice no. 93002 in our system. Kindly send the copy of the same along with the delivery challan for our processing.

Regards
Accounts Dept.""", "invoice_resend", inv=["93002"], sender=0, fam=["copy-request", "never-received", "non-native-in"]),
    Reply("R3012", at(20, "09:15", NG), """Good morning,

Please can you send us a statement of account as at today? Our records are not agreeing with yours.

Thanks
Fatima""", "invoice_resend", fam=["statement", "non-native-ng"]),
    Reply("R3003", at(18, "14:10", PH), """Hi po, can you resend the soft copy of INV-2026-93006? The file you attached last time cannot be opened. Thank you!""",
          "invoice_resend", inv=["93006"], fam=["corrupt-attachment", "non-native-ph"]),
    Reply("R3007", at(19, "10:45", GB), f"""Dear Sir/Madam,

We have no record of invoice INV-2026-93014 on our purchase ledger. Please forward a copy to purchaseledger@penninerope.example so that it can be registered for payment.

Regards

Purchase Ledger Team

{GB_FOOTER}""", "invoice_resend", inv=["93014"], sender=0, fam=["never-received", "formal-ap", "long-disclaimer"]),
    Reply("R3008", at(17, "12:40", USE), """pls resend 93016, cant find it""", "invoice_resend", inv=["93016"], fam=["terse-mobile"]),
    Reply("R3010", at(19, "11:55", IE), """Hello,

Could you send me copies of both invoices please? We're moving to a new accounts system and a few PDFs went missing in the migration.

Thanks a million,
Niamh""", "invoice_resend", html=True, fam=["html-outlook", "system-migration"]),
    Reply("R3005", at(20, "10:40", BR), """Hello, please send me again the invoice 93010 and the packing list, our customs broker needs it. Thank you.""",
          "invoice_resend", inv=["93010"], fam=["copy-request", "non-native-br"]),
    Reply("R3013", at(18, "12:25", IN), """Hi,

Request you to kindly share the ledger statement from April 2026 till date for reconciliation purpose.

Thanks & regards
Sreeja""", "invoice_resend", fam=["statement", "non-native-in"]),
    Reply("R3015", at(19, "15:50", USC), """Hi, never got 93030. Can you email it? Thanks, Kyle""", "invoice_resend", inv=["93030"], fam=["never-received", "terse-mobile"]),
    Reply("R3003", at(17, "15:25", PH), """Good day! Kindly email us the invoices in PDF, the ones we have are only blurred scans. Thanks po.""", "invoice_resend",
          fam=["copy-request", "non-native-ph"]),
    # ---- PO and billing changes
    Reply("R3001", at(17, "14:50", IN), """Dear Sir,

Please note the PO number mentioned on INV-2026-93002 is incorrect. Correct PO no. is SPC/PO/26-27/0533. Kindly revise the invoice and resend at the earliest.

Regards
Rohan""", "po_change", inv=["93002"], fam=["po-correction", "non-native-in"]),
    Reply("R3012", at(19, "15:20", NG), """Good afternoon,

Kindly note that with effect from 1st December all invoices should be addressed to Abuja Office Interiors Nigeria Limited (RC 1184302) and sent to invoices@abujainteriors.example. Our TIN is 20114587-0001.

Regards
Fatima Bello""", "po_change", fam=["send-future-invoices", "entity-name", "tax-id", "non-native-ng"]),
    Reply("R3003", at(19, "16:25", PH), """Hi!

Starting this month we only accept invoices through our Coupa supplier portal. Kindly register and resubmit INV-2026-93005 and 93006 there. Thank you.""",
          "po_change", inv=["93005", "93006"], fam=["supplier-portal", "non-native-ph"]),
    Reply("R3004", at(20, "11:30", PL), """Dear Sir,

Our company changed the address of the registered office to ul. Przemysłowa 14, 85-758 Bydgoszcz. Please correct the address on both invoices and send the corrected ones. The VAT number stays the same.

Best regards
Agnieszka""", "po_change", fam=["billing-address", "non-native-pl"]),
    Reply("R3009", at(17, "10:10", USW), """Hi,

Cascadia Orthodontic Partners was acquired by BrightSmile Dental Group effective November 1. Please reissue 93017 and 93018 to BrightSmile Dental Group LLC, Attn: Accounts Payable, and send future invoices to ap@brightsmile-dg.example.

Thanks,
Tessa""", "po_change", inv=["93017", "93018"], fam=["acquisition", "send-future-invoices", "entity-name"]),
    Reply("R3007", at(20, "14:35", GB), """Hi,

Please add our cost centre 4410-MAINT to INV-2026-93013 and re-send; our approvals system rejects anything without it.

Gill""", "po_change", inv=["93013"], fam=["cost-centre"]),
    Reply("R3010", at(20, "09:40", IE), """Hi,

The VAT number on your invoices is our old one (IE3341255MH). Please update it to IE3876549QH and reissue both invoices.

Niamh""", "po_change", fam=["tax-id"]),
    Reply("R3005", at(19, "14:10", BR), """Hello, the invoices are in the name of our old company, Amazonas Madeiras Ltda. Please change to Amazonas Timber Exports Ltda, CNPJ 41.228.907/0001-63, and send again.""",
          "po_change", fam=["entity-name", "tax-id", "non-native-br"]),
    Reply("R3015", at(18, "15:15", USC), """FYI, from now on invoices have to come through Bill.com, not email. Our inbox in there is prairiewindts@bill.example.""",
          "po_change", fam=["supplier-portal", "send-future-invoices"]),
    Reply("R3013", at(20, "12:40", IN), """Dear Sir,

Kindly mention our GSTIN 32AACCK4471M1ZP and IEC code on the invoices; without this our bank will not release the foreign remittance. Please send revised copies.

Regards
Sreeja Menon""", "po_change", fam=["tax-id", "non-native-in"]),
    # ---- plans
    Reply("R3001", at(18, "12:00", IN), f"""Dear Sir,

Due to the severe slowdown in the auto sector, we request you to kindly allow us to pay the outstanding in 3 equal monthly instalments starting 15th December.

Your kind cooperation is solicited.

Regards,
Rohan Kulkarni

{IN_DISCLAIMER}""", "payment_plan_request", date="2026-12-15", fam=["plan-request", "long-disclaimer", "non-native-in"]),
    Reply("R3012", at(17, "13:05", NG), """Dear Sir,

Kindly give us till 10th December to pay. The naira devaluation has hit us badly and forex is scarce at the moment.

Fatima""", "payment_plan_request", date="2026-12-10", fam=["deferral", "fx-scarcity", "non-native-ng"]),
    Reply("R3003", at(20, "13:50", PH), """Hi Sir/Ma'am,

Is it possible to pay the 93005 in two (2) installments? 50% on Dec 4 and 50% on Jan 8. Please advise. Thank you.""", "payment_plan_request",
          date="2026-12-04", inv=["93005"], fam=["plan-request", "non-native-ph"]),
    Reply("R3005", at(18, "17:25", BR), """Hello, João here. Could we pay the 93009 in 4 parts of USD 3,550 every 15 days, first one on 1/12? Business is slow this season.""",
          "payment_plan_request", date="2026-12-01", amount="3550.00", inv=["93009"], fam=["plan-request", "locale-numeric-dayfirst", "non-native-br"]),
    Reply("R3006", at(19, "10:45", VN), """Dear Sir,

Because the shrimp price is very low this season, we would like to ask to extend the payment plan 3 more months, instalment USD 2,500 per month from January.

Thank you for consider.
Hoa""", "payment_plan_request", amount="2500.00", fam=["stretch-plan", "non-native-vn"]),
    Reply("R3007", at(18, "13:15", GB), """Gill here. Would you accept £2,000 a month until it's cleared? First payment could be the 1st of December.""",
          "payment_plan_request", date="2026-12-01", amount="2000.00", fam=["plan-request", "date-in-words"]),
    Reply("R3008", at(17, "10:30", USE), """Can we do half now, half after New Year? Winter is dead for boat electronics.""", "payment_plan_request",
          date="2026-11-17", fam=["half-now", "seasonal"]),
    Reply("R3011", at(17, "09:20", WA), """Before your solicitors get involved: I can do $1,000 a fortnight from next Friday. Let me know.""", "payment_plan_request",
          date="2026-11-27", amount="1000.00", fam=["plan-request", "legal-threat", "next-weekday"]),
    Reply("R3014", at(19, "09:10", PH), """Good day Sir,

Due to the typhoon damage to our drying facility in Cebu, we respectfully request a 60-day extension on both invoices. We are hoping for your kind consideration.

Jerome Villanueva
Finance Manager""", "payment_plan_request", fam=["deferral", "natural-disaster", "non-native-ph"]),
    Reply("R3015", at(17, "14:25", USC), """Would you consider 3 payments – 12/15, 1/15 and 2/15? Cash is tied up in blade inventory until spring.""",
          "payment_plan_request", date="2026-12-15", fam=["plan-request", "locale-numeric-monthfirst"]),
    Reply("R3010", at(18, "10:20", IE), """Hi, any chance we could spread 93019 over December and January? The co-op milk cheques are late this year.""",
          "payment_plan_request", inv=["93019"], fam=["plan-request"]),
    # ---- absences
    Reply("R3001", at(17, "09:00", IN), """Thank you for your mail. I am on leave from 16.11.2026 to 20.11.2026 and will have limited access to mails. For urgent matters please contact accounts@sahyadricastings.example or call +91 20 6612 4400.""",
          "out_of_office", headers=dict(AUTO), subject="Automatic reply: Reminder: overdue invoices – Sahyadri Precision Castings Pvt Ltd",
          fam=["auto-reply", "dotted-numeric"]),
    Reply("R3012", at(18, "08:01", NG), """I am currently out of the office on annual leave and will resume on Monday, 14th December 2026. For urgent issues, please contact accounts@abujainteriors.example.""",
          "out_of_office", headers=dict(AUTO), human=["away more than 14 days"], subject="Out of Office: Reminder: overdue invoices – Abuja Office Interiors Nig. Ltd",
          fam=["auto-reply", "long-absence"]),
    Reply("R3003", at(17, "08:05", PH), """Good day! I am on vacation leave from November 16 to 27, 2026 (back on Nov 30). Please expect delay in my response. Thank you!""",
          "out_of_office", headers=dict(AUTO), subject="Automatic reply: Reminder: overdue invoices – Bayanihan BPO Solutions Inc",
          fam=["auto-reply", "non-native-ph"]),
    Reply("R3007", at(19, "09:02", GB), """I am out of the office until Monday 23 November with no access to email. Purchase ledger queries: purchaseledger@penninerope.example.""",
          "out_of_office", headers=dict(AUTO), subject="Automatic reply: Reminder: overdue invoices – Pennine Rope & Rigging Ltd", fam=["auto-reply"]),
    Reply("R3008", at(18, "11:25", USE), """Dana is out this week for her daughter's wedding, back the 30th. I'm just covering the front desk, sorry.""",
          "out_of_office", sender=0, human=["absence written by a person"], fam=["hand-written-absence"]),
    Reply("R3009", at(18, "06:00", USW), """Thank you for contacting Cascadia Orthodontic Partners Accounts Payable. Our office is closed November 26–27 for Thanksgiving and staff are on reduced hours this week. We will respond when we reopen on Monday, November 30.""",
          "out_of_office", sender=0, headers=dict(AUTO), subject="Auto: Reminder: overdue invoices – Cascadia Orthodontic Partners PLLC",
          fam=["auto-reply", "holiday", "shared-mailbox"]),
    Reply("R3010", at(17, "08:30", IE), """I'm on maternity leave until May 2027. In my absence please contact accounts@shannonvalleycreamery.example.""",
          "out_of_office", headers=dict(AUTO), human=["away more than 14 days"], subject="Automatic reply: Reminder: overdue invoices – Shannon Valley Creamery DAC",
          fam=["auto-reply", "maternity-leave"]),
    Reply("R3013", at(17, "09:45", IN), """Dear Sender,

Thank you for your email. I am out of office on account of Sabarimala pilgrimage from 17th Nov to 30th Nov. Kindly expect delayed response.""",
          "out_of_office", headers=dict(AUTO), subject="Out of office: Reminder: overdue invoices – Kochi Marine Spares Pvt Ltd", fam=["auto-reply", "pilgrimage", "non-native-in"]),
    Reply("R3015", at(19, "17:40", USC), """Out hunting till after Thanksgiving, back Monday 11/30. Will deal with it then. -Kyle""", "out_of_office",
          human=["absence written by a person"], fam=["hand-written-absence", "locale-numeric-monthfirst", "terse-mobile"]),
    Reply("R3005", at(18, "07:30", BR), """Estarei ausente até 04/12 com acesso limitado ao e-mail.
I will be out of the office until 04/12 with limited access to e-mail. For urgent matters please contact financeiro@amazonastimber.example.""",
          "out_of_office", headers=dict(AUTO), human=["away more than 14 days"], lang="en", subject="Resposta automática: Reminder: overdue invoices",
          fam=["auto-reply", "bilingual", "locale-numeric-dayfirst"]),
    Reply("R3004", at(20, "07:10", PL), """Dzień dobry, jestem poza biurem do 25.11.2026.
Good morning, I am out of office until 25.11.2026. In urgent cases please write to ksiegowosc@wisla-furniture.example.""",
          "out_of_office", headers=dict(AUTO), lang="en", subject="Odpowiedź automatyczna: Reminder: overdue invoices", fam=["auto-reply", "bilingual", "dotted-numeric"]),
    # ---- bounces
    Reply("R3001", at(17, "07:40", IN), """This is the mail system at host mx1.sahyadricastings.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<r.kulkarni@sahyadricastings.example>: host mx1.sahyadricastings.example said: 550 5.1.1 <r.kulkarni@sahyadricastings.example>: Recipient address rejected: User unknown in virtual mailbox table""",
          "bounce", sender="MAILER-DAEMON@mx1.sahyadricastings.example", subject=NDR, dsn=("r.kulkarni@sahyadricastings.example", "5.1.1"), fam=["dsn-postfix"]),
    Reply("R3002", at(18, "06:12", NG), """Delivery has failed to these recipients or groups:

c.adeyemi@ikejacoldchain.example
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:
Remote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'""",
          "bounce", sender="postmaster@ikejacoldchain.example", subject="Undeliverable: Reminder: overdue invoices – Ikeja Cold Chain Logistics Ltd",
          dsn=("c.adeyemi@ikejacoldchain.example", "5.2.2"), fam=["dsn-exchange", "mailbox-full"]),
    Reply("R3003", at(19, "07:55", PH), """** Address not found **

Your message wasn't delivered to m.delacruz@bayanihanbpo.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""", "bounce", sender="mailer-daemon@googlemail.example",
          subject="Delivery Status Notification (Failure)", dsn=("m.delacruz@bayanihanbpo.example", "5.1.1"), fam=["dsn-gmail"]),
    Reply("R3007", at(20, "08:20", GB), """Your message to g.ackroyd@penninerope.example couldn't be delivered.

g.ackroyd wasn't found at penninerope.example.

Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
          "bounce", sender="postmaster@penninerope.example", subject="Undeliverable: Reminder: overdue invoices – Pennine Rope & Rigging Ltd",
          dsn=("g.ackroyd@penninerope.example", "5.1.10"), fam=["dsn-m365"]),
    Reply("R3008", at(17, "13:02", USE), """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

  billing@tidewatermarine.example
    host tidewatermarine.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<billing@tidewatermarine.example>:
    550 5.7.1 Message rejected: sender domain not on allow-list""", "bounce", sender="mailer-daemon@relay.northwind-supplies.example",
          subject="Mail delivery failed: returning message to sender", dsn=("billing@tidewatermarine.example", "5.7.1"), fam=["dsn-exim", "policy-reject"]),
    Reply("R3010", at(18, "12:44", IE), """Delivery to the following recipient failed permanently:

     n.ohalloran@shannonvalleycreamery.example

Technical details of permanent failure:
DNS Error: Domain name not found""", "bounce", sender="mailer-daemon@relay.northwind-supplies.example", subject="Delivery Status Notification (Failure)",
          dsn=("n.ohalloran@shannonvalleycreamery.example", "5.1.2"), fam=["dsn-dns"]),
    Reply("R3012", at(19, "05:30", NG), """The following message to <f.bello@abujainteriors.example> was undeliverable.
The reason for the problem:
5.4.7 - Delivery expired (message too old) 'timeout'

Final-Recipient: rfc822;f.bello@abujainteriors.example
Action: failed
Status: 5.4.7""", "bounce", sender="MAILER-DAEMON@smtp.abujainteriors.example", subject="Failure Notice",
          dsn=("f.bello@abujainteriors.example", "5.4.7"), fam=["dsn-expired"]),
    Reply("R3014", at(20, "04:10", PH), """Hi. This is the qmail-send program at mail.visayasmango.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<j.villanueva@visayasmango.example>:
Sorry, no mailbox here by that name. (#5.1.1)""", "bounce", sender="MAILER-DAEMON@mail.visayasmango.example", subject="failure notice",
          dsn=("j.villanueva@visayasmango.example", "5.1.1"), fam=["dsn-qmail"]),
    Reply("R3015", at(17, "17:05", USC), """Your message could not be delivered to ap@prairiewindts.example.

The message size (14 MB) exceeds the maximum allowed by the recipient's server (10 MB).

Remote server returned '552 5.3.4 Message size exceeds fixed maximum message size'""", "bounce",
          sender="postmaster@prairiewindts.example", subject="Undeliverable: Reminder: overdue invoices – Prairie Wind Turbine Services LLC",
          dsn=("ap@prairiewindts.example", "5.3.4"), fam=["dsn-m365", "too-large"]),
    Reply("R3006", at(18, "03:20", VN), """Delivery has failed to these recipients or groups:

h.pham@mekongdeltaseafood.example
Your message wasn't delivered because the recipient's email provider rejected it.

Remote server returned '554 5.7.1 Recipient address rejected: Access denied'""", "bounce", sender="postmaster@mekongdeltaseafood.example",
          subject="Undeliverable: Reminder: overdue invoices – Mekong Delta Seafood Processing JSC", dsn=("h.pham@mekongdeltaseafood.example", "5.7.1"),
          fam=["dsn-exchange", "access-denied"]),
    # ---- wrong contacts
    Reply("R3001", at(20, "11:20", IN), """Dear Sir,

Mr. Rohan Kulkarni has left the organisation w.e.f. 31st October. Kindly correspond with Ms. Priya Deshpande (priya.d@sahyadricastings.example) for all payment related matters henceforth.

Regards,
HR & Admin""", "wrong_contact", sender=0, fam=["left-company", "non-native-in"]),
    Reply("R3012", at(17, "15:40", NG), """Good day,

I am the HR officer; this mail got to me by mistake. Please direct your mail to our accounts department.

Thank you.""", "wrong_contact", sender="hr@abujainteriors.example", fam=["not-my-department", "non-native-ng"]),
    Reply("R3003", at(18, "13:25", PH), """Hi, I'm from the IT team and I only manage this shared mailbox. Ms. Maricel moved to our Davao site; please email Ms. Joy Santos at joy.santos@bayanihanbpo.example for AP concerns.""",
          "wrong_contact", sender=0, fam=["transferred", "shared-mailbox", "non-native-ph"]),
    Reply("R3008", at(19, "16:45", USE), """Tidewater was sold to Chesapeake Nautical Group on Oct 30. I no longer have anything to do with the books. Chase them: payables@chesnautical.example.""",
          "wrong_contact", fam=["acquisition", "contact-gone"]),
    Reply("R3010", at(19, "10:00", IE), """This mailbox is no longer monitored. Please send all accounts queries to finance@shannonvalleycreamery.example. This is an automated message.""",
          "wrong_contact", sender=0, headers=dict(AUTO), subject="Automatic reply: Reminder: overdue invoices – Shannon Valley Creamery DAC",
          fam=["unmonitored-mailbox", "auto-reply"]),
    Reply("R3013", at(19, "11:10", IN), """Hello, I am in purchase dept only. For payment please contact our accounts team, Sreeja madam. Thanks""",
          "wrong_contact", sender="purchase@kochimarinespares.example", fam=["not-my-department", "non-native-in"]),
    Reply("R3007", at(18, "15:50", GB), """Please take me off your mailing list. I retired from Pennine Rope in September. Gill's team handles all this now. – Trevor Holt""",
          "wrong_contact", sender="t.holt@penninerope.example", fam=["retired"]),
    Reply("R3005", at(19, "12:30", BR), """Hi, João left our company last week. Please contact Mrs. Luciana Prado, luciana.prado@amazonastimber.example, she is the new finance coordinator.""",
          "wrong_contact", sender=0, fam=["left-company", "non-native-br"]),
    Reply("R3015", at(20, "13:05", USC), """I'm the field service manager, not AP. Kyle Schroeder handles invoices. Not sure why I'm on this.""",
          "wrong_contact", sender="d.morrow@prairiewindts.example", fam=["not-my-department"]),
    Reply("R3004", at(18, "09:55", PL), """Dear Sir,

Mrs Agnieszka is on long sick leave. Please write in this matter to Mr Tomasz Wróbel, t.wrobel@wisla-furniture.example, he replaces her.

Best regards""", "wrong_contact", sender=0, fam=["sick-leave-replacement", "non-native-pl"]),
    Reply("R3006", at(20, "09:30", VN), """Dear Sir,

Ms Hoa changed to work at our factory in Ca Mau. From now please contact Mr Le Quang Vinh, vinh.lq@mekongdeltaseafood.example, new chief accountant.

Thank you.""", "wrong_contact", sender=0, fam=["transferred", "non-native-vn"]),
    # ---- other
    Reply("R3001", at(19, "14:25", IN), """Dear Sir,

We have received a mail from accounts@northwind-suppliess.example informing change of your bank account to a new account in ICICI Bank, Mumbai. Kindly confirm whether this is genuine before we release any payment.

Regards
Rohan""", "other", human=["fraud check"], fam=["fraud-alert", "lookalike-domain", "non-native-in"]),
    Reply("R3012", at(18, "16:10", NG), """Dear Sir,

Kindly send us your company's tax residency certificate and the completed form for WHT exemption, else we will be compelled to deduct 10% withholding tax at source.

Regards""", "other", human=["tax form"], fam=["tax-forms", "withholding", "non-native-ng"]),
    Reply("R3003", at(20, "11:05", PH), """Good day! Kindly send us your certificate of tax residence, our auditor requires it for all foreign suppliers before year-end. Thank you po.""",
          "other", human=["tax form"], fam=["tax-forms", "non-native-ph"]),
    Reply("R3008", at(20, "10:40", USE), """I called this morning and gave your colleague our Amex over the phone for the $930. Did it go through? She didn't give me a confirmation number.""",
          "other", human=["card over the phone"], fam=["card-over-phone"]),
    Reply("R3007", at(20, "15:30", GB), """Thanks, received – I've passed this to the purchase ledger team.""", "other", fam=["no-action", "acknowledgement"]),
    Reply("R3009", at(19, "06:30", USW), """[AP-REQ-55219] We have received your request.

Ticket AP-REQ-55219 has been created and assigned to the Accounts Payable queue. Expected response time: 3 business days.

Please do not reply to this message.""", "other", sender=0, headers=dict(AUTO), subject="[AP-REQ-55219] Request received",
          fam=["ticketing-system", "no-action", "shared-mailbox"]),
    Reply("R3015", at(18, "08:15", USC), """Received, thank you. Kyle""", "other", fam=["no-action", "terse-mobile"]),
    Reply("R3010", at(17, "13:50", IE), """Do you take card payments on your website? Our bank charges a fortune for international transfers.""", "other",
          human=["payment method question"], fam=["payment-method"]),
    Reply("R3005", at(17, "18:10", BR), """Hello, we received a letter saying that your company changed the bank to Banco Inter in Brazil. Is it true? We don't want to pay to wrong account.""",
          "other", human=["fraud check"], fam=["fraud-alert", "non-native-br"]),
    Reply("R3013", at(20, "15:10", IN), """Dear Sir,

For the remittance our bank requires Form 15CA/15CB, and from your side the No PE declaration and Form 10F. Kindly send these at the earliest so that we can process.

Regards
Sreeja""", "other", human=["tax form"], fam=["tax-forms", "non-native-in"]),
    Reply("R3011", at(18, "11:05", WA), """All further correspondence on this account is to go to our solicitors, Harcourt Bligh Lawyers, Broome. Do not contact Mr Tanaka directly.""",
          "other", sender=0, human=["counsel only"], fam=["counsel-only", "legal-threat"]),
    Reply("R3002", at(19, "12:50", NG), """NOTICE OF APPOINTMENT OF RECEIVER/MANAGER

Take notice that Ikeja Cold Chain Logistics Ltd has been placed under receivership by order of the Federal High Court, Lagos (Suit No. FHC/L/CS/2291/2026). All claims against the company should be filed with the Receiver/Manager, Adebayo Okonjo & Partners, 14 Kofo Abayomi Street, Victoria Island, Lagos, within 30 days of this notice.

Adebayo Okonjo
Receiver/Manager""", "other", sender="receiver@okonjopartners.example", human=["insolvency"], fam=["insolvency", "receivership"]),
    Reply("R3014", at(18, "17:15", PH), """Sir, with due respect, your reminders are becoming harassment. Three emails in one week while our company is recovering from the typhoon. Please have some consideration.""",
          "other", human=["tone complaint"], fam=["tone-complaint", "non-native-ph"]),
    Reply("R3004", at(17, "12:05", PL), """Dear Sir,

For the annual audit our auditor (Grant Thornton) asks you to confirm the balance of our account as at 31.10.2026. Please fill in the attached form and send it directly to the auditor.

Best regards
Agnieszka""", "other", human=["audit confirmation"], attachments=[("balance_confirmation.pdf", "application/pdf", "BALANCE CONFIRMATION as at 31.10.2026")],
          fam=["audit-confirmation", "non-native-pl"]),
    Reply("R3012", at(20, "12:45", NG), """Noted with thanks. Forwarded to our Head of Finance for his attention.""", "other", fam=["no-action", "non-native-ng"]),
    Reply("R3003", at(19, "08:40", PH), """Well received, thank you po! Will forward to our Finance Head.""", "other", fam=["no-action", "non-native-ph"]),
    Reply("R3006", at(17, "16:20", VN), """Dear Sir,

Why we still receive the reminder? We are in the payment plan and pay every instalment on time.

Best regards,
Hoa""", "other", human=["reminder sent to an account on a plan"], fam=["on-plan-complaint", "non-native-vn"]),
    Reply("R3015", at(19, "08:55", USC), """If we pay both this week can you knock 2% off? That's what your competitor does for us.""", "other",
          human=["discount question"], fam=["discount-question"]),
]
