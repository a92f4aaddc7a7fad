"""Message rendering: our reminders, quoting styles of common mail clients, signatures,
disclaimers, HTML parts, auto-replies and delivery-status notifications."""

from __future__ import annotations

import html as htmllib
import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from core.text.written_dates import written_day

from .dates import MON3, MONTHS, WEEKDAYS
from .world import COMPANY, COMPANY_DOMAIN, OWNERS, CustomerInfo, money

AR = COMPANY["ar_mailbox"]
AR_NAME = "Northwind Supplies – Accounts Receivable"
CUR_SYM = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF "}


def rfc3339(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def local(dt_naive: datetime, tz: str) -> datetime:
    return dt_naive.replace(tzinfo=ZoneInfo(tz))


def msgid(rng: random.Random, domain: str, style: str = "plain") -> str:
    hx = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    up = lambda n: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))
    if style == "gmail":
        return f"<CA{up(2)}{hx(6)}+{up(20)}{hx(8)}@mail.gmail.com>"
    if style == "outlook":
        return f"<{up(8)}{hx(4)}{up(8)}.{hx(6)}@{up(4)}PR{rng.randint(10, 99)}MB{rng.randint(1000, 9999)}.eurprd{rng.randint(1, 9):02d}.prod.outlook.com>"
    if style == "ours":
        return f"<dunmail.{hx(12)}.{hx(6)}@{COMPANY_DOMAIN}>"
    return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(12)}@{domain}>"


# ------------------------------------------------------------------------ amounts
def fmt_num(amount: Decimal, lang: str, style: int = 0) -> str:
    s = f"{money(amount):,.2f}"  # 1,250.00
    if lang == "en":
        return s
    if lang == "fr" and style % 2 == 0:
        return s.replace(",", "\u202f" if style == 2 else " ").replace(".", ",")
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def fmt_amount(rng: random.Random, lang: str, amount: Decimal, cur: str) -> str:
    """An amount the way a customer of that language would type it."""
    sym = CUR_SYM[cur]
    style = rng.randrange(4)
    num = fmt_num(amount, lang, style)
    if lang == "en":
        whole = money(amount) == money(int(amount))
        if whole and rng.random() < 0.5:
            num = num[:-3]
        return rng.choice([f"{sym}{num}", f"{num} {cur}", f"{cur} {num}", f"{sym}{num}"]).replace("CHF CHF", "CHF")
    if cur != "EUR":
        return rng.choice([f"{num} {cur}", f"{cur} {num}"])
    return rng.choice({
        "de": [f"{num} €", f"{num} EUR", f"EUR {num}", f"€{num}", f"{num} Euro"],
        "fr": [f"{num} €", f"{num} EUR", f"{num} euros"],
        "es": [f"{num} €", f"{num} EUR", f"{num} euros"],
        "nl": [f"€ {num}", f"EUR {num}", f"€{num}"],
        "pt": [f"{num} €", f"€ {num}", f"{num} EUR", f"{num} euros"],
    }[lang])


def table_amount(lang: str, amount: Decimal, cur: str) -> str:
    return f"{cur} {fmt_num(amount, lang)}" if lang == "en" else f"{fmt_num(amount, lang)} {cur}"


def fmt_day(lang: str, d: date) -> str:
    """A date as dunmail's reminders write it."""
    return written_day(d, lang)


