"""Portuguese replies with the tense written out ("já pagámos ontem" / "vamos pagar", "a transferência foi feita" /
"será feita"), comprovativo, pagamento parcial com o resto prometido, cópia com nova nota de encomenda, prestações,
reclamações e perguntas (pt-PT and pt-BR)."""

from evals.field10.kit import AUTO, EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("PT")
P, R = k.paid, k.r

# already_paid
P("Q1060", 24, "Bom dia,\n\nJá pagámos as duas faturas ontem por transferência.\n\nCumprimentos\nRui Costa", paid_on=23, sender=1, fam=["paid-vs-promise", "pagamos-past", "ontem"])
P("Q1060", 26, "A transferência saiu hoje de manhã, referência LC-2611.", ref="LC-2611", fam=["paid-vs-promise", "this-morning"])
P("Q1061", 25, "Exmos. Senhores,\n\nJunto enviamos o comprovativo da transferência da fatura 10611, efetuada a 20/11/2026.\n\nCom os melhores cumprimentos\nDepartamento de Fornecedores\nTransportes Douro Lda\n\nEsta mensagem é confidencial. Se não for o destinatário, por favor apague-a e informe o remetente.",
  ref="TD-TRF-40917", inv=["10611"], paid_on=20, attachments=[("comprovativo.pdf", "application/pdf", "COMPROVATIVO DE TRANSFERÊNCIA\nReferência: TD-TRF-40917\nData: 20/11/2026\nMontante: 6.120,00 EUR\nDescritivo: Fatura 2026-10611")], fam=["paid-vs-promise", "remittance", "formal-ap", "disclaimer"])
