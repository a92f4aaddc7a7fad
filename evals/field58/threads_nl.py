"""Dutch replies (field58): a Groningen ice-cream parlour, a Zeeland campsite and a Ghent schoolbook shop, around
OLV-Hemelvaart (15 August in Belgium), the bouwvak and the first school day."""

from evals.field.build import Payment, Reply
from evals.field58.kit import AUTO, CEST, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK58-050", "K5851", "2028-08-15", "395.00", "EUR", "IJSSALON DE POOLSTER 58512"),
    P("BK58-051", None, "2028-08-22", "5240.00", "EUR", "M DE VISSER"),
    P("BK58-052", "K5853", "2028-08-24", "3900.00", "EUR", "VERMEERSCH BV 58531 58532"),
]

REPLIES = [
    # --- IJssalon De Poolster (Groningen)
    R("K5851", at(14, "21:40", CEST), "Hoi, het is hier gekkenhuis met dit weer. Ik betaal donderdag.\nBert", "promise_to_pay", date="2028-08-17", fam=["weekday", "mobile"]),
    R("K5851", at(17, "12:10", CEST), "De 1.870 betalen we tussen de 28e en de 31e, als de kermisweek voorbij is.", "promise_to_pay", date="2028-08-31", amount="1870.00", inv=["INV-2027-58511"], partial=False, fam=["date-range", "no-currency"]),
    R("K5851", at(22, "09:35", CEST), "Betaling volgende week woensdag.", "promise_to_pay", date="2028-08-30", fam=["next-week-weekday", "terse"]),
    R("K5851", at(28, "18:20", CEST), "Sorry, gepland voor vandaag maar het wordt vrijdag 1 september. De pinautomaat-afrekening is nog niet binnen.", "promise_to_pay", date="2028-09-01", fam=["moved-date", "weekday-date"]),
    R("K5851", at(31, "10:50", CEST), "Na het seizoen betalen we alles in één keer, dat is eind oktober.", "promise_to_pay", date="2028-10-31", fam=["end-of-named-month", "more-than-30-days"]),
    # --- Camping 't Zonnedal (Zeeland)
    R("K5852", at(15, "10:05", CEST), "Goedemiddag, ik sta alleen op de receptie deze week. Mevrouw De Visser maakt het bedrag over na de bouwvak.", "promise_to_pay", human=["undated"], fam=["na-de-bouwvak", "one-person-office"], sender=0),
    R("K5852", at(18, "16:30", CEST), "We maken € 2.500 over op 25-08 en de rest eind september.", "promise_to_pay", date="2028-08-25", amount="2500.00", fam=["partial-amount", "numeric-day-first", "two-dates"]),
    R("K5852", at(23, "11:25", CEST), "Ik betaal het vanaf mijn privérekening, uiterlijk maandag. Staat dan op naam M. de Visser.", "promise_to_pay", date="2028-08-28", fam=["personal-account", "at-the-latest"], sender=1),
    R("K5852", at(29, "14:15", CEST), "Betaling binnen 5 werkdagen.", "promise_to_pay", date="2028-09-05", fam=["working-days"], sender=1),
    R("K5852", at(31, "08:45", CEST), "Het wordt begin volgende maand, zodra de laatste gasten hebben afgerekend.", "promise_to_pay", date="2028-09-01", human=["conditional"], fam=["beginning-of-month", "condition"]),
    # --- Schoolboekenhandel Vermeersch (Gent)
    R("K5853", at(14, "09:15", CEST), "Dag, morgen is het OLV-Hemelvaart en we zijn dicht. We betalen woensdag.", "promise_to_pay", date="2028-08-16", fam=["holiday", "weekday", "flemish"]),
    R("K5853", at(16, "15:05", CEST), "Onze moedervennootschap Vermeersch Groep nv betaalt de factuur van 3.260 euro volgende vrijdag.", "promise_to_pay", date="2028-08-25", amount="3260.00", inv=["INV-2027-58531"], partial=False, fam=["parent-company", "next-weekday"]),
    R("K5853", at(21, "13:30", CEST), "Het is de drukste week van het jaar, de scholen beginnen maandag. We betalen over twee weken.", "promise_to_pay", date="2028-09-04", fam=["in-two-weeks", "back-to-school"]),
    R("K5853", at(18, "10:20", CEST), "We betalen eind van de maand.", "promise_to_pay", date="2028-08-31", fam=["end-of-month", "terse"], sender=0),
    R("K5853", at(30, "17:00", CEST), "Ja hoor, na vijf herinneringen weten we het wel. Morgen staat het geld erop.", "promise_to_pay", date="2028-08-31", fam=["sarcasm", "tomorrow"]),
    # --- already paid
    R("K5851", at(16, "11:45", CEST), "Factuur 58512 is gisteren betaald.", "already_paid", note="matches BK58-050", inv=["INV-2027-58512"], fam=["matched", "loose-number"]),
    R("K5852", at(24, "09:55", CEST), "Ik heb het bedrag dinsdag vanaf mijn eigen rekening overgemaakt, op naam M. de Visser.", "already_paid", human=["payment from a personal account, not matched to the customer"], fam=["personal-account"], sender=1),
    R("K5853", at(25, "10:30", CEST), "Beide facturen zijn gisteren betaald, samen 3.900 euro, mededeling 58531 58532.", "already_paid", note="matches BK58-052", ref="58531 58532", inv=["INV-2027-58531", "INV-2027-58532"], fam=["matched", "flemish"]),
    R("K5851", at(29, "13:10", CEST), "Per ongeluk hebben we 58512 twee keer betaald in plaats van 58511. Kunt u het verschil verrekenen?", "already_paid", inv=["INV-2027-58512", "INV-2027-58511"], human=["no matching payment", "wrong invoice paid"], fam=["wrong-invoice-paid", "unmatched"]),
    # --- disputes
    R("K5851", at(21, "16:50", CEST), "De ijsvitrine lekt sinds de levering. Wilt u de herinneringen stopzetten tot de monteur is geweest?", "dispute", fam=["damaged", "stop-reminders"]),
    R("K5852", at(28, "10:40", CEST), "U heeft 12 picknicktafels gefactureerd, we hebben er 10 gekregen. Het deel voor de 10 maken we vrijdag over.", "dispute", sec=["promise_to_pay"], date="2028-09-01", fam=["short-delivery", "dispute-and-promise"]),
    R("K5853", at(23, "12:00", CEST), "De btw op 58532 is 21 %, boeken horen 6 % te zijn. Graag een creditnota.", "dispute", inv=["INV-2027-58532"], fam=["vat-rate"], sender=0),
    # --- copies, billing changes
    R("K5852", at(16, "09:30", CEST), "Kunt u de factuur nogmaals sturen? Wij hebben hem nooit ontvangen.", "invoice_resend", fam=["never-received"], sender=1),
    R("K5853", at(29, "09:05", CEST), "Graag een actueel rekeninguittreksel met al onze openstaande posten.", "invoice_resend", fam=["statement"], sender=0),
    R("K5851", at(24, "15:20", CEST), "Wij zijn sinds 1 juli een bv: IJssalon De Poolster bv, KvK 91234567. Graag de facturen op de nieuwe naam.", "po_change", fam=["new-entity"], sender=1),
    R("K5853", at(17, "11:10", CEST), "Vanaf september ontvangen wij facturen alleen nog via Peppol. Gelieve onze Peppol-ID 0208:0456789123 te gebruiken.", "po_change", fam=["peppol", "e-invoice"], sender=1),
    # --- plans
    R("K5852", at(21, "12:35", CEST), "Kunnen we het bedrag in vier maandelijkse termijnen betalen, de eerste op 1 oktober?", "payment_plan_request", date="2028-10-01", fam=["four-instalments"], sender=1),
    R("K5851", at(25, "20:05", CEST), "Zou een betalingsregeling kunnen? 500 euro per maand vanaf 15 september.", "payment_plan_request", date="2028-09-15", amount="500.00", fam=["monthly"]),
    # --- absences, DSNs
    R("K5852", at(14, "09:06", CEST), "Ik ben met vakantie tot en met 25 augustus. Voor dringende zaken kunt u de receptie bellen.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen", fam=["auto"], sender=1),
    R("K5853", at(22, "09:06", CEST), "Wegens de start van het schooljaar zijn wij tot 15 september niet bereikbaar voor administratieve vragen.", "out_of_office", headers=AUTO, subject="Afwezig: Herinnering", human=["absence over 14 days"], fam=["auto", "back-to-school", "long-absence"], sender=1),
    R("K5851", at(18, "09:07", CEST), "Uw bericht kon niet worden afgeleverd bij administratie@ijssalon-poolster.example. Mailbox vol.", "bounce", sender="MAILER-DAEMON@ijssalon-poolster.example", dsn=("administratie@ijssalon-poolster.example", "5.2.2"), fam=["mailbox-full"]),
    R("K5853", at(31, "09:07", CEST), "Bezorging is mislukt voor deze ontvangers of groepen:\ng.vermeersch@vermeersch-boeken.example\nHet e-mailadres is niet gevonden.", "bounce", sender="postmaster@vermeersch-boeken.example", dsn=("g.vermeersch@vermeersch-boeken.example", "5.1.1"), fam=["exchange"]),
    # --- wrong contacts, the rest
    R("K5852", at(19, "14:00", CEST), "Dit is het reserveringsadres. Facturen graag naar Marieke: m.devisser@camping-zonnedal.example.", "wrong_contact", fam=["wrong-department"], sender=0),
    R("K5851", at(30, "11:30", CEST), "Bert heeft de zaak overgedaan. Ik ben de nieuwe eigenaar, Sanne Bakker, sanne@ijssalon-poolster.example.", "wrong_contact", fam=["new-owner"], sender=1),
    R("K5853", at(15, "08:00", CEST), "Bedankt, goed ontvangen.", "other", fam=["no-action", "ack"], sender=0),
    R("K5852", at(26, "17:25", CEST), "Kunnen we ook met iDEAL betalen via een betaallink?", "other", human=["payment method question"], fam=["payment-method"]),
]
