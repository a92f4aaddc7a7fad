"""Portuguese replies (field12): cervejaria, clínica veterinária, agência portuária, escola de idiomas — PT and BR."""

from evals.field.build import Payment, Reply
from evals.field12.kit import BR, PT_, at

R = Reply
AUTO = {"Auto-Submitted": "auto-replied"}
PAYMENTS = [
    Payment("BK12-501", "S1261", "2026-11-25", "3980.00", "EUR", "TRF CERVEJARIA RIBEIRA"),
    Payment("BK12-502", "S1263", "2026-11-24", "7578.00", "USD", "CAMBIO 2026-118834 SANTOS"),
    Payment("BK12-503", "S1264", "2026-11-23", "2380.00", "USD", "HORIZONTE IDIOMAS"),
]
REPLIES = [
    R("S1261", at(26, "10:25", PT_), "Bom dia, vamos pagar na sex.", "promise_to_pay", date="2026-11-27", sender=1, fam=["abbrev-weekday", "future-tense"]),
    R("S1261", at(26, "15:35", PT_), "A fatura 12611 será paga na terça-feira, dia 1.", "promise_to_pay", date="2026-12-01", inv=["12611"], fam=["weekday-ordinal"]),
    R("S1262", at(26, "11:10", PT_), "Boa tarde, faremos a transferência a 4/12.", "promise_to_pay", date="2026-12-04", fam=["pt-numeric"]),
    R("S1262", at(26, "16:45", PT_), "Pagaremos daqui a 15 dias.", "promise_to_pay", date="2026-12-11", sender=1, fam=["relative-span"]),
    R("S1263", at(26, "09:50", BR), "Prezados, o pagamento do pedido APS-PC-6610 está programado para o dia 10/12.", "promise_to_pay", date="2026-12-10", fam=["br-numeric", "scheduled"]),
    R("S1263", at(26, "19:30", BR), "Fábio: vamos pagar amanhã cedo.", "promise_to_pay", date="2026-11-27", sender=1, fam=["tomorrow", "timezone"]),
    R("S1264", at(26, "10:40", BR), "Vamos pagar dentro de 5 dias úteis.", "promise_to_pay", date="2026-12-03", sender=1, fam=["working-days"]),
    R("S1264", at(26, "14:55", BR), "O pagamento sai no final do mês.", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("S1261", at(27, "09:55", PT_), "Estava previsto para dia 30, mas passa para dia 9 de dezembro.", "promise_to_pay", date="2026-12-09", sender=1, fam=["moved-date"]),
    R("S1262", at(27, "12:05", PT_), "Pagaremos 700 € na segunda e o restante em meados de dezembro.", "promise_to_pay", date="2026-11-30", amount="700.00", sender=1, fam=["partial", "bare-weekday"]),
    R("S1263", at(27, "11:25", BR), "A diretoria se reúne na quarta, dia 2; o pagamento será liberado na quinta, dia 3.", "promise_to_pay", date="2026-12-03", sender=1, fam=["meeting-before-payment", "weekday-ordinal"]),
    R("S1264", at(27, "16:20", BR), "Pagaremos assim que os alunos do intensivo quitarem as mensalidades.", "promise_to_pay", human=["conditional"], fam=["condition-undated"]),
    R("S1261", at(24, "13:30", PT_), "Vamos pagar na próxima sexta-feira.", "promise_to_pay", date="2026-12-04", fam=["next-weekday"]),
    R("S1262", at(24, "10:15", PT_), "O pagamento será feito na semana 49.", "promise_to_pay", date="2026-12-04", fam=["calendar-week"]),
    R("S1263", at(24, "12:35", BR), "Pagaremos no dia 15.", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone"]),
    R("S1264", at(24, "11:45", BR), "Só conseguimos pagar no fim do ano.", "promise_to_pay", date="2026-12-31", sender=1, fam=["year-end", "over-30"]),
    # payments
    R("S1261", at(26, "12:30", PT_), "Já pagámos a 12611 ontem.", "already_paid", inv=["12611"], fam=["past-tense", "ja-pagamos"]),
    R("S1263", at(26, "13:15", BR), "O pagamento foi efetuado em 24/11, contrato de câmbio 2026-118834, com retenção de IRRF.", "already_paid", ref="2026-118834", human=["amount differs"], fam=["withholding", "fx-contract"]),
    R("S1264", at(26, "12:10", BR), "Já pagamos na segunda-feira passada.", "already_paid", sender=1, fam=["past-tense"]),
    # people
    R("S1261", at(26, "15:55", PT_), "A fatura 12612 cobra 10 barris, recebemos 7. Aguardamos nota de crédito.", "dispute", inv=["12612"], sender=1, fam=["short-delivery"]),
    R("S1262", at(26, "13:25", PT_), "O IVA foi aplicado a 23 % mas estes medicamentos veterinários são a 6 %. Por favor emitam nova fatura.", "dispute", fam=["vat", "vet"]),
    R("S1263", at(26, "14:40", BR), "Podemos parcelar em 3 vezes, a primeira em 15/12?", "payment_plan_request", date="2026-12-15", fam=["plan", "br-numeric"]),
    R("S1264", at(26, "16:35", BR), "Seria possível prorrogar o vencimento por mais 45 dias?", "payment_plan_request", fam=["deferral"]),
    R("S1263", at(26, "11:50", BR), "Favor reemitir a nota com o novo CNPJ da filial de Santos: 12.345.678/0002-90.", "po_change", fam=["tax-id", "entity-change"]),
    R("S1261", at(26, "11:20", PT_), "A partir de agora enviem as faturas para faturas@cervejariaribeira.example, por favor.", "po_change", fam=["mailbox-change"]),
    R("S1262", at(26, "09:35", PT_), "Não recebemos esta fatura. Podem reenviar?", "invoice_resend", fam=["never-received"]),
    R("S1264", at(26, "17:05", BR), "Pode me mandar a segunda via da fatura?", "invoice_resend", fam=["copy"]),
    R("S1263", at(26, "16:10", BR), "Não trabalho mais no financeiro. Favor contatar financeiro@agportsantos.example.", "wrong_contact", sender=1, fam=["left"]),
    R("S1262", at(26, "14:50", PT_), "Sou veterinária, não trato de pagamentos. Falem com o administrativo.", "wrong_contact", sender=1, fam=["not-my-department", "vet"]),
    R("S1261", at(26, "18:15", PT_), "Recebido, obrigado. Já encaminhei para a contabilidade.", "other", fam=["no-action", "acknowledgement"]),
    R("S1262", at(26, "12:40", PT_), "Para pagarmos precisamos da vossa declaração de não dívida à Segurança Social.", "other", human=["tax form"], fam=["tax-form"]),
    R("S1264", at(26, "08:20", BR), "Estou de férias até 5 de janeiro, sem acesso ao e-mail.", "out_of_office", sender=1, headers=AUTO, human=["absence more than 14 days"], fam=["ooo-long"]),
    R("S1263", at(26, "07:10", BR), "Obrigado pela mensagem. Estarei ausente até segunda-feira, 30 de novembro.", "out_of_office", sender=1, headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Agência Portuária Santos Ltda", fam=["ooo-short"]),
    R("S1262", at(26, "09:06", PT_), "A sua mensagem não pôde ser entregue aos seguintes destinatários:\n\ni.carvalho@vetmondego.example\n\n550 5.1.1 Utilizador desconhecido", "bounce", sender="postmaster@vetmondego.example", subject="Não entregue: Lembrete: faturas vencidas – Clínica Veterinária do Mondego Lda", dsn=("i.carvalho@vetmondego.example", "5.1.1"), fam=["dsn-pt"]),
    R("S1264", at(26, "06:06", BR), "Falha na entrega da mensagem.\nDestinatário: contas.pagar@idiomashorizonte.example\nMotivo: caixa postal cheia.", "bounce", sender="mailer-daemon@idiomashorizonte.example", subject="Falha na entrega", dsn=("contas.pagar@idiomashorizonte.example", "5.2.2"), fam=["dsn-pt", "mailbox-full"]),
]
