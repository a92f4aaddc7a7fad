"""Dutch replies (field61): a Leiden caterer around 3 Oktober (Leidens Ontzet, a Wednesday), a Groningen sugar-beet
haulier at the start of the beet campaign (strategic) and a Haspengouw fruit grower in the pear and apple harvest
(Flemish). Numeric dates are day-first."""

from evals.field.build import Payment, Reply
from evals.field61.kit import AUTO, CEST, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK61-025", "E6151", "2029-10-08", "5090.00", "EUR", "CATERING HUTSPOT EN HARING BV 61511 61512"),
    P("BK61-026", "E6153", "2029-09-27", "4360.00", "EUR", "VANHOOF SOFIE +++090/6153/11201+++"),
    P("BK61-027", "E6152", "2029-10-16", "15640.00", "EUR", "BIETENTRANSPORT HUNZE BTH-88120"),
]

REPLIES = [
    # --- Catering Hutspot & Haring (Leiden)
    R("E6151", at(9, 17, "09:20", CEST), "Hoi, we zitten midden in de voorbereiding voor 3 oktober, 4000 porties hutspot. Betaling volgt na het Ontzet, op maandag 8 oktober.\nGr. Bart", "promise_to_pay", date="2029-10-08", fam=["holiday", "weekday-date", "season"]),
    R("E6151", at(9, 19, "14:50", CEST), "Kunt u factuur 61512 nog eens sturen? Die is bij ons niet binnengekomen.", "invoice_resend", inv=inv("61512"), fam=["never-received"]),
    R("E6151", at(10, 3, "07:00", CEST), "Vandaag is het 3 Oktober en zijn wij de hele dag op de Garenmarkt. Morgen zijn we weer bereikbaar. Lang leve Leiden!", "out_of_office", headers=AUTO, sender=0, subject="Automatisch antwoord: 3 Oktober", fam=["auto-reply", "holiday", "within-14"]),
    R("E6151", at(10, 8, "16:30", CEST), "Beide facturen vandaag overgemaakt, € 5.090,00, omschrijving 61511 61512.", "already_paid", ref="61511 61512", fam=["paid-with-ref", "matched"]),
    R("E6151", at(9, 24, "11:40", CEST), "Op 61511 staan 30 chafing dishes gehuurd, wij hadden er 20. De andere 10 waren van de bruiloft van een andere klant, denk ik. Graag een creditnota.", "dispute", inv=inv("61511"), fam=["quantity-dispute", "credit-note"]),
    R("E6151", at(9, 27, "10:15", CEST), "Zouden we het in twee keer mogen betalen? De helft nu en de rest eind oktober, na de drukte.", "payment_plan_request", date="2029-09-27", fam=["plan", "half-now"]),
    R("E6151", at(10, 10, "13:00", CEST), "Graag de facturen voortaan naar ons Exact-inboxadres: facturen.hutspotharing@exactinbox.example.", "po_change", inv=[], sender=0, fam=["invoice-mailbox", "accounting-software"]),
    R("E6151", at(9, 21, "17:25", CEST), "Ja ja, we betalen heus wel. Gewoon volgende week vrijdag, oké?", "promise_to_pay", date="2029-09-28", fam=["sarcasm", "next-weekday"]),
    # --- Bietentransport Hunze (Groningen, strategic)
    R("E6152", at(9, 17, "08:00", CEST), "Geachte heer/mevrouw,\n\nFactuur INV-2027-61521 is goedgekeurd en wordt betaald in de betaalrun van week 39.\n\nMet vriendelijke groet,\nCrediteurenadministratie\nBietentransport Hunze bv\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.", "promise_to_pay", date="2029-09-28", sender=0, html=True, fam=["formal-ap", "calendar-week", "disclaimer", "outlook-html"]),
    R("E6152", at(9, 25, "15:10", CEST), "De campagne is gestart en de betaalrun van week 39 is uitgesteld. Nieuwe datum: vrijdag 19 oktober.", "promise_to_pay", date="2029-10-19", fam=["moved-date", "weekday-date", "season"]),
    R("E6152", at(10, 16, "10:00", CEST), "Betaling vandaag verricht, eerder dan gepland, kenmerk BTH-88120.", "already_paid", ref="BTH-88120", fam=["paid-with-ref", "matched"]),
    R("E6152", at(9, 20, "09:30", CEST), "Ons inkoopordernummer ontbreekt op de factuur. Graag opnieuw uitgeven met PO BTH-88120, anders kunnen we niet matchen.", "po_change", fam=["po-missing", "reissue"]),
    R("E6152", at(10, 2, "12:20", CEST), "Henk Dijkstra is tot en met 26 oktober met verlof. Voor dringende zaken: crediteuren@bietentransport-hunze.example.", "out_of_office", headers=AUTO, subject="Afwezig", human=["back after more than 14 days"], fam=["auto-reply", "long-absence"]),
    R("E6152", at(10, 5, "14:45", CEST), "U heeft 14 ritten extra gefactureerd voor de proefcampagne, die waren volgens afspraak gratis. Graag corrigeren.", "dispute", inv=inv("61521"), fam=["contract-dispute"]),
    R("E6152", at(10, 11, "08:15", CEST), "Kunnen jullie een saldo-overzicht per 30 september sturen? Onze accountant vraagt erom voor de halfjaarcijfers.", "invoice_resend", inv=[], fam=["statement", "half-year"]),
    R("E6152", at(9, 18, "22:40", CEST), "Dit is het mailsysteem van bietentransport-hunze.example.\n\nHet bericht kon niet worden afgeleverd bij h.dijkstra@bietentransport-hunze.example:\n550 5.1.1 Onbekende ontvanger (user unknown)\n\nDit is een permanente fout.", "bounce", lang="nl", sender="MAILER-DAEMON@bietentransport-hunze.example", dsn=("h.dijkstra@bietentransport-hunze.example", "5.1.1"), subject="Onbestelbaar bericht", fam=["dsn-dutch", "user-unknown"]),
    # --- Fruitbedrijf Haspengouw Vanhoof (Limburg, BE)
    R("E6153", at(9, 17, "06:40", CEST), "Goeiemorgen, we zitten volop in de pluk van de Conference. Ik betaal donderdag over een week.", "promise_to_pay", date="2029-09-27", fam=["thursday-week", "flemish", "season"]),
    R("E6153", at(9, 27, "19:30", CEST), "Vandaag betaald met gestructureerde mededeling +++090/6153/11201+++, € 4.360.", "already_paid", ref="+++090/6153/11201+++", fam=["structured-communication", "matched", "flemish"]),
    R("E6153", at(9, 20, "12:05", CEST), "Sofie staat in de boomgaard tot het einde van de pluk, ze leest haar mails niet. Groetjes, Jef", "out_of_office", human=["absence written by a person"], sender=0, fam=["typed-absence", "season", "flemish"]),
    R("E6153", at(10, 1, "10:10", CEST), "Op factuur 61531 staat ons oude BTW-nummer. Het nieuwe is BE 0789.456.123. Gelieve een nieuwe factuur op te maken.", "po_change", inv=inv("61531"), fam=["vat-number", "flemish"]),
    R("E6153", at(10, 4, "17:50", CEST), "De plukkisten die jullie geleverd hebben, waren voor de helft gebroken. Ik betaal 61532 niet tot dat opgelost is.", "dispute", inv=inv("61532"), fam=["goods-dispute", "flemish"]),
    R("E6153", at(10, 9, "09:00", CEST), "Ik ben niet meer verantwoordelijk voor de boekhouding, dat doet ons boekhoudkantoor Claes & Partners: dossier.vanhoof@claes-partners.example.", "wrong_contact", fam=["bookkeeper", "new-contact", "flemish"]),
    R("E6153", at(10, 12, "15:20", CEST), "Bedankt voor de duidelijke uitleg, tot de volgende.", "other", fam=["acknowledgement", "no-action", "flemish"], inv=[]),
    R("E6153", at(10, 15, "11:30", CEST), "Betaling eind deze maand, de veiling heeft ons dan uitbetaald.", "promise_to_pay", date="2029-10-31", fam=["end-of-month", "flemish"], note="the auction payout is the reason, not a condition"),
    # --- more of the same accounts
    R("E6151", at(10, 1, "20:15", CEST), "De 620 gaat morgen de deur uit, de rest na 3 oktober als de kassa geteld is.", "promise_to_pay", date="2029-10-02", amount="620.00", inv=inv("61512", "61511"), human=["conditional"], fam=["tomorrow", "partial-amount", "condition"]),
    R("E6152", at(9, 28, "09:40", CEST), "Is de factuur inclusief of exclusief btw verlegd? Onze fiscalist vraagt het, het is een grensoverschrijdende dienst.", "other", human=["vat question"], fam=["vat-question"]),
    R("E6153", at(9, 24, "08:30", CEST), "Betaling volgt in week 40.", "promise_to_pay", date="2029-10-05", fam=["calendar-week", "terse"]),
    R("E6151", at(10, 13, "10:30", CEST), "Bart heeft de zaak overgedaan aan Lotte en Kees de Wit. Graag voortaan lotte@hutspotharing.example mailen.", "wrong_contact", fam=["sold-business", "new-contact"]),
    R("E6152", at(10, 16, "07:50", CEST), "Nogmaals: betaling op 19-10, zoals eerder gemeld.", "promise_to_pay", date="2029-10-19", fam=["dashed-date", "repeat"]),
    R("E6153", at(9, 30, "18:00", CEST), "Kan ik via Bancontact of Payconiq betalen? Overschrijven naar Duitsland kost mij telkens extra.", "other", human=["payment method question"], fam=["payment-method", "flemish"]),
    R("E6151", at(9, 18, "01:15", CEST), "Bezorging aan de volgende ontvanger is permanent mislukt:\n\n     b.vanderlaan@hutspotharing.example\n\nTechnische details van de permanente fout:\nDNS-fout: domeinnaam niet gevonden (Domain name not found). Het domein hutspotharing.example bestaat niet of heeft geen MX-record.", "bounce", lang="nl", sender="mailer-daemon@mx.northwind-supplies.example", dsn=("b.vanderlaan@hutspotharing.example", "5.1.2"), subject="Onbestelbaar: Herinnering", fam=["dsn-own-mta", "domain-not-found"]),
    R("E6152", at(10, 8, "13:35", CEST), "Zoals in ons contract staat: 60 dagen na factuurdatum. Daarom niet over 'achterstallig' praten. We betalen op 22 oktober.", "promise_to_pay", date="2029-10-22", fam=["day-month", "terms-argument"]),
    R("E6153", at(10, 16, "16:45", CEST), "Kunnen we 61531 in drie delen betalen, telkens op de 1ste van de maand vanaf november?", "payment_plan_request", date="2029-11-01", inv=inv("61531"), fam=["plan", "three-instalments", "flemish"]),
    R("E6151", at(9, 25, "09:55", CEST), "Ik ben met vakantie tot en met 7 oktober. Uw mail wordt niet doorgestuurd.", "out_of_office", headers=AUTO, subject="Afwezigheidsbericht", fam=["auto-reply", "within-14"]),
]
