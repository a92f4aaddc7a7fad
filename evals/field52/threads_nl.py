"""Dutch replies (field52): a Maastricht vastelaovend costume atelier, an Aalst float builder on a legal account and a
Paramaribo joinery."""

from evals.field.build import Payment, Reply
from evals.field52.kit import AUTO, CET, SR, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK52-019", "W5220", "2028-02-24", "720.00", "EUR", "VASTELAOVEND ATELIER SJENG FACT 98040"),
    P("BK52-020", "W5222", "2028-02-28", "5930.00", "USD", "SRANAN HOUTBEWERKING NV INV 98043"),
]

REPLIES = [
    # --- Vastelaovend Atelier Sjeng (Maastricht)
    R("W5220", at(21, "09:40", CET), "Hoi, wij betalen na de vastelaovend, woensdag 1 maart. Alaaf!", "promise_to_pay", date="2028-03-01", fam=["carnival-distractor", "weekday-date", "limburgs"]),
    R("W5220", at(22, "15:10", CET), "De 720 euro is vandaag overgemaakt. De grote factuur volgt begin volgende maand.", "already_paid", inv=["98040"], human=["open remainder"], fam=["paid-one-of-two", "vague-remainder"]),
    R("W5220", at(23, "11:20", CET), "Betaling van factuur 98039 op 06-03-2028.", "promise_to_pay", date="2028-03-06", inv=["98039"], fam=["dashed-date", "terse"]),
    R("W5220", at(24, "14:00", CET), "De pailletten op 98039 zijn wel geleverd maar de helft was van de verkeerde maat. Graag een creditnota voor 50 rollen.", "dispute", inv=["98039"], fam=["wrong-size", "creditnota"]),
    R("W5220", at(25, "08:30", CET), "Van zaterdag 26 februari t/m dinsdag 29 februari is het atelier gesloten wegens carnaval. Vanaf woensdag 1 maart zijn we er weer.", "out_of_office", headers=AUTO, fam=["auto-absence", "carnival"]),
    R("W5220", at(28, "10:50", CET), "Ik ben de zoon van Sjef, hij is aan het vastelaovend vieren en leest geen mail. Ik zeg het hem woensdag.", "out_of_office", sender="thijs@atelier-sjeng.example", fam=["typed-absence", "family-member", "carnival"]),
    R("W5220", at(29, "12:05", CET), "Kunnen we 98039 in vier termijnen betalen? Eerste termijn op 15 maart.", "payment_plan_request", date="2028-03-15", fam=["four-instalments"]),
    R("W5220", at(26, "09:15", CET), "Graag de factuur opnieuw sturen naar ons nieuwe factuuradres facturen@atelier-sjeng.example, met ons KvK-nummer 91827364 erop.", "po_change", fam=["kvk", "invoice-mailbox"]),
    R("W5220", at(22, "20:20", CET), "Wij betalen volgende week donderdag.", "promise_to_pay", date="2028-03-02", fam=["next-week-weekday"]),
    R("W5220", at(24, "16:45", CET), "Zou u een kopie van 98039 kunnen sturen? Die is zoekgeraakt tussen de stoffen.", "invoice_resend", inv=["98039"], fam=["copy"]),
    R("W5220", at(27, "11:00", CET), "Ik krijg dit bericht maar ik werk hier alleen als naaister in de carnavalsweken. Ik stuur het door.", "wrong_contact", sender="naaiatelier@atelier-sjeng.example", fam=["seasonal-staff"]),
    R("W5220", at(29, "17:30", CET), "Betaling volgt in week 10, op vrijdag.", "promise_to_pay", date="2028-03-10", fam=["week-number", "friday"]),
    # --- Praalwagenbouw Ajuin (Aalst, legal)
    R("W5221", at(21, "10:10", CET), "Geachte, gelieve alle verdere correspondentie over deze facturen te richten aan onze advocaat, Mr. De Smet, Advocatenkantoor De Smet & Vermeulen te Aalst.", "other", human=["legal"], fam=["lawyer", "flemish"]),
    R("W5221", at(22, "13:30", CET), "De wagen die jullie onderdelen droegen is tijdens de stoet in elkaar gezakt. De factuur 98041 betwisten we volledig en we houden jullie aansprakelijk voor de schade.", "dispute", inv=["98041"], human=["legal threat"], fam=["liability", "carnival"]),
    R("W5221", at(23, "09:00", CET), "Bij vonnis van de ondernemingsrechtbank Gent, afdeling Dendermonde, werd aan Praalwagenbouw Ajuin BV een gerechtelijke reorganisatie toegekend. Er geldt een opschorting van betalingen tot 30 juni 2028.", "other", human=["insolvency"], fam=["gerechtelijke-reorganisatie", "moratorium"]),
    R("W5221", at(24, "15:20", CET), "Koen zegt dat de kleine factuur, 1.870 euro, betaald wordt op 10 maart. De andere ligt bij de advocaat.", "promise_to_pay", date="2028-03-10", amount="1870.00", inv=["98042"], sender=0, fam=["on-behalf", "legal-split"]),
    R("W5221", at(28, "07:15", CET), "Afwezig tot en met Aswoensdag (1 maart) wegens Aalst Carnaval. Uw mail wordt niet doorgestuurd.", "out_of_office", headers=AUTO, sender=1, fam=["auto-absence", "carnival"]),
    R("W5221", at(25, "11:40", CET), "Stuur ons een saldobevestiging per 29/02, onze boekhouder heeft die nodig voor de reorganisatie.", "invoice_resend", fam=["balance-confirmation", "day-first"]),
    R("W5221", at(29, "00:00", CET), "Uw bericht kon niet worden afgeleverd aan boekhouding@praalwagen-ajuin.example. Mailbox bestaat niet.", "bounce", sender="postmaster@praalwagen-ajuin.example", dsn=("boekhouding@praalwagen-ajuin.example", "5.1.1"), quote="none", fam=["dsn", "dutch-dsn"]),
    R("W5221", at(26, "18:00", CET), "Ik ben de stagiair op de werf, geen idee waarover dit gaat.", "wrong_contact", sender="stagiair@praalwagen-ajuin.example", fam=["intern", "flemish"]),
    # --- Sranan Houtbewerking (Paramaribo)
    R("W5222", at(21, "09:00", SR), "Goedemorgen, de betaling van 98043 wordt maandag 28 februari gedaan via de Hakrinbank.", "promise_to_pay", date="2028-02-28", inv=["98043"], fam=["weekday-date", "surinamese"]),
    R("W5222", at(22, "13:45", SR), "Wij hebben moeite om dollars te krijgen bij de bank, de deviezen zijn krap. We betalen zodra de bank de dollars vrijgeeft.", "promise_to_pay", human=["conditional"], fam=["fx-shortage", "condition"]),
    R("W5222", at(23, "10:30", SR), "De schaafmachinemessen op 98044 zijn in USD gefactureerd maar de offerte was in SRD. Graag corrigeren.", "dispute", inv=["98044"], fam=["currency"]),
    R("W5222", at(24, "16:10", SR), "Kunt u de factuur opnieuw sturen met ons nieuwe adres in Lelydorp?", "po_change", fam=["address-change"]),
    R("W5222", at(25, "08:20", SR), "Wordt gestuurd op 28/2, swift bijgevoegd zodra ik 'm heb.", "promise_to_pay", date="2028-02-28", fam=["day-first", "terse"]),
    R("W5222", at(28, "14:35", SR), "Betaald vandaag, 5.930 USD, referentie SHB-280228-04.", "already_paid", ref="SHB-280228-04", inv=["98043"], fam=["paid-today", "reference"]),
    R("W5222", at(29, "11:15", SR), "Roy is op Phagwa-vakantie in Nickerie tot 13 maart.", "out_of_office", sender=0, fam=["typed-absence", "holiday"]),
    R("W5222", at(26, "10:00", SR), "Kunnen we de 860 dollar in twee keer doen, de helft nu en de rest over een maand?", "payment_plan_request", date="2028-02-26", fam=["half-now"]),
    R("W5222", at(27, "19:50", SR), "Ik ben de chauffeur, dit is niet voor mij.", "wrong_contact", sender="transport@srananhout.example", fam=["driver"]),
    R("W5220", at(21, "00:00", CET), "Onbestelbaar: s.pluijmen@atelier-sjeng.example – mailbox vol.", "bounce", sender="mailer-daemon@atelier-sjeng.example", dsn=("s.pluijmen@atelier-sjeng.example", "4.2.2"), quote="none", fam=["dsn", "mailbox-full"]),
    R("W5222", at(24, "09:10", SR), "Bedankt voor de herinnering, ik geef het door aan de directie.", "other", fam=["no-action", "forwarding"]),
    R("W5220", at(23, "16:20", CET), "We hebben een mail gekregen van 'Northwind' met het verzoek voortaan op een Litouwse IBAN te betalen. Klopt dat? Graag even bellen.", "other", human=["fraud worry"], fam=["fraud", "changed-iban"]),
    R("W5220", at(25, "18:40", CET), "Morgen over een week betalen we alles.", "promise_to_pay", date="2028-03-04", fam=["morgen-over-een-week"]),
    R("W5222", at(23, "15:30", SR), "Wij betalen eind volgende week.", "promise_to_pay", date="2028-03-03", fam=["end-of-next-week"]),
    R("W5221", at(27, "12:30", CET), "Kunnen we 98042 afbetalen in drie maandelijkse schijven vanaf 1 april, met akkoord van de gerechtsmandataris?", "payment_plan_request", date="2028-04-01", fam=["plan", "court-mandatary"]),
    R("W5220", at(28, "13:40", CET), "Vandaag betalen lukt niet, het is carnaval en de bank is dicht in ons hoofd. Overmorgen dan.", "promise_to_pay", date="2028-03-01", fam=["overmorgen", "humour"]),
]
