"""Dutch replies (field39): a Ghent marina (Flemish) and a Groningen heat supplier on a legal account."""

from evals.field.build import Payment, Reply
from evals.field39.kit import AUTO, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK39-018", "E3951", "2027-01-11", "520.00", "EUR", "+++093/9520/00017+++ JACHTHAVEN WATERSPORTBAAN"),
    P("BK39-019", "E3951", "2027-01-14", "3150.00", "EUR", "JACHTHAVEN WATERSPORTBAAN VZW FACT 93951"),
]

REPLIES = [
    # --- Jachthaven De Watersportbaan (Gent)
    R("E3951", at(11, "09:20", CET), "Goeiemorgen,\n\nDe factuur van 520 euro is vanochtend betaald met gestructureerde mededeling. De andere volgt vrijdag.\n\nMet vriendelijke groeten\nKatrien De Vos\nHavenadministratie", "already_paid", inv=["93951", "93952"], sec=["promise_to_pay"], date="2027-01-15", fam=["paid-today", "structured-communication", "weekday"], note="520 matches BK39-018"),
    R("E3951", at(11, "13:05", CET), "Wij betalen tegen eind januari, na de algemene vergadering van de vzw.", "promise_to_pay", date="2027-01-31", fam=["tegen-flemish", "end-of-month"]),
    R("E3951", at(11, "16:40", CET), "Op factuur 93951 staan 40 meerpalen, wij hebben er 32 ontvangen. De rest zou nog komen, maar we hebben niets meer gezien. Gelieve een creditnota op te maken.", "dispute", inv=["93951"], fam=["short-delivery", "marina"]),
    R("E3951", at(12, "08:50", CET), "Betaling volgt binnen de 8 dagen.", "promise_to_pay", date="2027-01-20", fam=["binnen-de-dagen", "flemish"], sender=0),
    R("E3951", at(12, "11:30", CET), "Kunt ge de factuur 93951 nog eens doorsturen? Ze is bij ons in de spam beland denk ik.", "invoice_resend", inv=["93951"], fam=["spam", "flemish"]),
    R("E3951", at(12, "14:55", CET), "Wij betalen op 27/01, dat is onze vaste betaaldag.", "promise_to_pay", date="2027-01-27", fam=["numeric-day-first", "fixed-payday"]),
    R("E3951", at(12, "17:35", CET), "Ik ben niet meer bevoegd voor de boekhouding, sinds 1 januari doet onze nieuwe penningmeester dat: Luc Van Damme, penningmeester@jachthaven-watersportbaan.example.", "wrong_contact", fam=["new-year-staff", "treasurer"]),
    R("E3951", at(13, "09:45", CET), "Zou het mogelijk zijn om de 3.150 euro in drie keer te betalen? 1.050 eind januari, eind februari en eind maart. De ligplaatsgelden komen pas in het voorjaar binnen.", "payment_plan_request", date="2027-01-31", amount="1050.00", inv=["93951"], fam=["instalments", "seasonal-income"]),
    R("E3951", at(13, "12:10", CET), "Volgende week dinsdag wordt betaald.", "promise_to_pay", date="2027-01-19", fam=["next-week-weekday", "terse"]),
    R("E3951", at(13, "15:20", CET), "Ik ben afwezig tot en met 15 januari. Uw mail wordt niet doorgestuurd. Voor dringende zaken: boekhouding@jachthaven-watersportbaan.example.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen", fam=["auto-reply", "back-within-14"]),
    R("E3951", at(13, "18:00", CET), "Betaald vandaag, 3.150 euro, met vermelding van het factuurnummer.", "already_paid", inv=["93951"], fam=["paid-today", "matched"], note="matches BK39-019 by amount, credited a day later"),
    R("E3951", at(14, "08:30", CET), "Gelieve voortaan uw facturen via Peppol te sturen, ons ondernemingsnummer is BE 0412.345.678. Vanaf 1 januari 2026 is dat verplicht in België.", "po_change", inv=[], fam=["peppol", "enterprise-number"]),
    R("E3951", at(14, "10:45", CET), "Bedankt, goed ontvangen.", "other", fam=["no-action", "acknowledgement", "terse"], sender=0),
    R("E3951", at(14, "13:25", CET), "We betalen maandag over een week.", "promise_to_pay", date="2027-01-25", fam=["monday-week"]),
    R("E3951", at(14, "16:10", CET), "Kan ik met Payconiq betalen? Onze bankapp doet moeilijk met buitenlandse rekeningen sinds de update.", "other", human=["payment-method question"], fam=["payconiq"]),
    R("E3951", at(11, "11:15", CET), "Wij betalen in week 3, donderdag.", "promise_to_pay", date="2027-01-21", fam=["calendar-week", "weekday"]),
    R("E3951", at(12, "19:50", CET), "Sorry, ik zie nu pas uw mail. We storten morgen.", "promise_to_pay", date="2027-01-13", fam=["tomorrow", "storten-flemish"]),
    R("E3951", at(13, "07:40", CET), "Er is een probleem opgetreden bij het bezorgen van uw bericht aan:\nhavenmeester@jachthaven-watersportbaan.example\n550 5.1.1 Gebruiker onbekend", "bounce", sender="postmaster@jachthaven-watersportbaan.example", dsn=("havenmeester@jachthaven-watersportbaan.example", "5.1.1"), quote="none", subject="Onbestelbaar: Herinnering: vervallen facturen", fam=["dsn", "dutch-dsn"]),
    R("E3951", at(14, "18:15", CET), "Betaling midden februari, na de eerste ledenbijdragen.", "promise_to_pay", date="2027-02-15", fam=["mid-month", "february-date"]),
    # --- Warmtebedrijf Hunze (Groningen, legal)
    R("E3952", at(11, "08:35", CET), "Moi,\n\nWe hebben uw aanmaning ontvangen. Deze zaak ligt bij onze advocaat, mr. Hoekstra. Graag alle correspondentie via haar.\n\nRoelof Bakker\nController", "other", human=["refers to counsel"], fam=["lawyer", "groningen"]),
    R("E3952", at(11, "12:50", CET), "Wij betalen de 14.980 euro op 29 januari, zoals afgesproken met uw incassobureau.", "promise_to_pay", date="2027-01-29", fam=["collection-agency", "day-month"]),
    R("E3952", at(11, "15:40", CET), "De warmtewisselaars op factuur 93953 voldeden niet aan de specificatie (lekkage bij 90 °C). Dat is al maanden bekend bij uw verkoopafdeling. Wij betwisten de volledige factuur.", "dispute", inv=["93953"], fam=["quality", "full-dispute"]),
    R("E3952", at(12, "09:15", CET), "Kunnen we een betalingsregeling treffen? 5 termijnen van 2.996 euro, eerste termijn 1 februari.", "payment_plan_request", date="2027-02-01", amount="2996.00", inv=["93953"], fam=["instalments", "regeling"]),
    R("E3952", at(12, "13:30", CET), "Betaling volgt zodra de gemeente Groningen de subsidie voor het warmtenet heeft overgemaakt.", "promise_to_pay", human=["conditional"], fam=["subsidy", "condition", "undated"]),
    R("E3952", at(12, "16:20", CET), "Ik ben vanaf januari niet meer werkzaam bij Hunze. Neem contact op met crediteuren@warmtebedrijf-hunze.example.", "wrong_contact", fam=["left-company"]),
    R("E3952", at(13, "08:05", CET), "Wij maken volgende week vrijdag 7.490 euro over, de helft. De rest na de uitspraak.", "promise_to_pay", date="2027-01-22", amount="7490.00", human=["conditional"], fam=["half", "next-weekday", "condition"]),
    R("E3952", at(13, "11:55", CET), "Graag ontvangen wij een kopie van de factuur én de pakbon. Onze advocaat wil het dossier compleet hebben.", "invoice_resend", fam=["resend-with-pod", "lawyer"]),
    R("E3952", at(13, "14:45", CET), "Betaald op 8 januari, kenmerk HUNZE-0108-93953.", "already_paid", ref="HUNZE-0108-93953", inv=["93953"], human=["no matching payment"], fam=["paid-with-ref", "unmatched"]),
    R("E3952", at(13, "17:30", CET), "Vanwege de verhuizing van ons kantoor naar Zernike graag de facturen voortaan naar: Warmtebedrijf Hunze BV, Zernikelaan 8, 9747 AA Groningen, onder vermelding van inkoopnummer WH-27-0031.", "po_change", inv=[], fam=["new-address", "po-number"]),
    R("E3952", at(14, "09:00", CET), "Ik ben met vakantie tot 1 februari en lees mijn mail niet.", "out_of_office", headers=AUTO, human=["absence beyond 14 days"], fam=["auto-reply", "long-absence"]),
    R("E3952", at(14, "11:35", CET), "Betaling uiterlijk 26-01-2027.", "promise_to_pay", date="2027-01-26", fam=["dashed-date", "uiterlijk"]),
    R("E3952", at(14, "14:20", CET), "Doei, we betalen woensdag.", "promise_to_pay", date="2027-01-20", fam=["weekday", "groningen"]),
    R("E3952", at(14, "16:55", CET), "Uw bericht kon niet worden afgeleverd bij:\nr.bakker@warmtebedrijf-hunze.example\nReden: 550 5.7.1 Afzender geblokkeerd door beleid", "bounce", sender="postmaster@warmtebedrijf-hunze.example", dsn=("r.bakker@warmtebedrijf-hunze.example", "5.7.1"), quote="none", subject="Onbestelbaar", fam=["dsn", "dutch-dsn", "policy-block"]),
    R("E3952", at(11, "10:10", CET), "We zijn in gesprek met uw jurist, ik kan hier verder niets over zeggen.", "other", human=["refers to counsel"], fam=["lawyer"]),
    R("E3952", at(12, "11:05", CET), "Wij betalen in de eerste week van februari, op donderdag.", "promise_to_pay", date="2027-02-04", fam=["first-week", "weekday"]),
    R("E3952", at(13, "10:25", CET), "Wij voldoen de factuur binnen 10 werkdagen na ontvangst van de gecorrigeerde factuur.", "promise_to_pay", human=["conditional"], fam=["corrected-invoice", "condition"]),
    R("E3952", at(14, "12:40", CET), "Genoteerd.", "other", fam=["no-action", "terse"]),
    R("E3952", at(12, "18:10", CET), "Wij betalen morgen 14.980 euro, hiermee is de zaak wat ons betreft afgedaan.", "promise_to_pay", date="2027-01-13", amount="14980.00", partial=False, fam=["tomorrow", "full-amount", "settlement"]),
]
