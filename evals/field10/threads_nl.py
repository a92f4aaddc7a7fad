"""Dutch replies: verleden tegen toekomst ("hebben overgemaakt" / "zullen overmaken", "is gisteren betaald" / "wordt
vrijdag betaald"), betaalspecificatie, deelbetaling met rest toegezegd, kopie met nieuw inkoopnummer, betalingsregeling,
geschillen en vragen."""

from evals.field10.kit import AUTO, EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("NL")
P, R = k.paid, k.r

# already_paid
P("Q1050", 24, "Goedemorgen,\n\nWe hebben beide facturen gisteren overgemaakt.\n\nMet vriendelijke groet\nPieter de Boer", paid_on=23, sender=1, fam=["paid-vs-promise", "voltooid", "gisteren"])
P("Q1050", 26, "Is vanochtend betaald, kenmerk LDB-2611.", ref="LDB-2611", fam=["paid-vs-promise", "this-morning", "terse"])
P("Q1051", 25, "Geachte heer/mevrouw,\n\nIn de bijlage vindt u de betaalspecificatie van factuur 10511, uitgevoerd op 20-11-2026.\n\nMet vriendelijke groeten\nBoekhouding\nBusbedrijf Kempen NV\n\nDit bericht is vertrouwelijk. Bent u niet de geadresseerde, verwijder het dan en verwittig de afzender.",
  ref="+++120/4471/88213+++", inv=["10511"], paid_on=20, attachments=[("betaalspecificatie.pdf", "application/pdf", "BETAALSPECIFICATIE\nGestructureerde mededeling +++120/4471/88213+++\nUitvoeringsdatum 20-11-2026\nFactuur 2026-10511   5.860,00 EUR")], fam=["paid-vs-promise", "remittance", "formal-ap", "disclaimer", "structured-ref"])