# ------------------------------------------------------------------------ our reminder
REMINDER_SUBJECTS = {
    "en": ["Payment reminder – overdue invoices", "Reminder: invoice {inv} is overdue", "Overdue balance on your account",
           "Second reminder – outstanding invoices", "Friendly reminder: open invoices with Northwind Supplies",
           "Final notice – overdue invoices {cust}", "Your account with Northwind Supplies – overdue items"],
    "de": ["Zahlungserinnerung", "Zahlungserinnerung – Rechnung {inv}", "Offene Posten – {cust}",
           "2. Mahnung – überfällige Rechnungen", "Freundliche Erinnerung: offene Rechnungen"],
    "fr": ["Relance – factures échues", "Rappel de paiement – facture {inv}", "Factures en attente de règlement",
           "Deuxième relance – factures impayées"],
    "es": ["Recordatorio de pago – facturas vencidas", "Aviso de vencimiento – factura {inv}",
           "Facturas pendientes de pago", "Segundo aviso – facturas vencidas"],
    "nl": ["Betalingsherinnering – openstaande facturen", "Herinnering: factuur {inv} vervallen",
           "Openstaande posten {cust}", "Tweede herinnering – vervallen facturen"],
    "pt": ["Lembrete de pagamento – faturas em atraso", "Aviso: fatura {inv} vencida", "Faturas em aberto",
           "Segundo aviso – faturas vencidas"],
}

REMINDER_TEXT = {
    "en": ("Dear {greet},\n\nAccording to our records the following invoices are now past due:\n\n{table}\n\n"
           "Total overdue: {total}\n\nIf payment has already been made, please send us the payment date and "
           "reference so we can match it. Otherwise we would be grateful if you could settle the balance "
           "promptly.\n\nKind regards\n\n{owner}\nAccounts Receivable\nNorthwind Supplies GmbH\n"
           "Tel. +49 40 5558 2100 | ar@northwind-supplies.example"),
    "de": ("{greet_de},\n\nbei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass folgende Rechnungen "
           "noch offen sind:\n\n{table}\n\nGesamtbetrag: {total}\n\nSollten Sie die Zahlung bereits veranlasst "
           "haben, teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit. Andernfalls bitten wir um "
           "Ausgleich in den nächsten Tagen.\n\nMit freundlichen Grüßen\n\n{owner}\nDebitorenbuchhaltung\n"
           "Northwind Supplies GmbH\nTel. +49 40 5558 2100"),
    "fr": ("{greet_fr},\n\nSauf erreur de notre part, les factures suivantes restent impayées à ce jour :\n\n"
           "{table}\n\nTotal dû : {total}\n\nSi le règlement a déjà été effectué, merci de nous communiquer la "
           "date et la référence du virement. Dans le cas contraire, nous vous remercions de bien vouloir "
           "procéder au paiement dans les meilleurs délais.\n\nCordialement,\n\n{owner}\nService recouvrement\n"
           "Northwind Supplies GmbH"),
    "es": ("{greet_es}:\n\nSegún nuestros registros, las siguientes facturas se encuentran vencidas:\n\n{table}\n\n"
           "Total vencido: {total}\n\nSi ya han realizado el pago, les rogamos nos indiquen la fecha y la "
           "referencia para poder conciliarlo. En caso contrario, les agradeceríamos que procedieran al pago a "
           "la mayor brevedad.\n\nUn saludo,\n\n{owner}\nDepartamento de cobros\nNorthwind Supplies GmbH"),
    "nl": ("{greet_nl},\n\nVolgens onze administratie staan de volgende facturen nog open:\n\n{table}\n\n"
           "Totaal vervallen: {total}\n\nHeeft u al betaald, stuur ons dan de betaaldatum en het kenmerk zodat we "
           "de betaling kunnen koppelen. Zo niet, dan verzoeken wij u het bedrag zo spoedig mogelijk over te "
           "maken.\n\nMet vriendelijke groet,\n\n{owner}\nDebiteurenbeheer\nNorthwind Supplies GmbH"),
    "pt": ("{greet_pt},\n\nDe acordo com os nossos registos, as seguintes faturas encontram-se vencidas:\n\n{table}\n\n"
           "Total em atraso: {total}\n\nCaso o pagamento já tenha sido efetuado, agradecemos que nos envie a data e "
           "a referência da transferência. Caso contrário, solicitamos a regularização com a maior brevidade "
           "possível.\n\nCom os melhores cumprimentos,\n\n{owner}\nDepartamento de cobranças\nNorthwind Supplies GmbH"),
}

