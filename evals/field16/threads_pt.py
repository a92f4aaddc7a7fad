"""Portuguese replies (field16): a bakery in Braga, a São Paulo veterinary clinic on credit hold and a Luanda haulier
(strategic)."""

from evals.field.build import Payment, Reply
from evals.field16.kit import AO, AUTO, BR, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK16-060", "S1661", "2026-11-20", "385.00", "EUR", "PADARIA FLOR DO MINHO LDA FT 16612"),
    P("BK16-061", "S1662", "2026-11-24", "6550.00", "USD", "CLINICA VETERINARIA PATA AMIGA"),
    P("BK16-062", "S1663", "2026-11-23", "14300.00", "USD", "TRANSPORTES KWANZA LDA TK-RC-0933"),
]

_COMPROVANTE = ("BANCO EXEMPLO S.A. – COMPROVANTE DE TRANSFERÊNCIA INTERNACIONAL\nData: 24/11/2026\nOrdenante: CLINICA VETERINARIA PATA AMIGA LTDA\n"
                "Beneficiário: NORTHWIND SUPPLIES GMBH\nValor: USD 6.550,00\nFinalidade: PAGTO FATURAS 16621 E 16622")

REPLIES = [
    # --- Padaria Flor do Minho (PT)
    R("S1661", at(23, "09:00", PT), "Bom dia, pagamos na 5ª.\nCumprimentos, Ana", "promise_to_pay", date="2026-11-26", fam=["abbreviated-weekday", "terse"]),
    R("S1661", at(24, "11:50", PT), "O pagamento será feito a 4/12.", "promise_to_pay", date="2026-12-04", fam=["dd-mm"]),
    R("S1661", at(25, "17:20", PT), "Pagamos na próxima semana.", "promise_to_pay", date="2026-12-04", fam=["next-week"]),
    R("S1661", at(26, "23:35", PT), "Desculpe responder a esta hora, amanhã logo de manhã trato da transferência.", "promise_to_pay", date="2026-11-27", fam=["late-evening", "tomorrow"]),
    R("S1661", at(27, "10:25", PT), "O pagamento estava previsto para dia 1, mas é feriado; passa para dia 2 de dezembro.", "promise_to_pay", date="2026-12-02", fam=["moved-date", "holiday"], sender=0),
    R("S1661", at(23, "15:40", PT), "Pagamos 1.500 € na sexta e o restante no fim do mês.", "promise_to_pay", date="2026-11-27", amount="1500.00", fam=["partial-amount", "european-amount"]),
    R("S1661", at(24, "19:50", PT), "Assim que recebermos a nota de crédito que o vosso comercial prometeu para segunda, pagamos nessa sexta.", "promise_to_pay", date="2026-12-04", human=["conditional"], fam=["condition-with-date", "weekday-after-event"]),
    R("S1661", at(25, "10:45", PT), "Pagamento no prazo de 10 dias.", "promise_to_pay", date="2026-12-05", fam=["within-days", "terse"]),
    R("S1661", at(26, "08:30", PT), "Pagamos dia 15.", "promise_to_pay", date="2026-12-15", fam=["ordinal-alone", "terse"]),
    R("S1661", at(25, "13:05", PT), "A transferência fica agendada para terça-feira da semana que vem.", "promise_to_pay", date="2026-12-01", fam=["next-week-weekday", "holiday-as-written"]),
    R("S1661", at(27, "16:20", PT), "A fatura de 15 de setembro pagamos na segunda, dia 30.", "promise_to_pay", date="2026-11-30", fam=["weekday-ordinal", "invoice-date-distractor"]),
    # --- Clínica Veterinária Pata Amiga (BR, credit hold)
    R("S1662", at(23, "10:10", BR), "Oi, vamos pagar na segunda que vem. Por favor liberem o pedido novo.", "promise_to_pay", date="2026-11-30", fam=["next-weekday", "credit-hold"]),
    R("S1662", at(24, "14:35", BR), "Pagaremos os USD 720 da fatura 16622 amanhã e o restante dia 10.", "promise_to_pay", date="2026-11-25", amount="720.00", inv=["16622"], fam=["partial-amount", "tomorrow"]),
    R("S1662", at(25, "22:55", BR), "Foi mal pela demora, o pagamento sai até sexta.", "promise_to_pay", date="2026-11-27", fam=["late-evening", "across-midnight", "weekday"]),
    R("S1662", at(27, "09:25", BR), "O pagamento entra na rodada de fim de mês.", "promise_to_pay", date="2026-11-30", fam=["month-end-run"], sender=0),
    R("S1662", at(26, "11:20", BR), "Pagamos em 2 semanas.", "promise_to_pay", date="2026-12-10", fam=["in-two-weeks", "terse"]),
    R("S1662", at(27, "19:40", BR), "Claro, vocês vão receber. Como sempre. No dia 5.", "promise_to_pay", date="2026-12-05", fam=["sarcasm", "ordinal-alone"]),
    # --- Transportes Kwanza (AO, strategic)
    R("S1663", at(23, "13:20", AO), "Exmos. Senhores,\n\nInformamos que a fatura 16631 será aprovada na reunião de direção de 1 de dezembro e paga no dia 3 de dezembro.\n\nCom os melhores cumprimentos\nEdson Domingos\nDiretor Financeiro\nTransportes Kwanza, Lda.\nRua Rainha Ginga, 74 – Luanda\n\nEsta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu por engano, queira informar o remetente e apagá-la. A Transportes Kwanza, Lda. não se responsabiliza por alterações ou falsificações desta mensagem.", "promise_to_pay", date="2026-12-03", inv=["16631"], html=True, fam=["outlook-html", "meeting-before-payment", "long-disclaimer"]),
    R("S1663", at(25, "09:35", AO), "Pagamento até ao fim da próxima semana.", "promise_to_pay", date="2026-12-04", fam=["end-of-next-week"]),
    R("S1663", at(26, "18:15", AO), "O BNA ainda não autorizou a compra de divisas; assim que autorizar, transferimos.", "promise_to_pay", human=["conditional"], fam=["condition", "fx-approval", "undated"], sender=0),
    R("S1663", at(27, "10:55", AO), "Vamos pagar USD 7.150 no dia 7 e o restante no dia 21.", "promise_to_pay", date="2026-12-07", amount="7150.00", fam=["partial-amount", "ordinal-alone", "european-amount"]),
    # --- the rest
    R("S1661", at(23, "12:30", PT), "A fatura 16612 foi paga a 20/11.", "already_paid", inv=["16612"], fam=["paid", "dd-mm"]),
    R("S1662", at(25, "12:20", BR), "Pagamos as duas faturas juntas no dia 24, total USD 6.550, comprovante em anexo.", "already_paid", fam=["total-of-two", "remittance-attachment", "european-amount"],
      attachments=[("comprovante_24112026.txt", "text/plain", _COMPROVANTE)]),
    R("S1663", at(24, "10:40", AO), "A fatura 16631 foi liquidada a 23/11, referência TK RC 0933.", "already_paid", ref="TK RC 0933", inv=["16631"], fam=["spaced-reference", "dd-mm"], sender=0),
    R("S1661", at(24, "10:05", PT), "Na fatura 16611 cobraram 80 sacos de farinha e recebemos 60.", "dispute", inv=["16611"], fam=["short-delivery"]),
    R("S1662", at(26, "14:45", BR), "O preço das vacinas na fatura 16621 não bate com o orçamento ORC-0712.", "dispute", inv=["16621"], fam=["price-vs-quote"]),
    R("S1663", at(23, "15:55", AO), "Dois camiões chegaram com avarias; não pagamos até receber a nota de crédito.", "dispute", fam=["damaged-goods", "credit-note-first"]),
    R("S1661", at(25, "15:20", PT), "Podem reenviar a fatura 16611? Não a encontramos.", "invoice_resend", inv=["16611"], fam=["copy"]),
    R("S1662", at(26, "16:25", BR), "Favor enviar o extrato de conta atualizado.", "invoice_resend", fam=["statement", "terse"], sender=0),
    R("S1661", at(26, "12:05", PT), "A partir de janeiro, enviem as faturas para faturas@flordominho.example com o nosso NIF 509 876 543.", "po_change", fam=["invoice-mailbox", "tax-id"]),
    R("S1663", at(25, "15:05", AO), "Por favor, incluam o número da requisição TK-RC-0933 na fatura 16631 e reenviem.", "po_change", sec=["invoice_resend"], inv=["16631"], fam=["po-missing", "copy-with-correction"]),
    R("S1662", at(24, "13:10", BR), "Dá para parcelar em 3 vezes, com a primeira em 15/12?", "payment_plan_request", date="2026-12-15", fam=["instalments", "dd-mm", "credit-hold"]),
    R("S1661", at(27, "17:00", PT), "Seria possível pagar em duas prestações, dezembro e janeiro?", "payment_plan_request", fam=["two-parts"]),
    R("S1661", at(23, "07:20", PT), "Estou ausente até 30 de novembro. Para assuntos urgentes: contabilidade@flordominho.example.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Padaria Flor do Minho Lda", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("S1663", at(26, "07:15", AO), "Estou de férias até 15 de janeiro de 2027.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("S1661", at(24, "09:06", PT), "Esta é uma mensagem automática.\n\nNão foi possível entregar a mensagem a:\n\na.barbosa@flordominho.example\n550 5.1.1 Utilizador desconhecido", "bounce", sender="MAILER-DAEMON@mail.flordominho.example", subject="Mensagem não entregue: Lembrete: faturas vencidas", dsn=("a.barbosa@flordominho.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-pt"]),
    R("S1662", at(26, "09:07", BR), "Falha na entrega a estes destinatários ou grupos:\n\nfinanceiro@pataamiga.example\nA caixa de correio do destinatário está cheia.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@pataamiga.example", subject="Não é possível entregar: Lembrete: faturas vencidas", dsn=("financeiro@pataamiga.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-pt", "mailbox-full"]),
    R("S1661", at(24, "16:20", PT), "A Ana Barbosa já não trabalha connosco. Contacte o Rui Esteves, r.esteves@flordominho.example.", "wrong_contact", fam=["person-left", "new-contact"], sender=0),
    R("S1662", at(27, "11:15", BR), "Aqui é a recepção da clínica. Assuntos financeiros com financeiro@pataamiga.example.", "wrong_contact", fam=["reception", "shared-mailbox"], sender="recepcao@pataamiga.example"),
    R("S1661", at(26, "17:30", PT), "Obrigada, recebido.", "other", fam=["no-action", "ack"]),
    R("S1662", at(27, "15:05", BR), "Esse e-mail é verdadeiro? Recebemos outro pedindo pagamento num IBAN novo em Portugal.", "other", human=["fraud check"], fam=["fraud-check"]),
    R("S1663", at(25, "16:30", AO), "Podem enviar o certificado de residência fiscal para efeitos de retenção na fonte?", "other", human=["tax form"], fam=["tax-residence"]),
]
