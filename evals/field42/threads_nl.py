"""Dutch replies (field42): an Amsterdam IT consultancy and an Antwerp haulier (strategic, Flemish)."""

from evals.field.build import Payment, Reply
from evals.field42.kit import AUTO, CEST, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK42-050", "B4251", "2027-05-25", "625.00", "EUR", "GRACHTENGORDEL IT-ADVIES 94252"),
    P("BK42-051", "B4252", "2027-05-19", "6390.00", "EUR", "TRANSPORT SCHELDEZICHT +++094/2530/55800+++"),
]

REPLIES = [
    # --- Grachtengordel IT-advies (Amsterdam)
    R("B4251", at(24, "09:05", CEST), "Hoi, factuur 94251 gaat vrijdag 28 mei de deur uit. Groet, Sanne", "promise_to_pay", date="2027-05-28", inv=["94251"], fam=["weekday-date", "informal"]),
    R("B4251", at(24, "13:20", CEST), "De € 625 is gisteren al overgemaakt, zou vandaag binnen moeten zijn.", "already_paid", inv=["94252"], fam=["yesterday"]),
    R("B4251", at(24, "16:45", CEST), "Betaling volgt in week 22.", "promise_to_pay", date="2027-06-04", fam=["calendar-week", "terse"]),
    R("B4251", at(25, "08:30", CEST), "Er staan 26 consultancy-uren op de factuur, wij hebben er 21 geaccordeerd. Graag een creditnota voor het verschil.", "dispute", inv=["94251"], fam=["hours", "credit-note"]),
    R("B4251", at(25, "12:55", CEST), "Kunnen jullie de factuur opnieuw sturen met ons inkoopnummer GIA-2027-0093? Zonder PO-nummer wordt hij automatisch afgekeurd.", "po_change", fam=["po-missing"]),
    R("B4251", at(25, "17:10", CEST), "We betalen uiterlijk 10 juni.", "promise_to_pay", date="2027-06-10", fam=["at-the-latest", "terse"]),
    R("B4251", at(26, "09:40", CEST), "Ik ben afwezig tot en met vrijdag 4 juni. Voor dringende zaken: crediteuren@grachtengordel-it.example.", "out_of_office", headers=AUTO, sender=1, fam=["ooo"]),
    R("B4251", at(26, "14:15", CEST), "Mogen we in twee delen betalen? De helft op 1 juni en de rest op 1 juli, na de halfjaarafsluiting.", "payment_plan_request", date="2027-06-01", fam=["plan", "half-year-close"]),
    R("B4251", at(26, "18:30", CEST), "Overboeking staat ingepland voor volgende week dinsdag.", "promise_to_pay", date="2027-06-01", fam=["next-week-weekday"]),
    R("B4251", at(27, "08:10", CEST), "Graag de factuur nogmaals sturen naar facturen@, die is bij ons niet binnengekomen.", "invoice_resend", fam=["resend"]),
    R("B4251", at(27, "11:40", CEST), "Ik werk hier als developer, geen idee waarom ik deze krijg. Stuur het aan de administratie.", "wrong_contact", sender="dev@grachtengordel-it.example", fam=["unknown-sender", "wrong-person"]),
    R("B4251", at(27, "15:25", CEST), "Eerst dacht ik 1 juni, maar de betaalrun is verschoven naar donderdag 3 juni.", "promise_to_pay", date="2027-06-03", fam=["moved-date", "self-correction"]),
    R("B4251", at(24, "19:50", CEST), "Bedankt voor het geduld, wordt morgen voldaan.", "promise_to_pay", date="2027-05-25", fam=["tomorrow", "voldaan"]),
    R("B4251", at(25, "06:55", CEST), "Uw bericht kon niet worden bezorgd bij s.devries@grachtengordel-it.example. Het postvak bestaat niet.", "bounce", sender="mailer-daemon@grachtengordel-it.example", dsn=("s.devries@grachtengordel-it.example", "5.1.1"), quote="none", subject="Onbestelbaar", fam=["bounce"]),
    R("B4251", at(26, "11:00", CEST), "Top, dank je.", "other", fam=["no-action", "terse"]),
    R("B4251", at(27, "17:50", CEST), "Betaling gaat eind van de maand, met de salarisrun op 25 juni.", "promise_to_pay", date="2027-06-25", fam=["payroll-run", "month-end"]),
    R("B4251", at(24, "11:30", CEST), "We betalen de 625 overmorgen en 94251 pas na de audit op 8 juni.", "promise_to_pay", date="2027-05-26", amount="625.00", inv=["94252"], partial=False, human=["second-invoice-later"], fam=["day-after-tomorrow", "two-invoices", "audit-date"]),
    R("B4251", at(25, "15:45", CEST), "Betalen we zodra de klant in Utrecht ons betaald heeft.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    # --- Transport Scheldezicht (Antwerpen, strategic)
    R("B4252", at(24, "08:45", CEST), "Goeiemorgen,\n\nDe factuur wordt betaald op 31/05/2027 met gestructureerde mededeling.\n\nMet vriendelijke groeten\nPieter Janssens\nFinancieel directeur\nTransport Scheldezicht bv\nHaven 1420, 2030 Antwerpen\nBTW BE 0123.456.789", "promise_to_pay", date="2027-05-31", fam=["numeric-date", "signature", "flemish"]),
    R("B4252", at(24, "12:30", CEST), "We hebben op 19/05 al € 6.390 betaald, de helft. De rest volgt op 18 juni.", "already_paid", sec=["promise_to_pay"], date="2027-06-18", human=["short of the open balance"], fam=["partial-paid", "flemish"], note="half already paid, the rest promised"),
    R("B4252", at(24, "17:00", CEST), "De wachturen in Zeebrugge zijn niet volgens contract aangerekend. Wij betwisten € 2.100 van deze factuur.", "dispute", fam=["waiting-hours", "amount"]),
    R("B4252", at(25, "09:20", CEST), "Bestelbon TSZ-5580 moet TSZ-5585 zijn. Gelieve de factuur aan te passen.", "po_change", fam=["po-number", "flemish"]),
    R("B4252", at(25, "13:45", CEST), "Gelieve ons een kopie van de factuur en de CMR's te bezorgen. Zonder CMR's geen betaling.", "invoice_resend", fam=["cmr", "flemish"]),
    R("B4252", at(25, "18:20", CEST), "Wij betalen de 12.780 in vier schijven, eerste schijf op 15 juni. Graag uw akkoord.", "payment_plan_request", date="2027-06-15", fam=["plan", "schijven"]),
    R("B4252", at(26, "08:05", CEST), "Ik ben met verlof tot en met 4 juni. Uw mail wordt niet doorgestuurd.", "out_of_office", headers=AUTO, sender=1, fam=["ooo", "flemish"]),
    R("B4252", at(26, "12:15", CEST), "Betaling volgt na het verlengde weekend, ten laatste woensdag 2/6.", "promise_to_pay", date="2027-06-02", fam=["long-weekend", "at-the-latest", "numeric-date"]),
    R("B4252", at(26, "16:40", CEST), "Dank u, goed ontvangen.", "other", fam=["no-action", "terse"], sender=0),
    R("B4252", at(27, "09:35", CEST), "Pieter is niet meer bevoegd voor betalingen, gelieve boekhouding@ te contacteren.", "wrong_contact", sender=0, fam=["role-change"]),
    R("B4252", at(27, "13:55", CEST), "Betaling in de week van 7 juni, ten laatste vrijdag.", "promise_to_pay", date="2027-06-11", fam=["week-of", "at-the-latest"]),
    R("B4252", at(27, "18:05", CEST), "Dit bericht kon niet worden afgeleverd aan boekhouding@scheldezicht-transport.example. Postvak vol.", "bounce", sender="postmaster@scheldezicht-transport.example", dsn=("boekhouding@scheldezicht-transport.example", "5.2.2"), quote="none", subject="Niet afgeleverd", fam=["bounce", "mailbox-full"]),
    R("B4252", at(24, "10:40", CEST), "Wordt voldaan op vrijdag 4 juni, na goedkeuring door de zaakvoerder op 2 juni.", "promise_to_pay", date="2027-06-04", fam=["meeting-before-payment", "voldaan"]),
    R("B4252", at(25, "11:10", CEST), "Betaling overmorgen, donderdag.", "promise_to_pay", date="2027-05-27", fam=["day-after-tomorrow", "weekday"]),
    R("B4252", at(26, "19:30", CEST), "Kan iemand mij bellen over de tarieven voor de tweede helft van het jaar? Dan regelen we meteen de openstaande factuur.", "other", human=["call-request"], fam=["call-me", "rates"]),
    R("B4252", at(27, "07:45", CEST), "Betaling op 1 juni – excuseer, 1 juli bedoel ik, na de halfjaarafsluiting.", "promise_to_pay", date="2027-07-01", fam=["self-correction", "half-year-close"]),
    R("B4252", at(24, "15:10", CEST), "Betaling deze week nog, vrijdag.", "promise_to_pay", date="2027-05-28", fam=["this-week", "weekday"]),
    R("B4252", at(25, "16:55", CEST), "Zie hieronder van onze CFO. Betaling 9 juni.\n\n-----Oorspronkelijk bericht-----\nVan: CFO\nOnderwerp: Northwind\nOk voor betaling na controle van de CMR's.", "promise_to_pay", date="2027-06-09", fam=["forward", "see-below"]),
]
