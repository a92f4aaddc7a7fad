"""Spanish replies (field42): a clinical lab in Santiago de Chile and a kindergarten (nido) in Lima on credit hold."""

from evals.field.build import Payment, Reply
from evals.field42.kit import AUTO, CL, PE, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK42-040", "B4241", "2027-05-24", "790.00", "USD", "LAB CLINICO PROVIDENCIA FACT 94242"),
    P("BK42-041", "B4242", "2027-05-21", "1230.00", "USD", "NIDO LOS GIRASOLES ABONO"),
]

REPLIES = [
    # --- Laboratorio Clínico Providencia (Santiago)
    R("B4241", at(24, "09:30", CL), "Estimados:\n\nLa factura 94241 quedó programada para pago el viernes 28 de mayo.\n\nSaludos cordiales,\nConstanza Muñoz\nJefa de Finanzas\nLaboratorio Clínico Providencia SpA", "promise_to_pay", date="2027-05-28", inv=["94241"], fam=["formal", "weekday-date", "chilean"]),
    R("B4241", at(24, "12:45", CL), "Hola, la de 790 se pagó hoy en la mañana, adjunto comprobante.", "already_paid", inv=["94242"], attachments=[("comprobante.txt", "text/plain", "Transferencia 24-05-2027 USD 790,00")], fam=["today", "attachment"]),
    R("B4241", at(24, "17:20", CL), "Les pagamos el 04/06, después del cierre contable del 31.", "promise_to_pay", date="2027-06-04", fam=["numeric-date", "distractor-date"]),
    R("B4241", at(25, "08:50", CL), "Necesitamos que la factura 94241 indique la orden de compra LCP-OC-3310, no la 3302. Favor reemitir.", "po_change", inv=["94241"], fam=["po-number", "chilean"]),
    R("B4241", at(25, "13:15", CL), "Cobraron 15 mantenciones del analizador y fueron 12. No vamos a pagar hasta que nos manden nota de crédito.", "dispute", inv=["94241"], fam=["quantity", "credit-note"]),
    R("B4241", at(25, "18:40", CL), "Pago la próxima semana, el miércoles 2.", "promise_to_pay", date="2027-06-02", fam=["next-week-weekday", "weekday-date"]),
    R("B4241", at(26, "10:05", CL), "Me encuentro fuera de la oficina hasta el lunes 7 de junio. Para temas urgentes escribir a pagos@labprovidencia.example.", "out_of_office", headers=AUTO, sender=1, fam=["ooo"]),
    R("B4241", at(26, "14:30", CL), "¿Nos pueden reenviar la factura en PDF con el RUT correcto? La del SII salió rechazada.", "po_change", sec=["invoice_resend"], fam=["e-invoice", "resend"]),
    R("B4241", at(26, "19:00", CL), "Pagamos en dos cuotas: USD 2.500 el 11 de junio y el saldo el 25 de junio. ¿Les parece?", "payment_plan_request", date="2027-06-11", amount="2500.00", fam=["plan", "instalments", "question"]),
    R("B4241", at(27, "09:15", CL), "Ok, pago mañana.", "promise_to_pay", date="2027-05-28", fam=["tomorrow", "terse"]),
    R("B4241", at(27, "12:40", CL), "Constanza ya no trabaja acá. Escríbanle a pagos@ por favor.", "wrong_contact", sender=1, fam=["left-company", "chilean"]),
    R("B4241", at(27, "16:55", CL), "Se paga a fin de mes, el lunes 31.", "promise_to_pay", date="2027-05-31", fam=["month-end", "weekday-date"]),
    R("B4241", at(24, "20:10", CL), "Disculpen la demora, el pago sale el martes 8 sin falta.", "promise_to_pay", date="2027-06-08", fam=["weekday-date", "apology"]),
    R("B4241", at(25, "07:20", CL), "No se pudo entregar el mensaje a c.munoz@labprovidencia.example: buzón lleno.", "bounce", sender="mailer-daemon@labprovidencia.example", dsn=("c.munoz@labprovidencia.example", "5.2.2"), quote="none", subject="Mensaje no entregado", fam=["bounce", "mailbox-full"]),
    R("B4241", at(26, "08:15", CL), "Gracias, recibido.", "other", fam=["no-action", "terse"]),
    R("B4241", at(26, "17:35", CL), "Pagamos 3.000 el viernes y el resto cuando el Fonasa nos pague las prestaciones de abril.", "promise_to_pay", date="2027-05-28", amount="3000.00", human=["conditional"], fam=["partial-amount", "condition"]),
    R("B4241", at(27, "11:05", CL), "Les confirmo: transferencia el 10-06-2027.", "promise_to_pay", date="2027-06-10", fam=["numeric-date", "dash-date"]),
    R("B4241", at(27, "14:20", CL), "Corrijo lo de ayer: no es el 10, es el 14 de junio, porque el 10 tenemos auditoría.", "promise_to_pay", date="2027-06-14", fam=["self-correction", "audit-date"]),
    # --- Nido Los Girasoles (Lima, credit hold)
    R("B4242", at(24, "10:15", PE), "Buenos días, hicimos un abono de 1,230 dólares el 21 de mayo. El saldo lo pagamos el 15 de junio.", "already_paid", sec=["promise_to_pay"], date="2027-06-15", human=["short of the open balance"], fam=["partial-paid", "peruvian", "comma-thousands"], note="a part already paid, the balance promised"),
    R("B4242", at(24, "15:40", PE), "Estimados, les solicitamos un cronograma de pagos: 3 cuotas mensuales desde el 30 de junio.", "payment_plan_request", date="2027-06-30", fam=["plan", "monthly", "peruvian"]),
    R("B4242", at(25, "09:30", PE), "Ya pagamos todo el 21/05, revisen por favor. Nro de operación 00457812.", "already_paid", ref="00457812", human=["no matching payment"], fam=["numeric-date", "reference"]),
    R("B4242", at(25, "14:05", PE), "La factura cobra materiales didácticos que nunca llegaron. No corresponde pagar ese monto.", "dispute", fam=["not-delivered"]),
    R("B4242", at(25, "19:25", PE), "El pago se realizará el lunes 31 de mayo sin falta.", "promise_to_pay", date="2027-05-31", fam=["weekday-date"]),
    R("B4242", at(26, "08:40", PE), "Por favor reenvíen la factura, necesitamos que salga a nombre de la asociación de padres.", "po_change", sec=["invoice_resend"], fam=["resend", "entity"]),
    R("B4242", at(26, "12:55", PE), "Estaré de vacaciones hasta el 4 de junio. Para consultas, administracion@nidolosgirasoles.example.", "out_of_office", headers=AUTO, sender=1, fam=["ooo"]),
    R("B4242", at(26, "18:10", PE), "Pagaremos cuando nos levanten la suspensión del servicio, antes no.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "credit-hold"]),
    R("B4242", at(27, "08:25", PE), "Cancelamos el jueves 3 de junio. (Cancelar = pagar, aquí en Perú.)", "promise_to_pay", date="2027-06-03", fam=["cancelar-means-pay", "peruvian"]),
    R("B4242", at(27, "13:30", PE), "Agregar por favor la orden de servicio OS-2027-041 a la factura.", "po_change", fam=["po-missing"]),
    R("B4242", at(27, "17:45", PE), "Hola, soy la profesora de aula, no veo pagos. Les reenvío a la administradora.", "wrong_contact", sender="aula3@nidolosgirasoles.example", fam=["unknown-sender", "wrong-person"]),
    R("B4242", at(24, "18:55", PE), "Pago en la semana 23, máximo el viernes.", "promise_to_pay", date="2027-06-11", fam=["calendar-week", "at-the-latest"]),
    R("B4242", at(25, "11:45", PE), "¿A qué cuenta les depositamos? ¿Tienen cuenta en el BCP?", "other", human=["question"], fam=["question", "bank-details"]),
    R("B4242", at(26, "15:20", PE), "Delivery failed: r.quispe@nidolosgirasoles.example (cuenta desactivada).", "bounce", sender="postmaster@nidolosgirasoles.example", dsn=("r.quispe@nidolosgirasoles.example", "5.2.1"), quote="none", subject="Undeliverable", fam=["bounce", "mixed-language"]),
    R("B4242", at(27, "10:50", PE), "Pagamos el 7/6.", "promise_to_pay", date="2027-06-07", fam=["numeric-date", "terse"]),
    R("B4242", at(25, "16:30", PE), "Le pagamos pasado mañana, ya está aprobado.", "promise_to_pay", date="2027-05-27", fam=["day-after-tomorrow"]),
    R("B4242", at(26, "10:00", PE), "Pago el 1ro de junio, después del feriado no tenemos... ah no, el feriado es el 29. Igual: 1 de junio.", "promise_to_pay", date="2027-06-01", fam=["self-correction", "holiday-distractor"]),
    R("B4242", at(24, "08:05", PE), "Hacemos el pago antes de fin de mes, el viernes 28.", "promise_to_pay", date="2027-05-28", fam=["month-end", "weekday-date"]),
]
