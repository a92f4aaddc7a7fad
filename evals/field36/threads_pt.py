"""field36 Portuguese replies: a São Paulo wholesaler and a hotel in Maputo."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field36.kit import AUTO, r

PAYMENTS = [
    Payment("BK36-0051", "H3661", "2026-11-13", "1370.00", "USD", "ATACADAO SERRA VERDE 93662"),
    Payment("BK36-0052", "H3662", "2026-11-12", "820.00", "USD", "COSTA DO SOL MPT"),
]

P = "promise_to_pay"
REPLIES = [
    r("H3661", 16, "09:25", "Bom dia! A fatura 93661 entra no lote de pagamentos de quinta, dia 19. Abraço, Carla", P, "2026-11-19", "payment-run weekday-ordinal brazil", sender=1),
    r("H3661", 16, "14:40", "Como sexta (20/11) é feriado da Consciência Negra, o pagamento fica para segunda, 23/11.", P, "2026-11-23", "holiday numeric-eu brazil"),
    r("H3661", 17, "10:15", "Pagamos no último dia útil do mês, segunda-feira 30.", P, "2026-11-30", "month-end weekday-ordinal brazil"),
    r("H3661", 17, "15:45", "Corrigindo o e-mail anterior: o pagamento é dia 26, não 25.", P, "2026-11-26", "self-correction ordinal-alone brazil", sender=1),
    r("H3661", 18, "09:35", "Vamos pagar US$ 4.000 na sexta e o restante no começo de dezembro.", P, "2026-11-20", "partial weekday brazil", amount="4000.00"),
    r("H3661", 18, "16:05", "O pagamento sai na semana que vem, terça-feira.", P, "2026-11-24", "next-week-weekday brazil"),
    r("H3661", 19, "10:50", "Depois da reunião de diretoria do dia 24, pagamos no dia 25.", P, "2026-11-25", "distractor-meeting brazil"),
    r("H3661", 19, "16:25", "Assim que o cliente Supermercados Ipê nos pagar, quitamos tudo, previsão 1º de dezembro.", P, "2026-12-01", "hidden-condition ordinal brazil", human=["conditional"]),
    r("H3661", 16, "18:45", "Pagamento em 3 dias úteis, pode ficar tranquila.", P, "2026-11-19", "working-days brazil", sender=1),
    r("H3662", 16, "10:40", "Bom dia, informamos que o pagamento será efectuado na sexta-feira, dia 20. Cumprimentos, Américo Macuácua", P, "2026-11-20", "weekday-ordinal mozambique", sender=1),
    r("H3662", 16, "15:35", "O hotel paga sempre no fim do mês, portanto a 30 de Novembro.", P, "2026-11-30", "month-end mozambique"),
    r("H3662", 17, "09:10", "Transferência prevista para 27/11, depois de recebermos o grupo da conferência.", P, "2026-11-27", "numeric-eu event-explains-date mozambique"),
    r("H3662", 17, "14:35", "O pagamento segue na próxima quarta-feira.", P, "2026-11-25", "next-weekday mozambique", sender=1),
    r("H3662", 18, "10:25", "Liquidamos a 820 USD amanhã e a outra factura no dia 2 de Dezembro.", P, "2026-11-19", "two-dates mozambique", amount="820.00", inv=["93664"], partial=False),
    r("H3662", 18, "16:55", "Pagamento daqui a duas semanas, dia 2/12.", P, "2026-12-02", "relative-weeks numeric-eu mozambique"),
    r("H3662", 19, "11:05", "Pagamos na terça, 24. O banco em Maputo demora um dia.", P, "2026-11-24", "abbreviated-weekday mozambique"),
    r("H3662", 19, "15:15", "Afinal não é dia 3 mas dia 4 de Dezembro, o director só assina à sexta.", P, "2026-12-04", "self-correction mozambique", sender=1),
    r("H3661", 18, "12:50", "A fatura 93662 foi paga em 13/11, referência ATACADAO SERRA VERDE 93662.", "already_paid", fam="already-paid brazil", ref="ATACADAO SERRA VERDE 93662", inv=["93662"]),
    r("H3662", 17, "12:25", "A factura de 820 dólares já foi paga no dia 12 de Novembro.", "already_paid", fam="already-paid mozambique", inv=["93664"]),
    r("H3661", 19, "12:35", "Já pagamos tudo por PIX, olha aí no extrato de vocês.", "already_paid", fam="already-paid sarcasm brazil", sender=1, human=["no matching payment"]),
    r("H3661", 16, "11:55", "Não concordamos com a fatura 93661: o frete foi cobrado duas vezes.", "dispute", fam="dispute duplicate brazil"),
    r("H3662", 18, "13:45", "Os colchões entregues não correspondem ao modelo encomendado. Não pagamos até troca.", "dispute", fam="dispute quality mozambique", sender=1),
    r("H3661", 17, "12:40", "Podem reenviar a fatura 93661? O XML não veio junto.", "invoice_resend", fam="invoice-resend brazil"),
    r("H3662", 19, "13:20", "Por favor enviem segunda via das facturas, a contabilidade mudou de sistema.", "invoice_resend", fam="invoice-resend mozambique"),
    r("H3661", 17, "16:50", "O número do pedido de compra certo é ASV-PC-9077. Favor reemitir.", "po_change", fam="po-change brazil", sender=1),
    r("H3662", 16, "13:15", "As facturas passam a ser enviadas para facturas@costadosol-maputo.example.", "po_change", fam="future-invoices-elsewhere mozambique"),
    r("H3661", 19, "09:40", "Mudamos de CNPJ após a fusão, precisamos da nota no novo: 12.345.678/0002-90.", "po_change", fam="po-change billing-entity brazil"),
    r("H3661", 16, "16:30", "Conseguimos parcelar em 3 vezes? O fim de ano está apertado.", "payment_plan_request", fam="payment-plan brazil", sender=1),
    r("H3662", 18, "17:20", "Pedimos um plano de pagamento em prestações até Março, a época baixa começa agora.", "payment_plan_request", fam="payment-plan hotel mozambique", sender=1),
    r("H3661", 18, "07:15", "Estou fora do escritório até 23/11. Para assuntos urgentes: financeiro@serraverde-atacado.example", "out_of_office", fam="out-of-office brazil", sender=1, headers=AUTO, quote="none"),
    r("H3662", 17, "07:20", "Resposta automática: estou ausente em formação até 24 de Novembro.", "out_of_office", fam="out-of-office mozambique", sender=1, headers=AUTO, quote="none"),
    r("H3661", 17, "09:08", "", "bounce", fam="bounce", sender="MAILER-DAEMON@serraverde-atacado.example", dsn=("compras@serraverde-atacado.example", "5.1.1"), quote="none", subject="Mensagem não entregue"),
    r("H3662", 19, "09:09", "", "bounce", fam="bounce", sender="postmaster@costadosol-maputo.example", dsn=("reservas@costadosol-maputo.example", "5.1.1"), quote="none", subject="Falha na entrega"),
    r("H3661", 18, "14:55", "Não sou mais do financeiro, falem com o Rodrigo Teixeira.", "wrong_contact", fam="wrong-contact brazil", sender=1),
    r("H3662", 17, "16:10", "Aqui é a recepção do hotel. Não tratamos de facturas.", "wrong_contact", fam="wrong-contact hotel mozambique", sender="recepcao@costadosol-maputo.example"),
    r("H3661", 19, "14:45", "Recebido, obrigada! Vou passar para a tesouraria.", "other", fam="no-action acknowledgement brazil"),
    r("H3662", 16, "17:40", "Precisamos do vosso NUIT e da declaração fiscal para processar o pagamento.", "other", fam="tax-form mozambique", human=["tax form"]),
]
