"""Portuguese replies (field47): an Ave valley industrial laundry, a riding centre in Minas Gerais and a Mozambican
tilapia hatchery writing Mozambican Portuguese (factura, efectuado)."""

from evals.field.build import Payment, Reply
from evals.field47.kit import AUTO, BR, MZ, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK47-025", "R4761", "2027-03-24", "6790.00", "EUR", "LAVANDARIA INDUSTRIAL DO AVE LIA-0324"),
    P("BK47-026", "R4762", "2027-03-29", "3150.00", "USD", "CENTRO HIPICO VALE DO JEQUITINHONHA"),
]

REPLIES = [
    # --- Lavandaria Industrial do Ave
    R("R4761", at(25, "11:00", "PT"), "Bom dia,\na transferência segue na terça-feira, dia 30.\nCumprimentos,\nSandra Macedo", "promise_to_pay", date="2027-03-30", fam=["weekday-date"]),
    R("R4761", at(30, "10:00", "PT"), "Pagamento agendado para 06/04.", "promise_to_pay", date="2027-04-06", sender=0, fam=["numeric-day-first", "terse"]),
    R("R4761", at(31, "16:50", "PT"), "Pagamos os 830 € amanhã e a fatura maior depois do 25 de Abril, lá para dia 28.", "promise_to_pay", date="2027-04-01", amount="830.00", partial=False, fam=["two-dates", "holiday-distractor"]),
    R("R4761", at(26, "09:45", "PT"), "Mesmo com o feriado cá estou. Pagamos na próxima semana.", "promise_to_pay", date="2027-04-02", fam=["next-week", "good-friday"]),
    R("R4761", at(29, "15:30", "PT"), "O pagamento estava previsto para hoje mas foi adiado para sexta-feira, dia 9 de abril, por indicação da administração.", "promise_to_pay", date="2027-04-09", fam=["moved-date", "weekday-date"]),
    R("R4761", at(30, "18:40", "PT"), "Boa tarde,\n\nSou a contabilista certificada da Lavandaria Industrial do Ave. O pagamento será feito até ao final do mês.\n\nCumprimentos,\nMarta Leite", "promise_to_pay", date="2027-03-31", sender="marta.leite.cc@sapo.example", fam=["end-of-month", "outside-accountant", "unknown-sender"]),
    # --- Centro Hípico Vale do Jequitinhonha (BR)
    R("R4762", at(25, "14:20", BR), "Olá! O pagamento das duas faturas sai dia 5/4 via contrato de câmbio.\nAbraço, Letícia", "promise_to_pay", date="2027-04-05", fam=["numeric-day-first", "fx-contract"]),
    R("R4762", at(29, "10:30", BR), "Boa tarde, vamos pagar na próxima sexta-feira.", "promise_to_pay", date="2027-04-09", sender=0, fam=["next-weekday"]),
    R("R4762", at(30, "17:50", BR), "Oi, a gente paga os US$ 610 amanhã e o restante depois que os compradores do leilão de potros pagarem, lá pro fim de abril.", "promise_to_pay", date="2027-03-31", amount="610.00", human=["conditional"], fam=["partial-amount", "condition", "colloquial-br"]),
    R("R4762", at(31, "11:15", BR), "Prezados, informamos que o pagamento será efetuado até o dia 15 de abril, após o fechamento do câmbio.", "promise_to_pay", date="2027-04-15", fam=["fx-contract", "own-routine"]),
    R("R4762", at(26, "16:00", BR), "Prezados,\n\nConforme conversamos por telefone hoje, o pagamento de US$ 3.790,00 será realizado em 8 de abril.\n\nAtenciosamente,\nLetícia Drummond\nSócia-administradora", "promise_to_pay", date="2027-04-08", amount="3790.00", partial=False, html=True, fam=["outlook-html", "full-amount"]),
    R("R4762", at(27, "09:30", BR), "Pago semana que vem, sem falta.", "promise_to_pay", date="2027-04-02", fam=["next-week", "weekend"]),
    # --- Piscicultura do Chókwè (MZ)
    R("R4763", at(25, "10:40", MZ), "Bom dia.\nInformamos que o pagamento será feito dentro de 15 dias, após a aprovação do Banco de Moçambique para a transferência em divisas.", "promise_to_pay", date="2027-04-09", human=["conditional"], fam=["fx-approval", "condition", "fifteen-days"]),
    R("R4763", at(30, "09:15", MZ), "Caros senhores,\no pagamento da factura 947632 será efectuado amanhã.", "promise_to_pay", date="2027-03-31", inv=["947632"], sender=0, fam=["tomorrow", "mozambican"]),
    R("R4763", at(31, "14:30", MZ), "Boa tarde. Vamos pagar o total de USD 5.190,00 no dia 6 de Abril, terça-feira.", "promise_to_pay", date="2027-04-06", amount="5190.00", partial=False, fam=["full-amount", "weekday-date"]),
    R("R4763", at(26, "08:20", MZ), "Prezados,\ndevido à Sexta-feira Santa e ao feriado de 7 de Abril (Dia da Mulher Moçambicana), o pagamento será feito na quinta-feira, 8 de Abril.", "promise_to_pay", date="2027-04-08", fam=["holiday-distractor", "weekday-date"]),
    # --- already paid
    R("R4761", at(29, "11:40", "PT"), "Bom dia, pagámos as duas faturas no dia 24, referência LIA-0324, 6.790 €.", "already_paid", ref="LIA-0324", fam=["ref-match", "total-of-two"]),
    R("R4762", at(30, "14:30", BR), "Segue o comprovante do pagamento de ontem. Foram US$ 3.150,00 porque o banco descontou a tarifa.", "already_paid", human=["amount differs"], attachments=[("comprovante.txt", "text/plain", "Comprovante de operação de câmbio\nData: 29/03/2027\nValor: US$ 3.150,00\nBeneficiário: Northwind Supplies GmbH")], fam=["bank-charges", "receipt-attachment"]),
    R("R4763", at(29, "10:10", MZ), "A factura 947632 foi paga no dia 22 de Março, segue em anexo o comprovativo.", "already_paid", inv=["947632"], human=["no matching payment"], fam=["no-bank-line", "mozambican"]),
    # --- disputes
    R("R4761", at(31, "10:30", "PT"), "Na fatura 947611 vêm faturados 40 rolos de feltro para a calandra, mas só recebemos 30. Aguardamos nota de crédito.", "dispute", inv=["947611"], fam=["short-delivery", "credit-note"]),
    R("R4762", at(31, "15:40", BR), "A fatura 947621 veio com frete cobrado, mas no pedido estava CIF. Não vamos pagar o frete.", "dispute", inv=["947621"], fam=["freight"]),
    R("R4763", at(30, "11:30", MZ), "Os arejadores da factura 947631 chegaram avariados, dois não funcionam. Não pagaremos até serem substituídos.", "dispute", inv=["947631"], fam=["damaged-goods", "mozambican"]),
    # --- other
    R("R4762", at(25, "17:10", BR), "Recebido, obrigada! Vou encaminhar para o financeiro.", "other", fam=["no-action", "forwarded"]),
    R("R4761", at(26, "12:15", "PT"), "Boa tarde, recebemos um e-mail a pedir para pagarmos para um IBAN novo em Espanha. Isto é verdade? Não pagamos nada até confirmarem por telefone.", "other", human=["fraud worry"], sender=0, fam=["fraud-check", "changed-iban"]),
    R("R4763", at(31, "09:40", MZ), "Para efeitos de pagamento ao exterior, o banco exige a factura original carimbada e a declaração de importação. Podem enviar?", "other", human=["documents for fx"], fam=["bank-documents", "fx"]),
    # --- resend
    R("R4762", at(29, "16:10", BR), "Por favor, enviem a segunda via da fatura 947622.", "invoice_resend", inv=["947622"], sender=0, fam=["segunda-via"]),
    R("R4761", at(30, "12:10", "PT"), "Podem enviar-nos um extrato de conta corrente atualizado?", "invoice_resend", fam=["statement"]),
    # --- out of office
    R("R4762", at(25, "05:30", BR), "Estou em viagem a trabalho até 2 de abril, com acesso limitado ao e-mail. Assuntos financeiros: financeiro@hipicajequitinhonha.example", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Centro Hípico Vale do Jequitinhonha Ltda", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("R4761", at(29, "09:20", "PT"), "Encontro-me ausente até 19 de abril, sem acesso ao correio eletrónico. Para assuntos urgentes contacte contabilidade@lavandaria-ave.example.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Lavandaria Industrial do Ave Lda", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    # --- bounces
    R("R4763", at(25, "10:10", MZ), "Esta é uma mensagem automática do sistema de correio.\n\nNão foi possível entregar a sua mensagem ao seguinte destinatário:\n\n<financas@piscicultura-chokwe.example>: 550 5.1.1 utilizador desconhecido", "bounce", sender="MAILER-DAEMON@mail.piscicultura-chokwe.example", subject="Mensagem não entregue: Lembrete: faturas vencidas – Piscicultura do Chókwè Lda", dsn=("financas@piscicultura-chokwe.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-pt"]),
    R("R4762", at(31, "05:15", BR), "Falha na entrega para estes destinatários ou grupos:\n\nfinanceiro@hipicajequitinhonha.example\nA caixa de correio do destinatário está cheia e não pode aceitar mensagens no momento.\n\nInformações de diagnóstico para administradores:\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@hipicajequitinhonha.example", subject="Não é possível entregar: Lembrete: faturas vencidas – Centro Hípico Vale do Jequitinhonha Ltda", dsn=("financeiro@hipicajequitinhonha.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-pt", "mailbox-full"]),
    # --- plans
    R("R4761", at(31, "12:40", "PT"), "Seria possível pagarmos em três prestações, a primeira a 15 de abril?", "payment_plan_request", date="2027-04-15", fam=["three-instalments"]),
    R("R4763", at(29, "13:00", MZ), "Solicitamos que nos permitam pagar em duas prestações: USD 2.595,00 até 30 de Abril e o restante até 31 de Maio.", "payment_plan_request", date="2027-04-30", amount="2595.00", fam=["two-instalments", "far-date"]),
    # --- PO / billing change
    R("R4762", at(26, "10:20", BR), "Favor reemitir as faturas com o nosso CNPJ correto, 12.345.678/0001-90, e a razão social Centro Hípico Vale do Jequitinhonha Ltda - ME.", "po_change", fam=["cnpj", "legal-name"]),
    R("R4763", at(31, "16:20", MZ), "Por favor, incluam o nosso NUIT 400123456 nas facturas e reemitam-nas.", "po_change", sender=0, fam=["tax-id", "mozambican"]),
    # --- wrong contact
    R("R4761", at(25, "15:40", "PT"), "Boa tarde, este endereço é só para encomendas. Os pagamentos são tratados pela Dra. Sandra Macedo.", "wrong_contact", sender=0, fam=["mailbox-scope"]),
    R("R4762", at(30, "08:50", BR), "Bom dia! A Letícia saiu de licença-maternidade. Quem responde pelo financeiro agora sou eu, Paulo.", "wrong_contact", sender="paulo.fonseca@hipicajequitinhonha.example", fam=["cover", "unknown-sender"]),
    R("R4761", at(31, "10:05", "PT"), "A transferência fica para daqui a 15 dias.", "promise_to_pay", date="2027-04-15", sender=0, fam=["fifteen-days"]),
]
