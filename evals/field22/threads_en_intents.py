"""field22 English replies that are not promises: payments, disputes, copies, billing changes, plans, absences,
bounces, wrong contacts and the rest, in AP-desk, mobile and non-native voices."""

from evals.field.build import Payment, Reply
from evals.field22.kit import AT as CA
from evals.field22.kit import AU, AUTO, CN, EG, GB, IE, IN, IT, NG, PAC, PL, TX, at

PAYMENTS = [
    Payment("BK22-001", "S2201", "2026-11-20", "1620.00", "GBP", "PENWITH SURF SCHOOL 22011 22012"),
    Payment("BK22-002", "S2205", "2026-11-24", "6120.00", "EUR", "WISLA BICYCLE COMPONENTS INV 2026 22051"),
    Payment("BK22-003", "S2206", "2026-11-23", "7340.00", "USD", "XIAMEN GREENLEAF TT REF 22061"),
    Payment("BK22-004", "S2208", "2026-11-25", "3925.00", "EUR", "SELLERIE FERRARESI SRL FT 22081"),
    Payment("BK22-005", "S2210", "2026-11-19", "465.00", "EUR", "GALWAY BAY OYSTER FARM 22102"),
    Payment("BK22-006", "S2212", "2026-11-20", "3900.00", "CAD", "CHQ 004417 HALIFAX HARBOUR PILOTS"),
    Payment("BK22-007", "S2209", "2026-11-26", "5880.00", "USD", "SUNHARVEST SOLAR INV22091"),
    Payment("BK22-008", None, "2026-11-24", "2150.00", "EUR", "C OFARRELL"),
]

PAID, DIS, RES, PO, PLAN = "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, WRONG, OTHER, P = "out_of_office", "wrong_contact", "other", "promise_to_pay"

