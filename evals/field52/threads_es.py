"""Spanish replies (field52): a Cádiz carnival costume maker, a Barranquilla comparsa supplier on credit hold and an
Oaxaca mezcal distillery."""

from evals.field.build import Payment, Reply
from evals.field52.kit import AUTO, CET, CO, MX, at

R = Reply
P = Payment

PAYMENTS = [
    P("BK52-016", "W5217", "2028-02-23", "830.00", "EUR", "TIPOS GADITANOS SL FRA 98034"),
    P("BK52-017", "W5218", "2028-02-25", "1500.00", "USD", "COMPARSAS DEL CARIBE ABONO"),
    P("BK52-018", "W5219", "2028-02-29", "6390.00", "USD", "MEZCALERA VALLE TLACOLULA MVT-OC-318"),
]

REPLIES = [
    # --- Tipos Gaditanos (Cádiz)
    R("W5217", at(21, "10:15", CET), "Buenos días, estamos en pleno concurso del Falla. Pagamos el viernes 3 de marzo sin falta.", "promise_to_pay", date="2028-03-03", fam=["carnival-distractor", "weekday-date", "andalusian"]),
    R("W5217", at(22, "12:40", CET), "Hola, la 98034 se pagó ayer por transferencia. Adjunto justificante.", "already_paid", inv=["98034"], attachments=[("justificante_98034.pdf", "application/pdf", "Justificante de transferencia 830,00 EUR Tipos Gaditanos S.L.")], fam=["justificante", "yesterday"]),
    R("W5217", at(23, "17:30", CET), "Las lentejuelas de la 98033 vinieron de otro color (plata en vez de oro). Os las devolvemos y esperamos el abono.", "dispute", inv=["98033"], fam=["wrong-colour", "return"]),
    R("W5217", at(24, "09:50", CET), "Pagaremos la 98033 a final de mes, o sea el martes 29.", "promise_to_pay", date="2028-02-29", inv=["98033"], fam=["month-end", "leap-day", "weekday-ordinal"]),
    R("W5217", at(25, "13:10", CET), "¿Nos podéis mandar la factura con nuestro nuevo CIF B72491108? Cambiamos de sociedad en enero.", "po_change", fam=["cif", "new-entity"]),
    R("W5217", at(28, "11:25", CET), "Rocío está de vacaciones hasta el 6 de marzo (después del Carnaval, cómo no). Para urgencias, administracion@tiposgaditanos.example.", "out_of_office", headers=AUTO, sender=1, fam=["auto-absence", "carnival"]),
    R("W5217", at(29, "08:35", CET), "Os pagamos en quince días, que ahora no hay ni un duro.", "promise_to_pay", date="2028-03-15", fam=["quince-dias", "colloquial"]),
    R("W5217", at(26, "19:20", CET), "Soy la costurera, no llevo cuentas. Os paso con Rocío.", "wrong_contact", sender="taller@tiposgaditanos.example", fam=["seamstress"]),
    R("W5217", at(22, "00:00", CET), "No se ha podido entregar el mensaje a r.benitez@tiposgaditanos.example: el buzón no existe.", "bounce", sender="mailer-daemon@tiposgaditanos.example", dsn=("r.benitez@tiposgaditanos.example", "5.1.1"), quote="none", fam=["dsn", "spanish-dsn"]),
    R("W5217", at(23, "10:05", CET), "¿Podríamos pagar en tres plazos? 1.720 € el 10 de marzo, el 10 de abril y el 10 de mayo.", "payment_plan_request", date="2028-03-10", fam=["three-instalments"]),
    R("W5217", at(25, "16:40", CET), "Os reenvío lo que me dice nuestro gestor, ver abajo.\n\n---------- Mensaje reenviado ----------\nDe: Gestoría Bahía <gestor@gestoriabahia.example>\nRocío, la transferencia a Northwind sale el lunes 28, ya está firmada.", "promise_to_pay", date="2028-02-28", fam=["see-below", "forwarded-promise", "accountant"]),
    # --- Comparsas del Caribe (Barranquilla, credit hold)
    R("W5218", at(21, "09:30", CO), "Buenos días, le informamos que el abono de USD 1.500 se realizará el viernes 25 de febrero. El saldo restante lo cancelamos después del Carnaval.", "promise_to_pay", date="2028-02-25", amount="1500.00", human=["open remainder"], fam=["part-payment", "colombian", "undated-rest"]),
    R("W5218", at(22, "14:15", CO), "Solicitamos un acuerdo de pago a seis cuotas mensuales a partir del 15 de marzo. La temporada de Carnaval nos dejó sin liquidez.", "payment_plan_request", date="2028-03-15", fam=["six-instalments", "colombian"]),
    R("W5218", at(23, "11:00", CO), "Las plumas y pedrería de la factura 98036 llegaron tarde, después de la Batalla de Flores. No nos sirven ya. No vamos a pagar.", "dispute", inv=["98036"], fam=["late-delivery", "carnival"]),
    R("W5218", at(24, "16:20", CO), "Favor enviar certificado de retención en la fuente y el RUT actualizado de ustedes para poder pagar.", "other", human=["tax form"], fam=["rut", "withholding"]),
    R("W5218", at(25, "08:45", CO), "Ya consignamos USD 1.500 esta mañana, favor levantar el bloqueo de pedidos.", "already_paid", human=["partial"], fam=["consignacion", "credit-hold-plea"]),
    R("W5218", at(28, "10:30", CO), "Estamos en Carnaval hasta el martes, la oficina está cerrada. Quien lo goza es quien lo paga… pero el miércoles 1 de marzo pagamos.", "promise_to_pay", date="2028-03-01", fam=["carnival-distractor", "proverb", "weekday-date"]),
    R("W5218", at(29, "15:50", CO), "Señores, por instrucción de nuestro abogado, toda comunicación sobre la deuda debe dirigirse a Bufete Cantillo & Asociados.", "other", human=["legal"], fam=["lawyer"]),
    R("W5218", at(26, "12:00", CO), "Jairo se encuentra en Carnaval, regresa el 2 de marzo.", "out_of_office", sender=0, fam=["typed-absence", "carnival"]),
    R("W5218", at(23, "18:10", CO), "Mándenme por favor el estado de cuenta actualizado.", "invoice_resend", fam=["estado-de-cuenta"]),
    # --- Mezcalera Valle de Tlacolula (Oaxaca)
    R("W5219", at(21, "11:30", MX), "Buen día, la OC MVT-OC-318 se paga el 29/02 en la corrida de pagos de fin de mes.", "promise_to_pay", date="2028-02-29", inv=["98037"], fam=["day-first", "month-end-run", "leap-day"]),
    R("W5219", at(22, "09:20", MX), "Necesitamos el CFDI 4.0 timbrado con nuestro RFC MVT150612KJ3 y uso G01, si no, no podemos pagar.", "po_change", fam=["cfdi", "rfc"]),
    R("W5219", at(23, "13:45", MX), "Pagamos la 98038 en la siguiente quincena, el 15.", "promise_to_pay", date="2028-03-15", inv=["98038"], fam=["quincena", "ordinal"]),
    R("W5219", at(24, "10:10", MX), "Las botellas de vidrio soplado en la 98037 venían 40 rotas. Anexo acta de recepción. Solicitamos nota de crédito.", "dispute", inv=["98037"], fam=["breakage", "nota-de-credito"]),
    R("W5219", at(25, "17:00", MX), "La contralora está de viaje en la feria de Guadalajara hasta el lunes 6 de marzo.", "out_of_office", headers=AUTO, sender=1, fam=["auto-absence", "trade-fair"]),
    R("W5219", at(28, "12:15", MX), "Se pagó hoy la 98037 por SPEI, clave de rastreo MBAN01002802281177.", "already_paid", inv=["98037"], ref="MBAN01002802281177", fam=["spei", "tracking-key"]),
    R("W5219", at(29, "09:05", MX), "Nos reenvían por favor la factura 98038 en PDF y XML?", "invoice_resend", inv=["98038"], fam=["pdf-xml"]),
    R("W5219", at(26, "14:25", MX), "Hola, soy el maestro mezcalero, este correo no es mío, es de la contralora. Se lo paso.", "wrong_contact", sender="palenque@mezcaltlacolula.example", fam=["master-distiller"]),
    R("W5219", at(22, "17:40", MX), "Ok gracias!", "other", fam=["no-action", "terse"]),
    R("W5217", at(27, "21:10", CET), "Pago el miércoles.", "promise_to_pay", date="2028-03-01", fam=["weekday", "terse", "sunday-evening"]),
    R("W5218", at(21, "00:00", CO), "Mensaje no entregado: contabilidad@comparsascaribe.example — cuota excedida.", "bounce", sender="postmaster@comparsascaribe.example", dsn=("contabilidad@comparsascaribe.example", "5.2.2"), quote="none", fam=["dsn", "quota"]),
    R("W5219", at(24, "19:00", MX), "Recibimos un correo de ustedes con una cuenta nueva en otro banco en Panamá. ¿Es legítimo? No vamos a pagar hasta confirmar con una llamada.", "other", human=["fraud worry"], fam=["fraud", "changed-bank"]),
    R("W5219", at(21, "16:30", MX), "El pago queda para la semana del 6 de marzo, probablemente el miércoles.", "promise_to_pay", date="2028-03-08", fam=["week-of", "probably-weekday"]),
    R("W5217", at(29, "13:00", CET), "La 98033 la pagamos el jueves 2 de marzo. Antes teníamos previsto el 29, pero el banco nos ha cambiado la firma de poderes.", "promise_to_pay", date="2028-03-02", inv=["98033"], fam=["moved-date", "weekday-date"]),
    R("W5218", at(27, "10:00", CO), "Les propongo pagar el saldo con dos cheques posfechados, para el 31 de marzo y el 30 de abril.", "payment_plan_request", date="2028-03-31", fam=["post-dated-cheques"]),
    R("W5219", at(28, "18:20", MX), "Pagamos la próxima semana, el jueves.", "promise_to_pay", date="2028-03-09", fam=["next-week-weekday"]),
]
