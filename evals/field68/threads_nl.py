"""field68, Dutch (Netherlands, Flanders): natuurijs, jaarafsluiting, vastelaovend and Aalst carnaval, krokusvakantie."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field68.kit import AUTO, CET, at, auto, inv

PAYMENTS: list[Payment] = [
    Payment("BK68-051", "Q6839", "2031-02-05", "6940.00", "EUR", "EH-31-0009 IJSBAAN DE ELFSTEDENHAL"),
    Payment("BK68-052", "Q6841", "2031-01-23", "6950.00", "EUR", "+++684/1100/00114+++ SNEEUWSTORM REIZEN"),
]

REPLIES: list[Reply] = [
    # maandag 6 januari → vrijdag 10 januari
    Reply("Q6839", at(1, 6, "08:30", CET), "Goedemorgen,\n\nDoor de vorst staat heel Friesland op de schaats en de baan is overvol. Betaling volgt vrijdag.\n\nMet vriendelijke groet,\nSietske Hoekstra",
          "promise_to_pay", "2031-01-10", fam=["bare-weekday", "weather"]),
    # woensdag 22 januari: binnen 5 werkdagen = do 23, vr 24, ma 27, di 28, wo 29
    Reply("Q6839", at(1, 22, "14:00", CET), "Wij betalen binnen 5 werkdagen. Groet, S. Hoekstra", "promise_to_pay", "2031-01-29", fam=["working-days", "terse"]),
    # dinsdag 11 februari: morgen 2.210 euro (68392), rest eind van de maand
    Reply("Q6839", at(2, 11, "10:15", CET), "Hoi, we betalen morgen € 2.210 voor 68392 en de rest eind van de maand.\n\nSietske", "promise_to_pay", "2031-02-12", amount="2210.00",
          inv=inv("68392"), fam=["partial", "tomorrow", "two-dates"]),
    # maandag 13 januari: 24-01-2031
    Reply("Q6837", at(1, 13, "19:00", CET), "Beste,\n\nDe betaling van beide facturen volgt op 24-01-2031, na de ledenvergadering van de vereniging.\n\nMet carnavaleske groet,\nWiel Ramakers\nPenningmeester",
          "promise_to_pay", "2031-01-24", fam=["numeric-day-first", "distractor-event", "strategic"]),
    # donderdag 20 februari: vrijdag 28 februari, na vastelaovend
    Reply("Q6837", at(2, 20, "16:00", CET), "Met vastelaovend ligt Maastricht van zaterdag tot en met dinsdag plat. Wij betalen daarna, op vrijdag 28 februari.\n\nJo Houben\nVoorzitter",
          "promise_to_pay", "2031-02-28", sender=2, fam=["limburgs", "distractor-holiday", "weekday-and-day", "strategic"]),
    # maandag 27 januari (BE): binnen de 10 dagen = 6 februari
    Reply("Q6838", at(1, 27, "11:00", CET), "Dag, we betalen binnen de 10 dagen. Groetjes, Kristof", "promise_to_pay", "2031-02-06", fam=["flemish", "relative-span", "credit-hold"]),
    # woensdag 12 februari (BE): volgende week donderdag = 20 februari; 8.260 euro
    Reply("Q6838", at(2, 12, "09:45", CET), "Dag,\n\nDe praalwagens voor de stoet zijn bijna klaar. We betalen de 68381 (8.260 euro) volgende week donderdag, de andere na carnaval.\n\nKristof De Vos\nBoekhouder",
          "promise_to_pay", "2031-02-20", amount="8260.00", inv=inv("68381"), fam=["flemish", "next-week-weekday", "partial", "credit-hold"]),
    # woensdag 8 januari (plan): termijn 2.400 euro op de 15e
    Reply("Q6840", at(1, 8, "09:00", CET), "Goedemorgen, de januaritermijn van € 2.400 staat ingepland op de 15e.\n\nRuud Kok", "promise_to_pay", "2031-01-15", amount="2400.00",
          fam=["plan-instalment", "partial", "day-of-month"]),
    # dinsdag 4 februari (plan): eind volgende week = vrijdag 14 februari
    Reply("Q6840", at(2, 4, "17:30", CET), "Het is hier jaarafsluiting en iedereen draait overuren. De termijn komt eind volgende week.\n\nRuud", "promise_to_pay", "2031-02-14", human=["partial"],
          fam=["plan-instalment", "next-week", "year-end"], note="end of next week read as Friday of next week"),
    # maandag 20 januari (BE): volgende week vrijdag = 31 januari
    Reply("Q6841", at(1, 20, "10:30", CET), "Dag, volgende week vrijdag betalen we. De skireizen voor de krokusvakantie lopen storm.\n\nBart Peeters", "promise_to_pay", "2031-01-31",
          fam=["flemish", "next-week-weekday"]),
    # vrijdag 14 februari (BE): maandag = 17 februari
    Reply("Q6841", at(2, 14, "15:00", CET), "Maandag staat de betaling klaar. Fijne Valentijn!\n\nEls", "promise_to_pay", "2031-02-17", sender=2, fam=["bare-weekday", "flemish"]),
    # dinsdag 25 februari (BE): binnen de 5 werkdagen = wo 26, do 27, vr 28, ma 3, di 4 maart
    Reply("Q6841", at(2, 25, "09:20", CET), "Goeiemorgen, de betaling volgt binnen de 5 werkdagen.\n\nEls Janssens\nBoekhouding", "promise_to_pay", "2031-03-04", sender=2,
          fam=["flemish", "working-days", "month-boundary"]),
    # donderdag 30 januari: donderdag → nee wacht, vrijdag = 31 januari
    Reply("Q6839", at(1, 30, "08:10", CET), "Betaling gaat donderdag de deur uit, nee wacht, vandaag is het donderdag. Morgen dus, vrijdag.\n\nPieter Dijkstra", "promise_to_pay", "2031-01-31",
          sender=2, fam=["correction", "tomorrow"]),
    # maandag 3 februari: over twee weken = 17 februari
    Reply("Q6837", at(2, 3, "12:00", CET), "Wij maken het over twee weken over, de kas van de sjoen is na de zittingsavonden weer gevuld.\n\nWiel", "promise_to_pay", "2031-02-17",
          fam=["relative-span", "limburgs", "strategic"]),
    # maandag 17 februari: begin volgende maand = 1 maart
    Reply("Q6839", at(2, 17, "13:30", CET), "De dooi heeft ons het seizoen gekost. Begin volgende maand betalen we.\n\nSietske", "promise_to_pay", "2031-03-01", fam=["beginning-of-next-month", "weather"]),
    # donderdag 9 januari (BE): boekhoudkantoor, onbekend adres; 17/01
    Reply("Q6841", at(1, 9, "16:00", CET), "Geachte,\n\nNamens onze klant Sneeuwstorm Reizen bevestigen wij dat de openstaande facturen op 17/01 betaald worden.\n\nMet vriendelijke groeten,\nBoekhoudkantoor Van Aken",
          "promise_to_pay", "2031-01-17", sender="info@boekhouding-vanaken.example", fam=["unknown-sender", "accountant", "numeric-day-first"]),
    # dinsdag 18 februari (BE): ongedateerd, voorwaardelijk
    Reply("Q6838", at(2, 18, "14:00", CET), "We betalen van zodra de stad de subsidie voor de stoet gestort heeft.\n\nKristof", "promise_to_pay", None, human=["undated", "conditional"],
          fam=["flemish", "undated", "conditional", "credit-hold"]),
    # maandag 24 februari (plan): morgen de februaritermijn = 25 februari
    Reply("Q6840", at(2, 24, "16:20", CET), "Morgen gaat de februaritermijn eruit. Groet, Esra Yılmaz", "promise_to_pay", "2031-02-25", human=["partial"], sender=2,
          fam=["plan-instalment", "tomorrow"]),
    # ---- already_paid ----
    Reply("Q6839", at(2, 6, "09:00", CET), "Goedemorgen, 68391 is op 4-2 overgemaakt met kenmerk EH-31-0009.\n\nSietske", "already_paid", inv=inv("68391"), ref="EH-31-0009",
          fam=["paid-with-ref", "matched", "one-of-two"], note="BK68-051"),
    Reply("Q6841", at(1, 24, "11:30", CET), "Dag, beide facturen zijn betaald met gestructureerde mededeling +++684/1100/00114+++.\n\nEls", "already_paid", ref="+++684/1100/00114+++", sender=2,
          fam=["structured-communication", "flemish", "matched"], note="BK68-052"),
    Reply("Q6837", at(2, 12, "20:00", CET), "Dat is vorige week al betaald, € 15.140 in één keer.\n\nWiel Ramakers", "already_paid", human=["no matching payment"], fam=["paid-no-match", "strategic"]),
    # ---- dispute ----
    Reply("Q6837", at(1, 21, "10:00", CET), "De steken voor de raad van elf zijn in de verkeerde kleur geleverd (paars in plaats van geel-groen-rood). Zo betalen wij 68372 niet.\n\nJo Houben", "dispute",
          inv=inv("68372"), sender=2, fam=["wrong-goods", "strategic"]),
    Reply("Q6839", at(1, 15, "11:20", CET), "U heeft de huur van de ijsdweilmachine twee keer gefactureerd, in 68391 en in 68392. Graag een creditnota.\n\nSietske Hoekstra", "dispute",
          inv=inv("68391", "68392"), fam=["duplicate-billing", "credit-note"]),
    Reply("Q6841", at(2, 5, "10:00", CET), "U rekent 21% btw op reisdiensten die onder de margeregeling vallen. Graag corrigeren.\n\nBart", "dispute", fam=["vat-rate", "flemish"]),
    # ---- invoice_resend ----
    Reply("Q6840", at(1, 20, "09:30", CET), "Kunt u ons een kopie sturen van factuur 68402? Die zit niet in ons systeem.\n\nRuud Kok", "invoice_resend", inv=inv("68402"), fam=["never-received"]),
    Reply("Q6838", at(2, 6, "13:00", CET), "Dag, mag ik een rekeninguittreksel van onze openstaande posten? Merci.\n\nKristof", "invoice_resend", fam=["statement", "flemish", "credit-hold"]),
    Reply("Q6841", at(1, 28, "10:00", CET), "Wij hebben de factuur 68412 nooit via Peppol ontvangen, dus ze kan niet vervallen zijn. Graag opnieuw versturen.\n\nEls", "invoice_resend", inv=inv("68412"),
          sender=2, fam=["never-received", "peppol", "not-overdue"]),
    # ---- po_change ----
    Reply("Q6839", at(2, 19, "11:00", CET), "Op 68392 staat het verkeerde inkoopordernummer. Moet zijn EH-31-0030. Graag een nieuwe factuur.\n\nSietske", "po_change", inv=inv("68392"), fam=["po-wrong"]),
    Reply("Q6841", at(2, 20, "10:40", CET), "Na de fusie met Skireizen Kempen is ons ondernemingsnummer BE 0798.112.406. Gelieve de facturen op die naam opnieuw op te maken.\n\nBart Peeters",
          "po_change", fam=["entity-change", "flemish"]),
    Reply("Q6837", at(1, 9, "18:30", CET), "Graag voortaan alle facturen als UBL via e-facturatie naar penningmeester@sjiekesjoen.example, niet meer per post.\n\nWiel", "po_change",
          fam=["where-invoices-go", "ubl", "strategic"]),
    # ---- payment_plan_request ----
    # donderdag 13 februari: drie termijnen vanaf 1 maart
    Reply("Q6839", at(2, 13, "14:00", CET), "Door de dooi is de omzet gehalveerd. Kunnen we in drie termijnen betalen, vanaf 1 maart?\n\nPieter Dijkstra\nDirecteur", "payment_plan_request", "2031-03-01",
          sender=2, fam=["plan-three", "weather"]),
    # dinsdag 28 januari (BE): 1.000 euro per maand vanaf 15 maart
    Reply("Q6838", at(1, 28, "10:00", CET), "Zou een afbetaling van 1.000 euro per maand vanaf 15 maart mogelijk zijn?\n\nLieve Vermeulen\nVoorzitter", "payment_plan_request", "2031-03-15",
          amount="1000.00", sender=2, fam=["monthly-instalments", "flemish", "credit-hold"]),
    Reply("Q6840", at(2, 18, "10:00", CET), "Kunnen we de resterende termijnen twee maanden opschuiven? Na de aangifteperiode hebben we weer lucht.\n\nEsra Yılmaz\nPartner", "payment_plan_request",
          sender=2, fam=["plan-extension", "undated-plan"]),
    # ---- out_of_office ----
    Reply("Q6841", at(2, 24, "07:00", CET), "Ik ben afwezig tot en met 10 maart (krokusvakantie). Uw mail wordt niet doorgestuurd.", "out_of_office",
          headers=AUTO, subject=auto("Automatisch antwoord", "nl", "Sneeuwstorm Reizen BV"), fam=["auto-reply", "exactly-14", "flemish"]),
    Reply("Q6837", at(2, 21, "12:00", CET), "Vanwege vastelaovend is ons secretariaat gesloten van 22 tot en met 26 februari. Alaaf!", "out_of_office",
          headers=AUTO, subject=auto("Automatisch antwoord", "nl", "Vastelaovend Vereniging De Sjieke Sjoen"), fam=["auto-reply", "carnival", "strategic"]),
    # ---- bounce ----
    Reply("Q6840", at(1, 29, "09:06", CET), "Dit bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\nadministratie@maasboulevard.example\nPostvak vol (552 5.2.2)", "bounce",
          sender="MAILER-DAEMON@maasboulevard.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Maasboulevard Accountants B.V.", dsn=("administratie@maasboulevard.example", "5.2.2"),
          fam=["dsn-nl", "mailbox-full"]),
    Reply("Q6838", at(2, 25, "09:06", CET), "Levering is mislukt voor deze ontvangers of groepen:\n\nboekhouding@ajuinenstoet.example\nHet postvak van de ontvanger is vol.\n\nExterne server heeft '552 5.2.2 Mailbox full' geretourneerd",
          "bounce", sender="postmaster@ajuinenstoet.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Ajuinen Stoetgroep Aalst vzw", dsn=("boekhouding@ajuinenstoet.example", "5.2.2"),
          fam=["dsn-exchange-nl", "mailbox-full", "credit-hold"]),
    # ---- wrong_contact ----
    Reply("Q6840", at(2, 10, "09:00", CET), "Ruud werkt hier sinds deze week niet meer. Stuur uw herinneringen naar administratie@maasboulevard.example.\n\nEsra Yılmaz", "wrong_contact", sender=2,
          fam=["left-company"]),
    Reply("Q6838", at(1, 14, "20:00", CET), "Ik ben voorzitter, niet de boekhouder. Voor facturen moet u bij Kristof zijn.\n\nLieve", "wrong_contact", sender=2, fam=["not-my-job", "flemish"]),
    # ---- other ----
    Reply("Q6839", at(1, 24, "09:00", CET), "Bedankt, goed ontvangen.", "other", fam=["no-action", "acknowledgement"]),
    Reply("Q6840", at(1, 31, "11:00", CET), "We kregen een brief dat uw rekeningnummer gewijzigd is naar een IBAN in Estland. Klopt dat? Graag telefonisch bevestigen voor we de termijn overmaken.\n\nRuud",
          "other", human=["bank-detail fraud check"], fam=["bank-detail-change", "fraud-check"]),
    Reply("Q6838", at(2, 3, "10:00", CET), "Uw toon in die herinneringen is ronduit onbeleefd. Wij zijn een vrijwilligersvereniging, geen wanbetalers.\n\nLieve Vermeulen", "other", sender=2,
          human=["complaint about tone"], fam=["tone-complaint", "flemish"]),
]
