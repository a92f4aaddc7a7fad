"""field22 Dutch replies: a tulip grower on a plan (NL) and a Ghent bicycle repairer (BE)."""

from evals.field.build import Payment, Reply
from evals.field22.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK22-041", "S2252", "2026-11-23", "2295.00", "EUR", "+++220/5210/22522+++ VAN ACKER"),
    Payment("BK22-042", "S2251", "2026-11-16", "1080.00", "EUR", "ZANDHOEK TERMIJN 3"),
]

P, PAID, DIS, RES, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, WRONG, OTHER = "out_of_office", "wrong_contact", "other"

REPLIES = [
    Reply("S2252", at(23, "08:40", CET), "Hoi, betaal do. Lotte", P, date="2026-11-26", sender=1, fam=["abbrev-weekday", "terse-mobile"]),
    Reply("S2252", at(24, "11:15", CET), "Goedemiddag, beide facturen gaan mee in onze betaalrun van 4/12. Groeten, Boekhouding", P, date="2026-12-04", fam=["locale-numeric-dayfirst", "payment-run"]),
    Reply("S2252", at(25, "14:00", CET), "Betaling volgt in week 50.", P, date="2026-12-11", fam=["calendar-week"]),
    Reply("S2252", at(26, "23:20", CET), "Sorry voor het late uur, ik schrijf het morgenvroeg over.", P, date="2026-11-27", sender=1, fam=["late-evening", "tomorrow"]),
    Reply("S2252", at(27, "09:10", CET), "De betaling stond op de 3e maar de bank heeft ze verschoven naar 10 december.", P, date="2026-12-10", fam=["moved-date"]),
    Reply("S2252", at(23, "15:45", CET), "We betalen de week na volgende week.", P, date="2026-12-11", fam=["week-after-next"]),
    Reply("S2252", at(24, "19:30", CET), "Fijn, weer een herinnering. Ja, vrijdag staat het op uw rekening.", P, date="2026-11-27", sender=1, fam=["sarcasm", "bare-weekday"]),
    Reply("S2252", at(25, "08:30", CET), "Zodra de creditnota voor de verkeerde remblokken maandag binnen is, betalen we het saldo op woensdag daarna.", P, date="2026-12-02", human=["conditional"], fam=["condition-date"]),
    Reply("S2252", at(26, "13:40", CET), "Betaling op de laatste werkdag van de maand.", P, date="2026-11-30", fam=["last-working-day"]),
    Reply("S2252", at(27, "15:00", CET), "We storten dinsdag € 1.000,00 en de rest in januari.", P, date="2026-12-01", amount="1000.00", fam=["european-amount", "partial"]),
    Reply("S2252", at(23, "12:20", CET), "We betalen zo snel mogelijk, het is druk met de winterbeurten.", P, human=["undated"], fam=["undated"]),
    Reply("S2252", at(26, "10:05", CET), "Factuurdatum was 15/09, we kregen ze pas later. Betaling op 02/12.", P, date="2026-12-02", fam=["invoice-date-distractor", "locale-numeric-dayfirst"]),
    Reply("S2252", at(24, "09:50", CET), "Dag, we betalen na Sinterklaas, op maandag 7 december.", P, date="2026-12-07", fam=["holiday", "weekday-date"]),
    Reply("S2252", at(25, "17:30", CET), "Na ons overleg met de accountant op 1 december betalen we vrijdag die week.", P, date="2026-12-04", fam=["meeting-before-payment"]),
    Reply("S2252", at(27, "11:40", CET), "Binnen 10 dagen betaald.", P, date="2026-12-07", fam=["relative-span", "terse-mobile"]),
    Reply("S2251", at(23, "10:30", CET), "Goedemorgen, de termijn van december (€ 1.080,00) betalen we op 15-12.\nMet vriendelijke groet,\nHenk Bakker", P, date="2026-12-15", amount="1080.00", sender=1, fam=["instalment-existing-plan", "european-amount", "locale-numeric-dayfirst"]),
    Reply("S2251", at(25, "16:10", CET), "De volgende termijn komt eind volgende week.", P, date="2026-12-04", human=["partial"], fam=["instalment-existing-plan", "relative-span"]),
    Reply("S2251", at(27, "20:50", CET), "Als de bollen verkocht zijn betalen we het restant, dat is begin januari.", P, date="2027-01-01", human=["conditional"], fam=["condition-date", "over-30-days"]),
    # paid
    Reply("S2252", at(24, "10:00", CET), "Beide facturen zijn op 23/11 betaald met gestructureerde mededeling +++220/5210/22522+++.", PAID, ref="+++220/5210/22522+++", fam=["structured-communication"], note="matches BK22-041"),
    Reply("S2251", at(24, "14:30", CET), "Termijn 3 is op 16 november betaald.", PAID, ref=None, human=["instalment payment: amount differs from the open balance"], fam=["instalment-existing-plan"]),
    Reply("S2252", at(26, "16:20", CET), "Die 22521 is toch al lang betaald? Kijk maar na.", PAID, inv=["22521"], human=["no matching payment"], fam=["vague-paid"]),
    # dispute
    Reply("S2252", at(25, "12:40", CET), "Op 22522 staan 12 binnenbanden, we kregen er 8. Graag een creditnota.", DIS, inv=["22522"], fam=["short-delivered"]),
    Reply("S2251", at(26, "09:30", CET), "Factuur 22511 rekent 21% btw, maar dit is een intracommunautaire levering. Graag opnieuw opmaken zonder btw.", DIS, inv=["22511"], fam=["tax-exempt-reissue"]),
    Reply("S2252", at(23, "16:50", CET), "De aanmaningskosten van € 40 betwisten we, die staan niet in uw voorwaarden.", DIS, fam=["fees"]),
    # resend
    Reply("S2252", at(27, "13:30", CET), "Kunt u 22521 nog eens sturen? Ik vind hem niet terug.", RES, inv=["22521"], sender=1, fam=["never-received"]),
    Reply("S2251", at(23, "14:15", CET), "Graag een rekeningoverzicht met de al betaalde termijnen.", RES, fam=["statement", "instalment-existing-plan"]),
    # po
    Reply("S2252", at(24, "16:30", CET), "Vanaf nu facturen graag via Peppol naar ons ondernemingsnummer 0712.448.905.", PO, fam=["supplier-portal", "e-invoice"]),
    Reply("S2251", at(27, "10:20", CET), "Ons nieuwe factuuradres is Zandhoekweg 14, 2161 AB Lisse. Wilt u 22511 aanpassen?", PO, inv=["22511"], fam=["billing-address"]),
    # plan
    Reply("S2252", at(25, "19:10", CET), "Kunnen we 22521 in drie keer betalen, eerste keer op 15 december?", PLAN, date="2026-12-15", inv=["22521"], fam=["instalments"]),
    Reply("S2251", at(24, "11:45", CET), "Kunnen we de resterende termijnen met drie maanden uitstellen? De bollenprijs is ingestort.", PLAN, fam=["plan-revision"]),
    # ooo
    Reply("S2252", at(25, "07:10", CET), "Ik ben afwezig tot en met 2 december. Voor dringende zaken: boekhouding@fietsherstel-vanacker.example", OOO, headers=dict(AUTO), subject="Automatisch antwoord: Herinnering", sender=1, fam=["auto-headers"]),
    Reply("S2251", at(26, "07:10", CET), "Ik ben met vakantie tot 5 januari.", OOO, headers=dict(AUTO), sender=1, human=["return more than 14 days out"], fam=["auto-headers", "long-absence"]),
    # bounce
    Reply("S2252", at(23, "09:06", CET), "Uw bericht kon niet worden afgeleverd bij l.vanacker@fietsherstel-vanacker.example: onbekende ontvanger.", "bounce", sender="MAILER-DAEMON@fietsherstel-vanacker.example", dsn=("l.vanacker@fietsherstel-vanacker.example", "5.1.1"), subject="Onbestelbaar: Herinnering", fam=["dsn"]),
    Reply("S2251", at(25, "09:07", CET), "Bezorging mislukt: de mailbox administratie@dezandhoek.example is vol.", "bounce", sender="postmaster@dezandhoek.example", dsn=("administratie@dezandhoek.example", "5.2.2"), subject="Onbestelbaar", fam=["dsn", "mailbox-full"]),
    # wrong
    Reply("S2252", at(26, "12:00", CET), "Ik werk hier alleen in de werkplaats. De boekhouding doet Lotte: l.vanacker@fietsherstel-vanacker.example", WRONG, sender="werkplaats@fietsherstel-vanacker.example", fam=["not-my-job"]),
    Reply("S2251", at(25, "13:00", CET), "De kwekerij is overgenomen door Bloembollen Holland. Stuur herinneringen naar crediteuren@bloembollenholland.example.", WRONG, sender=0, fam=["acquisition"]),
    # other
    Reply("S2252", at(24, "13:20", CET), "Is deze mail echt? We kregen vorige week een factuur met een ander rekeningnummer.", OTHER, human=["fraud alert"], fam=["fraud-alert"]),
    Reply("S2252", at(26, "17:00", CET), "Bedankt, goed ontvangen.", OTHER, fam=["no-action", "acknowledgement"]),
    Reply("S2251", at(23, "17:20", CET), "Mogen wij voortaan per iDEAL betalen via een betaallink?", OTHER, human=["payment-method question"], fam=["payment-method"]),
    Reply("S2252", at(27, "16:30", CET), "Uw toon in deze herinnering vind ik niet gepast voor een klant van tien jaar.", OTHER, human=["tone complaint"], fam=["tone-complaint"]),
]
