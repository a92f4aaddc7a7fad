"""field34 Portuguese: a Lisbon cannery (Portugal's 1 December and 8 December holidays) and a Recife law firm on a legal
account (PIX, CNPJ, recuperação judicial)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field34.kit import AUTO, BR, PT, at

P = "promise_to_pay"

DISCLAIMER_PT_EN = (
    "\n\nConservas Atlântico Norte, Lda. – Rua da Ribeira Nova 41, 1200-370 Lisboa – NIPC 509 441 227\n"
    "AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao "
    "destinatário. Se a recebeu por engano, por favor informe o remetente e elimine-a. É proibida qualquer utilização "
    "ou divulgação não autorizada.\n"
    "CONFIDENTIALITY NOTICE: This message and any attachments are confidential and intended solely for the addressee. If "
    "you received it by mistake, please inform the sender and delete it.")

PAYMENTS = [Payment("BK34-061", "K3461", "2026-11-26", "1190.00", "EUR", "CAN-TRF-1190 CONSERVAS ATLANTICO")]

REPLIES = [
    Reply("K3461", at(26, "09:30", PT), "Bom dia, a transferência segue na sexta-feira. Cumprimentos, Teresa Marques", P, date="2026-11-27",
          fam=["bare-weekday", "lisbon", "fishery"]),
    Reply("K3461", at(27, "10:20", PT), "A fatura 93435 será paga a 04/12. Cumprimentos, Contabilidade", P, date="2026-12-04", inv=["93435"], sender=0,
          fam=["locale-numeric-dayfirst", "black-friday"]),
    Reply("K3461", at(30, "11:45", PT), "Amanhã é feriado (1 de dezembro), por isso pagamos na quarta-feira. Teresa", P, date="2026-12-02",
          fam=["portugal-1-december", "holiday", "bare-weekday"]),
    Reply("K3461", at(31, "10:05", PT), "Hoje é feriado, mas adianto já: pagamento na próxima segunda-feira.", P, date="2026-12-07",
          fam=["portugal-1-december", "next-weekday"]),
    Reply("K3461", at(28, "12:15", PT), "Pagamos daqui a 15 dias. Bom fim de semana.", P, date="2026-12-13", fam=["relative-span", "weekend"]),
    Reply("K3461", at(29, "18:50", PT), "Pagamento até ao fim do mês, sem falta.", P, date="2026-11-30", fam=["month-end", "weekend"]),
    Reply("K3461", at(26, "16:40", PT), "Enviado do meu telemóvel", P, subject="RE: Lembrete – pagamento dia 9/12", date="2026-12-09",
          fam=["subject-only", "locale-numeric-dayfirst", "terse-mobile"]),
    Reply("K3461", at(27, "15:00", PT), "Exmos. Senhores,\nInformamos que o pagamento será efetuado no dia 11 de dezembro.\nCom os melhores cumprimentos,\nContabilidade" + DISCLAIMER_PT_EN, P,
          date="2026-12-11", sender=0, html=True, fam=["html-outlook", "long-disclaimer", "formal-ap"]),
    Reply("K3461", at(30, "15:35", PT), "Pagamos 3.000 € na quinta-feira e o restante depois do Natal. Teresa Marques", P, date="2026-12-03", amount="3000.00",
          fam=["partial-amount", "bare-weekday"]),
    Reply("K3461", at(31, "17:10", PT), "Ficou combinado: dia 9, depois do feriado da Imaculada Conceição.", P, date="2026-12-09",
          fam=["holiday", "ordinal-alone", "portugal-1-december"]),
    Reply("K3462", at(26, "14:20", BR), "Boa tarde, o pagamento será feito via PIX na segunda-feira. Att, Renata Cavalcanti", P, date="2026-11-30",
          fam=["pix", "bare-weekday", "recife", "law-firm"]),
    Reply("K3462", at(27, "10:35", BR), "Pagamos dia 10 de dezembro. Att.", P, date="2026-12-10", fam=["recife"]),
    Reply("K3462", at(30, "13:15", BR), "O pagamento será feito em até 5 dias úteis. Atenciosamente, Financeiro", P, date="2026-12-07", sender=0,
          fam=["working-days", "recife"]),
    Reply("K3462", at(31, "16:05", BR), "O pagamento depende da liberação do alvará judicial do nosso cliente; a previsão é 16/12.", P, date="2026-12-16",
          human=["conditional"], fam=["condition", "hidden-condition", "law-firm"]),
    Reply("K3462", at(28, "09:50", BR), "Pagamos na semana que vem, na quinta.", P, date="2026-12-03", fam=["weekday-week", "weekend", "terse-mobile"]),
    Reply("K3462", at(29, "11:30", BR), "A data de pagamento mudou de 02/12 para 07/12, por causa do fechamento do mês.", P, date="2026-12-07",
          fam=["moved-date", "locale-numeric-dayfirst", "weekend"]),
    Reply("K3461", at(26, "11:25", PT), "Transferência agendada para terça-feira, dia 1... esperem, é feriado, fica para dia 2.", P, date="2026-12-02",
          fam=["moved-date", "portugal-1-december", "weekday-ordinal"]),
    Reply("K3461", at(27, "09:05", PT), "A fatura 93436 foi paga ontem, referência CAN-TRF-1190.", "already_paid", inv=["93436"], ref="CAN-TRF-1190", sender=0,
          note="matches BK34-061", fam=["reference", "lisbon"]),
    Reply("K3462", at(30, "10:40", BR), "Já pagamos via PIX no dia 25, comprovante em anexo.", "already_paid",
          attachments=[("comprovante.txt", "text/plain", "Comprovante PIX\nValor: US$ 3.980,00\nData: 25/11/2026\nID: E1234567820261125")],
          human=["already_paid without a matching payment"], fam=["pix", "remittance-attachment"]),
    Reply("K3461", at(31, "12:30", PT), "Já está pago.", "already_paid", human=["already_paid without a matching payment"], fam=["terse-mobile", "portugal-1-december"]),
    Reply("K3461", at(26, "13:55", PT), "A fatura 93435 cobra latas de 125 g, mas recebemos latas de 120 g. Aguardamos nota de crédito.", "dispute", inv=["93435"],
          fam=["quality", "fishery"]),
    Reply("K3462", at(28, "14:30", BR), "Não reconhecemos o valor cobrado; o contrato previa desconto de 10%.", "dispute", fam=["price", "weekend", "law-firm"]),
    Reply("K3461", at(29, "10:15", PT), "Podem reenviar a fatura 93436? Não a recebemos.", "invoice_resend", inv=["93436"], sender=0, fam=["never-received", "weekend"]),
    Reply("K3462", at(31, "11:10", BR), "Favor enviar a segunda via da fatura e o extrato de débitos.", "invoice_resend", sender=0, fam=["statement", "recife"]),
    Reply("K3461", at(30, "10:00", PT), "A partir de janeiro as faturas devem ser emitidas em nome da Conservas Atlântico Norte, S.A., com o novo NIF 516 782 340.", "po_change",
          fam=["entity-change", "tax-id"]),
    Reply("K3462", at(27, "15:45", BR), "Favor reemitir a fatura com o CNPJ correto: 12.345.678/0001-90.", "po_change", sender=0, fam=["tax-id", "recife"]),
    Reply("K3461", at(28, "11:35", PT), "Será possível pagar em três prestações, a primeira a 15 de dezembro? Teresa", "payment_plan_request", date="2026-12-15",
          fam=["instalments", "weekend"]),
    Reply("K3462", at(31, "14:55", BR), "Podemos parcelar em 4 vezes? Fim de ano está difícil.", "payment_plan_request", fam=["instalments", "undated", "recife"]),
    Reply("K3461", at(31, "08:00", PT), "Encontro-me ausente até 2 de dezembro. Para assuntos urgentes: contabilidade@conservas-atlantico.example.", "out_of_office",
          headers=AUTO, subject="Resposta automática: Lembrete", quote="none", fam=["auto-reply", "portugal-1-december"]),
    Reply("K3462", at(27, "08:10", BR), "Estou de férias até 11 de janeiro. Para assuntos urgentes, financeiro@cavalcanti-adv.example.", "out_of_office",
          headers=AUTO, subject="Resposta automática: Lembrete", quote="none", human=["absent more than 14 days"], fam=["auto-reply", "long-absence"]),
    Reply("K3461", at(29, "09:06", PT), "Não foi possível entregar a mensagem a contabilidade@conservas-atlantico.example.\n550 5.1.1 Utilizador desconhecido.", "bounce",
          sender="MAILER-DAEMON@conservas-atlantico.example", dsn=("contabilidade@conservas-atlantico.example", "5.1.1"), quote="none", fam=["postfix"]),
    Reply("K3462", at(30, "05:07", BR), "Falha na entrega: financeiro@cavalcanti-adv.example\nA caixa de correio do destinatário está cheia.", "bounce",
          sender="postmaster@cavalcanti-adv.example", dsn=("financeiro@cavalcanti-adv.example", "5.2.2"), quote="none", fam=["mailbox-full"]),
    Reply("K3461", at(27, "12:40", PT), "Já não sou responsável pela contabilidade; escrevam para contabilidade@conservas-atlantico.example, por favor.", "wrong_contact",
          fam=["moved-role"]),
    Reply("K3462", at(30, "15:20", BR), "A Dra. Renata deixou o escritório. Os contatos devem ser feitos com o Dr. Paulo Lins, p.lins@cavalcanti-adv.example.", "wrong_contact",
          sender=0, fam=["left-company", "new-contact", "law-firm"]),
    Reply("K3461", at(26, "17:30", PT), "Recebido, obrigada.", "other", fam=["no-action", "terse-mobile"]),
    Reply("K3462", at(29, "12:00", BR), "Informamos que o escritório está em recuperação judicial; os créditos devem ser habilitados junto ao administrador judicial.", "other",
          human=["insolvency"], fam=["insolvency", "weekend", "law-firm"]),
    Reply("K3461", at(30, "12:20", PT), "Recebemos um e-mail a pedir a alteração do vosso IBAN para um banco em Malta. Podem confirmar por telefone antes de pagarmos?", "other",
          human=["bank-detail confirmation (fraud alert)"], fam=["fraud-alert", "lisbon"]),
]
