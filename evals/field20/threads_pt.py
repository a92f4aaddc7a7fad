"""Portuguese replies, written by hand for field20: an Alentejo cork works (PT) and a veterinary clinic on a plan (BR)."""

from __future__ import annotations

from evals.field20.build import Payment
from evals.field20.build import Reply as R
from evals.field20.kit import AUTO, BR, PT, at

PAYMENTS = [
    Payment("BK20-0061", "S2061", "2026-11-20", "880.00", "EUR", "CORTICAS ALENTEJO FT 20612"),
    Payment("BK20-0062", "S2062", "2026-11-24", "990.00", "USD", "CLINICA VETERINARIA IPE PIX"),
]

REPLIES = [
    R("S2061", at(23, "09:40", PT), "Pagamento na sex.", "promise_to_pay", date="2026-11-27", fam=["abbrev-weekday", "terse"]),
    R("S2061", at(24, "11:20", PT), "Bom dia,\n\nconfirmamos o pagamento das duas faturas na sexta-feira, 4 de dezembro.\n\nCumprimentos,\nAna Pires",
      "promise_to_pay", date="2026-12-04", sender=1, fam=["weekday-ordinal"]),
    R("S2061", at(25, "15:10", PT), "Fica pago no dia 9.", "promise_to_pay", date="2026-12-09", fam=["ordinal-alone", "terse"]),
    R("S2061", at(26, "10:25", PT), "Transferência agendada para 03/12.", "promise_to_pay", date="2026-12-03", fam=["day-first-numeric", "terse"]),
    R("S2062", at(23, "10:10", BR), "Oi, pagamos daqui a duas semanas, quando entrar o repasse do convênio.", "promise_to_pay", date="2026-12-07",
      sender=1, fam=["in-two-weeks", "brazilian"]),
    R("S2061", at(24, "13:30", PT), "Não é na próxima semana, é na seguinte.", "promise_to_pay", date="2026-12-11", sender=1, fam=["week-after-next"]),
    R("S2061", at(25, "09:50", PT), "O pagamento está previsto para a semana 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"]),
    R("S2062", at(27, "11:30", BR), "Quitamos dentro de 10 dias.", "promise_to_pay", date="2026-12-07", fam=["within-days", "terse"]),
    R("S2061", at(26, "16:00", PT), "Pagamos no final do mês, como sempre.", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("S2061", at(27, "12:10", PT), "Como terça é feriado (1 de dezembro), a transferência segue no primeiro dia útil a seguir, quarta.", "promise_to_pay",
      date="2026-12-02", sender=1, fam=["holiday", "restauracao"], note="1 December is Restoration of Independence, a holiday in Portugal"),
    R("S2061", at(24, "17:45", PT), "Estava para dia 3, passou para dia 10 por causa do fecho do mês.", "promise_to_pay", date="2026-12-10",
      sender=1, fam=["moved-date", "ordinal-alone"]),
    R("S2061", at(23, "15:20", PT), "Assim que recebermos a nota de crédito na segunda, pagamos o resto na sexta.", "promise_to_pay", date="2026-12-04",
      human=["conditional"], sender=1, fam=["condition-date", "credit-note-agreed"]),
    R("S2061", at(26, "11:40", PT), "A administração aprova na terça, dia 1... não, é feriado, na quarta dia 2, e o pagamento sai na sexta, dia 4.",
      "promise_to_pay", date="2026-12-04", sender=1, fam=["meeting-before-payment", "self-correction", "holiday"]),
    R("S2061", at(27, "10:00", PT), "A entrega de 12/11 chegou bem. A fatura de 14/10 será paga na próxima terça-feira.", "promise_to_pay",
      date="2026-12-01", fam=["delivery-date-distractor", "invoice-date-distractor", "next-weekday"],
      note="next Tuesday is 1 December, a holiday: the date is taken as written"),
    R("S2062", at(26, "18:30", BR), "Vamos pagar assim que der.", "promise_to_pay", human=["undated"], fam=["no-date", "terse"]),
    R("S2062", at(24, "23:55", BR), "Desculpa a demora, só vi agora. Amanhã cedo faço o PIX.", "promise_to_pay", date="2026-11-25", sender=1,
      fam=["late-evening", "tomorrow-morning", "pix"]),
    R("S2062", at(23, "14:00", BR), "A parcela de dezembro, US$ 990,00, vai no dia 10 como combinado.", "promise_to_pay", date="2026-12-10",
      amount="990.00", sender=1, fam=["plan-instalment", "european-amount", "ordinal-alone"]),
    R("S2061", at(23, "12:30", PT), "Pagamos 3.000,00 € na sexta e o restante até ao Natal.", "promise_to_pay", date="2026-11-27", amount="3000.00",
      sender=1, fam=["european-amount", "partial-amount", "bare-weekday"]),
    R("S2061", at(25, "16:50", PT), "Obrigado pelo terceiro lembrete esta semana, muito simpático. Pagamos segunda.", "promise_to_pay",
      date="2026-11-30", sender=1, fam=["sarcasm", "bare-weekday"]),
    R("S2061", at(24, "10:00", PT), "Até meados de dezembro fica tudo regularizado.", "promise_to_pay", date="2026-12-15", fam=["mid-month"]),
    # already_paid
    R("S2061", at(23, "10:30", PT), "A fatura 20612 foi paga no dia 20/11, referência FT 20612.", "already_paid", ref="FT 20612", inv=["20612"],
      fam=["reference-with-prefix", "past-payment-date"], note="matches BK20-0061"),
    R("S2062", at(25, "09:15", BR), "Fizemos o PIX da parcela ontem, US$ 990,00. Segue o comprovante.", "already_paid",
      attachments=[("comprovante_pix.txt", "text/plain", "Comprovante PIX\nValor: 990,00\nData: 24/11/2026\nID: E18236120202611241530s04")],
      ref="E18236120202611241530s04", sender=1, fam=["pix", "receipt-attachment", "plan-instalment"]),
    # dispute
    R("S2061", at(25, "11:00", PT), "A fatura 20611 tem IVA a 23% mas a venda é intracomunitária. Queremos nota de crédito.", "dispute",
      inv=["20611"], fam=["reverse-charge", "tax-exempt-reissue"]),
    R("S2062", at(27, "15:30", BR), "Estão cobrando juros sobre o parcelamento que não estavam no acordo. Favor estornar.", "dispute", sender=1,
      fam=["plan-interest"]),
    # invoice_resend
    R("S2061", at(26, "14:20", PT), "Pode reenviar a fatura 20611? Não a encontramos no sistema.", "invoice_resend", inv=["20611"], fam=["copy"]),
    R("S2062", at(24, "15:00", BR), "Por favor mandem o extrato atualizado do parcelamento.", "invoice_resend", sender=1,
      fam=["statement", "plan-schedule"]),
    # po_change
    R("S2061", at(24, "12:50", PT), "O nosso NIF mudou com a fusão: PT 517 284 903. Por favor emitam novas faturas.", "po_change", sender=1,
      fam=["tax-id", "merger"]),
    R("S2062", at(26, "10:40", BR), "A partir de agora as faturas devem ir para financeiro.nf@clinicaipe.example.", "po_change",
      fam=["future-invoices-to"]),
    # payment_plan_request
    R("S2061", at(27, "13:40", PT), "Seria possível pagar em três prestações, a primeira a 15 de dezembro?", "payment_plan_request", date="2026-12-15",
      sender=1, fam=["three-instalments"]),
    R("S2062", at(25, "17:00", BR), "Conseguimos estender o parcelamento por mais três meses?", "payment_plan_request", sender=1, fam=["extend-plan"]),
    # out_of_office
    R("S2061", at(25, "07:30", PT), "Estou ausente até 2 de dezembro.", "out_of_office", headers=AUTO, sender=1,
      subject="Resposta automática: Lembrete: faturas vencidas", fam=["auto-headers", "back-within-14"]),
    R("S2062", at(23, "07:45", BR), "Estou de férias até 11 de janeiro. Em caso de urgência, financeiro@clinicaipe.example.", "out_of_office",
      headers=AUTO, sender=1, human=["back more than 14 days out"], fam=["auto-headers", "long-absence"]),
    # bounce
    R("S2061", at(24, "09:06", PT), "Não foi possível entregar a mensagem aos seguintes destinatários:\n\na.pires@corticas-alentejo.example\n"
      "550 5.1.1 Utilizador desconhecido", "bounce", sender="mailer-daemon@corticas-alentejo.example",
      dsn=("a.pires@corticas-alentejo.example", "5.1.1"), fam=["dsn", "portuguese-dsn"]),
    R("S2062", at(26, "09:06", BR), "Mensagem não entregue: a caixa postal do destinatário está cheia.\n\nr.moraes@clinicaipe.example", "bounce",
      sender="postmaster@clinicaipe.example", dsn=("r.moraes@clinicaipe.example", "5.2.2"), fam=["dsn", "mailbox-full"]),
    # wrong_contact
    R("S2061", at(26, "15:30", PT), "Já não trabalho na contabilidade. Contactem a Dra. Sofia Marques.", "wrong_contact", sender=1,
      fam=["moved-role", "names-new-contact"]),
    R("S2062", at(27, "09:50", BR), "Sou veterinária, não cuido da parte financeira. Falem com o financeiro.", "wrong_contact",
      sender="dra.lucia@clinicaipe.example", fam=["not-my-job", "unknown-sender"]),
    # other
    R("S2061", at(23, "16:40", PT), "Este e-mail é legítimo? Recebemos outro com um IBAN diferente.", "other", human=["fraud check"],
      fam=["fraud-alert"]),
    R("S2062", at(24, "10:20", BR), "Obrigada, recebido.", "other", sender=1, fam=["acknowledgement", "no-action"]),
]
