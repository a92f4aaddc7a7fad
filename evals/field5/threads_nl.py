"""Dutch replies (field5, hand-written): a dental practice, a Flemish brewery and primary school, a vet who writes at
night, a print shop on credit hold and a Rotterdam shipping agent whose payables sit in a shared-service centre."""

from evals.field5.build import Payment as P
from evals.field5.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
TICKET = {"Auto-Submitted": "auto-replied", "X-Ticket-System": "TOPdesk"}

PAYMENTS = [
    P("BK5-0401", "K561", "2026-11-17", "2730.00", "EUR", "WM-2026-1117 TANDARTSPRAKTIJK DE WITTE MOLEN"),
    P("BK5-0402", "K562", "2026-11-19", "4680.00", "EUR", "+++562/0950/21077+++ BROUWERIJ T ZWIJNTJE"),
    P("BK5-0403", "K563", "2026-11-23", "1760.00", "EUR", "DIERENKLINIEK ZUIDWAL"),
    P("BK5-0404", "K565", "2026-11-12", "1290.00", "EUR", "BASISSCHOOL DE REGENBOOG BSR-2026-044"),
    P("BK5-0405", "K566", "2026-11-20", "10605.00", "EUR", "SMM-PAY-33810 SCHEEPSAGENTUUR MAASMOND"),
]

REMIT_SMM = ("BETALINGSSPECIFICATIE\nScheepsagentuur Maasmond BV\nBetaaldatum: 20-11-2026\nKenmerk: SMM-PAY-33810\n\n"
             "INV-2026-95661    9.150,00\nINV-2026-95662    1.480,00\nTotaal EUR 10.630,00")

