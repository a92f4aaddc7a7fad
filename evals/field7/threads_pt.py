"""Portuguese replies (field7, hand-written): a Lisbon hair salon, a Brazilian plant nursery's finance director,
a cinema's external certified accountant, a recycling firm's treasurer and a toy wholesaler's temp analyst."""

from evals.field7.build import Payment as P
from evals.field7.build import Reply as R

PT, BR = "+00:00", "-03:00"
AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def t(day: str, hm: str, off: str = PT) -> str:
    """The reply's Date: November 2026 day, local time, the sender's offset."""
    return f"2026-11-{day}T{hm}:00{off}"


PAYMENTS = [
    P("BK7-0601", "M771", "2026-11-24", "1190.00", "EUR", "CABELEIREIRO ESTILO LDA"),
    P("BK7-0602", "M773", "2026-11-20", "2480.00", "EUR", "CINEMA AURORA TRF 0077123"),
    P("BK7-0603", "M775", "2026-11-23", "4670.00", "USD", "BRINQUEDOS ALEGRIA PIX E2E8812"),
    P("BK7-0604", "M772", "2026-11-24", "3560.00", "USD", "VIVEIRO JARDIM VERDE"),
]

REPLIES = [
    R("M771", t("23", "21:00"), "Boa noite, pago na sexta-feira. Marta", "promise_to_pay", date="2026-11-27", fam=["date:bare-weekday", "setting:hairdresser"], sender=1, quote="none"),
    R("M771", t("25", "10:00"), "Bom dia, a transferência segue no final do mês. Cumprimentos, Marta Sousa", "promise_to_pay", date="2026-11-30", fam=["date:end-of-month"], sender=1),
    R("M772", t("23", "10:00", BR), "Prezados,\n\nA nota 07721 será paga na próxima sexta-feira e a 07722 no dia 15.\n\nFernanda Lima\nDiretora financeira", "promise_to_pay", date="2026-12-04",
      inv=["07721", "07722"], fam=["date:next-weekday", "promise:two-dates", "writer:finance-director", "locale:pt-BR"], sender=1),
    R("M772", t("25", "16:00", BR), "Oi, vamos pagar US$ 2.000 amanhã e o restante quando o cliente nos pagar. Fernanda", "promise_to_pay", date="2026-11-26", amount="2000.00", human=["conditional"],
      fam=["promise:partial-and-conditional", "locale:pt-BR"], sender=1),
    R("M773", t("23", "11:00"), "Bom dia, sou o contabilista certificado do Cinema Aurora. O pagamento será feito até 4/12.\nRui Costa", "promise_to_pay", date="2026-12-04",
      fam=["date:numeric-day-first", "writer:client-accountant", "setting:cinema"], sender=1),
    R("M773", t("20", "10:00"), "O pagamento será efetuado daqui a 15 dias. Contabilidade", "promise_to_pay", date="2026-12-05", fam=["date:daqui-a-15-dias"], sender=0),
    R("M774", t("23", "09:00"), "Bom dia, pagamos no final da semana que vem. Nuno Alves, Tesoureiro", "promise_to_pay", date="2026-12-04", fam=["date:final-da-semana-que-vem", "setting:recycling"], sender=1),
    R("M774", t("25", "09:00"), "Pagamento agendado para 2 de dezembro. Tesouraria", "promise_to_pay", date="2026-12-02", fam=["date:day-month-words"], sender=0),
    R("M775", t("23", "15:00", BR), "Olá, sou analista temporário no contas a pagar. O pagamento sai em até 3 dias úteis.\nTiago", "promise_to_pay", date="2026-11-26",
      fam=["date:working-days", "writer:temp", "setting:toy-wholesaler"], sender=1),
    R("M775", t("20", "10:00", BR), "Vamos pagar assim que possível.", "promise_to_pay", human=["undated"], fam=["promise:undated"], sender=0),
    R("M771", t("20", "09:00"), "Olá, pago amanhã. Marta", "promise_to_pay", date="2026-11-21", fam=["date:tomorrow"], sender=1),
    R("M774", t("20", "10:00"), "Pagaremos no início do próximo mês, após aprovação da administração. Nuno", "promise_to_pay", date="2026-12-01", fam=["date:start-of-month"], sender=1),
    R("M772", t("20", "10:00", BR), "O pagamento sai na segunda. Financeiro", "promise_to_pay", date="2026-11-23", fam=["date:bare-weekday-short", "locale:pt-BR"], sender=0),
    # ---- already paid
    R("M771", t("25", "09:00"), "Bom dia, já paguei ontem. Marta", "already_paid", fam=["paid:matched"], sender=1),
    R("M773", t("23", "10:00"), "A fatura foi paga na sexta-feira, referência 0077123. Rui Costa", "already_paid", ref="0077123", fam=["paid:matched-ref", "writer:client-accountant"], sender=1),
    R("M775", t("24", "10:00", BR), "Pagamento feito ontem via PIX, ID E2E8812.", "already_paid", ref="E2E8812", fam=["paid:pix", "locale:pt-BR"], sender=0),
    R("M772", t("25", "09:00", BR), "A 07721 foi paga ontem; a 07722 pagamos sexta. Fernanda", "already_paid", sec=["promise_to_pay"], date="2026-11-27", inv=["07721", "07722"],
      fam=["paid:one-and-promise"], sender=1),
    # ---- disputes
    R("M771", t("18", "10:00"), "Bom dia, cobraram 12 secadores e recebemos 10. Aguardo nota de crédito antes de pagar. Marta", "dispute", fam=["dispute:quantity"], sender=1),
    R("M774", t("18", "10:00"), "O preço por tonelada não corresponde ao contrato. Contestamos a fatura 07741. Nuno Alves", "dispute", inv=["07741"], fam=["dispute:price"], sender=1),
    R("M775", t("18", "10:00", BR), "Metade dos brinquedos chegou quebrada. Não vamos pagar até receber a reposição.", "dispute", fam=["dispute:quality"], sender=1),
    R("M773", t("18", "10:00"), "A fatura inclui IVA a 23% mas o serviço de projeção tem taxa de 6%. Pedimos nota de crédito. Rui Costa", "dispute", fam=["dispute:tax"], sender=1),
    # ---- PO / billing
    R("M774", t("17", "10:00"), "Por favor indiquem a requisição ER-REQ-5601 na fatura, a 5520 foi anulada.", "po_change", fam=["po:replace"], sender=0),
    R("M775", t("17", "10:00", BR), "Favor reemitir a nota com o novo CNPJ 12.345.678/0001-90 da Brinquedos Alegria Comércio Ltda.", "po_change", fam=["po:legal-entity", "locale:pt-BR"], sender=1),
    R("M773", t("17", "10:00"), "A partir de agora as faturas devem ser enviadas para faturas@cinema-aurora.example. Obrigado.", "po_change", fam=["po:mailbox"], sender=1),
    # ---- resend / plan
    R("M771", t("19", "10:00"), "Pode reenviar a fatura? Não a recebi.", "invoice_resend", fam=["resend:never-received"], sender=0),
    R("M774", t("19", "10:00"), "Agradecemos o envio de um extrato de conta corrente. Tesouraria", "invoice_resend", fam=["resend:statement"], sender=0),
    R("M772", t("20", "10:00", BR), "Podemos parcelar em 3 vezes? A primeira parcela no dia 10/12. Fernanda", "payment_plan_request", date="2026-12-10", fam=["plan:parcelar", "locale:pt-BR"], sender=1),
    R("M773", t("20", "10:00"), "Seria possível pagar em prestações? Rui Costa", "payment_plan_request", fam=["plan:undated"], sender=1),
    # ---- auto-replies etc.
    R("M774", t("16", "09:05"), "Estou ausente até 23 de novembro. Para assuntos urgentes contacte tesouraria@ecoponto-rec.example.", "out_of_office",
      headers=AUTO, subject="Resposta automática: Lembrete de pagamento", fam=["ooo:short"], sender=1, quote="none"),
    R("M775", t("16", "09:05", BR), "Estou de férias até 18 de janeiro.", "out_of_office", human=["absence longer than 14 days"], headers=AUTO, subject="Resposta automática", fam=["ooo:long"], sender=1, quote="none"),
    R("M773", t("16", "09:06"), "A mensagem não foi entregue a r.costa@cinema-aurora.example.\n\n550 5.1.1 Utilizador desconhecido",
      "bounce", sender="postmaster@cinema-aurora.example", subject="Não entregue: Lembrete de pagamento", dsn=("r.costa@cinema-aurora.example", "5.1.1"), fam=["bounce:exchange-pt"], gap_days=0),
    R("M772", t("16", "09:06", BR), "Não foi possível entregar sua mensagem a f.lima@jardimverde.example. A caixa postal está cheia.\n\n552 5.2.2",
      "bounce", sender="mailer-daemon@jardimverde.example", subject="Falha na entrega", dsn=("f.lima@jardimverde.example", "5.2.2"), fam=["bounce:mailbox-full"], gap_days=0),
    R("M775", t("18", "10:00", BR), "Não sou mais responsável por esse fornecedor. Escreva para contas.pagar@brinquedos-alegria.example.", "wrong_contact", fam=["wrong:not-responsible"], sender=1),
    R("M771", t("18", "10:00"), "A Marta saiu do salão. Agora quem trata é a Inês: ines@cabeleireiro-estilo.example.", "wrong_contact", fam=["wrong:left"], sender=0),
    R("M774", t("20", "10:00"), "Recebido, obrigado.", "other", fam=["no-action", "other:ack"], sender=0, quote="none"),
    R("M772", t("20", "10:00", BR), "Vocês aceitam boleto? Não conseguimos fazer transferência internacional.", "other", human=["payment-method question"], fam=["other:payment-method"], sender=1),
]
