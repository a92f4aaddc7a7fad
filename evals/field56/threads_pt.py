"""Portuguese replies (field56): an Alentejo cork-stopper works (a partner writing from Macau before the Lunar New Year)
and a Fortaleza hammock weaver on credit hold."""

from evals.field.build import Payment, Reply
from evals.field56.kit import AUTO, BR, MO, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK56-061", "N5661", "2028-01-14", "6200.00", "EUR", "ROLHAS DO MONTADO LDA ROLHASMONTADO0114"),
]

_SHARED = """Boa tarde,

Nós (Joaquim, Graça e Tiago) confirmamos o pagamento das duas faturas a 26/01.

Cumprimentos,
Contabilidade — Rolhas do Montado"""

_INLINE = """> De acordo com os nossos registos, as seguintes faturas estão vencidas:

É verdade.

> INV-2027-56061    2027-12-09    EUR 5.340,00

Paga na segunda-feira, 31/01.

> INV-2027-56062    2027-12-21    EUR 860,00

Esta também."""

REPLIES = [
    # --- Rolhas do Montado (Alentejo; partner in Macau)
    R("N5661", at(17, "09:00", PT), "Bom dia, pagamos até ao fim do mês.", "promise_to_pay", date="2028-01-31", fam=["end-of-month"]),
    R("N5661", at(18, "16:00", MO), "Escrevo de Macau, estou cá a visitar clientes antes do Ano Novo Chinês. A transferência segue na sexta-feira.", "promise_to_pay", date="2028-01-21", sender=1, fam=["other-timezone", "weekday"]),
    R("N5661", at(19, "11:15", PT), _SHARED, "promise_to_pay", date="2028-01-26", sender=0, fam=["shared-mailbox", "day-first"]),
    R("N5661", at(20, "08:20", PT), "olá é o joaquim vírgula estou a conduzir ponto pagamos na próxima terça-feira ponto obrigado", "promise_to_pay", date="2028-01-25", sender=1, fam=["voice-to-text", "next-weekday"]),
    R("N5661", at(21, "14:30", PT), "Pagamos hoje os 860 € e o resto a 4 de fevereiro.", "promise_to_pay", date="2028-01-21", amount="860.00", fam=["today", "partial-amount", "two-dates"]),
    R("N5661", at(24, "10:00", PT), "O pagamento será feito no primeiro dia útil de fevereiro.", "promise_to_pay", date="2028-02-01", fam=["first-business-day"]),
    R("N5661", at(25, "23:10", MO), "Já é tarde aqui em Macau. Pagamos depois do Ano Novo Chinês, dia 28.", "promise_to_pay", date="2028-01-28", sender=1, fam=["other-timezone", "after-cny", "ordinal"]),
    R("N5661", at(26, "15:00", PT), "Liquidamos dentro de 5 dias úteis.", "promise_to_pay", date="2028-02-02", fam=["working-days"]),
    R("N5661", at(27, "09:40", PT), _INLINE, "promise_to_pay", date="2028-01-31", quote="none", sender=1, fam=["inline-answers", "day-first"]),
    R("N5661", at(28, "12:00", PT), "Pagamento na próxima semana.", "promise_to_pay", date="2028-02-04", fam=["next-week"]),
    # --- Redes do Ceará (Fortaleza, credit hold)
    R("N5662", at(17, "10:00", BR), "Bom dia! Vamos pagar US$ 3.000 na sexta e o restante até o fim do mês.", "promise_to_pay", date="2028-01-21", amount="3000.00", sender=1, fam=["abbrev-weekday", "partial-amount"]),
    R("N5662", at(19, "14:20", BR), "O pagamento sai dia 31/01 via contrato de câmbio.", "promise_to_pay", date="2028-01-31", sender=1, fam=["day-first", "fx-contract"]),
    R("N5662", at(21, "09:30", BR), "Pagamos quando o cliente da Europa pagar as redes.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("N5662", at(24, "16:45", BR), "Pagamento na quarta que vem.", "promise_to_pay", date="2028-02-02", sender=1, fam=["next-weekday", "brazilian"]),
    R("N5662", at(26, "11:00", BR), "A Antônia está de férias, aqui é o Francisco do financeiro. Ela deixou o pagamento agendado para 1º de fevereiro.", "promise_to_pay", date="2028-02-01", sender=0, fam=["colleague", "ordinal-date"]),
    R("N5662", at(28, "08:15", BR), "Pagamos depois de amanhã.", "promise_to_pay", date="2028-01-30", fam=["day-after-tomorrow", "weekend"]),
    # --- already paid
    R("N5661", at(18, "10:20", PT), "Pago a 14/01, referência ROLHAS MONTADO 0114.", "already_paid", ref="ROLHAS MONTADO 0114", fam=["ref-spacing", "day-first"]),
    R("N5662", at(22, "10:00", BR), "Já pagamos os US$ 6.920 no dia 20; comprovante do câmbio em anexo, contrato nº 144/2028.", "already_paid", ref="144/2028", human=["no matching payment"], sender=1, attachments=[("comprovante_cambio.pdf", "application/pdf", "CONTRATO DE CAMBIO N 144/2028\nRemetente: Redes do Ceara Tecelagem Ltda\nValor: USD 6.920,00\nData: 20/01/2028\nBeneficiario: Northwind Supplies GmbH")], fam=["fx-contract", "receipt-attached"]),
    R("N5661", at(27, "18:30", PT), "Paguei por MB Way ao vosso colega ontem, ao telefone.", "already_paid", human=["no matching payment"], sender=1, fam=["phone-payment", "no-ref"]),
    # --- disputes
    R("N5661", at(19, "15:40", PT), "A fatura 56061 tem 50.000 rolhas, recebemos 45.000.", "dispute", inv=["INV-2027-56061"], sender=1, fam=["quantity"]),
    R("N5662", at(25, "13:10", BR), "Pagamos US$ 4.000; o restante está em disputa porque 30 redes chegaram manchadas.", "dispute", sec=["already_paid"], sender=1, fam=["part-paid-rest-disputed", "damaged-goods"]),
    R("N5661", at(22, "11:00", PT), "O IVA da 56062 está errado, é uma venda intracomunitária.", "dispute", inv=["INV-2027-56062"], fam=["vat"]),
    # --- copies, billing changes
    R("N5661", at(20, "12:30", PT), "Podem reenviar a fatura 56062? Não a recebemos.", "invoice_resend", inv=["INV-2027-56062"], fam=["never-received"]),
    R("N5662", at(18, "09:15", BR), "Por favor, enviem o extrato de conta atualizado.", "invoice_resend", fam=["statement"]),
    R("N5661", at(24, "15:30", PT), "Por favor emitam as faturas com o nosso novo NIF 518765432 e a morada Herdade do Montado, 7050 Montemor-o-Novo.", "po_change", sender=1, fam=["tax-number", "billing-address"]),
    R("N5662", at(20, "15:00", BR), "Favor incluir o número do pedido PC-2027-412 na fatura 56063 e reemitir.", "po_change", inv=["INV-2027-56063"], sender=1, fam=["po-number"]),
    # --- instalments
    R("N5661", at(26, "10:10", PT), "Seria possível pagar a 56061 em três prestações, a primeira a 15 de fevereiro?", "payment_plan_request", date="2028-02-15", inv=["INV-2027-56061"], sender=1, fam=["instalments-asked", "first-date"]),
    R("N5662", at(27, "14:00", BR), "Podemos parcelar em 4 vezes de US$ 1.730?", "payment_plan_request", amount="1730.00", sender=1, fam=["parcelar", "undated"]),
    # --- absences, bounces
    R("N5661", at(17, "09:06", PT), "Estou ausente até 24 de janeiro. Para assuntos urgentes: contabilidade@rolhasdomontado.example.", "out_of_office", sender=1, headers=AUTO, subject="Resposta automática: ausente", quote="none", fam=["auto-reply"]),
    R("N5662", at(18, "09:06", BR), "Estamos em férias coletivas até 20 de fevereiro.", "out_of_office", headers=AUTO, subject="Resposta automática", quote="none", human=["out of office more than 14 days"], fam=["auto-reply", "long-absence"]),
    R("N5661", at(25, "09:07", PT), "Esta é uma mensagem automática.\n\nNão foi possível entregar a mensagem a:\nj.caeiro@rolhasdomontado.example\n550 5.1.1 Utilizador desconhecido", "bounce", sender="MAILER-DAEMON@rolhasdomontado.example", subject="Não entregue: Lembrete: faturas vencidas", dsn=("j.caeiro@rolhasdomontado.example", "5.1.1"), fam=["dsn", "portuguese-dsn"]),
    R("N5662", at(21, "09:07", BR), "Sua mensagem para a.holanda@redesdoceara.example não pôde ser entregue: caixa postal cheia.", "bounce", sender="postmaster@redesdoceara.example", subject="Mensagem não entregue", dsn=("a.holanda@redesdoceara.example", "5.2.2"), fam=["dsn", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("N5661", at(21, "17:00", PT), "Já não trabalho na Rolhas do Montado. Contacte a Graça Pires, g.pires@rolhasdomontado.example.", "wrong_contact", sender=1, fam=["left-company", "new-contact"]),
    R("N5662", at(24, "08:40", BR), "Sou da produção, não do financeiro. Escreva para financeiro@redesdoceara.example.", "wrong_contact", sender="producao@redesdoceara.example", fam=["wrong-department", "unknown-sender"]),
    R("N5661", at(28, "09:30", PT), "Obrigado, recebido.", "other", fam=["no-action", "acknowledgement"]),
    R("N5662", at(26, "15:30", BR), "Vocês aceitam pagamento por Pix?", "other", human=["payment-method question"], fam=["payment-method"]),
]
