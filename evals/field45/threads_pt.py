"""Hand-written Portuguese replies: a fishing-gear supplier in Peniche (Portugal), a print shop in Curitiba and a SaaS
customer in Porto Alegre on a plan (Brazil). Dates: June 2027 (Mon 14 – Fri 18)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field45.kit import AUTO, BR, PT, at

PAYMENTS = [
    Payment("BK45-060", "Q4561", "2027-06-15", "5120.00", "EUR", "MARISCO ATLANTICO LDA FT 94571"),
    Payment("BK45-061", "Q4562", "2027-06-17", "4500.00", "USD", "GRAFICA HORIZONTE LTDA"),
    Payment("BK45-062", "Q4563", "2027-06-10", "2400.00", "USD", "NUVEM SUL TECNOLOGIA PARCELA 4"),
]

REPLIES = [
    # --- Q4561 Marisco Atlântico (Peniche) ---
    Reply("Q4561", at(16, "10:40", PT), """Bom dia,

A fatura 94571 foi paga ontem por transferência bancária. A 94572 será paga na próxima sexta-feira.

Com os melhores cumprimentos,
Joaquim Ribeiro
Sócio-gerente""",
          "already_paid", sec=["promise_to_pay"], date="2027-06-25", inv=["94571", "94572"],
          fam=["paid-and-promise", "next-weekday"], note="94571 matches BK45-060"),
    Reply("Q4561", at(14, "12:30", PT), """Bom dia, o pagamento será feito até ao final do mês. Cumprimentos, J. Ribeiro""",
          "promise_to_pay", date="2027-06-30", fam=["end-of-month"]),
    Reply("Q4561", at(15, "15:50", PT), """Boa tarde,

As 200 boias de arrasto da fatura 94572 chegaram com o casco rachado, cerca de metade não se pode vender. Enviámos fotografias ao vosso comercial. Não pagaremos a fatura enquanto não recebermos a nota de crédito.

Cumprimentos
Contabilidade""",
          "dispute", inv=["94572"], sender=0, fam=["dispute-damaged"]),
    Reply("Q4561", at(17, "08:15", PT), """Estarei ausente até 2 de julho, sem acesso ao correio eletrónico. Para assuntos urgentes contacte contabilidade@marisco-atlantico.example.

Joaquim Ribeiro""",
          "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Marisco Atlântico – Artigos de Pesca Lda",
          human=["absence over 14 days"], fam=["ooo-auto", "ooo-long"], note="back 2 July = 15 days after 17 June"),
    Reply("Q4561", at(15, "18:10", PT), """Amanhã fica pago. JR""",
          "promise_to_pay", date="2027-06-16", fam=["tomorrow", "terse"]),
    Reply("Q4561", at(16, "11:20", PT), """Bom dia,
Pedimos o envio da segunda via da fatura 94572, o original extraviou-se.
Obrigado
Contabilidade""",
          "invoice_resend", inv=["94572"], sender=0, fam=["resend", "segunda-via"]),
    Reply("Q4561", at(18, "10:05", PT), """Bom dia, pagamos daqui a 15 dias, quando o barco voltar da campanha. Cumprimentos""",
          "promise_to_pay", date="2027-07-03", sender=0, fam=["relative-span"],
          note="'daqui a 15 dias' = +15 as written; the boat's return explains the date"),
    Reply("Q4561", at(17, "14:40", PT), """Boa tarde,

Seria possível pagar a 94571 em duas prestações: 2 560 € a 30 de junho e o restante a 31 de julho? A safra da sardinha começou mal.

Cumprimentos,
Joaquim Ribeiro""",
          "payment_plan_request", date="2027-06-30", amount="2560.00", inv=["94571"], fam=["plan-two-parts", "pode-ser"]),
    Reply("Q4561", at(16, "16:55", PT), """Boa tarde, fica pago segunda-feira. Cumprimentos""",
          "promise_to_pay", date="2027-06-21", sender=0, fam=["bare-weekday"]),
    Reply("Q4561", at(18, "12:25", PT), """Bom dia,

O Sr. Joaquim Ribeiro reformou-se no fim de maio. A nova gerente é a D. Teresa Ribeiro (t.ribeiro@marisco-atlantico.example); peço que passem a contactá-la a ela.

