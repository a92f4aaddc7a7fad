"""English promises (plain and dated, and the ones that look plain but need a person: a figure without currency, a
figure in words, 'half', a condition, an instalment of an existing arrangement, more than 30 days out), payments
claimed (matched, short, unmatched, part paid, with a correction asked beside them) and plan requests."""

from evals.field14.kit import EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("EM")
P, R = k.paid, k.r

# promise_to_pay
R("T1401", 24, "Hi, both will go in Thursday's payment run. Megan", "promise_to_pay", date=nxt(24, "thu"), hm="12:30", fam=["promise", "weekday", "payment-run"])
R("T1402", 24, "Check will be cut 12/4.", "promise_to_pay", date="2026-12-04", hm="16:50", fam=["promise", "us-numeric", "terse"])
R("T1404", 25, "Sir, we will release 1500 on Friday and balance next week.", "promise_to_pay", date=nxt(25, "fri"), amount="1500.00", hm="18:20", fam=["promise", "partial", "figure-no-currency", "en-IN"])
R("T1405", 24, "Can do half by the end of the week, and the other half when the term fees come in.", "promise_to_pay", date=nxt(24, "fri"), human=["partial", "conditional"], hm="20:30", fam=["promise", "half", "conditional", "eow"], note="half by EOW (Friday), the rest when term fees arrive")
R("T1407", 24, "We'll send twelve hundred on Monday and the rest after the holidays.", "promise_to_pay", date=nxt(24, "mon"), amount="1200.00", hm="15:15", fam=["promise", "partial", "figure-in-words"])
R("T1408", 24, "We'll pay 14081 as soon as the municipality releases our grant tranche.", "promise_to_pay", inv=["14081"], human=["conditional"], hm="12:10", fam=["promise", "conditional", "grant"])
R("T1401", 25, "We'll settle both in our January run on 15 January - cash is tied up in Christmas stock until then.", "promise_to_pay", date="2027-01-15", fam=["promise", "over-30-days"])
R("T1402", 25, "Per the arrangement with Bruno, installment 2 of 3 ($2,446.67) goes out 12/1.", "promise_to_pay", date="2026-12-01", amount="2446.67", hm="11:40", fam=["promise", "instalment-existing-plan", "us-numeric"])
R("T1404", 26, "Dear Sir, we will make the payment at the earliest. Regards", "promise_to_pay", human=["undated"], hm="12:55", fam=["promise", "undated", "en-IN"])
R("T1405", 26, "Paying it tomorrow morning, sorry it slipped!", "promise_to_pay", date=plus(26, 1), hm="21:45", fam=["promise", "tomorrow", "apology"])
R("T1406", 26, "The Trust's BACS run on 3 December will include INV-2026-14061.", "promise_to_pay", inv=["14061"], date="2026-12-03", fam=["promise", "payment-run", "flag-strategic"])
R("T1407", 26, "We'll pay on the 4th provided the rest of the book order turns up by then.", "promise_to_pay", date="2026-12-04", human=["conditional"], hm="16:40", fam=["promise", "ordinal-alone", "conditional"])
R("T1401", 25, "Will pay the 615 on Friday, the bigger one once Megan's back from leave.", "promise_to_pay", date=nxt(25, "fri"), amount="615.00", partial=False, inv=["14012", "14011"], human=["conditional"], sender=0, fam=["promise", "two-invoices", "conditional", "figure-no-currency"])
R("T1403", 26, "Lift the hold and we'll pay the 3,960 tomorrow.", "promise_to_pay", date=plus(26, 1), amount="3960.00", partial=False, human=["conditional"], fam=["promise", "conditional", "credit-hold", "flag-credit-hold"])
R("T1407", 27, "Jen here - scheduled for 12/2, both invoices.", "promise_to_pay", date="2026-12-02", hm="10:10", fam=["promise", "us-numeric", "scheduled"])
R("T1402", 27, "We'll pay seven thousand today and the rest Monday.", "promise_to_pay", date=on(27), amount="7000.00", hm="12:05", fam=["promise", "partial", "figure-in-words"])

