"""Spanish replies (field27): a Peruvian alpaca-yarn spinner (−05:00), a Canary banana co-operative on credit hold
(+00:00) and a Huila coffee roaster (−05:00)."""

from evals.field.build import Payment, Reply
from evals.field27.kit import AUTO, CO, GB, PE, at

R = Reply
P = Payment
CANARIAS = GB  # the Canaries keep Western European time, +00:00 in November

PAYMENTS = [
    P("BK27-040", "W2741", "2026-11-20", "8250.00", "USD", "HILANDERIA ALPACA DEL COLCA 00482219"),
    P("BK27-041", "W2743", "2026-11-23", "780.00", "USD", "TOSTADORA CAFE CERRO HUILA"),
    P("BK27-042", "W2742", "2026-11-24", "5465.00", "EUR", "COOP PLATANERA GUIA"),
]

REPLIES = [
    # --- Hilandería Alpaca del Colca (PE)
    R("W2741", at(23, "09:00", PE), "Buenos días, el pago se realizará el jueves.", "promise_to_pay", date="2026-11-26", fam=["weekday"]),
    R("W2741", at(24, "12:30", PE), "Le confirmamos que abonaremos ambas facturas el 07/12/2026.", "promise_to_pay", date="2026-12-07", fam=["locale-numeric-dayfirst"], sender=0),
    R("W2741", at(25, "16:00", PE), "Pagamos el miérc. 2.", "promise_to_pay", date="2026-12-02", fam=["abbrev-weekday", "weekday-ordinal", "terse-mobile"]),
    R("W2741", at(26, "10:15", PE), "Cuando nuestro cliente en Italia nos pague el lote de hilado, le cancelamos la deuda.", "promise_to_pay", human=["conditional"], fam=["condition", "undated", "peruvian"]),
    R("W2741", at(27, "11:30", PE), "Haremos el depósito de USD 3,000 el lunes y el saldo a mediados de diciembre.", "promise_to_pay", date="2026-11-30", amount="3000.00", fam=["partial-amount", "two-dates"]),
    R("W2741", at(23, "17:45", PE), "Pago programado dentro de 15 días.", "promise_to_pay", date="2026-12-08", fam=["relative-span"], sender=0),
    R("W2741", at(25, "08:00", PE), "Pago el quince.", "promise_to_pay", date="2026-12-15", fam=["date-in-words", "terse-mobile"]),
    # --- Cooperativa Platanera del Valle de Guía (ES-Canarias, credit hold)
    R("W2742", at(23, "10:20", CANARIAS), "Le pagamos en cuanto la organización de productores nos liquide la ayuda del POSEI.", "promise_to_pay", human=["conditional"], fam=["condition", "undated"]),
    R("W2742", at(24, "13:00", CANARIAS), "Transferencia el viernes 4 de diciembre, después de la junta rectora del día 2.", "promise_to_pay", date="2026-12-04", fam=["meeting-before-payment", "weekday-date"]),
    R("W2742", at(25, "09:45", CANARIAS), "El pago previsto para hoy se retrasa al lunes 30.", "promise_to_pay", date="2026-11-30", fam=["moved-date", "weekday-ordinal"], sender=0),
    R("W2742", at(27, "12:00", CANARIAS), "Pagaremos antes de Nochebuena.", "promise_to_pay", date="2026-12-24", fam=["holiday"]),
    R("W2742", at(26, "11:10", CANARIAS), "Pagaremos 2.000 € mañana y el resto cuando cobremos la exportación a Holanda.", "promise_to_pay", date="2026-11-27", amount="2000.00", human=["conditional"], fam=["partial-amount", "condition", "tomorrow"]),
    # --- Tostadora Café Cerro Huila (CO)
    R("W2743", at(23, "08:30", CO), "Buen día. El pago de la factura 92745 se hará el próximo martes.", "promise_to_pay", date="2026-12-01", inv=["92745"], fam=["next-weekday", "colombian"]),
    R("W2743", at(24, "14:10", CO), "Les pagamos después del puente festivo del 8 de diciembre, el miércoles 9.", "promise_to_pay", date="2026-12-09", fam=["holiday", "weekday-ordinal", "colombian"]),
    R("W2743", at(25, "11:00", CO), "Pago en la semana 50.", "promise_to_pay", date="2026-12-11", fam=["calendar-week"], sender=0),
    R("W2743", at(26, "15:40", CO), "Se programó el pago para el último día hábil de noviembre.", "promise_to_pay", date="2026-11-30", fam=["last-working-day"], sender=0),
    R("W2743", at(27, "09:20", CO), "Cordial saludo,\n\nNos permitimos informar que la orden de compra CCH-OC-3310 quedó programada para pago el día 3 de diciembre de 2026.\n\nAtentamente,\nDiana Ospina\nContadora", "promise_to_pay", date="2026-12-03", html=True, fam=["html-outlook", "formal-ap", "colombian"]),
    R("W2743", at(23, "19:00", CO), "Pagamos la semana entrante.", "promise_to_pay", date="2026-12-04", fam=["next-week", "colombian"]),
    # --- other intents
    R("W2741", at(24, "09:10", PE), "Se pagó el 20/11, número de operación 00482219.", "already_paid", ref="00482219", fam=["reference", "locale-numeric-dayfirst"], sender=0, note="matches BK27-040"),
    R("W2743", at(26, "10:00", CO), "Ya se pagó la 92745 el lunes pasado.", "already_paid", inv=["92745"], fam=["last-weekday", "colombian"], note="matches BK27-041"),
    R("W2742", at(25, "13:30", CANARIAS), "Pagado el 24/11.", "already_paid", human=["paid amount differs"], fam=["bank-charges-short", "terse-mobile"], note="BK27-042 is 15.00 short"),
    R("W2741", at(25, "12:15", PE), "La factura 92741 incluye flete aéreo y lo acordado fue marítimo. Favor de corregir.", "dispute", inv=["92741"], fam=["freight"]),
    R("W2743", at(24, "16:30", CO), "Nos facturaron 60 sacos y llegaron 55.", "dispute", fam=["short-delivery", "terse-mobile"]),
    R("W2741", at(26, "15:00", PE), "¿Nos pueden reenviar la factura 92742? No la encontramos.", "invoice_resend", inv=["92742"], fam=["copy"]),
    R("W2742", at(24, "10:00", CANARIAS), "Por favor, envíennos un extracto de cuenta.", "invoice_resend", fam=["statement"], sender=0),
    R("W2743", at(25, "14:45", CO), "Favor reexpedir la factura 92744 con nuestro NIT 901.442.117-3 y la razón social completa.", "po_change", inv=["92744"], fam=["tax-id", "colombian"], sender=0),
    R("W2741", at(27, "10:40", PE), "A partir de ahora las facturas deben cargarse en nuestro portal de proveedores; por correo ya no se reciben.", "po_change", fam=["supplier-portal"], sender=0),
    R("W2742", at(26, "16:20", CANARIAS), "¿Podríamos pagar en cuatro cuotas mensuales a partir de enero?", "payment_plan_request", date="2027-01-01", fam=["plan-monthly"]),
    R("W2741", at(24, "17:30", PE), "Solicitamos fraccionar el pago en dos partes, la primera el 10 de diciembre.", "payment_plan_request", date="2026-12-10", fam=["plan-two-parts"]),
    R("W2743", at(25, "08:06", CO), "Estaré fuera de la oficina hasta el 1 de diciembre. Para temas urgentes escriba a cuentasporpagar@cafecerrohuila.example.", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Tostadora Café Cerro Huila SAS", quote="none", gap_days=0, fam=["ooo-auto"]),
    R("W2742", at(23, "08:06", CANARIAS), "Estoy de vacaciones hasta el 11 de enero. Su mensaje no será reenviado.", "out_of_office", headers=AUTO, subject="Fuera de la oficina: Recordatorio: facturas vencidas – Cooperativa Platanera del Valle de Guía", quote="none", gap_days=0, human=["absent more than 14 days"], fam=["ooo-long"]),
    R("W2741", at(26, "08:07", PE), "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\nr.quispe@alpacacolca.example\n550 5.1.1 El usuario no existe", "bounce", sender="MAILER-DAEMON@mail.alpacacolca.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Hilandería Alpaca del Colca SAC", dsn=("r.quispe@alpacacolca.example", "5.1.1"), quote="none", gap_days=0, fam=["dsn-es"]),
    R("W2743", at(27, "03:07", CO), "Error al entregar el mensaje a estos destinatarios o grupos:\n\nd.ospina@cafecerrohuila.example\nEl buzón del destinatario está lleno y no puede aceptar mensajes en este momento.\n\n552 5.2.2 Mailbox full", "bounce", sender="postmaster@cafecerrohuila.example", subject="No se puede entregar: Recordatorio: facturas vencidas – Tostadora Café Cerro Huila SAS", dsn=("d.ospina@cafecerrohuila.example", "5.2.2"), quote="none", gap_days=0, fam=["dsn-exchange-es", "dsn-mailbox-full"]),
    R("W2742", at(27, "09:40", CANARIAS), "Airam ya no es gerente de la cooperativa. Escriba a la nueva gerente, Nayra Déniz, n.deniz@platanera-guia.example.", "wrong_contact", fam=["left-company", "new-contact"], sender=0),
    R("W2743", at(23, "11:15", CO), "Yo soy de compras, no de tesorería. Reenvíe esto a cuentasporpagar@cafecerrohuila.example.", "wrong_contact", fam=["not-my-job"], sender="compras@cafecerrohuila.example"),
    R("W2741", at(27, "15:20", PE), "Gracias, recibido.", "other", fam=["no-action", "ack"]),
    R("W2743", at(26, "12:00", CO), "¿Nos pueden enviar su certificado de residencia fiscal? Lo necesitamos para no aplicar la retención en la fuente.", "other", human=["tax form"], fam=["tax-forms", "colombian"], sender=0),
]