P("Q1052", 27, "Hoi, dat is dinsdag al betaald hoor. Groetjes Marloes", paid_on=24, sender=1, fam=["paid-vs-promise", "al-betaald", "terse"])
P("Q1051", 23, "De overschrijving is vrijdag vertrokken, normaal ziet u ze vandaag.", paid_on=20, sender=1, fam=["paid-vs-promise", "initiated-past", "be"])
P("Q1050", 27, "<p>Beste,</p>\n<p>Het bedrag is op 25 november voldaan. Graag controleren.</p>\n<p>Administratie</p>", paid_on=25, html=True, sender=0, fam=["paid-vs-promise", "html-outlook"])
R("Q1052", 25, "Ik heb vandaag €700 overgemaakt, de resterende €730 betaal ik op 11 december.", "already_paid", sec=["promise_to_pay"], date="2026-12-11", amount="730.00", human=["amount differs from the open balance"], sender=1, fam=["partial-paid-rest-promised"])
k.bank("Q1052", 25, "700.00", "HONDENPENSION DE HEIDE DEEL")
# promise_to_pay
R("Q1050", 23, "We zullen de facturen vrijdag overmaken.", "promise_to_pay", date=nxt(23, "fri"), fam=["paid-vs-promise", "zullen"])
R("Q1051", 24, "De betaling staat ingepland voor volgende week dinsdag.", "promise_to_pay", date=nwk(24, "tue"), fam=["paid-vs-promise", "scheduled-future", "next-week-weekday"])
R("Q1052", 26, "Wordt maandag betaald, beloofd!", "promise_to_pay", date=nxt(26, "mon"), sender=1, fam=["paid-vs-promise", "wordt-betaald", "terse"])
R("Q1050", 25, "Betaling volgt eind van de maand.", "promise_to_pay", date=EOM, fam=["paid-vs-promise", "month-end"])
R("Q1051", 26, "We gaan morgen €3.000 betalen en de rest begin januari.", "promise_to_pay", date=plus(26, 1), amount="3000.00", sender=1, fam=["partial", "paid-vs-promise"])
R("Q1052", 23, "Ik maak het donderdag over als de pensiongelden binnen zijn. Marloes", "promise_to_pay", date=nxt(23, "thu"), sender=1, fam=["paid-vs-promise", "present-for-future", "date-with-reason"])
# dispute
R("Q1050", 24, "De prijs op factuur 10501 klopt niet, we hadden €1.950 excl. btw afgesproken. Graag een gecorrigeerde factuur.", "dispute", inv=["10501"], fam=["dispute-vs-resend", "price"])
R("Q1051", 27, "Twee ruiten waren gebarsten bij levering. Zodra we de creditnota hebben, betalen we.", "dispute", sender=1, fam=["dispute-vs-promise", "credit-pending", "damaged"])
R("Q1052", 24, "Jullie hebben de oktoberfactuur dubbel gestuurd, 10521 is hetzelfde als wat we al betaald hebben.", "dispute", inv=["10521"], fam=["dispute-vs-paid", "duplicate"])
R("Q1050", 27, "De aanmaningskosten betwisten we; het openstaande deel betalen we vrijdag.", "dispute", sec=["promise_to_pay"], date=nxt(27, "fri"), fam=["dispute-vs-promise", "fees", "undisputed-part"])
# invoice_resend
R("Q1050", 26, "Kunt u factuur 10502 nog eens sturen? Die hebben we nooit ontvangen.", "invoice_resend", inv=["10502"], fam=["resend-vs-po", "never-received"])
R("Q1051", 25, "Graag een actueel rekeningoverzicht.", "invoice_resend", fam=["resend", "statement", "terse"])
R("Q1052", 24, "kun je de factuur nog een keer mailen? kan hem niet vinden", "invoice_resend", fam=["resend", "terse", "lowercase"])
# po_change
R("Q1051", 26, "Op de factuur staat een verkeerd bestelnummer, het moet BK-INK-2290 zijn. Graag opnieuw uitschrijven.", "po_change", fam=["resend-vs-po", "wrong-po"])
R("Q1050", 23, "Kunt u een kopie sturen met ons nieuwe inkoopordernummer IO-5512? Anders kan de administratie niet boeken.", "po_change", sender=1, fam=["resend-vs-po", "new-po"])
R("Q1051", 27, "Vanaf 1 december ontvangen wij facturen uitsluitend via Peppol (0208:0456789123). Graag de openstaande factuur zo opnieuw indienen.", "po_change", fam=["po", "peppol"])
# payment_plan_request
R("Q1050", 26, "Zouden we het in drie termijnen mogen betalen? Het is een krappe maand.", "payment_plan_request", sender=1, fam=["plan", "split-in-three"])
R("Q1051", 23, "Is een betalingsregeling mogelijk, bijvoorbeeld €1.465 per maand vanaf 15 december?", "payment_plan_request", date="2026-12-15", amount="1465.00", sender=1, fam=["plan", "question"])
R("Q1052", 27, "Mag ik de helft nu betalen en de andere helft in januari?", "payment_plan_request", date=on(27), sender=1, fam=["plan-vs-promise", "half-now"])
# other
R("Q1050", 25, "Klopt het dat uw bankrekening gewijzigd is? We kregen een mail met een ander IBAN. Graag even telefonisch bevestigen.", "other", human=["bank-detail question"], sender=1, fam=["other-vs-promise", "fraud-check", "bank-details"])
R("Q1051", 24, "Bedankt, doorgestuurd naar de boekhouding.", "other", sender=1, fam=["other", "no-action", "forwarded-to-ap"])
R("Q1052", 25, "Waar zijn die €45 'administratiekosten' op de factuur voor? Ik wil het alleen even weten.", "other", human=["question about a charge"], sender=1, fam=["other-vs-dispute", "charge-question"])
R("Q1050", 24, "Hou alsjeblieft op met mailen, ik heb het al met jullie verkoper besproken.", "other", human=["stop emailing"], sender=1, fam=["other-vs-dispute", "stop-emailing"])
# out_of_office, wrong_contact, bounce
R("Q1052", 26, "Ik ben afwezig tot en met 2 december. Voor dringende zaken kunt u bellen naar het pension.", "out_of_office", sender=1, headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen – Hondenpension De Heide BV", fam=["ooo", "return-date"])
R("Q1051", 27, "Ik werk niet meer op de boekhouding. Stuur het naar boekhouding@busbedrijf-kempen.example.", "wrong_contact", sender=1, fam=["wrong-contact", "left"])
R("Q1050", 25, "Dit is een automatisch bericht.\n\nUw bericht kon niet worden afgeleverd bij p.deboer@lichtreclame-deboer.example.\nFout: 550 5.1.1 onbekende ontvanger.", "bounce", sender="postmaster@lichtreclame-deboer.example", dsn=("p.deboer@lichtreclame-deboer.example", "5.1.1"), subject="Onbestelbaar: Herinnering: vervallen facturen", fam=["bounce"])
REPLIES = k.replies
PAYMENTS = k.payments