# already_paid
P("T1401", 23, "Paid both on Friday, ref CC-NOV-118.", paid_on=20, ref="CC-NOV-118", bank_ref="CC-NOV-118 CRUMB AND CRUST", fam=["paid", "weekday-past", "reference"])
P("T1402", 24, "We wired the full balance yesterday.", paid_on=23, hm="10:20", fam=["paid", "yesterday"])
R("T1404", 24, "Dear Sir, we have remitted 2000 on 20-Nov vide UTR SBIN326112045578. Balance shall be released after reconciliation.", "already_paid", sec=["promise_to_pay"], ref="SBIN326112045578", human=["amount differs from the open balance", "conditional"], hm="15:10", fam=["paid", "part-paid", "figure-no-currency", "rest-conditional", "en-IN"])
k.bank("T1404", 20, "2000.00", "UTR SBIN326112045578 LOTUS COURIER")
R("T1405", 25, "We transferred half of the October one on the 18th, the rest after Christmas.", "already_paid", sec=["promise_to_pay"], inv=["14051"], human=["amount differs from the open balance", "undated"], hm="13:40", fam=["paid", "half", "part-paid"], note="half of 14051 paid 18 Nov; 'after Christmas' names no date")
k.bank("T1405", 18, "670.00", "REDGUM DANCE ACADEMY")
P("T1406", 23, "Payment released 20 November under remittance KMT-RA-5581.", ref="KMT-RA-5581", paid_on=20, fam=["paid", "remittance", "flag-strategic"])
R("T1407", 23, "I'm sure we paid this in October. Check your records.", "already_paid", human=["no matching payment"], hm="10:35", fam=["paid", "no-bank-line", "curt"])
P("T1408", 23, "Paid in full on 19 November; please note our bank deducted the intermediary charges.", paid_on=19, bank_amount="5185.00", bank_ref="CAPE AQUARIUM FOUNDATION NPC", human=["amount differs from the open balance"], fam=["paid", "bank-charges", "short"])
P("T1401", 26, "Already paid. As I told your colleague twice. Ref CC-4471.", ref="CC-4471", paid_on=19, bank_ref="CRUMB CC-4471", human=["complaint about repeated reminders"], hm="16:45", fam=["paid", "sarcasm", "complaint"])
P("T1402", 26, "Check #40871 mailed 11/18.", ref="40871", paid_on=23, bank_ref="CHK 40871", hm="13:10", fam=["paid", "cheque", "us-numeric"])
R("T1407", 25, "We paid one thousand on the 20th and will do the rest next week.", "already_paid", sec=["promise_to_pay"], date=nwk(25), human=["amount differs from the open balance"], hm="14:35", fam=["paid", "figure-in-words", "part-paid", "rest-next-week"])
k.bank("T1407", 20, "1000.00", "PAGE LANTERN BOOKSHOPS")
P("T1405", 27, "Paid this arvo, receipt attached :)", paid_on=27, hm="15:20", attachments=[("receipt.pdf", "application/pdf", "Transfer receipt\nTo: Northwind Supplies GmbH\nAmount: USD 1,760.00\nDate: 27/11/2026")], fam=["paid", "today", "casual"])
R("T1408", 26, "We paid the 5,210 on 16 November, but I suspect it went to your old bank account. Can you check?", "already_paid", amount=None, human=["no matching payment"], hm="09:35", fam=["paid", "no-bank-line", "old-bank-account"])
P("T1403", 25, "Paid Tuesday, ref NHV-2411.", ref="NHV-2411", paid_on=24, fam=["paid", "weekday-past", "flag-credit-hold"])
R("T1401", 25, "Paid 14011 today. Can you send us a copy of 14012 with our PO 4410-BK on it?", "already_paid", sec=["po_change"], inv=["14011", "14012"], human=["amount differs from the open balance"], hm="14:05", fam=["paid", "plus-po-change", "copy-with-correction"])
k.bank("T1401", 25, "2480.00", "CRUMB CRUST 14011")
R("T1406", 27, "We paid £9,150 on 18 November. The £500 retention is held until the snagging list is signed off, as per contract.", "already_paid", human=["amount differs from the open balance"], fam=["paid", "retention", "short", "flag-strategic"])
k.bank("T1406", 18, "9150.00", "KESTREL MUSEUM TRUST")
P("T1407", 26, "Sent via ACH 11/20, trace 021000021774512.", ref="021000021774512", paid_on=20, hm="11:25", fam=["paid", "ach-trace", "us-numeric"])

# payment_plan_request
R("T1401", 23, "Could we spread the 2,480 over three months? The Christmas stock has cleaned us out.", "payment_plan_request", inv=["14011"], hm="15:30", fam=["plan", "spread", "undated"])
R("T1402", 23, "Would you accept $2,000 a month starting 12/15 until it's cleared?", "payment_plan_request", date="2026-12-15", amount="2000.00", hm="17:20", fam=["plan", "monthly", "us-numeric"])
R("T1404", 23, "Respected Sir, due to cash crunch request you to kindly allow us to pay in 4 equal instalments.", "payment_plan_request", hm="17:45", fam=["plan", "instalments", "undated", "en-IN"])
R("T1405", 23, "Is there any way we could pay it off weekly? Like $150 a week from next Friday?", "payment_plan_request", date=nwk(23), amount="150.00", hm="19:15", fam=["plan", "weekly", "next-friday"])
R("T1406", 27, "Could we agree a revised schedule - £3,000 on 15 December and the balance in January?", "payment_plan_request", date="2026-12-15", amount="3000.00", hm="12:00", fam=["plan", "schedule", "flag-strategic"])
R("T1407", 23, "Can we pay half now and half in January?", "payment_plan_request", date=on(23), hm="14:15", fam=["plan", "half-now", "question", "vs-promise"])
R("T1408", 27, "We're on a payment arrangement for the earlier invoices. Could we add 14081 to it and stretch the whole thing to six months?", "payment_plan_request", inv=["14081"], fam=["plan", "extend-existing", "vs-instalment"])
R("T1403", 23, "Can we do 4 x €990 monthly from 1 December? That's the only way we clear it before year end.", "payment_plan_request", date="2026-12-01", amount="990.00", fam=["plan", "monthly", "flag-credit-hold"])
R("T1401", 27, "Could we have another 30 days on 14012? The cold room repair has eaten this month's budget.", "payment_plan_request", inv=["14012"], hm="13:25", fam=["plan", "deferral", "undated"])
R("T1402", 27, "Any chance we could pay this quarterly along with the slip fees?", "payment_plan_request", hm="15:40", fam=["plan", "quarterly", "undated"])
R("T1404", 27, "Kindly confirm if we can pay 1000 now and the balance in two parts in Dec and Jan.", "payment_plan_request", date=on(27), amount="1000.00", hm="11:15", fam=["plan", "figure-no-currency", "question", "en-IN"])
R("T1407", 27, "Is it possible to break this up? Even two payments would help a lot.", "payment_plan_request", hm="17:00", fam=["plan", "split", "undated"])

REPLIES = k.replies
PAYMENTS = k.payments
