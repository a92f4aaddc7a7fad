"""Spanish replies (field5, hand-written): an Argentine dental clinic and football club, a craft brewery and a
cleaning company in Spain, a Mexican school and a car dealership under a legal flag."""

from evals.field5.build import Payment as P
from evals.field5.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MS_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

PAYMENTS = [
    P("BK5-0301", "K551", "2026-11-20", "2870.00", "USD", "TRANSF 88412093 SONRISAS DEL SUR"),
    P("BK5-0302", "K552", "2026-11-18", "4310.00", "EUR", "LUP-1811 CERVECERIA EL LUPULO"),
    P("BK5-0303", "K553", "2026-11-13", "5480.00", "USD", "SPEI 2026111340014BMOV0000412 COLEGIO SAN IGNACIO"),
    P("BK5-0304", "K555", "2026-10-05", "2950.00", "EUR", "LIMPIEZAS BRILLO TOTAL"),
    P("BK5-0305", "K556", "2026-11-19", "1500.00", "USD", "CLUB ATLETICO PAMPAS"),
]

COMPROBANTE = "Comprobante de transferencia\nOrigen: Clínica Dental Sonrisas del Sur\nDestino: Northwind Supplies GmbH\nImporte: USD 2.870,00\nFecha: 20/11/2026\nNro. de operación: 88412093"

