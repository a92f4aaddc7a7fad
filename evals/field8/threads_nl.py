"""Dutch replies (NL, BE): dental technicians, scaffolding, a Wadden ferry, a Flemish record shop, a seed merchant,
a chess club."""

from evals.field.build import Payment, Reply

R = Reply
P = "promise_to_pay"
AUTO = {"Auto-Submitted": "auto-replied"}

PAYMENTS = [
    Payment("BK8-401", "N861", "2026-11-25", "2760.00", "EUR", "TTO-26-1125 TANDTECHNIEK ORANJE"),
    Payment("BK8-402", "N862", "2026-11-19", "8430.00", "EUR", "STEIGERBOUW VAN DIJK BV"),
    Payment("BK8-403", "N864", "2026-11-23", "1880.00", "EUR", "+++090/1234/56789+++"),
]

REPLIES = [
    # promises
    R("N861", "2026-11-23T08:50:00+01:00", "Hoi, we betalen do. beide facturen. Gr Marloes", P, date="2026-11-26", sender=1, fam=["abbrev-weekday", "terse"]),
    R("N862", "2026-11-24T10:00:00+01:00", "Geachte heer/mevrouw,\n\nFactuur 08621 wordt meegenomen in de betaalrun van 04-12-2026.\n\nMet vriendelijke groet,\nCrediteurenadministratie\nSteigerbouw Van Dijk BV\n\nDe informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van deze informatie door anderen is verboden. Aan dit bericht kunnen geen rechten worden ontleend.", P, date="2026-12-04", inv=["08621"], html=True, fam=["numeric-dayfirst", "formal-ap", "disclaimer", "html"]),
    R("N863", "2026-11-25T11:00:00+01:00", "Goedemorgen, betaling volgt volgende week vrijdag. Groet, Jelle", P, date="2026-12-04", sender=1, fam=["next-friday"]),
    R("N864", "2026-11-24T14:00:00+01:00", "Dag, wij betalen binnen de 14 dagen. Groeten, Tom", P, date="2026-12-08", sender=1, fam=["relative-span", "nl-BE"]),
    R("N865", "2026-11-19T09:00:00+01:00", "Betaling eind van de maand.\nHenk", P, date="2026-11-30", sender=1, fam=["month-end", "terse"]),
    R("N866", "2026-11-22T20:00:00+01:00", "Beste,\n\nOnze penningmeester betaalt na de bestuursvergadering van 1 december, op 2 december dus.\n\nSchaakgroeten\nDirk Wouters, voorzitter", P, date="2026-12-02", sender=1, fam=["meeting-before-payment", "volunteer"]),
    R("N861", "2026-11-24T15:30:00+01:00", "Hallo,\n\nHet stond voor de 27e gepland, maar het wordt nu maandag 7 december. Excuses.\n\nMarloes", P, date="2026-12-07", sender=1, fam=["moved-date", "weekday-ordinal"]),
    R("N862", "2026-11-23T13:00:00+01:00", "Wij betalen vrijdag € 3.000 en de rest na oplevering van het project.\nRob van Dijk", P, date="2026-11-27", amount="3000.00", human=["conditional"], sender=1, fam=["partial", "conditional"]),
    R("N863", "2026-11-26T09:30:00+01:00", "Hallo, de betaling staat gepland in week 50. Groet, Facturen", P, date="2026-12-11", fam=["calendar-week"]),
    R("N864", "2026-11-25T16:00:00+01:00", "Overmorgen staat het op uw rekening.\nTom", P, date="2026-11-27", sender=1, fam=["day-after-tomorrow"]),
    R("N865", "2026-11-20T10:00:00+01:00", "Goedemorgen,\nWij maken het dinsdag de 1e over.\nMet vriendelijke groet\nHenk Mulder", P, date="2026-12-01", sender=1, fam=["weekday-ordinal"]),
    R("N866", "2026-11-25T21:00:00+01:00", "Wij betalen zodra de subsidie van de gemeente binnen is. Meer kan ik nu niet zeggen.\nDirk", P, human=["conditional"], sender=1, fam=["conditional", "volunteer"]),
    R("N863", "2026-11-27T10:00:00+01:00", "Goedemorgen,\n\nU ontvangt de betaling uiterlijk binnen 3 werkdagen.\n\nMet vriendelijke groet\nJelle Kuipers\nController", P, date="2026-12-02", sender=1, fam=["working-days"]),
    # paid
    R("N861", "2026-11-25T16:00:00+01:00", "Vandaag overgemaakt, kenmerk TTO-26-1125.\nAdministratie", "already_paid", ref="TTO-26-1125", note="BK8-401", fam=["paid-matched"]),
    R("N862", "2026-11-23T09:00:00+01:00", "Is vorige week donderdag al betaald.\nCrediteuren", "already_paid", note="BK8-402", fam=["paid-matched", "past-tense"]),
    R("N864", "2026-11-24T09:00:00+01:00", "Dag,\n\nBetaald gisteren met gestructureerde mededeling +++090/1234/56789+++.\n\nBoekhouding", "already_paid", ref="+++090/1234/56789+++", note="BK8-403", fam=["paid-matched", "structured-communication", "nl-BE"]),
    R("N865", "2026-11-24T11:00:00+01:00", "Dit is al betaald op 16/11. Kijkt u het even na?", "already_paid", human=["no matching payment"], fam=["paid-unmatched"]),
    # disputes
    R("N862", "2026-11-20T11:00:00+01:00", "Goedemiddag,\n\nEr zijn 60 steigerplanken gefactureerd, wij hebben er 45 ontvangen (zie pakbon). Graag een correctie.\n\nRob van Dijk", "dispute", sender=1, fam=["short-delivery"]),
    R("N863", "2026-11-24T10:00:00+01:00", "Deze factuur is dubbel: dezelfde levering is in september al gefactureerd en betaald.\nJelle", "dispute", sender=1, fam=["duplicate"]),
    R("N865", "2026-11-25T14:00:00+01:00", "Beste,\n\nHet geleverde zaad kiemt voor nog geen 50%. Wij betalen niet voordat er een creditnota ligt.\n\nHenk Mulder", "dispute", sender=1, fam=["quality", "credit-note"]),
    R("N864", "2026-11-26T10:00:00+01:00", "Dag,\n\nDe € 40 aanmaningskosten aanvaarden wij niet. De factuur zelf betalen we vrijdag.\n\nTom Claes", "dispute", sec=["promise_to_pay"], date="2026-11-27", sender=1, fam=["fees", "dispute-plus-promise", "nl-BE"]),
    # plans
    R("N866", "2026-11-24T19:00:00+01:00", "Beste, kunnen we in 2 termijnen van € 190 betalen, de eerste op 15 december? De lidgelden komen pas in januari binnen.\nDirk", "payment_plan_request", date="2026-12-15", amount="190.00", sender=1, fam=["plan-dated", "volunteer"]),
    R("N861", "2026-11-20T10:00:00+01:00", "Goedemorgen, is een betalingsregeling mogelijk? Het is bij ons even krap.\nMarloes", "payment_plan_request", sender=1, fam=["plan-undated"]),
    # PO / billing
    R("N862", "2026-11-25T09:00:00+01:00", "Goedemorgen,\n\nHet ordernummer op de factuur klopt niet, het juiste nummer is SVD-2026-0791. Graag een nieuwe factuur.\n\nCrediteuren", "po_change", fam=["po-wrong"]),
    R("N863", "2026-11-19T10:00:00+01:00", "Beste leverancier,\n\nVanaf 1 december ontvangen wij facturen uitsluitend via Peppol (ons ID 0106:12345678). Pdf-facturen per e-mail worden niet meer verwerkt.\n\nFacturen", "po_change", fam=["e-invoicing"]),
    # copies
    R("N865", "2026-11-23T08:30:00+01:00", "Kunt u de factuur nogmaals sturen? Wij hebben hem nooit ontvangen.\nInkoop", "invoice_resend", fam=["never-received"]),
    R("N864", "2026-11-19T09:00:00+01:00", "Graag een rekeninguittreksel met alle openstaande posten.", "invoice_resend", fam=["statement", "nl-BE"]),
    # wrong contacts
    R("N866", "2026-11-20T19:00:00+01:00", "Beste, de penningmeester is vervangen. Voortaan An Peeters, an.peeters@sc-detoren.example. Ik ben maar de voorzitter.\nDirk", "wrong_contact", sender=1, fam=["volunteer", "person-left"]),
    R("N863", "2026-11-23T09:00:00+01:00", "Jelle Kuipers werkt niet meer bij ons. Stuurt u alles naar crediteuren@waddenveer.example.", "wrong_contact", fam=["person-left"]),
    # other
    R("N861", "2026-11-26T09:00:00+01:00", "Is dit wel een echte herinnering? Wij kregen vorige week een mail met een ander IBAN erin. Graag telefonisch bevestigen.\nMarloes", "other", human=["fraud check"], sender=1, fam=["fraud-check"]),
    R("N862", "2026-11-26T14:00:00+01:00", "Goedemiddag,\n\nIn verband met de Wet ketenaansprakelijkheid storten wij 30% op uw G-rekening. Wilt u ons uw G-rekeningnummer doorgeven?\n\nCrediteuren", "other", human=["tax form"], fam=["g-account", "tax-form"]),
    R("N865", "2026-11-26T08:00:00+01:00", "Bedankt, doorgestuurd naar de boekhouding.", "other", fam=["no-action", "forwarded"]),
    # absences
    R("N862", "2026-11-24T07:30:00+01:00", "Ik ben tot en met 27 november afwezig. Voor dringende zaken kunt u mailen naar crediteuren@steiger-vandijk.example.", "out_of_office", sender=1, headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Steigerbouw Van Dijk BV", fam=["ooo-short"]),
    R("N864", "2026-11-23T08:00:00+01:00", "Wegens jaarlijks verlof zijn wij afwezig tot 4 januari. Uw bericht wordt daarna behandeld.", "out_of_office", human=["absent more than 14 days"], headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Vinylhuis Records bv", fam=["ooo-long"]),
    # delivery failure
    R("N865", "2026-11-17T09:07:00+01:00", "Uw bericht kan niet worden bezorgd bij de volgende ontvangers:\n\ninkoop@dekiem-zaad.example\nHet e-mailadres is niet gevonden.", "bounce", sender="postmaster@dekiem-zaad.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Zaadhandel De Kiem BV", dsn=("inkoop@dekiem-zaad.example", "5.1.1"), lang="nl", fam=["dsn-exchange-nl"]),
]
