"""Portuguese replies: a Minho restaurant group, a São Paulo dental network on a plan and a Brazilian açaí franchise (8–12 March 2027)."""

from __future__ import annotations

from evals.field43.build import Payment, Reply
from evals.field43.kit import AUTO, BR, PT, at

PAYMENTS = [
    Payment("BK43-061", "A4361", "2027-03-05", "6340.00", "EUR", "TRF 2027/0305/118 GRUPO SABORES DO MINHO"),
    Payment("BK43-062", "A4363", "2027-03-10", "4120.00", "USD", "FRANQUIAS ACAI TROPICAL CAMBIO 213456789"),
    Payment("BK43-063", "A4362", "2027-02-26", "1400.00", "USD", "REDE SORRISO CLINICAS PARCELA"),
]

REPLIES = [
    Reply("A4361", at(8, "10:30", PT), "Bom dia,\n\no pagamento será efetuado na sexta-feira.\n\nCumprimentos,\nHelena Araújo", "promise_to_pay",
          "2027-03-12", fam=["bare-weekday", "restaurant-group"]),
    Reply("A4361", at(9, "11:45", PT), "Exmos. Senhores,\n\nInformamos que as faturas 94361 e 94362 serão liquidadas por transferência "
          "bancária no dia 19 de março.\n\nCom os melhores cumprimentos,\nDepartamento de Contabilidade\nGrupo Sabores do Minho, Lda\n"
          "NIF 509 876 543", "promise_to_pay", "2027-03-19", sender=0, fam=["month-name-date", "formal-ap"]),
    Reply("A4361", at(10, "15:20", PT), "Vamos pagar a 94362 (1.090 €) amanhã e a 94361 até ao final do mês.\n\nHelena", "promise_to_pay",
          "2027-03-11", amount="1090.00", partial=False, inv=["94362", "94361"],
          fam=["two-dates", "figure-names-invoice", "tomorrow"]),
    Reply("A4361", at(11, "09:35", PT), "O pagamento fica agendado para daqui a 15 dias.\n\nContabilidade", "promise_to_pay", "2027-03-26",
          sender=0, fam=["relative-span", "daqui-a-15-dias"]),
    Reply("A4361", at(12, "12:10", PT), "Corrigindo o que disse ontem ao seu colega: não é dia 19, é dia 24.\n\nHelena Araújo",
          "promise_to_pay", "2027-03-24", fam=["moved-date", "self-correction", "ordinal-alone"]),
    Reply("A4362", at(8, "09:15", BR), "Oi,\n\na parcela de março (US$ 1.400,00) sai dia 15, como combinado.\n\nAbs,\nCamila", "promise_to_pay",
          "2027-03-15", amount="1400.00", fam=["instalment-existing-plan", "ordinal-alone", "brazilian", "dental-chain"]),
    Reply("A4362", at(10, "14:05", BR), "Prezados,\n\na parcela deste mês será paga na próxima segunda-feira, dia 15.\n\nFinanceiro\n"
          "Rede Sorriso Clínicas Odontológicas", "promise_to_pay", "2027-03-15", human=["partial"], sender=0,
          fam=["instalment-existing-plan", "weekday-ordinal", "brazilian"]),
    Reply("A4362", at(12, "16:30", BR), "Vamos pagar assim que a operadora do plano odontológico repassar os valores de fevereiro, "
          "previsto para o dia 25.\n\nCamila Menezes", "promise_to_pay", "2027-03-25", human=["conditional"],
          fam=["third-party-payment", "condition-date", "brazilian"]),
    Reply("A4363", at(8, "11:50", BR), "Oi, tudo bem? Vamos pagar na próxima sexta, ok? Thanks!\nRodrigo", "promise_to_pay", "2027-03-19",
          fam=["next-weekday", "mixed-language", "brazilian", "franchise-retail"]),
    Reply("A4363", at(9, "10:40", BR), "Prezados,\n\no pagamento da fatura 94364 está programado para o dia 22/03, via contrato de câmbio.\n\n"
          "Contas a Pagar", "promise_to_pay", "2027-03-22", sender=0, fam=["locale-numeric-dayfirst", "fx-contract"]),
    Reply("A4363", at(11, "13:25", BR), "Vamos pagar até quarta-feira da semana que vem, sem falta.\nRodrigo Batista", "promise_to_pay",
          "2027-03-17", fam=["next-week-weekday", "brazilian"]),
    Reply("A4361", at(8, "14:40", PT), "Boa tarde,\n\nVimos por este meio informar que o pagamento será realizado no próximo dia 16.\n\n"
          "Com os melhores cumprimentos,\nContabilidade", "promise_to_pay", "2027-03-16", sender=0, html=True,
          fam=["html-outlook", "ordinal-alone", "formal-ap"]),
    Reply("A4362", at(9, "23:20", BR), "Amanhã cedo faço a transferência da parcela. Tinha pensado no PIX mas não dá para o exterior.\n"
          "Camila", "promise_to_pay", "2027-03-10", human=["partial"],
          fam=["instalment-existing-plan", "tomorrow", "late-evening", "pix"]),
    Reply("A4363", at(12, "10:15", BR), "O pagamento será feito na primeira terça-feira de abril, depois da Páscoa.\n\nContas a Pagar",
          "promise_to_pay", "2027-04-06", sender=0, fam=["nth-weekday-of-month", "holiday-distractor"]),
    Reply("A4361", at(10, "10:05", PT), "Vamos transferir metade hoje e o resto no dia 31.\nHelena", "promise_to_pay", "2027-03-10", human=["partial"],
          fam=["partial-share", "two-parts", "today"]),
    Reply("A4363", at(10, "09:20", BR), "Segue abaixo a confirmação do nosso diretor.\n\n---------- Mensagem encaminhada ---------\nDe: Paulo "
          "Nogueira <p.nogueira@acaitropical.example>\nData: ter., 9 de mar. de 2027 às 18:40\nAssunto: Re: Northwind\n\nRodrigo, "
          "pode liberar o pagamento da Northwind na segunda, dia 15.\nAbs", "promise_to_pay", "2027-03-15",
          fam=["forward-with-note", "see-below", "weekday-ordinal"]),
    Reply("A4361", at(12, "15:50", PT), "O pagamento será efetuado no último dia útil do mês.\n\nContabilidade", "promise_to_pay",
          "2027-03-31", sender=0, fam=["last-working-day", "written-on-friday"]),
    Reply("A4361", at(9, "09:10", PT), "Já pagámos a fatura 94361 no dia 5 de março (ref.ª TRF 2027/0305/118).\n\nContabilidade",
          "already_paid", ref="TRF 2027/0305/118", inv=["94361"], sender=0, fam=["past-tense", "remittance-reference-variant"]),
    Reply("A4363", at(11, "16:40", BR), "Já pagamos ontem, segue o número do contrato de câmbio: 213456789.\nRodrigo", "already_paid",
          ref="213456789", human=["amount differs"], fam=["fx-contract", "bank-charges", "yesterday"]),
    Reply("A4362", at(11, "11:20", BR), "A parcela de fevereiro foi paga dia 26/02. Favor verificar.\n\nFinanceiro", "already_paid",
          human=["amount differs"], sender=0, fam=["instalment-existing-plan", "paid-instalment", "locale-numeric-dayfirst"]),
    Reply("A4361", at(11, "14:30", PT), "A fatura 94362 refere-se a 20 caixas de azeite que foram devolvidas por chegarem danificadas. "
          "Aguardamos a respetiva nota de crédito.\n\nHelena Araújo\nDiretora financeira", "dispute", inv=["94362"],
          fam=["damaged-goods", "credit-note"]),
    Reply("A4363", at(9, "15:15", BR), "Vocês cobraram um frete de US$ 380 que não estava na proposta (CIF Santos). Não vamos pagar esse "
          "valor.\n\nRodrigo Batista\nController", "dispute", fam=["freight", "brazilian"]),
    Reply("A4362", at(9, "10:30", BR), "Podem reenviar a fatura 94363? Precisamos dela para o fechamento do câmbio.\n\nFinanceiro",
          "invoice_resend", inv=["94363"], sender=0, fam=["copy", "fx-contract"]),
    Reply("A4361", at(12, "09:45", PT), "Agradecemos o envio de um extrato de conta corrente atualizado.\n\nContabilidade",
          "invoice_resend", sender=0, fam=["statement", "formal-ap"]),
    Reply("A4363", at(12, "14:20", BR), "Por favor, corrijam o CNPJ na fatura: o correto é o da matriz, 12.345.678/0001-90, e não o da "
          "filial de Belém. Aguardamos a fatura corrigida.\n\nContas a Pagar", "po_change", sender=0, fam=["tax-id", "reissue"]),
    Reply("A4361", at(10, "16:35", PT), "A partir de 1 de abril, as faturas devem ser enviadas apenas para faturas@saboresdominho.example.\n\n"
          "Contabilidade", "po_change", inv=[], sender=0, fam=["send-future-invoices"]),
    Reply("A4363", at(10, "17:10", BR), "Seria possível parcelar em 3 vezes, começando em 15 de abril? As vendas de verão ficaram abaixo do "
          "esperado.\n\nRodrigo", "payment_plan_request", "2027-04-15", fam=["plan-asked", "more-than-30-days"]),
    Reply("A4361", at(11, "17:05", PT), "Podemos pagar metade agora e a outra metade no fim de abril?\n\nHelena", "payment_plan_request",
          "2027-03-11", fam=["half-now", "question"]),
    Reply("A4361", at(9, "09:06", PT), "Estarei ausente até dia 15 de março, com acesso limitado ao email. Para assuntos urgentes contacte "
          "contabilidade@saboresdominho.example.\nHelena Araújo", "out_of_office", headers=AUTO, quote="none",
          fam=["auto-reply", "short-absence"]),
    Reply("A4363", at(8, "09:06", BR), "Olá! Estou de férias até 5 de abril. Sua mensagem não será encaminhada.\nRodrigo Batista",
          "out_of_office", human=["absence more than 14 days"], headers=AUTO, quote="none", fam=["auto-reply", "long-absence"]),
    Reply("A4362", at(10, "09:06", BR), "Esta é uma mensagem automática do servidor mail.redesorriso.example.\n\nNão foi possível entregar "
          "a sua mensagem ao seguinte destinatário:\n\nfinanceiro@redesorriso.example\n550 5.1.1 Usuário desconhecido", "bounce",
          sender="MAILER-DAEMON@mail.redesorriso.example", subject="Mensagem não entregue",
          dsn=("financeiro@redesorriso.example", "5.1.1"), fam=["dsn-postfix-pt"]),
    Reply("A4361", at(11, "09:06", PT), "Endereço não encontrado\n\nA sua mensagem não foi entregue a contabilidade@saboresdominho.example "
          "porque o endereço não foi encontrado ou não pode receber correio.\n\nA resposta do servidor remoto foi:\n550 5.1.1 The "
          "email account that you tried to reach does not exist. saboresdominho.example", "bounce",
          sender="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)",
          dsn=("contabilidade@saboresdominho.example", "5.1.1"), fam=["dsn-gmail-pt"]),
    Reply("A4362", at(12, "11:35", BR), "A Camila saiu da empresa no mês passado. Favor enviar as cobranças para o novo gerente "
          "financeiro, Diego Ramos, d.ramos@redesorriso.example.\n\nFinanceiro", "wrong_contact", sender=0,
          fam=["contact-gone", "new-contact"]),
    Reply("A4361", at(10, "12:25", PT), "Sou o gerente do restaurante de Braga, não trato de faturas. Julgo que devem falar com a "
          "contabilidade.\nNuno", "wrong_contact", sender="braga@saboresdominho.example", fam=["not-my-job", "unknown-sender"]),
    Reply("A4363", at(9, "17:45", BR), "Vocês aceitam pagamento via PIX através de algum parceiro? Sairia bem mais barato para nós.\nRodrigo",
          "other", human=["payment method"], fam=["pix", "payment-method"]),
    Reply("A4361", at(8, "16:15", PT), "Recebido, obrigada.\nHelena", "other", fam=["no-action", "terse"]),
    Reply("A4362", at(11, "15:10", BR), "Por que continuamos recebendo cobranças se estamos em dia com o parcelamento?\n\nCamila",
          "other", human=["plan complaint"], fam=["plan-complaint"]),
]
