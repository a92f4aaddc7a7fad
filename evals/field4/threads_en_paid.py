"""English already-paid replies and the bank lines they should or should not match (field4, hand-written)."""

from evals.field4.build import Payment as P
from evals.field4.build import Reply as R

PAYMENTS = [
    P("BK4-0001", "J401", "2026-11-18", "16440.00", "GBP", "PGW BACS 20771 PENNINE GROUNDWORKS"),
    P("BK4-0002", "J404", "2026-11-20", "2030.50", "GBP", "HARTLEY FOLD"),
    P("BK4-0003", "J406", "2026-11-21", "596.40", "GBP", "THIMBLE THISTLE"),
    P("BK4-0004", "J407", "2026-11-13", "11325.00", "GBP", "CHGPAY0041872 CORRAN HOTELS"),
    P("BK4-0005", "J408", "2026-11-05", "840.00", "GBP", "CHQ 004417", "cheque"),
    P("BK4-0006", "J410", "2026-11-10", "5740.00", "USD", "ACH CREDIT RED MESA FREIGHT 091000019876543"),
    P("BK4-0007", "J411", "2026-11-23", "22960.00", "USD", "CHK 300482", "cheque"),
    P("BK4-0008", "J412", "2026-11-20", "8215.00", "USD", "BLUEBONNET ROOFING 88213BB"),
    P("BK4-0009", "J415", "2026-11-24", "4980.00", "USD", "CHK 2711482 PINECREST SD27", "cheque"),
    P("BK4-0010", "J416", "2026-11-13", "7495.00", "EUR", "HDFCR52026111398 SHREE GANESH TEXTILES"),
    P("BK4-0011", "J417", "2026-11-23", "11280.00", "USD", "HARBOURLINE TRADING 20261120"),
    P("BK4-0012", "J418", "2026-11-17", "6870.00", "EUR", "FV 84181 VISTULA AGRO SP Z O O"),
    P("BK4-0013", "J419", "2026-11-20", "10710.00", "EUR", "/RFB/ANFM TT 2611 092 AL NOOR FACILITIES"),
    P("BK4-0014", None, "2026-11-23", "3185.00", "EUR", "TFR WCV"),
    P("BK4-0015", "J424", "2026-11-06", "2860.00", "GBP", "GREYFRIARS 84241"),
    P("BK4-0016", "J425", "2026-11-17", "7060.00", "USD", "BILL.COM PAYABLES COBALT RIDGE PM"),
    P("BK4-0017", "J414", "2026-11-09", "2745.60", "USD", "CARD TXN CRIMSON PINE", "card"),
    P("BK4-0018", "J405", "2026-11-03", "4125.00", "GBP", "AKS NORTH 4125"),
    P("BK4-0019", "J409", "2026-11-25", "6330.00", "EUR", "KCC EFT 0088213"),
    P("BK4-0020", "J403", "2026-11-24", "7200.00", "GBP", "UOC5502931 UNIVERSITY OF CALEDONIA"),
    P("BK4-0021", "J420", "2026-11-26", "4300.00", "USD", "IPE LOGISTICA LTDA"),
    P("BK4-0022", "J402", "2026-11-26", "18745.20", "GBP", "NHS SBS 5002238811"),
    P("BK4-0023", "J410", "2026-11-27", "1180.00", "USD", "RED MESA FREIGHT"),
    P("BK4-0024", "J407", "2026-11-20", "9870.00", "GBP", "CHGPAY0042115 CORRAN HOTELS"),
]

REMIT_PGW = ("REMITTANCE ADVICE\nPennine Groundworks Ltd\nPayee: Northwind Supplies GmbH\nPayment date: 18/11/2026\nOur ref: PGW-BACS-20771\n\n"
             "INV-2026-84011    12,480.00\nINV-2026-84012     3,960.00\n\nTotal paid GBP 16,440.00")
SWIFT_ANFM = ("MT103 SINGLE CUSTOMER CREDIT TRANSFER\n:20:ANFM/TT/2611/092\n:32A:261120EUR10710,00\n:50K:AL NOOR FACILITIES MANAGEMENT LLC\n"
              ":59:/DE44500105175407324931\nNORTHWIND SUPPLIES GMBH\n:70:INV 84191 84192")
TT_HLT = "TELEGRAPHIC TRANSFER APPLICATION\nApplicant: Ningbo Harbourline Trading Co., Ltd.\nAmount: USD 11,300.00\nValue date: 2026-11-20\nRef: HLT20261120-07\nDetails: INVOICE 84171"
REMIT_KCC = "Kilbride County Council - Remittance Advice\nPayment ref: KCC-EFT-0088213\nPayment date: 25/11/2026\nPO KCC-PO-2026-04417  INV-2026-84091  EUR 6,330.00"
REMIT_SBS = ("SBS Remittance Advice - St Oswald's University Hospital NHS FT\nPayment number: 5002238811\nPayment date: 26/11/2026\n"
             "INV-2026-84021  PO SOH-4500882190  GBP 18,745.20")

