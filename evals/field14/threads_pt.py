"""Portuguese replies (PT, BR): nota de encomenda, NIF e nova denominação, CNPJ e nota fiscal, centro de custo;
contestações educadas (quantidade segundo a guia de remessa, preço orçamentado, taxas), ironia; plano de pagamento
contra pagamento parcial e parcela de um acordo em curso; contacto errado, aquisição; certidões, recuperação judicial."""

from evals.field14.kit import AUTO, EOM, Kit, nwk, nxt, on, plus  # noqa: F401

k = Kit("PT")
P, R = k.paid, k.r

# po_change
R("T1461", 23, "Bom dia, podem colocar o número da nossa nota de encomenda NE-2026/241 na fatura 14611 e reenviar? O nosso contabilista não a aceita sem ele. Obrigada, Ana", "po_change", inv=["14611"], fam=["po-change", "add-po", "polite"])
R("T1462", 24, "Boa tarde. O CNPJ na fatura está errado, o correto é 12.345.678/0002-90 (filial Caxias do Sul). Por favor emitam novamente com o pedido CSG-PC-7714.", "po_change", fam=["po-change", "cnpj", "copy-with-correction", "pt-BR", "flag-payment-plan"])
R("T1461", 25, "A partir de novembro a livraria passou a ser Tinta Azul - Livros e Papelaria, Unipessoal Lda, NIF 516 882 410. Agradeço que a fatura seja emitida com os novos dados.", "po_change", sender=0, fam=["po-change", "new-entity", "nif"])
R("T1462", 26, "O pedido CSG-PC-7714 foi encerrado. Favor refaturar no pedido novo CSG-PC-7790, centro de custo 4102.", "po_change", sender=0, fam=["po-change", "closed-po", "cost-centre", "pt-BR", "flag-payment-plan"])
R("T1461", 27, "Por favor enviem as faturas daqui em diante para faturas@tinta-azul.example, é lá que a contabilidade as recebe.", "po_change", fam=["po-change", "invoice-mailbox", "vs-wrong-contact"])

# dispute
R("T1461", 24, "Bom dia, a quantidade na fatura 14611 não corresponde à guia de remessa: recebemos 12 estantes e estão faturadas 15. Podem verificar, por favor?", "dispute", inv=["14611"], fam=["dispute", "quantity", "delivery-note", "polite"])
R("T1462", 23, "Prezados, no orçamento ORC-3381 o valor da hora técnica era 48 USD e a fatura cobra 60 USD. Solicitamos a emissão de nota de crédito pela diferença.", "dispute", fam=["dispute", "quoted-rate", "polite", "pt-BR", "flag-payment-plan"])
R("T1461", 26, "Que simpático receber um lembrete pelas estantes que chegaram riscadas e que ninguém veio buscar. Só pagamos quando forem substituídas.", "dispute", fam=["dispute", "quality", "sarcasm"])
R("T1461", 23, "A 14612 cobra portes de envio, mas fomos nós que levantámos a mercadoria no vosso armazém. Por favor retirem.", "dispute", inv=["14612"], sender=0, fam=["dispute", "freight"])
R("T1462", 25, "A fatura inclui uma taxa de deslocamento de 350 USD que não consta do contrato. Pedimos o cancelamento dessa taxa; o restante pagaremos na sexta-feira.", "dispute", sec=["promise_to_pay"], date=nxt(25, "fri"), human=["partial"], fam=["dispute", "fees", "plus-promise", "undisputed-part", "pt-BR", "flag-payment-plan"], note="the undisputed rest on Friday, no amount written")

# other
R("T1461", 23, "Recebido, obrigada.", "other", sender=0, fam=["other", "no-action", "acknowledgement"])
R("T1461", 24, "Para vos registar como fornecedor precisamos da certidão de não dívida às Finanças e à Segurança Social.", "other", sender=0, human=["supplier paperwork"], fam=["other", "tax-form", "certidao"])
R("T1462", 24, "Este e-mail é mesmo de vocês? Recebemos um boleto com a logo de vocês mas de outro banco. Favor confirmar por telefone antes de pagarmos.", "other", human=["fraud check"], fam=["other", "fraud-check", "boleto", "pt-BR", "flag-payment-plan"])
R("T1461", 26, "Muito obrigada pelo lembrete! Aceitam pagamento por MB Way? Seria mais prático para nós.", "other", human=["payment-method question"], fam=["other", "thank-you-that-asks", "payment-method"])
R("T1462", 27, "Comunicamos que a Climatização Serra Gaúcha Ltda teve o pedido de recuperação judicial deferido em 19/11/2026 pela Vara Regional Empresarial de Porto Alegre. Os créditos devem ser habilitados junto ao administrador judicial.", "other", sender=0, human=["insolvency"], fam=["other", "insolvency", "recuperacao-judicial", "pt-BR", "flag-payment-plan"])

# invoice_resend
R("T1461", 24, "Nunca recebemos a 14612, podem reenviar?", "invoice_resend", inv=["14612"], fam=["resend", "not-received", "vs-dispute"])
R("T1462", 25, "Favor reenviar o PDF e o XML da nota, não encontramos no nosso sistema.", "invoice_resend", sender=0, fam=["resend", "pdf-xml", "pt-BR", "flag-payment-plan"])
R("T1461", 26, "Podem enviar-me um extrato de conta corrente com o que está em aberto? É para o fecho do ano.", "invoice_resend", fam=["resend", "statement"])
R("T1461", 27, "Precisava de uma segunda via da 14611, sem alterações, para o banco.", "invoice_resend", inv=["14611"], sender=0, fam=["resend", "copy-no-change", "vs-po-change"])

