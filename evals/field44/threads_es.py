"""field44, Spanish: a Mexican contractor, an Elqui valley co-operative, an Argentine corralón on a legal account and a Chilean municipality (strategic)."""

from evals.field.build import Payment, Reply
from evals.field44.kit import AR, AUTO, CL, MX, at

PAYMENTS = [
    Payment("BK44-041", "Y4441", "2026-10-16", "2760.00", "USD", "SPEI CONSTRUCTORA HERNANDEZ CR 2026101640014CHA0077"),
    Payment("BK44-042", "Y4442", "2026-10-20", "6180.00", "USD", "COOP AGRICOLA VALLE DEL ELQUI"),
]

REPLIES = [
    Reply("Y4441", at(19, "09:30", MX), """Buen día,

Le informo que la factura 94452 se pagó el viernes pasado por SPEI, clave de rastreo 2026101640014CHA0077. La 94451 está programada para el próximo viernes.

Saludos cordiales,
C.P. Rodrigo Hernández
Director de Finanzas
Constructora Hernández y Asociados, S.A. de C.V.
Av. Constitución 1220, Col. Centro, Monterrey, N.L.

AVISO DE CONFIDENCIALIDAD: La información contenida en este correo electrónico es confidencial y está dirigida exclusivamente al destinatario. Si usted recibió este mensaje por error, favor de notificarlo al remitente y eliminarlo. Queda prohibida su divulgación, copia o distribución sin autorización. Consulte nuestro Aviso de Privacidad en www.constructorahernandez.example/privacidad.""",
          "already_paid", sec=["promise_to_pay"], date="2026-10-30", ref="2026101640014CHA0077", inv=["94452", "94451"],
          fam=["spei", "proximo-viernes", "paid-and-promise", "disclaimer-longer-than-message"], note="94452 matches BK44-041 by SPEI key"),
    Reply("Y4441", at(20, "12:00", MX), """Buenas tardes,

Para poder programar el pago necesitamos que nos envíen el CFDI 4.0 con uso G03 y método de pago PPD, y que en la factura aparezca la orden de compra CHA-OC-3381. La que nos mandaron viene con uso S01 y no la podemos deducir.

Gracias,
Cuentas por pagar""", "po_change", sender=0, fam=["cfdi", "uso-cfdi", "mexico"]),
    Reply("Y4441", at(21, "10:10", MX), """Hola, les pagamos el martes 3 de noviembre, el lunes 2 es Día de Muertos y no hay nadie en la oficina. Saludos""",
          "promise_to_pay", date="2026-11-03", sender=0, fam=["dia-de-muertos", "distractor-holiday", "weekday-date"]),
    Reply("Y4441", at(22, "16:30", MX), """Estimados,

La factura 94451 cobra 120 toneladas de varilla corrugada pero la remisión firmada en obra dice 112. Favor de emitir nota de crédito por la diferencia antes de programar el pago.

Atentamente
Ing. Patricia Garza, Residente de obra""", "dispute", inv=["94451"], sender="p.garza@constructorahernandez.example", fam=["quantity", "remision", "unknown-sender"]),
    Reply("Y4441", at(23, "08:00", MX), """Buenos días,

Se pagarán USD 8,000 el 30 de octubre y el resto a mediados de noviembre.

Saludos,
Rodrigo""", "promise_to_pay", date="2026-10-30", amount="8000.00", fam=["two-dates-earliest", "mediados"]),
    Reply("Y4441", at(19, "18:40", MX), """Nos pueden reenviar la factura 94451 en PDF y XML por favor? No nos llegó el XML. Gracias""", "invoice_resend", inv=["94451"], sender=0,
          fam=["xml", "mexico-terse"]),
    Reply("Y4441", at(20, "07:20", MX), """Buen día, el pago se hará a fin de mes. Saludos""", "promise_to_pay", date="2026-10-31", sender=0, fam=["fin-de-mes", "terse"]),
    Reply("Y4442", at(19, "11:20", CL), """Estimados:

Junto con saludar, les informo que el pago de la factura 94453 se realizó mañana martes 20 por transferencia. Adjunto comprobante en cuanto lo tenga.

Saludos cordiales,
Verónica Rojas
Contadora
Cooperativa Agrícola Valle del Elqui Ltda.
Vicuña, Región de Coquimbo""", "promise_to_pay", date="2026-10-20", inv=["94453"], fam=["future-paid", "tense-slip", "chile"],
          note="'se realizó mañana martes 20' — past tense with tomorrow's date: a promise for Tuesday 20"),
    Reply("Y4442", at(20, "17:00", CL), """Estimados, ya se pagó hoy, el comprobante va adjunto. Saludos, Verónica""", "already_paid",
          attachments=[("comprobante.pdf", "application/pdf", "Banco de Chile - Comprobante de transferencia\nFecha: 20/10/2026\nMonto: USD 6.180,00\nBeneficiario: Northwind Supplies GmbH\nGlosa: Coop Agricola Valle del Elqui")],
          fam=["comprobante", "chile"], note="matches BK44-042 (6,180, 20 October)"),
    Reply("Y4442", at(21, "09:00", CL), """Hola, la cooperativa está con los pagos atrasados por la sequía. ¿Se podría pagar en 3 cuotas, la primera el 30 de noviembre? Quedo atenta. Vero""",
          "payment_plan_request", date="2026-11-30", fam=["three-instalments", "drought", "chile"]),
    Reply("Y4442", at(22, "12:30", CL), """Estimados:

Les comento que yo ya no llevo la contabilidad de la cooperativa, ahora la ve la oficina contable Araya y Cía. Escribir a contacto@arayacia.example.

Saludos""", "wrong_contact", sender=1, fam=["outsourced-accounting", "chile"]),
    Reply("Y4442", at(23, "10:00", CL), """Estimados, el pago va el lunes 2 de noviembre, después del feriado largo (el 31 de octubre y el 1 de noviembre son feriados). Saludos, V. Rojas""",
          "promise_to_pay", date="2026-11-02", fam=["feriado", "distractor-holiday", "chile"]),
    Reply("Y4442", at(19, "16:45", CL), """Buenas tardes, pagamos dentro de 15 días cuando liquide la exportadora. Saludos""", "promise_to_pay", date="2026-11-03", human=["conditional"],
          fam=["dentro-de-n-dias", "customer-pays-first"], note="+15 from 19 October = 3 November, hangs on the exporter paying"),
    Reply("Y4443", at(19, "10:30", AR), """Estimados,

Como ustedes saben, este tema lo está manejando nuestro abogado, el Dr. Martín Sosa. Les pedimos que toda comunicación sea con él: msosa@estudiososa.example.

Saludos
Diego Ferreyra
Socio gerente""", "other", human=["refers to lawyer"], fam=["lawyer", "legal-account"]),
    Reply("Y4443", at(20, "14:15", AR), """Hola che, te cuento que el martes que viene te transfiero los 870 dólares de la 94455. Lo otro lo arreglamos con el abogado. Abrazo, Diego""",
          "promise_to_pay", date="2026-10-27", amount="870.00", inv=["94455"], partial=False, fam=["voseo", "martes-que-viene", "legal-account"],
          note="'el martes que viene' written Tuesday 20 = next Tuesday, 27 October"),
    Reply("Y4443", at(21, "11:45", AR), """Estimados: la factura 94454 incluye percepción de IIBB que no corresponde porque estamos exentos en la provincia de Córdoba (adjuntamos certificado de exclusión). Solicitamos nota de crédito por la percepción.

Administración""", "dispute", inv=["94454"], sender=0, fam=["iibb", "tax-exempt", "argentina"]),
    Reply("Y4443", at(22, "15:00", AR), """Hola, podemos pagar los 4.930 en cuotas? Te propongo 1.000 dólares por mes a partir del 10 de noviembre. Avisame. Diego""",
          "payment_plan_request", date="2026-11-10", amount="1000.00", fam=["dot-thousands", "monthly", "voseo"]),
    Reply("Y4443", at(23, "09:30", AR), """Estudio Sosa & Asociados – Abogados

Por la presente, en representación de Corralón Materiales San Martín SRL, rechazamos la factura 94454 por vicios ocultos en los perfiles de aluminio entregados (art. 1051 CCyC). Cualquier reclamo deberá dirigirse a este estudio.

Dr. Martín Sosa
T° 112 F° 45 CPACF""", "dispute", inv=["94454"], sender="msosa@estudiososa.example", fam=["lawyer-letter", "unknown-sender", "legal-account"]),
    Reply("Y4444", at(19, "12:00", CL), """Señores Northwind Supplies:

Junto con saludar, informo que la factura N° 94456 asociada a la Orden de Compra OC 2487-112-SE26 se encuentra en proceso de devengo. El pago se efectuará una vez recepcionada conforme por la Dirección de Obras Municipales, lo que se estima para la primera quincena de noviembre.

Atte.,
Claudio Muñoz Fuentes
Jefe de Finanzas
Dirección de Administración y Finanzas
Ilustre Municipalidad de Curacaví""", "promise_to_pay", inv=["94456"], human=["conditional", "undated"],
          fam=["devengo", "recepcion-conforme", "quincena", "municipality"], note="'primera quincena de noviembre' names no day"),
    Reply("Y4444", at(20, "16:00", CL), """Estimados, la factura debe ser emitida a través de Mercado Público y la OC aceptada en la plataforma; no podemos pagar documentos enviados por correo. Gracias.""",
          "po_change", sender=0, fam=["mercado-publico", "portal", "municipality"]),
    Reply("Y4444", at(21, "10:30", CL), """Estimados:

Informo que el decreto de pago fue firmado por el Alcalde hoy. La transferencia se realizará el viernes 30 de octubre.

Saludos,
Claudio Muñoz""", "promise_to_pay", date="2026-10-30", fam=["decreto-de-pago", "weekday-date", "municipality"]),
    Reply("Y4444", at(22, "08:30", CL), """Por favor dejar de enviar correos de cobranza a esta casilla. La municipalidad paga según sus procedimientos.""", "other", sender=0,
          human=["stop emailing"], fam=["stop-emailing", "municipality"]),
    Reply("Y4444", at(23, "14:20", CL), """Respuesta automática: Estaré fuera de la oficina por feriado y vacaciones hasta el lunes 9 de noviembre. Para consultas de pago contactar a finanzas@municuracavi.example.""",
          "out_of_office", headers=AUTO, human=["absent more than 14 days"], fam=["ooo-beyond-14", "feriado"]),
    Reply("Y4441", at(22, "13:13", MX), """No se ha podido entregar el mensaje a cxp@constructorahernandez.example.

El servidor de destino respondió: 550 5.1.1 El usuario no existe.""", "bounce", lang="es", sender="postmaster@constructorahernandez.example",
          dsn=("cxp@constructorahernandez.example", "5.1.1"), subject="No se puede entregar: Recordatorio: facturas vencidas – Constructora Hernández y Asociados SA de CV", fam=["spanish-dsn"]),
    Reply("Y4443", at(21, "20:00", AR), """Mensaje no entregado: no se pudo entregar el mensaje a d.ferreyra@corralonsanmartin.example porque el buzón está lleno (552 5.2.2). Intente más tarde.""",
          "bounce", lang="es", sender="MAILER-DAEMON@corralonsanmartin.example", dsn=("d.ferreyra@corralonsanmartin.example", "5.2.2"),
          subject="Mensaje no entregado", fam=["mailbox-full", "spanish-dsn"]),
    Reply("Y4441", at(21, "15:30", MX), """Buenas tardes,

Estoy fuera de la oficina hasta el 26 de octubre. Para temas urgentes favor de comunicarse con Lic. Adriana Salinas, asalinas@constructorahernandez.example.

Rodrigo Hernández""", "out_of_office", headers=AUTO, fam=["ooo-within-14"]),
    Reply("Y4442", at(21, "18:00", CL), """Gracias por el aviso, se lo paso a la Vero. Saludos, Juan (bodega)""", "other", sender="bodega@coopelqui.example",
          human=[], fam=["no-action", "unknown-sender", "passed-on"]),
    Reply("Y4443", at(20, "09:00", AR), """Hola, nos mandás la cuenta corriente actualizada? Queremos ver qué facturas quedan abiertas antes de hablar con el abogado. Gracias""",
          "invoice_resend", sender=0, fam=["cuenta-corriente", "voseo"]),
    Reply("Y4441", at(23, "17:45", MX), """Buenas tardes, hacemos el pago de la 94452 el día de hoy y la 94451 el próximo miércoles sin falta. Saludos""",
          "promise_to_pay", date="2026-10-23", inv=["94452", "94451"], sender=0, fam=["hoy", "proximo-miercoles", "two-dates-earliest"]),
    Reply("Y4442", at(20, "08:40", CL), """Estimados, ¿pueden hacer la factura a nombre de la nueva razón social "Cooperativa Agrícola y Pisquera Valle del Elqui Ltda.", RUT 70.112.448-3? Es para poder pagarla. Gracias""",
          "po_change", fam=["razon-social", "rut", "chile"]),
    Reply("Y4444", at(23, "11:00", CL), """Estimados:

Les saluda Francisca Pérez, nueva Jefa de Finanzas (s). Don Claudio Muñoz dejó el municipio. Favor dirigir todo a fperez@municuracavi.example.

Atte.""", "wrong_contact", sender="fperez@municuracavi.example", fam=["new-contact", "municipality", "unknown-sender"]),
    Reply("Y4443", at(22, "10:10", AR), """Buen día, les aviso que mañana viernes les transfiero los 870 usd. Saludos Diego""", "promise_to_pay", date="2026-10-23", amount="870.00", partial=False,
          fam=["manana-viernes", "legal-account", "amount-is-one-invoice"], note="870 is all of 94455, named by its amount only"),
    Reply("Y4441", at(19, "14:00", MX), """Que tal, ¿nos pueden aplicar el descuento por pronto pago si liquidamos antes del 31? Saludos""", "other", sender=0,
          human=["discount question"], fam=["pronto-pago", "question-not-promise"]),
    Reply("Y4442", at(22, "15:45", CL), """Estimados, el pago se hará efectivo la próxima semana. Saludos cordiales, Verónica Rojas""", "promise_to_pay", date="2026-10-30",
          fam=["proxima-semana"]),
    Reply("Y4444", at(21, "16:40", CL), """Estimados:

El pago de la factura 94456 se realizará en la semana del 2 de noviembre, probablemente el miércoles 4. Quedamos atentos.

Claudio Muñoz""", "promise_to_pay", date="2026-11-04", inv=["94456"], fam=["week-of-with-day", "hedged"]),
    Reply("Y4444", at(22, "17:30", CL), """Estimados:

Se informa que la factura N° 94456 quedará pagada el 5/11, una vez tramitado el decreto. Saludos,
Francisca Pérez
Jefa de Finanzas (s)""", "promise_to_pay", date="2026-11-05", inv=["94456"], sender="fperez@municuracavi.example",
          fam=["numeric-dm", "future-paid", "unknown-sender"], note="'quedará pagada el 5/11': a dated commitment, the decree is the routine step before it"),
]
