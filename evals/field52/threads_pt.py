"""Portuguese replies (field52): an Olinda frevo and maracatu costume atelier (strategic), an Ovar carnival costume
maker on a plan and a Maputo seafood trader."""

from evals.field.build import Payment, Reply
from evals.field52.kit import AUTO, BR, MZ, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK52-021", "W5223", "2028-02-24", "2480.00", "BRL", "PIX ATELIE FREVO MARACATU LTDA AFM-PC-0093"),
    P("BK52-022", "W5224", "2028-02-25", "900.00", "EUR", "CARNAVAL OVAR CONFECOES PRESTACAO FEV"),
    P("BK52-023", "W5225", "2028-02-29", "7752.00", "USD", "MARISCO DO INDICO LDA INV98049"),
]

REPLIES = [
    # --- Ateliê Frevo e Maracatu (Olinda, strategic)
    R("W5223", at(21, "09:10", BR), "Bom dia! Estamos na reta final para o Carnaval de Olinda. O pagamento da NF 98045 sai na quinta-feira, 2 de março, depois da Quarta-feira de Cinzas.", "promise_to_pay", date="2028-03-02", inv=["98045"], fam=["carnival-distractor", "weekday-date"]),
    R("W5223", at(22, "14:30", BR), "Pagamos a 98046 via Pix agora há pouco. Segue comprovante.", "already_paid", inv=["98046"], attachments=[("comprovante_pix.pdf", "application/pdf", "Comprovante Pix R$ 2.480,00 Ateliê Frevo e Maracatu Ltda")], fam=["pix", "comprovante"]),
    R("W5223", at(23, "11:00", BR), "Prezados, favor emitir a fatura com o CNPJ da nova matriz, 48.221.905/0001-63, e o pedido AFM-PC-0101. A antiga foi cancelada.", "po_change", fam=["cnpj", "new-po"], sender=0),
    R("W5223", at(24, "16:15", BR), "As sombrinhas de frevo da 98045 vieram com o tecido desbotado. Contestamos 30 unidades e pedimos abatimento.", "dispute", inv=["98045"], fam=["faded", "abatimento"]),
    R("W5223", at(25, "10:20", BR), "Estarei ausente de 25/02 a 01/03 (Carnaval). Retorno na quinta-feira, 02/03. Em caso de urgência, financeiro@ateliefrevo.example.", "out_of_office", headers=AUTO, sender=1, fam=["auto-absence", "carnival"]),
    R("W5223", at(28, "12:45", BR), "Oi, aqui é do ateliê de costura, esse e-mail caiu aqui por engano. Repassei pra Carla.", "wrong_contact", sender="costura@ateliefrevo.example", fam=["seamstress"]),
    R("W5223", at(29, "08:40", BR), "O pagamento fica para o dia 10/03, junto com o repasse da Prefeitura de Olinda.", "promise_to_pay", date="2028-03-10", human=["conditional"], fam=["day-first", "condition", "city-funds"]),
    R("W5223", at(26, "15:00", BR), "Vocês podem mandar o boleto de novo? O que veio está vencido e o banco não aceita.", "invoice_resend", fam=["boleto", "expired"]),
    R("W5223", at(22, "19:30", BR), "Pagamos em 15 dias.", "promise_to_pay", date="2028-03-08", fam=["quinze-dias", "terse"]),
    R("W5223", at(23, "20:10", BR), "Recebemos um e-mail dizendo que a chave Pix de vocês mudou. Isso procede? Não vamos pagar até confirmar por telefone.", "other", human=["fraud worry"], fam=["fraud", "pix-key"]),
    R("W5223", at(24, "09:00", BR), "Conseguimos parcelar o saldo em 4x? Primeira parcela em 20/03.", "payment_plan_request", date="2028-03-20", fam=["parcelar", "day-first"]),
    R("W5223", at(21, "00:00", BR), "Não foi possível entregar a mensagem para c.albuquerque@ateliefrevo.example. Caixa postal cheia.", "bounce", sender="mailer-daemon@ateliefrevo.example", dsn=("c.albuquerque@ateliefrevo.example", "4.2.2"), quote="none", fam=["dsn", "mailbox-full"]),
    # --- Carnaval de Ovar - Confeções (payment plan)
    R("W5224", at(21, "10:00", PT), "Bom dia, a prestação de fevereiro (900 €) será paga na sexta-feira, dia 25.", "promise_to_pay", date="2028-02-25", amount="900.00", fam=["plan-instalment", "weekday-ordinal"]),
    R("W5224", at(22, "15:40", PT), "Com o Carnaval de Ovar à porta estamos sem mãos a medir. Podemos adiar a prestação de março para 15 de abril?", "payment_plan_request", date="2028-04-15", fam=["plan-change", "carnival"]),
    R("W5224", at(23, "09:30", PT), "A prestação foi transferida hoje. Segue comprovativo.", "already_paid", human=["partial"], fam=["comprovativo", "plan-instalment"]),
    R("W5224", at(24, "14:10", PT), "A fatura 98048 não tem o nosso NIF correto (509 774 120). Podem emitir nova?", "po_change", inv=["98048"], fam=["nif"]),
    R("W5224", at(25, "11:50", PT), "Encerrados de 26 de fevereiro a 1 de março (Carnaval). Respondemos a partir de quinta, dia 2.", "out_of_office", headers=AUTO, fam=["auto-absence", "carnival"]),
    R("W5224", at(28, "09:15", PT), "Pagamos a 98048 no fim do mês, isto é, amanhã, dia 29.", "promise_to_pay", date="2028-02-29", inv=["98048"], fam=["month-end", "leap-day"]),
    R("W5224", at(29, "16:30", PT), "Os tecidos lamé da 98047 vieram com defeito; já reclamámos em janeiro. Não aceitamos os juros de mora.", "dispute", inv=["98047"], fam=["defect", "late-interest"]),
    R("W5224", at(26, "10:40", PT), "Podem enviar o plano de pagamentos atualizado com o que já foi pago?", "invoice_resend", fam=["plan-schedule"]),
    R("W5224", at(22, "08:00", PT), "Sou a costureira, o senhor Nuno é que trata das contas.", "wrong_contact", sender="oficina@carnavalovar.example", fam=["seamstress"]),
    R("W5224", at(27, "18:30", PT), "Vamos liquidar tudo daqui a quinze dias, depois de recebermos da Câmara pelo desfile.", "promise_to_pay", date="2028-03-13", human=["conditional"], fam=["daqui-a-quinze-dias", "condition"]),
    # --- Marisco do Índico (Maputo)
    R("W5225", at(21, "08:50", MZ), "Bom dia, a transferência da 98049 será feita no dia 29 de Fevereiro, via Millennium bim.", "promise_to_pay", date="2028-02-29", inv=["98049"], fam=["leap-day", "mozambican"]),
    R("W5225", at(22, "13:20", MZ), "Estamos com dificuldades em obter divisas junto do banco. Pagaremos logo que o Banco de Moçambique aprovar a operação.", "promise_to_pay", human=["conditional"], fam=["fx-approval", "condition"]),
    R("W5225", at(23, "10:45", MZ), "As caixas isotérmicas da factura 98050 chegaram com 12 unidades a menos. Pedimos nota de crédito.", "dispute", inv=["98050"], fam=["short-delivery"]),
    R("W5225", at(24, "15:00", MZ), "Para efectuar a transferência o banco exige a factura original carimbada e o DU. Podem enviar?", "other", human=["bank documents"], fam=["bank-documents", "du"]),
    R("W5225", at(25, "09:30", MZ), "O Ernesto está em missão na Beira até 7 de Março.", "out_of_office", sender=0, fam=["typed-absence"]),
    R("W5225", at(28, "11:10", MZ), "Pagamos a 98050 na próxima semana, terça-feira.", "promise_to_pay", date="2028-03-07", inv=["98050"], fam=["next-week-weekday"]),
    R("W5225", at(29, "14:40", MZ), "A transferência de USD 7.752 foi feita hoje. O banco cobrou a comissão de 28 USD.", "already_paid", inv=["98049"], fam=["bank-commission", "short"]),
    R("W5225", at(26, "12:00", MZ), "Por favor reenviem a factura 98049, a cópia que temos está ilegível.", "invoice_resend", inv=["98049"], fam=["illegible"]),
    R("W5225", at(27, "16:20", MZ), "Sou o motorista da empresa, não trato de pagamentos.", "wrong_contact", sender="logistica@mariscoindico.example", fam=["driver"]),
    R("W5225", at(21, "00:00", MZ), "Falha na entrega: contabilidade@mariscoindico.example não existe.", "bounce", sender="postmaster@mariscoindico.example", dsn=("contabilidade@mariscoindico.example", "5.1.1"), quote="none", fam=["dsn", "user-unknown"]),
    R("W5225", at(22, "17:30", MZ), "Obrigado, recebido.", "other", fam=["no-action", "terse"]),
    R("W5223", at(27, "10:10", BR), "Após a fusão com a Folia Pernambucana S.A., a partir de 1º de março os pagamentos serão feitos pela nova empresa. Favor aguardar o cadastro de fornecedor no portal Ariba.", "po_change", fam=["merger", "ariba"], sender=0),
    R("W5224", at(21, "17:15", PT), "Pagamos na segunda que vem, dia 28.", "promise_to_pay", date="2028-02-28", fam=["next-monday", "ordinal"]),
    R("W5225", at(24, "18:05", MZ), "Podemos pagar em duas prestações, metade a 15 de Março e metade a 15 de Abril?", "payment_plan_request", date="2028-03-15", fam=["two-instalments"]),
]
