"""field25, Dutch: a Limburg brick works (nl-BE), a Zeeland mussel trader on a legal account, a Groningen nursery.
Written by hand."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field25.kit import AUTO, CET, at, r

PAYMENTS = [
    Payment("BK25-41", "X2551", "2026-11-24", "1360.00", "EUR", "+++092/5520/00013+++ STEENBAKKERIJ MAASLAND"),
    Payment("BK25-42", "X2553", "2026-11-23", "3415.00", "EUR", "KWEKERIJ HET HOOGELAND FACT 92554 92555"),
]

REPLIES = [
    # promises
    r("X2551", at(23, "08:30", CET), "promise_to_pay", "2026-11-27", "bare-weekday",
      "Goeiemorgen,\n\nTegen vrijdag is dat in orde. De ovens draaiden dag en nacht voor een grote bestelling, excuses.\n\nJef Claes\nZaakvoerder", sender=1),
    r("X2551", at(24, "11:20", CET), "promise_to_pay", "2026-12-07", "holiday",
      "Dag, na Sinterklaas, maandag 7 december, wordt er betaald. Groeten, Boekhouding"),
    r("X2551", at(25, "15:45", CET), "promise_to_pay", "2026-12-11", "locale-numeric-dayfirst",
      "Goedemiddag, de betaling van 92551 staat ingepland op 11/12. Met vriendelijke groeten, Boekhouding", inv=["92551"]),
    r("X2551", at(26, "09:50", CET), "promise_to_pay", "2026-12-04", "end-of-next-week",
      "Hallo, eind volgende week staat het op jullie rekening. Mvg, Jef", sender=1),
    r("X2551", at(27, "13:30", CET), "promise_to_pay", "2026-12-02", "abbrev-weekday",
      "Betaling wo. Beide facturen. Boekhouding Maasland"),
    r("X2551", at(23, "16:40", CET), "promise_to_pay", "2026-12-31", "end-of-year",
      "Goedemiddag, voor het jaareinde is alles vereffend. Wij betalen onze leveranciers in blokken. Jef Claes", sender=1),
    r("X2552", at(23, "10:00", CET), "promise_to_pay", "2026-12-04", "legal-threat next-weekday",
      "Geachte heer, mevrouw,\n\nUw advocaat hoeft geen verdere stappen te zetten: wij betalen volgende week vrijdag het volledige bedrag.\n\nP. de Vos\nDirecteur", sender=1),
    r("X2552", at(25, "14:15", CET), "promise_to_pay", "2026-12-15", "relative-span",
      "Goedemiddag, over drie weken… nee, laten we zeggen 15 december. Dan is het mosselseizoen op zijn piek en hebben we geld. Administratie"),
    r("X2552", at(27, "09:30", CET), "promise_to_pay", "2026-11-30", "month-end terse-mobile",
      "Maandag einde maand betaald. PdV", sender=1),
    r("X2553", at(23, "09:20", CET), "promise_to_pay", "2026-11-26", "bare-weekday",
      "Hoi, donderdag betaal ik beide facturen. Groetjes Anouk", sender=1),
    r("X2553", at(24, "17:10", CET), "promise_to_pay", "2026-12-09", "calendar-week",
      "Goedemiddag, betaling volgt in week 50 op woensdag. Groet, Financiën"),
    r("X2553", at(25, "08:15", CET), "promise_to_pay", "2026-12-01", "dotted-numeric",
      "Beste, betaling op 1.12 ingepland. Gr. Anouk", sender=1),
    r("X2553", at(26, "20:45", CET), "promise_to_pay", "2026-12-08", "working-days late-evening",
      "Sorry voor de late reactie. Binnen 8 werkdagen wordt het overgemaakt. Financiën", note="8 werkdagen na donderdag 26"),
    r("X2553", at(27, "10:30", CET), "promise_to_pay", "2026-12-03", "moved-date",
      "Hallo, ik had dinsdag beloofd maar het wordt donderdag 3 december, de bank blokkeerde de betaling voor een controle.\nAnouk Bakker", sender=1),
    r("X2551", at(25, "10:10", CET), "promise_to_pay", "2026-12-04", "condition-date structured-communication",
      "Goeiedag,\n\nZodra wij maandag de creditnota voor de gebroken pallets ontvangen, betalen wij vrijdag daarop het saldo met gestructureerde mededeling.\n\nBoekhouding", human=["conditional"]),
    r("X2553", at(23, "13:45", CET), "promise_to_pay", "2026-12-04", "partial",
      "Hoi, ik maak volgende week vrijdag € 2.000 over op 92554, de rest in januari. Groet, Anouk", sender=1, amount="2000.00", inv=["92554"]),
    r("X2552", at(26, "11:20", CET), "promise_to_pay", None, "undated",
      "Goedendag, wij betalen zodra de veiling in Yerseke ons heeft uitbetaald. Wanneer dat is weten wij niet.\nAdministratie", human=["undated", "conditional"]),

    # already paid
    r("X2551", at(25, "08:40", CET), "already_paid", None, "structured-communication",
      "Dag, 92552 is gisteren betaald met mededeling +++092/5520/00013+++. De grote factuur volgt.\nBoekhouding", inv=["92552"], ref="+++092/5520/00013+++", note="matches BK25-41"),
    r("X2553", at(24, "09:15", CET), "already_paid", None, "terse-mobile",
      "Is gisteren al betaald hoor! Anouk", sender=1, note="matches BK25-42 by amount (3,415.00, 23 Nov)"),
    r("X2552", at(24, "12:40", CET), "already_paid", None, "legal-account past-payment-date",
      "Geachte, het bedrag is op 18 november overgemaakt van onze rekening bij de Rabobank. Graag uw advocaat hiervan op de hoogte stellen.\nP. de Vos", sender=1, human=["no matching payment"]),

    # dispute
    r("X2551", at(26, "14:30", CET), "dispute", None, "quantity nl-be",
      "Goeiemiddag, op 92551 staan 24 paletten, geleverd zijn er 22 (zie vrachtbrief). Graag creditnota voor het verschil.\nJef", sender=1, inv=["92551"]),
    r("X2553", at(25, "11:40", CET), "dispute", None, "duplicate",
      "Hallo, 92555 is dezelfde levering als 92554, dubbel gefactureerd volgens mij. Kunnen jullie dat nakijken?", inv=["92555", "92554"]),

    # resend
    r("X2551", at(24, "14:50", CET), "invoice_resend", None, "lost-invoice nl-be",
      "Dag, kunnen jullie een kopie van 92551 sturen? Die is bij ons zoek geraakt. Boekhouding", inv=["92551"]),
    r("X2553", at(27, "15:10", CET), "invoice_resend", None, "statement",
      "Goedemiddag, graag een rekeningoverzicht van alle openstaande posten. Dank!"),

    # PO change
    r("X2551", at(27, "09:10", CET), "po_change", None, "send-future-invoices",
      "Goeiedag, vanaf 1 januari ontvangen wij facturen enkel nog via Peppol (0208:0412345678). Gelieve geen pdf's meer te mailen. Boekhouding", html=True),
    r("X2553", at(26, "10:20", CET), "po_change", None, "tax-id",
      "Hoi, ons btw-nummer is veranderd na de omzetting naar bv: NL862345678B01. Kunnen jullie de facturen aanpassen? Anouk", sender=1),

    # plan
    r("X2552", at(24, "15:30", CET), "payment_plan_request", None, "plan-request legal-threat",
      "Geachte, kunnen wij het openstaande bedrag in zes maandelijkse termijnen voldoen? Wij willen een gang naar de rechter voorkomen.\nP. de Vos", sender=1),
    r("X2551", at(23, "11:30", CET), "payment_plan_request", "2026-12-15", "plan-request ordinal-dates",
      "Goeiemorgen, zouden we 92551 in drie delen mogen betalen: 15 december, 15 januari en 15 februari? Mvg, Jef Claes", sender=1, inv=["92551"]),

    # out of office
    r("X2553", at(25, "06:30", CET), "out_of_office", None, "auto-reply",
      "Ik ben afwezig tot en met 1 december. Uw mail wordt niet doorgestuurd.\nAnouk Bakker", sender=1, headers=AUTO),
    r("X2551", at(24, "07:10", CET), "out_of_office", None, "auto-reply",
      "Ik ben met vakantie tot 21 december. Voor dringende zaken: boekhouding@steenbakkerij-maasland.example.\nJef Claes", sender=1, headers=AUTO,
      human=["back more than 14 days out"]),

    # bounces
    r("X2552", at(23, "09:06", CET), "bounce", None, "dsn",
      "Uw bericht kon niet worden afgeleverd bij p.devos@mosselhandel-schelde.example.\nDe mailbox bestaat niet (550 5.1.1).",
      sender="postmaster@mosselhandel-schelde.example", dsn=("p.devos@mosselhandel-schelde.example", "5.1.1"), subject="Onbestelbaar: Herinnering: vervallen facturen – Mosselhandel De Schelde BV"),
    r("X2553", at(26, "09:06", CET), "bounce", None, "dsn",
      "Bezorging mislukt: de mailbox van a.bakker@kwekerij-hoogeland.example is vol (552 5.2.2).",
      sender="mailer-daemon@kwekerij-hoogeland.example", dsn=("a.bakker@kwekerij-hoogeland.example", "5.2.2"), subject="Onbestelbaar bericht"),

    # wrong contact
    r("X2553", at(24, "13:00", CET), "wrong_contact", None, "colleague-redirect shared-mailbox",
      "Hallo, ik ben de kweker, niet de boekhouder. Stuur het naar onze boekhouder Sjoerd: sjoerd@kwekerij-hoogeland.example.", sender=0),
    r("X2551", at(27, "11:40", CET), "wrong_contact", None, "retired new-contact nl-be",
      "Dag, ik ben sinds deze maand met pensioen. Mijn opvolgster is Els Vanhees (e.vanhees@steenbakkerij-maasland.example).\nJef", sender=1),

    # other
    r("X2551", at(23, "14:15", CET), "other", None, "no-action",
      "Bedankt, ontvangen en doorgegeven aan de zaakvoerder."),
    r("X2552", at(25, "16:45", CET), "other", None, "insolvency",
      "Geachte heer, mevrouw,\n\nBij vonnis van de rechtbank Zeeland-West-Brabant van 24 november 2026 is Mosselhandel De Schelde BV in staat van faillissement verklaard. Vorderingen kunt u bij ondergetekende indienen.\n\nmr. L. Hendriks, curator",
      sender="curator@hendriks-advocaten.example", human=["insolvency"]),
    r("X2553", at(26, "16:00", CET), "other", None, "tone-complaint",
      "Vind de toon van jullie herinnering echt niet fijn. We zijn een klein bedrijf, geen wanbetaler. Anouk", sender=1, human=["needs action"]),
    r("X2551", at(26, "12:05", CET), "other", None, "bank-details",
      "Goeiedag, kunnen jullie bevestigen dat jullie IBAN nog steeds DE89 … eindigt op 3000? We kregen een vreemde mail. Boekhouding", human=["needs action"]),
    r("X2553", at(27, "08:50", CET), "other", None, "no-action emoji",
      "Top, dank je 🌷", sender=1),
]
