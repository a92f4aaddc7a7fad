"""Dutch replies (field60): a Haarlem Koningsdag party-goods wholesaler, a Frisian sailing school opening its season and a
Hoogstraten strawberry grower (Flemish), around Koningsdag (Friday 27 April), Liberation Day, Ascension and its
brugdag, Whitsun. Numeric dates are day-first."""

from evals.field.build import Payment, Reply
from evals.field60.kit import AUTO, CEST, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK60-020", "B6051", "2029-04-30", "7370.00", "EUR", "ORANJEBOOG FEESTARTIKELEN BV OB-24117"),
    P("BK60-021", "B6053", "2029-05-04", "5845.00", "EUR", "VAN GORP AARDBEIEN +++060/5310/53201+++"),
]

REPLIES = [
    # --- Oranjeboog Feestartikelen (Haarlem)
    R("B6051", at(4, 23, "08:50", CEST), "Goedemorgen, vrijdag is het Koningsdag en dan staan we allemaal op de vrijmarkt. We betalen maandag 30 april.", "promise_to_pay", date="2029-04-30", fam=["holiday", "weekday-date"]),
    R("B6051", at(4, 25, "14:15", CEST), "Betaling volgt na Koningsdag, uiterlijk 4 mei.", "promise_to_pay", date="2029-05-04", sender=0, fam=["holiday", "at-the-latest"]),
    R("B6051", at(4, 26, "17:30", CEST), "Wij zijn op Koningsdag (vrijdag 27 april) gesloten. Vanaf maandag 30 april zijn we weer bereikbaar. Oranje boven!", "out_of_office", headers=AUTO, subject="Automatisch antwoord", sender=0, fam=["auto-reply", "holiday"]),
    R("B6051", at(5, 1, "09:40", CEST), "Beide facturen zijn gisteren betaald, € 7.370,00, kenmerk OB-24117.", "already_paid", ref="OB-24117", fam=["paid-with-ref", "matched"]),
    R("B6051", at(5, 2, "11:20", CEST), "Er zijn 500 oranje vlaggenlijnen te veel gefactureerd: we hebben er 1.500 ontvangen, geen 2.000. Graag een creditnota.", "dispute", fam=["quantity-dispute", "credit-note"]),
    R("B6051", at(5, 7, "15:45", CEST), "Na Hemelvaart betalen we, op dinsdag 15 mei.", "promise_to_pay", date="2029-05-15", fam=["holiday", "weekday-date"]),
    R("B6051", at(5, 9, "16:30", CEST), "We betalen morgen... nee wacht, morgen is het Hemelvaart en vrijdag zijn we dicht. Dan wordt het maandag.", "promise_to_pay", date="2029-05-14", fam=["self-correction", "holiday", "bridge-day"]),
    R("B6051", at(5, 14, "10:05", CEST), "Kunt u factuur 60512 opnieuw sturen? Hij staat niet in ons boekhoudpakket.", "invoice_resend", inv=inv("60512"), sender=0, fam=["resend"]),
    R("B6051", at(5, 16, "13:55", CEST), "De oranjeverkoop voor het vrouwen-EK komt pas in juni op gang. Mogen we 60511 in drie termijnen betalen, de eerste van € 2.000 op 1 juni?", "payment_plan_request", date="2029-06-01", amount="2000.00", inv=inv("60511"), fam=["plan-with-dates", "plan-amount"]),
    R("B6051", at(5, 22, "09:15", CEST), "Facturen voortaan graag via Peppol of naar facturen@oranjeboog.example, niet meer naar de administratie.", "po_change", sender=0, fam=["invoice-mailbox", "peppol"]),
    R("B6051", at(5, 24, "12:40", CEST), "Betaling in week 22.", "promise_to_pay", date="2029-06-01", fam=["calendar-week", "terse"]),
    R("B6051", at(5, 28, "11:00", CEST), "Marloes werkt hier sinds half mei niet meer. Mailt u voortaan naar r.bakker@oranjeboog.example?", "wrong_contact", sender=0, fam=["left-company", "new-contact"]),
    R("B6051", at(5, 31, "16:20", CEST), "We maken het bedrag over op 7-6-2029.", "promise_to_pay", date="2029-06-07", fam=["nl-numeric-year"]),
    R("B6051", at(6, 4, "10:35", CEST), "Kunnen we ook via iDEAL betalen? Stuur dan even een betaallink, dat is voor ons het makkelijkst.", "other", human=["payment-method question"], fam=["payment-method", "ideal"]),
    # --- Zeilschool Sneekermeer (Friesland)
    R("B6052", at(4, 24, "19:25", CEST), "Het seizoen begint op 5 mei en de eerste cursusgelden komen rond Hemelvaart binnen. We betalen vrijdag 11 mei.", "promise_to_pay", date="2029-05-11", fam=["season", "weekday-date", "distractor-dates"]),
    R("B6052", at(4, 27, "10:00", CEST), "Fijne Koningsdag! Betaling volgt volgende week dinsdag.", "promise_to_pay", date="2029-05-01", fam=["holiday", "next-week-weekday"]),
    R("B6052", at(5, 3, "18:10", CEST), "De zeilen voor de Valken hebben de verkeerde zeilnummers. We hebben de hele serie teruggestuurd en betalen die niet.", "dispute", fam=["wrong-goods", "returned"]),
    R("B6052", at(5, 8, "08:30", CEST), "Jelle is tot en met zondag op het water met een jeugdkamp, ik houd alleen de mail bij. Hij reageert als hij terug is. Groet, Sietske", "out_of_office", human=["absence written by a person"], sender=0, fam=["typed-absence"]),
    R("B6052", at(5, 11, "09:05", CEST), "Vandaag brugdag, maandag wordt het overgemaakt.", "promise_to_pay", date="2029-05-14", fam=["bridge-day", "weekday"]),
    R("B6052", at(5, 16, "20:15", CEST), "Is op 15 mei betaald.", "already_paid", human=["no matching payment"], fam=["paid-no-ref", "unmatched", "terse"]),
    R("B6052", at(5, 18, "14:40", CEST), "Kunnen we in twee delen betalen? Nu € 1.740 en de rest eind juni.", "payment_plan_request", date="2029-05-18", amount="1740.00", fam=["plan-halves", "now", "plan-amount"]),
    R("B6052", at(5, 23, "11:50", CEST), "Stuur even een kopie van de factuur, de onze is nat geworden op de boot.", "invoice_resend", fam=["resend", "humour"]),
    R("B6052", at(5, 25, "17:05", CEST), "Eind volgende week.", "promise_to_pay", date="2029-06-01", fam=["end-of-next-week", "terse"]),
    R("B6052", at(5, 30, "04:10", CEST), "Dit is een automatisch bericht van de mailserver.\n\nUw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n    j.hoekstra@zeilschool-sneekermeer.example\n\nReden: 550 5.1.1 Dit e-mailadres bestaat niet.\n\nDe oorspronkelijke berichtkop is bijgevoegd.", "bounce", sender="postmaster@zeilschool-sneekermeer.example", dsn=("j.hoekstra@zeilschool-sneekermeer.example", "5.1.1"), subject="Onbestelbaar: Herinnering: vervallen facturen – Zeilschool Sneekermeer", fam=["dsn-dutch", "user-unknown"]),
    R("B6052", at(6, 4, "13:25", CEST), "Binnen 5 werkdagen.", "promise_to_pay", date="2029-06-11", fam=["working-days", "terse"]),
    # --- Aardbeienkwekerij Van Gorp (Hoogstraten, Flemish)
    R("B6053", at(4, 23, "07:05", CEST), "Goeiemorgen, de eerste aardbeien gaan deze week naar de veiling. We betalen op 2 mei.", "promise_to_pay", date="2029-05-02", fam=["day-month", "season"]),
    R("B6053", at(4, 26, "12:30", CEST), "De 725 betalen we morgen, de andere na de eerste afrekening van de veiling.", "promise_to_pay", date="2029-04-27", amount="725.00", inv=inv("60532", "60531"), human=["conditional"], fam=["two-invoices", "condition", "tomorrow"]),
    R("B6053", at(4, 30, "06:45", CEST), "Ik ben afwezig tot en met dinsdag 1 mei (Dag van de Arbeid). Vanaf woensdag ben ik terug.", "out_of_office", headers=AUTO, subject="Afwezig", fam=["auto-reply", "holiday", "flemish"]),
    R("B6053", at(5, 4, "09:55", CEST), "Betaald op 3 mei met gestructureerde mededeling +++060/5310/53201+++.", "already_paid", ref="+++060/5310/53201+++", fam=["structured-communication", "flemish", "matched"]),
    R("B6053", at(5, 8, "15:20", CEST), "De trays voor de stellingteelt zijn gebarsten toegekomen. We betalen 60531 niet vooraleer er een creditnota is.", "dispute", inv=inv("60531"), fam=["damaged-goods", "credit-note", "flemish"]),
    R("B6053", at(5, 9, "10:40", CEST), "Betaling na O.L.H. Hemelvaart, dinsdag 15/05.", "promise_to_pay", date="2029-05-15", fam=["holiday", "nl-numeric", "flemish"]),
    R("B6053", at(5, 14, "14:10", CEST), "Gelieve de facturen voortaan op naam van Van Gorp Fruit bv te zetten, ondernemingsnummer BE 0789.442.113, en de openstaande opnieuw op te maken.", "po_change", sender=0, fam=["legal-entity", "reissue", "flemish"]),
    R("B6053", at(5, 17, "19:35", CEST), "Ik ben de ploegleider van de plukkers, niet de boekhouder. Voor facturen moet ge bij boekhouding@vangorp-aardbeien.example zijn.", "wrong_contact", sender="ploegleider.vangorp@gmail.example", fam=["not-the-right-person", "unknown-sender", "flemish"]),
    R("B6053", at(5, 22, "08:15", CEST), "Tegen het einde van deze week.", "promise_to_pay", date="2029-05-25", fam=["this-week"]),
    R("B6053", at(5, 25, "11:45", CEST), "Kunt u mij een overzicht sturen van wat er bij u nog openstaat? Ik zie het niet meer.", "invoice_resend", sender=0, fam=["statement"]),
    R("B6053", at(5, 29, "16:50", CEST), "Volgende week woensdag.", "promise_to_pay", date="2029-06-06", fam=["next-week-weekday", "terse"]),
    R("B6053", at(6, 1, "10:25", CEST), "Ik kreeg een mail dat uw rekeningnummer veranderd is. Klopt dat? Ik betaal niets voor ik het van u aan de telefoon gehoord heb.", "other", human=["bank-detail fraud check"], fam=["fraud-check", "bank-details"]),
]
