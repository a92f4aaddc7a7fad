"""field30, Spanish replies (Cádiz, Lima, Huila), written by hand."""

from evals.field30.build import Payment, Reply
from evals.field30.kit import AUTO, CET, CO, PE, at

ES_FOOTER = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener "
             "información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la "
             "autorización expresa de Conservas Bahía de Cádiz SL. Si usted no es el destinatario final, por favor elimínelo e "
             "infórmenos por esta vía. De conformidad con el RGPD, le informamos de que sus datos forman parte de un fichero "
             "responsabilidad de Conservas Bahía de Cádiz SL.")

PAYMENTS = [
    Payment("BK30-016", "R3022", "2026-11-13", "1950.00", "EUR", "CBC93044 CONSERVAS BAHIA"),
    Payment("BK30-017", "R3024", "2026-11-16", "8856.00", "USD", "FINCA LA ESPERANZA SAS"),
]

REPLIES = [
    Reply("R3022", at(17, "09:45", CET), """Buenos días:

Les confirmo que pagaremos ambas facturas el próximo viernes.

Un saludo,
Rocío Benítez""", "promise_to_pay", date="2026-11-27", fam=["next-weekday"]),
    Reply("R3022", at(18, "12:30", CET), """Hola, la transferencia saldrá el juev. 26. Saludos""", "promise_to_pay", date="2026-11-26",
          fam=["abbrev-weekday", "weekday-ordinal", "terse-mobile"]),
    Reply("R3022", at(19, "13:20", CET), """Buenas tardes:

Pagaremos la 93044 dentro de 10 días hábiles y la 93043 cuando nuestro cliente de la gran distribución nos pague la campaña de Navidad.

Rocío""", "promise_to_pay", date="2026-12-03", inv=["93044", "93043"], human=["conditional"],
          fam=["working-days", "two-dates", "third-party-payment"]),
    Reply("R3022", at(20, "10:00", CET), """Les pagamos el día 4, sin falta.""", "promise_to_pay", date="2026-12-04", fam=["ordinal-alone", "terse-mobile"]),
    Reply("R3022", at(17, "12:10", CET), f"""Estimados señores:

En relación con su recordatorio, les informamos de que el pago de las facturas 93043 y 93044 se realizará mediante confirming con vencimiento el 15 de diciembre de 2026.

Atentamente,
Departamento de Administración
Conservas Bahía de Cádiz SL

{ES_FOOTER}""", "promise_to_pay", sender=0, date="2026-12-15", inv=["93043", "93044"], fam=["confirming", "date-in-words", "formal-ap", "long-disclaimer"]),
    Reply("R3023", at(17, "10:20", PE), """Estimados:

El pago de USD 2,310 (factura 93046) se hará el lunes 30. La 93045 la estamos revisando con nuestro abogado.

César Huamán
Jefe de Tesorería""", "promise_to_pay", date="2026-11-30", amount="2310.00", partial=False, inv=["93046", "93045"],
          human=["other invoice under review"], fam=["weekday-ordinal", "two-dates"]),
    Reply("R3023", at(18, "15:30", PE), """Buenas tardes, le informamos que la transferencia se hará efectiva la semana subsiguiente. Saludos cordiales.""",
          "promise_to_pay", date="2026-12-04", fam=["week-after-next"]),
    Reply("R3023", at(19, "11:05", PE), """Para fin de mes haremos el depósito completo, USD 19,930.""", "promise_to_pay", date="2026-11-30",
          amount="19930.00", partial=False, fam=["month-end"]),
    Reply("R3024", at(17, "08:50", CO), """Buen día,

Le cuento que el pago sale el martes 1 de diciembre, luego de nuestro cierre contable del lunes 30.

Diana Ospina
Contadora""", "promise_to_pay", date="2026-12-01", fam=["weekday-ordinal", "meeting-before-payment"]),
    Reply("R3024", at(18, "14:15", CO), """Hola, Diana acá. Pagamos el 50% el viernes y el otro 50% el 15 de diciembre.""", "promise_to_pay", date="2026-11-20",
          human=["partial"], fam=["partial", "bare-weekday", "two-dates"]),
    Reply("R3024", at(19, "23:20", CO), """Perdón la hora. Mañana en la mañana hago la transferencia de las dos facturas.""", "promise_to_pay", date="2026-11-20",
          fam=["late-evening"]),
    Reply("R3024", at(20, "09:30", CO), """Buenas. Pagaremos en quince días.""", "promise_to_pay", date="2026-12-05", fam=["relative-span", "terse-mobile"]),
    Reply("R3022", at(18, "11:15", CET), """Os reenvío la confirmación del banco, ver abajo.

---------- Mensaje reenviado ---------
De: BBVA Net Cash <notificaciones@bbva-netcash.example>
Fecha: mié, 18 nov 2026 a las 10:58
Asunto: Orden de transferencia programada

Su orden de transferencia por importe de 12.230,00 EUR a favor de NORTHWIND SUPPLIES GMBH se ejecutará con fecha 25/11/2026.
Referencia: 0182-NC-4471902""", "promise_to_pay", date="2026-11-25", amount="12230.00", partial=False, ref="0182-NC-4471902",
          fam=["forwarded-chain", "see-below", "bank-notice", "locale-numeric-dayfirst"]),
    Reply("R3023", at(20, "12:40", PE), """El pago se hará en la primera quincena de diciembre. Atte., Tesorería""", "promise_to_pay", sender=0, date="2026-12-15",
          fam=["first-fortnight"]),
    Reply("R3022", at(17, "17:40", CET), """Hola:

Lo pagamos el viernes 4, antes del puente de diciembre, que luego aquí no hay nadie.

Rocío""", "promise_to_pay", date="2026-12-04", fam=["weekday-ordinal", "holiday"]),
    Reply("R3024", at(19, "10:40", CO), """Buenos días,

Le confirmo que el pago de la factura 93047 se hará el próximo miércoles; la 93048 va con el siguiente corte.

Diana""", "promise_to_pay", date="2026-11-25", inv=["93047", "93048"], fam=["next-weekday", "two-dates", "payment-cycle"]),
    Reply("R3023", at(17, "16:05", PE), """Pagaremos cuando nuestro cliente de Chile nos cancele la exportación de noviembre.""", "promise_to_pay",
          human=["conditional"], fam=["condition", "third-party-payment"]),
    # ---- other intents
    Reply("R3022", at(19, "09:05", CET), """Buenos días:

Ya les pagamos la factura 93044 el viernes pasado (13/11), referencia CBC-93044.

Un saludo""", "already_paid", sender=0, ref="CBC-93044", inv=["93044"], fam=["remittance-reference-variant", "locale-numeric-dayfirst"]),
    Reply("R3024", at(18, "10:30", CO), """Hola,

Ya pagamos las dos facturas el lunes, pero el banco descontó la retención en la fuente del 4 %.

Diana""", "already_paid", human=["amount differs (withholding)"], fam=["withholding"]),
    Reply("R3022", at(20, "12:50", CET), """Buenos días:

En la factura 93043 nos han aplicado IVA del 21 %, pero la mercancía se entregó en nuestra planta de Lanzarote, donde rige el IGIC. Les rogamos rectifiquen la factura.

Administración""", "dispute", sender=0, inv=["93043"], fam=["vat", "canary-igic"]),
    Reply("R3023", at(18, "09:40", PE), """Estimados:

La tela del pedido facturado en la 93045 llegó con defectos de teñido en 14 de los 60 rollos. No procederemos al pago hasta recibir la nota de crédito correspondiente.

César Huamán""", "dispute", inv=["93045"], fam=["quality", "credit-note"]),
    Reply("R3023", at(20, "15:10", PE), """Por favor reenvíen la factura 93046, no la tenemos en el sistema. Gracias.""", "invoice_resend", sender=0, inv=["93046"],
          fam=["never-received"]),
    Reply("R3024", at(19, "15:25", CO), """Hola, ¿me pueden mandar un estado de cuenta actualizado? Gracias""", "invoice_resend", fam=["statement"]),
    Reply("R3024", at(17, "11:45", CO), """Buenos días,

A partir de diciembre solo podemos recibir factura electrónica validada. Por favor envíenla a recepcion.fe@fincalaesperanza.example e incluyan nuestro NIT 901.223.845-7.

Contabilidad""", "po_change", sender=0, fam=["e-invoicing", "tax-id", "send-future-invoices"]),
    Reply("R3022", at(18, "16:10", CET), """Hola:

Por favor, indiquen en la factura 93043 nuestro número de pedido PED-2026-1187 y vuelvan a enviarla; sin él no la podemos contabilizar.

Rocío""", "po_change", inv=["93043"], fam=["po-correction"]),
    Reply("R3023", at(19, "14:50", PE), """Estimados:

¿Sería posible fraccionar el saldo en tres cuotas mensuales desde enero? Quedamos atentos.

César""", "payment_plan_request", fam=["plan-request"]),
    Reply("R3022", at(20, "17:30", CET), """¿Podríamos aplazar el pago de la 93043 hasta finales de enero? La campaña ha ido floja.""", "payment_plan_request",
          date="2027-01-31", inv=["93043"], fam=["deferral", "month-end"]),
    Reply("R3022", at(18, "07:20", CET), """Estaré fuera de la oficina hasta el 25 de noviembre. Para asuntos urgentes, escriban a administracion@conservasbahiacadiz.example.""",
          "out_of_office", headers=dict(AUTO), subject="Respuesta automática: Recordatorio: facturas vencidas", fam=["auto-reply"]),
    Reply("R3024", at(20, "08:10", CO), """Estoy de vacaciones hasta el 30, le respondo desde el celular. Miro todo a mi regreso.""", "out_of_office",
          human=["absence written by a person"], fam=["hand-written-absence", "terse-mobile"]),
    Reply("R3023", at(17, "06:40", PE), """Este mensaje fue generado automáticamente.

No se pudo entregar su mensaje a c.huaman@textilesandinos.example.
Motivo: 550 5.1.1 el usuario no existe.""", "bounce", sender="MAILER-DAEMON@correo.textilesandinos.example",
          subject="Mensaje no entregado: Recordatorio: facturas vencidas", dsn=("c.huaman@textilesandinos.example", "5.1.1"), fam=["dsn-postfix"]),
    Reply("R3024", at(19, "04:30", CO), """No se puede entregar a estos destinatarios o grupos:

d.ospina@fincalaesperanza.example
El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.

Información de diagnóstico para administradores: 552 5.2.2 mailbox full""", "bounce", sender="postmaster@fincalaesperanza.example",
          subject="No se puede entregar: Recordatorio: facturas vencidas", dsn=("d.ospina@fincalaesperanza.example", "5.2.2"), fam=["dsn-exchange", "mailbox-full"]),
    Reply("R3022", at(19, "12:15", CET), """Buenos días, Rocío ya no trabaja con nosotros. Escriban a Manuel Ortega, m.ortega@conservasbahiacadiz.example, que lleva ahora los pagos.""",
          "wrong_contact", sender=0, fam=["left-company"]),
    Reply("R3024", at(18, "16:40", CO), """Yo soy de logística, no manejo pagos. Por favor escriban a contabilidad.""", "wrong_contact",
          sender="logistica@fincalaesperanza.example", fam=["not-my-department"]),
    Reply("R3023", at(20, "11:00", PE), """Estimados:

Por indicación de la Gerencia, toda comunicación sobre este saldo debe dirigirse en adelante a nuestro estudio de abogados, Rey & Palacios Abogados. Les rogamos no contactar directamente al área de Tesorería.

Atentamente""", "other", sender=0, human=["counsel only"], fam=["counsel-only", "legal-threat"]),
    Reply("R3024", at(17, "15:55", CO), """Recibido, muchas gracias. Lo paso a contabilidad.""", "other", fam=["no-action", "acknowledgement"]),
]
