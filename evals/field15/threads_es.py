"""Spanish replies (field15): a Mendoza bodega (AR) and a car dealership in the Bajío on credit hold (MX)."""

from evals.field.build import Payment, Reply
from evals.field15.kit import AR, AUTO, MX, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK15-040", "S1541", "2026-11-20", "5990.00", "USD", "VINAS DEL CERRO SA TRF 889120"),
    P("BK15-041", "S1541", "2026-11-18", "843.90", "USD", "VINAS DEL CERRO SA FC 15412"),
    P("BK15-042", "S1542", "2026-11-25", "11380.00", "USD", "SPEI 2026112540014BAJ00098765 AUTOMOTRIZ BAJIO"),
]

REPLIES = [
    # --- Bodega Viñas del Cerro (AR)
    R("S1541", at(23, "10:20", AR), "Buen día, la transferencia sale el jueves.\nSaludos, Pablo", "promise_to_pay", date="2026-11-26", fam=["weekday"]),
    R("S1541", at(24, "12:40", AR), "Les pagamos el 3/12 sin falta.", "promise_to_pay", date="2026-12-03", fam=["es-numeric"]),
    R("S1541", at(25, "09:15", AR), "Vamos a pagar la semana que viene.", "promise_to_pay", date="2026-12-04", fam=["next-week"], sender=0),
    R("S1541", at(26, "15:30", AR), "Pagaremos los 870 dólares mañana y la 15411 a fin de mes.", "promise_to_pay", date="2026-11-27", amount="870.00", inv=["15411"], fam=["two-dates", "partial-amount"]),
    R("S1541", at(27, "11:45", AR), "El directorio aprueba los pagos el martes 1°; la transferencia sale el miércoles 2.", "promise_to_pay", date="2026-12-02", fam=["meeting-before-payment", "weekday-ordinal"]),
    R("S1541", at(23, "17:10", AR), "Teníamos el pago previsto para el 27 pero lo pasamos al 4 de diciembre por el cierre de la vendimia.", "promise_to_pay", date="2026-12-04", fam=["moved-date"]),
    R("S1541", at(24, "21:40", AR), "Disculpen la demora, mañana a primera hora les transfiero.", "promise_to_pay", date="2026-11-25", fam=["late-evening"]),
    R("S1541", at(25, "14:05", AR), "Pagaremos dentro de 10 días hábiles.", "promise_to_pay", date="2026-12-09", fam=["working-days"]),
    R("S1541", at(26, "10:50", AR), "Pago a mediados de diciembre.", "promise_to_pay", date="2026-12-15", fam=["mid-month"], sender=0),
    R("S1541", at(27, "16:25", AR), "Les pagamos cuando nos liquiden las exportaciones, calculo que a fin de diciembre.", "promise_to_pay", date="2026-12-31", human=["conditional"], fam=["estimate-of-event", "condition"]),
    R("S1541", at(23, "13:35", AR), "La mitad el viernes y el resto el 15.", "promise_to_pay", date="2026-11-27", human=["partial"], fam=["partial-share", "terse"], sender=0),
    R("S1541", at(24, "16:15", AR), "Pagaremos el lunes 7.", "promise_to_pay", date="2026-12-07", fam=["weekday-ordinal"]),
    R("S1541", at(25, "11:30", AR), "Transferimos el 2 del mes que viene.", "promise_to_pay", date="2026-12-02", fam=["next-month-day"]),
    R("S1541", at(26, "18:05", AR), "Pagaremos el martes que viene.", "promise_to_pay", date="2026-12-01", fam=["next-weekday"]),
    # --- Agencia Automotriz del Bajío (MX, credit hold)
    R("S1542", at(23, "15:45", MX), "Buenas tardes, el pago de la OC ADB-OC-7712 se programa para el 04/12/2026.", "promise_to_pay", date="2026-12-04", fam=["es-numeric", "po-reference"]),
    R("S1542", at(24, "12:10", MX), "Le comento que el comité de pagos sesiona el jueves y el pago se libera al día siguiente.", "promise_to_pay", date="2026-11-27", fam=["meeting-before-payment"]),
    R("S1542", at(25, "17:20", MX), "Pagamos 5,000 dólares el lunes 30 si nos liberan el crédito para la unidad nueva.", "promise_to_pay", date="2026-11-30", amount="5000.00", human=["conditional"], fam=["credit-hold-condition", "partial-amount", "weekday-ordinal"]),
    R("S1542", at(26, "09:40", MX), "El pago quedará programado en nuestra corrida del 15 de diciembre.", "promise_to_pay", date="2026-12-15", fam=["payment-run"], sender=0),
    R("S1542", at(27, "13:15", MX), "Pagaremos pasado mañana.", "promise_to_pay", date="2026-11-29", fam=["day-after-tomorrow"]),
    R("S1542", at(23, "11:25", MX), "Se pagará en cuanto el SAT nos devuelva el saldo a favor del IVA.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("S1542", at(27, "10:30", MX), "Pago programado en la semana 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"], sender=0),
    # --- already paid
    R("S1541", at(24, "09:55", AR), "Ya les transferimos el viernes pasado, u$s 5.990. Les adjunto el comprobante.", "already_paid", ref="889120", fam=["past-weekday", "us-dollar-sign", "remittance-attachment"],
      attachments=[("comprobante.txt", "text/plain", "Banco de la Nación – Comprobante de transferencia al exterior\nFecha: 20/11/2026\nImporte: USD 5.990,00\nBeneficiario: Northwind Supplies GmbH\nOperación: 889120")]),
    R("S1541", at(27, "12:55", AR), "Ya pagamos la 15412 el 18/11 con la retención de Ingresos Brutos, les mandamos el certificado.", "already_paid", inv=["15412"], human=["amount differs"], fam=["withholding", "es-numeric"], sender=0),
    R("S1542", at(26, "11:40", MX), "Ya se pagó vía SPEI el 25/11, clave de rastreo 2026112540014BAJ00098765.", "already_paid", ref="2026112540014BAJ00098765", fam=["spei"]),
    # --- disputes
    R("S1541", at(25, "16:40", AR), "La 15412 nos cobra flete y la mercadería la retiramos nosotros del depósito. Por favor corrijan.", "dispute", inv=["15412"], fam=["freight-dispute"]),
    R("S1542", at(24, "10:15", MX), "El precio unitario no coincide con la orden de compra ADB-OC-7712 (USD 945 contra USD 1,020 facturados). Favor de emitir nota de crédito.", "dispute", fam=["price-vs-po"], sender=0),
    # --- copies, billing changes
    R("S1541", at(26, "12:20", AR), "¿Nos reenvían la factura 15411? No la encontramos.", "invoice_resend", inv=["15411"], fam=["copy"], sender=0),
    R("S1542", at(23, "09:50", MX), "Favor de reenviar la factura en PDF y XML, no nos llegó.", "invoice_resend", fam=["never-received"], sender=0),
    R("S1542", at(25, "13:05", MX), "Necesitamos que la factura se emita como CFDI 4.0 con régimen fiscal 601 y uso G03; favor de refacturar.", "po_change", fam=["cfdi"], sender=0),
    R("S1541", at(27, "09:10", AR), "Cambiamos el domicilio fiscal: ahora es Ruta 40 km 3122, Luján de Cuyo. El CUIT es el mismo. Por favor corrijan la factura.", "po_change", fam=["address-change"]),
    # --- plans
    R("S1541", at(23, "14:50", AR), "¿Podemos pagar en 3 cuotas mensuales desde el 10 de diciembre?", "payment_plan_request", date="2026-12-10", fam=["plan-three"]),
    R("S1542", at(26, "16:30", MX), "¿Nos pueden dar 60 días más? Las ventas de noviembre se cayeron.", "payment_plan_request", fam=["deferral"]),
    # --- absences, DSNs
    R("S1541", at(26, "08:05", AR), "Estaré fuera de la oficina hasta el 9 de diciembre. Para temas urgentes escribir a administracion@vinasdelcerro.example.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Bodega Viñas del Cerro SA", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("S1542", at(24, "07:40", MX), "Estoy de vacaciones hasta el 4 de enero. Para pagos favor de escribir a cxp@automotrizbajio.example.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("S1541", at(25, "09:06", AR), "Este es un mensaje automático del servidor de correo.\n\nNo se pudo entregar su mensaje a:\n\nadministracion@vinasdelcerro.example\n550 5.1.1 La cuenta de correo no existe", "bounce", sender="MAILER-DAEMON@mail.vinasdelcerro.example", subject="Mensaje no entregado: Recordatorio: facturas vencidas", dsn=("administracion@vinasdelcerro.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-es"]),
    R("S1542", at(27, "09:07", MX), "Error en la entrega a estos destinatarios o grupos:\n\ncxp@automotrizbajio.example\nEl buzón del destinatario está lleno y no puede aceptar mensajes en este momento.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@automotrizbajio.example", subject="No se puede entregar: Recordatorio: facturas vencidas", dsn=("cxp@automotrizbajio.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-es", "mailbox-full"]),
    # --- wrong contacts, the rest
    R("S1541", at(24, "18:30", AR), "Ya no trabajo en la bodega desde octubre. Escriban a administracion@vinasdelcerro.example o a Mariela Ríos.", "wrong_contact", fam=["left-company"]),
    R("S1542", at(25, "10:45", MX), "Este buzón es solo para facturas de refacciones. Los pagos a proveedores los ve la contralora, Lucía Herrera (l.herrera@automotrizbajio.example).", "wrong_contact", fam=["wrong-department"], sender=0),
    R("S1541", at(27, "17:40", AR), "Gracias, recibido.", "other", fam=["no-action", "ack"]),
    R("S1542", at(26, "13:25", MX), "¿Nos pueden enviar su constancia de residencia fiscal para no retenerles ISR?", "other", human=["tax form"], fam=["tax-form"]),
    R("S1541", at(23, "12:05", AR), "¿Pueden confirmarnos que la cuenta del recordatorio es la correcta? Nos llegó un mail raro con otros datos bancarios.", "other", human=["fraud check"], fam=["fraud-check"], sender=0),
]
