"""Hand-written English replies, part c: a Kampala preparator, a Whanganui sweep, a Durban luthier, a Vermont sweep."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field51.kit import AUTO, ET, NZ, UG, ZA, at

R = Reply

REPLIES: list[Reply] = [
    # J5107 Pearl Natural History Preparations, Kampala (en-UG, day-first)
    R("J5107", at(6, "09:40", UG), "Dear Sir/Madam,\n\nGreetings from Kampala. We acknowledge receipt of your reminder. Kindly note the payment for LPO PNP/LPO/0412 has been approved by the Board and shall be remitted by RTGS on 14/12/2027.\n\nRegards,\nJuliet Nakato\nAccountant", "promise_to_pay",
      date="2027-12-14", inv=["97011"], fam=["formal", "day-first", "lpo", "non-native"]),
    R("J5107", at(7, "11:05", UG), "Dear Northwind,\n\nWe have remitted USD 5,230 for invoice 97011. The difference of USD 30 is the intermediary bank charges which we are not able to absorb. Please find attached the swift copy.\n\nJuliet", "already_paid",
      inv=["97011"], amount=None, ref="PNPSWIFT1207", attachments=[("MT103_PNP.pdf", "application/pdf", "MT103 :20:PNPSWIFT1207 :32A:271207USD5230,00 :59:NORTHWIND SUPPLIES GMBH")], human=["amount differs"], fam=["bank-charges", "swift-copy"]),
    R("J5107", at(8, "14:22", UG), "Good afternoon. Kindly share for us the invoices with our TIN 1000000000 indicated, URA will not allow us to claim the input VAT without it. Both invoices please.", "po_change",
      fam=["tin-number", "non-native"]),
    R("J5107", at(9, "10:15", UG), "Dear Madam, the 940 invoice we are still waiting for the delivery note to be signed by the Museum stores. Once the GRN is out we pay. The other one we pay on Friday.", "promise_to_pay",
      date="2027-12-10", inv=["97012", "97011"], human=["conditional"], fam=["grn", "two-invoices", "non-native"]),
    R("J5107", at(13, "08:30", UG), "Juliet is on leave from 13/12/2027 to 07/01/2028. For urgent matters contact finance@pearlpreparations.example.", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence", "day-first"]),
    R("J5107", at(14, "12:50", UG), "Hello, this is Moses in the workshop. Juliet forwarded your mail to me by mistake I think. I do the skins and mounting, not payments. Please contact her.", "wrong_contact",
      sender="moses.k@pearlpreparations.example", fam=["workshop-staff"]),
    R("J5107", at(15, "16:10", UG), "Dear Sir, we received an email today stating your bank is now in Malta and asking us to update. We have NOT updated. Kindly confirm by phone to +256 700 000000 before we pay anything.", "other",
      human=["fraud worry"], fam=["fraud-worry", "changed-iban"]),
    R("J5107", at(16, "09:00", UG), "Dear Northwind, kindly accept to receive the 5,260 in two parts, 2,630 before Christmas and 2,630 in the third week of January. Our donor funds for the museum project are released quarterly.", "payment_plan_request",
      date="2027-12-24", amount="2630.00", inv=["97011"], fam=["instalments-proposed", "donor-funding"]),
    R("J5107", at(17, "10:20", UG), "Noted with thanks.", "other",
      fam=["no-action", "terse"]),
    R("J5107", at(10, "15:35", UG), "Kindly resend the invoice 97012, the copy we have is not stamped and our auditors reject unstamped copies.", "invoice_resend",
      inv=["97012"], fam=["non-native"]),

    # J5108 River City Chimneys, Whanganui (en-NZ)
    R("J5108", at(7, "08:05", NZ), "Kia ora, both paid by the 20th. Flat out with chimney inspections before the summer break. Tama", "promise_to_pay",
      date="2027-12-20", fam=["terse", "maori-greeting", "ordinal"]),
    R("J5108", at(8, "13:30", NZ), "Hi, we paid the 590 on the 3rd - can you check? Ref RIVERCITY 97014.", "already_paid",
      ref="RIVERCITY 97014", inv=["97014"], fam=["ordinal"]),
    R("J5108", at(9, "19:45", NZ), "The flue liners on 97013 were the wrong diameter - 150 not 125. We sent them back with your courier on 22/11. Where's our credit?", "dispute",
      inv=["97013"], fam=["return", "day-first"]),
    R("J5108", at(13, "07:20", NZ), "Kia ora koutou. The office is closed from 24 December to 10 January. Meri Kirihimete!", "out_of_office",
      headers=AUTO, sender=0, human=["absence over 14 days"], fam=["auto-absence", "christmas-closure", "maori-greeting"]),
    R("J5108", at(14, "10:10", NZ), "Can you change the billing name to River City Chimneys & Solid Fuel Ltd please, we've renamed. GST no 000-000-000 stays.", "po_change",
      fam=["name-change"]),
    R("J5108", at(15, "15:55", NZ), "Will do the 2,185 on Wednesday week and the other when Tama's back.", "promise_to_pay",
      date="2027-12-22", amount="2185.00", fam=["wednesday-week", "undated-remainder"], human=["undated remainder"]),
    R("J5108", at(16, "11:11", NZ), "This email address is no longer in use. Please update your records to accounts@rivercitychimneys.example", "wrong_contact",
      headers=AUTO, sender="t.parata@rivercitychimneys.example", fam=["mailbox-retired"]),
    R("J5108", at(17, "09:00", NZ), "Delivery has failed to these recipients or groups:\n\nadmin@rivercitychimneys.example\nThe email address you entered couldn't be found.\n\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "bounce",
      sender="postmaster@rivercitychimneys.example", dsn=("admin@rivercitychimneys.example", "5.1.10"), subject="Undeliverable: Reminder: overdue invoices – River City Chimneys Ltd", quote="none", fam=["dsn", "exchange"]),

    # J5109 Berea Strings, Durban (en-ZA)
    R("J5109", at(6, "10:30", ZA), "Hi\n\nWe'll settle R28,400 on the 25th... sorry, that's Christmas Day - make it Friday the 24th. The R6,150 goes in January once the school orders are paid.\n\nSanjay", "promise_to_pay",
      date="2027-12-24", amount="28400.00", human=["conditional"], fam=["corrected-date", "holiday-distractor", "conditional-remainder"]),
    R("J5109", at(7, "12:15", ZA), "Please find attached proof of payment for both invoices. EFT done 06/12. Reference BEREA NOV.", "already_paid",
      ref="BEREA NOV", attachments=[("POP_BereaStrings.pdf", "application/pdf", "Proof of payment. Amount R34,550.00. Beneficiary Northwind Supplies. Reference BEREA NOV. Date 2027/12/06")], fam=["proof-of-payment", "day-first"]),
    R("J5109", at(8, "09:05", ZA), "Eish, load shedding took our internet out all week. I'll pay as soon as I can get to the bank.", "promise_to_pay",
      human=["undated"], fam=["undated", "load-shedding"]),
    R("J5109", at(9, "14:40", ZA), "Your VAT is calculated at 16%. It's 15% in South Africa. Please correct 97015.", "dispute",
      inv=["97015"], fam=["vat-dispute"]),
    R("J5109", at(13, "16:20", ZA), "Good day, I'm the new bookkeeper at Berea Strings (I started Monday). Can you send me statements and copies of all open invoices so I can catch up?", "invoice_resend",
      sender="bookkeeper.berea@webmail.example", fam=["new-bookkeeper", "statement"]),
    R("J5109", at(14, "08:55", ZA), "Hi there, we close for the holidays on the 17th. Payments for both will be released on the first payment run after we reopen, 10 January.", "promise_to_pay",
      date="2028-01-10", fam=["christmas-closure", "reopening-date"]),
    R("J5109", at(15, "11:35", ZA), "Sanjay Pillay is away until 5 January 2028. Please contact accounts@bereastrings.example.", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence"]),
    R("J5109", at(16, "13:13", ZA), "Please note our banking details have changed to FNB, letter attached on our letterhead. Please confirm you will refund any overpayment to the new account only.", "other",
      human=["bank change notice"], attachments=[("FNB_confirmation.pdf", "application/pdf", "Bank confirmation letter: Berea Strings (Pty) Ltd, First National Bank, account 62000000000")], fam=["bank-change"]),

    # J5110 Green Mountain Sweep & Flue, Burlington VT (en-US, month-first)
    R("J5110", at(6, "08:45", ET), "Morning! Check for both goes out 12/13. Thanks for your patience, it's been a heck of a heating season.", "promise_to_pay",
      date="2027-12-13", fam=["month-first", "check"]),
    R("J5110", at(7, "15:10", ET), "Marcy's out sick. I'm the owner's wife, I'll let her know when she's back. No idea about the invoices, sorry.", "wrong_contact",
      sender="jeanne.tessier@gmail.example", fam=["family-member"]),
    R("J5110", at(8, "10:00", ET), "Check #4471 mailed 12/2 for $3,915. Should be there any day.", "already_paid",
      ref="4471", amount=None, inv=["97017"], fam=["check-in-mail", "month-first"]),
    R("J5110", at(9, "16:30", ET), "Can we pay with a credit card? If so can you send a link? We'd rather not mail checks this time of year with the post office slammed.", "other",
      human=["payment method question"], fam=["card-question"]),
    R("J5110", at(10, "11:25", ET), "We're a 501(c)(3)? No we're not, sorry - wrong email, I do the books for the Burlington Firefighters Auxiliary too and mixed up the inboxes. Ignore.", "other",
      fam=["no-action", "mixed-up"], note="the sender withdraws her own message"),
    R("J5110", at(13, "09:50", ET), "Please send the W-9 and your ACH instructions on letterhead. Our bank makes us verify new vendors by phone now after someone got scammed.", "other",
      human=["tax form", "bank verification"], fam=["w9", "fraud-worry"]),
    R("J5110", at(14, "14:05", ET), "680 on 12/20, rest right after the new year", "promise_to_pay",
      date="2027-12-20", amount="680.00", human=["undated remainder"], fam=["terse", "month-first"]),
    R("J5110", at(15, "17:40", ET), "Happy holidays! Our office is closed Dec 23 - Dec 27. We'll respond to your email when we return on Tuesday, Dec 28.", "out_of_office",
      headers=AUTO, sender=0, fam=["auto-absence", "christmas-closure"]),
    R("J5110", at(16, "12:30", ET), "You double-billed us - 97018 is the same chimney cap order as 97017, look at the line items. Please void it.", "dispute",
      inv=["97018", "97017"], fam=["duplicate-billing"]),
]

PAYMENTS: list[Payment] = [
    Payment("BK51-006", "J5107", "2027-12-08", "5230.00", "USD", "PNPSWIFT1207 PEARL NATURAL HISTORY"),
    Payment("BK51-007", "J5108", "2027-12-03", "590.00", "NZD", "RIVERCITY 97014"),
    Payment("BK51-008", "J5109", "2027-12-07", "34550.00", "ZAR", "BEREA NOV"),
    Payment("BK51-009", "J5110", "2027-12-15", "3915.00", "USD", "CHECK 4471", "check"),
]
