"""field41 Portuguese replies: Lisbon and Bahia (hand-written one by one)."""

from evals.field.build import Payment, Reply
from evals.field41.kit import AUTO, BR, PT, at

PAYMENTS = [
    Payment("BK41-025", "C4161", "2027-09-14", "4620.00", "EUR", "TRF ALFAMA SOFTWARE FT 94161"),
    Payment("BK41-026", "C4162", "2027-09-09", "7260.00", "USD", "DESTILARIA RECONCAVO LTDA"),
    Payment("BK41-027", "C4164", "2027-09-15", "1200.00", "USD", "BAIA DE TODOS FILMES PARCELA 3"),
]

REPLIES = [
    Reply("C4161", at(13, "10:00", PT), """Bom dia,

A fatura 94161 foi paga hoje por transferência, já deve estar convosco amanhã. A 94162 seguirá no dia 30.

Com os melhores cumprimentos,
Teresa Carvalho
Diretora Financeira
Alfama Software Distribuição, Lda. – Rua dos Remédios 71, Lisboa""",
          "already_paid", sec=["promise_to_pay"], date="2027-09-30", inv=["94161", "94162"], fam=["mixed_paid_and_promise", "voice_lisbon"],
          note="94161 matches BK41-025 (14 Sep)"),
    Reply("C4161", at(14, "11:30", PT), """Bom dia,

A fatura 94162 tem IVA a 23% sobre licenças que foram revendidas para Angola (exportação). Pedimos nota de crédito e nova fatura isenta.

Cumprimentos,
Contabilidade""",
          "dispute", inv=["94162"], sender=0, fam=["vat_dispute"]),
    Reply("C4161", at(15, "09:15", PT), """Bom dia, a 94162 paga-se na próxima sexta-feira. Cumprimentos, Teresa""",
          "promise_to_pay", date="2027-09-24", inv=["94162"], fam=["next_weekday"]),
    Reply("C4161", at(16, "14:50", PT), """Boa tarde,

Solicitamos que passem a indicar o nosso número de compromisso (CP 2027/0812) nas faturas, conforme exigido pelo nosso cliente público. Agradecemos reemissão da 94162.

Contabilidade""",
          "po_change", inv=["94162"], sender=0, fam=["commitment_number", "public_sector_customer"]),
    Reply("C4161", at(13, "08:30", PT), """Estou ausente em férias até dia 20 de setembro, sem acesso ao email. Para assuntos urgentes contacte contabilidade@alfamasoft.example.

Teresa Carvalho""",
          "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Alfama Software Distribuição Lda",
          fam=["ooo_short"]),
    Reply("C4161", at(14, "16:10", PT), """Boa tarde,

Podem reenviar a fatura 94162 em PDF? Não nos chegou, apenas o lembrete.

Obrigada,
Contabilidade""",
          "invoice_resend", inv=["94162"], sender=0, fam=["resend_never_received"]),
    Reply("C4161", at(16, "10:40", PT), """Bom dia,

Será possível pagar a 94162 em duas prestações de 390 €, uma agora e outra no fim de outubro?

Teresa""",
          "payment_plan_request", date="2027-09-16", amount="390.00", inv=["94162"], fam=["plan_first_now"]),
    Reply("C4162", at(13, "11:00", BR), """Bom dia, tudo bem?

Fizemos o pagamento das duas faturas no dia 9, um TED de USD 7.260,00. Segue comprovante em anexo.

Abraço,
Jorge Santana
Gerente Financeiro – Destilaria Recôncavo, Santo Amaro/BA""",
          "already_paid", attachments=[("comprovante_ted.pdf", "application/pdf", "Comprovante 09/09/2027 USD 7.260,00 favorecido NORTHWIND SUPPLIES GMBH")],
          fam=["collective_payment", "voice_bahia"], note="BK41-026 9 Sep USD 7,260 = 6,310 + 950"),
    Reply("C4162", at(14, "10:20", BR), """Oi, boa tarde!

A 94164 veio com 40 caixas de garrafas, mas só chegaram 34 aqui na destilaria. Pode mandar a nota de crédito das 6 caixas? Aí a gente paga o resto na hora.

Jorge""",
          "dispute", inv=["94164"], fam=["short_delivery", "voice_bahia"]),
    Reply("C4162", at(15, "15:30", BR), """Bom dia,

A 94163 será paga na sexta-feira que vem, dia 24.

Att.,
Financeiro""",
          "promise_to_pay", date="2027-09-24", inv=["94163"], sender=0, fam=["explicit_weekday_day"]),
    Reply("C4162", at(16, "09:10", BR), """Olá,

Pedimos que incluam o CNPJ 15.448.902/0001-37 e a razão social completa na fatura, senão o câmbio não fecha. Podem reemitir a 94163?

Financeiro""",
          "po_change", inv=["94163"], sender=0, fam=["tax_id_change"]),
    Reply("C4162", at(13, "17:00", BR), """Estou de férias até 11/10, sem acesso a e-mail. Qualquer assunto do financeiro, falar com financeiro@destilariareconcavo.example.

Jorge Santana""",
          "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Destilaria Recôncavo Ltda",
          human=["absence more than 14 days"], fam=["ooo_long_absence", "numeric_day_first"]),
    Reply("C4162", at(14, "13:45", BR), """Boa tarde,

Dá pra parcelar a 94163 em três vezes? Primeira parcela no dia 30 de setembro, depois 30/10 e 30/11. A safra da cana atrasou este ano.

Jorge""",
          "payment_plan_request", date="2027-09-30", inv=["94163"], fam=["plan_three_instalments", "harvest"]),
    Reply("C4162", at(15, "11:50", BR), """Bom dia! Não trabalho mais no financeiro da destilaria, agora estou na parte comercial. Favor falar com a Sra. Ivone Barreto: ivone.barreto@destilariareconcavo.example.

Jorge""",
          "wrong_contact", fam=["wrong_contact_named"]),
    Reply("C4162", at(16, "16:30", BR), """Oi, vamos pagar assim que o importador de Portugal pagar a nossa cachaça. Sem data por enquanto.""",
          "promise_to_pay", human=["conditional"], fam=["conditional_customer_pays", "voice_mobile"]),
    Reply("C4163", at(13, "12:20", PT), """Exmos. Senhores,

Informamos que a fatura 94165 será liquidada até ao final do mês.

Com os melhores cumprimentos,
Manuel Pinto
Sócio-gerente
Agência Funerária Graça, Lda.""",
          "promise_to_pay", date="2027-09-30", fam=["end_of_month", "voice_lisbon_formal"]),
    Reply("C4163", at(14, "09:40", PT), """Bom dia,

Na fatura 94165 cobraram 3 urnas em carvalho, mas foram fornecidas em pinho, mais baratas. Agradecemos a correção.

Secretaria""",
          "dispute", sender=0, fam=["wrong_goods_price"]),
    Reply("C4163", at(15, "13:15", PT), """Bom dia,

Solicitamos o envio de uma segunda via da fatura 94165.

Obrigado,
Secretaria""",
          "invoice_resend", sender=0, fam=["segunda_via"]),
    Reply("C4163", at(16, "11:20", PT), """Bom dia, o Sr. Manuel está de baixa médica até ao fim de outubro. Peço que me contactem a mim, Ana Pinto, ana.pinto@funeraria-graca.example.""",
          "wrong_contact", sender=0, fam=["wrong_contact_named"]),
    Reply("C4163", at(13, "15:55", PT), """Boa tarde,

Transferimos hoje 2 390 € referentes à fatura 94165.

Manuel Pinto""",
          "already_paid", inv=["94165"], human=["no matching payment"], fam=["paid_no_match"]),
    Reply("C4163", at(15, "17:30", PT), """Boa tarde,

Pagaremos dentro de 8 dias.

Cumprimentos,
Manuel Pinto""",
          "promise_to_pay", date="2027-09-23", fam=["in_n_days"]),
    Reply("C4164", at(13, "10:30", BR), """Bom dia,

A terceira parcela do nosso acordo foi paga em 15/09... ops, quer dizer, está agendada para 15/09, quarta-feira.

Luana Reis
Diretora de Produção – Baía de Todos Filmes""",
          "promise_to_pay", date="2027-09-15", human=["partial"], fam=["self_correction", "plan_instalment_promise"]),
    Reply("C4164", at(15, "18:20", BR), """Oi! Pagamos hoje a parcela 3, USD 1.200. Abs, Luana""",
          "already_paid", human=["amount differs from the open balance (plan instalment)"], fam=["plan_instalment_paid", "voice_mobile"],
          note="BK41-027 USD 1,200 of 8,740"),
    Reply("C4164", at(14, "12:00", BR), """Bom dia,

Estamos filmando em Cachoeira e o dinheiro da Ancine só sai em outubro. Dá pra pular a parcela de setembro e pagar em dobro em novembro?

Luana""",
          "payment_plan_request", fam=["plan_skip_instalment"]),
    Reply("C4164", at(16, "13:40", BR), """Bom dia,

Favor direcionar as faturas para o e-mail notas@baiatodosfilmes.example a partir de agora, este endereço é só da produção.

Financeiro""",
          "po_change", sender=0, fam=["new_mailbox"]),
    Reply("C4164", at(15, "07:00", BR), """Mensagem não entregue.
O endereço l.reis@baiatodosfilmes.example não foi encontrado (550 5.1.1).""",
          "bounce", sender="mailer-daemon@baiatodosfilmes.example", subject="Falha na entrega: Lembrete: faturas vencidas – Baía de Todos Filmes Ltda",
          dsn=("l.reis@baiatodosfilmes.example", "5.1.1"), lang="pt", fam=["bounce_user_unknown", "bounce_portuguese"]),
    Reply("C4163", at(16, "02:00", PT), """Esta é uma mensagem automática do servidor de correio.
Não foi possível entregar a mensagem a m.pinto@funeraria-graca.example: caixa de correio cheia (552 5.2.2).""",
          "bounce", sender="mailer-daemon@funeraria-graca.example", subject="Falha na entrega da mensagem",
          dsn=("m.pinto@funeraria-graca.example", "5.2.2"), lang="pt", fam=["bounce_mailbox_full", "bounce_portuguese"]),
    Reply("C4161", at(15, "12:00", PT), """Obrigada, recebido. Já reencaminhei para a contabilidade.""",
          "other", fam=["no-action", "acknowledgement"]),
    Reply("C4162", at(15, "09:30", BR), """Bom dia, vocês aceitam PIX ou só transferência internacional? Fica bem mais barato pra gente.""",
          "other", sender=0, human=["payment method question"], fam=["pix_question"]),
    Reply("C4163", at(14, "14:25", PT), """Boa tarde,

Existe algum desconto de pronto pagamento se liquidarmos esta semana?

Manuel Pinto""",
          "other", human=["discount question"], fam=["discount_question"]),
    Reply("C4161", at(16, "17:40", PT), """Boa tarde,

Corrijo o que disse ontem: a 94162 não vai na próxima sexta, vai no último dia útil do mês, dia 30.

Teresa""",
          "promise_to_pay", date="2027-09-30", inv=["94162"], fam=["moved_date", "last_business_day"]),
    Reply("C4162", at(13, "14:10", BR), """Boa tarde, a 94164 a gente paga amanhã sem falta. Jorge""",
          "promise_to_pay", date="2027-09-14", inv=["94164"], fam=["tomorrow", "voice_mobile"]),
    Reply("C4164", at(16, "10:00", BR), """Bom dia,

A parcela de outubro sai no dia 15/10, como combinado.

Luana""",
          "promise_to_pay", date="2027-10-15", human=["partial"], fam=["plan_instalment_promise", "numeric_day_first"]),
    Reply("C4163", at(14, "18:00", PT), """Boa tarde,

Pagamos na próxima semana, na quarta-feira.

Secretaria""",
          "promise_to_pay", date="2027-09-22", sender=0, fam=["next_week_weekday"]),
    Reply("C4161", at(14, "08:20", PT), """Bom dia,

Liquidamos a 94162 no início do próximo mês, assim que fecharmos o trimestre.

Teresa Carvalho""",
          "promise_to_pay", date="2027-10-01", inv=["94162"], fam=["beginning_next_month", "quarter_end"]),
    Reply("C4162", at(16, "11:15", BR), """Bom dia, a 94163 vai sair em até 5 dias úteis. Att, Financeiro""",
          "promise_to_pay", date="2027-09-23", inv=["94163"], sender=0, fam=["working_days"]),
]
