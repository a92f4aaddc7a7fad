"""English already-paid replies and the bank lines they should or should not match (field5, hand-written)."""

from evals.field5.build import Payment as P
from evals.field5.build import Reply as R

PAYMENTS = [
    P("BK5-0001", "K501", "2026-11-18", "3120.00", "GBP", "BRIGHTSMILE DENTAL BSD 88120"),
    P("BK5-0002", "K502", "2026-11-17", "1875.00", "EUR", "CARD MOTO AUTH 552910", "card"),
    P("BK5-0003", "K503", "2026-11-20", "9600.00", "USD", "ACH HOLLIS VARGA ARCH 0041177"),
    P("BK5-0004", "K504", "2026-11-24", "14250.00", "GBP", "THISTLEDOWN PICTURES"),
    P("BK5-0005", "K505", "2026-11-20", "4095.00", "EUR", "KGB1120 KETTLE GORGE"),
    P("BK5-0007", "K507", "2026-11-26", "1210.00", "GBP", "CHQ 000318", "cheque"),
    P("BK5-0008", "K508", "2026-11-12", "540.00", "GBP", "ST COLUMBA PARISH COLUMBA540"),
    P("BK5-0009", "K510", "2026-11-23", "6400.00", "USD", "ACH CREDIT LONE STAR MOTORS 091000012345"),
    P("BK5-0010", "K512", "2026-11-24", "2150.00", "EUR", "HDFCN52026112455 KAVERI IT SOLUTIONS"),
    P("BK5-0011", "K513", "2026-11-20", "3690.00", "USD", "MSC TT 7781 MERLION SPOTLESS"),
    P("BK5-0012", None, "2026-11-16", "6710.00", "USD", "TT FBN 26 110442"),
    P("BK5-0013", "K516", "2026-11-20", "12835.00", "EUR", "BSA-PAY-20261120 BLACKWATER SHIPPING"),
    P("BK5-0014", "K517", "2026-11-06", "4380.00", "GBP", "GREENFIELD ACADEMY TRUST BACS"),
    P("BK5-0015", "K519", "2026-11-20", "18400.00", "USD", "WIRE IN NORTHGATE AUTO GROUP FEDREF 2026112000488"),
    P("BK5-0016", "K521", "2026-11-17", "2960.00", "USD", "CARD PAYMENT MOTO COASTLINE", "card"),
    P("BK5-0017", "K522", "2026-11-12", "1150.00", "EUR", "PIN-EFT-4471 PINNACLE IT"),
    P("BK5-0018", "K523", "2026-11-26", "4120.00", "EUR", "WATTLEBROOK GRAMMAR WGS EFT 99102"),
    P("BK5-0019", "K515", "2026-11-24", "1890.00", "USD", "PCB77120 TRAN FAMILY FOODS"),
    P("BK5-0020", "K509", "2026-11-19", "7850.00", "USD", "EMBASSY OF VELORIA"),
    P("BK5-0021", "K511", "2026-11-20", "2275.00", "GBP", "INKWELL PRINT"),
    P("BK5-0022", "K520", "2026-11-16", "3675.00", "GBP", "TALLOWMERE BREWERY LTD"),
]

REMIT_HVA = ("REMITTANCE ADVICE\nHollis Varga Architects PLLC\nPayee: Northwind Supplies GmbH\nPayment date: 11/20/2026\nMethod: ACH  Ref: ACH-0041177\n\n"
             "Invoice            Amount\nINV-2026-95031     9,600.00\nTotal USD 9,600.00")
REMIT_BSA = ("PAYMENT ADVICE - Blackwater Shipping Agency Ltd\nValue date: 20/11/2026   Our ref: BSA-PAY-20261120\n\n"
             "INV-2026-95161   11,200.00\nINV-2026-95162    1,635.00\nTOTAL EUR 12,835.00")
