"""Dutch replies (field57): a tulip-bulb grower in the weeks Keukenhof opens and a bike hire in Bruges before the Easter crowds."""

from evals.field.build import Payment, Reply
from evals.field57.kit import AUTO, CEST, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK57-050", "E5751", "2028-03-20", "4575.00", "EUR", "BOLLENKWEKERIJ DE ZANDGROND 57051 57052"),
    P("BK57-051", "E5752", "2028-03-24", "2450.00", "EUR", "FIETSVERHUUR REIE FR-2028-07"),
]

REPLIES = [
    # --- Bollenkwekerij De Zandgrond (NL)
    R("E5751", at(13, "07:45", CET), "Goedemorgen, we betalen donderdag. Gr Kees", "promise_to_pay", date="2028-03-16", sender=1, fam=["weekday", "terse"]),
    R("E5751", at(14, "12:20", CET), "Betaling volgt op 22-03.", "promise_to_pay", date="2028-03-22", fam=["numeric-day-first", "dash-date"]),
    R("E5751", at(15, "18:30", CET), "De € 615 gaat morgen de deur uit, de rest na de bollenveiling.", "promise_to_pay", date="2028-03-16", amount="615.00", human=["conditional"], fam=["partial-amount", "condition"]),
    R("E5751", at(17, "09:15", CET), "Betalen doen we in de betaalrun van eind maart, dus vrijdag 31 maart.", "promise_to_pay", date="2028-03-31", fam=["payment-run", "weekday-date"]),
    R("E5751", at(21, "14:45", CET), "Volgende week woensdag.", "promise_to_pay", date="2028-03-29", fam=["next-week-weekday", "terse"]),
    R("E5751", at(23, "10:30", CET), "We wilden vrijdag betalen, wordt nu maandag. Nee, dinsdag, maandag zijn we op de Keukenhof.", "promise_to_pay", date="2028-03-28", sender=1, fam=["self-correction", "moved-date"]),
    R("E5751", at(28, "16:10", CEST), "Over twee weken betaald.", "promise_to_pay", date="2028-04-11", fam=["relative-weeks"]),
    # --- Fietsverhuur Reie (BE)
    R("E5752", at(14, "11:00", CET), "Dag, wij betalen vóór Pasen, uiterlijk 13 april.", "promise_to_pay", date="2028-04-13", sender=1, fam=["before-easter", "flemish"]),
    R("E5752", at(16, "09:40", CET), "Betaling eind deze week.", "promise_to_pay", date="2028-03-17", fam=["end-of-week"]),
    R("E5752", at(20, "17:50", CET), "We storten € 1.000 vrijdag en de rest begin april.", "promise_to_pay", date="2028-03-24", amount="1000.00", fam=["partial-amount", "flemish-storten", "two-dates"]),
    R("E5752", at(22, "08:30", CET), "Betaling op 27/03.", "promise_to_pay", date="2028-03-27", fam=["numeric-day-first"]),
    R("E5752", at(24, "09:10", CET), "Betaling in week 14, na de afsluiting van ons boekjaar.", "promise_to_pay", date="2028-04-07", fam=["calendar-week", "year-end"]),
    R("E5752", at(29, "13:15", CEST), "Morgen.", "promise_to_pay", date="2028-03-30", fam=["one-word", "tomorrow"]),
    # --- already_paid
    R("E5751", at(21, "09:00", CET), "Gisteren betaald, beide facturen, € 4.575.", "already_paid", fam=["paid-matched-amount"]),
    R("E5752", at(27, "10:50", CEST), "Vrijdag overgemaakt met kenmerk FR-2028-07.", "already_paid", ref="FR-2028-07", human=["amount differs: 2,450.00 received against 2,470.00 open"], fam=["short-payment", "reference"]),
    R("E5751", at(30, "14:30", CEST), "Dat is al lang betaald hoor.", "already_paid", fam=["paid-matched-amount", "dismissive"], note="BK57-050 of 20 March matches"),
    R("E5752", at(17, "16:00", CET), "Betaald op 15 maart via Payconiq.", "already_paid", human=["no matching payment"], fam=["payment-app"]),
    # --- disputes
    R("E5751", at(16, "11:30", CET), "Er zijn 200 kratten gefactureerd, we hebben er 150 gekregen.", "dispute", fam=["quantity-dispute"]),
    R("E5752", at(21, "10:20", CET), "De fietsbanden waren de verkeerde maat. Dit betalen we niet.", "dispute", sender=1, fam=["quality-dispute"]),
    R("E5751", at(24, "15:00", CET), "Jullie hebben de transportkosten twee keer gerekend, op 57051 en op 57052.", "dispute", inv=["INV-2027-57051", "INV-2027-57052"], fam=["duplicate-billing", "short-number"]),
    R("E5752", at(30, "11:40", CEST), "De afgesproken prijs was € 18 per slot, niet € 22. We betalen het onbetwiste deel maandag.", "dispute", sec=["promise_to_pay"], date="2028-04-03", fam=["price-dispute", "plus-promise"]),
    # --- invoice_resend
    R("E5751", at(20, "12:00", CET), "Kunnen jullie de factuur nog een keer sturen? Niet ontvangen.", "invoice_resend", fam=["never-received"]),
    R("E5752", at(24, "14:10", CET), "Graag een rekeninguittreksel.", "invoice_resend", fam=["statement-request", "terse"]),
    # --- po_change
    R("E5752", at(15, "15:30", CET), "Weer geen bestelnummer op de factuur. Het is FR-2028-07, hoe vaak nog?", "po_change", fam=["po-change-as-complaint"]),
    R("E5751", at(27, "09:30", CEST), "Vanaf 1 april factureren aan De Zandgrond Holding BV, KvK 81234567. Graag de open facturen opnieuw.", "po_change", fam=["billing-entity-change"]),
    R("E5752", at(31, "10:00", CEST), "Facturen voortaan via Peppol, niet meer per mail.", "po_change", fam=["e-invoicing", "flemish"]),
    # --- payment_plan_request
    R("E5751", at(22, "17:15", CET), "Kunnen we in drie termijnen betalen? Eerste op 31 maart.", "payment_plan_request", date="2028-03-31", sender=1, fam=["plan-three"]),
    R("E5752", at(23, "12:40", CET), "Is een afbetaling van € 500 per maand mogelijk, vanaf 1 april?", "payment_plan_request", date="2028-04-01", amount="500.00", fam=["plan-monthly"]),
    R("E5751", at(31, "15:20", CEST), "Kunnen we het spreiden tot na het seizoen?", "payment_plan_request", fam=["plan-vague"]),
    # --- out_of_office
    R("E5751", at(16, "07:00", CET), "Ik ben afwezig tot en met 24 maart.", "out_of_office", sender=1, headers=AUTO, subject="Automatisch antwoord", fam=["ooo-short"]),
    R("E5752", at(30, "07:00", CEST), "Ik ben met paasvakantie tot 18 april.", "out_of_office", sender=1, headers=AUTO, subject="Afwezig", human=["absence over 14 days"], fam=["ooo-long", "easter"]),
    R("E5751", at(24, "19:30", CET), "Ben tot maandag weg, daarna reageer ik.", "out_of_office", sender=1, human=["written by a person (no auto-reply headers)"], fam=["ooo-handwritten", "weekday-return"]),
    # --- bounce
    R("E5751", at(17, "09:06", CET), "Uw bericht kon niet worden afgeleverd bij k.verbeek@dezandgrond.example.\n\n550 5.1.1 Onbekende gebruiker", "bounce", sender="MAILER-DAEMON@dezandgrond.example", subject="Onbestelbaar", dsn=("k.verbeek@dezandgrond.example", "5.1.1"), quote="none", fam=["dsn-dutch"]),
    R("E5752", at(28, "09:06", CEST), "Bezorging mislukt: postvak boekhouding@fietsverhuur-reie.example is vol.", "bounce", sender="postmaster@fietsverhuur-reie.example", subject="Niet afgeleverd", dsn=("boekhouding@fietsverhuur-reie.example", "5.2.2"), quote="none", fam=["dsn-dutch", "mailbox-full"]),
    # --- wrong_contact
    R("E5751", at(29, "11:00", CEST), "Ik doe sinds februari de verkoop, niet meer de administratie. Mail naar administratie@dezandgrond.example.", "wrong_contact", sender=1, fam=["moved-department"]),
    R("E5752", at(18, "10:30", CET), "An is niet meer bij ons. Contact: boekhouding@fietsverhuur-reie.example.", "wrong_contact", sender=1, fam=["left-company"]),
    # --- other
    R("E5751", at(22, "09:45", CET), "Dank, ontvangen.", "other", fam=["no-action", "acknowledgement"]),
    R("E5752", at(27, "16:30", CEST), "Kunnen we met Bancontact betalen via een betaallink?", "other", human=["payment-method question"], fam=["payment-method", "flemish"]),
    R("E5751", at(13, "16:20", CET), "Ik krijg steeds jullie herinneringen dubbel, kan dat stoppen?", "other", human=["asks to stop duplicate reminders"], fam=["mail-complaint"]),
]
