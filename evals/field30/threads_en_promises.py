"""field30, English promises to pay (IN, NG, PH, PL, BR and VN writers beside GB, IE, US and AU), written by hand."""

from evals.field30.build import Reply
from evals.field30.kit import AUTO, BR, GB, IE, IN, NG, PH, PL, USC, USE, USW, VN, WA, at

IN_DISCLAIMER = ("DISCLAIMER: The information contained in this electronic message and any attachments to this message are intended "
                 "for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information. If you "
                 "are not the intended recipient, you should not disseminate, distribute or copy this e-mail. Please notify the sender "
                 "immediately and destroy all copies of this message and any attachments. Please consider the environment before printing.")
GB_FOOTER = ("Pennine Rope & Rigging Ltd is a company registered in England and Wales, No. 04418820. Registered office: Calder Mill, "
             "Holmfirth Road, Hebden Bridge HX7 8QT. This e-mail and any files transmitted with it are confidential and intended solely for "
             "the use of the individual or entity to whom they are addressed. Any views or opinions presented are solely those of the author "
             "and do not necessarily represent those of the company. Pennine Rope & Rigging Ltd accepts no liability for any damage caused "
             "by any virus transmitted by this e-mail.")
IE_FOOTER = ("Shannon Valley Creamery DAC | Registered in Ireland No. 612884 | Directors: M. Culhane, P. Ryan, S. O'Dea. The contents of "
             "this e-mail are confidential and may be legally privileged. If you have received it in error please notify us and delete it; "
             "do not copy, forward or rely on it.")
CASCADIA_FOOTER = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may "
                   "contain confidential and privileged information, including protected health information under HIPAA. Any unauthorized "
                   "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender "
                   "by reply e-mail and destroy all copies of the original message.")

