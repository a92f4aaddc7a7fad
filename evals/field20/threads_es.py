"""Spanish replies, written by hand for field20: a Galician cannery, a Colombian flower grower on credit hold, a Chiloé salmon farm."""

from __future__ import annotations

from evals.field20.build import Payment
from evals.field20.build import Reply as R
from evals.field20.kit import AUTO, CET, CL, CO, at

PAYMENTS = [
    Payment("BK20-0041", "S2041", "2026-11-19", "790.00", "EUR", "CONSERVAS RIA AROUSA FRA 20412"),
    Payment("BK20-0043", "S2043", "2026-11-23", "6180.00", "USD", "SALMONERA CHILOE SPA 20431"),
]

REPLIES = [
    R("S2041", at(23, "09:30", CET), "Pago el vie.", "promise_to_pay", date="2026-11-27", fam=["abbrev-weekday", "terse"]),
    R("S2041", at(24, "11:10", CET), "Buenos días,\n\nle confirmamos el pago de ambas facturas el viernes 4 de diciembre.\n\nUn saludo,\nMaría Otero",
      "promise_to_pay", date="2026-12-04", sender=1, fam=["weekday-ordinal"]),
    R("S2041", at(25, "13:40", CET), "Se paga el día 10, como todos los meses.", "promise_to_pay", date="2026-12-10", fam=["ordinal-alone"]),
    R("S2041", at(26, "10:00", CET), "Transferencia programada para el 03/12.", "promise_to_pay", date="2026-12-03", fam=["day-first-numeric", "terse"]),
    R("S2043", at(23, "10:20", CL), "Hola, pagamos en dos semanas, cuando entre el pago de la exportación.", "promise_to_pay", date="2026-12-07",
      sender=1, fam=["in-two-weeks", "chilean"]),
    R("S2043", at(24, "16:30", CL), "La semana subsiguiente queda pagado.", "promise_to_pay", date="2026-12-11", sender=1, fam=["week-after-next"]),
    R("S2041", at(25, "08:50", CET), "El pago está previsto en la semana 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"]),
    R("S2043", at(27, "11:45", CL), "Pagaremos dentro de los próximos 10 días.", "promise_to_pay", date="2026-12-07", fam=["within-days"]),
    R("S2041", at(26, "17:20", CET), "Lo pagamos a fin de mes sin falta.", "promise_to_pay", date="2026-11-30", fam=["month-end"]),
    R("S2041", at(24, "12:15", CET), "Pagaremos el primer día hábil después de la Inmaculada.", "promise_to_pay", date="2026-12-09", sender=1,
      fam=["holiday", "inmaculada"], note="8 December is a national holiday in Spain (a Tuesday); the 9th is the first working day after it"),
    R("S2043", at(25, "12:30", CL), "El pago estaba para el 3, pero se corre al 10 por el cierre contable.", "promise_to_pay", date="2026-12-10",
      sender=1, fam=["moved-date", "ordinal-alone"]),
    R("S2041", at(23, "16:45", CET), "En cuanto nos llegue el abono el lunes, pagamos el resto el viernes.", "promise_to_pay", date="2026-12-04",
      human=["conditional"], sender=1, fam=["condition-date", "credit-note-agreed"]),
    R("S2043", at(26, "09:15", CL), "El comité aprueba el martes 1 de diciembre y el pago sale el jueves 3.", "promise_to_pay", date="2026-12-03",
      sender=1, fam=["meeting-before-payment", "weekday-ordinal"]),
    R("S2041", at(27, "10:30", CET), "La entrega del 12/11 llegó bien; la factura del 15/10 se paga el próximo martes.", "promise_to_pay",
      date="2026-12-01", fam=["delivery-date-distractor", "invoice-date-distractor", "next-weekday"]),
    R("S2043", at(27, "15:00", CL), "Vamos a pagar apenas podamos.", "promise_to_pay", human=["undated"], fam=["no-date"]),
    R("S2043", at(24, "23:40", CL), "Perdón, recién lo veo. Mañana a primera hora hago la transferencia.", "promise_to_pay", date="2026-11-25",
      sender=1, fam=["late-evening", "tomorrow-morning"]),
    R("S2042", at(23, "09:00", CO), "Buenos días. El pago de la factura 20421 se realizará el 30 de noviembre. Les pedimos liberar el bloqueo de pedidos.",
      "promise_to_pay", date="2026-11-30", inv=["20421"], sender=1, fam=["credit-hold", "month-name"]),
    R("S2042", at(25, "14:00", CO), "Abonamos USD 5.000,00 el viernes y el saldo después de la temporada de San Valentín.", "promise_to_pay",
      date="2026-11-27", amount="5000.00", sender=1, fam=["european-amount", "partial-amount", "credit-hold"]),
    R("S2042", at(26, "19:10", CO), "Si nos quitan el bloqueo, pagamos el martes.", "promise_to_pay", date="2026-12-01", human=["conditional"],
      sender=1, fam=["credit-hold-condition", "bare-weekday"]),
    R("S2041", at(27, "13:15", CET), "Gracias por el tercer recordatorio de la semana, muy amables. Se paga el lunes.", "promise_to_pay",
      date="2026-11-30", sender=1, fam=["sarcasm", "bare-weekday"]),
    R("S2043", at(23, "12:00", CL), "Pagamos a mediados de diciembre.", "promise_to_pay", date="2026-12-15", fam=["mid-month"]),
    # already_paid
    R("S2041", at(23, "10:40", CET), "La factura 20412 se pagó el 19/11. Concepto: FRA 20412.", "already_paid", ref="FRA 20412", inv=["20412"],
      fam=["reference-with-prefix", "past-payment-date"], note="matches BK20-0041"),
    R("S2043", at(24, "09:40", CL), "Ya transferimos 6.180,00 USD ayer, adjunto comprobante.", "already_paid", reminded=["20431"],
      attachments=[("comprobante.txt", "text/plain", "Banco de Chile - Comprobante de transferencia\nMonto: USD 6.180,00\nFecha: 23-11-2026\nGlosa: 20431")],
      ref="20431", fam=["european-amount", "receipt-attachment"], note="matches BK20-0043"),
    # dispute
    R("S2041", at(24, "15:30", CET), "En la factura 20411 nos cobran 300 latas más de las recibidas. Esperamos el abono antes de pagar.", "dispute",
      inv=["20411"], fam=["quantity", "credit-note-refusal"]),
    R("S2042", at(27, "09:20", CO), "La factura 20421 incluye IVA y somos exportadores exentos. Favor reexpedirla sin IVA.", "dispute", inv=["20421"],
      sender=1, fam=["tax-exempt-reissue", "credit-hold"]),
    # invoice_resend
    R("S2043", at(26, "11:10", CL), "¿Nos pueden reenviar la factura 20432? No la encontramos.", "invoice_resend", inv=["20432"], fam=["copy"]),
    R("S2041", at(25, "16:00", CET), "Por favor envíennos un extracto de cuenta actualizado.", "invoice_resend", fam=["statement"]),
    # po_change
    R("S2042", at(24, "10:30", CO), "A partir de diciembre las facturas deben cargarse en nuestro portal de proveedores Ariba.", "po_change",
      fam=["supplier-portal", "credit-hold"]),
    R("S2043", at(27, "10:10", CL), "Por favor corregir el RUT en las facturas: 76.488.120-3, y volver a emitirlas.", "po_change", sender=1,
      fam=["tax-id", "chilean"]),
    # payment_plan_request
    R("S2041", at(26, "12:40", CET), "¿Podríamos pagar en tres plazos, el primero el 15 de diciembre?", "payment_plan_request", date="2026-12-15",
      sender=1, fam=["three-instalments"]),
    R("S2042", at(23, "17:30", CO), "Solicitamos un acuerdo de pago en cuotas mensuales por la caída de exportaciones.", "payment_plan_request",
      sender=1, fam=["undated-plan", "credit-hold"]),
    # out_of_office
    R("S2041", at(23, "07:20", CET), "Gracias por su correo. Me encuentro fuera hasta el lunes 30 de noviembre, sin acceso al correo.", "out_of_office", headers=AUTO, sender=1,
      subject="Respuesta automática: Recordatorio: facturas vencidas", fam=["auto-headers", "back-within-14"]),
    R("S2043", at(25, "08:00", CL), "Estoy de vacaciones de verano hasta el 4 de enero; a la vuelta respondo.", "out_of_office", headers=AUTO, sender=1,
      human=["back more than 14 days out"], fam=["auto-headers", "long-absence", "southern-summer"]),
    # bounce
    R("S2041", at(24, "09:06", CET), "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\nm.otero@conservas-arousa.example\n"
      "550 5.1.1 Usuario desconocido", "bounce", sender="mailer-daemon@conservas-arousa.example",
      dsn=("m.otero@conservas-arousa.example", "5.1.1"), fam=["dsn", "spanish-dsn"]),
    R("S2042", at(26, "09:06", CO), "Mensaje no entregado: el buzón del destinatario está lleno.\n\na.restrepo@florlasabana.example", "bounce",
      sender="postmaster@florlasabana.example", dsn=("a.restrepo@florlasabana.example", "5.2.2"), fam=["dsn", "mailbox-full"]),
    # wrong_contact
    R("S2043", at(23, "14:30", CL), "Camila ya no trabaja con nosotros. Escriban a finanzas@salmonerachiloe.example.", "wrong_contact",
      sender="recepcion@salmonerachiloe.example", fam=["left-company", "unknown-sender"]),
    R("S2041", at(27, "12:00", CET), "Yo soy de calidad, no de administración. Reenvíen a la persona correcta, por favor.", "wrong_contact",
      sender=1, fam=["not-my-job"]),
    # other
    R("S2042", at(25, "11:50", CO), "Necesitamos el certificado de retención en la fuente y su RUT para pagar. ¿Lo pueden enviar?", "other",
      human=["tax form"], sender=1, fam=["tax-paperwork", "credit-hold"]),
    R("S2043", at(26, "16:20", CL), "Recibido, gracias.", "other", sender=1, fam=["acknowledgement", "no-action"]),
]
