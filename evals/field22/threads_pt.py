"""field22 Portuguese replies: a Póvoa cannery (PT), a Belém açaí distributor (strategic, BR), a Maputo brewery (MZ)."""

from evals.field.build import Payment, Reply
from evals.field22.kit import AUTO, BR, MZ, PT, at

PAYMENTS = [
    Payment("BK22-051", "S2261", "2026-11-24", "4740.00", "EUR", "TRF CONSERVAS POVOA FT 22611 22612"),
    Payment("BK22-052", "S2263", "2026-11-23", "3380.00", "USD", "CERVEJARIA ARTESANAL MAPUTO 22631"),
]

P, PAID, DIS, RES, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, WRONG, OTHER = "out_of_office", "wrong_contact", "other"

REPLIES = [
    Reply("S2261", at(23, "09:10", PT), "Bom dia, pagamos na qui. Cumprimentos", P, date="2026-11-26", sender=1, fam=["abbrev-weekday", "terse-mobile"]),
    Reply("S2261", at(24, "11:30", PT), "Boa tarde, as duas faturas seguem no nosso lote de pagamentos de 4/12.", P, date="2026-12-04", fam=["locale-numeric-dayfirst", "payment-run"]),
    Reply("S2261", at(25, "10:40", PT), "Bom dia, terça é feriado (1 de dezembro), por isso pagamos na quarta-feira.", P, date="2026-12-02", fam=["holiday"]),
    Reply("S2261", at(26, "23:45", PT), "Desculpe a hora. Faço a transferência amanhã de manhã.\nMarta Sá", P, date="2026-11-27", sender=1, fam=["late-evening", "tomorrow"]),
    Reply("S2261", at(27, "09:50", PT), "O pagamento estava marcado para dia 3 mas o banco passou-o para dia 10 de dezembro.", P, date="2026-12-10", fam=["moved-date"]),
    Reply("S2261", at(23, "16:30", PT), "Pagamos daqui a duas semanas.", P, date="2026-12-07", fam=["relative-span"]),
    Reply("S2261", at(24, "20:20", PT), "Que simpático, mais um lembrete. Sim, sexta-feira está pago.", P, date="2026-11-27", sender=1, fam=["sarcasm", "bare-weekday"]),
    Reply("S2261", at(25, "08:20", PT), "Assim que recebermos a nota de crédito das latas amolgadas na segunda, pagamos o resto na sexta seguinte.", P, date="2026-12-04", human=["conditional"], fam=["condition-date"]),
    Reply("S2261", at(26, "13:00", PT), "Pagamento no último dia útil do mês.", P, date="2026-11-30", fam=["last-working-day"]),
    Reply("S2261", at(27, "14:10", PT), "Transferimos 2.000,00 € na terça e o restante em janeiro.", P, date="2026-12-01", amount="2000.00", fam=["european-amount", "partial"]),
    Reply("S2261", at(23, "12:00", PT), "Vamos pagar logo que possível, estamos em plena campanha da sardinha em conserva.", P, human=["undated"], fam=["undated"]),
    Reply("S2261", at(26, "10:30", PT), "A fatura é de 14/09 e chegou tarde; pagamos a 02/12.", P, date="2026-12-02", fam=["invoice-date-distractor", "locale-numeric-dayfirst"]),
    Reply("S2262", at(23, "10:00", BR), "Prezados,\nApós a reunião de diretoria do dia 2, o pagamento sai na sexta-feira seguinte.\nAtt.,\nTiago Barros", P, date="2026-12-04", sender=1, fam=["meeting-before-payment"]),
    Reply("S2262", at(24, "21:50", BR), "Pagamos US$ 6.000 dia 30/11 e o saldo dia 15/12.", P, date="2026-11-30", amount="6000.00", fam=["partial", "locale-numeric-dayfirst", "late-evening"]),
    Reply("S2262", at(26, "09:20", BR), "Vai na semana que vem, na quarta.", P, date="2026-12-02", fam=["next-week-weekday"]),
    Reply("S2263", at(23, "11:15", MZ), "Bom dia, pagamos na semana 49, quinta-feira.", P, date="2026-12-03", fam=["calendar-week"]),
    Reply("S2263", at(25, "15:00", MZ), "Pagamos dentro de 10 dias.", P, date="2026-12-05", fam=["relative-span"]),
    Reply("S2263", at(27, "12:30", MZ), "Pagamos no fim do mês que vem.", P, date="2026-12-31", fam=["month-end"]),
    # paid
    Reply("S2261", at(25, "09:00", PT), "Bom dia, as duas foram pagas a 24/11, descritivo FT 22611 22612.", PAID, ref="FT 22611 22612", fam=["remittance-reference-variant"], note="matches BK22-051"),
    Reply("S2263", at(24, "10:15", MZ), "A 22631 já foi paga dia 23. Segue comprovativo.", PAID, inv=["22631"], attachments=[("comprovativo.txt", "text/plain", "Comprovativo de transferência\nValor: USD 3.380,00\nData: 23/11/2026\nDescritivo: 22631")], ref="22631", fam=["remittance-attachment"], note="matches BK22-052"),
    Reply("S2262", at(25, "14:00", BR), "Já pagamos via PIX semana passada.", PAID, human=["no matching payment"], fam=["pix"]),
    # dispute
    Reply("S2261", at(24, "17:40", PT), "A 22612 fatura 500 latas e recebemos 420. Aguardamos nota de crédito.", DIS, inv=["22612"], fam=["short-delivered"]),
    Reply("S2262", at(27, "10:30", BR), "A 22621 tem ICMS destacado indevidamente, somos isentos. Favor reemitir.", DIS, inv=["22621"], fam=["tax-exempt-reissue"]),
    Reply("S2263", at(26, "09:45", MZ), "A 22632 está em duplicado com a de outubro. Anulem, por favor.", DIS, inv=["22632"], fam=["duplicate-billing"]),
    # resend
    Reply("S2261", at(27, "12:20", PT), "Pode reenviar a 22611? Não a encontro.", RES, inv=["22611"], sender=1, fam=["never-received"]),
    Reply("S2263", at(23, "13:30", MZ), "Enviem-nos por favor o extrato de conta atualizado.", RES, fam=["statement"]),
    # po
    Reply("S2261", at(26, "15:30", PT), "O nosso NIF mudou após a fusão: 517 203 884. Corrijam as duas faturas, por favor.", PO, fam=["tax-id"]),
    Reply("S2262", at(24, "13:00", BR), "A partir de agora as notas devem ser enviadas pelo nosso portal de fornecedores Coupa, com o pedido AAD-3301.", PO, fam=["supplier-portal"]),
    # plan
    Reply("S2261", at(24, "16:20", PT), "Podemos pagar a 22611 em três prestações, a primeira a 15 de dezembro?", PLAN, date="2026-12-15", inv=["22611"], fam=["instalments"]),
    Reply("S2263", at(26, "17:00", MZ), "Pedimos para pagar o total em quatro prestações mensais a partir de janeiro.", PLAN, date="2027-01-01", fam=["instalments"]),
    # ooo
    Reply("S2261", at(25, "07:00", PT), "Estou ausente até 2 de dezembro. Para assuntos urgentes: contabilidade@conservas-povoa.example", OOO, headers=dict(AUTO), subject="Resposta automática: Lembrete", sender=1, fam=["auto-headers"]),
    Reply("S2262", at(26, "07:00", BR), "Estou de férias até 11 de janeiro.", OOO, headers=dict(AUTO), sender=1, human=["return more than 14 days out"], fam=["auto-headers", "long-absence"]),
    # bounce
    Reply("S2261", at(23, "09:06", PT), "Não foi possível entregar a mensagem a m.sa@conservas-povoa.example: destinatário desconhecido.", "bounce", sender="MAILER-DAEMON@conservas-povoa.example", dsn=("m.sa@conservas-povoa.example", "5.1.1"), subject="Não entregue: Lembrete", fam=["dsn"]),
    Reply("S2263", at(25, "09:07", MZ), "Falha na entrega: a caixa contabilidade@cervejamaputo.example está cheia.", "bounce", sender="postmaster@cervejamaputo.example", dsn=("contabilidade@cervejamaputo.example", "5.2.2"), subject="Não entregue", fam=["dsn", "mailbox-full"]),
    # wrong
    Reply("S2261", at(27, "08:40", PT), "Já não trato da contabilidade, escrevam para contabilidade@conservas-povoa.example.", WRONG, fam=["moved-role"]),
    Reply("S2262", at(25, "11:30", BR), "A distribuidora foi comprada pelo Grupo Norte Frutas. Cobranças para contas.pagar@nortefrutas.example.", WRONG, sender=0, fam=["acquisition"]),
    # other
    Reply("S2261", at(23, "14:30", PT), "Este email é verdadeiro? Recebemos outro com um IBAN diferente.", OTHER, human=["fraud alert"], fam=["fraud-alert"]),
    Reply("S2261", at(25, "12:30", PT), "Obrigada, recebido.", OTHER, fam=["no-action", "acknowledgement"]),
    Reply("S2263", at(27, "16:00", MZ), "Precisamos da vossa declaração de residência fiscal para não reter imposto na fonte.", OTHER, human=["paperwork"], fam=["tax-forms"]),
    Reply("S2262", at(27, "15:00", BR), "O tom do seu lembrete foi desrespeitoso. Somos clientes há oito anos.", OTHER, human=["tone complaint"], fam=["tone-complaint"]),
]
