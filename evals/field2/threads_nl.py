"""Dutch replies (nl-NL, nl-BE senders) for field2, hand-written; never train or tune on these."""

from evals.field2.build import Payment as P
from evals.field2.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

PAYMENTS = [
    P("BK2-0401", "G261", "2026-11-19", "1530.00", "EUR", "VDL62612 BOUWBEDRIJF VAN DER LINDEN BV"),
    P("BK2-0402", "G263", "2026-11-25", "9120.00", "EUR", "ZGE BET 2026 0911 ZORGGROEP EEMLAND"),
    P("BK2-0403", "G262", "2026-11-12", "958.50", "EUR", "BROUWERIJ T HOEKSKE"),
]

REPLIES = [
    R("G261", "2026-11-10T07:45:00+01:00", "Betaling volgt vrij.\nGr Henk\n\nVerstuurd vanaf mijn iPhone", "promise_to_pay", date="2026-11-13",
      fam=["date:abbrev-weekday", "voice:mobile"], sender=1, quote="none"),
    R("G263", "2026-11-16T10:00:00+01:00", "Geachte heer/mevrouw,\n\nFactuur 62631 is goedgekeurd en wordt meegenomen in de betaalrun van week 48.\n\nMet vriendelijke groet,\nMarloes de Jong\nMedewerker crediteuren", "promise_to_pay",
      date="2026-11-27", inv=["62631"], fam=["date:calendar-week", "voice:formal"], sender=1),
    R("G262", "2026-11-19T21:00:00+01:00", "Dag, ik betaal volgende week vrijdag. Groetjes Jens", "promise_to_pay", date="2026-11-27", fam=["date:next-weekday"], sender=1),
    R("G261", "2026-11-18T11:00:00+01:00", "Goedemorgen,\n\nWij betalen beide facturen op 2-12-2026.\n\nMet vriendelijke groet,\nCrediteuren", "promise_to_pay", date="2026-12-02", fam=["date:numeric-nl"]),
    R("G263", "2026-11-24T14:00:00+01:00", "Hallo,\nde betaling staat gepland voor eind van de maand.\nGroet, Marloes", "promise_to_pay", date="2026-11-30", fam=["date:end-of-month"], sender=1),
    R("G262", "2026-11-05T12:00:00+01:00", "Beste,\n\nWe betalen binnen 3 werkdagen.\n\nBrouwerij 't Hoekske", "promise_to_pay", date="2026-11-10", fam=["date:working-days"], sender=0),
    R("G261", "2026-11-25T08:00:00+01:00", "Het stond voor de 27e, maar wordt nu 8 december.\nHenk", "promise_to_pay", date="2026-12-08", fam=["date:moved"], sender=1),
    R("G263", "2026-11-09T09:00:00+01:00", "Geachte heer/mevrouw,\n\nWij betalen deze week vrijdag € 5.000,00 en het restant in december.\n\nMet vriendelijke groet,\nFacturen", "promise_to_pay",
      date="2026-11-13", amount="5000.00", fam=["partial", "date:this-week-weekday"], sender=0),
    R("G262", "2026-11-26T23:30:00+01:00", "sorry! ik maak het morgen over", "promise_to_pay", date="2026-11-27", fam=["date:tomorrow", "voice:mobile"], sender=1, quote="none"),
    # --- al betaald
    R("G261", "2026-11-20T10:00:00+01:00", "Goedemorgen,\n\nFactuur 62612 is op 19-11 betaald, kenmerk VDL 62612.\n\nCrediteuren", "already_paid", ref="VDL 62612", inv=["62612"],
      note="matches BK2-0401 by reference (payer name appended)", fam=["paid:ref-spaces"]),
    R("G263", "2026-11-27T09:00:00+01:00", "Betaald op 25 november, betalingskenmerk ZGE-BET-2026-0911.\n\nMarloes de Jong", "already_paid", ref="ZGE-BET-2026-0911",
      note="matches BK2-0402 by reference", fam=["paid:ref-spaces"], sender=1),
    R("G262", "2026-11-16T11:00:00+01:00", "Is al betaald hoor!", "already_paid", human=["no matching payment (BK2-0403 is 958.50)"], fam=["paid:amount-differs", "voice:terse"], sender=0),
    # --- geschillen
    R("G261", "2026-11-12T13:00:00+01:00", "Op factuur 62611 staan 40 uur montage, het waren er 28. Graag een creditnota voor het verschil.\nHenk van der Linden", "dispute",
      inv=["62611"], fam=["dispute:hours"], sender=1),
    R("G263", "2026-11-19T10:30:00+01:00", "Geachte heer/mevrouw,\n\nDe btw op factuur 62631 is onjuist: deze zorgdiensten vallen onder de vrijstelling. Graag ontvangen wij een gecorrigeerde factuur zonder btw.\n\nMet vriendelijke groet,\nFacturen", "dispute",
      inv=["62631"], fam=["dispute:tax-exempt", "voice:formal"], sender=0),
    # --- kopieën, inkooporders, regeling
    R("G262", "2026-11-04T09:00:00+01:00", "Kunnen jullie de factuur nog eens sturen? Ik vind hem niet terug.\nJens", "invoice_resend", fam=["resend:lost"], sender=1),
    R("G263", "2026-11-02T10:00:00+01:00", "Wij hebben factuur 62631 nooit ontvangen. Graag opnieuw toesturen naar facturen@zorggroep-eemland.example.", "invoice_resend",
      inv=["62631"], fam=["resend:never-received"], sender=1),
    R("G263", "2026-11-23T11:00:00+01:00", "Geachte leverancier,\n\nVanaf 1 januari 2027 ontvangen wij facturen uitsluitend via het Peppol-netwerk. PDF-facturen per e-mail worden dan niet meer verwerkt.\n\nMet vriendelijke groet,\nAfdeling Facturen", "po_change",
      fam=["po:portal", "voice:formal"], sender=0),
    R("G261", "2026-11-06T14:00:00+01:00", "Graag ons inkoopordernummer VDL-INK-8890 vermelden op factuur 62612 en de factuur opnieuw sturen.\nCrediteuren", "po_change", inv=["62612"], fam=["po:add"]),
    R("G262", "2026-11-24T19:00:00+01:00", "Dag,\n\nZou ik het in drie keer mogen betalen? Het eerste deel kan ik op 1 december overmaken.\n\nJens", "payment_plan_request", date="2026-12-01",
      fam=["plan:instalments"], sender=1),
    # --- afwezig, onbestelbaar, contact, overig
    R("G261", "2026-11-10T09:05:20+01:00", "Ik ben afwezig tot en met vrijdag 13 november. Uw e-mail wordt niet doorgestuurd.\n\nHenk van der Linden", "out_of_office",
      subject="Automatisch antwoord: Herinnering: vervallen facturen – Bouwbedrijf Van der Linden BV", headers=AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("G263", "2026-11-20T09:05:20+01:00", "Ik ben met verlof tot 4 januari. Voor dringende zaken kunt u terecht bij facturen@zorggroep-eemland.example.\n\nMarloes de Jong", "out_of_office",
      human=["absence longer than 14 days"], subject="Automatisch antwoord: Herinnering: vervallen facturen – Zorggroep Eemland", headers=AUTO, fam=["ooo:long"], sender=1, quote="none"),
    R("G262", "2026-11-09T09:05:50+01:00", "Uw bericht kon niet worden bezorgd bij de volgende ontvanger:\n\njens@hoekske.example\n\nHet e-mailadres bestaat niet (550 5.1.1). Controleer het adres en probeer het opnieuw.",
      "bounce", sender="postmaster@hoekske.example", subject="Onbestelbaar: Herinnering: vervallen facturen – Brouwerij 't Hoekske",
      dsn=("jens@hoekske.example", "5.1.1"), fam=["bounce:dutch"], gap_days=0),
    R("G261", "2026-11-03T08:00:00+01:00", "Ik ga hier niet over, stuur het maar naar crediteuren@vdlinden-bouw.example.\nHenk", "wrong_contact", fam=["wrong:names-contact", "voice:terse"], sender=1),
    R("G263", "2026-11-12T09:06:00+01:00", "Bedankt voor uw bericht. Uw bericht is in goede orde ontvangen en geregistreerd onder ticketnummer ZGE-44812. Wij streven ernaar binnen vijf werkdagen te reageren.",
      "other", subject="[ZGE-44812] Herinnering: vervallen facturen – Zorggroep Eemland", headers={"Auto-Submitted": "auto-generated"}, fam=["no-action", "helpdesk"], sender=0, quote="none"),
    R("G262", "2026-11-18T10:00:00+01:00", "Jullie mails komen steeds in mijn spam terecht. Is dit wel echt van Northwind? Ik wil eerst even bellen voor ik iets betaal.\nJens", "other",
      human=["fraud check"], fam=["fraud-check"], sender=1),
]
