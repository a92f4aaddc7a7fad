"""field59, Dutch: a ski-travel agency in the voorjaarsvakantie rush, Oeteldonk carnival smocks, a Rotterdam toko
wholesaler before Chinees Nieuwjaar, a Kempen ski-bus operator on credit hold, Valentine pralines and Limburg confetti
on a plan."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field59.kit import AUTO, CET, at

R = Reply

PAYMENTS: list[Payment] = [
    Payment("BK59-025", "A5949", "2029-01-31", "8245.00", "EUR", "SKIREIZEN DE SNEEUWUIL BV"),
    Payment("BK59-026", "A5953", "2029-02-15", "4990.00", "EUR", "+++059/5310/20291+++"),
    Payment("BK59-027", "A5950", "2029-02-15", "5480.00", "EUR", "OETELDONKSE KIELEN 59501"),
]

REPLIES: list[Reply] = [
    R("A5949", at("01-22", "09:05", CET), """Goedemorgen,

We zitten midden in de boekingen voor de voorjaarsvakantie. Beide facturen worden uiterlijk woensdag 31 januari voldaan.

Met vriendelijke groet,
Eline Dekker""",
      "promise_to_pay", date="2029-01-31", sender=1, fam=["krokus", "weekday-ordinal"]),
    R("A5949", at("02-01", "10:10", CET), """Hoi, is gisteren overgemaakt, beide facturen. Groet, Eline""",
      "already_paid", sender=1, fam=["matched", "terse"]),
    R("A5949", at("01-26", "14:20", CET), """Beste,

Op factuur 59492 staan 25 skihelmen, we hebben er 20 ontvangen. Graag een creditnota voor de vijf die ontbreken.

Administratie""",
      "dispute", inv=["INV-2027-59492"], fam=["short-delivery"]),
    R("A5949", at("02-16", "17:00", CET), """Ik ben met een groep in Oostenrijk tot en met 25 februari. Daarna ben ik weer bereikbaar. Voor dringende zaken: administratie@sneeuwuil-skireizen.example""",
      "out_of_office", sender=1, headers=AUTO, fam=["krokus", "ski-season"], note="back 26 February: 10 days"),
    R("A5949", at("01-29", "11:00", CET), """Goedemiddag, kunt u ons een overzicht sturen van alle openstaande facturen? Wij missen er volgens mij één.""",
      "invoice_resend", fam=["statement"]),
    R("A5950", at("01-24", "12:00", CET), """Hallo,

Oeteldonk staat op z'n kop, alle kielen en sjaals zijn de deur uit. Betaling volgt na carnaval, zodra de verenigingen hebben afgerekend.

Bas""",
      "promise_to_pay", human=["undated"], sender=1, fam=["undated", "carnival"]),
    R("A5950", at("02-14", "09:00", CET), """Goeiemorgen, de kater is voorbij. Ik maak de 5.480 euro vrijdag over.

Bas van Gerwen""",
      "promise_to_pay", date="2029-02-16", amount="5480.00", partial=False, sender=1, fam=["ash-wednesday", "weekday", "full-amount"]),
    R("A5950", at("02-09", "16:30", CET), """Wij zijn gesloten van zaterdag 10 tot en met dinsdag 13 februari in verband met carnaval. Vanaf woensdag zijn we er weer. Alaaf!""",
      "out_of_office", headers=AUTO, fam=["carnival", "short-absence"]),
    R("A5950", at("01-30", "10:00", CET), """Beste,

Wil je op de factuur ons ordernummer OK-2029-014 vermelden? Anders keurt onze boekhouder hem niet goed. Graag een nieuwe versie.

Bas""",
      "po_change", sender=1, fam=["po-add", "reissue"]),
    R("A5950", at("02-16", "18:40", CET), """Gisteren betaald, 5.480 euro. Bas""",
      "already_paid", sender=1, fam=["matched", "terse"]),
    R("A5951", at("01-23", "10:30", CET), """Geachte heer, mevrouw,

In verband met Chinees Nieuwjaar worden alle leveranciers vóór 9 februari betaald. Uw facturen 59511 en 59512 zitten in de betaalrun van donderdag 8 februari.

Met vriendelijke groet,
Mei Lie
Financieel directeur""",
      "promise_to_pay", date="2029-02-08", sender=1, html=True, fam=["spring-festival", "payment-run", "strategic", "html"]),
    R("A5951", at("02-05", "15:00", CET), """Beste,

