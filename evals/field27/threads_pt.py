"""Portuguese replies (field27): an Alentejo olive-oil press (PT), a Minas Gerais cheese dairy on a plan (BR, −03:00)
and a Maputo cashew processor (MZ, +02:00)."""

from evals.field.build import Payment, Reply
from evals.field27.kit import AUTO, BR, MZ, PT, at

R = Reply
P = Payment

AVISO = ("\n\n--\nLagar do Monte da Azinheira, Lda. · Estrada Nacional 255, km 12 · 7160-999 Vila Viçosa\nNIPC 509 884 217 · "
         "Capital social 50.000 €\n\nAVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são confidenciais e "
         "destinam-se exclusivamente ao destinatário indicado. Se recebeu esta mensagem por engano, por favor informe o "
         "remetente e elimine-a de imediato. É proibida a sua divulgação, cópia ou distribuição não autorizada. O Lagar do "
         "Monte da Azinheira nunca altera os seus dados bancários por correio eletrónico. Antes de imprimir, pense no ambiente.")

PAYMENTS = [
    P("BK27-060", "W2761", "2026-11-20", "7100.00", "EUR", "LAGAR MONTE AZINHEIRA LAGAR NOV"),
    P("BK27-061", "W2763", "2026-11-23", "6335.00", "USD", "CAJUINA MAPUTO CPCM8841"),
    P("BK27-062", "W2762", "2026-11-23", "1650.00", "USD", "LATICINIOS SERRA DA CANASTRA"),
]

