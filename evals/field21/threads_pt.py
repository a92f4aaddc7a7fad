"""Portuguese replies for field21 (PT, Madeira, BR): dated promises in every form, and the other intents."""

from evals.field21.build import Payment
from evals.field21.build import Reply as R
from evals.field21.kit import AUTO, BR, PT, at

PAYMENTS = [
    Payment("BK21-501", "W2162", "2026-11-24", "1980.00", "EUR", "BORDADOS FREITAS TRF 21621"),
    Payment("BK21-502", "W2163", "2026-11-20", "3969.00", "USD", "TORREFACAO VILA MADALENA SWIFT 7781"),
]

DSN = ("Esta é uma mensagem automática do servidor de correio.\n\nNão foi possível entregar a sua mensagem ao seguinte destinatário:\n\n"
       "{a}\nMotivo: 550 5.1.1 Caixa de correio inexistente")

REPLIES = [
    R("W2161", at(24, "10:30", PT), "Bom dia, pagamos na qui. Cumprimentos, Manuel Pires", "promise_to_pay", date="2026-11-26", sender=1, fam=["abbrev-weekday", "terse"]),
    R("W2163", at(25, "09:45", BR), "Olá, o pagamento sai na sex. Abs, Camila", "promise_to_pay", date="2026-11-27", sender=1, fam=["abbrev-weekday", "terse"]),
    R("W2162", at(26, "11:10", PT), "Bom dia, fazemos a transferência na segunda, dia 7. Inês Freitas", "promise_to_pay", date="2026-12-07", sender=1, fam=["weekday-ordinal"]),
    R("W2161", at(26, "15:20", PT), "Boa tarde, pagamos no dia 4. Manuel", "promise_to_pay", date="2026-12-04", sender=1, fam=["ordinal-alone", "terse"]),
    R("W2163", at(23, "14:30", BR), "Prezados, o pagamento está agendado para 4/12. Att., Financeiro", "promise_to_pay", date="2026-12-04", fam=["br-numeric"]),
    R("W2161", at(23, "11:55", PT), "Bom dia, a transferência será feita a 11 dez. Cumprimentos", "promise_to_pay", date="2026-12-11", sender=1, fam=["abbrev-month"]),
    R("W2163", at(24, "16:20", BR), "Olá, pagamos daqui a 15 dias. Camila Moreira", "promise_to_pay", date="2026-12-09", sender=1, fam=["fortnight"]),
    R("W2161", at(25, "10:15", PT), "Bom dia, pagamento dentro de 10 dias úteis. Manuel Pires", "promise_to_pay", date="2026-12-09", sender=1, fam=["working-days"], note="working days are Monday to Friday (LABELING), holidays not counted out"),
    R("W2162", at(24, "12:35", PT), "Boa tarde, pagamos depois do Natal, a loja só recebe dos hotéis em dezembro. Inês", "promise_to_pay", date="2026-12-28", sender=1, fam=["holiday", "over-30-days"]),
    R("W2163", at(27, "11:30", BR), "Olá, pagamento no final do mês. Camila", "promise_to_pay", date="2026-11-30", sender=1, fam=["month-end", "terse"]),
    R("W2161", at(27, "14:40", PT), "Boa tarde, estão incluídos no nosso lote de pagamentos do último dia útil do mês. Contabilidade", "promise_to_pay", date="2026-11-30", fam=["last-working-day", "payment-run"]),
    R("W2162", at(25, "16:05", PT), "Boa tarde, depois do feriado de 8 de dezembro, no dia 9, fazemos o pagamento. Inês", "promise_to_pay", date="2026-12-09", sender=1, fam=["holiday"]),
    R("W2163", at(26, "10:20", BR), "Olá, era dia 3, agora vai ser dia 10. Desculpe, Camila", "promise_to_pay", date="2026-12-10", sender=1, fam=["moved-date"]),
    R("W2161", at(24, "14:50", PT), "Não será sexta mas segunda, o administrador só assina nesse dia. Manuel", "promise_to_pay", date="2026-11-30", sender=1, fam=["not-x-but-y"]),
    R("W2163", at(23, "17:10", BR), "Se a nota de crédito chegar na segunda, pagamos na quarta. Camila", "promise_to_pay", date="2026-12-02", sender=1, human=["conditional"], fam=["condition-date"]),
    R("W2161", at(26, "12:00", PT), "A reunião de administração é a 2 de dezembro; o pagamento segue a 4 de dezembro. Manuel Pires", "promise_to_pay", date="2026-12-04", sender=1, fam=["meeting-before-payment"]),
    R("W2163", at(25, "23:45", BR), "Desculpe o horário, amanhã cedo faço a transferência. Camila", "promise_to_pay", date="2026-11-26", sender=1, fam=["late-evening", "across-midnight"], note="23:45 -03:00 on the 25th is the 26th in UTC; amanhã counts from the 25th"),
    R("W2162", at(27, "10:40", PT), "Bom dia, pagamos metade na quarta e o resto em janeiro. Inês", "promise_to_pay", date="2026-12-02", sender=1, human=["partial"], fam=["partial-in-words"]),
    R("W2163", at(26, "14:55", BR), "Prezados, vamos pagar USD 2.000 na segunda e o restante quando o nosso cliente pagar. Camila", "promise_to_pay", date="2026-11-30", amount="2000.00", sender=1, human=["conditional"], fam=["partial-amount", "condition"]),
    R("W2161", at(23, "16:25", PT), "Boa tarde, pagaremos a 15 de janeiro, quando recebermos o reembolso do IVA. Manuel", "promise_to_pay", date="2027-01-15", sender=1, human=["conditional"], fam=["over-30-days", "spelled-month", "condition"]),
    R("W2162", at(23, "09:20", PT), "Bom dia, pagamos logo que possível. Inês", "promise_to_pay", sender=1, human=["undated"], fam=["undated"]),
    R("W2163", at(27, "15:25", BR), "A mercadoria chegou dia 16/11, vamos pagar em breve. Camila", "promise_to_pay", sender=1, human=["undated"], fam=["distractor-only", "delivery-date"]),
    R("W2161", at(25, "13:35", PT), "Pagamos depois da aprovação do administrador, que regressa a 3 de dezembro. Manuel", "promise_to_pay", sender=1, human=["conditional"], fam=["distractor-only", "return-date"]),
    # other intents
    R("W2161", at(24, "09:40", PT), "Bom dia, seria possível pagar a 21611 em três prestações, a primeira a 15 de dezembro? Manuel Pires", "payment_plan_request", date="2026-12-15", inv=["21611"], sender=1, fam=["plan"]),
    R("W2163", at(26, "11:45", BR), "Prezados, podemos parcelar em 3x de USD 1.700, a primeira no dia 10/12? Camila", "payment_plan_request", date="2026-12-10", amount="1700.00", sender=1, fam=["plan", "br-numeric"]),
    R("W2162", at(25, "11:25", PT), "Bom dia, a fatura foi paga ontem. Inês", "already_paid", sender=1, fam=["paid", "terse"]),
    R("W2163", at(24, "10:50", BR), "Prezados, a 21631 foi paga em 20/11, ref. SWIFT 7781. Foi retido o IRRF de 10%. Camila", "already_paid", ref="SWIFT 7781", inv=["21631"], human=["amount differs"], sender=1, fam=["paid-withholding-tax"], note="BK21-502 is 3,969.00 against 4,410.00"),
    R("W2161", at(27, "09:10", PT), "Bom dia, a fatura 21612 cobra transporte que estava incluído no orçamento. A 21611 pagamos na terça. Manuel", "dispute", inv=["21612", "21611"], sec=["promise_to_pay"], date="2026-12-01", sender=1, fam=["dispute-with-promise"]),
    R("W2163", at(25, "14:00", BR), "Prezados, recebemos 18 sacas e não 20. Favor emitir nota de crédito da 21632. Camila", "dispute", inv=["21632"], sender=1, fam=["quantity"]),
    R("W2161", at(23, "13:15", PT), "Boa tarde, podem reenviar a fatura 21612? Obrigado", "invoice_resend", inv=["21612"], sender=1, fam=["resend"]),
    R("W2162", at(26, "09:35", PT), "Bom dia, não recebemos a fatura. Podem enviar novamente? Inês", "invoice_resend", sender=1, fam=["never-received"]),
    R("W2163", at(27, "12:20", BR), "Prezados, favor reemitir as faturas com o nosso CNPJ 12.345.678/0001-90 e a razão social correta. Obrigada", "po_change", sec=["invoice_resend"], sender=1, fam=["copy-with-change", "vat-number"]),
    R("W2161", at(25, "15:45", PT), "Boa tarde, a partir de agora enviem as faturas para faturas@corticeira-montado.example. Manuel", "po_change", sender=1, fam=["mailbox"]),
    R("W2161", at(26, "08:05", PT), "Estou ausente até 2 de dezembro. Para assuntos urgentes contacte contabilidade@corticeira-montado.example.", "out_of_office", sender=1, headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Corticeira do Montado Lda", quote="none", fam=["ooo-short"]),
    R("W2163", at(24, "08:30", BR), "Estou de férias até 11 de janeiro. Na minha ausência, falar com Paulo Reis (p.reis@torrefacao-vilamadalena.example).", "out_of_office", sec=["wrong_contact"], sender=1, headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Torrefação Vila Madalena Ltda", quote="none", human=["absence more than 14 days"], fam=["ooo-long", "ooo-new-contact"]),
    R("W2162", at(24, "09:08", PT), DSN.format(a="geral@bordados-freitas.example"), "bounce", sender="MAILER-DAEMON@mail.bordados-freitas.example", subject="Não entregue: Lembrete: faturas vencidas", dsn=("geral@bordados-freitas.example", "5.1.1"), gap_days=0, fam=["dsn-pt"]),
    R("W2163", at(26, "09:09", BR), DSN.format(a="financeiro@torrefacao-vilamadalena.example"), "bounce", sender="MAILER-DAEMON@mail.torrefacao-vilamadalena.example", subject="Não entregue: Lembrete: faturas vencidas", dsn=("financeiro@torrefacao-vilamadalena.example", "5.1.1"), gap_days=0, fam=["dsn-pt"]),
    R("W2162", at(27, "13:50", PT), "A Inês já não trabalha cá. Escreva para a D. Graça, graca@bordados-freitas.example.", "wrong_contact", sender=0, fam=["left-company"]),
    R("W2163", at(23, "15:40", BR), "Sou da torra, não cuido de pagamentos. Falem com o financeiro.", "wrong_contact", sender=1, fam=["not-right-person"]),
    R("W2161", at(24, "11:30", PT), "Obrigado, recebido.", "other", sender=1, fam=["no-action", "terse"]),
    R("W2162", at(25, "10:35", PT), "Bom dia, para efetuarmos o pagamento precisamos do certificado de residência fiscal e do NIF da vossa empresa. Inês", "other", sender=1, human=["paperwork"], fam=["paperwork"]),
    R("W2163", at(27, "16:30", BR), "Prezados, é a terceira cobrança em uma semana, isso não é jeito de tratar cliente de dez anos. Pedimos que revejam o tom das mensagens.", "other", sender=1, human=["complaint about tone"], fam=["tone-complaint"]),
]
