"""Portuguese replies (field42): a São Paulo garden centre (Brazilian) and a Porto private school (European, strategic)."""

from evals.field.build import Payment, Reply
from evals.field42.kit import AUTO, BR, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK42-060", "B4261", "2027-05-21", "610.00", "USD", "GARDEN CENTER VILA MADALENA NF 94262"),
    P("BK42-061", "B4262", "2027-05-26", "980.00", "EUR", "COLEGIO DA FOZ FT 94264"),
]

REPLIES = [
    # --- Garden Center Vila Madalena (São Paulo)
    R("B4261", at(24, "09:15", BR), "Bom dia! O pagamento da fatura 94261 sai na sexta-feira, dia 28. Abraço, Thiago", "promise_to_pay", date="2027-05-28", inv=["94261"], fam=["weekday-date", "brazilian"]),
    R("B4261", at(24, "13:50", BR), "Oi, a de 610 já foi paga dia 21/05, segue comprovante do PIX.", "already_paid", inv=["94262"], attachments=[("comprovante_pix.txt", "text/plain", "PIX 21/05/2027 USD 610,00 E2E 12345")], fam=["pix", "numeric-date", "attachment"]),
    R("B4261", at(24, "18:05", BR), "Vamos pagar no dia 03/06, quinta-feira de Corpus Christi é ponto facultativo aqui mas o banco funciona.", "promise_to_pay", date="2027-06-03", fam=["numeric-date", "holiday-distractor"]),
    R("B4261", at(25, "08:40", BR), "As mudas de ipê vieram com pragas, metade do lote. Não vamos pagar o valor cheio, queremos desconto.", "dispute", inv=["94261"], fam=["quality", "brazilian"]),
    R("B4261", at(25, "12:25", BR), "Pode reenviar a nota? Precisamos dela com o CNPJ novo da filial.", "po_change", sec=["invoice_resend"], fam=["resend", "cnpj"]),
    R("B4261", at(25, "16:50", BR), "Pagamento semana que vem, na quarta.", "promise_to_pay", date="2027-06-02", fam=["next-week-weekday", "terse"]),
    R("B4261", at(26, "10:30", BR), "Estou de férias até 7 de junho. Para assuntos urgentes, financeiro@gcvilamadalena.example.", "out_of_office", headers=AUTO, sender=1, fam=["ooo"]),
    R("B4261", at(26, "14:45", BR), "Conseguimos parcelar em 3x? Primeira parcela dia 10/06, as outras nos meses seguintes.", "payment_plan_request", date="2027-06-10", fam=["plan", "parcelas"]),
    R("B4261", at(26, "19:20", BR), "Pago amanhã sem falta.", "promise_to_pay", date="2027-05-27", fam=["tomorrow", "terse"]),
    R("B4261", at(27, "08:55", BR), "Favor incluir o número do pedido GCVM-PED-2211 na fatura, senão o sistema não aceita.", "po_change", fam=["po-missing"]),
    R("B4261", at(27, "12:10", BR), "Oi, sou do paisagismo, não cuido de pagamentos. Fala com o Thiago.", "wrong_contact", sender="paisagismo@gcvilamadalena.example", fam=["unknown-sender", "wrong-person"]),
    R("B4261", at(27, "16:35", BR), "Vamos pagar até o fim do mês... ops, fim de maio já é segunda. Digamos até 4 de junho.", "promise_to_pay", date="2027-06-04", fam=["self-correction", "month-end"]),
    R("B4261", at(24, "20:40", BR), "Pagamos 2.000 agora na sexta e o restante quando o cliente da prefeitura pagar.", "promise_to_pay", date="2027-05-28", amount="2000.00", human=["conditional"], fam=["partial-amount", "condition"]),
    R("B4261", at(25, "07:10", BR), "Mensagem não entregue a t.rocha@gcvilamadalena.example: caixa postal cheia.", "bounce", sender="mailer-daemon@gcvilamadalena.example", dsn=("t.rocha@gcvilamadalena.example", "5.2.2"), quote="none", subject="Falha na entrega", fam=["bounce", "mailbox-full"]),
    R("B4261", at(26, "11:40", BR), "Valeu, obrigado!", "other", fam=["no-action", "terse"]),
    R("B4261", at(27, "14:30", BR), "Boleto ou transferência? Qual vocês preferem? Só pago quando souber.", "other", human=["question"], fam=["question", "payment-method"]),
    R("B4261", at(24, "11:20", BR), "Pagamento programado para 15/06/2027.", "promise_to_pay", date="2027-06-15", fam=["numeric-date", "terse"]),
    R("B4261", at(25, "19:55", BR), "Pagamos na segunda que vem, dia 31.", "promise_to_pay", date="2027-05-31", fam=["next-weekday", "weekday-date"]),
    # --- Colégio da Foz (Porto, strategic)
    R("B4262", at(24, "09:45", PT), "Exmos. Senhores,\n\nInformamos que a fatura 94263 será liquidada no dia 4 de junho de 2027, por transferência bancária.\n\nCom os melhores cumprimentos,\nInês Moreira\nDiretora Administrativa\nColégio da Foz, Lda.", "promise_to_pay", date="2027-06-04", inv=["94263"], fam=["formal", "signature", "european-pt"]),
    R("B4262", at(24, "14:20", PT), "A fatura 94264 foi paga a 26/05... aliás, foi agendada para 26/05, hoje ainda não saiu.", "promise_to_pay", date="2027-05-26", inv=["94264"], fam=["self-correction", "scheduled"]),
    R("B4262", at(25, "09:30", PT), "O valor das aulas de vela de abril não corresponde ao acordado (18 alunos, não 24). Aguardamos nota de crédito.", "dispute", inv=["94263"], fam=["quantity", "school"]),
    R("B4262", at(25, "13:00", PT), "Solicitamos o pagamento em prestações: 2.500 € em junho, julho e o restante em setembro, após o início do ano letivo.", "payment_plan_request", fam=["plan", "school-year"]),
    R("B4262", at(25, "17:15", PT), "Pagamento dia 10 de junho, feriado é dia 10... então dia 11.", "promise_to_pay", date="2027-06-11", fam=["self-correction", "holiday"]),
    R("B4262", at(26, "08:50", PT), "Encontro-me ausente até 31 de maio. Para assuntos urgentes contacte tesouraria@colegiodafoz.example.", "out_of_office", headers=AUTO, sender=1, fam=["ooo"]),
    R("B4262", at(26, "12:35", PT), "Queiram reenviar as faturas com o NIF correto, por favor. O nosso contabilista não as aceita assim.", "po_change", sec=["invoice_resend"], fam=["nif", "resend"]),
    R("B4262", at(26, "16:10", PT), "Pedimos que indiquem a requisição CF-REQ-2027-33 na fatura 94263.", "po_change", inv=["94263"], fam=["po-missing"]),
    R("B4262", at(27, "09:05", PT), "Liquidamos na próxima terça-feira.", "promise_to_pay", date="2027-06-01", fam=["next-weekday"]),
    R("B4262", at(27, "13:40", PT), "A Dra. Inês já não está no colégio. Por favor escrevam para tesouraria@.", "wrong_contact", sender=1, fam=["left-company"]),
    R("B4262", at(27, "17:55", PT), "Recebido, obrigada.", "other", fam=["no-action", "terse"], sender=0),
    R("B4262", at(24, "18:30", PT), "Já pagámos as duas faturas a 20 de maio. Referência TRF-CF-0520.", "already_paid", ref="TRF-CF-0520", human=["no matching payment"], fam=["reference", "past-date", "european-pt"]),
    R("B4262", at(25, "07:25", PT), "Não foi possível entregar a mensagem a i.moreira@colegiodafoz.example. O endereço não existe.", "bounce", sender="postmaster@colegiodafoz.example", dsn=("i.moreira@colegiodafoz.example", "5.1.1"), quote="none", subject="Mensagem não entregue", fam=["bounce"]),
    R("B4262", at(26, "19:45", PT), "Pagamos no final da próxima semana, sexta-feira.", "promise_to_pay", date="2027-06-04", fam=["end-of-next-week", "weekday"]),
    R("B4262", at(27, "11:15", PT), "O pagamento segue após a reunião do conselho de 8 de junho, no dia 9.", "promise_to_pay", date="2027-06-09", fam=["meeting-before-payment"]),
    R("B4262", at(24, "12:00", PT), "Pagamento na semana 22.", "promise_to_pay", date="2027-06-04", fam=["calendar-week", "terse"]),
    R("B4262", at(25, "15:50", PT), "Transferimos 980 € amanhã e o resto só no fecho semestral, a 30 de junho.", "promise_to_pay", date="2027-05-26", amount="980.00", inv=["94264"], partial=False, human=["second-invoice-later"], fam=["two-invoices", "half-year-close", "tomorrow"]),
    R("B4262", at(26, "10:15", PT), "Com o fim do ano letivo, pagamos tudo a 30/06/2027.", "promise_to_pay", date="2027-06-30", fam=["numeric-date", "half-year-close"]),
]
