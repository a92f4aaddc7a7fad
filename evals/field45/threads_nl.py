"""Hand-written Dutch replies: a garden centre near Utrecht, a Flemish print shop whose books an outside bookkeeper
keeps, and a Groningen vet clinic on a legal account. Dates: June 2027 (Mon 14 – Fri 18)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field45.kit import AUTO, BE, NL, at

PAYMENTS = [
    Payment("BK45-050", "Q4551", "2027-06-16", "615.00", "EUR", "TUINCENTRUM DE LINDE BV 94562"),
    Payment("BK45-051", "Q4552", "2027-06-14", "7990.00", "EUR", "+++094/5630/06400+++ DRUKKERIJ VANDENBROUCKE"),
    Payment("BK45-052", "Q4553", "2027-06-15", "4000.00", "EUR", "DIERENKLINIEK NOORDERPARK DEELBETALING"),
]

REPLIES = [
    # --- Q4551 Tuincentrum De Linde ---
    Reply("Q4551", at(17, "10:25", NL), """Goedemorgen,

De 94562 hebben we woensdag betaald, de 94561 volgt volgende week vrijdag.

Met vriendelijke groet,
Marloes Bakker
Bedrijfsleider Tuincentrum De Linde""",
          "already_paid", sec=["promise_to_pay"], date="2027-06-25", inv=["94562", "94561"],
          fam=["paid-and-promise", "weekday-next-week"], note="94562 matches BK45-050 (Wednesday 16 June)"),
    Reply("Q4551", at(14, "14:40", NL), """Hoi, wordt eind van de maand betaald. Groet, Marloes""",
          "promise_to_pay", date="2027-06-30", fam=["end-of-month"]),
    Reply("Q4551", at(15, "11:05", NL), """Beste,

Van de 50 olijfbomen op factuur 94561 bleken er 12 wortelrot te hebben; ze zijn inmiddels dood. Foto's heb ik naar jullie verkoper gestuurd. Wij betalen de factuur pas als daar een creditnota voor is.

Administratie De Linde""",
          "dispute", inv=["94561"], sender=0, fam=["dispute-damaged"]),
    Reply("Q4551", at(15, "06:50", NL), """Ik ben met vakantie tot en met vrijdag 9 juli. Uw mail wordt niet doorgestuurd; voor dringende zaken kunt u terecht bij administratie@tuincentrumdelinde.example.

Marloes Bakker""",
          "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Tuincentrum De Linde BV",
          human=["absence over 14 days"], fam=["ooo-auto", "ooo-long"]),
    Reply("Q4551", at(16, "17:35", NL), """Morgen gaat het eruit, excuses! M.""",
          "promise_to_pay", date="2027-06-17", fam=["tomorrow", "terse"]),
    Reply("Q4551", at(16, "09:25", NL), """Goedemorgen,

Kunt u factuur 94561 nogmaals sturen? Hij staat niet in ons boekhoudpakket, waarschijnlijk in de spam beland.

Groet,
Administratie""",
          "invoice_resend", inv=["94561"], sender=0, fam=["resend"]),
    Reply("Q4551", at(18, "11:50", NL), """Beste, wij betalen binnen 5 werkdagen. Met vriendelijke groet, administratie""",
          "promise_to_pay", date="2027-06-25", sender=0, fam=["working-days"], note="five working days after Friday 18 = Friday 25"),
    Reply("Q4551", at(17, "15:10", NL), """Hallo,

Het voorjaar was slecht door de natte maand mei. Zouden we de 94561 in drie termijnen kunnen betalen, de eerste op 1 juli?

Groet,
Marloes""",
          "payment_plan_request", date="2027-07-01", inv=["94561"], fam=["plan-instalments"]),
    Reply("Q4551", at(14, "16:55", NL), """Hoi,
Betaling staat ingepland voor dinsdag 22 juni.
Marloes""",
          "promise_to_pay", date="2027-06-22", fam=["weekday-and-date"]),
    Reply("Q4551", at(15, "13:30", NL), """Bedankt, heb het doorgezet naar Marloes.""",
          "other", sender=0, fam=["no-action", "forwarded"]),
    Reply("Q4551", at(18, "14:20", NL), """Beste,

Graag voortaan factureren aan De Linde Groep BV, KvK 71234567, btw-nummer NL858123456B01. Wilt u de openstaande facturen op die naam opnieuw uitreiken?

Met vriendelijke groet,
Marloes Bakker""",
          "po_change", fam=["legal-entity", "vat-number", "reissue"]),
    Reply("Q4551", at(16, "12:15", NL), """Hoi, we maken het over twee weken over. Groetjes""",
          "promise_to_pay", date="2027-06-30", sender=0, fam=["relative-span"]),

    # --- Q4552 Drukkerij Vandenbroucke (Flanders) ---
    Reply("Q4552", at(15, "09:05", BE), """Goeiemorgen,

