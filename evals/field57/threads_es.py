"""Spanish replies (field57): a Valencian Fallas workshop in the week the ninots burn and a Seville Holy Week float carver (legal)."""

from evals.field.build import Payment, Reply
from evals.field57.kit import AUTO, CEST, CET, MX, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK57-040", "E5741", "2028-03-22", "8230.00", "EUR", "TRANSF TALLER DE NINOTS RUSSAFA SL"),
    P("BK57-041", "E5742", "2028-03-27", "5700.00", "EUR", "IMAGINERIA Y PASOS TRIANA 57043"),
]

REPLIES = [
    # --- Taller de Ninots Russafa (ES)
    R("E5741", at(13, "12:10", CET), "Buenas, estamos en plenas Fallas. Pagamos después de San José, el martes 21.", "promise_to_pay", date="2028-03-21", sender=1, fam=["fallas", "weekday-ordinal"]),
    R("E5741", at(14, "20:30", CET), "Os hacemos la transferencia el viernes.", "promise_to_pay", date="2028-03-17", fam=["weekday", "informal"]),
    R("E5741", at(15, "09:05", CET), "Pago de los 980 € mañana y el resto el 31/03.", "promise_to_pay", date="2028-03-16", amount="980.00", fam=["partial-amount", "two-dates", "numeric-day-first"]),
    R("E5741", at(20, "11:40", CET), "Tras la cremà nos ponemos al día: pago el próximo lunes.", "promise_to_pay", date="2028-03-27", fam=["next-weekday", "fallas"]),
    R("E5741", at(22, "16:05", CET), "Pagaremos antes de Semana Santa, como muy tarde el 7 de abril.", "promise_to_pay", date="2028-04-07", sender=1, fam=["holy-week", "month-name-date"]),
    R("E5741", at(23, "10:15", CET), "El pago iba el día 24, pero lo pasamos al 28. Bueno, al 29, que el 28 no está la gerente.", "promise_to_pay", date="2028-03-29", fam=["moved-date", "self-correction-twice"]),
    R("E5741", at(27, "13:30", CEST), "Pago en 15 días.", "promise_to_pay", date="2028-04-11", fam=["relative-days", "terse"]),
    R("E5741", at(29, "09:20", CEST), "Haremos el pago a primeros de abril, el día 3.", "promise_to_pay", date="2028-04-03", fam=["ordinal-alone", "early-month"]),
    # --- Imaginería y Pasos Triana (ES, legal)
    R("E5742", at(14, "10:30", CET), "Estimados señores:\n\nLes confirmamos que el pago se realizará el 20 de marzo.\n\nAtentamente,\nRocío Montero\nAdministradora", "promise_to_pay", date="2028-03-20", sender=1, html=True, fam=["outlook-html", "formal", "month-name-date"]),
    R("E5742", at(21, "17:00", CET), "Pagaremos 5.700 € esta semana y el resto cuando la Hermandad nos abone el paso, después del Domingo de Resurrección.", "promise_to_pay", date="2028-03-24", amount="5700.00", human=["conditional"], fam=["partial-amount", "this-week", "condition", "easter"]),
    R("E5742", at(30, "12:00", CEST), "El resto se pagará el Lunes de Pascua. Perdón, el martes 18, que el lunes es festivo aquí no, pero en el banco sí.", "promise_to_pay", date="2028-04-18", fam=["easter-monday", "self-correction"]),
    R("E5741", at(16, "17:25", CET), "Pago el 4-4-2028, eso seguro.", "promise_to_pay", date="2028-04-04", fam=["dash-date", "terse"]),
    R("E5741", at(31, "10:50", CEST), "Mañana sin falta.", "promise_to_pay", date="2028-04-01", fam=["tomorrow", "terse"]),
    # --- already_paid
    R("E5741", at(23, "09:40", CET), "Transferencia realizada ayer por el total, 8.230 €.", "already_paid", fam=["paid-matched-amount"]),
    R("E5742", at(28, "11:10", CEST), "Les informamos de que ayer se transfirieron 5.700 € a cuenta de la factura 57043.", "already_paid", inv=["INV-2027-57043"], fam=["paid-partial-told", "short-number"]),
    R("E5741", at(30, "15:30", CEST), "Ya está pagado, os mando el justificante. Referencia TRN-20280322-5541.", "already_paid", ref="TRN-20280322-5541", attachments=[("justificante.pdf", "application/pdf", "Justificante de transferencia\nOrdenante: Taller de Ninots Russafa SL\nImporte: 8.230,00 EUR\nFecha: 22/03/2028\nReferencia: TRN-20280322-5541")], fam=["remittance-attachment", "paid-matched-amount"]),
    R("E5741", at(17, "14:00", CET), "Pagado el lunes pasado.", "already_paid", human=["no matching payment"], fam=["last-weekday-past"]),
    # --- disputes
    R("E5741", at(16, "10:45", CET), "Nos habéis cobrado 60 planchas de corcho blanco y llegaron 45. Corregid la factura.", "dispute", fam=["quantity-dispute"]),
    R("E5742", at(20, "12:30", CET), "El pan de oro no es de 23 quilates como se pidió. No pagaremos hasta que se resuelva.", "dispute", sender=1, fam=["quality-dispute"]),
    R("E5741", at(24, "11:20", CET), "El precio de la pintura ha subido un 15 % sin avisar. No estamos de acuerdo.", "dispute", fam=["price-dispute"]),
    R("E5742", at(29, "10:10", CEST), "Nuestro abogado les contestará: la factura 57043 duplica el pedido de enero ya pagado.", "dispute", inv=["INV-2027-57043"], fam=["duplicate-billing", "legal-threat"]),
    # --- invoice_resend
    R("E5741", at(21, "09:50", CET), "¿Nos podéis reenviar las facturas? Con las Fallas se nos ha perdido todo.", "invoice_resend", fam=["copy-request", "fallas"]),
    R("E5742", at(23, "13:20", CET), "Rogamos nos remitan un extracto de cuenta actualizado.", "invoice_resend", sender=1, fam=["statement-request", "formal"]),
    # --- po_change
    R("E5741", at(24, "15:40", CET), "Vaya tela: otra vez la factura sin nuestro número de pedido, que es NR-2028-031. Hacedla de nuevo.", "po_change", fam=["po-change-as-complaint"]),
    R("E5742", at(27, "10:30", CEST), "A partir del 1 de abril nuestro NIF cambia a B41999888 por la fusión. Reemitan la factura, por favor.", "po_change", fam=["tax-id-change", "merger"]),
    R("E5741", at(28, "12:45", CEST), "Las facturas, a partir de ahora, solo por FACe/correo a facturas@ninotsrussafa.example.", "po_change", fam=["mailbox-change"]),
    # --- payment_plan_request
    R("E5741", at(17, "18:10", CET), "¿Podríamos pagar en tres plazos? El primero el 31 de marzo.", "payment_plan_request", date="2028-03-31", sender=1, fam=["plan-three", "month-name-date"]),
    R("E5742", at(24, "09:30", CET), "Solicitamos fraccionar el pago en cuotas mensuales de 2.000 € desde el 15 de abril.", "payment_plan_request", date="2028-04-15", amount="2000.00", fam=["plan-monthly", "formal"]),
    R("E5741", at(31, "13:00", CEST), "¿Se puede aplazar y pagar poco a poco?", "payment_plan_request", fam=["plan-vague"]),
    # --- out_of_office
    R("E5741", at(15, "08:00", CET), "Estoy fuera por Fallas hasta el lunes 20 de marzo.", "out_of_office", sender=1, headers=AUTO, subject="Respuesta automática", fam=["ooo-short", "fallas"]),
    R("E5742", at(31, "08:00", CEST), "Me encuentro fuera de la oficina hasta el 19 de abril (Semana Santa).", "out_of_office", sender=1, headers=AUTO, subject="Fuera de la oficina", fam=["ooo-long", "holy-week"]),
    R("E5741", at(29, "08:00", CEST), "Fuera de la oficina hasta el 3 de abril.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio", fam=["ooo-short"]),
    # --- bounce
    R("E5741", at(20, "09:06", CET), "No se pudo entregar el mensaje a v.ferrer@ninotsrussafa.example.\n\n550 5.1.1 El usuario no existe", "bounce", sender="MAILER-DAEMON@ninotsrussafa.example", subject="No se puede entregar", dsn=("v.ferrer@ninotsrussafa.example", "5.1.1"), quote="none", fam=["dsn-spanish"]),
    R("E5742", at(22, "09:06", CET), "Error de entrega: el buzón contabilidad@pasostriana.example está lleno.", "bounce", sender="postmaster@pasostriana.example", subject="Error de entrega", dsn=("contabilidad@pasostriana.example", "5.2.2"), quote="none", fam=["dsn-spanish", "mailbox-full"]),
    # --- wrong_contact
    R("E5741", at(22, "12:50", CET), "Yo ya no llevo la administración, me he pasado al taller de modelado. Escribid a administracion@.", "wrong_contact", sender=1, fam=["moved-department"]),
    R("E5742", at(16, "11:30", CET), "La Sra. Montero ya no trabaja aquí. Diríjanse a d.lobato@pasostriana.example.", "wrong_contact", sender=1, fam=["left-company", "new-contact"]),
    R("E5741", at(26, "19:00", MX), "Creo que se equivocaron, yo soy de la falla de México, no de Valencia.", "wrong_contact", sender="pepe.falla.mx@gmail.example", fam=["wrong-recipient", "free-mail"], note="a stranger answering; the sender is unknown"),
    # --- other
    R("E5741", at(18, "10:00", CET), "Vale, gracias.", "other", fam=["no-action", "acknowledgement"]),
    R("E5742", at(17, "16:40", CET), "Necesitamos su certificado de residencia fiscal antes de pagar.", "other", human=["tax form"], fam=["tax-form"]),
]