TABLE_HEAD = {"en": ("Invoice", "Due date", "Open amount"), "de": ("Rechnung", "Fällig am", "Offener Betrag"),
              "fr": ("Facture", "Échéance", "Montant dû"), "es": ("Factura", "Vencimiento", "Importe pendiente"),
              "nl": ("Factuur", "Vervaldatum", "Openstaand"), "pt": ("Fatura", "Vencimento", "Valor em aberto")}


def reminder(rng: random.Random, info: CustomerInfo, contact: dict, invoices: list[dict], when: datetime) -> dict:
    lang = info.lang
    h = TABLE_HEAD[lang]
    rows = [f"{h[0]:<18}{h[1]:<14}{h[2]}"]
    total = Decimal(0)
    for i in invoices:
        rows.append(f"{i['number']:<18}{fmt_day(lang, date.fromisoformat(i['due_date'])):<14}"
                    f"{table_amount(lang, money(i['balance']), i['currency'])}")
        total += money(i["balance"])
    first = contact["name"].split()[0] if contact["name"] else ""
    last = contact["name"].split()[-1] if contact["name"] else ""
    body = REMINDER_TEXT[lang].format(
        greet=contact["name"] or "Sir or Madam",
        greet_de=f"Guten Tag {contact['name']}" if contact["name"] else "Sehr geehrte Damen und Herren",
        greet_fr=f"Bonjour {contact['name']}" if contact["name"] else "Madame, Monsieur",
        greet_es=f"Estimado/a {contact['name']}" if contact["name"] else "Estimados señores",
        greet_nl=f"Beste {first}" if first else "Geachte heer/mevrouw",
        greet_pt=f"Caro(a) {contact['name']}" if contact["name"] else "Exmos. Senhores",
        table="\n".join(rows), total=table_amount(lang, total, invoices[0]["currency"]), owner=OWNERS[info.owner])
    subj = rng.choice(REMINDER_SUBJECTS[lang]).format(inv=invoices[0]["number"], cust=info.short)
    return {"direction": "outbound", "from": AR, "to": [contact["email"]],
            "cc": [f"{info.owner}@{COMPANY_DOMAIN}"] if rng.random() < 0.2 else [],
            "date": rfc3339(when), "subject": subj, "message_id": msgid(rng, COMPANY_DOMAIN, "ours"),
            "in_reply_to": None, "references": [], "body": body, "html": None,
            "headers": {}, "attachments": []}


OUR_FOLLOWUP = {
    "en": ["Thank you for your reply. Could you let us know when we can expect payment of the open amount?",
           "Thanks for getting back to us. We have checked again and the invoices are still open on our side. "
           "Could you confirm a payment date?",
           "Many thanks – could you please send us the remittance advice or the bank reference?"],
    "de": ["Vielen Dank für Ihre Rückmeldung. Können Sie uns bitte mitteilen, wann wir mit dem Zahlungseingang "
           "rechnen können?", "Danke für Ihre Nachricht. Bei uns sind die Rechnungen weiterhin offen. Könnten Sie "
           "uns bitte den Zahlungsavis schicken?"],
    "fr": ["Merci pour votre retour. Pourriez-vous nous indiquer une date de règlement ?",
           "Merci pour votre message. De notre côté les factures apparaissent toujours comme impayées. "
           "Pourriez-vous nous envoyer l'avis de virement ?"],
    "es": ["Gracias por su respuesta. ¿Podrían indicarnos en qué fecha realizarán el pago?",
           "Gracias por su mensaje. En nuestro sistema las facturas siguen pendientes. ¿Nos pueden enviar el "
           "justificante de la transferencia?"],
    "nl": ["Dank voor uw reactie. Kunt u ons laten weten wanneer wij de betaling kunnen verwachten?",
           "Bedankt voor uw bericht. Bij ons staan de facturen nog open. Kunt u ons het betaalbewijs sturen?"],
    "pt": ["Obrigado pela sua resposta. Pode indicar-nos uma data prevista para o pagamento?",
           "Obrigado pela mensagem. No nosso sistema as faturas continuam em aberto. Pode enviar-nos o "
           "comprovativo da transferência?"],
}
OUR_SIGNOFF = {"en": "Kind regards", "de": "Viele Grüße", "fr": "Cordialement", "es": "Saludos",
               "nl": "Met vriendelijke groet", "pt": "Cumprimentos"}


