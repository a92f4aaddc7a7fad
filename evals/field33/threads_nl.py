"""field33, Dutch: an Antwerp florist and an Antwerp haulier (strategic), in Flemish voices."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field33.kit import AUTO, CET, at, pay

R = Reply
REPLIES: list[Reply] = [
    pay("L3351", at(23, "07:40", CET), "Dag, we betalen vr 27/11. Groetjes, Ilse", "2026-11-27", ["abbreviated-weekday", "eu-numeric-date", "terse", "florist", "antwerp"]),
    pay("L3351", at(23, "12:50", CET), "Goeiendag,\nBeide facturen worden betaald op dinsdag 1 december.\nMet vriendelijke groeten\nIlse Peeters", "2026-12-01", ["weekday-ordinal", "florist", "antwerp"]),
    pay("L3351", at(24, "08:25", CET), "Zoals ik op 12/11 schreef (\"na de Allerheiligen-drukte betalen we\"): de drukte is voorbij, betaling op 30/11.", "2026-11-30", ["quotes-own-promise", "eu-numeric-date", "distractor-past-date", "florist"]),
    pay("L3351", at(24, "15:35", CET), "Binnen veertien dagen is het in orde, da's beloofd.", "2026-12-08", ["relative-days", "florist", "antwerp"]),
    pay("L3351", at(25, "08:05", CET), "€ 395 morgen, de € 1.680 in twee keer € 840 op 7 en 21 december.", "2026-11-26", ["instalments-by-amount", "florist"], amount="395.00", inv=["93352"], partial=False),
    pay("L3351", at(25, "14:50", CET), "Uw twee herinneringen goed ontvangen. Alles wordt betaald op 2 december.", "2026-12-02", ["answers-two-reminders", "dates-in-words", "florist"]),
    pay("L3351", at(23, "16:25", CET), "Onze boekhouder komt woensdag langs, de betaling volgt vrijdag.", "2026-11-27", ["distractor-meeting", "florist", "antwerp"]),
    pay("L3351", at(24, "18:15", CET), "Betaling vóór Sinterklaas, ten laatste vrijdag 4/12. Allez, tot dan.", "2026-12-04", ["holiday", "eu-numeric-date", "odd-word", "florist"]),
    pay("L3352", at(23, "09:10", CET), "Geachte,\nFactuur INV-2026-93353 staat ingepland voor betaling op 03.12.2026.\nMet vriendelijke groeten\nAfdeling facturatie", "2026-12-03", ["dotted-date", "formal-ap", "shared-mailbox", "logistics", "antwerp"], sender=0),
    pay("L3352", at(23, "15:15", CET), "Wij betalen € 4.460 deze vrijdag en het saldo op 11 december.", "2026-11-27", ["instalments-by-amount", "partial-amount", "logistics"], amount="4460.00"),
    pay("L3352", at(24, "10:50", CET), "De betaling die gepland stond op 27 november wordt verschoven naar maandag 7 december.", "2026-12-07", ["distractor-moved-date", "weekday-ordinal", "logistics"]),
    pay("L3352", at(24, "16:30", CET), "Betaling in week 49, op woensdag.", "2026-12-02", ["calendar-week", "terse", "logistics"]),
    pay("L3352", at(25, "09:35", CET), "Wij betalen op de laatste werkdag van de maand.", "2026-11-30", ["end-of-month-business-day", "logistics"]),
    pay("L3352", at(25, "15:55", CET), "De levering van 9 oktober is in orde bevonden; betaling volgt binnen 5 werkdagen, dus op 2 december.", "2026-12-02", ["distractor-delivery-date", "relative-working-days", "logistics"]),
    pay("L3352", at(23, "11:45", CET), "Volgende week donderdag wordt het betaald.", "2026-12-03", ["relative-week", "logistics", "antwerp"]),
    R("L3351", at(25, "11:10", CET), "We betalen van zodra de kerstmarkt ons heeft uitbetaald.", "promise_to_pay", human=["conditional"], fam=["hidden-condition", "florist"]),
    R("L3352", at(24, "14:05", CET), "Komt in orde, ge moogt gerust zijn.", "promise_to_pay", human=["undated"], fam=["undated-promise", "terse", "logistics", "antwerp"]),
    R("L3351", at(23, "10:35", CET), "De € 395 is al betaald op 20/11, mededeling SCHELDE 93352.", "already_paid", ref="SCHELDE 93352", inv=["93352"], fam=["already-paid", "eu-numeric-date", "florist"]),
    R("L3352", at(25, "12:10", CET), "Dit werd vorige week al betaald via onze bank. Gelieve na te kijken.", "already_paid", fam=["already-paid", "logistics"]),
    R("L3351", at(24, "11:20", CET), "Op 93351 staan 50 dozen rozen, we kregen er 35 en de helft was verlept. Niet akkoord.", "dispute", inv=["93351"], fam=["dispute", "florist", "antwerp"]),
    R("L3352", at(23, "13:40", CET), "De brandstoftoeslag op de factuur werd nooit afgesproken. Wij betwisten dit bedrag.", "dispute", fam=["dispute", "logistics"]),
    R("L3351", at(25, "10:15", CET), "Kunt ge de factuur 93351 nog eens sturen? Ik vind ze niet meer.", "invoice_resend", inv=["93351"], fam=["invoice-resend", "florist"]),
    R("L3352", at(24, "12:40", CET), "Gelieve de factuur opnieuw te sturen via Peppol, wij aanvaarden geen pdf meer.", "po_change", fam=["invoice-resend", "supplier-portal", "logistics"]),
    R("L3352", at(25, "13:45", CET), "Het bestelbonnummer TV-20417 is vervallen, gelieve TV-20488 te vermelden.", "po_change", inv=["93353"], fam=["po-change", "logistics"]),
    R("L3351", at(23, "14:55", CET), "Zet er aub ons bestelnummer BS-77 op, anders keurt de boekhouder het niet goed.", "po_change", fam=["po-change", "florist"]),
    R("L3352", at(24, "09:15", CET), "Het PO-nummer op de factuur hoort bij een andere vestiging. Juiste nummer: TV-GENT-051.", "po_change", fam=["po-change", "logistics"]),
    R("L3351", at(25, "17:40", CET), "Kunnen we dat in drie maanden afbetalen? Het is stil in de winkel.", "payment_plan_request", fam=["payment-plan", "florist"]),
    R("L3352", at(23, "17:05", CET), "Wij stellen een afbetaling voor in vier schijven van € 2.230.", "payment_plan_request", fam=["payment-plan", "instalments-by-amount", "logistics"]),
    R("L3351", at(23, "06:10", CET), "Automatisch antwoord: ik ben afwezig tot en met 26 november. Dringend? Bel de winkel.", "out_of_office", headers=AUTO, quote="none", fam=["out-of-office", "florist"]),
    R("L3352", at(24, "06:30", CET), "Afwezigheidsmelding: ik ben met verlof tot 1 december. Uw mail wordt niet doorgestuurd.", "out_of_office", headers=AUTO, quote="none", fam=["out-of-office", "logistics"]),
    R("L3351", at(24, "09:06", CET), "Onbestelbaar: het adres bestellingen@bloemen-schelde.example bestaat niet.", "bounce", sender="postmaster@bloemen-schelde.example", dsn=("bestellingen@bloemen-schelde.example", "5.1.1"), quote="none", fam=["bounce", "florist"]),
    R("L3352", at(23, "09:06", CET), "Uw bericht kon niet worden afgeleverd: mailbox planning@verhaegen-transport.example is vol.", "bounce", sender="mailer-daemon@verhaegen-transport.example", dsn=("planning@verhaegen-transport.example", "5.2.2"), quote="none", fam=["bounce", "logistics"]),
    R("L3352", at(25, "09:06", CET), "Bericht niet afgeleverd. Ontvanger k.verhaegen@verhaegen-transport.example onbekend.", "bounce", sender="postmaster@verhaegen-transport.example", dsn=("k.verhaegen@verhaegen-transport.example", "5.1.1"), quote="none", fam=["bounce", "logistics"]),
    R("L3351", at(24, "13:30", CET), "Ik sta in de winkel, ik doe de boekhouding niet. Mail naar mijn zus.", "wrong_contact", fam=["wrong-contact", "florist"]),
    R("L3352", at(25, "16:40", CET), "Gelieve toekomstige facturen te sturen naar ap@verhaegen-transport.example, dit adres wordt opgeheven.", "po_change", inv=[], fam=["wrong-contact", "send-elsewhere", "logistics"]),
    R("L3351", at(25, "18:20", CET), "Merci, goed ontvangen.", "other", fam=["other", "no-action", "terse", "florist", "odd-word"]),
    R("L3352", at(24, "17:10", CET), "Kunnen wij een attest van fiscale regelmatigheid ontvangen? Zonder dat mogen wij niet betalen.", "other", human=["tax form requested"], fam=["other", "tax-form", "logistics"]),
]
