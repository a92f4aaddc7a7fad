"""Portuguese replies (field18): a Douro wine estate, a dental clinic in Recife and a surf lodge in Ericeira (credit hold)."""

from evals.field.build import Payment, Reply
from evals.field18.kit import AUTO, BR, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK18-060", "U1861", "2026-11-19", "4670.00", "EUR", "QUINTA DA RIBEIRA QR18611"),
    P("BK18-061", "U1862", "2026-11-24", "3150.00", "USD", "CLINICA SORRISO PLENO SP7741"),
]

REPLIES = [
    # --- Quinta da Ribeira (PT)
    R("U1861", at(23, "09:50", PT), "Bom dia, pagamento na qui.\nCumprimentos, Joana", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse"]),
    R("U1861", at(24, "11:35", PT), "Pagamos segunda, dia 7.", "promise_to_pay", date="2026-12-07", fam=["weekday-ordinal"]),
    R("U1861", at(25, "14:20", PT), "Transferência no dia 4.", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone", "terse"], sender=0),
    R("U1861", at(26, "10:05", PT), "Pagamento agendado para 4/12.", "promise_to_pay", date="2026-12-04", fam=["pt-numeric"]),
    R("U1861", at(27, "15:30", PT), "Pagamos a 11 dez., pedimos desculpa pelo atraso.", "promise_to_pay", date="2026-12-11", fam=["abbrev-month"]),
    R("U1861", at(23, "16:15", PT), "Pagamos daqui a 15 dias.", "promise_to_pay", date="2026-12-08", fam=["in-days", "daqui-a"]),
    R("U1861", at(24, "13:10", PT), "Estava previsto para dia 3, passou para dia 10.", "promise_to_pay", date="2026-12-10", fam=["moved-date", "ordinal-alone"]),
    R("U1861", at(25, "10:40", PT), "Pagamos depois do feriado de 8 de dezembro, no dia 9.", "promise_to_pay", date="2026-12-09", fam=["holiday", "ordinal-alone"]),
    R("U1861", at(26, "15:45", PT), "Se a nota de crédito das garrafas partidas chegar amanhã, pagamos na segunda.", "promise_to_pay", date="2026-11-30", human=["conditional"], fam=["condition-date", "weekday"]),
    R("U1861", at(27, "23:10", PT), "Desculpe a hora. Amanhã de manhã faço a transferência.", "promise_to_pay", date="2026-11-28", fam=["late-evening", "tomorrow"]),
    R("U1861", at(23, "12:30", PT), "A administração reúne a 2 de dezembro e o pagamento segue a 4.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "ordinal-alone"]),
    R("U1861", at(24, "17:05", PT), "Pagamos em meados de dezembro.", "promise_to_pay", date="2026-12-15", fam=["mid-month"], sender=0),
    R("U1861", at(25, "16:35", PT), "Pagamos antes do Natal.", "promise_to_pay", date="2026-12-24", fam=["holiday", "before-christmas"]),
    R("U1861", at(26, "12:55", PT), "Vai no último dia útil do mês.", "promise_to_pay", date="2026-11-30", fam=["last-working-day"]),
    R("U1861", at(27, "11:20", PT), "Pagamos assim que recebermos do nosso distribuidor.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("U1861", at(23, "14:45", PT), "A fatura é de 13 de outubro mas só chegou agora; pagaremos logo que possível.", "promise_to_pay", human=["undated"], fam=["distractor-only", "invoice-date-distractor", "asap"], sender=0),
    # --- Sorriso Pleno (BR)
    R("U1862", at(23, "10:15", BR), "Oi, o pagamento sai na sex.", "promise_to_pay", date="2026-11-27", fam=["abbrev-weekday", "terse"]),
    R("U1862", at(24, "14:40", BR), "Pagamos na próxima sexta.", "promise_to_pay", date="2026-12-04", fam=["next-weekday"]),
    R("U1862", at(25, "09:55", BR), "Pagamos no quinto dia útil de dezembro.", "promise_to_pay", date="2026-12-07", fam=["nth-working-day", "brazilian"]),
    R("U1862", at(26, "16:25", BR), "Pagamos US$ 1.500 dia 2/12 e o restante dia 16/12.", "promise_to_pay", date="2026-12-02", amount="1500.00", fam=["pt-numeric", "two-dates", "partial-amount"]),
    R("U1862", at(27, "11:05", BR), "A Camila está de férias até dia 3 de dezembro; ela paga no mesmo dia em que voltar.", "promise_to_pay", date="2026-12-03", fam=["return-date-in-promise", "spelled-month"], sender=0),
    R("U1862", at(23, "13:30", BR), "Pagamento dentro de 10 dias úteis.", "promise_to_pay", date="2026-12-07", fam=["working-days", "terse"]),
    R("U1862", at(24, "23:45", BR), "Desculpe o horário, pagamos depois de amanhã.", "promise_to_pay", date="2026-11-26", fam=["late-evening", "day-after-tomorrow"]),
    R("U1862", at(25, "15:10", BR), "Pagamos semana que vem.", "promise_to_pay", date="2026-12-04", fam=["next-week", "terse"]),
    R("U1862", at(26, "12:00", BR), "Assim que o convênio repassar os valores a gente paga.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "brazilian"]),
    # --- Surf Lodge Ericeira (PT, credit hold)
    R("U1863", at(23, "10:40", PT), "Pagamos no início de dezembro.", "promise_to_pay", date="2026-12-01", fam=["early-month"]),
    R("U1863", at(24, "12:15", PT), "Pagamos 1.000 € na sexta se desbloquearem a nossa encomenda de pranchas.", "promise_to_pay", date="2026-11-27", amount="1000.00", human=["conditional"], fam=["credit-hold-condition", "partial-amount", "weekday"]),
    R("U1863", at(25, "13:50", PT), "O Tiago regressa a 30 de novembro e paga no dia seguinte.", "promise_to_pay", date="2026-12-01", fam=["return-date-in-promise", "spelled-month"], sender=0),
    R("U1863", at(26, "17:20", PT), "Pagamos depois do Natal.", "promise_to_pay", date="2026-12-28", fam=["holiday", "after-christmas", "far-date"], note="25 December is a Friday and the 26th a Saturday"),
    R("U1863", at(27, "14:10", PT), "Vamos pagar, mas neste momento não conseguimos dar uma data.", "promise_to_pay", human=["undated"], fam=["undated"]),
    # --- already paid
    R("U1861", at(24, "10:25", PT), "Pago a 19/11, referência QR-18611.", "already_paid", ref="QR-18611", inv=["18611"], fam=["pt-numeric", "ref-punctuation"]),
    R("U1862", at(27, "09:30", BR), "Já pagamos por transferência internacional na terça, US$ 3.150, ref. SP-7741.", "already_paid", ref="SP-7741", fam=["past-weekday", "ref-punctuation"]),
    # --- disputes
    R("U1861", at(26, "11:40", PT), "Na fatura 18612 cobraram 60 caixas, recebemos 40.", "dispute", inv=["18612"], fam=["quantity"]),
    R("U1862", at(25, "12:20", BR), "O valor não bate com o orçamento aprovado pela doutora. Aguardamos correção.", "dispute", fam=["price", "brazilian"]),
    # --- copies, billing changes
    R("U1862", at(26, "10:35", BR), "Pode reenviar a fatura? Não recebemos.", "invoice_resend", fam=["never-received"]),
    R("U1861", at(27, "12:45", PT), "Enviem-nos um extrato de conta, por favor.", "invoice_resend", fam=["statement"], sender=0),
    R("U1861", at(25, "09:15", PT), "Indiquem o nosso número de encomenda NE-2026-0388 e reemitam a fatura, por favor.", "po_change", fam=["add-po"]),
    R("U1862", at(23, "16:50", BR), "Nosso CNPJ mudou: 41.882.937/0001-05. Favor emitir a fatura de novo.", "po_change", fam=["tax-id", "brazilian"]),
    # --- plans
    R("U1861", at(26, "14:05", PT), "Podemos pagar em três prestações, a primeira a 15 de dezembro?", "payment_plan_request", date="2026-12-15", fam=["plan-three", "spelled-month"]),
    R("U1862", at(24, "11:25", BR), "Dá para parcelar em 4 vezes, primeira parcela dia 10/12?", "payment_plan_request", date="2026-12-10", fam=["plan-four", "pt-numeric", "brazilian"]),
    # --- absences, DSNs
    R("U1861", at(24, "09:06", PT), "Estarei ausente até 2 de dezembro, com acesso limitado ao email.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Quinta da Ribeira Vinhos Lda", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("U1862", at(25, "09:06", BR), "Estamos em férias coletivas até 11 de janeiro. Retornaremos seu contato na volta.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Clínica Odontológica Sorriso Pleno Ltda", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "collective-holiday"]),
    R("U1863", at(26, "09:07", PT), "Esta é uma mensagem automática.\n\nNão foi possível entregar a sua mensagem a:\n\nreservas@surflodge-ericeira.example\n550 5.1.1 Utilizador desconhecido", "bounce", sender="MAILER-DAEMON@mx.surflodge-ericeira.example", subject="Não entregue: Lembrete: faturas vencidas – Surf Lodge Ericeira Lda", dsn=("reservas@surflodge-ericeira.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-pt"]),
    R("U1862", at(23, "09:07", BR), "Falha na entrega para estes destinatários ou grupos:\n\nc.tavares@sorrisopleno.example\nA caixa de correio do destinatário está cheia.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@sorrisopleno.example", subject="Não é possível entregar: Lembrete: faturas vencidas – Clínica Odontológica Sorriso Pleno Ltda", dsn=("c.tavares@sorrisopleno.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-pt", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("U1861", at(25, "15:30", PT), "A Joana já não trabalha cá. Contacte o Sr. Nuno Pires, n.pires@quintadaribeira.example.", "wrong_contact", fam=["left-company"]),
    R("U1863", at(24, "16:55", PT), "Este é o email das reservas. Para pagamentos falem com o Tiago, t.sousa@surflodge-ericeira.example.", "wrong_contact", fam=["wrong-department"], sender=0),
    R("U1862", at(27, "15:40", BR), "Obrigada, recebido!", "other", fam=["no-action", "ack"], sender=0),
    R("U1863", at(27, "10:50", PT), "Podemos pagar por MB Way? É mais rápido para nós.", "other", human=["payment method question"], fam=["mbway-question"]),
]
