"""Spanish replies (field58): a Xàtiva ice-cream maker in its August shutdown, a Motril pool-maintenance firm on credit
hold and a school stationer in Santiago de Chile, around la Asunción (15 August) and "en septiembre"."""

from evals.field.build import Payment, Reply
from evals.field58.kit import AUTO, CEST, CL, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK58-040", "K5841", "2028-08-04", "610.00", "EUR", "HELADOS NIEVE XATIVA FRA 58412"),
    P("BK58-041", "K5843", "2028-08-21", "4350.00", "USD", "PAPELERIA LOS ANDES SPA"),
    P("BK58-042", None, "2028-08-24", "2980.00", "EUR", "GRUPO FERRER ALIMENTACION SL"),
]

REPLIES = [
    # --- Helados Nieve de Xàtiva (València)
    R("K5841", at(14, "11:30", CEST), "Buenos días, estamos cerrados por vacaciones y sólo estoy yo en la oficina. El gerente vuelve el 1 de septiembre y pagará esa misma semana, el viernes 8 como muy tarde.", "promise_to_pay", date="2028-09-08", fam=["one-person-office", "shutdown", "at-the-latest"], sender=0),
    R("K5841", at(17, "10:15", CEST), "Pagaremos en septiembre, como cada año después de las vacaciones.", "promise_to_pay", date="2028-09-30", fam=["en-septiembre", "named-month"]),
    R("K5841", at(22, "13:05", CEST), "Le confirmo que la transferencia saldrá el jueves.", "promise_to_pay", date="2028-08-24", fam=["weekday"]),
    R("K5841", at(28, "09:50", CEST), "Ya de vuelta. Pagamos entre el 4 y el 6 de septiembre.", "promise_to_pay", date="2028-09-06", fam=["date-range", "after-holidays"]),
    R("K5841", at(31, "12:40", CEST), "La factura grande la paga nuestra matriz, Grupo Ferrer Alimentación, el próximo lunes.", "promise_to_pay", date="2028-09-04", inv=["INV-2027-58411"], fam=["parent-company", "next-weekday"]),
    # --- Piscinas Costa Tropical (Motril, credit hold)
    R("K5842", at(16, "08:20", CEST), "Buenas, estamos a tope con las piscinas de los chalets. Pagamos 2.000 € el 25/08 y el resto a mediados de septiembre.", "promise_to_pay", date="2028-08-25", amount="2000.00", fam=["partial-amount", "numeric-day-first"]),
    R("K5842", at(21, "20:15", CEST), "Pago a fin de mes, sin falta.", "promise_to_pay", date="2028-08-31", fam=["end-of-month"]),
    R("K5842", at(24, "10:45", CEST), "El pago estaba previsto para hoy pero lo pasamos al martes 29, el banco no ha autorizado la remesa.", "promise_to_pay", date="2028-08-29", fam=["moved-date", "weekday-date"], sender=1),
    R("K5842", at(29, "14:30", CEST), "Pagaremos cuando nos paguen las comunidades de vecinos, que en agosto no contesta nadie.", "promise_to_pay", human=["conditional"], fam=["condition", "irony"]),
    R("K5842", at(31, "09:05", CEST), "Transferencia en 10 días.", "promise_to_pay", date="2028-09-10", fam=["in-days", "terse"], sender=0),
    # --- Papelería Los Andes (Santiago de Chile)
    R("K5843", at(14, "16:40", CL), "Estimados, el martes es feriado (Asunción de la Virgen). Pagamos el miércoles 16.", "promise_to_pay", date="2028-08-16", fam=["holiday", "weekday-date"]),
    R("K5843", at(18, "11:20", CL), "Les pagamos la próxima semana, con la venta de útiles de septiembre.", "promise_to_pay", date="2028-08-25", fam=["next-week"]),
    R("K5843", at(23, "09:30", CL), "El pago de USD 980 se hará el lunes 28. El saldo, antes de Fiestas Patrias.", "promise_to_pay", date="2028-08-28", amount="980.00", fam=["partial-amount", "two-dates", "weekday-date"]),
    R("K5843", at(25, "17:55", CL), "Pagamos pasado mañana, se los prometo.", "promise_to_pay", date="2028-08-27", fam=["day-after-tomorrow"], sender=0),
    R("K5843", at(30, "12:25", CL), "Pago dentro de los próximos 3 días hábiles.", "promise_to_pay", date="2028-09-04", fam=["working-days"], sender=0),
    # --- already paid
    R("K5841", at(15, "12:00", CEST), "La 58412 se pagó el 4 de agosto, antes del cierre.", "already_paid", note="matches BK58-040", inv=["INV-2027-58412"], fam=["matched", "loose-number"], sender=0),
    R("K5841", at(25, "09:10", CEST), "Nuestra matriz pagó ayer la 58411, 2.980 €. Saldrá a nombre de Grupo Ferrer.", "already_paid", inv=["INV-2027-58411"], human=["paid by the parent company, not matched to the customer"], fam=["parent-company"]),
    R("K5843", at(22, "10:05", CL), "Adjunto comprobante de transferencia por la factura 58431, pagada ayer.", "already_paid", note="matches BK58-041", inv=["INV-2027-58431"], attachments=[("comprobante.txt", "text/plain", "Comprobante de transferencia\nMonto: USD 4.350,00\nFecha: 21/08/2028\nBeneficiario: Northwind Supplies GmbH")], fam=["matched", "receipt"]),
    R("K5842", at(18, "11:50", CEST), "Pagamos 3.000 € el martes: 2.000 para la 58421 y 1.000 a cuenta. Revisen, por favor.", "already_paid", inv=["INV-2027-58421"], human=["no matching payment"], fam=["unmatched", "partial-across"]),
    # --- disputes
    R("K5841", at(29, "11:15", CEST), "La cámara frigorífica llegó con un golpe. No pagaremos la 58411 hasta recibir el abono; la 58412 ya está pagada.", "dispute", inv=["INV-2027-58411", "INV-2027-58412"], fam=["damaged", "credit-note-first"]),
    R("K5842", at(22, "13:20", CEST), "Nos han cobrado dos veces el mismo clorador. Por favor, dejen de enviar recordatorios hasta que lo revisen.", "dispute", fam=["duplicate-billing", "stop-reminders"]),
    R("K5843", at(28, "15:40", CL), "Faltan 50 cajas de lápices en la factura 58432. Pagaremos la 58431 el viernes, la otra cuando llegue la nota de crédito.", "dispute", sec=["promise_to_pay"], date="2028-09-01", inv=["INV-2027-58432", "INV-2027-58431"], fam=["short-delivery", "dispute-and-promise"]),
    # --- copies, billing changes
    R("K5843", at(16, "10:30", CL), "¿Nos pueden reenviar la factura 58432? No nos llegó.", "invoice_resend", inv=["INV-2027-58432"], fam=["never-received"]),
    R("K5841", at(30, "10:20", CEST), "Por favor, envíennos un extracto de cuenta a fecha de hoy.", "invoice_resend", fam=["statement"]),
    R("K5842", at(15, "12:35", CEST), "Las facturas deben ir a nombre de Piscinas Costa Tropical SL, CIF B18765432, no al nombre comercial. Rehagan la factura, por favor.", "po_change", fam=["legal-entity", "tax-id"], sender=1),
    R("K5843", at(21, "09:15", CL), "A partir de septiembre, favor enviar las facturas a dte@papeleria-losandes.example.", "po_change", fam=["new-mailbox"]),
    # --- plans
    R("K5842", at(28, "17:20", CEST), "¿Podríamos pagar en tres plazos de 1.920 €, el primero el 15 de septiembre?", "payment_plan_request", date="2028-09-15", amount="1920.00", fam=["three-instalments"]),
    R("K5841", at(23, "12:45", CEST), "¿Es posible aplazar el pago hasta después de las vacaciones y pagarlo en dos veces?", "payment_plan_request", fam=["undated", "after-holidays"], sender=0),
    # --- absences, DSNs
    R("K5841", at(16, "09:06", CEST), "Nuestras oficinas permanecen cerradas por vacaciones hasta el 31 de agosto. Responderemos a su mensaje a partir del 1 de septiembre.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas", human=["absence over 14 days"], fam=["auto", "shutdown"], sender=1),
    R("K5843", at(24, "09:06", CL), "Estoy de vacaciones hasta el 18 de septiembre, después de Fiestas Patrias.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio", human=["absence over 14 days"], fam=["auto", "long-absence"], sender=1),
    R("K5842", at(25, "09:07", CEST), "No se ha podido entregar el mensaje a facturas@piscinas-costatropical.example: el buzón está lleno.", "bounce", sender="MAILER-DAEMON@piscinas-costatropical.example", dsn=("facturas@piscinas-costatropical.example", "5.2.2"), fam=["mailbox-full"]),
    R("K5843", at(31, "09:07", CL), "Error en la entrega a f.araya@papeleria-losandes.example. La dirección no existe.", "bounce", sender="postmaster@papeleria-losandes.example", dsn=("f.araya@papeleria-losandes.example", "5.1.1"), fam=["user-unknown"]),
    # --- wrong contacts, the rest
    R("K5842", at(19, "10:40", CEST), "Yo soy el técnico de mantenimiento. Las facturas las lleva Alicia.", "wrong_contact", fam=["wrong-person"], sender="manolo.piscinas@gmail.example"),
    R("K5843", at(29, "11:05", CL), "Francisca ya no trabaja aquí. Escriba a pagos@papeleria-losandes.example.", "wrong_contact", fam=["left-company"], sender=1),
    R("K5841", at(21, "10:00", CEST), "Recibido, gracias. Se lo paso al gerente cuando vuelva.", "other", fam=["no-action", "forwarded"], sender=0),
    R("K5843", at(17, "14:50", CL), "¿Pueden enviarnos su certificado de residencia fiscal? Lo pide nuestro contador.", "other", human=["tax form"], fam=["tax-form"]),
]
