"""Spanish replies for field21 (ES, PE, UY): dated promises in every form, and the other intents."""

from evals.field21.build import Payment
from evals.field21.build import Reply as R
from evals.field21.kit import AUTO, CET, PE, UY, at

PAYMENTS = [
    Payment("BK21-301", "W2141", "2026-11-24", "610.00", "EUR", "TALLER CERAMICA RIBERA FRA 21412"),
    Payment("BK21-302", "W2142", "2026-11-20", "9180.00", "USD", "HILANDERIA ANDINA TRF 55120"),
]

DSN = ("Este es un mensaje automático del servidor de correo.\n\nNo se ha podido entregar su mensaje al siguiente destinatario:\n\n"
       "{a}\nMotivo: 550 5.1.1 El buzón no existe")

REPLIES = [
    R("W2141", at(24, "10:10", CET), "Hola, pagamos el vie. Un saludo, Vicent", "promise_to_pay", date="2026-11-27", sender=1, fam=["abbrev-weekday", "terse"]),
    R("W2142", at(23, "09:40", PE), "Estimados, la transferencia se realizará el lunes 7. Saludos cordiales, Rosa Mamani", "promise_to_pay", date="2026-12-07", sender=1, fam=["weekday-ordinal"]),
    R("W2141", at(26, "12:25", CET), "Buenas, lo pagamos el 4. Vicent Soler", "promise_to_pay", date="2026-12-04", sender=1, fam=["ordinal-alone", "terse"]),
    R("W2142", at(25, "11:15", PE), "Buenos días, el pago está programado para el 3/12. Atte., Contabilidad", "promise_to_pay", date="2026-12-03", fam=["es-numeric"]),
    R("W2141", at(23, "13:00", CET), "Hola, haremos la transferencia el 11 dic. Saludos", "promise_to_pay", date="2026-12-11", sender=1, fam=["abbrev-month"]),
    R("W2142", at(26, "15:30", PE), "Estimados, pagaremos en quince días. Rosa", "promise_to_pay", date="2026-12-10", sender=1, fam=["fortnight"]),
    R("W2141", at(25, "09:20", CET), "Buenos días, el pago se hará dentro de 10 días hábiles. Un saludo", "promise_to_pay", date="2026-12-09", sender=1, fam=["working-days"]),
    R("W2142", at(24, "16:45", PE), "Estimados, pagaremos después de Reyes, cuando cerremos el ejercicio. Atentamente, Rosa Mamani", "promise_to_pay", date="2027-01-07", sender=1, fam=["holiday", "over-30-days"]),
    R("W2141", at(27, "11:50", CET), "Hola, lo pagaremos a fines de diciembre. Vicent", "promise_to_pay", date="2026-12-31", sender=1, fam=["late-month", "over-30-days"]),
    R("W2142", at(27, "10:25", PE), "Buenos días, pagamos la semana que viene. Rosa", "promise_to_pay", date="2026-12-04", sender=1, fam=["next-week"]),
    R("W2141", at(24, "17:20", CET), "Hola, estaba previsto para el 3, pero ahora será el 10. Disculpe, Vicent", "promise_to_pay", date="2026-12-10", sender=1, fam=["moved-date"]),
    R("W2142", at(26, "10:50", PE), "No será el viernes sino el lunes, el gerente firma ese día. Rosa", "promise_to_pay", date="2026-11-30", sender=1, fam=["not-x-but-y"]),
    R("W2141", at(23, "16:35", CET), "Si el abono por las piezas rotas llega el lunes, pagamos el miércoles. Saludos, Vicent", "promise_to_pay", date="2026-12-02", sender=1, human=["conditional"], fam=["condition-date"]),
    R("W2142", at(24, "12:05", PE), "El directorio aprueba los pagos el 1 de diciembre y la transferencia sale el 4 de diciembre. Saludos, Rosa Mamani", "promise_to_pay", date="2026-12-04", sender=1, fam=["meeting-before-payment"]),
    R("W2141", at(25, "13:45", CET), "Hola, estáis en nuestra remesa de pagos del jueves. Administración", "promise_to_pay", date="2026-11-26", fam=["payment-run"]),
    R("W2142", at(25, "23:10", PE), "Disculpe la hora, mañana a primera hora hacemos la transferencia. Rosa", "promise_to_pay", date="2026-11-26", sender=1, fam=["late-evening", "across-midnight"], note="23:10 -05:00 on the 25th is the 26th in UTC; mañana counts from the 25th"),
    R("W2141", at(26, "09:30", CET), "Hola, pagamos la mitad el lunes y el resto en enero. Vicent", "promise_to_pay", date="2026-11-30", sender=1, human=["partial"], fam=["partial-in-words"]),
    R("W2142", at(23, "14:50", PE), "Estimados, pagaremos USD 5.000 el viernes y el saldo a mediados de diciembre. Rosa", "promise_to_pay", date="2026-11-27", amount="5000.00", sender=1, fam=["partial-amount"]),
    R("W2143", at(24, "15:20", UY), "Buenas tardes, el pago se hará antes de Navidad. Facundo Olivera", "promise_to_pay", date="2026-12-24", sender=1, fam=["holiday", "before-christmas", "flagged"]),
    R("W2141", at(27, "14:05", CET), "Hola, pagaremos cuanto antes. Vicent", "promise_to_pay", sender=1, human=["undated"], fam=["undated"]),
    R("W2142", at(26, "17:15", PE), "Estimados, la mercadería llegó el 12 de noviembre; pagaremos apenas tengamos liquidez. Rosa", "promise_to_pay", sender=1, human=["undated", "conditional"], fam=["distractor-only", "delivery-date"]),
    R("W2143", at(26, "11:40", UY), "Pagaremos cuando se resuelva lo de la cosecha, el contador vuelve el 3 de diciembre. Facundo", "promise_to_pay", sender=1, human=["conditional"], fam=["distractor-only", "return-date", "flagged"]),
    # other intents
    R("W2141", at(24, "11:35", CET), "Hola, ¿podríamos pagar la 21411 en tres plazos mensuales, el primero el 15 de diciembre? Vicent", "payment_plan_request", date="2026-12-15", inv=["21411"], sender=1, fam=["plan"]),
    R("W2142", at(27, "13:10", PE), "Estimados, solicitamos fraccionar el saldo en cuatro cuotas de USD 2.600, la primera el 10/12. Atte.", "payment_plan_request", date="2026-12-10", amount="2600.00", sender=1, fam=["plan", "es-numeric"]),
    R("W2141", at(25, "10:40", CET), "Buenos días, la 21412 se pagó ayer. Saludos", "already_paid", inv=["21412"], fam=["paid-bare-number", "terse"]),
    R("W2142", at(24, "09:55", PE), "Estimados, la factura 21421 fue pagada el 20/11, ref. 55120. El banco descontó la comisión. Rosa", "already_paid", ref="55120", inv=["21421"], human=["amount differs"], sender=1, fam=["paid-bank-fees"], note="BK21-302 is 9,180.00 against 9,260.00"),
    R("W2141", at(26, "14:20", CET), "Hola, la factura 21411 cobra 60 azulejos de más; la 21412 la pagamos el martes. Vicent", "dispute", inv=["21411", "21412"], sec=["promise_to_pay"], date="2026-12-01", sender=1, fam=["dispute-with-promise"]),
    R("W2142", at(25, "16:30", PE), "Estimados, el hilado de la orden HAA-OC-3350 llegó con un color distinto al aprobado. No pagaremos la 21422 hasta resolverlo. Rosa", "dispute", inv=["21422"], sender=1, fam=["quality"]),
    R("W2141", at(23, "12:15", CET), "Hola, ¿me podéis reenviar la factura 21411? Gracias", "invoice_resend", inv=["21411"], sender=1, fam=["resend"]),
    R("W2142", at(26, "13:40", PE), "Estimados, no hemos recibido la factura 21422, favor de reenviarla. Atte.", "invoice_resend", inv=["21422"], fam=["never-received"]),
    R("W2142", at(23, "11:05", PE), "Estimados, favor de reemitir las facturas con nuestro RUC 20601234567 y la razón social completa. Gracias", "po_change", sec=["invoice_resend"], sender=1, fam=["copy-with-change", "vat-number"]),
    R("W2141", at(27, "09:15", CET), "Hola, a partir de ahora enviad las facturas a facturas@ceramica-ribera.example. Vicent", "po_change", sender=1, fam=["mailbox"]),
    R("W2141", at(24, "08:10", CET), "Estaré fuera de la oficina hasta el 30 de noviembre. Para asuntos urgentes, escriba a administracion@ceramica-ribera.example.", "out_of_office", sender=1, headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Taller de Cerámica Ribera SL", quote="none", fam=["ooo-short"]),
    R("W2142", at(25, "08:00", PE), "Me encuentro de vacaciones hasta el 15 de enero. Durante mi ausencia, por favor contacte a Jorge Quispe (j.quispe@hilanderia-andina.example).", "out_of_office", sec=["wrong_contact"], sender=1, headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Hilandería Andina Alpaca SAC", quote="none", human=["absence more than 14 days"], fam=["ooo-long", "ooo-new-contact"]),
    R("W2141", at(26, "09:08", CET), DSN.format(a="administracion@ceramica-ribera.example"), "bounce", sender="MAILER-DAEMON@correo.ceramica-ribera.example", subject="No se puede entregar: Recordatorio: facturas vencidas", dsn=("administracion@ceramica-ribera.example", "5.1.1"), gap_days=0, fam=["dsn-es"]),
    R("W2143", at(24, "09:09", UY), DSN.format(a="administracion@laquerencia.example"), "bounce", sender="MAILER-DAEMON@correo.laquerencia.example", subject="No se puede entregar: Recordatorio: facturas vencidas", dsn=("administracion@laquerencia.example", "5.1.1"), gap_days=0, fam=["dsn-es", "flagged"]),
    R("W2141", at(25, "15:50", CET), "Yo solo llevo el taller, las facturas las ve mi socia: m.ribera@ceramica-ribera.example.", "wrong_contact", sender=1, fam=["not-right-person"]),
    R("W2142", at(27, "16:10", PE), "La Sra. Mamani ya no trabaja con nosotros. Diríjase a finanzas@hilanderia-andina.example.", "wrong_contact", sender=0, fam=["left-company"]),
    R("W2141", at(23, "10:30", CET), "Gracias, recibido.", "other", sender=1, fam=["no-action", "terse"]),
    R("W2143", at(25, "12:45", UY), "Señores:\n\nEn representación de Estancia La Querencia SRL les comunicamos que toda comunicación relativa a la deuda deberá dirigirse a este estudio. Nos reservamos las acciones legales que correspondan.\n\nDr. Martín Ferreira, Estudio Ferreira & Asociados", "other", sender="mferreira@estudioferreira.example", human=["legal threat"], fam=["legal-threat", "formal", "flagged"]),
    R("W2142", at(24, "14:15", PE), "Estimados, para registrar el pago necesitamos su certificado de residencia fiscal para no aplicar retención. Atte.", "other", sender=1, human=["paperwork"], fam=["paperwork"]),
]
