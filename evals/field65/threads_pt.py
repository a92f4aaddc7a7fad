"""Portuguese replies (field65): 25 de Abril carnations in Lisbon, Easter eggs in São Paulo (credit hold, câmbio,
MT103, CNPJ), folar in Chaves and a Festa da Uva winery on a plan in Bento Gonçalves ("a gente", parcelas)."""

from evals.field.build import Payment, Reply
from evals.field65.kit import AUTO, at, auto, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK65-024", "K6561", "2030-03-18", "3170.00", "EUR", "CRAVOS MAR CRAVOS DA LIBERDADE LDA"),
    P("BK65-025", "K6562", "2030-04-10", "15275.00", "USD", "CPOP2030041000087 CACAU PAULISTA OVOS DE PASCOA"),
    P("BK65-027", None, "2030-04-16", "455.00", "EUR", "VIR SEPA KAYAK LOCATION GROUPE SCOLAIRE"),
    P("BK65-028", None, "2030-03-26", "2140.00", "EUR", "UEBERWEISUNG RE-NR 2140 HEIDE"),
    P("BK65-026", "K6563", "2030-03-29", "1940.00", "EUR", "TRF PADARIA FOLAR DE CHAVES"),
]

REPLIES = [
    # --- promise_to_pay
    R("K6561", at(2, 26, "10:00", "PT"), "Bom dia,\n\nPagamos na sexta-feira.\n\nCumprimentos,\nAna Mourão", "promise_to_pay", date="2030-03-01", fam=["weekday"]),
    R("K6561", at(4, 17, "18:20", "PT"), "Quinta é 25 de Abril, feriado, e nós estamos a vender cravos na Avenida. Pagamos na segunda-feira, dia 29.", "promise_to_pay", date="2030-04-29", fam=["holiday-distractor", "weekday-ordinal"]),
    R("K6561", at(3, 11, "11:40", "PT"), "Transferência daqui a 10 dias.", "promise_to_pay", date="2030-03-21", fam=["in-days", "terse"]),
    R("K6562", at(3, 7, "14:00", "BR"), "Passado o Carnaval: pagamos a 65622 no dia 15, se vocês liberarem o pedido de cobertura para a Páscoa.", "promise_to_pay", date="2030-03-15", inv=inv("65622"), human=["conditional"], fam=["credit-hold-condition", "ordinal-alone", "brazilian"]),
    R("K6562", at(4, 1, "10:30", "BR"), "O câmbio fecha na quinta e o pagamento sai na sexta, 5/4.", "promise_to_pay", date="2030-04-05", fam=["numeric-dm", "cambio", "brazilian"]),
    R("K6562", at(4, 22, "09:15", "BR"), "Passou a Páscoa e vendemos tudo! Pagamos US$ 10.000 na sexta e o restante no fim do mês.", "promise_to_pay", date="2030-04-26", amount="10000.00", fam=["partial-amount", "weekday", "brazilian"]),
    R("K6563", at(3, 14, "16:30", "PT"), "Pagamos até ao fim do mês.", "promise_to_pay", date="2030-03-31", fam=["month-end"]),
    R("K6563", at(4, 9, "07:45", "PT"), "O folar está no forno até à Páscoa. Pagamos na terça-feira a seguir à Páscoa.", "promise_to_pay", date="2030-04-23", fam=["holiday-relative", "season"]),
    R("K6563", at(3, 27, "12:00", "PT"), "Para a semana pagamos, fique descansado.", "promise_to_pay", date="2030-04-05", fam=["para-a-semana"]),
    R("K6564", at(3, 5, "11:00", "BR"), "Oi! Em pleno Carnaval, mas a parcela de março, US$ 2.290, sai dia 15. Abraço, Luciana", "promise_to_pay", date="2030-03-15", amount="2290.00", fam=["instalment", "brazilian", "holiday"]),
    R("K6564", at(4, 10, "15:10", "BR"), "A parcela de abril vai na sexta-feira, dia 12.", "promise_to_pay", date="2030-04-12", human=["partial"], fam=["instalment", "weekday-ordinal"]),
    R("K6561", at(4, 3, "13:20", "PT"), "Pagamos 1.000 € amanhã e o resto em maio.", "promise_to_pay", date="2030-04-04", amount="1000.00", fam=["partial-amount", "tomorrow"]),
    R("K6562", at(3, 20, "17:30", "BR"), "O pagamento sai dia 28. Aliás, não: dia 29, o câmbio só fecha na quinta.", "promise_to_pay", date="2030-03-29", fam=["correction", "cambio"]),
    R("K6563", at(4, 24, "10:00", "PT"), "Amanhã é feriado, 25 de Abril. Pagamos na sexta.", "promise_to_pay", date="2030-04-26", fam=["holiday", "weekday"]),
    R("K6564", at(3, 26, "09:40", "BR"), "A gente paga a parcela de abril no dia 15/04.", "promise_to_pay", date="2030-04-15", human=["partial"], fam=["a-gente", "numeric-dm", "instalment"]),
    R("K6561", at(4, 5, "12:00", "PT"), "Boa tarde,\n\nEm nome da Cravos da Liberdade informamos que a transferência será efetuada a 12/04.\n\nGabinete de Contabilidade Ribeiro", "promise_to_pay", date="2030-04-12", sender="gab.ribeiro@sapo.example", fam=["bookkeeper", "unknown-sender", "numeric-dm"]),
    R("K6562", at(4, 8, "10:45", "BR"), "Pagamos daqui a 15 dias, quando entrar o dinheiro da Páscoa.", "promise_to_pay", date="2030-04-22", human=["conditional"], fam=["quinze-dias", "condition"]),
    # --- already_paid
    R("K6561", at(3, 20, "09:30", "PT"), "Já pagámos a 18 de março, referência CRAVOS MAR.", "already_paid", ref="CRAVOS MAR", note="matches BK65-024", fam=["matched", "reference"]),
    R("K6562", at(4, 11, "11:00", "BR"), "Segue o MT103 do pagamento.", "already_paid", ref="CPOP2030041000087", reminded=inv("65621"), attachments=[("MT103.pdf", "application/pdf", ":20:CPOP2030041000087\n:32A:300410USD15300,00\n:50K:CACAU PAULISTA OVOS DE PASCOA LTDA\n:59:NORTHWIND SUPPLIES GMBH\n:70:INV-2027-65621\n:71A:SHA")], human=["short payment (bank line 15275.00)"], fam=["mt103", "short-payment", "credit-hold"]),
    R("K6563", at(4, 2, "10:15", "PT"), "Já transferimos os 1.940 € na sexta-feira.", "already_paid", reminded=inv("65631"), note="matches BK65-026", fam=["matched-by-amount"]),
    R("K6564", at(3, 18, "14:00", "BR"), "Pagamos a parcela de março dia 15, conforme combinado.", "already_paid", human=["no matching payment"], fam=["instalment", "unmatched", "plan-account"]),
    # --- dispute
    R("K6562", at(3, 12, "16:00", "BR"), "30 caixas de cobertura da 65621 chegaram derretidas. Em plena produção de Páscoa! Queremos o crédito antes de pagar.", "dispute", inv=inv("65621"), fam=["damaged", "season", "credit-hold"]),
    R("K6563", at(4, 1, "11:30", "PT"), "Cobraram o transporte duas vezes na 65632. Corrijam, por favor.", "dispute", inv=inv("65632"), fam=["duplicate-fee"]),
    R("K6561", at(3, 6, "15:00", "PT"), "O preço dos baldes na 65611 não corresponde ao orçamento que nos enviaram em janeiro.", "dispute", inv=inv("65611"), fam=["pricing"]),
    # --- payment_plan_request
    R("K6561", at(4, 10, "12:30", "PT"), "Podemos pagar em duas prestações, metade a 30 de abril e metade a 31 de maio?", "payment_plan_request", date="2030-04-30", fam=["plan-halves"]),
    R("K6563", at(4, 23, "09:00", "PT"), "É possível pagar às prestações? A Páscoa foi fraca este ano.", "payment_plan_request", fam=["plan-undated"]),
    R("K6562", at(4, 16, "13:00", "BR"), "Podemos parcelar em 3x? Primeira parcela de US$ 6.060 no dia 10/05.", "payment_plan_request", date="2030-05-10", amount="6060.00", fam=["plan-dates", "brazilian", "credit-hold"]),
    # --- invoice_resend
    R("K6563", at(3, 4, "09:20", "PT"), "Pode reenviar a fatura 65632? Não a recebemos.", "invoice_resend", inv=inv("65632"), fam=["never-received"]),
    R("K6564", at(4, 2, "16:00", "BR"), "Vocês podem mandar um extrato atualizado? Quero conferir as parcelas.", "invoice_resend", fam=["statement", "plan-account"]),
    R("K6562", at(3, 26, "10:00", "BR"), "Reenviem a invoice, por favor: o banco pede a cópia para fechar o câmbio.", "invoice_resend", sender=0, fam=["cambio", "copy"]),
    # --- po_change
    R("K6562", at(4, 4, "14:30", "BR"), "Fomos incorporados pela Cacau Paulista Alimentos S.A., novo CNPJ 12.345.678/0001-90. Favor reemitir as invoices.", "po_change", fam=["cnpj", "entity-change"]),
    R("K6561", at(3, 13, "10:30", "PT"), "Por favor incluam o nosso NIF PT509876543 nas faturas e reenviem.", "po_change", fam=["nif"]),
    R("K6564", at(3, 12, "11:00", "BR"), "A partir de agora mandem as invoices para nfe@valedosvinhedos.example, por favor.", "po_change", fam=["new-mailbox"]),
    # --- out_of_office
    R("K6561", at(4, 24, "08:00", "PT"), "Estou ausente até 29 de abril. Para assuntos urgentes: contabilidade@cravosdaliberdade.example.", "out_of_office", headers=AUTO, subject=auto("Resposta automática", "pt", "Cravos da Liberdade Floricultura Lda"), quote="none", fam=["ooo-within-14"]),
    R("K6562", at(3, 4, "07:00", "BR"), "Estou fora no Carnaval e volto na quinta-feira, 7 de março.", "out_of_office", headers=AUTO, subject=auto("Resposta automática", "pt", "Cacau Paulista Ovos de Páscoa Ltda"), quote="none", fam=["ooo-holiday", "credit-hold"]),
    R("K6564", at(4, 12, "18:00", "BR"), "Estou de férias até 6 de maio, depois da vindima. Assuntos de pagamento: administrativo@valedosvinhedos.example.", "out_of_office", headers=AUTO, subject=auto("Ausência", "pt", "Vinícola Vale dos Vinhedos Ltda"), quote="none", human=["absence over 14 days"], fam=["ooo-long", "plan-account"]),
    # --- bounce
    R("K6563", at(3, 19, "08:06", "PT"), "A sua mensagem não pôde ser entregue a geral@folardechaves.example.\n\nO servidor remoto respondeu: 550 5.1.1 Utilizador desconhecido.", "bounce", sender="mailer-daemon@folardechaves.example", subject="Mensagem não entregue", gap_days=0, dsn=("geral@folardechaves.example", "5.1.1"), fam=["dsn-pt"]),
    R("K6564", at(4, 17, "05:06", "BR"), "Falha na entrega da mensagem para administrativo@valedosvinhedos.example: a caixa postal do destinatário está cheia.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@valedosvinhedos.example", subject="Não entregue: Lembrete: faturas vencidas – Vinícola Vale dos Vinhedos Ltda", gap_days=0, dsn=("administrativo@valedosvinhedos.example", "5.2.2"), fam=["dsn-mailbox-full-br"]),
    # --- wrong_contact
    R("K6563", at(3, 22, "06:30", "PT"), "Sou o padeiro, não trato de pagamentos. Falem com o Sr. Carvalho.", "wrong_contact", sender=0, fam=["not-responsible"]),
    R("K6564", at(4, 5, "10:00", "BR"), "A Luciana saiu da empresa em março. O contato agora é financeiro@valedosvinhedos.example.", "wrong_contact", sender="recepcao@valedosvinhedos.example", fam=["left-company", "unknown-sender"]),
    # --- other
    R("K6561", at(3, 2, "10:00", "PT"), "Recebido, obrigada. Encaminhei para a contabilidade.", "other", fam=["no-action", "forwarded-internally"]),
    R("K6562", at(3, 28, "11:20", "BR"), "Vocês aceitam pagamento em reais via PIX? Sairia bem mais barato que o câmbio.", "other", human=["payment-method question"], fam=["payment-method", "pix"]),
    R("K6563", at(4, 12, "13:00", "PT"), "Recebido.", "other", sender=0, fam=["no-action", "terse"]),
    R("K6564", at(3, 21, "09:00", "BR"), "Recebemos um e-mail dizendo que a conta bancária de vocês mudou para outro banco. É verdade? Não vamos pagar nada antes de confirmar.", "other", human=["bank-detail check"], fam=["fraud-check", "plan-account"]),
]
