"""Portuguese replies (field54): a ropemaker in Póvoa de Varzim, a farrier supplier in Campinas and a printmaking
atelier in Maputo, around Portugal's Republic Day, Mozambique's Peace Day, Aparecida and 'na quinzena que vem'."""

from evals.field.build import Payment, Reply
from evals.field54.kit import AUTO, BR, MZ, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK54-060", "T5461", "2027-09-30", "4530.00", "EUR", "CORDOARIA POVEIRA LDA FT 54039 54040"),
    P("BK54-061", "T5463", "2027-10-01", "1650.00", "USD", "ATELIER GRAVURA MAPUTO GRV1001"),
]

REPLIES = [
    # --- Cordoaria Poveira
    R("T5461", at(27, "10:00", PT), "Bom dia, o pagamento será feito na próxima sexta-feira.\nCumprimentos,\nJoana Marques", "promise_to_pay", date="2027-10-08", fam=["next-weekday"], sender=1),
    R("T5461", at(30, "15:00", PT), "Com o feriado de 5 de outubro, a transferência só sai na quarta-feira, dia 6.", "promise_to_pay", date="2027-10-06", fam=["holiday", "weekday-ordinal", "moved-date"], sender=1),
    R("T5461", at(34, "09:30", PT), "Amanhã é feriado (Implantação da República), pagamos depois de amanhã.", "promise_to_pay", date="2027-10-06", fam=["holiday", "day-after-tomorrow"], sender=1),
    R("T5461", at(36, "11:00", PT), "Pagamos os 640 € amanhã e o restante até ao final do mês.", "promise_to_pay", date="2027-10-07", amount="640.00", fam=["partial-amount", "two-dates"], sender=1),
    R("T5461", at(29, "17:30", PT), "Não conseguimos a 30 como pedem. Fica para dia 8.", "promise_to_pay", date="2027-10-08", fam=["rejected-date", "ordinal-alone"], sender=1),
    R("T5461", at(28, "12:00", PT), "Bom dia,\nA Dra. Joana está de férias esta semana, mas pediu para informar que o pagamento segue quinta-feira.\nAtenciosamente,\nRita (receção)", "promise_to_pay", date="2027-09-30", sender="rececao@cordoaria-poveira.example", fam=["colleague-answers", "weekday", "unknown-sender"]),
    R("T5461", at(32, "10:00", PT), "Pagamos assim que o nosso cliente em Angola nos pagar.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "weekend"], sender=0),
    # --- Ferrador Campineiro (Campinas)
    R("T5462", at(28, "09:00", BR), "Bom dia! O pagamento sai na quinzena que vem.", "promise_to_pay", date="2027-10-15", fam=["quinzena"], sender=1),
    R("T5462", at(31, "18:50", BR), "Amanhã cedo faço a transferência, pode ficar tranquilo.", "promise_to_pay", date="2027-10-02", fam=["tomorrow", "date-behind-utc"], sender=1),
    R("T5462", at(34, "10:00", BR), "Por causa do feriado de Nossa Senhora Aparecida na terça (12), o pagamento fica para quarta, dia 13.", "promise_to_pay", date="2027-10-13", fam=["holiday", "moved-date", "weekday-ordinal"], sender=1),
    R("T5462", at(35, "16:20", BR), "Pagamos daqui a 15 dias.", "promise_to_pay", date="2027-10-20", fam=["in-days"], sender=1),
    R("T5462", at(30, "22:10", BR), "Fechamos o trimestre hoje, amanhã eu pago.", "promise_to_pay", date="2027-10-01", fam=["quarter-end", "late-evening", "date-behind-utc"], sender=1),
    # --- Atelier de Gravura Maputo
    R("T5463", at(28, "08:00", MZ), "Bom dia, o pagamento será efectuado no dia 6 de Outubro.", "promise_to_pay", date="2027-10-06", fam=["day-month", "pre-reform-spelling"], sender=1),
    R("T5463", at(33, "18:00", MZ), "Amanhã é feriado (Dia da Paz e Reconciliação), por isso a transferência sai na terça.", "promise_to_pay", date="2027-10-05", fam=["holiday", "weekday", "weekend"], sender=1),
    R("T5463", at(36, "09:00", MZ), "Vamos pagar 800 dólares esta semana e o resto no fim do mês.", "promise_to_pay", date="2027-10-08", amount="800.00", fam=["partial-amount", "this-week"], sender=1),
    R("T5463", at(30, "11:30", MZ), "Lembramos que vocês ainda nos devem a fatura AGM-221 (USD 400) pelas gravuras do vosso catálogo. Descontamos esse valor e pagamos a diferença de USD 1.250 na sexta-feira.", "promise_to_pay", date="2027-10-01", amount="1250.00", fam=["netting", "own-purchase-invoice", "partial-amount"], sender=1),
    # --- already paid
    R("T5461", at(31, "09:30", PT), "Então isto não foi pago no dia 30? Tenho aqui o comprovativo de 4.530,00 €.", "already_paid", fam=["paid-as-question"], sender=1, note="matches BK54-060"),
    R("T5462", at(29, "14:00", BR), "Já pagamos sim, segue o comprovante.\n\nComprovante de Transferência\nData: 24/09/2027\nValor: USD 2.730,00\nFavorecido: Northwind Supplies GmbH\nAutenticação: 8F21.A7C0.33D9", "already_paid", ref="8F21.A7C0.33D9", human=["no matching payment"], fam=["remittance-pasted", "unmatched"], sender=1),
    R("T5463", at(35, "10:00", MZ), "Pagamento efectuado a 1 de Outubro, referência GRV-1001.", "already_paid", ref="GRV-1001", fam=["reference"], sender=1, note="matches BK54-061"),
    # --- disputes
    R("T5461", at(28, "15:40", PT), "Pedimos desculpa pelo incómodo, mas a fatura 54039 parece incluir portes de envio que estavam incluídos no preço acordado. Poderiam verificar, por favor?", "dispute", inv=["INV-2027-54039"], fam=["polite-dispute", "freight"], sender=1),
    R("T5462", at(33, "11:00", BR), "Só pagamos depois da nota de crédito das ferraduras que vieram no tamanho errado.", "dispute", fam=["credit-note-awaited", "wrong-goods", "weekend"], sender=1),
    R("T5463", at(34, "14:00", MZ), "A fatura 54042 foi emitida em dólares, mas o orçamento era em meticais. Agradecemos a correção.", "dispute", inv=["INV-2027-54042"], fam=["currency", "polite-dispute"], sender=1),
    # --- resend
    R("T5461", at(35, "12:00", PT), "Podem reenviar a fatura 54040? Não a encontramos.", "invoice_resend", inv=["INV-2027-54040"], fam=["copy"], sender=0),
    R("T5462", at(27, "11:00", BR), "Não recebemos essa fatura. Poderiam mandar de novo?", "invoice_resend", fam=["never-received"], sender=1),
    R("T5463", at(31, "10:00", MZ), "Por favor, enviem-nos o extracto de conta actualizado até hoje.", "invoice_resend", fam=["statement", "pre-reform-spelling"], sender=1),
    # --- PO and billing changes
    R("T5461", at(29, "10:30", PT), "O NIF na fatura está errado. O correto é PT 509 876 543. Agradecemos nova fatura.", "po_change", fam=["tax-number"], sender=1),
    R("T5462", at(36, "10:00", BR), "A partir de outubro as notas devem ser emitidas para a nossa filial, CNPJ 12.345.678/0002-90. Favor reemitir.", "po_change", fam=["legal-entity", "cnpj"], sender=1),
    R("T5463", at(32, "09:00", MZ), "Pedimos que incluam o número da requisição REQ-77/2027 na fatura.", "po_change", fam=["add-po", "weekend"], sender=1),
    # --- plans
    R("T5461", at(33, "12:00", PT), "Seria possível pagar em três prestações mensais? A primeira no dia 15.", "payment_plan_request", date="2027-10-15", fam=["instalments", "ordinal-alone"], sender=1),
    R("T5462", at(30, "10:00", BR), "Dá pra parcelar em 3x? Primeira parcela de 910 dólares na sexta-feira que vem.", "payment_plan_request", date="2027-10-08", amount="910.00", fam=["parcelar", "next-weekday"], sender=1),
    R("T5463", at(29, "15:00", MZ), "Solicitamos um plano de pagamentos. O trimestre foi difícil.", "payment_plan_request", fam=["undated-plan"], sender=1),
    # --- absence
    R("T5461", at(34, "08:00", PT), "Estarei ausente até quarta-feira, 6 de outubro (feriado de 5 de outubro).\n\nSobre pagamentos: as faturas de agosto serão pagas no dia 8.", "out_of_office", sec=["promise_to_pay"], date="2027-10-08", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas", fam=["auto-reply-with-answer", "holiday"], sender=1),
    R("T5462", at(31, "08:00", BR), "Estou de férias até 3 de novembro. Assuntos urgentes: financeiro@ferradorcampineiro.example.", "out_of_office", human=["return more than 14 days out"], headers=AUTO, subject="Ausente", fam=["long-absence"], sender=1),
    R("T5463", at(27, "08:00", MZ), "Estou fora do escritório até 1 de Outubro.", "out_of_office", headers=AUTO, subject="Resposta automática", fam=["terse"], sender=1),
    # --- bounces
    R("T5461", at(30, "09:06", PT), "Não foi possível entregar a mensagem aos seguintes destinatários:\n\nj.marques@cordoaria-poveira.example\nA caixa de correio do destinatário está cheia.", "bounce", sender="postmaster@cordoaria-poveira.example", subject="Não entregue: Lembrete: faturas vencidas", dsn=("j.marques@cordoaria-poveira.example", "5.2.2"), lang="pt", quote="none", fam=["portuguese-dsn", "mailbox-full"]),
    R("T5462", at(34, "09:10", BR), "Sua mensagem não pôde ser entregue.\n\nDestinatário: t.moraes@ferradorcampineiro.example\nMotivo: 550 5.1.1 usuário inexistente", "bounce", sender="MAILER-DAEMON@mail.ferradorcampineiro.example", subject="Falha na entrega", dsn=("t.moraes@ferradorcampineiro.example", "5.1.1"), lang="pt", quote="none", fam=["portuguese-dsn"]),
    # --- wrong contact
    R("T5462", at(32, "11:00", BR), "O Thiago saiu da sociedade. Favor falar com a Patrícia: patricia@ferradorcampineiro.example.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    R("T5463", at(35, "14:30", MZ), "Eu trato só da oficina. Reencaminhei para a contabilidade.", "wrong_contact", sender="oficina@gravura-maputo.example", fam=["wrong-person", "unknown-sender"]),
    # --- other
    R("T5461", at(35, "16:00", PT), "Recebido, obrigada.", "other", fam=["no-action", "acknowledgement"], sender=1),
    R("T5463", at(34, "11:30", MZ), "Esta cobrança é verdadeira? Recebemos outro email com um IBAN diferente.", "other", human=["fraud check"], fam=["fraud-check", "bank-details"], sender=1),
]
