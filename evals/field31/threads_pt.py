"""field31, Portuguese: a Luanda bakery and a Benguela grocery (pt-AO: kumbu, mano, bué), a São Paulo pastry shop and a
Minas Gerais farm on credit hold (pt-BR: vc, blz, Pix, 13º salário), some of it with English mixed in."""

from __future__ import annotations

from typing import Any

from evals.field.build import Payment, Reply
from evals.field31.kit import AO, AUTO, BR, at

PAYMENTS = [
    Payment("BK31-023", "N3161", "2026-12-02", "650.00", "USD", "PADARIA KIANDA LDA FT 93162"),
    Payment("BK31-024", "N3162", "2026-12-03", "2530.00", "USD", "PASTELARIA FAMILIA COSTA"),
    Payment("BK31-025", "N3164", "2026-12-01", "3820.00", "USD", "MERCEARIA IRMAOS SANTOS"),
]


def p(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    """A promise to pay (primary intent)."""
    return Reply(cust, when, body, "promise_to_pay", date, fam=fam, **kw)


REPLIES = [
    p("N3161", at(2, "07:00", AO), "Bom dia mano, o kumbu está atrasado por causa das divisas, mas sexta-feira faço a transferência sem falta. Esperança", "2026-12-04",
      ["angolan", "bare-weekday", "terse-mobile"], sender=1),
    p("N3161", at(3, "12:30", AO), "A 93162 pago amanhã e a 93161 no dia 11, quando o BAI libertar as divisas que já pedimos.", "2026-12-04",
      ["two-dates", "tomorrow", "condition"], inv=["93162", "93161"], human=["second invoice waits on the bank releasing currency"], sender=1),
    p("N3161", at(7, "18:00", AO), "Boa tarde. Vamos pagar USD 2.000 na quinta-feira e o resto no fim do mês.", "2026-12-10",
      ["partial-amount", "bare-weekday", "month-end"], amount="2000.00", sender=1),
    p("N3161", at(8, "09:00", AO), "Bom dia, por causa do nosso aniversário da padaria no sábado dia 12 estamos bué ocupados. Pagamos na segunda-feira a seguir, dia 14.", "2026-12-14",
      ["relative-to-event", "weekday-date", "angolan"], sender=1),
    p("N3162", at(2, "09:30", BR), "Oi! Tudo bem? Vou pagar na sexta, blz? Tô correndo com as encomendas de panetone 😅", "2026-12-04",
      ["abbrev-weekday", "brazilian", "emoji", "terse-mobile"], sender=1),
    p("N3162", at(4, "17:00", BR), "Oi, o 13º dos funcionários sai dia 18, então pago vcs dia 21, segunda. Abs", "2026-12-21",
      ["reason-not-condition", "weekday-date", "brazilian"], sender=1),
    p("N3162", at(7, "10:15", BR), "Bom dia, consigo pagar metade (US$ 1.280) amanhã e a outra metade na semana que vem.", "2026-12-08",
      ["partial-amount", "tomorrow", "two-dates"], amount="1280.00", sender=1),
    p("N3162", at(8, "20:40", BR), "Desculpa, ontem não deu. Pago depois de amanhã sem falta", "2026-12-10",
      ["day-after-tomorrow", "moved-date", "terse-mobile"], sender=1),
    p("N3163", at(2, "08:00", BR), "Prezados,\n\nO pagamento da fatura 93164 será efetuado em 15/12/2026, após a venda do café da safra. Solicitamos a liberação do crédito para o pedido de adubo.\n\nAtenciosamente,\nAntônio Rezende", "2026-12-15",
      ["locale-numeric-dayfirst", "reason-not-condition", "formal"], sender=1),
    p("N3163", at(4, "11:00", BR), "Se vocês liberarem o pedido de adubo até terça, a gente paga tudo na sexta seguinte.", "2026-12-11",
      ["credit-hold-condition", "condition", "condition-date", "weekday-week"], human=["conditional"], sender=1),
    p("N3163", at(7, "14:00", BR), "Pagamos US$ 4.370 na quarta e o restante quando a cooperativa repassar o dinheiro do leite.", "2026-12-09",
      ["partial-amount", "bare-weekday", "third-party-payment", "undated-balance"], amount="4370.00", sender=1),
    p("N3164", at(2, "10:00", AO), "Boa tarde, o pagamento vai ser feito até ao dia 9, está bem? Celestino", "2026-12-09",
      ["ordinal-alone", "at-the-latest", "angolan"], sender=1),
    p("N3164", at(4, "16:30", AO), "Vamos pagar as duas facturas na próxima semana, na terça-feira. Obrigado", "2026-12-08",
      ["next-week-weekday", "angolan"], sender=1),
    p("N3164", at(8, "08:00", AO), "Bom dia, ficou para antes do Natal, dia 23, porque o contentor de Lisboa atrasou e só vendemos a mercadoria na semana que vem.", "2026-12-23",
      ["holiday", "reason-not-condition", "long-sentence", "ordinal-alone"], sender=1),
    p("N3162", at(5, "11:30", BR), "oi, it's Rosângela, my english is bad rs. Vou pagar monday dia 7, ok?", "2026-12-07",
      ["bilingual", "weekday-date", "brazilian"], lang="pt", sender=1),
    p("N3164", at(7, "12:00", AO), "Pagamos 520 hoje e os 3.300 daqui a duas semanas.", "2026-12-07",
      ["two-dates", "relative-span"], amount="520.00", inv=["93166", "93165"], partial=False, sender=1),
    # --- already_paid
    Reply("N3161", at(3, "08:30", AO), "A factura 93162 já foi paga ontem. Por favor verifiquem.", "already_paid",
          inv=["93162"], fam=["angolan", "terse-mobile"], note="matches BK31-023", sender=1),
    Reply("N3162", at(4, "09:00", BR), "Oi, já paguei ontem os 2.560, segue comprovante!", "already_paid",
          fam=["bank-charges", "brazilian"], human=["amount differs: BK31-024 is 2,530.00 (charges)"], sender=1),
    Reply("N3164", at(2, "11:00", AO), "As duas facturas foram pagas no dia 1 de dezembro, total USD 3.820.", "already_paid",
          fam=["paid-both", "date-in-words"], note="matches BK31-025", sender=1),
    # --- dispute
    Reply("N3161", at(4, "10:00", AO), "Os sacos de farinha chegaram molhados, metade estragou. Não vamos pagar a factura toda, queremos nota de crédito.", "dispute",
          fam=["damaged-goods", "credit-note"], sender=1),
    Reply("N3162", at(3, "15:00", BR), "O valor da fatura tá errado, a gente combinou desconto de 10% no orçamento. Corrige por favor.", "dispute",
          fam=["price", "discount", "brazilian"], sender=1),
    Reply("N3164", at(5, "09:30", AO), "A 93166 é repetida, já está incluída na 93165. Não pagamos duas vezes.", "dispute",
          inv=["93166", "93165"], fam=["duplicate-billing"], sender=1),
    # --- invoice_resend
    Reply("N3162", at(7, "16:00", BR), "Pode me reenviar a fatura? Não achei no email", "invoice_resend",
          fam=["terse-mobile", "brazilian"], sender=1),
    Reply("N3164", at(3, "14:00", AO), "Enviem por favor o extracto de conta actualizado.", "invoice_resend",
          fam=["statement", "angolan"], sender=1),
    # --- po_change
    Reply("N3163", at(3, "09:00", BR), "Favor emitir a fatura com o CNPJ novo da fazenda, 12.345.678/0001-90, mudamos de razão social.", "po_change",
          fam=["tax-id", "entity-change"], sender=1),
    Reply("N3161", at(5, "10:00", AO), "A partir de agora as facturas devem ser enviadas para contabilidade@padariakianda.example com o NIF 5417012345.", "po_change",
          fam=["send-future-invoices", "tax-id"], sender=1),
    # --- payment_plan_request
    Reply("N3162", at(2, "14:00", BR), "Dá pra parcelar em 3 vezes? A primeira dia 10/12.", "payment_plan_request",
          "2026-12-10", fam=["three-parts", "locale-numeric-dayfirst", "brazilian"], sender=1),
    Reply("N3163", at(8, "10:00", BR), "Precisamos adiar o pagamento para março, quando sai a colheita. É possível?", "payment_plan_request",
          fam=["deferral"], sender=1),
    Reply("N3164", at(3, "17:00", AO), "Podemos pagar 1.000 por mês a partir de janeiro?", "payment_plan_request",
          amount="1000.00", fam=["monthly-plan"], sender=1),
    # --- out_of_office
    Reply("N3162", at(3, "07:00", BR), "Estou de férias até 10/12. Em caso de urgência ligue para a loja.", "out_of_office",
          fam=["auto-reply"], headers=AUTO, sender=1, subject="Resposta automática: Lembrete: faturas vencidas – Pastelaria Família Costa Ltda"),
    Reply("N3161", at(7, "07:00", AO), "A Esperança está em Benguela no casamento da sobrinha, volta dia 11. Ela responde depois.", "out_of_office",
          fam=["typed-absence", "family"], human=["absence typed by a person"]),
    Reply("N3163", at(5, "06:00", BR), "Ausente do escritório até 18 de janeiro de 2027. Mensagens não serão encaminhadas.", "out_of_office",
          fam=["auto-reply", "long-absence"], headers=AUTO, sender=1, human=["return more than 14 days away"],
          subject="Resposta automática: Lembrete: faturas vencidas – Fazenda Boa Esperança Ltda"),
    # --- bounce
    Reply("N3162", at(5, "03:00", BR), "Não foi possível entregar a mensagem para:\n\nr.costa@pastelariacosta.example\n550 5.1.1 Usuário desconhecido", "bounce",
          lang="pt", fam=["dsn-pt", "user-unknown"], sender="mailer-daemon@pastelariacosta.example", dsn=("r.costa@pastelariacosta.example", "5.1.1"), quote="none",
          subject="Não entregue: Lembrete: faturas vencidas – Pastelaria Família Costa Ltda"),
    Reply("N3164", at(7, "02:00", AO), "A entrega falhou.\n\nA caixa de correio geral@merceariasantos.example está cheia.\n\n552 5.2.2", "bounce",
          lang="pt", fam=["dsn-pt", "mailbox-full"], sender="postmaster@merceariasantos.example", dsn=("geral@merceariasantos.example", "5.2.2"), quote="none",
          subject="Não entregue: Lembrete: faturas vencidas – Mercearia Irmãos Santos Lda"),
    # --- wrong_contact
    Reply("N3164", at(4, "13:00", AO), "Este email é da loja, quem trata dos pagamentos é o Sr. Celestino. Escrevam para ele.", "wrong_contact",
          fam=["wrong-desk", "shared-mailbox"], sender=0),
    Reply("N3163", at(7, "09:00", BR), "O Sr. Antônio saiu da fazenda depois da venda para o grupo Cerrado Agro. Favor contatar financeiro@cerradoagro.example.", "wrong_contact",
          fam=["acquisition", "contact-gone"], sender=0),
    # --- other
    Reply("N3162", at(8, "12:00", BR), "Vcs aceitam Pix? Me manda a chave que eu pago na hora.", "other",
          fam=["pix", "payment-method", "brazilian"], human=["payment-method question"], sender=1),
    Reply("N3161", at(4, "15:00", AO), "Recebido, obrigada.", "other",
          fam=["no-action", "acknowledgement"], sender=1),
]
