"""field23, Portuguese: an Angolan oil-services firm, a Minas Gerais cachaça distillery on credit hold, a Madeira
embroidery house. Numeric dates are day-first."""

from __future__ import annotations

from typing import Any

from evals.field.build import Payment, Reply
from evals.field23.kit import AO, AUTO, BR, PT, at

PAYMENTS = [
    Payment("BK23-17", "Y2361", "2026-11-24", "3870.00", "USD", "KWANZA OFFSHORE KOS-RQ-0977"),
    Payment("BK23-18", "Y2363", "2026-11-23", "710.00", "EUR", "TRF BORDADOS FREITAS FT 92343"),
]


def P(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    return Reply(cust, when, body, "promise_to_pay", date=date, fam=fam, **kw)


REPLIES = [
    P("Y2361", at(23, "09:30", AO), "Prezados,\n\nInformamos que o pagamento das duas facturas será efectuado na qui. 26.\n\nCumprimentos,\nNzinga da Silva",
      "2026-11-26", ["abbrev-weekday", "weekday-ordinal", "pt-ao"]),
    P("Y2361", at(24, "11:45", AO), "Bom dia, a transferência depende da autorização do BNA para divisas. Depois da autorização, pagamos em 3 semanas.",
      "2026-12-15", ["condition-date", "relative-span", "pt-ao"], human=["conditional"]),
    P("Y2361", at(25, "14:20", AO), "Boa tarde, pagaremos USD 10.000 no dia 4/12 e o restante em Janeiro.", "2026-12-04",
      ["partial", "locale-numeric-dayfirst", "pt-ao"], amount="10000.00"),
    P("Y2361", at(26, "16:00", AO), "Caros senhores, o pagamento será feito no fim do mês corrente.", "2026-11-30", ["month-end"], sender=0),
    P("Y2361", at(27, "10:10", AO), "Bom dia, a factura 92340 será paga na próxima semana, sexta-feira.", "2026-12-04", ["next-week-weekday"], inv=["92340"]),
    P("Y2362", at(23, "10:00", BR), "Oi, pessoal! Vamos pagar via PIX na sexta. Abraço, João", "2026-11-27", ["bare-weekday", "pix", "terse-mobile"]),
    P("Y2362", at(24, "15:30", BR), "Prezados, se liberarem o bloqueio de crédito para o pedido de garrafas, quitamos tudo até 10/12.", "2026-12-10",
      ["condition-date", "locale-numeric-dayfirst"], human=["conditional"]),
    P("Y2362", at(25, "20:15", BR), "Boa noite, desculpa a demora. Pagamos US$ 2.000 na segunda e o resto depois da safra.", "2026-11-30",
      ["partial", "bare-weekday", "late-evening"], amount="2000.00"),
    P("Y2362", at(27, "11:30", BR), "Prezados, o pagamento vai sair na primeira semana de dezembro, na quinta.", "2026-12-03",
      ["nth-week", "weekday"]),
    P("Y2363", at(23, "09:00", PT), "Bom dia,\n\nTerça é feriado (1 de dezembro), por isso a transferência segue na quarta-feira, dia 2.\n\nCom os melhores cumprimentos,\nConceição Freitas",
      "2026-12-02", ["holiday", "weekday-ordinal"]),
    P("Y2363", at(24, "12:20", PT), "Boa tarde, pagamos a 92342 até dia 15. Cumprimentos", "2026-12-15", ["ordinal-alone"], inv=["92342"]),
    P("Y2363", at(25, "17:45", PT), "A transferência fica agendada para 07.12.2026.", "2026-12-07", ["dotted-numeric"], sender=0),
    P("Y2363", at(26, "10:30", PT), "Olá, o pagamento das faturas será feito daqui a duas semanas.", "2026-12-10", ["relative-span"]),
    P("Y2363", at(27, "15:15", PT), "Depois da reunião com o contabilista na segunda, fazemos a transferência na quarta a seguir.", "2026-12-02",
      ["meeting-before-payment", "relative-weekday"]),
    P("Y2361", at(23, "18:40", AO), "Estimados, o pagamento será feito até ao último dia útil do mês.", "2026-11-30", ["last-working-day"], sender=0),
    P("Y2363", at(24, "08:50", PT), "Pagamos antes do Natal, fique descansado.", "2026-12-24", ["holiday", "terse-mobile"], sender=0),
    # already_paid
    Reply("Y2361", at(25, "09:20", AO), "Prezados, a factura 92340 (KOS-RQ-0977) foi liquidada ontem. Segue comprovativo.", "already_paid", inv=["92340"],
          fam=["po-reference", "remittance-attachment"], attachments=[("comprovativo_92340.txt", "text/plain", "Banco BAI - Comprovativo\nValor: USD 3.870,00\nData: 24/11/2026\nDescritivo: KOS-RQ-0977")],
          note="matches BK23-17"),
    Reply("Y2363", at(24, "10:40", PT), "Bom dia, a fatura 92343 foi paga ontem por transferência. Cumprimentos", "already_paid", inv=["92343"],
          fam=["past-payment-date"], sender=0, note="matches BK23-18"),
    Reply("Y2362", at(26, "14:00", BR), "Já pagamos via PIX semana passada, ID E12345678202611191530. Confere aí.", "already_paid",
          ref="E12345678202611191530", fam=["pix", "remittance-reference-variant"], human=["no matching payment"]),
    # disputes
    Reply("Y2361", at(26, "11:10", AO), "A factura 92339 inclui horas de mergulhador que não foram prestadas. Solicitamos nota de crédito.", "dispute",
          inv=["92339"], fam=["service-dispute", "pt-ao"]),
    Reply("Y2362", at(23, "14:30", BR), "O ICMS na fatura está errado, somos do Simples Nacional. Pagamos o valor correto na quinta.", "dispute",
          sec=["promise_to_pay"], date="2026-11-26", fam=["vat-dispute", "bare-weekday"]),
    Reply("Y2363", at(25, "13:00", PT), "Os fios de linho da 92342 vieram com a cor errada. Não pagamos até virem os certos.", "dispute", inv=["92342"],
          fam=["wrong-goods"]),
    # invoice_resend
    Reply("Y2361", at(24, "13:10", AO), "Prezados, queiram reenviar a factura 92339 com o carimbo, a original extraviou-se.", "invoice_resend", inv=["92339"],
          fam=["copy-request", "pt-ao"], sender=0),
    Reply("Y2363", at(26, "14:40", PT), "Pode enviar-nos um extrato de conta atualizado?", "invoice_resend", fam=["statement"], sender=0),
    # po_change
    Reply("Y2361", at(27, "12:30", AO), "Por favor, emitam as facturas em nome da Kwanza Offshore Serviços SA, nova denominação desde 1 de Novembro, NIF 5417123456.",
          "po_change", fam=["legal-entity-change", "tax-id", "pt-ao"], sender=0),
    Reply("Y2362", at(25, "10:30", BR), "A partir de dezembro, favor enviar as notas para o nosso portal de fornecedores. E-mail não será mais aceito.",
          "po_change", fam=["supplier-portal"], sender=0),
    # payment_plan_request
    Reply("Y2361", at(26, "09:40", AO), "Seria possível pagar a 92339 em quatro prestações mensais, a primeira a 15/12?", "payment_plan_request",
          date="2026-12-15", inv=["92339"], fam=["instalments", "locale-numeric-dayfirst", "pt-ao"]),
    Reply("Y2362", at(24, "17:10", BR), "Dá pra parcelar em 3x? A safra atrasou.", "payment_plan_request", fam=["instalments", "terse-mobile"]),
    # out_of_office
    Reply("Y2361", at(25, "07:00", AO), "Estarei ausente do escritório até 2 de Dezembro. Para assuntos urgentes contacte contabilidade@kwanzaoffshore.example.",
          "out_of_office", fam=["ooo-short"], headers=AUTO),
    Reply("Y2363", at(27, "07:00", PT), "Estou de férias até 11 de janeiro, sem acesso ao email.", "out_of_office", fam=["ooo-long"], headers=AUTO,
          human=["absent more than 14 days"]),
    # bounces
    Reply("Y2361", at(23, "09:06", AO), "Não foi possível entregar a mensagem a n.dasilva@kwanzaoffshore.example.\n550 5.1.1 Utilizador desconhecido",
          "bounce", sender="mailer-daemon@kwanzaoffshore.example", dsn=("n.dasilva@kwanzaoffshore.example", "5.1.1"), fam=["dsn-pt"]),
    Reply("Y2362", at(26, "09:06", BR), "Falha na entrega: a caixa postal de j.drummond@alambiqueserradocipo.example está cheia. 552 5.2.2", "bounce",
          sender="postmaster@alambiqueserradocipo.example", dsn=("j.drummond@alambiqueserradocipo.example", "5.2.2"), fam=["dsn-pt"]),
    # wrong_contact
    Reply("Y2362", at(27, "13:45", BR), "O João vendeu a parte dele do alambique. Agora quem cuida das contas é a Marina, marina@alambiqueserradocipo.example.",
          "wrong_contact", fam=["contact-gone", "acquisition"], sender=0),
    Reply("Y2363", at(25, "16:20", PT), "Eu sou da produção. Para faturas escreva para a contabilidade, por favor.", "wrong_contact", fam=["redirect-known"]),
    # other
    Reply("Y2361", at(24, "08:10", AO), "Recebido, obrigado.", "other", fam=["no-action", "acknowledgement", "terse-mobile"]),
    Reply("Y2362", at(25, "12:40", BR), "Vocês aceitam boleto? Transferência internacional sai caro pra gente.", "other", fam=["payment-method"],
          human=["payment method question"]),
    Reply("Y2363", at(26, "12:00", PT), "Obrigada, reencaminhei para a contabilidade.", "other", fam=["no-action", "acknowledgement"]),
    Reply("Y2361", at(27, "14:50", AO), "Precisamos do vosso certificado de residência fiscal para não reter imposto industrial. Podem enviar?", "other",
          fam=["tax-forms", "pt-ao"], human=["tax certificate requested"]),
]