REPLIES = [
    # ---- promesas
    R("K551", "2026-11-16T12:30:00-03:00", "Hola, te escribo de recepción. La doctora dice que el viernes sin falta. ¿Me confirmás que recibiste?\nValeria", "promise_to_pay", date="2026-11-20",
      fam=["date:bare-weekday", "voice:receptionist", "locale:es-AR", "setting:dental"], sender=1),
    R("K551", "2026-11-23T17:10:00-03:00", "Buenas tardes, les pagamos el 30/11. Saludos, Administración", "promise_to_pay", date="2026-11-30", fam=["date:numeric-dm", "locale:es-AR"], sender=0),
    R("K551", "2026-11-25T22:50:00-03:00", "Hola! pasado mañana te lo pago, disculpá la demora. Vale", "promise_to_pay", date="2026-11-27", fam=["date:day-after-tomorrow", "locale:es-AR"], sender=1, quote="none"),
    R("K552", "2026-11-19T20:40:00+01:00", "Pago el lun. Perdona, semana de locos con la cerveza de Navidad.\nJaime", "promise_to_pay", date="2026-11-23",
      fam=["date:abbrev-weekday", "setting:brewery", "voice:owner-phone-night"], sender=1, quote="none"),
    R("K552", "2026-11-16T10:00:00+01:00", "Hola, os lo pagamos a final de mes. Un saludo, Administración El Lúpulo", "promise_to_pay", date="2026-11-30", fam=["date:end-of-month"], sender=0),
    R("K552", "2026-11-25T13:20:00+01:00", "Hoy os transfiero 1.500 € y el resto la semana que viene.\nJaime", "promise_to_pay", date="2026-11-25", amount="1500.00", fam=["promise:partial"], sender=1),
    R("K553", "2026-11-25T11:00:00-06:00", "Buen día,\n\nLe informo que el pago se programó para el próximo viernes 4 de diciembre.\n\nSaludos cordiales,\nC.P. Patricia Hernández\nContralora",
      "promise_to_pay", date="2026-12-04", fam=["date:next-weekday-with-date", "locale:es-MX", "setting:school"], sender=1),
    R("K553", "2026-11-18T09:30:00-06:00", "Buen día, el pago se realizará una vez que el patronato apruebe el presupuesto de este trimestre. Saludos, Tesorería", "promise_to_pay",
      human=["conditional"], fam=["promise:conditional-undated", "locale:es-MX"], sender=0),
    R("K553", "2026-11-20T13:00:00-06:00", "Buenas tardes, el pago queda para el 07/12. Atte. Tesorería", "promise_to_pay", date="2026-12-07", fam=["date:numeric-dm-low-day", "locale:es-MX"], sender=0),
    R("K554", "2026-11-20T12:00:00+01:00", "Muy señores nuestros:\n\nAbonaremos la factura 95541 el día 10 de diciembre.\n\nAtentamente,\nAndrés Vidal\nDirector financiero", "promise_to_pay", date="2026-12-10",
      inv=["95541"], fam=["date:day-month", "setting:car-dealer"], sender=1),
    R("K555", "2026-11-24T09:15:00+01:00", "Buenos días, pagaremos dentro de 10 días. Un saludo, Mercedes Prieto", "promise_to_pay", date="2026-12-04", fam=["date:in-days", "setting:cleaning"], sender=1),
    R("K555", "2026-11-26T18:00:00+01:00", "Hola, lo pagamos a principios de la semana que viene, sin falta. Administración", "promise_to_pay", date="2026-11-30", fam=["date:early-next-week"], sender=0),
    R("K556", "2026-11-18T21:30:00-03:00", "Hola, te pagamos a mediados de diciembre cuando cobremos las cuotas sociales. Abrazo, Rubén (tesorero)", "promise_to_pay", date="2026-12-15",
      fam=["date:mid-month", "locale:es-AR", "setting:sports-club"], sender=1),
    R("K556", "2026-11-24T19:00:00-03:00", "Hola, la comisión directiva se reúne el martes 1/12 para aprobar los pagos y la transferencia sale el 3/12. Saludos, Tesorería", "promise_to_pay", date="2026-12-03",
      fam=["date:meeting-before-payment", "locale:es-AR", "setting:sports-club"], sender=0),
    # ---- ya pagado
    R("K551", "2026-11-21T10:00:00-03:00", "Ya está pagado, te adjunto el comprobante. Saludos, Valeria", "already_paid", ref="88412093", attachments=[("comprobante.pdf", "application/pdf", COMPROBANTE)],
      fam=["paid:remittance-attachment", "locale:es-AR"], sender=1),
    R("K552", "2026-11-19T09:00:00+01:00", "Pagado el 18/11, ref. LUP-1811. Un saludo", "already_paid", ref="LUP-1811", fam=["paid:ref-with-payer"], sender=0),
    R("K553", "2026-11-16T10:00:00-06:00", "Buen día, se pagó vía SPEI el 13 de noviembre, clave de rastreo 2026111340014BMOV0000412. Saludos, Tesorería", "already_paid",
      ref="2026111340014BMOV0000412", fam=["paid:spei", "locale:es-MX"], sender=0),
    R("K555", "2026-11-20T11:00:00+01:00", "Buenos días, esta factura la pagamos el día 5 de noviembre. Por favor revisen. Mercedes", "already_paid", human=["no matching payment"],
      fam=["paid:date-too-far", "setting:cleaning"], sender=1, note="the only bank line is 5 October, outside ±14 days of 5 November"),
    R("K556", "2026-11-20T20:00:00-03:00", "Hola, ya pagamos 1.500 dólares el 19/11, el resto es la retención de ganancias que te mandamos con el certificado. Rubén", "already_paid",
      human=["amount differs from the open balance"], fam=["paid:withholding", "locale:es-AR"], sender=1),
    # ---- disputas, copias, cambios, planes
    R("K555", "2026-11-19T12:30:00+01:00", "Hola, la factura 95551 cobra 22 horas de limpieza de obra y fueron 18. No la vamos a pagar hasta que la corrijan. Mercedes", "dispute", inv=["95551"],
      fam=["dispute:hours", "setting:cleaning"], sender=1),
    R("K553", "2026-11-23T10:00:00-06:00", "Buen día,\n\nEl colegio es una asociación civil exenta de IVA en servicios educativos. Le solicitamos reexpedir la factura sin IVA.\n\nTesorería",
      "dispute", fam=["dispute:tax-exempt-reissue", "locale:es-MX", "setting:school"], sender=0),
    R("K556", "2026-11-17T18:00:00-03:00", "Hola, mandame la factura de nuevo que no la encuentro. Gracias!", "invoice_resend", fam=["resend:never-received", "locale:es-AR"], sender=1),
    R("K554", "2026-11-24T10:00:00+01:00", "Muy señores nuestros: remítannos copia de la factura 95541 y del albarán firmado. Atentamente, Contabilidad", "invoice_resend", inv=["95541"],
      fam=["resend:copy-and-delivery-note"], sender=0),
    R("K553", "2026-11-26T12:00:00-06:00", "Buen día, toda factura debe emitirse como CFDI 4.0 con nuestro RFC CSI850101AB1, régimen 603 y uso G03. Favor de cancelar y reexpedir la 95531.\nTesorería",
      "po_change", inv=["95531"], fam=["po:e-invoicing-cfdi", "locale:es-MX"], sender=0),
    R("K552", "2026-11-23T12:00:00+01:00", "Hola, desde el 1 de noviembre somos El Lúpulo Brewing SL con CIF nuevo B-10987654. ¿Podéis rehacer las facturas a ese nombre? Jaime", "po_change",
      fam=["po:company-name", "setting:brewery"], sender=1),
    R("K556", "2026-11-26T20:30:00-03:00", "Hola, ¿podemos pagarlo en 3 cuotas? El club está muy justo hasta el verano. Rubén", "payment_plan_request", fam=["plan:instalments", "locale:es-AR"], sender=1),
    R("K552", "2026-11-27T11:00:00+01:00", "Hola, ¿podríamos fraccionarlo en dos pagos, uno ahora y otro en enero? Gracias, Jaime", "payment_plan_request", date="2026-11-27",
      fam=["plan:half-now"], sender=1),
    # ---- ausencias, rebotes, contacto equivocado, otros
    R("K554", "2026-11-23T09:06:00+01:00", "Gracias por su mensaje. Estaré fuera de la oficina hasta el 9 de diciembre sin acceso al correo. Para asuntos urgentes contacte con contabilidad@motorlevante.example.",
      "out_of_office", human=["absence longer than 14 days"], subject="Respuesta automática: Recordatorio: facturas vencidas – Concesionario Motor Levante SA", headers=MS_AUTO,
      fam=["ooo:long"], sender=1, quote="none"),
    R("K553", "2026-11-25T09:06:00-06:00", "Fuera de la oficina hasta el 30 de noviembre. Su correo será atendido a mi regreso.", "out_of_office",
      subject="Fuera de la oficina: Recordatorio: facturas vencidas – Colegio San Ignacio de Loyola AC", headers=AUTO, fam=["ooo:short", "locale:es-MX"], sender=1, quote="none"),
    R("K555", "2026-11-17T09:06:00+01:00", "No se pudo entregar el mensaje a estos destinatarios o grupos:\n\nm.prieto@brillototal.example\nNo se encontró la dirección de correo electrónico que especificó.\n\nInformación de diagnóstico para administradores:\n550 5.1.1 Usuario desconocido",
      "bounce", sender="postmaster@brillototal.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Limpiezas Brillo Total SL", dsn=("m.prieto@brillototal.example", "5.1.1"),
      fam=["bounce:exchange-spanish"], gap_days=0),
    R("K551", "2026-11-19T09:06:00-03:00", "Mensaje no entregado.\n\nNo fue posible entregar su mensaje a v.ferreyra@sonrisasdelsur.example: el dominio del destinatario no existe (5.4.4).", "bounce",
      sender="mailer-daemon@smtp.sonrisasdelsur.example", subject="Mensaje no entregado", dsn=("v.ferreyra@sonrisasdelsur.example", "5.4.4"), fam=["bounce:spanish-hoster"], gap_days=0),
    R("K551", "2026-11-26T11:00:00-03:00", "Hola, yo ya no trabajo en la clínica desde el viernes. Escribile a administracion@sonrisasdelsur.example. Suerte! Valeria", "wrong_contact",
      fam=["wc:person-left", "locale:es-AR"], sender=1),
    R("K555", "2026-11-25T10:00:00+01:00", "Buenos días, Mercedes está de baja por maternidad hasta marzo. Para cualquier tema de facturas escriban a administracion@brillototal.example. Un saludo, Laura (recepción)",
      "wrong_contact", fam=["wc:long-leave-new-contact"], sender="recepcion@brillototal.example"),
    R("K552", "2026-11-24T09:00:00+01:00", "Gracias, recibido.", "other", fam=["other:ack", "no-action"], sender=0, quote="none"),
    R("K554", "2026-11-26T13:00:00+01:00", "Muy señores nuestros: les rogamos que se abstengan de enviar más recordatorios. Cualquier comunicación deberá dirigirse a nuestro letrado. Atentamente, A. Vidal",
      "other", human=["stop emailing"], fam=["other:stop-emailing"], sender=1),
    R("K556", "2026-11-21T19:30:00-03:00", "Hola, ¿puedo pagar con tarjeta o por Mercado Pago? La transferencia al exterior nos sale carísima. Rubén", "other", human=["payment-method question"],
      fam=["other:payment-method", "locale:es-AR"], sender=1),
]
