"""Portuguese replies (field60): a Fátima candle maker before the 13 May pilgrimage, a Coimbra academic-dress tailor in
Queima das Fitas and a São Paulo perfumery around Dia das Mães (13 May), with 25 de Abril, 1 de Maio and Corpo de Deus
(31 May: a holiday in Portugal, an optional day in Brazil). Numeric dates are day-first."""

from evals.field.build import Payment, Reply
from evals.field60.kit import AUTO, BRT, WEST, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK60-022", "B6061", "2029-04-30", "4450.00", "EUR", "VELAS DO SANTUARIO LDA"),
    P("BK60-023", "B6063", "2029-05-07", "8200.00", "USD", "PERFUMARIA FLOR DE IPE LTDA 229441870"),
]

REPLIES = [
    # --- Velas do Santuário (Fátima)
    R("B6061", at(4, 23, "09:10", WEST), "Bom dia, quarta-feira é feriado (25 de Abril). Pagamos na quinta-feira.", "promise_to_pay", date="2029-04-26", fam=["holiday", "weekday"]),
    R("B6061", at(4, 26, "17:45", WEST), "Com a peregrinação de 13 de Maio estamos a produzir dia e noite. O pagamento será feito a 18 de maio.", "promise_to_pay", date="2029-05-18", fam=["distractor-dates", "day-month", "pilgrimage"]),
    R("B6061", at(5, 2, "10:30", WEST), "Transferência feita a 30/04, 4.450,00 €.", "already_paid", sender=0, fam=["paid-no-ref", "matched-by-amount", "pt-numeric"]),
    R("B6061", at(5, 4, "15:05", WEST), "A parafina da última entrega vinha com impurezas e as velas fazem fumo negro. Não pagamos a 60611 enquanto não vierem cá ver.", "dispute", inv=inv("60611"), fam=["quality-dispute"]),
    R("B6061", at(5, 8, "11:40", WEST), "Pagamos os 690 hoje e o resto no fim do mês.", "promise_to_pay", date="2029-05-08", amount="690.00", fam=["today", "partial-amount", "two-dates"]),
    R("B6061", at(5, 11, "07:00", WEST), "Estou ausente até 15 de maio (peregrinação). Para encomendas urgentes, escreva para encomendas@velas-santuario.example.", "out_of_office", headers=AUTO, subject="Resposta automática", fam=["auto-reply", "pilgrimage"]),
    R("B6061", at(5, 16, "12:20", WEST), "Seria possível pagar em três prestações mensais, a primeira a 1 de junho?", "payment_plan_request", date="2029-06-01", fam=["plan-with-dates"]),
    R("B6061", at(5, 18, "09:35", WEST), "Podem enviar-nos a 2.ª via da fatura 60612?", "invoice_resend", inv=inv("60612"), sender=0, fam=["duplicate-copy", "terse"]),
    R("B6061", at(5, 22, "14:50", WEST), "A faturação passa a ser para a Velas do Santuário Unipessoal Lda, NIF 516884290, Rua Jacinta Marto 44, Fátima. Pedimos que reemitam as faturas em aberto.", "po_change", sender=0, fam=["legal-entity", "tax-id", "reissue"]),
    R("B6061", at(5, 25, "16:15", WEST), "Pagamento na próxima semana.", "promise_to_pay", date="2029-06-01", fam=["next-week", "terse"]),
    R("B6061", at(5, 29, "10:05", WEST), "Quinta é Corpo de Deus, pagamos na sexta, dia 1.", "promise_to_pay", date="2029-06-01", fam=["holiday", "weekday-ordinal"]),
    R("B6061", at(5, 31, "21:30", WEST), "O Sr. Manuel reformou-se. A contabilidade é agora com a filha, Ana Marques: a.marques@velas-santuario.example.", "wrong_contact", fam=["retired", "new-contact"]),
    R("B6061", at(6, 2, "11:10", WEST), "Segunda-feira sem falta.", "promise_to_pay", date="2029-06-04", fam=["weekday", "terse"]),
    R("B6061", at(6, 4, "09:50", WEST), "Obrigado pela paciência, já reencaminhei para o contabilista.", "other", sender=0, fam=["no-action", "forwarded"]),
    # --- Trajes Académicos de Coimbra
    R("B6062", at(4, 24, "18:25", WEST), "Estamos em plena Queima das Fitas, os trajes saem todos esta semana. Pagamos a 10/05.", "promise_to_pay", date="2029-05-10", fam=["season", "pt-numeric"]),
    R("B6062", at(4, 27, "13:00", WEST), "A Inês está na Queima até dia 6, eu só estou a atender a loja. Ela responde quando voltar.", "out_of_office", human=["absence written by a person"], sender=0, fam=["typed-absence", "shop-assistant"]),
    R("B6062", at(5, 3, "16:40", WEST), "As capas vieram com o comprimento errado, são 40 peças. Vão ser devolvidas e não as pagamos.", "dispute", fam=["wrong-goods", "returned"]),
    R("B6062", at(5, 8, "10:15", WEST), "Transferência amanhã.", "promise_to_pay", date="2029-05-09", fam=["tomorrow", "terse"]),
    R("B6062", at(5, 14, "12:55", WEST), "Já pagámos no dia 11, referência TRAJES2450.", "already_paid", ref="TRAJES2450", human=["no matching payment"], fam=["paid-with-ref", "unmatched"]),
    R("B6062", at(5, 17, "15:30", WEST), "Podemos dividir em duas vezes: 1.225 € agora e 1.225 € a 30 de junho?", "payment_plan_request", date="2029-05-17", amount="1225.00", fam=["plan-halves", "now", "plan-amount"]),
    R("B6062", at(5, 21, "09:00", WEST), "Até ao fim do mês.", "promise_to_pay", date="2029-05-31", fam=["end-of-month", "terse"]),
    R("B6062", at(5, 24, "05:15", WEST), "Não foi possível entregar a sua mensagem.\n\nDestinatário: i.cardoso@trajes-coimbra.example\nErro permanente: 550 5.4.1 Recipient address rejected: Access denied\n\nEsta mensagem foi gerada automaticamente pelo servidor de correio.", "bounce", sender="MAILER-DAEMON@trajes-coimbra.example", dsn=("i.cardoso@trajes-coimbra.example", "5.4.1"), subject="Mensagem não entregue", fam=["dsn-portuguese", "access-denied"]),
    R("B6062", at(5, 28, "11:35", WEST), "Precisamos que nos enviem o certificado de residência fiscal, para não termos de fazer retenção na fonte.", "other", human=["tax form request"], fam=["tax-form", "withholding"]),
    R("B6062", at(6, 1, "14:20", WEST), "Pagamos dia 12 de junho.", "promise_to_pay", date="2029-06-12", fam=["day-month"]),
    R("B6062", at(6, 4, "19:05", WEST), "Isto não é para nós, somos a tuna académica e não a loja de trajes. Devem ter trocado o e-mail.", "wrong_contact", sender="tuna.medicina.coimbra@gmail.example", fam=["wrong-recipient", "unknown-sender"]),
    # --- Perfumaria Flor de Ipê (São Paulo, Brazilian Portuguese)
    R("B6063", at(4, 23, "10:20", BRT), "Bom dia! Depois do Dia das Mães a gente quita tudo, dia 15/05.", "promise_to_pay", date="2029-05-15", fam=["holiday", "pt-numeric", "brazilian"]),
    R("B6063", at(4, 25, "16:35", BRT), "Vamos pagar a 60632 na sexta.", "promise_to_pay", date="2029-04-27", inv=inv("60632"), fam=["weekday", "one-invoice"]),
    R("B6063", at(4, 30, "08:00", BRT), "Estaremos fechados na terça, 1º de maio (Dia do Trabalho). Retornamos na quarta-feira.", "out_of_office", headers=AUTO, subject="Resposta automática", sender=0, fam=["auto-reply", "holiday", "brazilian"]),
    R("B6063", at(5, 3, "14:45", BRT), "Pagamento realizado hoje via câmbio, USD 8.200,00, contrato de câmbio nº 229.441.870.", "already_paid", ref="229.441.870", fam=["paid-with-ref", "fx-contract", "matched"]),
    R("B6063", at(5, 7, "11:10", BRT), "Os frascos de 50 ml vieram sem a válvula spray, 600 unidades. Não pagamos até a reposição.", "dispute", fam=["wrong-goods", "brazilian"]),
    R("B6063", at(5, 10, "09:40", BRT), "Pagamos na segunda-feira que vem.", "promise_to_pay", date="2029-05-14", fam=["next-weekday", "brazilian"]),
    R("B6063", at(5, 15, "17:20", BRT), "Depois do Dia das Mães as vendas caíram. Podemos parcelar em 4x de USD 2.050, a primeira no dia 1º de junho?", "payment_plan_request", date="2029-06-01", amount="2050.00", fam=["plan-amount", "plan-with-dates", "brazilian"]),
    R("B6063", at(5, 18, "13:05", BRT), "Por favor, reemitir as faturas para o novo CNPJ 44.218.553/0001-07, mudamos de filial.", "po_change", sender=0, fam=["tax-id", "reissue", "brazilian"]),
    R("B6063", at(5, 22, "10:50", BRT), "Pode mandar de novo a fatura 60631? Não achei no e-mail.", "invoice_resend", inv=inv("60631"), fam=["resend", "brazilian"]),
    R("B6063", at(5, 25, "15:15", BRT), "Até o fim da semana que vem.", "promise_to_pay", date="2029-06-01", fam=["end-of-next-week", "brazilian"]),
    R("B6063", at(5, 30, "12:00", BRT), "Amanhã é Corpus Christi e aqui é ponto facultativo, então o pagamento sai na segunda, dia 4.", "promise_to_pay", date="2029-06-04", fam=["holiday", "weekday-ordinal", "brazilian"]),
    R("B6063", at(6, 4, "10:30", BRT), "Hoje mandamos USD 4.000 e o restante dia 20.", "promise_to_pay", date="2029-06-04", amount="4000.00", fam=["today", "partial-amount", "two-dates"]),
]