REMIT_WGS = ("Wattlebrook Grammar School - EFT Remittance\nDate: 25/11/2026\nReference: WGS EFT 99102\nInvoice 95231 (PO WGS-PO-7740)   $4,120.00")
TELLER = "FIRST BANK - CUSTOMER COPY\nTransfer: USD 6,710.00\nBeneficiary: Northwind Supplies GmbH\nDate: 13/11/2026\nRef: FBN/TT/26/110442"

REPLIES = [
    R("K501", "2026-11-18T16:20:00+00:00", "Hi, paid both today, ref BSD-88120. Precious", "already_paid", ref="BSD-88120", fam=["paid:ref-with-payer", "setting:dental"], sender=1),
    R("K502", "2026-11-19T09:40:00+00:00", "Hello, the vet paid this by card over the phone on Tuesday with one of your girls, auth code 552910. Thanks, Niamh", "already_paid", ref="552910",
      fam=["paid:card-by-phone", "locale:en-IE", "voice:receptionist"], sender=1),
    R("K503", "2026-11-20T17:05:00-05:00", "Please see attached remittance.\n\nKaren", "already_paid", ref="ACH-0041177", inv=["95031"],
      attachments=[("Remittance_11-20-2026.pdf", "application/pdf", REMIT_HVA)], fam=["paid:remittance-attachment", "setting:architects"], sender=2),
    R("K504", "2026-11-25T12:30:00+00:00", "paid", "already_paid", fam=["paid:bare", "setting:film"], sender=1, quote="none"),
    R("K505", "2026-11-21T08:00:00+11:00", "Mate I paid the lot yesterday, ref KGB1120. Check your bank.\nBrodie", "already_paid", ref="KGB1120", human=["amount differs from the open balance"],
      fam=["paid:short-bank-charges", "locale:en-AU"], sender=1, note="bank line 4,095.00 against 4,120.00 open: 25 charges deducted"),
    R("K506", "2026-11-25T19:40:00+02:00", "Hi, this was paid on Monday already. Please check.\nSipho", "already_paid", human=["no matching payment"],
      fam=["paid:no-bank-line", "writer:spouse-books", "locale:en-ZA"], sender=2),
    R("K507", "2026-11-23T20:15:00+00:00", "Cheque no. 000318 for £1,210 went in the post on Friday. Should be with you any day.\nGareth (Treasurer)", "already_paid", ref="000318",
      fam=["paid:cheque", "setting:sports-club"], sender=1, note="CHQ 000318 on 26 Nov, matched by amount and date"),
    R("K508", "2026-11-20T11:00:00+00:00", "Dear friends, the parish paid this on 12 November, reference COLUMBA540. God bless, Parish Office", "already_paid", ref="COLUMBA540",
      fam=["paid:ref-with-payer", "setting:church"], sender=0),
    R("K510", "2026-11-24T08:30:00-06:00", "Both paid via ACH on 11/23, trace # 091000012345.\nDolores", "already_paid", ref="091000012345", fam=["paid:ach-trace", "setting:car-dealer"], sender=1),
    R("K512", "2026-11-24T15:10:00+05:30", "Dear Sir,\n\nWe have released payment of EUR 2,150 against invoice 95122 vide UTR HDFCN52026112455 today. Balance invoice is under approval.\n\nRegards\nRamesh",
      "already_paid", ref="HDFCN52026112455", inv=["95122"], fam=["paid:utr", "locale:en-IN"], sender=1),
    R("K513", "2026-11-21T10:00:00+08:00", "Hi, we have transferred USD 3,690 on 20 Nov, TT ref MSC TT 7781. Pls check and confirm.\nJasmine", "already_paid", ref="MSC TT 7781",
      human=["amount differs from the open balance"], fam=["paid:short-transposed", "locale:en-SG"], sender=1, note="3,690 against 3,960 open"),
    R("K514", "2026-11-18T13:00:00+01:00", "Good afternoon,\n\nWe paid since last week. Please find attached the teller for your confirmation.\n\nChioma", "already_paid", ref="FBN/TT/26/110442",
      attachments=[("teller.jpg.txt", "text/plain", TELLER)], human=["no matching payment"], fam=["paid:unidentified-bank-line", "locale:en-NG"], sender=2,
      note="bank line BK5-0012 has no customer: a person applies it first"),
    R("K516", "2026-11-21T09:15:00+00:00", "Payment advice attached.", "already_paid", ref="BSA-PAY-20261120", inv=["95161", "95162"],
      attachments=[("PaymentAdvice_BSA.pdf", "application/pdf", REMIT_BSA)], fam=["paid:remittance-attachment", "setting:shipping-agent"], sender=0),
    R("K517", "2026-11-24T11:20:00+00:00", "Hello,\n\nOur records show this was paid on 6 November by BACS (£4,380). Could you check your allocation please?\n\nHina Sheikh\nFinance Officer",
      "already_paid", fam=["paid:old-date", "setting:school"], sender=1),
    R("K519", "2026-11-23T14:00:00-05:00", "Wire for INV-2026-95191 released 11/20, Fed ref 20261120-00488.\nTreasury", "already_paid", ref="20261120-00488", inv=["95191"],
      fam=["paid:wire", "writer:treasury"], sender=2),
    R("K521", "2026-11-19T20:50:00-05:00", "Erin paid it on her Amex over the phone with your colleague on Tuesday. Can you stop emailing please.\nBrian", "already_paid",
      fam=["paid:card-by-phone", "writer:spouse-books"], sender=2),
    R("K522", "2026-11-20T10:30:00+02:00", "Hi, 95221 was paid on 12 Nov, ref PIN-EFT-4471.\nVishen", "already_paid", ref="PIN-EFT-4471", inv=["95221"],
      human=["amount differs from the open balance"], fam=["paid:wrong-invoice", "locale:en-ZA"], sender=1, note="PIN-EFT-4471 is 1,150.00, the other invoice's amount"),
    R("K523", "2026-11-26T14:00:00+11:00", "Paid. Remittance attached.\nBusiness Office", "already_paid", ref="WGS EFT 99102", inv=["95231"],
      attachments=[("remittance.pdf", "application/pdf", REMIT_WGS)], fam=["paid:remittance-attachment", "locale:en-AU", "setting:school"], sender=0),
    R("K524", "2026-11-26T12:15:00+05:30", "Sir, payment done today through RTGS. UTR no. SBIN426330011872. Kindly acknowledge.\nVikram", "already_paid", ref="SBIN426330011872",
      human=["no matching payment"], fam=["paid:no-bank-line", "locale:en-IN"], sender=1),
    R("K515", "2026-11-24T07:30:00-08:00",
      "see below\n\n---------- Forwarded message ---------\nFrom: Pacific Coast Bank <alerts@pcbank.example>\nDate: Mon, Nov 23, 2026 at 4:12 PM\nSubject: Your payment was sent\n\nYour payment of $1,890.00 to Northwind Supplies GmbH was sent on Nov 23, 2026. Confirmation #PCB77120.",
      "already_paid", ref="PCB77120", fam=["forward:see-below", "paid:bank-alert", "setting:franchisee"], sender=1, quote="none"),
    R("K509", "2026-11-20T10:00:00-05:00", "Dear Sir or Madam,\n\nPlease be advised that invoice INV-2026-95091 was settled by wire transfer on 19 November 2026.\n\nAdministration and Finance Section\nEmbassy of the Republic of Veloria",
      "already_paid", inv=["95091"], fam=["paid:wire", "setting:embassy"], sender=0),
    R("K511", "2026-11-21T22:30:00+00:00", "Paid yesterday. Now can you lift the hold on our account so I can order paper for Monday??\nSunil", "already_paid",
      fam=["paid:bare", "voice:owner-phone-night", "setting:printer"], sender=1, quote="none"),
    R("K520", "2026-11-18T09:00:00+00:00", "Dear Sirs,\n\nWe confirm that the sum of £3,675.00 was paid on 16 November 2026. We trust this concludes the matter.\n\nR. Dunn\nDirector",
      "already_paid", fam=["paid:formal", "setting:brewery"], sender=1),
]
