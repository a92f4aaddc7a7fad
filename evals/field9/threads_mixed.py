"""Resend requests and plan requests in every language, a forward judged by what it points to, sarcasm with a promise."""

from evals.field.build import Reply

REPLIES: list[Reply] = [
    Reply("P912", "2026-11-27T09:30:00+00:00", "Please send a full statement of account to our solicitors, Hale Brook LLP, and copy me in.",
          "invoice_resend", sender=1, fam=["resend", "statement", "flag-legal"]),
    Reply("P914", "2026-11-26T09:00:00-05:00", "Resend the invoice along with the signed delivery receipt please, nobody here knows who signed for it.",
          "invoice_resend", sender=1, fam=["resend", "supporting-documents", "flag-credit-hold"]),
    Reply("P906", "2026-11-24T14:00:00+00:00", "Could we have copies of every invoice covered by the payment plan? The auditors have asked for them.",
          "invoice_resend", sender=1, fam=["resend", "audit", "flag-payment-plan"]),
    Reply("P963", "2026-11-25T07:45:00+01:00", "Stuur de factuur nog een keer? Hij zit niet in de mailbox.",
          "invoice_resend", sender=1, fam=["resend", "never-received", "terse-mobile"]),
    Reply("P955", "2026-11-25T21:10:00-03:00", "¿Me reenviás la factura? Nunca me llegó.",
          "invoice_resend", sender=1, fam=["resend", "never-received", "es-AR", "terse-mobile"]),
    Reply("P944", "2026-11-25T10:00:00+01:00", "Pourriez-vous nous faire parvenir un duplicata de la facture 09441 ? L'original a été égaré pendant le déménagement de nos bureaux.",
          "invoice_resend", inv=["09441"], sender=1, fam=["resend", "duplicate-copy", "fr-BE"]),
    Reply("P902", "2026-11-27T13:00:00+00:00", "Any chance of splitting 09021 over January and February? The Harbour Street job has wrecked our cash flow.",
          "payment_plan_request", inv=["09021"], sender=1, fam=["plan", "undated"]),
    Reply("P935", "2026-11-25T10:30:00+01:00", "Wir würden gerne in zwei Raten zahlen: 845 € am 15.12. und 845 € am 15.01. Ginge das?",
          "payment_plan_request", date="2026-12-15", amount="845.00", sender=1, fam=["plan", "instalment-amount", "numeric-day-first"]),
    Reply("P975", "2026-11-24T15:30:00-03:00", "Poderíamos pagar em duas parcelas de US$ 2.075, a primeira em 10/12?",
          "payment_plan_request", date="2026-12-10", amount="2075.00", sender=1, fam=["plan", "instalment-amount", "pt-BR"]),
    Reply("P964", "2026-11-27T14:00:00+01:00", "Is een afbetalingsplan mogelijk? Wij zijn een kleine vzw en de subsidie komt pas in maart.",
          "payment_plan_request", sender=1, fam=["plan", "undated", "nl-BE"]),
    Reply("P935", "2026-11-26T12:00:00+01:00", "zur Info, siehe unten\n\n-------- Weitergeleitete Nachricht --------\nVon: Selin Yilmaz <s.yilmaz@tanzschule-rhythmus.example>\nDatum: 25.11.2026\nAn: Steuerkanzlei\n\nHabe die Rechnung 09351 am 24.11. überwiesen, Referenz TR-09351. Bitte so verbuchen.",
          "already_paid", ref="TR-09351", inv=["09351"], human=["no matching payment"], sender=2, fam=["paid", "forwarded-chain", "see-below", "past-tense"]),
    Reply("P954", "2026-11-27T13:30:00+01:00", "Sí, sí, ya sabemos que os debemos dinero, no hace falta recordárnoslo cada tres días. El lunes 30 lo tenéis.",
          "promise_to_pay", date="2026-11-30", sender=1, fam=["promise", "sarcasm", "weekday-with-day"]),
]
