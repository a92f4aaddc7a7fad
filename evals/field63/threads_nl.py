"""Dutch replies (field63): a Zaandam speculaas bakery before pakjesavond (iDEAL, Albert Heijn), Sinterklaas costume
hire in Ghent (gestructureerde mededeling, Sint-Niklaas, werkdagen), a Brabant Christmas-tree nursery (strategic)."""

from evals.field.build import Payment, Reply
from evals.field63.kit import AUTO, CET, at, auto
from evals.field63.world import CUSTOMERS

R = Reply
N = {c[0]: c[1] for c in CUSTOMERS}

PAYMENTS = [
    Payment("BK63-026", "H6351", "2029-12-11", "5400.00", "EUR", "SPECULAAS1112 SPECULAAS EN ZO"),
    Payment("BK63-027", "H6352", "2029-12-03", "3305.00", "EUR", "+++063/5210/24118+++"),
    Payment("BK63-028", "H6353", "2029-11-29", "13250.00", "EUR", "KWEKERIJ VAN DEN HEUVEL"),
]

REPLIES = [
    # --- promises
    R("H6351", at(11, 19, "09:45", CET), "Hoi, we betalen vrijdag. Groet, Lotte", "promise_to_pay", date="2029-11-23", fam=["bare-weekday", "terse"]),
    R("H6351", at(11, 26, "14:10", CET), "Het is hier pepernotenchaos tot pakjesavond. Betaling volgt donderdag 6 december.", "promise_to_pay", date="2029-12-06", fam=["holiday-distractor", "weekday-date"]),
    R("H6351", at(12, 4, "10:30", CET), "We betalen € 4.620 op 11-12 en de € 780 eind december.", "promise_to_pay", date="2029-12-11", amount="4620.00", fam=["partial-amount", "dash-date", "two-dates"]),
    R("H6351", at(12, 13, "16:45", CET), "Betaling gaat de deur uit volgende week dinsdag.", "promise_to_pay", date="2029-12-18", fam=["next-week-weekday"]),
    R("H6351", at(12, 20, "11:00", CET), "Geachte heer/mevrouw,\n\nFactuur INV-2027-63512 wordt op 27-12-2029 voldaan.\n\nMet vriendelijke groet,\nAdministratie\nBanketbakkerij Speculaas & Zo BV", "promise_to_pay", date="2029-12-27", inv=["INV-2027-63512"], fam=["dash-date-year", "formal-ap"], sender=0),
    R("H6351", at(11, 29, "13:30", CET), "We betalen zodra Albert Heijn onze speculaaslevering heeft afgerekend.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("H6351", at(12, 6, "21:00", CET), "Sorry, vanaf mijn privémail: de betaling gaat morgen de deur uit.", "promise_to_pay", date="2029-12-07", fam=["unknown-sender", "tomorrow", "late-evening"], sender="lotte.devries88@hotmail.example"),
    R("H6352", at(11, 21, "10:00", CET), "Dag, de Sinterklaaskostuums zijn allemaal de deur uit. We betalen na Sint-Niklaas, op maandag 10 december.", "promise_to_pay", date="2029-12-10", fam=["holiday-distractor", "weekday-date", "flemish"]),
    R("H6352", at(11, 30, "08:30", CET), "Betaling morgen met gestructureerde mededeling +++063/5210/24118+++.", "promise_to_pay", date="2029-12-01", fam=["tomorrow", "structured-communication", "flemish"]),
    R("H6352", at(12, 11, "19:15", CET), "Ik betaal donderdag, nee wacht, vrijdag, want donderdag is de boekhouder er niet.", "promise_to_pay", date="2029-12-14", fam=["correction", "bare-weekday", "late-evening"]),
    R("H6352", at(12, 17, "09:00", CET), "Wij betalen binnen de 5 werkdagen.", "promise_to_pay", date="2029-12-24", fam=["working-days", "flemish"]),
    R("H6352", at(12, 5, "11:40", CET), "De helft betalen we deze week nog, de rest half januari.", "promise_to_pay", date="2029-12-07", human=["partial"], fam=["this-week", "partial-share", "flemish"]),
    R("H6353", at(11, 20, "08:15", CET), "Geachte relatie,\n\nUw facturen zijn goedgekeurd en worden meegenomen in de betaalrun van 29 november.\n\nMet vriendelijke groet,\nCrediteurenadministratie\nKerstboomkwekerij Van den Heuvel BV\nKvK 17234598 | Dit bericht is uitsluitend bestemd voor de geadresseerde.", "promise_to_pay", date="2029-11-29", html=True, fam=["formal-ap", "outlook-html", "payment-run", "strategic"], sender=0),
    R("H6353", at(12, 3, "17:00", CET), "Henk hier. Zit tot m'n nek in de nordmanns. Betaal eind volgende week.", "promise_to_pay", date="2029-12-14", fam=["end-of-next-week", "terse"]),
    R("H6353", at(12, 14, "12:00", CET), "We betalen de € 13.250 vóór de kerst.", "promise_to_pay", date="2029-12-24", amount="13250.00", partial=False, fam=["before-christmas", "full-amount"]),
    R("H6353", at(11, 27, "10:00", CET), "Betaling over twee weken.", "promise_to_pay", date="2029-12-11", fam=["relative-span", "terse"]),
    # --- already paid
    R("H6351", at(12, 12, "10:00", CET), "Beide facturen zijn op 11-12 betaald, totaal € 5.400, kenmerk SPECULAAS1112.", "already_paid", ref="SPECULAAS1112", fam=["dash-date", "total-of-two"]),
    R("H6352", at(12, 4, "09:00", CET), "Betaald op 1 december met mededeling +++063/5210/24118+++, € 3.305.", "already_paid", ref="+++063/5210/24118+++", fam=["structured-communication", "weekend-booking"]),
    R("H6353", at(12, 3, "09:00", CET), "Betaald in de run van 29 november, € 13.250.", "already_paid", fam=["payment-run", "strategic"]),
    R("H6351", at(11, 22, "15:00", CET), "Die van € 780 hebben we vorige week al betaald via iDEAL.", "already_paid", human=["no matching payment"], fam=["claim-not-on-bank", "ideal"]),
    # --- disputes
    R("H6351", at(11, 23, "11:00", CET), "Factuur 63511: de helft van de roomboter was bij levering over de datum. Die betalen we niet, graag een creditnota.", "dispute", inv=["INV-2027-63511"], fam=["spoiled-goods", "credit-note"]),
    R("H6352", at(12, 12, "13:00", CET), "Op factuur 63521 staan 40 mijters, we hebben er 25 besteld en ontvangen. Graag corrigeren.", "dispute", inv=["INV-2027-63521"], fam=["quantity", "flemish"]),
    R("H6353", at(11, 29, "14:00", CET), "U rekent 21% btw op de kerstbomen, dat moet 9% zijn. Graag een gecorrigeerde factuur.", "dispute", fam=["tax-error", "strategic"]),
    # --- resend
    R("H6351", at(12, 3, "08:30", CET), "Kunnen jullie factuur 63512 nog een keer sturen? Ik kan hem niet vinden.", "invoice_resend", inv=["INV-2027-63512"], fam=["copies"]),
    R("H6352", at(11, 26, "10:00", CET), "Graag een rekeninguittreksel per 30 november.", "invoice_resend", fam=["statement", "flemish"], sender=0),
    R("H6353", at(12, 18, "10:00", CET), "Wilt u een kopie van de factuur sturen? Onze accountant heeft die nodig voor de jaarafsluiting.", "invoice_resend", fam=["copies", "year-end", "strategic"]),
    # --- PO and billing changes
    R("H6351", at(11, 28, "11:00", CET), "Graag ons inkoopordernummer IO-29-4471 op beide facturen vermelden en opnieuw sturen.", "po_change", fam=["po-missing", "reissue"]),
    R("H6352", at(12, 10, "10:00", CET), "Ons ondernemingsnummer is gewijzigd na de omzetting naar een bv: BE 0793.448.201. Gelieve de facturen aan te passen.", "po_change", fam=["tax-number", "entity-change", "flemish"]),
    R("H6353", at(12, 7, "09:30", CET), "Vanaf 1 januari ontvangen wij facturen uitsluitend als e-factuur (UBL) op facturen@kwekerij-vandenheuvel.example.", "po_change", fam=["e-invoicing", "invoice-mailbox", "strategic"], sender=0),
    # --- plans
    R("H6351", at(12, 7, "10:00", CET), "Zouden we het in drie termijnen mogen betalen? De eerste termijn op 15 december.", "payment_plan_request", date="2029-12-15", fam=["plan-three"]),
    R("H6352", at(11, 22, "14:00", CET), "Kunnen we € 500 per maand betalen, te beginnen op 1 december?", "payment_plan_request", date="2029-12-01", amount="500.00", fam=["plan-monthly", "flemish"]),
    R("H6353", at(12, 19, "11:00", CET), "Kunnen we de helft nu betalen en de rest eind januari?", "payment_plan_request", date="2029-12-19", fam=["plan-halves", "now", "strategic"]),
    # --- absences
    R("H6351", at(12, 21, "09:10", CET), "Ik ben afwezig tot en met 1 januari. Vanaf 2 januari ben ik weer bereikbaar. Fijne feestdagen!", "out_of_office", headers=AUTO, subject=auto("Automatisch antwoord", "nl", N["H6351"]), quote="none", gap_days=0, fam=["ooo-auto", "shutdown"]),
    R("H6352", at(12, 5, "09:30", CET), "Ik ben afwezig van 5 tot en met 9 december. Voor dringende zaken: boekhouding@sintenpiet-verhuur.example.", "out_of_office", headers=AUTO, subject=auto("Afwezigheidsmelding", "nl", N["H6352"]), quote="none", gap_days=0, fam=["ooo-auto", "flemish"]),
    # --- bounces
    R("H6351", at(11, 28, "09:15", CET), "Bezorging is mislukt voor deze ontvangers of groepen:\n\nadministratie@speculaasenzo.example\nHet e-mailadres dat u hebt ingevoerd, is niet gevonden.\n\nDe externe server retourneerde '550 5.1.10 RESOLVER.ADR.RecipientNotFound'", "bounce", sender="postmaster@speculaasenzo.example", subject="Onbestelbaar: Herinnering: vervallen facturen – " + N["H6351"], dsn=("administratie@speculaasenzo.example", "5.1.10"), quote="none", gap_days=0, fam=["dsn-exchange-nl"]),
    R("H6353", at(12, 10, "09:20", CET), "Dit is het mailsysteem van mail.kwekerij-vandenheuvel.example.\n\nUw bericht kon niet worden afgeleverd bij een of meer ontvangers.\n\n<crediteuren@kwekerij-vandenheuvel.example>: 552 5.2.2 Mailbox vol", "bounce", sender="MAILER-DAEMON@mail.kwekerij-vandenheuvel.example", subject="Onbestelbaar bericht", dsn=("crediteuren@kwekerij-vandenheuvel.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-postfix-nl", "dsn-mailbox-full"]),
    # --- wrong contacts
    R("H6351", at(12, 17, "10:30", CET), "Ik werk in de bakkerij, niet op de administratie. Stuur het maar naar Lotte.", "wrong_contact", fam=["not-ap", "unknown-sender"], sender="bakkerij@speculaasenzo.example"),
    R("H6353", at(11, 23, "11:00", CET), "Henk gaat niet over de facturen, dat doet sinds oktober onze controller, Ilse Verbeek, i.verbeek@kwekerij-vandenheuvel.example.", "wrong_contact", fam=["new-contact", "strategic"]),
    # --- other
    R("H6352", at(11, 20, "10:00", CET), "Bedankt, goed ontvangen.", "other", fam=["no-action", "acknowledgement"]),
    R("H6351", at(12, 10, "14:00", CET), "Kunnen we ook met iDEAL of een Tikkie betalen? Dat is voor ons makkelijker.", "other", human=["payment-method question"], fam=["payment-method", "ideal"]),
]
