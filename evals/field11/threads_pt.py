"""Portuguese replies (PT, BR): promessas (sexta-feira, final do mês, dia 10, semana que vem), pagamentos com
referências escritas de outra forma, disputas, fatura eletrónica / NF-e / Ariba, contactos errados, ausências, NDRs."""

from evals.field.build import Payment, Reply

_AUTO = {"Auto-Submitted": "auto-replied"}

PAYMENTS: list[Payment] = [
    Payment("BK11-061", "R1161", "2026-11-23", "2340.00", "EUR", "TRF CARPINTARIA SOUSA LDA FT 11611"),
    Payment("BK11-062", "R1163", "2026-11-20", "6480.00", "USD", "TRANSPORTADORA PAULISTA CAMBIO 0442811"),
    Payment("BK11-063", "R1164", "2026-11-25", "3190.00", "EUR", "QUINTA DO VALE VERDE"),
]

REPLIES: list[Reply] = [
    # promise_to_pay
    Reply("R1161", "2026-11-24T09:00:00+00:00", "Bom dia, a transferência segue na sexta-feira. Cumprimentos, Rui Sousa",
          "promise_to_pay", date="2026-11-27", sender=1, fam=["promise", "weekday"]),
    Reply("R1162", "2026-11-24T15:30:00+00:00", "Boa tarde, vamos pagar até ao final do mês.",
          "promise_to_pay", date="2026-11-30", fam=["promise", "month-end"]),
    Reply("R1163", "2026-11-25T10:00:00-03:00", "Olá, o pagamento está programado para o dia 10/12, conforme nosso calendário de pagamentos.\n\nAtt,\nFernanda Lima\nGerente Financeira",
          "promise_to_pay", date="2026-12-10", sender=1, html=True, fam=["promise", "numeric-day-first", "pt-BR", "html-outlook"]),
    Reply("R1164", "2026-11-24T18:20:00+00:00", "Pagaremos na semana que vem, assim que fecharmos a vindima.",
          "promise_to_pay", date="2026-12-04", fam=["promise", "next-week"]),
    Reply("R1165", "2026-11-24T11:45:00-03:00", "Prezados, pagaremos USD 3.000 amanhã e o saldo no dia 15 de dezembro.",
          "promise_to_pay", date="2026-11-25", amount="3000.00", sender=1, fam=["promise", "partial", "pt-BR"]),
    Reply("R1161", "2026-11-26T20:40:00+00:00", "Peço desculpa pelo atraso. Amanhã de manhã faço a transferência das duas faturas.",
          "promise_to_pay", date="2026-11-27", fam=["promise", "tomorrow", "apology"]),
    Reply("R1163", "2026-11-26T09:15:00-03:00", "O pagamento será liberado assim que recebermos a NF-e corrigida. Não conseguimos lançar a atual.",
          "promise_to_pay", human=["conditional"], fam=["promise", "conditional", "pt-BR"]),
    # already_paid
    Reply("R1161", "2026-11-24T10:30:00+00:00", "A fatura 11611 já foi paga ontem, descritivo FT 11611.",
          "already_paid", ref="FT 11611", inv=["11611"], fam=["paid", "past-tense", "ref-with-payer-name"]),
    Reply("R1163", "2026-11-24T14:00:00-03:00", "Pagamento realizado em 20/11 via contrato de câmbio nº 0442811. Segue comprovante.",
          "already_paid", ref="0442811", attachments=[("comprovante_cambio_0442811.pdf", "application/pdf", "CONTRATO DE CAMBIO 0442811\nValor: USD 6.480,00\nData: 20/11/2026\nBeneficiario: Northwind Supplies GmbH")], fam=["paid", "fx-contract", "pt-BR", "remittance-attachment"]),
    Reply("R1164", "2026-11-26T11:00:00+00:00", "Já pagámos ontem, por favor confirmem.",
          "already_paid", fam=["paid", "past-tense", "no-reference"]),
    Reply("R1165", "2026-11-26T16:00:00-03:00", "Já efetuamos o pagamento no dia 18/11, com retenção de IRRF. Favor verificar.",
          "already_paid", human=["no matching payment"], fam=["paid", "withholding", "pt-BR"]),
    # dispute
    Reply("R1161", "2026-11-24T16:00:00+00:00", "A fatura 11611 cobra 30 portas e só recebemos 24. Precisamos de uma nota de crédito.",
          "dispute", inv=["11611"], fam=["dispute", "quantity"]),
    Reply("R1162", "2026-11-25T12:00:00+00:00", "A autoclave voltou a avariar uma semana depois da reparação. Não vamos pagar esta fatura até o técnico voltar.",
          "dispute", sender=1, fam=["dispute", "quality", "service-not-done"]),
    Reply("R1165", "2026-11-25T10:00:00-03:00", "O valor faturado não corresponde ao contrato (diária de manutenção de USD 180, e não USD 240). Favor emitir nova fatura.",
          "dispute", fam=["dispute", "price", "contract-terms", "pt-BR"]),
    Reply("R1164", "2026-11-27T10:00:00+00:00", "Esta fatura está duplicada, já recebemos e pagámos a mesma em outubro com outro número.",
          "dispute", sender=1, fam=["dispute", "duplicate"]),
    # po_change
    Reply("R1163", "2026-11-24T16:30:00-03:00", "A partir de dezembro todas as faturas devem ser enviadas pelo portal SAP Ariba, vinculadas ao pedido de compra. E-mails não serão processados.",
          "po_change", fam=["po-change", "ariba", "portal", "pt-BR"]),
    Reply("R1161", "2026-11-25T09:30:00+00:00", "Por favor emitam as faturas com o nosso novo NIF 516 442 087, a empresa passou a sociedade anónima.",
          "po_change", sender=1, fam=["po-change", "tax-id", "new-billing-entity"]),
    Reply("R1162", "2026-11-26T10:00:00+00:00", "As faturas passam a ser enviadas para faturas@vet-atlantico.example, este endereço vai ser desativado.",
          "po_change", fam=["po-change", "invoice-mailbox", "from-now-on"]),
    Reply("R1165", "2026-11-27T11:00:00-03:00", "Falta o número do pedido de compra PC-7781 na fatura. Sem ele o nosso sistema bloqueia o pagamento.",
          "po_change", fam=["po-change", "add-po", "pt-BR"]),
    # wrong_contact
    Reply("R1162", "2026-11-24T12:00:00+00:00", "Bom dia, a Dra. Inês Costa saiu da clínica em outubro. Os pagamentos são agora tratados pelo Sr. Paulo Reis, p.reis@vet-atlantico.example.",
          "wrong_contact", fam=["wrong-contact", "left-company"]),
    Reply("R1164", "2026-11-25T15:00:00+00:00", "Eu sou o enólogo, não trato de pagamentos. Escrevam para o escritório.",
          "wrong_contact", sender=1, fam=["wrong-contact", "not-my-department"]),
    Reply("R1165", "2026-11-26T09:00:00-03:00", "A Cláudia está de licença-maternidade até abril. Por gentileza, enviem para financeiro@hoteis-nordeste.example.",
          "wrong_contact", sender=1, fam=["wrong-contact", "parental-leave", "pt-BR"]),
    # other
    Reply("R1161", "2026-11-27T12:00:00+00:00", "Recebido, obrigado. Vou encaminhar ao contabilista.",
          "other", fam=["other", "acknowledgement", "no-action"]),
    Reply("R1163", "2026-11-25T08:00:00-03:00", "Para cadastro como fornecedor precisamos do formulário de cadastro preenchido, comprovante bancário e certidão negativa de débitos.",
          "other", human=["onboarding paperwork"], fam=["other", "onboarding", "pt-BR"]),
    Reply("R1164", "2026-11-26T17:30:00+00:00", "Este email é verdadeiro? Recebemos uma carta a pedir pagamento para um IBAN diferente.",
          "other", human=["fraud check"], fam=["other", "fraud-check"]),
    # out_of_office
    Reply("R1161", "2026-11-24T07:00:00+00:00", "Estou ausente do escritório até 2 de dezembro. Para assuntos urgentes contacte contabilidade@carpintaria-sousa.example.",
          "out_of_office", sender=1, headers=_AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Carpintaria Sousa Lda", quote="none", fam=["ooo", "auto", "within-14"]),
    Reply("R1163", "2026-11-25T07:00:00-03:00", "Estou de férias até 12/01/2027, sem acesso ao e-mail.",
          "out_of_office", sender=1, headers=_AUTO, subject="Ausência temporária", quote="none", human=["away more than 14 days"], fam=["ooo", "auto", "over-14", "pt-BR"]),
    Reply("R1162", "2026-11-26T19:00:00+00:00", "Estou fora até quinta-feira, quando voltar vejo isso.",
          "out_of_office", sender=1, human=["hand-written absence"], fam=["ooo", "hand-written"]),
    # bounce
    Reply("R1164", "2026-11-24T09:06:00+00:00", "A sua mensagem não pôde ser entregue ao seguinte destinatário:\n\nm.fonseca@quinta-valeverde.example\n\n550 5.1.1 Utilizador desconhecido",
          "bounce", sender="MAILER-DAEMON@mail.quinta-valeverde.example", subject="Mensagem não entregue", dsn=("m.fonseca@quinta-valeverde.example", "5.1.1"), lang="pt", fam=["bounce", "pt-dsn"]),
    Reply("R1165", "2026-11-25T09:06:00-03:00", "Não foi possível entregar sua mensagem para c.rocha@hoteis-nordeste.example. A caixa postal está cheia.\n\n552 5.2.2 Caixa cheia",
          "bounce", sender="postmaster@hoteis-nordeste.example", subject="Falha na entrega", dsn=("c.rocha@hoteis-nordeste.example", "5.2.2"), lang="pt", fam=["bounce", "pt-dsn", "mailbox-full"]),
    # payment_plan_request
    Reply("R1162", "2026-11-25T17:00:00+00:00", "Seria possível pagar em 3 prestações mensais? Tivemos um mês muito difícil.",
          "payment_plan_request", sender=1, fam=["plan", "hardship"]),
    Reply("R1165", "2026-11-27T10:00:00-03:00", "Podemos parcelar em 4 vezes de USD 1.810, com a primeira parcela em 10/12?",
          "payment_plan_request", date="2026-12-10", amount="1810.00", fam=["plan", "instalments", "pt-BR"]),
    # invoice_resend
    Reply("R1161", "2026-11-26T09:00:00+00:00", "Não recebemos a fatura 11612. Podem reenviar?",
          "invoice_resend", inv=["11612"], fam=["resend", "never-received"]),
    Reply("R1163", "2026-11-27T14:00:00-03:00", "Favor reenviar a invoice e o packing list, o despachante precisa para o desembaraço.",
          "invoice_resend", fam=["resend", "supporting-documents", "pt-BR"]),
]
