"""Replies in another language than our reminder (field7, hand-written): a German garden centre's English-speaking
FD, a Dutch translation agency answering in English, a Brazilian temp writing Spanish, a Swiss fiduciary in French."""

from evals.field7.build import Reply as R

CET = "+01:00"


def t(day: str, hm: str, off: str = CET) -> str:
    """The reply's Date: November 2026 day, local time, the sender's offset."""
    return f"2026-11-{day}T{hm}:00{off}"


REPLIES = [
    R("M732", t("24", "09:00"), "Hello, our group finance sits in London now. The invoice will be paid next Thursday.\nFranz Moser", "promise_to_pay", date="2026-12-03", lang="en",
      fam=["lang:en-from-de", "date:next-weekday"], sender=1),
    R("M764", t("24", "10:00"), "Hi, we'll pay EUR 1,500 on Friday and the rest once our client in Antwerp pays us. Eva", "promise_to_pay", date="2026-11-27", amount="1500.00", human=["conditional"],
      lang="en", fam=["lang:en-from-nl", "promise:partial-and-conditional"], sender=1),
    R("M734", t("24", "11:00"), "Bonjour, je suis la fiduciaire de Velo Speiche. Nous contestons les frais de rappel de 50 CHF ; le montant principal sera réglé le 30.11.\nR. Meier", "dispute", sec=["promise_to_pay"],
      date="2026-11-30", lang="fr", fam=["lang:fr-from-de", "dispute:fees", "dispute:beside-promise"], sender=1),
    R("M775", t("24", "10:00", "-03:00"), "Hola, soy temporal en cuentas por pagar. ¿Me pueden reenviar la factura con el número de pedido BA-PC-7790? El anterior fue cancelado.\nTiago", "po_change",
      lang="es", fam=["lang:es-from-pt", "po:replace", "writer:temp"], sender=1),
    R("M743", t("24", "10:00"), "Hallo, ik ben de boekhouder van Le Rex. Wij betalen op 1 december. Groeten, Jan Claes", "promise_to_pay", date="2026-12-01", lang="nl",
      fam=["lang:nl-from-fr", "writer:client-accountant", "sender:unknown"], sender="jan.claes@boekhouding-claes.example"),
    R("M753", t("24", "09:00", "-06:00"), "Hi, we sent the wire yesterday, SPEI 8812004. Ana", "already_paid", ref="SPEI 8812004", lang="en", fam=["lang:en-from-es", "paid:matched-ref"], sender=1),
    R("M710", t("24", "12:00", "+05:30"), "Namaste. Hum payment kal kar denge. Ravi", "promise_to_pay", date="2026-11-25", lang="en", fam=["lang:hinglish", "date:tomorrow"], sender=1, quote="none"),
    R("M762", t("24", "09:00"), "Dear sir, the invoice has a wrong VAT rate for plants (21% instead of 9%). Please send a credit note. Wim", "dispute", lang="en", fam=["lang:en-from-nl", "dispute:tax"], sender=1),
    R("M707", t("24", "12:00", "-05:00"), "Hola, soy nueva en payables. Pagamos la 07072 el viernes.\nRachel", "promise_to_pay", date="2026-11-27", inv=["07072"], lang="es",
      fam=["lang:es-from-en", "writer:temp"], sender=2),
    R("M741", t("24", "09:00"), "Hello, sorry for my English. I pay the invoice the 30 november. Élise", "promise_to_pay", date="2026-11-30", lang="en", fam=["lang:en-from-fr", "voice:non-native"], sender=1),
]
