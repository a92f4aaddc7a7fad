"""Hand-written Portuguese replies: a Braga cavaquinho maker, a Mantiqueira pine grower (strategic), a Mindelo guitar maker."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field51.kit import AUTO, BR, CV, PT, at

R = Reply

REPLIES: list[Reply] = [
    # J5161 Cordofones de Braga (pt-PT)
    R("J5161", at(6, "09:45", PT), "Bom dia,\n\nAs duas faturas serão pagas no dia 15/12 por transferência. Pedimos desculpa pelo atraso.\n\nCom os melhores cumprimentos,\nRui Araújo", "promise_to_pay",
      date="2027-12-15", fam=["day-first", "formal"]),
    R("J5161", at(7, "12:30", PT), "Amanhã é feriado (Imaculada Conceição) e quinta estou em Guimarães. Pago na sexta, dia 10.", "promise_to_pay",
      date="2027-12-10", fam=["holiday-distractor", "weekday-ordinal"]),
    R("J5161", at(8, "10:00", PT), "Estou ausente até dia 13 de dezembro. Feriado e ponte. Cumprimentos, Rui", "out_of_office",
      headers=AUTO, fam=["auto-absence"]),
    R("J5161", at(9, "15:20", PT), "A fatura 97062 já foi paga a 3 de dezembro, referência CORDBRAGA-1203. Segue o comprovativo.", "already_paid",
      ref="CORDBRAGA-1203", inv=["97062"], attachments=[("comprovativo.pdf", "application/pdf", "Comprovativo de transferência. Montante 560,00 EUR. Ref CORDBRAGA-1203. Data 03-12-2027")], fam=["proof-of-payment"]),
    R("J5161", at(10, "11:15", PT), "Por favor emitam nova fatura com o NIF correto: 500 000 000. A atual tem o NIF da antiga sociedade.", "po_change",
      fam=["nif", "reissue"]),
    R("J5161", at(13, "16:30", PT), "Os tampos de abeto da 97061 chegaram rachados. Enviámos fotografias ao vosso comercial. Não pagamos até recebermos nota de crédito.", "dispute",
      inv=["97061"], fam=["damaged-goods"]),
    R("J5161", at(14, "09:10", PT), "Podem reenviar a 97061? O nosso contabilista não a encontra no e-fatura.", "invoice_resend",
      inv=["97061"], fam=["never-received"]),
    R("J5161", at(15, "13:50", PT), "Conseguimos pagar 1.500 € até ao Natal e o resto em janeiro, em duas vezes. Pode ser?", "payment_plan_request",
      date="2027-12-24", amount="1500.00", fam=["instalments-proposed"]),
    R("J5161", at(16, "10:40", PT), "Sou a empregada da loja, o senhor Rui está na feira de Natal em Braga. Não sei responder a isto.", "wrong_contact",
      sender="loja@cordofones-braga.example", fam=["shop-assistant"]),
    R("J5161", at(17, "17:05", PT), "Pagamos daqui a 15 dias, sem falta.", "promise_to_pay",
      date="2028-01-01", fam=["relative-span"]),
    R("J5161", at(6, "07:20", PT), "A mensagem não pôde ser entregue a r.araujo@cordofones-braga.example.\n\n550 5.1.1 Utilizador desconhecido", "bounce",
      lang="pt", sender="mailer-daemon@cordofones-braga.example", dsn=("r.araujo@cordofones-braga.example", "5.1.1"), subject="Mensagem não entregue", quote="none", fam=["dsn"]),
    R("J5161", at(13, "09:05", PT), "Obrigado, recebido.", "other",
      fam=["no-action", "terse"]),
    R("J5161", at(15, "18:15", PT), "Recebemos um email a pedir que paguemos para um IBAN novo na Lituânia. São vocês? Não pagamos sem confirmação telefónica.", "other",
      human=["fraud worry"], fam=["fraud-worry", "changed-iban"]),

    # J5162 Pinheiros da Mantiqueira, Campos do Jordão (pt-BR, strategic)
    R("J5162", at(6, "10:30", BR), "Bom dia,\n\nA NF referente à fatura 97063 foi aprovada e o pagamento será feito via Pix no dia 20/12. A 97064 aguarda o recebimento no almoxarifado.\n\nAtenciosamente,\nLuciana Siqueira\nDiretora Financeira", "promise_to_pay",
      date="2027-12-20", inv=["97063", "97064"], human=["conditional"], fam=["pix", "day-first", "grn"]),
    R("J5162", at(7, "14:15", BR), "Oi, pagamos a 97064 ontem por Pix, segue o comprovante. ID E00000000202712061530.", "already_paid",
      ref="E00000000202712061530", inv=["97064"], attachments=[("pix.pdf", "application/pdf", "Comprovante Pix. Valor R$ 7.900,00. ID E00000000202712061530. 06/12/2027")], fam=["pix", "proof-of-payment"]),
    R("J5162", at(8, "11:00", BR), "Prezados, o frete da 97063 (R$ 3.200) não estava no pedido PM-8814. Favor emitir nota de crédito. O restante pagaremos na sexta.", "dispute",
      sec=["promise_to_pay"], date="2027-12-10", inv=["97063"], fam=["freight-dispute", "dispute-with-promise"]),
    R("J5162", at(9, "16:45", BR), "Estarei em férias coletivas de 20/12 a 10/01. Em caso de urgência, financeiro@pinheiros-mantiqueira.example.", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence", "ferias-coletivas"]),
    R("J5162", at(10, "09:30", BR), "Favor faturar em nome da nova razão social, Mantiqueira Florestal S.A., CNPJ 00.000.000/0001-00, a partir de 1º de dezembro. Fomos incorporados.", "po_change",
      fam=["cnpj", "acquisition"]),
    R("J5162", at(13, "13:20", BR), "Podemos parcelar a 97063 em 4x? Primeira parcela dia 10 de janeiro. O faturamento de Natal atrasou.", "payment_plan_request",
      date="2028-01-10", inv=["97063"], fam=["parcelamento"]),
    R("J5162", at(14, "15:40", BR), "Pode mandar a segunda via do boleto da 97064? O primeiro venceu.", "invoice_resend",
      inv=["97064"], fam=["boleto", "segunda-via"]),
    R("J5162", at(15, "10:10", BR), "Oi, sou estagiária do financeiro, a Luciana pediu pra avisar que vai pagar tudo depois do 13º dos funcionários, lá pelo dia 23.", "promise_to_pay",
      date="2027-12-23", sender="estagiaria.fin@pinheiros-mantiqueira.example", fam=["intern", "decimo-terceiro"]),
    R("J5162", at(16, "08:50", BR), "Não foi possível entregar sua mensagem a l.siqueira@pinheiros-mantiqueira.example. Caixa postal cheia.", "bounce",
      lang="pt", sender="postmaster@pinheiros-mantiqueira.example", dsn=("l.siqueira@pinheiros-mantiqueira.example", "5.2.2"), subject="Falha na entrega", quote="none", fam=["dsn", "mailbox-full"]),
    R("J5162", at(17, "11:25", BR), "Boa tarde, a Luciana saiu da empresa. O novo responsável pelo contas a pagar é o Marcos Ribeiro, m.ribeiro@pinheiros-mantiqueira.example.", "wrong_contact",
      sender=0, fam=["left-company", "new-contact"]),
    R("J5162", at(13, "17:55", BR), "Pagamento total de R$ 50.700 amanhã via TED.", "promise_to_pay",
      date="2027-12-14", amount="50700.00", partial=False, fam=["ted", "tomorrow"]),
    R("J5162", at(16, "12:05", BR), "Precisamos do informe de rendimentos / declaração de retenção de impostos para fechar o ano. Vocês podem enviar?", "other",
      human=["tax form"], fam=["tax-form"]),

    # J5163 Violas do Mindelo (pt-CV)
    R("J5163", at(6, "11:10", CV), "Bom dia, as duas faturas vão ser pagas até ao fim do mês. Os turistas do festival ainda não pagaram as violas.", "promise_to_pay",
      date="2027-12-31", fam=["end-of-month"]),
    R("J5163", at(7, "09:35", CV), "A Edna está de férias até 5 de janeiro. Sou o Djo, ajudo na oficina. Ela vê quando voltar.", "wrong_contact",
      sender="djo@violas-mindelo.example", fam=["workshop-staff"]),
    R("J5163", at(8, "14:00", CV), "Já pagámos a 97066 por transferência do BCA, referência MINDELO-97066, no dia 1.", "already_paid",
      ref="MINDELO-97066", inv=["97066"], fam=["ordinal"]),
    R("J5163", at(9, "10:20", CV), "As cordas que vieram na 97065 não eram as de aço para cavaquinho que pedimos. Queremos trocar antes de pagar.", "dispute",
      inv=["97065"], fam=["wrong-goods"]),
    R("J5163", at(10, "16:50", CV), "Podemos pagar os 2.640 € em três vezes, janeiro, fevereiro, março, no dia 15? A época está fraca.", "payment_plan_request",
      date="2028-01-15", inv=["97065"], fam=["instalments-proposed"]),
    R("J5163", at(13, "08:30", CV), "Estou fora até 3 de janeiro. Boas festas! Edna", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence"]),
    R("J5163", at(14, "12:40", CV), "Envie outra vez a fatura 97065 com o nosso NIF cabo-verdiano, por favor: 200000000.", "po_change",
      inv=["97065"], fam=["nif", "reissue"]),
    R("J5163", at(15, "15:15", CV), "Mandamos 1.000 € na sexta e o resto depois do Ano Novo.", "promise_to_pay",
      date="2027-12-17", amount="1000.00", human=["undated remainder"], fam=["partial", "weekday"]),
    R("J5163", at(16, "09:55", CV), "Pode reenviar as faturas? O computador avariou e perdemos tudo.", "invoice_resend",
      fam=["lost-files"]),
    R("J5163", at(17, "13:25", CV), "Ok, obrigada. Vou ver com a Edna.", "other",
      fam=["no-action", "terse"]),
    R("J5163", at(14, "18:40", CV), "Pagamos na próxima sexta-feira, dia 24, depois de fecharmos a loja para o Natal... ah não, dia 24 o banco fecha cedo. Pagamos na quinta, 23.", "promise_to_pay",
      date="2027-12-23", fam=["corrected-date", "holiday-distractor"]),
]

PAYMENTS: list[Payment] = [
    Payment("BK51-021", "J5161", "2027-12-03", "560.00", "EUR", "CORDBRAGA-1203"),
    Payment("BK51-022", "J5162", "2027-12-06", "7900.00", "BRL", "E00000000202712061530 PINHEIROS MANTIQUEIRA"),
    Payment("BK51-023", "J5163", "2027-12-01", "480.00", "EUR", "MINDELO-97066"),
]
