"""English claims of payment, disputes and instalment requests (field65), with the bank lines that do or do not
match them in world.json."""

from evals.field.build import Payment, Reply
from evals.field65.kit import at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK65-001", "K6501", "2030-03-04", "3404.40", "GBP", "CWMTAWE 65011/12 CWM TAWE AGRICULTURAL"),
    P("BK65-002", "K6503", "2030-03-07", "20915.00", "USD", "091000019283746 SHAMROCK REGALIA INC"),
    P("BK65-003", "K6504", "2030-04-03", "6905.00", "USD", "SBIN430092118765 GULAL AND CO"),
    P("BK65-004", "K6505", "2030-03-12", "1365.00", "GBP", "PETAL AND STEM FLORISTS LTD"),
    P("BK65-005", "K6507", "2030-03-29", "4455.00", "USD", "HIGASHIYAMA CHADOGU TT 0328"),
    P("BK65-006", "K6510", "2030-04-17", "4595.00", "NZD", "MATAURA SHEARING"),
    P("BK65-007", "K6512", "2030-04-08", "54950.00", "ZAR", "PRT INV65121 2 PENINSULA RACE"),
    P("BK65-008", "K6514", "2030-02-28", "5740.00", "EUR", "CET28025740 CURRAGH EQUINE TRANSPORT"),
    P("BK65-009", "K6509", "2030-03-15", "3100.00", "CAD", "RLT-INST2 RIDEAU LEXICON"),
    P("BK65-010", "K6513", "2030-04-22", "11450.00", "USD", "WIRE MAGNOLIA LANE HOSPITALITY TENTS"),
    P("BK65-011", "K6506", "2030-04-12", "8955.00", "AUD", "BENDIGO GOLDEN BAKEHOUSE"),
    P("BK65-012", "K6511", "2030-03-22", "1390.00", "USD", "IKEJA CANOPY EVENTS 65112"),
]

