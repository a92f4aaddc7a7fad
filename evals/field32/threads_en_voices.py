"""field32, English voices the other files have little of: HTML-only Outlook replies, disclaimers longer than the message,
"see below" forwards with the answer in the older mail, and a few more dated commitments."""

from evals.field.build import Reply
from evals.field32.kit import GB, IE, IN, SG, US_C, US_E, US_M, at

R = Reply

DISCLAIMER = """

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender immediately and delete it. Any views expressed are those of the individual sender and not necessarily those of the Trust. The Trust accepts no liability for any damage caused by any virus transmitted by this e-mail. Wyvern Valley Hospitals Trust, Trust Headquarters, Wyvern Road. Emails sent to and from the Trust may be monitored and may be disclosed under the Freedom of Information Act 2000."""

REPLIES = [
    R("M3214", at(9, "12:40", GB), """Dear Northwind,

INV-2026-93221 will be paid on Thursday 19 November in the Trust's weekly supplier run.

Regards
Procurement & AP""" + DISCLAIMER,
      "promise_to_pay", date="2026-11-19", inv=["93221"], sender=0, html=True, fam=["html-outlook", "long-disclaimer", "hospital", "date-in-words"]),
    R("M3211", at(12, "13:55", US_E), """Hi,

See below from our Controller.

Tessa

From: Brian Keogh <b.keogh@stbrendan-rmc.example>
Sent: Thursday, November 12, 2026 9:02 AM
To: Tessa Okonkwo
Subject: RE: Northwind 93217

Approved. Pay it with the 11/20 ACH batch.""",
      "promise_to_pay", date="2026-11-20", inv=["93217"], fam=["see-below", "forwarded-chain", "locale-numeric-monthfirst"]),
    R("M3202", at(12, "11:45", IE), """FYI – see below.

---------- Forwarded message ---------
From: Director of Finance <finance.director@ballyduffcoco.example>
Date: Wed 11 Nov 2026 at 17:20
Subject: Northwind

Máire, hold the Northwind payment until after the Audit Committee on the 25th, then release on the Friday.""",
      "promise_to_pay", date="2026-11-27", fam=["see-below", "forwarded-chain", "meeting-before-payment", "own-body-approval"]),
    R("M3205", at(13, "12:50", IN), """Dear Sir, please find below trail for your information.

From: Accounts Head
Sent: 12 November 2026 18:05
To: Rohan Kulkarni
Subject: Northwind payment

Rohan, release 93208 on 24.11 along with other foreign vendors. Not before.""",
      "promise_to_pay", date="2026-11-24", inv=["93208"], fam=["see-below", "forwarded-chain", "dotted-numeric", "non-native-in"]),
    R("M3208", at(11, "09:15", SG), """Dear Northwind,

The payment for 93212 was rescheduled from 17 Nov to 24 Nov due to the system upgrade. Apologies for the inconvenience.

Regards,
Divya Rajan
P2P Supervisor | Meranti Holdings Shared Services Centre

CONFIDENTIALITY NOTICE: This email (including any attachments) contains confidential information of Meranti Holdings and its affiliates and is for the intended recipient only. Unauthorised use, disclosure or copying is strictly prohibited. If you are not the intended recipient, please delete it and notify the sender. Meranti Holdings does not accept liability for any errors or omissions in the contents of this message which arise as a result of email transmission.""",
      "promise_to_pay", date="2026-11-24", inv=["93212"], html=True, fam=["html-outlook", "long-disclaimer", "moved-date"]),
    R("M3210", at(12, "16:20", US_C), """Oh good, a third reminder. We told you twice the check goes out after the board meeting on Monday. It will be mailed Tuesday. Please try to keep up.""",
      "promise_to_pay", date="2026-11-17", fam=["sarcasm", "board-approval", "bare-weekday"]),
    R("M3209", at(9, "15:10", US_M), """Pay date for both is 12/4 (Friday). Our controller moved it from 11/30 because of the Thanksgiving week close.""",
      "promise_to_pay", date="2026-12-04", fam=["moved-date", "locale-numeric-monthfirst", "thanksgiving"]),
    R("M3207", at(10, "14:40", SG), """Hi, payment for 93210 on 16/11, Monday. Thanks and regards, Wei Ling""",
      "promise_to_pay", date="2026-11-16", inv=["93210"], fam=["locale-numeric-dayfirst", "restated-date"]),
    R("M3201", at(13, "17:30", IE), """Hi, 93202 was caught in month-end close so it's pushed to the first run in December – the 1st.""",
      "promise_to_pay", date="2026-12-01", inv=["93202"], fam=["month-end-close", "ordinal-alone", "moved-date"]),
    R("M3203", at(11, "12:20", GB), """Paying the 742 on the 23rd after the winter barley's in. The 5,980 went on Monday.""",
      "already_paid", sec=["promise_to_pay"], inv=["93205", "93204"], date="2026-11-23", fam=["paid-and-promise", "ordinal-alone", "agriculture"], note="Monday 9th, the bank line BK32-002 a day later"),
    R("M3215", at(12, "10:45", GB), """Good morning. I'm the QS, not accounts. Please direct correspondence to accounts@kinrosstay-civils.example.""",
      "wrong_contact", fam=["wrong-desk", "construction"]),
    R("M3206", at(9, "17:20", IN), """Sir this is the hospital's pharmacy store ID, we don't handle vendor payments. Kindly mark to accounts@.""",
      "wrong_contact", sender="pharmacy.store@kaverihospital.example", fam=["wrong-desk", "non-native-in"]),
    R("M3213", at(10, "14:10", US_C), """Instalment 4, $1,500, goes the day before Thanksgiving this year since the bank's closed Thursday.""",
      "promise_to_pay", date="2026-11-25", amount="1500.00", fam=["instalment-existing-plan", "thanksgiving", "relative-to-event"]),
    R("M3204", at(9, "09:15", GB), """Good morning, with the Council's payment run being on the last Friday of the month, 93206 will go on the 27th.""",
      "promise_to_pay", date="2026-11-27", fam=["payment-run", "nth-weekday-of-month", "public-body"]),
]
