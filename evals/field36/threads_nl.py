"""field36 Dutch replies: an Amsterdam IT wholesaler and a freight forwarder in Limburg."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field36.kit import AUTO, r

PAYMENTS = [
    Payment("BK36-0041", "H3651", "2026-11-11", "1430.00", "EUR", "GRACHTENHOF ICT FACT 93652"),
    Payment("BK36-0042", "H3652", "2026-11-16", "4620.00", "EUR", "EXP MAASVALLEI BV"),
]

P = "promise_to_pay"
REPLIES = [
    r("H3651", 16, "09:05", "Hoi, 93651 zit in de betaalrun van do 19/11. Groet, Daan", P, "2026-11-19", "payment-run abbreviated-weekday numeric-eu amsterdam", sender=1),
    r("H3651", 16, "14:25", "Wij betalen volgende week dinsdag, dan is de kredietlijn weer vrij.", P, "2026-11-24", "next-week-weekday amsterdam"),
    r("H3651", 17, "10:40", "Betaling volgt in week 49, op maandag.", P, "2026-11-30", "calendar-week amsterdam"),
    r("H3651", 17, "15:05", "Sorry, foutje in mijn vorige mail: niet 24-11 maar 26-11.", P, "2026-11-26", "self-correction numeric-eu amsterdam", sender=1),
    r("H3651", 18, "09:50", "We maken € 5.000 over op vrijdag, de rest eind van de maand.", P, "2026-11-20", "partial weekday amsterdam", amount="5000.00"),
    r("H3651", 18, "16:15", "Betaling op vrijdag 4 december, nog vóór Sinterklaas.", P, "2026-12-04", "holiday weekday-date amsterdam"),
    r("H3651", 19, "11:20", "Over twee weken, 3 december, is alles betaald.", P, "2026-12-03", "relative-weeks amsterdam"),
    r("H3651", 19, "17:45", "Zodra onze klant (gemeente Haarlem) de servers heeft goedgekeurd, betalen wij – verwacht 27 november.", P, "2026-11-27", "hidden-condition amsterdam", human=["conditional"]),
    r("H3651", 16, "19:00", "Overleg met de accountant is op 23-11, betaling de dag erna.", P, "2026-11-24", "distractor-meeting numeric-eu amsterdam", sender=1),
    r("H3652", 16, "10:20", "Goeiedag, de factuur wordt voldaan op maandag de 23e. Groeten uit Venlo, Jos", P, "2026-11-23", "weekday-ordinal limburg", sender=1),
    r("H3652", 16, "16:50", "Wij betalen altijd op de laatste werkdag van de maand, dus maandag 30 november.", P, "2026-11-30", "month-end limburg"),
    r("H3652", 17, "08:30", "Betaling binnen 3 werkdagen, uiterlijk vrijdag.", P, "2026-11-20", "working-days limburg"),
    r("H3652", 17, "13:50", "De vrachtwagens komen pas 25-11 terug uit Polen, betaling daarna op 27-11.", P, "2026-11-27", "distractor-delivery-date numeric-eu limburg"),
    r("H3652", 18, "10:55", "Eerst zei ik donderdag, maar het wordt woensdag 25e, de boekhouder is donderdag weg.", P, "2026-11-25", "self-correction weekday-ordinal limburg", sender=1),
    r("H3652", 18, "15:35", "Wij maken het over op de 1e van de volgende maand.", P, "2026-12-01", "ordinal limburg"),
    r("H3652", 19, "10:05", "Morgen gaat het eruit, efkes geduld nog.", P, "2026-11-20", "relative-day limburg terse-mobile", sender=1),
    r("H3652", 19, "14:15", "Betaling over 10 dagen, na de inventaris.", P, "2026-11-29", "relative-days limburg"),
    r("H3651", 18, "12:30", "Factuur 93652 is op 11-11 betaald, omschrijving GRACHTENHOF ICT FACT 93652.", "already_paid", fam="already-paid numeric-eu amsterdam", ref="GRACHTENHOF ICT FACT 93652", inv=["93652"]),
    r("H3652", 17, "11:40", "Is maandag al overgemaakt, het volle bedrag van 4.620 euro.", "already_paid", fam="already-paid limburg"),
    r("H3651", 19, "13:30", "Die is toch al betaald? Heb vorige maand zelf de opdracht gegeven.", "already_paid", fam="already-paid amsterdam", sender=1, human=["no matching payment"]),
    r("H3651", 16, "11:35", "Wij betwisten factuur 93651: 12 switches zijn retour gegaan, RMA 55102. Graag een creditnota.", "dispute", fam="dispute returns amsterdam"),
    r("H3652", 18, "13:10", "De wachturen in Rotterdam zijn niet afgesproken. Die betalen wij niet.", "dispute", fam="dispute surcharge limburg", sender=1),
    r("H3651", 17, "12:15", "Kunnen jullie de factuur opnieuw sturen? Ons UBL-systeem heeft hem niet ingelezen.", "invoice_resend", fam="invoice-resend amsterdam"),
    r("H3652", 19, "12:40", "Graag een kopie van de factuur, ik kan hem nergens vinden.", "invoice_resend", fam="invoice-resend limburg"),
    r("H3651", 17, "16:40", "Inkoopordernummer moet GH-IO-2251 zijn, niet 2207. Graag aanpassen en opnieuw sturen.", "po_change", fam="po-change amsterdam", sender=1),
    r("H3652", 16, "13:25", "Facturen voortaan graag naar facturen@expeditie-maasvallei.example, niet meer naar Jos.", "po_change", fam="future-invoices-elsewhere limburg"),
    r("H3651", 19, "09:15", "Onze nieuwe tenaamstelling is Grachtenhof Groep bv, KvK 81234567. Graag de factuur op die naam.", "po_change", fam="po-change billing-entity amsterdam"),
    r("H3651", 16, "15:55", "Mogen we het bedrag in vier maandtermijnen betalen? De kerstorders drukken op de cashflow.", "payment_plan_request", fam="payment-plan amsterdam", sender=1),
    r("H3652", 18, "17:00", "Kunnen we een betalingsregeling treffen, 1.000 per maand?", "payment_plan_request", fam="payment-plan limburg", sender=1),
    r("H3651", 17, "07:25", "Ik ben afwezig tot en met 22 november. Voor crediteurenzaken: crediteuren@grachtenhof-ict.example", "out_of_office", fam="out-of-office amsterdam", sender=1, headers=AUTO, quote="none"),
    r("H3652", 18, "07:05", "Automatisch antwoord: ik ben met vakantie tot 1 december.", "out_of_office", fam="out-of-office limburg", sender=1, headers=AUTO, quote="none"),
    r("H3651", 18, "09:08", "", "bounce", fam="bounce", sender="MAILER-DAEMON@grachtenhof-ict.example", dsn=("inkoop@grachtenhof-ict.example", "5.1.1"), quote="none", subject="Onbestelbaar: Herinnering"),
    r("H3652", 19, "09:08", "", "bounce", fam="bounce", sender="postmaster@expeditie-maasvallei.example", dsn=("planning@expeditie-maasvallei.example", "5.1.1"), quote="none", subject="Niet-bezorgd bericht"),
    r("H3651", 18, "14:50", "Ik werk sinds deze maand bij een andere afdeling, stuur het naar Fleur Bakker.", "wrong_contact", fam="wrong-contact amsterdam", sender=1),
    r("H3652", 17, "15:15", "Maasvallei is overgenomen door Trans-Euregio; Jos is hier niet meer. Ik weet niet wie het overneemt.", "wrong_contact", fam="wrong-contact acquisition limburg"),
    r("H3651", 19, "15:40", "Ontvangen, dank je. Ik zet het door naar de crediteuren.", "other", fam="no-action acknowledgement amsterdam"),
    r("H3652", 16, "18:30", "Kunnen we ook met iDEAL of creditcard betalen? Stuur even een link.", "other", fam="card-payment limburg", human=["question"]),
]
