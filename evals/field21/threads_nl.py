"""Dutch replies for field21 (NL, Flanders): dated promises in every form, and the other intents."""

from evals.field21.build import Payment
from evals.field21.build import Reply as R
from evals.field21.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK21-401", "W2151", "2026-11-23", "2505.00", "EUR", "SCHAATSMAKERIJ DE FRIESE IJZERS"),
    Payment("BK21-402", "W2152", "2026-11-24", "880.00", "EUR", "AMSTELBOOT BV 21522"),
]

DSN = ("Dit is een automatisch bericht van de mailserver.\n\nUw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
       "{a}\nReden: 550 5.1.1 Mailbox bestaat niet")

REPLIES = [
    R("W2151", at(24, "09:50", CET), "Hoi, betalen do beide facturen. Groet Sjoukje", "promise_to_pay", date="2026-11-26", sender=1, fam=["abbrev-weekday", "terse"]),
    R("W2152", at(25, "11:20", CET), "Goedemiddag, de betaling staat gepland op maandag de 7e. Met vriendelijke groet, Ruud Bakker", "promise_to_pay", date="2026-12-07", sender=1, fam=["weekday-ordinal"]),
    R("W2153", at(26, "10:05", CET), "Goeiedag, wij betalen op de 4e. Koen", "promise_to_pay", date="2026-12-04", sender=1, fam=["ordinal-alone", "terse"]),
    R("W2151", at(23, "14:15", CET), "Hallo, betaling op 4-12. Groet", "promise_to_pay", date="2026-12-04", sender=1, fam=["nl-numeric", "terse"]),
    R("W2152", at(24, "15:35", CET), "Beste, de betaling volgt op 9 dec. Crediteurenadministratie", "promise_to_pay", date="2026-12-09", fam=["abbrev-month"]),
    R("W2153", at(24, "12:40", CET), "Beste, wij betalen binnen 10 dagen. Koen Van Damme", "promise_to_pay", date="2026-12-04", sender=1, fam=["within-days"]),
    R("W2151", at(26, "16:10", CET), "Hoi, we betalen in week 50. Sjoukje", "promise_to_pay", date="2026-12-11", sender=1, fam=["calendar-week"]),
    R("W2152", at(23, "10:45", CET), "Goedemorgen, over twee weken wordt het overgemaakt. Ruud", "promise_to_pay", date="2026-12-07", sender=1, fam=["in-two-weeks"]),
    R("W2151", at(25, "13:30", CET), "Hallo, na Sinterklaas betalen we, nu is het even druk met de schaatsen. Sjoukje", "promise_to_pay", date="2026-12-07", sender=1, fam=["holiday"]),
    R("W2153", at(27, "09:30", CET), "Goeiedag, betaling eind van de maand. Koen", "promise_to_pay", date="2026-11-30", sender=1, fam=["month-end", "terse"]),
    R("W2152", at(26, "12:20", CET), "Beste, u zit in onze betaalrun van donderdag. Groet, Crediteuren", "promise_to_pay", date="2026-12-03", fam=["payment-run"]),
    R("W2152", at(27, "10:55", CET), "Beste, wij betalen volgende week vrijdag. Ruud Bakker", "promise_to_pay", date="2026-12-04", sender=1, fam=["next-weekday"]),
    R("W2151", at(27, "15:40", CET), "Hoi, het was de 3e, wordt nu de 10e. Sorry! Sjoukje", "promise_to_pay", date="2026-12-10", sender=1, fam=["moved-date"]),
    R("W2153", at(23, "16:30", CET), "Niet vrijdag maar maandag, de bank heeft een storing. Koen", "promise_to_pay", date="2026-11-30", sender=1, fam=["not-x-but-y"]),
    R("W2152", at(25, "14:45", CET), "Als de creditnota voor de annulering van 14 november maandag binnen is, betalen we woensdag. Ruud", "promise_to_pay", date="2026-12-02", sender=1, human=["conditional"], fam=["condition-date"]),
    R("W2153", at(25, "10:30", CET), "Beste, de vennoten vergaderen op 1 december, de betaling volgt op 3 december. Koen Van Damme", "promise_to_pay", date="2026-12-03", sender=1, fam=["meeting-before-payment"]),
    R("W2151", at(24, "23:20", CET), "Laat nog even: morgen vóór 12 uur staat het geld erop. Sjoukje", "promise_to_pay", date="2026-11-25", sender=1, fam=["late-evening", "time-of-day"]),
    R("W2152", at(26, "15:15", CET), "Beste, wij betalen nu de helft van 21521 (vrijdag) en de rest in januari. Ruud", "promise_to_pay", date="2026-11-27", inv=["21521"], sender=1, human=["partial"], fam=["partial-in-words"]),
    R("W2153", at(26, "17:20", CET), "Wij betalen € 2.000 op maandag en het saldo als onze klant in Antwerpen betaalt. Koen", "promise_to_pay", date="2026-11-30", amount="2000.00", sender=1, human=["conditional"], fam=["partial-amount", "condition"]),
    R("W2151", at(26, "09:15", CET), "Hoi, betaling half januari, eerder lukt echt niet. Sjoukje", "promise_to_pay", date="2027-01-15", sender=1, fam=["mid-month", "over-30-days"]),
    R("W2152", at(24, "11:05", CET), "Beste, wij betalen zo snel mogelijk. Ruud", "promise_to_pay", sender=1, human=["undated"], fam=["undated"]),
    R("W2153", at(24, "16:50", CET), "De diamanten zijn op 17 november geleverd; wij betalen binnenkort. Koen", "promise_to_pay", sender=1, human=["undated"], fam=["distractor-only", "delivery-date"]),
    R("W2151", at(23, "12:30", CET), "Hoi, we betalen zodra de boekhouder terug is van vakantie, op 2 december. Sjoukje", "promise_to_pay", sender=1, human=["conditional"], fam=["distractor-only", "return-date"]),
    # other intents
    R("W2151", at(25, "16:35", CET), "Hoi, mogen we 21511 in drie termijnen betalen? Eerste termijn op 1 december. Sjoukje", "payment_plan_request", date="2026-12-01", inv=["21511"], sender=1, fam=["plan"]),
    R("W2153", at(27, "11:10", CET), "Beste, kunnen wij het saldo spreiden over vier maanden, € 1.405 per maand vanaf 15 december? Koen", "payment_plan_request", date="2026-12-15", amount="1405.00", sender=1, fam=["plan"]),
    R("W2151", at(24, "10:20", CET), "Hoi, beide facturen zijn gisteren betaald. Groet Sjoukje", "already_paid", sender=1, fam=["paid"], note="matches BK21-401 (2,505.00, the 23rd)"),
    R("W2152", at(25, "09:25", CET), "Beste, 21522 is gisteren voldaan. De grote volgt donderdag. Ruud", "already_paid", inv=["21522", "21521"], sec=["promise_to_pay"], date="2026-11-26", sender=1, fam=["paid-bare-number", "paid-and-promise"]),
    R("W2152", at(23, "15:55", CET), "Beste, op 21521 staan 12 rondvaarten, wij hebben er 10 afgenomen. Graag een creditnota. Ruud", "dispute", inv=["21521"], sender=1, fam=["quantity"]),
    R("W2153", at(26, "11:55", CET), "De factuur vermeldt 21% btw maar het betreft een intracommunautaire levering. Graag corrigeren; wij betalen binnen 5 werkdagen na ontvangst van de juiste factuur. Koen", "dispute", sec=["promise_to_pay"], sender=1, human=["conditional"], fam=["vat", "dispute-with-promise", "undated"]),
    R("W2151", at(27, "12:45", CET), "Kunt u 21512 nog eens sturen? Bedankt", "invoice_resend", inv=["21512"], sender=1, fam=["resend"]),
    R("W2153", at(23, "09:35", CET), "Goeiedag, graag een rekeninguittreksel. Dank u", "invoice_resend", sender=1, fam=["statement", "terse"]),
    R("W2152", at(26, "10:40", CET), "Beste, wilt u 21522 opnieuw sturen met ons inkoopnummer AMB-4519? Het oude nummer is vervallen.", "po_change", inv=["21522"], sec=["invoice_resend"], fam=["copy-with-change", "po"]),
    R("W2151", at(25, "12:05", CET), "Hoi, ons adres is veranderd naar Harddraversdyk 8, Sneek. Graag de facturen opnieuw met het nieuwe adres. Sjoukje", "po_change", sec=["invoice_resend"], sender=1, fam=["copy-with-change", "address"]),
    R("W2152", at(24, "07:40", CET), "Ik ben tot en met 1 december afwezig en lees mijn mail niet. Voor dringende zaken: crediteuren@amstelboot.example.", "out_of_office", sender=1, headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Grachtenvaart Amstelboot BV", quote="none", fam=["ooo-short"]),
    R("W2153", at(26, "07:55", CET), "Ik ben afwezig tot 5 januari. Uw mail wordt niet doorgestuurd.", "out_of_office", sender=1, headers=AUTO, subject="Afwezig: Herinnering: vervallen facturen – Diamantslijperij Van Damme bv", quote="none", human=["absence more than 14 days"], fam=["ooo-long"]),
    R("W2151", at(23, "09:06", CET), DSN.format(a="administratie@friese-ijzers.example"), "bounce", sender="MAILER-DAEMON@mail.friese-ijzers.example", subject="Onbestelbaar: Herinnering: vervallen facturen", dsn=("administratie@friese-ijzers.example", "5.1.1"), gap_days=0, fam=["dsn-nl"]),
    R("W2153", at(25, "09:07", CET), DSN.format(a="boekhouding@vandamme-diamant.example"), "bounce", sender="MAILER-DAEMON@mail.vandamme-diamant.example", subject="Onbestelbaar: Herinnering: vervallen facturen", dsn=("boekhouding@vandamme-diamant.example", "5.1.1"), gap_days=0, fam=["dsn-nl"]),
    R("W2152", at(27, "14:25", CET), "Ik werk op de boten, niet op kantoor. Stuur het naar crediteuren@.", "wrong_contact", sender=1, fam=["not-right-person"]),
    R("W2153", at(24, "14:00", CET), "Koen is met pensioen, zijn dochter Lien neemt de zaak over: lien@vandamme-diamant.example.", "wrong_contact", sender=1, fam=["left-role"]),
    R("W2151", at(26, "13:20", CET), "Bedankt, doorgestuurd naar onze boekhouder.", "other", sender=1, fam=["no-action", "terse"]),
    R("W2152", at(23, "13:10", CET), "Beste, voor onze leveranciersregistratie hebben wij een uittreksel KvK en een G-rekeningverklaring nodig. Crediteuren", "other", human=["paperwork"], fam=["paperwork"]),
    R("W2153", at(27, "13:35", CET), "Geachte,\n\nWij delen u mee dat de ondernemingsrechtbank Antwerpen op 24 november 2026 de gerechtelijke reorganisatie van Diamantslijperij Van Damme bv heeft geopend. Gedurende de opschorting kunnen geen uitvoeringsmaatregelen worden genomen.\n\nMet de meeste hoogachting\nMr. Els Peeters, gerechtsmandataris", "other", sender="e.peeters@advocaten-peeters.example", human=["insolvency"], fam=["insolvency", "formal"]),
]
