"""Dutch replies (field4, hand-written): a building contractor, a hospital (PEPPOL), a dairy farm, a Flemish law firm,
a bike web shop on a payment plan and a municipality."""

from evals.field4.build import Payment as P
from evals.field4.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK4-0401", "J461", "2026-11-17", "13590.00", "EUR", "VDH 84611 84612 AANNEMERSBEDRIJF VAN DER HEIJDEN"),
    P("BK4-0402", "J463", "2026-11-20", "1895.00", "EUR", "HOEVE ZONNEWEIDE"),
    P("BK4-0403", "J462", "2026-11-20", "16480.00", "EUR", "ZRO BET 2026 99102"),
    P("BK4-0404", "J464", "2026-11-10", "2665.00", "EUR", "CLAES WOUTERS ADVOCATEN"),
    P("BK4-0405", "J465", "2026-11-02", "244.83", "EUR", "FIETSPLEZIER TERMIJN 1"),
]

SPEC_ZRO = ("BETAALSPECIFICATIE\nZiekenhuis Rivierenland Oost\nBetalingskenmerk: ZRO-BET-2026-99102\nBetaaldatum: 20-11-2026\n"
            "Factuur INV-2026-84621   inkooporder ZRO-45009921   EUR 16.480,00")

REPLIES = [
    # ---- toezeggingen
    R("J461", "2026-11-16T07:10:00+01:00", "Betaling staat voor do. gepland.\nMark", "promise_to_pay", date="2026-11-19", fam=["date:abbrev-weekday", "voice:terse", "setting:construction"],
      sender=1, quote="none"),
    R("J461", "2026-11-11T14:00:00+01:00", "Goedemiddag,\n\nWij betalen zodra de opdrachtgever de termijn van oktober heeft voldaan.\n\nMet vriendelijke groet,\nAdministratie Van der Heijden", "promise_to_pay",
      human=["conditional"], fam=["promise:conditional", "setting:construction"], sender=0),
    R("J461", "2026-11-26T10:30:00+01:00", "Goedemorgen,\n\nDe betaling was gepland op 1 december maar wordt nu 8 december.\n\nAdministratie", "promise_to_pay", date="2026-12-08",
      fam=["date:moved", "setting:construction"], sender=0),
    R("J461", "2026-11-20T17:30:00+01:00", "Vierde herinnering deze maand, knap hoor. Zoals ik uw collega al zei: eind van de maand.\nMark van der Heijden", "promise_to_pay", date="2026-11-30",
      fam=["voice:sarcasm", "date:end-of-month"], sender=1, quote="none"),
    R("J462", "2026-11-12T09:45:00+01:00", "Geachte heer/mevrouw,\n\nDe factuur is goedgekeurd en wordt meegenomen in de betaalrun van week 48.\n\nMet vriendelijke groet,\nEsther Dekker\nCrediteurenadministratie",
      "promise_to_pay", date="2026-11-27", fam=["date:calendar-week", "setting:hospital"], sender=1),
    R("J462", "2026-11-20T11:00:00+01:00", "Geachte heer/mevrouw,\n\nBetaling volgt in de maandafsluitingsrun op de laatste werkdag van de maand.\n\nCrediteurenadministratie", "promise_to_pay", date="2026-11-30",
      fam=["date:month-end-run", "setting:hospital"], sender=0),
    R("J462", "2026-11-25T14:10:00+01:00", "Hallo, wordt uiterlijk 4-12 betaald. Groet, Esther", "promise_to_pay", date="2026-12-04", fam=["date:numeric-eu", "setting:hospital"], sender=1, quote="none"),
    R("J463", "2026-11-14T20:00:00+01:00", "Moi, ik betaal de 20e, dan is het melkgeld binnen.\nJan", "promise_to_pay", date="2026-11-20", fam=["date:ordinal-alone", "setting:farm"], sender=1, quote="none"),
    R("J463", "2026-11-24T12:15:00+01:00", "Wij betalen over twee weken.\nHoeve Zonneweide", "promise_to_pay", date="2026-12-08", fam=["date:in-two-weeks", "setting:farm"], sender=0),
    R("J463", "2026-11-18T06:30:00+01:00", "hoi jan hier ingesproken via de telefoon we betalen begin volgende maand groet", "promise_to_pay", date="2026-12-01",
      fam=["voice:dictated", "date:beginning-next-month", "setting:farm"], sender=1, quote="none"),
    R("J464", "2026-11-09T10:00:00+01:00", "Geachte,\n\nMeester Wouters is op pleitzitting. Ik bevestig in zijn naam dat de factuur op 18/11 betaald wordt.\n\nMet vriendelijke groeten\nSofie Claes\nOffice manager",
      "promise_to_pay", date="2026-11-18", fam=["voice:pa-on-behalf", "date:numeric-eu", "setting:law-firm"], sender=1),
    R("J464", "2026-11-23T15:00:00+01:00", "Betaling volgende week vrijdag.\nBoekhouding Claes & Wouters", "promise_to_pay", date="2026-12-04", fam=["date:next-weekday", "setting:law-firm"], sender=0),
    R("J464", "2026-11-26T22:50:00+01:00", "Morgen betaald.", "promise_to_pay", date="2026-11-27", fam=["date:tomorrow", "voice:terse"], sender=1, quote="none"),
    R("J465", "2026-11-19T19:00:00+01:00", "Hoi, termijn 2 van 3, € 244,83, schrijf ik op 30-11 over zoals afgesproken.\nDaan", "promise_to_pay", date="2026-11-30", amount="244.83",
      fam=["promise:instalment-existing-plan", "date:numeric-eu", "setting:ecommerce"], sender=1),
    R("J466", "2026-11-13T11:00:00+01:00", "Geachte heer, mevrouw,\n\nNa het besluit van het college op dinsdag 24 november volgt de betaling op donderdag 26 november.\n\nMet vriendelijke groet,\nPieter van Leeuwen\nInkoopadviseur",
      "promise_to_pay", date="2026-11-26", fam=["date:meeting-before-payment", "setting:council"], sender=1),
    R("J466", "2026-11-25T09:20:00+01:00", "Geachte heer, mevrouw,\n\nDe betaling volgt zodra de prestatieverklaring door de budgethouder is afgegeven.\n\nTeam Facturen\nGemeente Dijkvelde", "promise_to_pay",
      human=["conditional"], fam=["promise:conditional", "setting:council"], sender=0),
    # ---- betaald
    R("J461", "2026-11-19T08:45:00+01:00", "Goedemorgen,\n\nBeide facturen zijn op 17-11 betaald, kenmerk VDH 84611 84612.\n\nAdministratie", "already_paid", ref="VDH 84611 84612", inv=["84611", "84612"],
      note="matches BK4-0401 by reference (payer name appended)", fam=["paid:reference", "date:numeric-eu", "setting:construction"], sender=0),
    R("J463", "2026-11-21T07:00:00+01:00", "Is betaald.", "already_paid", note="bare; matches BK4-0402 by amount and date", fam=["paid:bare", "voice:terse", "setting:farm"], sender=0, quote="none"),
    R("J462", "2026-11-23T10:00:00+01:00", "Geachte heer/mevrouw,\n\nIn de bijlage vindt u de betaalspecificatie.\n\nCrediteurenadministratie", "already_paid", ref="ZRO-BET-2026-99102", inv=["84621"],
      attachments=[("Betaalspecificatie_99102.pdf", "application/pdf", SPEC_ZRO)], note="matches BK4-0403 by reference", fam=["paid:remittance-attachment", "setting:hospital"], sender=0),
    R("J464", "2026-11-13T11:30:00+01:00", "Goedemiddag,\n\nDe factuur is op 10/11 betaald. De bankkosten van € 15 hebben we in mindering gebracht.\n\nBoekhouding", "already_paid",
      human=["amount differs from the open balance"], note="BK4-0404 by amount and date, 15.00 short", fam=["paid:short", "setting:law-firm"], sender=0),
    R("J465", "2026-11-06T20:00:00+01:00", "Termijn 1 is betaald op 2-11.\nDaan", "already_paid", human=["amount differs from the open balance"],
      note="BK4-0405 is the first instalment; the balance is still open", fam=["paid:instalment-existing-plan", "flag:payment-plan"], sender=1, quote="none"),
    R("J466", "2026-11-27T13:00:00+01:00", "Deze factuur is op 24 november betaald.\nTeam Facturen", "already_paid", human=["no matching payment"], fam=["paid:no-bank-line", "setting:council"], sender=0),
    # ---- betwisting
    R("J463", "2026-11-17T19:30:00+01:00", "De voerbak die jullie geleverd hebben lekt aan alle kanten. Ik betaal niet voor iets dat kapot is, kom hem maar halen.\nJan Kuipers", "dispute",
      fam=["dispute:damaged", "voice:annoyed", "setting:farm"], sender=1),
    R("J466", "2026-11-10T10:00:00+01:00", "Geachte heer, mevrouw,\n\nHet uurtarief op de factuur (€ 95,00) wijkt af van het tarief in de raamovereenkomst (€ 82,50). Wij verzoeken u een creditnota te sturen.\n\nP. van Leeuwen",
      "dispute", fam=["dispute:price", "setting:council"], sender=1),
    # ---- kopie
    R("J462", "2026-11-06T09:00:00+01:00", "Geachte heer/mevrouw,\n\nWij kunnen de factuur niet vinden in ons systeem. Kunt u deze opnieuw sturen als PDF?\n\nEsther Dekker", "invoice_resend",
      fam=["resend:never-received", "setting:hospital"], sender=1),
    R("J465", "2026-11-24T21:00:00+01:00", "Kunnen jullie een rekeningoverzicht sturen? Ik raak de draad kwijt met de termijnen.\nDaan", "invoice_resend", fam=["resend:statement", "flag:payment-plan"], sender=1),
    # ---- facturatie
    R("J462", "2026-11-18T14:30:00+01:00", "Geachte leverancier,\n\nVanaf 1 januari accepteren wij uitsluitend e-facturen via PEPPOL (ID 0106:41112233). Facturen zonder ons inkoopordernummer worden afgewezen.\n\nCrediteurenadministratie",
      "po_change", fam=["po:peppol", "setting:hospital"], sender=0),
    R("J466", "2026-11-17T09:40:00+01:00", "Geachte heer, mevrouw,\n\nWij missen het inkoopordernummer op de factuur; het juiste nummer is GD-2026-00719. Graag een creditnota en een nieuwe factuur met dat nummer.\n\nTeam Facturen",
      "po_change", fam=["po:missing", "setting:council"], sender=0),
    # ---- betalingsregeling
    R("J463", "2026-11-10T21:00:00+01:00", "Kan ik het in drie keer betalen? Eerste deel begin december.\nJan", "payment_plan_request", date="2026-12-01", fam=["plan:instalments", "setting:farm"], sender=1),
    R("J461", "2026-11-24T16:00:00+01:00", "Kunnen we 84611 in vier maandelijkse termijnen van € 2.812,50 voldoen, eerste termijn 15 december?\nMark", "payment_plan_request", date="2026-12-15",
      amount="2812.50", inv=["84611"], fam=["plan:monthly", "setting:construction"], sender=1),
    # ---- afwezig
    R("J462", "2026-11-23T09:06:00+01:00", "Ik ben afwezig tot en met 1 december en lees mijn e-mail niet. Voor dringende zaken: crediteuren@zro-ziekenhuis.example.\n\nEsther Dekker",
      "out_of_office", subject="Automatisch antwoord: Herinnering: vervallen facturen – Ziekenhuis Rivierenland Oost", headers=MS_AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("J466", "2026-11-19T09:06:00+01:00", "Wegens ouderschapsverlof ben ik afwezig tot 1 maart 2027. Uw bericht wordt niet doorgestuurd; mail facturen@dijkvelde-gemeente.example.\n\nPieter van Leeuwen",
      "out_of_office", human=["absence longer than 14 days"], subject="Afwezig: Herinnering: vervallen facturen – Gemeente Dijkvelde", headers=AUTO, fam=["ooo:long", "ooo:parental-leave"],
      sender=1, quote="none"),
    # ---- onbestelbaar
    R("J464", "2026-11-16T09:05:22+01:00", "Uw bericht kan niet worden bezorgd bij s.claes@claes-wouters.example.\n\ns.claes is niet gevonden op claes-wouters.example.\n\nDiagnostische gegevens voor beheerders:\nDoorgestuurd door server: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
      "bounce", sender="postmaster@claes-wouters.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Advocatenkantoor Claes & Wouters",
      dsn=("s.claes@claes-wouters.example", "5.1.10"), fam=["bounce:exchange-nl"], gap_days=0),
    R("J463", "2026-11-12T09:05:39+01:00", "Dit is het mailsysteem op host mail.hoeve-zonneweide.example.\n\nHelaas kon uw bericht niet worden afgeleverd bij een of meer ontvangers.\n\n<j.kuipers@hoeve-zonneweide.example>: 550 5.1.1 Gebruiker onbekend",
      "bounce", sender="MAILER-DAEMON@mail.hoeve-zonneweide.example", subject="Onbestelbaar bericht", dsn=("j.kuipers@hoeve-zonneweide.example", "5.1.1"), fam=["bounce:postfix-nl"], gap_days=0),
    # ---- verkeerde contactpersoon
    R("J461", "2026-11-25T11:00:00+01:00", "Mark is hier niet meer de juiste persoon. Sinds de overname door Bouwgroep Noord loopt alles via crediteuren@bouwgroepnoord.example.\nAdministratie",
      "wrong_contact", fam=["wrong:acquisition", "setting:construction"], sender=0),
    R("J464", "2026-11-20T09:05:00+01:00", "Deze mailbox wordt niet meer gelezen. Stuur uw bericht naar admin@claes-wouters.example.", "wrong_contact",
      subject="Automatisch antwoord: Herinnering: vervallen facturen – Advocatenkantoor Claes & Wouters", headers=MS_AUTO, fam=["wrong:mailbox-unmonitored", "voice:auto"], sender=0, quote="none"),
    # ---- overig
    R("J465", "2026-11-10T08:30:00+01:00", "Bedankt, genoteerd 👍", "other", fam=["no-action", "other:ack"], sender=1, quote="none"),
    R("J466", "2026-11-06T15:00:00+01:00", "Geachte heer, mevrouw,\n\nIs deze herinnering echt? Het IBAN onderaan wijkt af van het nummer in onze crediteurenstam. Wij betalen pas na telefonische verificatie.\n\nTeam Facturen",
      "other", human=["fraud check"], fam=["other:fraud-check", "setting:council"], sender=0),
    R("J461", "2026-11-05T13:00:00+01:00", "Goedemiddag,\n\nVoor de ketenaansprakelijkheid hebben wij uw G-rekeningnummer en een recente verklaring betalingsgedrag van de Belastingdienst nodig. Zonder die stukken kunnen wij niet betalen.\n\nAdministratie",
      "other", human=["tax form"], fam=["other:compliance-documents", "setting:construction"], sender=0),
    # ---- added: quarter end
    R("J464", "2026-11-17T11:00:00+01:00", "Geachte,\n\nDe betaling volgt eind van het kwartaal; eerder laat onze kaspositie het niet toe.\n\nSofie Claes", "promise_to_pay", date="2026-12-31",
      fam=["date:quarter-end", "setting:law-firm"], sender=1),
]
