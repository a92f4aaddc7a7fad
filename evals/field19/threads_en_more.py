"""More English replies in field19: Indian, Polish, Chinese, Arabic and Italian writers' dates, and a few more intents."""

from __future__ import annotations

from evals.field19.build import Reply as R
from evals.field19.kit import GB, HK, IN, IT, MT, NG, PL, QLD, SA, SG, US, USC, at

DSN = ("This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n<{rcpt}>: host {host} said: {code}\n")

REPLIES = [
    R("S1903", at(26, "18:05", IN), "Dear Madam, payment will be processed on coming Monday i.e. 30th Nov. Kindly treat this mail as confirmation.", "promise_to_pay", date="2026-11-30", fam=["weekday-ordinal", "non-native-in"]),
    R("S1903", at(27, "12:40", IN), "Sir, both invoices will be paid on or before 15-12-2026 without fail.", "promise_to_pay", date="2026-12-15", fam=["dashed-numeric", "non-native-in"]),
    R("S1904", at(23, "15:45", PL), "Hello, we will transfer on Wed. 2nd of December. Best regards", "promise_to_pay", date="2026-12-02", fam=["abbrev-weekday", "weekday-ordinal", "non-native-pl"]),
    R("S1905", at(24, "18:30", HK), "Hi, our boss say can pay after 10th Dec once you ship the pending order. Thx", "promise_to_pay", date="2026-12-10", human=["conditional"], fam=["credit-hold-condition", "non-native-zh"], note="after the 10th taken as the 10th"),
    R("S1906", at(27, "14:30", SA), "Dear Sir, kindly note the next instalment will be paid after our month-end closing, on 3rd December.", "promise_to_pay", date="2026-12-03", partial=False, fam=["plan-instalment", "month-end-closing", "non-native-ar"]),
    R("S1907", at(23, "17:30", IT), "Good evening, we pay the 19072 the next Monday, the 19071 at the end of the month of December.", "promise_to_pay", date="2026-11-30", inv=["19072", "19071"], fam=["next-weekday", "two-dates", "non-native-it"]),
    R("S1910", at(26, "17:45", SG), "Hi, can confirm payment on Tue 1/12. Tks", "promise_to_pay", date="2026-12-01", fam=["abbrev-weekday", "sg-numeric"], note="Singapore writes day-first"),
    R("S1902", at(23, "09:10", US), "We're good for the 19021 balance on Dec 18, after our distributor pays us on the 15th.", "promise_to_pay", date="2026-12-18", human=["conditional"], fam=["condition-date", "month-name"]),
    R("S1909", at(23, "19:30", QLD), "Will pay Friday week, boat's in for service till then.", "promise_to_pay", date="2026-12-04", fam=["friday-week"]),
    R("S1901", at(27, "21:40", GB), "Right, sorted it with the partners tonight. Full payment Monday morning.", "promise_to_pay", date="2026-11-30", fam=["late-evening", "weekday"]),
    R("S1912", at(26, "09:45", NG), "Good morning, we will pay on the 11th. Thank you for your patience.", "promise_to_pay", date="2026-12-11", fam=["ordinal-alone", "non-native-ng"]),
    R("S1911", at(24, "12:30", USC), "We'll pay what we can, $1,500, next Friday, rest when the pecans sell.", "promise_to_pay", date="2026-12-04", amount="1500.00", human=["conditional"], fam=["partial", "next-weekday"]),
    R("S1904", at(27, "11:50", PL), "Hello, please send us both invoices once more with the CMR numbers. Thank you", "invoice_resend", fam=["copy", "non-native-pl"]),
    R("S1906", at(26, "10:40", SA), "Dear Sir, kindly share the tax invoice in Arabic and English as per ZATCA requirement for 19061.", "invoice_resend", inv=["19061"], fam=["bilingual-invoice", "non-native-ar"]),
    R("S1905", at(27, "11:20", HK), "Pls issue invoice to our Shenzhen company 深圳翡翠港电子有限公司 instead of HK company, and send again.", "po_change", sec=["invoice_resend"], fam=["entity-change", "non-native-zh"]),
    R("S1903", at(25, "16:40", IN), "Dear Sir, please upload the invoices on our vendor portal (Coupa) instead of email henceforth. Kindly do the needful.", "po_change", fam=["supplier-portal", "non-native-in"]),
    R("S1912", at(27, "12:15", NG), "Kindly help us with a payment plan of three months for both invoices, starting 15th December. We are appealing.", "payment_plan_request", date="2026-12-15", fam=["plan-instalments", "non-native-ng"]),
    R("S1908", at(26, "12:20", MT), "Our counsel proposes three equal payments, January to March, subject to your written agreement.", "payment_plan_request", fam=["plan-undated", "legal-account"]),
    R("S1905", at(23, "09:07", HK), "Delivery has failed to these recipients or groups:\n\nw.chan@jadeharbour.example\nThe email address you entered couldn't be found.", "bounce", sender="postmaster@jadeharbour.example", subject="Undeliverable: Reminder: overdue invoices – Jade Harbour Electronics Ltd", dsn=("w.chan@jadeharbour.example", "5.1.1"), fam=["dsn-exchange"]),
    R("S1906", at(25, "09:07", SA), DSN.format(host="mx.alnoordental.example", rcpt="o.alharbi@alnoordental.example", code="550 5.4.1 Recipient address rejected: Access denied"), "bounce", sender="MAILER-DAEMON@mx.alnoordental.example", subject="Undelivered Mail Returned to Sender", dsn=("o.alharbi@alnoordental.example", "5.4.1"), fam=["dsn-postfix"]),
]
