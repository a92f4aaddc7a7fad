"""Portuguese replies (field40): a Coimbra translation agency and a Brasília gym."""

from evals.field.build import Payment, Reply
from evals.field40.kit import AUTO, BR, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK40-020", "D4061", "2027-07-05", "2680.00", "EUR", "TRADUCOES MONDEGO LDA FT 94037"),
    P("BK40-021", "D4062", "2027-07-08", "760.00", "USD", "ACADEMIA CERRADO FITNESS 94040"),
]

REPLIES = [
    # --- Traduções Mondego (Coimbra)
    R("D4061", at(5, "09:20", PT), "Bom dia,\n\nInformamos que as duas faturas serão pagas na sexta-feira, dia 9.\n\nCom os melhores cumprimentos,\nInês Carvalho\nGerente – Traduções Mondego, Lda.\nRua da Sofia, 88, 3000-389 Coimbra", "promise_to_pay", date="2027-07-09", fam=["outlook-html", "weekday-date", "signature"], html=True),
    R("D4061", at(5, "12:40", PT), "A fatura 94037 foi paga hoje de manhã. A 94038 segue no fim do mês.", "already_paid", sec=["promise_to_pay"], inv=["94037", "94038"], date="2027-07-31", note="BK40-020 matches 94037", fam=["paid-and-promise", "end-of-month"], sender=0),
    R("D4061", at(6, "10:05", PT), "Pagamento na próxima semana, sem falta.", "promise_to_pay", date="2027-07-16", fam=["next-week"]),
    R("D4061", at(6, "15:30", PT), "Na fatura 94037 foram cobradas 52 000 palavras, mas o projeto tinha 45 800 (ver contagem do Trados enviada em maio). Solicitamos nota de crédito.", "dispute", inv=["94037"], fam=["word-count", "credit-note"]),
    R("D4061", at(7, "09:45", PT), "Vamos pagar a 21/07, depois do fecho do semestre.", "promise_to_pay", date="2027-07-21", fam=["day-first-numeric", "half-year-close"], sender=0),
    R("D4061", at(7, "14:15", PT), "Estou de férias até 23 de agosto, com acesso limitado ao email. Para assuntos urgentes: contabilidade@traducoes-mondego.example", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Traduções Mondego Lda", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "summer-holiday"]),
    R("D4061", at(7, "17:00", PT), "Solicito o envio da 2.ª via da fatura 94038, com o nosso NIF 509 876 123 correto — o que consta está errado.", "po_change", sec=["invoice_resend"], inv=["94038"], fam=["tax-number", "second-copy"]),
    R("D4061", at(8, "08:55", PT), "O pagamento será efetuado dentro de 8 dias.", "promise_to_pay", date="2027-07-16", fam=["within-days"]),
    R("D4061", at(8, "11:35", PT), "Bom dia, sou tradutora externa, não trato de pagamentos. Por favor contactem a D. Inês.", "wrong_contact", sender="tradutora.ana@gmail.example", fam=["freelancer", "unknown-sender"]),
    R("D4061", at(8, "15:25", PT), "Podemos pagar em duas prestações? Metade agora e o resto em setembro, depois das férias.", "payment_plan_request", date="2027-07-08", fam=["plan-half-now", "after-the-summer"]),
    R("D4061", at(5, "15:50", PT), "Obrigada, recebido. Vou verificar e respondo.", "other", human=["will revert"], fam=["will-revert"], sender=0),
    R("D4061", at(6, "09:04", PT), "Esta é uma mensagem automática.\n\nNão foi possível entregar a mensagem a i.carvalho@traducoes-mondego.example.\n\n550 5.1.1 Utilizador desconhecido", "bounce", sender="MAILER-DAEMON@mail.traducoes-mondego.example", subject="Mensagem não entregue: Lembrete: faturas vencidas – Traduções Mondego Lda", dsn=("i.carvalho@traducoes-mondego.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-pt"]),
    R("D4061", at(6, "18:10", PT), "Pagamos os 430 € amanhã e os 2.680 € na semana 29, na quarta-feira.", "promise_to_pay", inv=["94038", "94037"], date="2027-07-07", amount="430.00", partial=False, note="430 is 94038 whole; the rest Wednesday 21 July", fam=["amount-is-one-invoice", "calendar-week-weekday", "two-dates"], sender=0),
    R("D4061", at(7, "12:05", PT), "Transferência feita a 5 de julho, referência TM-0705.", "already_paid", ref="TM-0705", note="BK40-020 of 5 July, 2,680: matches 94037 by amount, but the reminder named both", human=["amount differs"], fam=["day-month", "one-invoice-of-two"]),
    R("D4061", at(8, "17:40", PT), "Pedimos que as faturas passem a ser enviadas para faturas@traducoes-mondego.example.", "po_change", fam=["billing-mailbox"], sender=0),
    R("D4061", at(5, "11:10", PT), "O pagamento fica para o último dia útil do mês.", "promise_to_pay", date="2027-07-30", fam=["last-business-day"]),
    R("D4061", at(7, "10:30", PT), "Pagamos na segunda-feira, 12.", "promise_to_pay", date="2027-07-12", fam=["weekday-date"]),
    R("D4061", at(8, "13:20", PT), "Podem reenviar a fatura 94037? O PDF chegou corrompido.", "invoice_resend", inv=["94037"], fam=["corrupt-pdf"], sender=0),
    # --- Academia Cerrado Fitness (Brasília)
    R("D4062", at(5, "10:15", BR), "Bom dia!\n\nO pagamento das duas faturas será feito na quinta-feira, dia 8.\n\nAtt,\nLeandro Rocha\nSócio-administrador\nAcademia Cerrado Fitness Ltda – Asa Sul, Brasília/DF", "promise_to_pay", date="2027-07-08", fam=["weekday-date", "att-signature"]),
    R("D4062", at(5, "16:40", BR), "Oi, a gente paga semana que vem, pode ser?", "promise_to_pay", date="2027-07-16", fam=["next-week", "colloquial"], sender=0),
    R("D4062", at(6, "09:50", BR), "Com as férias escolares de julho o movimento caiu muito. Dá para parcelar a 94039 em 3 vezes, agosto, setembro e outubro?", "payment_plan_request", inv=["94039"], fam=["plan-three-parts", "school-holidays"]),
    R("D4062", at(6, "14:25", BR), "Os halteres que chegaram vieram com defeito no revestimento, 8 pares. Não vamos pagar a 94039 inteira enquanto não vier a troca ou um desconto.", "dispute", inv=["94039"], fam=["defective", "replacement"]),
    R("D4062", at(7, "10:40", BR), "Pagamento programado para dia 15/07 via câmbio no Banco do Brasil.", "promise_to_pay", date="2027-07-15", fam=["day-first-numeric", "fx-contract"], sender=0),
    R("D4062", at(7, "15:55", BR), "Estou de férias até 26/07. Em caso de urgência, falar com financeiro@cerradofitness.example.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Academia Cerrado Fitness Ltda", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "day-first-numeric"]),
    R("D4062", at(8, "09:30", BR), "A 94040 foi paga hoje, US$ 760. Segue comprovante.", "already_paid", inv=["94040"], attachments=[("comprovante.pdf", "application/pdf", "Banco do Brasil – Comprovante de câmbio\nValor: USD 760,00\nBeneficiário: Northwind Supplies GmbH\nData: 08/07/2027")], fam=["paid-today", "receipt-attachment"]),
    R("D4062", at(8, "12:10", BR), "Olá, precisam emitir a invoice com nosso CNPJ 12.345.678/0001-90 e o endereço novo no Setor Sudoeste, senão o banco não fecha o câmbio.", "po_change", fam=["tax-number", "billing-address"], sender=0),
    R("D4062", at(8, "16:35", BR), "Oi! Sou instrutor aqui da academia, não mexo com financeiro não. Manda pro Leandro.", "wrong_contact", sender="instrutores@cerradofitness.example", fam=["instructor", "unknown-sender"]),
    R("D4062", at(5, "13:05", BR), "Vocês podem mandar de novo a 94039? Não achei no e-mail.", "invoice_resend", inv=["94039"], fam=["not-received", "colloquial"]),
    R("D4062", at(6, "11:20", BR), "A mensagem não pôde ser entregue a l.rocha@cerradofitness.example.\n\nA caixa postal do destinatário está cheia.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@cerradofitness.example", subject="Mensagem não entregue: Lembrete: faturas vencidas – Academia Cerrado Fitness Ltda", dsn=("l.rocha@cerradofitness.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-pt", "mailbox-full"]),
    R("D4062", at(6, "17:45", BR), "Recebido, obrigado! Vou passar pro contador.", "other", fam=["no-action", "forwarded"], sender=0),
    R("D4062", at(7, "08:35", BR), "Vamos pagar daqui a 10 dias, quando cair o repasse dos planos anuais.", "promise_to_pay", date="2027-07-17", fam=["within-days", "reason-not-condition"]),
    R("D4062", at(7, "19:20", BR), "Pagamos US$ 2.000 na sexta e o saldo no fim do mês.", "promise_to_pay", date="2027-07-09", amount="2000.00", fam=["partial-amount", "two-dates"], sender=0),
    R("D4062", at(8, "13:45", BR), "Vocês aceitam PIX? Seria bem mais fácil pra gente do que o câmbio.", "other", human=["payment-method question"], fam=["pix", "payment-method"]),
    R("D4062", at(5, "18:25", BR), "Pago até o dia 20, pode confiar.", "promise_to_pay", date="2027-07-20", fam=["bare-day", "colloquial"], sender=0),
    R("D4062", at(6, "19:40", BR), "Desculpa, corrigindo: não é dia 8, é dia 13 (terça). O sócio tá viajando e só ele assina o câmbio.", "promise_to_pay", date="2027-07-13", fam=["self-correction", "moved-date"]),
    R("D4061", at(6, "12:55", PT), "Pagamento no dia 2 de agosto, logo a seguir às férias da contabilista.", "promise_to_pay", date="2027-08-02", fam=["day-month", "summer-holiday"], sender=0),
    R("D4062", at(8, "18:50", BR), "Tô de férias na Chapada, vi aqui no celular. O pagamento sai na segunda, 12, já deixei agendado.", "promise_to_pay", date="2027-07-12", fam=["phone", "summer-holiday", "scheduled"]),
]
