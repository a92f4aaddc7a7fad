"""Dutch replies (field6, hand-written): an optician, a Flemish bakery, a marina on a strategic account, an event
agency, a water company and a Flemish lab."""

from evals.field6.build import Payment as P
from evals.field6.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK6-0501", "L661", "2026-11-23", "2330.00", "EUR", "HELDER ZICHT BV 06611 06612"),
    P("BK6-0502", "L662", "2026-11-20", "1470.00", "EUR", "+++120/5567/88014+++ BAKKERIJ VAN DAM"),
    P("BK6-0503", "L664", "2026-11-24", "8650.00", "EUR", "FEESTFABRIEK BV FF-2026-1182"),
    P("BK6-0504", "L666", "2026-11-24", "3690.00", "EUR", "LABO MEDISCH CENTRUM LEIE"),
]

REPLIES = [
    # ---- toezeggingen
    R("L661", "2026-11-17T21:00:00+01:00", "Betaal do. Marloes", "promise_to_pay", date="2026-11-19", fam=["date:abbrev-weekday-dot", "voice:terse", "setting:optician"], sender=1, quote="none"),
    R("L661", "2026-11-24T10:00:00+01:00", "Goedemorgen, de factuur wordt op 1-12 betaald. Groet, administratie", "promise_to_pay", date="2026-12-01", fam=["date:numeric-dm"], sender=0),
    R("L661", "2026-11-26T15:00:00+01:00", "Hoi, wordt volgende week woensdag. Marloes", "promise_to_pay", date="2026-12-02", fam=["date:next-week-weekday"], sender=1),
    R("L661", "2026-11-20T11:00:00+01:00", "Hallo, maandag maken we € 1.000 over, de rest volgt in december. Marloes de Jong", "promise_to_pay", date="2026-11-23", amount="1000.00", human=["partial"],
      fam=["promise:partial"], sender=1),
    R("L662", "2026-11-18T05:30:00+01:00", "Dag, ik betaal vrijdag de 27ste. Pieter", "promise_to_pay", date="2026-11-27", fam=["date:weekday-ordinal", "locale:nl-BE", "setting:bakery"], sender=1, quote="none"),
    R("L662", "2026-11-25T14:00:00+01:00", "Dag, ik betaal binnen de 14 dagen. Pieter Van Dam", "promise_to_pay", date="2026-12-09", fam=["date:relative-days", "locale:nl-BE"], sender=1),
    R("L662", "2026-11-27T22:00:00+01:00", "morgen betaald, beloofd. P.", "promise_to_pay", date="2026-11-28", fam=["date:tomorrow", "voice:baker-night"], sender=1, quote="none"),
    R("L663", "2026-11-19T10:00:00+01:00", "Goedemorgen, na goedkeuring door de ledenvergadering op 30 november betalen wij op 2 december. Havenkantoor", "promise_to_pay", date="2026-12-02",
      fam=["date:meeting-before-payment", "flag:strategic", "setting:marina"], sender=0),
    R("L664", "2026-11-17T10:00:00+01:00", "Goedemorgen, de factuur wordt in week 48 betaald. Sanne Mulder", "promise_to_pay", date="2026-11-27", fam=["date:calendar-week", "setting:event-agency"], sender=1),
    R("L664", "2026-11-23T09:00:00+01:00", "Hallo, we betalen in de betaalrun op de laatste werkdag van de maand. Crediteuren", "promise_to_pay", date="2026-11-30", fam=["date:month-end-run"], sender=0),
    R("L664", "2026-11-26T14:00:00+01:00", "Hoi, eerst stond 27 november gepland, nu wordt het 4 december i.v.m. de goedkeuring van de directeur. Sanne", "promise_to_pay", date="2026-12-04", fam=["date:moved"], sender=1),
    R("L665", "2026-11-18T11:00:00+01:00", "Geachte heer/mevrouw, de betaling vindt uiterlijk 11 december plaats. Met vriendelijke groet, R. Vermeulen", "promise_to_pay", date="2026-12-11",
      fam=["date:deadline", "setting:municipal-utility"], sender=1),
    R("L665", "2026-11-25T10:00:00+01:00", "Geachte heer/mevrouw, betaling volgt binnen 5 werkdagen. Facturen Waterbedrijf Oostkust", "promise_to_pay", date="2026-12-02", fam=["date:working-days"], sender=0),
    R("L665", "2026-11-20T15:00:00+01:00", "Geachte heer/mevrouw, wij betalen zodra de gemeenteraad de begrotingswijziging heeft goedgekeurd. R. Vermeulen", "promise_to_pay", human=["conditional"],
      fam=["promise:conditional-undated", "setting:municipal-utility"], sender=1),
    R("L666", "2026-11-20T09:00:00+01:00", "Dag, betaling begin volgende maand. Boekhouding Labo Leie", "promise_to_pay", date="2026-12-01", fam=["date:start-of-next-month", "locale:nl-BE"], sender=0),
    R("L666", "2026-11-24T10:00:00+01:00", "Dag, we betalen eind volgende week. An Claes", "promise_to_pay", date="2026-12-04", fam=["date:end-of-next-week", "locale:nl-BE", "setting:lab"], sender=1),
    # ---- al betaald
    R("L661", "2026-11-24T09:00:00+01:00", "Gisteren betaald, allebei. Administratie", "already_paid", fam=["paid:matched"], sender=0, quote="none"),
    R("L662", "2026-11-23T06:00:00+01:00", "Dag, vrijdag betaald met mededeling +++120/5567/88014+++. Pieter", "already_paid", ref="+++120/5567/88014+++", fam=["paid:structured-communication", "locale:nl-BE"], sender=1),
    R("L664", "2026-11-25T10:00:00+01:00", "Hallo, betaald op 24-11 onder vermelding van FF-2026-1182. Crediteuren", "already_paid", ref="FF-2026-1182", fam=["paid:ref-with-payer"], sender=0),
    R("L666", "2026-11-25T11:00:00+01:00", "Dag, we hebben € 3.690 overgemaakt op 24/11. Boekhouding", "already_paid", amount=None, human=["amount differs from the open balance"],
      fam=["paid:short-payment", "locale:nl-BE"], sender=0, note="3,690.00 against 3,960.00"),
    # ---- geschillen, kopieën, wijzigingen, regelingen
    R("L663", "2026-11-20T10:00:00+01:00", "Goedemorgen, de winterstalling van de steigers staat al op de vorige factuur; 06631 is dubbel. Graag een creditnota. H. Smit", "dispute", inv=["06631"],
      fam=["dispute:duplicate", "flag:strategic"], sender=1),
    R("L665", "2026-11-23T14:00:00+01:00", "Geachte heer/mevrouw, u rekent € 38 per meter leiding, in de offerte stond € 31. Wij betalen pas na correctie. R. Vermeulen", "dispute", fam=["dispute:price"], sender=1),
    R("L662", "2026-11-19T06:00:00+01:00", "Dag, kan je de factuur nog eens sturen? Ik vind ze niet terug. Pieter", "invoice_resend", fam=["resend:copy", "locale:nl-BE"], sender=1),
    R("L665", "2026-11-24T09:00:00+01:00", "Geachte heer/mevrouw, graag ontvangen wij een rekeningoverzicht van alle openstaande posten. Facturen", "invoice_resend", fam=["resend:statement"], sender=0),
    R("L665", "2026-11-19T09:00:00+01:00", "Geachte heer/mevrouw, op de factuur ontbreekt ons inkoopordernummer 4501122980. Ook ontvangen wij facturen voortaan alleen nog via Peppol. Graag opnieuw indienen. Facturen",
      "po_change", fam=["po:add-po", "po:peppol"], sender=0),
    R("L664", "2026-11-20T10:00:00+01:00", "Hoi, vanaf nu graag alle facturen naar facturen@feestfabriek-groep.example, niet meer naar dit adres. Sanne", "po_change", fam=["po:invoice-mailbox"], sender=1),
    R("L662", "2026-11-24T06:30:00+01:00", "Dag, mag ik het in drie keer betalen? Het is stil na de zomer. Pieter", "payment_plan_request", fam=["plan:instalments", "setting:bakery"], sender=1),
    R("L666", "2026-11-26T10:00:00+01:00", "Dag, kunnen we een afbetaling afspreken van € 1.000 per maand vanaf 15 december? An Claes", "payment_plan_request", date="2026-12-15", amount="1000.00",
      fam=["plan:proposal-dated", "locale:nl-BE"], sender=1),
    # ---- afwezig, onbestelbaar, contact, overig
    R("L664", "2026-11-18T09:06:00+01:00", "Bedankt voor je bericht. Ik ben tot en met 24 november afwezig en lees mijn mail niet.", "out_of_office", subject="Automatisch antwoord: Herinnering: vervallen facturen",
      headers=MS_AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("L666", "2026-11-20T09:06:00+01:00", "Ik ben met zwangerschapsverlof tot 1 maart 2027. Voor boekhoudkundige vragen: boekhouding@labo-leie.example.", "out_of_office", human=["absence longer than 14 days"],
      subject="Afwezig", headers=AUTO, fam=["ooo:long", "locale:nl-BE"], sender=1, quote="none"),
    R("L661", "2026-11-23T09:06:00+01:00", "Uw bericht kon niet worden bezorgd bij m.dejong@helderzicht.example.\n\n550 5.1.1 Onbekende ontvanger", "bounce", sender="postmaster@helderzicht.example",
      subject="Onbestelbaar: Herinnering: vervallen facturen", dsn=("m.dejong@helderzicht.example", "5.1.1"), fam=["bounce:dutch"], gap_days=0),
    R("L665", "2026-11-26T09:06:00+01:00", "Delivery has failed to these recipients or groups:\n\nr.vermeulen@waterbedrijf-oostkust.example\nThe recipient's mailbox is full.", "bounce",
      sender="postmaster@waterbedrijf-oostkust.example", subject="Undeliverable: Herinnering: vervallen facturen", dsn=("r.vermeulen@waterbedrijf-oostkust.example", "5.2.2"), lang="en",
      fam=["bounce:english-dsn-dutch-customer", "bounce:mailbox-full"], gap_days=0),
    R("L663", "2026-11-24T11:00:00+01:00", "Goedemorgen, ik ben de havenmeester, de boekhouding doet ons administratiekantoor: jachthaven@adm-kantoor-zeeland.example. Henk Smit", "wrong_contact",
      fam=["wc:new-contact-other-domain", "flag:strategic"], sender=1),
    R("L664", "2026-11-27T10:00:00+01:00", "Hoi, Sanne werkt hier niet meer. Stuur het voortaan naar crediteuren@feestfabriek.example. Groet, Bas", "wrong_contact", fam=["wc:person-left"], sender="bas@feestfabriek.example"),
    R("L663", "2026-11-26T09:00:00+01:00", "Goedemorgen, klopt deze herinnering wel? We kregen vorige week een mail dat uw IBAN gewijzigd is. Graag even bellen. Havenkantoor", "other", human=["fraud check"],
      fam=["other:fraud-check", "flag:strategic"], sender=0),
    R("L664", "2026-11-16T09:06:00+01:00", "Bedankt voor je e-mail. We hebben je vraag ontvangen onder ticketnummer CRD-55120 en reageren binnen 5 werkdagen.", "other", subject="[CRD-55120] Herinnering: vervallen facturen",
      headers=AUTO, fam=["other:ticket-autoconfirm", "no-action"], sender=0, quote="none"),
]
