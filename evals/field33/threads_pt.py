"""field33, Portuguese: a Porto pastry shop and a São Paulo orthopaedic clinic on credit hold."""

from __future__ import annotations

from evals.field.build import Reply
from evals.field33.kit import AUTO, BR, PT, at, pay

R = Reply
REPLIES: list[Reply] = [
    pay("L3361", at(23, "08:05", PT), "Bom dia, pagamos na sex. 27. Cumprimentos, Ana", "2026-11-27", ["abbreviated-weekday", "terse", "bakery", "porto"]),
    pay("L3361", at(23, "14:35", PT), "Boa tarde,\nAs duas faturas serão pagas na quarta-feira, 2 de dezembro.\nCom os melhores cumprimentos,\nAna Sousa", "2026-12-02", ["weekday-ordinal", "bakery", "porto"]),
    pay("L3361", at(24, "09:30", PT), "Como escrevi no dia 13 («pagamos depois do São Martinho»), já passou: transferência a 30/11.", "2026-11-30", ["quotes-own-promise", "eu-numeric-date", "distractor-past-date", "bakery"]),
    pay("L3361", at(24, "16:45", PT), "Pagamos antes do feriado de 1 de dezembro, ou seja, sexta 27.", "2026-11-27", ["holiday", "distractor-condition-date", "bakery", "porto"]),
    pay("L3361", at(25, "09:45", PT), "465 € amanhã e os 2.140 € em duas prestações de 1.070 €, a 9 e a 23 de dezembro.", "2026-11-26", ["instalments-by-amount", "bakery"], amount="465.00", inv=["93362"], partial=False),
    pay("L3361", at(25, "15:20", PT), "Recebemos os vossos dois lembretes. Pagamos tudo no dia 4 de dezembro.", "2026-12-04", ["answers-two-reminders", "dates-in-words", "bakery"]),
    pay("L3361", at(23, "17:10", PT), "O contabilista vem cá na quinta e a transferência segue na segunda a seguir.", "2026-11-30", ["distractor-meeting", "bakery", "porto"]),
    pay("L3361", at(24, "12:55", PT), "Pagamento dentro de 5 dias úteis. Fixe?", "2026-12-01", ["relative-working-days", "odd-word", "bakery"]),
    pay("L3361", at(25, "18:00", PT), "O pagamento marcado para 27 passa para dia 3 de dezembro, pedimos desculpa.", "2026-12-03", ["distractor-moved-date", "bakery"]),
    pay("L3362", at(23, "09:50", BR), "Prezados,\nA fatura INV-2026-93363 será paga em 04/12/2026.\nAtenciosamente,\nRenata Nogueira\nGerente Financeira", "2026-12-04", ["eu-numeric-date", "formal-ap", "medical", "sao-paulo"]),
    pay("L3362", at(23, "16:30", BR), "Oi, vamos pagar US$ 3.655 na sexta e o restante no dia 11 de dezembro.", "2026-11-27", ["instalments-by-amount", "partial-amount", "medical", "sao-paulo"], amount="3655.00"),
    pay("L3362", at(24, "10:40", BR), "Pagamento na semana que vem, na terça-feira. Abraço!", "2026-12-01", ["relative-week", "medical", "sao-paulo"]),
    pay("L3362", at(24, "15:55", BR), "A entrega de 13/10 foi conferida. O pagamento sai em 10 dias corridos, dia 4/12.", "2026-12-04", ["distractor-delivery-date", "relative-days", "medical"]),
    pay("L3362", at(25, "11:15", BR), "Pagamos no último dia útil do mês, beleza?", "2026-11-30", ["end-of-month-business-day", "odd-word", "medical"]),
    pay("L3362", at(25, "17:40", BR), "Conforme prometi em 17/11 (\"pagamos após a auditoria\"), a auditoria terminou: pagamento dia 2/12.", "2026-12-02", ["quotes-own-promise", "eu-numeric-date", "medical"]),
    R("L3361", at(24, "11:05", PT), "Pagamos quando a Câmara nos pagar o catering da festa.", "promise_to_pay", human=["conditional"], fam=["hidden-condition", "bakery", "porto"]),
    R("L3362", at(25, "08:30", BR), "Vai ser pago, fica tranquilo.", "promise_to_pay", human=["undated"], fam=["undated-promise", "terse", "medical"]),
    R("L3361", at(23, "11:20", PT), "Os 465 € já foram pagos a 20/11, referência RIBEIRA 93362.", "already_paid", ref="RIBEIRA 93362", inv=["93362"], fam=["already-paid", "eu-numeric-date", "bakery"]),
    R("L3362", at(24, "08:45", BR), "Já pagamos via SWIFT dia 19. Segue o comprovante.", "already_paid", attachments=[("comprovante.txt", "text/plain", "SWIFT 19/11/2026 USD 7,310.00 Northwind Supplies")], fam=["already-paid", "medical"]),
    R("L3361", at(24, "14:20", PT), "A fatura 93361 tem 40 kg de manteiga, recebemos 30. Não pagamos assim.", "dispute", inv=["93361"], fam=["dispute", "bakery", "porto"]),
    R("L3362", at(23, "13:25", BR), "As órteses vieram no tamanho errado. Contestamos a fatura.", "dispute", fam=["dispute", "medical"]),
    R("L3361", at(25, "10:35", PT), "Pode reenviar a fatura 93362? Não a encontro.", "invoice_resend", inv=["93362"], fam=["invoice-resend", "bakery"]),
    R("L3362", at(24, "13:10", BR), "Favor reemitir a fatura com o nosso CNPJ, sem isso o fiscal não lança.", "invoice_resend", fam=["invoice-resend", "tax", "medical"]),
    R("L3361", at(23, "10:15", PT), "Falta o número da nossa encomenda, PR-512. Podem corrigir?", "po_change", fam=["po-change", "bakery"]),
    R("L3362", at(25, "14:25", BR), "O pedido de compra mudou para PC-CPO-3391. Favor atualizar a fatura.", "po_change", fam=["po-change", "medical"]),
    R("L3361", at(25, "16:10", PT), "Na 93361 ponham antes a encomenda n.º 77 de outubro, obrigada.", "po_change", inv=["93361"], fam=["po-change", "bakery"]),
    R("L3361", at(24, "18:30", PT), "Podemos pagar em três vezes? O inverno está fraco.", "payment_plan_request", fam=["payment-plan", "bakery"]),
    R("L3362", at(23, "18:20", BR), "Solicitamos parcelar em quatro vezes de US$ 1.827,50.", "payment_plan_request", fam=["payment-plan", "instalments-by-amount", "medical", "sao-paulo"]),
    R("L3361", at(23, "06:50", PT), "Resposta automática: estou de férias até 30 de novembro. Para assuntos urgentes contacte a loja.", "out_of_office", headers=AUTO, quote="none", fam=["out-of-office", "bakery"]),
    R("L3362", at(24, "07:20", BR), "Resposta automática: estarei ausente até 1º de dezembro.", "out_of_office", headers=AUTO, quote="none", fam=["out-of-office", "medical"]),
    R("L3361", at(24, "09:06", PT), "A mensagem não pôde ser entregue a encomendas@pastelaria-ribeira.example: utilizador desconhecido.", "bounce", sender="postmaster@pastelaria-ribeira.example", dsn=("encomendas@pastelaria-ribeira.example", "5.1.1"), quote="none", fam=["bounce", "bakery"]),
    R("L3362", at(23, "09:06", BR), "Falha na entrega: a caixa de correio compras@clinicapaulista.example está cheia.", "bounce", sender="mailer-daemon@clinicapaulista.example", dsn=("compras@clinicapaulista.example", "5.2.2"), quote="none", fam=["bounce", "medical"]),
    R("L3362", at(25, "09:06", BR), "Mensagem não entregue. O endereço diretoria@clinicapaulista.example não existe.", "bounce", sender="postmaster@clinicapaulista.example", dsn=("diretoria@clinicapaulista.example", "5.1.1"), quote="none", fam=["bounce", "medical"]),
    R("L3361", at(25, "12:45", PT), "Eu sou a pasteleira, não trato de contas. Falem com a Ana.", "wrong_contact", fam=["wrong-contact", "bakery"]),
    R("L3362", at(24, "16:50", BR), "A Renata saiu depois que a clínica foi comprada pela Rede Vida. Não sei quem cuida disso agora.", "wrong_contact", fam=["wrong-contact", "acquisition", "medical"]),
    R("L3361", at(24, "19:15", PT), "Obrigada, recebido.", "other", fam=["other", "no-action", "terse", "bakery"]),
    R("L3362", at(25, "13:35", BR), "Estamos em recuperação judicial desde outubro. Encaminhem ao administrador judicial.", "other", human=["insolvency"], fam=["other", "bankruptcy", "medical"]),
]
