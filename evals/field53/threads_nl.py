"""field53 Dutch replies: a Haarlem print shop just after Koningsdag, a Curaçao dive centre (credit hold, Papiamentu mixed
in) and a Ghent azalea nursery on a legal account.

Written one by one by hand; each reply's Date is in the sender's own offset (evals/field53/kit.py).
"""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field53.kit import AUTO, CEST, CW, at

PAYMENTS = [
    Payment("BK53-021", "G5351", "2028-04-28", "590.00", "EUR", "KONINGSBLIJ 99052"),
    Payment("BK53-022", "G5352", "2028-05-02", "1500.00", "USD", "KCDC PARTIAL"),
]

_HTML_NL = ("<p class=\"MsoNormal\"><span style=\"font-family:Verdana;color:#E36C0A\">Goedemiddag,</span></p>\n"
            "Excuses voor de late reactie, wij waren dicht met Koningsdag en hebben daarna alle oranje vlaggetjes nog moeten "
            "nabezorgen.\nFactuur 99051 wordt uiterlijk vrijdag 12 mei voldaan.\nMet vriendelijke groet,\nSanne de Vries\n"
            "Oranjedrukkerij Koningsblij B.V. | KvK 81234567")

REPLIES = [
    # --- G5351 Oranjedrukkerij Koningsblij (Haarlem) ---
    Reply("G5351", at(26, "08:35", CEST), "Hoi, we zitten tot over onze oren in de Koningsdagorders. Betalen doen we na het weekend, maandag dus. Groet, Sanne",
          "promise_to_pay", "2028-05-01", sender=1, fam=["koningsdag", "weekday"]),
    Reply("G5351", at(27, "10:20", CEST), "Dank u voor uw e-mail. Vandaag is het Koningsdag en zijn wij gesloten. Vanaf vrijdag 28 april zijn wij weer bereikbaar.",
          "out_of_office", sender=0, headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen", fam=["koningsdag"]),
    Reply("G5351", at(28, "14:10", CEST), "De 99052 is vandaag betaald, kenmerk KONINGSBLIJ 99052.",
          "already_paid", ref="KONINGSBLIJ 99052", inv=["99052"], sender=0, fam=["already-paid"], note="BK53-021 matches"),
    Reply("G5351", at(28, "16:45", CEST), "Op factuur 99051 staan 5.000 vlaggenlijnen, wij hebben er 4.000 ontvangen. Graag een creditnota voor 1.000 stuks.",
          "dispute", inv=["99051"], sender=1, fam=["quantity"]),
    Reply("G5351", at(32, "09:10", CEST), _HTML_NL,
          "promise_to_pay", "2028-05-12", inv=["99051"], sender=1, html=True, fam=["html", "koningsdag", "latest-by"]),
    Reply("G5351", at(32, "13:55", CEST), "Kunnen jullie de factuur opnieuw sturen naar facturen@koningsblij.example? Die gaat automatisch in ons boekhoudpakket.",
          "po_change", sender=0, fam=["invoice-mailbox"]),
    Reply("G5351", at(33, "11:25", CEST), "Betaling staat ingepland voor 10-05-2028.",
          "promise_to_pay", "2028-05-10", sender=0, fam=["locale-numeric"]),
    Reply("G5351", at(33, "15:40", CEST), "Kunt u mij een kopie sturen van factuur 99051? Ik kan hem niet vinden.",
          "invoice_resend", inv=["99051"], sender=0, fam=["copy"]),
    Reply("G5351", at(34, "10:05", CEST), "Was 5 mei gepland, maar met Bevrijdingsdag is de bank dicht bij ons… wordt maandag 8 mei.",
          "promise_to_pay", "2028-05-08", sender=1, fam=["moved-date", "holiday"]),
    Reply("G5351", at(29, "12:30", CEST), "Ik ben niet meer werkzaam bij Koningsblij. Voor facturen: administratie@koningsblij.example.",
          "wrong_contact", sender="j.bakker@koningsblij.example", fam=["left"]),
    Reply("G5351", at(30, "21:15", CEST), "top, dank je 👍",
          "other", sender=1, fam=["no-action", "whatsapp"]),
    Reply("G5351", at(34, "16:35", CEST), "We betalen €1.500 volgende week woensdag, de rest eind mei.",
          "promise_to_pay", "2028-05-10", "1500.00", inv=["99051"], sender=1, fam=["partial", "next-week-weekday"]),
    Reply("G5351", at(26, "17:00", CEST), "Betalen we morgen over een week.",
          "promise_to_pay", "2028-05-04", sender=0, fam=["morgen-over-een-week"], note="tomorrow + 7 (field45–47's reading): 27 April + 7 = 4 May"),

    # --- G5352 Klein Curaçao Dive Center (Willemstad, credit hold) ---
    Reply("G5352", at(26, "09:40", CW), "Bon dia! Wij betalen vrijdag een deel, de rest na de cruiseschepen van mei. Danki, Ruthmilda",
          "promise_to_pay", "2028-04-28", sender=1, human=["partial"], fam=["papiamentu", "mixed-language", "weekday"],
          note="\"een deel\" without a figure: partial by words"),
    Reply("G5352", at(27, "11:00", CW), "Pasobra Dia di Rei nos ta sera awe. Wij zijn morgen weer open.",
          "other", sender=0, fam=["no-action", "papiamentu", "closure"], note="a typed one-day closure notice, no absence date to track"),
    Reply("G5352", at(28, "15:20", CW), "De duikflessen van 99053: 6 van de 20 kwamen zonder keuringsdatum. Die kunnen we niet vullen. Die betalen we niet.",
          "dispute", inv=["99053"], sender=1, fam=["compliance"]),
    Reply("G5352", at(32, "10:15", CW), "USD 1.500 overgemaakt via MCB, ref KCDC PARTIAL.",
          "already_paid", ref="KCDC PARTIAL", sender=1, human=["partial"], fam=["partial"], note="BK53-022 matches by reference; short of 5,810"),
    Reply("G5352", at(32, "16:30", CW), "Kunnen we de rest in vier termijnen van 1.077,50 betalen, telkens op de 15e, vanaf 15 mei?",
          "payment_plan_request", "2028-05-15", "1077.50", sender=1, fam=["plan"]),
    Reply("G5352", at(33, "09:05", CW), "Ik ben met verlof tot en met 20 mei. In dringende gevallen: finance@kleincuracaodive.example",
          "out_of_office", sender=1, headers=AUTO, subject="Afwezig", human=["back more than 14 days out"], fam=["long-absence"]),
    Reply("G5352", at(33, "14:45", CW), "Ayo, ta pagá djabièrnè. Vrijdag betaald, beloofd.",
          "promise_to_pay", "2028-05-05", lang="nl", sender=1, fam=["papiamentu", "mixed-language", "weekday"],
          note="Papiamentu and Dutch; labelled Dutch"),
    Reply("G5352", at(34, "12:20", CW), "Mevrouw Martina is niet meer bij ons. Stuur alles naar finance@kleincuracaodive.example.",
          "wrong_contact", sender=0, fam=["left"]),
    Reply("G5352", at(30, "11:35", CW), "Graag de blokkade opheffen, we hebben de compressorfilters nodig voor het hoogseizoen.",
          "other", human=["asks to lift the hold"], sender=1, fam=["credit-hold"]),
    Reply("G5352", at(29, "08:50", CW), "Levering aan r.martina@kleincuracaodive.example is mislukt. Het postvak is vol.",
          "bounce", sender="postmaster@kleincuracaodive.example", dsn=("r.martina@kleincuracaodive.example", "4.2.2"), quote="none", subject="Onbestelbaar: Herinnering: vervallen facturen", fam=["mailbox-full"]),
    Reply("G5352", at(34, "17:50", CW), "De rest, 4.310 USD, op 31-05.",
          "promise_to_pay", "2028-05-31", "4310.00", partial=False, sender=1, fam=["terse", "locale-numeric", "balance"]),

    # --- G5353 Azaleakwekerij De Loochristi (Gent, legal) ---
    Reply("G5353", at(26, "10:25", CEST), "Geachte, gelieve alle correspondentie over dit dossier te richten aan onze raadsman, Mr. Vandenbussche. Wij reageren niet meer rechtstreeks.",
          "other", human=["counsel"], sender=1, fam=["legal", "counsel", "flemish"]),
    Reply("G5353", at(27, "13:40", CEST), "Na overleg met onze advocaat: wij betalen € 4.060 op 15 mei en het saldo op 15 juni.",
          "promise_to_pay", "2028-05-15", "4060.00", sender=1, fam=["settlement", "flemish"]),
    Reply("G5353", at(28, "09:20", CEST), "De potgrond van factuur 99054 was besmet met dopluis, onze hele partij Azalea indica is aangetast. Wij betwisten de factuur volledig.",
          "dispute", inv=["99054"], sender=1, fam=["quality", "flemish"]),
    Reply("G5353", at(31, "12:00", CEST), "Ons kantoor is gesloten op 1 mei. Wij beantwoorden uw bericht vanaf dinsdag.",
          "out_of_office", sender=0, headers=AUTO, subject="Automatisch antwoord", fam=["holiday"]),
    Reply("G5353", at(32, "15:15", CEST), "Gelieve ons een rekeninguittreksel te bezorgen, onze advocaat vraagt een overzicht van alle openstaande posten.",
          "invoice_resend", sender=0, fam=["statement", "flemish"]),
    Reply("G5353", at(33, "10:40", CEST), "Wij zullen betalen binnen de acht dagen na ontvangst van de creditnota.",
          "promise_to_pay", human=["conditional", "undated"], sender=1, fam=["conditional", "flemish"]),
    Reply("G5353", at(34, "11:10", CEST), "Gelieve de facturen voortaan op te maken op naam van De Loochristi Azalea's CommV, ondernemingsnummer 0712.345.678. De bv is omgevormd.",
          "po_change", sender=1, fam=["company-name", "tax-number", "flemish"]),
    Reply("G5353", at(29, "14:25", CEST), "Betaling gebeurt ten laatste op 10/05, zoals afgesproken met Mr. Vandenbussche.",
          "promise_to_pay", "2028-05-10", sender=1, fam=["locale-numeric", "flemish", "latest-by"]),
    Reply("G5353", at(34, "15:30", CEST), "Wij betalen volgende week dinsdag, na de veiling in Lochristi.",
          "promise_to_pay", "2028-05-09", sender=0, fam=["next-week-weekday", "flemish"]),
    Reply("G5351", at(31, "08:00", CEST), "Wij betalen op de vijfde werkdag van mei, dat is bij ons vrijdag 5 mei.",
          "promise_to_pay", "2028-05-05", sender=0, fam=["working-day-of-month"], note="the writer computes it herself (1 May is a working day in the Netherlands)"),
    Reply("G5352", at(31, "13:40", CW), "Mi no ta e persona korekto. Stuur het maar naar finance@kleincuracaodive.example, danki.",
          "wrong_contact", lang="nl", sender=0, fam=["papiamentu"], note="Papiamentu and Dutch; labelled Dutch"),
    Reply("G5353", at(30, "16:50", CEST), "Het bericht kon niet worden afgeleverd aan boekhouding@azalea-loochristi.example: 550 5.1.1 onbekende gebruiker.",
          "bounce", sender="mailer-daemon@azalea-loochristi.example", dsn=("boekhouding@azalea-loochristi.example", "5.1.1"), quote="none", subject="Onbestelbaar bericht", fam=["unknown-user"]),
]
