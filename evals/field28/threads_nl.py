"""Dutch replies (field28): a Zeeland mussel farm and a Flemish chicory grower on credit hold."""

from evals.field.build import Payment, Reply
from evals.field28.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK28-050", "T2820", "2026-11-20", "655.00", "EUR", "MOSSELKWEKERIJ DE OOSTERSCHELDE FACTUUR 92835"),
    P("BK28-051", "T2821", "2026-11-24", "540.00", "EUR", "WITLOOFTEELT VANDENBROUCKE +++928/3700/00054+++"),
]

REPLIES = [
    # --- Mosselkwekerij De Oosterschelde (NL, Zeeland)
    R("T2820", at(23, "08:55", CET), "Goedemorgen, wij betalen donderdag 3 december. Groet, Joke", "promise_to_pay", date="2026-12-03", fam=["weekday-date"]),
    R("T2820", at(23, "13:35", CET), "Factuur 92835 is op 20-11 voldaan, de andere betalen we volgende week vrijdag.", "already_paid", sec=["promise_to_pay"], date="2026-12-04", inv=["92835", "92834"], fam=["paid-and-promise", "next-weekday"]),
    R("T2820", at(24, "10:15", CET), "We betalen na de veiling in Yerseke van maandag 7 december, twee dagen later dus.", "promise_to_pay", date="2026-12-09", fam=["relative-to-event", "reason-date"]),
    R("T2820", at(24, "15:25", CET), "Betaling volgt in week 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"]),
    R("T2820", at(25, "09:45", CET), "De betaling stond voor vrijdag gepland maar is door de storm (schepen lagen stil) verschoven naar dinsdag 1 december.", "promise_to_pay", date="2026-12-01", fam=["moved-date", "weekday-date"]),
    R("T2820", at(25, "14:50", CET), "Zodra de verzekeraar de schade aan ons mosselzaad heeft uitgekeerd maken we het bedrag over, eerder lukt het echt niet.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "undated"]),
    R("T2820", at(26, "10:35", CET), "We maken € 2.500 over op de achttiende en de rest in januari.", "promise_to_pay", date="2026-12-18", amount="2500.00", fam=["partial-amount", "date-in-words", "two-dates"]),
    R("T2820", at(26, "16:00", CET), "Betaling vóór Sinterklaas, dus uiterlijk 4 december.", "promise_to_pay", date="2026-12-04", fam=["holiday", "restated-date"]),
    R("T2820", at(27, "09:20", CET), "wij betalen maandag", "promise_to_pay", date="2026-11-30", fam=["terse-mobile", "weekday"]),
    R("T2820", at(27, "14:10", CET), "Betaling binnen 5 werkdagen.", "promise_to_pay", date="2026-12-04", fam=["working-days"]),
    R("T2820", at(23, "16:45", CET), "Op factuur 92834 staan 300 meter longlines, we hebben er 250 ontvangen. Graag een creditnota.", "dispute", inv=["92834"], fam=["short-delivery"]),
    R("T2820", at(24, "12:00", CET), "Kunt u factuur 92834 nog eens sturen? Hij is niet bij ons binnengekomen.", "invoice_resend", inv=["92834"], fam=["never-received"], sender=0),
    R("T2820", at(25, "11:20", CET), "Vanaf 1 januari graag alle facturen via Peppol naar ons KVK-nummer 22045671 sturen, niet meer per mail.", "po_change", fam=["send-future-invoices", "e-invoice"], sender=0),
    R("T2820", at(26, "08:00", CET), "Ik ben afwezig tot en met 2 december. Voor dringende zaken: administratie@mossel-oosterschelde.example", "out_of_office", subject="Automatisch antwoord: Herinnering: vervallen facturen – Mosselkwekerij De Oosterschelde BV", headers=AUTO, fam=["auto-reply"]),
    R("T2820", at(26, "13:15", CET), "Zouden we het in drie maandelijkse termijnen mogen betalen, de eerste op 15 december?", "payment_plan_request", date="2026-12-15", fam=["plan-with-date"]),
    R("T2820", at(27, "11:05", CET), "Joke werkt hier niet meer sinds de overname door Zeeuwse Schelpdier Groep. Facturen en vragen naar crediteuren@zsg.example.", "wrong_contact", fam=["acquisition", "contact-gone"], sender=0),
    R("T2820", at(27, "15:45", CET), "Wij kregen een mail dat uw IBAN is gewijzigd naar een Poolse rekening. Klopt dat? We betalen pas na telefonische bevestiging.", "other", human=["fraud check"], fam=["fraud-alert"]),
    R("T2820", at(24, "17:20", CET), "Dit is een automatisch gegenereerd bericht.\n\nBezorging bij de volgende ontvanger is mislukt:\n\nj.devisser@mossel-oosterschelde.example\n\n550 5.1.1 Gebruiker onbekend", "bounce", dsn=("j.devisser@mossel-oosterschelde.example", "5.1.1"), sender="postmaster@mossel-oosterschelde.example", subject="Onbestelbaar: Herinnering: vervallen facturen", fam=["dsn-dutch"]),
    R("T2820", at(25, "16:35", CET), "Wij betalen de helft (€ 2.380) op woensdag de negende en de andere helft zodra de provincie de subsidie voor de nieuwe percelen heeft goedgekeurd.", "promise_to_pay", date="2026-12-09", amount="2380.00", human=["conditional"], fam=["partial-amount", "date-in-words", "condition-in-long-sentence"]),
    # --- Witloofteelt Vandenbroucke (BE, credit hold)
    R("T2821", at(23, "10:25", CET), "Dag, we betalen vrijdag over een week, beloofd.", "promise_to_pay", date="2026-12-04", fam=["week-of", "flemish"]),
    R("T2821", at(23, "17:10", CET), "Factuur 92837 is betaald op 24/11 met de gestructureerde mededeling +++928/3700/00054+++.", "already_paid", ref="+++928/3700/00054+++", inv=["92837"], fam=["structured-communication", "flemish"]),
    R("T2821", at(24, "09:50", CET), "Betaling op de tweede dinsdag van december.", "promise_to_pay", date="2026-12-08", fam=["nth-weekday-of-month", "flemish"]),
    R("T2821", at(24, "14:40", CET), "We betalen zodra de veiling van Mechelen ons de witloof van november heeft uitbetaald, normaal rond de tiende.", "promise_to_pay", human=["conditional"], date="2026-12-10", fam=["condition-in-long-sentence", "relative-to-event", "flemish"]),
    R("T2821", at(25, "10:30", CET), "Betaling op 2/12, de rest na nieuwjaar.", "promise_to_pay", date="2026-12-02", human=["partial"], fam=["locale-numeric-dayfirst", "two-dates", "flemish"]),
    R("T2821", at(25, "16:20", CET), "We betalen overmorgen, heft aub de blokkering op.", "promise_to_pay", date="2026-11-27", fam=["relative-span", "credit-hold", "flemish"]),
    R("T2821", at(26, "11:45", CET), "Na onze vergadering met de boekhouder op 1 december, betalen we de vrijdag erna.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "relative-to-event", "flemish"]),
    R("T2821", at(27, "08:40", CET), "Betaling begin volgende week.", "promise_to_pay", date="2026-11-30", fam=["early-next-week", "flemish"]),
    R("T2821", at(27, "13:20", CET), "We betalen de 92837 morgen en de 92836 op vijftien december.", "promise_to_pay", date="2026-11-28", inv=["92837", "92836"], fam=["two-dates", "date-in-words", "flemish"]),
    R("T2821", at(23, "14:55", CET), "De prijs van de trekbakken op 92836 klopt niet met de offerte van augustus. Graag een correcte factuur.", "dispute", inv=["92836"], fam=["price-vs-quote", "flemish"]),
    R("T2821", at(24, "11:35", CET), "Mogen we de rekening in vier maandelijkse schijven afbetalen?", "payment_plan_request", fam=["plan-request", "flemish"]),
    R("T2821", at(25, "13:10", CET), "Gelieve ons btw-nummer BE 0456.789.123 op de facturen te vermelden en ze opnieuw op te maken.", "po_change", fam=["tax-id", "reissue", "flemish"]),
    R("T2821", at(26, "09:00", CET), "Gelieve ons een rekeninguittreksel te bezorgen met alle openstaande facturen.", "invoice_resend", fam=["statement", "flemish"], sender=0),
    R("T2821", at(26, "08:05", CET), "Ik ben met verlof tot 21 december. Uw mail wordt niet doorgestuurd.", "out_of_office", subject="Afwezig: Herinnering: vervallen facturen", headers=AUTO, human=["back more than 14 days out"], fam=["auto-reply", "long-absence", "flemish"]),
    R("T2821", at(26, "15:35", CET), "Ik ben niet de juiste persoon, ik doe de teelt. Stuur het naar boekhouding@witloof-vdb.example.", "wrong_contact", fam=["wrong-desk", "flemish"]),
    R("T2821", at(27, "10:15", CET), "Uw bericht kon niet worden afgeleverd bij k.vandenbroucke@witloof-vdb.example.\n\nDe mailbox is vol.", "bounce", dsn=("k.vandenbroucke@witloof-vdb.example", "5.2.2"), sender="postmaster@witloof-vdb.example", subject="Onbestelbaar: Herinnering: vervallen facturen", fam=["dsn-dutch", "mailbox-full"]),
    R("T2821", at(27, "16:50", CET), "Bedankt voor uw bericht, we hebben het goed ontvangen en bekijken het maandag.", "other", fam=["no-action", "acknowledgement", "flemish"], sender=0),
    R("T2820", at(23, "11:10", CET), "Bedankt, ontvangen. Doorgestuurd aan onze boekhouder.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("T2821", at(25, "17:30", CET), "Hoeveel korting krijgen we als we alles deze week in één keer betalen?", "other", human=["discount question"], fam=["discount-question", "flemish"]),
]
