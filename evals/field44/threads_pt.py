"""field44, Portuguese: a Porto builder and an Alcobaça fruit co-operative (Portugal), a Luanda builders' merchant on credit hold (Angola) and a Maputo community school (Mozambique)."""

from evals.field.build import Payment, Reply
from evals.field44.kit import AO, AUTO, MZ, PT, at

PAYMENTS = [
    Payment("BK44-061", "Y4461", "2026-10-16", "1530.00", "EUR", "TRF CONSTRUCOES FERREIRA FILHOS FT 94472"),
    Payment("BK44-062", "Y4464", "2026-10-22", "2740.00", "USD", "ASSOC ESCOLA COMUNITARIA ESPERANCA"),
]

REPLIES = [
    Reply("Y4461", at(19, "09:45", PT), """Bom dia,

A fatura 94472 foi paga na passada sexta-feira, dia 16. A 94471 será paga na próxima sexta-feira, dia 30, conforme combinado com o engenheiro.

Com os melhores cumprimentos,
João Ferreira
Gerente
Construções Ferreira & Filhos, Lda.
Rua do Heroísmo, 312 – 4300-256 Porto
Alvará IMPIC n.º 61234-PUB""", "already_paid", sec=["promise_to_pay"], date="2026-10-30", inv=["94472", "94471"],
          fam=["paid-and-promise", "proxima-sexta", "weekday-ordinal"], note="94472 matches BK44-061"),
    Reply("Y4461", at(20, "11:30", PT), """Boa tarde,

Na fatura 94471 foram faturados 26 m³ de betão C30/37 mas na guia de remessa assinada em obra constam 22 m³. Agradecemos a emissão de nota de crédito.

Contabilidade""", "dispute", inv=["94471"], sender=0, fam=["guia-de-remessa", "quantity"]),
    Reply("Y4461", at(21, "10:00", PT), """Bom dia, pagamos até ao final do mês. Cumprimentos, J. Ferreira""", "promise_to_pay", date="2026-10-31", fam=["ate-ao-final-do-mes"]),
    Reply("Y4461", at(22, "16:40", PT), """Boa tarde,

Conseguimos pagar 4.000 € amanhã e o restante no dia 6 de novembro.

Cumprimentos
João""", "promise_to_pay", date="2026-10-23", amount="4000.00", fam=["amanha", "two-dates-earliest"]),
    Reply("Y4461", at(23, "09:00", PT), """Bom dia,

Solicitamos que as faturas passem a ser enviadas exclusivamente para faturas@ferreirafilhos.example, em formato PDF qualificado, com o NIF 507 332 118 e o número da obra (O-2026-041).

Obrigado""", "po_change", sender=0, fam=["send-invoices-to", "nif", "obra"]),
    Reply("Y4461", at(19, "18:00", PT), """Olá, podem enviar-me a segunda via da fatura 94471? Obrigada, Ana (contabilidade)""", "invoice_resend", inv=["94471"], sender=0,
          fam=["segunda-via"]),
    Reply("Y4461", at(20, "08:15", PT), """Bom dia, o pagamento segue daqui a 15 dias, quando recebermos da Câmara. Cumprimentos""", "promise_to_pay", date="2026-11-04", sender=0, human=["conditional"],
          fam=["daqui-a-15-dias", "customer-pays-first", "municipality-pays"], note="+15 from Tuesday 20 = 4 November, after the Câmara pays them"),
    Reply("Y4462", at(19, "10:20", PT), """Exmos. Senhores,

Em resposta ao vosso lembrete, informamos que o pagamento da fatura 94473 será efetuado no dia 3 de novembro, após a reunião da Direção de dia 30.

Com os melhores cumprimentos,
Manuela Santos
Diretora Financeira
Cooperativa Agrícola de Alcobaça, CRL
Produtores de Pera Rocha e Maçã de Alcobaça IGP""", "promise_to_pay", date="2026-11-03", inv=["94473"], fam=["distractor-meeting", "explicit-date"]),
    Reply("Y4462", at(20, "14:00", PT), """Bom dia,

Este ano a campanha da pera foi muito fraca por causa do granizo. Seria possível pagar em 4 prestações mensais, a primeira a 30 de novembro?

Manuela Santos""", "payment_plan_request", date="2026-11-30", fam=["four-instalments", "hail", "farming"]),
    Reply("Y4462", at(21, "12:12", PT), """Caros senhores, a fatura vem em nome da antiga cooperativa (Frutalcoa). Desde julho somos a Cooperativa Agrícola de Alcobaça, CRL, NIPC 501 224 880. Agradecemos a reemissão. Manuela""",
          "po_change", fam=["legal-entity-name", "nipc"]),
    Reply("Y4462", at(22, "09:30", PT), """Bom dia, pagaremos na sexta. Manuela""", "promise_to_pay", date="2026-10-23", fam=["sexta", "terse"]),
    Reply("Y4462", at(23, "15:15", PT), """Estarei ausente do escritório até 4 de novembro, inclusive. Para assuntos urgentes contacte financeiro@coop-alcobaca.example.""",
          "out_of_office", headers=AUTO, fam=["ooo-within-14", "inclusive"], note="back 5 November, 13 days after 23 October"),
    Reply("Y4462", at(21, "17:17", PT), """Boa tarde, já deixei de trabalhar na cooperativa. Contactem por favor a D. Manuela Santos. Obrigado, Rui""", "wrong_contact", sender=0,
          fam=["left-company"]),
    Reply("Y4462", at(20, "19:00", PT), """Olá, a mensagem foi reencaminhada para a Direção financeira. Obrigado.""", "other", sender=0, fam=["no-action", "forwarded"]),
    Reply("Y4463", at(19, "11:00", AO), """Exmos Senhores,

Acusamos a recepção do vosso e-mail. Informamos que o pagamento de USD 8.830,00 referente à factura 94474 será efectuado até ao dia 30 do corrente mês, dependendo da disponibilização de divisas pelo BNA.

Sem outro assunto de momento, subscrevemo-nos com elevada estima e consideração.

Adelino Domingos
Director Financeiro
Kianda Materiais de Construção, Lda.
Luanda – Angola""", "promise_to_pay", date="2026-10-30", amount="8830.00", inv=["94474"], partial=False, human=["conditional"],
          html=True, fam=["divisas-bna", "angolan-portuguese", "corrente-mes", "elevada-estima", "html-only"]),
    Reply("Y4463", at(20, "15:30", AO), """Bom dia,

Gostaríamos de solicitar o levantamento do bloqueio da nossa conta. Propomos pagar USD 2.000,00 por mês a partir de 11 de Novembro (após o feriado da Independência) até à liquidação total.

Com os melhores cumprimentos
Adelino Domingos""", "payment_plan_request", date="2026-11-11", amount="2000.00", fam=["monthly", "independence-day", "credit-hold"],
          note="'a partir de 11 de Novembro (após o feriado)': the date written is the holiday itself; taken as written"),
    Reply("Y4463", at(21, "09:09", AO), """Senhores,

Os 120 sacos de cimento da factura 94475 chegaram molhados e empedrados. Não aceitamos pagar. Enviamos fotos.

Armazém""", "dispute", inv=["94475"], sender="armazem@kiandamateriais.example", fam=["damaged-goods", "unknown-sender"]),
    Reply("Y4463", at(22, "10:30", AO), """Bom dia, o pagamento da factura pequena foi feito hoje via SWIFT, referência MT103 KMCAOLU22102026A. Favor confirmar. Adelino""", "already_paid",
          ref="KMCAOLU22102026A", human=["no matching payment"], fam=["mt103", "credit-hold"]),
    Reply("Y4463", at(23, "12:00", AO), """Bom dia

Deixei de ser o responsável pelas finanças da Kianda desde o dia 20. O novo director é o Sr. Mateus Kiala, m.kiala@kiandamateriais.example.

Cumprimentos""", "wrong_contact", sender=1, fam=["new-contact", "angolan-portuguese"]),
    Reply("Y4463", at(22, "17:00", AO), """Caros senhores, O PAGAMENTO SERA FEITO NA PROXIMA SEMANA. JA DISSEMOS ISSO TRES VEZES AO VOSSO COLEGA. Obrigado""", "promise_to_pay", date="2026-10-30",
          fam=["all-caps", "proxima-semana", "angry"]),
    Reply("Y4464", at(19, "09:00", MZ), """Caros Senhores,

Em nome da Associação Escola Comunitária Esperança, agradecemos a vossa paciência. O valor será pago até ao dia 23 do corrente, depois de recebermos o donativo da embaixada.

Atenciosamente,
Lurdes Macuácua
Tesoureira
Associação Escola Comunitária Esperança – Maputo
"Educar é semear esperança" """, "promise_to_pay", date="2026-10-23", human=["conditional"], fam=["corrente", "donor", "mozambican-portuguese"]),
    Reply("Y4464", at(22, "15:00", MZ), """Boa tarde, o pagamento foi feito hoje. Seguirá o comprovativo. Lurdes""", "already_paid", fam=["comprovativo-later"],
          note="matches BK44-062 (2,740, 22 October)"),
    Reply("Y4464", at(20, "08:30", MZ), """Bom dia, a escola é uma associação sem fins lucrativos, isenta de IVA. Podem emitir a factura sem IVA? Obrigada""", "dispute", fam=["tax-exempt", "charity"]),
    Reply("Y4464", at(21, "10:10", MZ), """Bom dia, peço por gentileza que reenviem a factura com o NUIT da associação, 400 551 237. Obrigada""", "po_change", sender=0,
          fam=["nuit", "tax-id"]),
    Reply("Y4464", at(23, "11:00", MZ), """Bom dia, agradecia que enviassem o extracto de conta actualizado. O nosso auditor pediu. Lurdes""", "invoice_resend", fam=["extracto"]),
    Reply("Y4461", at(21, "22:00", PT), """A sua mensagem para j.ferreira@ferreirafilhos.example não pôde ser entregue.

Motivo: 550 5.1.1 Utilizador desconhecido.""", "bounce", lang="pt", sender="postmaster@ferreirafilhos.example", dsn=("j.ferreira@ferreirafilhos.example", "5.1.1"),
          subject="Não entregue: Lembrete: faturas vencidas – Construções Ferreira & Filhos Lda", fam=["portuguese-dsn"]),
    Reply("Y4463", at(20, "05:00", AO), """Mensagem não entregue: a caixa de correio de financas@kiandamateriais.example está cheia (552 5.2.2).""", "bounce", lang="pt",
          sender="MAILER-DAEMON@kiandamateriais.example", dsn=("financas@kiandamateriais.example", "5.2.2"), subject="Falha na entrega da mensagem", fam=["mailbox-full"]),
    Reply("Y4464", at(21, "14:00", MZ), """Estou fora do escritório até segunda-feira, 26 de Outubro. Lurdes Macuácua""", "out_of_office", sender=0, headers=AUTO, fam=["ooo-within-14"]),
    Reply("Y4461", at(22, "11:11", PT), """Bom dia. Os vossos lembretes chegam todas as semanas com um tom bastante desagradável, para uma empresa que é cliente há 15 anos. Agradecia mais cuidado. J. Ferreira""",
          "other", human=["complaint about tone"], fam=["complaint-about-tone"]),
    Reply("Y4462", at(22, "18:30", PT), """Boa tarde, a fatura será paga no último dia útil do mês, como habitual. Manuela""", "promise_to_pay", date="2026-10-30",
          fam=["ultimo-dia-util"], note="the last working day of October 2026 is Friday 30"),
    Reply("Y4463", at(23, "08:00", AO), """Bom dia, mensagem de voz transcrita: "sim, bom dia, é o Mateus da Kianda, vamos pagar a factura de mil seiscentos e vinte na terça-feira, obrigado" """,
          "promise_to_pay", date="2026-10-27", amount="1620.00", sender="m.kiala@kiandamateriais.example", partial=False,
          fam=["voice-note", "spelled-amount", "unknown-sender"], note="'mil seiscentos e vinte' is 1,620 = 94475 (identified by its amount)"),
    Reply("Y4464", at(20, "17:45", MZ), """Boa tarde, vamos pagar metade no dia 30 e a outra metade em Novembro. Pode ser? Lurdes""", "payment_plan_request", date="2026-10-30",
          fam=["half", "pode-ser"]),
    Reply("Y4461", at(23, "14:40", PT), """Boa tarde, pagamos na próxima terça-feira, dia 3. Cumprimentos, Ana""", "promise_to_pay", date="2026-11-03", sender=0,
          fam=["proxima-terca-with-ordinal", "weekday-ordinal"], note="'próxima terça-feira, dia 3' written Friday 23: the stated day of month wins — Tuesday 3 November"),
    Reply("Y4462", at(19, "16:00", PT), """Boa tarde, liquidamos a fatura em 10 dias. Cumprimentos""", "promise_to_pay", date="2026-10-29", sender=0, fam=["em-n-dias"]),
    Reply("Y4463", at(21, "18:00", AO), """Prezados, pagaremos USD 5.000,00 na sexta-feira da próxima semana e o resto em Novembro. Pedimos o desbloqueio. Adelino""",
          "promise_to_pay", date="2026-10-30", amount="5000.00", fam=["sexta-da-proxima-semana", "credit-hold"]),
    Reply("Y4464", at(22, "09:30", MZ), """Bom dia, o pagamento será feito amanhã sem falta. Lurdes""", "promise_to_pay", date="2026-10-23", fam=["amanha"]),
]
