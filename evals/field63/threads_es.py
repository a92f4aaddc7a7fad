"""Spanish replies (field63): turrón makers in Xixona through the Constitución/Inmaculada puente, nativity figures on
credit hold (Murcia), piñatas for the posadas (Mexico City: Guadalupe, aguinaldo, razón social, XML), a Buenos Aires
pan dulce bakery on a legal account (8 December feriado, 'el martes que viene')."""

from evals.field.build import Payment, Reply
from evals.field63.kit import AR, AUTO, CET, MX, at, auto
from evals.field63.world import CUSTOMERS

R = Reply
N = {c[0]: c[1] for c in CUSTOMERS}

PAYMENTS = [
    Payment("BK63-023", "H6341", "2029-12-14", "8740.00", "EUR", "TAX1412290081 TURRONES"),
    Payment("BK63-024", "H6343", "2029-11-30", "5150.00", "USD", "PPC301129"),
    Payment("BK63-025", "H6342", "2029-12-04", "3860.00", "EUR", "BELENES FIGURAS MURCIANAS"),
]

REPLIES = [
    # --- promises
    R("H6341", at(11, 19, "10:30", CET), "Buenos días:\nRealizaremos la transferencia el viernes.\nSaludos,\nJordi Verdú", "promise_to_pay", date="2029-11-23", fam=["bare-weekday", "terse"]),
    R("H6341", at(11, 26, "12:00", CET), "Estamos a tope con la campaña de Navidad. Pagaremos las dos facturas a final de mes.", "promise_to_pay", date="2029-11-30", fam=["month-end", "season"]),
    R("H6341", at(12, 3, "09:30", CET), "Con el puente de la Constitución y la Inmaculada la oficina cierra jueves y viernes; el pago saldrá el lunes 10.", "promise_to_pay", date="2029-12-10", fam=["holiday-distractor", "weekday-day", "puente"]),
    R("H6341", at(12, 12, "16:00", CET), "Pago de 8.740 € el 14/12 y los 1.530 € restantes el día 21.", "promise_to_pay", date="2029-12-14", amount="8740.00", fam=["partial-amount", "slash-date", "two-dates"]),
    R("H6341", at(12, 18, "11:00", CET), "Estimados señores:\n\nLes comunicamos que el pago de la factura INV-2027-63412 se efectuará el 28-12-2029.\n\nAtentamente,\nDepartamento de Administración\nTurrones Artesanos de Xixona SL\nEste mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.", "promise_to_pay", date="2029-12-28", inv=["INV-2027-63412"], fam=["dash-date", "formal-ap", "disclaimer"], sender=0),
    R("H6341", at(11, 29, "13:00", CET), "Pagaremos cuando nos pague El Corte Inglés.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("H6342", at(11, 22, "10:00", CET), "Pagaremos el jueves que viene si nos desbloquean el pedido de figuras para los belenes.", "promise_to_pay", date="2029-11-29", human=["conditional"], fam=["next-weekday", "credit-hold-condition"]),
    R("H6342", at(12, 11, "13:00", CET), "El pago se hará en 10 días.", "promise_to_pay", date="2029-12-21", fam=["relative-span", "terse"]),
    R("H6342", at(12, 19, "09:00", CET), "Pagamos mañana, antes de cerrar por Navidad.", "promise_to_pay", date="2029-12-20", fam=["tomorrow", "shutdown"]),
    R("H6342", at(11, 28, "18:30", CET), "Buenas tardes, soy la gestora de Belenes y Figuras Murcianas. El pago se hará el 5 de diciembre.", "promise_to_pay", date="2029-12-05", fam=["bookkeeper", "unknown-sender"], sender="asesoria.lopez@gmail.example"),
    R("H6343", at(11, 20, "11:00", MX), "Buen día, le confirmo que el pago se realizará el viernes 30 de noviembre.", "promise_to_pay", date="2029-11-30", fam=["weekday-date", "mexican"]),
    R("H6343", at(12, 5, "17:30", MX), "Por el día de la Virgen de Guadalupe la oficina cierra el miércoles; el pago sale el jueves 13.", "promise_to_pay", date="2029-12-13", fam=["holiday-distractor", "weekday-day", "mexican"]),
    R("H6343", at(12, 14, "10:00", MX), "Le pagamos los 860 dólares hoy y el resto después de las posadas.", "promise_to_pay", date="2029-12-14", amount="860.00", fam=["partial-amount", "today", "mexican"]),
    R("H6343", at(11, 27, "09:00", MX), "Estimado proveedor:\nSu pago está programado para el 07/12/2029 en nuestro sistema.\nSaludos,\nCuentas por pagar", "promise_to_pay", date="2029-12-07", fam=["slash-date-year", "formal-ap", "day-first-low-day"], sender=0),
    R("H6343", at(12, 19, "12:00", MX), "Les pagamos a mediados de enero, cuando regresemos de vacaciones.", "promise_to_pay", date="2030-01-15", fam=["mid-month", "next-year"]),
    R("H6344", at(11, 21, "15:00", AR), "Diego acá. Le paso los USD 6.150 el martes que viene, así se lo pueden decir a su abogado.", "promise_to_pay", date="2029-11-27", amount="6150.00", partial=False, fam=["next-weekday", "legal-account", "sarcasm", "argentine"]),
    R("H6344", at(12, 6, "18:00", AR), "El sábado es feriado por la Inmaculada Concepción, igual el pago sale el lunes.", "promise_to_pay", date="2029-12-10", fam=["holiday-distractor", "bare-weekday", "argentine"]),
    # --- already paid
    R("H6341", at(12, 17, "10:00", CET), "Transferencia realizada el 14/12 por importe de 8.740,00 €, factura 63411. Adjuntamos justificante.", "already_paid", ref="TAX-141229-0081", inv=["INV-2027-63411"], fam=["remittance-attachment", "slash-date"],
      attachments=[("justificante.pdf", "application/pdf", "JUSTIFICANTE DE TRANSFERENCIA\nOrdenante: Turrones Artesanos de Xixona SL\nBeneficiario: Northwind Supplies GmbH\nFecha: 14/12/2029\nImporte: 8.740,00 EUR\nReferencia: TAX-141229-0081\nConcepto: INV-2027-63411")]),
    R("H6343", at(12, 3, "10:00", MX), "Buen día, ya se pagó por transferencia el viernes 30, referencia PPC-301129, total 5,150 dólares.", "already_paid", ref="PPC-301129", fam=["weekday-date", "ref-punctuation", "mexican"]),
    R("H6344", at(12, 12, "11:00", AR), "Ya pagamos todo el 7/12 por transferencia. Avísenle a su abogado.", "already_paid", human=["no matching payment"], fam=["claim-not-on-bank", "legal-account"]),
    R("H6342", at(12, 7, "09:30", CET), "Pagado el martes, 3.860 €. Por favor, desbloqueen el pedido.", "already_paid", fam=["past-weekday", "credit-hold"]),
    # --- disputes
    R("H6341", at(11, 22, "12:00", CET), "En la factura 63411 nos cobran 2.000 cajas de almendra marcona y recibimos 1.600. Emitan un abono, por favor.", "dispute", inv=["INV-2027-63411"], fam=["short-delivery", "credit-note"]),
    R("H6343", at(12, 10, "11:00", MX), "La factura 63431 trae IVA al 16% y somos exportadores, debe ir en tasa 0. Favor de cancelar y refacturar.", "dispute", inv=["INV-2027-63431"], fam=["tax-error", "mexican"]),
    R("H6344", at(11, 28, "10:00", AR), "No vamos a pagar los intereses por mora que agregaron. El retraso fue por la aduana, no por nosotros.", "dispute", fam=["interest", "legal-account"]),
    # --- resend
    R("H6341", at(12, 10, "09:00", CET), "¿Nos pueden reenviar la factura 63412? No nos ha llegado.", "invoice_resend", inv=["INV-2027-63412"], fam=["never-received"]),
    R("H6343", at(11, 23, "10:00", MX), "Favor de enviarnos el PDF y el XML de las facturas.", "invoice_resend", fam=["cfdi-xml", "mexican"]),
    R("H6342", at(12, 14, "10:00", CET), "Necesitamos un extracto de cuenta a 30 de noviembre para el cierre del ejercicio.", "invoice_resend", fam=["statement", "year-end", "credit-hold"], sender=0),
    # --- PO and billing changes
    R("H6341", at(11, 27, "11:00", CET), "Por favor, indiquen nuestro número de pedido PED-29-0871 en las dos facturas y reenvíenlas.", "po_change", fam=["po-missing", "reissue"]),
    R("H6343", at(12, 7, "12:00", MX), "Favor de refacturar con nuestra nueva razón social: Piñatas y Posadas del Centro S.A.P.I. de C.V., RFC PPC0912158K3.", "po_change", fam=["entity-change", "tax-number", "mexican"]),
    R("H6341", at(12, 19, "10:00", CET), "A partir de enero las facturas deben subirse a nuestro portal de proveedores (proveedores.turrones-xixona.example), ya no por correo.", "po_change", fam=["portal"], sender=0),
    # --- plans
    R("H6341", at(12, 5, "10:00", CET), "¿Podríamos pagar en tres plazos mensuales? El primero el 20 de diciembre.", "payment_plan_request", date="2029-12-20", fam=["plan-monthly"]),
    R("H6342", at(11, 26, "12:30", CET), "¿Es posible fraccionar la deuda en cuatro pagos de 965 €, empezando el 1 de diciembre?", "payment_plan_request", date="2029-12-01", amount="965.00", fam=["plan-four", "credit-hold"]),
    R("H6343", at(12, 17, "10:00", MX), "¿Nos permiten pagar la mitad ahora y la otra mitad en enero? Diciembre, con el aguinaldo, nos deja sin flujo.", "payment_plan_request", date="2029-12-17", fam=["plan-halves", "now", "mexican"]),
    # --- absences
    R("H6341", at(12, 5, "09:10", CET), "Estaré fuera de la oficina del 6 al 9 de diciembre por el puente. Volveré el lunes 10.", "out_of_office", headers=AUTO, subject=auto("Respuesta automática", "es", N["H6341"]), quote="none", gap_days=0, fam=["ooo-auto", "puente"]),
    R("H6343", at(12, 20, "09:00", MX), "Gracias por su mensaje. Estaré de vacaciones hasta el 7 de enero de 2030. Felices fiestas.", "out_of_office", headers=AUTO, subject=auto("Respuesta automática", "es", N["H6343"]), quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    # --- bounces
    R("H6342", at(12, 3, "09:10", CET), "No se ha podido entregar el mensaje a contabilidad@belenes-murcia.example.\n\nEl servidor remoto devolvió '550 5.1.1 Usuario desconocido'.", "bounce", sender="postmaster@belenes-murcia.example", subject="No se puede entregar: Recordatorio: facturas vencidas – " + N["H6342"], dsn=("contabilidad@belenes-murcia.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-exchange-es"]),
    R("H6344", at(11, 26, "09:30", AR), "Mensaje no entregado\n\nTu mensaje no se ha entregado a administracion@pandulcedelsur.example porque no se ha encontrado la dirección o no puede recibir correo.\n\nLa respuesta del servidor remoto ha sido:\n550 5.1.1 The email account that you tried to reach does not exist.", "bounce", sender="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)", dsn=("administracion@pandulcedelsur.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-gmail-es", "legal-account"]),
    # --- wrong contacts
    R("H6341", at(12, 13, "12:00", CET), "Jordi ya no está en la empresa. Escriban a Marta Ferrer, m.ferrer@turrones-xixona.example, que lleva ahora la administración.", "wrong_contact", fam=["left-company", "new-contact"]),
    R("H6344", at(12, 4, "10:00", AR), "Yo soy el panadero, no manejo la plata. Hablen con Diego.", "wrong_contact", fam=["not-ap", "unknown-sender", "argentine"], sender="horno@pandulcedelsur.example"),
    # --- other
    R("H6341", at(11, 20, "09:00", CET), "Recibido, gracias. Lo paso a administración.", "other", fam=["no-action", "forwarded-internally"], sender=0),
    R("H6343", at(12, 12, "13:00", MX), "¿Nos pueden enviar su constancia de residencia fiscal? Sin ella tenemos que retener impuestos.", "other", human=["tax form"], fam=["tax-residency", "mexican"]),
]
