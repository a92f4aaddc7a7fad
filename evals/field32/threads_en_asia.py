"""field32, English from India and Singapore: an infrastructure firm's purchase department, a hospital on credit hold, a
precast yard and a holding's shared-service centre (strategic)."""

from evals.field.build import Payment, Reply
from evals.field32.kit import AUTO, IN, SG, at

R = Reply

PAYMENTS = [
    Payment("BK32-005", "M3205", "2026-11-10", "12615.00", "USD", "SAHYADRI INFRA UTR HDFCR52026111012345"),
    Payment("BK32-006", "M3207", "2026-11-11", "8820.00", "SGD", "TANJONG PRECAST GIRO TPE0877"),
    Payment("BK32-007", "M3208", "2026-11-12", "24300.00", "USD", "MERANTI SSC TT 4500982231"),
]

REPLIES = [
    R("M3205", at(9, "11:20", IN), """Dear Sir, kindly note payment for bill no. 93207 is under process and shall be released on or before 20/11/2026 post Diwali closing. Regards, Purchase Dept.""",
      "promise_to_pay", date="2026-11-20", inv=["93207"], sender=0, fam=["non-native-in", "locale-numeric-dayfirst", "holiday"]),
    R("M3205", at(10, "16:45", IN), """Dear Team, Payment of USD 12,640/- for INV-2026-93207 has been remitted on 10.11.2026 vide UTR HDFCR52026111012345. Kindly acknowledge receipt. Rohan Kulkarni""",
      "already_paid", inv=["93207"], ref="HDFCR52026111012345", human=["amount differs"], fam=["utr", "non-native-in", "bank-charges"], note="BK32-005 is 25.00 short: bank charges"),
    R("M3205", at(11, "12:05", IN), """Sir, in invoice 93208 the PO no. is mentioned as SIP/PUR/2026-27/0466 which is for Nashik site. Material was delivered at Aurangabad site, correct PO is SIP/PUR/2026-27/0471. Kindly revise and resubmit invoice with correct PO and site GSTIN else it will not be booked.""",
      "po_change", inv=["93208"], fam=["procurement", "tax-id", "non-native-in", "construction"]),
    R("M3205", at(12, "10:10", IN), """Dear Madam, 93208 payment will be done in next week's payment cycle i.e. Thursday. Rgds Rohan""",
      "promise_to_pay", date="2026-11-19", inv=["93208"], fam=["non-native-in", "payment-cycle", "next-week-weekday"]),
    R("M3205", at(13, "18:30", IN), """Dear Sir/Madam, we require Form 10F and your tax residency certificate for FY 2026-27 before any further remittance abroad. Kindly send at the earliest so that 15CA/15CB can be filed.""",
      "other", human=["tax forms"], sender=0, fam=["tax-forms", "non-native-in"]),
    R("M3205", at(9, "09:00", IN), """I am on leave from 09-Nov to 04-Dec for my sister's marriage. For any urgent matter kindly contact purchase@sahyadri-infra.example. Rohan Kulkarni""",
      "out_of_office", headers=AUTO, quote="none", human=["returns more than 14 days out"], fam=["ooo-long", "non-native-in"], subject="Out of Office: Reminder: overdue invoices – Sahyadri Infra Projects Pvt Ltd"),
    R("M3206", at(9, "15:15", IN), """Dear Sir, Hospital board meeting is on 18th Nov, after board approval payment of 93209 will be released by 25th Nov. Kindly bear with us and release the hold on our pending consignment. Sudha Hegde""",
      "promise_to_pay", date="2026-11-25", fam=["hospital", "board-approval", "meeting-before-payment", "own-body-approval", "non-native-in"], note="the hospital's own board: not a condition"),
    R("M3206", at(10, "11:40", IN), """Sir, the 2 units of infusion pump in 93209 were received in damaged condition, photos already shared with your service engineer on 22/10. We will not pay for these until replacement. Balance amount we can pay.""",
      "dispute", sec=["promise_to_pay"], human=["undated"], fam=["hospital", "damaged-goods", "past-call-distractor"]),
    R("M3206", at(11, "14:00", IN), """Kindly allow us to pay 93209 in 3 EMIs of USD 3,091.67, from 1st December. Hospital collections from insurance TPAs are delayed.""",
      "payment_plan_request", date="2026-12-01", amount="3091.67", fam=["instalments", "non-native-in", "hospital"]),
    R("M3206", at(12, "19:50", IN), """We have transferred USD 4,000 today as part payment against 93209. Ref SBIN326111200418. Balance shortly.""",
      "already_paid", ref="SBIN326111200418", human=["no matching payment"], fam=["part-payment", "non-native-in"]),
    R("M3206", at(13, "10:25", IN), """Please stop sending mails to me, I have moved to the Bengaluru unit. Accounts team is accounts@kaverihospital.example.""",
      "wrong_contact", fam=["contact-gone"]),
    R("M3207", at(9, "10:30", SG), """Hi, noted. Will pay 93210 by this Fri. Thanks. Wei Ling""",
      "promise_to_pay", date="2026-11-13", inv=["93210"], fam=["terse-mobile", "abbrev-weekday", "this-weekday"]),
    R("M3207", at(11, "17:05", SG), """Hi, payment already made via GIRO on 11/11 for 93210, reference TPE0877. Pls check again. 93211 will be in our end-month run on 30/11.""",
      "already_paid", sec=["promise_to_pay"], inv=["93210", "93211"], ref="TPE0877", date="2026-11-30", fam=["singlish", "locale-numeric-dayfirst", "month-end-run", "paid-and-promise"], note="the bank line is 11 Nov, matches BK32-006"),
    R("M3207", at(11, "13:45", SG), """Hello, for 93211 the quantity billed is 48 pcs but DO shows 42 pcs delivered to Tuas site. Pls issue CN for 6 pcs then we can process.""",
      "dispute", inv=["93211"], fam=["construction", "quantity", "singlish"]),
    R("M3207", at(12, "08:15", SG), """Hi can resend 93211 with the DO attached? Our project QS needs it for the progress claim. Tks""",
      "invoice_resend", inv=["93211"], fam=["terse-mobile", "construction"]),
    R("M3207", at(13, "17:20", SG), """Dear Sir, we will make payment for 93211 on 2nd Dec after our main con releases progress payment on 27/11. Hope can understand.""",
      "promise_to_pay", date="2026-12-02", inv=["93211"], human=["conditional"], fam=["construction", "third-party-payment", "condition-date", "singlish"]),
    R("M3208", at(9, "09:00", SG), """[Meranti P2P Helpdesk] Case MH-CS-772913 created. Thank you for contacting the Meranti Holdings P2P Helpdesk. A service agent will respond within 3 business days. This is a system-generated message.""",
      "other", fam=["no-action", "ticketing-system", "shared-mailbox"], sender=0, headers=AUTO, quote="none"),
    R("M3208", at(12, "15:10", SG), """[Meranti P2P Helpdesk] Case MH-CS-772913 – Resolved
Dear Supplier,
Invoice INV-2026-93212 has been paid by TT on 12 Nov 2026 (payment document 4500982231). Please allow 2-3 working days for receipt.
P2P Helpdesk""",
      "already_paid", ref="4500982231", sender=0, headers=AUTO, fam=["ticketing-system", "scheduled-paid"], note="BK32-007 matches by reference"),
    R("M3208", at(11, "16:40", SG), """Hi, the entity on 93212 is wrong. Since 1 Oct the buyer is Meranti Regional Procurement Pte Ltd (UEN 202612345K), not Meranti Holdings. Pls cancel and reissue to new entity, otherwise our system will auto-reject. Divya""",
      "po_change", fam=["entity-change", "tax-id", "shared-mailbox"]),
    R("M3208", at(12, "10:20", SG), """Hi, invoices can only be submitted via our Coupa supplier portal from now. Email invoices will not be processed. Pls contact your Coupa admin for onboarding.""",
      "po_change", inv=[], sender=0, fam=["supplier-portal"]),
    R("M3208", at(13, "11:55", SG), """Hi, Divya is on maternity leave. I am covering the vendor desk, kindly address queries to me at s.tan@meranti-ssc.example going forward.""",
      "wrong_contact", sender="s.tan@meranti-ssc.example", fam=["contact-gone", "maternity"]),
]
