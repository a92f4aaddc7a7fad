"""English replies that say the money has gone: remittances, cheques, short payments, payments not (yet) in the bank."""

from evals.field.build import Payment, Reply

R = Reply
A = "already_paid"

PAYMENTS = [
    Payment("BK8-001", "N801", "2026-11-23", "2950.00", "GBP", "BDL-2611 BRIDGEWAY DENTAL LAB"),
    Payment("BK8-002", "N803", "2026-11-20", "14430.00", "USD", "ACH 0210000215519 ISLAND LINK FERRIES"),
    Payment("BK8-003", "N804", "2026-11-20", "3120.00", "USD", "VG-88123"),
    Payment("BK8-004", "N806", "2026-11-21", "2335.00", "GBP", "CHQ 100482", "cheque"),
    Payment("BK8-005", "N807", "2026-11-20", "5415.00", "EUR", "GREENFURROW 08071"),
    Payment("BK8-006", "N810", "2026-11-24", "9130.00", "USD", "SBIN526325887412 MERIDIAN DIPLOMATIC"),
    Payment("BK8-007", "N812", "2026-11-20", "9340.00", "GBP", "NORTHGATE ACCESS NAS-5512"),
    Payment("BK8-008", "N813", "2026-11-26", "10620.00", "USD", "SCF0925 SOUTHERN CROSS"),
    Payment("BK8-009", "N814", "2026-11-23", "920.00", "GBP", "BVP920"),
    Payment("BK8-010", "N815", "2026-11-26", "1640.00", "USD", "NORTHWIND 08151 TIFFINDELL"),
    Payment("BK8-011", "N817", "2026-11-24", "4195.00", "USD", "TT2611230045 SPROUT AND SOW"),
    Payment("BK8-012", "N819", "2026-11-22", "960.00", "USD", "ROOKFIELD CHESS ACAD"),
    Payment("BK8-013", "N820", "2026-11-19", "8060.00", "GBP", "CHANCERY FS BACS"),
    Payment("BK8-014", "N802", "2026-11-23", "8760.00", "GBP", "TSH-RA-55102"),
    Payment("BK8-015", "N818", "2026-11-25", "15800.00", "GBP", "COBALT DESK LTD"),
    Payment("BK8-016", "N811", "2026-11-20", "1100.00", "USD", "LAKESHORE DENTAL"),
    Payment("BK8-017", "N803", "2026-11-25", "1980.00", "USD", "ILF-2231"),
    Payment("BK8-018", "N812", "2026-11-24", "9000.00", "GBP", "NORTHGATE ACCESS"),
    Payment("BK8-019", None, "2026-11-23", "2780.00", "USD", "INWARD TT 88213 NO REF"),
]