def our_followup(rng: random.Random, info: CustomerInfo, to: str, when: datetime, subject: str, parent: dict) -> dict:
    name = OWNERS[info.owner]
    body = f"{rng.choice(OUR_FOLLOWUP[info.lang])}\n\n{OUR_SIGNOFF[info.lang]}\n{name}\nNorthwind Supplies GmbH"
    return {"direction": "outbound", "from": AR, "to": [to], "cc": [], "date": rfc3339(when),
            "subject": subject if subject.lower().startswith(("re", "aw", "antw", "res")) else "Re: " + subject,
            "message_id": msgid(rng, COMPANY_DOMAIN, "ours"), "in_reply_to": parent["message_id"],
            "references": parent["references"] + [parent["message_id"]], "body": body, "html": None,
            "headers": {}, "attachments": []}


# ------------------------------------------------------------------------ reply prefixes and quoting
RE_PREFIX = {"en": ["Re: ", "RE: ", "Re: "], "de": ["AW: ", "Re: ", "AW: "], "fr": ["RE : ", "Re: ", "RE: "],
             "es": ["RE: ", "Re: ", "RV: " if False else "RE: "], "nl": ["RE: ", "Antw: ", "Re: "],
             "pt": ["RE: ", "Res: ", "Re: "]}
FWD_PREFIX = {"en": ["Fwd: ", "FW: "], "de": ["WG: ", "Fwd: "], "fr": ["TR : ", "Fwd: "], "es": ["RV: ", "Fwd: "],
              "nl": ["Doorst: ", "FW: "], "pt": ["ENC: ", "Fwd: "]}


def reply_subject(rng: random.Random, lang: str, subject: str) -> str:
    if subject.split(":")[0].strip().lower() in ("re", "aw", "antw", "res", "rv", "fwd", "fw", "wg", "tr", "enc"):
        return subject
    return rng.choice(RE_PREFIX[lang]) + subject


def _when_words(lang: str, dt: datetime, style: str) -> str:
    W = WEEKDAYS[lang][dt.weekday()]
    M = MONTHS[lang][dt.month - 1]
    if style == "gmail":
        return {"en": f"On {W[:3]}, {dt.day} {MON3['en'][dt.month-1]} {dt.year} at {dt:%H:%M}",
                "de": f"Am {W[:2]}., {dt.day}. {M[:3]}. {dt.year} um {dt:%H:%M}",
                "fr": f"Le {W[:3]}. {dt.day} {M[:3]}. {dt.year} à {dt:%H:%M}",
                "es": f"El {W[:3]}, {dt.day} {M[:3]} {dt.year} a las {dt.hour}:{dt:%M}",
                "nl": f"Op {W[:2]} {dt.day} {M[:3]} {dt.year} om {dt:%H:%M}",
                "pt": f"Em {W[:3]}., {dt.day} de {M[:3]}. de {dt.year} às {dt:%H:%M}"}[lang]
    return {"en": f"{W}, {M} {dt.day}, {dt.year} {dt:%I:%M %p}".replace(" 0", " "),
            "de": f"{W}, {dt.day}. {M} {dt.year} {dt:%H:%M}",
            "fr": f"{W} {dt.day} {M} {dt.year} {dt:%H:%M}",
            "es": f"{W}, {dt.day} de {M} de {dt.year} {dt.hour}:{dt:%M}",
            "nl": f"{W} {dt.day} {M} {dt.year} {dt:%H:%M}",
            "pt": f"{W}, {dt.day} de {M} de {dt.year} {dt:%H:%M}"}[lang]


