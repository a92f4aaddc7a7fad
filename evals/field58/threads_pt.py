"""Portuguese replies (field58): a churrasco-grill maker in Porto Alegre after Dia dos Pais, a campsite on the Costa
Vicentina and an Algarve ice-cream maker (strategic), around the 15 August holiday and "depois das férias"."""

from evals.field.build import Payment, Reply
from evals.field58.kit import AUTO, BR, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK58-060", "K5861", "2028-08-16", "1240.00", "USD", "GAUCHA FORTE LTDA 58612"),
    P("BK58-061", "K5862", "2028-08-18", "4550.00", "EUR", "CAMPISMO COSTA VICENTINA"),
    P("BK58-062", None, "2028-08-23", "6180.00", "USD", "BORTOLINI RAFAEL"),
]

REPLIES = [
    # --- Churrasqueiras Gaúcha Forte (Porto Alegre)
    R("K5861", at(14, "10:20", BR), "Bom dia! Depois do Dia dos Pais o caixa melhorou. Pagamos na quinta-feira.", "promise_to_pay", date="2028-08-17", fam=["weekday", "fathers-day"]),
    R("K5861", at(18, "15:45", BR), "Vamos pagar USD 3.000 no dia 25 e o restante no começo de setembro.", "promise_to_pay", date="2028-08-25", amount="3000.00", fam=["partial-amount", "two-dates"]),
    R("K5861", at(22, "09:10", BR), "O pagamento será feito entre os dias 5 e 8 de setembro.", "promise_to_pay", date="2028-09-08", fam=["date-range"], sender=0),
    R("K5861", at(25, "17:35", BR), "Pagamento na próxima terça-feira, sem falta.", "promise_to_pay", date="2028-08-29", fam=["next-weekday"]),
    R("K5861", at(30, "11:25", BR), "Vamos quitar assim que o cliente de Caxias pagar o pedido dele.", "promise_to_pay", human=["conditional"], fam=["condition"], sender=0),
    # --- Parque de Campismo Costa Vicentina
    R("K5862", at(14, "19:05", PT), "Boa tarde, amanhã é feriado. Fazemos a transferência na quarta-feira, dia 16.", "promise_to_pay", date="2028-08-16", fam=["holiday", "weekday-date"]),
    R("K5862", at(21, "12:50", PT), "Estou sozinha na receção, a gerente está de férias. Ela paga quando voltar, no dia 4 de setembro.", "promise_to_pay", date="2028-09-04", fam=["one-person-office", "day-month"], sender=0),
    R("K5862", at(24, "10:15", PT), "Pagamos no final do mês.", "promise_to_pay", date="2028-08-31", fam=["end-of-month", "terse"]),
    R("K5862", at(28, "16:40", PT), "O pagamento estava previsto para hoje mas passa para 31/08, o banco ainda não validou.", "promise_to_pay", date="2028-08-31", fam=["moved-date", "numeric-day-first"]),
    R("K5862", at(31, "09:30", PT), "Pagamos depois das férias, em setembro.", "promise_to_pay", date="2028-09-30", fam=["depois-das-ferias", "named-month"], sender=1),
    # --- Gelados Artesanais do Algarve (strategic)
    R("K5863", at(15, "11:40", PT), "Exmos. Senhores,\n\nInformamos que a fatura relativa à encomenda GAA-0417 será liquidada no dia 22 de agosto.\n\nCom os melhores cumprimentos,\nNuno Guerreiro\nAdministrador", "promise_to_pay", date="2028-08-22", html=True, fam=["outlook-html", "formal", "po-reference"], sender=1),
    R("K5863", at(17, "13:55", PT), "Pagamos 5.000 € esta semana e o restante até 15/09.", "promise_to_pay", date="2028-08-18", amount="5000.00", fam=["partial-amount", "this-week"]),
    R("K5863", at(23, "18:25", PT), "A nossa casa-mãe, a Guerreiro SGPS, fará a transferência daqui a duas semanas.", "promise_to_pay", date="2028-09-06", fam=["parent-company", "in-two-weeks"], sender=1),
    R("K5863", at(29, "10:05", PT), "Transferência no início da próxima semana.", "promise_to_pay", date="2028-09-04", fam=["early-next-week"], sender=0),
    R("K5863", at(30, "15:10", PT), "Pagamento dentro de 3 dias úteis.", "promise_to_pay", date="2028-09-04", fam=["working-days"], sender=0),
    # --- already paid
    R("K5861", at(17, "08:55", BR), "A 58612 foi paga ontem. Segue o comprovante.", "already_paid", note="matches BK58-060", inv=["INV-2027-58612"], attachments=[("comprovante.txt", "text/plain", "Comprovante de transferência internacional\nValor: USD 1.240,00\nData: 16/08/2028\nFavorecido: Northwind Supplies GmbH")], fam=["matched", "receipt"]),
    R("K5861", at(24, "14:20", BR), "Paguei a 58611 ontem pela minha conta pessoal, vai aparecer no nome Rafael Bortolini.", "already_paid", inv=["INV-2027-58611"], human=["payment from a personal account, not matched to the customer"], fam=["personal-account"], sender=1),
    R("K5862", at(21, "09:45", PT), "As duas faturas foram pagas na sexta-feira passada, 4.550 € no total.", "already_paid", note="matches BK58-061", inv=["INV-2027-58621", "INV-2027-58622"], fam=["matched", "both-invoices"]),
    R("K5863", at(25, "12:30", PT), "Já pagámos 6.000 € por conta na terça-feira. O resto segue depois.", "already_paid", human=["no matching payment"], fam=["partial-on-account", "unmatched"], sender=0),
    # --- disputes
    R("K5861", at(21, "16:10", BR), "Vieram 10 grelhas a menos na fatura 58611. Por favor suspendam as cobranças até a nota de crédito.", "dispute", inv=["INV-2027-58611"], fam=["short-delivery", "stop-reminders"]),
    R("K5862", at(17, "11:20", PT), "O frigorífico da loja chegou avariado. Não pagamos a 58621 até trocarem; a 58622 pagamos amanhã.", "dispute", sec=["promise_to_pay"], date="2028-08-18", inv=["INV-2027-58621", "INV-2027-58622"], fam=["damaged", "dispute-and-promise"]),
    R("K5863", at(28, "14:45", PT), "O preço por litro não corresponde ao contrato anual. Aguardamos correção.", "dispute", fam=["price"], sender=1),
    # --- copies, billing changes
    R("K5861", at(15, "10:30", BR), "Pode reenviar a fatura 58611? Não recebemos.", "invoice_resend", inv=["INV-2027-58611"], fam=["never-received"]),
    R("K5862", at(29, "11:55", PT), "Agradeço o envio de um extrato de conta corrente.", "invoice_resend", fam=["statement"], sender=1),
    R("K5863", at(21, "10:50", PT), "As faturas devem indicar o nosso NIF 509876543 e o número de encomenda. Agradecemos a reemissão.", "po_change", fam=["tax-id", "add-po"], sender=0),
    R("K5861", at(28, "13:40", BR), "A partir de setembro, mandem as faturas para nfe@gauchaforte.example, por favor.", "po_change", fam=["new-mailbox"], sender=1),
    # --- plans
    R("K5861", at(29, "17:15", BR), "Dá para parcelar em 3 vezes? Primeira parcela no dia 15 de setembro.", "payment_plan_request", date="2028-09-15", fam=["three-instalments"]),
    R("K5862", at(16, "18:00", PT), "Seria possível pagar em prestações, 500 € por mês a partir de outubro?", "payment_plan_request", date="2028-10-01", amount="500.00", fam=["monthly", "named-month"], sender=1),
    # --- absences, DSNs
    R("K5862", at(15, "09:06", PT), "Estou de férias até 28 de agosto. Para assuntos urgentes contacte geral@campismo-vicentina.example.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas", fam=["auto"], sender=1),
    R("K5861", at(23, "09:06", BR), "Estou em férias até 20 de setembro. Sem acesso a e-mails.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete", human=["absence over 14 days"], fam=["auto", "long-absence"], sender=1),
    R("K5862", at(23, "09:07", PT), "Não foi possível entregar a mensagem a i.pacheco@campismo-vicentina.example: utilizador desconhecido.", "bounce", sender="MAILER-DAEMON@campismo-vicentina.example", dsn=("i.pacheco@campismo-vicentina.example", "5.1.1"), fam=["user-unknown"]),
    R("K5861", at(31, "09:07", BR), "Falha na entrega para financeiro@gauchaforte.example. Caixa de correio cheia.", "bounce", sender="postmaster@gauchaforte.example", dsn=("financeiro@gauchaforte.example", "5.2.2"), fam=["mailbox-full"]),
    # --- wrong contacts, the rest
    R("K5863", at(18, "09:20", PT), "Eu trabalho na produção. Para faturas, falem com a contabilidade.", "wrong_contact", fam=["wrong-department"], sender="ana.producao@gelados-algarve.example"),
    R("K5861", at(16, "11:05", BR), "O Rafael saiu da empresa. Escrevam para a Juliana, juliana@gauchaforte.example.", "wrong_contact", fam=["left-company"], sender=0),
    R("K5862", at(25, "08:40", PT), "Recebido, obrigada.", "other", fam=["no-action", "ack"], sender=0),
    R("K5861", at(19, "10:00", BR), "Vocês aceitam pagamento via PIX ou só transferência internacional?", "other", human=["payment method question"], fam=["payment-method"]),
]
