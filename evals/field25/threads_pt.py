"""field25, Portuguese: a Mindelo shipping agent (pt-CV), a Serra Gaúcha winery (strategic, pt-BR), an Azores tea
plantation (pt-PT). Written by hand."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field25.kit import AUTO, AZ, BR, CV, at, r

PAYMENTS = [
    Payment("BK25-51", "X2561", "2026-11-24", "8390.00", "EUR", "AGENCIA PORTO GRANDE FT 92561/92562"),
    Payment("BK25-52", "X2563", "2026-11-19", "3820.00", "EUR", "TRF CHA LAGOA VERDE ACORES"),
    Payment("BK25-53", None, "2026-11-25", "1590.00", "USD", "REMESSA EXTERIOR R BERTOLINI PF"),
]

REPLIES = [
    # promises
    r("X2561", at(23, "09:10", CV), "promise_to_pay", "2026-11-27", "bare-weekday",
      "Bom dia,\n\nO pagamento segue na sexta-feira. Tivemos três navios em porto esta semana, desculpem a demora.\n\nCumprimentos\nEdson Lopes", sender=1),
    r("X2561", at(24, "14:00", CV), "promise_to_pay", "2026-12-10", "locale-numeric-dayfirst",
      "Boa tarde, transferência agendada para 10/12 via BCA. Cumprimentos, Contabilidade"),
    r("X2561", at(25, "10:45", CV), "promise_to_pay", "2026-12-04", "next-weekday",
      "Bom dia, pagamos na próxima sexta-feira, as duas faturas. Edson", sender=1),
    r("X2561", at(26, "16:20", CV), "promise_to_pay", "2026-12-01", "subject-only terse-mobile", "",
      subject="RE: Lembrete: faturas vencidas – pago terça, Edson", sender=1),
    r("X2561", at(27, "11:10", CV), "promise_to_pay", "2026-12-14", "relative-span mixed-language",
      "Bom dia, daqui a duas semanas e uns dias – segunda-feira 14 de dezembro, sta bon? Cumprimentos, Contabilidade", note="segunda-feira 14 de dezembro, as written"),
    r("X2561", at(23, "18:40", CV), "promise_to_pay", "2026-12-02", "condition-date",
      "Boa tarde, se nos enviarem na segunda a cópia do conhecimento de embarque corrigido, pagamos na quarta seguinte.\nEdson Lopes", sender=1, human=["conditional"]),
    r("X2562", at(23, "10:30", BR), "promise_to_pay", "2026-12-04", "locale-numeric-dayfirst pix",
      "Bom dia,\n\nO pagamento das faturas 92563 e 92564 está programado para 04/12, via câmbio com o Banrisul (PIX não se aplica ao exterior, certo?).\n\nAtenciosamente,\nRafaela Bertolini\nGerente Financeira", sender=1),
    r("X2562", at(24, "15:20", BR), "promise_to_pay", "2026-12-11", "meeting-before-payment",
      "Boa tarde, a diretoria aprova os pagamentos ao exterior na reunião de quarta, 2/12; o câmbio fecha na sexta da semana seguinte, dia 11. Financeiro", human=["conditional"]),
    r("X2562", at(25, "11:00", BR), "promise_to_pay", "2026-12-15", "partial",
      "Oi, vamos pagar USD 6.000,00 da 92563 no dia 15/12 e o restante após a vindima. Abraço, Rafaela", sender=1, amount="6000.00", inv=["92563"], human=["conditional"]),
    r("X2562", at(26, "17:45", BR), "promise_to_pay", "2026-11-30", "month-end",
      "Boa tarde, pagamento no último dia útil do mês. Att., Financeiro"),
    r("X2562", at(27, "09:40", BR), "promise_to_pay", "2026-12-11", "week-after-next",
      "Bom dia, semana que vem não consigo, só na outra, na sexta. Rafaela", sender=1),
    r("X2563", at(23, "11:00", AZ), "promise_to_pay", "2026-12-02", "holiday",
      "Bom dia,\n\nTerça-feira, 1 de dezembro, é feriado, por isso a transferência só sai na quarta-feira.\n\nCom os melhores cumprimentos\nManuel Medeiros", sender=1),
    r("X2563", at(24, "10:15", AZ), "promise_to_pay", "2026-12-09", "holiday",
      "Bom dia, a 8 é feriado (Imaculada Conceição), pagamos no dia seguinte. Contabilidade"),
    r("X2563", at(25, "16:30", AZ), "promise_to_pay", "2026-12-07", "dictated-voicemail",
      "[Transcrição de mensagem de voz]\n\"Olá, fala o Manuel Medeiros do Chá Lagoa Verde, é sobre a vossa carta… pagamos tudo na segunda, dia sete, está bem? Obrigado.\"", sender=1),
    r("X2563", at(26, "09:30", AZ), "promise_to_pay", "2026-12-03", "abbrev-weekday",
      "Pagamento na qui. da próxima semana. Cumprimentos", note="qui. da próxima semana: Thursday 3 December"),
    r("X2563", at(27, "19:55", AZ), "promise_to_pay", None, "undated late-evening",
      "Boa noite, pagaremos logo que a colheita de inverno seja vendida. Não consigo dar data. M. Medeiros", sender=1, human=["undated", "conditional"]),
    r("X2561", at(26, "08:20", CV), "promise_to_pay", "2026-12-15", "ordinal-alone",
      "Bom dia, pagamos a dia 15, como sempre fazemos com os fornecedores estrangeiros. Contabilidade"),

    # already paid
    r("X2561", at(25, "09:30", CV), "already_paid", None, "remittance-reference-variant",
      "Bom dia, transferimos ontem, descritivo \"FT 92561/92562\". Segue comprovativo.\nContabilidade", ref="FT 92561/92562",
      attachments=[("comprovativo.txt", "text/plain", "BCA – Transferência internacional – 24/11/2026 – EUR 8.390,00 – Northwind Supplies GmbH – FT 92561/92562")], note="matches BK25-51"),
    r("X2563", at(23, "14:40", AZ), "already_paid", None, "past-payment-date",
      "Boa tarde, já pagámos tudo no dia 19 de novembro. Talvez se tenham cruzado as mensagens.\nManuel", sender=1, note="matches BK25-52 by amount (3,820.00, 19 Nov)"),
    r("X2562", at(26, "10:10", BR), "already_paid", None, "private-account strategic",
      "Bom dia, a 92564 foi paga ontem pela minha conta pessoal porque o sistema do banco da empresa estava fora. USD 1.590,00. Abraço, Rafaela", sender=1, inv=["92564"],
      human=["no matching payment"], note="BK25-53 is unidentified: the manager's private account; account strategic"),

    # dispute
    r("X2562", at(24, "09:05", BR), "dispute", None, "quantity",
      "Bom dia, a 92563 cobra 3.000 rolhas técnicas e recebemos 2.400, conforme o romaneio. Aguardamos nota de crédito.\nFinanceiro", inv=["92563"]),
    r("X2561", at(27, "15:30", CV), "dispute", None, "fees",
      "Boa tarde, não aceitamos os juros de mora na 92562. Nunca foram acordados. Edson", sender=1, inv=["92562"]),

    # resend
    r("X2563", at(26, "11:50", AZ), "invoice_resend", None, "never-received",
      "Bom dia, não recebemos a fatura 92566. Podem reenviar? Obrigado", inv=["92566"]),
    r("X2562", at(27, "11:20", BR), "invoice_resend", None, "statement",
      "Oi, podem mandar um extrato de conta atualizado? Preciso conciliar antes do fechamento. Rafaela", sender=1),

    # PO change
    r("X2562", at(25, "14:30", BR), "po_change", None, "tax-id",
      "Boa tarde, o CNPJ na fatura 92564 está errado, o correto é 12.345.678/0001-90. Favor reemitir. Financeiro", inv=["92564"]),
    r("X2561", at(24, "11:30", CV), "po_change", None, "billing-address",
      "Bom dia, mudámos de escritório: Rua de Lisboa 42, Mindelo, São Vicente. Por favor atualizem as faturas. Contabilidade"),

    # plan
    r("X2563", at(24, "15:45", AZ), "payment_plan_request", None, "plan-request",
      "Boa tarde, seria possível pagar em três prestações mensais? A época baixa é dura aqui na ilha.\nManuel Medeiros", sender=1),
    r("X2561", at(25, "17:10", CV), "payment_plan_request", "2026-12-07", "plan-request partial",
      "Boa tarde, podemos pagar 2.000 euros a 7 de dezembro e o resto em janeiro e fevereiro? Aguardo resposta. Edson", sender=1, amount="2000.00"),

    # out of office
    r("X2561", at(26, "07:00", CV), "out_of_office", None, "auto-reply",
      "Estou ausente até 30 de novembro. Para assuntos urgentes contacte contabilidade@portogrande-agencia.example.\nEdson Lopes", sender=1, headers=AUTO),
    r("X2562", at(24, "08:00", BR), "out_of_office", None, "auto-reply",
      "Estou em férias até 4 de janeiro. Favor contatar financeiro@vinicolaserragaucha.example.\nRafaela Bertolini", sender=1, headers=AUTO,
      human=["back more than 14 days out"]),

    # bounces
    r("X2563", at(25, "08:06", AZ), "bounce", None, "dsn",
      "Não foi possível entregar a mensagem a m.medeiros@cha-acores.example: utilizador desconhecido (550 5.1.1).",
      sender="mailer-daemon@cha-acores.example", dsn=("m.medeiros@cha-acores.example", "5.1.1"), subject="Mensagem não entregue"),
    r("X2561", at(27, "07:06", CV), "bounce", None, "dsn",
      "A entrega da mensagem a e.lopes@portogrande-agencia.example falhou: caixa de correio cheia (552 5.2.2).",
      sender="postmaster@portogrande-agencia.example", dsn=("e.lopes@portogrande-agencia.example", "5.2.2"), subject="Não entregue: Lembrete: faturas vencidas"),

    # wrong contact
    r("X2562", at(25, "15:50", BR), "wrong_contact", None, "colleague-redirect",
      "Olá, não sou mais do financeiro, fui para o enoturismo. Escrevam para o Diego: diego.f@vinicolaserragaucha.example.", sender=1),
    r("X2563", at(27, "10:00", AZ), "wrong_contact", None, "new-contact successor",
      "Bom dia, o Sr. Medeiros já não trata das contas. Agora é a D. Fátima Furtado: f.furtado@cha-acores.example.\nContabilidade"),

    # other
    r("X2561", at(23, "12:30", CV), "other", None, "no-action",
      "Recebido, obrigado.", sender=1),
    r("X2562", at(23, "16:10", BR), "other", None, "pix",
      "Oi, vocês aceitam PIX através de um parceiro de câmbio ou só transferência internacional? Seria bem mais simples pra nós. Rafaela", sender=1, human=["needs action"]),
    r("X2563", at(25, "12:15", AZ), "other", None, "tax-forms",
      "Bom dia, para efeitos de retenção na fonte precisamos do certificado de residência fiscal (modelo 21-RFI). Podem enviar?", human=["needs action"]),
    r("X2561", at(24, "16:40", CV), "other", None, "fraud-alert",
      "Boa tarde, recebemos um email \"da Northwind\" a pedir pagamento para um IBAN em Portugal. É verdade? Não pagámos.\nEdson", sender=1, human=["needs action"]),
    r("X2562", at(27, "13:00", BR), "other", None, "no-action ticketing-system",
      "Seu chamado nº 48213 foi aberto com sucesso. O prazo de atendimento é de até 3 dias úteis.\nCentral de Serviços Financeiros – Vinícola Serra Gaúcha", headers=AUTO),
]
