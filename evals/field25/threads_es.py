"""field25, Spanish: a Galician seafood cannery, a Colombian flower exporter on credit hold, a Canary banana packer.
Written by hand."""

from __future__ import annotations

from evals.field.build import Payment
from evals.field25.kit import AUTO, CAN, CET, CO, at, r

PAYMENTS = [
    Payment("BK25-31", "X2541", "2026-11-23", "9165.00", "EUR", "CONSERVAS RIAS BAIXAS FRAS 92541 92542"),
    Payment("BK25-32", "X2543", "2026-11-25", "3780.00", "EUR", "TRF EMPAQUETADORA PLATANERA 92544"),
]

REPLIES = [
    # promises
    r("X2541", at(23, "09:40", CET), "promise_to_pay", "2026-11-27", "bare-weekday",
      "Buenos días:\n\nEl viernes lo tienen pagado. Estamos en plena campaña del mejillón y la administración va con retraso.\n\nUn saludo,\nXoán Lois", sender=1),
    r("X2541", at(24, "12:50", CET), "promise_to_pay", "2026-12-09", "holiday",
      "Hola, el 8 es la Inmaculada y el banco no opera, así que la transferencia sale el miércoles 9. Saludos, Administración"),
    r("X2541", at(25, "16:15", CET), "promise_to_pay", "2026-12-04", "locale-numeric-dayfirst",
      "Buenas tardes, pago programado para el 4/12 de ambas facturas. Atentamente, Administración"),
    r("X2541", at(26, "10:00", CET), "promise_to_pay", "2026-12-11", "week-after-next mixed-language",
      "Bos días! A semana que vén non, a seguinte, el viernes. Perdón por el gallego, Xoán", sender=1, note="the week after next, Friday"),
    r("X2541", at(27, "18:30", CET), "promise_to_pay", "2026-12-10", "abbrev-weekday",
      "Confirmado: el juev. 10 de diciembre hacemos la transferencia.\nX. Lois", sender=1),
    r("X2541", at(23, "17:00", CET), "promise_to_pay", "2026-12-01", "meeting-before-payment",
      "Buenas, el consejo se reúne el viernes para aprobar los pagos de fin de mes y el martes siguiente se ejecuta la transferencia.\nAdministración", human=["conditional"]),
    r("X2542", at(25, "08:20", CO), "promise_to_pay", "2026-12-01", "bare-weekday",
      "Buenos días,\n\nEl pago de la factura 92543 se realizará el martes. Les agradecemos levantar el bloqueo para el despacho de Navidad.\n\nCordialmente,\nCatalina Muñoz\nJefe de Tesorería", sender=1, inv=["92543"]),
    r("X2542", at(24, "15:30", CO), "promise_to_pay", "2026-12-07", "holiday",
      "Buenas tardes, el lunes 7 de diciembre, antes del puente de la Inmaculada, les giramos. Tesorería"),
    r("X2542", at(26, "11:45", CO), "promise_to_pay", "2026-12-04", "condition-date",
      "Hola, si nos liberan el pedido de rosas el lunes, el viernes siguiente les pagamos la totalidad. Quedo atenta.\nCatalina", sender=1, human=["conditional"]),
    r("X2542", at(27, "09:00", CO), "promise_to_pay", "2026-12-15", "partial",
      "Buenos días, el 15 de diciembre abonamos USD 5.000 y el saldo en enero. Cordialmente, Tesorería", amount="5000.00"),
    r("X2543", at(23, "10:30", CAN), "promise_to_pay", "2026-11-30", "month-end",
      "Buenos días, a fin de mes se paga todo. Un saludo, Rayco", sender=1),
    r("X2543", at(24, "13:10", CAN), "promise_to_pay", "2026-12-02", "working-days",
      "Hola, les pagamos en un plazo de 6 días hábiles. Saludos, Contabilidad", note="6 días hábiles (lunes a viernes) tras el martes 24"),
    r("X2543", at(25, "08:45", CAN), "promise_to_pay", "2026-12-14", "ordinal-alone",
      "Buenos días, el día 14 sin falta. Contabilidad"),
    r("X2543", at(26, "20:10", CAN), "promise_to_pay", "2026-12-03", "late-evening terse-mobile",
      "perdona la hora, el jueves que viene pagamos 👍", sender=1, note="el jueves que viene: Thursday of next week"),
    r("X2543", at(27, "12:00", CAN), "promise_to_pay", "2026-12-31", "end-of-year",
      "Hola, antes de fin de año queda saldada la deuda, tiene mi palabra.\nRayco Hernández", sender=1),
    r("X2541", at(26, "13:20", CET), "promise_to_pay", None, "undated",
      "Hola, pagaremos en cuanto nos llegue la subvención de la Xunta. No tenemos fecha todavía.\nXoán", sender=1, human=["undated", "conditional"]),
    r("X2542", at(25, "10:15", CO), "promise_to_pay", "2026-12-11", "calendar-week",
      "Buen día, el pago queda programado en la semana 50, el viernes. Cordialmente, Tesorería Flores de la Sabana"),

    # already paid
    r("X2541", at(24, "09:10", CET), "already_paid", None, "remittance-attachment",
      "Buenos días, ayer transferimos las dos facturas, 9.165,00 €. Adjunto justificante.\nAdministración",
      attachments=[("justificante.txt", "text/plain", "ABANCA – Transferencia emitida 23/11/2026 – 9.165,00 EUR – Beneficiario Northwind Supplies GmbH – Concepto FRAS 92541 92542")],
      ref="FRAS 92541 92542", note="matches BK25-31"),
    r("X2543", at(26, "09:50", CAN), "already_paid", "2026-12-04", "one-of-two next-week",
      "Buenos días, la 92544 está pagada desde ayer. La otra la pagamos la semana que viene.\nContabilidad", inv=["92544", "92545"], sec=["promise_to_pay"],
      note="matches BK25-32 for 92544; 92545 promised next week"),
    r("X2542", at(24, "10:05", CO), "already_paid", None, "remittance-reference-variant credit-hold",
      "Buenos días, ya pagamos el 20 de noviembre, referencia FDS-PAG-2218. Por favor verifiquen y liberen el pedido.\nCatalina Muñoz", sender=1, ref="FDS-PAG-2218", human=["no matching payment"]),

    # dispute
    r("X2541", at(25, "11:30", CET), "dispute", None, "quantity",
      "Hola, en la 92541 nos cobran 1.200 latas de 120 g y recibimos 1.000. Esperamos la factura rectificativa.\nAdministración", inv=["92541"]),
    r("X2543", at(23, "14:20", CAN), "dispute", None, "vat",
      "Buenas, en Canarias no se aplica el IVA sino el IGIC; nos han cargado IVA en la 92544. Corrijan la factura, por favor.", inv=["92544"]),

    # resend
    r("X2542", at(26, "14:30", CO), "invoice_resend", None, "po-missing-on-invoice",
      "Buenas tardes, ¿nos pueden reenviar la factura 92543 con la orden de compra FDS-OC-4410? Gracias.", inv=["92543"]),
    r("X2541", at(27, "10:40", CET), "invoice_resend", None, "never-received",
      "Buenos días, la 92542 no nos ha llegado nunca. ¿Podrían enviárnosla de nuevo?", inv=["92542"]),

    # PO change
    r("X2541", at(26, "16:40", CET), "po_change", None, "acquisition",
      "Buenas tardes:\n\nLes informamos de que desde el 1 de noviembre Conservas Rías Baixas forma parte del Grupo Mar de Arousa SL (CIF B-36000000). Emitan las facturas a nombre de la nueva sociedad, por favor.\n\nAdministración", html=True),
    r("X2542", at(25, "16:20", CO), "po_change", None, "tax-id",
      "Buenas tardes, el NIT en sus facturas está mal, el correcto es 900.123.456-7. Por favor reemitir. Gracias, Tesorería"),

    # plan
    r("X2542", at(23, "15:50", CO), "payment_plan_request", None, "plan-request seasonal",
      "Buenas tardes, ¿podríamos pagar la 92543 en cuatro cuotas mensuales? La temporada de San Valentín nos dará liquidez en febrero.\nCatalina", sender=1, inv=["92543"]),
    r("X2543", at(27, "09:30", CAN), "payment_plan_request", "2026-12-04", "plan-request weekday-ordinal",
      "Hola, ¿les vale la mitad el viernes 4 y la otra mitad en enero? Nos ha cogido la tormenta con el empaquetado parado.\nRayco", sender=1),

    # out of office
    r("X2541", at(26, "07:00", CET), "out_of_office", None, "auto-reply",
      "Estaré fuera de la oficina hasta el 30 de noviembre. Para asuntos urgentes, escriban a administracion@conservasriasbaixas.example.\nXoán Lois", sender=1, headers=AUTO),
    r("X2542", at(24, "07:00", CO), "out_of_office", None, "auto-reply",
      "Me encuentro en vacaciones colectivas hasta el 12 de enero de 2027. Su mensaje será atendido a mi regreso.\nCatalina Muñoz", sender=1, headers=AUTO,
      human=["back more than 14 days out"]),

    # bounces
    r("X2543", at(24, "08:06", CAN), "bounce", None, "dsn",
      "No se ha podido entregar el mensaje a r.hernandez@platanera-valle.example.\nEl buzón de destino no existe (550 5.1.1).",
      sender="postmaster@platanera-valle.example", dsn=("r.hernandez@platanera-valle.example", "5.1.1"), subject="No se puede entregar: Recordatorio: facturas vencidas – Empaquetadora Platanera del Valle SL"),
    r("X2541", at(25, "09:06", CET), "bounce", None, "dsn",
      "Error en la entrega del mensaje a x.lois@conservasriasbaixas.example: buzón lleno (552 5.2.2).",
      sender="mailer-daemon@conservasriasbaixas.example", dsn=("x.lois@conservasriasbaixas.example", "5.2.2"), subject="Mensaje no entregado"),

    # wrong contact
    r("X2543", at(25, "14:00", CAN), "wrong_contact", None, "colleague-redirect",
      "Hola, yo estoy en el almacén de empaquetado, de pagos se encarga Nieves: contabilidad.nieves@platanera-valle.example. Saludos", sender=1),
    r("X2541", at(24, "11:00", CET), "wrong_contact", None, "new-contact successor",
      "Buenos días, Xoán ya no trabaja con nosotros. Diríjanse a la nueva directora financiera, Uxía Rey (u.rey@conservasriasbaixas.example).\nAdministración"),

    # other
    r("X2541", at(23, "12:10", CET), "other", None, "no-action",
      "Recibido, gracias. Lo paso a contabilidad."),
    r("X2542", at(27, "14:45", CO), "other", None, "tax-forms",
      "Buenas tardes, para el pago necesitamos el certificado de residencia fiscal y el RUT de proveedor del exterior diligenciado. ¿Nos lo pueden enviar?", human=["needs action"]),
    r("X2543", at(27, "16:30", CAN), "other", None, "fraud-alert",
      "Hola, nos ha llegado un correo pidiendo pagar a una cuenta en Malta en nombre de Northwind. ¿Es legítimo? No hemos pagado nada.\nRayco", sender=1, human=["needs action"]),
    r("X2541", at(25, "18:10", CET), "other", None, "discount",
      "Hola, si pagamos esta semana, ¿nos aplican el 2 % de pronto pago? Saludos, Xoán", sender=1, human=["needs action"]),
    r("X2542", at(26, "08:30", CO), "other", None, "no-action assistant-for-boss",
      "Buenos días, de parte de la Dra. Muñoz: recibido, lo revisa y les contesta. Atentamente, Luisa (asistente)"),
]