De betaling van 7.990,00 EUR voor beide facturen werd uitgevoerd op 14/06 met gestructureerde mededeling +++094/5630/06400+++.

Met vriendelijke groeten,
Boekhouding Vandenbroucke""",
          "already_paid", ref="+++094/5630/06400+++", sender=0, fam=["structured-communication", "flemish"],
          note="matches BK45-051 by reference and amount"),
    Reply("Q4552", at(15, "16:45", BE), """Dag, tegen eind deze maand is alles betaald. Mvg, Koen""",
          "promise_to_pay", date="2027-06-30", fam=["end-of-month", "flemish"]),
    Reply("Q4552", at(16, "10:35", BE), """Beste,

Het papier (Munken Print 120 g) van factuur 94563 was vochtig bij levering; 8 pallets zijn onbruikbaar. Gelieve dit te crediteren. Het resterende bedrag wordt betaald na ontvangst van de creditnota.

Met vriendelijke groeten,
Koen Vandenbroucke
Zaakvoerder""",
          "dispute", sec=["promise_to_pay"], inv=["94563"], human=["conditional"], fam=["dispute-damaged", "flemish", "conditional"]),
    Reply("Q4552", at(14, "11:20", BE), """Beste,

Ik doe enkel de boekhouding voor de drukkerij (extern boekhoudkantoor). Voor betalingen moet u bij de zaakvoerder zelf zijn: k.vandenbroucke@drukkerij-vandenbroucke.example.

Mvg,
Els Claes – Boekhoudkantoor Claes""",
          "wrong_contact", sender=0, fam=["wrong-contact-bookkeeper", "flemish"]),
    Reply("Q4552", at(16, "15:15", BE), """Dag, we betalen binnen de week. Groeten, Koen""",
          "promise_to_pay", date="2027-06-23", fam=["binnen-de-week", "flemish"], note="'binnen de week' = +7"),
    Reply("Q4552", at(17, "14:05", BE), """Beste,

Gelieve vanaf 1 juli uw facturen uitsluitend via Peppol te versturen. Ons Peppol-ID is 0208:0456123789. Facturen per mail worden vanaf dan niet meer verwerkt.

Met vriendelijke groeten,
Boekhouding""",
          "po_change", sender=0, fam=["peppol", "invoice-channel", "flemish"]),
    Reply("Q4552", at(17, "09:50", BE), """Dag,
We betalen volgende week dinsdag.
Koen""",
          "promise_to_pay", date="2027-06-22", fam=["weekday-next-week", "flemish"]),
    Reply("Q4552", at(14, "07:15", BE), """Ik ben afwezig tot en met maandag 28 juni. Voor dringende zaken: boekhouding@drukkerij-vandenbroucke.example.
Koen Vandenbroucke""",
          "out_of_office", headers=AUTO, subject="Afwezig: Herinnering: vervallen facturen – Drukkerij Vandenbroucke bv",
          fam=["ooo-auto", "ooo-exactly-14"], note="back 28 June = exactly 14 days: not more than 14"),
    Reply("Q4552", at(18, "10:00", BE), """Beste, de betaling gebeurt op 1/07. Mvg, Boekhouding""",
          "promise_to_pay", date="2027-07-01", sender=0, fam=["numeric-date-dmy", "flemish"]),
    Reply("Q4552", at(16, "09:06", BE), """Dit is een automatisch gegenereerd bericht.

De e-mail kan niet worden bezorgd bij de volgende ontvanger:
k.vandenbroucke@drukkerij-vandenbroucke.example

De mailbox bestaat niet. 550 5.1.1 Gebruiker onbekend""",
          "bounce", sender="postmaster@drukkerij-vandenbroucke.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Drukkerij Vandenbroucke bv",
          dsn=("k.vandenbroucke@drukkerij-vandenbroucke.example", "5.1.1"), fam=["bounce-dutch"], gap_days=0),
    Reply("Q4552", at(15, "14:30", BE), """Beste,

Wij kregen gisteren een mail, zogezegd van u, met een nieuw rekeningnummer bij een Litouwse bank. Kunt u telefonisch bevestigen of dit klopt? Wij betalen niets zolang we dat niet weten.

Boekhouding""",
          "other", sender=0, human=["fraud check"], fam=["fraud-check", "bank-details", "flemish"]),
    Reply("Q4552", at(15, "17:40", BE), """Dag, morgen over een week staat het op jullie rekening. Koen""",
          "promise_to_pay", date="2027-06-23", fam=["morgen-over-een-week", "flemish"], note="tomorrow + 7"),

    # --- Q4553 Dierenkliniek Noorderpark (legal) ---
    Reply("Q4553", at(16, "10:55", NL), """Geachte heer/mevrouw,