REPLIES = [
    R("J401", "2026-11-18T15:05:00+00:00", "Please find remittance attached.\n\nKath Whitworth\nOffice Manager", "already_paid", ref="PGW-BACS-20771", inv=["84011", "84012"],
      attachments=[("Remittance_Northwind_181126.pdf", "application/pdf", REMIT_PGW)], note="matches BK4-0001 by reference (payer name appended)",
      fam=["paid:remittance-attachment", "setting:construction"], sender=1),
    R("J404", "2026-11-21T08:40:00+00:00", "paid", "already_paid", note="bare; matches BK4-0002 by amount and date", fam=["paid:bare", "voice:terse", "setting:farm"], sender=0, quote="none"),
    R("J406", "2026-11-23T12:15:00+00:00", "paid the 596.40 one on saturday!! the other one's next week x", "already_paid", sec=["promise_to_pay"], date="2026-12-04",
      note="BK4-0003 matches the 596.40 invoice; the other is promised for Friday of next week", fam=["paid:partial-plus-promise", "voice:mobile", "setting:ecommerce"], sender=1, quote="none"),
    R("J407", "2026-11-16T09:30:00+00:00", "Good morning, both invoices were paid on 13/11, ref CHG PAY 0041872.\nPurchase Ledger, Corran Hotels Group", "already_paid", ref="CHG PAY 0041872",
      note="matches BK4-0004 by reference", fam=["paid:reference", "date:numeric-uk", "setting:hotel-group"], sender=0),
    R("J408", "2026-11-06T18:00:00+00:00", "Hello, we posted a cheque (no. 004417) on 2 November. Please let us know if it has not arrived.\nTunde", "already_paid", ref="004417",
      note="BK4-0005 carries a bank prefix; matches by amount and date", fam=["paid:cheque", "setting:charity"], sender=1),
    R("J410", "2026-11-12T10:00:00-06:00", "ACH for 84101 sent 11/10, $5,740.00, trace 091000019876543.\nRed Mesa AP", "already_paid", ref="091000019876543", inv=["84101"],
      note="BK4-0006 has the trace after a prefix; matches by amount and date", fam=["paid:trace-number", "date:numeric-us", "setting:logistics"], sender=0),
    R("J411", "2026-11-24T09:00:00-06:00", "> INV-2026-84111    2026-10-12    USD 22,960.00\nPaid 11/19, check #300482.\n\n> INV-2026-84112    2026-11-04    USD 3,415.00\nScheduled for 12/3.\n\nJanet",
      "already_paid", sec=["promise_to_pay"], date="2026-12-03", ref="300482", inv=["84111", "84112"], note="BK4-0007 matches 84111 by amount and date; 84112 promised",
      fam=["voice:inline-answers", "paid:cheque", "date:numeric-us", "setting:hospital"], sender=1, quote="none"),
    R("J412", "2026-11-20T16:10:00-06:00", "PAID IN FULL TODAY. CONFIRMATION 88213-BB. PLEASE STOP THE EMAILS", "already_paid", ref="88213-BB", note="matches BK4-0008 by reference",
      fam=["voice:all-caps", "voice:annoyed", "paid:reference"], sender=1, quote="none"),
    R("J413", "2026-11-17T14:00:00-05:00", "Hello, this was paid by wire on 11/16, $3,300.00, ref OPLLP-1116.\nOkafor & Pryce Accounting", "already_paid", ref="OPLLP-1116",
      human=["no matching payment"], note="no bank line for this customer", fam=["paid:no-bank-line", "setting:law-firm"], sender=0),
    R("J415", "2026-11-25T11:20:00-06:00", "Warrant #27-11482 for $4,980.00 was mailed 11/19.\n\nAccounts Payable\nPinecrest School District 27", "already_paid", ref="27-11482",
      note="BK4-0009 carries a CHK prefix; matches by amount and date", fam=["paid:cheque", "setting:school-district"], sender=0),
    R("J416", "2026-11-16T12:00:00+05:30", "Dear Sir,\n\nWe have remitted EUR 7,495.00 on 13-11-2026 against both the invoices. UTR No. HDFCR52026111398. Kindly update your ledger and do the needful.\n\nRegards\nAccounts Dept.",
      "already_paid", ref="HDFCR52026111398", human=["amount differs from the open balance"], note="BK4-0010 by reference, 30.00 short of the balance",
      fam=["paid:short", "voice:indian-english"], sender=0),
    R("J417", "2026-11-20T16:30:00+08:00", "Dear friend, we have paid USD 11,300 for invoice 84171 by T/T today, bank slip attached. Please check.\nWang Lei", "already_paid", ref="HLT20261120-07",
      inv=["84171"], attachments=[("TT_slip.pdf", "application/pdf", TT_HLT)], human=["no matching payment"],
      note="BK4-0011 is 20.00 less and carries no reference", fam=["paid:intermediary-fee", "voice:chinese-english"], sender=1),
    R("J418", "2026-11-19T09:10:00+01:00", "Hello,\npayment was done 17.11.2026, title of transfer: FV 84181.\nRegards, K. Zielińska", "already_paid", ref="FV 84181", inv=["84181"],
      note="matches BK4-0012 by reference", fam=["paid:reference", "date:numeric-dotted", "voice:polish-english"], sender=1),
    R("J419", "2026-11-22T11:00:00+04:00", "Dear Sir,\n\nPlease find attached the swift copy for your reference.\n\nBest Regards,\nHassan Mansour", "already_paid", ref="ANFM/TT/2611/092",
      inv=["84191", "84192"], attachments=[("SWIFT_MT103.pdf", "application/pdf", SWIFT_ANFM)], note="BK4-0013 carries a bank prefix; matches by amount and date",
      fam=["paid:swift-copy", "voice:arabic-english"], sender=1),
    R("J421", "2026-11-24T09:00:00+11:00", "Paid yesterday mate", "already_paid", human=["no matching payment (BK4-0014 is unidentified)"],
      note="the only bank line of that amount has no customer", fam=["paid:unidentified", "voice:terse"], sender=1, quote="none"),
    R("J424", "2026-11-13T12:45:00+00:00", "Hi, 84241 was paid on 6 November, £2,860, ref GREYFRIARS84241.\nEmma", "already_paid",
      ref="GREYFRIARS84241", inv=["84241"], note="matches BK4-0015 by reference", fam=["paid:reference", "setting:vets"], sender=1),
    R("J425", "2026-11-18T10:00:00-07:00", "Both paid via bill.com on 11/16, $7,060.00 total.\nCobalt Ridge Payables", "already_paid", note="matches BK4-0016 by amount and date",
      fam=["paid:payment-platform", "date:numeric-us", "setting:property"], sender=0),
    R("J414", "2026-11-09T13:30:00-08:00", "paid it on the card over the phone with your colleague this morning, auth code 0K7731. can you take the hold off now?", "already_paid",
      ref="0K7731", note="BK4-0017 matches by amount and date", fam=["paid:card-by-phone", "voice:mobile", "flag:credit-hold"], sender=1, quote="none"),
    R("J405", "2026-11-05T10:20:00+00:00", "Dear Sirs\n\nYour invoice was settled by CHAPS on 3 November, reference AKS/NORTH/4125.\n\nYours faithfully\nAccounts Department\nAshdown Keel Solicitors LLP",
      "already_paid", ref="AKS/NORTH/4125", note="matches BK4-0018 by reference", fam=["paid:reference", "voice:formal", "flag:legal"], sender=0),
    R("J423", "2026-11-25T17:45:00+00:00", "PAID.", "already_paid", human=["no matching payment"], fam=["paid:bare", "voice:all-caps", "flag:do-not-contact"], sender=1, quote="none"),
    R("J409", "2026-11-26T09:00:00+00:00", "Please see attached remittance advice.\n\nThis is an automated message from the Kilbride County Council financial system. Replies to this mailbox are not read.",
      "already_paid", ref="KCC-EFT-0088213", inv=["84091"], attachments=[("RA_0088213.pdf", "application/pdf", REMIT_KCC)], note="matches BK4-0019 by reference",
      fam=["paid:remittance-attachment", "setting:council", "voice:system-generated"], sender=0),
    R("J403", "2026-11-27T10:30:00+00:00", "Dear Supplier,\nThis invoice was paid on 24 November, BACS reference UOC 5502931.\nAccounts Payable, University of Caledonia", "already_paid",
      ref="UOC 5502931", note="matches BK4-0020 by reference", fam=["paid:reference", "setting:university"], sender=0),
    R("J420", "2026-11-26T17:00:00-03:00", "Hi, the payment was done today, receipt attached. Value is 4,300.00 because the bank took 10 dollars, sorry!\nRafael", "already_paid",
      attachments=[("comprovante.pdf", "application/pdf", "COMPROVANTE DE TRANSFERENCIA INTERNACIONAL\nValor: USD 4,300.00\nData: 26/11/2026\nFavorecido: NORTHWIND SUPPLIES GMBH")],
      human=["amount differs from the open balance"], note="BK4-0021 by amount and date, 10.00 short", fam=["paid:short", "voice:brazilian-english"], sender=1),
    R("J402", "2026-11-26T16:00:00+00:00", "Remittance advice attached.\n\nSBS Supplier Payments", "already_paid", ref="5002238811", inv=["84021"],
      attachments=[("SBS_Remittance_5002238811.pdf", "application/pdf", REMIT_SBS)], note="matches BK4-0022 by reference", fam=["paid:remittance-attachment", "setting:hospital", "flag:strategic"], sender=0),
    R("J410", "2026-11-27T09:30:00-06:00", "84102 paid this morning. Tony", "already_paid", inv=["84102"],
      note="BK4-0023 matches 84102 by amount and date", fam=["paid:today", "setting:logistics"], sender=1, quote="none"),
]
