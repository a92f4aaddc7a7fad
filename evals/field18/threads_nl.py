"""Dutch replies (field18): a bicycle repairer in Utrecht, a Flemish sailmaker and a cheese farm (strategic)."""

from evals.field.build import Payment, Reply
from evals.field18.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK18-050", "U1851", "2026-11-20", "1840.00", "EUR", "FIETSENMAKERIJ DE SPAAK DS18511"),
    P("BK18-051", "U1852", "2026-11-26", "5620.00", "EUR", "+++418/5210/88431+++ ZEILMAKERIJ VAN DAMME"),
]

REPLIES = [
    # --- Fietsenmakerij De Spaak (NL)
    R("U1851", at(23, "08:55", CET), "Betaling volgt do.\nGr Joost", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse"]),
    R("U1851", at(24, "12:20", CET), "We betalen maandag de 7e.", "promise_to_pay", date="2026-12-07", fam=["weekday-ordinal"]),
    R("U1851", at(25, "10:30", CET), "Betaling op de 4e.", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone", "terse"], sender=0),
    R("U1851", at(26, "13:40", CET), "De overboeking staat gepland op 4-12.", "promise_to_pay", date="2026-12-04", fam=["nl-numeric"]),
    R("U1851", at(27, "14:05", CET), "We betalen 9 dec.", "promise_to_pay", date="2026-12-09", fam=["abbrev-month"]),
    R("U1851", at(23, "16:35", CET), "Betaling binnen 10 dagen.", "promise_to_pay", date="2026-12-03", fam=["within-days", "terse"]),
    R("U1851", at(24, "15:15", CET), "We betalen na Sinterklaas, eerder lukt het niet met de drukte in de winkel.", "promise_to_pay", date="2026-12-07", fam=["holiday", "na-sinterklaas"], note="5 December is a Saturday; the first working day after it is Monday the 7th"),
    R("U1851", at(25, "17:25", CET), "Het zou de 3e worden, maar het wordt de 10e.", "promise_to_pay", date="2026-12-10", fam=["moved-date", "ordinal-alone"]),
    R("U1851", at(26, "10:50", CET), "Als de creditnota voor de kapotte velgen er morgen is, betalen we maandag.", "promise_to_pay", date="2026-11-30", human=["conditional"], fam=["condition-date", "weekday"]),
    R("U1851", at(27, "23:20", CET), "Sorry voor het late uur – morgenochtend gaat het eruit.", "promise_to_pay", date="2026-11-28", fam=["late-evening", "tomorrow"]),
    R("U1851", at(23, "11:45", CET), "Onze boekhouder komt op 1 december langs; daarna betalen we op de 3e.", "promise_to_pay", date="2026-12-03", fam=["meeting-before-payment", "ordinal-alone"]),
    R("U1851", at(24, "09:40", CET), "Betaling in week 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse"], sender=0),
    R("U1851", at(25, "14:35", CET), "Wordt voor de kerst betaald.", "promise_to_pay", date="2026-12-24", fam=["holiday", "before-christmas"]),
    R("U1851", at(26, "16:10", CET), "Gaat mee in onze betaalrun van donderdag.", "promise_to_pay", date="2026-12-03", fam=["payment-run", "weekday"]),
    R("U1851", at(27, "11:25", CET), "We betalen zodra de verzekering de inbraakschade heeft uitgekeerd.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("U1851", at(23, "14:15", CET), "De factuur van 15 oktober is pas vorige week binnengekomen. We betalen zo snel mogelijk.", "promise_to_pay", human=["undated"], fam=["distractor-only", "invoice-date-distractor", "asap"], sender=0),
    # --- Zeilmakerij Van Damme (BE)
    R("U1852", at(23, "10:10", CET), "Goeiendag, we betalen dinsdag over een week.", "promise_to_pay", date="2026-12-01", fam=["tuesday-week", "flemish"]),
    R("U1852", at(24, "13:05", CET), "Betaling volgende week woensdag.", "promise_to_pay", date="2026-12-02", fam=["next-week-weekday"]),
    R("U1852", at(25, "11:40", CET), "We storten €2.000 op 1 december en de rest half januari.", "promise_to_pay", date="2026-12-01", amount="2000.00", fam=["partial-amount", "two-dates", "spelled-month"]),
    R("U1852", at(26, "09:30", CET), "Betaling eind volgende week.", "promise_to_pay", date="2026-12-04", fam=["end-of-next-week", "terse"], sender=0),
    R("U1852", at(27, "15:35", CET), "Het nieuwe zeildoek wordt op 3 december geleverd; wij betalen op 7 december.", "promise_to_pay", date="2026-12-07", fam=["delivery-date", "spelled-month"]),
    R("U1852", at(23, "15:50", CET), "Betaling binnen de 10 werkdagen.", "promise_to_pay", date="2026-12-07", fam=["working-days", "flemish"]),
    R("U1852", at(24, "10:45", CET), "Lieve is met verlof tot 1 december; ze betaalt de dag nadien.", "promise_to_pay", date="2026-12-02", fam=["return-date-in-promise", "flemish"], sender=0),
    R("U1852", at(25, "16:20", CET), "We betalen van zodra de subsidie van VLAIO binnen is.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "flemish"]),
    R("U1852", at(26, "17:05", CET), "We gaan betalen, maar nu even niet. Ik laat het u weten.", "promise_to_pay", human=["undated"], fam=["undated"]),
    # --- Kaasboerderij Hoeve Lindenhof (NL, strategic)
    R("U1853", at(23, "09:15", CET), "Betaling gaat mee in de betaalrun van de laatste werkdag van januari.", "promise_to_pay", date="2027-01-29", fam=["last-working-day", "month-end-weekend", "far-date"], note="31 January 2027 is a Sunday"),
    R("U1853", at(24, "14:30", CET), "De directie keurt op 30 november goed, betaling volgt op 2 december.", "promise_to_pay", date="2026-12-02", fam=["approval-before-payment", "spelled-month"]),
    R("U1853", at(25, "12:55", CET), "Niet vrijdag maar maandag, vóór 12 uur.", "promise_to_pay", date="2026-11-30", fam=["moved-date", "not-x-but-y", "time-of-day"]),
    R("U1853", at(26, "11:15", CET), "We betalen half december.", "promise_to_pay", date="2026-12-15", fam=["mid-month"], sender=0),
    R("U1853", at(27, "10:35", CET), "Betaling volgt zodra de bank ons krediet heeft verlengd.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    # --- already paid
    R("U1851", at(24, "11:05", CET), "Betaald op 20-11, kenmerk DS-18511.", "already_paid", ref="DS-18511", inv=["18511"], fam=["nl-numeric", "ref-punctuation"]),
    R("U1852", at(27, "09:20", CET), "Gisteren betaald met gestructureerde mededeling +++418/5210/88431+++.", "already_paid", ref="+++418/5210/88431+++", fam=["structured-communication", "flemish"]),
    # --- disputes
    R("U1851", at(26, "15:25", CET), "Op 18512 staan 10 binnenbanden, we hebben er maar 5 gekregen.", "dispute", inv=["18512"], fam=["quantity"]),
    R("U1853", at(25, "10:15", CET), "De prijs per kilo op de factuur klopt niet met ons contract.", "dispute", fam=["price"]),
    # --- copies, billing changes
    R("U1851", at(27, "16:45", CET), "Kunt u de factuur nog een keer sturen? Ik kan hem niet vinden.", "invoice_resend", fam=["copy"]),
    R("U1852", at(25, "09:10", CET), "Graag een rekeninguittreksel van alle openstaande posten.", "invoice_resend", fam=["statement", "flemish"]),
    R("U1853", at(23, "13:20", CET), "Graag ons inkoopordernummer HL-3310-B vermelden en opnieuw factureren.", "po_change", fam=["add-po"]),
    R("U1851", at(25, "15:55", CET), "Vanaf nu facturen graag naar facturen@despaak.example sturen.", "po_change", fam=["invoice-mailbox"]),
    # --- plans
    R("U1851", at(26, "12:15", CET), "Zouden we in drie delen mogen betalen? Het eerste deel op 15 december.", "payment_plan_request", date="2026-12-15", fam=["plan-three", "spelled-month"]),
    R("U1852", at(24, "16:40", CET), "Mogen we het spreiden over vier maanden, eerste storting begin december?", "payment_plan_request", date="2026-12-01", fam=["plan-four", "early-month", "flemish"]),
    # --- absences, DSNs
    R("U1851", at(24, "09:06", CET), "Ik ben tot en met 30 november afwezig. Voor dringende zaken: bel de winkel.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Fietsenmakerij De Spaak BV", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("U1853", at(25, "09:06", CET), "Ik ben afwezig tot 6 januari. Uw bericht wordt niet doorgestuurd.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Kaasboerderij Hoeve Lindenhof", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("U1852", at(26, "09:07", CET), "Dit is een automatisch gegenereerd bericht.\n\nUw bericht kon niet worden afgeleverd aan:\n\nboekhouding@zeilmakerij-vandamme.example\n550 5.1.1 Gebruiker onbekend", "bounce", sender="MAILER-DAEMON@mx.zeilmakerij-vandamme.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Zeilmakerij Van Damme bv", dsn=("boekhouding@zeilmakerij-vandamme.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-nl"]),
    R("U1851", at(23, "09:07", CET), "Bezorging is mislukt voor deze geadresseerden of groepen:\n\nj.bakker@despaak.example\nHet postvak van de geadresseerde is vol.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@despaak.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Fietsenmakerij De Spaak BV", dsn=("j.bakker@despaak.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-nl", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("U1852", at(27, "12:40", CET), "Lieve is niet meer in de zaak. Schrijf voortaan naar Pieter Van Damme, pieter@zeilmakerij-vandamme.example.", "wrong_contact", fam=["left-company", "flemish"]),
    R("U1853", at(24, "11:55", CET), "Dit is het adres van de kaasmakerij. Voor betalingen moet u bij Marieke zijn, m.devries@hoevelindenhof.example.", "wrong_contact", fam=["wrong-department"], sender=0),
    R("U1851", at(25, "13:10", CET), "Dank, is doorgezet naar Joost.", "other", fam=["no-action", "forwarded-internally"], sender=0),
    R("U1853", at(26, "14:45", CET), "Is deze herinnering echt? Het rekeningnummer wijkt af van wat wij in ons systeem hebben.", "other", human=["fraud check"], fam=["fraud-check"]),
]
