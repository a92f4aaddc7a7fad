"""field41 Spanish replies: Monterrey and Andalusia (hand-written one by one)."""

from evals.field.build import Payment, Reply
from evals.field41.kit import AUTO, CET, MX, at

PAYMENTS = [
    Payment("BK41-020", "C4142", "2027-09-14", "3990.00", "EUR", "FUNERARIA VIRGEN DE LA CINTA FRAS 94142 94143"),
    Payment("BK41-021", "C4143", "2027-09-10", "4480.00", "USD", "SPEI DSC CERRO SILLA OC 2231"),
]

REPLIES = [
    Reply("C4141", at(13, "09:40", MX), """Buenos días,

Les comento que esta semana es corta por el puente del 16 de septiembre. El pago de la factura 94141 queda programado para el viernes 24.

Saludos cordiales,
Rodrigo Garza
Contralor | Chatarrera del Norte Regiomontana""",
          "promise_to_pay", date="2027-09-24", fam=["mexico_independence_day", "explicit_weekday_day", "distractor_holiday_date"]),
    Reply("C4141", at(14, "12:15", MX), """Buen día,

El peso de báscula en nuestra planta de Escobedo fue de 28.4 toneladas y ustedes facturan 31.2. No vamos a pagar la diferencia hasta que nos manden el ticket de báscula de origen.

Rodrigo""",
          "dispute", fam=["weight_dispute"]),
    Reply("C4141", at(15, "10:00", MX), """Buenas,

¿Nos permiten liquidar la 94141 en tres parcialidades? La primera de 4,000 dólares el 30 de septiembre, luego 31 de octubre y 30 de noviembre.

Quedo atento,
Rodrigo Garza""",
          "payment_plan_request", date="2027-09-30", amount="4000.00", fam=["plan_three_instalments"]),
    Reply("C4141", at(16, "08:20", MX), """Estoy fuera de la oficina por el día de la Independencia. Regreso el viernes 17 de septiembre.

Rodrigo Garza""",
          "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Chatarrera del Norte Regiomontana SA de CV",
          fam=["ooo_one_day", "mexico_independence_day"]),
    Reply("C4141", at(13, "17:30", MX), """Hola,

Favor de corregir la orden de compra en la factura 94141: debe decir CNR-OC-5528, no 5520. Además agregar el uso de CFDI G03. Sin esto no la puede timbrar contabilidad.

Cuentas por pagar""",
          "po_change", sender=0, fam=["po_correction", "cfdi"]),
    Reply("C4141", at(14, "18:05", MX), """Les pagamos en cuanto nuestro cliente de Saltillo nos liquide la chatarra de agosto. No tengo fecha todavía.""",
          "promise_to_pay", human=["conditional"], fam=["conditional_customer_pays", "voice_mobile"]),
    Reply("C4142", at(13, "10:30", CET), """Buenos días:

Les informo de que ayer por la tarde... perdón, hoy por la mañana, hemos realizado la transferencia de ambas facturas, 3.990 euros en total.

Un saludo,
Macarena Domínguez
Gerente – Funeraria Virgen de la Cinta, Huelva""",
          "already_paid", fam=["collective_payment", "self_correction"], note="BK41-020 14 Sep EUR 3,990 = 3,370 + 620"),
    Reply("C4142", at(14, "11:00", CET), """Buenos días,

La factura 94143 incluye 12 coronas de flores que no pedimos nosotros sino la familia directamente. Por favor, anúlenla.

Atentamente,
Administración""",
          "dispute", inv=["94143"], sender=0, fam=["not_ordered"]),
    Reply("C4142", at(15, "13:45", CET), """Hola,

La 94142 la pagamos el día 1 de octubre sin falta.

Un saludo,
Macarena""",
          "promise_to_pay", date="2027-10-01", inv=["94142"], fam=["explicit_date"]),
    Reply("C4142", at(16, "09:20", CET), """Buenos días, ¿nos pueden reenviar la factura 94143? No la encontramos en el correo. Gracias""",
          "invoice_resend", inv=["94143"], sender=0, fam=["resend_lost"]),
    Reply("C4142", at(13, "08:00", CET), """Gracias por su mensaje. Estaré de vacaciones hasta el 4 de octubre. Para asuntos urgentes escriba a administracion@funerariacinta.example.

Macarena Domínguez""",
          "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Funeraria Virgen de la Cinta SL",
          human=["absence more than 14 days"], fam=["ooo_long_absence"]),
    Reply("C4142", at(14, "16:50", CET), """Buenas tardes,

A partir de octubre la facturación debe ir a nombre de Servicios Funerarios Onubenses SL, CIF B21884410, por la absorción de la funeraria. Rogamos reemitan las facturas pendientes.

Macarena Domínguez""",
          "po_change", fam=["new_legal_entity", "tax_id_change"]),
    Reply("C4143", at(13, "11:45", MX), """Buen día,

La factura 94144 se pagó el 10 de septiembre vía SPEI, referencia OC 2231. Adjunto comprobante.

Saludos,
Adriana Treviño
Gerente de Finanzas""",
          "already_paid", ref="OC 2231", inv=["94144"],
          attachments=[("comprobante_spei.pdf", "application/pdf", "SPEI 10/09/2027 USD 4,480.00 beneficiario NORTHWIND SUPPLIES GMBH concepto OC 2231")],
          fam=["paid_with_reference", "spei_attachment"], note="BK41-021"),
    Reply("C4143", at(14, "10:10", MX), """Hola, la 94145 la pagamos el próximo martes sin falta. Saludos, Adriana""",
          "promise_to_pay", date="2027-09-21", inv=["94145"], fam=["next_weekday"]),
    Reply("C4143", at(15, "14:30", MX), """Buenas tardes,

La 94145 trae licencias de Office para 25 usuarios, nosotros pedimos 20. Favor de emitir nota de crédito por la diferencia.

Adriana""",
          "dispute", inv=["94145"], fam=["quantity_dispute"]),
    Reply("C4143", at(16, "09:00", MX), """Hoy es día feriado en México (Independencia). Su correo será atendido a partir del viernes 17.

Pagos a proveedores – DSC""",
          "out_of_office", headers=AUTO, sender=0, subject="Respuesta automática: Recordatorio: facturas vencidas – Distribuidora de Software Cerro de la Silla SA de CV",
          fam=["ooo_one_day", "mexico_independence_day"]),
    Reply("C4143", at(13, "16:00", MX), """Buenas tardes,

Le informo que yo ya no llevo las cuentas por pagar. Ahora las lleva el Lic. Héctor Cantú, hector.cantu@softcerrosilla.example.

Saludos,
Adriana Treviño""",
          "wrong_contact", fam=["wrong_contact_named"]),
    Reply("C4143", at(14, "13:20", MX), """Hola,

¿Aceptan pago en pesos mexicanos al tipo de cambio del DOF del día? Nos conviene más que transferir en dólares.

Pagos a proveedores""",
          "other", sender=0, human=["currency question"], fam=["currency_question"]),
    Reply("C4143", at(15, "17:40", MX), """Buenas tardes. La 94145 se paga a fin de mes, con el cierre de trimestre.""",
          "promise_to_pay", date="2027-09-30", inv=["94145"], fam=["end_of_month", "quarter_end"]),
    Reply("C4144", at(13, "12:00", CET), """Buenos días,

Estamos en plena vendimia y la bodega va a tope. La factura 94146 se abonará la semana que viene, el jueves.

Un cordial saludo,
José Luis Pemartín
Director Financiero – Bodegas Altozano de Jerez""",
          "promise_to_pay", date="2027-09-23", fam=["next_week_weekday", "vendimia"]),
    Reply("C4144", at(14, "09:30", CET), """Buenos días:

La factura 94146 recoge 60 botas de roble americano a 165 €; el precio pactado en la oferta de abril era 150 €. Solicitamos factura rectificativa.

Contabilidad – Bodegas Altozano""",
          "dispute", sender=0, fam=["price_dispute"]),
    Reply("C4144", at(15, "12:40", CET), """Hola,

¿Se podría fraccionar el pago de la 94146 en dos plazos? Mitad ahora y mitad a final de octubre, cuando cobremos la primera partida de fino a Inglaterra.

José Luis""",
          "payment_plan_request", date="2027-09-15", fam=["plan_half_now"]),
    Reply("C4144", at(16, "10:15", CET), """Buenos días,

Les rogamos nos remitan las facturas en formato Facturae a través de FACe, código DIR3 GE0001234. Por favor reemitan la 94146.

Contabilidad""",
          "po_change", sender=0, fam=["einvoice_format"]),
    Reply("C4144", at(13, "19:10", CET), """Pagamos el 30/09. JL""",
          "promise_to_pay", date="2027-09-30", fam=["numeric_day_first", "voice_mobile"]),
    Reply("C4144", at(15, "07:00", CET), """No se ha podido entregar el mensaje a j.pemartin@bodegasaltozano.example.
El buzón del destinatario está lleno (552 5.2.2).""",
          "bounce", sender="postmaster@bodegasaltozano.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Bodegas Altozano de Jerez SL",
          dsn=("j.pemartin@bodegasaltozano.example", "5.2.2"), lang="es", fam=["bounce_mailbox_full", "bounce_spanish"]),
    Reply("C4142", at(16, "04:30", CET), """Este es un mensaje generado automáticamente.
Su mensaje a m.dominguez@funerariacinta.example no ha podido ser entregado: 550 5.1.1 usuario desconocido.""",
          "bounce", sender="mailer-daemon@funerariacinta.example", subject="Mensaje no entregado",
          dsn=("m.dominguez@funerariacinta.example", "5.1.1"), lang="es", fam=["bounce_user_unknown", "bounce_spanish"]),
    Reply("C4144", at(16, "13:30", CET), """Muchas gracias, recibido. Lo paso a contabilidad.""",
          "other", fam=["no-action", "acknowledgement"]),
    Reply("C4141", at(15, "16:20", MX), """Buenas tardes,

Le confirmo que el pago se hará el 1º de octubre, siempre y cuando se libere el bloqueo de crédito para el embarque pendiente.

Rodrigo""",
          "promise_to_pay", date="2027-10-01", human=["conditional"], fam=["conditional_release_hold"]),
    Reply("C4143", at(16, "18:00", MX), """Hola Adriana aquí otra vez, perdón: la 94145 no el martes como le dije sino el jueves 23, porque el martes cierra nuestro corte de proveedores. Gracias""",
          "promise_to_pay", date="2027-09-23", inv=["94145"], fam=["moved_date", "self_correction"]),
    Reply("C4142", at(15, "17:10", CET), """Buenas tardes,

Abonaremos la 94142 dentro de 10 días, cuando nos ingrese la aseguradora el servicio de agosto.

Un saludo,
Administración""",
          "promise_to_pay", date="2027-09-25", inv=["94142"], sender=0, human=["conditional"], fam=["conditional_insurer_pays", "in_n_days"]),
    Reply("C4144", at(14, "18:30", CET), """Buenas tardes, ¿aplican descuento por pronto pago si abonamos antes del viernes? Gracias, JL""",
          "other", human=["discount question"], fam=["discount_question"]),
    Reply("C4141", at(13, "13:00", MX), """Hola buenas tardes, favor de mandarme copia de la factura 94141 con el XML del CFDI, solo nos llegó el PDF.""",
          "invoice_resend", fam=["cfdi_xml_copy"]),
    Reply("C4142", at(13, "18:15", CET), """Buenas tardes,

Perdone, pero yo soy la encargada de la sala de velatorios, no de administración. Le paso el correo a mi compañera Rocío (rocio@funerariacinta.example).

Un saludo""",
          "wrong_contact", sender="velatorio@funerariacinta.example", fam=["wrong_contact_named"]),
    Reply("C4143", at(13, "09:05", MX), """Buenos días, pagaremos la 94145 la primera semana de octubre, el lunes 4.""",
          "promise_to_pay", date="2027-10-04", inv=["94145"], fam=["explicit_weekday_day"]),
    Reply("C4144", at(15, "18:20", CET), """Buenas tardes,

Confirmamos que el abono de la 94146 se realizará dentro de 3 días hábiles.

Atentamente,
Contabilidad""",
          "promise_to_pay", date="2027-09-20", sender=0, fam=["working_days"]),
]
