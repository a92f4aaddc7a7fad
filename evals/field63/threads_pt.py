"""Portuguese replies (field63): a Lisbon bolo-rei pastry shop around 1 and 8 December, a Porto port-wine shipper on
credit hold, a São Paulo panettone bakery (13º salário, câmbio, CNPJ after an acquisition), beach kiosks on a plan in
Florianópolis at the start of the summer season."""

from evals.field.build import Payment, Reply
from evals.field63.kit import AUTO, BR, PT, at, auto
from evals.field63.world import CUSTOMERS

R = Reply
N = {c[0]: c[1] for c in CUSTOMERS}

PAYMENTS = [
    Payment("BK63-029", "H6361", "2029-12-07", "3970.00", "EUR", "BOLO REI DA BAIXA"),
    Payment("BK63-030", "H6363", "2029-12-14", "6400.00", "USD", "PPL2912140077"),
    Payment("BK63-031", "H6362", "2029-12-11", "10480.00", "EUR", "CAVES DO DOURO EXPORTADORA"),
]

REPLIES = [
    # --- promises
    R("H6361", at(11, 19, "10:00", PT), "Bom dia,\nFazemos a transferência na sexta-feira.\nCumprimentos,\nAna Marques", "promise_to_pay", date="2029-11-23", fam=["bare-weekday", "terse"]),
    R("H6361", at(11, 28, "15:00", PT), "O feriado de sábado (1.º de Dezembro) não muda nada: pagamos na segunda-feira, dia 3.", "promise_to_pay", date="2029-12-03", fam=["holiday-distractor", "weekday-day"]),
    R("H6361", at(12, 5, "11:30", PT), "Pagamos os 3.970 € na sexta, dia 7, e os 720 € na segunda seguinte.", "promise_to_pay", date="2029-12-07", amount="3970.00", fam=["partial-amount", "weekday-day", "two-dates"]),
    R("H6361", at(12, 14, "17:45", PT), "Estamos a fazer bolo-rei dia e noite. A transferência sai até ao final do mês.", "promise_to_pay", date="2029-12-31", fam=["end-of-month", "season"]),
    R("H6361", at(12, 19, "10:15", PT), "Exmos. Senhores,\n\nInformamos que a fatura INV-2027-63612 será liquidada a 27/12/2029.\n\nCom os melhores cumprimentos,\nContabilidade\nPastelaria Bolo-Rei da Baixa Lda", "promise_to_pay", date="2029-12-27", inv=["INV-2027-63612"], fam=["slash-date-year", "formal-ap"], sender=0),
    R("H6361", at(11, 26, "12:00", PT), "Pagamos assim que a seguradora nos pagar o sinistro da montra.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("H6362", at(11, 20, "09:30", PT), "Pagamos na próxima sexta-feira, desde que desbloqueiem a encomenda de garrafas para o Natal.", "promise_to_pay", date="2029-11-30", human=["conditional"], fam=["next-weekday", "credit-hold-condition"]),
    R("H6362", at(12, 6, "16:00", PT), "O pagamento será feito daqui a 10 dias.", "promise_to_pay", date="2029-12-16", fam=["relative-span", "terse"]),
    R("H6362", at(12, 18, "12:00", PT), "Metade amanhã, metade no início de janeiro.", "promise_to_pay", date="2029-12-19", human=["partial"], fam=["partial-share", "tomorrow"]),
    R("H6362", at(11, 27, "10:00", PT), "Bom dia, sou a nova tesoureira e ainda não tenho email da empresa. O pagamento sai a 5 de dezembro.", "promise_to_pay", date="2029-12-05", fam=["unknown-sender", "new-staff"], sender="tesouraria.cavesdouro@gmail.example"),
    R("H6363", at(11, 21, "10:00", BR), "Oi, tudo bem? Vamos pagar na sexta, dia 30.", "promise_to_pay", date="2029-11-30", fam=["weekday-day", "brazilian"]),
    R("H6363", at(11, 29, "18:20", BR), "A gente paga depois que sair o 13º dos funcionários, lá pelo dia 20 de dezembro.", "promise_to_pay", date="2029-12-20", fam=["thirteenth-salary", "approximate", "brazilian"]),
    R("H6363", at(12, 7, "09:40", BR), "Pagamos USD 5.260 na quarta e os 1.140 semana que vem.", "promise_to_pay", date="2029-12-12", amount="5260.00", fam=["partial-amount", "bare-weekday", "brazilian"]),
    R("H6363", at(12, 17, "14:00", BR), "Corrigindo o e-mail anterior: o pagamento não sai dia 18, sai dia 19 (quarta).", "promise_to_pay", date="2029-12-19", fam=["correction", "day-alone", "brazilian"]),
    R("H6363", at(12, 3, "10:00", BR), "Prezados,\n\nO pagamento está programado para 14/12/2029 via câmbio.\n\nAtenciosamente,\nFinanceiro\nPanetones Paulistanos Ltda", "promise_to_pay", date="2029-12-14", fam=["slash-date-year", "formal-ap", "brazilian"], sender=0),
    R("H6364", at(11, 22, "11:00", BR), "Olá, a parcela de dezembro (USD 920) será paga no dia 10/12 como combinado.", "promise_to_pay", date="2029-12-10", amount="920.00", fam=["instalment", "existing-plan", "brazilian"]),
    R("H6364", at(12, 12, "20:30", BR), "A temporada de verão começou. Pagamos a parcela no sábado, depois do movimento do fim de semana.", "promise_to_pay", date="2029-12-15", human=["partial"], fam=["instalment", "bare-weekday", "late-evening"]),
    # --- already paid
    R("H6361", at(12, 10, "10:00", PT), "Transferência feita a 7/12, 3.970 €, referente à fatura 63611.", "already_paid", inv=["INV-2027-63611"], fam=["slash-date", "bare-number"]),
    R("H6363", at(12, 17, "10:30", BR), "Segue em anexo o comprovante do câmbio (USD 6.400, 14/12).", "already_paid", ref="PPL2912140077", fam=["remittance-attachment", "mt103", "brazilian"],
      attachments=[("comprovante_cambio.pdf", "application/pdf", "MT103\n:20:PPL2912140077\n:32A:291214USD6400,00\n:50K:PANETONES PAULISTANOS LTDA\n:59:NORTHWIND SUPPLIES GMBH\n:70:INV-2027-63631 INV-2027-63632")]),
    R("H6362", at(12, 12, "09:00", PT), "Transferimos os 10.480 € ontem. Agora desbloqueiem a encomenda, por favor.", "already_paid", fam=["yesterday", "credit-hold"]),
    R("H6364", at(12, 4, "10:00", BR), "Paguei a parcela de novembro ontem, o comprovante está com o vendedor de vocês no WhatsApp.", "already_paid", human=["no matching payment"], fam=["claim-not-on-bank", "instalment-paid", "brazilian"]),
    # --- disputes
    R("H6361", at(11, 27, "10:00", PT), "Na fatura 63611 cobram 50 kg de frutas cristalizadas e só recebemos 30. Aguardamos a nota de crédito.", "dispute", inv=["INV-2027-63611"], fam=["short-delivery", "credit-note"]),
    R("H6362", at(12, 4, "11:00", PT), "Não aceitamos os juros de mora da fatura. O atraso deveu-se à greve dos estivadores, não a nós.", "dispute", fam=["interest", "credit-hold"]),
    R("H6363", at(11, 26, "15:00", BR), "A fatura 63632 está duplicada, esse item já foi cobrado na 63631. Favor cancelar.", "dispute", inv=["INV-2027-63632", "INV-2027-63631"], fam=["duplicate-billing", "brazilian"]),
    # --- resend
    R("H6361", at(12, 3, "09:00", PT), "Podem reenviar a fatura 63612? Não a encontramos.", "invoice_resend", inv=["INV-2027-63612"], fam=["copies"]),
    R("H6363", at(12, 11, "11:00", BR), "Poderiam mandar as faturas de novo em PDF? O anexo veio corrompido.", "invoice_resend", fam=["unreadable", "brazilian"]),
    R("H6362", at(11, 22, "10:00", PT), "Solicitamos o extrato de conta corrente à data de 30 de novembro.", "invoice_resend", fam=["statement", "credit-hold"], sender=0),
    # --- PO and billing changes
    R("H6361", at(11, 21, "11:00", PT), "Por favor indiquem o nosso NIF 514 882 370 nas faturas e reenviem-nas.", "po_change", fam=["tax-number", "reissue"]),
    R("H6363", at(12, 5, "14:00", BR), "Fomos incorporados pela Doces Bandeirantes S.A. em 1º de dezembro. Favor reemitir as faturas com o novo CNPJ 45.118.902/0001-37.", "po_change", fam=["acquisition", "tax-number", "brazilian"]),
    R("H6362", at(12, 14, "10:00", PT), "A partir de janeiro as faturas devem ser enviadas pela plataforma Saphety, e não por email.", "po_change", fam=["e-invoicing", "portal", "credit-hold"], sender=0),
    # --- plans
    R("H6361", at(12, 6, "10:00", PT), "Seria possível pagar em duas prestações? Metade a 20 de dezembro e metade a 20 de janeiro.", "payment_plan_request", date="2029-12-20", fam=["plan-halves"]),
    R("H6363", at(12, 13, "16:00", BR), "Conseguimos parcelar em 3x? Primeira parcela de USD 2.000 no dia 28.", "payment_plan_request", date="2029-12-28", amount="2000.00", fam=["plan-three", "brazilian"]),
    R("H6364", at(11, 28, "10:00", BR), "Dá para esticar o parcelamento mais dois meses? A temporada ainda não engrenou.", "payment_plan_request", fam=["plan-extend", "existing-plan", "brazilian"]),
    # --- absences
    R("H6361", at(12, 21, "09:10", PT), "Estou ausente até 3 de janeiro de 2030. Boas festas!", "out_of_office", headers=AUTO, subject=auto("Resposta automática", "pt", N["H6361"]), quote="none", gap_days=0, fam=["ooo-auto", "shutdown"]),
    R("H6363", at(12, 19, "08:00", BR), "Estarei em férias coletivas de 20/12 a 10/01, retornando em 11/01/2030.", "out_of_office", headers=AUTO, subject=auto("Resposta automática", "pt", N["H6363"]), quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "brazilian"]),
    # --- bounces
    R("H6362", at(11, 29, "09:20", PT), "Não foi possível entregar a mensagem a financeiro@cavesdouro-export.example.\n\nO servidor remoto devolveu '550 5.1.1 Utilizador desconhecido'.", "bounce", sender="postmaster@cavesdouro-export.example", subject="Não entregue: Lembrete: faturas vencidas – " + N["H6362"], dsn=("financeiro@cavesdouro-export.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-exchange-pt"]),
    R("H6364", at(12, 6, "09:30", BR), "Endereço não encontrado\n\nSua mensagem não foi entregue a contato@quiosquespraiagrande.example porque o endereço não foi encontrado ou não pode receber e-mails.\n\nA resposta do servidor remoto foi:\n550 5.1.1 The email account that you tried to reach does not exist.", "bounce", sender="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)", dsn=("contato@quiosquespraiagrande.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-gmail-pt"]),
    # --- wrong contacts
    R("H6361", at(12, 12, "12:00", PT), "A Ana já não trabalha connosco. Contactem o Sr. Rui Teixeira, r.teixeira@bolorei-baixa.example.", "wrong_contact", fam=["left-company", "new-contact"]),
    R("H6364", at(12, 17, "11:00", BR), "Sou o gerente do quiosque, não cuido de pagamento. Fala com o Thiago.", "wrong_contact", fam=["not-ap", "unknown-sender", "brazilian"], sender="quiosque3@quiosquespraiagrande.example"),
    # --- other
    R("H6363", at(11, 20, "09:30", BR), "Recebido, obrigada. Encaminhei para o financeiro.", "other", fam=["no-action", "forwarded-internally"]),
    R("H6361", at(12, 17, "15:00", PT), "Recebemos uma carta a dizer que o vosso IBAN mudou. É verdade? Não pagamos nada até confirmarem por telefone.", "other", human=["fraud check"], fam=["fraud-check", "iban-change"]),
]
