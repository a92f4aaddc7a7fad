"""Spanish replies: a Valencian farm co-operative in Fallas week, an Andalusian olive co-operative on credit hold and a
Madrid restaurant group (8–12 March 2027)."""

from __future__ import annotations

from evals.field43.build import Payment, Reply
from evals.field43.kit import AUTO, CET, at

PAYMENTS = [
    Payment("BK43-041", "A4341", "2027-03-05", "1260.00", "EUR", "COOP AGRICOLA VIRGEN DE LA VEGA FRA 94342"),
    Payment("BK43-042", "A4343", "2027-03-10", "3310.00", "EUR", "GRUPO RESTAURANTES LA ALAMEDA SL"),
]

REPLIES = [
    Reply("A4341", at(8, "09:35", CET), "Buenos días,\n\npagaremos las dos facturas el viernes.\n\nSaludos,\nVicent Ferrer\nGerente",
          "promise_to_pay", "2027-03-12", fam=["bare-weekday", "cooperative"]),
    Reply("A4341", at(9, "10:50", CET), "Les informamos de que la factura 94341 se abonará el próximo día 22 mediante transferencia; la "
          "94342 irá junto con ella.\n\nAdministración\nCooperativa Agrícola Virgen de la Vega", "promise_to_pay", "2027-03-22",
          sender=0, fam=["ordinal-alone", "formal-ap"]),
    Reply("A4341", at(10, "12:05", CET), "Con las Fallas la oficina cierra del 15 al 19, así que lo pagamos mañana antes de cerrar.\n\nVicent",
          "promise_to_pay", "2027-03-11", fam=["tomorrow", "holiday-distractor", "closure-distractor"]),
    Reply("A4341", at(11, "13:30", CET), "Pagaremos 1.260,00 € el 16/03 y el resto (8.430,00 €) a finales de mes, cuando la cooperativa "
          "cobre la campaña de naranja de los socios.\n\nAdministración", "promise_to_pay", "2027-03-16", amount="1260.00",
          partial=False, human=["conditional"], sender=0,
          fam=["two-dates", "figure-names-invoice", "third-party-payment", "locale-numeric-dayfirst"]),
    Reply("A4341", at(12, "09:20", CET), "Te confirmo: transferencia el martes que viene.\nVicent", "promise_to_pay", "2027-03-16",
          fam=["next-weekday", "que-viene", "written-on-friday"]),
    Reply("A4342", at(8, "11:15", CET), "Buenos días,\n\nles confirmamos que el pago de 5.970,00 € se realizará dentro de 10 días hábiles.\n\n"
          "Atentamente,\nRocío Moreno\nResponsable de administración", "promise_to_pay", "2027-03-22", amount="5970.00",
          partial=False, fam=["working-days", "whole-balance", "credit-hold"]),
    Reply("A4342", at(10, "16:25", CET), "Pagaremos el 50% esta semana y el otro 50% cuando levanten el bloqueo de pedidos.\n\nContabilidad",
          "promise_to_pay", "2027-03-12", human=["partial", "conditional"], sender=0,
          fam=["partial-share", "this-week", "credit-hold-condition"]),
    Reply("A4342", at(11, "09:50", CET), "Finalmente el pago no será el 22 sino el 18, lo adelantamos.\n\nRocío", "promise_to_pay",
          "2027-03-18", fam=["moved-date", "not-x-but-y", "brought-forward"]),
    Reply("A4343", at(8, "13:40", CET), "Hola, lo tenéis en la remesa del día 15.\nUn saludo,\nJavier", "promise_to_pay", "2027-03-15",
          fam=["payment-run", "ordinal-alone", "restaurant-group"]),
    Reply("A4343", at(9, "17:05", CET), "Buenas tardes:\n\nLa factura 94344 está incluida en la remesa de pagos de fin de mes (31/03/2027).\n\n"
          "Atentamente,\nDepartamento de Proveedores\nGrupo Restaurantes La Alameda", "promise_to_pay", "2027-03-31", sender=0,
          fam=["month-end", "payment-run", "locale-numeric-dayfirst"]),
    Reply("A4343", at(10, "19:15", CET), "Hi! sorry for the delay, estamos con el cierre trimestral. We pay el jueves 18, ok?\nJavi",
          "promise_to_pay", "2027-03-18", fam=["spanglish", "mixed-language", "weekday-ordinal"]),
    Reply("A4343", at(12, "21:30", CET), "Lo pagamos en quince días.\nJavier Sanz", "promise_to_pay", "2027-03-27",
          fam=["quince-dias", "relative-span", "late-evening"]),
    Reply("A4341", at(8, "16:20", CET), "Estimados señores:\n\nLes comunicamos que el pago se efectuará el próximo 19 de marzo.\n\n"
          "Atentamente,\nVicent Ferrer\nGerente – Cooperativa Agrícola Virgen de la Vega", "promise_to_pay", "2027-03-19", html=True,
          fam=["html-outlook", "holiday-on-date", "month-name-date"]),
    Reply("A4342", at(12, "12:30", CET), "El pago se hará a primeros de abril, en cuanto nos ingresen la ayuda de la PAC.\n\nContabilidad",
          "promise_to_pay", "2027-04-01", human=["conditional"], sender=0,
          fam=["third-party-payment", "early-next-month", "subsidy"]),
    Reply("A4343", at(11, "10:10", CET), "Le confirmamos que se pagará en la primera quincena de abril.\n\nProveedores", "promise_to_pay",
          "2027-04-15", sender=0, fam=["first-fortnight", "more-than-30-days"]),
    Reply("A4341", at(10, "08:45", CET), "Te reenvío lo que dice el gerente.\n\n---------- Mensaje reenviado ---------\nDe: Vicent Ferrer "
          "<v.ferrer@coopvirgenvega.example>\nFecha: mar, 9 mar 2027, 19:02\nAsunto: RE: Northwind\nPara: Administración\n\n"
          "Pagad a Northwind el 17, antes de la cremà.\nV.", "promise_to_pay", "2027-03-17", sender=0,
          fam=["forward-with-note", "ordinal-alone", "holiday-distractor"]),
    Reply("A4342", at(9, "12:45", CET), "Les pagaremos el importe íntegro el lunes 15 y les rogamos que liberen el pedido de envases "
          "pendiente.\n\nRocío Moreno", "promise_to_pay", "2027-03-15", fam=["weekday-ordinal", "credit-hold"]),
    Reply("A4341", at(9, "13:15", CET), "Ya pagamos la 94342 el pasado viernes, 5 de marzo. Adjuntamos justificante.\n\nAdministración",
          "already_paid", inv=["94342"], sender=0,
          attachments=[("justificante_transferencia.txt", "text/plain", "Caixa Popular – Justificante de transferencia\nFecha: 05/03/2027\n"
                        "Ordenante: COOP AGRICOLA VIRGEN DE LA VEGA\nBeneficiario: NORTHWIND SUPPLIES GMBH\nImporte: 1.260,00 EUR\n"
                        "Concepto: FRA 94342")], fam=["past-tense", "bank-receipt-attachment"]),
    Reply("A4343", at(11, "12:20", CET), "Ya está pagado, transferencia del 10/03 por 3.310 €.\nJavier", "already_paid",
          fam=["past-tense", "locale-numeric-dayfirst"]),
    Reply("A4342", at(12, "10:40", CET), "Les transferimos ayer 5.970 €, ref. OLIV-2027-031. Rogamos liberen el pedido.\n\nContabilidad",
          "already_paid", ref="OLIV-2027-031", human=["no matching payment"], sender=0, fam=["no-bank-line", "credit-hold"]),
    Reply("A4341", at(11, "17:40", CET), "En la factura 94341 nos han cobrado 120 palés y según el albarán solo se entregaron 100. "
          "Rogamos nos envíen factura rectificativa.\n\nAdministración", "dispute", inv=["94341"], sender=0,
          fam=["short-delivery", "rectificativa"]),
    Reply("A4343", at(9, "11:00", CET), "No aceptamos el recargo por entrega urgente de la factura 94344, no lo pedimos nosotros.\n\nJavier Sanz\n"
          "Director financiero", "dispute", inv=["94344"], fam=["fee-disputed"]),
    Reply("A4342", at(10, "10:15", CET), "¿Nos pueden reenviar la factura 94343? No la encontramos.\n\nContabilidad", "invoice_resend",
          inv=["94343"], sender=0, fam=["copy", "credit-hold"]),
    Reply("A4343", at(12, "09:45", CET), "Por favor, envíennos un extracto de cuenta con todas las facturas pendientes.\n\nProveedores",
          "invoice_resend", sender=0, fam=["statement"]),
    Reply("A4341", at(12, "11:10", CET), "A partir de ahora deben emitir las facturas a nombre de «Cooperativa Agrícola Virgen de la "
          "Vega, Coop. V.» con el CIF F46012345 e indicar nuestro número de pedido. Rogamos reemitan la 94341.\n\nAdministración",
          "po_change", inv=["94341"], sender=0, fam=["entity-change", "tax-id", "reissue"]),
    Reply("A4343", at(10, "13:25", CET), "Desde el 1 de abril envíen las facturas únicamente a facturas@grupolaalameda.example, no a este "
          "buzón.\n\nProveedores", "po_change", inv=[], sender=0, fam=["send-future-invoices"]),
    Reply("A4342", at(11, "15:35", CET), "¿Sería posible fraccionar el pago en tres plazos mensuales a partir del 15 de abril? La campaña "
          "de aceite ha sido muy corta.\n\nRocío Moreno", "payment_plan_request", "2027-04-15",
          fam=["plan-asked", "more-than-30-days", "credit-hold"]),
    Reply("A4341", at(8, "18:00", CET), "¿Podríamos aplazar la 94341 hasta finales de abril, cuando cobremos la campaña?\n\nVicent",
          "payment_plan_request", "2027-04-30", inv=["94341"], fam=["deferral", "end-of-next-month"]),
    Reply("A4343", at(9, "09:06", CET), "Estaré fuera de la oficina hasta el 15 de marzo. Para asuntos urgentes, escriban a "
          "proveedores@grupolaalameda.example.\nJavier Sanz", "out_of_office", headers=AUTO, quote="none",
          fam=["auto-reply", "short-absence"]),
    Reply("A4341", at(10, "20:10", CET), "Estoy de viaje en Almería con los técnicos hasta el 19, lo miro a la vuelta.\nVicent",
          "out_of_office", human=["absence typed by a person"], fam=["typed-absence", "terse-mobile"]),
    Reply("A4342", at(8, "09:06", CET), "Este es un mensaje generado automáticamente por el servidor mail.olivarerasanisidro.example.\n\n"
          "No se ha podido entregar su mensaje a los siguientes destinatarios:\n\ncontabilidad@olivarerasanisidro.example\n"
          "550 5.1.1 El usuario no existe", "bounce", sender="MAILER-DAEMON@mail.olivarerasanisidro.example",
          subject="Mensaje no entregado: Recordatorio: facturas vencidas – Sociedad Cooperativa Olivarera San Isidro",
          dsn=("contabilidad@olivarerasanisidro.example", "5.1.1"), fam=["dsn-postfix-es"]),
    Reply("A4343", at(11, "09:06", CET), "No se ha encontrado la dirección\n\nTu mensaje no se ha entregado a "
          "proveedores@grupolaalameda.example porque no se ha encontrado la dirección o no puede recibir correo.\n\nLa respuesta del "
          "servidor remoto fue:\n550 5.1.1 The email account that you tried to reach does not exist. grupolaalameda.example",
          "bounce", sender="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)",
          dsn=("proveedores@grupolaalameda.example", "5.1.1"), fam=["dsn-gmail-es"]),
    Reply("A4342", at(9, "16:10", CET), "Rocío Moreno ya no trabaja en la cooperativa. Escriban a administracion@olivarerasanisidro.example.\n\n"
          "Contabilidad", "wrong_contact", sender=0, fam=["contact-gone", "new-contact"]),
    Reply("A4343", at(12, "16:15", CET), "Buenas, soy el jefe de cocina del local de Chamberí, yo no llevo facturas. Pregunten en oficinas.\n"
          "Rubén", "wrong_contact", sender="chamberi@grupolaalameda.example", fam=["not-my-job", "unknown-sender"]),
    Reply("A4341", at(11, "10:40", CET), "¿Nos pueden enviar el certificado de residencia fiscal en Alemania? Lo pide nuestra asesoría "
          "antes de pagar.\n\nAdministración", "other", human=["tax form"], sender=0, fam=["tax-forms"]),
    Reply("A4343", at(8, "17:30", CET), "Recibido, gracias. Lo paso a contabilidad.\nJavier", "other", fam=["no-action", "forwarded"]),
    Reply("A4342", at(12, "13:50", CET), "¿Es auténtico este correo? Nos ha llegado otro recordatorio con un IBAN distinto y no queremos "
          "pagar a quien no es.\n\nRocío", "other", human=["fraud check"], fam=["fraud-alert", "credit-hold"]),
]
