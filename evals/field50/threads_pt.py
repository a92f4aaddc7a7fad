"""Portuguese replies (field50): an Azorean surfboard shaper, a Luanda costume house (strategic) and a Curitiba
wooden-toy maker — Todos os Santos, Finados, Angolan Independence Day and the Azores' own clock."""

from evals.field.build import Payment, Reply
from evals.field50.kit import AO, AUTO, AZ, AZS, BR, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK50-025", "V5061", "2027-10-27", "4340.00", "EUR", "AZORES SURF SHAPERS LDA FT 96041 96042"),
    P("BK50-026", "V5063", "2027-10-26", "470.00", "USD", "BRINQUEDOS ARAUCARIA LTDA"),
    P("BK50-027", "V5062", "2027-10-29", "16250.00", "USD", "FANTASIAS E TRAJES DE LUANDA FTL-0915"),
]

REPLIES = [
    # --- Azores Surf Shapers (PT, Ponta Delgada)
    R("V5061", at(25, "10:15", AZS), "Bom dia,\n\nO pagamento será feito na sexta-feira.\n\nCumprimentos,\nRui Medeiros", "promise_to_pay",
      date="2027-10-29", fam=["weekday", "azorean"]),
    R("V5061", at(26, "15:30", AZS), "Boa tarde, pagamos as duas faturas a 3/11, depois do feriado de Todos os Santos.", "promise_to_pay", date="2027-11-03",
      fam=["numeric-date", "day-first", "holiday", "azorean"]),
    R("V5061", at(27, "17:45", AZS), "Transferência efetuada hoje para as faturas 96041 e 96042.", "already_paid", fam=["paid-today"], note="BK50-025"),
    R("V5061", at(28, "11:20", AZS), "A fatura 96041 inclui o frete para o continente, mas as pranchas foram levantadas por nós em Lisboa. Pedimos nota de crédito do frete.",
      "dispute", inv=["96041"], fam=["freight", "credit-note", "azorean"]),
    R("V5061", at(29, "09:40", AZS), "Pagamento até ao final do mês, sem falta.", "promise_to_pay", date="2027-10-31", fam=["end-of-month"], sender=0),
    R("V5061", at(32, "14:10", AZ), "Podem reenviar a fatura 96042? Não a encontramos no e-fatura.", "invoice_resend", inv=["96042"],
      fam=["resend", "after-clock-change"]),
    R("V5061", at(33, "10:50", AZ), "Pagamos 580 € amanhã e o restante na próxima semana.", "promise_to_pay", date="2027-11-03", amount="580.00", partial=False,
      fam=["two-parts", "tomorrow", "next-week"]),
    R("V5061", at(25, "16:40", AZS), "Por favor, emitam as faturas com o nosso NIF 514 223 876 e a morada nova: Rua do Melo 12, 9500-091 Ponta Delgada.",
      "po_change", fam=["nif", "new-address", "azorean"]),
    R("V5061", at(30, "11:00", AZS), "Estou fora até dia 15 de novembro, no campeonato de surf em Peniche. Sem acesso ao email.", "out_of_office",
      headers=AUTO, subject="Resposta automática", quote="none", human=["absence longer than 14 days"], fam=["auto-ooo", "long-absence", "event"]),
    R("V5061", at(26, "09:05", AZS), "Recebido, obrigado.", "other", fam=["no-action", "ack"]),
    R("V5061", at(28, "18:30", AZS), "Podemos pagar em duas prestações, metade a 15 de novembro e metade a 15 de dezembro?", "payment_plan_request",
      date="2027-11-15", fam=["two-halves", "day-month"]),
    R("V5061", at(32, "09:30", AZ), "O pagamento fica para daqui a 15 dias, quando entrar o dinheiro das encomendas do Natal.", "promise_to_pay",
      date="2027-11-16", fam=["in-days", "reason-date"], note="daqui a 15 dias: +15 as written"),
    R("V5061", at(29, "13:15", AZS), "Recebemos um email a dizer que o vosso IBAN mudou para um banco em Malta. É verdade? Não pagamos sem confirmação.",
      "other", human=["fraud worry"], fam=["fraud", "changed-iban"]),
    # --- Fantasias e Trajes de Luanda (AO, strategic)
    R("V5062", at(25, "11:30", AO), "Prezados,\n\nInformamos que o pagamento da fatura 96043 será efetuado após a liquidação das divisas pelo banco, prevista para 10 de novembro.\n\nEduarda Kiala\nDiretora Financeira",
      "promise_to_pay", date="2027-11-10", inv=["96043"], human=["conditional"], fam=["fx-allocation", "conditional", "flagged", "angolan"]),
    R("V5062", at(29, "16:00", AO), "Efetuámos hoje a transferência de USD 16.250,00. O banco cobrou 150 de comissão.", "already_paid",
      human=["amount differs"], fam=["bank-charges", "short-payment", "flagged", "angolan"], note="BK50-027 short by 150"),
    R("V5062", at(26, "10:10", AO), "Para efeitos de pagamento ao exterior, o banco exige a fatura proforma, o contrato e o certificado de origem. Podem enviar?",
      "other", human=["documents for fx"], fam=["fx-documents", "flagged", "angolan"]),
    R("V5062", at(27, "14:45", AO), "Prezados, a partir de novembro as faturas devem ser emitidas em nome de Trajes de Angola Holding SA, NIF 5417123456, após a fusão.",
      "po_change", fam=["merger", "nif", "flagged", "angolan"]),
    R("V5062", at(28, "09:00", AO), "Pagamos no dia 12, depois do feriado da Independência.", "promise_to_pay", date="2027-11-12",
      fam=["holiday", "ordinal", "flagged", "angolan"]),
    R("V5062", at(32, "08:00", AO), "Estarei ausente até 3 de novembro (feriado de Finados). Para assuntos urgentes contacte financas@fantasiasluanda.example.",
      "out_of_office", headers=AUTO, subject="Ausência", quote="none", fam=["auto-ooo", "holiday", "flagged"]),
    R("V5062", at(33, "15:20", AO), "Não foi possível entregar a mensagem a e.kiala@fantasiasluanda.example. Endereço inexistente (550 5.1.1).",
      "bounce", sender="mailer-daemon@fantasiasluanda.example", subject="Mensagem não entregue", dsn=("e.kiala@fantasiasluanda.example", "5.1.1"),
      fam=["bounce", "portuguese-dsn", "flagged"]),
    R("V5062", at(30, "12:00", AO), "Poderíamos liquidar o valor em quatro prestações mensais a partir de dezembro? O acesso a divisas está muito difícil.",
      "payment_plan_request", fam=["instalments", "fx", "flagged", "undated"]),
    # --- Brinquedos de Madeira Araucária (BR, Curitiba)
    R("V5063", at(25, "10:00", BR), "Olá, pagamos na quinta, dia 28.", "promise_to_pay", date="2027-10-28", fam=["weekday-ordinal", "brazilian"]),
    R("V5063", at(26, "17:20", BR), "Oi, a de 470 foi paga hoje. A outra pagamos dia 5.", "already_paid", sec=["promise_to_pay"], inv=["96045", "96044"],
      date="2027-11-05", fam=["paid-and-promise", "ordinal", "brazilian"], note="the paid part matches BK50-026"),
    R("V5063", at(27, "11:40", BR), "Por favor, incluam nosso CNPJ 12.345.678/0001-90 na fatura, senão o contador não lança.", "po_change",
      fam=["cnpj", "brazilian"]),
    R("V5063", at(28, "09:15", BR), "Hoje é Dia do Servidor, o banco está meio parado. Pagamos segunda-feira.", "promise_to_pay", date="2027-11-01",
      fam=["weekday", "holiday-context", "brazilian"]),
    R("V5063", at(29, "14:50", BR), "Podem mandar a segunda via da fatura 96044? Recebemos em branco.", "invoice_resend", inv=["96044"],
      fam=["segunda-via", "brazilian"]),
    R("V5063", at(32, "10:30", BR), "Os carrinhos de madeira chegaram com as rodas soltas, 30 de 80 peças. Não vamos pagar a 96044 enquanto não resolverem.",
      "dispute", inv=["96044"], fam=["damaged-goods", "brazilian"]),
    R("V5063", at(33, "16:05", BR), "Hoje é Finados, escritório fechado. Retornamos amanhã.", "out_of_office", headers=AUTO, subject="Resposta automática",
      quote="none", fam=["auto-ooo", "holiday", "brazilian"]),
    R("V5063", at(26, "12:30", BR), "Pagamento na próxima sexta.", "promise_to_pay", date="2027-11-05", fam=["next-weekday", "terse", "brazilian"]),
    R("V5063", at(30, "09:30", BR), "Oi, sou a estagiária, a Gabriela está de férias. Vou deixar o recado pra ela.", "wrong_contact",
      sender="estagio@brinquedosaraucaria.example", fam=["intern", "unknown-sender", "brazilian"]),
    R("V5063", at(27, "19:00", BR), "Vocês aceitam Pix? Seria bem mais prático.", "other", human=["payment method question"], fam=["pix", "brazilian"]),
    R("V5063", at(31, "20:15", BR), "Pagamos até dia 10, depois que os lojistas pagarem as encomendas de Natal.", "promise_to_pay", date="2027-11-10",
      human=["conditional"], fam=["conditional", "ordinal", "sunday", "brazilian"]),
    R("V5063", at(28, "15:40", BR), "Dá pra parcelar em 3 vezes? Primeira parcela dia 15/11.", "payment_plan_request", date="2027-11-15",
      fam=["instalments", "numeric-date", "brazilian"]),
    R("V5061", at(31, "12:00", AZ), "Não sou eu que trato das faturas, sou o shaper. Escrevam para contabilidade@azoressurfshapers.example.",
      "wrong_contact", sender="oficina@azoressurfshapers.example", fam=["wrong-person", "unknown-sender", "sunday"]),
    R("V5063", at(33, "11:10", BR), "Pagamento em 3 dias úteis.", "promise_to_pay", date="2027-11-05", fam=["working-days", "terse", "brazilian"]),
    R("V5061", at(27, "10:25", AZS), "O pagamento fica para a semana que vem, na quarta-feira.", "promise_to_pay", date="2027-11-03", fam=["next-week-weekday"]),
    R("V5062", at(31, "11:00", AO), "Falha na entrega: o endereço financas@fantasiasluanda.example recusou a mensagem. Caixa de correio cheia (552 5.2.2).",
      "bounce", sender="postmaster@fantasiasluanda.example", subject="Falha na entrega", dsn=("financas@fantasiasluanda.example", "5.2.2"),
      fam=["bounce", "portuguese-dsn", "mailbox-full", "flagged"]),
    R("V5063", at(25, "15:00", BR), "Tudo certo, recebi. Obrigada!", "other", fam=["no-action", "ack", "brazilian"]),
]
