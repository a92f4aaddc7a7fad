"""Spanish replies (field24): a Catalan textile firm, an Argentine tannery on a legal account, a Chilean nursery on credit hold."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field24.kit import AR, AUTO, CET, CL, at, r

PAYMENTS = [
    Payment("BK24-12", "Z2441", "2026-11-20", "5635.00", "EUR", "TEXTILS RIPOLL TRANSF 201126"),
]

REPLIES = [
    # promise_to_pay
    r("Z2441", at(23, "09:40", CET), "promise_to_pay", "2026-11-27", "bare-weekday",
      "Bon dia, pagamos el viernes. Salut, Núria"),
    r("Z2441", at(24, "12:20", CET), "promise_to_pay", "2026-12-04", "locale-numeric-dayfirst shared-mailbox",
      "Buenos días:\n\nLes confirmamos que ambas facturas se pagarán el 4/12 en la remesa de proveedores.\n\nAtentamente,\nAdministració – Tèxtils Ripoll i Fills", sender=0),
    r("Z2441", at(25, "17:10", CET), "promise_to_pay", "2026-12-09", "holiday",
      "Hola, el lunes 7 hacemos puente y el 8 es la Inmaculada, así que el pago sale el miércoles 9. Un saludo, Núria Puig"),
    r("Z2441", at(26, "10:35", CET), "promise_to_pay", "2026-12-03", "relative-span working-days",
      "Buenos días, el pago se hará dentro de 5 días hábiles. Saludos, Administració", sender=0),
    r("Z2441", at(27, "13:00", CET), "promise_to_pay", "2026-11-30", "month-end",
      "Hola, a fin de mes sin falta, o sea el lunes. Núria"),
    r("Z2441", at(23, "18:30", CET), "promise_to_pay", "2026-12-11", "week-after-next",
      "Hola, la semana que viene no puedo, la siguiente el viernes. Perdona el retraso. Núria"),
    r("Z2441", at(24, "08:05", CET), "promise_to_pay", "2026-12-02", "abbrev-weekday next-weekday",
      "Buenas, pago el miérc. de la semana que viene, cuando cobremos de El Corte. Núria"),
    r("Z2441", at(26, "19:50", CET), "promise_to_pay", "2026-12-15", "partial mid-month",
      "Hola, te puedo pagar 2.500 € a mediados de diciembre y el resto en enero. Las rebajas nos han matado. Núria", amount="2500.00"),
    r("Z2442", at(23, "10:15", AR), "promise_to_pay", "2026-12-01", "weekday-ordinal sarcasm",
      "Qué lindo recibir una intimación cada semana, eh. El martes 1° transferimos, quédense tranquilos. Horacio Benítez"),
    r("Z2442", at(25, "12:45", AR), "promise_to_pay", "2026-12-10", "condition-date",
      "Buenas tardes, el pago queda sujeto a la autorización del BCRA para girar dólares al exterior. Si sale, pagamos el 10/12. Tesorería", sender=0, human=["conditional"]),
    r("Z2442", at(27, "16:20", AR), "promise_to_pay", "2026-12-04", "next-friday",
      "Hola, el viernes próximo giramos los USD 9.860. Saludos, Horacio", amount="9860.00", partial=False),
    r("Z2443", at(23, "11:00", CL), "promise_to_pay", "2026-11-30", "bare-weekday credit-hold",
      "Hola, pagamos el lunes, por favor liberen el despacho de las bandejas, tenemos la temporada encima. Camila Rojas"),
    r("Z2443", at(24, "15:20", CL), "promise_to_pay", "2026-12-07", "moved-date",
      "Hola, el pago que teníamos para el 30/11 pasa al 7/12 porque el banco cambió nuestra línea. Saludos, Finanzas", sender=0),
    r("Z2443", at(26, "09:10", CL), "promise_to_pay", "2026-12-03", "dotted-numeric",
      "Estimados, pago programado 03.12. ambas facturas. Camila"),
    r("Z2441", at(25, "09:20", CET), "promise_to_pay", "2026-11-26", "relative-tomorrow terse-mobile",
      "mañana sin falta"),
    r("Z2441", at(27, "09:50", CET), "promise_to_pay", "2026-12-04", "calendar-week html-outlook",
      "Buenos días,\n\nLes informamos de que el pago se realizará en la semana 49, el viernes.\n\nAtentamente,\nNúria Puig\nCap d'administració", html=True, quote="outlook"),
    r("Z2442", at(24, "09:30", AR), "promise_to_pay", "2026-11-30", "month-end",
      "Buen día, a fin de mes les giramos. Tesorería Curtiembre del Riachuelo", sender=0),
    r("Z2443", at(27, "12:40", CL), "promise_to_pay", "2026-12-18", "before-christmas",
      "Hola, antes del cierre de Navidad, el viernes 18, queda pagado. Saludos, Camila"),
    r("Z2441", at(23, "12:10", CET), "promise_to_pay", "2026-12-01", "meeting-before-payment",
      "Hola, el consejo se reúne el lunes 30 y el martes 1 pagamos. Núria"),
    r("Z2442", at(26, "14:05", AR), "promise_to_pay", None, "undated legal-threat",
      "Vamos a pagar cuando podamos. Y si siguen con el estudio de abogados, nosotros también tenemos uno. Horacio", human=["undated"]),
    # already_paid
    r("Z2441", at(24, "10:50", CET), "already_paid", None, "bank-charges",
      "Hola, pagamos las dos el 20/11, 5.635 €. Adjunto justificante. Saludos, Administració", sender=0,
      attachments=[("justificante.pdf", "application/pdf", "Transferencia SEPA\nOrdenante: Tèxtils Ripoll i Fills SL\nImporte: 5.635,00 EUR\nFecha: 20/11/2026")]),
    r("Z2443", at(25, "10:30", CL), "already_paid", None, "past-payment-date",
      "Hola, la 92444 ya está pagada, fue el 18/11. Revisen por favor y liberen el pedido. Camila", inv=["92444"], human=["no matching payment"]),
    # dispute
    r("Z2441", at(25, "13:40", CET), "dispute", None, "price",
      "Hola, en la 92441 el precio por metro del hilo es 4,10 y pactamos 3,80. Hasta que no llegue el abono no pagamos. Núria", inv=["92441"]),
    r("Z2442", at(24, "11:20", AR), "dispute", None, "quality legal-threat",
      "Los químicos de curtido llegaron vencidos. No vamos a pagar esa factura y nuestros abogados ya tienen el tema. Horacio Benítez"),
    # invoice_resend
    r("Z2441", at(26, "12:00", CET), "invoice_resend", None, "never-received",
      "Hola, no tenemos la 92442, ¿nos la reenviáis? Gràcies", sender=0, inv=["92442"]),
    r("Z2443", at(23, "16:30", CL), "invoice_resend", None, "statement",
      "Hola, ¿me pueden mandar el estado de cuenta actualizado? Camila"),
    # po_change
    r("Z2441", at(27, "11:25", CET), "po_change", None, "send-future-invoices",
      "Hola, a partir de ahora enviad las facturas a factures@textilsripoll.example, no a mí. Gracias, Núria"),
    r("Z2443", at(26, "11:45", CL), "po_change", None, "tax-id",
      "Hola, el RUT en la factura está mal, es 76.418.203-5. Favor reemitir. Finanzas", sender=0),
    # payment_plan_request
    r("Z2441", at(24, "17:45", CET), "payment_plan_request", "2026-12-15", "mid-month",
      "Hola, ¿podríamos pagar en tres plazos, el 15/12, el 15/1 y el 15/2? Núria"),
    r("Z2443", at(27, "10:00", CL), "payment_plan_request", None, "undated",
      "Hola, ¿es posible pagar en cuotas? Esta temporada las ventas de plantas bajaron mucho. Camila"),
    # out_of_office
    r("Z2441", at(25, "09:06", CET), "out_of_office", None, "ooo",
      "Estaré fuera de la oficina hasta el 1 de diciembre. Para temas urgentes: administracio@textilsripoll.example", headers=AUTO, quote="none", subject="Respuesta automática: Recordatorio: facturas vencidas – Tèxtils Ripoll i Fills SL"),
    r("Z2442", at(24, "09:06", AR), "out_of_office", None, "ooo long-absence",
      "Estoy de vacaciones hasta el 11 de enero. Consultas a tesoreria@curtiembreriachuelo.example.", headers=AUTO, quote="none", subject="Fuera de la oficina"),
    # bounce
    r("Z2441", at(23, "09:06", CET), "bounce", None, "dsn",
      "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\nn.puig@textilsripoll.example\n550 5.1.1 El usuario no existe",
      sender="mailer-daemon@textilsripoll.example", dsn=("n.puig@textilsripoll.example", "5.1.1"), subject="Mensaje no entregado"),
    r("Z2443", at(26, "09:06", CL), "bounce", None, "dsn",
      "Error de entrega. El buzón c.rojas@viverosdelmaule.example está lleno.\n\n452 4.2.2 Buzón lleno",
      sender="postmaster@viverosdelmaule.example", dsn=("c.rojas@viverosdelmaule.example", "4.2.2"), subject="No se puede entregar: Recordatorio"),
    # wrong_contact
    r("Z2441", at(26, "16:15", CET), "wrong_contact", None, "left-company",
      "Hola, Núria ya no trabaja aquí. Escribid a Jordi Vila, j.vila@textilsripoll.example. Administració", sender=0),
    r("Z2442", at(27, "10:40", AR), "wrong_contact", None, "acquisition",
      "Desde la compra por parte de Grupo Cueros del Plata, las cuentas las maneja su casa central: pagos@cuerosdelplata.example. Saludos, Tesorería", sender=0),
    # other
    r("Z2441", at(23, "15:00", CET), "other", None, "fraud-alert",
      "Hola, nos ha llegado un correo diciendo que vuestro IBAN ha cambiado a uno de Malta. ¿Es verdad? No pagamos hasta confirmarlo por teléfono. Núria", human=["fraud check on changed bank details"]),
    r("Z2443", at(25, "14:20", CL), "other", None, "no-action",
      "Gracias, recibido. Lo derivo a finanzas.", sender=0),
    r("Z2442", at(25, "16:10", AR), "other", None, "tax-forms",
      "Necesitamos el certificado de residencia fiscal de ustedes para no retener ganancias en el giro. Tesorería", sender=0, human=["tax form requested"]),
    r("Z2441", at(27, "15:30", CET), "other", None, "tone-complaint",
      "Hola, la verdad es que el tono del último recordatorio no ha gustado nada aquí. Somos clientes desde 2009. Núria", human=["complaint about tone"]),
]