def quote(rng: random.Random, lang: str, parent: dict, style: str | None = None) -> tuple[str, str]:
    """Quote `parent` under a reply the way common clients do. Returns (style, quoted text)."""
    dt = datetime.fromisoformat(parent["date"])
    sender = parent["from"]
    sname = AR_NAME if sender == AR else sender
    style = style or rng.choice(["gmail", "outlook", "outlook", "thunderbird"])
    if style == "gmail":
        head = {"en": f"{_when_words('en', dt, 'gmail')}, {sname} <{sender}> wrote:",
                "de": f"{_when_words('de', dt, 'gmail')} schrieb {sname} <{sender}>:",
                "fr": f"{_when_words('fr', dt, 'gmail')}, {sname} <{sender}> a écrit :",
                "es": f"{_when_words('es', dt, 'gmail')}, {sname} (<{sender}>) escribió:",
                "nl": f"{_when_words('nl', dt, 'gmail')} schreef {sname} <{sender}>:",
                "pt": f"{_when_words('pt', dt, 'gmail')}, {sname} <{sender}> escreveu:"}[lang]
        q = "\n".join(("> " + l) if l else ">" for l in parent["body"].splitlines())
        return style, f"{head}\n\n{q}"
    if style == "thunderbird":
        head = {"en": f"On {dt:%d/%m/%Y %H:%M}, {sname} wrote:", "de": f"Am {dt:%d.%m.%Y} um {dt:%H:%M} schrieb {sname}:",
                "fr": f"Le {dt:%d/%m/%Y} à {dt:%H:%M}, {sname} a écrit :",
                "es": f"El {dt:%d/%m/%Y} a las {dt:%H:%M}, {sname} escribió:",
                "nl": f"Op {dt:%d-%m-%Y} om {dt:%H:%M} schreef {sname}:",
                "pt": f"Em {dt:%d/%m/%Y} {dt:%H:%M}, {sname} escreveu:"}[lang]
        q = "\n".join(("> " + l) if l else ">" for l in parent["body"].splitlines())
        return style, f"{head}\n{q}"
    labels = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
              "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
              "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "pt": ("De", "Enviado", "Para", "Assunto")}[lang]
    colon = " :" if lang == "fr" else ":"
    head = (f"{'_' * 32}\n{labels[0]}{colon} {sname} <{sender}>\n{labels[1]}{colon} {_when_words(lang, dt, 'outlook')}\n"
            f"{labels[2]}{colon} {'; '.join(parent['to'])}\n{labels[3]}{colon} {parent['subject']}")
    return "outlook", f"{head}\n\n{parent['body']}"


def forward_block(lang: str, parent: dict) -> str:
    dt = datetime.fromisoformat(parent["date"])
    head = {"en": "---------- Forwarded message ---------", "de": "---------- Weitergeleitete Nachricht ---------",
            "fr": "---------- Message transféré ---------", "es": "---------- Mensaje reenviado ---------",
            "nl": "---------- Doorgestuurd bericht ---------", "pt": "---------- Mensagem encaminhada ---------"}[lang]
    lab = {"en": ("From", "Date", "Subject", "To"), "de": ("Von", "Date", "Subject", "To"),
           "fr": ("De", "Date", "Subject", "To"), "es": ("De", "Date", "Subject", "To"),
           "nl": ("Van", "Date", "Subject", "To"), "pt": ("De", "Date", "Subject", "To")}[lang]
    sender = parent["from"]
    sname = AR_NAME if sender == AR else sender
    return (f"{head}\n{lab[0]}: {sname} <{sender}>\n{lab[1]}: {_when_words('en', dt, 'gmail')[3:]}\n"
            f"{lab[2]}: {parent['subject']}\n{lab[3]}: <{parent['to'][0]}>\n\n{parent['body']}")


