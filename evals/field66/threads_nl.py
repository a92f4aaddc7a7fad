"""field66 Dutch replies: the Groningen beet campaign, Sint-Maarten lanterns, Flemish All Saints chrysanthemums, 11-11 in Limburg (nl-NL, nl-BE)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field66.kit import AUTO, AUTO_PREC, at, inv

PAYMENTS: list[Payment] = [
    Payment("BK66-018", "M6651", "2030-10-24", "8775.00", "EUR", "HOGELAND-2410 BIETENTRANSPORT HOGELAND BV"),
    Payment("BK66-019", "M6652", "2030-10-31", "345.00", "EUR", "IDEAL LAMPIONATELIER HET LICHTJE"),
    Payment("BK66-020", "M6653", "2030-10-23", "1500.00", "EUR", "+++660/5310/23100+++ CHRYSANTENKWEKERIJ VAN DAMME"),
]

RE = "Herinnering: vervallen facturen – {}"

REPLIES: list[Reply] = [
    # --- promise_to_pay ---
    Reply("M6651", at(10, 1, "07:15", "CET"), "Moi,\n\nDe bietencampagne draait volop, de wagens rijden dag en nacht naar Hoogkerk. Wij betalen vrijdag.\n\nHenk Dijkstra",
          "promise_to_pay", date="2030-10-04", sender=1, fam=["groningen", "weekday", "reason-given"]),
    Reply("M6652", at(10, 3, "21:30", "CET"), "Hoi! Ik maak het over op 15-10. Groetjes, Sanne",
          "promise_to_pay", date="2030-10-15", sender=1, fam=["numeric-date-dash", "informal"]),
    Reply("M6653", at(10, 8, "08:05", "CET"), "Dag,\n\nDe termijn van oktober betalen we binnen de 5 werkdagen.\n\nMet vriendelijke groeten\nGeert Van Damme\nZaakvoerder",
          "promise_to_pay", date="2030-10-15", human=["partial"], sender=1, fam=["flemish", "working-days", "plan-account", "instalment-no-amount"],
          note="an instalment on a plan account without an amount is partial"),
    Reply("M6654", at(10, 9, "19:50", "CET"), "Alaaf! Wij betalen op 12 november, na de elfde van de elfde. Dan is de contributie binnen.\nLuc",
          "promise_to_pay", date="2030-11-12", sender=1, fam=["limburg", "explicit-date", "holiday-named"], note="34 days out"),
    Reply("M6651", at(10, 10, "12:20", "CET"), "Betaling volgt volgende week donderdag. Administratie",
          "promise_to_pay", date="2030-10-17", sender=0, fam=["next-week-weekday", "terse"]),
    Reply("M6652", at(10, 14, "09:10", "CET"), "Sorry! We waren een weekje weg met de herfstvakantie. Ik betaal morgen.",
          "promise_to_pay", date="2030-10-15", sender=1, fam=["tomorrow", "holiday-named"]),
    Reply("M6653", at(10, 17, "14:40", "CET"), "Dag, we betalen 2.000 euro op 31/10 en de rest na Allerheiligen, als de chrysanten verkocht zijn.\nGeert",
          "promise_to_pay", date="2030-10-31", amount="2000.00", human=["conditional"], sender=1,
          fam=["partial", "numeric-date-dmy", "flemish", "plan-account", "conditional"], note="2,000 on 31 October; the rest hangs on the chrysanthemum sales"),
    Reply("M6654", at(10, 21, "20:05", "CET"), "Betaling over twee weken. Groet, de penningmeester",
          "promise_to_pay", date="2030-11-04", sender=0, fam=["relative-weeks", "terse"]),
    Reply("M6651", at(10, 23, "11:30", "CET"), "Wij betalen eind van de maand. Met vriendelijke groet, Administratie Bietentransport Hogeland",
          "promise_to_pay", date="2030-10-31", sender=0, fam=["month-end"]),
    Reply("M6652", at(10, 28, "16:15", "CET"), "De lampionnen voor Sint-Maarten zijn bijna klaar, het atelier ligt vol papier. Ik betaal vóór Sint-Maarten!",
          "promise_to_pay", date="2030-11-10", sender=1, fam=["holiday-named", "before-holiday"], note="before Sint-Maarten (11 November) = 10 November"),
    Reply("M6653", at(11, 4, "10:45", "CET"), "Dag, we betalen het volledige saldo volgende week vrijdag. Allerheiligen is goed verlopen.\nGeert Van Damme",
          "promise_to_pay", date="2030-11-15", sender=1, fam=["next-weekday", "flemish", "plan-account"]),
    Reply("M6654", at(11, 5, "18:30", "CET"), "Beste,\n\nWij maken het bedrag van € 3.040 over op 8 november.\n\nMet carnavaleske groet,\nLuc Janssen\nVoorzitter CV De Kwakkerts",
          "promise_to_pay", date="2030-11-08", amount="3040.00", partial=False, sender=1, fam=["explicit-date", "nl-thousands", "limburg"],
          note="€ 3.040 is the whole balance"),
    Reply("M6651", at(11, 6, "13:55", "CET"), "We betalen binnen 10 dagen. Nee wacht, binnen 10 werkdagen, zegt de boekhouder.",
          "promise_to_pay", date="2030-11-20", sender=1, fam=["self-correction", "working-days"]),
    Reply("M6652", at(11, 12, "10:20", "CET"), "Sint-Maarten was een groot succes, 600 kinderen met onze lampionnen! Ik betaal deze week nog.",
          "promise_to_pay", date="2030-11-15", sender=1, fam=["this-week"], note="'deze week nog' = Friday of this week"),
    Reply("M6654", at(11, 12, "12:00", "CET"), "Na de opening van het seizoen gisteren zijn we even blut 😅 we betalen begin volgende maand.",
          "promise_to_pay", date="2030-12-01", sender=0, fam=["early-next-month", "emoji", "limburg"]),
    Reply("M6651", at(10, 30, "08:40", "CET"), "We betalen 1 november.",
          "promise_to_pay", date="2030-11-01", sender=1, fam=["explicit-date", "terse"]),
    # --- already_paid ---
    Reply("M6651", at(10, 25, "09:35", "CET"), "Goedemorgen,\n\nBetaald op 24-10, kenmerk HOGELAND-2410.\n\nMet vriendelijke groet\nAdministratie",
          "already_paid", ref="HOGELAND-2410", sender=0, fam=["paid-with-ref", "numeric-date-dash"], note="matches BK66-018"),
    Reply("M6652", at(11, 1, "11:05", "CET"), "Hoi, die € 345 heb ik gisteren via iDEAL betaald hoor.",
          "already_paid", sender=1, human=["amount differs (one invoice only)"], fam=["paid-amount-only", "ideal"],
          note="no number is named so both reminded invoices are listed; BK66-019 is 345.00 against 2,235.00"),
    Reply("M6653", at(10, 23, "15:20", "CET"), "Dag,\n\nVandaag 1.500 euro overgeschreven met gestructureerde mededeling +++660/5310/23100+++ (termijn oktober).\n\nGeert",
          "already_paid", ref="+++660/5310/23100+++", sender=1, human=["amount differs (an instalment, not the balance)"],
          fam=["structured-reference", "flemish", "plan-account", "instalment-paid"], note="BK66-020 is the instalment"),
    # --- dispute ---
    Reply("M6652", at(10, 22, "13:40", "CET"), "Hoi, op factuur 66521 staan 500 lampionstokjes met lampje, maar er zaten er 400 in de dozen. Graag een creditnota voor de 100.",
          "dispute", inv=inv("66521"), sender=1, fam=["short-delivery"]),
    Reply("M6654", at(10, 16, "21:10", "CET"), "Op factuur 66542 rekenen jullie € 25 administratiekosten. Dat is nooit afgesproken, die betalen we niet.",
          "dispute", inv=inv("66542"), sender=0, fam=["fee-dispute"]),
    Reply("M6651", at(11, 13, "14:25", "CET"), "Factuur 66512 klopt niet: er staat € 1.045 vracht, afgesproken was € 945. Graag corrigeren.\nHenk",
          "dispute", inv=inv("66512"), sender=1, fam=["price-dispute", "nl-thousands"]),
    # --- invoice_resend ---
    Reply("M6651", at(10, 8, "10:05", "CET"), "Kunt u de facturen nogmaals sturen? Ze zijn bij ons niet aangekomen.",
          "invoice_resend", sender=0, fam=["never-received"]),
    Reply("M6653", at(10, 29, "11:50", "CET"), "Dag, mag ik een overzicht van alle openstaande facturen? Dan kan ik het afstemmen met onze boekhouder.",
          "invoice_resend", sender=1, fam=["statement", "flemish", "plan-account"]),
    Reply("M6654", at(11, 8, "17:35", "CET"), "Graag factuur 66542 opnieuw, de PDF doet het niet.",
          "invoice_resend", inv=inv("66542"), sender=0, fam=["copy-request", "terse"]),
    # --- po_change ---
    Reply("M6652", at(10, 10, "14:15", "CET"), "Hoi, kunnen jullie de facturen voortaan op naam van Stichting Lampionoptocht Utrecht zetten? Die betaalt de lampionnen dit jaar. Adres blijft hetzelfde.",
          "po_change", sender=1, fam=["entity-change"]),
    Reply("M6653", at(10, 31, "09:25", "CET"), "Gelieve ons ondernemingsnummer BE 0456.789.123 op de factuur te vermelden en ze opnieuw te bezorgen.\n\nBoekhouding",
          "po_change", sender=0, fam=["tax-id", "flemish", "plan-account"]),
    Reply("M6651", at(11, 8, "10:10", "CET"), "Goedemorgen, vanaf nu graag alle facturen via Peppol, of anders naar facturen@bietentransport-hogeland.example. Niet meer naar Henk.",
          "po_change", sender=0, fam=["e-invoice", "invoice-mailbox-change"]),
    # --- payment_plan_request ---
    Reply("M6652", at(10, 18, "15:00", "CET"), "Hoi, kan ik het in drie delen betalen? Eerste deel van € 745 op 1 november, dan december en januari.",
          "payment_plan_request", date="2030-11-01", amount="745.00", sender=1, fam=["plan-with-schedule", "explicit-date"]),
    Reply("M6654", at(10, 29, "20:40", "CET"), "Zouden we in termijnen mogen betalen? € 500 per maand vanaf half november.",
          "payment_plan_request", date="2030-11-15", amount="500.00", sender=0, fam=["plan-monthly", "mid-month"]),
    Reply("M6651", at(11, 14, "11:15", "CET"), "Is een betalingsregeling mogelijk? We kunnen de helft eind november betalen en de andere helft eind december.\nHenk Dijkstra",
          "payment_plan_request", date="2030-11-30", sender=1, fam=["plan-half", "month-end"]),
    # --- out_of_office ---
    Reply("M6652", at(10, 14, "09:05", "CET"), "Ik ben met herfstvakantie tot en met 20 oktober. Daarna beantwoord ik je mail zo snel mogelijk.\n\nSanne",
          "out_of_office", sender=1, headers=AUTO, subject="Afwezig: " + RE.format("Lampionatelier Het Lichtje"),
          quote="none", fam=["ooo-auto", "inclusive-range", "holiday-named"], note="back 21 October, 7 days"),
    Reply("M6653", at(10, 28, "09:05", "CET"), "Ik ben afwezig tijdens de Allerheiligenvakantie en terug op maandag 4 november.\n\nGeert Van Damme",
          "out_of_office", sender=1, headers=AUTO_PREC, subject="Automatisch antwoord: " + RE.format("Chrysantenkwekerij Van Damme bv"),
          quote="none", fam=["ooo-exchange", "holiday-named", "flemish", "plan-account"], note="back 4 November"),
    Reply("M6654", at(11, 9, "09:05", "CET"), "Ik ben tot en met 30 november niet bereikbaar i.v.m. de start van het carnavalsseizoen en aansluitend vakantie.\n\nLuc Janssen",
          "out_of_office", sender=1, headers=AUTO, subject="Afwezigheidsbericht: " + RE.format("Carnavalsvereniging De Kwakkerts"),
          quote="none", human=["back more than 14 days out"], fam=["ooo-auto", "long-absence", "limburg"], note="back 1 December, 22 days"),
    # --- bounce ---
    Reply("M6651", at(10, 18, "09:06", "CET"), "Dit is het mailsysteem op mail.bietentransport-hogeland.example.\n\nHelaas kon uw bericht niet worden afgeleverd bij een of meer ontvangers.\n\n<h.dijkstra@bietentransport-hogeland.example>: 550 5.1.1 Gebruiker onbekend",
          "bounce", sender="MAILER-DAEMON@mail.bietentransport-hogeland.example", subject="Onbestelbaar bericht",
          dsn=("h.dijkstra@bietentransport-hogeland.example", "5.1.1"), fam=["dsn-postfix-nl"]),
    Reply("M6652", at(11, 5, "09:06", "CET"), "Uw bericht aan s.vandermeer@hetlichtje.example kan niet worden bezorgd.\n\ns.vandermeer is niet gevonden op hetlichtje.example.\n\nActie vereist: ontvanger\nOnbekend Aan-adres",
          "bounce", sender="postmaster@hetlichtje.example", subject="Onbestelbaar: " + RE.format("Lampionatelier Het Lichtje"),
          dsn=("s.vandermeer@hetlichtje.example", "5.1.10"), fam=["dsn-m365-nl"]),
    Reply("M6654", at(10, 31, "09:15", "CET"), "Dit bericht is automatisch aangemaakt door de mailserver.\n\nHet bericht kon na 5 dagen niet worden afgeleverd bij:\n\n  penningmeester@dekwakkerts.example\n    verbinding met mx.dekwakkerts.example verlopen (time-out)\n\nDe afzender is opgegeven.",
          "bounce", sender="Mailer-Daemon@mail.northwind-supplies.example", subject="Bericht niet afgeleverd",
          dsn=("penningmeester@dekwakkerts.example", "4.4.7"), fam=["dsn-retry-timeout-nl"]),
    # --- wrong_contact ---
    Reply("M6651", at(10, 30, "14:50", "CET"), "Henk is met pensioen. Mail voortaan naar Jannie Bakker, j.bakker@bietentransport-hogeland.example, zij doet nu de financiën.",
          "wrong_contact", sender=0, fam=["retirement", "new-contact"]),
    Reply("M6654", at(11, 13, "19:15", "CET"), "Ik ben sinds de jaarvergadering geen penningmeester meer. De nieuwe penningmeester is Ruud Hermans, ruud.hermans@dekwakkerts.example.",
          "wrong_contact", sender=0, fam=["left-role", "new-contact"]),
    Reply("M6653", "2030-10-15T16:40:00+02:00", "Ik ben maar een seizoenskracht voor de chrysanten, ik heb niets met facturen te maken. Vraag het aan Geert.",
          "wrong_contact", sender="kwekerij.seizoen2030@gmail.example", fam=["unknown-sender", "seasonal-staff", "flemish", "plan-account"]),
    # --- other ---
    Reply("M6652", at(10, 24, "12:10", "CET"), "Bedankt, goed ontvangen.",
          "other", sender=1, fam=["no-action", "acknowledgement", "terse"]),
    Reply("M6654", at(11, 11, "11:11", "CET"), "Alaaf! Vandaag geen zaken, het is de elfde van de elfde 🎉",
          "other", sender=1, fam=["no-action", "holiday-named", "emoji", "limburg"], note="a festive non-answer: nothing to act on"),
    Reply("M6651", at(10, 16, "15:30", "CET"), "Kunnen we ook met creditcard betalen? Of een betaallink sturen, dat is voor ons makkelijker.",
          "other", sender=0, human=["payment-method question"], fam=["payment-method"]),
]
