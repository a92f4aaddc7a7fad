"""Portuguese replies (field17): Portuguese canners, a vets' clinic in Mato Grosso (strategic) and an Angolan builder on a
plan."""

from evals.field.build import Payment, Reply
from evals.field17.kit import AO, MT, PT, at, dsn, ooo

R = Reply
P = Payment

PAYMENTS = [
    P("BK17-061", "S1761", "2026-11-20", "4890.00", "EUR", "CONSERVAS ATLANTICO LDA TRF 17611"),
]

_CAMBIO = ("Comprovante de operação de câmbio\nData: 19/11/2026\nValor: USD 1.940,00\nFavorecido: NORTHWIND SUPPLIES GMBH\n"
           "Contrato de câmbio nº 260119874")

REPLIES = [
    # --- Conservas Atlântico (PT)
    R("S1761", at(23, "09:30", PT), "Bom dia, pagamos na quinta.\nCumprimentos, Ana", "promise_to_pay", date="2026-11-26", fam=["weekday", "terse"]),
    R("S1761", at(24, "11:40", PT), "Como dia 1 é feriado, a transferência segue na quarta-feira, dia 2.", "promise_to_pay", date="2026-12-02", fam=["holiday", "weekday-date"]),
    R("S1761", at(25, "15:10", PT), "O pagamento será efetuado a 04/12.", "promise_to_pay", date="2026-12-04", fam=["day-first"]),
    R("S1761", at(26, "10:20", PT), "Pagamos daqui a 15 dias.", "promise_to_pay", date="2026-12-11", fam=["relative-span"]),
    R("S1761", at(27, "22:10", PT), "Desculpe a hora. Pago segunda-feira.", "promise_to_pay", date="2026-11-30", fam=["late-evening", "weekday"]),
    R("S1761", at(23, "14:25", PT), "O pagamento estava agendado para dia 27, mas passou para dia 7 de dezembro por causa do fecho do mês.", "promise_to_pay", date="2026-12-07", fam=["moved-date"], sender=0),
    R("S1761", at(24, "17:05", PT), "Os 720 € pagamos amanhã, a outra fatura no final do mês que vem.", "promise_to_pay", date="2026-11-25", amount="720.00", fam=["two-dates", "partial-amount"]),
    R("S1761", at(25, "08:45", PT), "Pagamento no último dia útil do mês.", "promise_to_pay", date="2026-11-30", fam=["month-end-run"], sender=0),
    R("S1761", at(26, "16:30", PT), "Pagamos na semana de 7 de dezembro.", "promise_to_pay", date="2026-12-11", fam=["week-commencing"]),
    R("S1761", at(27, "12:35", PT), "A transferência fica agendada para terça-feira, 15 de dezembro.", "promise_to_pay", date="2026-12-15", fam=["weekday-date"]),
    # --- Clínica Veterinária Pantanal (BR, Mato Grosso, strategic)
    R("S1762", at(23, "10:05", MT), "Prezados,\n\na diretoria aprova os pagamentos na reunião de segunda-feira (30/11) e a transferência sai na quarta, 02/12.\n\nAtenciosamente,\nMarcos Oliveira\nGerente financeiro", "promise_to_pay", date="2026-12-02", html=True, fam=["meeting-before-payment", "outlook-html", "day-first"]),
    R("S1762", at(24, "13:50", MT), "Vamos pagar a 17622 na sexta e a 17621 no dia 15.", "promise_to_pay", date="2026-11-27", inv=["17622", "17621"], human=["partial"], fam=["two-dates", "one-of-two"]),
    R("S1762", at(25, "19:40", MT), "Pagamento até o fim da semana que vem.", "promise_to_pay", date="2026-12-04", fam=["end-of-next-week"]),
    R("S1762", at(26, "09:15", MT), "Financeiro: pagamento programado para 10/12/2026 via câmbio.", "promise_to_pay", date="2026-12-10", fam=["day-first", "shared-mailbox"], sender=0),
    R("S1762", at(27, "23:45", MT), "Amanhã cedo faço a remessa.", "promise_to_pay", date="2026-11-28", fam=["late-evening", "tomorrow"]),
    R("S1762", at(23, "16:30", MT), "Pagamos USD 5.000 no dia 3 e o restante em janeiro.", "promise_to_pay", date="2026-12-03", amount="5000.00", fam=["partial-amount", "ordinal-alone"]),
    R("S1762", at(25, "11:05", MT), "Pago na próxima sexta-feira.", "promise_to_pay", date="2026-12-04", fam=["next-weekday"]),
    # --- Construções Kwanza (AO, on a plan)
    R("S1763", at(23, "09:00", AO), "A prestação de dezembro, USD 1.440,00, será transferida no dia 1 de dezembro conforme o acordo.", "promise_to_pay", date="2026-12-01", amount="1440.00", fam=["instalment", "existing-plan", "european-amount"]),
    R("S1763", at(24, "12:10", AO), "Pagamos assim que o BNA libertar as divisas, previsivelmente a meio de dezembro.", "promise_to_pay", date="2026-12-15", human=["conditional"], fam=["estimate-of-event", "mid-month"]),
    R("S1763", at(25, "14:00", AO), "A transferência será feita dentro de 3 dias úteis.", "promise_to_pay", date="2026-11-30", fam=["working-days"]),
    R("S1763", at(26, "18:20", AO), "A próxima prestação segue na segunda-feira da semana que vem.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["next-week-weekday", "instalment"]),
    R("S1763", at(27, "10:50", AO), "Pagamento dia 9.", "promise_to_pay", date="2026-12-09", fam=["ordinal-alone", "terse"]),
    # --- already_paid
    R("S1761", at(25, "12:15", PT), "Pago dia 20/11 por transferência, 4.890,00 €, descritivo TRF 17611.", "already_paid", ref="TRF 17611", inv=["17611"], fam=["ref-with-payer-name", "european-amount"]),
    R("S1762", at(26, "15:45", MT), "Já pagamos a 17622 em 19/11, comprovante em anexo.", "already_paid", ref="260119874", inv=["17622"], human=["no matching payment"], fam=["claim-not-on-bank", "remittance-attachment"],
      attachments=[("comprovante_cambio.txt", "text/plain", _CAMBIO)]),
    # --- dispute
    R("S1761", at(24, "10:30", PT), "A fatura 17611 inclui 200 caixas de latas que foram devolvidas por defeito na cravação. Aguardamos nota de crédito.", "dispute", inv=["17611"], fam=["returned-goods"]),
    R("S1763", at(26, "11:40", AO), "Não concordamos com os juros de mora cobrados; o acordo de pagamento não os prevê.", "dispute", fam=["interest-on-plan"]),
    # --- invoice_resend
    R("S1761", at(23, "15:50", PT), "Podem reenviar a fatura 17612? Não a recebemos.", "invoice_resend", inv=["17612"], fam=["never-received"], sender=0),
    R("S1762", at(27, "14:20", MT), "Favor enviar o extrato de conta atualizado.", "invoice_resend", fam=["statement"]),
    # --- po_change
    R("S1762", at(24, "16:40", MT), "Favor incluir o número do pedido CVP-PC-0912 e o nosso CNPJ 12.345.678/0001-90 na fatura e reenviar.", "po_change", sec=["invoice_resend"], fam=["po-missing", "tax-id", "copy-with-correction"]),
    R("S1761", at(26, "08:30", PT), "A partir de janeiro as faturas devem ser enviadas para faturas@conservas-atlantico.example e não para este endereço.", "po_change", fam=["invoice-mailbox"]),
    # --- payment_plan_request
    R("S1761", at(25, "17:30", PT), "Seria possível pagar a 17611 em três prestações, a primeira a 15 de dezembro?", "payment_plan_request", date="2026-12-15", inv=["17611"], fam=["plan-new"]),
    R("S1763", at(27, "09:20", AO), "Pedimos a revisão do plano: prestações de USD 1.000 a partir de janeiro.", "payment_plan_request", amount="1000.00", fam=["plan-extended", "undated"]),
    # --- out_of_office
    ooo("S1761", at(24, "07:20", PT), "Estou ausente até dia 2 de dezembro, com acesso limitado ao email.", prefix="Resposta automática: ", fam=["ooo-auto"], sender=1),
    ooo("S1762", at(26, "07:00", MT), "Estou de férias até 11 de janeiro. Para assuntos urgentes, contate financeiro@vetpantanal.example.", prefix="Resposta automática: ", human=["absent more than 14 days"], fam=["ooo-long"], sender=1),
    # --- bounce
    dsn("S1763", at(23, "09:08", AO), "A mensagem não pôde ser entregue aos seguintes destinatários:\n\nfinancas@construcoes-kwanza.example\n550 5.1.1 Destinatário desconhecido", "postmaster@construcoes-kwanza.example", "financas@construcoes-kwanza.example", "5.1.1", prefix="Não entregue: ", fam=["dsn-pt"]),
    dsn("S1761", at(25, "08:11", PT), "Falha na entrega da mensagem para contabilidade@conservas-atlantico.example.\n\nA caixa de correio do destinatário está cheia.\n\n552 5.2.2 Caixa cheia", "postmaster@conservas-atlantico.example", "contabilidade@conservas-atlantico.example", "5.2.2", prefix="Não entregue: ", fam=["dsn-pt", "dsn-mailbox-full"]),
    # --- wrong_contact
    R("S1762", at(25, "13:35", MT), "Este e-mail é da recepção da clínica. Os pagamentos são com o Marcos: m.oliveira@vetpantanal.example.", "wrong_contact", fam=["shared-mailbox"], sender=0),
    R("S1763", at(24, "15:55", AO), "Já não trabalho na Construções Kwanza. Por favor contactem o Sr. Domingos, d.manuel@construcoes-kwanza.example.", "wrong_contact", fam=["left-company"]),
    # --- other
    R("S1761", at(26, "13:00", PT), "Obrigada, recebido.", "other", fam=["no-action", "ack"]),
    R("S1763", at(25, "10:30", AO), "Precisamos da vossa declaração de residência fiscal para aplicar a retenção na fonte correta.", "other", human=["tax form"], fam=["tax-form"]),
]
