"""Dutch replies (field12): brouwerij, dierenkliniek, glasrecycling, klimhal — NL and BE."""

from evals.field.build import Payment, Reply
from evals.field12.kit import CET, at

R = Reply
AUTO = {"Auto-Submitted": "auto-replied"}
PAYMENTS = [
    Payment("BK12-401", "S1251", "2026-11-25", "3560.00", "EUR", "STILLE MOLEN BV 12511"),
    Payment("BK12-402", "S1252", "2026-11-23", "2240.00", "EUR", "+++120/5210/22401+++"),
    Payment("BK12-403", "S1254", "2026-11-26", "1730.00", "EUR", "KLIMHAL DE OVERHANG"),
]
REPLIES = [
    R("S1251", at(26, "09:35", CET), "Hoi, betalen we vrij. Groet, Wouter", "promise_to_pay", date="2026-11-27", sender=1, fam=["abbrev-weekday", "terse"]),
    R("S1251", at(26, "15:50", CET), "De 12511 gaat op dinsdag de 8e de deur uit.", "promise_to_pay", date="2026-12-08", inv=["12511"], fam=["weekday-ordinal"]),
    R("S1252", at(26, "10:55", CET), "Goedemiddag, wij zullen op 3/12 overmaken.", "promise_to_pay", date="2026-12-03", fam=["nl-numeric", "future-tense"]),
    R("S1252", at(26, "14:15", CET), "We betalen volgende week vrijdag.", "promise_to_pay", date="2026-12-04", sender=1, fam=["next-weekday"]),
    R("S1253", at(26, "11:10", CET), "Geachte heer/mevrouw,\nDe betaling staat ingepland voor week 50.\nMet vriendelijke groet,\nCrediteurenadministratie", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "formal"]),
    R("S1253", at(26, "16:35", CET), "Betaling volgt binnen 5 werkdagen.", "promise_to_pay", date="2026-12-03", sender=1, fam=["working-days"]),
    R("S1254", at(26, "09:15", CET), "We maken het over de week na volgende week.", "promise_to_pay", date="2026-12-11", sender=1, fam=["week-after-next"]),
    R("S1254", at(26, "17:30", CET), "Eind van de maand is het betaald.", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("S1251", at(27, "10:40", CET), "Het stond voor de 30e gepland, maar het wordt de 4e.", "promise_to_pay", date="2026-12-04", sender=1, fam=["moved-date", "ordinal-alone"]),
    R("S1252", at(27, "13:20", CET), "We betalen € 1.000 maandag en de rest half december.", "promise_to_pay", date="2026-11-30", amount="1000.00", fam=["partial", "bare-weekday", "belgian"]),
    R("S1253", at(27, "11:55", CET), "Het MT vergadert op woensdag 2 december, betaling volgt op donderdag 3 december.", "promise_to_pay", date="2026-12-03", sender=1, fam=["meeting-before-payment"]),
    R("S1254", at(27, "15:25", CET), "Zodra de subsidie van de gemeente binnen is, betalen we.", "promise_to_pay", human=["conditional"], fam=["condition-undated"]),
    R("S1251", at(24, "12:45", CET), "Wordt morgen betaald.", "promise_to_pay", date="2026-11-25", fam=["tomorrow", "terse"]),
    R("S1252", at(24, "09:55", CET), "Betaling in de betaalrun op de laatste werkdag van de maand.", "promise_to_pay", date="2026-11-30", fam=["month-end-run"]),
    R("S1253", at(24, "14:40", CET), "Wij betalen over twee weken.", "promise_to_pay", date="2026-12-08", fam=["relative-span"]),
    R("S1254", at(24, "11:25", CET), "Begin volgende maand, dan hebben we de abonnementsinkomsten binnen.", "promise_to_pay", date="2026-12-01", sender=1, fam=["start-next-month", "reason-date"]),
    # payments
    R("S1251", at(26, "12:25", CET), "We hebben de 12511 gisteren overgemaakt.", "already_paid", inv=["12511"], fam=["past-tense"]),
    R("S1252", at(26, "13:40", CET), "Betaald op maandag met gestructureerde mededeling +++120/5210/22401+++.", "already_paid", ref="+++120/5210/22401+++", fam=["structured-communication", "belgian"]),
    R("S1254", at(26, "16:05", CET), "Is vanochtend overgemaakt.", "already_paid", sender=1, fam=["past-tense", "terse"]),
    R("S1253", at(26, "10:20", CET), "Wij hebben al betaald, met aftrek van de G-rekening storting van 25%.", "already_paid", human=["no matching payment"], fam=["g-rekening", "withholding"]),
    # people
    R("S1251", at(26, "15:05", CET), "Op 12512 staan 6 fusten die we nooit gekregen hebben. Graag een creditnota.", "dispute", inv=["12512"], sender=1, fam=["goods-not-received"]),
    R("S1253", at(26, "13:15", CET), "De tonprijs klopt niet met het contract. We betalen pas na correctie.", "dispute", sender=1, fam=["price-vs-contract", "glass"]),
    R("S1254", at(26, "10:45", CET), "Kunnen we in drie termijnen betalen, de eerste op 15 december?", "payment_plan_request", date="2026-12-15", sender=1, fam=["plan"]),
    R("S1252", at(26, "16:40", CET), "Is uitstel van betaling mogelijk tot februari?", "payment_plan_request", fam=["deferral", "belgian"]),
    R("S1253", at(26, "12:05", CET), "Graag de factuur opnieuw met ons inkoopordernummer GRT-INK-9012; 8841 is afgesloten.", "po_change", fam=["po-closed"]),
    R("S1251", at(26, "11:40", CET), "Facturen voortaan via Peppol, ons ID is 0106:12345678.", "po_change", fam=["e-invoicing", "peppol"]),
    R("S1254", at(26, "13:55", CET), "Ik heb deze factuur nooit ontvangen, kunt u hem nogmaals sturen?", "invoice_resend", sender=1, fam=["never-received"]),
    R("S1252", at(26, "11:15", CET), "Mag ik een rekeninguittreksel van onze klantrekening?", "invoice_resend", fam=["statement"]),
    R("S1253", at(26, "17:20", CET), "Ik werk hier sinds 1 november niet meer. Mail voortaan naar crediteuren@glasrecycling-twente.example.", "wrong_contact", sender=1, fam=["left"]),
    R("S1254", at(26, "12:30", CET), "Dit is de infobox voor klimmers, niet voor facturen. Stuur het naar Sanne.", "wrong_contact", fam=["front-desk"]),
    R("S1251", at(26, "17:50", CET), "Dank, doorgezet naar onze boekhouder.", "other", fam=["no-action", "acknowledgement"]),
    R("S1252", at(26, "15:30", CET), "Jullie hebben ons een nieuw rekeningnummer gestuurd. Klopt dat? We willen eerst bellen voordat we betalen.", "other", human=["fraud check"], fam=["fraud-check", "bank-details"]),
    R("S1253", at(26, "07:20", CET), "Bedankt voor uw bericht. Ik ben tot en met 3 december afwezig.", "out_of_office", sender=1, headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Glasrecycling Twente BV", fam=["ooo-short"]),
    R("S1251", at(26, "07:40", CET), "Ik ben met ouderschapsverlof tot 1 februari. Voor dringende zaken: administratie@stillemolen.example.", "out_of_office", sender=1, headers=AUTO, human=["absence more than 14 days"], fam=["ooo-long"]),
    R("S1254", at(26, "09:06", CET), "Dit bericht kon niet worden bezorgd bij:\n\ninfo@klimhal-overhang.example\n\n550 5.1.1 Onbekende ontvanger", "bounce", sender="postmaster@klimhal-overhang.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Klimhal De Overhang BV", dsn=("info@klimhal-overhang.example", "5.1.1"), fam=["dsn-nl"]),
    R("S1252", at(26, "09:07", CET), "Uw bericht is niet afgeleverd. De mailbox van e.peeters@dierenkliniek-schelde.example is vol.", "bounce", sender="mailer-daemon@dierenkliniek-schelde.example", subject="Niet afgeleverd", dsn=("e.peeters@dierenkliniek-schelde.example", "5.2.2"), fam=["dsn-nl", "mailbox-full"]),
]
