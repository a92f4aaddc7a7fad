"""Dutch replies (NL, BE): inkoopordernummer, kostenplaats, Peppol, nieuwe tenaamstelling en btw-nummer; beleefde
betwistingen (aantal volgens de pakbon, offerteprijs, dubbel gefactureerd), sarcasme; betalingsregeling tegen
deelbetaling en termijn van een lopende regeling; verkeerde contactpersoon, overname; G-rekening, faillissement."""

from evals.field14.kit import AUTO, EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("NL")
P, R = k.paid, k.r

# po_change
R("T1451", 23, "Hoi, kunnen jullie ons inkoopnummer IO-26-0419 op factuur 14511 zetten en hem opnieuw sturen? Zonder nummer keurt de boekhouder hem af. Groet, Sanne", "po_change", inv=["14511"], fam=["po-change", "add-po", "polite"])
R("T1452", 24, "Goedemiddag, vanaf 1 december ontvangen wij facturen uitsluitend via Peppol (ons Peppol-ID 0208:0456123987). Gelieve factuur 14521 via dat kanaal opnieuw in te dienen met bestelbon MS-BB-2290.", "po_change", inv=["14521"], fam=["po-change", "peppol", "e-invoicing", "nl-BE"])
R("T1451", 25, "De bakkerij staat sinds november op naam van Van der Meulen Brood & Banket BV (KvK 91234567). Willen jullie de factuur op de nieuwe naam zetten?", "po_change", sender=0, fam=["po-change", "new-entity", "kvk"])
R("T1452", 26, "Het btw-nummer op uw factuur is dat van de stad, niet van het museum. Ons nummer is BE0861.442.309. Graag een gecorrigeerde factuur.", "po_change", fam=["po-change", "vat-number", "copy-with-correction", "nl-BE"])
R("T1451", 27, "Graag voortaan de kostenplaats 300-WINKEL vermelden, anders komt de factuur bij de verkeerde vestiging terecht. Kunnen jullie 14512 zo aanpassen?", "po_change", inv=["14512"], fam=["po-change", "cost-centre"])

# dispute
R("T1451", 24, "Hoi, het aantal op 14511 klopt niet met onze pakbon: we hebben 25 zakken meel ontvangen en er staan er 30 op de factuur. Kunnen jullie even kijken?", "dispute", inv=["14511"], fam=["dispute", "quantity", "delivery-note", "polite"])
R("T1452", 23, "In de offerte van augustus stond een uurtarief van € 62 voor de klimaatinstallatie; op de factuur staat € 75. Graag een creditnota voor het verschil.", "dispute", fam=["dispute", "quoted-rate", "polite", "nl-BE"])
R("T1451", 26, "Fijn, weer een herinnering voor de oven die nog steeds niet op temperatuur komt. Eerst repareren, dan betalen.", "dispute", fam=["dispute", "quality", "sarcasm"])
R("T1452", 25, "De onderhoudsbeurt van oktober is twee keer gefactureerd: op 14521 en op de factuur van september die al betaald is.", "dispute", inv=["14521"], fam=["dispute", "duplicate", "nl-BE"])
R("T1451", 23, "Op 14512 staan voorrijkosten van € 85, terwijl jullie monteur zei dat die vervallen. Graag verwijderen.", "dispute", inv=["14512"], sender=0, fam=["dispute", "fees", "promised-by-technician"])