# wrong_contact
R("T1461", 25, "A Ana Marques saiu da empresa em outubro. Para pagamentos contactem o Pedro Lopes, p.lopes@tinta-azul.example.", "wrong_contact", sender=0, fam=["wrong-contact", "left-company", "new-contact-named"])
R("T1462", 25, "Sou da área técnica, não cuido de pagamentos. Favor falar com o financeiro.", "wrong_contact", sender="tecnico@climaserra.example", fam=["wrong-contact", "not-my-department", "unknown-sender", "pt-BR", "flag-payment-plan"])
R("T1462", 26, "A Climatização Serra Gaúcha foi adquirida pelo Grupo Frio Sul em outubro. Não respondo mais pelas contas; favor contatar contas.pagar@friosul.example.", "wrong_contact", fam=["wrong-contact", "acquisition", "vs-po-change", "pt-BR", "flag-payment-plan"])
R("T1461", 27, "Acho que não sou a pessoa certa, eu só trato das encomendas de livros escolares.", "wrong_contact", sender="escolares@tinta-azul.example", fam=["wrong-contact", "not-my-department", "unknown-sender"])

# payment_plan_request
R("T1461", 23, "Seria possível pagar a 14611 em três prestações mensais? Dezembro é um mês difícil.", "payment_plan_request", inv=["14611"], fam=["plan", "instalments", "undated"])
R("T1462", 24, "Gostaríamos de incluir esta fatura no acordo atual e aumentar para oito parcelas. É possível?", "payment_plan_request", fam=["plan", "extend-existing", "vs-instalment", "pt-BR", "flag-payment-plan"])
R("T1461", 26, "Podemos pagar metade agora e a outra metade em janeiro?", "payment_plan_request", date=on(26), fam=["plan", "half-now", "question", "vs-promise"])
R("T1461", 27, "Propomos 300 € por mês a partir de 15 de dezembro, se concordarem.", "payment_plan_request", date="2026-12-15", amount="300.00", sender=0, fam=["plan", "monthly", "proposal"])

# promise_to_pay
R("T1461", 24, "Fazemos a transferência na sexta-feira. Cumprimentos, Ana", "promise_to_pay", date=nxt(24, "fri"), fam=["promise", "weekday", "terse"])
R("T1462", 24, "Conforme o acordo, a 3ª parcela (1.557,50 USD) será paga em 01/12.", "promise_to_pay", date="2026-12-01", amount="1557.50", fam=["promise", "instalment-existing-plan", "numeric-date", "pt-BR", "flag-payment-plan"])
R("T1461", 25, "Vamos pagar metade esta semana e o resto quando recebermos das escolas.", "promise_to_pay", date=nxt(25, "fri"), human=["partial", "conditional"], sender=0, fam=["promise", "half", "conditional", "eow"])
R("T1461", 26, "Vamos transferir mil euros amanhã e o restante depois do Natal.", "promise_to_pay", date=plus(26, 1), amount="1000.00", fam=["promise", "partial", "figure-in-words"])

# already_paid
P("T1461", 23, "Já pagámos na sexta passada, referência TA-2011.", ref="TA-2011", paid_on=20, fam=["paid", "past-tense", "reference"])
R("T1462", 24, "Já pagamos 3000 no dia 20, o saldo fica para depois da aprovação da diretoria.", "already_paid", sec=["promise_to_pay"], human=["amount differs from the open balance", "conditional"], fam=["paid", "part-paid", "figure-no-currency", "rest-conditional", "pt-BR", "flag-payment-plan"])
k.bank("T1462", 20, "3000.00", "CLIMATIZACAO SERRA GAUCHA")
R("T1461", 25, "Pagámos em outubro, verifiquem por favor.", "already_paid", human=["no matching payment"], sender=0, fam=["paid", "no-bank-line", "curt"])
P("T1461", 27, "A transferência foi feita ontem, segue o comprovativo.", paid_on=26, attachments=[("comprovativo.pdf", "application/pdf", "COMPROVATIVO DE TRANSFERÊNCIA\nOrdenante: Livraria Tinta Azul Lda\nBeneficiário: Northwind Supplies GmbH\nMontante: 2.110,00 EUR\nData: 26/11/2026")], fam=["paid", "yesterday", "proof-attached"])

# out_of_office
R("T1461", 24, "Estou ausente do escritório até 1 de dezembro, com acesso limitado ao e-mail.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas", quote="none", hm="09:06", fam=["ooo", "auto", "within-14"])
R("T1462", 25, "Estou de férias até 11/01/2027. Assuntos urgentes: financeiro@climaserra.example.", "out_of_office", headers=AUTO, subject="Ausente", quote="none", hm="05:06", human=["away more than 14 days"], fam=["ooo", "auto", "over-14", "pt-BR", "flag-payment-plan"])

# bounce
R("T1461", 25, "Esta é uma mensagem automática do servidor de correio.\n\nNão foi possível entregar a sua mensagem ao destinatário:\n\n<a.marques@tinta-azul.example>: 550 5.1.1 Utilizador desconhecido", "bounce", sender="MAILER-DAEMON@mail.tinta-azul.example", subject="Mensagem não entregue", dsn=("a.marques@tinta-azul.example", "5.1.1"), hm="09:06", lang="pt", fam=["bounce", "pt-dsn", "unknown-user"])
R("T1462", 26, "Falha na entrega para os seguintes destinatários:\n\ng.pereira@climaserra.example\nA caixa de correio do destinatário está cheia.\n\n552 5.2.2 Caixa cheia", "bounce", sender="postmaster@climaserra.example", subject="Não é possível entregar: Lembrete: faturas vencidas", dsn=("g.pereira@climaserra.example", "5.2.2"), hm="05:06", lang="pt", fam=["bounce", "pt-dsn", "mailbox-full", "flag-payment-plan"])

REPLIES = k.replies
PAYMENTS = k.payments