Factuur 59512 bevat 30 dozen rijstpapier tegen de oude prijs van 2027. Volgens de prijslijst van januari hoort het € 2.310,00 te zijn. Graag corrigeren.

Boekhouding""",
      "dispute", inv=["INV-2027-59512"], fam=["price", "strategic"]),
    R("A5951", at("02-09", "11:00", CET), """Wij betalen 59511 volgende week donderdag, 59512 na correctie.

Mei Lie""",
      "promise_to_pay", date="2029-02-15", inv=["INV-2027-59511", "INV-2027-59512"], sender=1, fam=["next-week-weekday", "strategic"]),
    R("A5951", at("01-31", "09:45", CET), """Goedemorgen, met ingang van 1 februari ontvangen wij facturen uitsluitend nog via Peppol. Ons Peppol-ID is 0106:24681357.""",
      "po_change", fam=["peppol", "strategic"]),
    R("A5951", at("02-12", "08:00", CET), """Dank voor uw bericht. Ons kantoor is gesloten van 12 t/m 14 februari (Chinees Nieuwjaar). Wij reageren vanaf donderdag 15 februari.""",
      "out_of_office", headers=AUTO, fam=["spring-festival", "strategic"]),
    R("A5952", at("01-25", "19:00", CET), """Dag,

De bussen rijden de krokusvakantie naar Oostenrijk en de brandstof moet eerst betaald worden. We doen 4.000 euro op 5 februari en de rest na de vakantie.

Wim Peeters""",
      "promise_to_pay", date="2029-02-05", amount="4000.00", sender=1, fam=["krokus", "partial", "credit-hold"]),
    R("A5952", at("02-07", "08:30", CET), """Dag, kunnen we het saldo in drie maandelijkse schijven betalen, telkens op de 20ste? Eerste schijf 20 februari.

Wim""",
      "payment_plan_request", date="2029-02-20", sender=1, fam=["instalments", "first-dated", "credit-hold", "flemish"]),
    R("A5952", at("02-12", "07:00", CET), """Ik ben op reis met de skibus tot en met zondag 18 februari. Uw mail wordt niet doorgestuurd.""",
      "out_of_office", sender=1, headers=AUTO, fam=["krokus", "credit-hold"]),
    R("A5952", at("01-30", "14:00", CET), """Goeiedag, ik doe enkel de planning. Voor facturen moet u bij onze boekhouder zijn: boekhouding@kantoor-verhaegen.example.""",
      "wrong_contact", sender=1, fam=["external-accountant", "credit-hold"]),
    R("A5952", at("02-06", "10:00", CET), """Dag, 4.000 euro is gisteren vertrokken, mededeling 59521. Groeten, boekhouding""",
      "already_paid", human=["no matching payment"], fam=["partial-paid", "credit-hold"]),
    R("A5953", at("01-22", "10:20", CET), """Beste,

Valentijn is ons drukste moment. Wij betalen beide facturen na Valentijn, op donderdag 15 februari, met gestructureerde mededeling.

Lotte Verstraete""",
      "promise_to_pay", date="2029-02-15", sender=1, fam=["valentines", "weekday-ordinal", "flemish"]),
    R("A5953", at("02-16", "09:30", CET), """Dag, betaald op 15/02 met mededeling +++059/5310/20291+++. Mvg, Lotte""",
      "already_paid", ref="+++059/5310/20291+++", sender=1, fam=["structured-reference", "matched", "flemish"]),
    R("A5953", at("01-29", "15:30", CET), """Goeiemiddag, de factuur 59532 is niet op naam van onze vennootschap opgemaakt (Pralinerie Zoete Liefde BV, ondernemingsnummer BE 0654.321.987). Graag opnieuw opmaken.""",
      "po_change", inv=["INV-2027-59532"], fam=["legal-entity", "flemish"]),
    R("A5953", at("02-05", "10:00", CET), """Beste, kunnen jullie 59531 nog eens doorsturen? Die is in onze spam beland en automatisch verwijderd.""",
      "invoice_resend", inv=["INV-2027-59531"], fam=["spam"]),
    R("A5953", at("02-08", "08:00", CET), """Uw bericht kon niet worden afgeleverd bij l.verstraete@zoeteliefde-pralines.example.
