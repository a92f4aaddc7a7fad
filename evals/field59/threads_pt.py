"""field59, Portuguese: Bahia trio-elétrico sound trucks and Rio samba plumes around Carnaval, Torres Vedras costumes,
a Chinese-owned bazaar in Martim Moniz, a Macau importer on a plan writing from the Ano Novo Lunar and an Azores
malassada bakery on a legal account."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field59.kit import AUTO, AZO, BR, CN, PT, at

R = Reply

PAYMENTS: list[Payment] = [
    Payment("BK59-028", "A5956", "2029-02-01", "6160.00", "EUR", "TRF FANTASIAS CARNAVAL TV"),
    Payment("BK59-029", "A5958", "2029-01-30", "7940.00", "EUR", "DRAGAO DOURADO LDA"),
    Payment("BK59-030", "A5955", "2029-02-16", "19870.00", "USD", "SOM DA BAHIA SWIFT 59551"),
]

REPLIES: list[Reply] = [
    R("A5955", at("01-22", "10:00", BR), """Bom dia,

Estamos na montagem dos trios para o Carnaval de Salvador e o caixa só entra depois da folia. Pagamos a fatura 59551 na sexta-feira depois das Cinzas, dia 16/02, e a 59552 em março.

Abraço,
Cláudio Santana
Diretor Financeiro""",
      "promise_to_pay", date="2029-02-16", inv=["INV-2027-59551", "INV-2027-59552"], sender=1, fam=["carnival", "numeric-day-first", "strategic"]),
    R("A5955", at("02-16", "15:00", BR), """Boa tarde, conforme prometido o SWIFT da 59551 saiu hoje. Segue o comprovante.

Financeiro""",
      "already_paid", inv=["INV-2027-59551"], attachments=[("comprovante_swift.pdf", "application/pdf", "Banco do Brasil - Comprovante de transferência internacional\nData: 16/02/2029\nValor: USD 19.870,00\nBeneficiário: Northwind Supplies GmbH\nReferência: SOM DA BAHIA SWIFT 59551")],
      ref="SOM DA BAHIA SWIFT 59551", fam=["attachment", "matched", "strategic"]),
    R("A5955", at("01-30", "11:00", BR), """Olá,

A fatura 59552 cobra 12 caixas de som line array, mas recebemos 10 e duas chegaram com o cone rasgado. Precisamos de nota de crédito.

Cláudio""",
      "dispute", inv=["INV-2027-59552"], sender=1, fam=["damaged-goods", "short-delivery", "strategic"]),
    R("A5955", at("02-09", "18:00", BR), """Estamos em pleno Carnaval. Escritório fechado de 09/02 a 14/02, retorno na quinta-feira, 15/02. Axé!""",
      "out_of_office", headers=AUTO, fam=["carnival", "strategic"]),
    R("A5955", at("02-05", "09:30", BR), """Bom dia, por favor emitam as faturas em nome da nova empresa do grupo, Som da Bahia Eventos S.A., CNPJ 12.345.678/0001-90.""",
      "po_change", fam=["legal-entity", "strategic"]),
    R("A5955", at("01-25", "14:00", BR), """Oi, quem cuida do contas a pagar agora é a Juliana, juliana.reis@somdabahia.example. Eu saí do financeiro. Cláudio""",
      "wrong_contact", sender=1, fam=["moved-role", "strategic"]),
    R("A5956", at("01-23", "09:45", PT), """Bom dia,

O Carnaval de Torres Vedras está à porta e as encomendas dos matrafonas não param. Liquidamos as duas faturas até ao fim do mês.

Cumprimentos,
Rita Marques""",
      "promise_to_pay", date="2029-01-31", sender=1, fam=["carnival", "end-of-month"]),
    R("A5956", at("02-02", "10:00", PT), """Bom dia, a transferência foi feita ontem, 6.160,00 €. Cumprimentos, Rita""",
      "already_paid", sender=1, fam=["matched", "terse"]),
    R("A5956", at("01-29", "16:20", PT), """Boa tarde,

Na fatura 59562 vem cobrado o IVA a 23%, mas os artigos de carnaval infantil que encomendámos têm taxa reduzida segundo o nosso contabilista. Agradecemos a correção.