# ------------------------------------------------------------------------ signatures and disclaimers
PHONE = {"en": ["+44 161 496 0{:03d}", "+1 312 555 0{:03d}", "+353 1 555 0{:03d}"], "de": ["+49 89 1234 5{:03d}",
         "+49 (0)211 55 0{:03d}", "+43 1 555 6{:03d}"], "fr": ["+33 1 45 55 {:02d} 10", "+33 4 72 55 {:02d} 40"],
         "es": ["+34 91 555 0{:03d}"], "nl": ["+31 20 555 0{:03d}"], "pt": ["+351 21 555 0{:03d}"]}
DISCLAIMERS = {
    "en": ["This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
           "received it in error, please notify the sender and delete it. Any unauthorised use is prohibited.",
           "CONFIDENTIALITY NOTICE: The information in this email may be privileged. If you are not the intended "
           "recipient, you must not copy, distribute or act on it.",
           "Please consider the environment before printing this email."],
    "de": ["Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der "
           "richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.",
           "Sitz der Gesellschaft: {city} | Registergericht: Amtsgericht {city} HRB {hrb} | Geschäftsführer: {boss}"],
    "fr": ["Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
           "destinataires. Toute utilisation non conforme est interdite.",
           "Pensez à l'environnement avant d'imprimer ce courriel."],
    "es": ["Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo "
           "ha recibido por error, le rogamos lo comunique al remitente y lo elimine.",
           "De conformidad con el RGPD, le informamos de que sus datos serán tratados con la finalidad de gestionar "
           "la relación comercial."],
    "nl": ["Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per abuis ontvangen, "
           "verwijder het dan en informeer de afzender.", "KvK {hrb} | BTW NL00{hrb}B01"],
    "pt": ["Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a "
           "recebeu por engano, por favor informe o remetente e apague-a.",
           "Antes de imprimir este e-mail, pense no ambiente."],
}
CITIES = {"de": ["München", "Düsseldorf", "Hamburg", "Stuttgart", "Köln"], "nl": ["Utrecht"], "en": ["Leeds"]}


def signature(rng: random.Random, info: CustomerInfo, contact: dict) -> str:
    name = contact["name"] or rng.choice({"en": ["Accounts Payable Team", "AP team"], "de": ["Ihr Buchhaltungsteam", "Buchhaltung"],
                                          "fr": ["Le service comptabilité"], "es": ["Departamento de administración"],
                                          "nl": ["Team crediteuren"], "pt": ["Departamento financeiro"]}[info.lang])
    style = rng.randrange(5)
    phone = rng.choice(PHONE[info.lang]).format(rng.randint(0, 99))
    if style == 0:
        return name.split()[0] if contact["name"] else name
    if style == 1:
        return f"{name}\n{info.name}"
    if style == 2:
        return f"{name}\n{contact['role']}\n{info.name}\n{phone}"
    if style == 3:
        return f"--\n{name} | {contact['role']}\n{info.name}\nT: {phone}\n{'www.' + info.domain if not info.domain.endswith('gmail.com') else ''}".rstrip()
    return f"{name}\n\n{info.name}\n{contact['role']}\nDirect: {phone}\nEmail: {contact['email']}"


def disclaimer(rng: random.Random, info: CustomerInfo) -> str:
    t = rng.choice(DISCLAIMERS[info.lang])
    return t.format(city=rng.choice(CITIES.get(info.lang, ["Lisboa"])), hrb=rng.randint(10000, 99999),
                    boss=" ".join([rng.choice(["Klaus", "Heike", "Rainer", "Susanne"]), info.short.split()[0]]))


