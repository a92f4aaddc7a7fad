"""Dutch replies (field50): a Bruges wooden-toy maker (Flemish), a kitesurf school on Terschelling on credit hold and an
Utrecht tattoo shop — the Belgian autumn holiday, Allerheiligen, Sint-Maarten and the October month end."""

from evals.field.build import Payment, Reply
from evals.field50.kit import AUTO, CEST, CET, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK50-022", "V5051", "2027-10-27", "4865.00", "EUR", "HOUTEN SPEELGOED VAN ACKER BV 96036 96037"),
    P("BK50-023", "V5053", "2027-10-25", "390.00", "EUR", "TATTOOSHOP DE OUDE GRACHT"),
    P("BK50-024", "V5052", "2027-10-29", "2500.00", "EUR", "KITESURFSCHOOL WEST-TERSCHELLING"),
]

REPLIES = [
    # --- Houten Speelgoed Van Acker (BE, Brugge)
    R("V5051", at(25, "09:00", CEST), "Goeiemorgen,\n\nWe betalen beide facturen donderdag.\n\nMet vriendelijke groeten\nKoen Van Acker",
      "promise_to_pay", date="2027-10-28", fam=["weekday", "flemish"]),
    R("V5051", at(26, "14:15", CEST), "Dag, de betaling volgt na de herfstvakantie, op maandag 8 november.", "promise_to_pay", date="2027-11-08",
      fam=["school-holiday", "weekday-date", "flemish"]),
    R("V5051", at(27, "16:30", CEST), "Beide facturen zijn vandaag betaald, gestructureerde mededeling +++096/0360/3701+++.", "already_paid",
      fam=["paid-today", "structured-communication", "flemish"], note="BK50-022; the structured communication is not the bank's reference, so amount and date match"),
    R("V5051", at(28, "10:45", CEST), "Factuur 96036 vermeldt 120 houten treintjes, wij hebben er 100 besteld en ontvangen. Gelieve een creditnota op te maken.",
      "dispute", inv=["96036"], fam=["quantity", "credit-note", "flemish"]),
    R("V5051", at(29, "11:20", CEST), "Gelieve voortaan het ondernemingsnummer BE 0712.345.678 op de facturen te vermelden en ze via Peppol te sturen.",
      "po_change", fam=["enterprise-number", "peppol", "flemish"]),
    R("V5051", at(32, "10:00", CET), "Allerheiligen, kantoor gesloten. Wij zijn morgen terug bereikbaar.", "out_of_office", headers=AUTO,
      subject="Afwezig: Herinnering: vervallen facturen – Houten Speelgoed Van Acker bv", quote="none", fam=["auto-ooo", "holiday"]),
    R("V5051", at(33, "15:50", CET), "We betalen tegen het einde van de maand, voor de Sinterklaasdrukte.", "promise_to_pay", date="2027-11-30",
      fam=["end-of-month", "sinterklaas", "flemish"]),
    R("V5051", at(25, "16:10", CEST), "Kunnen jullie de factuur van 675 euro nog eens doorsturen? Die is hier nooit toegekomen.", "invoice_resend",
      inv=["96037"], fam=["never-received", "flemish"]),
    R("V5051", at(27, "11:05", CEST), "We betalen 675 euro morgen en de rest binnen de twee weken.", "promise_to_pay", date="2027-10-28", amount="675.00",
      partial=False, fam=["two-parts", "tomorrow", "flemish"], note="both parts dated: the rest +14 days"),
    R("V5051", at(30, "12:30", CEST), "Dag, ik ben de zoon van Koen, ik help alleen in de winkel op zaterdag. Stuur dit naar boekhouding@.",
      "wrong_contact", sender="jonas@speelgoed-vanacker.example", fam=["family-member", "unknown-sender", "flemish"]),
    R("V5051", at(28, "09:30", CEST), "Is het mogelijk om met Payconiq te betalen? Dat gaat hier veel sneller.", "other", human=["payment method question"],
      fam=["payconiq", "flemish"]),
    R("V5051", at(32, "14:40", CET), "Betaling volgt op 11/11... neen, Wapenstilstand, de bank is dicht. Dan de 12de.", "promise_to_pay", date="2027-11-12",
      fam=["moved-date", "holiday", "flemish", "day-first"]),
    R("V5051", at(26, "10:20", CEST), "Kunnen we de grote factuur in drie maandelijkse schijven betalen, vanaf 15 november?", "payment_plan_request",
      date="2027-11-15", inv=["96036"], fam=["instalments", "flemish"]),
    # --- Kitesurfschool West-Terschelling (NL, credit hold)
    R("V5052", at(25, "13:00", CEST), "Hoi, het seizoen is voorbij en de kas is leeg. We betalen 2.500 vrijdag en de rest volgende maand.",
      "promise_to_pay", date="2027-10-29", amount="2500.00", human=["undated remainder"], fam=["partial-amount", "weekday", "flagged", "frisian"]),
    R("V5052", at(29, "17:10", CEST), "De 2.500 is vandaag overgemaakt. Kunnen jullie de leverstop nu opheffen voor de nieuwe wetsuits?",
      "already_paid", sec=["other"], human=["amount differs", "credit hold question"], fam=["part-paid", "credit-hold", "flagged"]),
    R("V5052", at(27, "10:40", CEST), "Mogen we de rest in vier termijnen betalen? Eerste termijn op 1 december.", "payment_plan_request", date="2027-12-01",
      fam=["instalments", "flagged"]),
    R("V5052", at(32, "08:20", CET), "Ik ben tot en met 21 november op vakantie op Bonaire. Uw mail wordt niet doorgestuurd.", "out_of_office", headers=AUTO,
      subject="Automatisch antwoord", quote="none", human=["absence longer than 14 days"], fam=["auto-ooo", "long-absence", "flagged"]),
    R("V5052", at(28, "15:30", CEST), "Betaling in week 45, woensdag.", "promise_to_pay", date="2027-11-10", fam=["calendar-week", "weekday", "flagged", "terse"]),
    R("V5052", at(33, "12:00", CET), "De factuur rekent 21% btw over de lescursussen, maar onze lessen zijn vrijgesteld. Graag een creditnota.",
      "dispute", fam=["vat", "exemption", "flagged"]),
    R("V5052", at(26, "19:45", CEST), "Kunnen jullie het openstaande saldo per 31 oktober bevestigen voor de accountant?", "other", human=["audit confirmation"],
      fam=["balance-confirmation", "flagged"]),
    # --- Tattooshop De Oude Gracht (NL, Utrecht)
    R("V5053", at(25, "11:30", CEST), "Hoi! De 390 is vanochtend betaald, de andere volgt vrijdag.", "already_paid", sec=["promise_to_pay"], inv=["96040", "96039"],
      date="2027-10-29", fam=["paid-and-promise", "weekday"], note="the paid part matches BK50-023"),
    R("V5053", at(26, "13:50", CEST), "Betalen we volgende week vrijdag.", "promise_to_pay", date="2027-11-05", fam=["next-week-weekday", "terse"]),
    R("V5053", at(27, "18:20", CEST), "Jullie hebben 96039 twee keer gestuurd met verschillende bedragen. Welke klopt er? Wij betalen niets tot dat duidelijk is.",
      "dispute", inv=["96039"], fam=["duplicate", "amount-confusion"]),
    R("V5053", at(28, "12:10", CEST), "Kunnen jullie mij een kopie van beide facturen sturen? Ik zit bij een nieuwe boekhouder.", "invoice_resend",
      fam=["resend", "new-bookkeeper"]),
    R("V5053", at(29, "10:00", CEST), "Betaling op 3-11-2027.", "promise_to_pay", date="2027-11-03", fam=["numeric-date", "dashes", "terse"], sender=0),
    R("V5053", at(32, "16:45", CET), "Wij betalen na Sint-Maarten, de 12e.", "promise_to_pay", date="2027-11-12", fam=["holiday-context", "ordinal"]),
    R("V5053", at(33, "09:35", CET), "Bedankt voor de herinnering, is doorgezet naar onze boekhouder.", "other", fam=["no-action", "forwarded"]),
    R("V5053", at(30, "14:00", CEST), "Ik ben de nieuwe eigenaar van de shop sinds 1 oktober. Dewi is gestopt. Graag voortaan alles naar mij: m.verhoef@tattoo-oudegracht.example.",
      "wrong_contact", sender="m.verhoef@tattoo-oudegracht.example", fam=["new-owner", "unknown-sender"]),
    R("V5053", at(26, "09:10", CEST), "Graag de factuur op naam van Oude Gracht Ink B.V., KvK 87654321, met ons nieuwe adres Oudegracht 210.",
      "po_change", fam=["legal-entity", "kvk", "new-address"]),
    R("V5053", at(31, "20:40", CET), "We betalen morgen over een week.", "promise_to_pay", date="2027-11-08", fam=["tomorrow-in-a-week", "sunday"]),
    R("V5051", at(29, "08:30", CEST), "Kan de betaling in twee keer? De helft nu, de helft in december?", "payment_plan_request", date="2027-10-29",
      fam=["two-halves", "flemish"], note="asked, so a plan; 'nu' dates its first half on the reply's day"),
    R("V5053", at(25, "19:20", CEST), "Kunnen we met iDEAL betalen? Jullie bankgegevens kloppen niet met wat ik in de app zie.", "other",
      human=["payment method question"], fam=["ideal", "bank-details"]),
    R("V5052", at(30, "09:15", CEST), "Kan niet bezorgd worden: s.cupido@kite-terschelling.example\nDe mailbox is vol. 552 5.2.2",
      "bounce", sender="mailer-daemon@kite-terschelling.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Kitesurfschool West-Terschelling",
      dsn=("s.cupido@kite-terschelling.example", "5.2.2"), fam=["bounce", "dutch-dsn", "flagged"]),
    R("V5053", at(33, "04:10", CET), "Uw bericht aan d.bakker@tattoo-oudegracht.example kon niet worden afgeleverd. Het adres bestaat niet. (550 5.1.1)",
      "bounce", sender="postmaster@tattoo-oudegracht.example", subject="Onbestelbaar", dsn=("d.bakker@tattoo-oudegracht.example", "5.1.1"),
      fam=["bounce", "dutch-dsn"]),
    R("V5051", at(31, "11:15", CET), "Wij betalen begin volgende maand.", "promise_to_pay", date="2027-11-01", fam=["beginning-of-next-month", "sunday", "flemish"]),
    R("V5053", at(27, "14:25", CEST), "Eind van de week geregeld.", "promise_to_pay", date="2027-10-29", fam=["end-of-the-week", "terse"]),
    R("V5052", at(26, "11:50", CEST), "Hallo, ik doe alleen de verhuur van de boards, Sjoukje doet de administratie. Ik stuur het door.",
      "wrong_contact", sender="verhuur@kite-terschelling.example", fam=["wrong-person", "unknown-sender", "flagged"]),
    R("V5051", at(33, "11:00", CET), "Betaling gebeurt binnen 5 werkdagen.", "promise_to_pay", date="2027-11-09", fam=["working-days", "flemish"]),
]
