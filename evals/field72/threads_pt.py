"""field72, Portuguese (Portugal and Brazil): June and July 2032 (written by hand)."""

from evals.field.build import Payment as P
from evals.field.build import Reply as R
from evals.field72.kit import AUTO, addr, at, auto, name

PAYMENTS = [
    P("BK72-061", "V7242", "2032-06-16", "8660.00", "EUR", "TRF SARDINHAS DO SANTO ANTONIO LDA"),
    P("BK72-062", "V7244", "2032-07-08", "123000.00", "BRL", "TED ARRAIA NORDESTE PRODUCOES LTDA ANP-PC-2210"),
    P("BK72-063", "V7243", "2032-07-09", "11380.00", "EUR", "RIBEIRA SAO JOAO EVENTOS 72431"),
]

REPLIES = [
    # ---------------------------------------------------------------- promessas
    R("V7242", at("V7242", 6, 1, "10:00"),
      "Bom dia,\n\nEstamos em plena preparação dos Santos Populares, com os arraiais a começar. A transferência segue na "
      "sexta-feira.\n\nCumprimentos,\nTeresa Lourenço", "promise_to_pay", date="2032-06-04", sender=1,
      fam=["bare weekday", "Santos Populares"]),
    R("V7242", at("V7242", 6, 9, "18:30"),
      "Boa tarde, amanhã é feriado (Dia de Portugal) e no domingo é Santo António, por isso só pagamos na segunda-feira, dia "
      "14. Nuno", "promise_to_pay", date="2032-06-14", sender=2, fam=["Dia de Portugal", "Santo António", "holiday distractor"]),
    R("V7242", at("V7242", 7, 6, "11:15"),
      "Bom dia,\n\nPagamos a 72422 para a semana, na quarta. A 72421 fica para o fim do mês, depois de fecharmos as contas "
      "das festas.\n\nTeresa", "promise_to_pay", date="2032-07-14", inv=["INV-2028-72422", "INV-2028-72421"], sender=1,
      fam=["para a semana", "European Portuguese"]),
    R("V7243", at("V7243", 6, 21, "09:45"),
      "Bom dia,\n\nEsta semana é a do São João, quinta é feriado no Porto e ninguém trabalha. Pagamos 5.000 € no dia 30 e o "
      "resto em julho.\n\nJoaquim Teixeira", "promise_to_pay", date="2032-06-30", amount="5000.00", sender=1,
      fam=["São João do Porto", "partial"]),
    R("V7243", at("V7243", 7, 26, "14:00"),
      "Boa tarde, o saldo da 72432 segue até ao fim da semana. Joaquim", "promise_to_pay", date="2032-07-30",
      inv=["INV-2028-72432"], sender=1, fam=["até ao fim da semana"]),
    R("V7244", at("V7244", 6, 2, "10:30"),
      "Oi, tudo bem?\n\nA gente tá no meio da montagem do São João de Caruaru, então o financeiro tá meio parado. O pagamento "
      "das duas notas sai dia 18.\n\nAbraço,\nThiago Melo\nContas a Pagar", "promise_to_pay", date="2032-06-18", sender=2,
      fam=["Brazilian", "São João", "a gente"]),
    R("V7244", at("V7244", 6, 25, "16:20"),
      "Prezados,\n\nPassado o São João, informo que a 72442 será paga via Pix na segunda-feira, 5 de julho.\n\n"
      "Atenciosamente,\n\nGabriela Cavalcanti\nGerente Financeira\n\nArraiá Nordeste Produções Ltda. | CNPJ 00.000.000/0001-00 | "
      "Recife - PE\nEsta mensagem pode conter informação confidencial e/ou privilegiada. Se você não for o destinatário ou a "
      "pessoa autorizada a receber esta mensagem, não pode usar, copiar ou divulgar as informações nela contidas. Se você "
      "recebeu esta mensagem por engano, por favor avise imediatamente o remetente.", "promise_to_pay", date="2032-07-05",
      inv=["INV-2028-72442"], sender=1, html=True, fam=["CNPJ footer", "Pix", "weekday with date"]),
    R("V7244", at("V7244", 7, 20, "11:00"),
      "Oi! Thiago de novo. Vou pagar R$ 10.000 amanhã e o resto a gente vê em agosto, beleza?", "promise_to_pay",
      date="2032-07-21", amount="10000.00", sender=2, fam=["partial", "Brazilian"]),
    R("V7245", at("V7245", 6, 7, "09:10"),
      "Bom dia,\n\nA parcela de junho do acordo, R$ 4.000, cai no dia 15 como combinado.\n\nEverton Kunz", "promise_to_pay",
      date="2032-06-15", amount="4000.00", sender=1, fam=["plan instalment"]),
    R("V7245", at("V7245", 7, 7, "17:40"),
      "Boa tarde, sexta é feriado aqui em SP (9 de julho), então a parcela de julho sai na segunda, 12. Everton",
      "promise_to_pay", date="2032-07-12", sender=1, fam=["São Paulo holiday", "holiday distractor"]),
    R("V7242", at("V7242", 6, 18, "12:00"),
      "Bom dia, enviámos ontem a ordem ao banco... afinal não, ficou pendente de aprovação. Segue amanhã, sábado, pelo "
      "homebanking. Teresa", "promise_to_pay", date="2032-06-19", sender=1, fam=["self-correction", "European Portuguese"]),
    R("V7243", at("V7243", 7, 5, "10:00"),
      "Bom dia,\n\nMais um lembrete, que surpresa. O pagamento está marcado para dia 16, como já dissemos ao telefone.\n\n"
      "Joaquim", "promise_to_pay", date="2032-07-16", sender=1, fam=["sarcasm"]),
    R("V7244", at("V7244", 7, 1, "09:00"),
      "Bom dia,\n\nFechamento do semestre ontem. Pagamento das duas faturas em até 10 dias.\n\nGabriela", "promise_to_pay",
      date="2032-07-11", sender=1, fam=["em até 10 dias", "half-year close"]),
    R("V7242", at("V7242", 7, 23, "15:30"),
      "Boa tarde, pagamos no início do mês que vem, quando voltarmos de férias. Nuno", "promise_to_pay", date="2032-08-01",
      sender=2, fam=["início do mês"]),
    R("V7244", at("V7244", 6, 14, "15:00"),
      "Oi, veja abaixo o que a Gabriela respondeu. Pago quinta.\n\nThiago\n\n---------- Mensagem encaminhada ---------\nDe: "
      "Gabriela Cavalcanti\nData: seg., 14 de jun. de 2032\nAssunto: Re: Lembrete\n\nThiago, pode liberar a 72441. A 72442 "
      "espera a prestação de contas do evento.", "promise_to_pay", date="2032-06-17", inv=["INV-2028-72441"], sender=2,
      fam=["forwarded chain", "veja abaixo"]),
    R("V7245", at("V7245", 7, 26, "10:30"),
      "Bom dia, o inverno tá fraco e as vendas de malha também. A parcela de agosto vai sair no dia 16, não no dia 10. "
      "Everton", "promise_to_pay", date="2032-08-16", sender=1, fam=["moved date", "winter"]),
    R("V7243", at("V7243", 6, 2, "12:20"),
      "Bom dia, pagaremos a fatura mais antiga amanhã. Joaquim", "promise_to_pay", date="2032-06-03", inv=["INV-2028-72431"],
      sender=1, fam=["tomorrow"]),
    R("V7242", at("V7242", 6, 28, "10:10"),
      "Bom dia, vamos pagar daqui a 15 dias, depois de recebermos das Juntas de Freguesia pelos arraiais. Teresa",
      "promise_to_pay", date="2032-07-12", sender=1, human=["conditional"], fam=["daqui a 15 dias", "conditional"]),
    # ---------------------------------------------------------------- já pago
    R("V7242", at("V7242", 6, 17, "09:30"),
      "Bom dia,\n\nTransferimos ontem 8.660,00 €. Segue o comprovativo.\n\nNuno Faria", "already_paid", sender=2,
      attachments=[("comprovativo.pdf", "application/pdf", "Comprovativo de transferência\nOrdenante: Sardinhas do Santo António, Lda.\nData: 16-06-2032\nMontante: 8.660,00 EUR")],
      fam=["comprovativo", "matched"], note="matches BK72-061"),
    R("V7244", at("V7244", 7, 9, "10:00"),
      "Bom dia, fizemos TED ontem no valor de R$ 123.000,00, referência ANP-PC-2210. Gabriela", "already_paid",
      ref="ANP-PC-2210", sender=1, fam=["TED", "matched"], note="matches BK72-062"),
    R("V7243", at("V7243", 7, 12, "09:00"),
      "Bom dia, a 72431 foi paga na sexta e a 72432 também. Joaquim", "already_paid",
      inv=["INV-2028-72431", "INV-2028-72432"], sender=1, human=["INV-2028-72432 not matched"], fam=["half matched"]),
    R("V7245", at("V7245", 6, 16, "08:00"),
      "Oi, parcela paga ontem via Pix. Everton", "already_paid", sender=1, human=["no matching payment"],
      fam=["Pix", "plan instalment"]),
    # ---------------------------------------------------------------- reclamações
    R("V7242", at("V7242", 6, 22, "11:00"),
      "Bom dia,\n\nNa fatura 72421 cobraram 40 grelhadores e só recebemos 35. Aguardamos nota de crédito.\n\nTeresa",
      "dispute", inv=["INV-2028-72421"], sender=1, fam=["quantity"]),
    R("V7244", at("V7244", 7, 14, "14:30"),
      "Prezados, a nota 72441 veio com o ICMS errado. Não conseguimos pagar assim, precisamos da carta de correção. Gabriela",
      "dispute", inv=["INV-2028-72441"], sender=1, fam=["tax", "Brazilian"]),
    R("V7243", at("V7243", 6, 28, "10:00"),
      "Bom dia, o palco da 72432 chegou com dois dias de atraso, já depois do São João. Não vamos pagar o preço cheio. Joaquim",
      "dispute", inv=["INV-2028-72432"], sender=1, fam=["late delivery", "São João"]),
    # ---------------------------------------------------------------- segunda via
    R("V7242", at("V7242", 7, 1, "10:00"),
      "Bom dia, podem reenviar a fatura 72422? Não a recebemos. Nuno", "invoice_resend", inv=["INV-2028-72422"], sender=2,
      fam=["never received"]),
    R("V7244", at("V7244", 6, 29, "09:00"),
      "Oi, pode mandar a segunda via das duas notas? Thiago", "invoice_resend", sender=2, fam=["segunda via"]),
    R("V7245", at("V7245", 7, 14, "11:00"),
      "Bom dia, preciso do extrato do acordo com o saldo atualizado. Everton", "invoice_resend", sender=1, fam=["statement"]),
    # ---------------------------------------------------------------- pedido / faturação
    R("V7242", at("V7242", 6, 8, "09:00"),
      "Bom dia,\n\nO NIF na fatura 72421 está errado. O correto é PT500000000. Agradecemos nova fatura.\n\nNuno Faria",
      "po_change", inv=["INV-2028-72421"], sender=2, fam=["tax id"]),
    R("V7244", at("V7244", 7, 6, "10:00"),
      "Prezados, a partir de agosto as notas devem ser emitidas para a nossa filial de Caruaru, CNPJ 00.000.000/0002-00. "
      "Gabriela", "po_change", sender=1, fam=["legal entity", "Brazilian"]),
    R("V7244", at("V7244", 6, 10, "15:00"),
      "Oi, falta o número do pedido na 72442, é ANP-PC-2239. Consegue reemitir? Thiago", "po_change",
      inv=["INV-2028-72442"], sender=2, fam=["missing PO"]),
    # ---------------------------------------------------------------- parcelamento
    R("V7242", at("V7242", 7, 20, "12:00"),
      "Bom dia, seria possível pagar a 72421 em três prestações, a primeira a 5 de agosto? Teresa", "payment_plan_request",
      date="2032-08-05", inv=["INV-2028-72421"], sender=1, fam=["plan with dates"]),
    R("V7244", at("V7244", 7, 27, "16:00"),
      "Oi, dá pra parcelar o saldo em 3x? O patrocínio do São João atrasou. Thiago", "payment_plan_request", sender=2,
      fam=["3x", "Brazilian"]),
    R("V7243", at("V7243", 6, 15, "10:00"),
      "Bom dia, podemos dividir o valor em quatro pagamentos mensais de 3.500 €? Joaquim", "payment_plan_request",
      amount="3500.00", sender=1, fam=["plan undated"]),
    # ---------------------------------------------------------------- ausências
    R("V7242", at("V7242", 7, 30, "18:00"),
      "Estou de férias até 23 de agosto. Em caso de urgência contacte contabilidade@sardinhas-stoantonio.example.\n\n"
      "Teresa Lourenço", "out_of_office", sender=1, headers=AUTO, subject=auto("Resposta automática", "pt", name("V7242")),
      human=["absence beyond 14 days"], fam=["auto", "August"]),
    R("V7244", at("V7244", 6, 23, "18:00"),
      "Olá! Estou no São João até 28/06, sem acesso ao e-mail. Retorno na terça, 29. Gabriela", "out_of_office", sender=1,
      headers=AUTO, subject=auto("Resposta automática", "pt", name("V7244")), fam=["auto", "São João"]),
    R("V7243", at("V7243", 6, 23, "17:00"),
      "Os nossos escritórios estão encerrados nos dias 24 e 25 de junho. Reabrimos na segunda-feira, 28.", "out_of_office",
      sender=0, headers=AUTO, subject=auto("Resposta automática", "pt", name("V7243")), fam=["closure", "São João do Porto"]),
    # ---------------------------------------------------------------- devolvidas
    R("V7242", at("V7242", 6, 21, "09:06"),
      "Não foi possível entregar a mensagem aos seguintes destinatários:\n\ncontabilidade@sardinhas-stoantonio.example\n\n"
      "O servidor remoto respondeu: 550 5.1.1 Utilizador desconhecido", "bounce", sender="mailer-daemon@sardinhas-stoantonio.example",
      lang="pt", subject="Mensagem não entregue: Lembrete: faturas vencidas – " + name("V7242"),
      dsn=(addr("V7242", 0), "5.1.1"), gap_days=0, quote="none", fam=["Portuguese DSN"]),
    R("V7245", at("V7245", 7, 19, "09:07"),
      "Sua mensagem não pôde ser entregue para contasapagar@malhariaserrafria.example.\n\nMotivo: caixa postal cheia "
      "(552 5.2.2).", "bounce", sender="postmaster@malhariaserrafria.example", lang="pt", subject="Falha na entrega",
      dsn=(addr("V7245", 0), "5.2.2"), gap_days=0, quote="none", fam=["Brazilian DSN"]),
    # ---------------------------------------------------------------- contacto errado
    R("V7242", at("V7242", 7, 13, "10:00"),
      "Bom dia, o Nuno já não trabalha connosco. Os assuntos de pagamentos passam a ser tratados por mim. Teresa",
      "wrong_contact", sender=1, fam=["left company"]),
    R("V7244", at("V7244", 7, 22, "09:30"),
      "Oi, eu sou da produção, não do financeiro. Manda pro financeiro@arraianordeste.example. Thiago", "wrong_contact",
      sender=2, fam=["wrong person"]),
    # ---------------------------------------------------------------- outros
    R("V7242", at("V7242", 6, 3, "09:00"),
      "Recebido, obrigada.", "other", sender=1, fam=["no-action"]),
    R("V7244", at("V7244", 6, 8, "11:00"),
      "Oi, vocês aceitam boleto? Pix internacional aqui não dá. Gabriela", "other", sender=1,
      human=["payment method question"], fam=["boleto"]),
    R("V7243", at("V7243", 7, 2, "11:00"),
      "Bom dia, o IBAN que nos mandaram agora é diferente do anterior. Podem confirmar por telefone? Joaquim", "other",
      sender=1, human=["bank-detail confirmation"], fam=["fraud check"]),
]
