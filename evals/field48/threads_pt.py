"""Hand-written field48 replies in Portuguese: a Lisbon Portuguese-guitar workshop (Corpo de Deus, Santo António), a Rio
circus company on a legal account and a Recife aquarium (PIX, boleto, CNPJ)."""

from evals.field.build import Payment, Reply
from evals.field48.kit import AUTO, BR, PT, at

PAYMENTS = [
    Payment("BK48-026", "M4861", "2027-05-07", "590.00", "EUR", "OFICINA GUITARRA MOURARIA"),
    Payment("BK48-027", "M4862", "2027-05-12", "42800.00", "BRL", "PIX E18236120202705121530"),
    Payment("BK48-028", "M4863", "2027-05-10", "3270.00", "BRL", "PIX AQUARIO MARINHO RECIFE"),
]

REPLIES = [
    # --- M4861 Oficina de Guitarra Portuguesa da Mouraria Lda (Lisboa, pt-PT) ---
    Reply("M4861", at(12, "10:40", PT), """Bom dia,

O pagamento das duas faturas será efetuado no dia 26, quarta-feira, porque quinta-feira é feriado (Corpo de Deus).

Com os melhores cumprimentos,
Joaquim Serrano
Sócio-gerente""", "promise_to_pay", date="2027-05-26", fam=["promise-date", "holiday", "ordinal-alone"]),
    Reply("M4861", at(10, "14:20", PT), """Boa tarde, transferência agendada para 20/05. Cumprimentos, Contabilidade""", "promise_to_pay", date="2027-05-20", sender=0,
          fam=["promise-date", "day-first", "terse"]),
    Reply("M4861", at(11, "11:05", PT), """Bom dia,

A fatura 94872 foi paga a 07/05. Segue em anexo o comprovativo.

Contabilidade""", "already_paid", inv=["94872"], sender=0, attachments=[("comprovativo.pdf", "application/pdf", "Transferência SEPA 590,00 EUR, 07-05-2027, Northwind Supplies GmbH")],
          fam=["paid-matched", "proof-of-payment"]),
    Reply("M4861", at(11, "16:25", PT), """Boa tarde,

Das 24 carrapetas (cravelhas em leque) faturadas na 94871, metade veio com a rosca empenada e não serve para montagem. Pedimos nota de crédito dessas 12 peças. O resto pagamos.

Joaquim Serrano""", "dispute", inv=["94871"], fam=["dispute-damaged"]),
    Reply("M4861", at(13, "09:55", PT), """Até ao final do mês fica tudo pago. J. Serrano""", "promise_to_pay", date="2027-05-31", fam=["promise-date", "month-end", "terse"]),
    Reply("M4861", at(11, "07:00", PT), """Obrigado pelo seu e-mail. Estarei ausente até 14 de junho, inclusive, e regresso ao escritório a 15 de junho, depois das festas de Santo António. Assuntos urgentes: contabilidade@guitarra-mouraria.example.

Joaquim Serrano""", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Oficina de Guitarra Portuguesa da Mouraria Lda",
          quote="none", human=["absence longer than 14 days"], fam=["ooo-long", "holiday"]),
    Reply("M4861", at(12, "15:45", PT), """Bom dia,

Seria possível pagar a fatura 94871 em 4 prestações de 910 €, a primeira a 15 de junho? As encomendas de guitarras estão paradas até ao verão.

Obrigado,
Joaquim Serrano""", "payment_plan_request", date="2027-06-15", amount="910.00", inv=["94871"], fam=["plan-request"]),
    Reply("M4861", at(10, "10:15", PT), """Bom dia, por favor corrijam o NIF nas faturas: o correto é 514 238 905 (o que consta é o do sócio, a título pessoal). Obrigada, Contabilidade""",
          "po_change", sender=0, fam=["tax-id", "reissue"]),
    Reply("M4861", at(13, "12:30", PT), """Boa tarde, podem enviar a 2.ª via da fatura 94871? Não a encontramos no e-fatura. Obrigada""", "invoice_resend", inv=["94871"], sender=0,
          fam=["resend", "segunda-via"]),
    Reply("M4861", at(10, "17:05", PT), """Pago daqui a 15 dias. Joaquim""", "promise_to_pay", date="2027-05-25", fam=["promise-date", "relative-span", "terse"]),
    Reply("M4861", at(11, "18:30", PT), """Fica para a próxima sexta-feira, se não se importam. Joaquim Serrano""", "promise_to_pay", date="2027-05-21",
          fam=["promise-date", "next-weekday"]),
    Reply("M4861", at(12, "13:10", PT), """Boa tarde, podemos pagar por referência Multibanco ou MB WAY? Para nós é mais prático. Cumprimentos""", "other", sender=0,
          human=["payment method question"], fam=["payment-method"]),
    Reply("M4861", at(13, "15:20", PT), """Boa tarde,

O Sr. Joaquim Serrano reformou-se no mês passado. A gerência é agora da filha, Inês Serrano, ines.serrano@guitarra-mouraria.example, a quem devem dirigir os assuntos de pagamentos.

Contabilidade""", "wrong_contact", sender=0, fam=["wrong-contact", "new-contact"]),

    # --- M4862 Lona Circense Produções Artísticas Ltda (Rio de Janeiro, pt-BR, legal) ---
    Reply("M4862", at(10, "11:30", BR), """Prezados,

Conforme conversado com o nosso jurídico, pagaremos R$ 10.000,00 no dia 31/05 e o restante ao longo de junho.

Atenciosamente,
Carla Menezes
Diretora administrativa""", "promise_to_pay", date="2027-05-31", amount="10000.00", human=["undated remainder"],
          fam=["promise-date", "partial", "flagged"]),
    Reply("M4862", at(11, "15:10", BR), """Prezados Senhores,

Na qualidade de advogados da Lona Circense Produções Artísticas Ltda., vimos contestar integralmente a cobrança da fatura INV-2026-94873. A lona de picadeiro fornecida apresentou rasgos na primeira montagem, conforme laudo técnico anexo, e encontra-se à disposição para retirada.

Qualquer comunicação deverá ser dirigida a este escritório.

Dr. Paulo Teixeira
Teixeira & Lobo Advogados""", "dispute", inv=["94873"], sender="paulo.teixeira@teixeiralobo.example",
          attachments=[("laudo-lona.pdf", "application/pdf", "Laudo técnico: rasgos na lona de picadeiro")], fam=["legal-letter", "dispute-quality", "unknown-sender", "flagged"]),
    Reply("M4862", at(12, "10:05", BR), """Prezados,

Propomos parcelar o valor em 6 vezes de R$ 7.133,33, a partir de 15/06. Aguardamos retorno.

Carla Menezes""", "payment_plan_request", date="2027-06-15", amount="7133.33", fam=["plan-request", "flagged"]),
    Reply("M4862", at(12, "16:40", BR), """Boa tarde, pagamento via PIX realizado hoje, ID E18236120202705121530. Favor dar baixa. Financeiro""", "already_paid",
          ref="E18236120202705121530", sender=0, fam=["paid-matched", "pix", "flagged"]),
    Reply("M4862", at(10, "06:20", BR), """Olá! Estamos em turnê pelo Nordeste até 20 de junho, com acesso limitado ao e-mail. Responderemos na volta.
Carla Menezes""", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Lona Circense Produções Artísticas Ltda",
          quote="none", human=["absence longer than 14 days"], fam=["ooo-long", "flagged"]),
    Reply("M4862", at(13, "11:15", BR), """Prezados, favor tratar este assunto diretamente com nosso advogado, Dr. Paulo Teixeira (paulo.teixeira@teixeiralobo.example). Não responderemos mais a cobranças por este canal.""",
          "other", human=["refer to attorney"], fam=["legal", "flagged"]),
    Reply("M4862", at(11, "09:40", BR), """Bom dia, podem nos enviar o boleto atualizado e a nota da fatura 94873? O que temos já venceu. Obrigado, Financeiro""", "invoice_resend",
          inv=["94873"], sender=0, fam=["resend", "boleto", "flagged"]),
    Reply("M4862", at(13, "17:30", BR), """Semana que vem, na quarta, sai o pagamento. Carla""", "promise_to_pay", date="2027-05-19", fam=["promise-date", "next-week-weekday", "flagged"]),
    Reply("M4862", at(11, "08:05", BR), """Não foi possível entregar sua mensagem.

Destinatário: financeiro@lonacircense.example
Erro: 550 5.1.1 caixa postal inexistente""", "bounce", sender="mailer-daemon@lonacircense.example",
          subject="Falha na entrega: Lembrete: faturas vencidas – Lona Circense Produções Artísticas Ltda", dsn=("financeiro@lonacircense.example", "5.1.1"),
          fam=["bounce", "flagged"]),
    Reply("M4862", at(12, "14:25", BR), """Pagamos depois do feriado de Corpus Christi, na sexta 28. Carla""", "promise_to_pay", date="2027-05-28",
          fam=["promise-date", "holiday", "weekday-ordinal", "flagged"]),

    # --- M4863 Aquário Marinho do Recife Ltda (pt-BR) ---
    Reply("M4863", at(10, "10:25", BR), """Bom dia, o pagamento sai dia 20/05. Abs, Renato""", "promise_to_pay", date="2027-05-20", fam=["promise-date", "day-first"]),
    Reply("M4863", at(11, "14:50", BR), """Olá, pagamos a 94875 ontem via PIX. Segue comprovante. Financeiro""", "already_paid", inv=["94875"], sender=0,
          attachments=[("comprovante-pix.pdf", "application/pdf", "PIX R$ 3.270,00 - 10/05/2027 - Northwind Supplies GmbH")], fam=["paid-matched", "pix"]),
    Reply("M4863", at(12, "11:35", BR), """Prezados,

O filtro de areia da fatura 94874 chegou sem o kit de válvulas seletoras que constava no orçamento (item 3). Sem ele não conseguimos instalar. Só pagaremos quando o kit chegar ou com a nota de crédito correspondente.

Renato Albuquerque""", "dispute", inv=["94874"], fam=["dispute-incomplete"]),
    Reply("M4863", at(13, "16:05", BR), """Até o fim do mês a gente quita. Renato""", "promise_to_pay", date="2027-05-31", fam=["promise-date", "month-end", "informal"]),
    Reply("M4863", at(12, "17:50", BR), """Renato aqui. Dá pra parcelar a 94874 em 3x? Primeira parcela dia 10/06. A bilheteria caiu muito com as chuvas.""", "payment_plan_request",
          date="2027-06-10", inv=["94874"], fam=["plan-request", "day-first"]),
    Reply("M4863", at(10, "13:05", BR), """Prezados, favor emitir as faturas em nome da nova razão social, Aquário Marinho do Recife S.A., CNPJ 48.112.530/0001-77. Att, Financeiro""",
          "po_change", sender=0, fam=["legal-entity", "cnpj"]),
    Reply("M4863", at(12, "08:15", BR), """Estou de férias até 24/05, com acesso restrito ao e-mail. Em caso de urgência, falar com financeiro@aquariorecife.example.
Renato Albuquerque""", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Aquário Marinho do Recife Ltda", quote="none",
          fam=["ooo-short"]),
    Reply("M4863", at(13, "10:20", BR), """Metade hoje e metade na sexta, beleza? Renato""", "promise_to_pay", date="2027-05-13", human=["partial"],
          fam=["promise-date", "half-now", "partial"], note="a share with no figure, dated today"),
    Reply("M4863", at(11, "09:30", BR), """Recebido, obrigado. Vou encaminhar ao Renato.""", "other", sender=0, fam=["no-action", "terse"]),
    Reply("M4863", at(10, "15:40", BR), """Oi, sou da bilheteria, acho que esse e-mail veio pra mim por engano. Quem cuida dos pagamentos é o Renato (r.albuquerque@aquariorecife.example). Abraço, Júlia""",
          "wrong_contact", sender="bilheteria@aquariorecife.example", fam=["wrong-contact", "unknown-sender"]),
    Reply("M4863", at(13, "12:55", BR), """Pagamento programado para segunda-feira, dia 17. Renato""", "promise_to_pay", date="2027-05-17", fam=["promise-date", "weekday-ordinal"]),
    Reply("M4863", at(11, "17:25", BR), """Já paguei por boleto semana passada, as duas. Confere aí.""", "already_paid", human=["no matching payment"],
          fam=["paid-unmatched", "boleto"]),
    Reply("M4861", at(10, "08:20", PT), """Não foi possível entregar a mensagem ao destinatário seguinte:

j.serrano@guitarra-mouraria.example
O endereço não existe no domínio. (550 5.1.1)""", "bounce", sender="mailer-daemon@guitarra-mouraria.example",
          subject="Mensagem não entregue: Lembrete: faturas vencidas – Oficina de Guitarra Portuguesa da Mouraria Lda",
          dsn=("j.serrano@guitarra-mouraria.example", "5.1.1"), fam=["bounce"]),
    Reply("M4861", at(12, "16:50", PT), """Boa tarde, pagamos na primeira semana de junho, no dia 2. Cumprimentos, Joaquim""", "promise_to_pay", date="2027-06-02",
          fam=["promise-date", "day-in-week"]),
]