Contabilidade""",
      "dispute", inv=["INV-2027-59562"], fam=["tax", "vat"]),
    R("A5956", at("02-12", "08:00", PT), """Estamos encerrados na segunda e terça-feira de Carnaval (12 e 13 de fevereiro). Responderemos a partir de quarta-feira.""",
      "out_of_office", headers=AUTO, fam=["carnival", "short-absence"]),
    R("A5956", at("01-25", "11:00", PT), """Bom dia, podem reenviar a fatura 59561 com o nosso NIF? Sem ele não a conseguimos lançar.""",
      "po_change", inv=["INV-2027-59561"], fam=["tax-id", "reissue"]),
    R("A5956", at("02-14", "12:00", PT), """Olá! Podem enviar-me um extrato de conta atualizado? Obrigada, Rita""",
      "invoice_resend", sender=1, fam=["statement", "terse"]),
    R("A5957", at("01-24", "20:00", BR), """Oi,

As plumas saíram todas para as escolas de samba e só recebemos depois do desfile. Vamos pagar metade, US$ 4.210, na quarta-feira de Cinzas, e o resto em março.

Adriana""",
      "promise_to_pay", date="2029-02-14", amount="4210.00", sender=1, fam=["carnival", "ash-wednesday", "partial", "credit-hold"]),
    R("A5957", at("02-07", "10:30", BR), """Olá, dá para parcelar em 4 vezes de US$ 2.105, a primeira no dia 15 de março?

Adriana Nascimento""",
      "payment_plan_request", date="2029-03-15", amount="2105.00", sender=1, fam=["instalments", "first-dated", "credit-hold"]),
    R("A5957", at("01-31", "09:00", BR), """Bom dia, as penas de faisão da fatura 59571 vieram quebradas em metade das caixas. Não vamos pagar o valor cheio.""",
      "dispute", fam=["damaged-goods", "credit-hold"]),
    R("A5957", at("02-12", "08:00", BR), """Adriana está no sambódromo até quarta, depois ela responde.""",
      "out_of_office", human=["absence typed by a person"], fam=["typed-absence", "carnival", "credit-hold"]),
    R("A5957", at("02-15", "09:00", BR), """Oi, a metade (US$ 4.210) foi paga ontem por PIX internacional via nossa conta pessoal. Segue comprovante.

Adriana""",
      "already_paid", human=["no matching payment"], sender=1, fam=["personal-account", "partial-paid", "credit-hold"]),
    R("A5958", at("01-24", "10:00", PT), """Bom dia,

Antes do Ano Novo Chinês fechamos as contas. Vamos pagar as faturas 59581 e 59582 na terça-feira, dia 30.

Hui Wu""",
      "promise_to_pay", date="2029-01-30", sender=1, fam=["spring-festival", "weekday-ordinal"]),
    R("A5958", at("01-31", "11:00", PT), """Olá, pagamento feito ontem, as duas faturas. Obrigado.""",
      "already_paid", fam=["matched", "terse"]),
    R("A5958", at("02-08", "17:00", PT), """A loja estará fechada de 12 a 15 de fevereiro para o Ano Novo Lunar. Reabrimos sexta-feira, 16. 恭喜发财""",
      "out_of_office", headers=AUTO, fam=["spring-festival"]),
    R("A5958", at("01-29", "15:00", PT), """Boa tarde, eu já não trato das faturas, fale com a minha filha, Ana Wu: ana.wu@dragaodourado.example""",
      "wrong_contact", sender=1, fam=["new-contact"]),
    R("A5958", at("02-05", "10:00", PT), """Bom dia, o nosso contabilista pede a declaração de residência fiscal da vossa empresa para não reter imposto. Podem enviar?""",
      "other", human=["tax form"], fam=["tax-form"]),
    R("A5959", at("01-23", "16:00", CN), """Caros senhores,

A prestação de janeiro, 2.500 €, será transferida no dia 31/01, como acordado.

Com os melhores cumprimentos,
Fernando Sou""",
      "promise_to_pay", date="2029-01-31", amount="2500.00", sender=1, html=True, fam=["plan-account", "instalment", "macau", "html"]),
    R("A5959", at("02-06", "10:00", CN), """Bom dia,

Com o Ano Novo Lunar as vendas atrasaram-se. Seria possível adiar a prestação de fevereiro para o fim de março e pagar duas juntas?