# other
R("T1451", 23, "Ontvangen, dank je.", "other", sender=0, fam=["other", "no-action", "acknowledgement"])
R("T1452", 24, "Voor we kunnen betalen hebben we een attest van de RSZ en een fiscaal attest nodig (inhoudingsplicht). Kunnen jullie die bezorgen?", "other", sender=0, human=["tax paperwork"], fam=["other", "tax-form", "inhoudingsplicht", "nl-BE"])
R("T1451", 25, "Is deze mail wel echt van jullie? Het rekeningnummer onderaan is anders dan op de vorige factuur. Bel me even voor we iets overmaken.", "other", human=["fraud check"], fam=["other", "fraud-check", "bank-details"])
R("T1451", 26, "Bedankt voor de herinnering! Kunnen we bij jullie ook automatisch laten incasseren? Dat scheelt ons een hoop gedoe.", "other", human=["payment-method question"], fam=["other", "thank-you-that-asks", "payment-method"])
R("T1452", 27, "Wij delen u mee dat de vzw Museum Het Schuttershof op 20 november 2026 door de ondernemingsrechtbank Antwerpen failliet werd verklaard. Schuldvorderingen in te dienen via Regsol bij curator mr. De Smet.", "other", sender=0, human=["insolvency"], fam=["other", "insolvency", "faillissement", "nl-BE"])

# invoice_resend
R("T1451", 24, "We hebben 14512 nooit gehad, kun je hem nog een keer sturen?", "invoice_resend", inv=["14512"], fam=["resend", "not-received", "vs-dispute"])
R("T1452", 25, "Gelieve ons een rekeninguittreksel te bezorgen met alle openstaande posten.", "invoice_resend", sender=0, fam=["resend", "statement", "nl-BE"])
R("T1451", 26, "Mag ik een kopie van 14511? Er hoeft niks aan te veranderen, het is voor de accountant.", "invoice_resend", inv=["14511"], sender=0, fam=["resend", "copy-no-change", "vs-po-change"])
R("T1452", 27, "De bijlage bij uw herinnering is leeg. Kunt u de factuur opnieuw verzenden?", "invoice_resend", fam=["resend", "empty-attachment", "nl-BE"])

# wrong_contact
R("T1451", 24, "Sanne is per 1 november gestopt bij de bakkerij. De administratie doet nu Joost de Wit, joost@bakkerij-vdmeulen.example.", "wrong_contact", sender=0, fam=["wrong-contact", "left-company", "new-contact-named"])
R("T1452", 24, "Ik ben conservator, geen boekhouder. Ik weet niets van deze factuur; stuur het naar de boekhouding.", "wrong_contact", sender="collectie@schuttershof-museum.example", fam=["wrong-contact", "not-my-department", "unknown-sender", "nl-BE"])
R("T1452", 26, "Het museum is sinds 1 november overgenomen door de Stichting Erfgoed Kempen. Ik ben niet meer verantwoordelijk voor de betalingen; richt u tot crediteuren@erfgoedkempen.example.", "wrong_contact", fam=["wrong-contact", "acquisition", "vs-po-change", "nl-BE"])
R("T1451", 27, "Dit adres wordt niet meer gelezen. Mail voor de administratie naar joost@bakkerij-vdmeulen.example.\n\nDit is een automatisch antwoord.", "wrong_contact", headers=AUTO, subject="Automatisch antwoord", quote="none", fam=["wrong-contact", "mailbox-not-monitored", "automated"])

# payment_plan_request
R("T1451", 23, "Zouden we 14511 in drie maandelijkse termijnen mogen betalen? December is krap bij ons.", "payment_plan_request", inv=["14511"], fam=["plan", "instalments", "undated"])
R("T1452", 24, "Kunnen we een betalingsregeling treffen van € 1.000 per maand vanaf 15 december?", "payment_plan_request", date="2026-12-15", amount="1000.00", fam=["plan", "monthly", "nl-BE"])
R("T1451", 26, "Mogen we de helft nu betalen en de rest in januari?", "payment_plan_request", date=on(26), fam=["plan", "half-now", "question", "vs-promise"])
R("T1452", 27, "We hebben al een regeling voor de vorige facturen. Kan deze er ook bij en kunnen we de looptijd verlengen naar zes maanden?", "payment_plan_request", sender=0, fam=["plan", "extend-existing", "vs-instalment", "nl-BE"])