REPLIES = [
    # already paid
    Reply("S2201", at(23, "10:05", GB), "Both paid last Friday, reference PENWITH SURF 22011/22012. Please check again.", PAID, ref="PENWITH SURF 22011/22012", fam=["remittance-reference-variant", "past-payment-date"], note="matches BK22-001"),
    Reply("S2205", at(25, "09:30", PL), "Dear Sir,\nThe payment was done on 24.11.2026, please see attached confirmation.\nRegards", PAID, inv=["22051"], attachments=[("potwierdzenie.txt", "text/plain", "Potwierdzenie przelewu\nData: 24.11.2026\nKwota: 6 120,00 EUR\nTytul: INV 2026 22051")], ref="INV 2026 22051", fam=["remittance-attachment", "non-native-polish"], note="BK22-002 matches 22051, the invoice the confirmation names"),
    Reply("S2206", at(24, "11:11", CN), "Dear, 22061 already TT on 23/11, ref TT REF 22061. Pls check. 22062 we pay next week Friday.", PAID, sec=[P], date="2026-12-04", inv=["22061", "22062"], ref="TT REF 22061", fam=["non-native-chinese", "paid-and-promised"], note="BK22-003 matches 22061"),
    Reply("S2208", at(26, "10:45", IT), "Good morning, we paid the 22081 yesterday, EUR 3.940,00. Best regards", PAID, inv=["22081"], human=["amount differs: BK22-004 is 3,925.00 (bank charges)"], fam=["european-amount", "short-paid", "non-native-italian"]),
    Reply("S2210", at(24, "12:30", IE), "Hi, I paid the 2,150 from my own account last week as the business card was blocked. Ciarán", PAID, amount=None, inv=["22101"], sender=1, human=["no matching payment (BK22-008 is unidentified)"], fam=["payer-name", "unidentified-bank-line"]),
    Reply("S2212", at(25, "13:40", CA), "Hello, we mailed cheque #004417 for both invoices on the 18th, it cleared. Regards", PAID, ref="004417", fam=["cheque-number"], note="BK22-006 matches both"),
    Reply("S2209", at(27, "08:20", NG), "Good morning, please find remittance: Sunharvest Solar, INV 22091, USD 5,880.00, value date 26/11/2026. Thank you.", PAID, ref="INV 22091", fam=["remittance-reference-variant"], note="matches BK22-007"),
    Reply("S2210", at(26, "15:15", IE), "That one's paid, sent it on the 19th. Ref GBOF 22102.", PAID, inv=["22102"], ref="GBOF 22102", fam=["remittance-reference-variant"]),
    Reply("S2202", at(24, "09:50", TX), "ACH sent 11/20, trace 091000019876543. AP", PAID, ref="091000019876543", human=["no matching payment"], fam=["trace-number"]),
    # disputes
    Reply("S2201", at(24, "14:14", GB), "Hi, 22012 is for six boards and we got four. Not paying for boards we never had.", DIS, inv=["22012"], fam=["short-delivered"]),
    Reply("S2206", at(25, "16:30", CN), "Dear Sir, the bamboo trays in 22061 were mouldy, 30% of the shipment. We have photos. We can pay only after you issue the credit note.", DIS, inv=["22061"], fam=["quality", "non-native-chinese"]),
    Reply("S2209", at(24, "10:00", NG), "Good day, we are exempted from VAT as a renewable energy importer (certificate attached previously). Kindly reissue 22091 without VAT; we will not pay the VAT portion.", DIS, inv=["22091"], fam=["tax-exempt-reissue"]),
    Reply("S2212", at(26, "14:00", CA), "22122 is a duplicate of a September invoice we paid. Please cancel it. The other one will be paid Friday.", DIS, sec=[P], date="2026-11-27", inv=["22122", "22121"], fam=["duplicate-billing"]),
    Reply("S2203", at(23, "15:20", PAC), "The late fee on this statement is ridiculous, we never agreed to 2% a month. Remove it and I'll pay.", DIS, sec=[P], human=["conditional", "undated"], sender=1, fam=["fees", "condition-no-date"]),
    Reply("S2211", at(25, "11:30", AU), "Hi, the rate on TSF-PO-3390 was $152/unit, you've charged $168. Please send a corrected invoice. Payables", DIS, inv=["22111"], fam=["price"]),
    # resend
    Reply("S2201", at(23, "18:30", GB), "Never got 22012, can you send it again?", RES, inv=["22012"], sender=1, fam=["never-received", "terse-mobile"]),
    Reply("S2205", at(26, "08:30", PL), "Dear Sir,\nplease send us invoice 22052 as PDF once more, we have only the delivery note.\nRegards", RES, inv=["22052"], fam=["non-native-polish"]),
    Reply("S2208", at(24, "09:40", IT), "Good morning, can you send us the statement of account of the whole year? Our auditor asks. Thanks", RES, fam=["statement", "non-native-italian"]),
    Reply("S2210", at(25, "10:10", IE), "Hi, could you resend both? Our old mailbox ate them. Thanks", RES, fam=["never-received"]),
    Reply("S2212", at(27, "13:25", CA), "Please send copies of 22121 and 22122 with the pilot boarding logs attached.", RES, fam=["copy-with-backup"]),
    Reply("S2209", at(26, "12:40", NG), "Kindly resend invoice in PDF, the attachment is not opening on our side. Thanks", RES, fam=["attachment-problem"]),
    Reply("S2206", at(27, "09:05", CN), "Dear, please send original invoice with stamp to our Xiamen office, our customs need it. Thanks", RES, fam=["non-native-chinese", "stamped-original"]),
    Reply("S2202", at(27, "10:20", TX), "Ticket #AP-55231 updated by Ops Desk:\nRequester asks: please resend invoice 22022 with the signed BOL. Status: Waiting on vendor.", RES, inv=["22022"], headers=dict(AUTO), fam=["ticketing-system"]),
    Reply("S2204", at(24, "10:30", IN), "Dear Sir,\nKindly share the ledger statement showing the instalments received till date, for our reconciliation.\nRegards", RES, fam=["statement", "instalment-existing-plan", "non-native-indian"]),
    # po change
    Reply("S2201", at(25, "11:11", GB), "Could you reissue 22011 to Penwith Surf & Sail Ltd? We changed the company name in September.", PO, inv=["22011"], fam=["legal-entity"]),
    Reply("S2205", at(23, "12:20", PL), "Dear Sir,\nOur NIP number is wrong on invoice 22051, correct is PL 5842771904. Please send correction invoice.\nRegards", PO, inv=["22051"], fam=["tax-id", "non-native-polish"]),
    Reply("S2208", at(27, "11:50", IT), "Dear, from 1 December please send all invoices only through SDI, our codice destinatario is M5UXCR1. Paper or email invoices will be refused.", PO, fam=["supplier-portal", "non-native-italian"]),
    Reply("S2209", at(25, "14:50", NG), "Please add our PO number SSI/PO/2026/118 to 22091 and resend. We can't process without it.", PO, inv=["22091"], fam=["po-missing"]),
    Reply("S2210", at(23, "16:00", IE), "Hi, from now on please send invoices to invoices@galwayoysters.example, not to me. Ciarán", PO, sender=1, fam=["send-future-invoices"]),
    Reply("S2212", at(24, "13:10", CA), "Good afternoon, our new billing address is 1 Upper Water St, Suite 400, Halifax NS B3J 1S9. Please update 22121 and 22122.", PO, fam=["billing-address"]),
    Reply("S2211", at(24, "10:45", AU), "Hi, we've moved to Coupa. Please submit 22111 through the supplier portal against TSF-PO-3390, emailed invoices won't be paid.", PO, inv=["22111"], fam=["supplier-portal"]),
    Reply("S2202", at(26, "11:00", TX), "Please put our cost center 4410-ORCH on 22021, AP cannot route it otherwise.", PO, inv=["22021"], fam=["cost-centre"]),
    Reply("S2206", at(26, "15:40", CN), "Dear Sir, our company English name has changed to Xiamen Greenleaf Home Products Co., Ltd. Please reissue both invoices with new name.", PO, fam=["legal-entity", "non-native-chinese"]),
    # payment plans
    Reply("S2201", at(26, "19:15", GB), "Hi, winter's slow. Could I pay £400 a month from the 15th of December until it's cleared? Jenna", PLAN, date="2026-12-15", amount="400.00", sender=1, fam=["instalments"]),
    Reply("S2205", at(27, "13:33", PL), "Dear Sir,\nWe kindly ask for possibility to pay 22051 in 3 instalments, first one on 10.12.\nRegards", PLAN, date="2026-12-10", inv=["22051"], fam=["instalments", "dotted-numeric", "non-native-polish"]),
    Reply("S2206", at(23, "10:55", CN), "Dear, can we pay 50% now and 50% after Chinese New Year? Cash flow is difficult this winter.", PLAN, fam=["deferral", "non-native-chinese"]),
    Reply("S2209", at(25, "11:25", NG), "Kindly allow us to spread the payment over 4 months starting January. Thank you.", PLAN, date="2027-01-01", fam=["instalments"]),
    Reply("S2210", at(27, "09:45", IE), "Any chance we could split the big one over Dec and Jan?", PLAN, fam=["instalments", "terse-mobile"]),
    Reply("S2212", at(23, "14:45", CA), "Could we pay 22121 in two halves, December 15 and January 15?", PLAN, date="2026-12-15", inv=["22121"], fam=["instalments"]),
    Reply("S2203", at(24, "10:10", PAC), "I can't do it all at once. Can we do $500 every two weeks starting Friday?", PLAN, date="2026-11-27", amount="500.00", sender=1, fam=["instalments", "bare-weekday"]),
    Reply("S2207", at(24, "13:15", EG), "Dear Sirs,\nDue to the currency restrictions of the Central Bank we request to settle the amount in six monthly instalments. Awaiting your approval.\nRegards", PLAN, fam=["instalments", "non-native-arabic"]),
    Reply("S2204", at(26, "16:00", IN), "Dear Sir,\nWe request you to kindly revise the existing plan and extend it by 3 more months as the monsoon crop was poor.\nThanks & Regards", PLAN, fam=["plan-revision", "non-native-indian"]),
    # out of office
    Reply("S2201", at(23, "06:00", GB), "Thanks for your email. I'm out of the office until Monday 30 November with limited access to email.", OOO, headers=dict(AUTO), subject="Automatic reply: Reminder: overdue invoices – Penwith Surf School Ltd", sender=1, fam=["auto-headers"]),
    Reply("S2205", at(24, "07:00", PL), "Dzień dobry / Good morning,\nI am on holiday until 4.01.2027. In urgent matters please contact ksiegowosc@wisla-bike.example.\nAgnieszka Kowalczyk", OOO, headers=dict(AUTO), sender=1, human=["return more than 14 days out"], fam=["auto-headers", "bilingual", "long-absence"]),
    Reply("S2206", at(25, "08:00", CN), "I'm out of office 25 Nov - 2 Dec for trade fair in Guangzhou. Reply late.", OOO, headers=dict(AUTO), sender=1, fam=["auto-headers"]),
    Reply("S2208", at(26, "08:30", IT), "Sono fuori ufficio, rientro il 9 dicembre. / Out of office, back on 9 December. Giulia Rinaldi", OOO, headers=dict(AUTO), sender=1, fam=["auto-headers", "bilingual"], note="bilingual notice from an English-language account: en"),
    Reply("S2209", at(23, "09:00", NG), "Hello, I am on leave till 14 December. Please reach finance@sunharvestsolar.example.", OOO, sender=1, human=["absence written by a person (no auto headers)", "return more than 14 days out"], fam=["plain-absence"]),
    Reply("S2210", at(27, "17:00", IE), "Out of office: back on Tuesday.", OOO, headers=dict(AUTO), subject="Out of Office", sender=1, fam=["auto-headers", "terse"]),
    Reply("S2212", at(24, "09:00", CA), "I am away on parental leave until March 2027. For accounting matters, contact accounting@halifaxpilots.example.", OOO, headers=dict(AUTO), sender=1, human=["return more than 14 days out"], fam=["auto-headers", "long-absence"]),
    Reply("S2211", at(25, "09:00", AU), "Thank you for your email. I'm on annual leave returning 4 December.", OOO, headers=dict(AUTO), sender=1, fam=["auto-headers"]),
    Reply("S2202", at(26, "06:00", TX), "Our offices are closed for Thanksgiving on November 26 and 27. We will respond on Monday.", OOO, headers=dict(AUTO), fam=["auto-headers", "holiday"]),
    # bounces
    Reply("S2201", at(23, "09:06", GB), "This is the mail system at host mx.penwithsurf.example.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n<j.trevithick@penwithsurf.example>: host said: 550 5.1.1 User unknown", "bounce", sender="MAILER-DAEMON@mx.penwithsurf.example", dsn=("j.trevithick@penwithsurf.example", "5.1.1"), subject="Undelivered Mail Returned to Sender", fam=["dsn"]),
    Reply("S2205", at(24, "09:07", PL), "Delivery has failed to these recipients or groups:\n\nksiegowosc@wisla-bike.example\nThe recipient's mailbox is full and can't accept messages now.", "bounce", sender="postmaster@wisla-bike.example", dsn=("ksiegowosc@wisla-bike.example", "5.2.2"), subject="Undeliverable: Reminder: overdue invoices", fam=["dsn", "mailbox-full"]),
    Reply("S2206", at(25, "16:09", CN), "Your message to finance@greenleafbamboo.example couldn't be delivered. The domain's mail server rejected it as spam (550 5.7.1).", "bounce", sender="postmaster@greenleafbamboo.example", dsn=("finance@greenleafbamboo.example", "5.7.1"), subject="Undeliverable", fam=["dsn", "spam-reject"]),
    Reply("S2208", at(26, "09:08", IT), "Hi. This is the qmail-send program. I'm afraid I wasn't able to deliver your message to the following addresses.\n<g.rinaldi@selleriaferraresi.example>: 550 no such mailbox", "bounce", sender="MAILER-DAEMON@selleriaferraresi.example", dsn=("g.rinaldi@selleriaferraresi.example", "5.1.1"), subject="failure notice", fam=["dsn"]),
    Reply("S2209", at(23, "09:10", NG), "Delivery to the following recipient failed permanently:\n\n     o.adeyemi@sunharvestsolar.example\n\nThe email account that you tried to reach does not exist.", "bounce", sender="mailer-daemon@googlemail.example", dsn=("o.adeyemi@sunharvestsolar.example", "5.1.1"), subject="Delivery Status Notification (Failure)", fam=["dsn"]),
    Reply("S2210", at(27, "09:06", IE), "Message not delivered: the domain galwayoysters.example has no valid MX record. Giving up after 72 hours.", "bounce", sender="MAILER-DAEMON@relay.example", dsn=("accounts@galwayoysters.example", "4.4.7"), subject="Delivery Status Notification (Delay)", fam=["dsn", "timeout"]),
    Reply("S2212", at(25, "09:05", CA), "Your message to p.macneil@halifaxpilots.example has been blocked. The recipient has left the organization.", "bounce", sender="postmaster@halifaxpilots.example", dsn=("p.macneil@halifaxpilots.example", "5.1.10"), subject="Undeliverable: Reminder", fam=["dsn"]),
    Reply("S2203", at(26, "06:05", PAC), "The following message to <office@cascadiakayak.example> was undeliverable.\nReason: 552 Quota exceeded.", "bounce", sender="MAILER-DAEMON@cascadiakayak.example", dsn=("office@cascadiakayak.example", "5.2.2"), subject="Returned mail", fam=["dsn", "mailbox-full"]),
    Reply("S2211", at(24, "19:06", AU), "Delivery has failed to these recipients: b.harcourt@tasmanferries.example. Remote server returned 550 5.4.1 Recipient address rejected: Access denied.", "bounce", sender="postmaster@tasmanferries.example", dsn=("b.harcourt@tasmanferries.example", "5.4.1"), subject="Undeliverable: Reminder", fam=["dsn"]),
    # wrong contact
    Reply("S2201", at(24, "11:45", GB), "Hi, I just teach surfing here, the accounts are done by Jenna. Try j.trevithick@penwithsurf.example.", WRONG, sender="kai@penwithsurf.example", fam=["not-my-job"]),
    Reply("S2205", at(26, "12:00", PL), "Hello, I am not working in accounting any more, I moved to logistics. Please write to ksiegowosc@wisla-bike.example.\nAgnieszka", WRONG, sender=1, fam=["moved-role", "non-native-polish"]),
    Reply("S2206", at(26, "10:30", CN), "Dear, Ms Chen has left company. Please contact Mr Wang, wang.jun@greenleafbamboo.example.", WRONG, sender=0, fam=["contact-left", "non-native-chinese"]),
    Reply("S2208", at(25, "15:30", IT), "Good afternoon, Sellerie Ferraresi was bought by Gruppo Selle Italiane. The old address amministrazione@ will close, the new payables team is ap@selleitaliane.example.", WRONG, fam=["acquisition", "non-native-italian"]),
    Reply("S2209", at(24, "13:30", NG), "Please remove me from this mailing. I was a contractor on the Abuja project and no longer with Sunharvest.", WRONG, sender=1, fam=["contact-left"]),
    Reply("S2210", at(25, "16:20", IE), "This mailbox is no longer monitored. Please email c.ofarrell@galwayoysters.example.", WRONG, sender=0, headers=dict(AUTO), fam=["unmonitored-mailbox"]),
    Reply("S2212", at(26, "10:00", CA), "Patrick retired last month. I'm covering - sarah.boutilier@halifaxpilots.example - please update your records.", WRONG, sender="sarah.boutilier@halifaxpilots.example", fam=["contact-left"]),
    Reply("S2211", at(26, "12:15", AU), "Hi, payables for the ferry business moved to our parent, Bass Strait Holdings: ap@bassstraitholdings.example. Please redirect.", WRONG, fam=["acquisition"]),
    Reply("S2202", at(25, "08:40", TX), "Dale is out of the loop on vendor payments now, please write to ap@lonestarpecans.example only.", WRONG, sender=1, fam=["moved-role"]),
    # other
    Reply("S2201", at(25, "13:30", GB), "Is this email genuine? We had a fake invoice last month with changed bank details. Please confirm your sort code by phone.", OTHER, human=["fraud alert"], fam=["fraud-alert"]),
    Reply("S2205", at(25, "15:15", PL), "Thank you, received.", OTHER, fam=["no-action", "acknowledgement"]),
    Reply("S2206", at(24, "13:00", CN), "Dear Sir, can we pay by credit card? Our bank transfer fee to Germany is high.", OTHER, human=["payment-method question"], fam=["payment-method"]),
    Reply("S2208", at(23, "14:40", IT), "Dear, your reminder tone is very aggressive for a customer of 12 years. We are disappointed.", OTHER, human=["tone complaint"], fam=["tone-complaint", "non-native-italian"]),
    Reply("S2209", at(26, "17:30", NG), "Please we need your W-8BEN-E and bank letter on letterhead before our system can pay foreign vendors.", OTHER, human=["paperwork"], fam=["tax-forms"]),
    Reply("S2210", at(23, "11:30", IE), "Grand, thanks, passed to accounts.", OTHER, sender=1, fam=["no-action", "forwarded"]),
    Reply("S2212", at(27, "15:00", CA), "Hi, I rang your office this morning and paid 22122 by card over the phone with Bruno. Can you confirm it went through?", OTHER, inv=["22122"], human=["card payment over the phone: confirm"], fam=["card-over-phone"], note="asks to confirm a card payment; not a bank payment claim we can match"),
    Reply("S2202", at(23, "09:00", TX), "Thank you for contacting Lone Star Pecan AP. Your ticket #AP-55102 has been created. A team member will respond within 3 business days.", OTHER, headers=dict(AUTO), fam=["no-action", "ticketing-system"]),
    Reply("S2207", at(26, "11:20", EG), "This is to notify you that Alexandria Delta Cotton Mills SAE has filed for judicial restructuring before the Economic Court of Alexandria. All claims must be submitted to the court-appointed trustee. Office of the Trustee, Adv. Nabil Fahmy", OTHER, sender="trustee@fahmylaw.example", human=["insolvency notice"], fam=["insolvency"]),
    Reply("S2203", at(27, "16:00", PAC), "My attorney will be in touch. You shipped the wrong kayaks and now you're harassing me.", DIS, sender=1, human=["legal threat"], fam=["legal-threat"]),
]
