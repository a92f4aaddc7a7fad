"""field23, Spanish: a Chilean winery, a Mexican furniture maker on a legal account, an Asturian cider house on
credit hold. Numeric dates are day-first."""

from __future__ import annotations

from typing import Any

from evals.field.build import Payment, Reply
from evals.field23.kit import AUTO, CET, CL, MX, at

PAYMENTS = [
    Payment("BK23-13", "Y2341", "2026-11-23", "1290.00", "USD", "VINA CORDILLERA MAULE F92330"),
    Payment("BK23-14", None, "2026-11-24", "4185.00", "EUR", "TRANSFERENCIA 000812 C MENENDEZ"),
]


def P(cust: str, when: str, body: str, date: str | None, fam: list[str], **kw: Any) -> Reply:
    return Reply(cust, when, body, "promise_to_pay", date=date, fam=fam, **kw)


REPLIES = [
    P("Y2341", at(23, "10:10", CL), "Estimados, el pago de ambas facturas queda programado para el miérc. 2. Saludos cordiales, Rodrigo",
      "2026-12-02", ["abbrev-weekday", "weekday-ordinal"]),
    P("Y2341", at(24, "12:30", CL), "Hola, la transferencia sale el 30/11. Saludos", "2026-11-30", ["locale-numeric-dayfirst", "terse-mobile"], sender=0),
    P("Y2341", at(25, "16:45", CL), "Estimados: terminada la vendimia de exportación y cobrado el embarque a China (ETA 4 de diciembre), pagamos el lunes 7.",
      "2026-12-07", ["condition-date", "delivery-date-distractor", "weekday-ordinal"], human=["conditional"]),
    P("Y2341", at(26, "09:20", CL), "Buenos días, pagaremos USD 4.000 el viernes y el saldo a mediados de diciembre.", "2026-11-27",
      ["partial", "bare-weekday", "two-dates"], amount="4000.00"),
    P("Y2341", at(27, "19:30", CL), "Hola, pagamos la próxima semana, el jueves. Abrazo", "2026-12-03", ["next-week-weekday", "late-evening"]),
    P("Y2342", at(23, "11:00", MX), "Buenas tardes, con gusto le informo que el pago se realizará el 11/12/2026 vía SPEI. Saludos, Lupita Ibarra",
      "2026-12-11", ["locale-numeric-dayfirst", "legal-account"]),
    P("Y2342", at(24, "13:15", MX), "Estimados, después del día de la Virgen (12 de diciembre) les depositamos, el lunes 14.", "2026-12-14",
      ["holiday", "weekday-ordinal"]),
    P("Y2342", at(26, "17:40", MX), "Le pagamos la mitad, 6,320 dólares, el día primero y lo demás antes de Navidad.", "2026-12-01",
      ["partial", "ordinal-alone", "mx-thousands"], amount="6320.00"),
    P("Y2343", at(23, "09:00", CET), "Buenos días, el pago se hará el próximo viernes. Un saludo, Covadonga", "2026-12-04", ["next-weekday"]),
    P("Y2343", at(24, "18:10", CET), "Hola, si nos desbloqueáis el pedido de botellas pagamos las dos facturas el 3 de diciembre.", "2026-12-03",
      ["condition-date", "month-name"], human=["conditional"]),
    P("Y2343", at(25, "10:40", CET), "Pagamos después del puente de la Constitución y la Inmaculada, o sea el miércoles 9.", "2026-12-09",
      ["holiday", "weekday-ordinal"]),
    P("Y2343", at(27, "12:00", CET), "Os pago a final de mes sin falta.", "2026-11-30", ["month-end", "terse-mobile"], sender=0),
    P("Y2341", at(23, "15:30", CL), "Estimados, el pago se hará efectivo dentro de los próximos 10 días hábiles.", "2026-12-07",
      ["working-days"], sender=0),
    P("Y2342", at(27, "09:50", MX), "Buen día. El depósito se hace la semana 50, como lo acordamos con su abogado.", "2026-12-11",
      ["calendar-week", "legal-threat"]),
    P("Y2343", at(26, "13:20", CET), "Lo pagaremos la semana que viene no, la siguiente, el martes.", "2026-12-08", ["week-after-next"]),
    P("Y2341", at(24, "08:05", CL), "Pagamos apenas podamos, la cosecha viene atrasada.", None, ["undated"], human=["undated"]),
    # already_paid
    Reply("Y2341", at(25, "11:15", CL), "Estimados, la factura 92330 se pagó el lunes 23. Adjunto comprobante.", "already_paid", inv=["92330"],
          fam=["past-payment-date", "remittance-attachment"], sender=0, attachments=[("comprobante_92330.txt", "text/plain", "Banco de Talca - Comprobante de transferencia\nMonto: USD 1.290,00\nFecha: 23/11/2026\nGlosa: F92330")],
          note="matches BK23-13"),
    Reply("Y2343", at(25, "09:30", CET), "Ya pagué la 92332 el martes desde mi cuenta personal, lo siento por el lío.", "already_paid", inv=["92332"],
          fam=["payer-private-account"], human=["no matching payment (BK23-14 unidentified, private account)"]),
    Reply("Y2342", at(25, "14:00", MX), "Le comento que el pago ya se hizo el 20 de noviembre con referencia MAT-SPEI-55120.", "already_paid",
          ref="MAT-SPEI-55120", fam=["remittance-reference-variant"], sender=0, human=["no matching payment"]),
    # disputes
    Reply("Y2341", at(26, "14:10", CL), "La factura 92329 cobra 12 barricas de roble francés; recibimos 10. Por favor, emitan nota de crédito.", "dispute",
          inv=["92329"], fam=["short-delivery"]),
    Reply("Y2342", at(24, "10:30", MX), "No pagaremos el IVA en la factura; somos maquiladora de exportación. Lo demás lo pagamos el 4 de diciembre.",
          "dispute", sec=["promise_to_pay"], date="2026-12-04", fam=["vat-dispute", "month-name"]),
    Reply("Y2343", at(23, "16:30", CET), "Las botellas de la 92333 llegaron rotas. No vamos a pagar eso.", "dispute", inv=["92333"], fam=["quality"]),
    # invoice_resend
    Reply("Y2341", at(27, "10:00", CL), "Hola, ¿nos pueden reenviar la factura 92330? No la encontramos.", "invoice_resend", inv=["92330"],
          fam=["never-received"], sender=0),
    Reply("Y2342", at(23, "15:40", MX), "Favor de enviar el estado de cuenta actualizado.", "invoice_resend", fam=["statement"], sender=0),
    # po_change
    Reply("Y2342", at(26, "12:10", MX), "Favor de refacturar con nuestro nuevo RFC MAT0311128Q4 y la razón social correcta.", "po_change", fam=["tax-id", "legal-entity-change"], sender=0),
    Reply("Y2341", at(25, "17:30", CL), "A partir de diciembre, las facturas deben ingresarse en nuestro portal de proveedores. Correos no se procesan.",
          "po_change", fam=["supplier-portal"], sender=0),
    # payment_plan_request
    Reply("Y2343", at(24, "11:20", CET), "¿Podríamos pagar en tres plazos? El primero el 15 de diciembre.", "payment_plan_request", date="2026-12-15",
          fam=["instalments", "month-name"]),
    Reply("Y2341", at(26, "15:50", CL), "¿Es posible pagar la 92329 en cuotas? El invierno fue malo.", "payment_plan_request", inv=["92329"], fam=["instalments"]),
    # out_of_office
    Reply("Y2341", at(24, "07:00", CL), "Estaré fuera de la oficina hasta el 30 de noviembre. Para temas urgentes escribir a contabilidad@vinacordillera.example.",
          "out_of_office", fam=["ooo-short"], headers=AUTO),
    Reply("Y2343", at(26, "08:00", CET), "Estoy de vacaciones hasta el 11 de enero. No leo el correo.", "out_of_office", fam=["ooo-long"], headers=AUTO,
          human=["absent more than 14 days"]),
    # bounces
    Reply("Y2341", at(25, "09:06", CL), "No se pudo entregar el mensaje a r.sepulveda@vinacordillera.example.\n550 5.1.1 Usuario desconocido",
          "bounce", sender="mailer-daemon@vinacordillera.example", dsn=("r.sepulveda@vinacordillera.example", "5.1.1"), fam=["dsn-es"]),
    Reply("Y2343", at(27, "09:06", CET), "Error de entrega: el buzón de a.menendez@llagardenava.example está lleno. 552 5.2.2", "bounce",
          sender="postmaster@llagardenava.example", dsn=("a.menendez@llagardenava.example", "5.2.2"), fam=["dsn-es"]),
    # wrong_contact
    Reply("Y2342", at(27, "13:30", MX), "La Lic. Ibarra ya no labora en la empresa. Favor de contactar a cxp@mueblestlaquepaque.example.", "wrong_contact",
          fam=["left-company"], sender=0),
    Reply("Y2341", at(23, "17:20", CL), "Yo soy enólogo, no veo pagos. Escriban a contabilidad por favor.", "wrong_contact", fam=["redirect-known"]),
    # other
    Reply("Y2341", at(26, "10:40", CL), "Recibido, gracias.", "other", fam=["no-action", "acknowledgement", "terse-mobile"]),
    Reply("Y2342", at(25, "18:20", MX), "Nos llegó un correo con otra cuenta bancaria a nombre de ustedes. ¿Es legítimo?", "other", fam=["fraud-alert"],
          human=["fraud alert: changed bank details"]),
    Reply("Y2343", at(26, "09:15", CET), "Gracias, lo paso a administración.", "other", fam=["no-action", "acknowledgement"]),
    Reply("Y2341", at(27, "13:00", CL), "¿Nos pueden enviar el certificado de residencia fiscal para evitar la retención?", "other",
          fam=["tax-forms"], human=["tax certificate requested"]),
]
