"""field41 Dutch replies: Rotterdam and West Flanders (hand-written one by one)."""

from evals.field.build import Payment, Reply
from evals.field41.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK41-022", "C4151", "2027-09-13", "7690.00", "EUR", "SCHROOTHANDEL WAALHAVEN FACT 94151"),
    Payment("BK41-023", "C4153", "2027-09-07", "2740.00", "EUR", "UITVAARTZORG KRALINGEN"),
    Payment("BK41-024", "C4152", "2027-09-15", "5815.00", "EUR", "LEIESTREEK FILMPRODUCTIES 94153"),
]

REPLIES = [
    Reply("C4151", at(13, "08:45", CET), """Goedemorgen,

94151 is vanochtend overgemaakt, € 7.690,00. De 94152 volgt vrijdag.

Met vriendelijke groet,
Ruud Bakker
Financieel manager
Schroothandel Waalhaven bv | Waalhaven Z.z. 44, Rotterdam""",
          "already_paid", sec=["promise_to_pay"], date="2027-09-17", inv=["94151", "94152"], fam=["mixed_paid_and_promise"],
          note="94151 matches BK41-022"),
    Reply("C4151", at(14, "13:10", CET), """Hoi,

Op 94152 staat 3,8 ton koperkabel, onze weegbrug gaf 3,2 ton. Graag een creditnota voor het verschil, dan betalen we de rest direct.

Ruud""",
          "dispute", inv=["94152"], fam=["weight_dispute"]),
    Reply("C4151", at(15, "10:25", CET), """Goedemorgen,

Wij betalen 94152 volgende week donderdag.

Groet,
Administratie""",
          "promise_to_pay", date="2027-09-23", inv=["94152"], sender=0, fam=["next_week_weekday"]),
    Reply("C4151", at(16, "09:00", CET), """Beste,

Vanaf 1 oktober graag alle facturen via Peppol naar ons sturen (0106:24418870, KvK). PDF per mail wordt niet meer verwerkt. Wilt u 94152 opnieuw via Peppol indienen?

Met vriendelijke groet,
Administratie""",
          "po_change", inv=["94152"], sender=0, fam=["peppol"]),
    Reply("C4151", at(13, "07:15", CET), """Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 17 september. Voor dringende zaken kunt u contact opnemen met administratie@schroot-waalhaven.example.

Ruud Bakker""",
          "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Schroothandel Waalhaven bv",
          fam=["ooo_short"]),
    Reply("C4151", at(14, "16:40", CET), """Zou het mogelijk zijn om 94152 in twee delen te betalen? €570 eind september en €570 eind oktober. De staalprijs is ingezakt.

Ruud""",
          "payment_plan_request", date="2027-09-30", amount="570.00", inv=["94152"], fam=["plan_two_parts"]),
    Reply("C4152", at(13, "10:05", CET), """Dag,

Wij zitten in de montage van de reeks en de betalingen gebeuren pas na de levering aan de VRT. Factuur 94153 wordt betaald op 30/09.

Met vriendelijke groeten,
Jonas Vandamme
Productieleider – Leiestreek Filmproducties, Kortrijk""",
          "promise_to_pay", date="2027-09-30", fam=["numeric_day_first", "voice_flemish"]),
    Reply("C4152", at(14, "11:30", CET), """Goeiemiddag,

Factuur 94153 is gisteren betaald, maar ons bank heeft 15 euro kosten afgehouden. Excuses daarvoor.

Groetjes, Jonas""",
          "already_paid", human=["amount differs from the open balance (short by bank charges)"],
          fam=["short_payment_bank_charges", "voice_west_flemish"], note="BK41-024 15 Sep EUR 5,815 for 5,830"),
    Reply("C4152", at(15, "09:50", CET), """Dag,

Kunnen jullie op de factuur ons projectnummer LF-2027-08 ('De Leie in de Winter') zetten? Anders krijgen we ze niet ingediend bij het Vlaams Audiovisueel Fonds.

Jonas""",
          "po_change", fam=["project_code", "grant_reporting"]),
    Reply("C4152", at(16, "14:20", CET), """Dag,

Wij hebben de steadicam maar 4 dagen gehuurd en niet 6, zie de retourbon. Gelieve de factuur 94153 te corrigeren.

Met vriendelijke groeten,
Boekhouding""",
          "dispute", sender=0, fam=["rental_days_dispute"]),
    Reply("C4152", at(13, "15:30", CET), """Hallo, we betalen zodra het VAF de tweede schijf van de subsidie stort. Normaal half oktober.""",
          "promise_to_pay", date="2027-10-15", human=["conditional"], fam=["conditional_grant", "voice_mobile"]),
    Reply("C4152", at(14, "08:30", CET), """Ik ben op draaidagen in Oostende tot en met 8 oktober en lees mijn mails niet. Voor dringende zaken: boekhouding@leiestreekfilm.example.

Jonas Vandamme""",
          "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Leiestreek Filmproducties bv",
          human=["absence more than 14 days"], fam=["ooo_long_absence"]),
    Reply("C4152", at(15, "16:00", CET), """Dag, ik ben stagiair op de set, ik weet niks van facturen. Mail naar de boekhouding, die zit in Kortrijk. Groetjes""",
          "wrong_contact", sender="stage@leiestreekfilm.example", fam=["wrong_contact_unnamed", "voice_west_flemish"]),
    Reply("C4153", at(13, "11:20", CET), """Goedemiddag,

Factuur 94154 hebben wij op 7 september voldaan, € 2.740,00.

Met vriendelijke groet,
Marieke de Vries
Office manager
Uitvaartzorg Kralingen""",
          "already_paid", fam=["paid_date_past", "voldaan"], note="BK41-023"),
    Reply("C4153", at(14, "12:45", CET), """Goedemiddag,

Wij missen de factuur 94154 in onze administratie. Kunt u hem nogmaals toesturen?

Crediteurenadministratie""",
          "invoice_resend", sender=0, fam=["resend_never_received"]),
    Reply("C4153", at(15, "11:11", CET), """Goedemiddag,

De factuur vermeldt 21% btw op de rouwkaarten, maar die vallen onder het lage tarief. Graag corrigeren.

Marieke de Vries""",
          "dispute", fam=["vat_dispute"]),
    Reply("C4153", at(16, "15:30", CET), """Hoi, betalen we eind van de maand. Groet Marieke""",
          "promise_to_pay", date="2027-09-30", fam=["end_of_month", "voice_mobile"]),
    Reply("C4153", at(13, "14:30", CET), """Beste,

Marieke is per 1 september met pensioen. Wilt u voortaan Henk Verbeek mailen: h.verbeek@uitvaart-kralingen.example.

Groet,
Uitvaartzorg Kralingen""",
          "wrong_contact", sender=0, fam=["wrong_contact_named"]),
    Reply("C4153", at(14, "17:55", CET), """Dank u, ontvangen en doorgestuurd naar de boekhouder.""",
          "other", sender=0, fam=["no-action", "acknowledgement"]),
    Reply("C4153", at(16, "10:10", CET), """Goedemorgen,

Wij betalen 94154 in week 39, op woensdag.

Met vriendelijke groet,
Crediteurenadministratie""",
          "promise_to_pay", date="2027-09-29", sender=0, fam=["calendar_week_weekday"]),
    Reply("C4154", at(13, "09:30", CET), """Goeiemorgen,

Factuur 94155 zal betaald worden op vrijdag 1 oktober, na de afrekening van de syndicus van het gebouw Zeezicht.

Met vriendelijke groeten,
Stijn Declercq
Financieel directeur – Vastgoedbeheer Zeebrugge""",
          "promise_to_pay", date="2027-10-01", fam=["explicit_weekday_day", "voice_flemish"]),
    Reply("C4154", at(14, "10:45", CET), """Dag,

Kunnen we 94155 in vier maandelijkse schijven betalen van € 2.620, te beginnen op 15 oktober?

Stijn""",
          "payment_plan_request", date="2027-10-15", amount="2620.00", fam=["plan_four_instalments"]),
    Reply("C4154", at(15, "14:00", CET), """Dag,

Gelieve ons ondernemingsnummer BE 0712.445.983 en het adres van onze nieuwe zetel (Kustlaan 118, 8380 Zeebrugge) te vermelden op de factuur. Graag een herwerkte versie van 94155.

Boekhouding""",
          "po_change", sender=0, fam=["billing_address_change", "vat_id"]),
    Reply("C4154", at(16, "08:15", CET), """Wij betalen pas als de kredietstop op onze lopende bestelling opgeheven wordt. Dan gaat het dezelfde dag de deur uit.

Stijn Declercq""",
          "promise_to_pay", human=["conditional"], fam=["conditional_release_hold"]),
    Reply("C4154", at(13, "18:00", CET), """Uw bericht kon niet worden afgeleverd bij s.declercq@vastgoed-zeebrugge.example.
550 5.1.1 Onbekende gebruiker""",
          "bounce", sender="postmaster@vastgoed-zeebrugge.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Vastgoedbeheer Zeebrugge nv",
          dsn=("s.declercq@vastgoed-zeebrugge.example", "5.1.1"), lang="nl", fam=["bounce_user_unknown", "bounce_dutch"]),
    Reply("C4151", at(15, "03:20", CET), """Dit is een automatisch gegenereerd bericht.
Bezorging is mislukt voor: r.bakker@schroot-waalhaven.example
Postvak vol (552 5.2.2 Mailbox full)""",
          "bounce", sender="mailer-daemon@schroot-waalhaven.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Schroothandel Waalhaven bv",
          dsn=("r.bakker@schroot-waalhaven.example", "5.2.2"), lang="nl", fam=["bounce_mailbox_full", "bounce_dutch"]),
    Reply("C4154", at(14, "15:30", CET), """Dag,

Graag ontvingen wij een rekeninguittreksel van alle openstaande posten. Onze commissaris vraagt dit voor de halfjaarcontrole.

Boekhouding""",
          "invoice_resend", sender=0, fam=["statement_request"]),
    Reply("C4152", at(16, "17:20", CET), """Dag,

Klopt het dat jullie IBAN veranderd is? We kregen een mail van een 'northwind-suppiles' adres met een nieuw rekeningnummer. Even checken voor we iets doen.

Jonas""",
          "other", human=["bank details verification"], fam=["bank_change_fraud_check"]),
    Reply("C4151", at(16, "12:00", CET), """Ruud hier. Vergeet mijn mail van dinsdag: 94152 gaat niet volgende week donderdag maar deze vrijdag al, de koperprijs trok aan.""",
          "promise_to_pay", date="2027-09-17", inv=["94152"], fam=["moved_date", "self_correction"]),
    Reply("C4153", at(15, "08:00", CET), """Ons kantoor is gesloten op donderdag 16 september wegens een uitvaart van een collega. Vrijdag zijn we weer bereikbaar.""",
          "out_of_office", headers=AUTO, sender=0, subject="Automatisch antwoord: Herinnering: vervallen facturen – Uitvaartzorg Kralingen bv",
          fam=["ooo_one_day"]),
    Reply("C4152", at(13, "12:40", CET), """Dag, is 't ok als we binnen de 14 dagen betalen? Dan zijn de vakantiedagen van de boekhouder voorbij. Jonas""",
          "promise_to_pay", date="2027-09-27", fam=["within_n_days", "voice_west_flemish"]),
    Reply("C4154", at(16, "16:45", CET), """Dag,

Wordt er korting toegestaan als we voor eind september in één keer betalen?

Stijn""",
          "other", human=["discount question"], fam=["discount_question"]),
    Reply("C4151", at(14, "09:45", CET), """Goedemorgen, graag de factuur 94152 opnieuw, de vorige was onleesbaar (scan). Groet administratie""",
          "invoice_resend", inv=["94152"], sender=0, fam=["resend_unreadable"]),
    Reply("C4153", at(13, "16:20", CET), """Goedemiddag,

Wij betalen morgen over twee weken, op dinsdag 28 september.

Met vriendelijke groet,
Marieke""",
          "promise_to_pay", date="2027-09-28", fam=["relative_span_with_date"]),
    Reply("C4152", at(16, "09:40", CET), """Dag,

De betaling volgt begin volgende week.

Boekhouding""",
          "promise_to_pay", date="2027-09-20", sender=0, fam=["early_next_week"]),
]