Cumprimentos
Contabilidade""",
          "wrong_contact", sender=0, fam=["wrong-contact-new-person"]),
    Reply("Q4561", at(14, "09:45", PT), """Recebido, obrigado. Encaminhado para a gerência.""",
          "other", sender=0, fam=["no-action", "forwarded"]),
    Reply("Q4561", at(15, "13:15", PT), """Exmos. Senhores,

Na qualidade de contabilista certificada da Marisco Atlântico, informo que o pagamento das faturas em atraso será efetuado no dia 28/06.

Com os melhores cumprimentos,
Helena Sousa, CC
Gabinete de Contabilidade Oeste""",
          "promise_to_pay", date="2027-06-28", sender="helena.sousa@gco-contabilidade.example",
          fam=["accountant", "unknown-sender", "numeric-date-dmy"]),

    # --- Q4562 Gráfica Horizonte (Curitiba) ---
    Reply("Q4562", at(17, "15:30", BR), """Prezados,

Realizamos hoje o pagamento das duas faturas, USD 4.500,00, via fechamento de câmbio.

Att.,
Ana Paula Moura
Gerente Financeira – Gráfica Horizonte""",
          "already_paid", fam=["paid-today", "cambio"], note="matches BK45-061"),
    Reply("Q4562", at(14, "10:50", BR), """Oi, pagamos na próxima sexta. Abs, Ana Paula""",
          "promise_to_pay", date="2027-06-25", fam=["next-weekday", "brazilian"], note="'na próxima sexta' = Friday of next week"),
    Reply("Q4562", at(15, "14:05", BR), """Prezados,

As latas de tinta da fatura 94573 vieram com a validade vencida (março/2027). Não podemos usar na produção. Solicitamos a troca ou o crédito do valor.

Att.,
Financeiro""",
          "dispute", inv=["94573"], sender=0, fam=["dispute-quality"]),
    Reply("Q4562", at(16, "11:35", BR), """Prezados,

Favor reemitir as faturas com o nosso CNPJ 12.345.678/0001-90 e a razão social completa "Gráfica Horizonte Ltda – EPP". Sem isso o banco não fecha o câmbio.

Att.,
Ana Paula""",
          "po_change", fam=["tax-id", "legal-entity", "reissue"]),
    Reply("Q4562", at(15, "17:25", BR), """Bom dia, vamos quitar até o dia 30. Att.""",
          "promise_to_pay", date="2027-06-30", sender=0, fam=["day-of-month"]),
    Reply("Q4562", at(17, "09:10", BR), """Oi, podem mandar o invoice 94574 de novo? Preciso pro fechamento de câmbio. Obrigada!""",
          "invoice_resend", inv=["94574"], fam=["resend", "brazilian"]),
    Reply("Q4562", at(16, "15:45", BR), """Prezados,
O pagamento sai depois do fechamento do câmbio, no dia 24.
Att., Ana Paula""",
          "promise_to_pay", date="2027-06-24", fam=["day-of-month", "reason-not-condition"]),
    Reply("Q4562", at(18, "08:00", BR), """Estou em férias até 25/06. Para assuntos urgentes, favor contatar financeiro@graficahorizonte.example.
Ana Paula Moura""",
          "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Gráfica Horizonte Ltda",
          fam=["ooo-auto", "ooo-within-14"]),
    Reply("Q4562", at(16, "09:06", BR), """Não foi possível entregar a mensagem aos seguintes destinatários:

financeiro@graficahorizonte.example
Motivo: 550 5.1.1 usuário desconhecido neste servidor""",
          "bounce", sender="MAILER-DAEMON@graficahorizonte.example", subject="Mensagem não entregue",
          dsn=("financeiro@graficahorizonte.example", "5.1.1"), fam=["bounce-portuguese"], gap_days=0),
    Reply("Q4562", at(14, "19:20", BR), """Vou pagar amanhâ sem falta, desculpa a demora

Enviado do meu iPhone""",
          "promise_to_pay", date="2027-06-15", fam=["tomorrow", "phone", "autocorrect"], quote="none"),
    Reply("Q4562", at(18, "11:15", BR), """Oi, vocês aceitam PIX ou cartão? Transferência internacional está saindo muito cara pra gente.""",
          "other", human=["payment-method question"], fam=["payment-method", "brazilian"]),
    Reply("Q4562", at(17, "16:40", BR), """Prezados, o pagamento será feito dentro de 10 dias. Att.""",
          "promise_to_pay", date="2027-06-27", sender=0, fam=["relative-span"], note="+10 falls on a Sunday; taken as written"),

    # --- Q4563 Nuvem Sul Tecnologia (Porto Alegre, plan) ---
    Reply("Q4563", at(14, "10:10", BR), """Prezados,

