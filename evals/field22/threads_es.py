"""field22 Spanish replies: an Andalusian olive-oil mill, a Costa Rican coffee mill on credit hold, a Lima dental lab."""

from evals.field.build import Payment, Reply
from evals.field22.kit import AUTO, CET, CR, PE, at

PAYMENTS = [
    Payment("BK22-031", "S2241", "2026-11-23", "4280.00", "EUR", "TRANSF ACEITES GUADALQUIVIR FRAS 22411-22412"),
    Payment("BK22-032", "S2243", "2026-11-24", "4270.00", "USD", "LAB DENTAL ANDINO SAC F22431"),
]

P, PAID, DIS, RES, PO, PLAN = "promise_to_pay", "already_paid", "dispute", "invoice_resend", "po_change", "payment_plan_request"
OOO, WRONG, OTHER = "out_of_office", "wrong_contact", "other"

REPLIES = [
    Reply("S2241", at(23, "09:15", CET), "Buenos días, pagamos el juev. Saludos", P, date="2026-11-26", sender=1, fam=["abbrev-weekday", "terse-mobile"]),
    Reply("S2241", at(24, "12:30", CET), "Hola, las dos facturas entran en nuestra remesa del 4/12. Un saludo, Administración", P, date="2026-12-04", fam=["locale-numeric-dayfirst", "payment-run"]),
    Reply("S2241", at(25, "10:10", CET), "Buenos días,\nel pago se realizará el primer día hábil después del puente de la Inmaculada.\nAtentamente", P, date="2026-12-09", fam=["holiday"], note="8 December is a holiday in Spain: the 9th"),
    Reply("S2241", at(26, "23:15", CET), "Perdona la hora. Mañana a primera hora hago la transferencia.\nRocío", P, date="2026-11-27", sender=1, fam=["late-evening", "tomorrow"]),
    Reply("S2241", at(27, "11:20", CET), "Hola, el pago estaba previsto para el día 3 pero el banco lo ha pasado al 10. Disculpad.", P, date="2026-12-10", fam=["moved-date"]),
    Reply("S2241", at(23, "17:00", CET), "Pagaremos la semana que viene no, la siguiente.", P, date="2026-12-11", fam=["week-after-next"]),
    Reply("S2241", at(24, "20:10", CET), "Qué alegría otro recordatorio. Sí, el viernes lo tenéis.", P, date="2026-11-27", sender=1, fam=["sarcasm", "bare-weekday"]),
    Reply("S2241", at(25, "08:40", CET), "En cuanto nos llegue el abono de las garrafas rotas el lunes, pagamos el resto el jueves siguiente.", P, date="2026-12-03", human=["conditional"], fam=["condition-date"]),
    Reply("S2241", at(26, "13:30", CET), "Pagamos el último día hábil del mes.", P, date="2026-11-30", fam=["last-working-day"]),
    Reply("S2241", at(27, "10:50", CET), "Os transferimos 2.000,00 € el martes y el resto en enero.", P, date="2026-12-01", amount="2000.00", fam=["european-amount", "partial"]),
    Reply("S2241", at(23, "11:45", CET), "Pagaremos en cuanto podamos, la campaña de aceituna nos tiene desbordados.", P, human=["undated"], fam=["undated"]),
    Reply("S2241", at(26, "09:25", CET), "La factura es del 14/09 y la recibimos tarde; se paga el 02/12.", P, date="2026-12-02", fam=["invoice-date-distractor", "locale-numeric-dayfirst"]),
    Reply("S2242", at(23, "08:30", CR), "Estimados:\nTras la junta directiva del 1 de diciembre, el pago se hará el viernes de esa semana.\nSaludos,\nEsteban Solano", P, date="2026-12-04", sender=1, fam=["meeting-before-payment"]),
    Reply("S2242", at(25, "16:45", CR), "Pagamos en 10 días si liberan el bloqueo de crédito para la cosecha.", P, date="2026-12-05", human=["conditional"], fam=["relative-span", "condition-date"]),
    Reply("S2242", at(27, "22:40", CR), "Disculpe la hora. Pagamos USD 3.000 el lunes 30 y el saldo el 15/12.", P, date="2026-11-30", amount="3000.00", fam=["partial", "late-evening", "weekday-date"]),
    Reply("S2243", at(23, "10:00", PE), "Buenos días, el pago sale en la semana 49, el jueves.", P, date="2026-12-03", fam=["calendar-week"]),
    Reply("S2243", at(24, "15:20", PE), "Hola, pagamos el 8 de diciembre, que aquí sí es feriado pero el banco en línea funciona.", P, date="2026-12-08", fam=["holiday", "explicit-date"]),
    Reply("S2243", at(26, "11:00", PE), "Pagaremos a fin de mes. Saludos, Contabilidad", P, date="2026-11-30", fam=["month-end"]),
    # paid
    Reply("S2241", at(24, "09:30", CET), "Buenos días, pagamos ambas el 23/11, concepto FRAS 22411-22412.", PAID, ref="FRAS 22411-22412", fam=["remittance-reference-variant"], note="matches BK22-031"),
    Reply("S2243", at(25, "12:10", PE), "La 22431 fue pagada el 24 de noviembre (ref. F22431). Adjunto constancia.", PAID, inv=["22431"], ref="F22431", attachments=[("constancia.txt", "text/plain", "Constancia de transferencia\nBeneficiario: Northwind Supplies GmbH\nImporte: USD 4,270.00\nFecha: 24/11/2026\nConcepto: F22431")], fam=["remittance-attachment"], note="matches BK22-032"),
    Reply("S2242", at(24, "10:30", CR), "Ya pagamos la factura la semana pasada, revisen por favor.", PAID, human=["no matching payment"], fam=["vague-paid"]),
    # dispute
    Reply("S2241", at(25, "18:30", CET), "La 22412 cobra 60 garrafas y recibimos 48. No la pagamos hasta que nos enviéis el abono.", DIS, inv=["22412"], fam=["short-delivered"]),
    Reply("S2242", at(26, "09:00", CR), "La factura 22421 incluye IVA, pero somos exportadores exonerados. Favor reemitirla sin IVA.", DIS, inv=["22421"], fam=["tax-exempt-reissue"]),
    Reply("S2243", at(27, "14:30", PE), "La 22432 está duplicada con la de octubre. Anúlenla por favor.", DIS, inv=["22432"], fam=["duplicate-billing"]),
    # resend
    Reply("S2241", at(27, "13:15", CET), "¿Me reenviáis la 22411? No la encuentro.", RES, inv=["22411"], sender=1, fam=["never-received"]),
    Reply("S2243", at(23, "12:00", PE), "Por favor envíennos el estado de cuenta actualizado.", RES, fam=["statement"]),
    # po
    Reply("S2241", at(26, "16:40", CET), "A partir de ahora las facturas deben enviarse a facturas@aceitesguadalquivir.example, no a mi correo.", PO, sender=1, fam=["send-future-invoices"]),
    Reply("S2243", at(24, "09:45", PE), "Favor de corregir el RUC en las dos facturas: 20604418832.", PO, fam=["tax-id"]),
    # plan
    Reply("S2241", at(24, "16:00", CET), "¿Podemos pagar la 22411 en tres plazos, el primero el 15 de diciembre?", PLAN, date="2026-12-15", inv=["22411"], fam=["instalments"]),
    Reply("S2242", at(23, "13:00", CR), "Solicitamos un arreglo de pago en cuatro cuotas mensuales a partir de enero.", PLAN, date="2027-01-01", fam=["instalments"]),
    # ooo
    Reply("S2241", at(25, "07:00", CET), "Estaré fuera de la oficina hasta el 2 de diciembre. Para temas urgentes: administracion@aceitesguadalquivir.example", OOO, headers=dict(AUTO), subject="Respuesta automática: Recordatorio", sender=1, fam=["auto-headers"]),
    Reply("S2243", at(26, "08:00", PE), "Hola, estoy de vacaciones hasta el 7 de enero. Escriban a contabilidad@labdentalandino.example.", OOO, sender=1, human=["absence written by a person (no auto headers)", "return more than 14 days out"], fam=["plain-absence", "long-absence"]),
    # bounce
    Reply("S2241", at(23, "09:06", CET), "No se ha podido entregar el mensaje a r.ortega@aceitesguadalquivir.example: el destinatario no existe.", "bounce", sender="MAILER-DAEMON@aceitesguadalquivir.example", dsn=("r.ortega@aceitesguadalquivir.example", "5.1.1"), subject="No se puede entregar: Recordatorio", fam=["dsn"]),
    Reply("S2242", at(26, "09:07", CR), "Error de entrega: el buzón cxp@cafemonteverde.example está lleno.", "bounce", sender="postmaster@cafemonteverde.example", dsn=("cxp@cafemonteverde.example", "5.2.2"), subject="Devuelto", fam=["dsn", "mailbox-full"]),
    # wrong
    Reply("S2241", at(27, "09:00", CET), "Yo ya no llevo la administración, escribid a administracion@aceitesguadalquivir.example.", WRONG, fam=["moved-role"]),
    Reply("S2243", at(25, "17:00", PE), "El laboratorio fue adquirido por Grupo Sonrisa. Dirijan la cobranza a pagos@gruposonrisa.example.", WRONG, sender=0, fam=["acquisition"]),
    # other
    Reply("S2241", at(23, "13:30", CET), "¿Es auténtico este correo? Nos llegó otro con una cuenta bancaria distinta.", OTHER, human=["fraud alert"], fam=["fraud-alert"]),
    Reply("S2241", at(25, "12:00", CET), "Gracias, recibido.", OTHER, fam=["no-action", "acknowledgement"]),
    Reply("S2242", at(27, "10:00", CR), "Ayer pagamos la 22421 con tarjeta por teléfono con su compañera. ¿Pueden confirmar?", OTHER, inv=["22421"], human=["card payment over the phone: confirm"], fam=["card-over-phone"]),
    Reply("S2243", at(26, "15:00", PE), "Necesitamos su constancia de no domiciliación y el formulario de alta de proveedor para poder pagar.", OTHER, human=["paperwork"], fam=["tax-forms"]),
]
