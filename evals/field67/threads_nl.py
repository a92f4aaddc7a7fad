"""field67, Dutch and Flemish: asparagus in Limburg until Sint-Jan, Pinkpop stage builders, Hoogstraten strawberries."""

from evals.field.build import Payment, Reply
from evals.field67.kit import AUTO, CET, at, auto


def inv(*s: str) -> list[str]:
    return ["INV-2027-" + x for x in s]


SIG_PZL = ("\n\nMet vriendelijke groet,\n\nRuud Janssen\nController\nPodiumbouw Zuid-Limburg B.V.\nIndustrieweg 40, 6372 AB Landgraaf\nKvK 14098871 | btw NL8123.45.678.B01\n"
           "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend.")

PAYMENTS = [
    Payment("BK67-025", "P6732", "2030-05-29", "7420.00", "EUR", "PR-2030-118 PEELRAND ASPERGES"),
    Payment("BK67-026", "P6733", "2030-05-16", "32120.00", "EUR", "PODIUMBOUW ZUID-LIMBURG BV"),
    Payment("BK67-027", "P6734", "2030-05-09", "5640.00", "EUR", "PAYCONIQ HOEVE AARDBEIENGAARD"),
]

REPLIES = [
    # toezeggingen
    Reply("P6732", at(4, 29, "08:30", CET), "Goedemorgen,\n\nHet aspergeseizoen is in volle gang. We betalen beide facturen vrijdag.\n\nGroet, Ingrid", "promise_to_pay", "2030-05-03",
          fam=["bare-weekday", "season"]),
    Reply("P6732", at(5, 3, "16:00", CET), "Zaterdag Dodenherdenking, zondag Bevrijdingsdag, maandag gewoon open. De betaling gaat dinsdag de deur uit.", "promise_to_pay",
          "2030-05-07", fam=["holiday-named", "bare-weekday"]),
    Reply("P6732", at(5, 20, "11:00", CET), "Geachte heer/mevrouw,\n\nDe betaling van factuur INV-2027-67321 staat ingepland op 29-05-2030.\n\nMet vriendelijke groet,\nAdministratie",
          "promise_to_pay", "2030-05-29", inv=inv("67321"), sender=0, html=True, fam=["numeric-dmy", "formal", "outlook-html"]),
    Reply("P6732", at(6, 11, "13:00", CET), "Sint-Jan (24 juni) is de laatste steekdag, daarna hebben we weer lucht. Maar jullie hoeven niet zo lang te wachten: betaling binnen 10 dagen.",
          "promise_to_pay", "2030-06-21", fam=["distractor-date", "relative-span", "season"]),
    Reply("P6732", at(5, 28, "09:00", CET), "Donderdag Hemelvaart, vrijdag brug. Betaling volgende week dinsdag.", "promise_to_pay", "2030-06-04",
          fam=["holiday-named", "bridge-day", "next-week-weekday"]),
    Reply("P6732", at(5, 23, "10:00", CET), "Geachte heer/mevrouw,\n\nNamens Aspergekwekerij De Peelrand laten wij u weten dat de openstaande facturen op 31-5 worden voldaan.\n\nBoekhoudkantoor Van Rooij",
          "promise_to_pay", "2030-05-31", sender="boekhoudkantoor.vanrooij@ziggo.nl", fam=["unknown-sender", "bookkeeper", "numeric-dm"]),
    Reply("P6732", at(6, 19, "12:00", CET), "Morgen betalen we de 1.865 euro van factuur 67322.", "promise_to_pay", "2030-06-20", amount="1865.00", inv=inv("67322"), partial=False,
          fam=["tomorrow", "whole-invoice-amount"]),
    Reply("P6733", at(5, 6, "10:00", CET), "Beste,\n\nDe Pinkpop-opbouw start op 3 juni. De facturen INV-2027-67331 en INV-2027-67332 worden voldaan in onze betaalrun van 16 mei." + SIG_PZL,
          "promise_to_pay", "2030-05-16", inv=inv("67331", "67332"), html=True, fam=["distractor-date", "outlook-html", "disclaimer"]),
    Reply("P6733", at(6, 12, "22:10", CET), "pinkpop zit erop 🤘 ruud zegt betaling maandag", "promise_to_pay", "2030-06-17", sender=2, fam=["lowercase", "emoji", "bare-weekday"]),
    Reply("P6733", at(5, 29, "09:00", CET), "Betaling volgt deze week nog." + SIG_PZL, "promise_to_pay", "2030-05-31", fam=["this-week"],
          note="'deze week nog' is the Friday of this week"),
    Reply("P6733", at(6, 18, "10:00", CET), "We betalen 67332 eind van de maand, na de halfjaarafsluiting. Nee wacht, die is op de 30e, dus we betalen op 28 juni.", "promise_to_pay",
          "2030-06-28", inv=inv("67332"), fam=["correction", "half-year", "explicit-date"]),
    Reply("P6733", at(5, 14, "15:00", CET), "€ 26.800 voor 67331 gaat over vijf werkdagen de deur uit.", "promise_to_pay", "2030-05-21", amount="26800.00", inv=inv("67331"),
          partial=False, fam=["working-days", "whole-invoice-amount"]),
    Reply("P6733", at(5, 22, "08:00", CET), "Ruud zit tot donderdag op een beurs in Frankfurt. Hij betaalt volgende week.", "promise_to_pay", "2030-05-31", sender=2,
          fam=["next-week", "trade-fair", "colleague"]),
    Reply("P6734", at(5, 2, "08:00", CET), "Dag,\n\nDe aardbeien zijn vroeg dit jaar, we hebben het druk. We betalen binnen de 5 werkdagen.\n\nLieve", "promise_to_pay", "2030-05-09",
          fam=["flemish", "working-days", "season"]),
    Reply("P6734", at(5, 29, "17:00", CET), "Morgen O.L.H.-Hemelvaart en vrijdag brugdag. Ik betaal maandag de 3de.", "promise_to_pay", "2030-06-03",
          fam=["flemish", "holiday-named", "weekday-and-day"]),
    Reply("P6734", at(6, 7, "10:00", CET), "Beste,\n\nNa Pinkstermaandag betalen wij factuur 67341 met gestructureerde mededeling +++067/3410/00088+++, op dinsdag 11 juni.\n\nBoekhouding",
          "promise_to_pay", "2030-06-11", inv=inv("67341"), sender=0, fam=["flemish", "structured-communication", "weekday-and-day"]),
    Reply("P6734", at(6, 20, "19:00", CET), "Gij krijgt uw geld tegen het einde van de maand, beloofd.", "promise_to_pay", "2030-06-30", fam=["flemish", "end-of-month"]),
    # betaald
    Reply("P6732", at(5, 30, "10:00", CET), "Factuur 67321 is gisteren betaald, kenmerk PR-2030-118.", "already_paid", ref="PR-2030-118", inv=inv("67321"),
          fam=["paid-with-ref", "matched"]),
    Reply("P6733", at(5, 17, "10:00", CET), "Beide facturen zijn gisteren voldaan, € 32.120." + SIG_PZL, "already_paid", fam=["paid-dated", "matched"]),
    Reply("P6734", at(5, 10, "10:00", CET), "Betaald via Payconiq gisteren, € 5.640.", "already_paid", fam=["paid-dated", "matched", "flemish"]),
    Reply("P6732", at(6, 21, "09:00", CET), "Die van € 1.865 is gisteren via iDEAL betaald.", "already_paid", human=["no matching payment"],
          fam=["unmatched", "payment-method"]),
    # betwist
    Reply("P6732", at(5, 16, "10:00", CET), "De aspergefolie van factuur 67321 was te smal (40 cm in plaats van 60 cm). Wij willen een creditnota.", "dispute", inv=inv("67321"),
          fam=["goods", "credit-note"]),
    Reply("P6733", at(6, 14, "10:00", CET), "Op 67332 staan 14 uur kraanwerk berekend, wij hebben er 9 afgetekend. Graag een gecorrigeerde factuur." + SIG_PZL, "dispute",
          inv=inv("67332"), fam=["hours", "strategic"]),
    Reply("P6734", at(5, 22, "10:00", CET), "Factuur 67342 is een dubbele facturatie van 67341, zelfde levering.", "dispute", inv=inv("67342", "67341"), fam=["duplicate-billing", "flemish"]),
    # kopie
    Reply("P6732", at(5, 8, "10:00", CET), "Wij hebben factuur 67322 niet ontvangen. Kunt u deze nogmaals sturen?", "invoice_resend", inv=inv("67322"), sender=0,
          fam=["never-received"]),
    Reply("P6733", at(6, 19, "10:00", CET), "Kun je me een rekeningoverzicht sturen? Ik moet het projectbudget van Pinkpop afsluiten.", "invoice_resend", sender=2, fam=["statement"]),
    Reply("P6734", at(5, 14, "10:00", CET), "Mogen wij een kopie van factuur 67342?", "invoice_resend", inv=inv("67342"), sender=0, fam=["copy", "flemish"]),
    # order- en factuurgegevens
    Reply("P6733", at(6, 20, "10:00", CET), "Vanaf 1 juli ontvangen wij facturen uitsluitend via Peppol (UBL). Graag 67332 opnieuw indienen met inkoopordernummer PZL-4495." + SIG_PZL,
          "po_change", inv=inv("67332"), fam=["e-invoicing", "po-correction"]),
    Reply("P6734", at(6, 4, "10:00", CET), "Ons ondernemingsnummer is gewijzigd naar BE 0788.123.456 sinds de omvorming naar BV. Gelieve de facturen aan te passen.", "po_change",
          fam=["entity-change", "flemish"]),
    Reply("P6732", at(6, 6, "10:00", CET), "Ons factuuradres is gewijzigd: Peelweg 12, 5981 NA Panningen. Graag beide facturen opnieuw sturen.", "po_change", sender=0,
          fam=["address-change"]),
    # betalingsregeling
    Reply("P6732", at(6, 4, "10:30", CET), "Kunnen we in drie termijnen betalen? Eerste termijn van € 3.000 op 15 juni.", "payment_plan_request", "2030-06-15", amount="3000.00",
          fam=["instalments"]),
    Reply("P6734", at(5, 16, "10:00", CET), "Zou het mogelijk zijn om in twee keer te betalen? De helft nu en de rest na het aardbeienseizoen.", "payment_plan_request", "2030-05-16",
          fam=["instalments", "half-now", "flemish"], note="'de helft nu' dates the first instalment on the message date"),
    Reply("P6733", at(6, 7, "10:00", CET), "Gezien de late betaling door de festivalorganisatie: kunnen we 67331 over drie maanden spreiden, vanaf 1 juli?" + SIG_PZL,
          "payment_plan_request", "2030-07-01", inv=inv("67331"), fam=["instalments", "strategic"]),
    # afwezig
    Reply("P6733", at(6, 6, "17:00", CET), "Ik ben afwezig tot en met 10 juni (Pinksteren). Voor dringende zaken: crediteuren@podiumbouw-zl.example.", "out_of_office",
          headers=AUTO, subject=auto("Automatisch antwoord", "nl", "Podiumbouw Zuid-Limburg B.V."), fam=["auto-reply", "holiday-named"]),
    Reply("P6734", at(6, 21, "18:00", CET), "Ik ben met verlof tot 12 juli. Uw mail wordt niet doorgestuurd. Voor aardbeien: bel de hoevewinkel.", "out_of_office", headers=AUTO,
          subject=auto("Afwezig", "nl", "Hoeve De Aardbeiengaard BV"), human=["absence longer than 14 days"], fam=["auto-reply", "over-14"]),
    # onbestelbaar
    Reply("P6732", at(5, 24, "09:06", CET), "Uw bericht kan niet worden bezorgd bij de volgende geadresseerden:\n\nadministratie@peelrand-asperges.example\nDe externe server heeft '550 5.1.1 Gebruiker onbekend' geretourneerd.",
          "bounce", sender="postmaster@peelrand-asperges.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Aspergekwekerij De Peelrand B.V.",
          dsn=("administratie@peelrand-asperges.example", "5.1.1"), lang="nl", fam=["dsn-exchange-nl"]),
    Reply("P6734", at(6, 13, "09:06", CET), "Dit bericht is automatisch aangemaakt door de mailserver.\n\nHet bericht kon na 5 dagen niet worden afgeleverd bij boekhouding@aardbeiengaard.example.\nReden: 4.4.7 verbinding verlopen",
          "bounce", sender="MAILER-DAEMON@mail.aardbeiengaard.example", subject="Bericht niet afgeleverd", dsn=("boekhouding@aardbeiengaard.example", "4.4.7"),
          lang="nl", fam=["dsn-timeout"]),
    # verkeerde contactpersoon
    Reply("P6733", at(5, 24, "10:00", CET), "Ik ben projectleider, geen boekhouding. Stuur het maar naar crediteuren@podiumbouw-zl.example.", "wrong_contact", sender=2,
          fam=["not-responsible"]),
    Reply("P6732", at(6, 14, "10:00", CET), "Ik werk hier sinds 1 juni niet meer. Mijn opvolger is Bram Hendriks, bram.hendriks@peelrand-asperges.example.", "wrong_contact",
          fam=["left", "new-contact"]),
    # overig
    Reply("P6734", at(5, 3, "10:00", CET), "Bedankt, goed ontvangen.", "other", fam=["no-action", "acknowledgement"]),
    Reply("P6733", at(5, 27, "10:00", CET), "Wij ontvingen een brief dat uw IBAN is gewijzigd naar een rekening in Litouwen. Klopt dat? We betalen pas na telefonische bevestiging." + SIG_PZL,
          "other", human=["bank-detail check"], fam=["fraud-check"]),
    Reply("P6732", at(5, 13, "10:00", CET), "Kunnen we ook via iDEAL of een betaallink betalen? Dat scheelt mij een rit naar de bank in Venlo.", "other", human=["payment-method question"], fam=["payment-method"]),
]
