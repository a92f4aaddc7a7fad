"""field30, Dutch replies (a Westland butterfly nursery, a Flemish brickworks, a Frisian shipyard), written by hand."""

from evals.field30.build import Payment, Reply
from evals.field30.kit import AUTO, CET, at

NL_FOOTER = ("Scheepswerf Harlingen BV | KvK 01087766 | Nieuwe Vissershaven 12, 8861 Harlingen. Dit e-mailbericht is uitsluitend "
             "bestemd voor de geadresseerde(n). Verstrekking aan en gebruik door anderen is niet toegestaan. Aan dit bericht kunnen geen "
             "rechten worden ontleend. Scheepswerf Harlingen BV sluit iedere aansprakelijkheid uit die voortvloeit uit elektronische "
             "verzending.")

PAYMENTS = [
    Payment("BK30-018", "R3025", "2026-11-12", "1340.00", "EUR", "GV 93050 GROENE VLINDER"),
]

REPLIES = [
    Reply("R3025", at(17, "09:20", CET), """Hoi,

We betalen volgende week vrijdag.

Groet, Henk""", "promise_to_pay", date="2026-11-27", fam=["next-weekday", "terse-mobile"]),
    Reply("R3025", at(18, "13:55", CET), """Betaling gaat do 3 dec de deur uit.""", "promise_to_pay", date="2026-12-03", fam=["abbrev-weekday", "terse-mobile"]),
    Reply("R3025", at(19, "10:45", CET), """Beste,

Na onze eigen veiling van de kerstsierplanten op 1 december maken we de dag erna alles over.

Henk van der Linden""", "promise_to_pay", date="2026-12-02", fam=["relative-to-event"]),
    Reply("R3025", at(20, "11:35", CET), """We maken het over binnen 5 werkdagen. Mvg, administratie""", "promise_to_pay", sender=0, date="2026-11-27",
          fam=["working-days"]),
    Reply("R3026", at(17, "14:05", CET), """Goedemiddag,

De derde schijf van € 3.000 wordt zoals afgesproken op 1 december betaald met de gestructureerde mededeling +++051/9850/30017+++.

Met vriendelijke groeten,
Katrien Vandewalle""", "promise_to_pay", date="2026-12-01", amount="3000.00", ref="+++051/9850/30017+++",
          fam=["instalment-existing-plan", "structured-communication", "flemish"]),
    Reply("R3026", at(18, "10:25", CET), """Dag,

De factuur 93052 betalen we na Sinterklaas, maandag 7 december.

Katrien""", "promise_to_pay", date="2026-12-07", inv=["93052"], fam=["holiday", "weekday-ordinal", "flemish"]),
    Reply("R3026", at(19, "15:15", CET), """Wij betalen zodra de hoofdaannemer van het project in Kortrijk ons betaald heeft. Dat zou niet lang meer mogen duren.""",
          "promise_to_pay", human=["conditional"], fam=["third-party-payment", "condition", "flemish"]),
    Reply("R3027", at(17, "10:50", CET), f"""Geachte heer/mevrouw,

Naar aanleiding van uw herinnering delen wij u mede dat factuur 93053 (ons inkoopordernummer SWH-2026-0391) is goedgekeurd en wordt meegenomen in de betaalrun van donderdag 26 november. Factuur 93054 volgt in de run van 10 december.

Met vriendelijke groet,
Crediteurenadministratie

{NL_FOOTER}""", "promise_to_pay", sender=0, date="2026-11-26", inv=["93053", "93054"],
          fam=["weekday-ordinal", "two-dates", "payment-run", "formal-ap", "long-disclaimer"]),
    Reply("R3027", at(18, "16:30", CET), """De betaling schuift op van 27 november naar 4 december; de werf ligt een week stil door de storm.""", "promise_to_pay",
          date="2026-12-04", fam=["moved-date", "date-in-words"]),
    Reply("R3027", at(19, "08:55", CET), """Sjoerd hier. We betalen eind volgende week.""", "promise_to_pay", date="2026-11-27", fam=["end-of-next-week", "terse-mobile"]),
    Reply("R3027", at(20, "14:20", CET), """Goedemiddag,

We maken € 10.000 over op maandag 30 november, de rest na oplevering van het casco aan onze opdrachtgever.

Sjoerd Hoekstra""", "promise_to_pay", date="2026-11-30", amount="10000.00", human=["conditional"],
          fam=["partial-amount", "weekday-ordinal", "third-party-acceptance"]),
    Reply("R3025", at(17, "23:05", CET), """Sorry voor het late antwoord. Morgen gaat het geld eruit.""", "promise_to_pay", date="2026-11-18", fam=["late-evening"]),
    Reply("R3027", at(18, "12:15", CET), """Zie hieronder.

Groet, crediteuren

-----Oorspronkelijk bericht-----
Van: Rabobank Zakelijk <noreply@rabobank-zakelijk.example>
Verzonden: woensdag 18 november 2026 11:40
Onderwerp: Ingeplande overboeking

Uw overboeking van EUR 28.080,00 aan Northwind Supplies GmbH staat ingepland voor 01-12-2026.
Kenmerk: SWH-NW-1201""", "promise_to_pay", sender=0, date="2026-12-01", amount="28080.00", partial=False, ref="SWH-NW-1201",
          fam=["forwarded-chain", "see-below", "bank-notice", "locale-numeric-dayfirst"]),
    Reply("R3026", at(20, "09:50", CET), """Betaling in week 51.""", "promise_to_pay", sender=0, date="2026-12-18", fam=["calendar-week", "terse-mobile", "flemish"]),
    Reply("R3025", at(19, "16:10", CET), """Dinsdag over een week betalen we beide facturen. Henk""", "promise_to_pay", date="2026-12-01", fam=["weekday-week"]),
    Reply("R3027", at(17, "15:35", CET), """We betalen op de laatste werkdag van de maand, zoals altijd.""", "promise_to_pay", date="2026-11-30",
          fam=["last-working-day", "month-end-run"]),
    Reply("R3026", at(17, "11:20", CET), """We betalen de helft morgen en de andere helft op de 15e.""", "promise_to_pay", date="2026-11-18", human=["partial"],
          fam=["partial", "ordinal-alone", "flemish"]),
    # ---- other intents
    Reply("R3025", at(18, "09:05", CET), """Goedemorgen,

We hebben 93050 op 12 november al betaald, kenmerk GV-93050. Kunt u dat even nakijken?

Henk""", "already_paid", ref="GV-93050", inv=["93050"], fam=["remittance-reference-variant"]),
    Reply("R3027", at(19, "13:30", CET), """Factuur 93054 is vorige week al betaald, € 3.380, via ons ING-account.""", "already_paid", inv=["93054"],
          human=["no matching payment"], fam=["past-payment"]),
    Reply("R3025", at(20, "10:15", CET), """Beste,

Op factuur 93049 staan 400 stekken vermeld, wij hebben er 320 ontvangen en daarvan waren er 40 verrot. Graag een creditnota.

Henk""", "dispute", inv=["93049"], fam=["short-delivery", "quality", "credit-note"]),
    Reply("R3026", at(18, "14:45", CET), """Dag,

U rekent 21 % btw aan op de factuur 93051, maar het gaat om werken in onroerende staat: de btw moet verlegd worden (medecontractant). Gelieve een creditnota en een nieuwe factuur op te maken.

Katrien Vandewalle""", "dispute", inv=["93051"], fam=["vat", "reverse-charge", "flemish"]),
    Reply("R3027", at(20, "09:05", CET), """Kunt u factuur 93054 opnieuw sturen? We hebben hem nooit ontvangen.""", "invoice_resend", sender=0, inv=["93054"],
          fam=["never-received"]),
    Reply("R3025", at(17, "13:00", CET), """Mag ik een overzicht van alle openstaande posten? Dan kan ik het in één keer afhandelen. Henk""", "invoice_resend",
          fam=["statement"]),
    Reply("R3027", at(19, "11:40", CET), f"""Geachte heer/mevrouw,

Vanaf 1 december ontvangen wij facturen uitsluitend via Peppol (ons Peppol-ID 0106:01087766). Facturen per e-mail worden niet meer verwerkt.

Met vriendelijke groet,
Crediteurenadministratie

{NL_FOOTER}""", "po_change", sender=0, fam=["e-invoicing", "send-future-invoices", "long-disclaimer"]),
    Reply("R3026", at(19, "09:35", CET), """Dag,

Na de fusie is ons ondernemingsnummer BE 0789.456.123. Gelieve de facturen opnieuw op te maken op naam van Vandewalle Bouwmaterialen NV.

Boekhouding""", "po_change", sender=0, fam=["entity-name", "tax-id", "flemish"]),
    Reply("R3025", at(18, "15:40", CET), """Kunnen we de 93049 in drie termijnen betalen, eerste termijn op 1 december? Het is een slecht seizoen geweest.""",
          "payment_plan_request", date="2026-12-01", inv=["93049"], fam=["plan-request"]),
    Reply("R3027", at(20, "16:15", CET), """Is het mogelijk om uitstel te krijgen tot half januari? Dan is de nieuwe opdracht gefinancierd.""", "payment_plan_request",
          date="2027-01-15", fam=["deferral", "mid-month"]),
    Reply("R3025", at(17, "07:45", CET), """Ik ben afwezig tot en met dinsdag 24 november. Uw e-mail wordt niet doorgestuurd.""", "out_of_office",
          headers=dict(AUTO), subject="Automatisch antwoord: Herinnering: vervallen facturen – Kwekerij De Groene Vlinder BV", fam=["auto-reply"]),
    Reply("R3027", at(18, "07:10", CET), """Ik ben met vakantie tot maandag 4 januari. Voor dringende zaken: crediteuren@scheepswerf-harlingen.example.""",
          "out_of_office", headers=dict(AUTO), human=["away more than 14 days"], subject="Afwezig: Herinnering: vervallen facturen", fam=["auto-reply", "long-absence"]),
    Reply("R3025", at(19, "05:20", CET), """Dit bericht is automatisch gegenereerd.

Uw bericht kon niet worden afgeleverd bij h.vanderlinden@groenevlinder.example.
Reden: 550 5.1.1 onbekende gebruiker.""", "bounce", sender="MAILER-DAEMON@mail.groenevlinder.example", subject="Onbestelbaar: Herinnering: vervallen facturen",
          dsn=("h.vanderlinden@groenevlinder.example", "5.1.1"), fam=["dsn-postfix"]),
    Reply("R3026", at(20, "04:45", CET), """Kan niet worden bezorgd bij deze ontvangers of groepen:

k.vandewalle@steenbakkerij-vandewalle.example
De mailbox van de ontvanger is vol en kan momenteel geen berichten ontvangen.

Diagnostische gegevens voor beheerders: 552 5.2.2 mailbox full""", "bounce", sender="postmaster@steenbakkerij-vandewalle.example",
          subject="Onbestelbaar: Herinnering: vervallen facturen", dsn=("k.vandewalle@steenbakkerij-vandewalle.example", "5.2.2"), fam=["dsn-exchange", "mailbox-full"]),
    Reply("R3025", at(20, "13:30", CET), """Goedemiddag, Henk is per 1 november met pensioen. Neem voortaan contact op met zijn dochter Marieke, marieke@groenevlinder.example.""",
          "wrong_contact", sender=0, fam=["retired"]),
    Reply("R3026", at(17, "12:40", CET), """Ik werk aan de oven, niet op de boekhouding. Geen idee waarom ik dit krijg.""", "wrong_contact",
          sender="ploegbaas@steenbakkerij-vandewalle.example", fam=["not-my-department", "flemish"]),
    Reply("R3027", at(17, "09:30", CET), """Ontvangen, ik zet het door naar Sjoerd.""", "other", fam=["no-action", "acknowledgement"]),
    Reply("R3026", at(18, "16:55", CET), """Dag,

Voor onze boekhouding hebben wij een attest nodig waaruit blijkt dat u geen inhoudingsplicht hebt bij de RSZ en de fiscus. Gelieve dit te bezorgen vóór wij de volgende schijf betalen.

Boekhouding""", "other", sender=0, human=["tax form"], fam=["tax-forms", "inhoudingsplicht", "flemish"]),
]
