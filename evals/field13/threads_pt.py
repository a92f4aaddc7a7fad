"""Portuguese replies (field13): a São Paulo uniform maker (pt-BR), a cork works (pt-PT), a Luanda IT firm on credit hold (pt-AO)."""

from evals.field.build import Payment, Reply
from evals.field13.kit import AO, AUTO, BR, PT_, at

R = Reply
P = Payment
U, C, K = "S1361", "S1362", "S1363"
PAYMENTS = [
    P("BK13-061", "S1361", "2026-11-23", "4470.00", "USD", "E182361202026 1123 CONFECCOES UNIFORME CERTO"),
    P("BK13-062", "S1362", "2026-11-24", "845.00", "EUR", "TRF 13622 CORTICEIRA SORRAIA"),
    P("BK13-063", "S1363", "2026-11-20", "9700.00", "USD", "KWANZA SI SWIFT 13631"),
]
REPLIES = [
    # promises
    R(U, at(23, "10:10", BR), "Bom dia! O pagamento sai na sexta. Abs, Adriana", "promise_to_pay", date="2026-11-27", fam=["weekday", "terse", "pt-BR"]),
    R(U, at(23, "16:35", BR), "Prezados,\n\nInformamos que o pagamento da fatura 13611 está programado para 03/12/2026.\n\nAtenciosamente,\nDepartamento Financeiro\nConfecções Uniforme Certo Ltda\n\nEsta mensagem pode conter informações confidenciais e/ou privilegiadas. Se você não for o destinatário ou a pessoa autorizada a recebê-la, não deve usar, copiar ou divulgar as informações nela contidas.", "promise_to_pay", date="2026-12-03", inv=["13611"], sender=0, fam=["numeric-day-first", "long-signature", "pt-BR"]),
    R(U, at(24, "11:40", BR), "Vamos pagar metade na semana que vem e o restante no dia 20.", "promise_to_pay", date="2026-12-04", human=["partial"], fam=["partial-share", "next-week", "pt-BR"]),
    R(U, at(24, "20:15", BR), "Desculpa a demora, amanhã cedo faço o Pix.", "promise_to_pay", date="2026-11-25", fam=["tomorrow", "pix", "pt-BR"]),
    R(U, at(25, "09:55", BR), "Pagamento previsto para o dia 4.", "promise_to_pay", date="2026-12-04", sender=0, fam=["ordinal-alone", "terse", "pt-BR"]),
    R(U, at(25, "15:30", BR), "Conseguimos pagar 2.000 dólares na segunda e o resto quando a prefeitura pagar o contrato dos uniformes escolares.", "promise_to_pay", date="2026-11-30", amount="2000.00", human=["conditional"], fam=["partial", "conditional", "pt-BR"]),
    R(U, at(26, "10:20", BR), "O pagamento estava marcado para hoje, mas o diretor só assina na terça. Fica para terça, 1º de dezembro.", "promise_to_pay", date="2026-12-01", fam=["moved-date", "weekday-ordinal", "pt-BR"]),
    R(U, at(26, "18:50", BR), "Pagamos em até 5 dias úteis.", "promise_to_pay", date="2026-12-03", fam=["working-days", "terse", "pt-BR"], note="Fri 27, Mon 30, Tue 1, Wed 2, Thu 3"),
    R(U, at(27, "11:00", BR), "Vai ser pago no fim do mês que vem, depois do 13º salário dos funcionários.", "promise_to_pay", date="2026-12-31", fam=["end-next-month", "over-30-days", "pt-BR"]),
    R(U, at(27, "14:45", BR), "Pagamos daqui a 15 dias, sem falta.", "promise_to_pay", date="2026-12-12", sender=0, fam=["in-days", "pt-BR"]),
    R(C, at(23, "09:00", PT_), "Bom dia, o pagamento segue na 5.ª feira. Cumprimentos, João Pimenta", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "pt-PT"]),
    R(C, at(23, "14:20", PT_), "A 13622 paga-se amanhã, a 13621 até ao final do mês.", "promise_to_pay", date="2026-11-24", inv=["13622", "13621"], sender=0, fam=["two-dates", "tomorrow", "pt-PT"]),
    R(C, at(24, "10:45", PT_), "Vamos liquidar no início da próxima semana.", "promise_to_pay", date="2026-11-30", fam=["early-next-week", "pt-PT"]),
    R(C, at(24, "17:30", PT_), "Transferimos 3.000 € na sexta-feira e o remanescente em janeiro.", "promise_to_pay", date="2026-11-27", amount="3000.00", fam=["partial", "pt-PT"]),
    R(C, at(25, "11:15", PT_), "O pagamento será efetuado a 4/12, após a reunião da administração de dia 2.", "promise_to_pay", date="2026-12-04", sender=0, html=True, fam=["html-outlook", "numeric-day-first", "meeting-before-payment", "pt-PT"]),
    R(C, at(26, "09:30", PT_), "Pagamos na próxima sexta-feira.", "promise_to_pay", date="2026-12-04", fam=["next-weekday", "pt-PT"]),
    R(C, at(26, "16:10", PT_), "Só conseguimos pagar quando a rolha para a adega de Reguengos nos for paga. Lamento.", "promise_to_pay", human=["conditional"], fam=["conditional", "pt-PT"]),
    R(C, at(27, "10:40", PT_), "Fica para meados de dezembro.", "promise_to_pay", date="2026-12-15", sender=0, fam=["mid-month", "terse", "pt-PT"]),
    R(K, at(23, "11:30", AO), "Bom dia. Informamos que a liquidação da factura será feita no dia 7 de Dezembro, após a recepção das divisas pelo BNA.", "promise_to_pay", date="2026-12-07", fam=["explicit-date", "pt-AO", "credit-hold"]),
    R(K, at(24, "15:00", AO), "Vamos pagar USD 4.875,00 na próxima semana e o resto em Janeiro.", "promise_to_pay", date="2026-12-04", amount="4875.00", sender=0, fam=["partial", "next-week", "pt-AO"]),
    R(K, at(26, "12:20", AO), "Pagamento logo que possível, estamos à espera de divisas.", "promise_to_pay", human=["undated"], fam=["undated", "pt-AO"]),
    # already_paid
    R(U, at(24, "09:30", BR), "Bom dia, o Pix foi feito ontem, ID E18236120 2026 1123. Segue comprovante.", "already_paid", ref="E18236120 2026 1123", fam=["pix", "ref-spaces", "pt-BR"], note="matches BK13-061"),
    R(C, at(25, "09:20", PT_), "A 13622 foi paga ontem por transferência.", "already_paid", inv=["13622"], fam=["past-tense", "terse", "pt-PT"], note="matches BK13-062"),
    R(K, at(25, "10:05", AO), "A factura 13631 foi paga no dia 20/11 via SWIFT. O comprovativo segue em anexo.", "already_paid", inv=["13631"], human=["amount differs"], attachments=[("comprovativo_swift.pdf", "application/pdf", "MT103\n:32A:261120USD9750,00\n:70:INV-2026-13631")], fam=["remittance-attachment", "bank-charges", "pt-AO"], note="BK13-063 is 9,700.00"),
    R(C, at(27, "15:50", PT_), "Já pagámos tudo a semana passada, verifiquem por favor.", "already_paid", human=["no matching payment"], sender=0, fam=["past-tense", "pt-PT"], note="the whole 7,225.00 is on no line"),
    # dispute
    R(U, at(25, "12:00", BR), "Recebemos 300 camisetas polo com o bordado errado. Não vamos pagar a fatura cheia.", "dispute", fam=["quality", "pt-BR"]),
    R(C, at(24, "12:30", PT_), "A fatura 13621 tem o IVA a 23%, mas somos exportadores com isenção ao abrigo do artigo 14.º. Pedimos nova fatura sem IVA.", "dispute", inv=["13621"], fam=["tax-exempt-reissue", "pt-PT"]),
    R(K, at(27, "09:45", AO), "Os juros de mora não foram acordados. Pagaremos apenas o capital, no dia 15.", "dispute", sec=["promise_to_pay"], date="2026-12-15", fam=["fees", "pt-AO"]),
    # resend
    R(U, at(26, "14:00", BR), "Pode me reenviar a nota fiscal e o boleto? Não achei aqui.", "invoice_resend", fam=["copy-request", "boleto", "pt-BR"]),
    R(C, at(26, "12:45", PT_), "Agradecia o envio de um extrato de conta corrente.", "invoice_resend", sender=0, fam=["statement", "pt-PT"]),
    # po_change
    R(U, at(23, "13:00", BR), "A fatura precisa sair com nosso novo CNPJ 41.223.908/0001-57 e o pedido de compra UC-PC-3307-A. Favor reemitir.", "po_change", sender=0, fam=["tax-id", "po", "pt-BR"]),
    R(C, at(27, "12:10", PT_), "A partir de agora as faturas devem ser enviadas para faturas@corticeira-sorraia.example e não para o João.", "po_change", fam=["send-elsewhere", "pt-PT"]),
    # plan
    R(U, at(27, "16:30", BR), "Tem como parcelar em 3 vezes, a primeira no dia 10 de dezembro?", "payment_plan_request", date="2026-12-10", fam=["plan", "parcelar", "pt-BR"]),
    R(K, at(25, "14:40", AO), "Solicitamos um plano de pagamento em seis prestações mensais devido à falta de divisas.", "payment_plan_request", fam=["plan", "pt-AO"]),
    # ooo
    R(U, at(25, "09:06", BR), "Estou de férias até 2 de dezembro. Assuntos urgentes: financeiro@uniformecerto.example.", "out_of_office", subject="Resposta automática: Lembrete: faturas vencidas – Confecções Uniforme Certo Ltda", headers=AUTO, quote="none", fam=["auto-reply", "pt-BR"]),
    R(C, at(24, "09:06", PT_), "Encontro-me ausente até 11 de janeiro, sem acesso ao correio eletrónico.", "out_of_office", subject="Resposta automática: Lembrete: faturas vencidas – Corticeira Vale do Sorraia Lda", headers=AUTO, quote="none", human=["away more than 14 days"], fam=["auto-reply", "long-absence", "pt-PT"]),
    # bounce
    R(U, at(26, "09:07", BR), "Esta é uma mensagem automática do sistema de e-mail.\n\nNão foi possível entregar sua mensagem para:\n\nfinanceiro@uniformecerto.example\n\n550 5.1.1 Usuário desconhecido", "bounce", sender="MAILER-DAEMON@uniformecerto.example", subject="Mensagem não entregue", dsn=("financeiro@uniformecerto.example", "5.1.1"), quote="none", gap_days=0, lang="pt", fam=["dsn-pt", "pt-BR"]),
    R(C, at(27, "09:08", PT_), "Falha na entrega a estes destinatários ou grupos:\n\ncontabilidade@corticeira-sorraia.example\nA caixa de correio do destinatário está cheia.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@corticeira-sorraia.example", subject="Não entregue: Lembrete: faturas vencidas – Corticeira Vale do Sorraia Lda", dsn=("contabilidade@corticeira-sorraia.example", "5.2.2"), quote="none", gap_days=0, lang="pt", fam=["dsn-exchange-pt", "mailbox-full", "pt-PT"]),
    # wrong_contact
    R(U, at(24, "16:10", BR), "Oi, eu sou da produção, não cuido de pagamento. Manda pro financeiro.", "wrong_contact", sender="producao@uniformecerto.example", fam=["not-my-department", "unknown-sender", "pt-BR"]),
    R(K, at(26, "09:40", AO), "O Sr. Edson Domingos já não trabalha na empresa. Os assuntos financeiros são agora tratados pela Dra. Luísa Neto, l.neto@kwanza-si.example.", "wrong_contact", sender=0, fam=["left", "pt-AO"]),
    # other
    R(C, at(25, "16:00", PT_), "Obrigado, tomei nota.", "other", fam=["no-action", "terse", "pt-PT"]),
    R(U, at(27, "10:00", BR), "Recebemos um boleto de vocês com outro banco. É verdadeiro? Não vamos pagar até confirmarem por telefone.", "other", human=["fraud check"], fam=["fraud-check", "boleto", "pt-BR"]),
    R(K, at(27, "17:20", AO), "Para registar o fornecedor precisamos da certidão de não dívida e do alvará comercial. Obrigado.", "other", human=["supplier onboarding paperwork"], fam=["paperwork", "pt-AO"]),
]
