"""field59, all six languages: later dated promises (Lundi Gras, Faschingsdienstag, Monday week, a month-first date
from Taiwan) and a few more delivery failures, written after the first count fell short of the brief's weights."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field59.kit import BR, CET, CN, DEN, GB, IE, NOLA, NYC, NZ, PT, SG, SYD, TW, VAN, at

R = Reply

REPLIES: list[Reply] = [
    R("A5902", at("02-16", "08:30", CN), """Dear,

Good news, our boss come back earlier from hometown. Payment of 59022 will do on next Tuesday, the 59021 same day if the bank quota allow.

Kevin""",
      "promise_to_pay", date="2029-02-20", sender=2, fam=["next-weekday", "non-native", "strategic"]),
    R("A5909", at("01-30", "14:10", SG), """Hi,

Our last working day before the holidays is 12 Feb. We'll settle both invoices on or before that date.

Melissa""",
      "promise_to_pay", date="2029-02-12", sender=1, fam=["on-or-before", "spring-festival"]),
    R("A5912", at("02-09", "12:00", NZ), """Andy. New Year sales went well. $11,680 in full on Monday week.""",
      "promise_to_pay", date="2029-02-19", amount="11680.00", partial=False, sender=1, fam=["monday-week", "credit-hold", "terse"],
      note="Monday week from Friday 9 February = Monday 19 February"),
    R("A5921", at("01-30", "16:00", NOLA), """Check goes in the mail Lundi Gras. That's Monday the 12th for you folks up north.
Darnell""",
      "promise_to_pay", date="2029-02-12", sender=1, fam=["lundi-gras", "credit-hold"]),
    R("A5926", at("01-22", "09:00", VAN), """Good morning,

January instalment of CAD 2,500 goes out on the 31st as usual.

Sandy Kwok, Controller""",
      "promise_to_pay", date="2029-01-31", amount="2500.00", sender=1, fam=["plan-account", "instalment"]),
    R("A5907", at("02-06", "10:20", NYC), """Per our counsel's letter of February 1, Gobbler's Knob Souvenir Works will wire $5,630.00 on February 28, 2029 in full settlement of INV-2027-59071.

Office""",
      "promise_to_pay", date="2029-02-28", amount="5630.00", partial=False, fam=["legal-account", "formal", "explicit-date"]),
    R("A5917", at("01-26", "11:30", TW), """Dear Sir,

59172 will pay on 2/15 after our holiday. 59171 pay as I told before.

Jason""",
      "promise_to_pay", date="2029-02-15", inv=["INV-2027-59172", "INV-2027-59171"], sender=1, fam=["month-first", "non-native"],
      note="2/15 cannot be day-first"),
    R("A5923", at("02-06", "09:00", DEN), """Hello, payment will go by the end of the week. Émilie""",
      "promise_to_pay", date="2029-02-09", sender=1, fam=["this-week", "terse"]),
    R("A5914", at("02-15", "11:10", IE), """Hi,

The new treasurer is back from Austria and will pay on the 1st of March. Apologies again.

Accounts""",
      "promise_to_pay", date="2029-03-01", fam=["ordinal-date", "ski-season"]),
    R("A5930", at("02-13", "10:00", CN), """Dear,

Happy New Year! Although holiday, I can pay the last USD 2,740 of 59302 on Thursday from online bank.

