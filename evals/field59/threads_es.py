"""field59, Spanish: Tenerife carnival sequins, a Chinese-owned Fuenlabrada wholesaler, Sierra Nevada ski hire,
Gualeguaychú comparsas on credit hold, Veracruz carnival floats and a Chilean salmon exporter shipping for the New Year."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field59.kit import AR, AUTO, CAN, CET, CL, MX, at

R = Reply

PAYMENTS: list[Payment] = [
    Payment("BK59-022", "A5943", "2029-02-02", "7220.00", "EUR", "LENTEJUELAS CHICHARRERAS SL TRANSF"),
    Payment("BK59-023", "A5945", "2029-02-12", "4370.00", "EUR", "PRADOLLANO ALQ ESQUI F59451"),
    Payment("BK59-024", "A5947", "2029-01-31", "11280.00", "USD", "CPV SPEI 0457"),
]

REPLIES: list[Reply] = [
    R("A5943", at("01-22", "09:30", CAN), """Buenos días:

Estamos a tope con las fantasías de las murgas y las comparsas. Les pagamos las dos facturas el 1 de febrero sin falta.

Un saludo,
Nayra Pérez""",
      "promise_to_pay", date="2029-02-01", sender=1, fam=["carnival", "explicit-date"]),
    R("A5943", at("02-05", "10:00", CAN), """Hola, la transferencia salió el viernes pasado, 7.220 €. Saludos""",
      "already_paid", fam=["matched", "last-friday", "terse"]),
    R("A5943", at("01-29", "12:40", CAN), """Buenos días:

En la factura 59432 nos han cobrado 50 kg de lentejuela dorada y pedimos plateada. No la vamos a pagar hasta que nos manden el abono.

Nayra""",
      "dispute", inv=["INV-2027-59432"], sender=1, fam=["wrong-goods", "credit-note"]),
    R("A5943", at("02-09", "14:00", CAN), """Estaré fuera por el Carnaval de Santa Cruz hasta el 14 de febrero (Miércoles de Ceniza). Para asuntos urgentes escriba a administracion@lentejuelas-chicharreras.example.""",
      "out_of_office", sender=1, headers=AUTO, fam=["carnival", "ash-wednesday"]),
    R("A5943", at("01-25", "11:00", CAN), """Buenas, ¿me pueden reenviar la factura 59431? No la encuentro. Gracias""",
      "invoice_resend", inv=["INV-2027-59431"], fam=["terse"]),
    R("A5943", at("02-14", "09:15", CAN), """Hola, les escribo desde el móvil. Pagamos el lunes que viene, ya pasó el Carnaval. Nayra""",
      "promise_to_pay", date="2029-02-19", sender=1, fam=["mobile", "next-weekday", "carnival"]),
    R("A5944", at("01-23", "10:10", CET), """Estimados señores:

Antes de la Fiesta de la Primavera cerramos todas las cuentas con proveedores. Les pagaremos la factura 59441 el próximo viernes y la 59442 en marzo.

Atentamente,
Wei Chen
Administrador""",
      "promise_to_pay", date="2029-02-02", inv=["INV-2027-59441", "INV-2027-59442"], sender=1, fam=["spring-festival", "next-weekday", "strategic"]),
    R("A5944", at("02-06", "12:00", CET), """Hola,

Por favor, a partir de ahora emitan las facturas a nombre de Gran Muralla Distribución SL, CIF B87654321, misma dirección. Necesitamos las dos facturas rehechas.

Contabilidad""",
      "po_change", fam=["legal-entity", "reissue", "strategic"]),
    R("A5944", at("02-12", "09:00", CET), """Nuestra oficina permanecerá cerrada del 12 al 18 de febrero por el Año Nuevo Chino. Volvemos el lunes 19. 新年快乐！""",
      "out_of_office", headers=AUTO, fam=["spring-festival", "strategic"]),
    R("A5944", at("01-29", "16:30", CET), """Estimados:

Hemos recibido 3 palés de farolillos rojos rotos (albarán 2211). Adjuntamos fotos. No pagaremos la 59442 hasta recibir el abono correspondiente.

Wei Chen""",
      "dispute", inv=["INV-2027-59442"], sender=1, attachments=[("fotos_palets.zip", "application/zip", "")], fam=["damaged-goods", "strategic"]),
    R("A5944", at("02-15", "11:20", CET), """Buenos días,

