"""Spanish replies (field39): a Guayaquil dental laboratory (Ecuador) and a Barcelona bakery on a payment plan."""

from evals.field.build import Payment, Reply
from evals.field39.kit import AUTO, CET, EC, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK39-016", "E3941", "2027-01-12", "640.00", "USD", "LAB DENTAL SONRISA ANDINA TRANSF 93942"),
    P("BK39-017", "E3942", "2027-01-05", "900.00", "EUR", "FORN DE PA SANT GERVASI QUOTA GENER"),
]

REPLIES = [
    # --- Laboratorio Dental Sonrisa Andina (Guayaquil)
    R("E3941", at(11, "08:40", EC), "De mi consideración:\n\nReciba un cordial saludo. Le informo que el pago de la factura 93941 se realizará el viernes 15 de enero.\n\nAtentamente,\nMaría José Zambrano\nContadora", "promise_to_pay", date="2027-01-15", inv=["93941"], fam=["weekday-date", "formal-ecuador"]),
    R("E3941", at(11, "12:25", EC), "Buenas tardes, ya hicimos la transferencia de los 640 dólares hoy, le adjunto el comprobante del Banco Pichincha.", "already_paid", inv=["93942"], attachments=[("comprobante_pichincha.txt", "text/plain", "BANCO PICHINCHA\nComprobante de transferencia interbancaria\nFecha: 11/01/2027\nValor: USD 640,00\nBeneficiario: Northwind Supplies GmbH\nConcepto: Factura 93942\n")], fam=["paid-today", "receipt-attachment"], note="matches BK39-016 by amount, credited a day later"),
    R("E3941", at(11, "17:10", EC), "Estimados, en la factura 93941 nos cobraron 20 bloques de disilicato de litio y solo llegaron 15. Ya reclamamos al transportista en Guayaquil. Solicitamos nota de crédito.", "dispute", inv=["93941"], fam=["short-delivery", "dental-lab"]),
    R("E3941", at(12, "09:00", EC), "Pagamos el 25/01 sin falta.", "promise_to_pay", date="2027-01-25", fam=["numeric-day-first", "terse"]),
    R("E3941", at(12, "11:45", EC), "¿Me pueden reenviar la factura 93941 en XML? El SRI nos exige el comprobante electrónico para la declaración.", "invoice_resend", inv=["93941"], fam=["xml", "tax-authority"]),
    R("E3941", at(12, "15:30", EC), "El pago se hará la próxima semana, el miércoles.", "promise_to_pay", date="2027-01-20", fam=["next-week-weekday"]),
    R("E3941", at(12, "18:55", EC), "Ya no trabajo en el laboratorio, renuncié en diciembre. Escriban a contabilidad@sonrisa-andina.example. Suerte.", "wrong_contact", fam=["left-company", "redirect"]),
    R("E3941", at(13, "08:15", EC), "¿Es posible pagar en tres cuotas? Este mes tenemos que pagar los décimos y el IVA, y estamos cortos. Serían 1.126,67 cada mes desde fin de enero.", "payment_plan_request", date="2027-01-31", amount="1126.67", inv=["93941"], fam=["instalments", "decimal-comma"]),
    R("E3941", at(13, "10:50", EC), "Le confirmo que el pago se realizará dentro de los próximos 8 días.", "promise_to_pay", date="2027-01-21", fam=["within-days"]),
    R("E3941", at(13, "14:35", EC), "Gracias, recibido. Lo paso a gerencia.", "other", fam=["no-action", "forwarded"], sender=0),
    R("E3941", at(13, "19:05", EC), "Cancelamos a fin de mes, ñaño, tranqui.", "promise_to_pay", date="2027-01-31", fam=["end-of-month", "slang", "cancelar-means-pay"]),
    R("E3941", at(14, "09:25", EC), "Buenos días, por favor en las próximas facturas pongan nuestro RUC 0992345678001 y la razón social completa \"Laboratorio Dental Sonrisa Andina Cía. Ltda.\", si no el SRI nos rechaza el gasto.", "po_change", inv=[], fam=["ruc", "legal-name"]),
    R("E3941", at(14, "11:10", EC), "Estaré fuera de la oficina hasta el 18 de enero. Para temas urgentes escriba a contabilidad@sonrisa-andina.example.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas", fam=["auto-reply", "back-within-14"]),
    R("E3941", at(14, "13:50", EC), "Pagaremos 1.500 USD el lunes y el saldo cuando cobremos al IESS por las prótesis del convenio.", "promise_to_pay", date="2027-01-18", amount="1500.00", human=["conditional"], fam=["partial-amount", "condition", "public-payer"]),
    R("E3941", at(14, "16:20", EC), "¿Aceptan pago con tarjeta de crédito? Nos ayudaría para diferir.", "other", human=["payment-method question"], fam=["card-payment"]),
    R("E3941", at(11, "15:00", EC), "El pago de ambas facturas queda programado para el 1 de febrero.", "promise_to_pay", date="2027-02-01", fam=["day-month"], sender=0),
    R("E3941", at(12, "13:20", EC), "Ya pagamos todo el 4 de enero, revisen bien por favor.", "already_paid", human=["no matching payment"], fam=["paid-date", "unmatched"], note="no bank line on or around 4 Jan for 4,020"),
    R("E3941", at(12, "16:45", EC), "Pago el jueves, o sea pasado mañana. Mañana no puedo porque tengo auditoría del MSP.", "promise_to_pay", date="2027-01-14", fam=["o-sea", "distractor-day"]),
    R("E3941", at(14, "18:30", EC), "This is an automatically generated Delivery Status Notification\n\nEntrega fallida a:\n     gerencia@sonrisa-andina.example\n\n550 5.1.1 La cuenta de correo no existe", "bounce", sender="mailer-daemon@sonrisa-andina.example", dsn=("gerencia@sonrisa-andina.example", "5.1.1"), quote="none", subject="Notificación de estado de entrega (error)", fam=["dsn", "mixed-language-dsn"]),
    # --- Forn de Pa Sant Gervasi (Barcelona, payment plan)
    R("E3942", at(11, "09:50", CET), "Bon dia,\n\nLa cuota de enero (900 €) ya se pagó el día 5, antes de Reyes. Os adjunto el justificante.\n\nSalut,\nJordi Puig", "already_paid", human=["amount differs: plan instalment below open balance"], fam=["plan-instalment", "catalan-touch", "holiday-anchor"], note="matches BK39-017, an instalment below the open balance"),
    R("E3942", at(11, "13:35", CET), "La próxima cuota se pagará el 5 de febrero como siempre.", "promise_to_pay", date="2027-02-05", human=["partial: plan instalment"], fam=["plan-instalment", "day-month"]),
    R("E3942", at(11, "18:15", CET), "Hola, con la cuesta de enero no llegamos. ¿Podríamos bajar la cuota a 600 € durante tres meses y luego recuperar? Empezaríamos el 5 de febrero.", "payment_plan_request", date="2027-02-05", amount="600.00", fam=["shrink-plan", "cuesta-de-enero"]),
    R("E3942", at(12, "08:05", CET), "Pagamos la cuota el viernes.", "promise_to_pay", date="2027-01-15", human=["partial: plan instalment"], fam=["weekday", "terse"]),
    R("E3942", at(12, "12:40", CET), "Perdonad pero en el extracto aparece un recargo de 45 € por demora que no estaba en el acuerdo de pago. No lo vamos a pagar.", "dispute", fam=["late-fee", "plan"]),
    R("E3942", at(12, "17:20", CET), "Mi compañera Montse ya no lleva la administración, a partir de ahora soy yo quien se encarga. Por favor quitadla de vuestros envíos.", "wrong_contact", fam=["new-year-staff"], sender=1),
    R("E3942", at(13, "09:10", CET), "Os hacemos la transferencia de la cuota la semana que viene, el jueves.", "promise_to_pay", date="2027-01-21", human=["partial: plan instalment"], fam=["next-week-weekday"]),
    R("E3942", at(13, "13:00", CET), "Enviadnos por favor el calendario de pagos actualizado, con lo pagado y lo pendiente. La gestoría lo necesita para el cierre.", "invoice_resend", fam=["statement", "plan"]),
    R("E3942", at(13, "16:55", CET), "A partir de este año las facturas deben ir a nombre de Forn de Pa Sant Gervasi SL, NIF B66123456, calle Muntaner 412, 08006 Barcelona. La dirección antigua del obrador ya no vale.", "po_change", inv=[], fam=["nif", "new-address"]),
    R("E3942", at(13, "19:40", CET), "Pagaremos antes de que acabe el mes, el último día hábil.", "promise_to_pay", date="2027-01-29", human=["partial: plan instalment"], fam=["last-working-day"]),
    R("E3942", at(14, "08:35", CET), "Estoy de vacaciones hasta el 1 de febrero. Para cualquier tema del obrador llamad al 93 200 11 22.", "out_of_office", headers=AUTO, human=["absence beyond 14 days"], fam=["auto-reply", "long-absence"]),
    R("E3942", at(14, "10:55", CET), "Entendido, gracias.", "other", fam=["no-action", "acknowledgement", "terse"]),
    R("E3942", at(14, "14:05", CET), "El 20 pagamos 900 y el resto del atraso a mediados de febrero, cuando cobremos el catering de la feria.", "promise_to_pay", date="2027-01-20", amount="900.00", human=["conditional"], fam=["bare-day-of-month", "condition", "partial-amount"]),
    R("E3942", at(14, "17:25", CET), "Dentro de 15 días os pagamos la cuota, no os preocupéis.", "promise_to_pay", date="2027-01-29", human=["partial: plan instalment"], fam=["within-days"]),
    R("E3942", at(12, "10:25", CET), "¿Podemos domiciliar las cuotas del plan por SEPA? Así no se nos olvida ninguna.", "other", human=["payment-method question"], fam=["sepa-direct-debit"]),
    R("E3942", at(13, "11:20", CET), "Se produjo un error al entregar el mensaje a:\nmontse@forn-santgervasi.example\nMotivo: 550 5.1.1 usuario desconocido", "bounce", sender="postmaster@forn-santgervasi.example", dsn=("montse@forn-santgervasi.example", "5.1.1"), quote="none", subject="Mensaje no entregado", fam=["dsn", "spanish-dsn"]),
    R("E3942", at(14, "12:15", CET), "La factura 93943 incluye dos hornos de convección pero uno vino con la puerta rota y el técnico dijo que lo cambiarían. Hasta que no llegue el nuevo no pagamos esa parte.", "dispute", inv=["93943"], fam=["damaged-goods"]),
    R("E3942", at(11, "11:15", CET), "Pagaremos la semana que viene.", "promise_to_pay", date="2027-01-22", human=["partial: plan instalment"], fam=["next-week"]),
    R("E3942", at(12, "15:45", CET), "Hoy hemos pagado 1.800, las cuotas de diciembre y enero juntas.", "already_paid", human=["no matching payment"], fam=["paid-today", "catch-up"], note="no 1,800 on the bank"),
]
