"""Portuguese replies (field6, hand-written): an optician in Portugal, a Brazilian bakery, an event agency on a legal
flag, a clinical lab, a Douro farmers' cooperative and a Lisbon taxi firm."""

from evals.field6.build import Payment as P
from evals.field6.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK6-0601", "L671", "2026-11-23", "1860.00", "EUR", "OTICA OLHAR CERTO 06711 06712"),
    P("BK6-0602", "L672", "2026-11-20", "2190.00", "USD", "PIX E3F9A2C71 PADARIA PAO QUENTE"),
    P("BK6-0603", "L674", "2026-11-24", "5260.00", "EUR", "LAB ANALISES ATLANTICO LAA-NE-2026-118"),
]

REPLIES = [
    # ---- promessas
    R("L671", "2026-11-17T19:00:00+00:00", "Boa tarde, pagamos na sexta. Joana", "promise_to_pay", date="2026-11-20", fam=["date:bare-weekday", "setting:optician"], sender=1, quote="none"),
    R("L671", "2026-11-24T10:00:00+00:00", "Bom dia,\nO pagamento será feito a 03/12.\nCumprimentos\nÓtica Olhar Certo", "promise_to_pay", date="2026-12-03", fam=["date:numeric-dm"], sender=0),
    R("L671", "2026-11-26T12:00:00+00:00", "Olá, fica para a próxima quinta-feira. Joana Ferreira", "promise_to_pay", date="2026-12-03", fam=["date:next-weekday"], sender=1),
    R("L671", "2026-11-20T11:00:00+00:00", "Bom dia, o pagamento segue no início do próximo mês. Joana", "promise_to_pay", date="2026-12-01", fam=["date:start-of-next-month"], sender=1),
    R("L672", "2026-11-19T08:00:00-03:00", "Bom dia, pago na segunda, dia 23. Roberto", "promise_to_pay", date="2026-11-23", fam=["date:weekday-day", "locale:pt-BR", "setting:bakery"], sender=1, quote="none"),
    R("L672", "2026-11-25T22:30:00-03:00", "Amanhã cedo faço o pagamento. Roberto", "promise_to_pay", date="2026-11-26", fam=["date:tomorrow", "tz:late-evening-west", "locale:pt-BR"], sender=1, quote="none"),
    R("L672", "2026-11-17T09:00:00-03:00", "Bom dia, vamos pagar assim que o cliente do bufê pagar a gente. Financeiro", "promise_to_pay", human=["conditional"], fam=["promise:conditional-undated", "locale:pt-BR"], sender=0),
    R("L673", "2026-11-18T14:00:00-03:00", "Prezados, o pagamento será efetuado até o dia 10/12, no máximo. Paula Santos", "promise_to_pay", date="2026-12-10", fam=["date:deadline", "flag:legal", "setting:event-agency"], sender=1),
    R("L674", "2026-11-18T10:00:00+00:00", "Bom dia, o pagamento será efetuado no fim do mês. Hugo Matos", "promise_to_pay", date="2026-11-30", fam=["date:end-of-month", "setting:lab"], sender=1),
    R("L674", "2026-11-25T15:00:00+00:00", "Boa tarde, liquidamos daqui a 15 dias. Contabilidade", "promise_to_pay", date="2026-12-10", fam=["date:daqui-a-15-dias"], sender=0),
    R("L675", "2026-11-16T09:00:00+00:00", "Bom dia, a direção reúne a 26 de novembro; o pagamento segue a 27. António Pereira, tesoureiro", "promise_to_pay", date="2026-11-27",
      fam=["date:meeting-before-payment", "setting:farm-coop"], sender=1),
    R("L675", "2026-11-23T10:00:00+00:00", "Bom dia, estava previsto para dia 30, mas passa para dia 9 de dezembro. Tesouraria", "promise_to_pay", date="2026-12-09", fam=["date:moved", "setting:farm-coop"], sender=0),
    R("L675", "2026-11-27T11:00:00+00:00", "Bom dia, pagamos hoje 2.000 € e o restante quando recebermos do IFAP. António Pereira", "promise_to_pay", date="2026-11-27", amount="2000.00", human=["partial", "conditional"],
      fam=["promise:partial", "promise:conditional"], sender=1),
    R("L676", "2026-11-19T10:00:00+00:00", "Bom dia, pagamos na semana que vem. Carla Rocha", "promise_to_pay", date="2026-11-27", fam=["date:next-week", "setting:taxi"], sender=1),
    R("L676", "2026-11-25T16:00:00+00:00", "Boa tarde, fica pago até ao final da semana. Escritório", "promise_to_pay", date="2026-11-27", fam=["date:eow"], sender=0),
    R("L676", "2026-11-17T10:00:00+00:00", "Bom dia, o pagamento será feito dentro de 3 dias úteis. Carla Rocha, contabilista", "promise_to_pay", date="2026-11-20", fam=["date:working-days", "writer:bookkeeper"], sender=1),
    # ---- já pago
    R("L671", "2026-11-24T09:00:00+00:00", "Bom dia, pago ontem, as duas. Geral", "already_paid", fam=["paid:matched"], sender=0, quote="none"),
    R("L672", "2026-11-23T09:00:00-03:00", "Bom dia, fiz o Pix na sexta, ID E3F9A2C71. Roberto", "already_paid", ref="E3F9A2C71", fam=["paid:pix", "locale:pt-BR"], sender=1),
    R("L674", "2026-11-25T10:00:00+00:00", "Bom dia, a transferência foi efetuada ontem. Contabilidade", "already_paid", fam=["paid:matched", "setting:lab"], sender=0),
    R("L676", "2026-11-20T10:00:00+00:00", "Bom dia, pagámos 1.420 € a 2/11. Verifiquem por favor. Carla", "already_paid", human=["no matching payment"], fam=["paid:no-bank-line"], sender=1),
    # ---- litígios, cópias, alterações, planos
    R("L673", "2026-11-20T11:00:00-03:00", "Prezados, o valor cobrado não corresponde ao orçamento aprovado (R$ vs US$). Nosso jurídico vai notificá-los. Paula Santos", "dispute", fam=["dispute:legal-threat", "flag:legal"], sender=1),
    R("L675", "2026-11-24T10:00:00+00:00", "Bom dia, faturaram IVA à taxa normal, mas estes fatores de produção agrícola levam taxa intermédia. Queiram emitir nota de crédito. Tesouraria", "dispute", fam=["dispute:vat-rate", "setting:farm-coop"], sender=0),
    R("L674", "2026-11-19T10:00:00+00:00", "Bom dia, podem reenviar a fatura 06741? Não a encontramos. Contabilidade", "invoice_resend", inv=["06741"], fam=["resend:copy"], sender=0),
    R("L676", "2026-11-24T10:00:00+00:00", "Bom dia, podem enviar-nos um extrato de conta corrente? Carla", "invoice_resend", fam=["resend:statement"], sender=1),
    R("L672", "2026-11-20T10:00:00-03:00", "Bom dia, nosso CNPJ mudou após a incorporação (novo: 12.345.678/0001-90). Favor emitir a fatura no novo CNPJ. Financeiro", "po_change", fam=["po:cnpj", "locale:pt-BR"], sender=0),
    R("L674", "2026-11-23T11:00:00+00:00", "Bom dia, a fatura tem de indicar o número de compromisso LAA-NE-2026-118, caso contrário não a podemos lançar. Queiram reemitir. Hugo Matos", "po_change", fam=["po:add-po", "setting:lab"], sender=1),
    R("L676", "2026-11-26T10:00:00+00:00", "Bom dia, é possível pagar em 3 prestações? Carla", "payment_plan_request", fam=["plan:instalments"], sender=1),
    R("L672", "2026-11-24T09:00:00-03:00", "Bom dia, podemos pagar US$ 730 no dia 15/12 e o restante em duas parcelas em janeiro e fevereiro? Roberto", "payment_plan_request", date="2026-12-15", amount="730.00",
      fam=["plan:proposal-dated", "locale:pt-BR"], sender=1),
    # ---- ausências, devoluções, contacto, outros
    R("L675", "2026-11-18T09:06:00+00:00", "Obrigado pela sua mensagem. Estarei ausente até 25 de novembro.", "out_of_office", subject="Resposta automática: Lembrete: faturas vencidas",
      headers=MS_AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("L673", "2026-11-23T09:06:00-03:00", "Estou de férias até 15/01/2027. Assuntos financeiros: financeiro@festaviva.example.", "out_of_office", human=["absence longer than 14 days"], subject="Resposta automática",
      headers=AUTO, fam=["ooo:long", "flag:legal"], sender=1, quote="none"),
    R("L671", "2026-11-19T09:06:00+00:00", "Não foi possível entregar a mensagem a j.ferreira@olharcerto.example.\n\n550 5.1.1 Utilizador desconhecido", "bounce", sender="postmaster@olharcerto.example",
      subject="Não entregue: Lembrete: faturas vencidas", dsn=("j.ferreira@olharcerto.example", "5.1.1"), fam=["bounce:portuguese"], gap_days=0),
    R("L676", "2026-11-23T09:06:00+00:00", "Mensagem não entregue.\n\nDestinatário: c.rocha@taxislisboa.example\nMotivo: 552 5.2.2 Caixa de correio cheia", "bounce", sender="mailer-daemon@mx.taxislisboa.example",
      subject="Falha na entrega", dsn=("c.rocha@taxislisboa.example", "5.2.2"), fam=["bounce:mailbox-full"], gap_days=0),
    R("L675", "2026-11-26T10:00:00+00:00", "Bom dia, deixei de ser tesoureiro. A contabilidade da cooperativa é agora feita pela Contas Certas: douro@contascertas.example. António", "wrong_contact",
      fam=["wc:new-contact-other-domain", "setting:farm-coop"], sender=1),
    R("L672", "2026-11-26T09:00:00-03:00", "Oi, o Roberto vendeu a padaria. Os novos donos são da Delícias do Sul, falem com financeiro@deliciasdosul.example. Luana", "wrong_contact", fam=["wc:business-sold"],
      sender="luana@paoquente.example"),
    R("L676", "2026-11-18T11:00:00+00:00", "Bom dia, para não retermos IRS precisamos do vosso certificado de residência fiscal (modelo 21-RFI). Carla", "other", human=["tax form"], fam=["other:tax-form"], sender=1),
    R("L674", "2026-11-27T10:00:00+00:00", "Recebido, obrigado.", "other", fam=["other:ack", "no-action"], sender=0, quote="none"),
]
