"""field31, Flemish Dutch: a Ghent bakery, an Antwerp chip shop on a plan, a Limburg cheese farm and a Mechelen florist
(strategic), all nl-BE: ge/gij, allee, amai, merci, Sinterklaas on 6 December, gestructureerde mededeling."""

from __future__ import annotations

from typing import Any

from evals.field.build import Payment, Reply
from evals.field31.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK31-020", "N3151", "2026-12-02", "440.00", "EUR", "+++931/5200/44017+++ VAN DAMME"),
    Payment("BK31-021", "N3153", "2026-12-03", "3720.00", "EUR", "KAASBOERDERIJ DE WILDE 93154"),
    Payment("BK31-022", "N3152", "2026-12-01", "900.00", "EUR", "FRITUUR HOEKSKE AFBETALING"),
]


def p(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    """A promise to pay (primary intent)."""
    return Reply(cust, when, body, "promise_to_pay", date, fam=fam, **kw)


REPLIES = [
    p("N3151", at(2, "05:15", CET), "Goeiemorgen, amai sorry, ge hebt gelijk. Na Sinterklaas is de grote drukte voorbij, maandag betaal ik alles. Koen", "2026-12-07",
      ["flemish", "holiday", "sinterklaas", "bare-weekday"], sender=1),
    p("N3151", at(3, "14:00", CET), "De 440 euro stort ik morgen, de 2.980 op 18/12 als de eindejaarsbestellingen binnen zijn.", "2026-12-04",
      ["two-dates", "locale-numeric-dayfirst", "tomorrow"], amount="440.00", inv=["93152", "93151"], partial=False, sender=1),
    p("N3151", at(7, "11:00", CET), "Allee, deze week nog, ten laatste vrijdag.", "2026-12-11",
      ["flemish", "at-the-latest", "bare-weekday", "terse-mobile"], sender=1),
    p("N3151", at(8, "19:30", CET), "Mijn vrouw doet de overschrijving donderdag, ik sta vanaf 4u in de bakkerij en kom er niet aan toe.", "2026-12-10",
      ["spouse", "bare-weekday", "reason-not-condition"], sender=1),
    p("N3152", at(2, "16:00", CET), "Dag, de afbetaling van december (900 euro) doe ik op de 10de zoals afgesproken. Lieve", "2026-12-10",
      ["instalment-existing-plan", "ordinal-alone", "flemish"], amount="900.00", sender=1),
    p("N3152", at(4, "22:30", CET), "Sorry laat, frituur net dicht. De afbetaling komt volgende week dinsdag, de friteuse moest vervangen worden 😩", "2026-12-08",
      ["instalment-existing-plan", "next-week-weekday", "late-evening", "emoji"], sender=1),
    p("N3152", at(8, "10:00", CET), "We betalen de volledige rest (4.500) in één keer tegen Kerstavond als de verkoop op de kerstmarkt goed gaat.", "2026-12-24",
      ["holiday", "condition", "partial-amount", "christmas-eve"], amount="4500.00", human=["conditional"], sender=1),
    p("N3153", at(2, "08:45", CET), "Goeiendag, wij betalen binnen de 10 dagen. Groeten van op de boerderij", "2026-12-12",
      ["relative-span"], sender=1),
    p("N3153", at(4, "12:00", CET), "Jef hier. De melkerij betaalt ons op de 15de, de dag erna krijgt ge uw geld.", "2026-12-16",
      ["ordinal-alone", "reason-not-condition", "relative-to-event"], sender=1),
    p("N3153", at(7, "09:30", CET), "Betaling volgt in week 51, waarschijnlijk woensdag.", "2026-12-16",
      ["calendar-week", "weekday-in-week"], sender=1),
    p("N3154", at(2, "10:00", CET), "Geachte,\n\nUw factuur 93155 met bestelbon BM-2026-118 is goedgekeurd en wordt betaald in onze betaalrun van dinsdag 15 december.\n\nMet vriendelijke groeten\nBoekhouding Bloemen Mertens", "2026-12-15",
      ["payment-run", "weekday-date", "formal-ap"]),
    p("N3154", at(3, "15:30", CET), "Dag, na de kerstbeurs op 12 december betalen we 4.000 euro, de rest na Nieuwjaar.", "2026-12-12",
      ["relative-to-event", "partial-amount", "undated-balance"], amount="4000.00", sender=1,
      note="'na de kerstbeurs op 12 december' — the payment is tied to the fair's day itself"),
    p("N3154", at(7, "16:00", CET), "De betaling die voor vrijdag gepland stond is verschoven naar maandag 14/12, onze boekhouder is ziek.", "2026-12-14",
      ["moved-date", "weekday-date", "locale-numeric-dayfirst"], sender=1),
    p("N3151", at(5, "09:00", CET), "Merci voor de herinnering! Betaal ten laatste eind volgende week.", "2026-12-11",
      ["end-of-next-week", "at-the-latest"], sender=1),
    p("N3153", at(8, "13:00", CET), "Hallo, we betalen vrijdag over een week. Mijn schoonzoon helpt nu met de papieren, dus het zal deze keer wel lukken.", "2026-12-18",
      ["friday-week", "family"], sender=1, note="'vrijdag over een week' written on Tuesday 8: the coming Friday (11) plus a week"),
    p("N3154", at(5, "08:00", CET), "Hi, ik ben Ilse. Met de drukte van Sinterklaas en de kerstbloemstukken: betaling half december.", "2026-12-15",
      ["mid-month", "holiday", "sinterklaas"], sender=1),
    # --- already_paid
    Reply("N3151", at(3, "07:00", CET), "De 440 is gisteren betaald met de gestructureerde mededeling +++931/5200/44017+++", "already_paid",
          ref="+++931/5200/44017+++", inv=["93152"], fam=["structured-communication", "terse-mobile"], note="matches BK31-020", sender=1),
    Reply("N3153", at(4, "09:00", CET), "Factuur 93154 werd betaald op 3 december. Groeten, Jef", "already_paid",
          inv=["93154"], fam=["date-in-words"], note="matches BK31-021", sender=1),
    Reply("N3152", at(3, "18:00", CET), "Ik heb de afbetaling van 900 euro dinsdag al gedaan, waarom krijg ik dan een aanmaning voor alles?", "already_paid", sec=["other"],
          fam=["instalment-existing-plan", "plan-complaint"], human=["amount differs: an instalment, not the balance", "complaint about the reminder"], sender=1),
    # --- dispute
    Reply("N3151", at(4, "10:30", CET), "De broodkorven waren van slechte kwaliteit, de helft is al kapot. Ik betaal pas als er een creditnota komt.", "dispute",
          fam=["quality", "credit-note"], sender=1),
    Reply("N3153", at(5, "10:00", CET), "Ge hebt 21% btw aangerekend op landbouwmateriaal, dat moet 6% zijn. Gelieve te verbeteren.", "dispute",
          fam=["vat", "flemish"], sender=1),
    Reply("N3154", at(8, "11:00", CET), "De prijs van de vazen op 93155 klopt niet met de offerte van september. Wij betalen het verschil niet.", "dispute",
          inv=["93155"], fam=["price"], sender=1),
    # --- invoice_resend
    Reply("N3151", at(8, "08:00", CET), "Kunt ge de factuur nog eens sturen aub, ik vind ze niet terug", "invoice_resend",
          fam=["flemish", "terse-mobile"], sender=1),
    Reply("N3152", at(5, "11:00", CET), "Graag een overzicht van wat er nog openstaat en wat al betaald is.", "invoice_resend",
          fam=["statement", "instalment-existing-plan"], sender=1),
    # --- po_change
    Reply("N3154", at(4, "14:00", CET), "Vanaf januari ontvangen wij enkel nog facturen via Peppol. Gelieve 93155 ook via Peppol opnieuw te bezorgen.", "po_change",
          inv=["93155"], fam=["e-invoicing", "peppol"], sender=1),
    Reply("N3153", at(3, "16:00", CET), "Wij zijn nu een bv: Kaasboerderij De Wilde bv, ondernemingsnummer 0798.765.432. Mag de factuur op die naam?", "po_change",
          fam=["entity-change", "tax-id"], sender=1),
    # --- payment_plan_request
    Reply("N3151", at(4, "17:00", CET), "Zou ik de 2.980 in drie keer mogen betalen? Eerste keer 1.000 op 20 december.", "payment_plan_request",
          "2026-12-20", amount="1000.00", inv=["93151"], fam=["three-parts", "date-in-words"], sender=1),
    Reply("N3153", at(8, "15:00", CET), "Kan ik uitstel krijgen tot eind januari? De kaas van de zomer is nog niet verkocht.", "payment_plan_request",
          "2027-01-31", fam=["deferral"], sender=1),
    Reply("N3152", at(7, "12:00", CET), "Kunnen we de afbetaling verlagen naar 600 per maand? Het is een slechte winter.", "payment_plan_request",
          amount="600.00", fam=["stretch-plan", "instalment-existing-plan"], sender=1),
    # --- out_of_office
    Reply("N3154", at(2, "06:00", CET), "Bedankt voor uw bericht. Ik ben afwezig tot en met 6 december en lees mijn e-mails niet.", "out_of_office",
          fam=["auto-reply"], headers=AUTO, sender=1, subject="Automatisch antwoord: Herinnering: vervallen facturen – Bloemen Mertens"),
    Reply("N3153", at(7, "06:00", CET), "De boerderijwinkel is gesloten van 7 tot en met 13 december. Vanaf 14 december zijn we er terug.", "out_of_office",
          fam=["auto-reply", "seasonal-closure"], headers=AUTO, subject="Afwezig: Herinnering: vervallen facturen – Kaasboerderij De Wilde"),
    Reply("N3151", at(5, "15:00", CET), "Koen is met de kinderen naar de Sinterklaasstoet, hij antwoordt maandag. Groetjes, An", "out_of_office",
          fam=["typed-absence", "family", "sinterklaas"], human=["absence typed by a person"]),
    # --- bounce
    Reply("N3152", at(4, "02:00", CET), "Dit bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\nl.peeters@frituur-hoekske.example\n550 5.1.1 Gebruiker onbekend", "bounce",
          lang="nl", fam=["dsn-nl", "user-unknown"], sender="mailer-daemon@frituur-hoekske.example", dsn=("l.peeters@frituur-hoekske.example", "5.1.1"), quote="none",
          subject="Onbestelbaar: Herinnering: vervallen facturen – Frituur 't Hoekske"),
    Reply("N3153", at(2, "03:00", CET), "Bezorging mislukt.\n\nDe mailbox van j.dewilde@kaasboerderij-dewilde.example is vol.\n\n552 5.2.2 Mailbox vol", "bounce",
          lang="nl", fam=["dsn-nl", "mailbox-full"], sender="postmaster@kaasboerderij-dewilde.example", dsn=("j.dewilde@kaasboerderij-dewilde.example", "5.2.2"), quote="none",
          subject="Onbestelbaar: Herinnering: vervallen facturen – Kaasboerderij De Wilde"),
    # --- wrong_contact
    Reply("N3151", at(7, "13:00", CET), "Dit is het adres van de winkel, voor facturen moet ge bij Koen zijn.", "wrong_contact",
          fam=["wrong-desk", "shared-mailbox", "flemish"], sender=0),
    Reply("N3154", at(5, "12:00", CET), "Ilse is sinds de overname door Groep Fleur niet meer bij ons. Stuur alles naar crediteuren@groepfleur.example.", "wrong_contact",
          fam=["acquisition", "contact-gone"], sender=0),
    # --- other
    Reply("N3152", at(8, "09:00", CET), "Ik kreeg een sms dat uw rekeningnummer veranderd is. Klopt dat? Ik betaal niks voor ik het zeker weet.", "other",
          fam=["fraud-alert"], human=["fraud check"], sender=1),
    Reply("N3153", at(5, "18:00", CET), "Bedankt, goed ontvangen.", "other",
          fam=["no-action", "acknowledgement"], sender=1),
]
