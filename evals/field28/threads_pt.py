"""Portuguese replies (field28): a Porto wine lodge (PT) and a Minas Gerais cheese dairy on a plan (BR)."""

from evals.field.build import Payment, Reply
from evals.field28.kit import AUTO, BR, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK28-060", "T2822", "2026-11-19", "970.00", "EUR", "CAVES RIBEIRA DO GAIA FT 92839"),
    P("BK28-061", "T2823", "2026-11-20", "1800.00", "USD", "LATICINIOS SERRA CANASTRA PARCELA 3"),
]

REPLIES = [
    # --- Caves Ribeira do Gaia (PT)
    R("T2822", at(23, "09:45", PT), "Bom dia, o pagamento será feito na quinta-feira, 3 de dezembro.\nCumprimentos, Margarida Sousa", "promise_to_pay", date="2026-12-03", fam=["weekday-date"]),
    R("T2822", at(23, "15:20", PT), "Pagamos depois do feriado de 1 de dezembro, no dia seguinte.", "promise_to_pay", date="2026-12-02", fam=["holiday", "relative-to-event"]),
    R("T2822", at(24, "10:40", PT), "A fatura 92839 foi paga a 19/11; a 92838 pagamos no dia quatro de dezembro.", "already_paid", sec=["promise_to_pay"], date="2026-12-04", inv=["92839", "92838"], fam=["paid-and-promise", "date-in-words"]),
    R("T2822", at(24, "16:15", PT), "Pagamento daqui a 15 dias.", "promise_to_pay", date="2026-12-09", fam=["relative-span", "terse-mobile"]),
    R("T2822", at(25, "11:05", PT), "A transferência estava agendada para sexta, mas passou para segunda-feira, 30, por causa do fecho do trimestre do nosso banco.", "promise_to_pay", date="2026-11-30", fam=["moved-date", "weekday-ordinal"]),
    R("T2822", at(25, "17:00", PT), "Só conseguimos pagar quando o importador brasileiro liquidar a encomenda de vinho do Porto, o que depende da autorização do banco central dele.", "promise_to_pay", human=["conditional", "undated"], fam=["condition-in-long-sentence", "undated"]),
    R("T2822", at(26, "09:30", PT), "Vamos pagar 4.000 € na próxima semana e o resto antes do Natal.", "promise_to_pay", date="2026-12-04", amount="4000.00", fam=["partial-amount", "next-week", "two-dates"]),
    R("T2822", at(26, "14:45", PT), "Pagamento a 7/12, após a prova de vinhos com os distribuidores a 4/12.", "promise_to_pay", date="2026-12-07", fam=["locale-numeric-dayfirst", "meeting-before-payment", "two-dates"]),
    R("T2822", at(27, "10:20", PT), "Pagamos no fim do mês.", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("T2822", at(27, "15:55", PT), "Pagamento na terça-feira da semana que vem.", "promise_to_pay", date="2026-12-01", fam=["weekday-week"]),
    R("T2822", at(23, "12:50", PT), "A fatura 92838 inclui 200 barricas, mas só recebemos 150. Aguardamos nota de crédito.", "dispute", inv=["92838"], fam=["short-delivery", "credit-note-first"]),
    R("T2822", at(24, "13:10", PT), "Podem reenviar a fatura 92838? Não a encontramos no nosso sistema.", "invoice_resend", inv=["92838"], fam=["never-received"], sender=0),
    R("T2822", at(25, "08:00", PT), "Estou ausente até 2 de dezembro. Para assuntos urgentes contacte contabilidade@cavesribeiragaia.example.", "out_of_office", subject="Resposta automática: Lembrete: faturas vencidas", headers=AUTO, fam=["auto-reply"]),
    R("T2822", at(25, "14:30", PT), "Por favor emitam as faturas em nome da nova entidade, Ribeira do Gaia Wines SA, NIF 517 234 890, após a fusão.", "po_change", fam=["legal-entity", "tax-id", "acquisition"]),
    R("T2822", at(26, "11:50", PT), "Com a vindima a correr mal, aceitariam que liquidássemos a 92838 em três prestações mensais, sendo a primeira a 15 de dezembro?", "payment_plan_request", date="2026-12-15", inv=["92838"], fam=["plan-with-date", "condition-in-long-sentence"]),
    R("T2822", at(26, "17:30", PT), "A Dra. Margarida já não está na empresa. Contacte contabilidade@cavesribeiragaia.example.", "wrong_contact", fam=["left-company"], sender=0),
    R("T2822", at(27, "12:35", PT), "A mensagem não pôde ser entregue a m.sousa@cavesribeiragaia.example.\n\n550 5.1.1 Utilizador desconhecido", "bounce", dsn=("m.sousa@cavesribeiragaia.example", "5.1.1"), sender="postmaster@cavesribeiragaia.example", subject="Não entregue: Lembrete: faturas vencidas", fam=["dsn-portuguese"]),
    R("T2822", at(27, "17:05", PT), "Recebido, obrigada. Já encaminhei para a contabilidade.", "other", fam=["no-action", "acknowledgement"], sender=0),
    R("T2822", at(24, "18:20", PT), "Recebemos uma carta a dizer que o vosso IBAN mudou. É verdade? Só pagamos depois de confirmarem por telefone.", "other", human=["fraud check"], fam=["fraud-alert"]),
    # --- Laticínios Serra da Canastra (BR, plan)
    R("T2823", at(23, "10:30", BR), "Bom dia! A quarta parcela do acordo será paga dia 10/12, conforme combinado.", "promise_to_pay", date="2026-12-10", fam=["instalment-existing-plan", "locale-numeric-dayfirst"]),
    R("T2823", at(23, "16:40", BR), "A terceira parcela de US$ 1.800 foi paga em 20/11, comprovante em anexo.", "already_paid", human=["amount differs"], fam=["instalment-existing-plan", "remittance-attachment"],
      attachments=[("comprovante.txt", "text/plain", "COMPROVANTE DE TRANSFERÊNCIA INTERNACIONAL\nData: 20/11/2026\nValor: USD 1.800,00\nFavorecido: Northwind Supplies GmbH\nReferência: PARCELA 3")]),
    R("T2823", at(24, "09:20", BR), "Vamos pagar assim que o laticínio receber o repasse do programa estadual, provavelmente em dezembro.", "promise_to_pay", human=["conditional", "undated"], fam=["condition", "undated"]),
    R("T2823", at(24, "15:10", BR), "Pagamos segunda que vem, dia 30.", "promise_to_pay", date="2026-11-30", fam=["weekday-ordinal", "terse-mobile"]),
    R("T2823", at(25, "11:30", BR), "O pagamento seria hoje, mas foi remarcado para sexta-feira que vem, dia 4, por causa do feriado municipal.", "promise_to_pay", date="2026-12-04", fam=["moved-date", "holiday"]),
    R("T2823", at(25, "17:15", BR), "Pagamos US$ 2.000 no dia primeiro e o restante junto com a parcela de janeiro.", "promise_to_pay", date="2026-12-01", amount="2000.00", fam=["partial-amount", "date-in-words", "instalment-existing-plan"]),
    R("T2823", at(26, "10:05", BR), "Depois da auditoria do SIF no dia 2/12, pagamos na sexta seguinte.", "promise_to_pay", date="2026-12-04", fam=["relative-to-event", "inspection-distractor"]),
    R("T2823", at(26, "16:25", BR), "Pagamento em 10 dias úteis.", "promise_to_pay", date="2026-12-10", fam=["working-days"]),
    R("T2823", at(27, "09:15", BR), "Pagamos até o dia 15, pode ficar tranquilo.", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone"]),
    R("T2823", at(27, "14:50", BR), "Vou pagar por PIX amanhã cedo.", "promise_to_pay", date="2026-11-28", fam=["pix", "terse-mobile"]),
    R("T2823", at(23, "13:05", BR), "Os queijos da remessa de outubro chegaram mofados, não vamos pagar a fatura inteira. Queremos um abatimento.", "dispute", fam=["quality"]),
    R("T2823", at(24, "12:20", BR), "Podem mandar de novo o boleto e a fatura? Não chegou nada aqui.", "invoice_resend", fam=["never-received"], sender=0),
    R("T2823", at(25, "08:00", BR), "Estarei de férias até 18 de dezembro. Em caso de urgência, falar com financeiro@laticinioscanastra.example.", "out_of_office", subject="Resposta automática: Lembrete: faturas vencidas", headers=AUTO, human=["back more than 14 days out"], fam=["auto-reply", "long-absence"]),
    R("T2823", at(26, "13:40", BR), "Precisamos que a fatura venha com o CNPJ da matriz, 12.345.678/0001-90, e não da filial. Podem reemitir?", "po_change", fam=["tax-id", "reissue"]),
    R("T2823", at(26, "18:10", BR), "Dá para renegociar o acordo e dividir o saldo em mais 6 parcelas a partir de janeiro?", "payment_plan_request", date="2027-01-01", fam=["plan-extension", "instalment-existing-plan"]),
    R("T2823", at(27, "11:00", BR), "O Cláudio saiu da empresa. Quem cuida do financeiro agora é a Renata, renata@laticinioscanastra.example.", "wrong_contact", fam=["new-contact"], sender=0),
    R("T2823", at(27, "16:15", BR), "Não foi possível entregar sua mensagem para c.andrade@laticinioscanastra.example.\n\nA caixa de correio está cheia.", "bounce", dsn=("c.andrade@laticinioscanastra.example", "5.2.2"), sender="mailer-daemon@laticinioscanastra.example", subject="Falha na entrega da mensagem", fam=["dsn-portuguese", "mailbox-full"]),
    R("T2823", at(24, "17:45", BR), "Posso pagar com cartão de crédito por telefone? Passo os dados para vocês.", "other", human=["card over the phone"], fam=["card-over-phone"]),
]
