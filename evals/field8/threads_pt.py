"""Portuguese replies (PT, BR): dental lab, scaffolding, a Tagus ferry, a Brazilian record label, a seed company,
a funeral home."""

from evals.field.build import Payment, Reply

R = Reply
P = "promise_to_pay"
AUTO = {"Auto-Submitted": "auto-replied"}

PAYMENTS = [
    Payment("BK8-501", "N871", "2026-11-24", "2790.00", "EUR", "TRF 2611-SORRISO LAB DENTARIO"),
    Payment("BK8-502", "N874", "2026-11-25", "2890.00", "USD", "SELO MUSICAL MARE LTDA"),
    Payment("BK8-503", "N873", "2026-11-20", "6540.00", "EUR", "TRAVESSIAS DO TEJO LDA"),
    Payment("BK8-504", "N875", "2026-11-23", "6284.30", "USD", "SEMENTES CERRADO LTDA"),
]

REPLIES = [
    # promises
    R("N871", "2026-11-23T09:30:00+00:00", "Bom dia, pagamos na qui. as duas faturas. Cumprimentos, Ana", P, date="2026-11-26", sender=1, fam=["abbrev-weekday", "terse"]),
    R("N872", "2026-11-24T11:00:00+00:00", "Exmos. Senhores,\n\nInformamos que a fatura 08721 será liquidada por transferência bancária no dia 04/12.\n\nCom os melhores cumprimentos,\nDepartamento de Fornecedores\nAndaimes Atlântico, Lda.\n\nEsta mensagem é confidencial e destina-se exclusivamente ao destinatário. Se a recebeu por engano, por favor elimine-a e informe o remetente. Antes de imprimir, pense no ambiente.", P, date="2026-12-04", inv=["08721"], html=True, fam=["numeric-dayfirst", "formal-ap", "disclaimer", "html"]),
    R("N873", "2026-11-24T10:00:00+00:00", "Bom dia, o pagamento será feito na próxima semana. Helena", P, date="2026-12-04", sender=1, fam=["next-week"]),
    R("N874", "2026-11-23T14:00:00-03:00", "Oi! Vamos pagar na sexta, dia 4. Abs, Lucas", P, date="2026-12-04", sender=1, fam=["weekday-ordinal", "pt-BR"]),
    R("N875", "2026-11-25T10:00:00-03:00", "Prezados,\n\nO pagamento estava programado para 25/11, mas foi remarcado para 02/12 por causa do fechamento.\n\nAtt.\nRenata Almeida\nGerente financeira", P, date="2026-12-02", sender=1, fam=["moved-date", "pt-BR"]),
    R("N876", "2026-11-25T12:00:00+00:00", "Boa tarde,\n\nPagaremos até ao final do mês.\n\nManuel Rocha", P, date="2026-11-30", sender=1, fam=["month-end", "flagged"]),
    R("N871", "2026-11-19T16:00:00+00:00", "Olá, pagamos daqui a 15 dias, quando recebermos das clínicas o mês de outubro. Ana", P, date="2026-12-04", sender=1, fam=["relative-span", "reason-date"]),
    R("N872", "2026-11-24T15:00:00+00:00", "Boa tarde,\n\nPagamos 3.000 € amanhã e o restante quando o dono de obra nos pagar.\n\nJoão Pinto\nDiretor financeiro", P, date="2026-11-25", amount="3000.00", human=["conditional"], sender=1, fam=["partial", "conditional"]),
    R("N873", "2026-11-20T09:00:00+00:00", "Bom dia,\nPagaremos até ao dia 10.\nTesouraria", P, date="2026-12-10", fam=["ordinal-alone", "future-tense"]),
    R("N874", "2026-11-26T11:00:00-03:00", "Bom dia,\n\nDepois da reunião de sócios na terça (dia 1º), pagamos na quarta-feira, dia 2.\n\nLucas Barbosa", P, date="2026-12-02", sender=1, fam=["meeting-before-payment", "pt-BR"]),
    R("N875", "2026-11-20T15:00:00-03:00", "Vamos fazer a remessa no início do próximo mês.\nContas a pagar", P, date="2026-12-01", fam=["start-of-month", "pt-BR"]),
    R("N876", "2026-11-20T10:00:00+00:00", "Pagaremos quando o seguro nos indemnizar. Até lá não conseguimos.", P, human=["conditional"], sender=1, fam=["conditional", "flagged"]),
    R("N873", "2026-11-26T14:00:00+00:00", "Boa tarde, fica para o final da semana que vem. Cumprimentos, Helena Marques", P, date="2026-12-04", sender=1, fam=["end-of-next-week"]),
    # paid
    R("N871", "2026-11-25T10:00:00+00:00", "Bom dia,\n\nJá pagámos ontem, ref. TRF 2611-SORRISO.\n\nContabilidade", "already_paid", ref="TRF 2611-SORRISO", note="BK8-501", fam=["paid-matched", "past-tense"]),
    R("N874", "2026-11-26T09:00:00-03:00", "Bom dia,\n\nFizemos a remessa internacional ontem, contrato de câmbio nº 123456.\n\nFinanceiro", "already_paid", ref="123456", note="BK8-502 by amount and date", fam=["paid-matched", "pt-BR"]),
    R("N873", "2026-11-23T10:00:00+00:00", "O pagamento foi efetuado no dia 20. Tesouraria", "already_paid", note="BK8-503", fam=["paid-matched", "past-tense"]),
    R("N875", "2026-11-24T09:00:00-03:00", "Prezados,\n\nPagamos a fatura 08751 ontem, com a retenção do IRRF conforme a legislação.\n\nAtt.\nRenata", "already_paid", inv=["08751"], human=["amount differs"], sender=1, note="BK8-504, withholding deducted", fam=["paid-short", "withholding", "pt-BR"]),
    # disputes
    R("N872", "2026-11-19T10:00:00+00:00", "Exmos. Senhores,\n\nFaturaram 80 prumos e recebemos 64, conforme guia de remessa. Agradecemos a correção da fatura.\n\nFornecedores", "dispute", fam=["short-delivery"]),
    R("N874", "2026-11-24T16:00:00-03:00", "Vocês cobraram um frete que não estava no orçamento. Não vamos pagar esse valor.\nLucas", "dispute", sender=1, fam=["fees", "pt-BR"]),
    R("N876", "2026-11-23T11:00:00+00:00", "Exmos. Senhores,\n\nContestamos a fatura 08761: as urnas chegaram danificadas e foram devolvidas ao vosso transportador.\n\nAdministrativo", "dispute", inv=["08761"], fam=["damaged", "flagged"]),
    R("N871", "2026-11-20T11:00:00+00:00", "Boa tarde, a fatura 08712 está duplicada, é o mesmo material da 08711. Ana", "dispute", inv=["08712", "08711"], sender=1, fam=["duplicate"]),
    # plans
    R("N873", "2026-11-25T11:00:00+00:00", "Bom dia,\n\nSeria possível pagar em 3 prestações, a primeira a 15 de dezembro?\n\nHelena Marques\nTesoureira", "payment_plan_request", date="2026-12-15", sender=1, fam=["plan-dated"]),
    R("N875", "2026-11-19T10:00:00-03:00", "Podemos parcelar em 4 vezes? A safra atrasou.\nRenata", "payment_plan_request", sender=1, fam=["plan-undated", "pt-BR"]),
    # PO / billing
    R("N872", "2026-11-26T09:00:00+00:00", "Bom dia,\n\nA nota de encomenda correta é AA-NE-2215 e não AA-NE-2210. Agradecemos a emissão de nova fatura.\n\nFornecedores", "po_change", fam=["po-wrong"]),
    R("N875", "2026-11-23T14:00:00-03:00", "Prezados,\n\nA partir de agora as notas devem ser emitidas contra o CNPJ da nova filial, 12.345.678/0002-90. Favor reemitir a fatura em aberto.\n\nContas a pagar", "po_change", fam=["entity-change", "pt-BR"]),
    # copies
    R("N874", "2026-11-19T09:00:00-03:00", "Pode reenviar a fatura? Não chegou aqui.", "invoice_resend", fam=["never-received", "pt-BR"]),
    R("N876", "2026-11-24T10:00:00+00:00", "Enviem-nos por favor o extrato de conta corrente atualizado.\nAdministrativo", "invoice_resend", fam=["statement", "flagged"]),
    # wrong contacts
    R("N873", "2026-11-19T09:30:00+00:00", "Bom dia, a Helena está de licença de maternidade até março. Por favor contacte o Sr. Duarte Silva, d.silva@travessias-tejo.example.", "wrong_contact", fam=["leave-handwritten"]),
    R("N871", "2026-11-26T12:00:00+00:00", "Sou técnica de prótese, não trato de pagamentos. Falem com a contabilidade, por favor.", "wrong_contact", sender=1, fam=["not-my-job"]),
    # other
    R("N872", "2026-11-20T14:00:00+00:00", "Bom dia,\n\nPara procedermos ao pagamento necessitamos das declarações de situação contributiva regularizada (Segurança Social e Finanças).\n\nFornecedores", "other", human=["tax form"], fam=["tax-form"]),
    R("N874", "2026-11-25T09:00:00-03:00", "Obrigado, recebido!", "other", sender=1, fam=["no-action", "ack"]),
    R("N875", "2026-11-26T10:00:00-03:00", "Essa cobrança é verdadeira? Recebemos um boleto de vocês com outro banco e outro CNPJ. Favor confirmar por telefone.\nRenata", "other", human=["fraud check"], sender=1, fam=["fraud-check", "pt-BR"]),
    # absences
    R("N872", "2026-11-25T08:00:00+00:00", "Encontro-me ausente até 30 de novembro. Para assuntos urgentes contacte fornecedores@andaimes-atlantico.example.", "out_of_office", sender=1, headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Andaimes Atlântico Lda", fam=["ooo-short"]),
    R("N875", "2026-11-24T08:00:00-03:00", "Estamos em férias coletivas até 11 de janeiro. Sua mensagem será respondida no retorno.", "out_of_office", human=["absent more than 14 days"], headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Sementes Cerrado Ltda", fam=["ooo-long", "pt-BR"]),
    # delivery failure
    R("N876", "2026-11-18T09:06:00+00:00", "Não foi possível entregar a mensagem aos seguintes destinatários:\n\nadministrativo@funeraria-pazeterna.example\nO endereço de e-mail não foi encontrado.", "bounce", sender="postmaster@funeraria-pazeterna.example", subject="Não é possível entregar: Lembrete: faturas vencidas – Funerária Paz Eterna Lda", dsn=("administrativo@funeraria-pazeterna.example", "5.1.1"), lang="pt", fam=["dsn-exchange-pt", "flagged"]),
]
