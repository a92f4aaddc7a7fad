"""Dutch replies (field54): a ropewalk in Oudewater, a farrier in the Kempen (BE) and a climbing gym in Groningen on
a payment plan, with 'binnen veertien dagen', week numbers, instalments and structured Belgian references."""

from evals.field.build import Payment, Reply
from evals.field54.kit import AUTO, CEST, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK54-050", "T5451", "2027-09-27", "3795.00", "EUR", "TOUWSLAGERIJ OUDEWATER BV 54035 54036"),
    P("BK54-051", "T5453", "2027-10-01", "1080.00", "EUR", "KLIMHAL DE GRIP BV KDG-T3"),
]

REPLIES = [
    # --- Touwslagerij Oudewater
    R("T5451", at(27, "09:00", CEST), "Goedemorgen, wij betalen binnen veertien dagen.\nMet vriendelijke groet,\nHenk de Vries", "promise_to_pay", date="2027-10-11", fam=["within-days-word"], sender=1),
    R("T5451", at(29, "15:10", CEST), "Betaling volgt vrijdag.", "promise_to_pay", date="2027-10-01", fam=["weekday", "terse"], sender=1),
    R("T5451", at(31, "10:00", CEST), "Niet op 30 september zoals u vraagt – dat was gisteren al – maar op dinsdag 12 oktober.", "promise_to_pay", date="2027-10-12", fam=["rejected-date", "weekday-date"], sender=1),
    R("T5451", at(34, "11:30", CEST), "We betalen in week 41.", "promise_to_pay", date="2027-10-15", fam=["calendar-week", "terse"], sender=0),
    R("T5451", at(36, "14:00", CEST), "De 525 euro gaat morgen de deur uit, de 3.270 eind deze maand.", "promise_to_pay", date="2027-10-07", amount="525.00", fam=["partial-amount", "two-dates"], sender=1),
    R("T5451", at(30, "11:00", CEST), "Goedemiddag, Henk staat deze week op de touwmarkt. Hij laat weten dat het maandag betaald wordt.\nGroet, Ineke (secretariaat)", "promise_to_pay", date="2027-10-04", sender="secretariaat@touwslagerij-oudewater.example", fam=["colleague-answers", "weekday", "unknown-sender"]),
    R("T5451", at(33, "19:30", CEST), "We betalen over drie weken, eerder lukt echt niet.", "promise_to_pay", date="2027-10-24", fam=["in-weeks", "weekend"], sender=1),
    R("T5451", at(28, "07:50", CEST), "Betaling eind van de maand.", "promise_to_pay", date="2027-09-30", fam=["month-end", "terse"], sender=1),
    # --- Hoefsmederij Van Gorp (Kempen)
    R("T5452", at(28, "10:30", CEST), "Dag, betaling volgt tegen eind volgende week.\nKoen", "promise_to_pay", date="2027-10-08", fam=["end-of-next-week", "flemish"], sender=1),
    R("T5452", at(32, "08:00", CEST), "Ik schrijf het maandag over, beloofd.", "promise_to_pay", date="2027-10-04", fam=["weekday", "weekend"], sender=1),
    R("T5452", at(35, "13:00", CEST), "Betaling op 15/10.", "promise_to_pay", date="2027-10-15", fam=["numeric-day-first", "terse"], sender=1),
    R("T5452", at(30, "21:30", CEST), "Morgen betaal ik, sta nu nog in de smidse.", "promise_to_pay", date="2027-10-01", fam=["tomorrow", "late-evening"], sender=1),
    R("T5452", at(27, "16:00", CEST), "Ik betaal de helft deze week en de andere helft volgende week.", "promise_to_pay", date="2027-10-01", human=["partial"], fam=["partial-share", "this-week"], sender=1),
    # --- Klimhal De Grip (payment plan)
    R("T5453", at(28, "09:45", CEST), "Termijn 3 van 6 (€ 1.080) schrijven we op 1 oktober over.", "promise_to_pay", date="2027-10-01", amount="1080.00", fam=["instalment", "day-month"], sender=1),
    R("T5453", at(34, "10:00", CEST), "De termijn van oktober (€ 1.080) komt volgende week woensdag.", "promise_to_pay", date="2027-10-13", amount="1080.00", fam=["instalment", "next-week-weekday"], sender=1),
    # --- already paid
    R("T5451", at(29, "10:00", CEST), "Is dit niet maandag al betaald? Ik zie € 3.795,00 op 27-09 van onze rekening afgaan.", "already_paid", fam=["paid-as-question", "numeric-dash"], sender=1, note="matches BK54-050"),
    R("T5452", at(31, "12:00", CEST), "Betaald op 30/09 met gestructureerde mededeling +++037/1840/00054+++.", "already_paid", ref="+++037/1840/00054+++", human=["no matching payment"], fam=["structured-communication", "unmatched"], sender=1),
    R("T5453", at(36, "09:30", CEST), "Termijn 3 is op 1 oktober overgemaakt, kenmerk KDG-T3.", "already_paid", ref="KDG-T3", fam=["instalment", "payment-plan"], sender=1, note="BK54-051, one instalment of the plan"),
    # --- disputes
    R("T5451", at(33, "20:30", CEST), "Wij betalen pas na ontvangst van uw creditnota voor de 200 meter verkeerd geslagen touw.", "dispute", fam=["credit-note-awaited", "weekend"], sender=1),
    R("T5452", at(29, "09:15", CEST), "Mag ik vriendelijk opmerken dat de hoefijzers op factuur 54037 nog aan de oude prijs zouden worden gefactureerd? Zo was het afgesproken op de beurs. Alvast bedankt!", "dispute", inv=["INV-2027-54037"], fam=["polite-dispute", "price"], sender=1),
    R("T5453", at(30, "14:30", CEST), "De herinneringskosten van € 15 accepteren wij niet, wij zitten in een betalingsregeling.", "dispute", fam=["fees", "payment-plan"], sender=1),
    # --- resend
    R("T5451", at(32, "11:00", CEST), "Kunt u factuur 54036 nogmaals sturen? Die is bij ons niet aangekomen.", "invoice_resend", inv=["INV-2027-54036"], fam=["never-received"], sender=0),
    R("T5452", at(34, "14:20", CEST), "Graag een rekeninguittreksel met alle posten die nog openstaan.", "invoice_resend", fam=["statement"], sender=1),
    R("T5453", at(31, "13:00", CEST), "Mag ik een overzicht van de regeling en wat er nog openstaat?", "invoice_resend", fam=["statement", "payment-plan"], sender=1),
    # --- PO and billing changes
    R("T5451", at(35, "10:40", CEST), "Vanaf 1 oktober ontvangen wij facturen uitsluitend via Peppol (ons Peppol-ID 0106:12345678). Wilt u de facturen daarlangs opnieuw versturen?", "po_change", fam=["peppol", "e-invoicing"], sender=1),
    R("T5452", at(33, "10:00", CEST), "Ons btw-nummer staat fout op de factuur: het moet BE0712.345.678 zijn. Graag een nieuwe factuur.", "po_change", fam=["tax-number", "flemish"], sender=1),
    R("T5453", at(29, "11:30", CEST), "Wij zijn per 1 oktober verhuisd naar Paterswoldseweg 810, 9728 BM Groningen. Graag het factuuradres aanpassen.", "po_change", fam=["address"], sender=1),
    # --- plans
    R("T5451", at(30, "16:00", CEST), "Kunnen we de 3.270 in drie termijnen betalen? Eerste termijn op 15 oktober.", "payment_plan_request", date="2027-10-15", fam=["instalments", "day-month"], sender=1),
    R("T5452", at(36, "10:00", CEST), "Zou ik in twee keer mogen betalen, € 920 per keer, de eerste over twee weken?", "payment_plan_request", date="2027-10-20", amount="920.00", fam=["instalments", "in-weeks"], sender=1),
    R("T5453", at(32, "12:00", CEST), "Kunnen we de resterende termijnen over acht maanden spreiden in plaats van drie? Het klimseizoen valt tegen.", "payment_plan_request", fam=["restructure", "undated-plan"], sender=1),
    # --- absence
    R("T5451", at(28, "08:00", CEST), "Ik ben afwezig tot en met vrijdag 1 oktober.\n\nBetreft het een betaling? Alle facturen van augustus worden in de betaalrun van dinsdag 5 oktober meegenomen.", "out_of_office", sec=["promise_to_pay"], date="2027-10-05", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen", fam=["auto-reply-with-answer", "payment-run"], sender=1),
    R("T5452", at(35, "07:45", CEST), "Ik ben met vakantie tot 27 oktober. Dringende zaken: boekhouding@hoefsmid-vangorp.example.", "out_of_office", human=["return more than 14 days out"], headers=AUTO, subject="Afwezig", fam=["long-absence"], sender=1),
    R("T5453", at(30, "09:00", CEST), "Ik ben vandaag en morgen afwezig. Vanaf maandag 4 oktober ben ik weer bereikbaar.", "out_of_office", headers=AUTO, subject="Automatisch antwoord", fam=["payment-plan"], sender=1),
    # --- bounces
    R("T5451", at(31, "09:06", CEST), "De bezorging aan deze geadresseerden of groepen is mislukt:\n\nh.devries@touwslagerij-oudewater.example\nHet e-mailadres dat u hebt opgegeven, bestaat niet.", "bounce", sender="postmaster@touwslagerij-oudewater.example", subject="Onbestelbaar: Herinnering: vervallen facturen", dsn=("h.devries@touwslagerij-oudewater.example", "5.1.1"), lang="nl", quote="none", fam=["dutch-dsn"]),
    R("T5453", at(35, "09:05", CEST), "Uw bericht kon niet worden afgeleverd.\n\nOntvanger: m.bakker@klimhal-degrip.example\nReden: mailbox vol (552 5.2.2)", "bounce", sender="MAILER-DAEMON@mail.klimhal-degrip.example", subject="Niet afgeleverd", dsn=("m.bakker@klimhal-degrip.example", "5.2.2"), lang="nl", quote="none", fam=["dutch-dsn", "mailbox-full"]),
    # --- wrong contact
    R("T5452", at(30, "12:00", CEST), "Ik doe enkel de planning van de hoefbeslag-afspraken. Voor facturen moet u bij Koen zijn: k.vangorp@hoefsmid-vangorp.example.", "wrong_contact", sender="planning@hoefsmid-vangorp.example", fam=["wrong-department", "unknown-sender"]),
    R("T5453", at(33, "15:00", CEST), "Marloes werkt hier niet meer. Stuur alles voortaan naar finance@klimhal-degrip.example t.a.v. Daan Mulder.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    # --- other
    R("T5451", at(34, "16:40", CEST), "Dank voor uw bericht, doorgestuurd naar onze boekhouder.", "other", fam=["no-action", "forwarded-on"], sender=1),
    R("T5452", at(28, "17:00", CEST), "Klopt het dat jullie bankrekening gewijzigd is? We kregen een brief met een nieuw IBAN.", "other", human=["fraud check"], fam=["fraud-check", "bank-details"], sender=1),
]
