"""Portuguese replies (Portugal and Brazil), hand-written; never train on these."""

from evals.field.build import Payment as P
from evals.field.build import Reply as R

PAYMENTS = [
    P("PAY-2026-90061", "F171", "2026-11-13", "4120.00", "EUR", "FERREIRA E FILHOS LDA", "sepa"),
    P("PAY-2026-90062", "F172", "2026-11-18", "9850.00", "USD", "CH OC 77310 CONSTRUTORA HORIZONTE", "swift"),
]

REPLIES = [
    R("F171", "2026-11-16T09:00:00+00:00", "Bom dia,\n\nO pagamento será efetuado na quinta-feira.\n\nCumprimentos,\nAna Ferreira", "promise_to_pay", date="2026-11-19", fam=["date:weekday"]),
    R("F173", "2026-11-18T19:00:00+00:00", "Pago na sexta. Abraço", "promise_to_pay", date="2026-11-20", quote="none", sender=1, fam=["date:abbrev-weekday", "voice:mobile"]),
    R("F172", "2026-11-17T10:00:00-03:00", "Prezados,\n\nInformamos que a fatura INV-2026-51721 será paga no dia 04/12 via transferência internacional.\n\nAtenciosamente,\nMarcos Silva\nAnalista Financeiro", "promise_to_pay", date="2026-12-04",
      inv=["51721"], fam=["date:numeric-eu", "voice:formal"]),
    R("F171", "2026-11-19T10:00:00+00:00", "Boa tarde,\n\nO pagamento estava previsto para dia 20, mas passou para dia 27 por causa do fecho do mês no banco.\n\nAna", "promise_to_pay", date="2026-11-27", fam=["date:moved"]),
    R("F173", "2026-11-16T10:00:00+00:00", "Bom dia,\n\nEsta semana não conseguimos, mas pagamos na segunda-feira dia 23.\n\nRui Coutinho", "promise_to_pay", date="2026-11-23", sender=1, fam=["date:negation", "date:weekday-day"]),
    R("F172", "2026-11-16T10:00:00-03:00", "Olá,\n\nA diretoria aprova os pagamentos na reunião de terça (24/11) e o pagamento sai na sexta seguinte, dia 27.\n\nMarcos", "promise_to_pay", date="2026-11-27",
      fam=["date:meeting-distractor"]),
    R("F171", "2026-11-17T10:00:00+00:00", "Bom dia,\n\nLiquidamos daqui a 15 dias.\n\nAna Ferreira", "promise_to_pay", date="2026-12-02", fam=["date:relative-span"]),
    R("F172", "2026-10-21T10:00:00-03:00", "Prezados,\n\nA fatura entrou no lote de pagamentos do fim do mês, que é processado no último dia útil.\n\nFinanceiro", "promise_to_pay", date="2026-10-30",
      sender=0, fam=["date:eom-business-day"]),
    R("F173", "2026-11-20T10:00:00+00:00", "Se recebermos o pagamento do distribuidor até quarta, pagamos na sexta-feira.\nRui", "promise_to_pay", date="2026-11-27", sender=1, human=["conditional"], fam=["date:condition-distractor"]),
    R("F171", "2026-11-23T10:00:00+00:00", "Bom dia, transferimos 1.340,00 € amanhã e a outra fatura no início de dezembro.\nAna", "promise_to_pay", date="2026-11-24", amount="1340.00", fam=["amount:eu", "date:relative-day"]),
    R("F172", "2026-11-24T10:00:00-03:00", "Bom dia, o pagamento vai ser feito dia 1º de dezembro.\nMarcos", "promise_to_pay", date="2026-12-01", fam=["date:ordinal-first"]),
    R("F173", "2026-11-23T10:00:00+00:00", "Bom dia,\n\nSeria possível pagar em três prestações mensais, a primeira a 15 de dezembro?\n\nRui Coutinho", "payment_plan_request", date="2026-12-15", sender=1, fam=["intent:plan"]),
    R("F171", "2026-11-24T10:00:00+00:00", "Bom dia,\n\nPagamos até ao final da semana que vem.\n\nAna", "promise_to_pay", date="2026-12-04", fam=["date:next-week-end"], note="final da semana que vem = sexta da próxima semana"),
    # --- intents
    R("F172", "2026-11-19T10:00:00-03:00", "Prezados,\n\nA partir de dezembro as notas fiscais e faturas devem ser enviadas apenas pelo nosso portal de fornecedores (fornecedores.construtora-horizonte.example). Faturas por e-mail não serão processadas.\n\nFinanceiro", "po_change",
      sender=0, fam=["intent:portal"]),
    R("F171", "2026-11-20T10:00:00+00:00", "Bom dia,\n\nPor favor, enviem as faturas daqui em diante para faturas@ferreira-filhos.example e atualizem o nosso NIF para PT509876543.\n\nAna Ferreira", "po_change",
      fam=["intent:billing-elsewhere", "intent:billing-entity"]),
    R("F171", "2026-11-25T10:00:00+00:00", "Bom dia,\n\nNa fatura 51712 falta a nossa nota de encomenda FF-ENC-0459. Podem reemitir?\n\nAna", "po_change", inv=["51712"], fam=["intent:po-missing"]),
    R("F173", "2026-11-24T10:00:00+00:00", "Boa tarde,\n\nA Quinta foi vendida ao grupo Douro Premium em outubro. Já não trato das contas; contactem contas@douropremium.example.\n\nRui", "wrong_contact", sender=1, fam=["intent:acquisition-contact"]),
    R("F172", "2026-11-18T10:00:00-03:00", "Olá, esse e-mail de cobrança é verdadeiro? Recebemos outro pedindo depósito em outra conta. Só vamos pagar depois de confirmar por telefone.\nMarcos", "other",
      human=["asks us to confirm the reminder is genuine"], fam=["intent:fraud-check"]),
    R("F172", "2026-11-25T10:00:00-03:00", "Prezados,\n\nPara remessa ao exterior precisamos da invoice comercial assinada e do formulário de residência fiscal. Podem enviar?\n\nFinanceiro", "other",
      sender=0, human=["tax paperwork requested"], fam=["intent:tax-forms"]),
    R("F173", "2026-11-27T10:00:00+00:00", "Exmos. Senhores,\n\nInformamos que a Quinta do Vale Vinhos se apresentou à insolvência. O administrador de insolvência é o Dr. Paulo Matos, a quem devem reclamar os créditos.\n\nGeral", "other",
      sender=0, human=["insolvency notice"], fam=["intent:bankruptcy"]),
    R("F171", "2026-11-18T10:00:00+00:00", "Bom dia,\n\nA fatura 51711 tem o IVA a 23% mas somos isentos ao abrigo do artigo 14.º do RITI. Por favor emitam nota de crédito e fatura corrigida.\n\nAna Ferreira", "dispute", inv=["51711"], fam=["intent:tax-exempt", "intent:dispute-vat"]),
    R("F173", "2026-11-19T10:00:00+00:00", "Metade das garrafas chegou partida. Não pagamos enquanto não houver nota de crédito.", "dispute", sender=1, quote="none", fam=["intent:dispute-damaged", "voice:terse"]),
    R("F172", "2026-11-23T10:00:00-03:00", "Bom dia, podem reenviar a fatura em PDF? Não achei no sistema.\nMarcos", "invoice_resend", fam=["intent:resend"]),
    R("F171", "2026-11-23T07:00:00+00:00", "Estarei ausente até dia 30 de novembro, com acesso limitado ao e-mail. Para assuntos urgentes contacte contabilidade@ferreira-filhos.example.", "out_of_office",
      subject="Resposta automática: Lembrete: faturas vencidas – Ferreira & Filhos Lda", headers={"Auto-Submitted": "auto-replied"}, quote="none", fam=["intent:ooo"]),
    R("F173", "2026-11-26T10:00:00+00:00", "Obrigado, recebido.", "other", sender=1, quote="none", fam=["no-action", "voice:terse"]),
    # --- paid
    R("F171", "2026-11-16T10:00:00+00:00", "Bom dia,\n\nAs duas faturas foram pagas por transferência no dia 13/11, total de 4.120,00 €.\n\nAna", "already_paid", fam=["pay:eu-date-amount"]),
    R("F172", "2026-11-19T10:00:00-03:00", "Olá,\n\nO swift foi enviado ontem, referência CH-OC-77310.\n\nMarcos Silva", "already_paid", ref="CH-OC-77310", fam=["pay:ref-format"], note="bank appends the payer name"),
    R("F173", "2026-11-18T10:00:00+00:00", "Já pagámos há uma semana, verifiquem por favor.", "already_paid", sender=1, human=["no matching payment"], quote="none", fam=["pay:bare-paid"]),
]
