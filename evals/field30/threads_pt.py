"""field30, Portuguese replies (Matosinhos, Minas Gerais, the Douro), written by hand."""

from evals.field30.build import Payment, Reply
from evals.field30.kit import AUTO, BR, PT, at

PT_FOOTER = ("Conservas Atlântico, Lda. – NIPC 503 118 442 – Matosinhos. Esta mensagem e quaisquer anexos são confidenciais e destinam-se "
             "exclusivamente ao(s) destinatário(s) indicado(s). Se a recebeu por engano, por favor informe o remetente e apague-a. "
             "Antes de imprimir este e-mail pense bem se é mesmo necessário.")

PAYMENTS = [
    Payment("BK30-019", "R3028", "2026-11-12", "1470.00", "EUR", "CA93056 CONSERVAS ATLANTICO"),
    Payment("BK30-020", "R3029", "2026-11-18", "2560.00", "USD", "LATICINIOS SERRA AZUL LTDA"),
]

REPLIES = [
    Reply("R3028", at(17, "10:10", PT), """Bom dia,

O pagamento das duas faturas será feito na próxima sexta-feira.

Cumprimentos,
Ana Moreira""", "promise_to_pay", date="2026-11-27", fam=["next-weekday"]),
    Reply("R3028", at(18, "11:50", PT), """Vamos pagar no dia 2 de dezembro, quarta-feira. Obrigada pela paciência.""", "promise_to_pay", date="2026-12-02",
          fam=["weekday-ordinal", "date-in-words"]),
    Reply("R3028", at(19, "15:05", PT), """O pagamento vai na qui. 26. AM""", "promise_to_pay", date="2026-11-26", fam=["abbrev-weekday", "terse-mobile"]),
    Reply("R3028", at(20, "09:40", PT), """Transferimos daqui a 15 dias. Cumprimentos""", "promise_to_pay", date="2026-12-05", fam=["relative-span"]),
    Reply("R3028", at(17, "14:30", PT), f"""Exmos. Senhores,

Acusamos a receção do vosso lembrete. Informamos que as faturas n.º 93055 e 93056 serão liquidadas por transferência bancária no dia 30 de novembro, último dia útil do mês.

Com os melhores cumprimentos,
Departamento Financeiro

{PT_FOOTER}""", "promise_to_pay", sender=0, date="2026-11-30", inv=["93055", "93056"], fam=["last-working-day", "formal-ap", "long-disclaimer"]),
    Reply("R3028", at(19, "10:20", PT), """Boa tarde,

Terça-feira é feriado (1 de dezembro), por isso pagamos na quarta, dia 2.

Ana""", "promise_to_pay", date="2026-12-02", fam=["holiday", "weekday-ordinal"]),
    Reply("R3029", at(17, "09:30", BR), """Bom dia,

Vamos pagar a fatura 93058 na segunda-feira, dia 23, e a 93057 depois que a cooperativa nos pagar o leite de outubro.

Rogério""", "promise_to_pay", date="2026-11-23", inv=["93058", "93057"], human=["conditional"],
          fam=["weekday-ordinal", "two-dates", "third-party-payment"]),
    Reply("R3029", at(18, "15:15", BR), """Boa tarde,

Pagaremos via contrato de câmbio no dia 01/12, valor total USD 13.930,00.

Att.,
Rogério Tavares
Gerente financeiro""", "promise_to_pay", date="2026-12-01", amount="13930.00", partial=False, fam=["locale-numeric-dayfirst", "fx-contract"]),
    Reply("R3029", at(19, "11:40", BR), """Sexta é feriado da Consciência Negra aqui, então o pagamento fica para segunda.""", "promise_to_pay", date="2026-11-23",
          fam=["holiday", "bare-weekday"]),
    Reply("R3029", at(20, "10:05", BR), """Vamos pagar 50% semana que vem e o restante até o fim de dezembro.""", "promise_to_pay", date="2026-11-27",
          human=["partial"], fam=["partial", "next-week"]),
    Reply("R3030", at(17, "16:25", PT), """Boa tarde,

O pagamento será feito após a reunião do conselho de administração de 2 de dezembro, no dia 4.

Miguel Carvalho""", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "ordinal-alone"]),
    Reply("R3030", at(18, "09:15", PT), """Pagamos a 93060 amanhã e a 93059 no dia 10 de dezembro.""", "promise_to_pay", date="2026-11-19", inv=["93060", "93059"],
          fam=["two-dates", "date-in-words"]),
    Reply("R3030", at(19, "12:35", PT), """Segue abaixo a confirmação do banco.

---------- Mensagem encaminhada ---------
De: Millennium bcp Empresas <notificacoes@millenniumbcp-empresas.example>
Data: qui., 19/11/2026 às 12:10
Assunto: Transferência agendada

A sua transferência SEPA de 7.605,00 EUR para NORTHWIND SUPPLIES GMBH foi agendada para 27-11-2026.
Referência: QP-2611-093""", "promise_to_pay", sender=0, date="2026-11-27", amount="7605.00", partial=False, ref="QP-2611-093",
          fam=["forwarded-chain", "see-below", "bank-notice", "locale-numeric-dayfirst"]),
    Reply("R3030", at(20, "11:10", PT), """Bom dia,

O pagamento estava previsto para dia 25, mas passa para dia 3 de dezembro porque o importador de Londres atrasou o pagamento dele.

Miguel""", "promise_to_pay", date="2026-12-03", fam=["moved-date", "reason-not-condition"]),
    Reply("R3028", at(17, "23:40", PT), """Peço desculpa pela hora tardia. Amanhã logo de manhã faço a transferência das duas.""", "promise_to_pay", date="2026-11-18", fam=["late-evening"]),
    Reply("R3030", at(17, "10:45", PT), """Pagaremos dentro de 10 dias úteis. Cumprimentos, Faturação""", "promise_to_pay", sender=0, date="2026-12-01",
          fam=["working-days", "holiday"]),
    Reply("R3029", at(17, "14:50", BR), """Só conseguimos pagar quando o banco liberar a linha de capital de giro. Estamos aguardando.""", "promise_to_pay",
          human=["conditional"], fam=["condition", "bank-approval"]),
    # ---- other intents
    Reply("R3028", at(18, "16:05", PT), """Boa tarde,

Já pagámos a fatura 93056 no dia 12, referência CA-93056.

Ana Moreira""", "already_paid", ref="CA-93056", inv=["93056"], fam=["remittance-reference-variant"]),
    Reply("R3029", at(19, "09:20", BR), """Bom dia, já pagamos a 93058 ontem, contrato de câmbio 000987123-4.""", "already_paid", ref="000987123-4", inv=["93058"],
          human=["amount differs (bank charges)"], fam=["fx-contract", "bank-charges"]),
    Reply("R3028", at(20, "12:25", PT), """Bom dia,

Na fatura 93055 vieram 60 caixas com latas amolgadas. Não pagamos essa parte enquanto não recebermos a nota de crédito.

Ana""", "dispute", inv=["93055"], fam=["damaged-goods", "credit-note"]),
    Reply("R3030", at(19, "15:45", PT), """Boa tarde, cobraram-nos portes de envio na 93059 que não constavam do orçamento. Agradecemos a correção.""", "dispute",
          inv=["93059"], fam=["freight"]),
    Reply("R3030", at(20, "09:55", PT), """Podem reenviar a fatura 93060? Não a encontramos.""", "invoice_resend", sender=0, inv=["93060"], fam=["never-received"]),
    Reply("R3029", at(18, "10:10", BR), """Poderiam nos enviar um extrato de conta atualizado? Obrigado.""", "invoice_resend", fam=["statement"]),
    Reply("R3028", at(19, "16:40", PT), """Boa tarde,

A partir de janeiro só aceitamos faturas eletrónicas através da plataforma Saphety. Agradecemos que se registem e reenviem as faturas em aberto por essa via.

Departamento Financeiro""", "po_change", sender=0, fam=["supplier-portal", "e-invoicing"]),
    Reply("R3029", at(20, "14:35", BR), """Boa tarde,

Nosso CNPJ mudou após a incorporação. Favor reemitir as faturas com o CNPJ 12.345.678/0001-90 e razão social Laticínios Serra Azul S.A.

Rogério""", "po_change", fam=["entity-name", "tax-id"]),
    Reply("R3030", at(18, "14:20", PT), """Seria possível pagar em 3 prestações mensais a partir de 15 de dezembro? O ano não foi bom para o vinho.""",
          "payment_plan_request", date="2026-12-15", fam=["plan-request"]),
    Reply("R3029", at(19, "15:30", BR), """Podemos parcelar o saldo em 4 vezes? Estamos com o caixa apertado.""", "payment_plan_request", fam=["plan-request"]),
    Reply("R3030", at(18, "07:15", PT), """Estarei ausente até dia 23 de novembro, com acesso limitado ao correio eletrónico.""", "out_of_office",
          headers=dict(AUTO), subject="Resposta automática: Lembrete: faturas vencidas", fam=["auto-reply"]),
    Reply("R3028", at(20, "08:50", PT), """Estou de baixa médica até ao fim do mês. Respondo quando voltar.""", "out_of_office",
          human=["absence written by a person"], fam=["hand-written-absence", "terse-mobile"]),
    Reply("R3028", at(17, "05:15", PT), """Esta é uma mensagem automática.

Não foi possível entregar a sua mensagem a a.moreira@conservas-atlantico.example.
Motivo: 550 5.1.1 utilizador desconhecido.""", "bounce", sender="MAILER-DAEMON@mail.conservas-atlantico.example",
          subject="Mensagem não entregue: Lembrete: faturas vencidas", dsn=("a.moreira@conservas-atlantico.example", "5.1.1"), fam=["dsn-postfix"]),
    Reply("R3029", at(20, "03:40", BR), """Não foi possível entregar a estes destinatários ou grupos:

r.tavares@laticinios-serraazul.example
A caixa de correio do destinatário está cheia e não pode aceitar mensagens no momento.

Informações de diagnóstico para administradores: 552 5.2.2 mailbox full""", "bounce", sender="postmaster@laticinios-serraazul.example",
          subject="Não é possível entregar: Lembrete: faturas vencidas", dsn=("r.tavares@laticinios-serraazul.example", "5.2.2"), fam=["dsn-exchange", "mailbox-full"]),
    Reply("R3030", at(19, "10:50", PT), """Bom dia, o Sr. Miguel Carvalho já não está na empresa. Contacte a Dra. Inês Sampaio, i.sampaio@quintadopombal.example.""",
          "wrong_contact", sender=0, fam=["left-company"]),
    Reply("R3029", at(17, "16:30", BR), """Sou da produção, não do financeiro. Não sei por que recebo isso.""", "wrong_contact",
          sender="producao@laticinios-serraazul.example", fam=["not-my-department"]),
    Reply("R3028", at(19, "11:25", PT), """Recebido, obrigada. Reencaminhei para a contabilidade.""", "other", fam=["no-action", "acknowledgement"]),
    Reply("R3029", at(18, "13:05", BR), """Vocês aceitam pagamento por boleto ou PIX? A remessa internacional está saindo muito cara.""", "other",
          human=["payment method question"], fam=["payment-method", "pix"]),
]