Grace""",
      "promise_to_pay", date="2029-02-15", amount="2740.00", inv=["INV-2027-59302"], sender=1, fam=["spring-festival", "weekday", "non-native"]),
    R("A5919", at("02-16", "09:45", SYD), """Grant landed this morning! 59192 will be paid Wednesday 21st. Mia""",
      "promise_to_pay", date="2029-02-21", inv=["INV-2027-59192"], sender=1, fam=["weekday-ordinal", "terse"]),
    R("A5906", at("01-31", "09:00", NOLA), """The following address(es) failed:

  r.broussard@crescentkingcake.example
    host mx.crescentkingcake.example [192.0.2.44]
    SMTP error from remote mail server after RCPT TO:<r.broussard@crescentkingcake.example>:
    550 5.1.1 <r.broussard@crescentkingcake.example>: Recipient address rejected""",
      "bounce", sender="Mailer-Daemon@relay.northwind-supplies.example", dsn=("r.broussard@crescentkingcake.example", "5.1.1"),
      subject="Mail delivery failed: returning message to sender", fam=["exim-dsn", "strategic"]),
    R("A5913", at("02-01", "07:00", GB), """Your message couldn't be delivered to purchase.ledger@harrogatechoc.example.

Reason: this address was deactivated on 01/02/2029. Please update your records.

Message ID: 7f2c9a1e-mimecast""",
      "bounce", sender="postmaster@eu-smtp.mimecast.example", dsn=("purchase.ledger@harrogatechoc.example", "5.1.1"),
      subject="Undeliverable message", fam=["gateway-dsn"]),
    R("A5931", at("02-08", "09:00", CET), """Hallo,

die Überweisung der 59312 über 2.415 € geben wir am Faschingsdienstag frei, die 59311 nach Aschermittwoch.

Buchhaltung""",
      "promise_to_pay", date="2029-02-13", amount="2415.00", inv=["INV-2027-59312", "INV-2027-59311"], fam=["fastnacht", "partial", "strategic"]),
    R("A5934", at("02-14", "10:00", CET), """Guten Tag,

nach dem Frühlingsfest zahlen wir den Restbetrag am 20.2.29.

Lei Zhang""",
      "promise_to_pay", date="2029-02-20", sender=1, fam=["spring-festival", "numeric-short-year"]),
    R("A5940", at("02-15", "09:30", CET), """Bonjour, le restaurant a bien tourné pour le Nouvel An. Nous réglerons lundi prochain, promis. Sophie""",
      "promise_to_pay", date="2029-02-19", sender=1, fam=["next-weekday", "spring-festival"]),
    R("A5945", at("02-06", "13:00", CET), """Hola, la factura la pago a primeros de marzo, cuando cerremos la temporada alta. Javier""",
      "promise_to_pay", date="2029-03-01", sender=1, fam=["start-of-month", "ski-season"]),
    R("A5951", at("02-16", "10:00", CET), """Goedemorgen, de betaling van 59511 staat ingepland voor dinsdag 20-02. Met vriendelijke groet, Boekhouding""",
      "promise_to_pay", date="2029-02-20", inv=["INV-2027-59511"], fam=["numeric-day-first", "strategic"]),
    R("A5958", at("02-09", "16:00", PT), """Bom dia, a fatura 59581 será paga até ao dia 23. Hui Wu""",
      "promise_to_pay", date="2029-02-23", inv=["INV-2027-59581"], sender=1, fam=["by-the-nth"]),
    R("A5956", at("02-14", "15:30", PT), """Boa tarde, assim que recebermos a 59562 corrigida pagamos — em princípio na próxima semana.

Rita""",
      "promise_to_pay", date="2029-02-23", inv=["INV-2027-59562"], human=["conditional"], sender=1, fam=["conditional", "next-week"]),
    R("A5958", at("02-12", "09:00", PT), """Não foi possível entregar a mensagem a geral@dragaodourado.example.
Motivo: 550 5.1.1 utilizador desconhecido.""",
      "bounce", sender="mailer-daemon@dragaodourado.example", dsn=("geral@dragaodourado.example", "5.1.1"), subject="Falha na entrega",
      fam=["dsn-pt"]),
    R("A5955", at("02-05", "11:00", BR), """Bom dia! A 59552 a gente paga no dia 1º de março, a 59551 segue o combinado.

Financeiro""",
      "promise_to_pay", date="2029-03-01", inv=["INV-2027-59552", "INV-2027-59551"], fam=["ordinal-date", "strategic"]),
]
