"""Spanish replies for field35: a Puebla ceramics works and an Andalusian olive estate."""

from __future__ import annotations

from evals.field35.kit import ES, MX, block, iso

OFFS = {"J3541": MX, "J3542": ES}
SIGNS = {"J3541": "C.P. Guadalupe Rosales\nTalavera y Cerámica de Cholula", "J3542": "Javier Moreno\nFinca Olivarera Los Almendros"}
OPENERS = ["Buen día,", "Hola,", "Estimados señores:", "Buenas noches,", "Qué tal,", "Le contesto de parte del gerente:",
           "Buenas,", "Muy buenas tardes,"]
CORES = [
    ("El pago sale el mar. 8 de dic.", iso(8), [], None, ["abbrev-weekday"]),
    ("Pagamos el miércoles 9, que es día de pagos a proveedores.", iso(9), [], None, ["weekday-ordinal"]),
    ("Queda programado para el 10/12.", iso(10), [], None, ["locale-numeric"]),
    ("A más tardar el viernes de la semana que viene, el 11.", iso(11), [], None, ["relative-span"]),
    ("Se paga el último día hábil del mes.", iso(31), [], None, ["month-end"]),
    ("Antes de Navidad, el 23 de diciembre.", iso(23), [], None, ["holiday"]),
    ("El catorce de diciembre sin falta.", iso(14), [], None, ["date-in-words"]),
    ("Tenemos junta con el contador el día 7; el pago será el 9.", iso(9), [], None, ["distractor-meeting"]),
    ("Lo habíamos puesto para el día 3, pero se movió al 16 de diciembre.", iso(16), [], None, ["distractor-moved-date"]),
    ("Pagaremos 2.500,00 el 15 de diciembre y el resto en enero.", iso(15), [], "2500.00", ["partial-amount"]),
    ("En cuanto la cooperativa nos liquide la aceituna, le pagamos; sería el 11 de diciembre.", iso(11), ["conditional"], None, ["hidden-condition"]),
    ("En la semana 51, el jueves 17.", iso(17), [], None, ["calendar-week"]),
    ("En cinco días hábiles, o sea el jueves 10.", iso(10), [], None, ["working-days"]),
    ("La factura es del 21 de octubre, ya lo sé; el pago sale el viernes 18 de diciembre.", iso(18), [], None, ["distractor-invoice-date"]),
    ("Una factura el 21 y la otra el 28.", iso(21), [], None, ["split-promise"]),
]
ROWS = {
    "dispute": [("J3541", "Los esmaltes llegaron rotos, no vamos a pagar esa factura."),
                ("J3542", "El precio no es el pactado. Lo reclamamos."),
                ("J3541", "Nos cobraron dos veces el flete, favor de corregir.")],
    "invoice_resend": [("J3541", "¿Me podría reenviar la factura con el CFDI en XML y PDF?"),
                       ("J3542", "Por favor, envíenos de nuevo la factura, no la encontramos."),
                       ("J3541", "No nos llegó la factura, ¿la pueden mandar otra vez?")],
    "po_change": [("J3541", "La orden de compra correcta es TCC-OC-3401, favor de refacturar."),
                  ("J3542", "Necesitamos que indiquen nuestro número de pedido LA-2026-55 en la factura.")],
    "payment_plan_request": [("J3541", "¿Podemos pagar en tres parcialidades?"),
                             ("J3542", "La campaña ha sido mala; ¿sería posible fraccionar el pago en cuatro meses?")],
    "wrong_contact": [("J3541", "Ya no trabajo en cuentas por pagar, escriba a la contadora nueva."),
                      ("J3542", "Tras la compra por Aceites del Sur ya no llevo los pagos.")],
}
PAID = [("J3541", "Ya se pagó el 27/11, referencia SPEI 7736612.", "7736612"),
        ("J3542", "Pagado el 30 de noviembre, ref. ALM-3011.", "ALM-3011"),
        ("J3541", "Le comparto comprobante, transferencia del 26/11, folio TCC-2611.", "TCC-2611"),
        ("J3542", "Transferencia hecha el viernes, concepto OLIVA-NOV.", "OLIVA-NOV"),
        ("J3541", "Pagadas ambas facturas, rastreo BNMX-55810.", "BNMX-55810")]
OOO = ["Estaré fuera de la oficina hasta el 14 de diciembre.", "Ausente por vacaciones, regreso el 8 de diciembre."]
OTHER = ("J3542", "Recibido, gracias.", ["no-action"], [])
DOMAINS = {"J3541": ("talaveracholula.example", "g.rosales"), "J3542": ("olivarera-almendros.example", "j.moreno")}

REPLIES = block("es", OFFS, SIGNS, OPENERS, CORES, ROWS, PAID, OOO, OTHER, DOMAINS)