¿Podemos pagar 59441 en tres plazos, 7.150 € el 28 de febrero, el 31 de marzo y el 30 de abril?

Wei Chen""",
      "payment_plan_request", date="2029-02-28", amount="7150.00", inv=["INV-2027-59441"], sender=1, fam=["instalments", "first-dated", "strategic"]),
    R("A5944", at("02-01", "09:20", CET), """Hola, la señora Li ya no trabaja con nosotros. Para pagos, escriban a Wei Chen: w.chen@granmuralla-comercial.example""",
      "wrong_contact", fam=["left-company", "strategic"]),
    R("A5945", at("01-24", "18:00", CET), """Hola,

Con la nevada de la semana pasada hemos tenido la tienda a reventar. Pago la factura el día 12 de febrero.

Javier""",
      "promise_to_pay", date="2029-02-12", sender=1, fam=["ski-season", "explicit-date"]),
    R("A5945", at("02-13", "08:30", CET), """Buenos días: pagada ayer, con el concepto F59451. Saludos, Javier Moreno""",
      "already_paid", ref="F59451", sender=1, fam=["matched", "reference"]),
    R("A5945", at("01-30", "10:00", CET), """Buenos días, nos falta el duplicado de la factura para la gestoría. ¿Nos la pueden mandar otra vez?""",
      "invoice_resend", fam=["copy"]),
    R("A5945", at("02-07", "09:00", CET), """Buenas, ¿aceptan Bizum o tarjeta? Sería más rápido para nosotros.""",
      "other", human=["payment method question"], sender=1, fam=["payment-method"]),
    R("A5945", at("02-02", "11:00", CET), """No se ha podido entregar el mensaje a los siguientes destinatarios:

facturas@esqui-pradollano.example
550 5.1.1 El usuario no existe""",
      "bounce", sender="postmaster@esqui-pradollano.example", dsn=("facturas@esqui-pradollano.example", "5.1.1"),
      subject="No se puede entregar: Recordatorio: facturas vencidas", fam=["dsn-es"]),
    R("A5946", at("01-25", "21:00", AR), """Hola, ¿qué tal?

Los corsos arrancan en enero y cobramos las entradas recién en febrero. Les giramos USD 4.000 la semana que viene y el resto después de Carnaval.

Gustavo""",
      "promise_to_pay", date="2029-02-02", amount="4000.00", sender=1, fam=["partial", "next-week", "credit-hold", "rioplatense"]),
    R("A5946", at("02-08", "10:00", AR), """Hola, ¿podemos pagar lo que queda en cuatro cuotas mensuales? La primera el 10 de marzo. Gustavo""",
      "payment_plan_request", date="2029-03-10", sender=1, fam=["instalments", "first-dated", "credit-hold"]),
    R("A5946", at("02-12", "09:00", AR), """Estoy en el corsódromo hasta el miércoles. Después respondo. G.""",
      "out_of_office", sender=1, human=["absence typed by a person"], fam=["typed-absence", "carnival", "credit-hold"]),
    R("A5946", at("02-15", "11:00", AR), """Hola,

Ya les giramos los USD 4.000 el 2 de febrero, ¿no les llegaron? Les paso el comprobante.

Administración""",
      "already_paid", human=["no matching payment"], fam=["partial-paid", "credit-hold"]),
    R("A5946", at("01-30", "15:00", AR), """Hola, las plumas de la factura 59461 vinieron teñidas de otro color. Queremos nota de crédito por el 30%.""",
      "dispute", sender=1, fam=["wrong-goods", "credit-hold"]),
    R("A5947", at("01-24", "10:00", MX), """Buen día:

Les confirmamos que la factura 59471 (OC CPV-0457) queda programada para pago el miércoles 31 de enero. La 59472 entra en la siguiente corrida de pagos.

Saludos cordiales,
Lucía Domínguez
Contralora""",
      "promise_to_pay", date="2029-01-31", inv=["INV-2027-59471", "INV-2027-59472"], sender=1, html=True, fam=["weekday-ordinal", "payment-run", "html"]),
    R("A5947", at("02-01", "09:30", MX), """Buen día, les informamos que el pago de la 59471 se realizó ayer vía SPEI, referencia CPV SPEI 0457.

