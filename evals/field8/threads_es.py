"""Spanish replies (ES, MX, AR): dental lab, scaffolding, a Strait ferry, a Mexican record label, a ski school,
an Argentinian seed merchant."""

from evals.field.build import Payment, Reply

R = Reply
P = "promise_to_pay"
AUTO = {"Auto-Submitted": "auto-replied"}

PAYMENTS = [
    Payment("BK8-301", "N852", "2026-11-20", "9650.00", "EUR", "ADN-TR-77120 ANDAMIOS DEL NORTE SA"),
    Payment("BK8-302", "N854", "2026-11-24", "3480.00", "USD", "SPEI 2026112440014TORM00012345"),
    Payment("BK8-303", "N856", "2026-11-20", "5634.20", "USD", "SEMILLAS DEL VALLE SA"),
]

REPLIES = [
    # promises
    R("N851", "2026-11-23T09:40:00+01:00", "Buenos días, pagamos el jue. Saludos, Pilar", P, date="2026-11-26", sender=1, fam=["abbrev-weekday", "terse"]),
    R("N852", "2026-11-24T12:00:00+01:00", "Estimados señores:\n\nLes comunicamos que la factura 08521 se abonará mediante transferencia el próximo 4/12.\n\nAtentamente,\nDepartamento de Proveedores\nAndamios del Norte, S.A.\n\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. En cumplimiento del RGPD y la LOPDGDD, le informamos de que sus datos serán tratados por Andamios del Norte, S.A. con la finalidad de gestionar la relación comercial.", P, date="2026-12-04", inv=["08521"], fam=["numeric-dayfirst", "formal-ap", "disclaimer"]),
    R("N853", "2026-11-25T10:20:00+01:00", "Hola, el pago se realizará la semana que viene. Un saludo, Rocío", P, date="2026-12-04", sender=1, fam=["next-week"]),
    R("N854", "2026-11-23T11:00:00-06:00", "Buen día, le pagamos el viernes 4 sin falta.\nSaludos\nEmilio", P, date="2026-12-04", sender=1, fam=["weekday-ordinal", "es-MX"]),
    R("N855", "2026-11-24T13:00:00+01:00", "Hola,\n\nIba a pagarse el 25, pero lo hemos pasado al 2 de diciembre porque la estación abre más tarde.\n\nCarmen Fuentes", P, date="2026-12-02", sender=1, fam=["moved-date", "past-vs-future"]),
    R("N856", "2026-11-24T15:00:00-03:00", "Hola, vamos a transferir a fin de mes. Saludos, Gustavo", P, date="2026-11-30", sender=1, fam=["month-end", "es-AR"]),
    R("N851", "2026-11-24T18:30:00+01:00", "Pasado mañana os hacemos la transferencia de las dos facturas.\nPilar", P, date="2026-11-26", sender=1, fam=["day-after-tomorrow"]),
    R("N852", "2026-11-25T09:30:00+01:00", "Buenos días,\n\nPagaremos 4.000 € el lunes y el resto cuando el cliente final nos pague la obra.\n\nIñaki Etxeberria\nDirector financiero", P, date="2026-11-30", amount="4000.00", human=["conditional"], sender=1, fam=["partial", "conditional"]),
    R("N853", "2026-11-23T10:00:00+01:00", "Buenos días:\n\nEl pago se realizará dentro de 10 días hábiles.\n\nContabilidad\nFerris del Estrecho", P, date="2026-12-07", fam=["working-days"]),
    R("N854", "2026-11-20T12:00:00-06:00", "Buenas tardes,\n\nTras el comité de pagos del martes 1, liberamos el pago el jueves 3.\n\nCuentas por pagar", P, date="2026-12-03", fam=["meeting-before-payment", "es-MX"]),
    R("N855", "2026-11-26T10:00:00+01:00", "Hola, os pagamos a mediados de diciembre. Carmen", P, date="2026-12-15", sender=1, fam=["mid-month"]),
    R("N856", "2026-11-19T16:00:00-03:00", "Estimados, abonamos el 10/12. Cordiales saludos, Contaduría", P, date="2026-12-10", fam=["numeric-dayfirst", "es-AR"]),
    R("N851", "2026-11-20T12:00:00+01:00", "Hola, pagaremos cuando cobremos de las clínicas, ahora mismo no podemos.\nPilar", P, human=["conditional"], sender=1, fam=["conditional"]),
    # paid
    R("N852", "2026-11-23T09:00:00+01:00", "Buenos días, ya pagamos el viernes pasado, transferencia ref. ADN-TR-77120.\nProveedores", "already_paid", ref="ADN-TR-77120", note="BK8-301", fam=["paid-matched", "past-vs-future"]),
    R("N854", "2026-11-25T10:00:00-06:00", "Buen día, ya se realizó el pago por SPEI, clave de rastreo 2026112440014TORM00012345.\nSaludos", "already_paid", ref="2026112440014TORM00012345", note="BK8-302", fam=["paid-matched", "spei", "es-MX"]),
    R("N855", "2026-11-23T17:00:00+01:00", "Hicimos la transferencia el 18/11, revisad por favor.", "already_paid", human=["no matching payment"], sender=1, fam=["paid-unmatched", "past-vs-future"]),
    R("N856", "2026-11-23T11:00:00-03:00", "Estimados:\n\nAbonamos la factura 08561 el 20/11, descontando las retenciones de Ganancias e IIBB según normativa vigente.\n\nSaludos cordiales\nGustavo Ferreyra\nContador", "already_paid", inv=["08561"], human=["amount differs"], sender=1, note="BK8-303, withholding deducted", fam=["paid-short", "withholding", "es-AR"]),
    # disputes
    R("N851", "2026-11-25T11:30:00+01:00", "Hola,\n\nLa factura 08512 nos cobra 12 fresas de diamante que os devolvimos el mes pasado. Necesitamos un abono.\n\nPilar", "dispute", inv=["08512"], sender=1, fam=["returned-goods"]),
    R("N853", "2026-11-19T10:30:00+01:00", "Buenos días:\n\nOperamos desde Ceuta, donde no se aplica el IVA sino el IPSI. Les rogamos emitan la factura sin IVA.\n\nRocío Cano\nJefa de contabilidad", "dispute", sender=1, fam=["tax-charged"]),
    R("N855", "2026-11-20T16:00:00+01:00", "El precio no corresponde al presupuesto que nos mandasteis en septiembre, hay 300 € de diferencia. Así no la pagamos.", "dispute", sender=1, fam=["price"]),
    R("N856", "2026-11-25T12:00:00-03:00", "Estimados:\n\nLa semilla entregada tuvo un poder germinativo del 40 %, muy lejos del 85 % garantizado. Nuestro abogado ya tiene los análisis. No vamos a abonar la factura.\n\nGustavo Ferreyra", "dispute", sender=1, fam=["quality", "legal-threat"]),
    # plans
    R("N853", "2026-11-24T12:00:00+01:00", "Hola,\n\n¿Podríamos pagar en tres plazos, el primero el 15 de diciembre?\n\nGracias\nRocío", "payment_plan_request", date="2026-12-15", sender=1, fam=["plan-dated"]),
    R("N854", "2026-11-26T09:00:00-06:00", "¿Nos permiten pagar en dos parcialidades? Este mes la distribuidora no nos ha liquidado.\nEmilio", "payment_plan_request", sender=1, fam=["plan-undated", "es-MX"]),
    # PO / billing
    R("N852", "2026-11-20T10:00:00+01:00", "Buenos días,\n\nEl número de pedido de la factura es incorrecto; el correcto es ADN-OC-4478. Sin él no podemos contabilizarla. Rogamos la reemitan.\n\nProveedores", "po_change", fam=["po-wrong"]),
    R("N854", "2026-11-24T10:00:00-06:00", "Buen día,\n\nNecesitamos la factura como CFDI 4.0 con uso G03 y nuestro nuevo régimen fiscal 601. Favor de reexpedirla.\n\nCuentas por pagar", "po_change", html=True, fam=["e-invoicing", "es-MX", "html"]),
    # copies
    R("N855", "2026-11-19T09:00:00+01:00", "¿Me reenviáis la factura? No la encuentro por ningún lado.", "invoice_resend", sender=1, fam=["lost"]),
    R("N856", "2026-11-20T10:00:00-03:00", "Buenas, envíenme el estado de cuenta actualizado por favor.", "invoice_resend", fam=["statement"]),
    # wrong contacts
    R("N851", "2026-11-26T09:00:00+01:00", "Buenos días, Pilar Molina ya no está en la empresa. La nueva gerente es Lucía Prieto, l.prieto@labsonrisa.example.", "wrong_contact", fam=["person-left"]),
    R("N853", "2026-11-20T13:00:00+01:00", "Hola, yo llevo la contabilidad de las navieras, no los pagos. Escriban a pagos@ferris-estrecho.example.\nRocío", "wrong_contact", sender=1, fam=["not-my-job"]),
    # other
    R("N852", "2026-11-26T11:00:00+01:00", "Buenos días,\n\nPara tramitar el pago necesitamos su certificado de estar al corriente con la Agencia Tributaria y con la Seguridad Social.\n\nProveedores", "other", human=["tax form"], fam=["tax-form"]),
    R("N856", "2026-11-26T09:00:00-03:00", "Gracias, lo derivo a pagos.", "other", sender=1, fam=["no-action", "forwarded"]),
    R("N854", "2026-11-19T13:00:00-06:00", "¿Aceptan pago con tarjeta de crédito? Así podríamos pagar hoy.\nEmilio", "other", human=["payment method"], sender=1, fam=["payment-method"]),
    # absences
    R("N853", "2026-11-26T08:00:00+01:00", "Estaré fuera de la oficina hasta el 9 de diciembre. Para asuntos urgentes, escriba a contabilidad@ferris-estrecho.example.", "out_of_office", sender=1, headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Ferris del Estrecho SL", fam=["ooo-short"]),
    R("N855", "2026-11-25T09:00:00+01:00", "Hola, estoy de baja hasta mediados de enero. Cuando vuelva lo miro.\nCarmen", "out_of_office", human=["absence written by a person", "absent more than 14 days"], sender=1, fam=["ooo-handwritten", "ooo-long"]),
    # delivery failure
    R("N852", "2026-11-18T09:06:00+01:00", "No se pudo entregar el mensaje a los siguientes destinatarios:\n\nproveedores@andamios-norte.example\nNo se encontró la dirección de correo electrónico.", "bounce", sender="postmaster@andamios-norte.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Andamios del Norte SA", dsn=("proveedores@andamios-norte.example", "5.1.1"), lang="es", fam=["dsn-exchange-es"]),
]
