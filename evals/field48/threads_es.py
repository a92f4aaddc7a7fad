"""Hand-written field48 replies in Spanish: a Vigo auditorium (Letras Galegas, FACe), a Granada guitar maker (Corpus in
Granada) and a Uruguayan riding centre on a plan (voseo, Batalla de Las Piedras)."""

from evals.field.build import Payment, Reply
from evals.field48.kit import AUTO, CET, UY, at

PAYMENTS = [
    Payment("BK48-020", "M4841", "2027-05-06", "980.00", "EUR", "AUDITORIO RIA DE VIGO SL"),
    Payment("BK48-021", "M4842", "2027-05-13", "2870.00", "EUR", "GUITARRERIA ALMANSA F94853"),
    Payment("BK48-022", "M4843", "2027-05-10", "1700.00", "USD", "88213407 CENTRO ECUESTRE LA CANDELARIA"),
]

REPLIES = [
    # --- M4841 Auditorio Ría de Vigo SL (es-ES) ---
    Reply("M4841", at(13, "10:05", CET), """Hola,

Os confirmo que el pago de las dos facturas se hará el martes 18, ya que el lunes es festivo aquí en Galicia (Día das Letras Galegas).

Un saludo,
Marta Souto
Responsable de administración""", "promise_to_pay", date="2027-05-18", fam=["promise-date", "holiday", "weekday-ordinal"]),
    Reply("M4841", at(10, "12:30", CET), """Buenos días, las facturas entran en la remesa del día 25. Saludos, Administración""", "promise_to_pay", date="2027-05-25", sender=0,
          fam=["promise-date", "ordinal-alone"]),
    Reply("M4841", at(11, "09:50", CET), """Buenos días,

La factura 94852 está abonada por transferencia el 06/05. Revisad vuestros cobros, por favor.

Administración""", "already_paid", inv=["94852"], sender=0, fam=["paid-matched", "day-first"]),
    Reply("M4841", at(11, "13:40", CET), """Hola,

En la factura 94851 aparece el montaje de la tarima del coro (1.150 €), pero según vuestro presupuesto P-2027-118 el montaje estaba incluido en el precio. Por favor, emitid una factura rectificativa sin esa línea.

Marta""", "dispute", inv=["94851"], fam=["dispute-price"]),
    Reply("M4841", at(10, "17:20", CET), """Lo pagamos en quince días. Marta""", "promise_to_pay", date="2027-05-25", fam=["promise-date", "relative-span", "terse"],
          note="'en quince días' read +15, as earlier writers did"),
    Reply("M4841", at(12, "07:05", CET), """Gracias por su mensaje. Estaré fuera de la oficina hasta el miércoles 19 de mayo. Para asuntos urgentes, escriba a administracion@auditorioriavigo.example.

Marta Souto""", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Auditorio Ría de Vigo SL", quote="none",
          fam=["ooo-short"]),
    Reply("M4841", at(12, "16:15", CET), """Hola,

¿Podríamos pagar la 94851 en dos plazos, 3.670 € a final de mes y los otros 3.670 € a finales de junio? La temporada de conciertos de primavera ha ido floja.

Gracias,
Marta""", "payment_plan_request", date="2027-05-31", amount="3670.00", inv=["94851"], fam=["plan-request", "month-end"]),
    Reply("M4841", at(11, "11:15", CET), """Buenos días,

Al ser una sociedad con participación del Concello, a partir de ahora tenemos que recibir todas las facturas electrónicas a través de FACe. Código DIR3 de la oficina contable: GE0004471. Por favor, volved a emitir las dos facturas por esa vía.

Administración""", "po_change", sender=0, fam=["e-invoicing", "face"]),
    Reply("M4841", at(13, "12:50", CET), """¿Nos podéis reenviar la 94852? No nos consta en el registro. Gracias""", "invoice_resend", inv=["94852"], sender=0, fam=["resend"]),
    Reply("M4841", at(12, "18:30", CET), """El próximo viernes queda pagado. Marta""", "promise_to_pay", date="2027-05-21", fam=["promise-date", "next-weekday", "terse"]),
    Reply("M4841", at(10, "14:25", CET), """Hola, soy técnico de sonido del auditorio, este correo me ha llegado por error. Las facturas las lleva Marta Souto (m.souto@auditorioriavigo.example). Un saludo, Iago""",
          "wrong_contact", sender="iago.sonido@auditorioriavigo.example", fam=["wrong-contact", "unknown-sender"]),
    Reply("M4841", at(13, "15:35", CET), """Recibido, gracias. Se lo paso a Marta.""", "other", sender=0, fam=["no-action", "terse"]),
    Reply("M4841", at(11, "08:15", CET), """No se ha podido entregar el mensaje a los siguientes destinatarios:

administracion@auditorioriavigo.example
El buzón del destinatario está lleno y no puede aceptar mensajes. (550 5.2.2)""", "bounce", sender="postmaster@auditorioriavigo.example",
          subject="No se puede entregar: Recordatorio: facturas vencidas – Auditorio Ría de Vigo SL", dsn=("administracion@auditorioriavigo.example", "5.2.2"), fam=["bounce"]),

    # --- M4842 Guitarrería Almansa e Hijos SL (Granada, es-ES) ---
    Reply("M4842", at(10, "13:10", CET), """Lo pago el viernes sin falta. Rafael""", "promise_to_pay", date="2027-05-14", fam=["promise-date", "weekday", "terse"]),
    Reply("M4842", at(13, "11:45", CET), """Buenos días, transferencia realizada hoy por el importe total de la factura 94853. Adjunto justificante. Saludos, Contabilidad""",
          "already_paid", inv=["94853"], sender=0, attachments=[("justificante.pdf", "application/pdf", "Transferencia 2.870,00 EUR a Northwind Supplies GmbH, concepto GUITARRERIA ALMANSA F94853, 13/05/2027")],
          fam=["paid-matched", "proof-of-payment"]),
    Reply("M4842", at(11, "12:20", CET), """Buenas, aquí en Granada el jueves 27 es fiesta local por el Corpus, así que os pago el miércoles 26. Un saludo, Rafael Almansa""",
          "promise_to_pay", date="2027-05-26", fam=["promise-date", "holiday", "distractor-date"]),
    Reply("M4842", at(12, "10:35", CET), """Hola,

De las 30 tapas de abeto alemán de la factura 94853, ocho han llegado rajadas. No sirven para construir. Os las devuelvo si queréis, pero no pienso pagarlas.

Rafael""", "dispute", inv=["94853"], fam=["dispute-damaged"]),
    Reply("M4842", at(11, "19:15", CET), """Pasado mañana os lo pago, que mañana estoy en el taller todo el día. R.""", "promise_to_pay", date="2027-05-13",
          fam=["promise-date", "relative-day"]),
    Reply("M4842", at(12, "13:25", CET), """Oye, ¿me hacéis un descuento por pronto pago si os lo pago hoy mismo? Un 2 % por ejemplo. Rafael""", "other", human=["discount question"],
          fam=["discount-question"]),
    Reply("M4842", at(10, "10:50", CET), """Buenos días, por favor corregid el CIF de la factura 94853: el correcto es B18736524, el que aparece es el de la antigua sociedad civil. Gracias""",
          "po_change", inv=["94853"], sender=0, fam=["tax-id", "reissue"]),
    Reply("M4842", at(13, "17:05", CET), """Os mando 1.000 € el viernes y el resto a primeros de junio. Rafael""", "promise_to_pay", date="2027-05-14", amount="1000.00",
          fam=["promise-date", "partial", "two-parts"]),
    Reply("M4842", at(12, "20:10", CET), """Hola,

¿Os parece bien que lo pague en tres meses, 956,67 € al mes a partir del 1 de junio? Las ventas de guitarras de concierto van muy lentas este año.

Rafael Almansa""", "payment_plan_request", date="2027-06-01", amount="956.67", fam=["plan-request"]),
    Reply("M4842", at(10, "16:40", CET), """Esto lo pagué con tarjeta por teléfono el jueves pasado, hablé con una chica de vuestra oficina. Revisadlo.""", "already_paid",
          human=["no matching payment"], fam=["paid-unmatched", "card-phone"]),
    Reply("M4842", at(11, "08:30", CET), """Estoy fuera hasta el lunes 24, en una feria en Fráncfort. Cuando vuelva lo miro. Rafael""", "out_of_office",
          human=["absence typed by a person"], fam=["ooo-typed"]),

    # --- M4843 Centro Ecuestre La Candelaria SA (Canelones, es-UY, payment plan) ---
    Reply("M4843", at(12, "10:20", UY), """Hola,

La cuota de mayo (USD 1.700) la transferimos el lunes 17... no, perdón, el 17 es feriado por la Batalla de Las Piedras, así que el martes 18.

Saludos,
Verónica Pereyra
Administradora""", "promise_to_pay", date="2027-05-18", amount="1700.00", fam=["instalment", "self-correction", "holiday", "flagged"]),
    Reply("M4843", at(10, "11:35", UY), """Buenas, ¿por qué nos siguen llegando recordatorios si estamos al día con el convenio de pago? Por favor revisen. Administración""", "other",
          sender=0, human=["reminders while on a plan"], fam=["complaint", "flagged"]),
    Reply("M4843", at(11, "14:55", UY), """Cuota pagada el 10/05, ref. 88213407. Verónica""", "already_paid", ref="88213407", human=["amount differs"],
          fam=["paid-instalment", "flagged"]),
    Reply("M4843", at(13, "09:45", UY), """Hola,

Con la sequía tuvimos que comprar fardos y ración a precio de oro. ¿Podemos pasar a cuotas de USD 850 desde junio? Sería un alivio grande.

Verónica""", "payment_plan_request", fam=["plan-change", "flagged"]),
    Reply("M4843", at(10, "06:30", UY), """Estoy de licencia hasta el 31 de mayo. Para temas urgentes escribir a administracion@ecuestrecandelaria.example.
Verónica Pereyra""", "out_of_office", headers=AUTO, subject="Respuesta automática: Recordatorio: facturas vencidas – Centro Ecuestre La Candelaria SA",
          quote="none", human=["absence longer than 14 days"], fam=["ooo-long", "flagged"]),
    Reply("M4843", at(12, "15:30", UY), """Hola, el saldo que figura en su recordatorio no es correcto. No son USD 10.200: ya pagamos dos cuotas de USD 1.700 en marzo y abril. Corrijan por favor. Verónica""",
          "dispute", fam=["dispute-balance", "flagged"]),
    Reply("M4843", at(11, "18:20", UY), """Mirá, la cuota te la pago la semana que viene, el jueves. Vero""", "promise_to_pay", date="2027-05-20", human=["partial"],
          fam=["instalment", "voseo", "next-week-weekday", "flagged"]),
    Reply("M4843", at(13, "12:10", UY), """Buenas, mandanos el estado de cuenta actualizado y el cronograma de cuotas, que la contadora lo pide. Gracias""", "invoice_resend",
          sender=0, fam=["statement", "voseo", "flagged"]),
    Reply("M4843", at(12, "13:05", UY), """Hola, desde este mes las cuentas las lleva el estudio contable Ferrés & Asociados. Escribí a la Cra. Lucía Ferrés, lferres@estudioferres.example. Saludos""",
          "wrong_contact", fam=["wrong-contact", "outsourced", "voseo", "flagged"]),
    Reply("M4843", at(10, "08:40", UY), """No se pudo entregar el mensaje.

Destinatario: v.pereyra@ecuestrecandelaria.example
Motivo: 550 5.1.1 usuario desconocido""", "bounce", sender="mailer-daemon@ecuestrecandelaria.example",
          subject="Mensaje no entregado: Recordatorio: facturas vencidas – Centro Ecuestre La Candelaria SA", dsn=("v.pereyra@ecuestrecandelaria.example", "5.1.1"),
          fam=["bounce", "flagged"]),
    Reply("M4843", at(13, "16:50", UY), """Lo que resta lo cancelamos todo junto a fin de junio, cuando cobremos el remate de los potrillos. Verónica""", "promise_to_pay",
          date="2027-06-30", human=["conditional"], fam=["promise-date", "conditional", "over-30-days", "flagged"], note="'cancelar' = to settle"),
    Reply("M4842", at(13, "13:40", CET), """El martes que viene os hago la transferencia. Rafael""", "promise_to_pay", date="2027-05-18",
          fam=["promise-date", "next-weekday"]),
    Reply("M4841", at(12, "11:45", CET), """Buenos días, se pagará a final de la semana que viene. Un saludo, Marta Souto""", "promise_to_pay", date="2027-05-21",
          fam=["promise-date", "end-of-next-week"]),
]
