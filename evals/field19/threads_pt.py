"""Portuguese replies in field19: a cannery in Matosinhos (PT), a pottery in Minas Gerais (BR), a Mozambican haulier (legal)."""

from __future__ import annotations

from evals.field19.build import Payment
from evals.field19.build import Reply as R
from evals.field19.kit import AUTO, BR, MZ, PT, at

PAYMENTS = [
    Payment("BK19-020", "S1961", "2026-11-19", "830.00", "EUR", "CONSERVAS ATLANTICO LDA FT 19612"),
    Payment("BK19-021", "S1962", "2026-11-20", "3940.00", "USD", "CERAMICA VALE DO JEQUITINHONHA SWIFT"),
]

DSN_PT = ("Esta é uma mensagem automática do servidor de correio.\n\nNão foi possível entregar a sua mensagem ao seguinte destinatário:\n\n"
          "{rcpt}\n\nMotivo: {why}")

REPLIES = [
    # --- promises
    R("S1961", at(23, "09:40", PT), "Bom dia, o pagamento das duas faturas segue na qui. dia 3. Cumprimentos, Inês", "promise_to_pay", date="2026-12-03", fam=["abbrev-weekday", "weekday-ordinal"]),
    R("S1961", at(24, "11:30", PT), "Pagamos a 2 de dezembro, o dia 1 é feriado (Restauração da Independência).", "promise_to_pay", date="2026-12-02", fam=["holiday"]),
    R("S1961", at(25, "15:00", PT), "Estava agendado para 30/11 mas passou para 9/12, depois do feriado de 8.", "promise_to_pay", date="2026-12-09", fam=["moved-date", "holiday", "day-first-numeric"]),
    R("S1961", at(26, "22:10", PT), "Amanhã transferimos 3.000,00 € e o restante da 19611 no fim do mês.", "promise_to_pay", date="2026-11-27", amount="3000.00", inv=["19611"], fam=["partial", "european-amount", "late-evening"]),
    R("S1961", at(27, "10:20", PT), "Pagamento na semana 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week", "terse"], note="semana 50 sem dia: a sexta-feira"),
    R("S1961", at(23, "16:45", PT), "A administração aprova na reunião de dia 1 e o pagamento sai dia 4.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "ordinal-alone"]),
    R("S1961", at(24, "17:30", PT), "Mais um lembrete, que simpatia. Sim, pagamos. Na sexta. Satisfeitos?", "promise_to_pay", date="2026-11-27", fam=["sarcasm", "weekday"]),
    R("S1961", at(25, "10:10", PT), "Bom dia\nO pagamento da fatura 19611 será efetuado até ao final do mês.\nCom os melhores cumprimentos\nContabilidade\n\nAVISO: Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinados exclusivamente ao destinatário. Se a recebeu por engano, por favor informe o remetente e elimine-a. A Conservas Atlântico, Lda. não assume qualquer responsabilidade por alterações efetuadas a esta mensagem após o seu envio.", "promise_to_pay", date="2026-11-30", inv=["19611"], sender=0, html=True, fam=["html-outlook", "long-disclaimer", "month-end"]),
    R("S1962", at(23, "10:15", BR), "Oi, pagamos na sexta-feira que vem, dia 4.", "promise_to_pay", date="2026-12-04", fam=["next-weekday", "weekday-ordinal", "brazilian"]),
    R("S1962", at(24, "20:50", BR), "Vou pagar daqui a 15 dias, quando o cliente de São Paulo pagar a gente.", "promise_to_pay", date="2026-12-09", human=["conditional"], fam=["daqui-a-15-dias", "condition", "brazilian"], note="daqui a 15 dias = +15"),
    R("S1962", at(25, "11:45", BR), "Segue abaixo.\n\n---------- Mensagem encaminhada ---------\nDe: Antônio Rocha\nPara: financeiro@ceramicajequi.example\nAssunto: Northwind\n\nPode programar o pagamento da Northwind pro dia 10/12. Abs", "promise_to_pay", date="2026-12-10", sender=0, fam=["forwarded", "see-below", "day-first-numeric"]),
    R("S1962", at(26, "14:30", BR), "A gente paga assim que der.", "promise_to_pay", human=["undated"], fam=["no-date", "brazilian"]),
    R("S1962", at(27, "23:55", BR), "Amanhã cedo faço o câmbio e mando os USD 610.", "promise_to_pay", date="2026-11-28", amount="610.00", inv=["19622"], partial=False, fam=["late-evening", "tomorrow", "brazilian"], note="610 é a 19622 inteira"),
    R("S1962", at(24, "09:30", BR), "A entrega das argilas foi em 5 de outubro e a nota fiscal é de 15 de setembro; pagaremos no dia 7 de dezembro.", "promise_to_pay", date="2026-12-07", fam=["delivery-date", "invoice-date", "brazilian"]),
    R("S1963", at(23, "11:00", MZ), "Boa tarde, o pagamento será feito dentro de 10 dias, conforme orientação do nosso advogado.", "promise_to_pay", date="2026-12-03", fam=["within-days", "legal-account"]),
    R("S1963", at(25, "13:10", MZ), "Vamos pagar USD 3.000 no dia 1 e o resto em janeiro.", "promise_to_pay", date="2026-12-01", amount="3000.00", fam=["partial", "legal-account", "european-amount"]),
    R("S1963", at(26, "16:20", MZ), "Pagamento antes do Natal, que aqui é Dia da Família.", "promise_to_pay", date="2026-12-24", fam=["before-christmas", "holiday", "legal-account"]),
    R("S1961", at(26, "12:00", PT), "Pagamos no início da próxima semana.", "promise_to_pay", date="2026-11-30", fam=["early-next-week"]),
    # --- already_paid
    R("S1961", at(23, "12:30", PT), "A fatura 19612 foi paga a 19/11, descritivo FT 19612.", "already_paid", ref="FT 19612", inv=["19612"], fam=["ref-spacing", "day-first-numeric"], note="matches BK19-020"),
    R("S1962", at(24, "15:20", BR), "Já pagamos a 19621 no dia 20 via SWIFT, o banco descontou a tarifa.", "already_paid", inv=["19621"], human=["amount differs"], fam=["bank-charges", "swift", "brazilian"], note="BK19-021 is 3,940.00 against 3,960.00"),
    R("S1963", at(25, "09:45", MZ), "O pagamento foi efetuado pelo M-Pesa empresarial, ref. MPZ8812004.", "already_paid", ref="MPZ8812004", human=["no matching payment"], fam=["mobile-money", "legal-account"]),
    # --- dispute
    R("S1961", at(25, "16:30", PT), "Na fatura 19611 cobraram 1.200 latas que não chegaram. Aguardamos nota de crédito.", "dispute", inv=["19611"], fam=["short-delivery", "credit-note"]),
    R("S1962", at(26, "10:40", BR), "A 19621 veio com frete que não foi combinado. Não vamos pagar o frete.", "dispute", inv=["19621"], fam=["freight", "brazilian"]),
    # --- invoice_resend
    R("S1961", at(26, "09:30", PT), "Podem reenviar a fatura 19612? Não a recebemos.", "invoice_resend", inv=["19612"], fam=["never-received"]),
    R("S1963", at(27, "08:50", MZ), "Solicitamos o extrato de conta atualizado.", "invoice_resend", fam=["statement", "legal-account"]),
    # --- po_change
    R("S1961", at(27, "11:15", PT), "Por favor enviem as faturas a partir de agora para faturas@conservas-atlantico.example, em formato SAF-T/PDF.", "po_change", fam=["future-invoices-mailbox"]),
    R("S1962", at(25, "16:10", BR), "Nosso CNPJ mudou depois da incorporação: 12.345.678/0002-90. Favor reemitir.", "po_change", fam=["tax-id", "merger", "brazilian"]),
    # --- payment_plan_request
    R("S1962", at(26, "11:20", BR), "Dá pra parcelar a 19621 em 3 vezes? A primeira no dia 15/12.", "payment_plan_request", date="2026-12-15", inv=["19621"], fam=["plan-instalments", "brazilian"]),
    R("S1963", at(24, "14:40", MZ), "Propomos um plano de pagamentos em quatro prestações mensais.", "payment_plan_request", fam=["plan-undated", "legal-account"]),
    # --- out_of_office
    R("S1961", at(24, "09:06", PT), "Estou ausente até 2 de dezembro. Para assuntos urgentes contacte contabilidade@conservas-atlantico.example.", "out_of_office", subject="Resposta automática: Lembrete", headers=AUTO, quote="none", fam=["ooo-auto"]),
    R("S1962", at(27, "09:06", BR), "Estou de férias até 18 de janeiro.", "out_of_office", subject="Resposta automática", headers=AUTO, quote="none", human=["absence more than 14 days"], fam=["ooo-auto", "ooo-long"]),
    R("S1961", at(25, "18:00", PT), "Estou fora até segunda, respondo depois. Inês", "out_of_office", human=["written by a person"], fam=["ooo-plain"]),
    # --- bounce
    R("S1961", at(23, "09:07", PT), DSN_PT.format(rcpt="i.sousa@conservas-atlantico.example", why="550 5.1.1 Utilizador desconhecido"), "bounce", sender="MAILER-DAEMON@conservas-atlantico.example", subject="Mensagem não entregue", dsn=("i.sousa@conservas-atlantico.example", "5.1.1"), fam=["dsn-portuguese"]),
    R("S1962", at(25, "09:07", BR), DSN_PT.format(rcpt="a.rocha@ceramicajequi.example", why="552 5.2.2 Caixa postal cheia"), "bounce", sender="postmaster@ceramicajequi.example", subject="Não entregue: Lembrete", dsn=("a.rocha@ceramicajequi.example", "5.2.2"), fam=["dsn-portuguese", "mailbox-full"]),
    # --- wrong_contact
    R("S1962", at(26, "15:50", BR), "O Antônio saiu da empresa. Quem cuida agora é a Priscila, priscila@ceramicajequi.example.", "wrong_contact", sender=0, fam=["left-company", "new-contact", "brazilian"]),
    R("S1961", at(26, "13:20", PT), "Sou da produção, não trato de pagamentos. Reencaminho para a contabilidade.", "wrong_contact", sender="producao@conservas-atlantico.example", fam=["wrong-person"]),
    # --- other
    R("S1963", at(26, "10:00", MZ), "A Transportes Zambeze apresentou pedido de insolvência no Tribunal Judicial de Maputo a 20 de novembro. Reclamem os créditos junto do administrador.", "other", human=["insolvency"], fam=["insolvency-notice", "legal-account"]),
    R("S1962", at(27, "14:10", BR), "Recebido, obrigado!", "other", fam=["no-action", "ack", "brazilian"]),
]
