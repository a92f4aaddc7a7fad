"""English replies other than plain promises (field27): payments claimed, disputes, copies, billing changes, plans,
absences, bounces, wrong contacts and the rest (fraud checks, tax forms, a Chapter 11 notice, counsel-only contact)."""

from evals.field.build import Payment, Reply
from evals.field27.kit import AUTO, BD, CA, GB, IE, NG, PH, PL, QLD, USC, USW, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK27-001", "W2701", "2026-11-23", "5175.00", "GBP", "PENWITH CIDER PRESS PENWITH NOV"),
    P("BK27-002", "W2703", "2026-11-24", "8725.00", "USD", "PADMA GOLDEN FIBRE PGF-TT-4471"),
    P("BK27-003", "W2705", "2026-11-20", "1730.00", "USD", "MINDANAO COPRA MCC-APV-10877"),
    P("BK27-004", "W2707", "2026-11-23", "960.00", "AUD", "BOWEN RIDGE MANGOES BOWEN960"),
    P("BK27-005", "W2709", "2026-11-20", "5120.00", "EUR", "CONNEMARA GREEN MARBLE CGM REM 3318"),
    P("BK27-006", "W2710", "2026-11-19", "1140.00", "EUR", "BURSZTYN MOTLAWSKI SP Z O O FV 92717"),
    P("BK27-007", "W2702", "2026-11-18", "2390.00", "CAD", "SIMILKAMEEN ORCHARD EFT000918"),
    P("BK27-008", "W2704", "2026-11-24", "2200.00", "USD", "OGUN VALLEY STARCH OVSP NOV INST"),
    P("BK27-009", "W2708", "2026-11-20", "10870.00", "USD", "BRAZOS PECAN SHELLING"),
    P("BK27-010", None, "2026-11-25", "1850.00", "EUR", "PRZELEW J KOWALSKI PRYWATNY"),
]


def _ooo(cust: str, day: int, hm: str, off: str, text: str, name: str, **kw: object) -> Reply:
    return R(cust, at(day, hm, off), text, "out_of_office", headers=AUTO, subject=f"Automatic reply: Reminder: overdue invoices – {name}",
             quote="none", gap_days=0, **kw)