# ------------------------------------------------------------------------ html
def to_html(text: str, quoted: str | None = None, hidden: str | None = None, client: str = "outlook") -> str:
    """An HTML part for `text`; `hidden` is put where a human reader would not see it."""
    paras = [p for p in text.split("\n\n")]
    inner = "".join(f"<p>{'<br>'.join(htmllib.escape(l) for l in p.splitlines())}</p>" for p in paras)
    hid = ""
    if hidden:
        kind = hidden[:2]
        payload = htmllib.escape(hidden[2:])
        hid = {"C:": f"<!-- {payload} -->", "W:": f'<span style="color:#ffffff;font-size:1px">{payload}</span>',
               "D:": f'<div style="display:none">{payload}</div>'}[kind]
    q = ""
    if quoted:
        qs = "<br>".join(htmllib.escape(l) for l in quoted.splitlines())
        q = (f'<div id="divRplyFwdMsg"><hr style="display:inline-block;width:98%"><blockquote style="margin:0 0 0 .8ex;'
             f'border-left:1px #ccc solid;padding-left:1ex">{qs}</blockquote></div>')
    if client == "gmail":
        return f'<div dir="ltr">{inner}{hid}</div><br><div class="gmail_quote">{q}</div>'
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{inner}{hid}</div>{q}</body></html>')


# ------------------------------------------------------------------------ auto-replies and bounces
OOO_SUBJECT = {"en": ["Automatic reply: {s}", "Out of Office: {s}", "Auto: {s}", "Out of office re: {s}", "Autoreply: {s}"],
               "de": ["Automatische Antwort: {s}", "Abwesenheitsnotiz: {s}", "Automatische Antwort: {s}", "Abwesend: {s}"],
               "fr": ["Réponse automatique : {s}", "Absence du bureau : {s}", "Réponse automatique: {s}"],
               "es": ["Respuesta automática: {s}", "Fuera de la oficina: {s}", "Respuesta automática: {s}"],
               "nl": ["Automatisch antwoord: {s}", "Afwezig: {s}", "Automatisch antwoord: {s}"],
               "pt": ["Resposta automática: {s}", "Ausência temporária: {s}", "Resposta automática: {s}"]}
