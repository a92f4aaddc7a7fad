"""Portuguese replies (field39): a Recife dental laboratory (Brazil) and an Azorean municipality (Portugal)."""

from evals.field.build import Payment, Reply
from evals.field39.kit import AUTO, AZ, BR, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK39-020", "E3961", "2027-01-12", "455.00", "USD", "PROTESE CAPIBARIBE LTDA 93962"),
    P("BK39-021", "E3962", "2027-01-13", "5840.00", "EUR", "MUNICIPIO DA POVOACAO CM-POV-2026/311"),
]

REPLIES = [
    # --- Laboratório de Prótese Capibaribe (Recife)
    R("E3961", at(11, "09:10", BR), "Prezados,\n\nBom dia! Informo que o pagamento da fatura 93961 será feito na sexta-feira, dia 15.\n\nAtt.,\nAna Cavalcanti\nGerente financeira", "promise_to_pay", date="2027-01-15", inv=["93961"], fam=["weekday-date", "brazil"]),
    R("E3961", at(11, "14:30", BR), "Oi, a de 455 dólares a gente paga amanhã, tá? A outra fica pro fim do mês.", "promise_to_pay", date="2027-01-12", amount="455.00", partial=False, inv=["93961", "93962"], fam=["tomorrow", "whole-invoice-amount", "informal-br"]),
    R("E3961", at(11, "18:20", BR), "Na fatura 93961 foram cobrados 30 discos de zircônia, mas recebemos 24. Segue foto da nota de entrega. Aguardamos nota de crédito.", "dispute", inv=["93961"], fam=["short-delivery", "dental-lab"]),
    R("E3961", at(12, "08:40", BR), "Pagamento feito hoje de manhã, 455 dólares, referência 93962.", "already_paid", ref="93962", inv=["93962"], fam=["paid-today", "matched"], note="matches BK39-020"),
    R("E3961", at(12, "11:55", BR), "Vocês podem reenviar a fatura 93961? Nosso contador novo precisa para fechar o balanço de 2026.", "invoice_resend", inv=["93961"], fam=["resend", "new-accountant"]),
    R("E3961", at(12, "15:15", BR), "Pagamos dia 20/01 sem falta.", "promise_to_pay", date="2027-01-20", fam=["numeric-day-first", "sem-falta"]),
    R("E3961", at(12, "19:05", BR), "Não trabalho mais no laboratório desde dezembro. Favor falar com financeiro@protese-capibaribe.example.", "wrong_contact", fam=["left-company"], sender="r.lins@protese-capibaribe.example"),
    R("E3961", at(13, "09:30", BR), "Bom dia, seria possível parcelar os 2.790 em 3 vezes? 930 no fim de janeiro, fevereiro e março. Com o Carnaval o movimento cai muito.", "payment_plan_request", date="2027-01-31", amount="930.00", inv=["93961"], fam=["parcelar", "carnival"]),
    R("E3961", at(13, "13:10", BR), "O pagamento vai na semana que vem, na quarta.", "promise_to_pay", date="2027-01-20", fam=["next-week-weekday"]),
    R("E3961", at(13, "16:45", BR), "Estou de férias até 25/01. Em caso de urgência, contatar financeiro@protese-capibaribe.example.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas", fam=["auto-reply", "back-within-14"]),
    R("E3961", at(13, "20:30", BR), "Vamos pagar em 10 dias.", "promise_to_pay", date="2027-01-23", fam=["in-days", "terse"]),
    R("E3961", at(14, "08:55", BR), "Por favor incluam nosso CNPJ 12.345.678/0001-90 e a razão social completa nas próximas faturas, senão a contabilidade não consegue lançar.", "po_change", inv=[], fam=["cnpj", "legal-name"]),
    R("E3961", at(14, "11:20", BR), "Recebido, obrigada!", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("E3961", at(14, "14:00", BR), "Dá pra pagar por Pix? Seria bem mais rápido pra gente.", "other", human=["payment-method question"], fam=["pix"]),
    R("E3961", at(14, "17:40", BR), "Pagamos 1.000 dólares na segunda e o restante quando o convênio do SUS repassar.", "promise_to_pay", date="2027-01-18", amount="1000.00", human=["conditional"], fam=["partial-amount", "condition", "public-payer"]),
    R("E3961", at(11, "11:35", BR), "Já pagamos as duas em 28/12, confiram por favor.", "already_paid", human=["no matching payment"], fam=["paid-date", "unmatched"]),
    R("E3961", at(12, "17:25", BR), "Falha na entrega da mensagem para:\ncompras@protese-capibaribe.example\n550 5.1.1 Usuário desconhecido", "bounce", sender="postmaster@protese-capibaribe.example", dsn=("compras@protese-capibaribe.example", "5.1.1"), quote="none", subject="Mensagem não entregue", fam=["dsn", "portuguese-dsn"]),
    R("E3961", at(13, "10:40", BR), "O pagamento seria dia 22, mas vamos antecipar para dia 19.", "promise_to_pay", date="2027-01-19", fam=["moved-date", "antecipar"]),
    R("E3961", at(14, "15:50", BR), "Pagamento até o fim do mês, pode ficar tranquila.", "promise_to_pay", date="2027-01-31", fam=["end-of-month"]),
    # --- Município da Povoação (Açores)
    R("E3962", at(11, "10:05", AZ), "Exmos. Senhores,\n\nInformamos que o pagamento da fatura 93963 aguarda a aprovação do Orçamento Municipal para 2027 pela Assembleia Municipal, agendada para 29 de janeiro. Após aprovação, o pagamento será processado no prazo de 5 dias úteis.\n\nCom os melhores cumprimentos,\nHelena Medeiros\nChefe da Divisão Financeira", "promise_to_pay", date="2027-02-05", fam=["budget-not-released", "meeting-then-count", "working-days"], note="five working days after Friday 29 January: Friday 5 February"),
    R("E3962", at(14, "13:50", AZ), "O pagamento foi efetuado a 13 de janeiro.", "already_paid", fam=["paid-date", "matched"], note="matches BK39-021 by amount and date"),
    R("E3962", at(11, "16:30", AZ), "A fatura 93963 não indica o número de compromisso, obrigatório pela LCPA. Solicitamos a emissão de nova fatura com o compromisso n.º 2026/1187.", "po_change", inv=["93963"], fam=["commitment-number", "public-sector"]),
    R("E3962", at(12, "09:25", AZ), "Pagamento previsto para 26/01/2027.", "promise_to_pay", date="2027-01-26", fam=["numeric-day-first", "terse"], sender=0),
    R("E3962", at(12, "12:45", AZ), "Os equipamentos de iluminação pública faturados não correspondem à guia de remessa: faltam 6 luminárias LED. Não podemos pagar sem a nota de crédito.", "dispute", inv=["93963"], fam=["short-delivery", "municipality"]),
    R("E3962", at(12, "15:35", AZ), "Por favor enviem segunda via da fatura, em PDF e pelo portal e-fatura, para a contabilidade.", "invoice_resend", fam=["segunda-via"]),
    R("E3962", at(12, "18:10", AZ), "Não sou eu que trato destes assuntos, sou da divisão de obras. Reencaminhe para contabilidade@municipio-povoacao.example.", "wrong_contact", fam=["wrong-department"], sender="obras@municipio-povoacao.example"),
    R("E3962", at(13, "08:15", AZ), "Contamos efetuar o pagamento até ao final do corrente mês.", "promise_to_pay", date="2027-01-31", fam=["end-of-month", "formal-pt"]),
    R("E3962", at(13, "11:00", AZ), "Pagámos hoje a fatura 93963, referência CM-POV-2026/311.", "already_paid", ref="CM-POV-2026/311", inv=["93963"], fam=["paid-today", "matched"], note="matches BK39-021"),
    R("E3962", at(13, "14:20", AZ), "Será possível pagar em duas prestações, uma em fevereiro e outra em março? A transferência do Governo Regional atrasou.", "payment_plan_request", fam=["two-instalments", "regional-government"]),
    R("E3962", at(13, "17:05", AZ), "Encontro-me ausente do serviço até dia 3 de fevereiro, sem acesso ao correio eletrónico.", "out_of_office", headers=AUTO, human=["absence beyond 14 days"], fam=["auto-reply", "long-absence"]),
    R("E3962", at(14, "09:40", AZ), "Pagamento na próxima sexta-feira.", "promise_to_pay", date="2027-01-22", fam=["next-weekday", "terse"]),
    R("E3962", at(14, "12:25", AZ), "Necessitamos da vossa certidão de não dívida à Segurança Social e às Finanças válida, sem a qual não podemos efetuar pagamentos.", "other", human=["tax clearance request"], fam=["certidao", "public-sector"]),
    R("E3962", at(14, "15:10", AZ), "O pagamento segue na semana 4, quarta-feira.", "promise_to_pay", date="2027-01-27", fam=["calendar-week", "weekday"]),
    R("E3962", at(11, "12:15", AZ), "Mensagem não entregue:\ntesouraria@municipio-povoacao.example\nCaixa de correio cheia (552 5.2.2)", "bounce", sender="postmaster@municipio-povoacao.example", dsn=("tesouraria@municipio-povoacao.example", "5.2.2"), quote="none", subject="Não entregue", fam=["dsn", "portuguese-dsn", "mailbox-full"]),
    R("E3962", at(12, "10:50", AZ), "Efetuaremos o pagamento daqui a 15 dias, após o visto do Tribunal de Contas.", "promise_to_pay", date="2027-01-27", human=["conditional"], fam=["in-days", "court-of-auditors", "condition"]),
    R("E3962", at(13, "15:45", AZ), "Obrigada, tomámos nota.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("E3962", at(14, "17:20", AZ), "Pagamento dia 1 de fevereiro, primeira tesouraria do mês.", "promise_to_pay", date="2027-02-01", fam=["day-month", "first-run"]),
    R("E3962", at(11, "09:00", AZ), "Bom dia, o pagamento será feito amanhã.", "promise_to_pay", date="2027-01-12", fam=["tomorrow"]),
]
