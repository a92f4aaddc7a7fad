"""field53 Portuguese replies: a Santo Antão grogue distillery (Kriolu mixed in), a Fortaleza cashew processor (strategic)
and an Azores pineapple greenhouse on a plan.

Written one by one by hand; each reply's Date is in the sender's own offset (evals/field53/kit.py).
"""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field53.kit import AUTO, AZ, BR, CV, at

PAYMENTS = [
    Payment("BK53-023", "G5361", "2028-04-28", "630.00", "EUR", "GROGUE RT FT 99062"),
    Payment("BK53-024", "G5362", "2028-05-03", "1980.00", "USD", "CCB PGTO 99064"),
    Payment("BK53-025", "G5363", "2028-04-28", "500.00", "EUR", "PRESTACAO ABRIL FAJA"),
]

_ENCAMINHADA = """Segue abaixo a resposta da diretoria. Att., Contas a pagar

-------- Mensagem encaminhada --------
De: Francisca Bezerra
Data: 02/05/2028 17:22
Assunto: Re: Northwind – cobrança

Pessoal, segura a 99063 até a auditoria da castanha terminar. Depois disso paga tudo, no dia 19 sem falta.

-------- Mensagem encaminhada --------
De: Contas a pagar
Data: 02/05/2028 10:05
Assunto: Northwind – cobrança

Dona Francisca, a Northwind mandou outro lembrete. Pagamos as duas na sexta?"""