Wij hebben op 15 juni € 4.000,- overgemaakt als deelbetaling op factuur 94565.

Met vriendelijke groet,
Financiën Dierenkliniek Noorderpark""",
          "already_paid", inv=["94565"], sender=0, human=["amount differs"], fam=["part-payment", "legal-account"],
          note="BK45-052 matches the 4,000 but is below the balance"),
    Reply("Q4553", at(14, "13:35", NL), """Geachte heer/mevrouw,

Onze advocaat, mr. S. de Vries van De Vries Advocaten, behandelt deze kwestie. Wij verzoeken u alle correspondentie over factuur 94565 aan hem te richten.

Hoogachtend,
J. Dijkstra""",
          "other", inv=["94565"], human=["write to the lawyer"], fam=["lawyer", "legal-account"]),
    Reply("Q4553", at(15, "15:20", NL), """Geachte heer/mevrouw,

Het echografieapparaat dat u ons met factuur 94565 heeft geleverd, werkt sinds de installatie niet naar behoren. Drie servicebezoeken hebben niets opgelost. Wij schorten de betaling op.

J. Dijkstra, directeur""",
          "dispute", inv=["94565"], fam=["dispute-faulty", "legal-account"]),
    Reply("Q4553", at(17, "11:15", NL), """Geachte heer/mevrouw,

Het restant van € 5.340,- betalen wij op 30 juni.

Met vriendelijke groet,
Financiën""",
          "promise_to_pay", date="2027-06-30", amount="5340.00", sender=0, fam=["rest-after-part", "legal-account"],
          note="the rest after the 4,000 paid; the ERP still shows 9,340 open, so a part amount"),
    Reply("Q4553", at(18, "09:45", NL), """Geachte heer/mevrouw,

Wij stellen een betalingsregeling voor: vijf maandelijkse termijnen van € 1.068,-, de eerste op 1 augustus. Kunt u daarmee akkoord gaan?

Met vriendelijke groet,
J. Dijkstra""",
          "payment_plan_request", date="2027-08-01", amount="1068.00", fam=["plan-instalments", "legal-account"]),
    Reply("Q4553", at(14, "08:10", NL), """Bedankt voor uw bericht. Ik ben afwezig tot en met 18 juni en heb beperkt toegang tot mijn mail.

Jeroen Dijkstra""",
          "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Dierenkliniek Noorderpark BV",
          fam=["ooo-auto", "ooo-within-14", "legal-account"]),
    Reply("Q4553", at(15, "12:45", NL), """Graag ontvangen wij een kopie van factuur 94565 en de bijbehorende leveringsbon, voor ons dossier bij de advocaat.
Financiën""",
          "invoice_resend", inv=["94565"], sender=0, fam=["resend", "delivery-notes", "legal-account"]),
    Reply("Q4553", at(17, "16:20", NL), """Goedemiddag,

Jeroen Dijkstra is per 1 juni uit dienst. De nieuwe directeur is Anouk Visser, a.visser@dierenkliniek-noorderpark.example. Wilt u haar voortaan benaderen?

Financiën""",
          "wrong_contact", sender=0, fam=["wrong-contact-new-person", "legal-account"]),
    Reply("Q4553", at(17, "09:06", NL), """Uw bericht is niet afgeleverd bij j.dijkstra@dierenkliniek-noorderpark.example omdat het adres niet is gevonden of geen e-mail kan ontvangen.

Het antwoord van de externe server was:
550 5.1.1 Het e-mailaccount dat u probeert te bereiken, bestaat niet.""",
          "bounce", sender="mailer-daemon@googlemail.example", subject="Status van bezorging (mislukt)",
          dsn=("j.dijkstra@dierenkliniek-noorderpark.example", "5.1.1"), fam=["bounce-dutch", "legal-account"], gap_days=0),
    Reply("Q4553", at(15, "17:05", NL), """Wordt vrijdag voldaan. J. Dijkstra""",
          "promise_to_pay", date="2027-06-18", fam=["bare-weekday", "terse", "legal-account"]),
    Reply("Q4553", at(16, "14:50", NL), """Geachte heer/mevrouw, betaling volgt begin juli. Met vriendelijke groet, Financiën""",
          "promise_to_pay", date="2027-07-01", sender=0, fam=["beginning-of-month", "legal-account"]),
    Reply("Q4553", at(18, "13:10", NL), """Ontvangen, dank u.""",
          "other", sender=0, fam=["no-action", "acknowledgement", "legal-account"]),
]
