"""Dutch replies (field56): a Frisian pea-soup cannery at stock-take time and a Bruges ice-sculpture studio (strategic)."""

from evals.field.build import Payment, Reply
from evals.field56.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK56-051", "N5651", "2028-01-13", "2890.00", "EUR", "SNERTFABRIEK DE FRIESE POT SNERT56051"),
    P("BK56-052", "N5652", "2028-01-20", "11240.00", "EUR", "IJSSCULPTUUR ATELIER BRUGGE 112400560536"),
    P("BK56-053", "N5651", "2028-01-24", "2850.00", "EUR", "DE FRIESE POT BV"),
]

_SHARED = """Hoi,

Wij (Tjitske, Sjoerd en Anneke) hebben even overlegd: beide facturen worden op 26-01 voldaan.

Groet,
Administratie De Friese Pot"""

_INLINE = """> Volgens onze administratie staan de volgende facturen nog open:

Klopt.

> INV-2027-56051    2027-12-10    EUR 2.890,00

Gaat maandag 31-01 de deur uit.

> INV-2027-56052    2027-12-22    EUR 410,00

Deze ook."""

REPLIES = [
    # --- Snertfabriek De Friese Pot (Friesland)
    R("N5651", at(17, "08:45", CET), "Goedemorgen, we betalen eind januari, na de inventarisatie.", "promise_to_pay", date="2028-01-31", sender=1, fam=["eind-januari", "stock-take"]),
    R("N5651", at(18, "12:10", CET), "Betaling vrijdag.", "promise_to_pay", date="2028-01-21", fam=["weekday", "terse"]),
    R("N5651", at(19, "15:30", CET), _SHARED, "promise_to_pay", date="2028-01-26", sender=0, fam=["shared-mailbox", "day-first"]),
    R("N5651", at(20, "07:40", CET), "hoi met tjitske komma ik zit in de auto punt we betalen volgende week dinsdag punt doei", "promise_to_pay", date="2028-01-25", sender=1, fam=["voice-to-text", "next-week-weekday"]),
    R("N5651", at(21, "10:20", CET), "We maken vandaag € 410 over, de rest begin februari.", "promise_to_pay", date="2028-01-21", amount="410.00", fam=["today", "partial-amount"]),
    R("N5651", at(24, "14:00", CET), "Betaling binnen 3 werkdagen.", "promise_to_pay", date="2028-01-27", fam=["working-days"]),
    R("N5651", at(25, "09:10", CET), "Na de Elfstedentocht-gekte (als-ie doorgaat, haha) betalen we op 2 februari.", "promise_to_pay", date="2028-02-02", sender=1, fam=["event-distractor", "day-month"]),
    R("N5651", at(26, "16:30", CET), "We betalen in de eerste week van februari.", "promise_to_pay", date="2028-02-04", fam=["first-week-of"]),
    R("N5651", at(27, "11:00", CET), _INLINE, "promise_to_pay", date="2028-01-31", quote="none", sender=1, fam=["inline-answers", "day-first"]),
    R("N5651", at(28, "13:15", CET), "Betaling uiterlijk dinsdag 1 februari.", "promise_to_pay", date="2028-02-01", fam=["at-the-latest", "weekday-date"]),
    # --- IJssculptuur Atelier Brugge (strategic)
    R("N5652", at(17, "10:00", CET), "Goeiemorgen, de betaling volgt na het ijssculpturenfestival, ten laatste eind januari.", "promise_to_pay", date="2028-01-31", sender=1, fam=["at-the-latest", "eind-januari", "flemish"]),
    R("N5652", at(19, "11:40", CET), "We storten € 5.000 vrijdag, het saldo in februari.", "promise_to_pay", date="2028-01-21", amount="5000.00", sender=1, fam=["weekday", "partial-amount"]),
    R("N5652", at(21, "09:00", CET), "Betaling op 28/01.", "promise_to_pay", date="2028-01-28", fam=["day-first", "terse"]),
    R("N5652", at(24, "17:20", CET), "We betalen zodra de stad Brugge ons heeft betaald voor het festival.", "promise_to_pay", human=["conditional"], sender=1, fam=["condition", "undated"]),
    R("N5652", at(26, "08:30", CET), "Bonjour, Koen est en congé, c'est Sophie de l'atelier. Nous payons le 2 février. Cordialement", "promise_to_pay", date="2028-02-02", lang="fr", sender=0, fam=["language-switch", "colleague", "day-month"]),
    R("N5652", at(28, "10:45", CET), "Betaling in de loop van volgende week, dinsdag normaal gezien.", "promise_to_pay", date="2028-02-01", sender=1, fam=["next-week-weekday", "hedged"]),
    # --- already paid
    R("N5651", at(18, "10:30", CET), "Al betaald op 13 januari, kenmerk SNERT/56051.", "already_paid", ref="SNERT/56051", inv=["INV-2027-56051"], fam=["ref-slashes"]),
    R("N5652", at(22, "09:45", CET), "Betaald op 20/01 met gestructureerde mededeling +++112/4005/60536+++.", "already_paid", ref="+++112/4005/60536+++", sender=1, fam=["structured-communication", "ref-punctuation"]),
    R("N5651", at(26, "11:10", CET), "We hebben op 24 januari € 2.850 betaald; € 40 bankkosten gingen eraf.", "already_paid", human=["amount differs"], sender=1, fam=["short-payment", "bank-charges"]),
    # --- disputes
    R("N5651", at(19, "14:00", CET), "Op 56051 staan 120 blikken te veel; we hebben er 480 besteld, niet 600.", "dispute", inv=["INV-2027-56051"], sender=1, fam=["quantity"]),
    R("N5652", at(20, "16:15", CET), "We hebben € 6.000 betaald. De rest betwisten we: de koelcel is twee dagen uitgevallen tijdens het festival.", "dispute", sec=["already_paid"], sender=1, fam=["part-paid-rest-disputed", "faulty-equipment"]),
    R("N5651", at(25, "13:20", CET), "De 56052 klopt niet: transport was inbegrepen volgens de offerte. De 56051 betalen we vrijdag.", "dispute", sec=["promise_to_pay"], date="2028-01-28", inv=["INV-2027-56052", "INV-2027-56051"], fam=["freight", "pay-the-rest"]),
    # --- copies, billing changes
    R("N5651", at(20, "08:55", CET), "Kunnen jullie factuur 56052 nog eens sturen? Niet ontvangen.", "invoice_resend", inv=["INV-2027-56052"], fam=["never-received"]),
    R("N5652", at(18, "14:40", CET), "Graag een rekeninguittreksel per 31/12 voor de jaarafsluiting.", "invoice_resend", fam=["statement"]),
    R("N5651", at(21, "15:00", CET), "Graag ons inkoopnummer PO-FP-2027-88 op factuur 56051 vermelden en opnieuw sturen.", "po_change", inv=["INV-2027-56051"], fam=["po-number"]),
    R("N5652", at(25, "10:00", CET), "Facturen voortaan via Peppol op ons ondernemingsnummer 0712.345.678, niet meer per mail.", "po_change", fam=["e-invoice", "tax-number"]),
    # --- instalments
    R("N5651", at(27, "09:40", CET), "Kunnen we 56051 in drie termijnen betalen, eerste termijn op 15 februari?", "payment_plan_request", date="2028-02-15", inv=["INV-2027-56051"], sender=1, fam=["instalments-asked", "first-date"]),
    R("N5652", at(27, "15:20", CET), "Is een afbetaling over zes maanden bespreekbaar?", "payment_plan_request", sender=1, fam=["months-only", "undated"]),
    # --- absences, bounces
    R("N5651", at(18, "09:06", CET), "Ik ben afwezig tot en met 25 januari. Voor dringende zaken: administratie@friesepot.example.", "out_of_office", sender=1, headers=AUTO, subject="Automatisch antwoord: afwezig", quote="none", fam=["auto-reply"]),
    R("N5652", at(24, "09:06", CET), "Wegens jaarlijkse sluiting zijn wij afwezig tot 20 februari.", "out_of_office", headers=AUTO, subject="Automatisch antwoord", quote="none", human=["out of office more than 14 days"], fam=["auto-reply", "long-absence"]),
    R("N5651", at(24, "09:07", CET), "Dit is een automatisch bericht.\n\nUw bericht kon niet worden afgeleverd bij:\nt.dijkstra@friesepot.example\n550 5.1.1 Onbekende gebruiker", "bounce", sender="MAILER-DAEMON@friesepot.example", subject="Onbestelbaar: Herinnering: vervallen facturen", dsn=("t.dijkstra@friesepot.example", "5.1.1"), fam=["dsn", "dutch-dsn"]),
    R("N5652", at(19, "09:07", CET), "Levering aan k.dewulf@ijsatelier-brugge.example is mislukt: mailbox vol.", "bounce", sender="postmaster@ijsatelier-brugge.example", subject="Niet afgeleverd", dsn=("k.dewulf@ijsatelier-brugge.example", "5.2.2"), fam=["dsn", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("N5651", at(23, "19:00", CET), "Ik zit op de productie, niet op de administratie. Mail administratie@friesepot.example maar.", "wrong_contact", sender="productie@friesepot.example", fam=["wrong-department", "unknown-sender"]),
    R("N5652", at(21, "13:30", CET), "Koen is geen zaakvoerder meer; contactpersoon is nu Lotte Vermeersch, lotte@ijsatelier-brugge.example.", "wrong_contact", sender=0, fam=["new-contact"]),
    R("N5651", at(28, "08:00", CET), "Dank, ontvangen.", "other", fam=["no-action", "acknowledgement"]),
    R("N5652", at(26, "13:00", CET), "Kunnen jullie een attest voor de btw-verlegging bezorgen?", "other", human=["tax form"], fam=["tax-form"]),
]