REPLIES = [
    # --- already_paid: matched, short, unmatched
    R("K6501", at(3, 4, "11:20", "GB"), "Paid both by BACS this morning, ref CWMTAWE 65011/12. Should be with you tomorrow.\n\nGwen", "already_paid", ref="CWMTAWE 65011/12", note="matches BK65-001", fam=["paid-ref", "matched"]),
    R("K6502", at(3, 20, "09:40", "US"), "Check #4471 went in the mail on March 12 for the $740. Should've landed by now, USPS permitting.", "already_paid", ref="4471", reminded=inv("65022"), human=["no matching payment"], fam=["cheque", "unmatched", "month-name"]),
    R("K6503", at(3, 8, "10:00", "US"), "Hello,\n\nPlease find our remittance advice attached for yesterday's ACH.\n\nRegards,\nAccounts Payable", "already_paid", ref="091000019283746", sender=0, html=True, note="matches BK65-002 by amount", attachments=[("Remittance_0307.pdf", "application/pdf", "SHAMROCK REGALIA & BAND UNIFORMS INC - REMITTANCE ADVICE\nPayment date: 03/07/2030   Method: ACH   Trace: 091000019283746\nINV-2027-65031   PO SRB-40117   18,640.00\nINV-2027-65032   PO SRB-40162    2,275.00\nTotal USD 20,915.00")], fam=["remittance-attachment", "outlook-html", "matched"]),
    R("K6504", at(4, 4, "12:15", "IN"), "Dear Sir,\n\nThis is to inform that payment against invoice no. 65041 has been made on 2nd April 2030, UTR no. SBIN430092118765, amount USD 6,920.\n\nRegards,\nAccounts Dept.", "already_paid", ref="SBIN430092118765", inv=inv("65041"), sender=0, human=["short payment (bank line 6905.00)"], fam=["indian-english", "utr", "short-payment"]),
    R("K6505", at(3, 13, "15:30", "GB"), "Hiya, paid the £1,365 yesterday through online banking. Sorry it was late!", "already_paid", reminded=inv("65051"), note="matches BK65-004 by amount and date", fam=["matched-by-amount", "chatty"]),
    R("K6506", at(4, 13, "09:00", "AU"), "Transferred the full $8,955 yesterday arvo. Now can you PLEASE take us off stop, Anzac Day orders are stacking up.", "already_paid", note="matches BK65-011", fam=["aussie", "credit-hold", "matched"]),
    R("K6507", at(3, 29, "17:20", "JP"), "Dear Sir,\n\nWe have remitted USD 4,480 on 28 March by telegraphic transfer. Please kindly confirm the receipt.\n\nBest regards,\nAiko Morita", "already_paid", inv=None, reminded=inv("65071"), human=["short payment (bank line 4455.00)"], fam=["non-native-ja", "intermediary-charges"]),
    R("K6510", at(4, 18, "08:05", "NZ"), "both paid last night, ref MATAURA SHEARING. cheers", "already_paid", ref="MATAURA SHEARING", note="matches BK65-006", fam=["lowercase", "matched"], sender=0),
    R("K6511", at(4, 4, "14:00", "NG"), "Good afternoon,\n\nPlease be informed that payment of USD 5,260 for invoice 65111 was effected on 3rd April via our bank, ref FT2030093TRF. Kindly acknowledge.\n\nRegards", "already_paid", ref="FT2030093TRF", inv=inv("65111"), human=["no matching payment"], fam=["nigerian-english", "unmatched"]),
    R("K6512", at(4, 9, "11:10", "ZA"), "Hi, EFT went through on Friday, POP attached.\n\nCarel", "already_paid", ref="PRT-INV65121-2", attachments=[("POP_Peninsula.pdf", "application/pdf", "PROOF OF PAYMENT\nDate: 2030-04-05\nBeneficiary: Northwind Supplies GmbH\nAmount: R 54 950,00\nReference: PRT-INV65121-2\nStatus: Successful")], note="matches BK65-007", fam=["pop-attachment", "sa-english", "matched"]),
    R("K6514", at(3, 11, "12:30", "IE"), "That was paid on the 28th of Feb, SEPA ref CET-2802-5740. Please check before sending any more of these.", "already_paid", ref="CET-2802-5740", reminded=inv("65141"), note="matches BK65-008 by reference", fam=["annoyed", "matched"]),
    R("K6501", at(4, 24, "16:40", "GB"), "We paid the 918 weeks ago?? Please check your records, I'm not paying it twice.", "already_paid", reminded=inv("65012"), human=["no matching payment"], fam=["unmatched", "vague-date"]),
    R("K6509", at(3, 18, "10:00", "US"), "Instalment 2 ($3,100) was paid on March 15 under ref RLT-INST2, as per our arrangement.", "already_paid", ref="RLT-INST2", human=["instalment differs from balance"], fam=["instalment", "plan-account"]),
    R("K6513", at(4, 23, "13:00", "US"), "Per my attorney, the first $11,450 was wired yesterday. Do not contact me directly again.", "already_paid", human=["instalment differs from balance"], fam=["legal-account", "hostile"]),
    R("K6502", "2030-03-25T20:10:00-04:00", "Hi, this is Dana's husband Greg, she's swamped so she asked me to let you know the 3,250 was paid Saturday through Zelle. - Greg", "already_paid", sender="greg.kowalczyk77@gmail.example", reminded=inv("65021"), human=["no matching payment"], fam=["spouse", "unknown-sender", "free-mail"]),
    R("K6511", at(3, 25, "09:20", "NG"), "Good morning, the 1,390 for 65112 has been paid since Friday. The 65111 will follow.", "already_paid", sec=["promise_to_pay"], inv=inv("65112", "65111"), human=["undated"], note="matches BK65-012; 65111 an undated promise", fam=["matched", "nigerian-english"]),
    # --- disputes
    R("K6501", at(3, 12, "13:05", "GB"), "65012 is for 40 bags of ewe nuts, we only had 32 delivered. Send a credit for 8 bags. 65011 is fine and goes Friday.", "dispute", sec=["promise_to_pay"], date="2030-03-15", inv=inv("65012", "65011"), fam=["short-shipment", "dispute-with-promise"]),
    R("K6502", at(3, 5, "11:45", "US"), "INV-2027-65022 is the same February service that's already on 65021. You've billed me twice.", "dispute", inv=inv("65022", "65021"), fam=["duplicate-billing"]),
    R("K6503", at(3, 18, "08:30", "US"), "The 40 shakos on 65032 came with ORANGE plumes. For a St Patrick's parade. In Boston. We're not paying that one until replacements arrive. 65031 is being processed normally.", "dispute", inv=inv("65032", "65031"), fam=["wrong-goods", "sarcasm", "holiday"]),
    R("K6504", at(3, 15, "16:30", "IN"), "Dear Sir, freight of USD 340 has been charged in 65041 though the terms are CIF Mundra inclusive. Kindly issue revised invoice, payment will be released thereafter.", "dispute", sec=["promise_to_pay"], human=["conditional"], inv=inv("65041"), fam=["freight", "indian-english", "conditional-promise"]),
    R("K6505", at(3, 26, "10:10", "GB"), "12 of the 40 zinc buckets on 412.50 invoice arrived dented, right before Mothering Sunday. Credit note please, we won't pay that one till then.", "dispute", reminded=inv("65052"), fam=["damaged", "holiday", "invoice-by-amount"]),
    R("K6507", at(3, 6, "15:00", "JP"), "Dear Sir,\n\nUnit price in INV-2027-65071 is USD 224 but our quotation Q-2029-88 said USD 198. Please kindly check and revise.\n\nBest regards", "dispute", inv=inv("65071"), sender=0, fam=["pricing", "non-native-ja"]),
    R("K6510", at(3, 14, "09:45", "NZ"), "The freight on 65101 is $480 but your quote said delivered Invercargill. Not paying freight.", "dispute", inv=inv("65101"), fam=["freight", "terse"]),
    R("K6511", at(4, 2, "10:30", "NG"), "We note a late payment charge of USD 95 on your statement. This was never agreed and we reject it. Kindly remove.", "dispute", fam=["fees", "nigerian-english"]),
    R("K6512", at(3, 27, "14:00", "ZA"), "Eish. 300 of the timing chips on 65122 failed at the Cape Town marathon trial – we had to hand-time a whole wave. We're not paying for dead chips, please credit.", "dispute", inv=inv("65122"), fam=["faulty-goods", "sa-english"]),
    R("K6514", at(4, 3, "11:00", "IE"), "The two partition sets on 65141 were sent back in January, collection note attached. We're waiting on the credit note before we pay anything.", "dispute", inv=inv("65141"), attachments=[("collection_note.pdf", "application/pdf", "Collection note CN-0117 – 2 x partition set – collected 21/01/2030")], fam=["returned-goods", "attachment"]),
    R("K6506", at(3, 3, "16:20", "AU"), "Nobody agreed to the 6% price rise on 65062. We'll pay the old price and not a cent more.", "dispute", inv=inv("65062"), fam=["pricing", "credit-hold"]),
    R("K6508", at(3, 19, "13:15", "TH"), "Our lawyer say the quantity in 65081 is not correct, we receive 1,800 pcs not 2,200. Please talk with him.", "dispute", inv=inv("65081"), fam=["short-shipment", "legal-account", "non-native-th"]),
    # --- payment_plan_request
    R("K6502", at(3, 25, "13:00", "US"), "Any chance I could do 3 payments of $1,330? April 16, May 15 and June 14. Tax season is brutal on cash.", "payment_plan_request", date="2030-04-16", amount="1330.00", fam=["plan-dates", "us"]),
    R("K6504", at(3, 20, "11:00", "IN"), "Request you to kindly allow us to pay 65041 in two instalments, 50% on 15th April and balance on 15th May. Hoping for your positive response.", "payment_plan_request", date="2030-04-15", inv=inv("65041"), fam=["plan-percent", "indian-english"]),
    R("K6505", at(4, 1, "12:20", "GB"), "Would you be OK with us spreading it over three months? Mothering Sunday wasn't what we hoped.", "payment_plan_request", fam=["plan-undated"]),
    R("K6511", at(4, 16, "15:30", "NG"), "Kindly permit us to pay in 3 monthly tranches of USD 2,216.67 starting end of April.", "payment_plan_request", date="2030-04-30", amount="2216.67", fam=["plan-month-end", "nigerian-english"]),
    R("K6512", at(4, 2, "09:30", "ZA"), "Can we do R15,000 a month on the 25th starting this month? Race season is over after the Two Oceans and cash is tight.", "payment_plan_request", date="2030-04-25", amount="15000.00", fam=["plan-monthly", "distractor-event"]),
    R("K6514", at(3, 12, "15:15", "IE"), "Would you accept the 5,740 in two halves, end of March and end of April?", "payment_plan_request", date="2030-03-31", reminded=inv("65141"), fam=["plan-halves"]),
    R("K6510", at(4, 1, "18:30", "NZ"), "Could we pay $1,000 a week from Friday? Shearing's dead till the winter pre-lamb jobs.", "payment_plan_request", date="2030-04-05", amount="1000.00", fam=["plan-weekly"]),
    R("K6501", at(3, 26, "20:00", "GB"), "Could we do £500 a month from April? Lambing's eaten every penny this year.", "payment_plan_request", date="2030-04-01", amount="500.00", fam=["plan-from-month"]),
    R("K6507", at(4, 8, "10:00", "JP"), "We ask if you can accept payment of 65071 in two parts, in April and in May. Sorry for this request.", "payment_plan_request", inv=inv("65071"), fam=["plan-undated", "non-native-ja"]),
    R("K6513", at(3, 14, "16:00", "US"), "My attorney proposes $11,450 now-ish and $11,450 after Masters week, in full settlement. Respond to him, not me.", "payment_plan_request", fam=["plan-legal", "settlement"]),
]
