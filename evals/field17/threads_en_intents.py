"""English replies beside promises (field17): remittances written unlike the bank line, disputes, copies, billing changes,
plans, absences, DSNs, wrong contacts and the rest."""

from evals.field.build import Payment, Reply
from evals.field17.kit import AUTO, CO_US, GB, HK, IN, IT, MI, PL, SA, SG, SK, at, dsn, ooo, subj

R = Reply
P = Payment

PAYMENTS = [
    P("BK17-001", "S1701", "2026-11-20", "2140.00", "GBP", "THISTLEBANK VETS TBV OCT"),
    P("BK17-002", "S1703", "2026-11-19", "6325.00", "USD", "SHAKTI TEXTILES PVT LTD STPLPAY55120"),
    P("BK17-003", "S1708", "2026-11-24", "890.00", "SGD", "MERLION PRINT PACK PTE FAST 17082"),
    P("BK17-004", "S1709", "2026-11-21", "3260.00", "USD", "CHECK 4417 CASCADE RIDGE", "cheque"),
    P("BK17-005", "S1710", "2026-11-18", "6970.00", "EUR", "BALTIC AMBER LOGISTICS FV 17101 17102"),
    P("BK17-007", "S1702", "2026-11-20", "18600.00", "USD", "ACH GREAT LAKES MARINE 071000013998271"),
    P("BK17-008", None, "2026-11-23", "480.00", "GBP", "F MCRAE"),
    P("BK17-009", "S1704", "2026-11-25", "9780.00", "USD", "JADE HARBOUR TRADING TT HK2511JH"),
]

_PL_CONFIRM = ("Potwierdzenie przelewu / Transfer confirmation\nData / Date: 18.11.2026\nKwota / Amount: 6 970,00 EUR\n"
               "Tytuł / Title: FV 17101 17102\nZleceniodawca / Ordering party: BALTIC AMBER LOGISTICS SP. Z O.O.\n"
               "Odbiorca / Beneficiary: NORTHWIND SUPPLIES GMBH")
_HK_SLIP = "TELEGRAPHIC TRANSFER APPLICATION\nDate: 25/11/2026\nCurrency/Amount: USD 9,780.00\nBeneficiary: Northwind Supplies GmbH\nOur ref: HK2511JH"
_SK_LETTER = ("HARLAN & MOSS LLP\nBarristers and Solicitors\n\nRe: Northwind Supplies GmbH / Prairie Sky Brewing Co\n\nOur client received "
              "defective keg couplers under your invoice INV-2026-17071. Our client owes nothing on that invoice until a full credit "
              "is issued. Any further collection steps will be resisted.")
_HDFC = ("PFB the mail from our bank.\n\n---------- Forwarded message ---------\nFrom: Bank Alerts <alerts@mybank-in.example>\n"
         "Date: Fri, 20 Nov 2026\nSubject: Outward remittance processed\n\nDear Customer, your outward remittance of USD 1,275.00 to "
         "NORTHWIND SUPPLIES GMBH has been processed. UTR: HDFCR52026112000417.")