OOO_HEADERS = [
    {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "{email}"},
    {"Auto-Submitted": "auto-replied"},
    {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
    {"Precedence": "auto_reply"},
    {"X-Autoreply": "yes"},
    {"Auto-Submitted": "auto-replied (vacation)", "Precedence": "bulk"},
    {"X-Autorespond": "Out of office"},
    {},  # some clients send none at all
]

DSN = {
    "postfix": ("en", "Undelivered Mail Returned to Sender", "MAILER-DAEMON@mx{n}.northwind-supplies.example",
                "This is the mail system at host mx{n}.northwind-supplies.example.\n\n"
                "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
                "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\ndelete your own text from the attached "
                "returned message.\n\n                   The mail system\n\n<{rcpt}>: host mail.{dom}[192.0.2.{n}] said: "
                "550 5.1.1\n    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox\n    table "
                "(in reply to RCPT TO command)"),
    "postfix_full": ("en", "Undelivered Mail Returned to Sender", "MAILER-DAEMON@mx{n}.northwind-supplies.example",
                     "This is the mail system at host mx{n}.northwind-supplies.example.\n\n"
                     "I'm sorry to have to inform you that your message could not\nbe delivered to one or more "
                     "recipients. It's attached below.\n\n                   The mail system\n\n<{rcpt}>: host "
                     "mx.{dom}[198.51.100.{n}] said: 552 5.2.2\n    Mailbox full: quota exceeded (in reply to end of DATA command)"),
    "exchange": ("en", "Undeliverable: {s}", "postmaster@{dom}",
                 "Delivery has failed to these recipients or groups:\n\n{rcpt}\nThe email address you entered couldn't "
                 "be found. Please check the recipient's email address and try to resend the message. If the problem "
                 "continues, please contact your helpdesk.\n\n\n\n\n\nDiagnostic information for administrators:\n\n"
                 "Generating server: EX{n}.{dom}\n\n{rcpt}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                 "Recipient not found by SMTP address lookup'"),
    "o365": ("en", "Undeliverable: {s}", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}",
             "Your message to {rcpt} couldn't be delivered.\n{rcpt_local} wasn't found at {dom}.\n\n"
             "Action Required\t\t\t\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not "
             "exist. Try one or more of the following:\n- Retype the recipient's address, then resend the message.\n\n"
             "More Info for Email Admins\nStatus code: 550 5.1.10\n\nOriginal Message Details\nCreated Date: {when}\n"
             "Sender Address: ar@northwind-supplies.example\nRecipient Address: {rcpt}\nSubject: {s}"),
    "gmail": ("en", "Delivery Status Notification (Failure)", "mailer-daemon@googlemail.com",
              "** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be "
              "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
              "The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not "
              "exist. Please try double-checking the recipient's email address for typos or unnecessary spaces."),
    "gmail_old": ("en", "Delivery Status Notification (Failure)", "postmaster@mx{n}.northwind-supplies.example",
                  "Delivery to the following recipient failed permanently:\n\n     {rcpt}\n\nTechnical details of "
                  "permanent failure:\nThe recipient server did not accept our requests to connect. "
                  "[mail.{dom}. 203.0.113.{n}: 550 5.1.1 User unknown]"),
    "exchange_de": ("de", "Unzustellbar: {s}", "postmaster@{dom}",
                    "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\n{rcpt}\nDie eingegebene "
                    "E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und "
                    "versuchen Sie dann, die Nachricht erneut zu senden.\n\nDiagnoseinformationen für Administratoren:\n\n"
                    "Generierender Server: MAIL{n}.{dom}\n\n{rcpt}\nRemoteserver hat '550 5.1.1 User unknown' zurückgegeben."),
    "exchange_fr": ("fr", "Non remis : {s}", "postmaster@{dom}",
                    "La remise à ces destinataires ou groupes a échoué :\n\n{rcpt}\nL'adresse de messagerie que vous "
                    "avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire, puis essayez de "
                    "renvoyer le message.\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de "
                    "génération : SRV{n}.{dom}\n\n{rcpt}\nLe serveur distant a retourné '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"),
    "exchange_es": ("es", "No se puede entregar: {s}", "postmaster@{dom}",
                    "Error en la entrega a estos destinatarios o grupos:\n\n{rcpt}\nNo se encontró la dirección de "
                    "correo electrónico que escribió. Compruebe la dirección del destinatario e intente reenviar el "
                    "mensaje.\n\nInformación de diagnóstico para administradores:\n\nServidor de generación: EXC{n}.{dom}\n\n"
                    "{rcpt}\nEl servidor remoto devolvió '550 5.1.1 User unknown'"),
    "exchange_nl": ("nl", "Onbestelbaar: {s}", "postmaster@{dom}",
                    "Levering is mislukt voor deze geadresseerden of groepen:\n\n{rcpt}\nHet e-mailadres dat u hebt "
                    "ingevoerd, is niet gevonden. Controleer het e-mailadres van de geadresseerde en probeer het bericht "
                    "opnieuw te verzenden.\n\nDiagnostische gegevens voor beheerders:\n\nGenererende server: MX{n}.{dom}\n\n"
                    "{rcpt}\nExterne server retourneerde '550 5.1.1 User unknown'"),
    "exchange_pt": ("pt", "Não entregue: {s}", "postmaster@{dom}",
                    "Falha na entrega para estes destinatários ou grupos:\n\n{rcpt}\nO endereço de email que introduziu "
                    "não foi encontrado. Verifique o endereço de email do destinatário e tente reenviar a mensagem.\n\n"
                    "Informações de diagnóstico para administradores:\n\nServidor de geração: SRV{n}.{dom}\n\n{rcpt}\n"
                    "O servidor remoto devolveu '550 5.1.1 User unknown'"),
    "qmail": ("en", "failure notice", "MAILER-DAEMON@mail.{dom}",
              "Hi. This is the qmail-send program at mail.{dom}.\nI'm afraid I wasn't able to deliver your message to "
              "the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<{rcpt}>:\n"
              "Sorry, no mailbox here by that name. (#5.1.1)"),
}
