"""English replies, part B: more commitments, plans and the borders around them (8–12 March 2027)."""

from __future__ import annotations

from evals.field43.build import Payment, Reply
from evals.field43.kit import CA_E, CA_M, CET, GB, IE, US_C, US_E, US_P, at

PAYMENTS = [
    Payment("BK43-002", "A4305", "2027-03-12", "860.00", "USD", "BAYVIEW SMILE CLINICS PLLC ACH 94308"),
]

REPLIES = [
    Reply("A4303", at(8, "22:15", US_C), "Quick one from my phone — 94304 goes out Weds. The other one I need to check against the BEO, "
          "looks like you billed the extra AV tech twice.", "dispute", "2027-03-10", inv=["94304", "94305"], sec=["promise_to_pay"],
          fam=["abbrev-weekday", "late-evening", "duplicate-billing", "terse-mobile"]),
    Reply("A4305", at(9, "08:50", US_P), "Good morning,\n\nBoth invoices have been approved. Payment will be issued by check on Thursday, "
          "March 18th. Please allow 5–7 business days for mail delivery.\n\nKim Nguyen\nAP Supervisor", "promise_to_pay", "2027-03-18",
          fam=["weekday-date", "check-by-mail", "delivery-time-distractor"]),
    Reply("A4305", at(10, "10:05", US_P), "This is scheduled for 3/12. If you don't see it by 3/19 let us know.\n\nAccounts Payable",
          "promise_to_pay", "2027-03-12", sender=0, fam=["us-numeric", "second-date-distractor"]),
    Reply("A4304", at(11, "16:30", CA_E), "Our controller approved the release for Tuesday. I'll send the remittance then.\n\nPriya",
          "promise_to_pay", "2027-03-16", fam=["bare-weekday", "approval-given", "credit-hold"]),
    Reply("A4310", at(10, "09:15", CA_M), "Paying 3480 on the 22nd. The 17th is our St Patrick's party at the Kensington location so nobody "
          "will be in the office lol\n\nBrent", "promise_to_pay", "2027-03-22", amount="3480.00", partial=False,
          fam=["ordinal-alone", "holiday-distractor", "figure-without-currency"]),
    Reply("A4309", at(9, "11:20", IE), "Hello,\n\nYour invoice 94314 for €590 will be paid with the weekly run this Thursday; 94313 has "
          "already been approved and goes on 23/3.\n\nFinance", "promise_to_pay", "2027-03-11", amount="590.00", partial=False,
          inv=["94314", "94313"], sender=0, fam=["two-dates", "this-weekday", "locale-numeric-dayfirst"]),
    Reply("A4302", at(11, "10:40", GB), "Good morning,\n\nWe have set the payment for Monday week.\n\nPayables", "promise_to_pay",
          "2027-03-22", sender=0, fam=["weekday-week", "formal-ap"]),
    Reply("A4301", at(10, "15:15", GB), "Hiya, just to say finance have it in for 'mid-March'. I'd guess the 15th.\n\nAccounts",
          "promise_to_pay", "2027-03-15", sender=0, fam=["mid-month", "hedged"]),
    Reply("A4311", at(9, "14:45", US_E), "Check will be cut 3/17 per our counsel.\n\nL. Ferraro", "promise_to_pay", "2027-03-17",
          fam=["check-cut", "us-numeric", "legal-account"]),
    Reply("A4306", at(8, "12:02", US_E), "Hi,\n\nThe March payment on the plan is scheduled for 3/15 — our bank shows it pending.\n\n"
          "Regards,\nBilling", "promise_to_pay", "2027-03-15", human=["partial"], sender=0,
          fam=["instalment-existing-plan", "us-numeric", "scheduled"]),
    Reply("A4307", at(12, "09:20", CET), "Good morning,\nwe confirm the payment of invoices n. 94310 and 94311 (total euro 4.655,00) with "
          "bank transfer on date 19/03/2027. It is San Giuseppe, the Festa del Papà, but the office is open.\nRegards\n"
          "Amministrazione", "promise_to_pay", "2027-03-19", amount="4655.00", partial=False, sender=0,
          fam=["non-native-it", "locale-numeric-dayfirst", "holiday-on-date", "whole-balance"]),
    Reply("A4308", at(9, "19:40", CET), "Dear Northwind,\nI am very sorry. My father (the founder) is in hospital since February and I "
          "manage everything alone. Pay next week, I promise, the Wednesday.\nMarco", "promise_to_pay", "2027-03-17",
          fam=["non-native-it", "next-week-weekday", "family-firm", "apology"]),
    Reply("A4309", at(8, "16:55", IE), "Hi, we're in the middle of the Six Nations hospitality madness. EFT will go Thursday week.\n\n"
          "Ciara", "promise_to_pay", "2027-03-18", fam=["weekday-week", "event-agency"]),
    Reply("A4303", at(12, "11:45", US_C), "Payment for both invoices is scheduled for the first check run after quarter close, April 5.\n\n"
          "Accounts Payable", "promise_to_pay", "2027-04-05", sender=0, fam=["quarter-distractor", "month-name-date", "payment-run"]),
    Reply("A4305", at(11, "14:22", US_P), "We pay vendors on the 1st and the 15th. You'll be in the 15th.\n\nKim", "promise_to_pay",
          "2027-03-15", fam=["payment-cycle", "ordinal-alone"]),
    Reply("A4304", at(8, "10:10", CA_E), "Good morning,\n\nInvoice 94306 requires approval from the franchisee (Store #114) before we can "
          "pay. Once approved it will be paid in the next weekly run.\n\nAP Invoices", "promise_to_pay", human=["conditional"], sender=0,
          fam=["third-party-approval", "undated", "franchise-retail"]),
    Reply("A4310", at(9, "15:02", CA_M), "Hello,\n\nWe will pay your invoice in our next EFT batch on 15/03/2027.\n\nAccounts Payable",
          "promise_to_pay", "2027-03-15", sender=0, fam=["locale-numeric-dayfirst", "en-ca"]),
    Reply("A4302", at(8, "15:30", GB), "Hi, apologies — our Canterbury practice moved to a new practice management system and the "
          "purchase ledger is behind. Realistically end of next week.\n\nRichard", "promise_to_pay", "2027-03-19",
          fam=["end-of-next-week", "hedged", "dental-chain"]),
    Reply("A4301", at(9, "12:00", GB), "Hi there,\n\nThanks for the nudge. We'll pay both invoices (£6,135.00 total) on Friday 19th March.\n\n"
          "Best,\nJenna Pryce | Group Finance Manager | Harbourline Hospitality Group\n3 Tooley Street, London SE1", "promise_to_pay",
          "2027-03-19", amount="6135.00", partial=False, html=True, fam=["html-outlook", "weekday-date", "whole-balance"]),
    Reply("A4311", at(10, "11:35", US_E), "We will pay when the insurance reimbursement for the flood repairs comes through.\n\nOffice",
          "promise_to_pay", human=["conditional"], sender=0, fam=["third-party-payment", "undated", "legal-account"]),
    Reply("A4306", at(9, "20:12", US_E), "Tom. Can't do the full $1,320 this month — $800 on the 15th and the other $520 on the 31st? "
          "Let me know.", "payment_plan_request", "2027-03-15", amount="800.00",
          fam=["stretch-plan", "instalment-existing-plan", "ordinal-alone", "question"]),
    Reply("A4307", at(8, "12:15", CET), "Buongiorno,\nwe have received your reminder. The payment will be done by the end of next week, our "
          "accountant Dr. Fabbri is preparing the F24 first.\nGiulia Bellucci", "promise_to_pay", "2027-03-19",
          fam=["non-native-it", "end-of-next-week", "own-accountant-not-condition"]),
    Reply("A4308", at(10, "08:40", CET), "Sorry, Monday I wrote 15th but the bank has a problem with the new token for the home banking. We "
          "pay Wednesday 17.\nM. Rinaldi", "promise_to_pay", "2027-03-17",
          fam=["non-native-it", "moved-date", "weekday-ordinal"]),
    Reply("A4309", at(11, "12:25", IE), "We only pay against a statement. Please send one and it'll go in next Thursday's run.\n\nFinance",
          "promise_to_pay", "2027-03-18", sec=["invoice_resend"], human=["conditional"], sender=0,
          fam=["next-weekday", "condition-our-act", "statement"]),
    Reply("A4310", at(12, "10:35", CA_M), "Brent here. I said Monday — make that Wednesday, the bank has a hold on our new account until then.",
          "promise_to_pay", "2027-03-17", fam=["moved-date", "bare-weekday", "written-on-friday"]),
    Reply("A4303", at(9, "16:10", US_C), "We can do $5,000 this Friday and the remaining $10,030 on 3/26.\n\nDana", "promise_to_pay",
          "2027-03-12", amount="5000.00", fam=["two-parts", "partial-amount", "us-numeric"]),
    Reply("A4305", at(12, "23:10", US_P), "Sorry for the late reply — the 860 went out today, the 5315 goes Tuesday.\n\nKim",
          "already_paid", "2027-03-16", amount="5315.00", partial=False, sec=["promise_to_pay"],
          fam=["paid-and-promise", "late-evening", "bare-weekday"]),
    Reply("A4302", at(12, "09:30", GB), "Dear Sir/Madam,\n\nWe confirm that invoice INV-2026-94303 will be paid in full (GBP 9,420.00) on "
          "30 March 2027, the first BACS run after the Easter bank holidays.\n\nPayables Team\nSaltmarsh Dental Partners LLP",
          "promise_to_pay", "2027-03-30", amount="9420.00", partial=False, sender=0,
          fam=["month-name-date", "holiday", "formal-ap", "whole-balance"]),
    Reply("A4304", at(10, "09:55", CA_E), "Head office says week 12. No day yet.\n\nPriya", "promise_to_pay", "2027-03-26",
          fam=["calendar-week", "terse", "credit-hold"], note="ISO week 12 with no day is its Friday, 26 March (Good Friday)"),
    Reply("A4301", at(12, "15:05", GB), "Payment run is Tuesday, so it'll be with you Wednesday or Thursday.\n\nAccounts", "promise_to_pay",
          "2027-03-16", sender=0, fam=["send-vs-land", "bare-weekday", "written-on-friday"]),
    Reply("A4311", at(12, "13:50", US_E), "Per our call: $5,600 on 3/15 and $5,600 on 4/15, per the settlement our attorney sent over.\n\n"
          "Lou Ferraro", "promise_to_pay", "2027-03-15", amount="5600.00",
          fam=["instalment-existing-plan", "us-numeric", "legal-account", "two-dates"]),
    Reply("A4307", at(11, "11:58", CET), "Gentili signori, good afternoon,\nwe pay the 94311 (715 euro) lunedì 15 marzo, the 94310 only "
          "after we receive the nota di credito for the 3 broken cases of Lambrusco that we told to your driver.\nCordiali saluti\n"
          "Giulia Bellucci", "dispute", "2027-03-15", amount="715.00", partial=False, inv=["94311", "94310"], sec=["promise_to_pay"],
          html=True, fam=["mixed-language", "non-native-it", "damaged-goods", "html-outlook", "weekday-date"]),
    Reply("A4309", at(10, "10:10", IE), "Our bank is doing a system upgrade on 13–14 March so we're paying on 12/03, before it.\n\nCiara",
          "promise_to_pay", "2027-03-12", fam=["locale-numeric-dayfirst", "event-distractor"]),
    Reply("A4305", at(9, "16:44", US_P), "We'll pay in 2 weeks.\n\nKim", "promise_to_pay", "2027-03-23", fam=["relative-span", "terse"]),
    Reply("A4306", at(10, "09:40", US_E), "Hi, can we skip the March installment and pay double in April? Traffic at the diners was "
          "terrible in February with the snow.\n\nBilling", "payment_plan_request", sender=0, fam=["skip-instalment", "restaurant-group"]),
    Reply("A4308", at(8, "15:25", CET), "Payment within 7 days.\nContabilità", "promise_to_pay", "2027-03-15", sender=0,
          fam=["relative-span", "terse", "non-native-it"]),
]