REPLIES = [
    R("N801", "2026-11-24T09:00:00+00:00", "Paid both yesterday, ref BDL-2611.\nRavi", A, ref="BDL-2611", sender=1, note="BK8-001", fam=["paid-matched", "terse"]),
    R("N803", "2026-11-23T10:15:00-05:00", "Hello,\n\nACH for both invoices was sent 11/20, trace number 021000021-5519.\n\nThank you,\nAccounts Payable\nIsland Link Ferries Inc.", A, ref="021000021-5519", note="BK8-002", fam=["paid-matched", "trace"]),
    R("N804", "2026-11-23T12:40:00-08:00", "Paid $3,120 on Friday, confirmation VG-88123. Pls stop the reminders.\nJ", A, ref="VG-88123", sender=1, note="BK8-003", fam=["paid-matched"]),
    R("N806", "2026-11-19T11:30:00+00:00", "Dear Sirs,\n\nA cheque, number 100482, was posted to you on 18 November for £2,335.00 covering both invoices.\n\nYours faithfully\nMargaret Hollins", A, ref="100482", sender=2, note="BK8-004", fam=["paid-matched", "cheque", "family-bookkeeper"]),
    R("N807", "2026-11-23T14:00:00+00:00", "Hi,\n\n08071 was paid on 20 Nov. Our bank deducts its charges at source, apologies if it is a few euro short.\n\nCiara", A, inv=["08071"], human=["amount differs"], sender=1, note="BK8-005 is 15.00 short", fam=["paid-short"]),
    R("N808", "2026-11-25T20:10:00+00:00", "Paid last Saturday from the club account.\nAlan", A, human=["no matching payment"], sender=1, fam=["paid-unmatched", "volunteer"]),
    R("N810", "2026-11-24T17:30:00+05:30", "Dear Sir,\n\nPlease find attached the remittance advice for your reference.\n\nRegards\nAccounts", A, ref="SBIN526325887412", inv=["08101", "08102"],
      attachments=[("Remittance_Advice_NW.txt", "text/plain", "MERIDIAN DIPLOMATIC SUPPLIES PVT LTD - REMITTANCE ADVICE\nBeneficiary: Northwind Supplies GmbH\nINV-2026-08101   USD 7,980.00\nINV-2026-08102   USD 1,150.00\nTotal            USD 9,130.00\nUTR: SBIN526325887412\nValue date: 24-11-2026")],
      note="BK8-006", fam=["paid-matched", "remittance-attachment", "non-native"]),
    R("N812", "2026-11-23T09:00:00+00:00", "We paid it on the 20th. Please release our orders, the crews are standing.\nLee Barnes", A, sender=1, note="BK8-007", fam=["paid-matched", "flagged"]),
    R("N813", "2026-11-26T15:20:00+11:00", "Paid 08131 today, EFT ref SCF0925.\nGrace", A, ref="SCF0925", inv=["08131"], sender=1, note="BK8-008", fam=["paid-matched", "timezone"]),
    R("N814", "2026-11-26T10:00:00+00:00", "Paid the £920 one on Monday, ref BVP920. The big one is still with Owen.", A, ref="BVP920", inv=["08142"], note="BK8-009 pays 08142", fam=["paid-matched", "one-of-two"]),
    R("N815", "2026-11-26T09:10:00+02:00", "Good morning, proof of payment attached. Regards, Admin", A, ref="NORTHWIND 08151", inv=["08151"],
      attachments=[("POP_Northwind.txt", "text/plain", "FNB Payment Notification\nDate: 2026/11/25\nAmount: USD 1,640.00\nBeneficiary: Northwind Supplies GmbH\nReference: NORTHWIND 08151")],
      note="BK8-010", fam=["paid-matched", "proof-of-payment"]),
    R("N816", "2026-11-19T16:00:00-06:00", "We mailed check #4471 on 11/16 for the full amount.\nDiane", A, ref="4471", human=["no matching payment"], sender=1, fam=["paid-unmatched", "cheque", "us-numeric"]),
    R("N817", "2026-11-24T16:00:00+08:00", "Dear Sir/Madam,\n\nPayment was made on 23/11 via TT, ref TT2611230045.\n\nBest regards\nWei Lim", A, ref="TT2611230045", human=["amount differs"], sender=1, note="BK8-011 is 15.00 short (bank charges)", fam=["paid-short", "numeric-dayfirst"]),
    R("N819", "2026-11-23T11:00:00+01:00", "Good day Sir,\nWe have paid. Kindly confirm receipt.\nChinedu", A, sender=1, note="BK8-012 by amount and date", fam=["paid-matched", "non-native"]),
    R("N820", "2026-11-20T10:00:00+00:00", "Hello,\n\nBoth invoices were paid in one BACS payment on 19 November, total £8,060.00.\n\nKind regards\nAccounts Payable", A, note="BK8-013", html=True, fam=["paid-matched", "formal-ap", "html"]),
    R("N802", "2026-11-24T08:45:00+00:00", "FYI - remittance below.\n\n-----Original Message-----\nFrom: Purchase Ledger <purchase.ledger@tallmast-scaffold.example>\nSent: 23 November 2026 16:02\nTo: Dave Fenwick <d.fenwick@tallmast-scaffold.example>\nSubject: Remittance - Northwind Supplies\n\nRemittance advice: GBP 8,760.00 paid to Northwind Supplies GmbH on 23/11/2026 against INV-2026-08021, our ref TSH-RA-55102.", A, ref="TSH-RA-55102", inv=["08021"], sender=1, quote="none", note="BK8-014", fam=["paid-matched", "forward"]),
    R("N818", "2026-11-25T15:00:00+00:00", "Paid 15,800 today. Hannah", A, sender=1, note="BK8-015", fam=["paid-matched", "flagged"]),
    R("N805", "2026-11-25T09:00:00+13:00", "paid already mate, check your bank", A, human=["no matching payment"], sender=1, note="BK8-019 is unidentified", fam=["paid-unmatched", "terse", "unidentified-payment"]),
    R("N811", "2026-11-23T09:00:00-06:00", "The $1,100 installment went out Friday.\nTina", A, human=["amount differs"], sender=1, note="BK8-016 is an instalment, not the balance", fam=["instalment-paid", "flagged"]),
    R("N803", "2026-11-25T12:00:00-05:00", "08032 paid today, ref ILF-2231. 08031 will follow on the 4th.\nMegan", A, sec=["promise_to_pay"], date="2026-12-04", ref="ILF-2231", inv=["08032", "08031"], sender=1, note="BK8-017 pays 08032", fam=["paid-plus-promise", "ordinal-alone"]),
    R("N812", "2026-11-25T11:30:00+00:00", "We have deducted £340 for the damaged boards (photos sent to your driver) and paid the rest yesterday.\nLee", "dispute", sec=["already_paid"], human=["amount differs"], sender=1, note="BK8-018", fam=["deduction", "flagged"]),
]