# promise_to_pay
R("T1451", 24, "We maken het vrijdag over. Groetjes Sanne", "promise_to_pay", date=nxt(24, "fri"), fam=["promise", "weekday", "terse"])
R("T1452", 25, "We betalen maandag 2000 en de rest na de raad van bestuur.", "promise_to_pay", date=nxt(25, "mon"), amount="2000.00", human=["conditional"], fam=["promise", "partial", "figure-no-currency", "conditional", "nl-BE"])
R("T1451", 25, "De helft maken we deze week over, de rest als de kerstbestellingen binnen zijn.", "promise_to_pay", date=nxt(25, "fri"), human=["partial", "conditional"], sender=0, fam=["promise", "half", "conditional", "eow"])
R("T1452", 26, "Volgens de afspraak met Alice gaat de tweede termijn (€ 1.573,33) op 1 december de deur uit.", "promise_to_pay", date="2026-12-01", amount="1573.33", fam=["promise", "instalment-existing-plan", "nl-BE"])

# already_paid
P("T1451", 23, "Is vrijdag betaald, kenmerk VDM-2011.", ref="VDM-2011", paid_on=20, fam=["paid", "weekday-past", "reference"])
R("T1452", 24, "We hebben op 19 november de helft overgemaakt; het saldo volgt na goedkeuring door de stad.", "already_paid", sec=["promise_to_pay"], human=["amount differs from the open balance", "conditional"], fam=["paid", "half", "part-paid", "rest-conditional", "nl-BE"])
k.bank("T1452", 19, "2360.00", "MUSEUM HET SCHUTTERSHOF VOORSCHOT")
R("T1451", 25, "We hebben vorige week duizend euro overgemaakt, de rest volgt eind van de maand.", "already_paid", sec=["promise_to_pay"], date=EOM, human=["amount differs from the open balance"], sender=0, fam=["paid", "part-paid", "figure-in-words", "rest-month-end"])
k.bank("T1451", 18, "1000.00", "BAKKERIJ VAN DER MEULEN")
R("T1452", 27, "Dat is al lang betaald, kijk uw rekeninguittreksels maar na.", "already_paid", human=["no matching payment"], fam=["paid", "no-bank-line", "curt", "nl-BE"])

# out_of_office
R("T1451", 24, "Ik ben afwezig tot en met 2 december. Uw bericht wordt niet doorgestuurd.", "out_of_office", headers=AUTO, subject="Automatisch antwoord: Herinnering: vervallen facturen", quote="none", hm="09:06", fam=["ooo", "auto", "within-14"])
R("T1452", 25, "Ik ben met verlof tot 11 januari 2027. Voor dringende zaken: boekhouding@schuttershof-museum.example.", "out_of_office", headers=AUTO, subject="Afwezig", quote="none", hm="09:06", human=["away more than 14 days"], fam=["ooo", "auto", "over-14", "nl-BE"])

# bounce
R("T1451", 25, "Dit is een automatisch bericht van de mailserver.\n\nUw bericht kon niet worden afgeleverd bij:\n\n<s.vandermeulen@bakkerij-vdmeulen.example>: 550 5.1.1 Onbekende gebruiker", "bounce", sender="MAILER-DAEMON@mail.bakkerij-vdmeulen.example", subject="Onbestelbaar bericht", dsn=("s.vandermeulen@bakkerij-vdmeulen.example", "5.1.1"), hm="09:06", lang="nl", fam=["bounce", "nl-dsn", "unknown-user"])
R("T1452", 26, "Bezorging is mislukt voor deze ontvangers of groepen:\n\np.claes@schuttershof-museum.example\nHet postvak van de ontvanger is vol.\n\n552 5.2.2 Mailbox vol", "bounce", sender="postmaster@schuttershof-museum.example", subject="Onbestelbaar: Herinnering: vervallen facturen", dsn=("p.claes@schuttershof-museum.example", "5.2.2"), hm="09:06", lang="nl", fam=["bounce", "nl-dsn", "exchange", "mailbox-full"])

REPLIES = k.replies
PAYMENTS = k.payments
