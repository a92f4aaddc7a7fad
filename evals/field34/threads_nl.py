"""field34 Dutch: a Rotterdam wholesaler in the port (betaalruns, portals) and a Ghent family vineyard on a payment plan
(gestructureerde mededelingen, Sinterklaas)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field34.kit import AUTO, CET, at

P = "promise_to_pay"

DISCLAIMER_NL_EN = (
    "\n\nGroothandel Maashaven BV | Waalhaven Oostzijde 88 | 3087 BM Rotterdam | KvK 24318876\n"
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Gebruik van deze informatie door anderen dan de "
    "geadresseerde is verboden. Heeft u dit bericht per abuis ontvangen, verwijder het dan en stel de afzender op de hoogte.\n"
    "This e-mail is intended exclusively for the addressee(s). Use of this information by others is prohibited. If you "
    "received this message in error, please delete it and notify the sender.")

PAYMENTS = [Payment("BK34-051", "K3451", "2026-11-26", "1085.00", "EUR", "GM-BET-30219 GROOTHANDEL MAASHAVEN")]

REPLIES = [
    Reply("K3451", at(26, "08:20", CET), "Goedemorgen, betaling gaat vrijdag de deur uit. Gr. Ruud", P, date="2026-11-27", fam=["bare-weekday", "rotterdam"]),
    Reply("K3451", at(27, "11:10", CET), "Factuur 93432 wordt op 03-12 voldaan. Met vriendelijke groet, Crediteurenadministratie", P, date="2026-12-03", inv=["93432"], sender=0,
          fam=["locale-numeric-dayfirst", "formal-ap"]),
    Reply("K3451", at(30, "09:55", CET), "We betalen volgende week woensdag. Ruud", P, date="2026-12-09", fam=["next-week-weekday", "cyber-monday"]),
    Reply("K3451", at(31, "13:00", CET), "Betaling binnen 3 werkdagen. Gr.", P, date="2026-12-04", fam=["working-days", "terse-mobile"]),
    Reply("K3451", at(28, "10:40", CET), "Het is zaterdag, maar toch even: maandag wordt er betaald.", P, date="2026-11-30", fam=["bare-weekday", "weekend"]),
    Reply("K3451", at(29, "20:30", CET), "Na Sinterklaas, op maandag 7 december, betalen we. Fijne zondag nog.", P, date="2026-12-07",
          fam=["holiday", "weekday-ordinal", "weekend"]),
    Reply("K3451", at(26, "17:15", CET), "Verstuurd vanaf mijn telefoon", P, subject="RE: Herinnering – betaling 11-12", date="2026-12-11",
          fam=["subject-only", "locale-numeric-dayfirst", "terse-mobile"]),
    Reply("K3451", at(27, "14:25", CET), "Geachte heer/mevrouw,\nDe betaling is ingepland in onze betaalrun van week 49, op donderdag.\nMet vriendelijke groet,\nCrediteurenadministratie" + DISCLAIMER_NL_EN, P,
          date="2026-12-03", sender=0, html=True, fam=["html-outlook", "long-disclaimer", "calendar-week", "payment-run"]),
    Reply("K3451", at(30, "14:05", CET), "We maken € 1.000 over op vrijdag, de rest na controle van de pakbonnen. Ruud Bakker", P, date="2026-12-04", amount="1000.00",
          fam=["partial-amount", "bare-weekday"]),
    Reply("K3451", at(31, "10:15", CET), "Het overleg met de bank is op 2 december; de betaling volgt op 4 december.", P, date="2026-12-04",
          fam=["meeting-before-payment", "two-dates"]),
    Reply("K3452", at(26, "12:30", CET), "Dag, de termijn van november (€ 900) storten we maandag. Groetjes, Lieve", P, date="2026-11-30", amount="900.00",
          fam=["instalment-existing-plan", "vineyard", "ghent"]),
    Reply("K3452", at(27, "18:40", CET), "De volgende schijf betalen we op 15/12. Groeten vanuit de wijngaard.", P, date="2026-12-15",
          fam=["instalment-existing-plan", "locale-numeric-dayfirst", "ghent"]),
    Reply("K3452", at(29, "16:15", CET), "Vrijdag over een week betalen we. Lieve", P, date="2026-12-11", fam=["relative-span", "weekend", "ghent"]),
    Reply("K3452", at(30, "11:20", CET), "We betalen zodra de wijnhandel in Antwerpen ons betaald heeft, normaal tegen 10 december.", P, date="2026-12-10",
          human=["conditional"], fam=["condition", "hidden-condition", "vineyard"]),
    Reply("K3452", at(31, "09:35", CET), "De betaling was voorzien op 1 december maar schuift naar 8 december. Excuses.", P, date="2026-12-08",
          fam=["moved-date", "two-dates", "ghent"]),
    Reply("K3452", at(28, "15:00", CET), "We betalen eind volgende maand, na de kerstverkoop.", P, date="2026-12-31", fam=["month-end", "weekend", "vineyard"]),
    Reply("K3452", at(26, "19:05", CET), "Betaling met gestructureerde mededeling +++034/3400/55821+++ op dinsdag.", P, date="2026-12-01", ref="+++034/3400/55821+++",
          fam=["structured-communication", "bare-weekday", "ghent"]),
    Reply("K3451", at(27, "08:45", CET), "Factuur 93433 is gisteren betaald, kenmerk GM-BET-30219.", "already_paid", inv=["93433"], ref="GM-BET-30219", sender=0,
          note="matches BK34-051", fam=["reference", "rotterdam"]),
    Reply("K3452", at(30, "10:05", CET), "De termijn van oktober is al lang betaald, op 20/10. Kijk het even na.", "already_paid",
          human=["already_paid without a matching payment"], fam=["instalment-existing-plan", "ghent"]),
    Reply("K3451", at(31, "15:45", CET), "Al betaald!", "already_paid", human=["already_paid without a matching payment"], fam=["terse-mobile"]),
    Reply("K3451", at(26, "10:50", CET), "Op factuur 93432 staan 60 pallets, geleverd zijn er 56. Graag een creditnota voor het verschil.", "dispute", inv=["93432"],
          fam=["quantity", "wholesale"]),
    Reply("K3452", at(28, "14:10", CET), "De prijs van de flessen op de factuur klopt niet met de offerte van augustus.", "dispute", fam=["price", "weekend", "vineyard"]),
    Reply("K3451", at(29, "12:50", CET), "Kunt u factuur 93433 nogmaals sturen? Hij zit niet in ons systeem.", "invoice_resend", inv=["93433"], sender=0,
          fam=["never-received", "weekend"]),
    Reply("K3452", at(31, "14:30", CET), "Mag ik een overzicht van wat er volgens het afbetalingsplan nog openstaat?", "invoice_resend", fam=["statement", "ghent"]),
    Reply("K3451", at(30, "16:20", CET), "Graag voortaan alle facturen via ons inkoopportaal indienen; per mail nemen we vanaf 1 januari niets meer aan.", "po_change", sender=0,
          fam=["supplier-portal", "send-future-invoices"]),
    Reply("K3452", at(27, "10:25", CET), "Ons btw-nummer is gewijzigd naar BE0798.112.334, gelieve de factuur opnieuw op te maken.", "po_change",
          fam=["tax-id", "ghent"]),
    Reply("K3451", at(31, "11:50", CET), "Kunnen we 93432 in drie termijnen betalen, de eerste op 15 december? Ruud", "payment_plan_request", inv=["93432"], date="2026-12-15",
          fam=["instalments"]),
    Reply("K3452", at(29, "10:10", CET), "Kunnen we het afbetalingsplan met drie maanden verlengen? De oogst viel tegen door de hagel.", "payment_plan_request",
          fam=["instalment-existing-plan", "undated", "weekend"]),
    Reply("K3451", at(27, "07:15", CET), "Ik ben afwezig tot en met 2 december. Voor dringende zaken: crediteuren@groothandel-maashaven.example.", "out_of_office",
          headers=AUTO, subject="Automatisch antwoord: Herinnering", quote="none", fam=["auto-reply"]),
    Reply("K3452", at(30, "06:30", CET), "Het domein is gesloten tot 4 januari. Wij lezen onze mails na de winterstop.", "out_of_office",
          headers=AUTO, subject="Afwezig", quote="none", human=["absent more than 14 days"], fam=["auto-reply", "long-absence", "vineyard"]),
    Reply("K3451", at(28, "09:06", CET), "Uw bericht kon niet worden afgeleverd bij crediteuren@groothandel-maashaven.example.\n550 5.1.1 Onbekende gebruiker.", "bounce",
          sender="MAILER-DAEMON@groothandel-maashaven.example", dsn=("crediteuren@groothandel-maashaven.example", "5.1.1"), quote="none", fam=["postfix"]),
    Reply("K3452", at(31, "09:06", CET), "Bezorging mislukt: boekhouding@wijndomein-vandevelde.example\nDe postbus van de ontvanger is vol.", "bounce",
          sender="postmaster@wijndomein-vandevelde.example", dsn=("boekhouding@wijndomein-vandevelde.example", "5.2.2"), quote="none", fam=["mailbox-full"]),
    Reply("K3451", at(26, "15:30", CET), "Ik ben niet meer verantwoordelijk voor crediteuren, mail voortaan naar crediteuren@groothandel-maashaven.example.", "wrong_contact",
          fam=["moved-role"]),
    Reply("K3452", at(31, "17:25", CET), "Lieve doet de boekhouding niet meer. Schrijf naar onze boekhouder, Filip De Smet, filip@desmet-boekhouding.example.", "wrong_contact",
          sender=0, fam=["new-contact", "family-business"]),
    Reply("K3451", at(30, "12:55", CET), "Bedankt, is doorgezet naar crediteuren.", "other", fam=["no-action", "terse-mobile"]),
    Reply("K3451", at(28, "09:07", CET), "Uw bericht is ontvangen onder ticketnummer CR-77410. U hoeft niet te reageren; wij nemen binnen vijf werkdagen contact op.", "other",
          sender=0, headers=AUTO, subject="[CR-77410] Ontvangstbevestiging", quote="none", fam=["no-action", "ticketing-system", "shared-mailbox"]),
    Reply("K3452", at(27, "13:40", CET), "Kunnen we telefonisch met de kaart betalen? Bel me gerust op 09 222 41 87.", "other",
          human=["card payment over the phone"], fam=["card-over-phone", "ghent"]),
]
