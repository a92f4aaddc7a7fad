"""field55 Dutch replies (NL/BE): Pinksteren, halfjaarafsluiting, 'overgemaakt vanochtend', werkdagen and weeks."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field55.kit import AUTO, CEST, at

P, PAID, DISPUTE, RESEND, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, BOUNCE, WRONG, OTHER = "out_of_office", "bounce", "wrong_contact", "other"

PAYMENTS: list[Payment] = [
    Payment("BK55-0051", "F5551", "2028-06-14", "8260.00", "EUR", "KLOMPENMAKERIJ DE GOUWZEE BV"),
    Payment("BK55-0052", "F5553", "2028-06-22", "3670.00", "EUR", "DUIVENHOKKEN KEMPENLAND 55054"),
    Payment("BK55-0053", "F5552", "2028-06-09", "5180.00", "EUR", "ZONNEVELD BOLLEN ZB-4471"),
]

REPLIES: list[Reply] = [
    Reply("F5551", at(1, "09:20", CEST), "Hoi, we betalen na Pinksteren, dinsdag.\n\nJelle", P, date="2028-06-06", fam=["holiday-context", "weekday"]),
    Reply("F5551", at(9, "14:00", CEST), "We maken het binnen 5 werkdagen over.", P, date="2028-06-16", fam=["working-days"]),
    Reply("F5552", at(6, "10:30", CEST), "Geachte heer/mevrouw,\n\nBetaling volgt bij de halfjaarafsluiting, uiterlijk 30-6.\n\nMet vriendelijke groet,\nCrediteurenadministratie", P,
          date="2028-06-30", fam=["half-year", "numeric-dm"]),
    Reply("F5553", at(12, "11:15", CEST), "Dag, we betalen vrijdag de helft, € 2.095, en de rest eind juli.", P,
          date="2028-06-16", amount="2095.00", fam=["partial", "half-share"]),
    Reply("F5551", at(20, "16:30", CEST), "Jullie vragen om betaling vóór de 23e. Dat lukt niet, de klompenbeurs loopt tot en met 30 juni. Wordt maandag 3 juli.", P,
          date="2028-07-03", fam=["date-rejected", "weekday-ordinal"]),
    Reply("F5552", at(19, "09:45", CEST), "Betaling volgende week, na de controle door onze accountant.", P,
          date="2028-06-30", human=["conditional"], fam=["condition-hidden", "week-next"]),
    Reply("F5553", at(7, "15:10", CEST), "Betaling over drie weken, sorry.", P, date="2028-06-28", fam=["relative-weeks"]),
    Reply("F5551", at(27, "21:05", CEST), "Wordt morgen overgemaakt.", P, date="2028-06-28", fam=["terse", "tomorrow", "tense-trap"],
          note="'overgemaakt' here is future ('wordt morgen'), not a claim of payment"),
    Reply("F5552", at(22, "13:20", CEST), "Eerste helft juli.", P, date="2028-07-15", fam=["terse", "first-half-of-month"]),
    Reply("F5553", at(26, "10:40", CEST), "Betaling gepland op 4/7.", P, date="2028-07-04", fam=["numeric-dm"]),
    Reply("F5551", at(5, "08:30", CEST), "Tweede Pinksterdag maar ik zit toch op de werkplaats. Betaling eind volgende week.", P,
          date="2028-06-16", fam=["whit-monday-written", "end-of-next-week"]),
    Reply("F5553", at(16, "17:00", CEST), "We betalen zodra de subsidie van de provincie eenmaal binnen is.", P,
          human=["conditional"], fam=["condition-hidden"]),
    Reply("F5552", at(13, "12:00", CEST), "Over 10 dagen.", P, date="2028-06-23", fam=["terse", "relative-days"]),
    Reply("F5551", at(23, "10:00", CEST), "Betaling in week 26.", P, date="2028-06-30", fam=["iso-week"]),
    Reply("F5553", at(29, "14:30", CEST), "Volgende week woensdag, beloofd.", P, date="2028-07-05", fam=["next-week-weekday"]),
    # already paid
    Reply("F5551", at(14, "11:50", CEST), "Overgemaakt vanochtend.", PAID, fam=["terse", "paid-today"], note="matches BK55-0051"),
    Reply("F5553", at(22, "16:00", CEST), "Is gisteren betaald, factuur 55054. De andere volgt.", PAID,
          inv=["INV-2027-55054"], fam=["paid-yesterday", "loose-number"], note="matches BK55-0052 (3,670.00, the named invoice)"),
    Reply("F5552", at(9, "15:30", CEST), "Gedaan.", PAID, fam=["terse", "paid-today"], note="matches BK55-0053; account is strategic"),
    Reply("F5551", at(29, "09:00", CEST), "Die kleine factuur is op 2 juni al betaald, kenmerk KGZ-0602. Kijk even na.", PAID,
          ref="KGZ-0602", inv=["INV-2027-55052"], human=["no matching payment in world.json"], fam=["paid-date"]),
    # disputes
    Reply("F5551", at(8, "10:00", CEST), "Op 55052 staan 40 paar klompen, we kregen er 28. Graag een creditnota.", DISPUTE,
          inv=["INV-2027-55052"], fam=["quantity", "loose-number"]),
    Reply("F5552", at(15, "11:30", CEST), "Geachte heer/mevrouw,\n\nDe prijs per krat op de factuur wijkt helaas af van de offerte van maart. Zou u de factuur willen corrigeren?\n\nMet vriendelijke groet", DISPUTE,
          fam=["polite", "price"]),
    Reply("F5553", at(20, "19:45", CEST), "Belachelijk. Transportkosten twee keer aangerekend en dan nog een herinnering sturen ook.", DISPUTE,
          fam=["impolite", "duplicate-fee"]),
    # resend
    Reply("F5551", at(2, "09:00", CEST), "Kunnen jullie beide facturen nog eens als UBL-bestand sturen? Onze boekhouder leest geen pdf meer in.", RESEND,
          fam=["format-request"]),
    Reply("F5552", at(28, "10:00", CEST), "Graag een saldo-overzicht per 30 juni voor onze halfjaarcijfers.", RESEND, inv=[], fam=["statement", "half-year"]),
    Reply("F5553", at(9, "13:00", CEST), "Die factuur van € 520 hebben we nooit ontvangen.", RESEND, inv=["INV-2027-55055"], fam=["never-received"]),
    # PO / billing
    Reply("F5552", at(1, "14:30", CEST), "Het inkoopordernummer op de factuur klopt niet: ZB-4471 moet ZB-4477 zijn. Graag opnieuw uitreiken.", PO,
          fam=["po-correct"]),
    Reply("F5553", at(13, "09:15", CEST), "Na de omvorming naar een bv is ons btw-nummer BE0712.345.678. Gelieve de openstaande facturen opnieuw op te maken.", PO,
          fam=["tax-id", "legal-entity"]),
    # plans
    Reply("F5551", at(12, "15:00", CEST), "Kunnen we in drie termijnen betalen, de eerste op 30 juni?", PLAN, date="2028-06-30", fam=["plan-dated"]),
    Reply("F5553", at(23, "11:00", CEST), "Mogen we de grote factuur in twee keer betalen? € 1.835 op 30 juni en de rest eind juli.", PLAN,
          date="2028-06-30", amount="1835.00", inv=["INV-2027-55054"], fam=["plan-dated"]),
    Reply("F5552", at(27, "16:00", CEST), "Is uitstel van betaling mogelijk tot na het bollenseizoen? Dan in drie delen.", PLAN, fam=["plan-undated", "seasonal-cash"]),
    # out of office
    Reply("F5551", at(5, "06:00", CEST), "Wegens Tweede Pinksterdag zijn wij gesloten. Dinsdag 6 juni zijn wij weer bereikbaar.", OOO,
          headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Klompenmakerij De Gouwzee bv", fam=["ooo-holiday"]),
    Reply("F5552", at(26, "07:30", CEST), "Ik ben met vakantie tot en met 28 juli.", OOO,
          headers=AUTO, sender=1, human=["return more than 14 days after the message"], fam=["ooo-long"]),
    Reply("F5553", at(21, "08:00", CEST), "Ik ben afwezig tot 26 juni. De betaling van factuur 55054 is gisteren uitgevoerd.", OOO,
          sec=[PAID], headers=AUTO, sender=1, fam=["ooo-with-answer"], note="secondary already_paid matches BK55-0052 (3,670.00 on 22 June, within 14 days of 20 June)"),
    # bounces
    Reply("F5551", at(3, "09:06", CEST), "Onbestelbaar: Herinnering\n\nHet bericht kon niet worden bezorgd bij j.schipper@klompen-gouwzee.example. Adres onbekend.", BOUNCE,
          sender="postmaster@klompen-gouwzee.example", dsn=("j.schipper@klompen-gouwzee.example", "5.1.1"), fam=["dsn-nl"]),
    Reply("F5553", at(28, "09:07", CEST), "Uw bericht kon niet worden afgeleverd: de mailbox van de ontvanger is vol.", BOUNCE,
          sender="mailer-daemon@duivenhokken-kempen.example", dsn=("boekhouding@duivenhokken-kempen.example", "5.2.2"), fam=["dsn-nl"]),
    # wrong contact
    Reply("F5551", at(16, "10:00", CEST), "Jelle is met pensioen, zijn zoon Sietse heeft het over. Schrijf voortaan naar sietse@klompen-gouwzee.example.", WRONG,
          sender=0, inv=[], fam=["retired", "new-contact"]),
    Reply("F5552", at(20, "12:00", CEST), "Ik ben van de kwekerij, niet van de administratie. Stuur het naar crediteuren@.", WRONG,
          sender="teelt@zonneveld-bollen.example", inv=[], fam=["not-me"]),
    # other
    Reply("F5553", at(1, "10:00", CEST), "Bedankt, doorgestuurd naar Koen.", OTHER, fam=["no-action", "ack"]),
    Reply("F5552", at(29, "13:00", CEST), "Kunnen wij ook via een betaallink betalen in plaats van een overboeking?", OTHER,
          human=["payment-method question"], fam=["payment-method"]),
]