Fernando Sou""",
      "payment_plan_request", sender=1, fam=["plan-account", "defer", "macau"]),
    R("A5959", at("02-08", "18:00", CN), """Estaremos encerrados de 12 a 16 de fevereiro por ocasião do Ano Novo Lunar. 農曆新年休假 — we will reply from 19 February.""",
      "out_of_office", headers=AUTO, fam=["spring-festival", "macau", "bilingual"]),
    R("A5959", at("02-01", "09:00", CN), """Bom dia, a prestação de janeiro foi paga ontem, 2.500 €, ref. LOTUS-PREST-04.""",
      "already_paid", ref="LOTUS-PREST-04", human=["no matching payment"], fam=["plan-account", "instalment-paid"]),
    R("A5959", at("01-29", "09:30", CN), """A mensagem não pôde ser entregue ao destinatário f.sou@lotusmacau.example: caixa de correio cheia (552 5.2.2).""",
      "bounce", sender="postmaster@lotusmacau.example", dsn=("f.sou@lotusmacau.example", "5.2.2"), subject="Mensagem não entregue", fam=["dsn-pt", "plan-account"]),
    R("A5960", at("01-25", "11:00", AZO), """Bom dia,

Como sabem, o assunto está com o nosso advogado. Ainda assim, informamos que, passado o Carnaval (as malassadas de terça-feira gorda esgotam tudo), pagaremos a fatura no dia 20 de fevereiro.

João Medeiros""",
      "promise_to_pay", date="2029-02-20", sender=1, fam=["legal-account", "carnival", "explicit-date"]),
    R("A5960", at("02-09", "10:00", AZO), """Boa tarde, podemos pagar em duas vezes? 1.980 € a 20 de fevereiro e 1.980 € a 20 de março.

João""",
      "payment_plan_request", date="2029-02-20", amount="1980.00", sender=1, fam=["instalments", "first-dated", "legal-account"]),
    R("A5960", at("02-14", "12:00", AZO), """Bom dia, não temos a fatura 59601 no nosso sistema. Podem enviá-la de novo para o advogado também?""",
      "invoice_resend", inv=["INV-2027-59601"], fam=["never-received", "legal-account"]),
    R("A5956", at("02-07", "15:00", PT), """Boa tarde, recebido, obrigada. Já reencaminhei para a contabilidade.""",
      "other", fam=["no-action", "ack"], sender=1),
    R("A5955", at("02-13", "22:00", BR), """Só pra avisar: ainda estamos no circuito Barra-Ondina. Pagamento na sexta, como combinado. Não precisa mandar mais lembrete, tá?""",
      "promise_to_pay", date="2029-02-16", sender=1, fam=["carnival", "weekday", "strategic", "mobile"]),
    R("A5958", at("02-13", "10:00", PT), """Bom dia, aceitam pagamento por MB Way? Ou só transferência?""",
      "other", human=["payment method question"], sender=1, fam=["payment-method"]),
    R("A5957", at("01-26", "09:00", BR), """Bom dia, podem mandar a invoice 59571 de novo, com o número da DI? Precisamos para o despacho.""",
      "invoice_resend", inv=["INV-2027-59571"], sender=1, fam=["customs", "credit-hold"]),
    R("A5956", at("02-09", "09:00", PT), """Bom dia, a partir de agora enviem as faturas para faturas@fantasias-torresvedras.example, este endereço vai ser desativado.""",
      "po_change", fam=["invoice-mailbox"]),
    R("A5959", at("02-14", "11:00", CN), """Bom dia, a prestação de fevereiro segue dentro de 15 dias, logo que os bancos reabram.

F. Sou""",
      "promise_to_pay", date="2029-03-01", sender=1, fam=["plan-account", "relative-span"], note="within 15 days = +15"),
    R("A5955", at("01-29", "10:00", BR), """Mensagem automática: seu e-mail foi recebido e gerou o chamado nº 2029-00417. Responderemos em até 2 dias úteis.""",
      "other", headers=AUTO, fam=["no-action", "ticket-ack", "strategic"]),
    R("A5958", at("02-15", "11:00", PT), """Bom dia, a 59582 não é nossa, nunca encomendámos lanternas vermelhas de 60 cm. Por favor anulem.""",
      "dispute", inv=["INV-2027-59582"], fam=["not-ordered"]),
    R("A5956", at("02-15", "10:00", PT), """Bom dia, quem trata dos pagamentos é a contabilidade externa, contabilista@gabinete-oeste.example. Rita""",
      "wrong_contact", sender=1, fam=["external-accountant"]),
]
