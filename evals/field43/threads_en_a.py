"""English replies, part A: dated commitments from the restaurant groups, dental chains and event agencies (8–12 March 2027)."""

from __future__ import annotations

from evals.field43.build import Payment, Reply
from evals.field43.kit import AUTO, CA_E, CA_M, CET, GB, IE, US_C, US_E, US_P, at

PAYMENTS = [
    Payment("BK43-001", "A4306", "2027-03-12", "1320.00", "USD", "LAKESHORE DINER GRP INSTALLMENT"),
]

REPLIES = [
    Reply("A4301", at(8, "09:12", GB), "Hi, both will go in Thursday's payment run.\n\nJenna", "promise_to_pay", "2027-03-11",
          fam=["bare-weekday", "payment-run", "terse-mobile", "restaurant-group"]),
    Reply("A4301", at(9, "16:40", GB), "Morning — sorry about the delay, Mothering Sunday weekend flattened us at all four sites. "
          "94301 will be paid on the 19th, the smaller one (94302) with it.\n\nRegards\nAccounts team\nHarbourline Hospitality",
          "promise_to_pay", "2027-03-19", sender=0, fam=["ordinal-alone", "holiday-distractor", "restaurant-group"]),
    Reply("A4301", at(10, "11:05", GB), "Jenna's off till Monday but she asked me to let you know the £4,860 goes out next Friday.\n\n"
          "Owen\n(kitchen office, Borough Market site)", "promise_to_pay", "2027-03-19", amount="4860.00", inv=["94301"], partial=False,
          sender="o.hughes@harbourline-hospitality.example", fam=["next-weekday", "colleague-for-contact", "unknown-sender"]),
    Reply("A4301", at(11, "22:50", GB), "Paying 94302 tomorrow first thing, the big one at the end of the month once the Easter "
          "booking deposits are in.", "promise_to_pay", "2027-03-12",
          fam=["two-dates", "late-evening", "reason-not-condition", "tomorrow"]),
    Reply("A4302", at(8, "10:20", GB), "Dear Sir/Madam,\n\nThank you for your reminder regarding invoice INV-2026-94303 (our purchase "
          "order SDP-PO-3318).\n\nThe invoice has now been approved by the Partners and is scheduled for our BACS run of Wednesday "
          "17 March 2027.\n\nYours faithfully\n\nPayables Team\nSaltmarsh Dental Partners LLP\n\nSaltmarsh Dental Partners LLP is a "
          "limited liability partnership registered in England and Wales (OC411207). Registered office: 14 Harbour Street, "
          "Whitstable, Kent. This email and any attachments are confidential and intended solely for the addressee. If you have "
          "received it in error please notify the sender and delete it. Patient information must never be sent to this mailbox.",
          "promise_to_pay", "2027-03-17", sender=0, fam=["formal-ap", "long-disclaimer", "weekday-date", "dental-chain"]),
    Reply("A4302", at(11, "13:47", GB), "We pay on the 25th — the last run before Good Friday.\n\nRichard",
          "promise_to_pay", "2027-03-25", fam=["ordinal-alone", "holiday-distractor", "terse"]),
    Reply("A4303", at(8, "08:05", US_C), "Hello,\n\nINV-2026-94304 has been approved and will be paid via ACH on 3/19. INV-2026-94305 is "
          "pending receiving sign-off from our event team.\n\nThanks,\nAccounts Payable\nCopperline Events Inc.", "promise_to_pay",
          "2027-03-19", human=["undated remainder"], sender=0, fam=["us-numeric", "one-of-two", "ach", "event-agency"]),
    Reply("A4303", at(9, "14:31", US_C), "Check cut on 3/12, mailing it the same day. Covers both invoices, $15,030.00. Check #20417.\n\nDana",
          "promise_to_pay", "2027-03-12", amount="15030.00", ref="20417", partial=False,
          fam=["check-cut", "us-numeric", "cheque-number", "whole-balance"]),
    Reply("A4303", at(10, "10:02", US_C), "We're net 30 from receipt of a correct invoice. 94305 came in on 2/22 so it's due 3/24 and that's "
          "when it'll go. 94304 goes this Friday.\n\nDana Kowalski\nController", "promise_to_pay", "2027-03-12",
          fam=["net-30", "two-dates", "invoice-date-distractor", "us-numeric"]),
    Reply("A4303", at(11, "15:55", US_C), "Per Dana: ACH for INV-2026-94305 ($2,380.00) will initiate 03/15/2027. Remittance will follow "
          "from our payments system.\n\nAP", "promise_to_pay", "2027-03-15", amount="2380.00", inv=["94305"], partial=False, sender=0,
          fam=["us-numeric", "ach", "one-invoice-whole", "shared-mailbox"]),
    Reply("A4304", at(8, "11:40", CA_E), "Hi there, we know we're on hold. Payment of $7,940.00 will be released on March 18. Can you lift "
          "the hold once it lands so the Oakville store can reorder?\n\nPriya", "promise_to_pay", "2027-03-18", amount="7940.00",
          partial=False, fam=["month-name-date", "credit-hold", "franchise-retail", "whole-balance"]),
    Reply("A4304", at(10, "15:18", CA_E), "Good afternoon,\n\nPlease be advised that invoice INV-2026-94306 is included in our payment "
          "proposal for the week of March 22.\n\nRegards,\nAP Invoices\nMaple Crest Franchise Holdings Ltd.", "promise_to_pay",
          "2027-03-26", sender=0, fam=["week-of", "holiday-on-date", "formal-ap", "credit-hold"],
          note="the week of 22 March with no day is its Friday, 26 March, Good Friday taken as written"),
    Reply("A4305", at(8, "09:30", US_P), "Hi! 94307 and 94308 are both on our 3/11 check run.\n\nKim", "promise_to_pay", "2027-03-11",
          fam=["us-numeric", "payment-run", "terse", "dental-chain"]),
    Reply("A4305", at(9, "23:40", US_P), "paying the 860 one tmrw, the 5315 next wk", "promise_to_pay", "2027-03-10", amount="860.00",
          partial=False, sender=0, fam=["late-evening", "tomorrow", "two-dates", "terse-mobile", "figure-names-invoice"]),
    Reply("A4305", at(12, "08:15", US_P), "Friday is our vendor pay day. Not today though, the AP system is down since last night — "
          "next Friday for sure.\n\nKim", "promise_to_pay", "2027-03-19", fam=["next-weekday", "not-x-but-y", "written-on-friday"]),
    Reply("A4306", at(8, "07:55", US_E), "Instalment 3 of 5, $1,320.00, goes out Monday the 15th like we agreed.\n\nTom Walsh\nLakeshore Diner Group",
          "promise_to_pay", "2027-03-15", amount="1320.00", fam=["instalment-existing-plan", "weekday-ordinal", "restaurant-group"]),
    Reply("A4306", at(11, "12:10", US_E), "Hi, Tom says the March installment will be late by a week, so the 22nd instead of the 15th. "
          "Sorry about that.\n\nLakeshore Diner Group — Billing", "promise_to_pay", "2027-03-22", human=["partial"], sender=0,
          fam=["instalment-existing-plan", "moved-date", "ordinal-alone"]),
    Reply("A4307", at(8, "09:48", CET), "Good morning,\n\nI apologize for the delay, we had the inspection of ASL in two of our restaurants "
          "last week. We will pay the invoice 94310 within the 20 of March and the 94311 together.\n\nBest regards\nGiulia Bellucci\n"
          "Trattorie Fratelli Bellucci Srl - Bologna", "promise_to_pay", "2027-03-20",
          fam=["non-native-it", "entro-date", "italian-family-firm", "weekend-date"]),
    Reply("A4307", at(9, "10:30", CET), "Dear Sirs,\nthe payment is foreseen for end of month (31/03).\nKind regards\n\nUfficio Amministrazione\n"
          "Trattorie Fratelli Bellucci Srl\nVia del Pratello 41 - 40122 Bologna\nP.IVA 03187250377", "promise_to_pay", "2027-03-31",
          sender=0, fam=["non-native-it", "month-end", "locale-numeric-dayfirst"]),
    Reply("A4307", at(11, "16:12", CET), "Hello again, sorry, yesterday I wrote to your colleague 19/3 but is wrong, the 19 my brother is "
          "in Milano for the fair and he must sign the bank. Correct date is Monday 22/3.\n\nGiulia", "promise_to_pay", "2027-03-22",
          fam=["non-native-it", "moved-date", "own-signature-not-condition", "locale-numeric-dayfirst"]),
    Reply("A4308", at(8, "08:02", CET), "Hello. We pay 8.150 euro on 15th march.\nMarco Rinaldi", "promise_to_pay", "2027-03-15",
          amount="8150.00", partial=False, fam=["non-native-it", "dotted-thousands", "whole-balance", "terse"]),
    Reply("A4308", at(10, "11:26", CET), "Good day,\nfor the invoice 94312 we do the bank transfer with value date 18.03.2027.\n"
          "Best regards\nContabilità - Salumificio Rinaldi & Figli Srl\nLanghirano (PR)", "promise_to_pay", "2027-03-18", sender=0,
          fam=["non-native-it", "value-date", "dotted-numeric"]),
    Reply("A4309", at(8, "12:33", IE), "Hi,\n\nWe'll clear both before Paddy's Day — Tuesday 16th at the latest.\n\nCiara", "promise_to_pay",
          "2027-03-16", fam=["holiday", "at-the-latest", "weekday-ordinal", "event-agency"]),
    Reply("A4309", at(10, "14:50", IE), "Hi there,\n\n94313 goes in Friday's EFT run. 94314 we have a query on, Ciara will email you "
          "separately about it.\n\nThanks\nFinance\nNorthgate Events & Staging", "promise_to_pay", "2027-03-12",
          human=["undated remainder"], sender=0, fam=["one-of-two", "bare-weekday", "payment-run"]),
    Reply("A4310", at(9, "10:44", CA_M), "Our cheque run is every second Thursday. Yours is on the next one, March 18.\n\nBrent",
          "promise_to_pay", "2027-03-18", fam=["payment-cycle", "month-name-date", "restaurant-group"]),
    Reply("A4310", at(11, "13:20", CA_M), "We will pay $3,480.00 by EFT within 10 business days of today.\n\nAccounts Payable\n"
          "Prairie Table Restaurants Ltd.", "promise_to_pay", "2027-03-25", amount="3480.00", partial=False, sender=0,
          fam=["working-days", "whole-balance"]),
    Reply("A4311", at(8, "16:05", US_E), "Our attorney has advised us to pay the principal. $11,200 will be wired on 3/22. Please direct "
          "any further correspondence regarding late fees to his office.\n\nLou Ferraro\nPractice Administrator", "promise_to_pay",
          "2027-03-22", amount="11200.00", partial=False, fam=["legal-account", "us-numeric", "counsel"]),
    Reply("A4302", at(9, "09:05", GB), "Dear Accounts Receivable,\n\nPlease note the invoice is approved and scheduled for payment on "
          "23/03/2027.\n\nKind regards,\n\nPayables | Saltmarsh Dental Partners LLP\nT 01227 550 210", "promise_to_pay", "2027-03-23",
          sender=0, html=True, fam=["html-outlook", "locale-numeric-dayfirst", "formal-ap"]),
    Reply("A4301", at(12, "10:10", GB), "Hi, yes sorry. We were meant to pay last Friday, the 5th, and it got missed in the handover to "
          "our new bookkeeper. I've put it in for Tuesday.\n\nJenna", "promise_to_pay", "2027-03-16",
          fam=["past-date-distractor", "bare-weekday", "written-on-friday"]),
    Reply("A4303", at(12, "07:30", US_C), "FYI see Rick's OK below. Both go Monday.\n\n---------- Forwarded message ---------\nFrom: Rick "
          "Haldane <r.haldane@copperline-events.example>\nDate: Thu, Mar 11, 2027 at 6:02 PM\nSubject: Re: Northwind past due\nTo: Dana "
          "Kowalski <d.kowalski@copperline-events.example>\n\nApproved, release both Monday. Don't wait on the Hyatt deposit.\nR.",
          "promise_to_pay", "2027-03-15", fam=["forward-with-note", "bare-weekday", "approval-given"]),
    Reply("A4305", at(10, "13:02", US_P), "Hi,\n\nOur office is consolidating AP for all 6 clinics. INV-2026-94307 will be paid 03/17/2027 "
          "via ACH. INV-2026-94308 to follow on 03/24/2027.\n\nThank you,\nKim Nguyen | AP Supervisor | Bayview Smile Clinics",
          "promise_to_pay", "2027-03-17", html=True, fam=["html-outlook", "us-numeric", "two-dates", "dental-chain"]),
    Reply("A4309", at(11, "09:40", IE), "Apologies for the silence, year-end audit (our year ends 28 Feb) ate the last fortnight. Paying "
          "the full €4,800 on Monday 15th.\n\nCiara Byrne\nFinance Manager", "promise_to_pay", "2027-03-15", amount="4800.00",
          partial=False, fam=["weekday-ordinal", "fiscal-year-distractor", "whole-balance"]),
    Reply("A4310", at(8, "17:48", CA_M), "We'll pay it. Three reminders in two weeks is a bit much though, we've been a customer for nine "
          "years.\n\nBrent", "promise_to_pay", sec=["other"], human=["undated", "tone complaint"],
          fam=["undated", "tone-complaint", "annoyed"]),
    Reply("A4306", at(10, "19:22", US_E), "sending the 1320 fri\n\nSent from my iPhone", "promise_to_pay", "2027-03-12", amount="1320.00",
          fam=["instalment-existing-plan", "abbrev-weekday", "terse-mobile"]),
    Reply("A4311", at(11, "10:15", US_E), "Dr. Ferraro's office. Lou asked me to tell you the wire went out— sorry, is going out — "
          "tomorrow morning.", "promise_to_pay", "2027-03-12", sender=0, fam=["self-correction", "tomorrow", "legal-account"]),
    Reply("A4304", at(12, "09:12", CA_E), "Update: our bank moved the release to 03/19. Same amount.\n\nPriya", "promise_to_pay",
          "2027-03-19", fam=["moved-date", "numeric-unambiguous", "credit-hold"]),
    Reply("A4301", at(8, "14:25", GB), "Your statement shows two invoices, our ledger agrees. Both will be settled via BACS on 12/03.\n\n"
          "Accounts", "promise_to_pay", "2027-03-12", sender=0, fam=["locale-numeric-dayfirst", "statement"]),
    Reply("A4303", at(8, "13:00", US_C), "[AP-TICKET #88213] Status: Resolved\n\nYour inquiry regarding INV-2026-94304 has been resolved.\n"
          "Resolution: Invoice approved. Scheduled payment date: 03/18/2027. Payment method: ACH.\n\nThis is an automated message from "
          "the Copperline Events AP Helpdesk. Please do not reply.", "promise_to_pay", "2027-03-18", inv=["94304"], sender=0,
          headers=AUTO, fam=["ticketing-system", "us-numeric", "machine-promise"]),
    Reply("A4307", at(10, "17:35", CET), "Hello, the accountant says we can pay only after the bank give us the new fido (credit line), "
          "I think around 25 march.\nGiulia", "promise_to_pay", "2027-03-25", human=["conditional"],
          fam=["non-native-it", "condition-date", "bank-credit-line", "mixed-language"]),
    Reply("A4305", at(11, "11:11", US_P), "If you can send us a W-9 today we'll pay both 3/16. Otherwise it gets pushed to the following "
          "cycle.\n\nKim", "promise_to_pay", "2027-03-16", sec=["other"], human=["conditional", "tax form"],
          fam=["condition-our-act", "w9", "us-numeric"]),
    Reply("A4309", at(12, "11:30", IE), "Ciara here — small correction to Monday's email: not the 16th, we're paying on the 18th, the day "
          "after Paddy's Day.", "promise_to_pay", "2027-03-18", fam=["moved-date", "not-x-but-y", "holiday"]),
    Reply("A4302", at(10, "18:02", GB), "OK for the 31st.\n\nRichard Osei\nSent from Outlook for iOS", "promise_to_pay", "2027-03-31",
          fam=["ordinal-alone", "terse-mobile", "quarter-end"]),
    Reply("A4308", at(11, "15:40", CET), "We transfer tomorrow 5.000 and the rest 3.150 on 26 march.\nMarco", "promise_to_pay",
          "2027-03-12", amount="5000.00", fam=["non-native-it", "two-parts", "partial-amount", "tomorrow"]),
    Reply("A4310", at(12, "08:03", CA_M), "Paying Monday.", "promise_to_pay", "2027-03-15",
          fam=["bare-weekday", "terse-mobile", "written-on-friday"]),
    Reply("A4301", at(11, "09:02", GB), "Hi — per our call this morning, I'll pay £2,000 today and the balance of £4,135 by 26 March.\n\n"
          "Jenna", "promise_to_pay", "2027-03-11", amount="2000.00", fam=["two-parts", "partial-amount", "today"]),
    Reply("A4305", at(8, "12:45", US_P), "Hi there,\n\nWe are migrating to a new AP system (go-live 3/22), so nothing will be released "
          "until after that. Expect payment 3/26.\n\nKim Nguyen", "promise_to_pay", "2027-03-26",
          fam=["us-numeric", "event-distractor", "system-migration"]),
    Reply("A4304", at(9, "14:14", CA_E), "Payment will follow on or about April 9, after the franchise royalties for Q1 are settled by "
          "the stores.\n\nAP Invoices", "promise_to_pay", "2027-04-09", sender=0, human=["conditional"],
          fam=["more-than-30-days", "third-party-payment", "franchise-retail"]),
    Reply("A4303", at(11, "17:20", US_C), "We're waiting on our client (the February gala) to pay us. Once they pay, we pay you — likely "
          "the week of 3/22.\n\nDana", "promise_to_pay", "2027-03-26", human=["conditional"],
          fam=["third-party-payment", "week-of", "condition-date", "event-agency"]),
    Reply("A4306", at(12, "16:40", US_E), "Tom here. The $1,320 installment went out today, and I'll do another $1,320 on the 29th to "
          "catch up.", "already_paid", "2027-03-29", amount="1320.00", sec=["promise_to_pay"], human=["amount differs"],
          fam=["instalment-existing-plan", "paid-and-promise", "ordinal-alone"]),
    Reply("A4308", at(12, "10:50", CET), "Hello, can we pay half now and the other half when the Salone del Prosciutto is finished, so "
          "end of April? Is ok for you?\nMarco Rinaldi", "payment_plan_request", "2027-03-12",
          fam=["non-native-it", "half-now", "plan-asked"]),
]
