"""field34 Spanish: a Barcelona industrial distributor (remesas, a bit of Catalan) and a Colombian university
foundation on credit hold (quincenas, puentes, NIT)."""

from __future__ import annotations

from evals.field.build import Payment, Reply
from evals.field34.kit import AUTO, CET, CO, at

P = "promise_to_pay"

DISCLAIMER_ES_EN = (
    "\n\nDistribuciones Industriales Ribera SL – Inscrita en el Registro Mercantil de Barcelona, tomo 41.223, folio 88.\n"
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo "
    "ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del RGPD, sus datos "
    "se tratarán con la finalidad de gestionar la relación comercial.\n"
    "LEGAL NOTICE: This message and its attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it.")

PAYMENTS = [
    Payment("BK34-041", "K3441", "2026-11-25", "1340.00", "EUR", "DIR-TR-8841 DISTRIBUCIONES RIBERA"),
    Payment("BK34-042", "K3442", "2026-11-27", "6100.00", "USD", "FUVA PAGO OC-2291"),
]

REPLIES = [
    Reply("K3441", at(26, "09:10", CET), "Hola, la transferencia sale el viernes. Saludos, Núria", P, date="2026-11-27", fam=["bare-weekday", "barcelona"]),
    Reply("K3441", at(27, "10:45", CET), "Buenos días, pagamos la factura 93429 el 03/12. Un saludo, Cuentas a pagar", P, date="2026-12-03", inv=["93429"], sender=0,
          fam=["locale-numeric-dayfirst", "black-friday", "barcelona"]),
    Reply("K3441", at(30, "12:05", CET), "Pago el próximo martes. Núria", P, date="2026-12-08", fam=["next-weekday", "terse-mobile"]),
    Reply("K3441", at(31, "16:15", CET), "Pagaremos a final de mes, como siempre. Saludos", P, date="2026-12-31", fam=["month-end", "barcelona"]),
    Reply("K3441", at(28, "11:00", CET), "Bon dia! Us paguem dilluns... perdón, en castellano: el lunes les pagamos. Núria", P, date="2026-11-30",
          fam=["mixed-language", "catalan", "weekend", "bare-weekday"]),
    Reply("K3441", at(29, "19:40", CET), "Es domingo, pero le confirmo: pago dentro de 10 días.", P, date="2026-12-09", fam=["relative-span", "weekend", "advent"]),
    Reply("K3441", at(26, "14:50", CET), "Saludos cordiales\nCuentas a pagar\nDistribuciones Industriales Ribera SL", P, sender=0,
          subject="RE: Recordatorio: facturas vencidas – pago el 4 de diciembre", date="2026-12-04", fam=["subject-only", "formal-ap"]),
    Reply("K3441", at(27, "13:20", CET), "Estimados señores:\nLes informamos de que el pago se efectuará en la remesa del día 10 de diciembre.\nAtentamente,\nCuentas a pagar" + DISCLAIMER_ES_EN, P,
          date="2026-12-10", sender=0, html=True, fam=["html-outlook", "long-disclaimer", "payment-run"]),
    Reply("K3441", at(30, "15:25", CET), "Pagaremos 700 € el miércoles y el resto con la remesa de enero. Núria Puig", P, date="2026-12-02", amount="700.00",
          fam=["partial-amount", "bare-weekday", "cyber-monday"]),
    Reply("K3441", at(31, "10:30", CET), "La reunión con el banco es el día 3; el pago irá el lunes 7. Saludos", P, date="2026-12-07",
          fam=["meeting-before-payment", "two-dates", "weekday-ordinal"]),
    Reply("K3442", at(26, "15:40", CO), "Buenas tardes, el pago se realiza el 2 de diciembre. Cordialmente, Carolina Rengifo, Jefe de Tesorería", P, date="2026-12-02",
          fam=["university", "colombia"]),
    Reply("K3442", at(27, "11:25", CO), "Le cuento que el pago queda para después del puente de la Inmaculada, el miércoles 9.", P, date="2026-12-09",
          fam=["holiday", "weekday-ordinal", "colombia"]),
    Reply("K3442", at(30, "08:50", CO), "Pagamos el 15 de diciembre, con el cierre de la quincena. Cordialmente", P, date="2026-12-15", fam=["mid-month", "colombia"]),
    Reply("K3442", at(31, "14:10", CO), "El pago está sujeto a que el Ministerio nos gire los recursos del convenio; estimamos el 18 de diciembre.", P, date="2026-12-18",
          human=["conditional"], fam=["condition", "hidden-condition", "university"]),
    Reply("K3442", at(29, "17:30", CO), "Pagamos en 5 días hábiles. Quedo atenta.", P, date="2026-12-04", fam=["working-days", "weekend", "colombia"]),
    Reply("K3442", at(28, "10:05", CO), "La fecha de pago se movió del 30 de noviembre al 4 de diciembre por cierre contable. Cordialmente", P, date="2026-12-04",
          fam=["moved-date", "two-dates", "weekend"]),
    Reply("K3441", at(31, "18:55", CET), "Pago mañana sin falta.", P, date="2026-12-02", fam=["terse-mobile"]),
    Reply("K3441", at(27, "09:00", CET), "Pagada la 93430 el 25/11, ref. DIR-TR-8841. Un saludo", "already_paid", inv=["93430"], ref="DIR-TR-8841", sender=0,
          note="matches BK34-041", fam=["locale-numeric-dayfirst", "reference"]),
    Reply("K3442", at(30, "09:45", CO), "Ya pagamos la totalidad, adjunto soporte de la transferencia.", "already_paid",
          attachments=[("soporte.txt", "text/plain", "Comprobante de transferencia\nValor: USD 6.150,00\nFecha: 27/11/2026\nBeneficiario: Northwind Supplies GmbH")],
          human=["already_paid short: BK34-042 is 50.00 less (bank charges)"], fam=["bank-charges", "remittance-attachment", "colombia"]),
    Reply("K3441", at(30, "17:10", CET), "Ya está pagado desde hace días. Revisen, por favor.", "already_paid", human=["already_paid without a matching payment"],
          fam=["terse-mobile", "barcelona"]),
    Reply("K3441", at(28, "12:35", CET), "La factura 93429 tiene un precio unitario distinto al del pedido DIR-2026-551. No la podemos aprobar así.", "dispute", inv=["93429"],
          fam=["price", "weekend", "wholesale"]),
    Reply("K3442", at(31, "09:15", CO), "Nos están cobrando IVA y somos entidad sin ánimo de lucro exenta. No pagaremos hasta recibir la nota crédito.", "dispute",
          fam=["vat-rate", "credit-note", "university"]),
    Reply("K3441", at(26, "11:55", CET), "¿Nos puede reenviar la factura 93430? No la encontramos en el sistema.", "invoice_resend", inv=["93430"], sender=0,
          fam=["never-received"]),
    Reply("K3442", at(27, "16:00", CO), "Favor enviar el estado de cuenta actualizado. Gracias.", "invoice_resend", sender=0, fam=["statement", "colombia"]),
    Reply("K3441", at(29, "13:25", CET), "A partir de ahora envíen las facturas a facturas@dist-ribera.example, siempre con el número de pedido.", "po_change", sender=0,
          fam=["send-future-invoices", "weekend"]),
    Reply("K3442", at(30, "11:40", CO), "Favor reexpedir la factura a nombre de la Fundación con NIT 890.312.447-1, la actual no sirve para el soporte contable.", "po_change",
          fam=["tax-id", "entity-change", "colombia"]),
    Reply("K3441", at(31, "12:20", CET), "¿Podemos pagar en tres plazos, el primero el 15 de diciembre? Núria", "payment_plan_request", date="2026-12-15",
          fam=["instalments"]),
    Reply("K3442", at(26, "10:20", CO), "Solicitamos un acuerdo de pago a cuatro cuotas a partir de enero. Quedamos atentos.", "payment_plan_request", date="2027-01-01",
          fam=["instalments", "university"]),
    Reply("K3441", at(27, "07:00", CET), "Estaré fuera de la oficina hasta el 2 de diciembre. Para temas urgentes: cuentas@dist-ribera.example.", "out_of_office",
          headers=AUTO, subject="Respuesta automática: Recordatorio", quote="none", fam=["auto-reply", "black-friday"]),
    Reply("K3442", at(28, "07:30", CO), "Me encuentro en vacaciones colectivas hasta el 12 de enero de 2027. Para asuntos urgentes escriba a tesoreria@fuvandino.example.", "out_of_office",
          headers=AUTO, subject="Respuesta automática: Recordatorio", quote="none", human=["absent more than 14 days"], fam=["auto-reply", "long-absence", "colombia"]),
    Reply("K3441", at(30, "09:06", CET), "No se ha podido entregar el mensaje a cuentas@dist-ribera.example.\n550 5.1.1 El usuario no existe.", "bounce",
          sender="MAILER-DAEMON@dist-ribera.example", dsn=("cuentas@dist-ribera.example", "5.1.1"), quote="none", fam=["postfix"]),
    Reply("K3442", at(31, "03:07", CO), "Error de entrega: tesoreria@fuvandino.example\nEl buzón del destinatario está lleno y no puede aceptar mensajes.", "bounce",
          sender="postmaster@fuvandino.example", dsn=("tesoreria@fuvandino.example", "5.2.2"), quote="none", fam=["mailbox-full"]),
    Reply("K3441", at(30, "13:50", CET), "Ya no llevo la administración; escriba a cuentas@dist-ribera.example, por favor.", "wrong_contact", fam=["moved-role"]),
    Reply("K3442", at(29, "09:40", CO), "La doctora Rengifo ya no trabaja en la Fundación. El nuevo jefe de tesorería es Andrés Mejía, a.mejia@fuvandino.example.", "wrong_contact",
          sender=0, fam=["left-company", "new-contact", "weekend"]),
    Reply("K3441", at(26, "18:20", CET), "Recibido, gracias.", "other", fam=["no-action", "terse-mobile"]),
    Reply("K3442", at(27, "14:35", CO), "Para poder pagarles necesitamos su certificado de residencia fiscal y el formato de vinculación de proveedores diligenciado.", "other",
          human=["tax form requested"], fam=["tax-forms", "university"]),
    Reply("K3441", at(31, "11:05", CET), "Nos ha llegado un correo 'suyo' pidiendo cambiar el IBAN a una cuenta en Lituania. ¿Es legítimo? No pagaremos hasta confirmarlo.", "other",
          human=["bank-detail confirmation (fraud alert)"], fam=["fraud-alert", "barcelona"]),
]