REPLIES = [
    # --- already paid
    R("W2701", at(24, "10:00", GB), "Paid both yesterday, ref PENWITH NOV.", "already_paid", ref="PENWITH NOV", fam=["terse-mobile", "reference"], note="matches BK27-001"),
    R("W2703", at(25, "12:40", BD), "Dear Sir, we have remitted USD 8,740 against invoice 92705 on 23/11/2026 by TT, ref PGF-TT-4471. Please acknowledge.", "already_paid", ref="PGF-TT-4471", inv=["92705"], human=["paid amount differs"], fam=["bank-charges-short", "non-native-bd"], note="BK27-002 is 15.00 short: bank charges"),
    R("W2705", at(24, "15:00", PH), "Hi po, INV-2026-92709 was paid last Nov 20 via bank transfer, reference MCC-APV-10877. Kindly check.", "already_paid", ref="MCC-APV-10877", inv=["92709"], fam=["non-native-ph", "reference"], note="matches BK27-003"),
    R("W2707", at(26, "09:20", QLD), "Paid 92712 Monday mate, $960, ref BOWEN960.", "already_paid", ref="BOWEN960", inv=["92712"], fam=["terse-mobile", "reference"], note="matches BK27-004"),
    R("W2709", at(25, "12:30", IE), "Hi, we paid 92714 and 92715 by EFT on the 20th. Remittance attached.", "already_paid", ref="CGM-REM-3318", inv=["92714", "92715"],
      attachments=[("remittance.txt", "text/plain", "REMITTANCE ADVICE CGM-REM-3318\nConnemara Green Marble Ltd\nINV-2026-92714 4,480.00\nINV-2026-92715 640.00\nTotal EUR 5,120.00\nValue date 20/11/2026")],
      fam=["remittance-attachment"], note="matches BK27-005"),
    R("W2710", at(23, "09:30", PL), "Dear Sirs, we paid the invoice 92717 on 19.11.2026, title of transfer 'FV 92717'.", "already_paid", ref="FV 92717", inv=["92717"], fam=["dotted-numeric", "non-native-pl"], note="matches BK27-006"),
    R("W2706", at(24, "11:00", USW), "We sent a check, #2231, on Nov 16 for the full amount. Check your mail room.", "already_paid", ref="2231", human=["no matching payment"], fam=["cheque-number"]),
    R("W2702", at(25, "08:30", CA), "Good morning,\n\nOur records show INV-2026-92704 was paid by EFT on November 18, 2026, payment number EFT-000918. Please apply accordingly.\n\nAccounts Payable", "already_paid", ref="EFT-000918", inv=["92704"], fam=["formal-ap", "remittance-reference-variant"], sender=0, note="matches BK27-007"),
    R("W2704", at(26, "10:10", NG), "We paid the November instalment of $2,200 on the 24th, ref OVSP/NOV/INST. Kindly update your records.", "already_paid", ref="OVSP/NOV/INST", human=["matches an instalment, not the balance"], fam=["instalment-existing-plan", "non-native-ng"], note="BK27-008 is the instalment"),
    R("W2708", at(24, "14:20", USC), "Our bank confirms a wire of $10,870.00 went out Friday Nov 20, Fed ref 20261120B1Q8021C000417.", "already_paid", ref="20261120B1Q8021C000417", fam=["remittance-reference-variant", "legal-account"], note="matches BK27-009 by amount and date"),
    # --- disputes
    R("W2701", at(23, "14:10", GB), "92702 charges us for 12 cases of bottles, we only got 10 - the driver has the signed note. The other one we'll pay on Friday.", "dispute", sec=["promise_to_pay"], date="2026-11-27", inv=["92702"], fam=["short-delivery", "weekday"]),
    R("W2702", at(24, "09:15", CA), "The price on INV-2026-92703 does not reflect the 4% volume rebate in our supply agreement. Please issue a credit note for CAD 659.20.", "dispute", inv=["92703"], fam=["rebate", "formal-ap"], sender=0),
    R("W2703", at(26, "12:20", BD), "Dear Sir, the 40 bales under PO PGF/PO/2219 were received wet and damaged, surveyor report is with our insurer. We will not pay until the claim is settled.", "dispute", fam=["damaged-goods", "non-native-bd"]),
    R("W2705", at(25, "10:40", PH), "We were billed twice po - 92709 looks like a duplicate of the freight line on 92708.", "dispute", inv=["92709", "92708"], fam=["duplicate-billing", "non-native-ph"]),
    R("W2706", at(23, "18:10", USW), "Half those bags were rotten on arrival. Not paying for junk.", "dispute", fam=["terse-mobile", "quality"]),
    R("W2707", at(25, "13:30", QLD), "You've charged GST on 92711 twice, once on the cartons and again on the freight.", "dispute", inv=["92711"], fam=["vat-dispute"]),
    R("W2708", at(26, "11:45", USC), "The $250 late fee on your statement is not in any contract we signed. We dispute it.", "dispute", fam=["fees", "legal-account"], sender=0),
    R("W2709", at(26, "15:20", IE), "The slabs delivered were the wrong finish, honed rather than polished. They're going back to you; please cancel INV-2026-92714.", "dispute", inv=["92714"], fam=["wrong-goods"]),
    R("W2710", at(24, "11:50", PL), "Sorry but invoice 92716 has price 14 EUR per kg for the resin and the offer was 12 EUR. Please correct it.", "dispute", inv=["92716"], fam=["price", "non-native-pl"]),
    # --- copies
    R("W2701", at(26, "12:30", GB), "Can you resend 92701? Can't find it anywhere.", "invoice_resend", inv=["92701"], fam=["copy", "terse-mobile"]),
    R("W2703", at(23, "11:00", BD), "Dear Sir, kindly send us copy of the invoices together with signed commercial invoice for bank purpose.", "invoice_resend", fam=["copy", "non-native-bd"], sender=0),
    R("W2705", at(26, "10:30", PH), "Hello po, we did not receive the invoice 92708 yet, kindly send again to this email.", "invoice_resend", inv=["92708"], fam=["never-received", "non-native-ph"]),
    R("W2707", at(24, "07:50", QLD), "Never got these. Send a statement pls", "invoice_resend", fam=["statement", "terse-mobile"], sender=0),
    R("W2709", at(23, "15:00", IE), "Would you mind sending a PDF statement of account? The auditors are in next week.", "invoice_resend", fam=["statement"]),
    R("W2710", at(25, "14:30", PL), "Please send us the invoices also in paper by post, our accountant needs the originals.", "invoice_resend", fam=["paper-copy", "non-native-pl"], sender=0),
    R("W2702", at(26, "15:00", CA), "Please forward a copy of INV-2026-92704; the attachment on your reminder will not open on our side.", "invoice_resend", inv=["92704"], fam=["copy", "attachment-broken"], sender=0),
    R("W2704", at(23, "16:00", NG), "Kindly send an updated statement showing the instalments paid so far.", "invoice_resend", fam=["statement", "instalment-existing-plan"]),
    R("W2706", at(26, "08:45", USW), "see below - she says she never got the invoice. can you resend to both of us?\n\n---------- Forwarded message ---------\nFrom: Deb Hollis <dhollis.books@gmail.example>\nTo: Karen Lindqvist\n\nKaren, I don't have a Northwind invoice in the files at all.", "invoice_resend", fam=["forwarded-chain", "see-below", "never-received"]),
    # --- billing changes
    R("W2701", at(25, "16:00", GB), "Please reissue both invoices to Penwith Cider Press (Hayle) Ltd, our new trading company since 1 November, VAT GB 412 6670 19.", "po_change", fam=["entity-change", "tax-id"]),
    R("W2702", at(23, "10:30", CA), "Effective immediately all invoices must be submitted through our Coupa supplier portal; e-mailed invoices will not be processed. Please register and resubmit INV-2026-92704.", "po_change", inv=["92704"], fam=["supplier-portal", "formal-ap"], sender=0),
    R("W2703", at(24, "09:40", BD), "PO number on 92706 is wrong, correct one is PGF/PO/2271. Kindly revise and send.", "po_change", inv=["92706"], fam=["po-number", "non-native-bd"]),
    R("W2705", at(27, "13:30", PH), "Please send future invoices to ap.invoices@mindanaococonut.example instead of my address, thank you po.", "po_change", fam=["send-future-invoices", "non-native-ph"]),
    R("W2707", at(26, "14:00", QLD), "Can you put our order no. BR-1188 on 92711 and re-send? The system won't pay it without one.", "po_change", inv=["92711"], fam=["po-number"]),
    R("W2709", at(24, "12:00", IE), "Please reissue 92714 without VAT - the slabs went to our Belfast yard and qualify for zero rating. Our VAT number is IE 6388047V.", "po_change", inv=["92714"], fam=["tax-exempt-reissue", "tax-id"]),
    R("W2710", at(26, "10:15", PL), "We changed our address: ul. Długa 44, 80-827 Gdańsk. Please correct it on both invoices.", "po_change", fam=["address-change", "non-native-pl"]),
    R("W2706", at(25, "09:00", USW), "Bill to Netarts Bay Shellfish Holdings LLC from now on, same address.", "po_change", fam=["entity-change", "terse-mobile"]),
    R("W2708", at(27, "09:20", USC), "Invoices now need cost center 4410-PECAN from our new ERP. Reissue 92713 with it or it will sit in exceptions.", "po_change", inv=["92713"], fam=["cost-centre"], sender=0),
    # --- plans asked for
    R("W2701", at(26, "11:15", GB), "Could we split the £4,360 into three monthly payments from December?", "payment_plan_request", date="2026-12-01", fam=["plan-monthly", "beginning-of-month"]),
    R("W2703", at(23, "13:45", BD), "We request you to allow us to pay in 4 instalments, first one on 15 December.", "payment_plan_request", date="2026-12-15", fam=["plan-instalments", "non-native-bd"]),
    R("W2705", at(26, "17:00", PH), "Can we pay the balance over 3 months po? Cash is tight after the typhoon.", "payment_plan_request", fam=["plan-undated", "non-native-ph"]),
    R("W2706", at(24, "20:30", USW), "Can we do $1,000 a month until it's cleared?", "payment_plan_request", fam=["plan-monthly", "terse-mobile"]),
    R("W2707", at(24, "10:20", QLD), "Any chance of paying $1,000 a fortnight starting Friday?", "payment_plan_request", date="2026-11-27", amount="1000.00", fam=["plan-fortnightly", "weekday"]),
    R("W2708", at(25, "16:15", USC), "We propose six equal monthly payments beginning January 15, 2027.", "payment_plan_request", date="2027-01-15", fam=["plan-monthly", "legal-account"], sender=0),
    R("W2709", at(25, "17:40", IE), "Would you accept half on Friday and half in January?", "payment_plan_request", date="2026-11-27", fam=["plan-two-parts", "weekday"]),
    R("W2710", at(27, "12:30", PL), "Is it possible to divide the payment for 92716 in 2 parts, 31.12 and 31.01?", "payment_plan_request", date="2026-12-31", inv=["92716"], fam=["plan-two-parts", "dotted-numeric", "non-native-pl"]),
    R("W2704", at(25, "14:00", NG), "Given the fuel scarcity, we request to restructure the remaining balance over six more months.", "payment_plan_request", fam=["plan-restructure", "instalment-existing-plan", "non-native-ng"]),
    # --- absences
    _ooo("W2701", 23, "09:06", GB, "I'm out of the office until Tuesday 1 December with limited access to email. For anything urgent please call 01736 555 204.", "Penwith Cider Press Ltd", fam=["ooo-auto"]),
    _ooo("W2702", 24, "09:06", CA, "I am out of the office until Monday, December 7. For urgent AP questions please contact ap@similkameen-packers.example.", "Similkameen Orchard Packers Inc", fam=["ooo-auto", "strategic"]),
    _ooo("W2703", 24, "14:06", BD, "I am on leave till 20 December 2026. Please contact accounts@padmajute.example for urgent matters.", "Padma Golden Fibre Jute Mills Ltd", human=["absent more than 14 days"], fam=["ooo-long", "non-native-bd"]),
    _ooo("W2705", 25, "16:06", PH, "Hi! I am on leave until Dec 2, 2026. I will respond once I'm back. Salamat po!", "Mindanao Copra & Coconut Oil Corp", fam=["ooo-auto", "non-native-ph"]),
    _ooo("W2707", 23, "18:06", QLD, "I'm on holidays until 11 January 2027. Happy Christmas!", "Bowen Ridge Mangoes Pty Ltd", human=["absent more than 14 days"], fam=["ooo-long", "holiday"]),
    R("W2709", at(24, "19:30", IE), "Off til Monday, will look at it then. Niamh", "out_of_office", human=["hand-written absence"], fam=["ooo-handwritten", "terse-mobile"]),
    _ooo("W2710", 26, "09:06", PL, "Dzień dobry / Good morning, I am out of office until 4.12.2026. W pilnych sprawach / for urgent matters: ksiegowosc@bursztyn-motlawa.example", "Bursztyn Motławski Sp. z o.o.", fam=["ooo-auto", "bilingual", "dotted-numeric"]),
    _ooo("W2706", 25, "00:06", USW, "Out on the bay harvesting with no signal. Back Dec 1.", "Netarts Bay Oyster Co LLC", fam=["ooo-auto", "terse"]),
    _ooo("W2704", 23, "09:06", NG, "Thank you for your mail. I am attending the ICAN conference in Abuja and will be back on 30 November 2026.", "Ogun Valley Starch Processors Ltd", fam=["ooo-auto", "non-native-ng"]),
    # --- bounces
    R("W2701", at(23, "09:07", GB), "This is the mail system at host mx1.penwithcider.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<t.trewin@penwithcider.example>: host mx1.penwithcider.example said: 550 5.1.1 <t.trewin@penwithcider.example>: Recipient address rejected: User unknown", "bounce", sender="MAILER-DAEMON@mx1.penwithcider.example", subject="Undelivered Mail Returned to Sender", dsn=("t.trewin@penwithcider.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-postfix"]),
    R("W2702", at(24, "09:07", CA), "Delivery has failed to these recipients or groups:\n\nr.dhaliwal@similkameen-packers.example\nThe e-mail address you entered couldn't be found.\n\nDiagnostic information for administrators:\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "bounce", sender="postmaster@similkameen-packers.example", subject="Undeliverable: Reminder: overdue invoices – Similkameen Orchard Packers Inc", dsn=("r.dhaliwal@similkameen-packers.example", "5.1.10"), quote="none", gap_days=0, fam=["dsn-exchange"]),
    R("W2703", at(25, "14:07", BD), "The following message to <accounts@padmajute.example> was undeliverable.\nThe reason for the problem:\n5.2.2 - Mailbox quota exceeded", "bounce", sender="mailer-daemon@padmajute.example", subject="Mail delivery failed", dsn=("accounts@padmajute.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-mailbox-full"]),
    R("W2705", at(26, "16:07", PH), "Hello, this is the mail delivery system. Your message to j.villanueva@mindanaococonut.example was rejected: 550 5.7.1 Message rejected by recipient's spam policy.", "bounce", sender="mailer-daemon@mindanaococonut.example", subject="Delivery Status Notification (Failure)", dsn=("j.villanueva@mindanaococonut.example", "5.7.1"), quote="none", gap_days=0, fam=["dsn-policy"]),
    R("W2706", at(23, "00:07", USW), "** Address not found **\n\nYour message wasn't delivered to k.lindqvist@netartsoysters.example because the address couldn't be found, or is unable to receive mail.\n\nThe response was: 550 5.1.1 The email account that you tried to reach does not exist.", "bounce", sender="mailer-daemon@googlemail.example", subject="Delivery Status Notification (Failure)", dsn=("k.lindqvist@netartsoysters.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-gmail"]),
    R("W2707", at(24, "18:07", QLD), "Your message could not be delivered to accounts@bowenridgemangoes.example.\n\nThe domain's mail server did not respond after repeated attempts over 72 hours (4.4.7 delivery time expired). The message has been returned.", "bounce", sender="MAILER-DAEMON@relay.bowenridgemangoes.example", subject="Returned mail: delivery time expired", dsn=("accounts@bowenridgemangoes.example", "4.4.7"), quote="none", gap_days=0, fam=["dsn-timeout"]),
    R("W2708", at(27, "02:07", USC), "Delivery to the following recipient failed permanently:\n\n    w.garza@brazospecan.example\n\nTechnical details of permanent failure:\n554 5.7.1 Access denied: sender domain blocked by administrator", "bounce", sender="postmaster@brazospecan.example", subject="Delivery Status Notification (Failure)", dsn=("w.garza@brazospecan.example", "5.7.1"), quote="none", gap_days=0, fam=["dsn-blocked", "legal-account"]),
    R("W2709", at(26, "08:07", IE), "Message not delivered.\n\nn.oflaherty@connemaramarble.example: 550 5.1.1 mailbox disabled (user left the organisation)", "bounce", sender="mailer-daemon@connemaramarble.example", subject="Undeliverable mail", dsn=("n.oflaherty@connemaramarble.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-disabled"]),
    R("W2710", at(27, "09:07", PL), "Delivery has failed to these recipients or groups:\n\ne.kowalczyk@bursztyn-motlawa.example\nThe recipient's mailbox is full and can't accept messages now.\n\nRemote Server returned '552 5.2.2 mailbox full'", "bounce", sender="postmaster@bursztyn-motlawa.example", subject="Undeliverable: Reminder: overdue invoices – Bursztyn Motławski Sp. z o.o.", dsn=("e.kowalczyk@bursztyn-motlawa.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange", "dsn-mailbox-full"]),
    # --- wrong contacts
    R("W2701", at(25, "11:40", GB), "Tamsin Trewin left us in October. Please chase me from now on: Jory Pascoe, jory@penwithcider.example.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    R("W2703", at(26, "16:30", BD), "Dear Sir, I have been transferred to our Khulna mill. Please contact Mr. Hasan, hasan.accounts@padmajute.example, for payment matters.", "wrong_contact", fam=["transferred", "non-native-bd"]),
    R("W2705", at(23, "15:20", PH), "Please be informed that Mindanao Copra was acquired by Visayas Agri Holdings and this mailbox will close. Please contact payables@visayasagri.example for the old invoices.", "wrong_contact", fam=["acquisition", "new-contact"]),
    R("W2707", at(27, "07:40", QLD), "I'm the farm manager, I don't do the money side. Try Darren.", "wrong_contact", fam=["not-my-job", "terse-mobile"], sender="farm@bowenridgemangoes.example"),
    R("W2709", at(24, "09:07", IE), "This mailbox is no longer monitored. Please send all correspondence to accounts@connemaramarble.example.", "wrong_contact", headers=AUTO, subject="Automatic reply: Reminder: overdue invoices – Connemara Green Marble Ltd", quote="none", gap_days=0, fam=["unmonitored-mailbox"], sender=0),
    R("W2710", at(25, "08:30", PL), "I am on long sick leave from Monday. For payments please write to my colleague Piotr Zieliński, p.zielinski@bursztyn-motlawa.example.", "wrong_contact", fam=["new-contact", "non-native-pl"]),
    R("W2702", at(27, "11:30", CA), "Rajinder has moved to our Kelowna division. AP matters now go to Paula Reimer, p.reimer@similkameen-packers.example.", "wrong_contact", fam=["transferred", "new-contact"], sender=0),
    R("W2706", at(26, "12:00", USW), "I sold the business at the end of October. The new owners are Tillamook Shellfish Partners, contact ops@tillamookshellfish.example.", "wrong_contact", fam=["acquisition", "new-contact"]),
    R("W2708", at(26, "14:30", USC), "Mr. Garza no longer handles payables. Direct your correspondence to our controller, Lupe Salinas, l.salinas@brazospecan.example.", "wrong_contact", fam=["new-contact", "legal-account"], sender=0),
    # --- other
    R("W2701", at(27, "10:20", GB), "Thanks, received.", "other", fam=["no-action", "ack"]),
    R("W2702", at(23, "09:08", CA), "Thank you for contacting Similkameen Accounts Payable. Your request has been logged as ticket SOP-AP-55821. We aim to respond within 5 business days. Please do not reply to this message.", "other", headers=AUTO, subject="[SOP-AP-55821] Reminder: overdue invoices – Similkameen Orchard Packers Inc", quote="none", gap_days=0, fam=["no-action", "ticketing-system"], sender=0),
    R("W2703", at(27, "12:15", BD), "Dear Sir, we received an email from your side with changed bank account in Hong Kong. Kindly confirm if it is genuine before we pay.", "other", human=["fraud check"], fam=["fraud-alert", "non-native-bd"]),
    R("W2704", at(24, "12:30", NG), "Kindly send your company's tax residency certificate to avoid the 10% withholding tax deduction on the next instalment.", "other", human=["tax form"], fam=["tax-forms", "non-native-ng"]),
    R("W2705", at(25, "13:50", PH), "Can we pay by credit card po? Please call me on +63 917 555 0132 and I will give the card details over the phone.", "other", human=["payment method"], fam=["card-over-phone", "non-native-ph"]),
    R("W2706", at(27, "07:15", USW), "Three emails in a week is harassment. We're a family farm, not a bank.", "other", human=["tone complaint"], fam=["tone-complaint", "terse-mobile"]),
    R("W2707", at(25, "08:20", QLD), "Cheers, passed it on to Darren.", "other", fam=["no-action", "ack", "forwarded"], sender=0),
    R("W2708", at(23, "13:40", USC), "Please stop emailing Mr. Garza directly. All communication regarding this account is to go through our counsel, Hollis & Reyes LLP.", "other", human=["counsel only"], fam=["legal-threat", "counsel-only"], sender="paralegal@hollisreyes-law.example"),
    R("W2709", at(27, "14:40", IE), "Do you offer a discount for early settlement on future orders?", "other", human=["discount question"], fam=["discount"]),
    R("W2710", at(24, "15:10", PL), "Please confirm your IBAN, in our system there are two different ones for Northwind.", "other", human=["bank details"], fam=["bank-detail-confirmation", "non-native-pl"], sender=0),
    R("W2706", at(25, "10:00", USW), "NOTICE OF CHAPTER 11 BANKRUPTCY CASE\n\nOn November 20, 2026, Netarts Bay Oyster Co LLC filed a voluntary petition under chapter 11 of the United States Bankruptcy Code in the District of Oregon, Case No. 26-31844. The filing operates as an automatic stay of collection actions against the debtor. Creditors must not take action to collect pre-petition debts. A proof of claim form is enclosed.", "other", human=["insolvency"], fam=["insolvency", "legal-notice"], sender="notices@claimsagent-or.example"),
    R("W2703", at(24, "13:20", BD), "Thank you, noted. We will inform our accounts section.", "other", fam=["no-action", "ack", "non-native-bd"], sender=0),
    R("W2702", at(26, "10:40", CA), "Please provide your GST/HST registration number and a void cheque so we can complete your vendor set-up.", "other", human=["tax form"], fam=["tax-forms", "vendor-setup"], sender=0),
    R("W2705", at(27, "09:00", PH), "Thank you po, noted.", "other", fam=["no-action", "ack", "non-native-ph"], sender=0),
    R("W2707", at(26, "13:10", QLD), "What's the BSB for your Aussie account? Our bank won't do IBANs.", "other", human=["bank details"], fam=["bank-detail-question"]),
    R("W2709", at(23, "16:20", IE), "Out of interest, does Northwind take payment through a Stripe link? It'd be handier for us.", "other", human=["payment method"], fam=["payment-method"]),
    R("W2710", at(27, "15:30", PL), "Thank you for the information. Regards", "other", fam=["no-action", "ack", "non-native-pl"]),
    R("W2704", at(27, "11:00", NG), "Kindly acknowledge receipt of our letter dated 20 November regarding the plan.", "other", human=["acknowledgement requested"], fam=["letter-acknowledgement", "non-native-ng"]),
]
