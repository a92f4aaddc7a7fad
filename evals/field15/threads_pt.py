"""Portuguese replies (field15): a mountain hotel in the Serra da Estrela (PT) and a driving school in São Paulo (BR)."""

from evals.field.build import Payment, Reply
from evals.field15.kit import AUTO, BR, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK15-060", "S1561", "2026-11-19", "8785.00", "EUR", "HOTEL SERRA DA ESTRELA HSENW1119"),
]

REPLIES = [
    # --- Hotel Serra da Estrela (PT)
    R("S1561", at(23, "09:45", PT), "Bom dia,\nA transferência segue na quinta-feira.\nCumprimentos,\nRui Figueiredo", "promise_to_pay", date="2026-11-26", html=True, fam=["outlook-html", "weekday"]),
    R("S1561", at(24, "11:05", PT), "Vamos pagar a 4/12.", "promise_to_pay", date="2026-12-04", fam=["pt-numeric"]),
    R("S1561", at(25, "10:25", PT), "O pagamento será efetuado até ao final do mês.", "promise_to_pay", date="2026-11-30", fam=["end-of-month"], sender=0),
    R("S1561", at(26, "15:15", PT), "Pagaremos os 935 € amanhã e a fatura maior a 15 de dezembro.", "promise_to_pay", date="2026-11-27", amount="935.00", fam=["two-dates", "partial-amount"]),
    R("S1561", at(27, "12:35", PT), "A administração reúne a 2 de dezembro e o pagamento será feito no dia seguinte.", "promise_to_pay", date="2026-12-03", fam=["meeting-before-payment"]),
    R("S1561", at(23, "16:20", PT), "Estava previsto para dia 27, mas passou para 9 de dezembro por causa do fecho do trimestre.", "promise_to_pay", date="2026-12-09", fam=["moved-date"]),
    R("S1561", at(24, "23:05", PT), "Peço desculpa pela demora, amanhã de manhã faço a transferência.", "promise_to_pay", date="2026-11-25", fam=["late-evening"]),
    R("S1561", at(25, "14:45", PT), "Pagaremos daqui a 15 dias.", "promise_to_pay", date="2026-12-10", fam=["in-n-days"]),
    R("S1561", at(26, "09:30", PT), "Pagamento na semana 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"], sender=0),
    R("S1561", at(27, "16:50", PT), "Pagaremos assim que o Turismo de Portugal nos transferir o apoio à requalificação.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("S1561", at(23, "12:10", PT), "Metade esta semana, o resto em janeiro.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["partial-share", "this-week"], sender=0),
    R("S1561", at(24, "15:35", PT), "O pagamento fica para dia 2, porque dia 1 é feriado.", "promise_to_pay", date="2026-12-02", fam=["holiday", "ordinal-alone"]),
    R("S1561", at(26, "17:25", PT), "Pagamento em meados de dezembro.", "promise_to_pay", date="2026-12-15", fam=["mid-month"]),
    # --- Autoescola Caminho Certo (BR)
    R("S1562", at(23, "09:20", BR), "Oi, vamos pagar na sexta-feira, tá?", "promise_to_pay", date="2026-11-27", fam=["weekday", "informal"]),
    R("S1562", at(24, "14:10", BR), "O pagamento sai dia 10/12, o câmbio já está fechado.", "promise_to_pay", date="2026-12-10", fam=["br-numeric", "fx-contract"]),
    R("S1562", at(25, "11:00", BR), "Vamos pagar US$ 1.000 na segunda e o restante no dia 20.", "promise_to_pay", date="2026-11-30", amount="1000.00", fam=["partial-amount", "weekday"], sender=0),
    R("S1562", at(26, "16:40", BR), "Pagaremos no próximo dia 5.", "promise_to_pay", date="2026-12-05", fam=["proximo-dia", "weekend"]),
    R("S1562", at(27, "10:15", BR), "Vamos pagar dentro de 3 dias úteis.", "promise_to_pay", date="2026-12-02", fam=["working-days"]),
    R("S1562", at(23, "15:30", BR), "O pagamento será feito quando o Detran liberar o repasse das aulas.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"], sender=0),
    R("S1562", at(24, "22:50", BR), "Desculpa a demora, amanhã cedo eu pago.", "promise_to_pay", date="2026-11-25", fam=["late-evening"]),
    R("S1562", at(25, "17:55", BR), "Pagaremos na quarta que vem, dia 2.", "promise_to_pay", date="2026-12-02", fam=["weekday-date", "que-vem"]),
    # --- already paid
    R("S1561", at(24, "10:15", PT), "Já pagámos a 19 de novembro, transferência de 8.785,00 €, ref.ª HSE-NW-1119.", "already_paid", ref="HSE-NW-1119", fam=["ref-punctuation", "past-tense"]),
    R("S1562", at(25, "09:40", BR), "Já pagamos ontem, segue o comprovante do câmbio em anexo.", "already_paid", fam=["yesterday", "past-tense"]),
    R("S1561", at(27, "11:20", PT), "Pagámos a 15612 por Multibanco no dia 26, entidade 11249, referência 214 370 935.", "already_paid", ref="214 370 935", inv=["15612"], human=["no matching payment"], fam=["multibanco", "claim-not-on-bank"], sender=0),
    # --- disputes
    R("S1561", at(25, "16:05", PT), "A fatura 15612 inclui 12 roupões que foram devolvidos por defeito na costura. Aguardamos nota de crédito.", "dispute", inv=["15612"], fam=["returned-goods"]),
    R("S1562", at(26, "12:25", BR), "Vocês cobraram 40 horas de simulador na 15621, mas usamos só 32. Favor corrigir.", "dispute", inv=["15621"], fam=["quantity"]),
    # --- copies, billing changes
    R("S1561", at(26, "10:50", PT), "Podem reenviar a fatura 15611? Não a encontramos no nosso arquivo.", "invoice_resend", inv=["15611"], fam=["copy"], sender=0),
    R("S1562", at(27, "13:45", BR), "Podem mandar um extrato da nossa conta com vocês?", "invoice_resend", fam=["statement"]),
    R("S1562", at(24, "10:30", BR), "Mudamos o faturamento para a matriz, CNPJ 12.345.678/0001-90. Favor reemitir as faturas.", "po_change", fam=["cnpj"], sender=0),
    R("S1561", at(23, "14:30", PT), "A partir de janeiro só aceitamos faturas eletrónicas em PDF assinado para faturas@hotel-serradaestrela.example, com o nosso NIF 509876543.", "po_change", fam=["invoice-mailbox", "nif"]),
    # --- plans
    R("S1561", at(25, "12:15", PT), "Seria possível pagar em 4 prestações, a primeira a 15 de dezembro? A época baixa foi muito fraca.", "payment_plan_request", date="2026-12-15", fam=["plan-four"]),
    R("S1562", at(26, "09:05", BR), "Dá pra parcelar em 3x de US$ 1.326,67?", "payment_plan_request", amount="1326.67", fam=["parcelar"]),
    # --- absences, DSNs
    R("S1561", at(24, "08:00", PT), "Estou ausente até 30 de novembro, com acesso limitado ao email. Obrigado.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Hotel Serra da Estrela Lda", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("S1562", at(23, "08:15", BR), "Olá! Estou de férias até 11 de janeiro. Assuntos urgentes: financeiro@caminhocerto.example.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("S1561", at(25, "09:06", PT), "Esta é uma mensagem automática do sistema de correio.\n\nNão foi possível entregar a sua mensagem a:\n\ncontabilidade@hotel-serradaestrela.example\n550 5.1.1 Utilizador desconhecido", "bounce", sender="MAILER-DAEMON@mail.hotel-serradaestrela.example", subject="Mensagem não entregue: Lembrete: faturas vencidas", dsn=("contabilidade@hotel-serradaestrela.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-pt"]),
    R("S1562", at(27, "09:07", BR), "Não foi possível entregar a mensagem\n\nSua mensagem não foi entregue a financeiro@caminhocerto.example porque a caixa de correio está cheia.\n\n552 5.2.2 Caixa postal cheia", "bounce", sender="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)", dsn=("financeiro@caminhocerto.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-gmail-pt", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("S1561", at(26, "14:05", PT), "O Dr. Rui Figueiredo já não está no hotel. Contacte a Dra. Inês Carvalho, ines.carvalho@hotel-serradaestrela.example.", "wrong_contact", fam=["left-company"]),
    R("S1562", at(25, "15:20", BR), "Esse e-mail é da secretaria (matrículas). Assuntos financeiros é com a Fernanda: f.albuquerque@caminhocerto.example.", "wrong_contact", fam=["wrong-department"], sender=0),
    R("S1561", at(27, "10:05", PT), "Obrigado, recebido.", "other", fam=["no-action", "ack"]),
    R("S1562", at(24, "16:35", BR), "Vocês aceitam cartão de crédito? Ou boleto?", "other", human=["payment method question"], fam=["payment-method"]),
    R("S1561", at(25, "11:40", PT), "Para libertarmos o pagamento precisamos da vossa certidão de não dívida à Segurança Social.", "other", human=["tax form"], fam=["certidao"], sender=0),
]
