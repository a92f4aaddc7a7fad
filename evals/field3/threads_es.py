"""Spanish replies (es-ES, es-MX, es-CO senders) for field3, hand-written; never train or tune on these."""

from evals.field3.build import Payment as P
from evals.field3.build import Reply as R

AUTO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

PAYMENTS = [
    P("BK3-0301", "H353", "2026-11-18", "930.00", "EUR", "TALLERES PIZARRO HNOS SL"),
    P("BK3-0302", "H352", "2026-11-18", "7820.00", "USD", "SPEI 2026111840014TRAN00012345 DMB"),
    P("BK3-0303", "H351", "2026-11-16", "1060.00", "EUR", "BODEGAS ITURRALDE SA FRA 73512"),
    P("BK3-0304", "H355", "2026-11-25", "3100.00", "USD", "CAFE ANDINO IMPORTADORES"),
]

REPLIES = [
    # ---- promesas
    R("H353", "2026-11-11T20:40:00+01:00", "Lo pago el vie. Un saludo\nRafa", "promise_to_pay", date="2026-11-13", fam=["date:abbrev-weekday", "voice:mobile"], sender=1, quote="none"),
    R("H351", "2026-11-12T10:00:00+01:00", "Buenos días:\n\nLe informamos de que la factura 73511 se abonará mediante transferencia el 25/11/2026.\n\nAtentamente,\nDepartamento de Contabilidad\nBodegas Iturralde SA",
      "promise_to_pay", date="2026-11-25", inv=["73511"], fam=["date:numeric-es", "voice:formal-ap"], sender=0),
    R("H352", "2026-11-17T12:00:00-06:00", "Buen día,\n\nEl pago de la factura 73521 se programa para el próximo viernes.\n\nSaludos cordiales,\nLuis Hernández\nTesorero", "promise_to_pay",
      date="2026-11-27", inv=["73521"], fam=["date:next-weekday"], sender=1),
    R("H355", "2026-11-19T16:00:00-05:00", "Buenas tardes, le confirmo que el pago sale el 1 de diciembre.\nCordialmente,\nMateo Restrepo", "promise_to_pay", date="2026-12-01",
      fam=["date:day-month"], sender=1),
    R("H354", "2026-11-06T13:00:00+01:00", "Buenas tardes,\nPagaremos a mediados de mes.\nPilar", "promise_to_pay", date="2026-11-15", fam=["date:mid-month"], sender=1),
    R("H351", "2026-11-20T09:00:00+01:00", "Hola,\nestaba previsto para el día 23, pero se retrasa al 30 por el cierre contable.\nAinhoa", "promise_to_pay", date="2026-11-30",
      fam=["date:moved"], sender=1),
    R("H353", "2026-11-24T18:00:00+01:00", "Buenas, pagamos a final de mes sin falta. Taller Pizarro", "promise_to_pay", date="2026-11-30", fam=["date:end-of-month"], sender=0),
    R("H352", "2026-11-05T10:00:00-06:00", "Estimados:\n\nSu factura entra en nuestra corrida de pagos del día 13.\n\nSaludos,\nPagos a proveedores", "promise_to_pay", date="2026-11-13",
      fam=["date:ordinal-alone", "voice:formal-ap"], sender=0),
    R("H355", "2026-11-23T09:00:00-05:00", "Buenos días. Se realizará el pago dentro de 10 días.\nCordial saludo,\nCartera", "promise_to_pay", date="2026-12-03",
      fam=["date:within-days"], sender=0),
    R("H351", "2026-11-04T12:00:00+01:00", "Buenos días:\nSi nos envían el albarán firmado antes del jueves, la pagaremos el lunes.\nSaludos", "promise_to_pay", date="2026-11-09",
      human=["conditional"], fam=["date:condition"], sender=0),
    R("H353", "2026-11-16T13:30:00+01:00", "Esta semana le transfiero 300 € el jueves y el resto a primeros de diciembre.\nRafael Pizarro", "promise_to_pay", date="2026-11-19", amount="300.00",
      fam=["partial", "date:weekday"], sender=1),
    R("H352", "2026-11-25T23:30:00-06:00", "Mañana sale la transferencia, ya quedó autorizada.\nLuis", "promise_to_pay", date="2026-11-26", fam=["date:tomorrow", "date:timezone"], sender=1, quote="none"),
    R("H354", "2026-11-18T10:00:00+01:00", "Buenos días,\nEl pago se realizará la semana que viene.\nAdministración", "promise_to_pay", date="2026-11-27", fam=["date:next-week"], sender=0),
    R("H355", "2026-11-10T11:00:00-05:00", "Hola, pagamos en dos semanas. Saludos", "promise_to_pay", date="2026-11-24", fam=["date:in-two-weeks", "voice:terse"], sender=1, quote="none"),
    R("H351", "2026-11-26T17:00:00+01:00", "Hola, la pagaremos antes de Navidad. Un saludo, Ainhoa", "promise_to_pay", date="2026-12-24", fam=["date:before-christmas"], sender=1),
    # ---- ya pagado
    R("H353", "2026-11-19T09:30:00+01:00", "Ya está pagada, hice la transferencia ayer.", "already_paid", note="matches BK3-0301 by amount and date", fam=["paid:bare"], sender=1, quote="none"),
    R("H352", "2026-11-20T10:15:00-06:00", "Estimados:\n\nAdjuntamos comprobante SPEI del pago realizado el 18/11, clave de rastreo 2026111840014TRAN00012345.\n\nPagos a proveedores", "already_paid",
      ref="2026111840014TRAN00012345", attachments=[("comprobante_spei.pdf", "application/pdf", "COMPROBANTE ELECTRÓNICO DE PAGO (CEP)\nFecha: 18/11/2026\nClave de rastreo: 2026111840014TRAN00012345\nMonto: 7,820.00 USD\nBeneficiario: Northwind Supplies GmbH")],
      note="BK3-0302 carries the tracking key; matches by amount and date", fam=["paid:remittance-attachment"], sender=0),
    R("H351", "2026-11-17T11:00:00+01:00", "Buenos días:\nLe informamos de que ayer se abonó la factura 73512 por importe de 1.060,00 €.\nContabilidad", "already_paid", inv=["73512"],
      note="matches BK3-0303 by amount and date", fam=["paid:amount"], sender=0),
    R("H354", "2026-11-09T12:00:00+01:00", "Pagado el 2 de noviembre.\nP. Domínguez", "already_paid", human=["no matching payment"], fam=["paid:bare"], sender=1),
    R("H355", "2026-11-27T08:30:00-05:00", "Buenos días, realizamos el pago por USD 3.100,00 el 24/11 (se descontaron los gastos bancarios del giro internacional).\nMateo", "already_paid",
      human=["amount differs from the open balance"], note="BK3-0304 matches the stated amount, 40.00 short of the balance", fam=["paid:short"], sender=1),
    # ---- reclamaciones
    R("H351", "2026-11-09T16:00:00+01:00", "Hola,\n\nEn la factura 73512 nos cobran 40 cajas y recibimos 32. Hasta que no nos envíen el abono no podemos pagarla.\n\nAinhoa Iturralde",
      "dispute", inv=["73512"], fam=["dispute:quantity", "dispute:credit-note"], sender=1),
    R("H352", "2026-11-10T13:00:00-06:00", "Buen día,\n\nEl precio unitario facturado no corresponde a la orden de compra DMB-OC-5520 (USD 14.20 facturado contra USD 12.80 pactado). Favor de corregir.\n\nLuis Hernández",
      "dispute", fam=["dispute:price"], sender=1),
    R("H354", "2026-11-20T11:00:00+01:00", "Buenos días,\nNos han cargado un recargo por demora de 85 € que no aceptamos. Envíennos la factura sin ese cargo.\nPilar Domínguez", "dispute",
      fam=["dispute:fees"], sender=1),
    # ---- reenvío
    R("H355", "2026-11-04T10:00:00-05:00", "¿Nos pueden reenviar la factura? No nos llegó.\nCartera", "invoice_resend", fam=["resend:never-received"], sender=0),
    R("H353", "2026-11-13T19:00:00+01:00", "Mándeme otra vez la factura por favor, que la he perdido.", "invoice_resend", fam=["resend:copies", "voice:mobile"], sender=1, quote="none"),
    # ---- datos de facturación
    R("H352", "2026-11-12T09:00:00-06:00", "Estimados:\n\nPara poder pagar necesitamos la factura con nuestro RFC DMB-980512-KT3 y la razón social completa. Favor de reemitirla.\n\nPagos a proveedores",
      "po_change", fam=["po:tax-id"], sender=0),
    R("H351", "2026-11-25T10:00:00+01:00", "Buenos días:\nA partir de ahora envíen las facturas únicamente a facturas@bodegas-iturralde.example.\nGracias", "po_change", fam=["po:mailbox"], sender=0),
    # ---- aplazamiento
    R("H353", "2026-11-25T20:00:00+01:00", "¿Podría pagarla en tres plazos? El primero de 310 € el 5 de diciembre.\nRafael", "payment_plan_request", date="2026-12-05", amount="310.00",
      fam=["plan:amounts"], sender=1),
    R("H354", "2026-11-13T10:00:00+01:00", "Buenos días,\nSolicitamos un aplazamiento y fraccionamiento de la deuda en 6 meses debido a la baja ocupación.\nAdministración", "payment_plan_request",
      fam=["plan:months"], sender=0),
    # ---- ausencias
    R("H351", "2026-11-24T09:06:00+01:00", "Estaré fuera de la oficina hasta el 1 de diciembre. Para asuntos urgentes, escriba a contabilidad@bodegas-iturralde.example.\n\nAinhoa Iturralde",
      "out_of_office", subject="Respuesta automática: Recordatorio: facturas vencidas – Bodegas Iturralde SA", headers=AUTO, fam=["ooo:short"], sender=1, quote="none"),
    R("H352", "2026-11-20T02:06:00-06:00", "Me encuentro de vacaciones hasta el 7 de enero de 2027. Para temas de pago contacte a pagos@dmbajio.example.\n\nLuis Hernández",
      "out_of_office", human=["absence longer than 14 days"], subject="Respuesta automática: Recordatorio: facturas vencidas – Distribuidora Médica del Bajío SA de CV",
      headers=AUTO, fam=["ooo:long"], sender=1, quote="none"),
    # ---- rebotes
    R("H355", "2026-11-16T03:05:40-05:00", "No se pudo entregar a estos destinatarios o grupos:\n\nm.restrepo@cafeandino.example\nNo se encontró la dirección de correo electrónico que escribió. Compruebe la dirección y vuelva a enviar el mensaje.\n\nInformación de diagnóstico para administradores:\nEl servidor remoto devolvió '550 5.1.1 User unknown'",
      "bounce", sender="postmaster@cafeandino.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Café Andino Importadores SAS",
      dsn=("m.restrepo@cafeandino.example", "5.1.1"), fam=["bounce:exchange"], gap_days=0),
    R("H353", "2026-11-06T09:05:22+01:00", "Este es un mensaje automático del sistema de correo de talleres-pizarro.example.\n\nNo se ha podido entregar su mensaje a taller@talleres-pizarro.example: el buzón del destinatario está lleno (552 5.2.2).\n\nNo se realizarán más intentos.",
      "bounce", sender="MAILER-DAEMON@correo.talleres-pizarro.example", subject="Mensaje no entregado", dsn=("taller@talleres-pizarro.example", "5.2.2"),
      fam=["bounce:mailbox-full"], gap_days=0),
    # ---- contacto equivocado
    R("H354", "2026-11-24T12:00:00+01:00", "Buenos días,\nPilar Domínguez ya no trabaja con nosotros. Para temas de pagos, contacte con direccion.financiera@miradorcadiz.example.\nAdministración",
      "wrong_contact", fam=["wrong:left-company"], sender=0),
    R("H352", "2026-11-26T09:00:00-06:00", "Este buzón solo recibe facturas nuevas. Para temas de cobranza escriban a tesoreria@dmbajio.example.\nPagos a proveedores", "wrong_contact",
      fam=["wrong:not-responsible"], sender=0),
    # ---- otros
    R("H355", "2026-11-13T14:00:00-05:00", "Buenas tardes,\n¿Es auténtico este recordatorio? La semana pasada recibimos otro correo a su nombre con una cuenta bancaria distinta.\nMateo Restrepo",
      "other", human=["fraud check"], fam=["other:fraud-check"], sender=1),
    R("H353", "2026-11-27T10:00:00+01:00", "Gracias, recibido.", "other", fam=["no-action", "voice:terse"], sender=0, quote="none"),
    R("H352", "2026-11-03T11:00:00-06:00", "Estimados:\nFavor de enviarnos su constancia de situación fiscal y la carta de datos bancarios para completar el alta de proveedor.\nPagos a proveedores",
      "other", human=["tax form"], fam=["other:tax-form", "other:onboarding"], sender=0),
]