P("Q1062", 24, "Oi, já pagamos na sexta passada, segue o comprovante do câmbio. Contrato 000412776.", ref="000412776", paid_on=20, bank_ref="CAMBIO MARE ALTA", sender=1, fam=["paid-vs-promise", "ja-pagamos", "br", "fx-contract"])
P("Q1061", 27, "Confirmo que o pagamento foi feito na terça-feira. Sofia Lopes", paid_on=24, sender=1, fam=["paid-vs-promise", "passive-past"])
P("Q1060", 23, "<p>Boa tarde,</p>\n<p>O pagamento foi efetuado no passado dia 18. Agradecemos verificação.</p>", paid_on=18, html=True, sender=0, fam=["paid-vs-promise", "html-outlook"])
R("Q1062", 26, "Transferimos hoje 1.500 dólares e o restante (1.890) vamos pagar no dia 10 de dezembro.", "already_paid", sec=["promise_to_pay"], date="2026-12-10", amount="1890.00", human=["amount differs from the open balance"], sender=1, fam=["partial-paid-rest-promised", "br"])
k.bank("Q1062", 26, "1500.00", "MARE ALTA PARCIAL")
# promise_to_pay
R("Q1060", 24, "Vamos pagar na sexta-feira, sem falta.", "promise_to_pay", date=nxt(24, "fri"), fam=["paid-vs-promise", "vamos-pagar"])
R("Q1061", 24, "O pagamento está agendado para a próxima segunda-feira.", "promise_to_pay", date=nwk(24, "mon"), fam=["paid-vs-promise", "scheduled-future", "next-weekday"])
R("Q1062", 25, "Vamos quitar no final do mês, quando entrar o dinheiro das aulas.", "promise_to_pay", date=EOM, sender=1, fam=["paid-vs-promise", "month-end", "br"])
R("Q1060", 27, "A transferência será feita no dia 4 de dezembro.", "promise_to_pay", date="2026-12-04", fam=["paid-vs-promise", "future-passive"])
R("Q1061", 26, "Pagaremos 3.000 € amanhã e o resto no início de janeiro.", "promise_to_pay", date=plus(26, 1), amount="3000.00", sender=1, fam=["partial", "paid-vs-promise"])
R("Q1062", 23, "Pago na quinta-feira, pode deixar. Bruno", "promise_to_pay", date=nxt(23, "thu"), sender=1, fam=["paid-vs-promise", "present-for-future", "br"])
# dispute
R("Q1060", 25, "O preço na fatura 10601 não corresponde ao orçamento (1.650 € + IVA). Por favor, emitam nota de crédito e nova fatura.", "dispute", inv=["10601"], fam=["dispute-vs-resend", "price"])
R("Q1061", 23, "Duas peças chegaram danificadas. Só pagamos depois de recebermos a nota de crédito.", "dispute", sender=1, fam=["dispute-vs-promise", "credit-pending", "damaged"])
R("Q1062", 27, "Vocês cobraram duas vezes a mesma aula de outubro na 10622. Favor cancelar.", "dispute", inv=["10622"], fam=["dispute", "duplicate", "br"])
R("Q1061", 25, "Não concordamos com os 150 € de portes. O valor não contestado pagamos na sexta-feira.", "dispute", sec=["promise_to_pay"], date=nxt(25, "fri"), fam=["dispute-vs-promise", "freight", "undisputed-part"])
# invoice_resend
R("Q1060", 26, "Podem reenviar a fatura 10602? Nunca a recebemos.", "invoice_resend", inv=["10602"], fam=["resend-vs-po", "never-received"])
R("Q1061", 27, "Solicitamos o envio de um extrato de conta corrente atualizado.", "invoice_resend", fam=["resend", "statement", "formal-ap"])
R("Q1062", 24, "manda a nota de novo por favor, não achei aqui", "invoice_resend", sender=1, fam=["resend", "terse", "br"])
# po_change
R("Q1061", 26, "A fatura tem a requisição errada; a correta é TD-REQ-5611. Agradecemos nova emissão.", "po_change", fam=["resend-vs-po", "wrong-po"])
R("Q1060", 27, "Enviem-nos por favor uma cópia com o nosso novo número de encomenda NE-2026-204.", "po_change", sender=1, fam=["resend-vs-po", "new-po"])
R("Q1062", 26, "Mudamos de CNPJ após a fusão: 45.112.908/0001-61, razão social Maré Alta Esportes Ltda. Favor reemitir.", "po_change", fam=["po", "entity-name", "br"])
# payment_plan_request
R("Q1061", 24, "Seria possível pagar em três prestações mensais?", "payment_plan_request", sender=1, fam=["plan", "split-in-three"])
R("Q1060", 23, "Podemos pagar metade agora e a outra metade em janeiro?", "payment_plan_request", date=on(23), sender=1, fam=["plan-vs-promise", "half-now"])
R("Q1062", 27, "Dá para parcelar em 4 vezes de 847,50 a partir de 15 de dezembro?", "payment_plan_request", date="2026-12-15", amount="847.50", sender=1, fam=["plan", "br"])
# other
R("Q1060", 25, "Antes de pagar, podem confirmar por telefone se mudaram de IBAN? Recebemos um email estranho.", "other", human=["bank-detail question"], sender=1, fam=["other-vs-promise", "fraud-check", "bank-details"])
R("Q1061", 24, "Recebido, obrigada. Encaminhei para a contabilidade.", "other", sender=1, fam=["other", "no-action", "forwarded-to-ap"])
R("Q1062", 25, "Vocês aceitam Pix ou boleto? Transferência internacional sai caro para nós.", "other", human=["payment-method question"], sender=1, fam=["other-vs-promise", "payment-method", "br"])
R("Q1061", 23, "Precisamos da vossa declaração de não dívida e certidão permanente para cadastro de fornecedor.", "other", human=["supplier paperwork"], fam=["other", "paperwork"])
# out_of_office, wrong_contact, bounce
R("Q1061", 26, "Estou ausente do escritório até 30 de novembro. Para assuntos urgentes contacte fornecedores@transportes-douro.example.", "out_of_office", sender=1, headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Transportes Douro Lda", fam=["ooo", "return-date"])
R("Q1062", 24, "Não trabalho mais no financeiro. Escreva para financeiro@mare-alta.example.", "wrong_contact", sender=1, fam=["wrong-contact", "left", "br"])
R("Q1060", 25, "Esta é uma mensagem automática.\n\nNão foi possível entregar a mensagem a r.costa@letreiros-costa.example.\nErro: 550 5.1.1 destinatário desconhecido.", "bounce", sender="postmaster@letreiros-costa.example", dsn=("r.costa@letreiros-costa.example", "5.1.1"), subject="Não entregue: Lembrete: faturas vencidas", fam=["bounce"])
REPLIES = k.replies
PAYMENTS = k.payments
