"""field64 Dutch replies: a Utrecht builder in the Bouwvak, a sailing school at Nieuwpoort, a Betuwe pear grower at harvest."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field.build import Reply as R
from evals.field64.kit import AUTO, CET, at, inv

P, PAID, DISPUTE, RESEND, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, BOUNCE, WRONG, OTHER = "out_of_office", "bounce", "wrong_contact", "other"

PAYMENTS = [
    Payment("BK64-028", "J6451", "2029-08-24", "9480.00", "EUR", "DE KRAANVOGEL BV 64511"),
    Payment("BK64-029", "J6452", "2029-08-31", "3640.00", "EUR", "+++452/6452/10521+++"),
    Payment("BK64-030", "J6453", "2029-09-04", "2715.00", "EUR", "BETUWSE PEER VOF"),
]

REPLIES = [
    R("J6451", at(7, 23, "07:30", CET), "Goedemorgen,\n\nWe gaan vrijdag de bouwvak in. Factuur 64511 betalen we donderdag, voor we dichtgaan.\n\nGroet,\nHenk van Leeuwen", P,
      date="2029-07-26", inv=inv("64511"), fam=["weekday", "shutdown"]),
    R("J6451", at(8, 13, "08:00", CET), "Bouwvak is voorbij, de administratie draait weer. Betaling volgt volgende week woensdag.", P, date="2029-08-22", sender=0,
      fam=["next-week-weekday"]),
    R("J6451", at(8, 27, "10:20", CET), "We maken € 5.000 over op 31-08 en de rest half september.", P, date="2029-08-31", amount="5000.00", fam=["partial", "numeric-date"]),
    R("J6451", at(9, 5, "16:00", CET), "Betaling staat gepland voor maandag 10 september. Nee wacht, dat wordt dinsdag 11 september, maandag is de betaalrun al dicht.", P,
      date="2029-09-11", fam=["correction", "weekday-ordinal"]),
    R("J6452", at(7, 25, "19:00", CET), "Dag, de zomerkampen draaien volop. We betalen eind volgende week.", P, date="2029-08-03", fam=["next-week"]),
    R("J6452", at(8, 14, "11:00", CET), "Morgen is het 15 augustus, dan zijn we dicht. We storten donderdag.", P, date="2029-08-16", sender=0, fam=["holiday", "weekday"]),
    R("J6452", at(8, 29, "09:30", CET), "Betaling binnen de 10 werkdagen, zoals altijd na het seizoen.", P, date="2029-09-12", fam=["working-days", "belgicism"],
      note="ten working days from Wed 29 Aug: 30, 31 Aug, 3-7 Sep, 10, 11, 12 Sep"),
    R("J6453", at(7, 30, "06:45", CET), "We zitten midden in de perenoogst. Ik maak het over zodra de eerste veiling uitbetaalt, uiterlijk 15 augustus.", P, date="2029-08-15",
      fam=["harvest", "explicit-date"]),
    R("J6453", at(8, 21, "20:30", CET), "64532 betaal ik morgen, 64531 eind van de maand.", P, date="2029-08-22", fam=["two-dates", "relative"]),
    R("J6453", at(9, 3, "07:10", CET), "over twee weken alles betaald", P, date="2029-09-17", sender=0, fam=["terse", "relative"]),
    R("J6451", at(8, 1, "12:00", CET), "Geachte heer/mevrouw,\n\nUw factuur 64512 wordt in de betaalrun van week 33 meegenomen.\n\nMet vriendelijke groet,\nAdministratie", P,
      date="2029-08-17", inv=inv("64512"), sender=0, html=True, fam=["html", "calendar-week"]),
    R("J6452", at(8, 2, "10:10", CET), "Wij betalen zodra de subsidie van de gemeente binnen is.", P, human=["conditional", "undated"], fam=["conditional", "undated"]),
    R("J6453", at(8, 9, "13:00", CET), "Nou nou, wat een haast. Goed, vrijdag staat het erop.", P, date="2029-08-10", fam=["sarcasm", "weekday"]),
    R("J6451", at(8, 16, "09:00", CET), "Ter info, zie hieronder.\n\n-------- Doorgestuurd bericht --------\nVan: Henk van Leeuwen\nAan: Administratie\n\nNorthwind graag op 24 augustus betalen, allebei.", P,
      date="2029-08-24", sender=0, fam=["forward", "explicit-date"]),
    R("J6452", at(9, 6, "14:00", CET), "De laatste zeilweek is voorbij. We betalen € 1.820 nu en de andere helft op 1 oktober.", P, date="2029-09-06", amount="1820.00",
      fam=["partial", "relative"]),
    R("J6453", at(8, 2, "21:10", CET), "Na de oogst, half september, betalen we alles.", P, date="2029-09-15", fam=["mid-month"]),
    R("J6451", at(7, 24, "15:30", CET), "Betaling volgt op 3/8.", P, date="2029-08-03", fam=["numeric-date", "terse"]),
    R("J6452", at(7, 31, "12:00", CET), "We betalen in de loop van augustus.", P, human=["undated"], fam=["undated", "vague"]),
    # already paid
    R("J6451", at(8, 28, "09:00", CET), "64511 is vrijdag betaald.", PAID, inv=inv("64511"), fam=["terse", "amount-match"]),
    R("J6452", at(9, 3, "10:00", CET), "Betaald op 31/08 met gestructureerde mededeling +++452/6452/10521+++.", PAID, ref="+++452/6452/10521+++",
      fam=["structured-communication"]),
    R("J6453", at(9, 6, "19:00", CET), "Alles betaald op 4 september, € 3.105.", PAID, human=["amount differs from the open balance"], fam=["short-payment"],
      note="the bank line is 2,715: 64532 is missing"),
    # disputes
    R("J6451", at(8, 20, "10:00", CET), "Op 64511 staan 12 steigerdagen, we hebben er 8 gebruikt, tijdens de bouwvak lag alles stil. Graag creditnota.", DISPUTE, inv=inv("64511"),
      fam=["service-not-received"]),
    R("J6452", at(8, 7, "11:30", CET), "Twee van de zes zeilen die we kregen waren gescheurd. We betalen niet voor die twee.", DISPUTE, fam=["quality"]),
    R("J6453", at(8, 23, "18:00", CET), "De plukkisten op 64532 hebben we nooit besteld. Dit klopt niet.", DISPUTE, inv=inv("64532"), fam=["not-ordered"]),
    # resends
    R("J6451", at(7, 31, "08:00", CET), "Kunt u factuur 64512 nog eens sturen? Die is bij ons niet aangekomen.", RESEND, inv=inv("64512"), sender=0, fam=["never-received"]),
    R("J6452", at(8, 20, "09:00", CET), "Mag ik een rekeningoverzicht?", RESEND, fam=["statement"]),
    R("J6453", at(8, 14, "12:00", CET), "stuur de factuur nog een keer aub, kan hem niet vinden", RESEND, fam=["terse"]),
    # PO and billing changes
    R("J6451", at(8, 6, "10:00", CET), "Op 64512 moet ons projectnummer KV-2029-140 staan in plaats van KV-2029-131. Graag een nieuwe factuur.", PO, inv=inv("64512"), sender=0,
      fam=["po-number"]),
    R("J6452", at(8, 24, "10:00", CET), "Vanaf 1 september graag alle facturen via Peppol naar ons ondernemingsnummer 0712.345.678.", PO, sender=0, fam=["e-invoicing"]),
    R("J6453", at(7, 26, "09:00", CET), "Ons nieuwe adres is Lingedijk 44, 4191 Geldermalsen. Wilt u de facturen aanpassen?", PO, fam=["address"]),
    # plans
    R("J6451", at(8, 30, "13:00", CET), "Kunnen we de 64511 in drie termijnen betalen, de eerste op 15 september?", PLAN, date="2029-09-15", inv=inv("64511"),
      fam=["first-instalment"]),
    R("J6453", at(8, 8, "20:00", CET), "Slecht perenjaar door de hagel. Mogen we in 4 maandelijkse termijnen van € 776,25 betalen, vanaf 1 september?", PLAN, date="2029-09-01",
      amount="776.25", fam=["first-instalment"]),
    R("J6452", at(8, 17, "10:00", CET), "Is een afbetalingsregeling mogelijk? Het seizoen viel tegen.", PLAN, fam=["undated"]),
    # absences
    R("J6451", at(7, 27, "09:06", CET), "Wij zijn met bouwvakvakantie van 28 juli t/m 19 augustus. Vanaf maandag 20 augustus zijn we weer bereikbaar.", OOO, sender=0,
      headers=AUTO, human=["absence longer than 14 days"], fam=["auto-reply", "shutdown"]),
    R("J6452", at(8, 13, "09:06", CET), "Ik ben afwezig tot en met 17 augustus.", OOO, headers=AUTO, fam=["auto-reply"]),
    R("J6453", at(8, 29, "09:06", CET), "Tijdens de oogst lees ik geen mail. Vanaf 1 oktober ben ik weer bereikbaar.", OOO, headers=AUTO,
      human=["absence longer than 14 days"], fam=["auto-reply", "harvest"]),
    # bounces
    R("J6451", at(8, 8, "09:06", CET), "Het bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\nh.vanleeuwen@dekraanvogel.example\n\n550 5.1.1 Onbekende gebruiker", BOUNCE,
      sender="postmaster@dekraanvogel.example", dsn=("h.vanleeuwen@dekraanvogel.example", "5.1.1"), quote="none",
      subject="Onbestelbaar: Herinnering: vervallen facturen", fam=["dsn"]),
    R("J6453", at(8, 2, "09:07", CET), "Afleveren mislukt.\n\na.verhoef@betuwsepeer.example: mailbox vol (552 5.2.2)", BOUNCE,
      sender="MAILER-DAEMON@betuwsepeer.example", dsn=("a.verhoef@betuwsepeer.example", "5.2.2"), quote="none", subject="Niet afgeleverd", fam=["dsn"]),
    # wrong contact
    R("J6452", at(7, 27, "16:00", CET), "Ik ben monitor van het zeilkamp, ik doe niets met facturen. Mail naar boekhouding@zeilschool-westhoek.example.", WRONG,
      fam=["seasonal-staff"]),
    R("J6453", at(8, 16, "12:00", CET), "Anouk is met zwangerschapsverlof. Voor betalingen kunt u terecht bij Joris, joris@betuwsepeer.example.", WRONG, sender=0,
      fam=["maternity-leave", "new-contact"]),
    # other
    R("J6451", at(8, 22, "08:00", CET), "Ontvangen, dank u.", OTHER, sender=0, fam=["no-action", "acknowledgement"]),
    R("J6452", at(8, 10, "15:00", CET), "Kunnen we ook betalen met Payconiq of moet het per overschrijving?", OTHER, human=["payment method"], fam=["payment-method"]),
    R("J6453", at(9, 4, "09:00", CET), "Wij zijn failliet verklaard op 30 augustus. Curator is mr. De Graaf, Tiel. Richt uw vordering aan de curator.", OTHER,
      human=["insolvency notice"], fam=["bankruptcy"]),
]