Reden: 550 5.1.1 mailbox onbekend.""",
      "bounce", sender="postmaster@zoeteliefde-pralines.example", dsn=("l.verstraete@zoeteliefde-pralines.example", "5.1.1"),
      subject="Onbestelbaar: Herinnering: vervallen facturen", fam=["dsn-nl"]),
    R("A5954", at("01-24", "11:00", CET), """Hallo,

De termijn van januari, € 1.800, schrijven we op 31 januari over zoals afgesproken.

Jo Smeets""",
      "promise_to_pay", date="2029-01-31", amount="1800.00", sender=1, fam=["plan-account", "instalment"]),
    R("A5954", at("02-06", "09:00", CET), """Hallo,

Vastelaovend komt eraan en al onze confetti is onderweg naar de verenigingen. Mogen we de termijn van februari overslaan en in maart dubbel betalen?

Jo""",
      "payment_plan_request", sender=1, fam=["plan-account", "defer", "carnival"]),
    R("A5954", at("02-09", "12:00", CET), """Beste, de verpakking van 59541 (confetti 10 kg zakken) was nat bij levering, een derde is weggegooid. Dat gaan we niet betalen.""",
      "dispute", fam=["damaged-goods", "plan-account"]),
    R("A5954", at("01-29", "10:00", CET), """Afwezigheidsbericht: ik ben afwezig tot en met 9 februari. Uw mail wordt niet doorgestuurd.""",
      "out_of_office", sender=1, headers=AUTO, fam=["plan-account"], note="back 10 February: 12 days"),
    R("A5949", at("02-12", "10:00", CET), """Beste, mogen wij betalen via iDEAL? Graag een betaallink.""",
      "other", human=["payment method question"], fam=["payment-link"]),
    R("A5951", at("01-25", "09:00", CET), """Bedankt, ontvangen en doorgezet naar de crediteurenadministratie.""",
      "other", fam=["no-action", "ack", "strategic"]),
    R("A5953", at("02-12", "11:00", CET), """Dag, Lotte is met krokusverlof. Ik vervang haar niet voor betalingen, stuur het aub naar aankoop@zoeteliefde-pralines.example, daar wordt het opgevolgd.""",
      "wrong_contact", fam=["krokus", "not-my-job"]),
    R("A5950", at("01-31", "10:00", CET), """Dag, mag ik een kopie van 59501? Die is zoek geraakt tussen de carnavalsbestellingen.""",
      "invoice_resend", sender=1, inv=["INV-2027-59501"], fam=["lost"]),
    R("A5951", at("02-14", "09:00", CET), """Geachte heer/mevrouw,

Wij ontvingen een brief met een nieuw rekeningnummer van Northwind. Kunt u telefonisch bevestigen dat dit klopt voordat wij betalen?

Mei Lie""",
      "other", human=["bank details to confirm"], sender=1, fam=["fraud-check", "strategic"]),
    R("A5949", at("02-07", "15:00", CET), """Hoi, de helmen zijn alsnog geleverd, dus de creditnota is niet meer nodig. 59492 betalen we binnen 5 werkdagen.

Eline""",
      "promise_to_pay", date="2029-02-14", inv=["INV-2027-59492"], sender=1, fam=["working-days", "withdrawn-dispute"]),
    R("A5952", at("02-15", "16:00", CET), """Wim hier. De rest van het saldo betalen we eind volgende maand, als de reizen afgerekend zijn.""",
      "promise_to_pay", date="2029-03-31", sender=1, fam=["end-of-next-month", "credit-hold"]),
    R("A5954", at("02-14", "10:30", CET), """Goedemorgen, zeg maar tegen uw collega dat het geld er aan komt. Morgen. Echt waar deze keer.

Jo""",
      "promise_to_pay", date="2029-02-15", sender=1, fam=["sarcasm", "tomorrow", "plan-account"]),
    R("A5953", at("01-24", "14:00", CET), """Beste, wij betalen 59531 vóór Valentijn en 59532 eind februari. Groet, Lotte""",
      "promise_to_pay", date="2029-02-13", inv=["INV-2027-59531", "INV-2027-59532"], sender=1, fam=["valentines", "before-holiday", "two-dates"],
      note="vóór Valentijn (14 February) = the 13th"),
]
