"""Dutch replies (field40): a Brabant craft brewery and a Curaçao foundation."""

from evals.field.build import Payment, Reply
from evals.field40.kit import AUTO, CET, CW, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK40-018", "D4051", "2027-07-06", "690.00", "EUR", "BIERBROUWERIJ DE MEIERIJ FACTUUR 94035"),
    P("BK40-019", "D4052", "2027-07-02", "3980.00", "USD", "STICHTING KAS DI ESPERANSA INV 94036"),
]

REPLIES = [
    # --- Bierbrouwerij De Meierij (Brabant)
    R("D4051", at(5, "08:45", CET), "Goedemorgen,\n\nWe betalen beide facturen vrijdag.\n\nHoudoe,\nBram van der Heijden\nBierbrouwerij De Meierij – Sint-Oedenrode", "promise_to_pay", date="2027-07-09", fam=["weekday", "brabant"]),
    R("D4051", at(5, "13:20", CET), "Ge krijgt het geld volgende week woensdag, eerder lukt niet want de tap op het festival moet eerst afgerekend worden.", "promise_to_pay", date="2027-07-14", fam=["next-week-weekday", "brabant-dialect", "festival"]),
    R("D4051", at(6, "09:35", CET), "Factuur 94035 is vanochtend betaald, 690 euro.", "already_paid", inv=["94035"], fam=["paid-today"], sender=0),
    R("D4051", at(6, "14:10", CET), "Op 94034 staan 60 fusten à € 76, maar er zijn er 52 geleverd (zie pakbon 3 juni). Graag een creditnota voor het verschil.", "dispute", inv=["94034"], fam=["quantity", "credit-note"]),
    R("D4051", at(6, "17:25", CET), "Betaling gaat eruit in week 28.", "promise_to_pay", date="2027-07-16", fam=["week-number"], sender=0),
    R("D4051", at(7, "08:20", CET), "Wij hebben bouwvak van 26 juli t/m 13 augustus, dan is hier niemand. Ik zorg dat het vóór de bouwvak betaald is, uiterlijk vrijdag 23 juli.", "promise_to_pay", date="2027-07-23", fam=["bouwvak", "at-the-latest", "shutdown-distractor"]),
    R("D4051", at(7, "11:40", CET), "Kunnen jullie de facturen voortaan naar facturen@demeierij.example sturen? Dan komen ze direct in ons boekhoudpakket.", "po_change", fam=["billing-mailbox"], sender=0),
    R("D4051", at(7, "15:15", CET), "Ik ben met vakantie tot en met 6 augustus. Voor dringende zaken: administratie@demeierij.example.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Bierbrouwerij De Meierij", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "summer-holiday"]),
    R("D4051", at(8, "09:50", CET), "Sorry, ik schreef eerst vrijdag maar het wordt maandag 12 juli, de bank moet de limiet nog ophogen.", "promise_to_pay", date="2027-07-12", fam=["self-correction", "moved-date"]),
    R("D4051", at(8, "13:05", CET), "Kunt u factuur 94034 nog een keer sturen? Ik kan hem niet vinden in de mail.", "invoice_resend", inv=["94034"], fam=["not-received"], sender=0),
    R("D4051", at(8, "16:30", CET), "Hoi, ik ben de brouwer, met facturen heb ik niks te maken. Mail Bram even.", "wrong_contact", sender="brouwerij@demeierij.example", fam=["not-my-job", "unknown-sender"]),
    R("D4051", at(5, "16:50", CET), "Is het mogelijk de 4.560 in drie delen te betalen, eind juli, eind augustus en eind september? Het terrasseizoen valt tegen door het weer.", "payment_plan_request", date="2027-07-31", fam=["plan-three-parts", "end-of-month", "weather"]),
    R("D4051", at(6, "09:03", CET), "Dit is een automatisch gegenereerd bericht.\n\nHet bericht kon niet worden afgeleverd bij b.vanderheijden@demeierij.example.\n\n550 5.1.1 Onbekende gebruiker", "bounce", sender="MAILER-DAEMON@mail.demeierij.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Bierbrouwerij De Meierij", dsn=("b.vanderheijden@demeierij.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-nl"]),
    R("D4051", at(7, "17:55", CET), "Top, dank je. Doorgestuurd naar de boekhouder.", "other", fam=["no-action", "forwarded"]),
    R("D4051", at(8, "11:15", CET), "We maken 2.000 over op maandag en de rest als de creditnota binnen is.", "promise_to_pay", date="2027-07-12", amount="2000.00", human=["conditional"], fam=["partial-amount", "credit-note", "weekday"], sender=0),
    R("D4051", at(5, "10:30", CET), "Betalen we eind volgende week.", "promise_to_pay", date="2027-07-16", fam=["end-of-next-week", "terse"]),
    R("D4051", at(6, "12:45", CET), "We zitten midden in de halfjaarafsluiting. Betaling binnen 10 werkdagen.", "promise_to_pay", date="2027-07-20", fam=["working-days", "half-year-close"]),
    R("D4051", at(7, "13:30", CET), "Graag ons nieuwe btw-nummer NL862145907B01 op de facturen vermelden, het oude is vervallen na de omzetting naar bv.", "po_change", fam=["vat-number", "new-entity"]),
    R("D4051", at(8, "18:20", CET), "Hee, zit op de camping in Zeeland, zag je mail. Betaal het zodra ik thuis ben, zondag de 18e, dan maandag de 19e de overboeking.", "promise_to_pay", date="2027-07-19", fam=["phone", "summer-holiday", "self-resolving-date"], sender=0),
    # --- Stichting Kas di Esperansa (Curaçao)
    R("D4052", at(5, "09:40", CW), "Bon dia,\n\nDe factuur is op 2 juli betaald, vlak na Dia di Bandera. Graag uw controle.\n\nMet vriendelijke groet / Saludos,\nRoxanne Martina\nPenningmeester\nStichting Kas di Esperansa – Willemstad", "already_paid", fam=["curacao", "holiday-distractor", "papiamentu-greeting"]),
    R("D4052", at(5, "14:55", CW), "Wij betalen de factuur zodra de subsidie van het Reda Sosial binnen is, naar verwachting eind juli.", "promise_to_pay", date="2027-07-31", human=["conditional"], fam=["grant", "end-of-month", "curacao"]),
    R("D4052", at(6, "10:25", CW), "Kunnen wij in twee termijnen betalen? USD 2.000 nu en het restant op 15 augustus.", "payment_plan_request", date="2027-07-06", amount="2000.00", fam=["plan-two-parts", "asks-permission"]),
    R("D4052", at(6, "15:35", CW), "De betaling staat klaar voor donderdag 8 juli. Danki.", "promise_to_pay", date="2027-07-08", fam=["weekday-date", "papiamentu"], sender=0),
    R("D4052", at(7, "09:15", CW), "Als stichting met ANBI-status vallen wij niet onder de OB. U heeft 6% omzetbelasting berekend, graag een gecorrigeerde factuur.", "dispute", fam=["tax-exempt", "ngo"]),
    R("D4052", at(7, "13:50", CW), "Ik ben alleen vrijwilliger bij de voedselbank, de financiën doet Roxanne. r.martina@kasdiesperansa.example", "wrong_contact", sender="vrijwilligers@kasdiesperansa.example", fam=["volunteer", "unknown-sender"]),
    R("D4052", at(7, "16:20", CW), "Ik ben afwezig tot 12 juli. Uw e-mail wordt niet doorgestuurd.", "out_of_office", headers=AUTO, subject="Afwezig: Herinnering: vervallen facturen – Stichting Kas di Esperansa", quote="none", gap_days=0, fam=["ooo-short"]),
    R("D4052", at(8, "10:05", CW), "Wij betalen in Antilliaanse gulden via de MCB. Welk bedrag in NAf moeten wij overmaken?", "other", human=["currency question"], fam=["currency-question", "curacao"]),
    R("D4052", at(8, "14:40", CW), "Graag een kopie van de factuur voor de jaarrekening, en de pakbon erbij als dat kan.", "invoice_resend", fam=["copy-request", "annual-accounts"]),
    R("D4052", at(5, "09:05", CW), "Onbestelbaar: uw bericht aan financien@kasdiesperansa.example kon niet worden bezorgd.\n\nDiagnostische gegevens voor beheerders:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound", "bounce", sender="postmaster@kasdiesperansa.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Stichting Kas di Esperansa", dsn=("financien@kasdiesperansa.example", "5.1.10"), quote="none", gap_days=0, fam=["dsn-exchange-nl"]),
    R("D4052", at(6, "12:15", CW), "Betaling volgt uiterlijk 20-07-2027.", "promise_to_pay", date="2027-07-20", fam=["dashed-date", "at-the-latest"]),
    R("D4052", at(8, "17:10", CW), "Wij maken het over na de bestuursvergadering van dinsdag 13 juli, op woensdag 14.", "promise_to_pay", date="2027-07-14", fam=["meeting-distractor", "day-after"], sender=0),
    R("D4052", at(5, "16:35", CW), "Dank voor uw bericht, wij komen erop terug.", "other", human=["will revert"], fam=["will-revert"], sender=0),
    R("D4052", at(7, "11:25", CW), "Wij betalen volgende week.", "promise_to_pay", date="2027-07-16", fam=["next-week", "terse"]),
    R("D4051", at(6, "16:05", CET), "Betaald op 6-7, kenmerk DM-94035. De andere volgt in de eerste week van augustus, na de bouwvak-start.", "already_paid", sec=["promise_to_pay"], ref="DM-94035", inv=["94035"], human=["undated"], note="BK40-018 matches 94035 by amount and date; 'eerste week van augustus' names no day", fam=["paid-and-promise", "dashed-date", "bouwvak"], sender=0),
    R("D4052", at(6, "18:30", CW), "Ayo, ik zit op Bonaire voor familie. Roxanne betaalt het vrijdag de 16e, heb ik net met haar geappt.", "promise_to_pay", date="2027-07-16", fam=["phone", "papiamentu", "weekday-date"], sender="bestuur@kasdiesperansa.example"),
    R("D4052", at(8, "12:50", CW), "De betaling van USD 3.980 wordt morgen gedaan.", "promise_to_pay", date="2027-07-09", amount="3980.00", partial=False, note="3,980 is the whole balance", fam=["tomorrow", "amount-is-balance"]),
    R("D4051", at(5, "11:55", CET), "Beste, wij zouden de openstaande bedragen graag verrekenen met de retourfusten die jullie nog moeten ophalen. Kunnen we daarover bellen?", "other", human=["set-off question"], fam=["set-off", "call-request"], sender=0),
]