REPLIES = [
    # --- already_paid
    R("S1701", at(24, "10:20", GB), "Paid on the 20th, ref TBV OCT, £2,140.", "already_paid", ref="TBV OCT", reminded=["17011"], fam=["ref-with-payer-name", "ordinal-alone"]),
    R("S1703", at(25, "12:00", IN), "Dear Sir, we have remitted USD 6,350 on 19/11/2026 vide UTR STPL-PAY-55120 against INV-2026-17031. Kindly check and confirm.", "already_paid", ref="STPL-PAY-55120", inv=["17031"], human=["amount differs"], fam=["bank-charges", "ref-punctuation", "indian-english"]),
    R("S1708", at(26, "11:15", SG), "Paid 17082 via FAST on 24 Nov, SGD 890.", "already_paid", inv=["17082"], fam=["terse", "fast"], sender=0),
    R("S1709", at(23, "14:00", CO_US), "Mailed check #4417 for $3,260 on 11/16, our bank says it cleared on the 21st.", "already_paid", ref="4417", reminded=["17091"], fam=["cheque-number", "us-numeric"]),
    R("S1710", at(24, "09:30", PL), "Dear Sirs,\nin attachment the payment confirmation.\nRegards, Marta", "already_paid", ref="FV 17101 17102", inv=["17101", "17102"], fam=["remittance-attachment", "european-amount", "non-native-pl"],
      attachments=[("potwierdzenie_przelewu.txt", "text/plain", _PL_CONFIRM)]),
    R("S1702", at(23, "09:50", MI), "INV-2026-17021 paid via ACH 11/20, trace 071000013998271. Please apply.", "already_paid", ref="071000013998271", inv=["17021"], fam=["ach-trace", "us-numeric"], sender=0),
    R("S1704", at(25, "16:40", HK), "We have TT the full amount USD9,780 today, ref HK2511JH, bank slip attached. Please release our order.", "already_paid", ref="HK2511JH", fam=["tt-slip", "credit-hold", "non-native-zh"],
      attachments=[("TT_slip.txt", "text/plain", _HK_SLIP)]),
    R("S1701", at(25, "15:30", GB), "I paid the £480 one from my own account on Monday, sorry, the practice card wasn't working.", "already_paid", reminded=["17012"], human=["no matching payment"], fam=["unidentified-payment", "personal-account"]),
    R("S1706", at(24, "17:20", IT), "We paid already on 6 November the total 4.595,00 euro, please check your bank.", "already_paid", human=["no matching payment"], fam=["claim-not-on-bank", "european-amount", "non-native-it"]),
    R("S1707", at(26, "09:40", SK), "Paid. Full stop. e-Transfer on Nov 20. Stop harassing us.", "already_paid", human=["no matching payment"], fam=["claim-not-on-bank", "annoyed", "legal-account"]),
    R("S1705", at(26, "12:20", SA), "The first instalment USD 4,133.34 was transferred on 15 November, please update your records.", "already_paid", human=["no matching payment"], fam=["instalment-paid", "existing-plan"]),
    R("S1703", at(27, "11:30", IN), _HDFC, "already_paid", ref="HDFCR52026112000417", reminded=["17032"], human=["no matching payment"], fam=["forward-see-below", "utr"], quote="none"),
    # --- dispute
    R("S1701", at(23, "15:20", GB), "17012 — we were charged for 12 boxes of suture kits, only 8 came. Please credit the 4.", "dispute", inv=["17012"], fam=["short-delivery"]),
    R("S1702", at(24, "14:10", MI), "We are tax exempt (Michigan resale certificate on file). Please reissue INV-2026-17022 without the sales tax.", "dispute", inv=["17022"], fam=["tax-exempt"], sender=0),
    R("S1703", at(26, "13:30", IN), "The rate charged is USD 4.10/metre whereas our PO STPL/PO/2211 says USD 3.85. Kindly issue a revised invoice.", "dispute", reminded=["17031"], fam=["price", "indian-english"]),
    R("S1704", at(24, "12:00", HK), "Goods arrived with 30 cartons wet damaged, we already sent photos to your sales. We will not pay until the credit note is issued.", "dispute", fam=["damaged-goods", "credit-note-first"]),
    R("S1706", at(25, "14:50", IT), "Dear Sirs,\n\nwe received the invoice 17061 but the transport cost of 240 euro was not agreed, the delivery was free port as per your offer.\n\nBest regards\nGiulia Ricci\n\nBellavista Ceramiche Srl – Via delle Fornaci 12, 41049 Sassuolo (MO) – P.IVA 03928110367\nAi sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore vi preghiamo di cancellarlo e darne comunicazione al mittente.", "dispute", inv=["17061"], html=True, fam=["freight", "outlook-html", "disclaimer-longer", "non-native-it"]),
    R("S1707", at(23, "11:45", SK), "Our lawyer's position is attached. The kegs were defective and we owe nothing until a full credit is issued.", "dispute", fam=["legal-threat", "legal-account"],
      attachments=[("HarlanMoss_letter.txt", "text/plain", _SK_LETTER)]),
    R("S1708", at(27, "10:45", SG), "Inv 17081 seems to be duplicate of the one we paid in Sept (same job no. MPP-2214). Pls check.", "dispute", inv=["17081"], fam=["duplicate"]),
    R("S1709", at(25, "11:55", CO_US), "Wow. You billed us for the trail map reprint you botched. Not paying 17092 till you fix it.", "dispute", inv=["17092"], fam=["sarcasm", "quality"]),
    R("S1710", at(26, "14:05", PL), "We don't accept the late fee of 45 EUR added on your reminder. Please send corrected statement.", "dispute", fam=["fees"]),
    R("S1705", at(23, "12:10", SA), "Why interest is charged on our plan? This was not in the agreement, please remove it.", "dispute", fam=["interest-on-plan", "non-native-ar"]),
    # --- invoice_resend
    R("S1701", at(24, "09:05", GB), "Could you resend 17012 please? Can't find it anywhere.", "invoice_resend", inv=["17012"], fam=["copy"], sender=0),
    R("S1703", at(23, "10:40", IN), "Kindly share the copy of invoice and statement of account for our reconciliation.", "invoice_resend", fam=["statement", "indian-english"]),
    R("S1706", at(26, "09:25", IT), "We never received the invoice 17062, can you send it again please?", "invoice_resend", inv=["17062"], fam=["never-received"]),
    R("S1708", at(25, "12:35", SG), "Hi can send us a soft copy of 17081? The one we have is blur.", "invoice_resend", inv=["17081"], fam=["copy", "singlish"]),
    R("S1709", at(24, "08:45", CO_US), "Please email us a statement, we show nothing open on our side.", "invoice_resend", fam=["statement"], sender=0),
    R("S1710", at(27, "09:35", PL), "Please send us the invoice 17102 in PDF, our system did not import the XML.", "invoice_resend", inv=["17102"], fam=["copy", "format"]),
    R("S1702", at(25, "10:50", MI), "Please send me a copy of INV-2026-17022 with the packing slip for PO GLM-5590.", "invoice_resend", inv=["17022"], fam=["copy", "packing-slip"]),
    R("S1704", at(23, "14:25", HK), "Pls resend invoice, our copy is missing page 2.", "invoice_resend", fam=["copy", "terse"]),
    R("S1705", at(27, "09:50", SA), "Kindly send the updated statement showing the instalments paid so far.", "invoice_resend", fam=["statement", "existing-plan"]),
    # --- po_change
    R("S1701", at(26, "10:40", GB), "We've been bought by Highland Pet Care Group — from 1 December please invoice Highland Pet Care Group Ltd, 2 Union Terrace, Aberdeen, and send invoices to payables@highlandpetcare.example.", "po_change", fam=["acquisition-new-billing", "invoice-mailbox"]),
    R("S1702", at(23, "16:50", MI), "Great Lakes Marine Supply only accepts invoices through the Coupa supplier portal, effective immediately. Emailed invoices will not be processed.", "po_change", fam=["supplier-portal"], sender=0),
    R("S1703", at(25, "15:10", IN), "Please mention our GSTIN 33AAJCS4821Q1ZP and PO no. STPL/PO/2211 on the invoice and resend.", "po_change", sec=["invoice_resend"], fam=["tax-id", "copy-with-correction"]),
    R("S1706", at(23, "11:25", IT), "Please note from 1 January the electronic invoices must go through SDI with our codice destinatario M5UXCR1. Paper or PDF will be refused.", "po_change", fam=["e-invoicing", "non-native-it"]),
    R("S1708", at(24, "15:45", SG), "Pls update our billing address to 21 Tuas Avenue 3, #04-12, Singapore 639418 and reissue.", "po_change", fam=["billing-address"]),
    R("S1709", at(26, "11:40", CO_US), "Our PO for the rental gear was CR-2026-088, it's not on the invoice and our bookkeeper can't pay without it.", "po_change", fam=["po-missing"]),
    R("S1710", at(25, "08:55", PL), "Please correct our VAT number on the invoices to PL8971234567, the old one belongs to our previous company.", "po_change", fam=["tax-id"]),
    R("S1707", at(25, "14:30", SK), "Please make invoices out to 10249876 Saskatchewan Ltd o/a Prairie Sky Brewing, that is our legal name.", "po_change", fam=["legal-entity"], sender=0),
    R("S1704", at(26, "10:05", HK), "Please issue invoices to our new company Jade Harbour Holdings (HK) Limited from now on.", "po_change", fam=["legal-entity", "non-native-zh"]),
    # --- payment_plan_request
    R("S1701", at(25, "17:45", GB), "Could we spread the £2,140 over three months? Say £713.33 on 15 December, then January and February.", "payment_plan_request", date="2026-12-15", amount="713.33", fam=["plan-new"]),
    R("S1703", at(24, "16:15", IN), "Due to slow market we request you to allow us to pay in 3 equal instalments starting from 10th December.", "payment_plan_request", date="2026-12-10", fam=["plan-new", "indian-english"]),
    R("S1704", at(27, "15:05", HK), "Can we pay USD 3,000 per month from January? Cash flow very tight this year.", "payment_plan_request", amount="3000.00", fam=["plan-new", "from-month", "undated"]),
    R("S1706", at(27, "11:10", IT), "Is it possible to pay the 3980 in two times, half in December and half in January?", "payment_plan_request", fam=["plan-new", "non-native-it", "undated"]),
    R("S1707", at(26, "15:45", SK), "Bjorn asks whether you'd accept $1,000 a month until it's cleared. First one could go Dec 1.", "payment_plan_request", date="2026-12-01", amount="1000.00", fam=["plan-new", "legal-account"], sender=0),
    R("S1708", at(23, "16:20", SG), "Can we defer 17081 to end Jan? Our main customer delayed their payment to us.", "payment_plan_request", date="2027-01-31", inv=["17081"], fam=["deferral"]),
    R("S1709", at(27, "14:10", CO_US), "Any chance we can do $1,000/mo starting 12/15?", "payment_plan_request", date="2026-12-15", amount="1000.00", fam=["plan-new", "us-numeric"]),
    R("S1710", at(23, "09:55", PL), "We kindly ask for possibility to pay the invoice 17101 in 4 instalments, first one on 7.12.", "payment_plan_request", date="2026-12-07", inv=["17101"], fam=["plan-new", "dotted-date"]),
    R("S1705", at(25, "11:40", SA), "We request to extend our current plan to include the December invoice amount, with monthly instalment USD 3,500 starting 1 January.", "payment_plan_request", date="2027-01-01", amount="3500.00", fam=["plan-extended", "existing-plan"]),
    # --- out_of_office
    ooo("S1701", at(23, "06:00", GB), "I'm on leave until Wednesday 2 December. For urgent practice matters please call reception.", fam=["ooo-auto"], sender=1),
    ooo("S1702", at(25, "17:05", MI), "Thank you for your email. Our offices are closed for Thanksgiving on November 26 and 27 and reopen Monday, November 30.", prefix="Out of Office: ", fam=["ooo-auto", "holiday"], sender=0),
    ooo("S1703", at(24, "09:00", IN), "I am on leave till 14th December for my sister's wedding. Please contact accounts@shaktitextiles.example.", human=["absent more than 14 days"], fam=["ooo-long"], sender=1),
    ooo("S1704", at(26, "09:10", HK), "本人於11月26日至12月3日休假。I am on leave from 26 Nov to 3 Dec.", fam=["ooo-auto", "bilingual"], sender=1),
    ooo("S1706", at(27, "08:20", IT), "Sono fuori ufficio fino al 9 dicembre. I am out of office until 9 December.", prefix="Risposta automatica: ", fam=["ooo-auto", "bilingual"], sender=1),
    ooo("S1708", at(25, "08:00", SG), "I am on maternity leave until 1 March 2027. Please email accounts@merlionprint.example.", human=["absent more than 14 days"], fam=["ooo-long"], sender=1),
    R("S1709", at(24, "07:00", CO_US), "I'm up on the mountain doing avalanche training all week, back Monday. Will sort it then. -Kyle", "out_of_office", human=["hand-written absence"], fam=["ooo-handwritten"]),
    ooo("S1710", at(23, "07:45", PL), "I am out of the office until 30.11.2026 with limited access to e-mail.", fam=["ooo-auto", "dotted-date"], sender=1),
    ooo("S1705", at(24, "08:30", SA), "I am out of office on Umrah leave, returning 6 December 2026.", fam=["ooo-auto"], sender=1),
    # --- bounce
    dsn("S1701", at(23, "09:07", GB), "Your message to accounts@thistlebank-vets.example couldn't be delivered.\n\naccounts wasn't found at thistlebank-vets.example.\n\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", "postmaster@thistlebank-vets.example", "accounts@thistlebank-vets.example", "5.1.1", fam=["dsn-exchange"]),
    dsn("S1703", at(24, "14:36", IN), "Delivery has failed to these recipients or groups:\n\naccounts@shaktitextiles.example\nThe recipient's mailbox is full and can't accept messages now.\n\n552 5.2.2 Mailbox full", "postmaster@shaktitextiles.example", "accounts@shaktitextiles.example", "5.2.2", fam=["dsn-mailbox-full"]),
    dsn("S1706", at(25, "09:09", IT), "This is the mail system at host mx.bellavista-ceramiche.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<amministrazione@bellavista-ceramiche.example>: host mx.bellavista-ceramiche.example said: 550 5.1.1 User unknown in virtual mailbox table", "MAILER-DAEMON@mx.bellavista-ceramiche.example", "amministrazione@bellavista-ceramiche.example", "5.1.1", prefix="Undelivered Mail Returned to Sender: ", fam=["dsn-postfix"]),
    dsn("S1708", at(26, "17:02", SG), "Your message could not be delivered.\n\naccounts@merlionprint.example\n550 5.7.1 Rejected by recipient's policy: external sender blocked.", "postmaster@merlionprint.example", "accounts@merlionprint.example", "5.7.1", prefix="Message rejected: ", fam=["dsn-policy"]),
    dsn("S1709", at(23, "01:10", CO_US), "Address not found\n\nYour message wasn't delivered to office@cascaderidgeski.example because the address couldn't be found, or is unable to receive mail.\n\n550 5.1.1 The email account that you tried to reach does not exist.", "mailer-daemon@googlemail.com", "office@cascaderidgeski.example", "5.1.1", prefix="Delivery Status Notification (Failure) ", fam=["dsn-gmail"]),
    dsn("S1710", at(24, "09:12", PL), "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\n  ksiegowosc@balticamber-log.example\n    Host or domain name not found. Name service error for name=balticamber-log.example type=MX", "Mail Delivery System <MAILER-DAEMON@relay.northwind-supplies.example>", "ksiegowosc@balticamber-log.example", "5.4.4", prefix="Mail delivery failed: ", fam=["dsn-dns"]),
    dsn("S1702", at(25, "03:20", MI), "Your message to ap@greatlakesmarine.example was blocked.\n\n554 5.7.1 Message blocked by Proofpoint Essentials: suspected impersonation of a vendor.", "postmaster@pphosted.example", "ap@greatlakesmarine.example", "5.7.1", fam=["dsn-policy", "fraud-filter"]),
    dsn("S1704", at(26, "10:15", HK), "Delivery to the following recipient failed permanently after 72 hours:\n\nfinance@jadeharbour.example\n\n5.4.7 Delivery expired (message too old); the remote server did not respond.", "postmaster@jadeharbour.example", "finance@jadeharbour.example", "5.4.7", fam=["dsn-expired"]),
    dsn("S1707", at(27, "08:05", SK), "Hi. This is the qmail-send program at mail.prairieskybrewing.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\n<office@prairieskybrewing.example>:\nThis mailbox has been disabled (#5.2.1)", "MAILER-DAEMON@mail.prairieskybrewing.example", "office@prairieskybrewing.example", "5.2.1", prefix="failure notice ", fam=["dsn-qmail", "legal-account"]),
    # --- wrong_contact
    R("S1701", at(27, "12:20", GB), "This is the reception inbox. Accounts are handled by Fiona, f.mcrae@thistlebank-vets.example.", "wrong_contact", fam=["shared-mailbox"], sender=0),
    R("S1702", at(24, "13:30", MI), "I'm no longer with Great Lakes Marine as of last Friday. Please reach out to ap@greatlakesmarine.example going forward.", "wrong_contact", fam=["left-company"]),
    R("S1703", at(26, "18:20", IN), "I have been transferred to our Tiruppur unit. Kindly send your reminders to Mr. Suresh Kumar, suresh.k@shaktitextiles.example.", "wrong_contact", fam=["changed-role", "indian-english"]),
    R("S1706", at(24, "10:35", IT), "I follow only the Italian customers, for the suppliers please write to my colleague Marco, m.ferrari@bellavista-ceramiche.example", "wrong_contact", fam=["not-my-area", "non-native-it"]),
    R("S1708", at(26, "14:25", SG), "Sharon has left the company. Please contact Mr Lim at finance@merlionprint.example.", "wrong_contact", fam=["left-company"], sender=0),
    R("S1709", at(23, "10:25", CO_US), "This is the front desk for lessons. I don't do billing, try Kyle.", "wrong_contact", fam=["shared-mailbox", "terse"], sender=0),
    R("S1710", at(27, "13:40", PL), "This mailbox is no longer in use. Please write to finanse@balticamber-log.example.", "wrong_contact", headers=AUTO, subject=subj("Automatic reply: ", "S1710"), quote="none", gap_days=0, fam=["mailbox-not-monitored", "auto"], sender=0),
    R("S1704", at(24, "11:15", HK), "Since the company was acquired by Pacific Rim Sourcing, we are not handling the payables anymore. Please contact their AP at ap@pacificrimsourcing.example.", "wrong_contact", fam=["acquired-contact-gone", "non-native-zh"]),
    R("S1705", at(26, "10:50", SA), "This email is for patient appointments only. For accounts please contact Mr. Omar.", "wrong_contact", fam=["shared-mailbox"], sender=0),
    # --- other
    R("S1701", at(23, "13:10", GB), "Cheers, got it.", "other", fam=["no-action", "ack", "terse"]),
    R("S1702", at(26, "08:00", MI), "Your request has been received and assigned ticket number AP-90214. Our Accounts Payable team responds within 5 business days. Please do not reply to this message.", "other", headers=AUTO, subject="[AP-90214] " + subj("", "S1702"), quote="none", gap_days=0, fam=["no-action", "ticketing"], sender=0),
    R("S1703", at(24, "19:10", IN), "Dear Sir, we have received an email from your id with changed bank account details. Kindly confirm whether your reminder and this new bank account are genuine before we release anything.", "other", human=["fraud check"], fam=["fraud-check"]),
    R("S1706", at(23, "17:15", IT), "Please send us your certificate of tax residence for 2026, our accountant needs it before paying foreign suppliers.", "other", human=["tax form"], fam=["tax-form", "non-native-it"]),
    R("S1708", at(27, "11:55", SG), "Is the tone of your reminder really necessary? We have been your customer for 9 years.", "other", human=["complaint about tone"], fam=["tone-complaint"]),
    R("S1709", at(26, "08:20", CO_US), "Can I pay by credit card over the phone? What's the number to call?", "other", human=["payment-method question"], fam=["card-by-phone"]),
    R("S1710", at(25, "10:25", PL), "Thank you, we forwarded it to our accounting office.", "other", fam=["no-action", "forwarded"]),
    R("S1707", at(27, "16:25", SK), "Further to our counsel's letter, all correspondence must go through Harlan & Moss LLP. Do not contact Mr Lindqvist directly.", "other", human=["attorney"], fam=["attorney", "legal-account"], sender=0),
    R("S1704", at(27, "13:20", HK), "NOTICE TO CREDITORS\n\nJade Harbour Trading Co Ltd (in Creditors' Voluntary Liquidation). Creditors are invited to submit proofs of debt to the undersigned by 31 December 2026.\n\nK. Leung, Joint and Several Liquidator", "other", human=["insolvency"], fam=["insolvency"], sender="k.leung@hk-insolvency.example"),
    R("S1702", at(27, "14:00", MI), "Please complete our new vendor form and provide a W-8BEN-E so we can keep paying you.", "other", human=["tax form"], fam=["tax-form", "vendor-paperwork"]),
    R("S1709", at(25, "16:10", CO_US), "If we pay by Dec 10 can we still take the early-season discount?", "other", human=["discount question"], fam=["discount-question"]),
    R("S1705", at(23, "14:50", SA), "Kindly provide your company's tax residency certificate so we can apply the withholding tax exemption.", "other", human=["tax form"], fam=["tax-form"]),
    R("S1703", at(27, "15:40", IN), "Noted with thanks.", "other", fam=["no-action", "ack", "indian-english"]),
]