Cuentas por pagar""",
      "already_paid", ref="CPV SPEI 0457", inv=["INV-2027-59471"], fam=["matched", "reference"]),
    R("A5947", at("02-05", "12:00", MX), """Buen día:

Para poder pagar la 59472 necesitamos que la factura indique la OC CPV-0478, no la CPV-0471. ¿Nos la pueden reexpedir?

Lucía""",
      "po_change", inv=["INV-2027-59472"], sender=1, fam=["po-correction"]),
    R("A5947", at("02-13", "10:00", MX), """Hola, estamos terminando el desfile del Carnaval de Veracruz. La 59472 se paga a más tardar el viernes.

Lucía""",
      "promise_to_pay", date="2029-02-16", inv=["INV-2027-59472"], sender=1, fam=["carnival", "weekday"]),
    R("A5947", at("01-29", "08:00", MX), """Gracias por su correo. Su solicitud fue registrada con el folio CXP-88471. Le responderemos en un plazo de 48 horas hábiles.""",
      "other", headers=AUTO, fam=["no-action", "ticket-ack"]),
    R("A5947", at("02-08", "11:00", MX), """Buen día, ¿nos pueden mandar un estado de cuenta actualizado? Gracias.""",
      "invoice_resend", fam=["statement"]),
    R("A5948", at("01-23", "10:30", CL), """Estimados:

Por instrucción de nuestros abogados, toda comunicación sobre esta deuda debe dirigirse al estudio Larraín & Asociados. Sin perjuicio de ello, el despacho del salmón para el Año Nuevo chino nos permitirá pagar el 15 de febrero.

Rodrigo Oyarzún
Jefe de Finanzas""",
      "promise_to_pay", sec=["other"], date="2029-02-15", sender=1, human=["legal counsel involved"],
      fam=["legal-account", "spring-festival", "explicit-date"]),
    R("A5948", at("02-06", "09:00", CL), """Hola,

¿Podríamos pagar la factura en dos cuotas de USD 11.950, la primera el lunes 19 y la segunda el 19 de marzo?

Rodrigo""",
      "payment_plan_request", date="2029-02-19", amount="11950.00", sender=1, fam=["instalments", "first-dated", "legal-account"]),
    R("A5948", at("02-14", "17:00", CL), """Estaré de vacaciones hasta el 4 de marzo. Sin acceso al correo.""",
      "out_of_office", sender=1, headers=AUTO, human=["away more than 14 days"], fam=["summer-holiday", "long-absence", "legal-account"]),
    R("A5948", at("01-31", "11:00", CL), """Hola, ¿me pueden mandar la factura en formato XML? Nuestro sistema la necesita así. Gracias""",
      "invoice_resend", sender=1, fam=["format", "legal-account"]),
    R("A5944", at("01-26", "10:00", CET), """Buenos días, confirmamos que el IBAN de su factura termina en 4471? Nos llegó otro distinto por carta. Gracias, Contabilidad""",
      "other", human=["bank details to confirm"], fam=["fraud-check", "strategic"]),
    R("A5945", at("01-22", "10:00", CET), """Hola, el viernes os hago la transferencia. Javier""",
      "promise_to_pay", date="2029-01-26", sender=1, fam=["weekday", "terse"]),
    R("A5943", at("02-07", "16:00", CAN), """Hola, ya no llevo la administración, ahora lo lleva mi hermana Yurena: yurena@lentejuelas-chicharreras.example""",
      "wrong_contact", sender=1, fam=["new-contact"]),
    R("A5947", at("02-15", "09:00", MX), """Hola, la 59472 mejor la pagamos en dos partes: 845 USD hoy y 845 USD el 28. ¿Está bien?""",
      "payment_plan_request", date="2029-02-15", amount="845.00", inv=["INV-2027-59472"], fam=["instalments", "first-dated", "asks-permission"]),
    R("A5946", at("02-14", "10:00", AR), """Gracias, recibido. Lo vemos con Gustavo.""",
      "other", fam=["no-action", "ack", "credit-hold"]),
    R("A5944", at("02-08", "15:00", CET), """Hola, pagamos el 50% (10.725 €) de la 59441 antes del cierre, el día 9. El resto cuando volvamos.""",
      "promise_to_pay", date="2029-02-09", amount="10725.00", inv=["INV-2027-59441"], fam=["partial", "by-the-nth", "strategic"]),
]
