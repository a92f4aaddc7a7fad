"""Portuguese replies (field62): São João decorations in Porto, a festa junina producer in Recife and a Setúbal cork
works on a plan — São João on Sunday 24 June, the half-year close, Portuguese and Brazilian summer/winter breaks."""

from evals.field.build import Payment, Reply
from evals.field62.kit import AUTO, BR, PT, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK62-070", "D6261", "2029-07-03", "3470.00", "EUR", "TRF FOGAREU DECORACOES LDA FT 62611"),
    P("BK62-071", "D6262", "2029-07-12", "810.00", "USD", "ARRAIAL NORDESTE PRODUCOES 62622"),
    P("BK62-072", "D6263", "2029-07-20", "2600.00", "EUR", "CORTICEIRA VALE DO SADO PRESTACAO 3"),
    P("BK62-073", "D6262", "2029-07-19", "4860.00", "USD", "ARRAIAL NORDESTE PROD"),
]

REPLIES = [
    # --- Fogaréu Decorações Populares (Porto)
    R("D6261", at(6, 21, "11:30", PT), "Bom dia,\n\nEstamos em plena preparação do São João — martelinhos, balões e manjericos por todo o lado. A fatura 62611 será paga a 3 de julho.\n\nCumprimentos,\nTeresa Meireles", "promise_to_pay", date="2029-07-03", inv=["INV-2027-62611"], fam=["sao-joao", "day-month-words"]),
    R("D6261", at(7, 3, "17:10", PT), "Transferência da 62611 feita hoje. Segue comprovativo.", "already_paid", inv=["INV-2027-62611"], attachments=[("comprovativo_62611.pdf", "application/pdf", "Comprovativo de transferência\nData: 03-07-2029\nMontante: 3.470,00 EUR\nDescritivo: FT 62611")], fam=["proof-attachment"]),
    R("D6261", at(6, 25, "09:15", PT), "Depois da noite de São João ainda estamos a arrumar. A 62612 paga-se na sexta.", "promise_to_pay", date="2029-06-29", inv=["INV-2027-62612"], fam=["weekday", "sao-joao"]),
    R("D6261", at(6, 22, "15:00", PT), "Os 300 balões da 62612 chegaram sem as varetas. Não pagamos enquanto não enviarem o resto.", "dispute", inv=["INV-2027-62612"], fam=["incomplete-delivery", "withhold"]),
    R("D6261", at(7, 16, "08:30", PT), "Estou de férias até 3 de agosto. Para assuntos urgentes contacte contabilidade@fogareu-decoracoes.example.", "out_of_office", headers=AUTO, human=["absence over 14 days"], fam=["auto-reply", "long-absence"]),
    R("D6261", at(7, 9, "10:45", PT), "Pode reenviar a 62612 com o nosso NIF correto, 509 123 456? O da fatura tem um dígito trocado.", "po_change", inv=["INV-2027-62612"], sender=0, fam=["tax-number-correction", "reissue"]),
    R("D6261", at(7, 11, "14:20", PT), "Pagamos a 62612 daqui a 15 dias, quando a Câmara nos pagar as iluminações.", "promise_to_pay", date="2029-07-26", human=["conditional"], inv=["INV-2027-62612"], fam=["daqui-a-15-dias", "condition"]),
    R("D6261", at(7, 20, "12:00", PT), "Recebido, obrigada. Reencaminhei para a contabilidade.", "other", fam=["no-action", "acknowledgement"]),
    R("D6261", at(6, 28, "16:35", PT), "Será que este email é mesmo vosso? O IBAN aparece diferente do que temos na ficha de fornecedor.", "other", human=["fraud check"], fam=["fraud-check"], sender=0),
    R("D6261", at(7, 24, "10:10", PT), "A Teresa já não trata dos pagamentos, agora é o Sr. Nuno: nuno.pagamentos@fogareu-decoracoes.example", "wrong_contact", sender=0, fam=["new-contact"]),
    R("D6261", at(7, 26, "11:40", PT), "A 62612 será paga no final da semana que vem.", "promise_to_pay", date="2029-08-03", inv=["INV-2027-62612"], sender=0, fam=["final-da-semana-que-vem"]),
    R("D6261", at(7, 2, "13:00", PT), "Podem enviar-nos um extrato de conta atualizado ao fecho do semestre?", "invoice_resend", sender=0, fam=["statement-request", "half-year-close"]),
    # --- Arraial Nordeste Produções (Recife)
    R("D6262", at(6, 21, "09:00", BR), "Bom dia! Estamos no auge do São João, com quadrilhas e forró todo dia. Pagamos a 62621 dia 5 de julho, tá?", "promise_to_pay", date="2029-07-05", inv=["INV-2027-62621"], fam=["festa-junina", "day-month-words", "informal"]),
    R("D6262", at(7, 12, "15:45", BR), "Pagamos a 62622 hoje, segue o comprovante do Pix... quer dizer, da transferência internacional.", "already_paid", inv=["INV-2027-62622"], fam=["self-correction"]),
    R("D6262", at(6, 27, "10:30", BR), "A nota da 62621 veio com 20 barracas juninas a mais do que contratamos. Favor corrigir.", "dispute", inv=["INV-2027-62621"], fam=["overbilled"]),
    R("D6262", at(7, 5, "18:20", BR), "Não consigo pagar os 4.860 de uma vez. Dá pra dividir em três vezes, começando dia 20?", "payment_plan_request", date="2029-07-20", fam=["plan-three-times", "informal"]),
    R("D6262", at(7, 19, "14:00", BR), "Quitamos a 62621 inteira hoje, 4.860 dólares. Pode desconsiderar o pedido de parcelamento.", "already_paid", inv=["INV-2027-62621"], fam=["plan-withdrawn"]),
    R("D6262", at(7, 2, "08:50", BR), "Por favor reenviar a 62622, o arquivo chegou corrompido.", "invoice_resend", inv=["INV-2027-62622"], sender=0, fam=["corrupted-file"]),
    R("D6262", at(7, 9, "11:10", BR), "Eduardo está de férias até 19/07. Mensagens serão respondidas no retorno.", "out_of_office", headers=AUTO, fam=["auto-reply", "school-holidays"]),
    R("D6262", at(6, 29, "16:00", BR), "Eu sou da produção, não do financeiro. Vou repassar pro Eduardo.", "wrong_contact", sender="producao@arraialnordeste.example", fam=["wrong-person"]),
    R("D6262", at(7, 16, "10:00", BR), "Pessoal, a partir de agosto as notas devem ser emitidas para Arraial Nordeste Eventos S/A, CNPJ novo 12.345.678/0001-90.", "po_change", fam=["legal-entity-change", "cnpj"]),
    R("D6262", at(7, 23, "09:35", BR), "Vocês emitem invoice com retenção de imposto? Nosso contador pediu o formulário W-8BEN-E de vocês.", "other", human=["tax form"], fam=["tax-form"], sender=0),
    R("D6262", at(6, 25, "19:30", BR), "Pagamos semana que vem, pode ficar tranquilo.", "promise_to_pay", date="2029-07-06", fam=["next-week", "informal"]),
    # --- Corticeira Vale do Sado (Setúbal, payment plan)
    R("D6263", at(6, 26, "10:00", PT), "Exmos. Senhores,\n\nConfirmamos a 3.ª prestação, no valor de 2.600,00 €, a 20/07/2029, conforme o plano acordado.\n\nCom os melhores cumprimentos,\nJoão Raposo\nDiretor Financeiro", "promise_to_pay", date="2029-07-20", amount="2600.00", html=True, fam=["instalment", "full-numeric", "formal"]),
    R("D6263", at(7, 20, "15:00", PT), "A 3.ª prestação foi paga hoje.", "already_paid", fam=["instalment-paid"]),
    R("D6263", at(7, 4, "11:20", PT), "Gostaríamos de rever o plano: a última prestação passaria de agosto para outubro, depois da campanha da cortiça.", "payment_plan_request", fam=["plan-revision"]),
    R("D6263", at(7, 12, "09:40", PT), "A fatura inclui juros de mora que não estavam previstos no acordo. Solicitamos a sua anulação.", "dispute", fam=["late-interest", "plan"]),
    R("D6263", at(6, 22, "12:30", PT), "O Sr. João Raposo encontra-se ausente até 2 de julho.", "out_of_office", headers=AUTO, fam=["auto-reply"]),
    R("D6263", at(7, 25, "16:10", PT), "A 4.ª prestação será liquidada a 20 de agosto.", "promise_to_pay", date="2029-08-20", fam=["instalment", "day-month-words"], sender=0),
    # --- bounces in Portuguese
    R("D6261", at(7, 5, "09:10", PT), "Não foi possível entregar a sua mensagem aos seguintes destinatários:\n\nt.meireles@fogareu-decoracoes.example\nA caixa de correio do destinatário está cheia.", "bounce", sender="postmaster@fogareu-decoracoes.example", gap_days=0, dsn=("t.meireles@fogareu-decoracoes.example", "5.2.2"), subject="Não entregue: Lembrete: faturas vencidas", fam=["dsn-exchange-pt", "mailbox-full"]),
    R("D6262", at(7, 18, "05:10", BR), "Esta é uma mensagem automática do sistema de correio.\nNão foi possível entregar sua mensagem para e.cavalcanti@arraialnordeste.example.\nErro: 550 5.1.1 Usuário desconhecido", "bounce", sender="MAILER-DAEMON@mail.arraialnordeste.example", gap_days=0, dsn=("e.cavalcanti@arraialnordeste.example", "5.1.1"), subject="Mensagem não entregue", fam=["dsn-br"]),
    R("D6263", at(7, 10, "09:12", PT), "A sua mensagem foi rejeitada pelo filtro anti-spam de corticeira-valedosado.example.\nDestinatário: j.raposo@corticeira-valedosado.example\nMotivo: 554 5.7.1 Conteúdo bloqueado", "bounce", sender="antispam@corticeira-valedosado.example", gap_days=0, dsn=("j.raposo@corticeira-valedosado.example", "5.7.1"), subject="Mensagem rejeitada", fam=["dsn-spamfilter-pt", "plan"]),
    # --- more
    R("D6262", at(7, 26, "10:20", BR), "Tudo pago, obrigado. Podem tirar a gente da lista de cobrança.", "other", fam=["no-action", "acknowledgement"]),
    R("D6263", at(7, 16, "14:40", PT), "Deixei a empresa no fim de junho. Contacte contabilidade@corticeira-valedosado.example.", "wrong_contact", fam=["left-company"]),
    R("D6261", at(6, 29, "17:50", PT), "Não deu para pagar hoje como disse. Fica para segunda-feira, dia 2.", "promise_to_pay", date="2029-07-02", fam=["moved-date", "weekday-date"]),
    R("D6262", at(7, 10, "22:40", BR), "Desculpa a hora. Amanhã cedo faço a transferência da 62622.", "promise_to_pay", date="2029-07-11", inv=["INV-2027-62622"], fam=["late-evening", "tomorrow"]),
    R("D6263", at(6, 28, "10:50", PT), "Enviem por favor a fatura 62631 em formato SAF-T / PDF assinado digitalmente.", "invoice_resend", inv=["INV-2027-62631"], sender=0, fam=["signed-pdf"]),
    R("D6261", at(7, 13, "12:15", PT), "Podemos pagar o que falta em duas vezes, metade agora e metade no fim de agosto?", "payment_plan_request", date="2029-07-13", fam=["half-now-half-later"]),
    R("D6262", at(7, 3, "13:25", BR), "Só vamos pagar a 62621 quando vierem as barracas que faltam corrigidas na nota, até lá fica parada.", "dispute", inv=["INV-2027-62621"], fam=["withhold"], sender=0),
    R("D6263", at(7, 23, "11:00", PT), "A partir de 1 de setembro as faturas devem ser enviadas através da plataforma Saphety. Agradecemos a atualização dos vossos dados.", "po_change", fam=["e-invoicing-portal", "distractor-date"], sender=0),
]
