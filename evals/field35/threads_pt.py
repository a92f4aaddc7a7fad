"""Portuguese replies for field35: a Minas Gerais coffee farm and an Alentejo cork mill."""

from __future__ import annotations

from evals.field35.kit import BR, PT, block, iso

OFFS = {"J3561": BR, "J3562": PT}
SIGNS = {"J3561": "Cláudia Araújo\nFazenda Santa Luzia do Cerrado", "J3562": "Nuno Pires\nCorticeira Vale do Sorraia"}
OPENERS = ["Bom dia,", "Olá,", "Exmos. Senhores,", "Boa noite,", "Oi,", "Respondo em nome da gerência:", "Boa tarde,", "Prezados,"]
CORES = [
    ("O pagamento sai ter. 8 dez.", iso(8), [], None, ["abbrev-weekday"]),
    ("Pagamos na quarta-feira, dia 9, que é o dia de pagamentos.", iso(9), [], None, ["weekday-ordinal"]),
    ("Fica agendado para 10/12.", iso(10), [], None, ["locale-numeric"]),
    ("O mais tardar na sexta da semana que vem, dia 11.", iso(11), [], None, ["relative-span"]),
    ("Pagamos no último dia útil do mês.", iso(31), [], None, ["month-end"]),
    ("Antes do Natal, a 23 de dezembro.", iso(23), [], None, ["holiday"]),
    ("Catorze de dezembro, sem falta.", iso(14), [], None, ["date-in-words"]),
    ("Temos reunião com o contabilista no dia 7; o pagamento será no dia 9.", iso(9), [], None, ["distractor-meeting"]),
    ("Estava previsto para o dia 3, mas passou para 16 de dezembro.", iso(16), [], None, ["distractor-moved-date"]),
    ("Vamos pagar 3.000,00 a 15 de dezembro e o restante em janeiro.", iso(15), [], "3000.00", ["partial-amount"]),
    ("Assim que a cooperativa pagar a nossa safra, pagamos a vocês, deve ser dia 11 de dezembro.", iso(11), ["conditional"], None, ["hidden-condition"]),
    ("Na semana 51, quinta-feira dia 17.", iso(17), [], None, ["calendar-week"]),
    ("Dentro de cinco dias úteis, ou seja, até quinta, dia 10.", iso(10), [], None, ["working-days"]),
    ("A fatura é de 21 de outubro, eu sei; o pagamento sai sexta, 18 de dezembro.", iso(18), [], None, ["distractor-invoice-date"]),
    ("Uma fatura no dia 21 e a outra no dia 28.", iso(21), [], None, ["split-promise"]),
]
ROWS = {
    "dispute": [("J3561", "As sacas chegaram rasgadas, contestamos a fatura."),
                ("J3562", "O preço não corresponde ao orçamento. Não pagamos assim."),
                ("J3561", "Cobraram o frete duas vezes, favor corrigir.")],
    "invoice_resend": [("J3561", "Podem reenviar a nota fiscal? Não encontramos aqui."),
                       ("J3562", "Agradecia o envio de uma segunda via da fatura."),
                       ("J3561", "Não recebemos a fatura, mandem de novo por favor.")],
    "po_change": [("J3561", "O número do pedido correto é FSL-2026-90, favor reemitir."),
                  ("J3562", "Precisamos da nossa nota de encomenda CVS-441 na fatura.")],
    "payment_plan_request": [("J3561", "Podemos parcelar em três vezes?"),
                             ("J3562", "Seria possível pagar em prestações ao longo de quatro meses?")],
    "wrong_contact": [("J3561", "Não cuido mais do financeiro, falem com o escritório de contabilidade."),
                      ("J3562", "A empresa foi adquirida, já não trato dos pagamentos.")],
}
PAID = [("J3561", "Já foi pago dia 27/11, comprovante PIX E1234567820261127.", "E1234567820261127"),
        ("J3562", "Pago a 30 de novembro, ref. CVS-3011.", "CVS-3011"),
        ("J3561", "Transferência feita dia 26/11, ref. FSL-2611.", "FSL-2611"),
        ("J3562", "Transferido na sexta, referência CORK-NOV.", "CORK-NOV"),
        ("J3561", "As duas faturas foram pagas, ref. ARAUJO-28.", "ARAUJO-28")]
OOO = ["Estou ausente até 14 de dezembro.", "Fora do escritório, regresso a 8 de dezembro."]
OTHER = ("J3562", "Recebido, obrigado.", ["no-action"], [])
DOMAINS = {"J3561": ("fazendasantaluzia.example", "c.araujo"), "J3562": ("corticeira-sorraia.example", "n.pires")}

REPLIES = block("pt", OFFS, SIGNS, OPENERS, CORES, ROWS, PAID, OOO, OTHER, DOMAINS)
