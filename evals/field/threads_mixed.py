"""Mixed voices: several requests in one reply, forwarded chains, HTML-only Outlook, strangers,
long signatures, non-native English (hand-written; never train on these)."""

from evals.field.build import Payment
from evals.field.build import Reply as R

PAYMENTS: list[Payment] = []

LONG_SIG_DE = ("\n\nMit freundlichen Grüßen\n\nMartina Huber\nSachbearbeiterin Kreditorenbuchhaltung\n\nKaltenbach Werkzeugbau KG\nIndustriestraße 14 · 72766 Reutlingen\nTel. +49 7121 555-8810 · Fax +49 7121 555-8899\n"
               "Sitz der Gesellschaft: Reutlingen · Registergericht: Amtsgericht Stuttgart HRA 723311\nPersönlich haftende Gesellschafterin: Kaltenbach Verwaltungs GmbH, Sitz Reutlingen, HRB 741100\nGeschäftsführer: Dipl.-Ing. Walter Kaltenbach, Jens Kaltenbach\n\n"
               "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. "
               "Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet. Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.")

REPLIES = [
    # --- several requests in one reply
    R("F101", "2026-11-25T10:00:00+00:00", "Hi,\n\n51011 is still short 8 boards (see my earlier email), but we'll pay 51012 on Friday.\n\nPriya", "dispute", sec=["promise_to_pay"], date="2026-11-27",
      inv=["51011", "51012"], fam=["intent:multi"]),
    R("F116", "2026-11-27T10:00:00-05:00", "Hi,\n\n51161 was paid 11/10 (trace 021000021234567). Could you also send a copy of 51162? I don't have it.\n\nRosa", "already_paid", sec=["invoice_resend"], ref="021000021234567",
      inv=["51161", "51162"], sender=1, fam=["intent:multi", "pay:ref-format"], note="the paid claim is about 51161 and matches PAY-2026-90005 by amount and date"),
    R("F151", "2026-11-27T10:00:00+01:00", "Hola,\n\nPagamos el martes 1 y, por favor, a partir de ahora enviad las facturas a facturas@hcastillo.example.\n\nLucía", "promise_to_pay", sec=["po_change"], date="2026-12-01",
      fam=["intent:multi"]),
    R("F131", "2026-11-26T10:00:00+01:00", "Hallo,\n\nbitte schicken Sie uns die Rechnung 51312 nochmal, die haben wir nie bekommen. 51311 zahlen wir am Montag.\n\nGruß Brenner", "promise_to_pay", sec=["invoice_resend"], date="2026-11-30",
      inv=["51312", "51311"], fam=["intent:multi"]),
    R("F141", "2026-11-27T10:00:00+01:00", "Bonjour,\n\nNous ne sommes plus votre interlocuteur pour la facturation, écrivez à compta@marchal-boulangeries.example. Pour info la facture 51411 a été réglée le 12/11.\n\nClaire", "already_paid", sec=["wrong_contact"],
      inv=["51411"], human=["amount differs"], fam=["intent:multi"], note="the 12 Nov transfer covered two invoices (3,520.00), the claim names 51411 only (2,340.00)"),
    # --- forwarded chains
    R("F103", "2026-11-23T09:00:00+00:00", "Hi, forwarding this from our owner - I think it answers your question.\n\nJoy\n\nBegin forwarded message:\n\nFrom: Dr Alan Moss <alan.moss@moorside-vets.example>\nDate: 21 November 2026 at 18:22:10 GMT\nTo: Joy Okafor <j.okafor@moorside-vets.example>\nSubject: Re: Northwind\n\nJoy - pay the Northwind ones on Friday with the rest of the suppliers. A",
      "promise_to_pay", date="2026-11-27", quote="none", fam=["intent:see-below-forward", "voice:forward"]),
    R("F142", "2026-11-26T10:00:00+01:00", "Bonjour,\n\nVoir ci-dessous la réponse de notre service achats.\n\nSophie\n\n-------- Message transféré --------\nDe : Achats <achats@transports-ferrand.example>\nDate : 25/11/2026 17:40\nÀ : Sophie Girard\nObjet : Facture Northwind\n\nLe prix unitaire facturé ne correspond pas au devis (412 € au lieu de 380 €). Ne pas payer avant avoir.",
      "dispute", quote="none", fam=["intent:see-below-forward", "voice:forward"]),
    R("F152", "2026-11-25T10:00:00+01:00", "Os reenvío lo que me dice el banco.\n\n---------- Mensaje reenviado ---------\nDe: Banca Empresas <avisos@banco.example>\nFecha: 24 nov 2026\nAsunto: Orden de transferencia programada\n\nSu orden de transferencia por importe de 6.350,00 EUR a favor de NORTHWIND SUPPLIES GMBH se ejecutará el 01/12/2026.",
      "promise_to_pay", date="2026-12-01", quote="none", fam=["intent:see-below-forward", "voice:forward"]),
    # --- HTML-only Outlook
    R("F114", "2026-11-19T10:00:00-05:00", "Good morning,\nPayment of $22,600.00 for INV-2026-51141 is scheduled for 12/11/2026 pending final approval from our lender.\nRegards,\nAccounts Payable", "promise_to_pay", date="2026-12-11",
      inv=["51141"], sender=0, html=True, human=["conditional"], fam=["voice:html-outlook", "date:numeric-us"]),
    R("F132", "2026-11-20T10:00:00+01:00", "Guten Tag,\nIhre Rechnung INV-2026-51321 wird am 11.12.2026 überwiesen.", "promise_to_pay", date="2026-12-11", inv=["51321"], html=True,
      fam=["voice:html-outlook", "date:dotted-de"]),
    R("F161", "2026-11-27T10:00:00+01:00", "Goedemiddag,\nBijgaand ontvangt u ons nieuwe factuuradres: Postbus 1120, 3800 BC Amersfoort. Graag de openstaande facturen opnieuw uitreiken op dit adres.\nMet vriendelijke groet,\nCrediteurenadministratie", "po_change",
      sender=0, html=True, fam=["voice:html-outlook", "intent:billing-address"]),
    # --- long signatures and disclaimers around short messages
    R("F132", "2026-11-30T10:00:00+01:00", "Hallo,\n\nZahlung erfolgt am Freitag." + LONG_SIG_DE, "promise_to_pay", date="2026-12-04", fam=["voice:disclaimer"]),
    R("F112", "2026-11-27T10:00:00-05:00", "Pls resend 51122, thx\n\nMarcus Bell\nAP Specialist\nRedwater Logistics Inc.\n1400 S Boston Ave, Tulsa OK 74119\nDirect: 918-555-0177 | Main: 918-555-0100\n\nThis message (including attachments) contains information that may be confidential, privileged, or otherwise protected from disclosure. If you are not the addressee, you are hereby notified that you may not use, copy, disclose, or distribute to anyone the message or any information contained in it. If you have received this message in error, please advise the sender by reply e-mail and delete the message. Nothing in this message is intended to constitute an electronic signature unless a specific statement to the contrary is included.",
      "invoice_resend", inv=["51122"], fam=["voice:disclaimer", "voice:terse"]),
    # --- strangers: a bookkeeper's free-mail address, a look-alike domain
    R("F133", "2026-11-24T10:00:00+01:00", "Guten Tag,\n\nich mache die Buchhaltung für Frau Lindner. Die Rechnungen werden am 30.11. bezahlt.\n\nGruß\nG. Maurer (Steuerbüro)", "promise_to_pay", date="2026-11-30",
      sender="g.maurer.buchhaltung@gmx.example", fam=["intent:unknown-sender"]),
    R("F111", "2026-11-20T10:00:00-05:00", "Hi,\nPlease note our new bank account for refunds and update your records. Also we paid both invoices already.\nKaren", "already_paid",
      sender="karen.lutz@pinecrest-dental.example", fam=["intent:unknown-sender"], note="look-alike domain (pinecrest-dental vs pinecrestdental)"),
    # --- non-native English, more
    R("F122", "2026-11-24T10:00:00+01:00", "Hello,\nwe have problem with liquidity now, we can pay the invoice in 2 parts, 3.390 EUR in December and rest in January. Is it ok for you?\nA. Nowak", "payment_plan_request",
      fam=["intent:plan", "voice:non-native"]),
    R("F121", "2026-11-27T10:00:00+05:30", "Dear Madam,\n\nWe have not received original invoice copy till date. Kindly courier the hard copy as our auditors require the same.\n\nRegards\nRavi", "invoice_resend",
      fam=["intent:resend", "voice:non-native"]),
    R("F123", "2026-11-17T10:00:00+02:00", "Hello,\nthe goods was not according to order, 2 pallets missing. We will not pay before you fix.\nKaarel", "dispute", fam=["intent:dispute-quantity", "voice:non-native"]),
    R("F172", "2026-11-20T10:00:00-03:00", "Hello,\nwe will make the payment in next Wednesday, 25/11.\nBest regards\nMarcos Silva", "promise_to_pay", date="2026-11-25", lang="en", fam=["date:numeric-eu", "voice:non-native"]),
    R("F153", "2026-11-26T10:00:00-06:00", "Hi, sorry my english. We pay the 3 of december. Thanks", "promise_to_pay", date="2026-12-03", lang="en", fam=["date:day-month", "voice:non-native"]),
    R("F141", "2026-11-30T10:00:00+01:00", "Hello, we do the payment friday 4th. Regards Claire", "promise_to_pay", date="2026-12-04", lang="en", fam=["date:weekday-ordinal", "voice:non-native"]),
    # --- more dates in other languages
    R("F152", "2026-11-30T10:00:00+01:00", "Buenos días,\n\nPagaremos la semana que viene, el miércoles.\n\nIñaki", "promise_to_pay", date="2026-12-09", fam=["date:next-week-weekday"]),
    R("F173", "2026-11-30T10:00:00+00:00", "Bom dia,\n\nPagamos na próxima quarta-feira, dia 9.\n\nRui", "promise_to_pay", date="2026-12-09", sender=1, fam=["date:next-week-weekday", "date:weekday-day"]),
    R("F162", "2026-11-30T10:00:00+01:00", "Dag,\n\nIk betaal uiterlijk 10/12.\n\nAnouk", "promise_to_pay", date="2026-12-10", fam=["date:numeric-eu"]),
    R("F143", "2026-11-30T10:00:00+01:00", "Bonjour,\n\nPaiement jeudi prochain.\n\nJulie", "promise_to_pay", date="2026-12-10", fam=["date:next-weekday"], note="jeudi prochain = jeudi de la semaine suivante"),
    R("F135", "2026-11-30T10:00:00+01:00", "Hallo,\n\nwir zahlen spätestens zum 15.12.\n\nEcker", "promise_to_pay", date="2026-12-15", fam=["date:dotted-de"]),
    R("F115", "2026-11-30T09:00:00-05:00", "We'll pay half ($892.70) this Friday and the rest on the 18th.\nJen", "promise_to_pay", date="2026-12-04", amount="892.70", sender=0, fam=["amount:usd", "date:weekday"]),
    R("F113", "2026-11-30T11:00:00-05:00", "Hi, payment will go out 12/7 via ACH.\nDana", "promise_to_pay", date="2026-12-07", fam=["date:numeric-us"]),
    R("F102", "2026-11-30T11:00:00+00:00", "Hi,\n\nThis will be paid 7/12 on our next run.\n\nGareth", "promise_to_pay", date="2026-12-07", fam=["date:numeric-uk"]),
    R("F105", "2026-11-30T11:00:00+00:00", "Tomorrow. Promise. Sam", "promise_to_pay", date="2026-12-01", sender=1, quote="none", fam=["date:relative-day", "voice:terse"]),
    R("F106", "2026-11-30T11:00:00+00:00", "Hi,\n\nThese have been approved for payment within 7 working days.\n\nDana", "promise_to_pay", date="2026-12-09", fam=["date:working-days"]),
    R("F104", "2026-11-30T11:00:00+00:00", "Hi,\n\nWe'll pay the balance before Christmas.\n\nHelen", "promise_to_pay", date="2026-12-24", fam=["date:holiday-relative"]),
    R("F111", "2026-11-30T11:00:00-05:00", "We'll mail a check next week.\nKaren", "promise_to_pay", date="2026-12-11", fam=["date:next-week"]),
    R("F116", "2026-11-30T11:00:00-05:00", "Hi, this is on hold until we get a corrected invoice. Once we have it, it'll be paid within 30 days per our terms.\nRosa", "promise_to_pay", sender=1,
      human=["conditional"], fam=["date:condition-distractor"]),
    R("F121", "2026-11-30T10:00:00+05:30", "Dear Sir,\n\nPayment will be done by 10th December positively.\n\nRegards\nRavi", "promise_to_pay", date="2026-12-10", fam=["date:day-month", "voice:non-native"]),
    R("F122", "2026-11-30T10:00:00+01:00", "Hello,\nwe transfer on 2.12.\nA. Nowak", "promise_to_pay", date="2026-12-02", fam=["date:numeric-eu", "voice:non-native"]),
]
