"""Dutch replies (field38): an Antwerp printing house and a Utrecht media agency (strategic)."""

from evals.field.build import Payment, Reply
from evals.field38.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK38-018", "F3851", "2027-03-19", "970.00", "EUR", "DRUKKERIJ SCHELDEKAAI NV +++938/4100/09701+++"),
    P("BK38-019", "F3852", "2027-03-23", "2460.00", "EUR", "MEDIABUREAU DOMSTAD BV DOM-2027-0102"),
]

REPLIES = [
    # --- Drukkerij Scheldekaai (Antwerpen)
    R("F3851", at(22, "08:55", CET), "Goeiemorgen,\n\nFactuur 93841 is vrijdag betaald met gestructureerde mededeling +++938/4100/09701+++. De 93840 volgt eind deze maand.\n\nMet vriendelijke groeten,\nPieter Peeters\nZaakvoerder – Drukkerij Scheldekaai nv\nKaaistraat 18, 2000 Antwerpen\nBTW BE 0412.556.780", "already_paid", sec=["promise_to_pay"], ref="+++938/4100/09701+++", inv=["93841", "93840"], date="2027-03-31", fam=["paid-and-promise", "structured-communication", "flemish"]),
    R("F3851", at(22, "12:15", CET), "Allee, we betalen dinsdag na Paasmaandag, den 30ste. Zalig Pasen al!", "promise_to_pay", date="2027-03-30", fam=["after-easter-monday", "flemish", "allee"]),
    R("F3851", at(22, "16:40", CET), "Ge hebt ons 2 keer de oplage van 5.000 flyers aangerekend op factuur 93840. Graag een creditnota voor de dubbele lijn.", "dispute", inv=["93840"], fam=["duplicate-line", "flemish"]),
    R("F3851", at(23, "09:30", CET), "Betaling voorzien in week 14.", "promise_to_pay", date="2027-04-09", fam=["calendar-week", "terse"], sender=0),
    R("F3851", at(23, "13:10", CET), "Kunt ge factuur 93840 opnieuw sturen? Die is bij ons niet binnengekomen via Peppol, alleen jullie herinnering.", "invoice_resend", inv=["93840"], fam=["peppol", "never-received", "flemish"]),
    R("F3851", at(23, "17:55", CET), "We betalen tegen vrijdag. Tot dan.", "promise_to_pay", date="2027-03-26", fam=["tegen-weekday", "flemish"]),
    R("F3851", at(24, "10:20", CET), "Vanaf 1 april graag alle facturen enkel via Peppol naar ons ID 0208:0412556780, geen pdf's meer per mail.", "po_change", fam=["peppol", "e-invoicing", "dated-change"], sender=0),
    R("F3851", at(24, "14:35", CET), "Ik ben met verlof tot en met vrijdag 2 april. Voor dringende zaken: boekhouding@drukkerij-scheldekaai.example.", "out_of_office", headers=AUTO, subject="Afwezig: Herinnering: vervallen facturen – Drukkerij Scheldekaai nv", quote="none", gap_days=0, fam=["ooo-auto", "easter-holiday"]),
    R("F3851", at(24, "18:25", CET), "Sorry, vergeten. Morgen betaald, echt waar.", "promise_to_pay", date="2027-03-25", fam=["tomorrow", "terse"]),
    R("F3851", at(25, "09:45", CET), "Kunnen we de 4.390 euro in twee keer betalen, de helft op 15 april en de rest half mei? Het is rustig in de drukkerij sinds de verkiezingsfolders weg zijn.", "payment_plan_request", date="2027-04-15", amount="2195.00", inv=["93840"], fam=["two-halves", "flemish"]),
    R("F3851", at(25, "13:15", CET), "Betaling gebeurt binnen de 10 dagen.", "promise_to_pay", date="2027-04-04", fam=["within-days", "flemish"], sender=0),
    R("F3851", at(22, "10:45", CET), "Bedankt, goed ontvangen en doorgestuurd naar onze boekhouder.", "other", fam=["ack", "no-action"], sender=0),
    R("F3851", at(23, "11:20", CET), "Ik ben niet meer bij Drukkerij Scheldekaai sinds januari. Stuur het naar Pieter.", "wrong_contact", fam=["left-company", "terse"], sender="j.wouters@drukkerij-scheldekaai.example"),
    R("F3851", at(25, "16:05", CET), "We betalen van zodra de stad Antwerpen onze factuur voor de affiches van de Paasfeesten heeft vereffend. Normaal begin april.", "promise_to_pay", date="2027-04-01", human=["conditional"], fam=["public-client", "third-party", "beginning-of-month"]),
    R("F3851", at(22, "09:06", CET), "Dit is een automatisch gegenereerd bericht.\n\nUw bericht kon niet worden afgeleverd bij:\n\np.peeters@drukkerij-scheldekaai.example\n550 5.1.1 Onbekende ontvanger", "bounce", sender="MAILER-DAEMON@mx.drukkerij-scheldekaai.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Drukkerij Scheldekaai nv", dsn=("p.peeters@drukkerij-scheldekaai.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-nl"]),
    R("F3851", at(24, "08:40", CET), "Eerst zei ik vrijdag, maar dat is Goede Vrijdag en onze bank… nee, de bank is gewoon open in België. Dus toch vrijdag 26.", "promise_to_pay", date="2027-03-26", fam=["self-correction", "good-friday", "flemish"]),
    R("F3851", at(25, "11:50", CET), "Betaling op 1/4 samen met de btw-aangifte van Q1.", "promise_to_pay", date="2027-04-01", fam=["numeric-dmy", "vat-return"]),
    R("F3851", at(23, "15:45", CET), "Wij betalen €500 deze week, de rest van 93840 na Pasen.", "promise_to_pay", date="2027-03-26", amount="500.00", inv=["93840"], fam=["partial-amount", "this-week", "after-easter"]),
    # --- Mediabureau Domstad (Utrecht, strategic)
    R("F3852", at(22, "09:20", CET), "Goedemorgen,\n\nFactuur 93843 (DOM-2027-0102) staat in de betaalrun van morgen. 93842 wacht nog op akkoord van de klant over de mediabestedingen; die verwachten we eind volgende week.\n\nMet vriendelijke groet,\nMarloes de Vries\nController | Mediabureau Domstad bv\nOudegracht 211, 3511 NH Utrecht\nDit bericht is uitsluitend bestemd voor de geadresseerde. Is dit bericht niet voor u bestemd, verwijder het dan en informeer de afzender.", "promise_to_pay", date="2027-03-23", inv=["93843", "93842"], human=["conditional"], html=True, fam=["payment-run", "tomorrow", "third-party", "disclaimer", "outlook-html"]),
    R("F3852", at(23, "10:05", CET), "93843 is vanochtend betaald, kenmerk DOM-2027-0102.", "already_paid", ref="DOM-2027-0102", inv=["93843"], fam=["paid-today", "terse"]),
    R("F3852", at(23, "14:30", CET), "Op factuur 93842 ontbreekt ons inkoopordernummer DOM-2027-0088 in het juiste veld, daardoor keurt Basware hem af. Graag opnieuw uitreiken met het PO-nummer in het referentieveld.", "po_change", inv=["93842"], fam=["po-field", "basware"], sender=0),
    R("F3852", at(23, "18:15", CET), "We betalen 93842 na Pasen, uiterlijk donderdag 1 april.", "promise_to_pay", date="2027-04-01", inv=["93842"], fam=["after-easter", "at-the-latest", "weekday-date"]),
    R("F3852", at(24, "09:10", CET), "Wij zijn het niet eens met de 93842: de productie van de radiospot is twee keer gefactureerd, ook al op januari-factuur 93511 van vorig jaar. Graag crediteren.", "dispute", inv=["93842"], fam=["double-billing", "foreign-number"], note="93511 is no invoice of this world"),
    R("F3852", at(24, "13:55", CET), "Ik werk sinds 1 maart bij een ander bureau. Voor Domstad kunt u terecht bij crediteuren@mediabureau-domstad.example.", "wrong_contact", fam=["left-company", "redirect"], sender="s.bakker@mediabureau-domstad.example"),
    R("F3852", at(24, "17:40", CET), "Betaling volgt in week 13, op woensdag.", "promise_to_pay", date="2027-03-31", fam=["calendar-week", "weekday-of-week"], sender=0),
    R("F3852", at(25, "08:35", CET), "Hoi, kunnen we 93842 in drie termijnen doen? 1 mei, 1 juni en 1 juli. Q1 was zwaar, twee klanten zijn failliet gegaan.", "payment_plan_request", date="2027-05-01", inv=["93842"], fam=["plan-three", "over-30-days"]),
    R("F3852", at(25, "12:25", CET), "Ik ben afwezig van 25 maart tot en met 12 april (meivakantie? nee, paasvakantie + verlof). Uw mail wordt niet doorgestuurd.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Mediabureau Domstad bv", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "self-correction"]),
    R("F3852", at(25, "15:50", CET), "Stuur ons aub een actueel rekeningoverzicht per 31 maart, de accountant vraagt erom voor de kwartaalafsluiting.", "invoice_resend", fam=["statement", "quarter-end"], sender=0),
    R("F3852", at(22, "13:40", CET), "Betaling staat gepland op 31-03-2027.", "promise_to_pay", date="2027-03-31", fam=["dashed-date", "terse"], sender=0),
    R("F3852", at(22, "17:10", CET), "Hé, sorry voor de late reactie. We maken het vrijdag over, dan is de Goede Vrijdag-drukte hier voorbij haha. Nee serieus, vrijdag.", "promise_to_pay", date="2027-03-26", fam=["joke", "weekday"]),
    R("F3852", at(23, "08:45", CET), "Volgende week dinsdag gaat het eruit, na Tweede Paasdag.", "promise_to_pay", date="2027-03-30", fam=["next-week-weekday", "easter-monday"]),
    R("F3852", at(24, "11:30", CET), "Graag de facturen voortaan aan Domstad Media Groep bv (KvK 81234567), niet meer aan Mediabureau Domstad bv. Per 1 april zijn we onderdeel van de groep.", "po_change", fam=["new-entity", "kvk"]),
    R("F3852", at(24, "20:05", CET), "Is deze herinnering echt van jullie? Er staat een ander IBAN onderaan dan in onze administratie. Graag even bellen voor we iets doen.", "other", human=["fraud check"], fam=["fraud-check", "iban"]),
    R("F3852", at(25, "10:15", CET), "We betalen € 6.000 op 2 april en de rest zodra de klant akkoord geeft.", "promise_to_pay", date="2027-04-02", amount="6000.00", inv=["93842"], human=["conditional"], fam=["partial-amount", "third-party"]),
    R("F3852", at(22, "08:12", CET), "De e-mail kan niet worden bezorgd.\n\nm.devries@mediabureau-domstad.example\nHet postvak van de ontvanger is vol.\n\n552 5.2.2 Mailbox vol", "bounce", sender="postmaster@mediabureau-domstad.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Mediabureau Domstad bv", dsn=("m.devries@mediabureau-domstad.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-nl", "mailbox-full"]),
    R("F3852", at(25, "17:25", CET), "Overboeking gaat eind van de maand de deur uit, net voor de kwartaalafsluiting.", "promise_to_pay", date="2027-03-31", fam=["end-of-month", "quarter-close"]),
]
