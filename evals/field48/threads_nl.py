"""Hand-written field48 replies in Dutch: a Limburg mushroom grower, a Ghent stained-glass studio (Flemish, structured
communication, btw) and a Veluwe zoo (strategic: purchase orders, MT meetings, audit files); Pinksteren behind it."""

from evals.field.build import Payment, Reply
from evals.field48.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK48-023", "M4851", "2027-05-07", "845.00", "EUR", "PEELRAND CHAMPIGNONS BV"),
    Payment("BK48-024", "M4852", "2027-05-11", "3215.00", "EUR", "+++948/6300/32159+++"),
    Payment("BK48-025", "M4853", "2027-05-10", "13480.00", "EUR", "4500-8817 STICHTING DIERENPARK ZANDHOEVE"),
]

REPLIES = [
    # --- M4851 Champignonkwekerij De Peelrand bv (Limburg, nl-NL) ---
    Reply("M4851", at(11, "09:25", CET), """Goedemorgen,

De betaling van beide facturen staat gepland op 20-05-2027.

Met vriendelijke groet,
Ruud Janssen
Financieel manager""", "promise_to_pay", date="2027-05-20", fam=["promise-date", "day-first"]),
    Reply("M4851", at(12, "14:45", CET), """Beide facturen gaan mee in de betaalrun van vrijdag. Groet, administratie""", "promise_to_pay", date="2027-05-14", sender=0,
          fam=["promise-date", "weekday"]),
    Reply("M4851", at(10, "10:55", CET), """Hallo, factuur 94862 is op 7 mei al betaald. Kunt u dat nakijken? Groeten, administratie De Peelrand""", "already_paid", inv=["94862"],
          sender=0, fam=["paid-matched"]),
    Reply("M4851", at(11, "15:30", CET), """Beste,

De dekaarde die geleverd is op factuur 94861 was vervuild met groene schimmel. De hele partij is door onze teeltadviseur afgekeurd (rapport bijgevoegd). Wij betalen deze factuur niet en verwachten een creditnota.

Ruud Janssen""", "dispute", inv=["94861"], attachments=[("rapport-dekaarde.pdf", "application/pdf", "Partij DK-2291 afgekeurd: Trichoderma aangetroffen")],
          fam=["dispute-quality", "attachment"]),
    Reply("M4851", at(13, "16:10", CET), """We betalen na Pinksteren, dinsdag. Ruud""", "promise_to_pay", date="2027-05-18", fam=["promise-date", "holiday", "terse"]),
    Reply("M4851", at(10, "07:15", CET), """Ik ben afwezig tot en met vrijdag 14 mei. Vanaf maandag 17 mei ben ik weer bereikbaar. Voor dringende zaken: administratie@peelrand-champignons.example.

Ruud Janssen""", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Champignonkwekerij De Peelrand bv",
          quote="none", fam=["ooo-short"]),
    Reply("M4851", at(12, "11:20", CET), """Beste,

Zouden we 94861 in drie termijnen mogen betalen, steeds € 1.896,67 op de eerste van de maand vanaf 1 juni? De champignonprijzen staan al maanden onder druk.

Met vriendelijke groet,
Ruud Janssen""", "payment_plan_request", date="2027-06-01", amount="1896.67", inv=["94861"], fam=["plan-request"]),
    Reply("M4851", at(13, "09:05", CET), """Graag een nieuwe kopie van 94861, de pdf die we hebben is niet leesbaar (alleen zwarte vlakken). Dank!""", "invoice_resend", inv=["94861"],
          sender=0, fam=["resend", "unreadable"]),
    Reply("M4851", at(12, "17:40", CET), """Over twee weken betaald. Ruud""", "promise_to_pay", date="2027-05-26", fam=["promise-date", "relative-span", "terse"]),
    Reply("M4851", at(10, "13:15", CET), """Volgende week woensdag staat het op jullie rekening. Groet Ruud""", "promise_to_pay", date="2027-05-19",
          fam=["promise-date", "next-week-weekday"]),
    Reply("M4851", at(11, "12:05", CET), """Hoi, ik werk in de kwekerij en krijg deze mail per ongeluk. Voor betalingen moet u bij Ruud Janssen zijn (r.janssen@peelrand-champignons.example). Groetjes, Mieke""",
          "wrong_contact", sender="mieke@peelrand-champignons.example", fam=["wrong-contact", "unknown-sender"]),
    Reply("M4851", at(13, "13:50", CET), """Dank je, doorgestuurd naar Ruud.""", "other", sender=0, fam=["no-action", "terse"]),
    Reply("M4851", at(12, "08:30", CET), """Uw bericht kon niet worden bezorgd bij de volgende ontvanger:

r.janssen@peelrand-champignons.example
Reden: het postvak is vol (552 5.2.2)""", "bounce", sender="postmaster@peelrand-champignons.example",
          subject="Onbestelbaar: Herinnering: vervallen facturen – Champignonkwekerij De Peelrand bv", dsn=("r.janssen@peelrand-champignons.example", "5.2.2"),
          fam=["bounce"]),

    # --- M4852 Glas-in-loodatelier Van Ryckeghem bv (Gent, nl-BE) ---
    Reply("M4852", at(10, "11:40", CET), """Dag,

Wij betalen ten laatste op 31/05.

Met vriendelijke groeten,
Griet Van Ryckeghem
Zaakvoerder""", "promise_to_pay", date="2027-05-31", fam=["promise-date", "day-first"]),
    Reply("M4852", at(12, "10:10", CET), """Goeiedag, betaald op 11/05 met gestructureerde mededeling +++948/6300/32159+++. Mvg, boekhouding""", "already_paid",
          ref="+++948/6300/32159+++", sender=0, fam=["paid-matched", "structured-communication"]),
    Reply("M4852", at(11, "14:05", CET), """Dag,

Op factuur 94863 rekent u 21 % btw aan. Het glas is geplaatst bij de renovatie van een woning van meer dan tien jaar oud, dus het verlaagd tarief van 6 % is van toepassing (attest van de klant in bijlage). Gelieve een creditnota en een nieuwe factuur te sturen.

Griet""", "dispute", inv=["94863"], fam=["dispute-vat", "attachment"], attachments=[("attest-6pct.pdf", "application/pdf", "Attest verlaagd btw-tarief 6 %")]),
    Reply("M4852", at(13, "10:25", CET), """Dag,

Na de omvorming van bvba naar bv is ons ondernemingsnummer gewijzigd: BE 0712.345.678. Gelieve dit aan te passen op factuur 94863 en op toekomstige facturen.

Mvg
Boekhouding""", "po_change", inv=["94863"], sender=0, fam=["vat-number", "legal-entity"]),
    Reply("M4852", at(11, "17:15", CET), """Wordt betaald binnen de 10 dagen. Griet""", "promise_to_pay", date="2027-05-21", fam=["promise-date", "relative-span", "terse"]),
    Reply("M4852", at(12, "15:55", CET), """Dag,

Zou het kunnen dat we in twee keer betalen? De helft nu en de andere helft eind juni? We wachten zelf nog op de betaling van een kerkfabriek.

Groeten
Griet""", "payment_plan_request", date="2027-05-12", fam=["plan-request", "half-now"], note="'de helft nu' is dated the reply's own day"),
    Reply("M4852", at(10, "07:40", CET), """Beste, ik ben afwezig tot en met vrijdag 28 mei. Uw mail wordt niet doorgestuurd. Voor dringende zaken: boekhouding@vanryckeghem-glas.example.

Griet Van Ryckeghem""", "out_of_office", headers=AUTO, subject="Afwezig: Herinnering: vervallen facturen – Glas-in-loodatelier Van Ryckeghem bv", quote="none",
          human=["absence longer than 14 days"], fam=["ooo-long"], note="back Monday 31 May, 21 days later"),
    Reply("M4852", at(12, "18:45", CET), """Morgen over een week, beloofd. G.""", "promise_to_pay", date="2027-05-20", fam=["promise-date", "relative-span", "flemish"],
          note="tomorrow (13 May) plus a week"),
    Reply("M4852", at(13, "14:35", CET), """Dag, kunnen we ook met Payconiq of met Bancontact betalen? Dat is voor ons veel eenvoudiger. Groetjes, Griet""", "other",
          human=["payment method question"], fam=["payment-method"]),
    Reply("M4852", at(11, "10:50", CET), """De helft is vorige week al betaald, de rest volgt eind deze maand. Mvg Griet""", "already_paid", sec=["promise_to_pay"], date="2027-05-31",
          human=["no matching payment"], fam=["paid-part", "month-end"], note="no bank line of half the invoice"),
    Reply("M4852", at(13, "08:20", CET), """Dag,

Griet is met zwangerschapsverlof tot eind september. Voor betalingen kan u terecht bij onze externe boekhouder, Filip De Smet, filip@desmet-boekhouding.example.

Mvg
Boekhouding""", "wrong_contact", sender=0, fam=["wrong-contact", "maternity-leave", "outsourced"]),

    # --- M4853 Stichting Dierenpark De Zandhoeve (Veluwe, nl-NL, strategic) ---
    Reply("M4853", at(12, "13:40", CET), """Beste,

Na goedkeuring in het MT-overleg van 18 mei wordt factuur 94864 op 21 mei betaald.

Met vriendelijke groet,
Anouk Bakker
Hoofd financiën""", "promise_to_pay", date="2027-05-21", inv=["94864"], fam=["promise-date", "meeting-distractor", "flagged"]),
    Reply("M4853", at(10, "09:35", CET), """Geachte heer/mevrouw,

Op factuur 94865 ontbreekt ons inkoopordernummer. Wij verzoeken u de factuur opnieuw te sturen met PO 4500-8902; zonder geldig PO-nummer kan de factuur niet worden verwerkt.

Crediteurenadministratie""", "po_change", inv=["94865"], sender=0, fam=["po-change", "formal", "flagged"]),
    Reply("M4853", at(11, "11:05", CET), """Goedemiddag, factuur 94864 is op 10-05-2027 betaald onder vermelding van 4500-8817. Met vriendelijke groet, crediteuren""",
          "already_paid", inv=["94864"], ref="4500-8817", sender=0, fam=["paid-matched", "flagged"]),
    Reply("M4853", at(12, "16:25", CET), """Beste,

Op factuur 94864 staan 15 RVS voederbakken voor het roofdierenverblijf, maar er zijn er 12 geleverd (zie pakbon). Graag een creditnota voor 3 stuks.

Anouk""", "dispute", inv=["94864"], fam=["dispute-short-delivery", "flagged"]),
    Reply("M4853", at(12, "07:55", CET), """Bedankt voor uw bericht. Ik ben afwezig tot dinsdag 25 mei. Voor spoedeisende zaken kunt u contact opnemen met crediteuren@dierenpark-zandhoeve.example.

Anouk Bakker""", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Stichting Dierenpark De Zandhoeve",
          quote="none", fam=["ooo-short", "flagged"]),
    Reply("M4853", at(10, "15:15", CET), """Beide facturen worden in week 21 betaald. Groet, Anouk""", "promise_to_pay", date="2027-05-28", fam=["promise-date", "calendar-week", "flagged"]),
    Reply("M4853", at(13, "11:30", CET), """Hallo,

Wij betalen op de laatste werkdag van mei. Dat is dit jaar maandag 31 mei.

Groet,
Anouk Bakker""", "promise_to_pay", date="2027-05-31", fam=["promise-date", "month-end-run", "flagged"]),
    Reply("M4853", at(11, "16:00", CET), """Beste, wij missen 94865 in ons systeem. Kunt u hem opnieuw sturen? Dank u wel, crediteuren""", "invoice_resend", inv=["94865"], sender=0,
          fam=["resend", "flagged"]),
    Reply("M4853", at(13, "13:15", CET), """Beste,

Voor ons auditdossier 2026/2027 vraagt onze accountant een saldobevestiging per 30 april. Wilt u het bijgevoegde formulier laten ondertekenen en retourneren?

Anouk Bakker""", "other", human=["audit confirmation"], attachments=[("saldobevestiging.pdf", "application/pdf", "Saldobevestiging per 30-04-2027")],
          fam=["audit-confirmation", "flagged"]),
    Reply("M4853", at(11, "08:10", CET), """Bezorging is mislukt voor de volgende ontvangers:

crediteuren@dierenpark-zandhoeve.example
Het postvak bestaat niet. (550 5.1.1)""", "bounce", sender="postmaster@dierenpark-zandhoeve.example",
          subject="Onbestelbaar: Herinnering: vervallen facturen – Stichting Dierenpark De Zandhoeve", dsn=("crediteuren@dierenpark-zandhoeve.example", "5.1.1"),
          fam=["bounce", "flagged"]),
    Reply("M4853", at(13, "17:20", CET), """De 1.960 betalen we vrijdag, de grote factuur pas na goedkeuring door de directie. Anouk""", "promise_to_pay", date="2027-05-14",
          amount="1960.00", partial=False, human=["undated remainder"], fam=["promise-date", "two-parts", "flagged"]),
    Reply("M4852", at(10, "15:20", CET), """Donderdag over een week staat het op uw rekening. Mvg Griet""", "promise_to_pay", date="2027-05-20",
          fam=["promise-date", "weekday-week", "flemish"], note="written Monday: the coming Thursday is the 13th, a week later the 20th"),
]
