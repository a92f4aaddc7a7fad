"""Spanish replies (ES, MX, AR): promesas (el viernes, fin de mes, el 4, la semana que viene), pagos con referencias
escritas de otra forma, disputas, FacturaE / FACe / CFDI, contactos equivocados, ausencias y rebotes."""

from evals.field.build import Payment, Reply

_AUTO = {"Auto-Submitted": "auto-replied"}

PAYMENTS: list[Payment] = [
    Payment("BK11-041", "R1141", "2026-11-24", "2460.00", "EUR", "TRANSF CARPINTERIA RUIZ SL FRA 11411"),
    Payment("BK11-042", "R1143", "2026-11-19", "5930.00", "USD", "SPEI TSM 0881234 TRANSPORTES SIERRA MADRE"),
    Payment("BK11-043", "R1145", "2026-11-23", "3514.00", "USD", "HOTELES PATAGONIA SRL OP 55120"),
]

REPLIES: list[Reply] = [
    # promise_to_pay
    Reply("R1141", "2026-11-24T10:00:00+01:00", "Buenas, lo pagaremos el viernes. Saludos, Javier",
          "promise_to_pay", date="2026-11-27", sender=1, fam=["promise", "weekday", "future-tense"]),
    Reply("R1142", "2026-11-24T13:45:00+01:00", "Hola, la transferencia saldrá a final de mes, como siempre.",
          "promise_to_pay", date="2026-11-30", fam=["promise", "month-end"]),
    Reply("R1143", "2026-11-24T11:20:00-06:00", "Buen día, la factura ya fue autorizada y se programa pago para el 04/12.\n\nSaludos cordiales\nAlejandro Garza\nContralor",
          "promise_to_pay", date="2026-12-04", sender=1, fam=["promise", "numeric-day-first", "es-MX"]),
    Reply("R1144", "2026-11-25T09:30:00+01:00", "Estimados, les confirmamos que abonaremos la factura la semana que viene.\n\nAtentamente,\nDepartamento de Contabilidad",
          "promise_to_pay", date="2026-12-04", html=True, fam=["promise", "next-week", "formal", "html-outlook"]),
    Reply("R1145", "2026-11-24T18:00:00-03:00", "Hola, pagaremos la mitad (USD 1.935) el lunes y el resto cuando termine la temporada alta.",
          "promise_to_pay", date="2026-11-30", amount="1935.00", sender=1, human=["conditional"], fam=["promise", "partial", "conditional", "es-AR"], note="pagaremos: future"),
    Reply("R1141", "2026-11-26T20:15:00+01:00", "Perdona el retraso. Mañana sin falta hago la transferencia de las dos.",
          "promise_to_pay", date="2026-11-27", fam=["promise", "tomorrow", "apology"]),
    Reply("R1143", "2026-11-26T09:00:00-06:00", "Se pagará en el próximo ciclo de pagos, en cuanto el área de compras libere la orden.",
          "promise_to_pay", human=["conditional"], fam=["promise", "conditional", "es-MX"]),
    # already_paid
    Reply("R1141", "2026-11-25T10:30:00+01:00", "Ya pagamos la 11411 ayer, concepto \"FRA 11411\".",
          "already_paid", ref="FRA 11411", inv=["11411"], fam=["paid", "past-tense", "ref-with-payer-name"]),
    Reply("R1143", "2026-11-24T12:00:00-06:00", "Se pagó el 19 de noviembre vía SPEI, clave de rastreo TSM0881234. Favor de validar.",
          "already_paid", ref="TSM0881234", fam=["paid", "spei", "es-MX", "ref-without-spaces"]),
    Reply("R1145", "2026-11-25T11:00:00-03:00", "Ya se transfirió el 23/11 (orden de pago 55120), con las retenciones de Ganancias e IIBB correspondientes.",
          "already_paid", ref="55120", human=["amount differs"], fam=["paid", "withholding", "es-AR"]),
    Reply("R1142", "2026-11-26T12:10:00+01:00", "Esta factura ya la pagamos el viernes pasado con tarjeta por teléfono.",
          "already_paid", human=["no matching payment"], fam=["paid", "card-by-phone", "past-tense"]),
    # dispute
    Reply("R1141", "2026-11-24T12:30:00+01:00", "La factura 11411 incluye 20 tableros y recibimos 16. Necesitamos una factura rectificativa.",
          "dispute", inv=["11411"], fam=["dispute", "quantity", "rectificativa"]),
    Reply("R1144", "2026-11-24T16:00:00+01:00", "Las cajas de cartón llegaron mojadas y no sirven para embotellar. No vamos a pagar este pedido hasta que lo repongan.",
          "dispute", sender=1, fam=["dispute", "quality"]),
    Reply("R1142", "2026-11-25T09:15:00+01:00", "Nos han cobrado el servicio técnico dos veces (también en la factura de octubre). Por favor anulen una de las dos.",
          "dispute", fam=["dispute", "duplicate"]),
    Reply("R1145", "2026-11-26T15:00:00-03:00", "El contrato establece precio fijo en dólares hasta marzo 2027. La factura aplica un ajuste del 8 % que no corresponde.",
          "dispute", fam=["dispute", "contract-terms", "es-AR"]),
    # po_change
    Reply("R1143", "2026-11-25T10:40:00-06:00", "La factura debe emitirse como CFDI 4.0 con uso G03 y nuestro régimen fiscal 601. La que enviaron no es válida. Favor de reexpedir con la OC TSM-OC-2415.",
          "po_change", fam=["po-change", "cfdi", "new-po", "es-MX"]),
    Reply("R1144", "2026-11-25T12:45:00+01:00", "A partir de ahora las facturas deben enviarse en formato FacturaE a facturas@bodegas-alcazar.example. No tramitamos PDF.",
          "po_change", fam=["po-change", "facturae", "from-now-on"]),
    Reply("R1141", "2026-11-27T09:00:00+01:00", "Hemos cambiado de razón social, ahora somos Carpintería Ruiz e Hijos SL, CIF B-44120987. ¿Podéis rehacer las facturas?",
          "po_change", sender=1, fam=["po-change", "new-billing-entity", "tax-id"]),
    Reply("R1142", "2026-11-27T10:00:00+01:00", "Por favor indiquen en la factura nuestro número de pedido PED-3381, si no la central no la aprueba.",
          "po_change", fam=["po-change", "add-po"]),
    # wrong_contact
    Reply("R1142", "2026-11-24T11:00:00+01:00", "Hola, soy la recepcionista. Yo no llevo los pagos, escriban a la Dra. Molina.",
          "wrong_contact", fam=["wrong-contact", "not-my-department"]),
    Reply("R1144", "2026-11-26T09:40:00+01:00", "Marta Navarro ya no trabaja en Bodegas Alcázar. Los temas de pagos los lleva ahora Luis Peña (l.pena@bodegas-alcazar.example).",
          "wrong_contact", sender=1, fam=["wrong-contact", "left-company"]),
    Reply("R1145", "2026-11-27T10:15:00-03:00", "Federico está de licencia por paternidad hasta el 15 de enero. Por favor escriban a administracion@hoteles-patagonia.example mientras tanto.",
          "wrong_contact", sender=1, fam=["wrong-contact", "parental-leave", "es-AR"]),
    # other
    Reply("R1141", "2026-11-25T17:00:00+01:00", "Para daros de alta como proveedor necesitamos el certificado de titularidad bancaria y el certificado de estar al corriente con Hacienda.",
          "other", human=["onboarding paperwork"], fam=["other", "onboarding", "tax-certificate"]),
    Reply("R1143", "2026-11-24T08:00:00-06:00", "Gracias por su correo. Su solicitud ha sido registrada con el folio CXP-77120. Le responderemos en un plazo de 48 horas hábiles.",
          "other", headers=_AUTO, quote="none", fam=["other", "ticket-auto-reply", "no-action", "es-MX"]),
    Reply("R1144", "2026-11-27T11:30:00+01:00", "¿Es legítimo este correo? Hemos recibido otro con un IBAN distinto y el mismo logo.",
          "other", human=["fraud check"], fam=["other", "fraud-check"]),
    # out_of_office
    Reply("R1141", "2026-11-24T08:00:00+01:00", "Estaré fuera de la oficina hasta el 1 de diciembre. Para asuntos urgentes, escriba a administracion@carpinteria-ruiz.example.",
          "out_of_office", sender=1, headers=_AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Carpintería Ruiz SL", quote="none", fam=["ooo", "auto", "within-14"]),
    Reply("R1143", "2026-11-25T08:00:00-06:00", "Me encuentro de vacaciones hasta el 7 de enero de 2027. Su correo no será reenviado.",
          "out_of_office", sender=1, headers=_AUTO, subject="Fuera de la oficina", quote="none", human=["away more than 14 days"], fam=["ooo", "auto", "over-14", "es-MX"]),
    Reply("R1144", "2026-11-26T19:30:00+01:00", "Estoy de baja unos días, vuelvo el jueves que viene y lo miro.",
          "out_of_office", sender=1, human=["hand-written absence"], fam=["ooo", "hand-written"]),
    # bounce
    Reply("R1142", "2026-11-24T09:06:00+01:00", "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\nc.molina@clinica-sonrisa.example\n\nEl destinatario no existe. 550 5.1.1 Usuario desconocido",
          "bounce", sender="postmaster@clinica-sonrisa.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Clínica Dental Sonrisa SL", dsn=("c.molina@clinica-sonrisa.example", "5.1.1"), lang="es", fam=["bounce", "es-dsn"]),
    Reply("R1145", "2026-11-25T09:06:00-03:00", "Su mensaje no pudo ser entregado a f.acosta@hoteles-patagonia.example porque el buzón está lleno.\n\n552 5.2.2 Buzón lleno",
          "bounce", sender="mailer-daemon@hoteles-patagonia.example", subject="Error de entrega del correo", dsn=("f.acosta@hoteles-patagonia.example", "5.2.2"), lang="es", fam=["bounce", "es-dsn", "mailbox-full"]),
    # payment_plan_request
    Reply("R1144", "2026-11-25T18:00:00+01:00", "La vendimia ha sido muy corta este año. ¿Podríamos pagar en tres plazos, el primero el 20 de diciembre?",
          "payment_plan_request", date="2026-12-20", sender=1, fam=["plan", "hardship", "dated-start"]),
    Reply("R1145", "2026-11-26T12:00:00-03:00", "¿Aceptarían pagos mensuales de USD 1.000 hasta cancelar la deuda?",
          "payment_plan_request", amount="1000.00", fam=["plan", "monthly-amount", "es-AR"]),
    # invoice_resend
    Reply("R1142", "2026-11-27T13:00:00+01:00", "No nos consta esta factura. ¿Nos la pueden reenviar?",
          "invoice_resend", sender=1, fam=["resend", "never-received"]),
    Reply("R1143", "2026-11-27T09:30:00-06:00", "Favor de enviarnos el PDF y el XML de la factura, solo recibimos el recordatorio.",
          "invoice_resend", fam=["resend", "xml-pdf", "es-MX"]),
]