REPLIES = [
    Reply("R3001", at(17, "10:42", IN), f"""Dear Sir/Madam,

Greetings from Sahyadri!

With reference to your reminder mail, we wish to inform you that the payment of INV-2026-93001 is under process and same will be released on Friday positively.

Kindly do the needful at your end and update your ledger accordingly.

Thanks & Regards,
Rohan Kulkarni
Manager - Accounts & Finance
Sahyadri Precision Castings Pvt Ltd, Chakan MIDC, Pune

{IN_DISCLAIMER}""", "promise_to_pay", date="2026-11-20", inv=["93001"], fam=["bare-weekday", "non-native-in", "formal-ap", "long-disclaimer"]),
    Reply("R3001", at(18, "15:05", IN), """Dear Madam,

Payment for both the invoices shall be done in the 2nd week of December, most probably on Wednesday of that week. Our fund flow is tight till then due to the annual maintenance shutdown.

Regards
Rohan""", "promise_to_pay", date="2026-12-09", fam=["week-of", "hedged-weekday", "non-native-in"]),
    Reply("R3001", at(19, "23:10", IN), """Sir,

Our MD is travelling to Germany, he returns on 25th and will sign the cheques and RTGS forms on 26th. Amount will be credited to your account latest by 27/11.

Sorry for the late hour reply.
Rohan""", "promise_to_pay", date="2026-11-27", fam=["meeting-before-payment", "locale-numeric-dayfirst", "late-evening", "non-native-in"]),
    Reply("R3013", at(17, "11:20", IN), """Hi,
Pls note INV-2026-93025 will be cleared tmrw along with other vendor payments. 93026 next week itself.
Sreeja""", "promise_to_pay", date="2026-11-18", inv=["93025", "93026"], fam=["two-dates", "terse-mobile", "non-native-in"]),
    Reply("R3013", at(19, "12:35", IN), """Madam,

As discussed over phone last Monday (16th), we have scheduled USD 4,390 for INV-2026-93025 on 01/12 through SWIFT. The balance invoice 93026 will follow on 04/12 once the month opening formalities are over.

Thanks and regards,
Sreeja Menon
Senior Accountant, Kochi Marine Spares Pvt Ltd""", "promise_to_pay", date="2026-12-01", amount="4390.00", partial=False, inv=["93025", "93026"],
          fam=["past-call-distractor", "two-dates", "locale-numeric-dayfirst", "non-native-in"]),
    Reply("R3002", at(17, "09:12", NG), """Good day Sir,

Please be informed that the management has approved payment of your outstanding and it will hit your account on or before Monday 30th November.

We plead that you lift the hold on our account so that we can place the December order for the Apapa warehouse.

Regards,
Chukwuemeka Adeyemi
Head of Finance""", "promise_to_pay", date="2026-11-30", fam=["weekday-ordinal", "non-native-ng", "credit-hold"]),
    Reply("R3002", at(19, "14:48", NG), """Dear Sir,

Kindly note we will pay the $4,320 (INV-2026-93004) by Tuesday next week. The bigger one, 93003, is with our MD for approval; by God's grace it will be before month end.

Thank you for your patience.""", "promise_to_pay", date="2026-11-24", amount="4320.00", partial=False, inv=["93004", "93003"],
          human=["conditional"], fam=["two-dates", "approval-pending", "next-week-weekday", "non-native-ng"]),
    Reply("R3012", at(18, "13:30", NG), """Good afternoon,

I write to confirm that the sum of USD 6,725.00 being payment for INV-2026-93023 shall be transferred to your account on Friday the 27th instant.

The second invoice is yet to get to my desk, kindly resend it.

Best regards,
Fatima Bello
Accountant, Abuja Office Interiors Nig. Ltd""", "promise_to_pay", sec=["invoice_resend"], date="2026-11-27", amount="6725.00", partial=False,
          inv=["93023"], fam=["weekday-ordinal", "instant", "two-asks", "non-native-ng"]),
    Reply("R3012", at(20, "10:05", NG), """Sir,

The payment will be effected within 7 working days from today as our accounts was just reconciled for the month.

Regards
Fatima""", "promise_to_pay", date="2026-12-01", fam=["working-days", "non-native-ng"]),
    Reply("R3003", at(17, "09:15", PH), """Hi Ma'am/Sir,

Good day!

This is to inform you that your invoices are already for check releasing on 12/03 (Thursday). We will deposit the check directly to your account so no need to pick up.

Thank you po.
Maricel""", "promise_to_pay", date="2026-12-03", fam=["locale-numeric-monthfirst", "non-native-ph", "cheque"]),
    Reply("R3003", at(18, "16:40", PH), """Hello!

Per our Finance Head, the payment for INV-2026-93005 is moved from Nov 20 to Nov 27 because we missed the cut-off. Sorry for the inconvenience po.""",
          "promise_to_pay", date="2026-11-27", inv=["93005"], fam=["moved-date", "non-native-ph"]),
    Reply("R3003", at(19, "14:02", PH), """Good afternoon.

Payment of 93006 will be on the 2nd Friday of December, since it falls on our payout schedule (every 2nd and 4th Friday of the month).

Regards,
Maricel Dela Cruz | AP Supervisor""", "promise_to_pay", date="2026-12-11", inv=["93006"], fam=["nth-weekday-of-month", "payment-cycle", "non-native-ph"]),
    Reply("R3014", at(17, "10:25", PH), """Good morning,

Sir Jerome is on field today. He said to tell you that we will deposit the 3,620 dollars on Monday, Nov. 23, and the 13,480 after our buyer from Japan settles their LC.

Thank you,
Accounting Dept.""", "promise_to_pay", date="2026-11-23", amount="3620.00", human=["conditional"], sender=0,
          fam=["two-dates", "condition", "third-party-payment", "non-native-ph"]),
    Reply("R3004", at(18, "11:17", PL), """Dear Sirs,

I confirm that the payment for invoice 93007 is planned in our payment run in week 49. Invoice 93008 will go in the next run after it, in week 51.

Best regards
Agnieszka Nowakowska
Chief Accountant""", "promise_to_pay", date="2026-12-04", inv=["93007", "93008"], fam=["calendar-week", "two-dates", "non-native-pl"]),
    Reply("R3004", at(20, "08:50", PL), """Hello,

Unfortunately we cannot pay before 1st December because of our closing of the month. The transfer will be made on the first working day of December.

Best regards
Agnieszka""", "promise_to_pay", date="2026-12-01", fam=["first-working-day", "non-native-pl"]),
    Reply("R3005", at(17, "14:22", BR), """Hi!

Sorry for the delay, here was a crazy month. We will pay the invoice 93010 on next Monday and the other one (93009) I need to check with our director, he is travelling until 25/11.

Abs,
João Pedro""", "promise_to_pay", date="2026-11-23", inv=["93010", "93009"], human=["undated"], fam=["next-weekday", "two-dates", "non-native-br"]),
    Reply("R3005", at(19, "09:40", BR), """Good morning,

We are closing the exchange contract with the bank tomorrow and the USD 14,200 (INV 93009) will be send on 24/11 (tuesday).

Regards
João Pedro Barbosa""", "promise_to_pay", date="2026-11-24", amount="14200.00", partial=False, inv=["93009"],
          fam=["locale-numeric-dayfirst", "fx-contract", "non-native-br"]),
    Reply("R3005", at(20, "08:15", BR), """Hello,
Today is holiday here (Consciência Negra) so the bank is closed, the payment go out Monday morning first thing.
João""", "promise_to_pay", date="2026-11-23", fam=["holiday", "bare-weekday", "non-native-br"]),
    Reply("R3006", at(17, "10:03", VN), """Dear Sir/Madam,

Thank you for your email. Our company will transfer the instalment No.3 (USD 4,000) for the invoice 93011 on 30 Nov as agreed in the payment plan.

Best regards,
Pham Thi Hoa
Chief Accountant""", "promise_to_pay", date="2026-11-30", amount="4000.00", inv=["93011"], fam=["instalment-existing-plan", "non-native-vn"]),
    Reply("R3006", at(19, "15:30", VN), """Dear,

We have received your reminder. Because Teachers' Day tomorrow (20/11) our office close in the afternoon, so the transfer for invoice 93012 will be done on next Tuesday.

Thanks and best regards,
Hoa""", "promise_to_pay", date="2026-11-24", inv=["93012"], fam=["holiday", "next-weekday", "non-native-vn"]),
    Reply("R3007", at(17, "09:31", GB), f"""Dear Sir or Madam,

Thank you for your statement reminder dated 13 November.

We confirm that invoice INV-2026-93013 (our order PRR-40917) has been approved and is scheduled for payment in our BACS run of Thursday 26 November. Invoice INV-2026-93014 has now been matched to the goods received note and will follow in the same run.

Yours faithfully

Purchase Ledger
Pennine Rope & Rigging Ltd

{GB_FOOTER}""", "promise_to_pay", date="2026-11-26", inv=["93013", "93014"], sender=0,
          fam=["weekday-ordinal", "payment-run", "invoice-date-distractor", "formal-ap", "long-disclaimer"]),
    Reply("R3007", at(19, "16:12", GB), """Hi – the 1,265 one goes out on the 30th; the larger one is stuck on a query with our warehouse about the 40m coils, so not that one yet.

Gill""", "promise_to_pay", date="2026-11-30", amount="1265.00", partial=False, human=["other invoice on a query"],
          fam=["ordinal-alone", "two-dates", "query-on-other"]),
    Reply("R3008", at(18, "16:20", USE), """Dana here. Check #10482 goes in the mail 11/24 for both. Happy Thanksgiving early.""",
          "promise_to_pay", date="2026-11-24", ref="10482", fam=["locale-numeric-monthfirst", "cheque-number", "terse-mobile"]),
    Reply("R3008", at(20, "18:55", USE), """We're closed Thu and Fri for the holiday, so it'll be the Monday after Thanksgiving. $5,480 for 93015, the $930 one I'll add if the boss signs off on it.""",
          "promise_to_pay", date="2026-11-30", amount="5480.00", partial=False, inv=["93015"], human=["conditional"],
          fam=["holiday", "relative-to-event", "two-dates"]),
    Reply("R3009", at(17, "07:02", USW), """[AP-REQ-55102] Status: Resolved

Hello,

Your inquiry regarding INV-2026-93017 has been resolved.

Resolution: Invoice approved against PO COP-7781. Scheduled payment date: 12/04/2026 via ACH.

This is an automated message from the Cascadia Orthodontic Partners AP Service Desk. Please do not reply to this e-mail; to reopen, reference the ticket number above.""",
          "promise_to_pay", date="2026-12-04", inv=["93017"], sender=0, headers=dict(AUTO), subject="[AP-REQ-55102] Resolved: Reminder: overdue invoices",
          fam=["ticketing-system", "locale-numeric-monthfirst", "shared-mailbox"]),
    Reply("R3009", at(19, "13:44", USW), """Quick update: 93018 is in the 12/1 ACH batch. 93017 goes the week after, Weds probably.

Tessa""", "promise_to_pay", date="2026-12-01", inv=["93018", "93017"], fam=["locale-numeric-monthfirst", "two-dates", "abbrev-weekday"]),
    Reply("R3010", at(17, "12:10", IE), """Hi,
Both will be paid Friday week.
Niamh""", "promise_to_pay", date="2026-11-27", fam=["weekday-week", "terse-mobile"]),
    Reply("R3010", at(20, "11:25", IE), """Hello,

Apologies for the delay – our milk price review was on Wednesday and the board only signed off the creditor list this morning. 93019 and 93020 will be paid on Wednesday the 2nd of December.

Kind regards,
Niamh""", "promise_to_pay", date="2026-12-02", inv=["93019", "93020"], fam=["meeting-before-payment", "weekday-ordinal", "past-meeting-distractor"]),
    Reply("R3011", at(18, "07:48", WA), """G'day. Tell your lawyers to relax. Paying the 1,540 on the 24th and the rest once the Kuri Bay harvest pearls are sold at the December auction.
Bruce""", "promise_to_pay", date="2026-11-24", amount="1540.00", human=["conditional"], fam=["ordinal-alone", "condition", "sarcasm"]),
    Reply("R3015", at(19, "10:15", USC), """Kyle here. We cut checks on the 1st and 15th. You'll be in the December 1 run, assuming your field tech signs the completion report for the Garden City job before then.""",
          "promise_to_pay", date="2026-12-01", human=["conditional"], fam=["payment-cycle", "condition-date"]),
    Reply("R3015", at(20, "15:30", USC), """Per our phone call yesterday, we're going to pay $3,000 today and the remaining balance of $7,675 on 12/18.

Kyle Schroeder
Controller, Prairie Wind Turbine Services""", "promise_to_pay", date="2026-11-20", amount="3000.00",
          fam=["partial-amount", "past-call-distractor", "locale-numeric-monthfirst"]),
    Reply("R3001", at(20, "12:30", IN), f"""Dear Team,

We are in receipt of your reminder mail. Please be informed that the payment against INV-2026-93002 is under approval with our Director - Finance. Once approved, same shall be processed within 3 working days.

Inconvenience caused is deeply regretted.

Regards,
Accounts Department

{IN_DISCLAIMER}""", "promise_to_pay", inv=["93002"], human=["conditional"], sender=0,
          fam=["condition", "working-days", "non-native-in", "formal-ap", "long-disclaimer"]),
    Reply("R3013", at(18, "09:02", IN), """Hi, we will pay on 4th. Thanks""", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone", "terse-mobile"]),
    Reply("R3012", at(17, "11:40", NG), """Good morning ma,

Kindly bear with us. Our customer (a federal agency) owes us a lot of money and once they pay, yours is the first we will settle.

Thanks for your understanding.
Fatima""", "promise_to_pay", human=["conditional"], fam=["third-party-payment", "non-native-ng"]),
    Reply("R3002", at(20, "09:30", NG), """Please see our GM's reply below.

Regards
Payables

-----Original Message-----
From: Tunde Bakare <t.bakare@ikejacoldchain.example>
Sent: Friday, 20 November 2026 08:14
To: Payables <payables@ikejacoldchain.example>
Subject: RE: Northwind outstanding

Approved. Pay Northwind the full USD 23,070 on Thursday 3rd December. TB

-----Original Message-----
From: Payables <payables@ikejacoldchain.example>
Sent: Thursday, 19 November 2026 16:51
To: Tunde Bakare
Subject: Northwind outstanding

Sir, Northwind Supplies is chasing INV-2026-93003 and INV-2026-93004 and our account is on hold. Please advise on payment date.""",
          "promise_to_pay", date="2026-12-03", amount="23070.00", partial=False, inv=["93003", "93004"], sender=0,
          fam=["forwarded-chain", "see-below", "weekday-ordinal", "non-native-ng"]),
    Reply("R3014", at(19, "17:05", PH), """Hello Sir/Ma'am,

Kindly see below. Thank you.

---------- Forwarded message ---------
From: BDO Corporate Banking <noreply@bdo-corporate.example>
Date: Thu, Nov 19, 2026 at 4:31 PM
Subject: Scheduled Outward Remittance

Dear Client,

Your outward remittance of USD 17,100.00 to NORTHWIND SUPPLIES GMBH is scheduled for value date 11/25/2026.
Reference: OR-2611-77421

This is a system-generated message.""", "promise_to_pay", date="2026-11-25", amount="17100.00", partial=False, ref="OR-2611-77421",
          fam=["forwarded-chain", "see-below", "bank-notice", "locale-numeric-monthfirst"]),
    Reply("R3004", at(17, "13:20", PL), """Dear Madam, Dear Sir,

Regarding your reminder: we pay the invoice 93008 together with the next orders, 10 days after the delivery of the December batch of hinges from you, which is planned on 7 December.

Best regards
Agnieszka Nowakowska""", "promise_to_pay", date="2026-12-17", inv=["93008"], human=["conditional"],
          fam=["relative-to-event", "delivery-date-distractor", "condition", "non-native-pl"]),
    Reply("R3007", at(20, "10:00", GB), f"""Dear Northwind Supplies,

Re: Statement reminder – supplier account NW-117

Please accept our apologies for the late settlement of the above. Payment of £9,107.50 will be released in our month-end payment run, which this month takes place on the last working day of November. A remittance advice will follow by e-mail on the day.

Regards

Purchase Ledger Team
Pennine Rope & Rigging Ltd

{GB_FOOTER}""", "promise_to_pay", date="2026-11-30", amount="9107.50", partial=False, sender=0,
          fam=["last-working-day", "month-end-run", "formal-ap", "long-disclaimer"]),
    Reply("R3010", at(18, "14:55", IE), """Hi there,

Payment for 93020 will go out on the first of December. The 93019 balance we are paying in two goes – half that same day and the rest before Christmas.

Thanks,
Niamh O'Halloran""", "promise_to_pay", date="2026-12-01", inv=["93020", "93019"], human=["partial"], html=True,
          fam=["date-in-words", "html-outlook", "partial", "holiday"]),
    Reply("R3011", at(20, "16:20", WA), """Office here. Bruce says the money goes Tues 1/12. He's on the boat till then, no reception.""",
          "promise_to_pay", date="2026-12-01", sender=0, fam=["abbrev-weekday", "locale-numeric-dayfirst", "terse-mobile"]),
    Reply("R3003", at(20, "15:20", PH), """Hi Sir,

Our check run is every Thursday. Your invoices made it to the next one after Thanksgiving which is Dec 3.

Thank you!""", "promise_to_pay", date="2026-12-03", fam=["payment-cycle", "holiday", "non-native-ph"]),
    Reply("R3006", at(18, "11:11", VN), """Dear Sir,

We confirm the payment of invoice 93012 will be transferred in end of this week.

Thank you.
Hoa""", "promise_to_pay", date="2026-11-22", inv=["93012"], fam=["end-of-this-week", "non-native-vn"]),
    Reply("R3005", at(18, "10:50", BR), """João here. The payment of the two invoices is approved and scheduled to 2/12, the wire goes by Banco do Brasil. We will send the swift copy after.""",
          "promise_to_pay", date="2026-12-02", fam=["locale-numeric-dayfirst", "non-native-br"]),
    Reply("R3015", at(17, "08:40", USC), """Short answer: next Friday.
Long answer: our shiny new ERP ate your invoices and it took us a week to find them in a folder called "misc vendor 2".""",
          "promise_to_pay", date="2026-11-27", fam=["next-weekday", "sarcasm"]),
    Reply("R3008", at(17, "23:45", USE), """Sorry late reply. Will pay both tomorrow AM.""", "promise_to_pay", date="2026-11-18", fam=["late-evening", "terse-mobile"]),
    Reply("R3009", at(20, "14:05", USW), f"""Good afternoon,

Please be advised that invoices INV-2026-93017 and INV-2026-93018 have been approved and are scheduled for our December tenth payment cycle.

Thank you,
Accounts Payable | Cascadia Orthodontic Partners PLLC
1420 NW Lovejoy St, Portland OR 97209

{CASCADIA_FOOTER}""", "promise_to_pay", date="2026-12-10", inv=["93017", "93018"], sender=0, html=True,
          fam=["date-in-words", "payment-cycle", "html-outlook", "long-disclaimer", "shared-mailbox"]),
    Reply("R3001", at(17, "16:45", IN), """Dear Madam,

Kindly note that the payment for the captioned invoices will be released after our quarterly closing, i.e. on or before 31st December 2026.

Regards,
Rohan Kulkarni""", "promise_to_pay", date="2026-12-31", fam=["quarter", "restated-date", "non-native-in"]),
    Reply("R3013", at(20, "10:30", IN), """Hi team,

Our bonus payout delayed the vendor payments this month. Yours will be done by coming Wednesday, 25th.

Sreeja""", "promise_to_pay", date="2026-11-25", fam=["weekday-ordinal", "non-native-in"]),
    Reply("R3012", at(19, "12:00", NG), """Good day,

The transfer for 93024 will be processed on the 1st and 93023 on the 15th.

Regards""", "promise_to_pay", date="2026-12-01", inv=["93024", "93023"], fam=["ordinal-alone", "two-dates", "non-native-ng"]),
    Reply("R3010", at(19, "09:45", IE), """Hi, I'll pay half on Monday and the other half on the 7th of December, hope that's OK.""",
          "promise_to_pay", date="2026-11-23", human=["partial"], fam=["partial", "bare-weekday", "date-in-words"]),
    Reply("R3007", at(17, "14:02", GB), """Gill here – re your email, not this Friday, the one after. Sorry, cash is tight until the Leeds contract pays us.""",
          "promise_to_pay", date="2026-11-27", fam=["moved-date", "weekday-week", "reason-not-condition"]),
    Reply("R3004", at(19, "10:30", PL), """Good morning,

We have a problem with liquidity this month because our customer from Germany is late with payment. We will pay 10 000 EUR on 27.11 and the rest in December, I will confirm the exact date.

Best regards
Agnieszka""", "promise_to_pay", date="2026-11-27", amount="10000.00", fam=["dotted-numeric", "partial-amount", "non-native-pl"]),
    Reply("R3003", at(17, "13:33", PH), """Good morning po!

Just to update, the 93005 is already for signing of our CFO and the target release is on or before December 9.

Thank you,
Maricel""", "promise_to_pay", date="2026-12-09", inv=["93005"], fam=["date-in-words", "non-native-ph"]),
    Reply("R3014", at(20, "11:40", PH), """Ma'am,

We can pay the 3,620 on Tuesday if you will release our shipment of dried mango that is on hold at the port of Cebu.

Jerome""", "promise_to_pay", date="2026-11-24", amount="3620.00", human=["conditional"],
          fam=["condition", "credit-hold-condition", "bare-weekday", "non-native-ph"]),
    Reply("R3002", at(18, "12:22", NG), """Dear Sir,

We acknowledge your mail. Payment will be made in two tranches: USD 10,000 on 27/11/2026 and the balance USD 13,070 on 11/12/2026. Please note.

Chukwuemeka""", "promise_to_pay", date="2026-11-27", amount="10000.00", fam=["locale-numeric-dayfirst", "partial-amount", "non-native-ng"]),
    Reply("R3005", at(20, "13:10", BR), """Hello, we will pay until friday 27, ok? Abraço""", "promise_to_pay", date="2026-11-27",
          fam=["until-means-by", "weekday-ordinal", "non-native-br"]),
    Reply("R3006", at(20, "21:40", VN), """Dear Sir,
Accountant team will pay for invoice 93012 on day 3 of next month.
Best regards""", "promise_to_pay", date="2026-12-03", inv=["93012"], fam=["date-in-words", "late-evening", "non-native-vn"]),
    Reply("R3015", at(18, "12:50", USC), """Hey, I can do the 1,460 the Tuesday after Thanksgiving and the big one the week after that.""",
          "promise_to_pay", date="2026-12-01", amount="1460.00", partial=False, fam=["relative-to-event", "holiday", "two-dates"]),
    Reply("R3008", at(19, "10:10", USE), """Hi, we mail checks out on Mondays only. Yours will be in the 11/30 mailing.
Dana""", "promise_to_pay", date="2026-11-30", fam=["locale-numeric-monthfirst", "payment-cycle"]),
    Reply("R3009", at(18, "09:20", USW), """Hi –

We can't release 93017 until PO COP-7781 is receipted by the Bend clinic; they tell me Monday. Payment would then be in the next batch, which because of the holiday is Wednesday the 25th.

Tessa Lindqvist
AP Lead""", "promise_to_pay", date="2026-11-25", inv=["93017"], human=["conditional"], fam=["condition-date", "holiday", "relative-to-event"]),
    Reply("R3011", at(17, "06:55", WA), """Paying Monday week. Tell Ms Gordon at your solicitors the same.""", "promise_to_pay", date="2026-11-30",
          fam=["weekday-week", "legal-threat", "terse-mobile"]),
    Reply("R3013", at(19, "16:15", IN), """Dear Sir/Madam,

This is to inform you that payment of USD 2,215/- towards INV-2026-93026 will be remitted on 02.12.2026, and for 93025 on receipt of the corrected packing list from your end.

Regards
Sreeja""", "promise_to_pay", date="2026-12-02", amount="2215.00", partial=False, inv=["93026", "93025"], human=["conditional"],
          fam=["dotted-numeric", "two-dates", "condition", "non-native-in"]),
    Reply("R3001", at(19, "11:55", IN), f"""Dear Sir,

Sub: Outstanding payment – Northwind Supplies GmbH

With reference to the subject cited above, we would like to inform you that an amount of INR 2,00,000/- shall be released on 24-11-2026 and the balance amount shall be released in the first week of December.

This is for your kind information please.

Regards,
Accounts Department
Sahyadri Precision Castings Pvt Ltd

{IN_DISCLAIMER}""", "promise_to_pay", date="2026-11-24", amount="200000.00", sender=0,
          fam=["indian-numbering", "partial-amount", "locale-numeric-dayfirst", "long-disclaimer", "non-native-in"]),
    Reply("R3012", at(20, "15:15", NG), """Dear Sir,

Please be informed that we have concluded arrangement to pay your outstanding by end of next month. We appreciate your patience and understanding.

Fatima Bello""", "promise_to_pay", date="2026-12-31", fam=["month-end", "non-native-ng"]),
    Reply("R3010", at(20, "16:40", IE), """Three reminders in a week, lads, you're keen. It'll be paid the 4th like I told your colleague on the phone on Monday.""",
          "promise_to_pay", date="2026-12-04", fam=["ordinal-alone", "sarcasm", "past-call-distractor"]),
    Reply("R3003", at(19, "10:50", PH), """Hi! For your info, the payment of 93006 will be processed 3 banking days after we receive the original invoice by courier.""",
          "promise_to_pay", inv=["93006"], human=["conditional"], fam=["condition", "working-days", "non-native-ph"]),
    Reply("R3015", at(20, "09:05", USC), """Kyle: our fiscal year closes 12/31 and the budget for outside services is spent. Both invoices will be paid in the first check run of the new year, Jan 7.""",
          "promise_to_pay", date="2027-01-07", fam=["fiscal-year-distractor", "date-in-words"]),
    Reply("R3007", at(18, "11:30", GB), """Hi, payment will be made w/c 30th November, probably the Weds.
Gill""", "promise_to_pay", date="2026-12-02", fam=["week-of", "hedged-weekday", "abbrev-weekday"]),
    Reply("R3005", at(17, "16:05", BR), """Hi, the payment will be done after 15 days of today. Thanks for understand.""", "promise_to_pay", date="2026-12-02",
          fam=["relative-span", "non-native-br"]),
    Reply("R3006", at(17, "14:40", VN), """Dear Sir/Madam,

Please see below the confirm from our director.

Best regards,
Hoa

---------- Forwarded message ----------
From: Tran Van Minh <minh.tv@mekongdeltaseafood.example>
Date: Mon, 16 Nov 2026 18:02
Subject: Re: payment Northwind

OK, pay instalment 4 of the plan USD 4,000 on 15 December. Minh""", "promise_to_pay", date="2026-12-15", amount="4000.00", inv=["93011"],
          fam=["forwarded-chain", "see-below", "instalment-existing-plan", "non-native-vn"]),
    Reply("R3013", at(17, "19:30", IN), """Hi, payment parso ho jayega, don't worry. Sreeja""", "promise_to_pay", date="2026-11-19",
          fam=["hinglish", "relative-span", "terse-mobile"]),
    Reply("R3014", at(18, "09:50", PH), """Good day! Please note that we will settle in full on the 15th of next month, Sir. Thank you for your patience.""",
          "promise_to_pay", date="2026-12-15", fam=["date-in-words", "non-native-ph"]),
    Reply("R3002", at(17, "22:15", NG), """Dear Sir,

Sorry for the late response. As I told your colleague Mr. Bauer on Friday, we will pay USD 4,320.00 this evening. The other invoice next week Thursday.

Chukwuemeka""", "promise_to_pay", date="2026-11-17", amount="4320.00", fam=["past-call-distractor", "two-dates", "late-evening", "non-native-ng"]),
    Reply("R3012", at(18, "10:20", NG), """Good day Sir,

Our Chairman will be back from Dubai on Sunday 22nd and the cheque requires two signatories. It will be lodged on Tuesday 24th November.

Regards,
Fatima""", "promise_to_pay", date="2026-11-24", fam=["relative-to-event", "weekday-ordinal", "cheque", "non-native-ng"]),
    Reply("R3003", at(20, "09:55", PH), """Hi, you will receive the payment on or before 12/11 together with our other suppliers. Thanks!""",
          "promise_to_pay", date="2026-12-11", fam=["locale-numeric-monthfirst", "non-native-ph"]),
    Reply("R3008", at(20, "12:15", USE), """Dana: paying 93015 on 12/2. 93016 – we never got a PDF, pls send and it'll go with it.""",
          "promise_to_pay", sec=["invoice_resend"], date="2026-12-02", inv=["93015", "93016"], fam=["locale-numeric-monthfirst", "two-asks", "terse-mobile"]),
    Reply("R3015", at(17, "11:30", USC), """We're running payables twice a month now. You're slotted for the 25th.""", "promise_to_pay", date="2026-11-25",
          fam=["ordinal-alone", "payment-cycle"]),
    Reply("R3004", at(20, "09:12", PL), """Dear Sir,

As you see below, our CFO confirmed.

Best regards
Agnieszka

From: Piotr Zieliński <p.zielinski@wisla-furniture.example>
Sent: Thursday, November 19, 2026 5:02 PM
To: Agnieszka Nowakowska <a.nowakowska@wisla-furniture.example>
Subject: RE: Northwind 93007

Agnieszka, please put 93007 in the transfer of 8 December, not 1 December as planned – the money from IKEA Industry comes on the 4th.

From: Agnieszka Nowakowska
Sent: Thursday, November 19, 2026 2:40 PM
To: Piotr Zieliński
Subject: Northwind 93007

Piotr, can we pay Northwind 93007 on 1 December?""", "promise_to_pay", date="2026-12-08", inv=["93007"],
          fam=["forwarded-chain", "moved-date", "reason-not-condition", "non-native-pl"]),
    Reply("R3011", at(19, "08:35", WA), """Right. $8,870 on the 3rd of December. Don't send the solicitors' letter.""", "promise_to_pay", date="2026-12-03",
          amount="8870.00", fam=["date-in-words", "legal-threat"]),
    Reply("R3010", at(17, "10:30", IE), f"""Dear Accounts Receivable,

We refer to your reminder of 13 November 2026 in respect of invoices INV-2026-93019 and INV-2026-93020.

We wish to advise that both invoices have been approved for payment and will be included in our EFT run of Thursday 10 December 2026.

Kind regards,

Accounts Payable
Shannon Valley Creamery DAC

{IE_FOOTER}""", "promise_to_pay", date="2026-12-10", inv=["93019", "93020"], sender=0,
          fam=["invoice-date-distractor", "weekday-ordinal", "formal-ap", "long-disclaimer"]),
    Reply("R3009", at(17, "15:30", USW), """Hi,

We're short-staffed for the holiday week. 93018 gets paid Monday the 30th; 93017 is on hold pending the PO receipt from Dr. Ferreira's office.

Tessa""", "promise_to_pay", date="2026-11-30", inv=["93018", "93017"], human=["conditional"], fam=["weekday-ordinal", "two-dates", "condition"]),
    Reply("R3005", at(19, "22:40", BR), """Sorry the hour. I confirm the transfer tomorrow but is holiday here (20 de novembro), so will be on monday 23.""",
          "promise_to_pay", date="2026-11-23", fam=["holiday", "moved-date", "late-evening", "non-native-br"]),
    Reply("R3007", at(19, "18:20", GB), """Fri 4th. G""", "promise_to_pay", date="2026-12-04", fam=["abbrev-weekday", "weekday-ordinal", "terse-mobile"]),
    Reply("R3013", at(20, "23:50", IN), """Dear sir, payment tomorrow positively. Thanks""", "promise_to_pay", date="2026-11-21", fam=["late-evening", "non-native-in"]),
    Reply("R3006", at(19, "09:25", VN), """Dear Sir,

The transfer for invoice No 93012 will be done within 5 working days.

Best regards,
Pham Thi Hoa""", "promise_to_pay", date="2026-11-26", inv=["93012"], fam=["working-days", "non-native-vn"]),
    Reply("R3003", at(18, "11:45", PH), """Hi! Our release of payment is every 15th and 30th of the month. You're already included in the Nov 30 release. Thank you.""",
          "promise_to_pay", date="2026-11-30", fam=["payment-cycle", "non-native-ph"]),
    Reply("R3015", at(19, "13:20", USC), """We'll have it to you by the end of the quarter. Our Q4 closes 12/31.""", "promise_to_pay", date="2026-12-31",
          fam=["quarter", "locale-numeric-monthfirst"]),
    Reply("R3012", at(17, "16:30", NG), """Ma, we will pay you between 1st and 5th December, latest 5th. Thank you.""", "promise_to_pay", date="2026-12-05",
          fam=["range-date", "non-native-ng"]),
    Reply("R3001", at(20, "14:10", IN), """Dear Sir,

Kindly note that our vendor payments are released on every alternate Saturday. Your payment is scheduled on Saturday, 28th November.

Regards
Rohan""", "promise_to_pay", date="2026-11-28", fam=["weekday-ordinal", "payment-cycle", "non-native-in"]),
    Reply("R3014", at(17, "22:30", PH), """Sir, very sorry for the delay. We will pay the whole 17,100 USD this coming Friday. Please don't hold our next shipment.""",
          "promise_to_pay", date="2026-11-20", amount="17100.00", partial=False, fam=["coming-weekday", "late-evening", "non-native-ph"]),
    Reply("R3008", at(18, "09:30", USE), """Dana: boss says Wed. 12/9 for everything. He's out at the boat show till then.""", "promise_to_pay", date="2026-12-09",
          fam=["abbrev-weekday", "locale-numeric-monthfirst", "absence-in-promise"]),
    Reply("R3004", at(17, "09:40", PL), """Dear Sir,

The payment for 93007 and 93008 will be done on the last working day of this month, as usual in our company.

Regards
Agnieszka Nowakowska""", "promise_to_pay", date="2026-11-30", inv=["93007", "93008"], fam=["last-working-day", "month-end-run", "non-native-pl"]),
    Reply("R3010", at(19, "20:10", IE), """Hi, it's Niamh from Shannon Valley, writing from my own email as the work laptop is in for repair. Both invoices will be paid on Tuesday the 1st.""",
          "promise_to_pay", date="2026-12-01", sender="niamh.ohalloran77@gmail.example", fam=["weekday-ordinal", "free-mail"]),
]
