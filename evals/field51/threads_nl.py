"""Hand-written Dutch replies: a Salland Christmas-tree nursery, a Hasselt chimney sweep on a plan, a Frisian violin maker on a legal account."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field51.kit import AUTO, CET, at

R = Reply

REPLIES: list[Reply] = [
    # J5151 Kerstbomenkwekerij Salland (nl-NL)
    R("J5151", at(6, "08:30", CET), "Goedemorgen,\n\nSinterklaas is net de deur uit en nu is het kerstbomen, kerstbomen, kerstbomen. Beide facturen betalen we op 20-12.\n\nGroet,\nHenk Nijhof", "promise_to_pay",
      date="2027-12-20", fam=["day-first", "sinterklaas-distractor"]),
    R("J5151", at(7, "13:10", CET), "Hoi, de 97052 is vorige week al betaald, kenmerk SALLAND-97052. Kunnen jullie even kijken?", "already_paid",
      ref="SALLAND-97052", inv=["97052"], fam=["terse"]),
    R("J5151", at(8, "10:45", CET), "Geachte heer/mevrouw,\n\nOp factuur 97051 staan 400 potten te veel berekend; wij hebben 1.200 stuks ontvangen, niet 1.600. Graag een creditnota voor het verschil.\n\nMet vriendelijke groet,\nAdministratie", "dispute",
      inv=["97051"], sender=0, fam=["quantity-dispute", "formal"]),
    R("J5151", at(9, "15:00", CET), "Ik ben afwezig tot en met 2 januari. Voor dringende zaken: administratie@kerstbomen-salland.example.", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence"]),
    R("J5151", at(10, "09:20", CET), "Kunnen jullie de facturen voortaan via Peppol sturen? Ons KvK-nummer is 00000000.", "po_change",
      fam=["peppol", "kvk"]),
    R("J5151", at(13, "11:40", CET), "De 1.275 betalen we morgen, de grote na de kerstverkoop, uiterlijk 7 januari.", "promise_to_pay",
      date="2027-12-14", amount="1275.00", partial=False, fam=["two-invoices-two-dates", "dutch-number"]),
    R("J5151", at(14, "16:05", CET), "Hallo, ik ben de zoon van Henk, ik sta op de verkoopplek in Zwolle. Mijn vader leest zijn mail niet tot na de kerst. Bel hem maar.", "wrong_contact",
      sender="joost.nijhof@kerstbomen-salland.example", fam=["family-member"]),
    R("J5151", at(15, "10:25", CET), "Stuur even een kopie van 97051, die is bij ons zoekgeraakt.", "invoice_resend",
      inv=["97051"], fam=["terse"]),
    R("J5151", at(16, "14:30", CET), "Mogen we de 9.340 in drie termijnen betalen? Januari, februari en maart, telkens eind van de maand.", "payment_plan_request",
      date="2028-01-31", inv=["97051"], fam=["instalments-proposed"]),
    R("J5151", at(17, "08:55", CET), "We betalen in week 51, waarschijnlijk donderdag.", "promise_to_pay",
      date="2027-12-23", fam=["week-number"]),
    R("J5151", at(6, "06:50", CET), "Dit bericht kon niet worden afgeleverd bij h.nijhof@kerstbomen-salland.example.\n\n550 5.1.1 Onbekende ontvanger", "bounce",
      lang="nl", sender="mailer-daemon@kerstbomen-salland.example", dsn=("h.nijhof@kerstbomen-salland.example", "5.1.1"), subject="Onbestelbaar", quote="none", fam=["dsn"]),
    R("J5151", at(13, "17:15", CET), "Bedankt, doorgestuurd naar onze boekhouder.", "other",
      fam=["no-action"]),
    R("J5151", at(15, "12:50", CET), "Betaald vandaag via de bank, 10.615 euro, kenmerk SALLAND-DEC.", "already_paid",
      ref="SALLAND-DEC", fam=["dutch-number"]),

    # J5152 Schouwveger Limburg BV, Hasselt (nl-BE, plan)
    R("J5152", at(6, "09:15", CET), "Goeiemorgen,\n\nDe afbetaling van december (800 euro) gaat zoals afgesproken op de 15de de deur uit.\n\nLieve", "promise_to_pay",
      date="2027-12-15", amount="800.00", human=["partial"], fam=["plan-instalment", "flemish"]),
    R("J5152", at(7, "14:00", CET), "Kunnen we de afbetaling van januari overslaan? Na de feestdagen is het altijd stil, en de kerstmarkt in Hasselt heeft ons niks opgebracht.", "payment_plan_request",
      fam=["plan-pause", "flemish"]),
    R("J5152", at(8, "11:20", CET), "De afbetaling is gisteren vertrokken via Payconiq, referentie +++123/4567/89012+++.", "already_paid",
      ref="+++123/4567/89012+++", fam=["structured-reference", "payconiq"]),
    R("J5152", at(9, "16:40", CET), "Graag een overzicht van wat er nog openstaat op het afbetalingsplan.", "invoice_resend",
      fam=["plan-schedule"]),
    R("J5152", at(10, "10:05", CET), "Ons kantoor is gesloten van 24 december tot en met 2 januari. Prettige feestdagen!", "out_of_office",
      headers=AUTO, sender=0, human=["absence over 14 days"], fam=["auto-absence", "christmas-closure"]),
    R("J5152", at(13, "08:45", CET), "Vanaf januari facturen graag naar de nieuwe vennootschap: Schouwveger Limburg CommV, ondernemingsnummer 0000.000.000.", "po_change",
      fam=["new-entity", "enterprise-number"]),
    R("J5152", at(14, "13:35", CET), "Ik betaal de afbetaling van december vrijdag, de 17de. Niet de 15de zoals gepland, want de bank van de stad betaalt ons pas de 16de.", "promise_to_pay",
      date="2027-12-17", human=["partial"], fam=["plan-instalment", "moved-date", "condition-date-distractor"]),
    R("J5152", at(15, "15:20", CET), "Ik ben de poetsvrouw, ik lees dit op de computer van Lieve. Zij is er niet tot maandag.", "wrong_contact",
      sender="poets@schouwveger-limburg.example", fam=["wrong-person"]),
    R("J5152", at(16, "09:30", CET), "We krijgen een mail dat uw IBAN veranderd is naar een rekening in Malta. Klopt dat? Ik betaal niks tot u belt.", "other",
      human=["fraud worry"], fam=["fraud-worry", "changed-iban"]),
    R("J5152", at(17, "11:00", CET), "Kunnen de resterende afbetalingen verschuiven naar de 28ste van de maand in plaats van de 15de? De eerste dan op 28 januari.", "payment_plan_request",
      date="2028-01-28", fam=["plan-day-change"]),
    R("J5152", at(6, "19:30", CET), "Uw bericht aan boekhouding@schouwveger-limburg.example kon niet worden bezorgd. De mailbox is vol.", "bounce",
      lang="nl", sender="postmaster@schouwveger-limburg.example", dsn=("boekhouding@schouwveger-limburg.example", "5.2.2"), subject="Niet afgeleverd", quote="none", fam=["dsn", "mailbox-full"]),
    R("J5152", at(13, "12:10", CET), "Er staat een schoorsteenkap op de factuur die we nooit besteld hebben. Die 340 euro betalen we niet.", "dispute",
      fam=["unordered-items"]),

    # J5153 Vioolbouw Fryslân, Leeuwarden (nl-NL, legal)
    R("J5153", at(6, "10:00", CET), "Geachte heer/mevrouw,\n\nNamens mijn cliënt Vioolbouw Fryslân V.O.F. deel ik u mee dat de facturen 97054 en 97055 worden betwist. Ik verzoek u alle correspondentie aan mijn kantoor te richten.\n\nmr. A. Hoekstra, advocaat", "dispute",
      inv=["97054", "97055"], sender="a.hoekstra@hoekstra-advocatuur.example", fam=["legal", "attorney"]),
    R("J5153", at(7, "15:45", CET), "Moai, Wiebe hier. Buiten de advocaat om: ik maak de 690 morgen over, dat bedrag klopt gewoon.", "promise_to_pay",
      date="2027-12-08", amount="690.00", inv=["97055"], partial=False, fam=["frisian-greeting", "legal"]),
    R("J5153", at(8, "09:40", CET), "De maatschap is per 1 december ontbonden. De vennoten zijn hoofdelijk aansprakelijk, maar de afwikkeling loopt via de curator. Richt u zich tot mr. Van der Meer.", "other",
      human=["insolvency proceedings"], fam=["insolvency", "dissolution"]),
    R("J5153", at(9, "11:55", CET), "Ik ben tot 10 januari op tournee met het Noord Nederlands Orkest. Uw mail wordt niet doorgestuurd.", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence"]),
    R("J5153", at(10, "14:20", CET), "Namens cliënt stel ik voor de hoofdsom in vier maandelijkse termijnen van € 1.370 te voldoen, te beginnen op 1 februari 2028.", "payment_plan_request",
      date="2028-02-01", amount="1370.00", sender="a.hoekstra@hoekstra-advocatuur.example", fam=["legal", "instalments-proposed"]),
    R("J5153", at(13, "16:00", CET), "Kunt u mij de pakbon en de offerte van 97054 sturen? Die heb ik nodig voor de zitting.", "invoice_resend",
      inv=["97054"], fam=["documents", "legal"]),
    R("J5153", at(14, "10:30", CET), "Ik ben stagiair bij de vioolbouwer, ik ga niet over facturen. Wiebe is op tournee.", "wrong_contact",
      sender="stagiair@vioolbouw-fryslan.example", fam=["intern"]),
    R("J5153", at(15, "12:45", CET), "Bezorging mislukt aan info@vioolbouw-fryslan.example: 550 5.7.1 ontvanger weigert berichten van uw domein.", "bounce",
      lang="nl", sender="postmaster@vioolbouw-fryslan.example", dsn=("info@vioolbouw-fryslan.example", "5.7.1"), subject="Onbestelbaar: Herinnering", quote="none", fam=["dsn", "blocked"]),
    R("J5153", at(16, "08:15", CET), "We betalen 2.000 op 23-12 als gebaar van goede wil, de rest na de uitspraak.", "promise_to_pay",
      date="2027-12-23", amount="2000.00", human=["conditional"], fam=["legal", "day-first", "conditional-remainder"]),
    R("J5151", at(16, "10:45", CET), "Donderdag over een week betalen we alles, na de inventaris van maandag.", "promise_to_pay",
      date="2027-12-23", fam=["relative-span", "meeting-distractor"]),
]

PAYMENTS: list[Payment] = [
    Payment("BK51-018", "J5151", "2027-11-30", "1275.00", "EUR", "SALLAND-97052"),
    Payment("BK51-019", "J5151", "2027-12-15", "10615.00", "EUR", "SALLAND-DEC KERSTBOMENKWEKERIJ SALLAND"),
    Payment("BK51-020", "J5152", "2027-12-07", "800.00", "EUR", "+++123/4567/89012+++", "payconiq"),
]
