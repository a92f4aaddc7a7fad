"""Portuguese replies (field5, hand-written): a Brazilian vet clinic, a craft brewery run by a couple, a car dealer on a
payment plan, and in Portugal an architects' studio, a Catholic school and a print shop."""

from evals.field5.build import Payment as P
from evals.field5.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK5-0501", "K571", "2026-11-19", "2640.00", "USD", "SWIFT CLINICA VETERINARIA BICHO FELIZ"),
    P("BK5-0502", "K572", "2026-11-13", "5290.00", "USD", "CERVEJARIA SERRA AZUL LTDA"),
    P("BK5-0503", "K573", "2026-11-24", "5120.00", "EUR", "TRF-NR-881203 NUNES REIS ARQUITETOS"),
    P("BK5-0504", "K576", "2026-11-18", "1850.00", "EUR", "GRAFICA TIPO CERTO"),
]

COMPROVATIVO = "Comprovativo de transferência\nOrdenante: Nunes & Reis Arquitetos Lda\nBeneficiário: Northwind Supplies GmbH\nMontante: 5.120,00 EUR\nData: 24/11/2026\nReferência: TRF-NR-881203"

REPLIES = [
    # ---- promessas
    R("K571", "2026-11-17T14:00:00-03:00", "Oi, aqui é a Camila da recepção. A doutora pediu pra avisar que paga na sex. Obrigada!", "promise_to_pay", date="2026-11-20",
      fam=["date:abbrev-weekday", "voice:receptionist", "locale:pt-BR", "setting:veterinary"], sender=1),
    R("K571", "2026-11-24T10:30:00-03:00", "Bom dia, pagamos dia 30/11. Att, Financeiro", "promise_to_pay", date="2026-11-30", fam=["date:numeric-dm", "locale:pt-BR"], sender=0),
    R("K571", "2026-11-26T23:50:00-03:00", "desculpa a hora, amanhã cedo eu pago. Camila", "promise_to_pay", date="2026-11-27", fam=["date:tomorrow-late-night", "locale:pt-BR"], sender=1, quote="none"),
    R("K572", "2026-11-16T20:00:00-03:00", "Oi, eu cuido do financeiro da cervejaria junto com meu marido. Vamos pagar as duas na próxima sexta-feira. Abraço, Luciana", "promise_to_pay",
      date="2026-11-27", fam=["date:next-weekday", "writer:spouse-books", "locale:pt-BR", "setting:brewery"], sender=2),
    R("K572", "2026-11-24T11:00:00-03:00", "Bom dia, o pagamento sai no final da semana que vem. Thiago", "promise_to_pay", date="2026-12-04", fam=["date:end-next-week", "locale:pt-BR"], sender=1),
    R("K572", "2026-11-25T15:30:00-03:00", "Vamos pagar US$ 910 hoje e o resto dia 10/12. Luciana", "promise_to_pay", date="2026-11-25", amount="910.00", fam=["promise:partial", "writer:spouse-books"], sender=2),
    R("K573", "2026-11-20T10:00:00+00:00", "Bom dia,\n\nO pagamento será efetuado até ao dia 4 de dezembro.\n\nCom os melhores cumprimentos,\nInês Reis\nNunes & Reis Arquitetos", "promise_to_pay",
      date="2026-12-04", fam=["date:day-month", "setting:architects"], sender=1),
    R("K573", "2026-11-18T16:00:00+00:00", "Boa tarde, liquidamos daqui a 15 dias: é a data em que o cliente da obra de Cascais nos paga a tranche já faturada. Cumprimentos, Inês", "promise_to_pay",
      date="2026-12-03", fam=["date:daqui-a-15-dias", "date:stated-reason"], sender=1, note="the client's tranche is the reason, the date is stated"),
    R("K574", "2026-11-24T11:30:00+00:00", "Exmos. Senhores,\n\nA fatura será aprovada na reunião do conselho administrativo de 1 de dezembro e a transferência será feita no dia 2.\n\nCom os melhores cumprimentos,\nManuela Pinto\nEcónoma",
      "promise_to_pay", date="2026-12-02", fam=["date:meeting-before-payment", "setting:school"], sender=1),
    R("K574", "2026-11-23T09:45:00+00:00", "Bom dia, pagaremos no início do próximo mês. Tesouraria do Colégio", "promise_to_pay", date="2026-12-01", fam=["date:start-next-month", "setting:school"], sender=0),
    R("K575", "2026-11-25T09:00:00-03:00", "Bom dia, conforme acordo, a parcela 2 de 3 (US$ 2.313,33) será paga em 05/12.\nGustavo Martins\nController", "promise_to_pay", date="2026-12-05",
      amount="2313.33", fam=["promise:instalment-existing-plan", "writer:controller", "setting:car-dealer"], sender=1),
    R("K575", "2026-11-18T17:20:00-03:00", "Pagamos até sexta. Contabilidade Auto Minas", "promise_to_pay", date="2026-11-20", fam=["date:bare-weekday", "locale:pt-BR"], sender=0),
    R("K576", "2026-11-19T12:00:00+00:00", "Bom dia, pagamos na 2.ª feira. Rui Sousa", "promise_to_pay", date="2026-11-23", fam=["date:abbrev-weekday-pt-ordinal", "setting:printer"], sender=1),
    R("K576", "2026-11-25T15:00:00+00:00", "Boa tarde, pagamos assim que a câmara municipal nos pagar os cartazes. Cumprimentos, Contabilidade", "promise_to_pay", human=["conditional"],
      fam=["promise:conditional", "setting:printer"], sender=0),
    # ---- já pago
    R("K571", "2026-11-20T09:00:00-03:00", "Bom dia, a transferência internacional foi feita ontem. Qualquer coisa avisa. Camila", "already_paid", fam=["paid:no-ref", "locale:pt-BR"], sender=1),
    R("K572", "2026-11-17T10:00:00-03:00", "Oi, já pagamos as duas no dia 13/11. Confere aí por favor. Luciana", "already_paid", fam=["paid:by-date", "writer:spouse-books"], sender=2),
    R("K573", "2026-11-25T09:30:00+00:00", "Pago. Segue comprovativo.\nInês", "already_paid", ref="TRF-NR-881203", attachments=[("comprovativo.pdf", "application/pdf", COMPROVATIVO)],
      fam=["paid:remittance-attachment"], sender=1),
    R("K574", "2026-11-19T10:00:00+00:00", "Exmos. Senhores, a fatura já foi paga a 10 de novembro. Agradecemos que verifiquem. Tesouraria", "already_paid", human=["no matching payment"],
      fam=["paid:no-bank-line", "setting:school"], sender=0),
    R("K576", "2026-11-20T11:00:00+00:00", "Bom dia, pagámos 1.850 € no dia 18, descontámos a comissão bancária da transferência. Rui", "already_paid", human=["amount differs from the open balance"],
      fam=["paid:short-bank-charges"], sender=1),
    # ---- disputas, cópias, alterações, planos
    R("K574", "2026-11-17T11:00:00+00:00", "Exmos. Senhores,\n\nO Colégio está isento de IVA nos termos do art. 9.º do CIVA. Solicitamos a reemissão da fatura 95741 sem IVA.\n\nTesouraria", "dispute", inv=["95741"],
      fam=["dispute:tax-exempt-reissue", "setting:school"], sender=0),
    R("K572", "2026-11-19T18:00:00-03:00", "Oi, os barris da 95722 chegaram amassados, dois vazando. Não vamos pagar essa até chegar a nota de crédito. Thiago", "dispute", inv=["95722"],
      fam=["dispute:goods-damaged", "setting:brewery"], sender=1),
    R("K576", "2026-11-17T10:00:00+00:00", "Bom dia, não recebemos esta fatura. Podem reenviar? Obrigado", "invoice_resend", fam=["resend:never-received"], sender=0),
    R("K575", "2026-11-23T14:00:00-03:00", "Boa tarde, podem mandar o extrato de conta atualizado com as parcelas? Gustavo", "invoice_resend", fam=["resend:statement"], sender=1),
    R("K572", "2026-11-26T10:00:00-03:00", "Bom dia, mudamos de endereço e de CNPJ (agora 48.221.907/0001-35, Serra Azul Bebidas Ltda). Por favor reemitam as faturas com os dados novos. Thiago",
      "po_change", fam=["po:company-name", "locale:pt-BR"], sender=1),
    R("K574", "2026-11-20T12:00:00+00:00", "Bom dia, a fatura 95741 tem de indicar o número de compromisso CNSL-REQ-2026-91 e não o 87. Sem isso não podemos processar. Tesouraria", "po_change", inv=["95741"],
      fam=["po:wrong-po", "setting:school"], sender=0),
    R("K576", "2026-11-26T16:00:00+00:00", "Boa tarde, podemos pagar em 3 prestações? O fim de ano está difícil. Rui", "payment_plan_request", fam=["plan:instalments"], sender=1),
    R("K571", "2026-11-25T19:00:00-03:00", "Oi, dá pra parcelar em 4x? A clínica tá apertada esse mês. Camila", "payment_plan_request", fam=["plan:instalments", "locale:pt-BR"], sender=1),
    # ---- ausências, devoluções, contacto errado, outros
    R("K573", "2026-11-23T09:06:00+00:00", "Estou de férias até 4 de janeiro, com acesso limitado ao email. Para assuntos urgentes contacte geral@nunesreis-arq.example.", "out_of_office",
      human=["absence longer than 14 days"], subject="Resposta automática: Lembrete: faturas vencidas – Nunes & Reis Arquitetos Lda", headers=MS_AUTO, fam=["ooo:long"], sender=1, quote="none"),
    R("K574", "2026-11-23T09:06:00+00:00", "Estarei ausente até 27 de novembro. Responderei à sua mensagem logo que regresse.", "out_of_office",
      subject="Ausente: Lembrete: faturas vencidas – Colégio Nossa Senhora da Luz", headers=AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("K576", "2026-11-16T09:06:00+00:00", "Não foi possível entregar a mensagem a estes destinatários ou grupos:\n\nr.sousa@tipocerto-grafica.example\nO endereço de email que introduziu não foi encontrado.\n\n550 5.1.1 Utilizador desconhecido",
      "bounce", sender="postmaster@tipocerto-grafica.example", subject="Não é possível entregar: Lembrete: faturas vencidas – Gráfica Tipo Certo Lda", dsn=("r.sousa@tipocerto-grafica.example", "5.1.1"),
      fam=["bounce:exchange-portuguese"], gap_days=0),
    R("K572", "2026-11-18T09:06:00-03:00", "Mensagem não entregue.\n\nSua mensagem para t.costa@serraazul-cerveja.example não pôde ser entregue: caixa postal cheia (552 5.2.2).", "bounce",
      sender="mailer-daemon@mx.serraazul-cerveja.example", subject="Mensagem não entregue", dsn=("t.costa@serraazul-cerveja.example", "5.2.2"), fam=["bounce:brazilian-hoster"], gap_days=0),
    R("K575", "2026-11-26T10:00:00-03:00", "Bom dia, o Gustavo saiu da empresa semana passada. Favor mandar para contabilidade@autominas.example. Obrigada, Renata", "wrong_contact",
      fam=["wc:person-left", "locale:pt-BR"], sender="renata@autominas.example"),
    R("K576", "2026-11-24T09:06:00+00:00", "Esta caixa de correio já não é monitorizada. Por favor envie a sua mensagem para contabilidade@tipocerto-grafica.example.", "wrong_contact",
      subject="Resposta automática: Lembrete: faturas vencidas – Gráfica Tipo Certo Lda", headers=AUTO, fam=["wc:mailbox-unmonitored"], sender=1, quote="none"),
    R("K573", "2026-11-26T12:00:00+00:00", "Obrigada, recebido.", "other", fam=["other:ack", "no-action"], sender=1, quote="none"),
    R("K575", "2026-11-24T11:00:00-03:00", "Boa tarde, esse lembrete é verdadeiro? Recebemos um boleto em nome de vocês com outra conta bancária. Gustavo", "other", human=["fraud check"],
      fam=["other:fraud-check", "locale:pt-BR"], sender=1),
    R("K571", "2026-11-21T10:00:00-03:00", "Oi, a contabilidade pediu um formulário W-8BEN-E de vocês para a remessa ao exterior. Conseguem mandar? Camila", "other", human=["tax form"],
      fam=["other:tax-form", "locale:pt-BR"], sender=1),
]
