"""Spanish replies (field6, hand-written): an optician in Spain, a Mexican bakery, an Argentine event producer on a
payment plan, a clinical lab, a farmers' cooperative and a taxi cooperative on credit hold."""

from evals.field6.build import Payment as P
from evals.field6.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK6-0401", "L651", "2026-11-19", "2100.00", "EUR", "OPTICA VISION CLARA SL TRANSF 06511 06512"),
    P("BK6-0402", "L652", "2026-11-24", "2380.00", "USD", "SPEI 8846120931 PANADERIA LA ESPIGA"),
    P("BK6-0403", "L654", "2026-11-25", "5900.00", "EUR", "TRF-LCA-7734 LAB CLINICO ANDALUSI"),
]

REPLIES = [
    # ---- promesas
    R("L651", "2026-11-17T20:00:00+01:00", "Pago el vie. Carmen", "promise_to_pay", date="2026-11-20", fam=["date:abbrev-weekday-dot", "setting:optician"], sender=1, quote="none"),
    R("L651", "2026-11-24T10:00:00+01:00", "Buenos días:\nLa factura se abonará el 02/12.\nUn saludo\nAdministración", "promise_to_pay", date="2026-12-02", fam=["date:numeric-dm"], sender=0),
    R("L651", "2026-11-26T13:00:00+01:00", "Hola, os pagamos el próximo lunes sin falta. Carmen Ruiz", "promise_to_pay", date="2026-11-30", fam=["date:next-weekday"], sender=1),
    R("L651", "2026-11-20T12:00:00+01:00", "Hola, el lunes os transferimos 800 € y el resto a fin de mes. Carmen", "promise_to_pay", date="2026-11-23", amount="800.00", human=["partial"],
      fam=["promise:partial", "date:bare-weekday"], sender=1),
    R("L652", "2026-11-19T10:00:00-06:00", "Buen día, le pagamos el viernes 27. Saludos, Jorge Morales", "promise_to_pay", date="2026-11-27", fam=["date:weekday-day", "locale:es-MX", "setting:bakery"], sender=1),
    R("L652", "2026-11-25T23:50:00-06:00", "Mañana a primera hora le deposito. Jorge", "promise_to_pay", date="2026-11-26", fam=["date:tomorrow", "tz:late-evening-west", "locale:es-MX"], sender=1, quote="none"),
    R("L652", "2026-11-17T09:00:00-06:00", "Buenos días, pagaremos en cuanto la cadena de hoteles nos liquide el pedido de octubre. Facturas La Espiga", "promise_to_pay", human=["conditional"],
      fam=["promise:conditional-undated", "locale:es-MX"], sender=0),
    R("L653", "2026-11-20T11:00:00-03:00", "Hola, la cuota de diciembre, USD 2.440, la transferimos el 10/12 como acordamos. Lucía", "promise_to_pay", date="2026-12-10", amount="2440.00",
      fam=["promise:instalment-existing-plan", "flag:payment-plan", "locale:es-AR"], sender=1),
    R("L654", "2026-11-18T10:00:00+01:00", "Buenos días, el pago se realizará en la remesa de fin de mes, el último día hábil. Raúl Navarro", "promise_to_pay", date="2026-11-30",
      fam=["date:month-end-run", "setting:lab"], sender=1),
    R("L654", "2026-11-25T12:00:00+01:00", "Buenos días, la factura se aprueba en el comité del día 1 y se paga el 3 de diciembre. Proveedores", "promise_to_pay", date="2026-12-03",
      fam=["date:meeting-before-payment", "setting:lab"], sender=0),
    R("L654", "2026-11-20T09:30:00+01:00", "Hola, cambio de planes: ya no será el 25, sino el 1 de diciembre. Raúl", "promise_to_pay", date="2026-12-01", fam=["date:moved"], sender=1),
    R("L655", "2026-11-16T08:00:00+01:00", "Buenos días, pagaremos dentro de 10 días. Contabilidad Coop. San Isidro", "promise_to_pay", date="2026-11-26", fam=["date:relative-days", "setting:farm-coop"], sender=0),
    R("L655", "2026-11-23T19:00:00+01:00", "Buenas tardes, pagaremos a mediados de diciembre, cuando cobremos la ayuda de la PAC. Francisco Gil, presidente", "promise_to_pay", date="2026-12-15",
      fam=["date:mid-month", "date:stated-reason", "setting:farm-coop"], sender=1),
    R("L655", "2026-11-27T09:00:00+01:00", "Hola, la semana que viene sin falta. Contabilidad", "promise_to_pay", date="2026-12-04", fam=["date:next-week"], sender=0, quote="none"),
    R("L656", "2026-11-19T16:00:00+01:00", "Hola, pagamos pasado mañana, por favor desbloqueen el suministro. Ana", "promise_to_pay", date="2026-11-21", fam=["date:day-after-tomorrow", "flag:credit-hold", "setting:taxi"], sender=1),
    R("L656", "2026-11-26T10:00:00+01:00", "Buenos días, el pago se hará a más tardar el 11 de diciembre. Administración", "promise_to_pay", date="2026-12-11", fam=["date:deadline", "flag:credit-hold"], sender=0),
    # ---- ya pagado
    R("L651", "2026-11-20T09:00:00+01:00", "Buenos días, transferido ayer, las dos facturas. Administración", "already_paid", fam=["paid:matched"], sender=0),
    R("L652", "2026-11-25T10:00:00-06:00", "Buen día, se pagó ayer por SPEI, clave de rastreo 8846120931. Jorge", "already_paid", ref="8846120931", fam=["paid:spei", "locale:es-MX"], sender=1),
    R("L654", "2026-11-26T10:00:00+01:00", "Buenos días, factura 06541 pagada el 25/11 con referencia TRF-LCA-7734. Proveedores", "already_paid", ref="TRF-LCA-7734", inv=["06541"],
      human=["amount differs from the open balance"], fam=["paid:short-payment"], sender=0, note="5,900.00 against 5,960.00"),
    R("L655", "2026-11-19T10:00:00+01:00", "Hola, esto lo pagamos el 5 de noviembre. Revisen, por favor. Francisco", "already_paid", human=["no matching payment"], fam=["paid:no-bank-line", "setting:farm-coop"], sender=1),
    # ---- disputas, copias, cambios, planes
    R("L654", "2026-11-19T11:00:00+01:00", "Buenos días, nos facturan 20 kits de reactivos y recibimos 16 según el albarán. No pagaremos hasta recibir el abono. Raúl Navarro", "dispute",
      fam=["dispute:quantity", "setting:lab"], sender=1),
    R("L656", "2026-11-24T12:00:00+01:00", "Buenas, la tarifa acordada era 1.500 € y nos cobran 1.830 €. Hasta que no lo corrijan no pagamos. Ana Romero", "dispute", fam=["dispute:price", "flag:credit-hold"], sender=1),
    R("L652", "2026-11-18T12:00:00-06:00", "Buen día, no nos llegó la factura, ¿nos la pueden reenviar? Gracias. Facturas", "invoice_resend", fam=["resend:never-received", "locale:es-MX"], sender=0),
    R("L655", "2026-11-24T10:00:00+01:00", "Buenos días, ¿nos pueden enviar un extracto de cuenta con las facturas pendientes? Contabilidad", "invoice_resend", fam=["resend:statement"], sender=0),
    R("L652", "2026-11-20T10:00:00-06:00", "Buen día, necesitamos la factura como CFDI 4.0 con nuestro régimen fiscal 601 y uso G03. Favor de refacturar. Facturas", "po_change", fam=["po:cfdi", "locale:es-MX"], sender=0),
    R("L654", "2026-11-24T13:00:00+01:00", "Buenos días, a la factura le falta el número de pedido LCA-PED-7734; sin él no podemos contabilizarla. Remítanla corregida. Proveedores", "po_change", fam=["po:add-po", "setting:lab"], sender=0),
    R("L656", "2026-11-20T12:00:00+01:00", "Hola, ¿podemos fraccionar la deuda en tres pagos? Ana", "payment_plan_request", fam=["plan:instalments", "flag:credit-hold"], sender=1),
    R("L655", "2026-11-25T18:00:00+01:00", "Buenas tardes, ¿sería posible pagar 1.470 € el 15 de diciembre, otros 1.470 € en enero y el resto en febrero? Francisco Gil", "payment_plan_request", date="2026-12-15", amount="1470.00",
      fam=["plan:proposal-dated", "setting:farm-coop"], sender=1),
    # ---- ausencias, rebotes, contacto, otros
    R("L654", "2026-11-23T09:06:00+01:00", "Gracias por su mensaje. Estaré fuera de la oficina hasta el 1 de diciembre.", "out_of_office", subject="Respuesta automática: Recordatorio: facturas vencidas",
      headers=MS_AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("L655", "2026-11-20T09:06:00+01:00", "Estoy de vacaciones hasta el 7 de enero. Para asuntos urgentes contacte con contabilidad@coop-sanisidro.example.", "out_of_office", human=["absence longer than 14 days"],
      subject="Fuera de la oficina", headers=AUTO, fam=["ooo:long"], sender=1, quote="none"),
    R("L651", "2026-11-18T09:06:00+01:00", "No se ha podido entregar el mensaje a c.ruiz@visionclara.example.\n\nEl servidor remoto devolvió: 550 5.1.1 Usuario desconocido", "bounce", sender="postmaster@visionclara.example",
      subject="No se puede entregar: Recordatorio: facturas vencidas", dsn=("c.ruiz@visionclara.example", "5.1.1"), fam=["bounce:spanish"], gap_days=0),
    R("L653", "2026-11-24T09:06:00-03:00", "Mensaje no entregado.\n\nDestinatario: l.sosa@tangoeventos.example\nMotivo: 552 5.2.2 Buzón lleno", "bounce", sender="mailer-daemon@mx.tangoeventos.example",
      subject="Notificación de estado de entrega (error)", dsn=("l.sosa@tangoeventos.example", "5.2.2"), fam=["bounce:mailbox-full", "flag:payment-plan"], gap_days=0),
    R("L651", "2026-11-25T11:00:00+01:00", "Hola, las facturas las lleva nuestra gestoría, escriban a clientes@gestoria-murcia.example. Carmen", "wrong_contact", fam=["wc:new-contact-other-domain", "setting:optician"], sender=1),
    R("L653", "2026-11-26T12:00:00-03:00", "Hola, Lucía ya no trabaja en la productora. Escriban a administracion@tangoeventos.example. Saludos, Martín", "wrong_contact", fam=["wc:person-left", "flag:payment-plan"],
      sender="martin@tangoeventos.example"),
    R("L653", "2026-11-19T15:00:00-03:00", "Les informamos que la empresa se presentó en concurso preventivo de acreedores. Dirijan sus reclamos al síndico. Administración", "other", human=["insolvency"],
      fam=["other:insolvency", "flag:payment-plan", "locale:es-AR"], sender=0),
    R("L652", "2026-11-27T09:00:00-06:00", "Gracias, recibido.", "other", fam=["other:ack", "no-action"], sender=1, quote="none"),
]