REPLIES = [
    # --- Lagar do Monte da Azinheira (PT)
    R("W2761", at(23, "09:30", PT), "Pagamos na quinta.", "promise_to_pay", date="2026-11-26", fam=["weekday", "terse-mobile"]),
    R("W2761", at(24, "11:15", PT), "A transferência será feita no dia 2/12.", "promise_to_pay", date="2026-12-02", fam=["locale-numeric-dayfirst"], sender=0),
    R("W2761", at(25, "15:20", PT), "Pagamos depois do feriado de 1 de dezembro, na quinta-feira, dia 3.", "promise_to_pay", date="2026-12-03", fam=["holiday", "weekday-ordinal"]),
    R("W2761", at(26, "10:00", PT), "O pagamento previsto para hoje passou para segunda-feira, dia 30.", "promise_to_pay", date="2026-11-30", fam=["moved-date", "weekday-ordinal"]),
    R("W2761", at(27, "12:40", PT), "Pagamos a 92762 amanhã e a 92761 no fim de dezembro.", "promise_to_pay", date="2026-11-28", inv=["92762", "92761"], fam=["two-dates", "tomorrow"]),
    R("W2761", at(23, "17:00", PT), "Assim que o IFAP pagar a ajuda à produção, liquidamos tudo.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("W2761", at(24, "08:20", PT), "Pagamento daqui a 15 dias.", "promise_to_pay", date="2026-12-09", fam=["relative-span"]),
    R("W2761", at(25, "19:10", PT), "Exmos. Senhores,\n\nInformamos que o pagamento das faturas em aberto será efetuado até ao final do mês.\n\nCom os melhores cumprimentos,\nJoaquim Carrilho" + AVISO, "promise_to_pay", date="2026-11-30", html=True, fam=["html-outlook", "long-disclaimer", "month-end"]),
    # --- Laticínios Serra da Canastra (BR, payment plan)
    R("W2762", at(23, "10:00", BR), "Bom dia! A parcela de novembro do acordo (US$ 1.650) sai na sexta por transferência.", "promise_to_pay", date="2026-11-27", amount="1650.00", fam=["instalment-existing-plan", "weekday", "brazilian"]),
    R("W2762", at(24, "14:30", BR), "A parcela de dezembro será paga dia 10, conforme o combinado.", "promise_to_pay", date="2026-12-10", fam=["instalment-existing-plan", "ordinal-alone"], sender=0),
    R("W2762", at(25, "09:15", BR), "Vamos quitar o saldo assim que o banco liberar o crédito rural.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "brazilian"]),
    R("W2762", at(26, "16:45", BR), "Pagamento na próxima segunda.", "promise_to_pay", date="2026-11-30", fam=["next-weekday", "brazilian"]),
    R("W2762", at(27, "11:00", BR), "Pagamos na primeira semana de dezembro, provavelmente na quinta.", "promise_to_pay", date="2026-12-03", fam=["week-of", "brazilian"]),
    # --- Cajuína Processadora de Caju de Maputo (MZ)
    R("W2763", at(23, "08:45", MZ), "Bom dia. O pagamento será efectuado na sexta-feira, dia 27.", "promise_to_pay", date="2026-11-27", fam=["weekday-ordinal", "mozambican"]),
    R("W2763", at(24, "13:30", MZ), "Efectuaremos o pagamento de USD 2.500 no dia 4 de Dezembro e o remanescente até 18 de Dezembro.", "promise_to_pay", date="2026-12-04", amount="2500.00", fam=["partial-amount", "two-dates", "mozambican"]),
    R("W2763", at(25, "10:50", MZ), "Após a aprovação do conselho de administração da casa-mãe em Lisboa, procederemos ao pagamento.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "mozambican"]),
    R("W2763", at(26, "15:10", MZ), "Pagamento na semana 49.", "promise_to_pay", date="2026-12-04", fam=["calendar-week", "terse-mobile"], sender=0),
    R("W2763", at(27, "09:40", MZ), "A factura 92765 será paga amanhã; a 92764 depois da campanha da castanha, no dia 15.", "promise_to_pay", date="2026-11-28", inv=["92765", "92764"], fam=["two-dates", "mozambican"]),
    R("W2763", at(23, "18:20", MZ), "Pagamos no último dia útil do mês.", "promise_to_pay", date="2026-11-30", fam=["last-working-day"]),
    # --- other intents
    R("W2761", at(24, "10:00", PT), "Pagámos a 20/11, referência LAGAR NOV.", "already_paid", ref="LAGAR NOV", fam=["reference", "locale-numeric-dayfirst"], sender=0, note="matches BK27-060"),
    R("W2763", at(25, "11:40", MZ), "Pagamento efectuado a 23/11, ref. CPCM-8841.", "already_paid", ref="CPCM-8841", human=["paid amount differs"], fam=["bank-charges-short", "mozambican"], note="BK27-061 is 15.00 short"),
    R("W2762", at(24, "09:40", BR), "Paguei a parcela ontem, comprovante em anexo.", "already_paid", human=["matches an instalment, not the balance"],
      attachments=[("comprovante.txt", "text/plain", "Comprovante de transferência internacional\nValor: USD 1.650,00\nData: 23/11/2026\nFavorecido: Northwind Supplies GmbH")],
      fam=["instalment-existing-plan", "brazilian"], note="BK27-062 is the instalment"),
    R("W2761", at(26, "14:30", PT), "A fatura 92761 tem IVA a 23 %, mas o azeite leva a taxa reduzida de 6 %. Agradecemos nota de crédito.", "dispute", inv=["92761"], fam=["vat-dispute", "credit-note"]),
    R("W2763", at(26, "11:20", MZ), "Recebemos apenas 8 das 10 máquinas de descasque encomendadas.", "dispute", fam=["short-delivery", "mozambican"]),
    R("W2761", at(27, "09:15", PT), "Podem reenviar a fatura 92762? Não a recebemos.", "invoice_resend", inv=["92762"], fam=["never-received"], sender=0),
    R("W2763", at(24, "16:00", MZ), "Solicitamos o extracto de conta actualizado.", "invoice_resend", fam=["statement", "mozambican"], sender=0),
    R("W2761", at(23, "12:20", PT), "Por favor emitam as faturas com o novo NIF 516 447 238; a empresa mudou de sociedade.", "po_change", fam=["tax-id", "entity-change"]),
    R("W2763", at(27, "14:00", MZ), "A partir de agora enviem as facturas através do portal de fornecedores; não processamos facturas por e-mail.", "po_change", fam=["supplier-portal", "mozambican"], sender=0),
    R("W2761", at(25, "12:00", PT), "É possível pagar em 3 prestações, a primeira a 15 de dezembro?", "payment_plan_request", date="2026-12-15", fam=["plan-instalments"]),
    R("W2763", at(23, "14:15", MZ), "Gostaríamos de propor o pagamento em 6 prestações mensais.", "payment_plan_request", fam=["plan-undated", "mozambican"]),
    R("W2761", at(26, "09:06", PT), "Estarei ausente até 2 de dezembro, sem acesso ao correio eletrónico.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Lagar do Monte da Azinheira Lda", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("W2762", at(25, "05:06", BR), "Estou de férias até 8 de janeiro. Para assuntos urgentes, financeiro@queijocanastra.example.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Laticínios Serra da Canastra Ltda", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "brazilian"]),
    R("W2761", at(27, "09:07", PT), "Esta é uma mensagem automática.\n\nNão foi possível entregar a mensagem ao destinatário:\n\nj.carrilho@lagar-azinheira.example\n550 5.1.1 Utilizador desconhecido", "bounce", sender="MAILER-DAEMON@mail.lagar-azinheira.example", subject="Não entregue: Lembrete: faturas vencidas – Lagar do Monte da Azinheira Lda", dsn=("j.carrilho@lagar-azinheira.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-pt"]),
    R("W2763", at(25, "10:07", MZ), "A entrega falhou para estes destinatários ou grupos:\n\na.macuacua@caju-maputo.example\nA caixa de correio do destinatário está cheia.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@caju-maputo.example", subject="Não entregue: Lembrete: faturas vencidas – Cajuína Processadora de Caju de Maputo Lda", dsn=("a.macuacua@caju-maputo.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-pt", "dsn-mailbox-full"]),
    R("W2762", at(26, "10:30", BR), "A Cláudia saiu da empresa. Favor falar com o Marcos Tavares, m.tavares@queijocanastra.example.", "wrong_contact", fam=["left-company", "new-contact", "brazilian"], sender=0),
    R("W2763", at(26, "08:10", MZ), "Não sou eu que trato dos pagamentos. Escreva ao Sr. Macuácua.", "wrong_contact", fam=["not-my-job", "mozambican"], sender="armazem@caju-maputo.example"),
    R("W2761", at(25, "16:50", PT), "Obrigado, recebido.", "other", fam=["no-action", "ack"]),
    R("W2762", at(27, "15:10", BR), "Vocês aceitam pagamento por PIX? Seria bem mais rápido para a gente.", "other", human=["payment method"], fam=["pix", "payment-method", "brazilian"]),
    R("W2763", at(27, "11:30", MZ), "Precisamos do vosso certificado de residência fiscal para não reter 20 % de imposto na fonte.", "other", human=["tax form"], fam=["tax-forms", "mozambican"]),
]