REPLIES = [
    # --- G5361 Grogue Ribeira da Torre (Santo Antão, Cabo Verde) ---
    Reply("G5361", at(26, "09:10", CV), "Bom dia! O Sr. Adilson está no trapiche, é época da moagem da cana. Pediu para avisar que o pagamento sai na sexta-feira. Cumprimentos, Djenifer (escritório)",
          "promise_to_pay", "2028-04-28", sender=0, fam=["colleague-for-someone", "weekday"]),
    Reply("G5361", at(28, "15:30", CV), "Pagámos hoje a 99062, ref GROGUE RT FT 99062.",
          "already_paid", ref="GROGUE RT FT 99062", inv=["99062"], sender=1, fam=["already-paid"], note="BK53-023 matches"),
    Reply("G5361", at(27, "11:50", CV), "Nhos ta discupá, nu ta paga dia 10 di maio. Obrigado.",
          "promise_to_pay", "2028-05-10", lang="pt", sender=1, fam=["kriolu", "mixed-language", "ordinal"],
          note="Cabo Verdean Kriolu; labelled Portuguese, the nearest of the six"),
    Reply("G5361", at(31, "10:00", CV), "O escritório está encerrado hoje, 1 de maio, Dia do Trabalhador. Voltamos amanhã.",
          "out_of_office", sender=0, headers=AUTO, subject="Resposta automática", fam=["holiday"]),
    Reply("G5361", at(32, "12:25", CV), "As garrafas de 99061 chegaram 48 partidas. Não pagamos essas. Mandem nota de crédito.",
          "dispute", inv=["99061"], sender=1, fam=["damaged-goods"]),
    Reply("G5361", at(32, "17:40", CV), "Podemos pagar a 99061 em duas vezes? Metade a 15 de maio e metade a 15 de junho.",
          "payment_plan_request", "2028-05-15", inv=["99061"], sender=1, fam=["plan"]),
    Reply("G5361", at(33, "09:35", CV), "Pagamento da 99061 a 12/05, sem falta.",
          "promise_to_pay", "2028-05-12", inv=["99061"], sender=1, fam=["locale-numeric", "terse"]),
    Reply("G5361", at(33, "16:20", CV), "Já não trabalho na contabilidade. Escrevam ao Sr. Adilson.",
          "wrong_contact", sender=0, fam=["left"]),
    Reply("G5361", at(34, "10:50", CV), "Era para ser dia 5, mas o barco para São Vicente atrasou e o dinheiro também. Fica para dia 15.",
          "promise_to_pay", "2028-05-15", sender=1, fam=["moved-date"]),
    Reply("G5361", at(29, "13:15", CV), "Recebido, obrigado.",
          "other", sender=1, fam=["no-action", "terse"]),
    Reply("G5361", at(30, "18:05", CV), "Pode enviar a fatura 99061 outra vez? A que temos não tem o NIF certo da empresa: 250 123 456.",
          "po_change", inv=["99061"], sender=1, fam=["tax-number"]),
    Reply("G5361", at(34, "17:25", CV), "Pagamos 2.000 euros amanhã e o resto no fim do mês.",
          "promise_to_pay", "2028-05-05", "2000.00", inv=["99061"], sender=1, fam=["partial", "tomorrow", "two-dates"]),

    # --- G5362 Castanhas do Ceará Beneficiadora (Fortaleza, strategic) ---
    Reply("G5362", at(26, "08:45", BR), "Prezados, a fatura 99063 está aprovada e entra no lote de pagamento do dia 10. Atenciosamente, Contas a Pagar",
          "promise_to_pay", "2028-05-10", inv=["99063"], sender=0, fam=["payment-run"]),
    Reply("G5362", at(27, "14:15", BR), "Boa tarde. A Dona Francisca está em viagem à Índia (feira de castanha) e volta dia 20. Sou a assistente dela. Ela pediu para informar que o pagamento será feito quando ela voltar.",
          "promise_to_pay", human=["undated", "conditional"], sender="assistente.financeiro@castanhasceara.example", fam=["assistant", "undated"]),
    Reply("G5362", at(28, "10:35", BR), "O número do pedido na 99063 está errado. O correto é CCB-PC-8820-A. Sem isso o SAP bloqueia o pagamento.",
          "po_change", inv=["99063"], sender=0, fam=["po-number", "sap"]),
    Reply("G5362", at(31, "11:20", BR), "Hoje é feriado do Dia do Trabalho. Retornaremos amanhã.",
          "out_of_office", sender=1, headers=AUTO, subject="Resposta automática: Lembrete", fam=["holiday"]),
    Reply("G5362", at(32, "09:55", BR), "As caixas de papelão da 99063 vieram fora da especificação (parede simples em vez de dupla). A castanha quebrou no transporte. Contestamos o valor integral.",
          "dispute", inv=["99063"], sender=1, fam=["quality"]),
    Reply("G5362", at(33, "13:40", BR), "Pagamento da 99064 feito hoje, USD 1.980,00, ref CCB PGTO 99064.",
          "already_paid", ref="CCB PGTO 99064", inv=["99064"], sender=0, fam=["already-paid"], note="BK53-024 matches"),
    Reply("G5362", at(33, "18:30", BR), _ENCAMINHADA,
          "promise_to_pay", "2028-05-19", inv=["99063"], quote="none", sender=0, fam=["forwarded-chain", "buried-answer", "condition-date"],
          human=["conditional"], note="\"depois da auditoria … no dia 19 sem falta\": dated 19 May, after the audit"),
    Reply("G5362", at(34, "10:10", BR), "Podemos parcelar a 99063 em 3x de USD 4.483,33? Primeira parcela dia 31/05.",
          "payment_plan_request", "2028-05-31", "4483.33", inv=["99063"], sender=1, fam=["plan", "parcelar"]),
    Reply("G5362", at(29, "09:30", BR), "Sua mensagem para f.bezerra@castanhasceara.example não pôde ser entregue. Caixa postal cheia.",
          "bounce", sender="mailer-daemon@castanhasceara.example", dsn=("f.bezerra@castanhasceara.example", "4.2.2"), quote="none", subject="Mensagem não entregue", fam=["mailbox-full"]),
    Reply("G5362", at(30, "20:10", BR), "Vcs podem mandar a segunda via da 99064? Não achei no sistema.",
          "invoice_resend", inv=["99064"], sender=0, fam=["segunda-via", "terse"]),
    Reply("G5362", at(26, "17:50", BR), "Pagamos na próxima quinta-feira, sem falta.",
          "promise_to_pay", "2028-05-04", sender=1, fam=["next-weekday"],
          note="\"próxima quinta-feira\" written Wednesday 26 April: Thursday of the following calendar week (4 May)"),
    Reply("G5362", at(34, "15:45", BR), "Pagaremos até o quinto dia útil de junho.",
          "promise_to_pay", "2028-06-07", sender=1, fam=["working-day-of-month"],
          note="fifth business day of June 2028 in Brazil: 1, 2, 5, 6, 7 → 7 June (Corpus Christi falls on 15 June)"),

    # --- G5363 Ananases da Fajã de Baixo (São Miguel, Azores, payment plan) ---
    Reply("G5363", at(26, "10:30", AZ), "Bom dia. A prestação de abril, 500 euros, segue até sexta-feira como combinado. Manuel Medeiros",
          "promise_to_pay", "2028-04-28", "500.00", sender=1, fam=["plan-instalment", "weekday"]),
    Reply("G5363", at(28, "16:00", AZ), "Transferência de 500 € feita hoje, ref PRESTACAO ABRIL FAJA.",
          "already_paid", ref="PRESTACAO ABRIL FAJA", sender=1, human=["partial"], fam=["plan-instalment"], note="BK53-025 matches; an instalment, short of the balance"),
    Reply("G5363", at(31, "09:45", AZ), "Estou ausente até dia 22 de maio (Festas do Senhor Santo Cristo). Para assuntos urgentes contacte escritorio@ananases-faja.example.",
          "out_of_office", sender=1, headers=AUTO, subject="Ausência", human=["back more than 14 days out"], fam=["long-absence", "festival"]),
    Reply("G5363", at(32, "11:30", AZ), "Com a estufa danificada pelo temporal, pedimos que a prestação de maio passe para julho e as restantes sejam reduzidas para 300 €.",
          "payment_plan_request", sender=1, fam=["plan-change"]),
    Reply("G5363", at(33, "14:15", AZ), "A prestação de maio será paga no dia 26, como de costume.",
          "promise_to_pay", "2028-05-26", sender=0, fam=["plan-instalment", "ordinal"]),
    Reply("G5363", at(34, "09:20", AZ), "Podem enviar o extrato de conta com as prestações já pagas?",
          "invoice_resend", sender=0, fam=["statement"]),
    Reply("G5363", at(30, "12:40", AZ), "O senhor Medeiros já não trata das contas, agora é a filha, Ana: a.medeiros@ananases-faja.example",
          "wrong_contact", sender=0, fam=["family"]),
    Reply("G5363", at(29, "10:05", AZ), "A fatura tem juros de mora que não constavam do acordo de pagamento. Não concordamos.",
          "dispute", sender=1, fam=["late-fee"]),
    Reply("G5363", at(34, "18:20", AZ), "Pago na terça da semana que vem.",
          "promise_to_pay", "2028-05-09", sender=1, fam=["terse", "next-week-weekday"]),
    Reply("G5362", at(31, "15:05", BR), "Gente, qual é o IBAN de vocês para USD? O banco pediu confirmação por telefone antes de liberar.",
          "other", human=["bank-detail question"], sender=1, fam=["bank-details"]),
    Reply("G5363", at(27, "19:10", AZ), "Mensagem não entregue a m.medeiros@ananases-faja.example: 550 utilizador desconhecido.",
          "bounce", sender="mailer-daemon@ananases-faja.example", dsn=("m.medeiros@ananases-faja.example", "5.1.1"), quote="none", subject="Não entregue", fam=["unknown-user"]),
]
