"""Portuguese replies (field24): a Brazilian soy co-operative (strategic), an Alentejo cork works, an Angolan coffee roaster on credit hold."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field24.kit import AO, AUTO, BR, PT, at, r

PAYMENTS = [
    Payment("BK24-14", "Z2462", "2026-11-20", "615.00", "EUR", "MONTE DO SOBREIRO FT 92464"),
    Payment("BK24-15", "Z2461", "2026-11-23", "2210.00", "USD", "CCV-PC-4502 COOP CHAPADAO"),
]

REPLIES = [
    # promise_to_pay
    r("Z2462", at(23, "09:15", PT), "promise_to_pay", "2026-11-27", "bare-weekday terse-mobile",
      "Bom dia, pagamos na sexta. Joana\n\nEnviado do meu telemóvel"),
    r("Z2462", at(24, "11:40", PT), "promise_to_pay", "2026-12-02", "holiday",
      "Bom dia, terça é feriado (1 de dezembro), por isso a transferência sai na quarta-feira seguinte. Cumprimentos, Joana Caeiro"),
    r("Z2462", at(25, "14:05", PT), "promise_to_pay", "2026-12-04", "locale-numeric-dayfirst shared-mailbox",
      "Exmos. Senhores,\n\nInformamos que as duas faturas serão liquidadas no dia 04/12/2026.\n\nCom os melhores cumprimentos,\nContabilidade – Corticeira Monte do Sobreiro", sender=0),
    r("Z2462", at(26, "10:30", PT), "promise_to_pay", "2026-12-11", "week-after-next",
      "Olá, na próxima semana não dá, fica para a outra, sexta-feira dia 11. Joana"),
    r("Z2462", at(27, "16:10", PT), "promise_to_pay", "2026-11-30", "month-end",
      "Boa tarde, pagamos no final do mês, segunda-feira. Contabilidade", sender=0),
    r("Z2462", at(23, "17:20", PT), "promise_to_pay", "2026-12-09", "holiday weekday-ordinal",
      "Boa tarde, com a ponte do dia 8 o pagamento só sai na quarta 9. Peço desculpa. Joana"),
    r("Z2462", at(25, "19:55", PT), "promise_to_pay", "2026-12-15", "partial mid-month",
      "Boa noite, conseguimos pagar 2.000 € a meio de dezembro e o restante em janeiro, a cortiça ainda não foi paga pela fábrica. Joana", amount="2000.00"),
    r("Z2462", at(26, "08:45", PT), "promise_to_pay", "2026-11-27", "relative-tomorrow",
      "Bom dia, amanhã sem falta. Joana"),
    r("Z2461", at(23, "10:10", BR), "promise_to_pay", "2026-12-04", "locale-numeric-dayfirst shared-mailbox",
      "Prezados,\n\nInformamos que as notas 92461 e 92462 estão programadas para pagamento em 04/12 via câmbio.\n\nAtenciosamente,\nFinanceiro – Cooperativa Agroindustrial Chapadão Verde", sender=0),
    r("Z2461", at(24, "15:30", BR), "promise_to_pay", "2026-12-10", "condition-date",
      "Oi, o pagamento depende do fechamento do câmbio, que o banco prometeu para segunda. Se fechar, pagamos dia 10/12. Marcelo", human=["conditional"]),
    r("Z2461", at(26, "11:50", BR), "promise_to_pay", "2026-12-07", "moved-date",
      "Bom dia, o pagamento que estava para 30/11 foi remarcado para 07/12 por causa da colheita atrasada. Abs, Marcelo Schneider"),
    r("Z2461", at(27, "09:25", BR), "promise_to_pay", "2026-12-03", "abbrev-weekday next-weekday",
      "Bom dia, pagamos qui. da semana que vem. Financeiro", sender=0),
    r("Z2461", at(25, "20:15", BR), "promise_to_pay", "2026-11-26", "late-evening relative-tomorrow terse-mobile",
      "amanhã cedo faço. abs"),
    r("Z2463", at(23, "12:30", AO), "promise_to_pay", "2026-12-01", "weekday-ordinal credit-hold",
      "Bom dia, vamos pagar na terça-feira dia 1, por favor desbloqueiem a conta, temos encomenda para Luanda. Adelino Chipenda"),
    r("Z2463", at(25, "10:00", AO), "promise_to_pay", "2026-12-18", "condition-date",
      "Bom dia, o BNA ainda não libertou as divisas. Assim que libertar, pagamos até 18/12. Finanças", sender=0, human=["conditional"]),
    r("Z2463", at(27, "14:20", AO), "promise_to_pay", "2026-12-04", "next-friday",
      "Boa tarde, pagamos na próxima sexta-feira. Adelino"),
    r("Z2462", at(27, "11:35", PT), "promise_to_pay", "2026-12-03", "meeting-before-payment",
      "Bom dia, temos reunião de gerência na segunda, e na quinta seguinte fazemos o pagamento. Joana"),
    r("Z2461", at(23, "16:40", BR), "promise_to_pay", "2026-12-31", "end-of-year html-outlook",
      "Prezados,\n\nO pagamento será efetuado até o final do ano, conforme o fluxo de caixa da safra.\n\nAtenciosamente,\nMarcelo Schneider\nGerente financeiro", html=True, quote="outlook"),
    r("Z2462", at(24, "16:55", PT), "promise_to_pay", "2026-12-10", "calendar-week",
      "Boa tarde, pagamento na semana 50, quinta-feira. Contabilidade", sender=0),
    r("Z2463", at(26, "13:10", AO), "promise_to_pay", None, "undated sarcasm",
      "Muito obrigado pelo lembrete número cinco. Vamos pagar quando o kwanza deixar. Adelino", human=["undated"]),
    # already_paid
    r("Z2462", at(23, "11:00", PT), "already_paid", None, "past-payment-date",
      "Bom dia, a 92464 foi paga a 20/11. Cumprimentos, Contabilidade", sender=0, inv=["92464"]),
    r("Z2461", at(24, "10:45", BR), "already_paid", None, "pix remittance-reference-variant",
      "Oi, a 92462 foi paga dia 23/11, referência CCV-PC-4502. Segue comprovante. Marcelo", inv=["92462"], ref="CCV-PC-4502",
      attachments=[("comprovante.pdf", "application/pdf", "Comprovante de transferência internacional\nValor: USD 2.210,00\nData: 23/11/2026\nReferência: CCV-PC-4502")]),
    # dispute
    r("Z2462", at(25, "11:20", PT), "dispute", None, "short-delivery",
      "Bom dia, na fatura 92463 constam 30 fardos e recebemos 24. Aguardamos nota de crédito antes de pagar. Joana", inv=["92463"]),
    r("Z2461", at(26, "15:00", BR), "dispute", None, "tax",
      "Boa tarde, a fatura 92461 veio com ICMS destacado, mas a operação é de exportação e não incide. Não vamos pagar o imposto. Marcelo", inv=["92461"]),
    # invoice_resend
    r("Z2462", at(26, "15:15", PT), "invoice_resend", None, "never-received",
      "Boa tarde, não recebemos a fatura 92464, podem reenviar? Obrigada", sender=0, inv=["92464"]),
    r("Z2463", at(24, "11:30", AO), "invoice_resend", None, "statement",
      "Bom dia, enviem por favor o extrato de conta atualizado. Finanças", sender=0),
    # po_change
    r("Z2461", at(25, "09:00", BR), "po_change", None, "tax-id",
      "Bom dia, o CNPJ na fatura está errado, o certo é 04.812.339/0001-27. Favor reemitir. Financeiro", sender=0),
    r("Z2462", at(27, "10:15", PT), "po_change", None, "send-future-invoices",
      "Bom dia, a partir de agora enviem as faturas para faturas@montedosobreiro.example. Obrigada, Joana"),
    # payment_plan_request
    r("Z2462", at(26, "17:45", PT), "payment_plan_request", "2026-12-15", "mid-month",
      "Boa tarde, seria possível pagar em três prestações, 15/12, 15/01 e 15/02? Joana"),
    r("Z2463", at(23, "15:50", AO), "payment_plan_request", None, "undated",
      "Boa tarde, podemos pagar em prestações? A situação cambial está muito difícil. Adelino"),
    # out_of_office
    r("Z2462", at(24, "09:06", PT), "out_of_office", None, "ooo",
      "Estarei ausente até dia 30 de novembro. Para assuntos urgentes: contabilidade@montedosobreiro.example", headers=AUTO, quote="none", subject="Resposta automática: Lembrete: faturas vencidas – Corticeira Monte do Sobreiro Lda"),
    r("Z2461", at(27, "09:06", BR), "out_of_office", None, "ooo long-absence",
      "Estou de férias até 20 de janeiro. Assuntos financeiros: financeiro@coopchapadao.example", headers=AUTO, quote="none", subject="Ausência temporária"),
    # bounce
    r("Z2462", at(25, "09:06", PT), "bounce", None, "dsn",
      "Não foi possível entregar a mensagem aos seguintes destinatários:\n\nj.caeiro@montedosobreiro.example\n550 5.1.1 Utilizador desconhecido",
      sender="mailer-daemon@montedosobreiro.example", dsn=("j.caeiro@montedosobreiro.example", "5.1.1"), subject="Mensagem não entregue"),
    r("Z2463", at(26, "09:06", AO), "bounce", None, "dsn",
      "Falha na entrega. A caixa de correio a.chipenda@planaltohuambo.example está cheia.\n\n452 4.2.2",
      sender="postmaster@planaltohuambo.example", dsn=("a.chipenda@planaltohuambo.example", "4.2.2"), subject="Não entregue: Lembrete"),
    # wrong_contact
    r("Z2462", at(23, "14:25", PT), "wrong_contact", None, "left-company",
      "Boa tarde, a Dra. Joana Caeiro já não está connosco. Escrevam para o Sr. Nuno Valente, n.valente@montedosobreiro.example. Contabilidade", sender=0),
    r("Z2461", at(25, "14:35", BR), "wrong_contact", None, "wrong-person",
      "Oi, eu cuido da logística de grãos, não do financeiro. Manda pro financeiro@coopchapadao.example. Abs", sender="logistica@coopchapadao.example"),
    # other
    r("Z2462", at(24, "14:30", PT), "other", None, "fraud-alert",
      "Boa tarde, recebemos um email a dizer que o vosso IBAN mudou para um banco na Letónia. É verdade? Não pagamos sem confirmar por telefone. Joana", human=["fraud check on changed bank details"]),
    r("Z2461", at(26, "10:05", BR), "other", None, "pix",
      "Oi, vocês aceitam PIX ou só transferência internacional? Marcelo", human=["payment method question"]),
    r("Z2463", at(27, "10:50", AO), "other", None, "no-action",
      "Recebido, obrigado. Encaminhado para a contabilidade.", sender=0),
    r("Z2462", at(25, "16:35", PT), "other", None, "card-over-phone",
      "Boa tarde, paguei ontem por telefone com cartão à vossa colega, podem confirmar se passou? Joana", human=["card payment to confirm"]),
]
