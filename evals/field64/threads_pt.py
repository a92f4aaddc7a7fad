"""field64 Portuguese replies: Viana embroidery before the Agonia, a Douro picking contractor, São Paulo Father's Day boxes, Curitiba marching bands."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field.build import Reply as R
from evals.field64.kit import AUTO, BR, PT, at, inv

P, PAID, DISPUTE, RESEND, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, BOUNCE, WRONG, OTHER = "out_of_office", "bounce", "wrong_contact", "other"

PAYMENTS = [
    Payment("BK64-031", "J6461", "2029-08-03", "3820.00", "EUR", "TRF BORDADOS DE VIANA LDA"),
    Payment("BK64-032", "J6463", "2029-08-16", "9190.00", "USD", "CP-0816-NW"),
    Payment("BK64-033", "J6464", "2029-09-05", "4390.00", "USD", "FANFARRAS CURITIBA"),
    Payment("BK64-034", "J6462", "2029-08-28", "3000.00", "EUR", "VINDIMAS PINHAO SINAL"),
]

REPLIES = [
    R("J6461", at(7, 23, "10:00", PT), "Bom dia,\n\nEstamos a bordar os trajes para a Romaria d'Agonia. A fatura 64611 será paga na sexta-feira.\n\nCumprimentos,\nConceição Meira", P,
      date="2029-07-27", inv=inv("64611"), fam=["weekday"]),
    R("J6461", at(8, 14, "18:00", PT), "Amanhã é feriado (Assunção) e depois começa a Agonia. Pagamos na segunda-feira, 20.", P, date="2029-08-20", sender=0,
      fam=["holiday", "weekday-ordinal"]),
    R("J6461", at(8, 29, "09:40", PT), "Transferimos 2.000 € até ao fim da semana e o resto no início de outubro.", P, date="2029-08-31", amount="2000.00",
      fam=["partial", "end-of-week"], note="'até ao fim da semana' read as Friday of the message's week"),
    R("J6462", at(7, 26, "07:30", PT), "A vindima no Pinhão começa a 3 de setembro. Pagamos antes, a 31 de agosto.", P, date="2029-08-31",
      fam=["distractor-date", "explicit-date"]),
    R("J6462", at(8, 20, "12:00", PT), "Pagamento a 30/08 — aliás, a 29/08, que a 30 o banco está fechado para nós.", P, date="2029-08-29", fam=["correction", "numeric-date"]),
    R("J6462", at(9, 5, "20:00", PT), "Estamos na vindima. Pago daqui a 15 dias, quando receber da adega.", P, date="2029-09-20", fam=["relative", "harvest"]),
    R("J6463", at(7, 24, "09:00", BR), "Bom dia! Estamos a todo vapor com as caixas do Dia dos Pais. Vamos pagar a 64631 no dia 3/8.", P, date="2029-08-03",
      inv=inv("64631"), fam=["numeric-date", "holiday"]),
    R("J6463", at(8, 13, "10:30", BR), "O Dia dos Pais foi ontem e as vendas foram ótimas. Pagamos tudo na próxima sexta-feira.", P, date="2029-08-24",
      fam=["next-weekday", "holiday"], note="na próxima sexta-feira written Mon 13 Aug: Friday of the next calendar week"),
    R("J6463", at(8, 30, "15:00", BR), "Vamos pagar US$ 5.000 amanhã e o saldo depois do feriado de 7 de setembro.", P, date="2029-08-31", amount="5000.00",
      fam=["partial", "holiday"]),
    R("J6464", at(8, 6, "11:00", BR), "Oi, as fanfarras estão ensaiando para o Sete de Setembro. O pagamento sai no dia 15.", P, date="2029-08-15", fam=["ordinal"]),
    R("J6464", at(8, 22, "16:30", BR), "Pagamos depois do desfile, na segunda-feira 10/9.", P, date="2029-09-10", sender=0, fam=["weekday-ordinal", "holiday"]),
    R("J6464", at(7, 30, "09:20", BR), "Pagaremos assim que a prefeitura liberar a verba dos uniformes.", P, human=["conditional", "undated"], fam=["conditional", "undated"]),
    R("J6461", at(8, 3, "14:00", PT), "Reencaminho para conhecimento.\n\n---------- Mensagem encaminhada ---------\nDe: Conceição Meira\nPara: Contabilidade\n\nPor favor paguem a Northwind na quarta-feira, dia 8, a 64612.", P,
      date="2029-08-08", inv=inv("64612"), sender=0, fam=["forward", "weekday-ordinal"]),
    R("J6462", at(8, 2, "19:30", PT), "Mais um lembrete, que simpático. Sim, pagamos. Na terça.", P, date="2029-08-07", fam=["sarcasm", "weekday"]),
    R("J6463", at(8, 6, "09:00", BR), "Prezados,\nInformamos que o pagamento será efetuado em até 5 dias úteis.\nAtenciosamente,\nFinanceiro", P, date="2029-08-13",
      sender=0, html=True, fam=["html", "working-days"]),
    R("J6464", at(9, 3, "10:00", BR), "Pagamos até o fim do mês que vem, quando entra o contrato com as escolas.", P, date="2029-10-31", fam=["month-end", "far-date"],
      note="o fim do mês que vem written 3 Sep: 31 October, 58 days out"),
    R("J6463", at(8, 20, "11:00", BR), "A 64632 vai ser paga amanhã via câmbio. A 64631 fica para semana que vem.", P, date="2029-08-21", fam=["two-dates", "relative"]),
    R("J6461", at(7, 31, "08:30", PT), "Pagamos daqui a duas semanas.", P, date="2029-08-14", sender=0, fam=["relative"]),
    # already paid
    R("J6461", at(8, 6, "11:00", PT), "Já pagámos tudo na sexta-feira.", PAID, fam=["amount-match", "relative"]),
    R("J6463", at(8, 17, "10:00", BR), "Pagamento realizado ontem, referência CP-0816-NW. Segue comprovante.", PAID, ref="CP-0816-NW", sender=0,
      attachments=[("comprovante.pdf", "application/pdf", "Comprovante de câmbio\nData: 16/08/2029\nValor: US$ 9.190,00\nReferência: CP-0816-NW")],
      fam=["reference", "attachment"]),
    R("J6464", at(9, 6, "09:00", BR), "Já está pago, fizemos ontem.", PAID, fam=["terse", "amount-match"]),
    R("J6462", at(8, 30, "18:00", PT), "Transferimos 3.000 € na terça como sinal. O resto segue depois da vindima.", PAID, human=["amount differs from the open balance"],
      fam=["partial", "short-payment"]),
    # disputes
    R("J6461", at(8, 9, "10:30", PT), "Na fatura 64611 cobram 60 metros de linho e só recebemos 40. Aguardamos nota de crédito.", DISPUTE, inv=inv("64611"),
      fam=["short-delivery"]),
    R("J6463", at(8, 27, "14:00", BR), "As caixas da 64632 chegaram amassadas, depois do Dia dos Pais. Não vamos pagar por mercadoria que não conseguimos vender.", DISPUTE,
      inv=inv("64632"), fam=["late-delivery", "damage"]),
    R("J6464", at(8, 15, "10:00", BR), "O valor da 64641 está acima do orçamento aprovado (US$ 3.950). Favor corrigir.", DISPUTE, inv=inv("64641"), fam=["price"]),
    # resends
    R("J6462", at(7, 25, "11:00", PT), "Podem reenviar a fatura? Não a encontramos.", RESEND, fam=["copy"]),
    R("J6463", at(8, 2, "09:30", BR), "Poderiam nos mandar o extrato da conta atualizado, por favor?", RESEND, fam=["statement"]),
    R("J6464", at(8, 28, "13:00", BR), "nao recebemos essa nota, manda de novo pf", RESEND, fam=["terse", "never-received"]),
    # PO and billing changes
    R("J6463", at(7, 27, "10:00", BR), "Favor reemitir a fatura 64632 com o número do pedido CP-PED-0961 e o nosso CNPJ 12.345.678/0001-90.", PO, inv=inv("64632"), sender=0,
      fam=["po-number", "tax-id"]),
    R("J6461", at(8, 21, "09:00", PT), "O nosso NIF mudou após a fusão: 516 234 870. Agradecemos a emissão de novas faturas.", PO, fam=["tax-id", "acquisition"]),
    R("J6464", at(8, 10, "14:00", BR), "A partir de agora as faturas devem ser enviadas para contas@fanfarrascuritiba.example e não para o e-mail pessoal do Edson.", PO,
      fam=["mailbox"]),
    # plans
    R("J6462", at(8, 6, "10:00", PT), "Podemos pagar em 3 prestações de 2.040 €, a primeira a 15 de setembro?", PLAN, date="2029-09-15", amount="2040.00",
      fam=["first-instalment"]),
    R("J6464", at(8, 20, "09:00", BR), "Seria possível parcelar em 4 vezes? As escolas só pagam em outubro.", PLAN, fam=["undated"]),
    R("J6461", at(8, 27, "16:00", PT), "Podíamos pagar metade agora e metade em outubro?", PLAN, date="2029-08-27", fam=["half-now"]),
    # absences
    R("J6461", at(8, 10, "09:06", PT), "Estou de férias até 2 de setembro. Para assuntos urgentes contacte contabilidade@bordadosviana.example.", OOO, headers=AUTO,
      human=["absence longer than 14 days"], fam=["auto-reply", "long-absence"]),
    R("J6463", at(8, 10, "09:06", BR), "Estou fora do escritório até o dia 14/08, com acesso limitado ao e-mail.", OOO, headers=AUTO, fam=["auto-reply"]),
    R("J6464", at(7, 25, "09:06", BR), "Estarei em férias até 27/07.", OOO, headers=AUTO, fam=["auto-reply"]),
    # bounces
    R("J6462", at(8, 14, "09:06", PT), "Não foi possível entregar a mensagem aos seguintes destinatários:\n\nj.sampaio@vindimaspinhao.example\n\n550 5.1.1 Utilizador desconhecido", BOUNCE,
      sender="postmaster@vindimaspinhao.example", dsn=("j.sampaio@vindimaspinhao.example", "5.1.1"), quote="none",
      subject="Não entregue: Lembrete: faturas vencidas", fam=["dsn"]),
    R("J6464", at(8, 31, "09:07", BR), "Falha na entrega da mensagem.\n\ne.moraes@fanfarrascuritiba.example: caixa postal cheia (552 5.2.2)", BOUNCE,
      sender="MAILER-DAEMON@fanfarrascuritiba.example", dsn=("e.moraes@fanfarrascuritiba.example", "5.2.2"), quote="none", subject="Mensagem não entregue",
      fam=["dsn"]),
    # wrong contact
    R("J6462", at(8, 24, "20:00", PT), "Sou o encarregado dos cortadores, não trato de pagamentos. Escrevam para geral@vindimaspinhao.example.", WRONG, fam=["seasonal-staff"]),
    R("J6463", at(9, 4, "11:00", BR), "A Renata saiu da empresa. Favor enviar as cobranças para financeiro@caixapresente.example, aos cuidados do Marcos.", WRONG, sender=0,
      fam=["left-company"]),
    # other
    R("J6461", at(7, 26, "12:00", PT), "Recebido, obrigada.", OTHER, fam=["no-action", "acknowledgement"]),
    R("J6463", at(8, 23, "10:00", BR), "Vocês aceitam Pix? Seria muito mais rápido para nós.", OTHER, human=["payment method"], fam=["payment-method"]),
    R("J6462", at(9, 3, "11:00", PT), "Este e-mail é verdadeiro? Recebemos uma carta com um IBAN diferente em nome da Northwind.", OTHER, human=["fraud check"],
      fam=["fraud-check"]),
]
