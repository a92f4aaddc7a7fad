"""Hand-written Spanish replies: an Oaxaca luthier, a Granada guitar maker (strategic), a Rosario taxidermist on credit hold."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field51.kit import AR, AUTO, CET, MX, at

R = Reply

REPLIES: list[Reply] = [
    # J5141 Laudería Monte Albán, Oaxaca (es-MX)
    R("J5141", at(6, "10:20", MX), "Buenas tardes,\n\nLe comento que el pago de ambas facturas se realizará el 17/12 por SPEI. Andamos con mucho trabajo por las posadas.\n\nSaludos cordiales,\nRocío Cruz", "promise_to_pay",
      date="2027-12-17", fam=["day-first", "spei", "posadas"]),
    R("J5141", at(7, "12:45", MX), "Hola, ¿me pueden reenviar la factura 97042? Necesitamos el CFDI con nuestro RFC, el que mandaron no trae el uso de CFDI correcto.", "po_change",
      inv=["97042"], fam=["cfdi", "rfc"]),
    R("J5141", at(8, "09:05", MX), "Ya se pagó la 97041 el viernes pasado, SPEI con clave de rastreo MONTEALBAN0312. Le adjunto el comprobante.", "already_paid",
      ref="MONTEALBAN0312", inv=["97041"], attachments=[("comprobante_spei.pdf", "application/pdf", "Comprobante SPEI. Monto: $48,600.00 MXN. Clave de rastreo MONTEALBAN0312. Fecha 03/12/2027")], fam=["spei", "proof-of-payment"]),
    R("J5141", at(9, "17:30", MX), "Estaré fuera de la oficina del 20 de diciembre al 7 de enero. Para asuntos urgentes escriba a pagos@lauderia-montealban.example.", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], fam=["auto-absence"]),
    R("J5141", at(10, "11:10", MX), "Las cuerdas de tripa que mandaron llegaron mal, ya se lo dije a su vendedor. No vamos a pagar la 97042 hasta que nos manden las correctas.", "dispute",
      inv=["97042"], fam=["wrong-goods"]),
    R("J5141", at(13, "13:00", MX), "Le pago la mitad el miércoles y la otra mitad después de la Noche de Rábanos, el 27.", "promise_to_pay",
      date="2027-12-15", partial=False, fam=["two-parts", "holiday-distractor"], note="half Wednesday, half on the 27th: both dated, the whole balance"),
    R("J5141", at(14, "16:20", MX), "Soy el hijo de la señora Rocío, ella no está. Yo nomás ayudo con el taller. No sé nada de pagos.", "wrong_contact",
      sender="beto.cruz@lauderia-montealban.example", fam=["family-member"]),
    R("J5141", at(15, "10:50", MX), "¿Podemos pagar la 97041 en tres mensualidades? Enero, febrero y marzo, el día 10.", "payment_plan_request",
      date="2028-01-10", inv=["97041"], fam=["instalments-proposed"]),
    R("J5141", at(16, "08:40", MX), "No se pudo entregar el mensaje a los siguientes destinatarios:\n\nr.cruz@lauderia-montealban.example\n550 5.1.1 El buzón no existe", "bounce",
      lang="es", sender="mailer-daemon@lauderia-montealban.example", dsn=("r.cruz@lauderia-montealban.example", "5.1.1"), subject="Mensaje no entregado", quote="none", fam=["dsn"]),
    R("J5141", at(17, "12:15", MX), "Gracias, quedo enterada.", "other",
      fam=["no-action", "terse"]),
    R("J5141", at(16, "18:05", MX), "Le pago en cuanto nos paguen las orquestas de Guelaguetza, no le puedo decir fecha.", "promise_to_pay",
      human=["conditional", "undated"], fam=["conditional", "undated"]),
    R("J5141", at(9, "09:10", MX), "Le depositamos 9,350 pesos hoy mismo, ya nomás falta la grande que sale en enero.", "promise_to_pay",
      date="2027-12-09", amount="9350.00", human=["undated remainder"], fam=["mexican-number", "today"]),

    # J5142 Guitarrería del Albaicín, Granada (es-ES, strategic)
    R("J5142", at(6, "09:00", CET), "Buenos días:\n\nLes informamos que la factura 97043 está aprobada y se abonará en la remesa de pagos del día 20. La 97044 está pendiente de conformidad del albarán.\n\nAtentamente,\nAdministración\nGuitarrería del Albaicín", "promise_to_pay",
      date="2027-12-20", inv=["97043", "97044"], sender=0, fam=["formal", "remesa", "grn"]),
    R("J5142", at(7, "13:30", CET), "Ayer fue la Constitución y mañana es la Inmaculada, así que esta semana vamos a medio gas. Pagaremos el jueves 9.", "promise_to_pay",
      date="2027-12-09", fam=["puente", "holiday-distractor", "weekday-ordinal"]),
    R("J5142", at(8, "10:00", CET), "Estaré ausente por el puente de la Inmaculada hasta el 9 de diciembre. Un saludo, Javier Morente", "out_of_office",
      headers=AUTO, fam=["auto-absence", "puente"]),
    R("J5142", at(9, "12:20", CET), "La factura 97043 incluye 480 € de portes que no estaban en el presupuesto. Les pagamos el resto (10.720 €) el viernes y quedamos a la espera del abono.", "dispute",
      sec=["promise_to_pay"], date="2027-12-10", amount="10720.00", inv=["97043"], fam=["freight-dispute", "short-pay", "spanish-number"]),
    R("J5142", at(10, "08:45", CET), "A partir del 1 de enero todas las facturas deben enviarse a través de FACe/nuestro portal de proveedores, indicando el pedido GA-2231. No aceptaremos facturas por correo.", "po_change",
      fam=["portal", "po-number"]),
    R("J5142", at(13, "15:10", CET), "Hemos sido adquiridos por Instrumentos Andaluces Grupo S.A. (CIF A00000000). Les rogamos emitan las facturas pendientes a nombre de la nueva sociedad.", "po_change",
      fam=["acquisition", "cif"]),
    R("J5142", at(14, "11:35", CET), "Transferencia emitida hoy por el importe total, 13.060 €, referencia GA-TR-1214.", "already_paid",
      ref="GA-TR-1214", fam=["spanish-number"]),
    R("J5142", at(15, "09:25", CET), "¿Nos pueden enviar un extracto de cuenta a 31 de diciembre? Lo pide el auditor.", "invoice_resend",
      fam=["statement"]),
    R("J5142", at(16, "17:00", CET), "Buenas, pagaremos después de Reyes, el lunes 10 de enero, que es cuando hacemos la primera remesa del año.", "promise_to_pay",
      date="2028-01-10", fam=["reyes", "weekday-ordinal"]),
    R("J5142", at(17, "10:30", CET), "Buenos días, ya no trabajo en Guitarrería del Albaicín. Por favor, diríjanse a administracion@guitarreria-albaicin.example.", "wrong_contact",
      fam=["left-company"]),
    R("J5142", at(13, "18:20", CET), "Proponemos pagar la 97043 en dos plazos: 5.600 € el 30 de diciembre y 5.600 € el 31 de enero.", "payment_plan_request",
      date="2027-12-30", amount="5600.00", inv=["97043"], fam=["instalments-proposed"]),
    R("J5142", at(16, "07:55", CET), "Sí, mañana sin falta.", "promise_to_pay",
      date="2027-12-17", fam=["terse", "tomorrow"]),

    # J5143 Taxidermia Paraná, Rosario (es-AR, credit hold)
    R("J5143", at(6, "11:00", AR), "Hola, ¿cómo andan? Les transfiero los USD 3.790 el 20/12, cuando me liquiden la exportación. Y porfa levanten el bloqueo que necesito ojos de vidrio.", "promise_to_pay",
      date="2027-12-20", human=["conditional"], fam=["day-first", "conditional", "credit-hold", "rioplatense"]),
    R("J5143", at(7, "14:40", AR), "Mirá, con el cepo no puedo girar dólares hasta que el Banco Central me autorice. Te pago en cuanto salga, no depende de mí.", "promise_to_pay",
      human=["conditional", "undated"], fam=["fx-controls", "undated", "rioplatense"]),
    R("J5143", at(8, "16:30", AR), "Ya se transfirió, te mando el swift. Referencia PARANA-TX-1208.", "already_paid",
      ref="PARANA-TX-1208", human=["no matching payment"], fam=["swift"]),
    R("J5143", at(9, "10:15", AR), "¿Se puede pagar en cuotas? Tres de 1.263,33 dólares, la primera el 15 de enero.", "payment_plan_request",
      date="2028-01-15", amount="1263.33", fam=["instalments-proposed"]),
    R("J5143", at(10, "12:50", AR), "Gustavo está de vacaciones hasta el 3 de enero. Soy Florencia, la de mostrador. No manejo la plata.", "wrong_contact",
      sender="florencia@taxidermia-parana.example", fam=["receptionist"]),
    R("J5143", at(13, "09:30", AR), "Las formas de ciervo que mandaron vinieron rotas, tres de cinco. No pienso pagar mercadería rota.", "dispute",
      fam=["damaged-goods"]),
    R("J5143", at(14, "15:15", AR), "Mandame de nuevo la factura con el CUIT bien, que el contador dice que está mal.", "po_change",
      fam=["cuit", "reissue"]),
    R("J5143", at(15, "17:45", AR), "Pagamos USD 1.500 el viernes y el resto a fin de mes.", "promise_to_pay",
      date="2027-12-17", amount="1500.00", partial=False, fam=["two-parts", "end-of-month"]),
    R("J5143", at(16, "08:10", AR), "No se pudo entregar el mensaje. El buzón administracion@taxidermia-parana.example está lleno.", "bounce",
      lang="es", sender="postmaster@taxidermia-parana.example", dsn=("administracion@taxidermia-parana.example", "5.2.2"), subject="Error de entrega", quote="none", fam=["dsn", "mailbox-full"]),
    R("J5143", at(17, "19:20", AR), "Recibimos un mail diciendo que cambiaron de banco a uno en Lituania. ¿Es verdad? No giro nada hasta que me llamen.", "other",
      human=["fraud worry"], fam=["fraud-worry", "changed-iban"]),
    R("J5143", at(13, "13:00", AR), "Estoy de vacaciones hasta el 10 de enero, sin acceso al correo. Gustavo", "out_of_office",
      headers=AUTO, human=["absence over 14 days"], sender=1, fam=["auto-absence"]),
    R("J5142", at(9, "16:40", CET), "Les mando copia del albarán firmado; ¿pueden reenviar la factura 97044 con el número de pedido GA-2231? Sin él no la podemos contabilizar.", "po_change",
      sec=["invoice_resend"], inv=["97044"], fam=["po-missing"]),
    R("J5141", at(13, "11:25", MX), "Disculpe, ¿aceptan pago con tarjeta? Así lo liquidamos hoy mismo.", "other",
      human=["payment method question"], fam=["card-question"]),
    R("J5142", at(10, "13:20", CET), "Recibido, gracias. Lo pasamos a contabilidad.", "other",
      fam=["no-action"]),
]

PAYMENTS: list[Payment] = [
    Payment("BK51-016", "J5141", "2027-12-03", "48600.00", "MXN", "MONTEALBAN0312"),
    Payment("BK51-017", "J5142", "2027-12-15", "13060.00", "EUR", "GA-TR-1214 GUITARRERIA DEL ALBAICIN"),
]