REPLIES = [
    # ---- toezeggingen
    R("K561", "2026-11-23T12:10:00+01:00", "Betalen wo. Groet, Eline", "promise_to_pay", date="2026-11-25", fam=["date:abbrev-weekday", "voice:terse", "setting:dental"], sender=1, quote="none"),
    R("K561", "2026-11-16T15:00:00+01:00", "Goedemiddag, wij betalen beide facturen op 30-11. Met vriendelijke groet, Eline Bakker, praktijkmanager", "promise_to_pay", date="2026-11-30",
      fam=["date:numeric-dash"], sender=1),
    R("K561", "2026-11-20T10:20:00+01:00", "Hallo, we maken het begin volgende maand over, dan komt de declaratie van de zorgverzekeraar binnen.\nPraktijk De Witte Molen", "promise_to_pay",
      date="2026-12-01", fam=["date:start-next-month", "date:stated-reason"], sender=0),
    R("K562", "2026-11-20T11:00:00+01:00", "Dag, wij betalen tegen het einde van de maand. Met vriendelijke groeten, Koen", "promise_to_pay", date="2026-11-30",
      fam=["date:end-of-month", "locale:nl-BE", "setting:brewery"], sender=1),
    R("K562", "2026-11-26T14:30:00+01:00", "Dag, de betaling volgt in week 50. Groeten, boekhouding 't Zwijntje", "promise_to_pay", date="2026-12-11", fam=["date:calendar-week", "locale:nl-BE"], sender=0),
    R("K563", "2026-11-24T23:45:00+01:00", "Sorry, net uit de operatiekamer. Morgen overgemaakt. Sanne", "promise_to_pay", date="2026-11-25",
      fam=["date:tomorrow-late-night", "voice:owner-phone-night", "setting:veterinary"], sender=1, quote="none"),
    R("K563", "2026-11-18T09:00:00+01:00", "Goedemorgen, wij betalen over twee weken. Groet, administratie Dierenkliniek Zuidwal", "promise_to_pay", date="2026-12-02", fam=["date:in-weeks"], sender=0),
    R("K563", "2026-11-20T13:40:00+01:00", "Hallo, betaling binnen 5 werkdagen. Sanne Visser", "promise_to_pay", date="2026-11-27", fam=["date:working-days"], sender=1),
    R("K564", "2026-11-17T10:30:00+01:00", "Goedemorgen, wij betalen volgende week vrijdag. Kunt u daarna de blokkade opheffen? Joost van Gils", "promise_to_pay", date="2026-11-27",
      fam=["date:next-week-weekday", "setting:printer"], sender=1),
    R("K565", "2026-11-23T15:00:00+01:00", "Beste, na de schoolraad van donderdag 3 december betalen we op maandag 7 december. Met vriendelijke groeten, Lotte Maes, directeur", "promise_to_pay",
      date="2026-12-07", fam=["date:meeting-before-payment", "locale:nl-BE", "setting:school"], sender=1),
    R("K565", "2026-11-18T12:00:00+01:00", "Beste, wij betalen zodra de werkingsmiddelen van de Vlaamse overheid op onze rekening staan. Groeten, secretariaat", "promise_to_pay",
      human=["conditional"], fam=["promise:conditional-undated", "locale:nl-BE", "setting:school"], sender=0),
    R("K566", "2026-11-24T09:30:00+01:00", "Goedemorgen,\n\nBeide facturen staan ingepland in de betaalrun van de laatste werkdag van de maand.\n\nMet vriendelijke groet,\nShared Service Centre Finance (Gdańsk)",
      "promise_to_pay", date="2026-11-30", fam=["date:month-end-run", "writer:ssc-abroad", "setting:shipping-agent"], sender=2),
    R("K566", "2026-11-25T16:00:00+01:00", "Hoi, vandaag gaat € 1.480 de deur uit, de rest zodra de havengelden met de rederij verrekend zijn. Ruben", "promise_to_pay", date="2026-11-25", amount="1480.00",
      human=["conditional"], fam=["promise:partial-conditional", "setting:shipping-agent"], sender=1),
    R("K566", "2026-11-26T10:15:00+01:00", "Hallo, eerder noemde ik de 27e, maar het wordt de 4e. Excuses. Ruben de Jong, controller", "promise_to_pay", date="2026-12-04",
      fam=["date:moved", "writer:controller"], sender=1),
    # ---- al betaald
    R("K561", "2026-11-18T11:00:00+01:00", "Is betaald op 17-11, kenmerk WM-2026-1117. Groet, Eline", "already_paid", ref="WM-2026-1117", fam=["paid:ref-with-payer", "setting:dental"], sender=1),
    R("K562", "2026-11-20T09:30:00+01:00", "Dag, betaald met gestructureerde mededeling +++562/0950/21077+++. Groeten, boekhouding", "already_paid", ref="+++562/0950/21077+++",
      fam=["paid:structured-communication", "locale:nl-BE"], sender=0),
    R("K563", "2026-11-24T08:00:00+01:00", "Betaald", "already_paid", fam=["paid:bare"], sender=1, quote="none"),
    R("K565", "2026-11-19T14:00:00+01:00", "Beste, deze factuur werd betaald op 12/11. Met vriendelijke groeten, secretariaat De Regenboog", "already_paid", fam=["paid:by-date", "locale:nl-BE"], sender=0),
    R("K566", "2026-11-21T10:00:00+01:00", "Zie bijlage voor de betalingsspecificatie.\nSSC Finance", "already_paid", ref="SMM-PAY-33810", inv=["95661", "95662"],
      attachments=[("Betalingsspecificatie_SMM-PAY-33810.pdf", "application/pdf", REMIT_SMM)], human=["amount differs from the open balance"],
      fam=["paid:remittance-attachment", "paid:short-bank-charges", "writer:ssc-abroad"], sender=2, note="bank line 10,605.00 against 10,630.00 in the advice"),
    # ---- geschillen, kopieën, wijzigingen, regelingen
    R("K564", "2026-11-19T11:30:00+01:00", "Goedemorgen, op factuur 95641 staan 5.000 flyers, wij bestelden er 3.000. Graag een creditnota. Joost", "dispute", inv=["95641"],
      fam=["dispute:quantity", "setting:printer"], sender=1),
    R("K562", "2026-11-24T10:00:00+01:00", "Dag, de leveringskosten zijn twee keer aangerekend op uw factuur. Wij betalen het verschil niet. Koen", "dispute", fam=["dispute:fees", "locale:nl-BE"], sender=1),
    R("K565", "2026-11-17T10:00:00+01:00", "Beste, wij hebben deze factuur nooit ontvangen. Kan u ze opnieuw bezorgen? Dank u, secretariaat", "invoice_resend", fam=["resend:never-received", "locale:nl-BE"], sender=0),
    R("K566", "2026-11-19T10:00:00+01:00", "Goedemorgen, kunt u ons een rekeningoverzicht sturen met alle openstaande posten? Dank, SSC Finance", "invoice_resend", fam=["resend:statement", "writer:ssc-abroad"], sender=2),
    R("K566", "2026-11-23T14:00:00+01:00", "Beste leverancier, vanaf 1 december accepteren wij alleen nog e-facturen via Peppol. Wilt u de openstaande facturen opnieuw via Peppol aanbieden? Met vriendelijke groet, Finance",
      "po_change", fam=["po:peppol", "setting:shipping-agent"], sender=0),
    R("K563", "2026-11-25T11:00:00+01:00", "Hallo, wij zijn per 1 november een BV geworden: Dierenkliniek Zuidwal B.V., KvK 91827364. Graag de factuur op die naam opnieuw uitschrijven. Sanne",
      "po_change", fam=["po:company-name", "setting:veterinary"], sender=1),
    R("K563", "2026-11-26T22:10:00+01:00", "Kunnen we een betalingsregeling treffen, bijvoorbeeld 4 termijnen? Het is een zware maand. Sanne", "payment_plan_request",
      fam=["plan:instalments", "voice:owner-phone-night"], sender=1, quote="none"),
    R("K562", "2026-11-23T16:00:00+01:00", "Dag, mogen we in twee keer betalen: de helft op 15 december en de rest in januari? Groeten, Koen", "payment_plan_request", date="2026-12-15",
      fam=["plan:two-parts", "locale:nl-BE"], sender=1),
    # ---- afwezig, onbestelbaar, verkeerd contact, overig
    R("K566", "2026-11-23T09:06:00+01:00", "Ik ben afwezig tot en met 11 december. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken: finance@maasmond-agency.example.", "out_of_office",
      human=["absence longer than 14 days"], subject="Automatisch antwoord: Herinnering: vervallen facturen – Scheepsagentuur Maasmond BV", headers=MS_AUTO, fam=["ooo:long"], sender=1, quote="none"),
    R("K561", "2026-11-24T09:06:00+01:00", "Ik ben tot en met vrijdag 27 november afwezig en lees dan mijn mail weer.", "out_of_office",
      subject="Afwezig: Herinnering: vervallen facturen – Tandartspraktijk De Witte Molen", headers=AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("K564", "2026-11-16T09:06:00+01:00", "Uw bericht heeft enkele of alle geadresseerden niet bereikt.\n\nj.vangils@drukkerij-vangils.example\nHet e-mailadres is niet gevonden.\n\nDiagnostische gegevens voor beheerders:\n550 5.1.1 Onbekende gebruiker",
      "bounce", sender="postmaster@drukkerij-vangils.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Drukkerij Van Gils BV", dsn=("j.vangils@drukkerij-vangils.example", "5.1.1"),
      fam=["bounce:exchange-dutch"], gap_days=0),
    R("K565", "2026-11-20T09:06:00+01:00", "Dit is een automatisch bericht.\n\nUw bericht aan l.maes@bs-regenboog.example kon niet worden afgeleverd: de mailbox is vol (552 5.2.2).", "bounce",
      sender="mailer-daemon@mail.bs-regenboog.example", subject="Niet afgeleverd: Herinnering: vervallen facturen", dsn=("l.maes@bs-regenboog.example", "5.2.2"), fam=["bounce:dutch-hoster"], gap_days=0),
    R("K564", "2026-11-24T10:00:00+01:00", "Goedemorgen, de heer Van Gils is sinds 1 november niet meer bij ons werkzaam. Wilt u voortaan crediteuren@drukkerij-vangils.example mailen? Met vriendelijke groet",
      "wrong_contact", fam=["wc:person-left", "setting:printer"], sender=0),
    R("K565", "2026-11-25T13:00:00+01:00", "Beste, ik ben niet de juiste persoon hiervoor. De betalingen gebeuren door de scholengroep, contacteer boekhouding@scholengroep-kempen.example. Lotte Maes",
      "wrong_contact", fam=["wc:not-right-person", "locale:nl-BE"], sender=1),
    R("K561", "2026-11-26T09:00:00+01:00", "Bedankt, doorgestuurd naar onze boekhouder. Eline", "other", fam=["other:forwarded-ack", "no-action"], sender=1, quote="none"),
    R("K562", "2026-11-18T10:00:00+01:00", "Dag, is deze herinnering echt van jullie? Het rekeningnummer op de pdf verschilt van wat wij in ons systeem hebben. Graag bevestiging per telefoon. Koen",
      "other", human=["fraud check"], fam=["other:fraud-check", "locale:nl-BE"], sender=1),
    R("K566", "2026-11-17T09:06:00+01:00", "Bedankt voor uw e-mail. Uw melding is geregistreerd onder nummer M2611-0442. Wij nemen binnen drie werkdagen contact met u op.", "other",
      subject="[M2611-0442] Herinnering: vervallen facturen – Scheepsagentuur Maasmond BV", headers=TICKET, fam=["other:ticket-auto", "no-action"], sender=0, quote="none"),
]
