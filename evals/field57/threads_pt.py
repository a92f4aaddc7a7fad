"""Portuguese replies (field57): a sugared-almond maker in Moncorvo before Easter and an açaí co-operative in Belém."""

from evals.field.build import Payment, Reply
from evals.field57.kit import AUTO, BR, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK57-060", "E5761", "2028-03-21", "3620.00", "EUR", "TRF AMENDOAS DE MONCORVO LDA"),
    P("BK57-061", "E5762", "2028-03-23", "5840.00", "USD", "COOP ACAI DO GUAMA CAG-118"),
]

REPLIES = [
    # --- Amêndoas de Moncorvo (PT)
    R("E5761", at(13, "10:15", PT), "Bom dia, pagamos na sexta-feira. Cumprimentos, Manuela Sarmento", "promise_to_pay", date="2028-03-17", sender=1, fam=["weekday"]),
    R("E5761", at(14, "17:20", PT), "Transferência a 23/03.", "promise_to_pay", date="2028-03-23", fam=["numeric-day-first", "terse"]),
    R("E5761", at(15, "11:45", PT), "Pagamos os 470 € amanhã e o resto depois da Páscoa.", "promise_to_pay", date="2028-03-16", amount="470.00", fam=["partial-amount", "after-easter"]),
    R("E5761", at(20, "09:30", PT), "O pagamento segue antes da Semana Santa, até dia 7 de abril.", "promise_to_pay", date="2028-04-07", fam=["holy-week", "month-name-date"]),
    R("E5761", at(22, "15:10", PT), "Pagamento daqui a 15 dias.", "promise_to_pay", date="2028-04-06", fam=["daqui-a-15-dias"]),
    R("E5761", at(27, "10:40", "+01:00"), "Íamos pagar hoje mas fica para quarta. Aliás, quinta-feira, que quarta é feriado municipal. Não, enganei-me, é quarta mesmo.", "promise_to_pay", date="2028-03-29", sender=1, fam=["self-correction-twice", "weekday", "summer-time"]),
    R("E5761", at(29, "16:50", "+01:00"), "Pagamos no final da semana que vem.", "promise_to_pay", date="2028-04-07", fam=["final-da-semana-que-vem"]),
    # --- Cooperativa Açaí do Guamá (BR)
    R("E5762", at(13, "14:00", BR), "Olá, vamos pagar na próxima segunda-feira.", "promise_to_pay", date="2028-03-20", sender=1, fam=["next-weekday"]),
    R("E5762", at(16, "10:20", BR), "Pagamento até o dia 24.", "promise_to_pay", date="2028-03-24", fam=["ordinal-alone"]),
    R("E5762", at(20, "18:40", BR), "Pagamos US$ 2.000 amanhã e o restante quando a safra entrar, lá pra maio.", "promise_to_pay", date="2028-03-21", amount="2000.00", fam=["partial-amount", "vague-second-date", "brazilian"]),
    R("E5762", at(22, "09:00", BR), "O pagamento sai no fim do mês, pode ficar tranquilo.", "promise_to_pay", date="2028-03-31", fam=["end-of-month", "brazilian"]),
    R("E5762", at(28, "11:15", BR), "Pagamento em 3 dias úteis.", "promise_to_pay", date="2028-03-31", fam=["working-days"]),
    R("E5762", at(30, "15:30", BR), "Depois da Páscoa, dia 18/04, sem falta.", "promise_to_pay", date="2028-04-18", sender=1, fam=["after-easter", "numeric-day-first"]),
    # --- already_paid
    R("E5761", at(22, "10:00", PT), "Transferimos ontem 3.620 €, as duas faturas.", "already_paid", fam=["paid-matched-amount"]),
    R("E5762", at(24, "12:10", BR), "Pago ontem, comprovante em anexo. Ref. CAG-118.", "already_paid", ref="CAG-118", attachments=[("comprovante.pdf", "application/pdf", "Comprovante de transferência internacional\nValor: USD 5.840,00\nData: 23/03/2028\nReferência: CAG-118")], fam=["remittance-attachment", "paid-matched"]),
    R("E5761", at(30, "11:20", "+01:00"), "Já está pago!", "already_paid", fam=["paid-matched-amount", "exclamation"]),
    R("E5762", at(17, "16:45", BR), "Fizemos um Pix de R$ 10.000 ontem, confere aí.", "already_paid", human=["no matching payment (and a different currency)"], fam=["pix", "currency-mismatch", "brazilian"]),
    # --- disputes
    R("E5761", at(16, "12:30", PT), "Faturaram 300 kg de açúcar e só recebemos 250 kg.", "dispute", fam=["quantity-dispute"]),
    R("E5762", at(21, "10:10", BR), "As embalagens chegaram furadas, metade do lote estragou. Não vamos pagar assim.", "dispute", sender=1, fam=["quality-dispute", "brazilian"]),
    R("E5761", at(24, "14:40", PT), "A fatura 57062 está em duplicado, já foi paga com a 57061.", "dispute", inv=["INV-2027-57061", "INV-2027-57062"], fam=["duplicate-billing", "short-number"]),
    R("E5762", at(29, "09:50", BR), "O preço combinado foi US$ 4,10 por caixa e vocês cobraram US$ 4,60. Pagamos a parte correta na sexta.", "dispute", sec=["promise_to_pay"], date="2028-03-31", fam=["price-dispute", "plus-promise"]),
    # --- invoice_resend
    R("E5761", at(21, "16:00", PT), "Podem reenviar a segunda via da fatura? Não a encontramos.", "invoice_resend", fam=["segunda-via"]),
    R("E5762", at(27, "10:30", BR), "Manda de novo a invoice, por favor, não chegou.", "invoice_resend", fam=["never-received", "brazilian"]),
    # --- po_change
    R("E5762", at(15, "13:20", BR), "De novo sem o número do pedido! É CAG-118. Refaçam a fatura, por favor.", "po_change", fam=["po-change-as-complaint"]),
    R("E5761", at(28, "09:40", "+01:00"), "A partir de abril o nosso NIF passa a ser 516 223 990 (nova sociedade). Emitam as faturas em nome de Amêndoas de Moncorvo Unipessoal Lda.", "po_change", fam=["billing-entity-change", "tax-id-change"]),
    R("E5762", at(31, "12:00", BR), "Novo endereço de cobrança: Rua do Porto 45, Belém-PA. Reemitam a fatura.", "po_change", fam=["address-change"]),
    # --- payment_plan_request
    R("E5761", at(17, "17:30", PT), "Seria possível pagar em três prestações? A primeira a 31 de março.", "payment_plan_request", date="2028-03-31", sender=1, fam=["plan-three"]),
    R("E5762", at(23, "11:00", BR), "Dá para parcelar em 4x de US$ 1.460, começando dia 10/04?", "payment_plan_request", date="2028-04-10", amount="1460.00", fam=["plan-four", "brazilian", "parcelar"]),
    R("E5761", at(31, "10:20", "+01:00"), "Podemos pagar aos poucos?", "payment_plan_request", fam=["plan-vague", "terse"]),
    # --- out_of_office
    R("E5761", at(23, "08:00", PT), "Estou ausente até 17 de abril, férias da Páscoa.", "out_of_office", sender=1, headers=AUTO, subject="Resposta automática", human=["absence over 14 days"], fam=["ooo-long", "easter"]),
    R("E5762", at(17, "08:00", BR), "Estou fora do escritório até segunda-feira, 20/03.", "out_of_office", sender=1, headers=AUTO, subject="Resposta automática: Lembrete", fam=["ooo-short"]),
    R("E5762", at(27, "08:00", BR), "Nosso financeiro está em recesso até 5 de abril.", "out_of_office", headers=AUTO, subject="Ausência", fam=["ooo-short", "office-closed"]),
    # --- bounce
    R("E5761", at(20, "09:06", PT), "Não foi possível entregar a mensagem a m.sarmento@amendoasmoncorvo.example.\n\n550 5.1.1 Utilizador desconhecido", "bounce", sender="MAILER-DAEMON@amendoasmoncorvo.example", subject="Mensagem não entregue", dsn=("m.sarmento@amendoasmoncorvo.example", "5.1.1"), quote="none", fam=["dsn-portuguese"]),
    R("E5762", at(24, "09:06", BR), "Falha na entrega: a caixa financeiro@acaiguama.example está cheia.", "bounce", sender="postmaster@acaiguama.example", subject="Falha na entrega", dsn=("financeiro@acaiguama.example", "5.2.2"), quote="none", fam=["dsn-portuguese", "mailbox-full"]),
    # --- wrong_contact
    R("E5762", at(22, "14:30", BR), "Eu saí do financeiro, agora estou na produção. Falem com financeiro@acaiguama.example.", "wrong_contact", sender=1, fam=["moved-department", "brazilian"]),
    R("E5761", at(24, "11:10", PT), "A D. Manuela reformou-se. Contactem o Sr. Rui Morais, r.morais@amendoasmoncorvo.example.", "wrong_contact", sender=1, fam=["left-company", "new-contact"]),
    # --- other
    R("E5761", at(15, "09:30", PT), "Recebido, obrigada.", "other", fam=["no-action", "acknowledgement"]),
    R("E5762", at(30, "17:10", BR), "Vocês emitem boleto? Fica mais fácil pra gente.", "other", human=["payment-method question"], fam=["payment-method", "brazilian"]),
    R("E5762", at(14, "10:00", BR), "Beleza.", "other", fam=["no-action", "one-word", "brazilian"]),
]
