"""Spanish replies (Spain and Mexico), hand-written; never train on these."""

from evals.field.build import Payment as P
from evals.field.build import Reply as R

PAYMENTS = [
    P("PAY-2026-90041", "F151", "2026-11-13", "5100.00", "EUR", "HERMANOS CASTILLO DIST SL", "sepa"),
    P("PAY-2026-90042", "F152", "2026-11-18", "6350.00", "EUR", "TRANSF TALLERES URQUIZA 51521", "sepa"),
]

REPLIES = [
    R("F151", "2026-11-16T09:00:00+01:00", "Buenos días,\n\nEl pago se realizará el jueves.\n\nSaludos,\nLucía Castillo", "promise_to_pay", date="2026-11-19", fam=["date:weekday"]),
    R("F152", "2026-11-18T13:00:00+01:00", "Hola, pagamos el vie. Un saludo", "promise_to_pay", date="2026-11-20", quote="none", fam=["date:abbrev-weekday", "voice:mobile"]),
    R("F151", "2026-11-19T10:00:00+01:00", "Estimados señores:\n\nLes comunicamos que la factura INV-2026-51512 se abonará el 02/12/2026 mediante transferencia.\n\nAtentamente,\nAdministración", "promise_to_pay", date="2026-12-02",
      inv=["51512"], sender=0, fam=["date:numeric-eu", "voice:formal"]),
    R("F153", "2026-11-17T10:00:00-06:00", "Hola buenas tardes, le comento que el pago lo hacemos el día 28 sin falta. Saludos cordiales", "promise_to_pay", date="2026-11-28", fam=["date:ordinal-alone"]),
    R("F152", "2026-11-16T10:00:00+01:00", "Hola,\n\nEl pago estaba previsto para el 20, pero por un retraso del banco pasa al 27 de noviembre.\n\nIñaki", "promise_to_pay", date="2026-11-27", fam=["date:moved"]),
    R("F151", "2026-11-20T12:00:00+01:00", "Hola,\n\nNo podemos pagar esta semana, pero el lunes 30 sale la transferencia.\n\nLucía", "promise_to_pay", date="2026-11-30", fam=["date:negation"]),
    R("F152", "2026-11-17T09:00:00+01:00", "Buenos días,\n\nEl consejo aprueba los pagos el martes 24; la transferencia se hará el jueves 26.\n\nSaludos", "promise_to_pay", date="2026-11-26",
      fam=["date:meeting-distractor"]),
    R("F151", "2026-11-18T10:00:00+01:00", "Hola,\n\nPagamos dentro de dos semanas.\n\nLucía", "promise_to_pay", date="2026-12-02", fam=["date:relative-span"]),
    R("F153", "2026-11-20T10:00:00-06:00", "Buen día, en cuanto nos llegue el reembolso de la aseguradora le liquidamos, seguramente la semana que entra.\nDra. Méndez", "promise_to_pay",
      human=["conditional"], fam=["date:condition-distractor"]),
    R("F152", "2026-10-22T10:00:00+02:00", "Buenos días,\n\nSu factura entra en la remesa de pagos de fin de mes, que se ejecuta el último día hábil.\n\nContabilidad", "promise_to_pay", date="2026-10-30",
      sender=0, fam=["date:eom-business-day"]),
    R("F151", "2026-11-23T10:00:00+01:00", "Hola, os transferimos 2.000 € mañana y el resto a mediados de diciembre.\nLucía", "promise_to_pay", date="2026-11-24", amount="2000.00", fam=["amount:eu", "date:relative-day"]),
    R("F153", "2026-11-24T10:00:00-06:00", "Buenas tardes, se paga el 1 de diciembre.\nRecepción", "promise_to_pay", date="2026-12-01", sender=0, fam=["date:day-month"]),
    R("F152", "2026-11-19T10:00:00+01:00", "Buenos días,\n\n¿Sería posible fraccionar el importe en cuatro pagos mensuales? El primero podría ser el 10 de diciembre.\n\nIñaki Urquiza", "payment_plan_request", date="2026-12-10", fam=["intent:plan"]),
    # --- intents
    R("F151", "2026-11-24T10:00:00+01:00", "Hola,\n\nA partir de ahora enviad las facturas a facturas@hcastillo.example, esta dirección es solo para pedidos.\n\nGracias", "po_change", sender=0, fam=["intent:billing-elsewhere"]),
    R("F152", "2026-11-20T10:00:00+01:00", "Buenos días,\n\nHemos cambiado de razón social: ahora somos Urquiza Industrial SL, CIF B95123456. Por favor, emitan de nuevo la factura 51521 con los datos nuevos.\n\nContabilidad", "po_change",
      inv=["51521"], sender=0, fam=["intent:billing-entity"]),
    R("F153", "2026-11-18T10:00:00-06:00", "Hola, ¿este correo es real? Nos llegó otro casi igual con una cuenta bancaria diferente. No vamos a pagar hasta que nos confirmen por teléfono.", "other",
      sender=0, human=["asks us to confirm the reminder is genuine"], fam=["intent:fraud-check"]),
    R("F151", "2026-11-25T10:00:00+01:00", "Hola,\n\nPara tramitar el pago necesitamos el certificado de residencia fiscal de su empresa (modelo UE). ¿Nos lo pueden enviar?\n\nLucía", "other",
      human=["tax paperwork requested"], fam=["intent:tax-forms"]),
    R("F152", "2026-11-27T10:00:00+01:00", "Estimados señores:\n\nLes informamos que Talleres Urquiza SA ha presentado concurso de acreedores. La administración concursal la ejerce D. Jon Arrieta (concurso@arrieta-abogados.example).\n\nAtentamente", "other",
      human=["insolvency notice"], fam=["intent:bankruptcy"]),
    R("F151", "2026-11-17T10:00:00+01:00", "Hola,\n\nLa factura 51511 tiene un precio distinto al pactado (4,10 €/ud en vez de 3,80 €). Mandadnos un abono y la pagamos.\n\nLucía", "dispute", inv=["51511"], fam=["intent:dispute-price"]),
    R("F153", "2026-11-25T10:00:00-06:00", "Ya les dije que no reconocemos esta factura, nunca pedimos ese material. Dejen de mandar correos.", "dispute", fam=["intent:dispute-not-ordered", "voice:angry"], quote="none"),
    R("F152", "2026-11-24T10:00:00+01:00", "Hola, ¿me podéis reenviar la factura en PDF? No la encuentro.\nIñaki", "invoice_resend", fam=["intent:resend", "voice:mobile"]),
    R("F151", "2026-11-26T10:00:00+01:00", "Buenos días,\n\nLa persona que llevaba las cuentas, Lucía, ya no trabaja con nosotros desde octubre. Escriban a pagos@hcastillo.example.\n\nUn saludo", "wrong_contact",
      fam=["intent:contact-gone"]),
    R("F153", "2026-11-23T07:00:00-06:00", "Estaré fuera de la oficina hasta el lunes 30 de noviembre. Para asuntos urgentes, comuníquese con recepcion@clinicasonrisa.example.", "out_of_office",
      subject="Respuesta automática: Recordatorio: facturas vencidas – Clínica Dental Sonrisa", headers={"X-Autoreply": "yes"}, quote="none", fam=["intent:ooo"]),
    R("F152", "2026-11-23T11:00:00+01:00", "Recibido, gracias.", "other", quote="none", fam=["no-action", "voice:terse"]),
    # --- paid
    R("F151", "2026-11-16T10:00:00+01:00", "Hola,\n\nYa está pagado: transferencia del 13/11 por 5.100,00 €.\n\nLucía", "already_paid", fam=["pay:eu-date-amount"]),
    R("F152", "2026-11-19T10:00:00+01:00", "Buenos días, adjunto justificante de la transferencia de ayer.\n\nContabilidad", "already_paid", sender=0,
      attachments=[("justificante.pdf", "application/pdf", "JUSTIFICANTE DE TRANSFERENCIA\nOrdenante: Talleres Urquiza SA\nBeneficiario: Northwind Supplies GmbH\nFecha: 18/11/2026\nImporte: 6.350,00 EUR\nConcepto: FRA 51521")],
      fam=["pay:remittance-attachment", "pay:eu-date-amount"]),
    R("F153", "2026-11-19T10:00:00-06:00", "Ya pagamos desde la semana pasada, revisen por favor.", "already_paid", human=["no matching payment"], quote="none", fam=["pay:bare-paid"]),
]
