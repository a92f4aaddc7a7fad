"""Spanish replies (field18): a Cantabrian cannery, a surf school on the Colombian Caribbean and a Chilean plant nursery on
a plan."""

from evals.field.build import Payment, Reply
from evals.field18.kit import AUTO, CET, CL, CO, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK18-040", "U1841", "2026-11-19", "5180.00", "EUR", "CONSERVAS DEL CANTABRICO CC18411"),
    P("BK18-041", "U1842", "2026-11-18", "2335.00", "USD", "ESC SURF PUNTA ROCA SAS"),
]

REPLIES = [
    # --- Conservas del Cantábrico (ES)
    R("U1841", at(23, "09:35", CET), "Buenos días, pago el vie.\nUn saludo, Iñaki", "promise_to_pay", date="2026-11-27", fam=["abbrev-weekday", "terse"]),
    R("U1841", at(24, "11:10", CET), "Lo pagamos el lunes 7.", "promise_to_pay", date="2026-12-07", fam=["weekday-ordinal"]),
    R("U1841", at(25, "13:25", CET), "Transferencia el 4.", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone", "terse"], sender=0),
    R("U1841", at(26, "10:45", CET), "Pago previsto el 4/12.", "promise_to_pay", date="2026-12-04", fam=["es-numeric"]),
    R("U1841", at(27, "12:30", CET), "Les pagamos el 11 dic., disculpen el retraso.", "promise_to_pay", date="2026-12-11", fam=["abbrev-month"]),
    R("U1841", at(23, "16:05", CET), "Pagaremos en quince días.", "promise_to_pay", date="2026-12-07", fam=["in-two-weeks", "quince-dias"]),
    R("U1841", at(24, "14:40", CET), "El pago iba a ser el 3, pero se retrasa al 10 por el cierre trimestral.", "promise_to_pay", date="2026-12-10", fam=["moved-date", "ordinal-alone"]),
    R("U1841", at(25, "10:05", CET), "Lo pagaremos después del puente de la Inmaculada, el miércoles 9.", "promise_to_pay", date="2026-12-09", fam=["holiday", "weekday-ordinal"]),
    R("U1841", at(24, "09:20", CET), "Si el abono de las latas defectuosas nos llega mañana, pagamos el viernes.", "promise_to_pay", date="2026-11-27", human=["conditional"], fam=["condition-date", "weekday"]),
    R("U1841", at(27, "23:15", CET), "Perdón por la hora. Mañana a primera hora hago la transferencia.", "promise_to_pay", date="2026-11-28", fam=["late-evening", "tomorrow"]),
    R("U1841", at(23, "12:15", CET), "El consejo aprueba los pagos el 2 de diciembre y pagamos el 4.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "ordinal-alone"]),
    R("U1841", at(24, "17:30", CET), "Pagamos a mediados de diciembre.", "promise_to_pay", date="2026-12-15", fam=["mid-month"], sender=0),
    R("U1841", at(25, "15:50", CET), "Pagaremos después de Reyes, cuando cerremos la campaña.", "promise_to_pay", date="2027-01-07", fam=["holiday", "despues-de-reyes", "far-date"], note="Reyes is 6 January; after it is the 7th"),
    R("U1841", at(26, "16:20", CET), "Lo pagamos el último día hábil del mes.", "promise_to_pay", date="2026-11-30", fam=["last-working-day"]),
    R("U1841", at(27, "09:55", CET), "Pagaremos en cuanto cobremos de la distribuidora.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("U1841", at(23, "13:40", CET), "La factura es del 4 de octubre pero nos llegó ayer. La pagaremos lo antes posible.", "promise_to_pay", human=["undated"], fam=["distractor-only", "invoice-date-distractor", "asap"], sender=0),
    R("U1841", at(26, "11:50", CET), "Se pagará, pero ahora mismo no le puedo dar fecha.", "promise_to_pay", human=["undated"], fam=["undated"]),
    # --- Escuela de Surf Punta Roca (CO)
    R("U1842", at(23, "15:10", CO), "Buenas tardes, el pago sale el jueves.", "promise_to_pay", date="2026-11-26", fam=["weekday"]),
    R("U1842", at(24, "10:25", CO), "Le confirmo que pagamos el próximo viernes.", "promise_to_pay", date="2026-12-04", fam=["next-weekday"]),
    R("U1842", at(25, "09:15", CO), "Se paga a principios de diciembre.", "promise_to_pay", date="2026-12-01", fam=["early-month"], sender=0),
    R("U1842", at(26, "14:50", CO), "Pagamos 1.200 USD el 2/12 y el resto el 16/12.", "promise_to_pay", date="2026-12-02", amount="1200.00", fam=["es-numeric", "two-dates", "partial-amount"]),
    R("U1842", at(27, "11:30", CO), "La contadora está de vacaciones hasta el 3 de diciembre; ese mismo día hace la transferencia.", "promise_to_pay", date="2026-12-03", fam=["return-date-in-promise", "spelled-month"], sender=0),
    R("U1842", at(23, "08:45", CO), "Pago dentro de 10 días hábiles.", "promise_to_pay", date="2026-12-07", fam=["working-days", "terse"]),
    R("U1842", at(24, "22:30", CO), "Disculpe la hora, pagamos pasado mañana.", "promise_to_pay", date="2026-11-26", fam=["late-evening", "day-after-tomorrow"]),
    R("U1842", at(25, "16:40", CO), "Apenas nos paguen los hoteles del Caribe le pagamos.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "colombian"]),
    # --- Viveros Los Andes (CL, payment plan)
    R("U1843", at(23, "10:20", CL), "La cuota de noviembre se paga el lunes 30.", "promise_to_pay", date="2026-11-30", human=["partial"], fam=["instalment", "weekday-ordinal"]),
    R("U1843", at(25, "12:40", CL), "Pagamos USD 1.980 el 15 de diciembre, la cuota que corresponde.", "promise_to_pay", date="2026-12-15", amount="1980.00", fam=["instalment", "spelled-month"]),
    R("U1843", at(26, "11:25", CL), "Pagamos a fines de diciembre.", "promise_to_pay", date="2026-12-31", fam=["late-month", "far-date"], sender=0),
    R("U1843", at(27, "15:15", CL), "Pagaremos cuando llegue la devolución del IVA exportador.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    # --- already paid
    R("U1841", at(24, "10:35", CET), "Pagado el 19/11, referencia CC-18411.", "already_paid", ref="CC-18411", inv=["18411"], fam=["es-numeric", "ref-punctuation"]),
    R("U1842", at(25, "11:55", CO), "Ya les pagamos la semana pasada por transferencia internacional, 2.360 USD.", "already_paid", human=["amount differs"], fam=["bank-charges", "past-week"]),
    # --- disputes
    R("U1841", at(26, "13:05", CET), "En la 18412 nos cobran el transporte, que según la oferta iba incluido.", "dispute", inv=["18412"], fam=["fee"]),
    R("U1842", at(26, "10:10", CO), "Las tablas llegaron con fisuras; no pagamos hasta que nos las cambien.", "dispute", fam=["defective"]),
    # --- copies, billing changes
    R("U1842", at(27, "09:40", CO), "¿Me puede reenviar la factura? No la encuentro.", "invoice_resend", fam=["copy"]),
    R("U1843", at(24, "16:15", CL), "Necesitamos el estado de cuenta actualizado, por favor.", "invoice_resend", fam=["statement"], sender=0),
    R("U1841", at(25, "12:05", CET), "Por favor, incluyan nuestro número de pedido PED-2026-0912 y reemitan la factura.", "po_change", fam=["add-po"]),
    R("U1842", at(23, "11:20", CO), "Cambiamos de razón social: Punta Roca Surf & Travel SAS, NIT 901.447.218-3. Favor facturar a ese nombre.", "po_change", fam=["new-entity", "tax-id"]),
    # --- plans
    R("U1841", at(27, "14:45", CET), "¿Sería posible pagarla en tres plazos? El primero lo haríamos el 15 de diciembre.", "payment_plan_request", date="2026-12-15", fam=["plan-three", "spelled-month"]),
    R("U1842", at(23, "17:30", CO), "¿Es posible pagar 500 USD al mes empezando el viernes?", "payment_plan_request", date="2026-11-27", amount="500.00", fam=["plan-monthly", "weekday"]),
    # --- absences, DSNs
    R("U1841", at(24, "09:06", CET), "Estaré fuera de la oficina hasta el 1 de diciembre. Para asuntos urgentes, escriba a administracion@conservascantabrico.example.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Conservas del Cantábrico SL", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("U1843", at(25, "09:06", CL), "Estoy de vacaciones hasta el 4 de enero. Su mensaje no será reenviado.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Viveros Los Andes SpA", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long", "summer-holiday"]),
    R("U1842", at(24, "09:07", CO), "Este es un mensaje automático.\n\nNo se pudo entregar su mensaje a:\n\ncontabilidad@puntaroca-surf.example\n550 5.1.1 Usuario desconocido", "bounce", sender="MAILER-DAEMON@mx.puntaroca-surf.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Escuela de Surf Punta Roca SAS", dsn=("contabilidad@puntaroca-surf.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-es"]),
    R("U1841", at(26, "09:07", CET), "Error en la entrega a estos destinatarios:\n\ni.etxeberria@conservascantabrico.example\nEl buzón del destinatario está lleno.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@conservascantabrico.example", subject="No entregado: Recordatorio: facturas vencidas – Conservas del Cantábrico SL", dsn=("i.etxeberria@conservascantabrico.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-es", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("U1841", at(25, "17:10", CET), "Iñaki ya no trabaja aquí; escriba a Maite Urrutia, m.urrutia@conservascantabrico.example.", "wrong_contact", fam=["left-company"]),
    R("U1843", at(26, "14:35", CL), "Soy del vivero, no de finanzas. Escríbale a Rodrigo, r.sepulveda@viveroslosandes.example.", "wrong_contact", fam=["wrong-person"], sender=0),
    R("U1842", at(26, "17:55", CO), "Gracias, recibido.", "other", fam=["no-action", "ack"], sender=0),
    R("U1841", at(27, "11:15", CET), "¿Nos pueden enviar el certificado de residencia fiscal? Lo pide nuestra asesoría antes de pagar.", "other", human=["tax form"], fam=["tax-residence-certificate"]),
]
