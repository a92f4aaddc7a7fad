"""field67, Portuguese: sardines for Santo António in Lisbon, Festa Junina fireworks in Campina Grande, graduation
events in São Paulo."""

from evals.field.build import Payment, Reply
from evals.field67.kit import AUTO, BR, PT, at, auto


def inv(*s: str) -> list[str]:
    return ["INV-2027-" + x for x in s]


SIG_SM = ("\n\nCom os melhores cumprimentos,\n\nDepartamento de Contabilidade\nSardinhas da Mouraria, Lda.\nRua da Mouraria 88, 1100-341 Lisboa\nNIF 514 223 870\n"
          "Esta mensagem é confidencial e destina-se exclusivamente ao destinatário.")

PAYMENTS = [
    Payment("BK67-028", "P6735", "2030-05-17", "6120.00", "EUR", "SM-0517 SARDINHAS MOURARIA"),
    Payment("BK67-029", "P6737", "2030-05-15", "5000.00", "BRL", "PIX E12345678203005151200ABCDEF"),
    Payment("BK67-030", "P6735", "2030-06-21", "1740.00", "EUR", "SARDINHAS DA MOURARIA LDA"),
]

REPLIES = [
    # promessas
    Reply("P6735", at(4, 29, "09:30", PT), "Bom dia,\n\nA época dos Santos está a chegar e estamos a encomendar a sardinha. Pagamos as duas faturas na sexta-feira.\n\nTeresa",
          "promise_to_pay", "2030-05-03", fam=["bare-weekday", "season"]),
    Reply("P6735", at(5, 8, "11:00", PT), "Exmos. Senhores,\n\nInformamos que a fatura INV-2027-67351 será liquidada por transferência bancária no dia 17/05/2030." + SIG_SM,
          "promise_to_pay", "2030-05-17", inv=inv("67351"), sender=0, html=True, fam=["numeric-dmy", "formal", "outlook-html"]),
    Reply("P6735", at(6, 7, "18:00", PT), "Segunda é o 10 de Junho e quinta é Santo António, aqui em Lisboa ninguém trabalha. Pago na terça, dia 11.", "promise_to_pay", "2030-06-11",
          fam=["holiday-named", "weekday-and-day", "local-holiday"]),
    Reply("P6735", at(5, 24, "10:00", PT), "Pagamos no final do mês.", "promise_to_pay", "2030-05-31", fam=["end-of-month"]),
    Reply("P6735", at(6, 17, "09:00", PT), "Quinta é Corpo de Deus, feriado. Pagamos a 67352 na sexta.", "promise_to_pay", "2030-06-21", inv=inv("67352"),
          fam=["holiday-named", "bare-weekday"]),
    Reply("P6735", at(5, 15, "10:00", PT), "Exmos. Senhores,\n\nSou o contabilista certificado da Sardinhas da Mouraria. As faturas serão pagas até ao dia 24.\n\nRui Silva, CC",
          "promise_to_pay", "2030-05-24", sender="contabilista.rsilva@sapo.pt", fam=["unknown-sender", "bookkeeper", "day-of-month"]),
    Reply("P6735", at(5, 31, "16:00", PT), "Para a semana pagamos.", "promise_to_pay", "2030-06-07", fam=["next-week", "european-portuguese"],
          note="'para a semana' is next week, its Friday"),
    Reply("P6736", at(5, 2, "10:00", BR), "Oi, o São João tá chegando e a gente precisa dos fogos. Pago R$ 12.300 na sexta se vocês liberarem o pedido.", "promise_to_pay",
          "2030-05-03", amount="12300.00", human=["conditional"], fam=["brazilian", "conditional", "partial", "credit-hold"]),
    Reply("P6736", at(6, 3, "20:00", BR), "Pago tudo dia 14. Não, dia 14 é sexta e o banco... tá, dia 14 mesmo.", "promise_to_pay", "2030-06-14",
          fam=["brazilian", "correction", "day-of-month"]),
    Reply("P6736", at(5, 20, "14:00", BR), "Prezados,\n\nO pagamento será efetuado via PIX em até 5 dias úteis.\n\nAtenciosamente,\nFinanceiro – Arraiá Fogos e Bandeirinhas", "promise_to_pay", "2030-05-27", sender=0,
          fam=["working-days", "pix"]),
    Reply("P6736", at(6, 19, "21:00", BR), "Arraiá bombando, vendemos tudo. Depois do São João (24) eu pago, dia 25.", "promise_to_pay", "2030-06-25",
          fam=["distractor-date", "day-of-month", "season"]),
    Reply("P6736", at(6, 11, "10:00", BR), "Pagamento programado para amanhã, Dia dos Namorados, rs.", "promise_to_pay", "2030-06-12", sender=0, fam=["tomorrow", "holiday-named"]),
    Reply("P6737", at(5, 6, "10:00", BR), "Olá! A parcela de maio (R$ 5.000) sai na próxima quarta.", "promise_to_pay", "2030-05-15", amount="5000.00",
          fam=["instalment", "next-weekday", "brazilian"]),
    Reply("P6737", at(5, 13, "09:00", BR), "Ontem foi Dia das Mães e hoje tá tudo atrasado aqui. A Camila pediu pra avisar: pagamento do boleto na quinta, 16.", "promise_to_pay",
          "2030-05-16", sender=2, fam=["holiday-named", "weekday-and-day", "colleague"]),
    Reply("P6737", at(6, 18, "11:00", BR), "Quinta é Corpus Christi, ponto facultativo. Pagamos a parcela de junho daqui a 10 dias.", "promise_to_pay", "2030-06-28",
          human=["partial"], fam=["holiday-named", "relative-span", "instalment"]),
    Reply("P6737", at(5, 28, "10:00", BR), "Prezados,\n\nInformamos que a NF INV-2027-67372 está programada para pagamento em 05/06/2030.\n\nContas a Pagar", "promise_to_pay",
          "2030-06-05", inv=inv("67372"), sender=0, fam=["numeric-dmy", "formal"]),
    Reply("P6737", at(6, 3, "10:00", BR), "A gente paga a parcela de R$ 5.000 no dia 15 e o restante da 67372 no fim do mês.", "promise_to_pay", "2030-06-15", amount="5000.00",
          fam=["instalment", "two-dates", "brazilian"]),
    # pago
    Reply("P6735", at(5, 20, "10:00", PT), "A 67351 foi paga na sexta, dia 17. Ref.ª SM-0517.", "already_paid", ref="SM-0517", inv=inv("67351"), fam=["paid-with-ref", "matched"]),
    Reply("P6737", at(5, 16, "14:00", BR), "Segue o comprovante do PIX da parcela.", "already_paid", ref="E12345678203005151200abcDEF",
          attachments=[("comprovante_pix.pdf", "application/pdf", "Comprovante de transferência PIX\nData: 15/05/2030 12:00\nValor: R$ 5.000,00\nFavorecido: Northwind Supplies GmbH\nID da transação: E12345678203005151200abcDEF")],
          human=["amount differs from the balance (an instalment)"], fam=["remittance-attachment", "pix", "instalment"]),
    Reply("P6736", at(6, 4, "10:00", BR), "Já paguei via boleto ontem, R$ 60.900. Libera o pedido aí.", "already_paid", human=["no matching payment"],
          fam=["unmatched", "brazilian", "credit-hold"]),
    Reply("P6735", at(6, 21, "15:00", PT), "Informamos que a fatura 67352 foi hoje liquidada, no valor de 1.740,00 €." + SIG_SM, "already_paid", inv=inv("67352"), sender=0,
          fam=["paid-dated", "matched", "formal"]),
    # contestações
    Reply("P6735", at(5, 27, "10:00", PT), "As caixas de esferovite da fatura 67352 vieram sem tampa. Não pagamos enquanto não recebermos a nota de crédito.", "dispute",
          inv=inv("67352"), fam=["goods", "credit-note"]),
    Reply("P6736", at(5, 14, "10:00", BR), "Vocês cobraram frete de R$ 1.800 que estava incluído no orçamento. Tira isso da nota.", "dispute", fam=["fee", "brazilian"]),
    Reply("P6737", at(5, 22, "10:00", BR), "A NF 67371 cobra 400 becas e recebemos 350. Precisamos de uma nota de crédito.", "dispute", inv=inv("67371"),
          fam=["short-delivery", "brazilian"]),
    # segunda via
    Reply("P6736", at(5, 7, "10:00", BR), "Não recebemos o boleto da NF 67361. Podem reenviar?", "invoice_resend", inv=inv("67361"), sender=0, fam=["never-received", "boleto"]),
    Reply("P6737", at(6, 5, "10:00", BR), "Pode me mandar o extrato de conta atualizado? O fechamento do semestre tá chegando e a Camila tá cobrando.", "invoice_resend", sender=2, fam=["statement"]),
    Reply("P6735", at(6, 4, "10:00", PT), "Agradecemos o reenvio da fatura 67352 em PDF." + SIG_SM, "invoice_resend", inv=inv("67352"), sender=0, fam=["copy", "formal"]),
    # dados de faturação
    Reply("P6737", at(6, 13, "10:00", BR), "Após a incorporação, o CNPJ mudou para 12.345.678/0001-90. Favor reemitir as NFs com o novo CNPJ.", "po_change",
          fam=["entity-change", "cnpj"]),
    Reply("P6735", at(6, 19, "10:00", PT), "Solicitamos que passe a enviar as faturas para faturas@sardinhasmouraria.example, com o nosso NIF 514 223 870." + SIG_SM, "po_change",
          sender=0, fam=["mailbox-change", "tax-id"]),
    Reply("P6736", at(6, 6, "10:00", BR), "O pedido correto na 67361 é PC-2030-0611. Favor corrigir e reenviar.", "po_change", inv=inv("67361"), sender=0, fam=["po-correction"]),
    # parcelamento
    Reply("P6736", at(5, 9, "10:00", BR), "Dá pra parcelar em 3 vezes? Primeira parcela de R$ 20.000 dia 20.", "payment_plan_request", "2030-05-20", amount="20000.00",
          fam=["instalments", "brazilian", "credit-hold"]),
    Reply("P6735", at(5, 6, "10:00", PT), "Seria possível pagarmos em duas prestações, metade agora e o resto depois dos Santos?", "payment_plan_request", "2030-05-06",
          fam=["instalments", "half-now"], note="'metade agora' dates the first instalment on the message date"),
    Reply("P6737", at(6, 10, "10:00", BR), "Podemos renegociar o parcelamento? As formaturas de julho atrasaram os pagamentos dos clientes.", "payment_plan_request",
          fam=["payment-plan", "extension"]),
    # ausências
    Reply("P6737", at(6, 12, "18:00", BR), "Estou de férias até 1º de julho. Para assuntos urgentes, falar com contasapagar@ipeformaturas.example.", "out_of_office", headers=AUTO,
          subject=auto("Resposta automática", "pt", "Ipê Formaturas e Eventos Ltda."), human=["absence longer than 14 days"], fam=["auto-reply", "over-14"]),
    Reply("P6735", at(6, 12, "17:00", PT), "Estou ausente até segunda-feira, 17 de junho (Santo António). Responderei no regresso.", "out_of_office", headers=AUTO,
          subject=auto("Resposta automática", "pt", "Sardinhas da Mouraria, Lda."), fam=["auto-reply", "local-holiday"]),
    # devoluções
    Reply("P6736", at(5, 27, "06:06", BR), "Esta é uma mensagem automática.\n\nNão foi possível entregar sua mensagem para financeiro@arraiafogos.example.\n\n550 5.1.1 Usuário desconhecido",
          "bounce", sender="MAILER-DAEMON@mx.arraiafogos.example", subject="Mensagem não entregue", dsn=("financeiro@arraiafogos.example", "5.1.1"),
          lang="pt", fam=["dsn-postfix-pt"]),
    Reply("P6735", at(6, 10, "08:06", PT), "A sua mensagem para contabilidade@sardinhasmouraria.example não pôde ser entregue.\n\ncontabilidade não foi encontrado em sardinhasmouraria.example.\n\n550 5.1.10 RESOLVER.ADR.RecipientNotFound",
          "bounce", sender="postmaster@sardinhasmouraria.example", subject="Não entregue: Lembrete: faturas vencidas – Sardinhas da Mouraria, Lda.",
          dsn=("contabilidade@sardinhasmouraria.example", "5.1.10"), lang="pt", fam=["dsn-m365-pt"]),
    # contacto errado
    Reply("P6737", at(6, 17, "10:00", BR), "Não sou mais o responsável pelo contas a pagar, mudei de setor. Favor falar com a Camila.", "wrong_contact", sender=2,
          fam=["not-responsible"]),
    Reply("P6736", at(6, 14, "10:00", BR), "Quem cuida disso agora é minha filha, Ana: ana.lima@arraiafogos.example.", "wrong_contact", fam=["new-contact"]),
    # outros
    Reply("P6737", at(5, 30, "10:00", BR), "Recebido, encaminhei para a Camila.", "other", sender=2, fam=["no-action", "forwarded"]),
    Reply("P6735", at(5, 29, "10:00", PT), "Recebemos um email a dizer que mudaram de banco, com um IBAN novo. É verdade? Só pagamos depois de confirmar por telefone.", "other",
          human=["bank-detail check"], fam=["fraud-check"]),
    Reply("P6736", at(5, 30, "10:00", BR), "Vocês aceitam PIX? Qual é a chave?", "other", human=["payment-method question"], fam=["payment-method", "pix"]),
]
