"""Dutch replies (field13): a Flemish funeral home (nl-BE) and a Dutch sail loft (nl-NL)."""

from evals.field.build import Payment, Reply
from evals.field13.kit import AUTO, CET, at

R = Reply
P = Payment
L, W = "S1351", "S1352"
PAYMENTS = [
    P("BK13-051", "S1351", "2026-11-24", "3460.00", "EUR", "135135110044 UITVAARTCENTRUM DE LINDE"),
    P("BK13-052", "S1352", "2026-11-23", "395.00", "EUR", "13522 WIND EN WANT"),
    P("BK13-053", "S1352", "2026-11-19", "2700.00", "EUR", "FACTUUR 13521"),
]
REPLIES = [
    # promises
    R(L, at(23, "08:55", CET), "Goeiemorgen, betaling volgt tegen vrijdag. Koen", "promise_to_pay", date="2026-11-27", fam=["tegen-weekday", "terse", "nl-BE"], note="Flemish 'tegen vrijdag' = by Friday"),
    R(L, at(23, "16:30", CET), "Geachte,\n\nDe factuur wordt betaald op 02/12/2026.\n\nMet vriendelijke groeten\nBoekhouding Uitvaartcentrum De Linde\n\nDit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u dit bericht per vergissing ontving, gelieve de afzender te verwittigen en het bericht te verwijderen.", "promise_to_pay", date="2026-12-02", sender=0, fam=["numeric-day-first", "long-signature", "nl-BE"]),
    R(L, at(24, "10:15", CET), "We betalen binnen de 14 dagen, excuses voor het uitstel.", "promise_to_pay", date="2026-12-08", fam=["within-days", "nl-BE"]),
    R(L, at(24, "19:00", CET), "Morgen gaat de helft eruit, de rest begin januari.", "promise_to_pay", date="2026-11-25", human=["partial"], fam=["partial-share", "tomorrow", "nl-BE"]),
    R(L, at(25, "09:40", CET), "Betaling gepland voor donderdag 3 december.", "promise_to_pay", date="2026-12-03", sender=0, fam=["weekday-ordinal", "nl-BE"]),
    R(L, at(25, "15:20", CET), "We storten € 1.500 op maandag en de rest zodra de verzekeraar de uitvaartpolis uitbetaalt.", "promise_to_pay", date="2026-11-30", amount="1500.00", human=["conditional"], fam=["partial", "conditional", "nl-BE"]),
    R(L, at(26, "11:10", CET), "Betaling op het einde van de maand, zoals altijd.", "promise_to_pay", date="2026-11-30", fam=["month-end", "nl-BE"]),
    R(L, at(26, "17:50", CET), "Het was voorzien voor morgen maar onze bank heeft een storing; nu wordt het dinsdag.", "promise_to_pay", date="2026-12-01", fam=["moved-date", "weekday", "nl-BE"]),
    R(L, at(27, "10:05", CET), "De raad van bestuur keurt de betalingen goed op 7 december, storting de dag erna.", "promise_to_pay", date="2026-12-08", sender=0, fam=["meeting-before-payment", "nl-BE"]),
    R(L, at(27, "14:35", CET), "Wordt betaald in week 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse", "nl-BE"]),
    R(W, at(23, "09:20", CET), "Hoi, betalen we volgende week dinsdag. Groet, Marloes", "promise_to_pay", date="2026-12-01", fam=["next-week-weekday", "nl-NL"]),
    R(W, at(23, "13:45", CET), "13522 gaat vandaag, 13521 eind deze maand.", "promise_to_pay", date="2026-11-23", inv=["13522", "13521"], fam=["two-dates", "today", "nl-NL"]),
    R(W, at(24, "11:30", CET), "We maken het over twee weken over, het is rustig in de winter.", "promise_to_pay", date="2026-12-08", fam=["in-weeks", "nl-NL"]),
    R(W, at(24, "21:15", CET), "Vrijdag de 27e staat het op jullie rekening.", "promise_to_pay", date="2026-11-27", fam=["weekday-ordinal", "nl-NL"]),
    R(W, at(25, "10:50", CET), "We betalen 1000 euro donderdag en de rest na de botenbeurs in januari.", "promise_to_pay", date="2026-11-26", amount="1000.00", fam=["partial", "weekday", "nl-NL"]),
    R(W, at(26, "08:30", CET), "De betaling staat ingepland voor 4-12.", "promise_to_pay", date="2026-12-04", sender=0, fam=["numeric-day-first", "nl-NL"]),
    R(W, at(26, "16:15", CET), "Betaling binnen 3 werkdagen.", "promise_to_pay", date="2026-12-01", sender=0, fam=["working-days", "terse", "nl-NL"], note="Fri 27, Mon 30, Tue 1"),
    R(W, at(27, "12:00", CET), "Pas na de 15e, dan komt de subsidie binnen. Zeg maar de 16e.", "promise_to_pay", date="2026-12-16", fam=["ordinal-alone", "condition-date", "nl-NL"]),
    # already_paid
    R(L, at(25, "08:40", CET), "De factuur is gisteren betaald met gestructureerde mededeling +++135/1351/10044+++.", "already_paid", ref="+++135/1351/10044+++", fam=["structured-communication", "nl-BE"], note="matches BK13-051"),
    R(W, at(24, "09:10", CET), "13522 is maandag overgemaakt.", "already_paid", inv=["13522"], fam=["past-tense", "terse", "nl-NL"], note="matches BK13-052"),
    R(W, at(25, "14:00", CET), "13521 hebben we op 19 november betaald, min de 15 euro voor de verkeerd gestikte naad zoals afgesproken.", "already_paid", inv=["13521"], human=["amount differs"], fam=["deduction", "nl-NL"], note="BK13-053 is 2,700.00"),
    R(L, at(27, "16:40", CET), "Dat is al lang betaald, kijk maar eens beter.", "already_paid", sender=0, fam=["angry", "nl-BE"], note="no date written: BK13-051 (24 Nov, the whole 3,460.00) is within 14 days of the message and matches"),
    # dispute
    R(L, at(24, "13:20", CET), "Er staan 20 rouwkaarten-pakketten op de factuur, wij kregen er 12. Graag een creditnota.", "dispute", fam=["short-delivery", "nl-BE"]),
    R(W, at(25, "17:30", CET), "Het zeildoek voor de Pampus was de verkeerde kleur, dat hebben we teruggestuurd. Die post op 13521 klopt dus niet.", "dispute", inv=["13521"], fam=["returned-goods", "nl-NL"]),
    R(W, at(27, "09:15", CET), "Er staat 21% btw op, maar we hebben jullie in oktober onze vrijstellingsbeschikking gestuurd (erkende zeilopleiding). Graag de factuur opnieuw, zonder btw.", "dispute", fam=["tax-exempt-reissue", "nl-NL"]),
    # resend
    R(L, at(26, "09:00", CET), "Kan u de factuur nog eens doorsturen? We vinden ze niet terug.", "invoice_resend", fam=["copy-request", "nl-BE"]),
    R(W, at(26, "13:30", CET), "Mag ik een rekeningoverzicht?", "invoice_resend", fam=["statement", "terse", "nl-NL"]),
    # po_change
    R(L, at(23, "11:30", CET), "Vanaf 1 januari enkel nog facturen via Peppol aub, ons ondernemingsnummer is BE0456.778.123.", "po_change", sender=0, fam=["peppol", "tax-id", "nl-BE"]),
    R(W, at(24, "15:40", CET), "Kunnen jullie 13521 opnieuw maken op naam van Wind & Want Zeilen BV? We zijn verhuisd naar de Oostelijke Handelskade 12.", "po_change", inv=["13521"], fam=["entity-change", "address", "nl-NL"]),
    # plan
    R(L, at(26, "14:20", CET), "Zou het mogelijk zijn om in vier maandelijkse schijven te betalen, eerste schijf op 15 december?", "payment_plan_request", date="2026-12-15", fam=["plan", "nl-BE"]),
    R(W, at(27, "17:05", CET), "Kunnen we 13521 in drie termijnen betalen? De winter is krap.", "payment_plan_request", inv=["13521"], fam=["plan", "nl-NL"]),
    # ooo
    R(L, at(24, "09:06", CET), "Ik ben afwezig tot en met 1 december. Voor dringende zaken: boekhouding@uitvaart-delinde.example.", "out_of_office", subject="Automatisch antwoord: Herinnering: vervallen facturen – Uitvaartcentrum De Linde bv", headers=AUTO, quote="none", fam=["auto-reply", "nl-BE"]),
    R(W, at(25, "09:06", CET), "Ik ben op zeiltocht in de Caraïben en terug op 20 januari. Mail wordt niet gelezen.", "out_of_office", subject="Afwezig: Herinnering: vervallen facturen – Zeilmakerij Wind & Want BV", headers=AUTO, quote="none", human=["away more than 14 days"], fam=["auto-reply", "long-absence", "nl-NL"]),
    # bounce
    R(L, at(25, "09:07", CET), "Dit is een automatisch gegenereerd bericht.\n\nUw bericht kon niet worden afgeleverd bij:\n\nboekhouding@uitvaart-delinde.example\n\n550 5.1.1 Onbekende gebruiker", "bounce", sender="MAILER-DAEMON@uitvaart-delinde.example", subject="Onbestelbaar bericht", dsn=("boekhouding@uitvaart-delinde.example", "5.1.1"), quote="none", gap_days=0, lang="nl", fam=["dsn-nl", "nl-BE"]),
    R(W, at(27, "09:08", CET), "Bezorging is mislukt voor deze ontvangers of groepen:\n\nadministratie@windenwant.example\nHet postvak van de ontvanger is vol en kan op dit moment geen berichten accepteren.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@windenwant.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Zeilmakerij Wind & Want BV", dsn=("administratie@windenwant.example", "5.2.2"), quote="none", gap_days=0, lang="nl", fam=["dsn-exchange-nl", "mailbox-full", "nl-NL"]),
    # wrong_contact
    R(L, at(25, "11:55", CET), "Ik ben de uitvaartbegeleider, ik heb niets met facturen te maken. Stuur dit naar de boekhouding.", "wrong_contact", sender="s.wouters@uitvaart-delinde.example", fam=["not-my-department", "unknown-sender", "nl-BE"]),
    R(W, at(26, "10:45", CET), "Marloes heeft de zaak verkocht, ik ben de nieuwe eigenaar. Voor oude facturen moet u bij haar zijn: marloes.vd@ziggo.example.", "wrong_contact", sender=0, fam=["sold-business", "nl-NL"]),
    # other
    R(L, at(26, "15:45", CET), "Bedankt, goed ontvangen en doorgegeven.", "other", fam=["no-action", "nl-BE"]),
    R(W, at(25, "16:20", CET), "Is deze mail echt van jullie? We kregen gisteren ook een herinnering met een ander rekeningnummer.", "other", human=["fraud check"], fam=["fraud-check", "nl-NL"]),
    R(L, at(27, "11:20", CET), "Bedankt voor de herinnering. Kunnen we ook betalen via Payconiq of met een domiciliëring?", "other", human=["payment method question"], fam=["thanks-with-ask", "payment-method", "nl-BE"]),
]