A parcela 4 do acordo (USD 2.400,00) foi paga em 10/06. Segue o comprovante.

Att.,
Rodrigo Fagundes
Controller""",
          "already_paid", human=["amount differs"], attachments=[("comprovante_parcela4.pdf", "application/pdf", "Comprovante de pagamento\nValor: USD 2.400,00\nData: 10/06/2027")],
          fam=["plan-instalment", "paid-date"], note="BK45-062 matches the instalment; below the open balance"),
    Reply("Q4563", at(15, "11:45", BR), """Bom dia, a parcela 5 será paga no dia 10/07, conforme o acordo. Att., Rodrigo""",
          "promise_to_pay", date="2027-07-10", human=["partial"], fam=["plan-instalment", "numeric-date-dmy"]),
    Reply("Q4563", at(16, "14:20", BR), """Prezados,

Gostaríamos de renegociar o parcelamento: reduzir para USD 1.200,00 por mês a partir de 10/07. Seria possível? Perdemos dois clientes grandes no trimestre.

Att.,
Rodrigo Fagundes""",
          "payment_plan_request", date="2027-07-10", amount="1200.00", fam=["plan-change", "seria-possivel"]),
    Reply("Q4563", at(17, "10:35", BR), """Prezados,

Estamos sendo cobrados por 50 licenças, mas reduzimos para 30 em abril (chamado #55821 no suporte de vocês). A diferença não é devida.

Contas a Pagar""",
          "dispute", sender=0, fam=["dispute-licences", "saas"]),
    Reply("Q4563", at(14, "07:30", BR), """Em férias até 21/06. Para assuntos financeiros: contas.pagar@nuvemsul.example.
Rodrigo""",
          "out_of_office", headers=AUTO, subject="Ausente: Lembrete: faturas vencidas – Nuvem Sul Tecnologia Ltda",
          fam=["ooo-auto", "ooo-within-14"]),
    Reply("Q4563", at(15, "16:10", BR), """Prezados, favor enviar o extrato atualizado do parcelamento, com as parcelas pagas e em aberto. Obrigado.""",
          "invoice_resend", sender=0, fam=["statement", "plan"]),
    Reply("Q4563", at(18, "09:55", BR), """Prezados,

O Rodrigo saiu da empresa. Favor tratar com a nova controller, Juliana Prates: j.prates@nuvemsul.example.

Att.,
Contas a Pagar""",
          "wrong_contact", sender=0, fam=["wrong-contact-new-person"]),
    Reply("Q4563", at(17, "17:50", BR), """Oi, a parcela sai na segunda, dia 21. Abs""",
          "promise_to_pay", date="2027-06-21", human=["partial"], fam=["plan-instalment", "weekday-and-date"]),
    Reply("Q4563", at(16, "11:00", BR), """Prezados,

Para liberar a remessa ao exterior, nosso banco exige a invoice comercial assinada e o contrato de licenciamento. Podem nos enviar assinados?

Contas a Pagar""",
          "other", sender=0, human=["documents for the bank"], fam=["fx-documents"]),
    Reply("Q4563", at(15, "09:06", BR), """Falha na entrega da mensagem para contas.pagar@nuvemsul.example

Sua mensagem não foi entregue porque o domínio nuvemsul.example não foi encontrado.
Erro: 550 5.1.2 host desconhecido""",
          "bounce", sender="mailer-daemon@googlemail.example", subject="Falha na entrega",
          dsn=("contas.pagar@nuvemsul.example", "5.1.2"), fam=["bounce-portuguese", "dns"], gap_days=0),
    Reply("Q4563", at(18, "14:30", BR), """Bom dia, a parcela de junho sai no fim do mês. Att.""",
          "promise_to_pay", date="2027-06-30", sender=0, human=["partial"], fam=["plan-instalment", "end-of-month"]),
    Reply("Q4563", at(16, "16:45", BR), """Prezados,

A partir de julho, favor enviar as cobranças e faturas somente pelo portal de fornecedores (Coupa) da Nuvem Sul. E-mails não serão mais processados.

Contas a Pagar""",
          "po_change", sender=0, fam=["portal", "invoice-channel"]),
]
