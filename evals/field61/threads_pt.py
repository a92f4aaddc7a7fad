"""Portuguese replies (field61): a Douro quinta in the vindima (Implantação da República, Fri 5 Oct), a Blumenau
beer-mug maker during the Oktoberfest of Blumenau and a São Paulo toy shop before the Dia das Crianças and Nossa
Senhora Aparecida (Fri 12 Oct) on credit hold. Numeric dates are day-first."""

from evals.field.build import Payment, Reply
from evals.field61.kit import AUTO, BRT, WEST, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK61-028", "E6161", "2029-10-08", "7800.00", "EUR", "QUINTA DO VALE ESCURO LDA"),
    P("BK61-029", "E6162", "2029-09-28", "5970.00", "USD", "CANECAS VALE DO ITAJAI CAMBIO 4471230"),
    P("BK61-030", "E6161", "2029-09-21", "930.00", "EUR", "QVE FT 61612"),
]

REPLIES = [
    # --- Quinta do Vale Escuro (Douro)
    R("E6161", at(9, 17, "08:30", WEST), "Bom dia, estamos em plena vindima, os lagares a trabalhar dia e noite. O pagamento segue na sexta-feira.\nJoana Guedes", "promise_to_pay", date="2029-09-21", fam=["weekday", "season"]),
    R("E6161", at(9, 21, "17:15", WEST), "Transferimos hoje os 930 € da fatura 61612, descritivo QVE FT 61612.", "already_paid", ref="QVE FT 61612", inv=inv("61612"), fam=["paid-with-ref", "matched"]),
    R("E6161", at(9, 24, "10:45", WEST), "A fatura 61611 vai ser paga depois da vindima. Dia 8 de outubro, segunda-feira, já com a vindima acabada.", "promise_to_pay", date="2029-10-08", inv=inv("61611"), fam=["weekday-date", "season"]),
    R("E6161", at(10, 4, "18:40", WEST), "Amanhã é feriado (5 de Outubro), a transferência fica para segunda.", "promise_to_pay", date="2029-10-08", fam=["holiday", "weekday"]),
    R("E6161", at(10, 8, "11:00", WEST), "Transferência de 7.800,00 € feita hoje, as duas faturas.", "already_paid", fam=["paid-no-ref", "matched-by-amount"]),
    R("E6161", at(9, 19, "09:10", WEST), "Pedimos o envio da 2.ª via da fatura 61611, a original foi para o antigo contabilista.", "invoice_resend", inv=inv("61611"), fam=["segunda-via", "resend"]),
    R("E6161", at(9, 27, "15:30", WEST), "O NIF na fatura está errado (501 234 567). O correto é 514 882 309. Agradecemos a emissão de nova fatura.", "po_change", fam=["nif", "reissue"]),
    R("E6161", at(10, 1, "12:00", WEST), "A Joana está de férias depois da vindima, regressa a 22 de outubro. Para assuntos urgentes: contabilidade@valeescuro.example", "out_of_office", headers=AUTO, subject="Resposta automática: férias", human=["back after more than 14 days"], fam=["auto-reply", "long-absence"]),
    R("E6161", at(10, 11, "14:20", WEST), "As cubas inox vieram com duas válvulas a verter, tivemos de chamar um técnico por nossa conta. Descontamos 480 € na 61611.", "dispute", inv=inv("61611"), fam=["goods-dispute", "deduction"]),
    R("E6161", at(9, 18, "07:50", WEST), "Mail Delivery Subsystem: a mensagem não foi entregue.\n\nDestinatário: j.guedes@valeescuro.example\nEstado: 5.1.1 (utilizador desconhecido)\nResposta do servidor remoto: 550 5.1.1 User unknown", "bounce", lang="pt", sender="MAILER-DAEMON@smtp.valeescuro.example", dsn=("j.guedes@valeescuro.example", "5.1.1"), subject="Mensagem não entregue", fam=["dsn-portuguese-isp", "user-unknown"]),
    # --- Canecas Vale do Itajaí (Blumenau)
    R("E6162", at(9, 17, "09:00", BRT), "Bom dia! Estamos produzindo as canecas para a Oktoberfest de Blumenau, que começa dia 3. O pagamento sai no dia 28/09, junto com o câmbio.", "promise_to_pay", date="2029-09-28", fam=["season", "day-first", "cambio"]),
    R("E6162", at(9, 28, "16:20", BRT), "Pagamento efetuado hoje, contrato de câmbio 4471230, USD 5.970,00.", "already_paid", ref="4471230", fam=["paid-with-ref", "cambio", "matched"]),
    R("E6162", at(9, 20, "11:30", BRT), "Vocês poderiam reenviar a invoice 61622? Precisamos dela para fechar o câmbio.", "invoice_resend", inv=inv("61622"), fam=["resend", "cambio"]),
    R("E6162", at(10, 3, "08:00", BRT), "Prezados, estaremos com atendimento reduzido durante a Oktoberfest (3 a 21 de outubro). Retornaremos normalmente em 22/10.", "out_of_office", headers=AUTO, sender=0, subject="Resposta automática: Oktoberfest", human=["back after more than 14 days"], fam=["auto-reply", "festival", "long-absence"]),
    R("E6162", at(9, 25, "14:10", BRT), "A invoice 61621 veio com 1.200 canecas de 1 litro, mas o pedido era de 500 ml. Preço diferente. Aguardamos correção.", "dispute", inv=inv("61621"), fam=["wrong-goods", "price-dispute"]),
    R("E6162", at(10, 9, "10:40", BRT), "Favor emitir as próximas invoices em nome da filial de Pomerode, CNPJ 12.345.678/0002-90.", "po_change", inv=[], fam=["cnpj", "legal-entity"]),
    R("E6162", at(10, 15, "15:50", BRT), "Vamos pagar a 61622 na próxima sexta-feira.", "promise_to_pay", date="2029-10-26", inv=inv("61622"), fam=["next-weekday"]),
    R("E6162", at(9, 22, "12:15", BRT), "Não sou mais responsável pelo financeiro, agora quem cuida é o Diego Koch: diego.koch@canecasitajai.example.", "wrong_contact", fam=["moved-role", "new-contact"]),
    R("E6162", at(10, 1, "17:30", BRT), "Podemos parcelar o saldo em 3x? Primeira parcela dia 15/10.", "payment_plan_request", date="2029-10-15", fam=["plan", "parcelas", "day-first"]),
    # --- Brinquedos Pião Dourado (São Paulo, credit hold)
    R("E6163", at(9, 17, "10:25", BRT), "Olá, setembro e outubro são os meses do Dia das Crianças, o estoque consumiu todo o caixa. Pagamos depois do dia 12, na segunda 15/10.", "promise_to_pay", date="2029-10-15", fam=["season", "weekday-date", "day-first"]),
    R("E6163", at(9, 26, "13:50", BRT), "Gostaríamos de propor um parcelamento em 4 vezes de USD 2.235,00, a partir de 31/10.", "payment_plan_request", date="2029-10-31", amount="2235.00", fam=["plan", "four-instalments"]),
    R("E6163", at(10, 11, "18:30", BRT), "Amanhã é feriado de Nossa Senhora Aparecida e Dia das Crianças. Nosso escritório retorna segunda-feira, 15/10.", "out_of_office", headers=AUTO, sender=0, subject="Resposta automática: feriado", fam=["auto-reply", "holiday", "within-14"]),
    R("E6163", at(10, 2, "09:40", BRT), "Os piões de madeira da invoice 61631 vieram com a pintura descascando, o Inmetro pode recolher. Não pagaremos esse lote até a troca.", "dispute", inv=inv("61631"), fam=["goods-dispute", "regulatory"]),
    R("E6163", at(10, 16, "11:15", BRT), "Pagamos hoje USD 3.000,00, o saldo fica para o fim do mês.", "already_paid", sec=["promise_to_pay"], date="2029-10-31", human=["no matching payment"], fam=["partial-paid", "unmatched"]),
    R("E6163", at(9, 21, "16:00", BRT), "Não recebemos a invoice original, só o lembrete. Podem mandar o PDF?", "invoice_resend", fam=["never-received"]),
    R("E6163", at(10, 5, "10:30", BRT), "Os dados bancários mudaram? Recebemos um boleto em nome de outra empresa. Antes de pagar, queremos confirmar por telefone.", "other", human=["fraud check on bank details"], fam=["fraud-check", "boleto"]),
    # --- more of the same accounts
    R("E6161", at(9, 25, "19:20", WEST), "Pagamos a 61611 até ao fim do mês, palavra de honra.", "promise_to_pay", date="2029-09-30", inv=inv("61611"), fam=["end-of-month"]),
    R("E6162", at(10, 5, "09:10", BRT), "Obrigada, recebido!", "other", fam=["acknowledgement", "no-action", "terse"], inv=[]),
    R("E6161", at(10, 2, "16:00", WEST), "Podem confirmar por escrito o IBAN? O banco pede uma declaração assinada para transferências para a Alemanha acima de 5.000 €.", "other", human=["bank detail confirmation"], fam=["bank-letter"]),
    R("E6162", at(9, 18, "20:45", BRT), "Pagamos a 61621 daqui a 15 dias, quando entrar o dinheiro da feira.", "promise_to_pay", date="2029-10-03", inv=inv("61621"), fam=["relative-span"], note="the fair money is the reason; the day is written"),
    R("E6163", at(9, 19, "08:20", BRT), "Mensagem automática do servidor UOL: não foi possível entregar sua mensagem a m.tavares@piaodourado.example.\n\nMotivo: caixa postal desativada (550 5.2.1 mailbox disabled).", "bounce", lang="pt", sender="mailer-daemon@piaodourado.example", dsn=("m.tavares@piaodourado.example", "5.2.1"), subject="Falha na entrega da mensagem", fam=["dsn-brazilian-isp", "mailbox-disabled"]),
    R("E6161", at(10, 15, "10:05", WEST), "Bom dia, a fatura 61611 vai ser paga na próxima quarta.", "promise_to_pay", date="2029-10-24", inv=inv("61611"), fam=["next-weekday"]),
    R("E6162", at(10, 12, "14:00", BRT), "A 61621 será paga na terça, pelo câmbio. Hoje é feriado e os bancos estão fechados.", "promise_to_pay", date="2029-10-16", inv=inv("61621"), fam=["holiday", "weekday", "cambio"]),
    R("E6163", at(10, 8, "12:45", BRT), "Não trabalho mais na Pião Dourado. Procurem a Sra. Luciana Prado, luciana.prado@piaodourado.example.", "wrong_contact", fam=["left-company", "new-contact"]),
    R("E6161", at(9, 29, "11:30", WEST), "Fizemos a transferência de 6.870 € na sexta, comprovativo em anexo.", "already_paid", inv=inv("61611"), attachments=[("comprovativo.txt", "text/plain", "Comprovativo de transferência\nData: 28/09/2029\nOrdenante: Quinta do Vale Escuro Lda\nMontante: 6.870,00 EUR\nDescritivo: FT 61611")], ref="FT 61611", human=["no matching payment"], fam=["remittance-attachment", "unmatched"]),
]
