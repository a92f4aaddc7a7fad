"""Dutch replies (field47): a Gelderland riding school, a Kempen industrial laundry on a plan (Flemish) and a
Frisian drone inspection firm, across Easter and the quarter end."""

from evals.field.build import Payment, Reply
from evals.field47.kit import AUTO, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK47-022", "R4751", "2027-03-24", "2845.00", "EUR", "MANEGE DE HOOGE WEIDE"),
    P("BK47-023", "R4753", "2027-03-26", "880.00", "EUR", "DRONEWERK FRIESLAND BV DWF2027058"),
    P("BK47-024", "R4752", "2027-03-29", "2160.00", "EUR", "INDUSTRIELE WASSERIJ KEMPEN NV"),
]

REPLIES = [
    # --- Manege De Hooge Weide
    R("R4751", at(25, "09:50", "EU"), "Hoi, ik maak het dinsdag na Pasen over.\nGroetjes, Joyce", "promise_to_pay", date="2027-03-30", fam=["weekday-after-easter"]),
    R("R4751", at(30, "11:10", "EU"), "Betaling volgt uiterlijk 9-4.", "promise_to_pay", date="2027-04-09", sender=0, fam=["numeric-day-first", "at-the-latest"]),
    R("R4751", at(31, "20:45", "EU"), "Sorry voor de late reactie. De kleine factuur betaal ik morgen, de grote over twee weken.", "promise_to_pay", date="2027-04-01", fam=["two-dates", "late-evening"]),
    R("R4751", at(26, "13:30", "EU"), "We betalen volgende week vrijdag.", "promise_to_pay", date="2027-04-02", fam=["next-week-weekday", "good-friday"]),
    R("R4751", at(29, "10:45", "EU"), "Betaling staat ingepland voor 1 april. Geen grap ;-)", "promise_to_pay", date="2027-04-01", fam=["april-fools", "easter-monday"]),
    R("R4751", at(27, "09:00", "EU"), "Morgen over een week is alles betaald.", "promise_to_pay", date="2027-04-04", fam=["tomorrow-in-a-week", "weekend"]),
    R("R4751", at(31, "12:15", "EU"), "Goedendag,\n\nIk doe de boekhouding voor Manege De Hooge Weide. Ik heb de betaling klaargezet voor maandag 5 april.\n\nMet vriendelijke groet,\nRicardo Smit\nSmit Administratie", "promise_to_pay", date="2027-04-05", sender="ricardo@smitadministratie.example", fam=["outside-bookkeeper", "unknown-sender", "weekday-date"]),
    # --- Industriële Wasserij Kempen (BE, plan)
    R("R4752", at(25, "14:30", "EU"), "Goedemiddag,\n\nDe afbetaling van maart (2.160 euro) wordt op 31/03 uitgevoerd, met de gestructureerde mededeling +++947/5210/0327+++.\n\nMet vriendelijke groeten,\nKoen Peeters", "promise_to_pay", date="2027-03-31", amount="2160.00", fam=["instalment", "structured-communication", "flemish"]),
    R("R4752", at(30, "09:30", "EU"), "De aprilschijf volgt zoals afgesproken begin april.", "promise_to_pay", date="2027-04-01", human=["partial"], sender=0, fam=["instalment", "early-month"]),
    R("R4752", at(31, "15:10", "EU"), "Door de overname door de groep Linnova (closing op 15 april) schuift de betaling van de schijf op naar 20 april.", "promise_to_pay", date="2027-04-20", human=["partial"], fam=["acquisition", "closing-distractor", "instalment"]),
    R("R4752", at(26, "11:50", "EU"), "Wij betalen de achterstallige schijf van februari volgende dinsdag, excuses daarvoor.", "promise_to_pay", date="2027-03-30", human=["partial"], fam=["next-weekday", "instalment"]),
    # --- Dronewerk Friesland
    R("R4753", at(25, "16:00", "EU"), "Goedemiddag, wij betalen beide facturen in week 14, op dinsdag.", "promise_to_pay", date="2027-04-06", fam=["calendar-week-weekday"]),
    R("R4753", at(30, "14:10", "EU"), "Betaling wordt meegenomen in de betaalrun van eind deze maand.", "promise_to_pay", date="2027-03-31", sender=0, fam=["month-end-run"]),
    R("R4753", at(31, "09:25", "EU"), "De €880 gaat er vandaag uit, de €4.730 zodra Rijkswaterstaat onze dijkinspectie heeft betaald.", "promise_to_pay", date="2027-03-31", amount="880.00", human=["conditional"], fam=["today", "condition", "partial-amount"]),
    R("R4753", at(26, "10:30", "EU"), "Beste,\n\nIn verband met de jaarafsluiting door onze accountant (deadline 1 april) kunnen wij pas op donderdag 8 april betalen.\n\nMet vriendelijke groet,\nSjoerd Hoekstra\nDirecteur\nDronewerk Friesland BV", "promise_to_pay", date="2027-04-08", html=True, fam=["outlook-html", "deadline-distractor", "weekday-date"]),
    R("R4753", at(30, "17:40", "EU"), "Betalen we binnen 10 dagen.", "promise_to_pay", date="2027-04-09", fam=["within-days", "terse"]),
    # --- already paid
    R("R4751", at(29, "12:00", "EU"), "Is al betaald hoor, op 24 maart, €2.845.", "already_paid", fam=["total-of-two"]),
    R("R4753", at(30, "10:40", "EU"), "Factuur 947532 is op 26-03 voldaan, kenmerk DWF-2027-058.", "already_paid", ref="DWF-2027-058", inv=["947532"], sender=0, fam=["ref-match", "one-invoice"]),
    R("R4752", at(30, "15:30", "EU"), "De schijf van maart is gisteren al vertrokken, 2.160 euro.", "already_paid", human=["amount differs"], fam=["instalment", "yesterday"]),
    # --- disputes
    R("R4751", at(30, "15:00", "EU"), "Op 947511 staan 4 rijhelmen maat M, wij hadden maat S besteld en ze zijn retour gegaan. Graag een creditnota.", "dispute", inv=["947511"], fam=["returned-goods", "credit-note"]),
    R("R4753", at(31, "14:20", "EU"), "De accu's op factuur 947531 zijn tegen de prijslijst van 2026 berekend, terwijl we een raamcontract met vaste prijzen tot 2028 hebben. Graag corrigeren.", "dispute", inv=["947531"], fam=["price-vs-contract"]),
    R("R4752", at(31, "10:00", "EU"), "De intresten en het schadebeding op de laatste herinnering gaan we niet betalen; we zitten in een afbetalingsplan.", "dispute", fam=["fees", "flemish"]),
    # --- other
    R("R4753", at(25, "10:20", "EU"), "Dank, ik heb het doorgezet naar Sjoerd.", "other", sender=0, fam=["no-action", "forwarded"]),
    R("R4751", at(26, "16:30", "EU"), "Kunnen jullie ook een betaalverzoek via iDEAL sturen? Dat is voor mij een stuk makkelijker.", "other", human=["payment method question"], fam=["payment-method"]),
    R("R4752", at(30, "12:00", "EU"), "Kunnen jullie ons een saldobevestiging per 31 maart bezorgen voor onze bedrijfsrevisor?", "other", human=["audit confirmation"], fam=["audit-confirmation", "quarter-end"]),
    # --- resend
    R("R4751", at(31, "09:40", "EU"), "Mogen we een kopie van factuur 947512? Die is hier nooit binnengekomen.", "invoice_resend", inv=["947512"], sender=0, fam=["never-received"]),
    R("R4753", at(26, "14:45", "EU"), "Kunt u de facturen als UBL sturen? Onze boekhoudsoftware leest alleen UBL in.", "invoice_resend", fam=["ubl-copy"]),
    # --- out of office
    R("R4751", at(26, "09:25", "EU"), "Bedankt voor je mail. Ik ben met vakantie tot en met 11 april en lees mijn mail niet. Voor dringende zaken: administratie@manege-hoogeweide.example", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Manege De Hooge Weide", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "inclusive-date"]),
    R("R4753", at(31, "10:20", "EU"), "Ik ben afwezig tot dinsdag 6 april. Uw e-mail wordt niet doorgestuurd.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Dronewerk Friesland BV", quote="none", gap_days=0, fam=["ooo-auto"]),
    # --- bounces
    R("R4752", at(30, "10:30", "EU"), "Dit is een automatisch gegenereerd bericht.\n\nUw bericht kon niet worden afgeleverd aan:\n\n<boekhouding@wasserij-kempen.example>: 550 5.1.1 Onbekende gebruiker", "bounce", sender="MAILER-DAEMON@mail.wasserij-kempen.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Industriële Wasserij Kempen nv", dsn=("boekhouding@wasserij-kempen.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-nl"]),
    R("R4753", at(25, "09:40", "EU"), "Bezorging is mislukt voor deze ontvangers of groepen:\n\nfinancien@dronewerk-friesland.example\nUw bericht is niet bezorgd omdat de ontvanger geen berichten van buiten de organisatie accepteert.\n\nDiagnostische gegevens voor beheerders:\n550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup", "bounce", sender="postmaster@dronewerk-friesland.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Dronewerk Friesland BV", dsn=("financien@dronewerk-friesland.example", "5.7.133"), quote="none", gap_days=0, fam=["dsn-exchange-nl", "external-blocked"]),
    # --- plans
    R("R4753", at(30, "11:45", "EU"), "Zouden we de grote factuur in drie termijnen mogen betalen? Eerste termijn op 15 april.", "payment_plan_request", date="2027-04-15", fam=["three-instalments"]),
    R("R4751", at(25, "19:10", "EU"), "Het is een lastige winter geweest. Mag ik in vier maandelijkse termijnen van €595 betalen, te beginnen eind april?", "payment_plan_request", date="2027-04-30", amount="595.00", fam=["monthly-plan", "end-of-next-month"]),
    # --- PO / billing change
    R("R4753", at(29, "16:20", "EU"), "Graag ons inkoopordernummer DWF-2027-041 op factuur 947531 vermelden, anders wordt hij niet goedgekeurd.", "po_change", inv=["947531"], sender=0, fam=["missing-po"]),
    R("R4752", at(26, "10:10", "EU"), "Vanaf 1 april ontvangen wij facturen enkel nog via ons leveranciersportaal (Basware). U krijgt een uitnodiging.", "po_change", fam=["supplier-portal"]),
    # --- wrong contact
    R("R4751", at(30, "08:30", "EU"), "Ik ben de stagiaire en doe alleen de lessenplanning, de facturen lopen via Joyce van Dijk.", "wrong_contact", sender=0, fam=["not-my-job"]),
    R("R4752", at(29, "09:00", "EU"), "Koen Peeters is met pensioen. Gelieve u te richten tot de nieuwe financieel directeur, An Claes.", "wrong_contact", sender="an.claes@wasserij-kempen.example", fam=["retired", "unknown-sender"]),
    R("R4753", at(25, "12:40", "EU"), "We betalen begin volgend kwartaal.", "promise_to_pay", date="2027-04-01", sender=0, fam=["next-quarter"]),
]
