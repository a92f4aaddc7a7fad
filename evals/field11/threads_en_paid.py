"""English already-paid replies: references written differently from the bank line (spaces, prefixes, the payer's name),
remittance attachments, short payments, a forward below "FYI", a payment the bank has not shown yet."""

from evals.field.build import Payment, Reply

PAYMENTS: list[Payment] = [
    Payment("BK11-001", "R1101", "2026-11-20", "3120.00", "GBP", "HARBOURSIDE JOINERY HJ 20431"),
    Payment("BK11-002", "R1102", "2026-11-19", "5480.00", "USD", "ACH LAKEMONT VET GRP 000771203"),
    Payment("BK11-003", "R1103", "2026-11-23", "1890.00", "EUR", "SEPA CSL-NOV-0419 COBALT SIGNAGE"),
    Payment("BK11-004", "R1104", "2026-11-21", "4245.00", "USD", "TAMARIND FOODS SWIFT UTR SBIN62611204"),
    Payment("BK11-005", "R1107", "2026-11-18", "1275.00", "USD", "CHK 40882"),
    Payment("BK11-006", "R1110", "2026-11-17", "9975.00", "GBP", "MERIDIAN LOG PAYRUN 2026 46"),
    Payment("BK11-007", "R1108", "2026-11-24", "6120.00", "USD", "KAROO SOLAR INST EFT 88120033"),
    Payment("BK11-008", None, "2026-11-22", "745.00", "GBP", "FASTER PMT J WHITCOMBE"),
]

REPLIES: list[Reply] = [
    Reply("R1101", "2026-11-24T09:40:00+00:00", "Paid on the 20th, ref HJ-20431. Please check before chasing again.",
          "already_paid", ref="HJ-20431", inv=["11011"], sender=1, fam=["paid", "ref-with-prefix", "payer-name-appended"]),
    Reply("R1102", "2026-11-23T11:30:00-05:00", "Hi - this was paid via ACH on 11/19, trace number 000771203. Please reapply.",
          "already_paid", ref="000771203", fam=["paid", "us-numeric", "ach-trace"]),
    Reply("R1103", "2026-11-24T12:00:00+00:00", "We sent it yesterday, reference CSL NOV 0419.\n\nSinead",
          "already_paid", ref="CSL NOV 0419", sender=1, fam=["paid", "ref-with-spaces"]),
    Reply("R1104", "2026-11-24T15:20:00+05:30", "Dear Team,\n\nPayment already remitted on 21/11 vide UTR SBIN62611204. Bank charges of USD 15 deducted by intermediary bank. Kindly check and confirm.\n\nRegards\nAccounts",
          "already_paid", ref="SBIN62611204", human=["amount differs"], fam=["paid", "non-native", "en-IN", "bank-charges", "paid-short"]),
    Reply("R1107", "2026-11-23T13:05:00-05:00", "We mailed check #40882 for $1,275 on Nov 18. The $390 one I don't see, can you resend it?",
          "already_paid", sec=["invoice_resend"], ref="40882", inv=["11071", "11072"], human=["amount differs"], fam=["paid", "cheque", "plus-resend"], note="the check covers 11071 only"),
    Reply("R1110", "2026-11-24T10:45:00+00:00", "Good morning,\n\nPlease see attached remittance.\n\nAP Shared Service Centre",
          "already_paid", ref="PAYRUN 2026/46", attachments=[("Remittance_Advice_PAYRUN2026-46.pdf", "application/pdf", "REMITTANCE ADVICE\nMeridian Logistics Ltd\nPayment run: PAYRUN 2026/46\nValue date: 17/11/2026\nSupplier: Northwind Supplies GmbH\nINV-2026-11101   GBP 9,975.00\nTotal paid: GBP 9,975.00")],
          fam=["paid", "remittance-attachment", "shared-service-centre"]),
    Reply("R1108", "2026-11-25T09:00:00+02:00", "Johan asked me to tell you it was paid yesterday, EFT ref 88120033.\n\nLindiwe\nFinance Assistant",
          "already_paid", ref="88120033", fam=["paid", "assistant", "ref-digits-only"]),
    Reply("R1101", "2026-11-24T18:30:00+00:00", "Hi, I paid the £745 on Sunday from my own account (J Whitcombe) by mistake, can you allocate it to Harbourside please. Jane, bookkeeper",
          "already_paid", inv=["11012"], sender=2, human=["no matching payment"], fam=["paid", "bookkeeper", "paid-from-wrong-account", "unidentified-payment"]),
    Reply("R1105", "2026-11-26T09:15:00+11:00", "Paid. Check your bank.",
          "already_paid", human=["no matching payment"], fam=["paid", "terse", "no-reference"]),
    Reply("R1106", "2026-11-24T14:00:00+00:00", "FYI - see below from our payments team.\n\n---------- Forwarded message ---------\nFrom: Payments Team <payments@stonebridge-housing.example>\nDate: Mon, 23 Nov 2026 at 16:02\nSubject: Northwind\n\nLewis, Northwind INV-2026-11061 for £8,840.00 was included in BACS run 1123 on 23/11. Ref SHA-PAY-1123.",
          "already_paid", ref="SHA-PAY-1123", sender=1, human=["no matching payment"], fam=["paid", "forwarded-chain", "fyi", "flag-strategic"]),
    Reply("R1109", "2026-11-23T10:30:00+00:00", "Dear Sirs, payment was made from our office account on 19 November. Please check your records.",
          "already_paid", human=["no matching payment"], fam=["paid", "formal", "flag-legal"]),
    Reply("R1102", "2026-11-25T13:00:00-05:00",
          "Hi,\n\nThis invoice was paid on November 19 via ACH (trace 000771203). Please update your records and confirm the account is current.\n\nThank you,\nDana Ortiz\nPractice Controller | Lakemont Veterinary Group\nThis message may contain confidential information protected under HIPAA. If you are not the intended recipient, delete it.",
          "already_paid", ref="000771203", sender=1, html=True, fam=["paid", "html-outlook", "ach-trace"]),
    Reply("R1107", "2026-11-25T09:40:00-05:00", "omg so sorry, we're a mess this month. the 1275 one was check 40882 last week tho!",
          "already_paid", ref="40882", inv=["11071"], fam=["paid", "typo-voice", "cheque"]),
    Reply("R1103", "2026-11-26T16:10:00+00:00", "Please stop. This was settled on Monday. Our reference was CSL-NOV-0419. If you send another of these I will take my business elsewhere.",
          "already_paid", ref="CSL-NOV-0419", fam=["paid", "angry", "threat-to-leave"]),
]

