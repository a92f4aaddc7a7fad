"""Dutch replies (field7, hand-written): a hair salon owner, a garden centre's finance director, a Flemish
film house run by a volunteer treasurer, a translation agency's office manager and a Flemish bike shop."""

from evals.field7.build import Payment as P
from evals.field7.build import Reply as R

CET = "+01:00"
AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def t(day: str, hm: str) -> str:
    """The reply's Date: November 2026 day, local time, Central European time."""
    return f"2026-11-{day}T{hm}:00{CET}"


PAYMENTS = [
    P("BK7-0501", "M761", "2026-11-23", "1580.00", "EUR", "KAPSALON KNIP BV 07611 07612"),
    P("BK7-0502", "M762", "2026-11-20", "6140.00", "EUR", "TUINCENTRUM DE LINDE TDL-BET-5520"),
    P("BK7-0503", "M764", "2026-11-24", "2980.00", "EUR", "VERTAALBUREAU WOORDWERK"),
    P("BK7-0504", "M765", "2026-11-19", "2260.00", "EUR", "FIETSEN TRAPPER +++071/6510/22601+++"),
]

REPLIES = [
    R("M761", t("23", "21:30"), "Hoi, ik betaal vrijdag. Groet Sanne", "promise_to_pay", date="2026-11-27", fam=["date:bare-weekday", "setting:hairdresser"], sender=1, quote="none"),
    R("M761", t("25", "09:00"), "Goedemorgen, 07611 betalen we morgen, 07612 pas als de creditnota voor de kapotte föhn binnen is.\nSanne de Jong", "promise_to_pay", date="2026-11-26",
      inv=["07611", "07612"], human=["conditional"], fam=["promise:half-promise", "date:tomorrow"], sender=1),
    R("M762", t("23", "10:00"), "Geachte heer/mevrouw,\n\nDe factuur wordt volgende week vrijdag betaald.\n\nMet vriendelijke groet,\nWim Bakker\nFinancieel directeur", "promise_to_pay", date="2026-12-04",
      fam=["date:next-week-friday", "writer:finance-director", "setting:garden-centre"], sender=1),
    R("M762", t("25", "14:00"), "Betaling volgt eind van de maand in de reguliere betaalrun. Crediteuren", "promise_to_pay", date="2026-11-30", fam=["date:end-of-month"], sender=0),
    R("M763", t("23", "19:00"), "Dag, ik ben vrijwilliger-penningmeester van het filmhuis. We betalen op 3/12, na de bestuursvergadering.\nLotte", "promise_to_pay", date="2026-12-03",
      fam=["date:numeric-day-first", "writer:volunteer", "locale:nl-BE", "setting:cinema"], sender=1),
    R("M763", t("26", "20:00"), "We betalen € 900 volgende week en de rest in januari. Lotte", "promise_to_pay", date="2026-12-04", amount="900.00", fam=["promise:partial", "date:next-week"], sender=1),
    R("M764", t("23", "09:00"), "Hallo, de betaling gaat binnen 5 werkdagen de deur uit. Eva Visser, officemanager", "promise_to_pay", date="2026-11-30", fam=["date:working-days", "setting:translation"], sender=1),
    R("M764", t("20", "15:00"), "We betalen over twee weken. Eva", "promise_to_pay", date="2026-12-04", fam=["date:in-two-weeks"], sender=1),
    R("M765", t("23", "10:00"), "Dag, we betalen begin volgende week. Koen", "promise_to_pay", date="2026-11-30", fam=["date:early-next-week", "locale:nl-BE", "setting:bike-shop"], sender=1),
    R("M765", t("20", "09:00"), "Betaling op de 1ste van de maand, zoals altijd. Koen", "promise_to_pay", date="2026-12-01", fam=["date:ordinal-alone"], sender=1),
    R("M762", t("20", "10:00"), "We betalen zodra onze bank de kredietlijn heeft verlengd.", "promise_to_pay", human=["conditional"], fam=["promise:conditional-undated"], sender=1),
    R("M761", t("20", "09:00"), "Betaal ik zsm, sorry! Sanne", "promise_to_pay", human=["undated"], fam=["promise:undated", "voice:abbrev"], sender=1, quote="none"),
    R("M764", t("25", "10:00"), "Hallo, betaling staat gepland voor woensdag 2 december. Facturen", "promise_to_pay", date="2026-12-02", fam=["date:weekday-with-date"], sender=0),
    # ---- already paid
    R("M761", t("24", "09:00"), "Beide facturen zijn gisteren betaald. Sanne", "already_paid", fam=["paid:matched"], sender=1),
    R("M762", t("23", "09:00"), "Betaald op 20/11 met kenmerk TDL-BET-5520. Crediteuren", "already_paid", ref="TDL-BET-5520", fam=["paid:matched-ref"], sender=0),
    R("M765", t("23", "09:00"), "Dag, betaald vorige donderdag met gestructureerde mededeling +++071/6510/22601+++. Koen", "already_paid", ref="+++071/6510/22601+++", fam=["paid:structured-ref", "locale:nl-BE"], sender=1),
    R("M763", t("24", "19:00"), "We hebben vorige week betaald, kunt u dat nakijken? Lotte", "already_paid", human=["no matching payment"], fam=["paid:not-found", "writer:volunteer"], sender=1),
    # ---- disputes
    R("M761", t("18", "10:00"), "Op 07612 staan 4 stoelen, we hebben er 3 gekregen. Graag een creditnota. Sanne", "dispute", inv=["07612"], fam=["dispute:quantity"], sender=1),
    R("M762", t("18", "11:00"), "De prijs van de kerstbomen is € 2 per stuk hoger dan afgesproken. Wij betalen pas na correctie. W. Bakker", "dispute", fam=["dispute:price", "dispute:refusal-until-credit-note"], sender=1),
    R("M764", t("18", "10:00"), "U heeft 21% btw gerekend, maar dit is een intracommunautaire dienst (btw verlegd). Graag een nieuwe factuur.", "dispute", fam=["dispute:tax"], sender=1),
    R("M763", t("18", "19:00"), "De beamerlamp is nooit vervangen, de technicus kwam niet opdagen. Die regel betalen we niet; de rest betalen we vrijdag. Lotte", "dispute", sec=["promise_to_pay"],
      date="2026-11-20", fam=["dispute:service-not-done", "dispute:beside-promise", "locale:nl-BE"], sender=1),
    # ---- PO / billing
    R("M762", t("17", "10:00"), "Het inkoopnummer op 07621 moet TDL-INK-2290 zijn. Graag opnieuw versturen.", "po_change", inv=["07621"], fam=["po:replace"], sender=0),
    R("M764", t("17", "10:00"), "Wij ontvangen facturen voortaan alleen nog via Peppol / e-facturatie. Kunt u de factuur daar opnieuw aanbieden?", "po_change", fam=["po:e-invoicing"], sender=1),
    R("M765", t("17", "10:00"), "Ons nieuwe btw-nummer is BE0798.112.334 en het adres is Stationsstraat 12, 9000 Gent. Graag aanpassen. Koen", "po_change", fam=["po:vat-number", "po:address"], sender=1),
    # ---- resend / plan
    R("M763", t("19", "19:00"), "Kunt u de factuur nog eens sturen? Ik ben nieuw als penningmeester en vind niets terug. Lotte", "invoice_resend", fam=["resend:copy", "writer:volunteer"], sender=1),
    R("M762", t("19", "10:00"), "Graag een rekeningoverzicht van alle openstaande posten.", "invoice_resend", fam=["resend:statement"], sender=0),
    R("M765", t("20", "10:00"), "Kan ik het in drie keer betalen? Eerste deel op 30 november. Koen", "payment_plan_request", date="2026-11-30", fam=["plan:three-parts"], sender=1),
    R("M761", t("20", "10:00"), "Mag ik het gespreid betalen over een paar maanden? Het is rustig in de salon. Sanne", "payment_plan_request", fam=["plan:undated"], sender=1),
    # ---- auto-replies etc.
    R("M762", t("16", "09:05"), "Ik ben afwezig tot en met 24 november. Voor dringende zaken: crediteuren@tuincentrum-linde.example.", "out_of_office",
      headers=AUTO, subject="Automatisch antwoord: Betalingsherinnering", fam=["ooo:short"], sender=1, quote="none"),
    R("M764", t("16", "09:05"), "Bedankt voor je bericht. Ik ben met ouderschapsverlof tot 1 februari.", "out_of_office", human=["absence longer than 14 days"],
      headers=AUTO, subject="Afwezig", fam=["ooo:long"], sender=1, quote="none"),
    R("M763", t("16", "09:06"), "Uw bericht kon niet worden bezorgd bij l.peeters@filmhuis-zuid.example.\n\n550 5.1.1 Onbekende gebruiker",
      "bounce", sender="postmaster@filmhuis-zuid.example", subject="Onbestelbaar: Betalingsherinnering", dsn=("l.peeters@filmhuis-zuid.example", "5.1.1"), fam=["bounce:exchange-nl"], gap_days=0),
    R("M761", t("16", "09:06"), "Bezorging mislukt: het postvak van s.dejong@kapsalon-knip.example is vol.\n\n552 5.2.2 Mailbox full",
      "bounce", sender="MAILER-DAEMON@kapsalon-knip.example", subject="Onbestelbaar bericht", dsn=("s.dejong@kapsalon-knip.example", "5.2.2"), fam=["bounce:mailbox-full"], gap_days=0),
    R("M764", t("18", "10:00"), "Ik werk hier niet meer. Mail voortaan naar facturen@woordwerk.example.", "wrong_contact", fam=["wrong:left"], sender=1),
    R("M765", t("18", "10:00"), "Ik sta in de winkel, de boekhouding doet ons kantoor: boekhouding@trapper-kantoor.example.", "wrong_contact", fam=["wrong:external-office"], sender=0),
    R("M762", t("20", "10:00"), "Ontvangen, dank u.", "other", fam=["no-action", "other:ack"], sender=0, quote="none"),
    R("M763", t("20", "19:00"), "Wij zijn een vzw, kunnen we korting krijgen? Lotte", "other", human=["discount question"], fam=["other:discount"], sender=1),
]
