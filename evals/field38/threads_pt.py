"""Portuguese replies (field38): a Porto polytechnic and a Praia (Cape Verde) security firm."""

from evals.field.build import Payment, Reply
from evals.field38.kit import AUTO, CV, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK38-020", "F3861", "2027-03-17", "1320.00", "EUR", "INST POLITECNICO DA FOZ IPF-CP-2027-027"),
    P("BK38-021", "F3862", "2027-03-22", "4740.00", "EUR", "SEGURANCA ATLANTICO LDA"),
]

REPLIES = [
    # --- Instituto Politécnico da Foz (Porto)
    R("F3861", at(22, "09:25", PT), "Bom dia,\n\nInformamos que a fatura 93845 (compromisso IPF-CP-2027-027) foi paga a 17/03. A fatura 93844 aguarda cabimento orçamental e será paga até ao final do mês.\n\nCom os melhores cumprimentos,\nAna Sousa\nDiretora Financeira\nInstituto Politécnico da Foz\nRua do Passeio Alegre 800, 4150-573 Porto", "already_paid", sec=["promise_to_pay"], inv=["93845", "93844"], date="2027-03-31", html=True, fam=["paid-and-promise", "public-body", "signature", "outlook-html"]),
    R("F3861", at(22, "14:10", PT), "Boa tarde, o pagamento será efetuado na próxima terça-feira, dia 30.", "promise_to_pay", date="2027-03-30", fam=["next-weekday", "day-of-month"], sender=0),
    R("F3861", at(22, "17:35", PT), "A fatura 93844 refere 12 licenças de software de paginação, mas a nota de encomenda IPF-CP-2027-019 é de 10. Solicitamos nota de crédito para as 2 licenças em excesso.", "dispute", inv=["93844"], fam=["quantity-vs-po", "nota-de-credito"]),
    R("F3861", at(23, "09:40", PT), "Pagamento previsto para a semana 14, na quarta-feira.", "promise_to_pay", date="2027-04-07", fam=["calendar-week", "weekday-of-week"], sender=0),
    R("F3861", at(23, "12:55", PT), "Podem reenviar a fatura 93844 com o número de compromisso no campo de referência? Sem isso os Serviços Financeiros não a conseguem processar no GeRFiP.", "po_change", inv=["93844"], fam=["commitment-number", "public-body"]),
    R("F3861", at(23, "16:20", PT), "Pronto, pagamos depois da Páscoa, até dia 2 de abril, está bem?", "promise_to_pay", date="2027-04-02", fam=["after-easter", "day-month", "porto"]),
    R("F3861", at(24, "09:15", PT), "Agradeço que nos enviem a segunda via da fatura 93844, a original veio com o NIF errado (500 123 999 em vez de 600 027 511).", "po_change", inv=["93844"], fam=["nif", "reissue"], sender=0),
    R("F3861", at(24, "13:05", PT), "Estarei ausente até dia 5 de abril, com acesso limitado ao correio eletrónico. Para assuntos urgentes contacte contabilidade@ipfoz.example.", "out_of_office", headers=AUTO, subject="Resposta automática: Lembrete: faturas vencidas – Instituto Politécnico da Foz", quote="none", gap_days=0, fam=["ooo-auto", "easter-holiday"]),
    R("F3861", at(24, "17:45", PT), "O pagamento só pode ser feito depois de a FCT transferir a verba do projeto, previsivelmente a 15 de abril.", "promise_to_pay", date="2027-04-15", human=["conditional"], fam=["grant-funds", "third-party", "public-body"]),
    R("F3861", at(25, "10:00", PT), "Bom dia, pagamos amanhã? Não — amanhã é Sexta-feira Santa, feriado. Fica para segunda-feira, dia 29.", "promise_to_pay", date="2027-03-29", fam=["self-correction", "good-friday", "weekday-date"]),
    R("F3861", at(25, "14:30", PT), "Deixei de trabalhar na área financeira do Instituto em fevereiro. Por favor contactem a Dra. Ana Sousa.", "wrong_contact", fam=["role-change"], sender="r.moreira@ipfoz.example"),
    R("F3861", at(22, "11:05", PT), "Obrigada, recebido. Vou encaminhar para os Serviços Financeiros.", "other", fam=["ack", "no-action"]),
    R("F3861", at(23, "18:30", PT), "Será possível pagar os 8.150 € em duas prestações, a primeira a 30 de abril e a segunda a 31 de maio? O orçamento do novo ano só é libertado em abril.", "payment_plan_request", date="2027-04-30", inv=["93844"], fam=["two-instalments", "over-30-days", "public-body"]),
    R("F3861", at(24, "11:20", PT), "Pagamento até ao final da semana que vem.", "promise_to_pay", date="2027-04-02", fam=["end-of-next-week", "terse"]),
    R("F3861", at(25, "16:55", PT), "Transferência agendada para 31/03/2027, último dia útil do trimestre.", "promise_to_pay", date="2027-03-31", fam=["numeric-dmy", "quarter-end"], sender=0),
    R("F3861", at(22, "09:07", PT), "Esta é uma mensagem gerada automaticamente.\n\nNão foi possível entregar a mensagem aos seguintes destinatários:\n\na.sousa@ipfoz.example\n550 5.1.1 Utilizador desconhecido", "bounce", sender="MAILER-DAEMON@mail.ipfoz.example", subject="Não entregue: Lembrete: faturas vencidas – Instituto Politécnico da Foz", dsn=("a.sousa@ipfoz.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-pt"]),
    R("F3861", at(23, "14:15", PT), "Pagamos 4.000 € até dia 31 e o restante da 93844 em abril, quando houver cabimento.", "promise_to_pay", date="2027-03-31", amount="4000.00", inv=["93844"], fam=["partial-amount", "two-dates"]),
    R("F3861", at(25, "12:05", PT), "Bom dia, o pagamento sairá daqui a 8 dias.", "promise_to_pay", date="2027-04-02", fam=["in-n-days"], sender=0),
    # --- Segurança Atlântico (Praia, Cape Verde)
    R("F3862", at(22, "09:50", CV), "Bom dia,\n\nJá fizemos a transferência das duas faturas hoje de manhã pelo BCA, no valor total de 4.740 €. Segue comprovativo.\n\nCumprimentos,\nJoão Tavares\nAdministrador – Segurança Atlântico Lda\nAchada Santo António, Praia", "already_paid", inv=["93846", "93847"], attachments=[("comprovativo_BCA.txt", "text/plain", "Banco Comercial do Atlântico\nTransferência internacional\nData: 22/03/2027\nValor: EUR 4.740,00\nBeneficiário: Northwind Supplies GmbH\nDescritivo: SEGURANCA ATLANTICO LDA")], fam=["collective-payment", "remittance-attachment", "cape-verdean"]),
    R("F3862", at(22, "15:20", CV), "Pagamos na sexta-feira da próxima semana, dia 2.", "promise_to_pay", date="2027-04-02", fam=["next-week-weekday", "day-of-month"]),
    R("F3862", at(23, "10:35", CV), "A fatura 93846 cobra a instalação de 8 câmaras no Porto da Praia, mas só foram instaladas 6. O vosso técnico pode confirmar. Aguardamos nota de crédito.", "dispute", inv=["93846"], fam=["service-not-done", "cape-verdean"]),
    R("F3862", at(23, "15:05", CV), "Boa tarde, podem enviar-nos o extrato de conta atualizado? O nosso contabilista precisa para o fecho do trimestre.", "invoice_resend", fam=["statement", "quarter-end"], sender=0),
    R("F3862", at(23, "19:40", CV), "Mantenha! O pagamento vai amanhã sem falta.", "promise_to_pay", date="2027-03-24", fam=["tomorrow", "cape-verdean", "mantenha"]),
    R("F3862", at(24, "09:30", CV), "Pagamento no dia 6 de abril, depois das férias da Páscoa.", "promise_to_pay", date="2027-04-06", fam=["day-month", "after-easter"], sender=0),
    R("F3862", at(24, "14:50", CV), "Será possível dividir os 3.980 € em quatro prestações mensais a partir de 20 de abril? O contrato com a ENAPOR foi adiado.", "payment_plan_request", date="2027-04-20", inv=["93846"], fam=["plan-four", "cape-verdean"]),
    R("F3862", at(24, "18:15", CV), "Estou de férias até 19 de abril. Para questões de pagamento contacte financeiro@segatlantico.example.", "out_of_office", headers=AUTO, subject="Resposta automática: férias", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"], sender=1),
    R("F3862", at(25, "09:10", CV), "Pagamos quando a Câmara Municipal da Praia nos pagar o contrato de vigilância do mercado. Ainda sem data.", "promise_to_pay", human=["conditional"], fam=["public-client", "third-party", "undated"]),
    R("F3862", at(25, "13:25", CV), "Bom dia, a partir de abril a faturação deve ser feita em nome de Segurança Atlântico SA (NIF 200123456), já não Lda. Pedimos a reemissão das faturas em aberto.", "po_change", fam=["new-entity", "nif"], sender=0),
    R("F3862", at(22, "12:05", CV), "Pagamos 760 € hoje e o resto no fim do mês.", "promise_to_pay", date="2027-03-22", amount="760.00", inv=["93847", "93846"], partial=False, fam=["two-parts", "today"], note="760 is all of 93847; the rest at the month's end"),
    R("F3862", at(23, "08:20", CV), "Não trabalho na contabilidade, sou o chefe de turno da noite. Enviem para financeiro@segatlantico.example.", "wrong_contact", fam=["wrong-person", "redirect"], sender="turno.noite@segatlantico.example"),
    R("F3862", at(24, "11:40", CV), "Recebemos um email a pedir para pagar numa conta nova em Lisboa. É vosso? Não pagamos nada até confirmarem por telefone.", "other", human=["fraud check"], fam=["fraud-check", "bank-details"], sender=0),
    R("F3862", at(25, "17:05", CV), "Pagamento até 31/03, prometo.", "promise_to_pay", date="2027-03-31", fam=["numeric-dmy", "terse"]),
    R("F3862", at(22, "08:04", CV), "A sua mensagem não pôde ser entregue a j.tavares@segatlantico.example.\n\nA caixa de correio do destinatário está cheia.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@segatlantico.example", subject="Não entregue: Lembrete: faturas vencidas – Segurança Atlântico Lda", dsn=("j.tavares@segatlantico.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-pt", "mailbox-full"]),
    R("F3862", at(23, "12:45", CV), "Na semana que vem pagamos, sem falta.", "promise_to_pay", date="2027-04-02", fam=["next-week"]),
    R("F3862", at(25, "11:15", CV), "O pagamento estava previsto para dia 26 mas é Sexta-feira Santa; passa para terça, 30.", "promise_to_pay", date="2027-03-30", fam=["moved-date", "good-friday"]),
    R("F3862", at(24, "16:35", CV), "Boa tarde. O pagamento fica para o início de abril, dia 1, quando entram as mensalidades dos clientes.", "promise_to_pay", date="2027-04-01", fam=["beginning-of-month", "own-revenue"]),
]
