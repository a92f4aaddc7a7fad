"""field55 Portuguese replies (PT/BR): Santo António, Corpo de Deus e a ponte, São João, fecho do semestre, 'feita'."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field55.kit import AUTO, BR, PT, at

P, PAID, DISPUTE, RESEND, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, BOUNCE, WRONG, OTHER = "out_of_office", "bounce", "wrong_contact", "other"

PAYMENTS: list[Payment] = [
    Payment("BK55-0061", "F5561", "2028-06-20", "6700.00", "EUR", "TRF FILIGRANAS DE GONDOMAR LDA"),
    Payment("BK55-0062", "F5563", "2028-06-12", "4610.00", "USD", "SWIFT FANTASIAS JUNINAS E60701190202806121530"),
    Payment("BK55-0063", "F5564", "2028-06-27", "8750.00", "EUR", "MARINHAS DE SAL DE AVEIRO MSA-0917"),
]

REPLIES: list[Reply] = [
    Reply("F5561", at(7, "10:30", PT), "Bom dia,\n\nPagamos depois do São João, na segunda-feira 26.\n\nCumprimentos\nAna Moreira", P,
          date="2028-06-26", fam=["sao-joao", "weekday-ordinal"]),
    Reply("F5562", at(9, "12:15", PT), "Por causa do Santo António (dia 13, feriado cá em Lisboa) o pagamento segue na quarta-feira, dia 14.", P,
          date="2028-06-14", fam=["santo-antonio", "weekday-ordinal"]),
    Reply("F5563", at(1, "15:40", BR), "Oi, pagamos na sexta.", P, date="2028-06-02", fam=["terse", "weekday"]),
    Reply("F5564", at(6, "09:50", PT), "Exmos. Senhores,\n\nO pagamento será efetuado no fecho do semestre, a 30 de junho.\n\nCom os melhores cumprimentos\nPaulo Rocha\nTesoureiro", P,
          date="2028-06-30", fam=["half-year", "formal"]),
    Reply("F5561", at(13, "17:20", PT), "Quinta é Corpo de Deus e sexta fazemos ponte. A transferência segue na segunda.", P,
          date="2028-06-19", fam=["corpus-christi", "bridge-day"]),
    Reply("F5563", at(19, "11:00", BR), "Pagamos os USD 980 amanhã e o restante depois do São João, quando entrar o dinheiro das quadrilhas.", P,
          date="2028-06-20", amount="980.00", human=["conditional"], fam=["partial", "condition-hidden", "sao-joao"]),
    Reply("F5564", at(20, "14:10", PT), "A fatura vai ser paga na próxima semana, depois da reunião do conselho de administração.", P,
          date="2028-06-30", human=["conditional"], fam=["condition-hidden", "week-next"]),
    Reply("F5561", at(23, "16:00", PT), "Pedem-nos o dia 26 mas não conseguimos. Fica para 3 de julho.", P,
          date="2028-07-03", fam=["date-rejected"]),
    Reply("F5563", at(8, "10:20", BR), "Pagamento em até 10 dias úteis.", P, date="2028-06-22", fam=["working-days"],
          note="ten Monday–Friday days after Thursday 8 June; Corpus Christi (a ponto facultativo) is not skipped"),
    Reply("F5562", at(27, "11:30", PT), "Pagamos na primeira quinzena de julho.", P, date="2028-07-15", fam=["first-half-of-month"]),
    Reply("F5564", at(12, "15:00", PT), "Daqui a 15 dias.", P, date="2028-06-27", fam=["terse", "relative-days"]),
    Reply("F5561", at(28, "19:30", PT), "Amanhã fica pago.", P, date="2028-06-29", fam=["terse", "tomorrow", "tense-trap"]),
    Reply("F5563", at(26, "09:00", BR), "Pagamos no dia 5.", P, date="2028-07-05", fam=["day-alone"]),
    Reply("F5564", at(1, "10:00", PT), "O pagamento será feito quando recebermos a tranche do PRR.", P,
          human=["conditional"], fam=["condition-hidden"]),
    Reply("F5562", at(16, "13:00", PT), "Pagamos metade na próxima sexta-feira, o resto quando pudermos.", P,
          date="2028-06-23", human=["partial"], fam=["half-share", "next-weekday"]),
    # already paid
    Reply("F5561", at(20, "12:05", PT), "Transferência feita.", PAID, fam=["terse", "paid-today", "feita"], note="matches BK55-0061"),
    Reply("F5563", at(12, "16:30", BR), "Já pagamos a 55064 hoje, segue o comprovante:\n\nComprovante de transferência internacional\nValor: USD 4.610,00\nData: 12/06/2028\nID: E60701190202806121530\nFavorecido: Northwind Supplies GmbH", PAID,
          ref="E60701190202806121530", inv=["INV-2027-55064"], fam=["pasted-confirmation", "loose-number"], note="matches BK55-0062 by reference"),
    Reply("F5564", at(27, "17:00", PT), "Pagamento efetuado hoje.", PAID, fam=["paid-today"], note="matches BK55-0063"),
    Reply("F5562", at(21, "10:00", PT), "Já está pago desde dia 12. Desbloqueiem a encomenda, por favor.", PAID,
          human=["no matching payment in world.json"], fam=["paid-date", "credit-hold"]),
    # disputes
    Reply("F5561", at(2, "11:00", PT), "A fatura 55062 tem IVA a 23 %, mas trata-se de uma transmissão intracomunitária isenta. Agradecemos nota de crédito.", DISPUTE,
          inv=["INV-2027-55062"], fam=["tax", "loose-number"]),
    Reply("F5563", at(22, "20:15", BR), "As fantasias chegaram DEPOIS do São João. Não vamos pagar frete expresso por isso, nem pensar.", DISPUTE,
          fam=["impolite", "late-delivery"]),
    Reply("F5564", at(14, "09:30", PT), "Exmos. Senhores, verificámos que a quantidade de sacos faturada não corresponde à guia de remessa. Solicitamos a correção.", DISPUTE,
          fam=["polite", "quantity"]),
    # resend
    Reply("F5561", at(16, "10:00", PT), "Podem reenviar as faturas com o código QR e o ATCUD? A nossa contabilista precisa disso.", RESEND, fam=["format-request"]),
    Reply("F5564", at(29, "11:15", PT), "Agradecemos o envio do extrato de conta a 30/06 para a auditoria semestral.", RESEND, inv=[], fam=["statement", "half-year"]),
    Reply("F5563", at(5, "14:00", BR), "Não recebemos a fatura 55065, podem mandar de novo?", RESEND, inv=["INV-2027-55065"], fam=["never-received"]),
    # PO / billing
    Reply("F5564", at(8, "12:00", PT), "O número de encomenda correto é MSA-0921 e não MSA-0917. Pedimos a emissão de nova fatura.", PO, fam=["po-correct"]),
    Reply("F5561", at(26, "15:30", PT), "Informamos que após a fusão a nossa denominação passa a ser Filigranas do Norte, S.A., NIF 517234890, com nova morada em Rio Tinto.", PO,
          inv=[], fam=["legal-entity", "address"]),
    # plans
    Reply("F5563", at(14, "10:00", BR), "Podemos parcelar em 3 vezes, a primeira no dia 30?", PLAN, date="2028-06-30", fam=["plan-dated"]),
    Reply("F5562", at(5, "16:00", PT), "Seria possível pagar em 4 prestações mensais de 820 €, a começar a 1 de julho?", PLAN,
          date="2028-07-01", amount="820.00", fam=["plan-dated", "credit-hold"]),
    Reply("F5561", at(9, "09:40", PT), "Podemos dividir em duas vezes? Depois do verão fica mais fácil.", PLAN, fam=["plan-undated"]),
    # out of office
    Reply("F5562", at(13, "08:00", PT), "Estamos encerrados no dia de Santo António. Reabrimos a 14 de junho.", OOO,
          headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Azulejaria da Graça Lda", fam=["ooo-holiday", "santo-antonio"]),
    Reply("F5564", at(22, "07:45", PT), "Estou de férias até 31 de julho. Para assuntos urgentes contacte tesouraria@salaveiro.example.", OOO,
          headers=AUTO, sender=1, human=["return more than 14 days after the message"], fam=["ooo-long"]),
    Reply("F5561", at(30, "18:00", PT), "Resposta automática: estou fora até 5 de julho. A fatura 55062 será paga a 7 de julho.", OOO,
          sec=[P], date="2028-07-07", headers=AUTO, sender=1, fam=["ooo-with-answer"]),
    # bounces
    Reply("F5563", at(2, "09:06", BR), "Mensagem não entregue: o endereço c.araujo@fantasiasjuninas.example não foi encontrado.", BOUNCE,
          sender="postmaster@fantasiasjuninas.example", dsn=("c.araujo@fantasiasjuninas.example", "5.1.1"), fam=["dsn-pt"]),
    Reply("F5564", at(19, "09:07", PT), "Não foi possível entregar a mensagem. A caixa de correio do destinatário está cheia.", BOUNCE,
          sender="mailer-daemon@salaveiro.example", dsn=("p.rocha@salaveiro.example", "5.2.2"), fam=["dsn-pt"]),
    # wrong contact
    Reply("F5562", at(20, "14:00", PT), "O João já não está na empresa. Escrevam para a Sra. Teresa Lopes, teresa@azulejaria-graca.example.", WRONG,
          sender=0, inv=[], fam=["left", "new-contact"]),
    Reply("F5563", at(28, "10:30", BR), "Sou do ateliê de costura, não do financeiro. Mandem para financeiro@.", WRONG,
          sender="atelie@fantasiasjuninas.example", inv=[], fam=["not-me"]),
    # other
    Reply("F5564", at(23, "10:00", PT), "Recebido, obrigado. Já reencaminhei à tesouraria.", OTHER, fam=["no-action", "ack"]),
    Reply("F5563", at(16, "11:45", BR), "Vocês aceitam cartão de crédito internacional? A transferência sai muito cara.", OTHER,
          human=["payment-method question"], fam=["payment-method"]),
]
