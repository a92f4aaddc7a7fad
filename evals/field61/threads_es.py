"""Spanish replies (field61): a Madrid grandstand hirer before the Fiesta Nacional parade (Fri 12 Oct), a Rioja
grape-harvester hirer on a plan in the vendimia, a Santiago empanada bakery after the Fiestas Patrias (17-19 Sep are
holidays in 2029) and a Guadalajara tequila bottler on credit hold. Numeric dates are day-first."""

from evals.field.build import Payment, Reply
from evals.field61.kit import AUTO, CEST, CLT, MX, at, inv

R = Reply
P = Payment

PAYMENTS = [
    P("BK61-022", "E6141", "2029-10-16", "12770.00", "EUR", "TRIBUNAS CASTELLANA SL TC-2029-087"),
    P("BK61-023", "E6143", "2029-09-28", "4220.00", "USD", "EMPANADAS DEL CERRO LTDA"),
    P("BK61-024", "E6142", "2029-10-01", "4600.00", "EUR", "VENDIMIADORAS RIOJA ALTA PLAZO 2"),
]

REPLIES = [
    # --- Tribunas Castellana (Madrid)
    R("E6141", at(9, 17, "10:15", CEST), "Buenos días:\n\nLes confirmamos que las facturas INV-2027-61411 e INV-2027-61412 se abonarán en la remesa de pagos del 5 de octubre.\n\nAtentamente,\nIrene Méndez\nDirectora financiera", "promise_to_pay", date="2029-10-05", html=True, fam=["formal", "payment-run", "outlook-html"]),
    R("E6141", at(9, 20, "13:40", CEST), "¿Nos podéis reenviar la 61412? La que tenemos está sin el número de pedido y contabilidad no la acepta.", "invoice_resend", inv=inv("61412"), fam=["resend", "vosotros"]),
    R("E6141", at(10, 3, "18:25", CEST), "Estamos montando las tribunas del desfile del 12 de octubre en la Castellana, todo el equipo en la calle. Pagamos la semana que viene sin falta.", "promise_to_pay", date="2029-10-12", fam=["next-week", "holiday", "season"]),
    R("E6141", at(10, 11, "09:00", CEST), "Mañana es fiesta nacional y el lunes no hay nadie en administración. Transferencia el martes 16.", "promise_to_pay", date="2029-10-16", fam=["holiday", "weekday-date"]),
    R("E6141", at(10, 16, "12:30", CEST), "Transferencia realizada hoy por 12.770,00 €, concepto TC-2029-087.", "already_paid", ref="TC-2029-087", fam=["paid-with-ref", "matched"]),
    R("E6141", at(9, 25, "11:10", CEST), "En la 61411 se han facturado 2.400 asientos y la orden de compra TC-2029-087 era de 2.000. Por favor, emitan factura rectificativa.", "dispute", inv=inv("61411"), fam=["quantity-dispute", "rectificativa"]),
    R("E6141", at(9, 28, "16:45", CEST), "A partir del 1 de octubre, las facturas deben enviarse a través de FACe / nuestro portal de proveedores, no por correo electrónico.", "po_change", inv=[], sender=0, fam=["portal", "e-invoicing"]),
    R("E6141", at(10, 12, "08:00", CEST), "Con motivo de la Fiesta Nacional, nuestras oficinas permanecerán cerradas hoy viernes 12 de octubre. Retomaremos la actividad el lunes 15.", "out_of_office", headers=AUTO, sender=0, subject="Respuesta automática: Recordatorio", fam=["auto-reply", "holiday", "within-14"]),
    # --- Vendimiadoras Rioja Alta (plan)
    R("E6142", at(9, 17, "07:30", CEST), "Buenas, el segundo plazo del fraccionamiento, 4.600 €, lo pasamos el 1 de octubre como quedamos.", "promise_to_pay", date="2029-10-01", amount="4600.00", fam=["instalment", "day-month"]),
    R("E6142", at(10, 1, "17:20", CEST), "Segundo plazo pagado hoy, 4.600 €.", "already_paid", fam=["instalment-paid", "matched-amount-differs"], human=["amount differs from open balance"]),
    R("E6142", at(9, 22, "20:00", CEST), "Estamos en plena vendimia, las máquinas no paran. ¿Podemos dejar el tercer plazo para después de la campaña y dividirlo en dos, noviembre y diciembre?", "payment_plan_request", fam=["plan-change", "season", "undated-plan"]),
    R("E6142", at(9, 26, "10:50", CEST), "Aitor está en el campo hasta final de vendimia, sin cobertura. Cualquier cosa, a contabilidad@vendimiadoras-rioja.example.", "out_of_office", human=["absence written by a person"], sender=0, fam=["typed-absence", "season"]),
    R("E6142", at(10, 8, "13:15", CEST), "La factura 61421 incluye el transporte de la vendimiadora a Haro, que iba incluido en el precio según el contrato. Son 650 € que no vamos a pagar.", "dispute", inv=inv("61421"), fam=["transport-fee", "contract"]),
    R("E6142", at(10, 15, "09:40", CEST), "El tercer plazo irá el 31 de octubre, sin falta.", "promise_to_pay", date="2029-10-31", fam=["day-month", "instalment"]),
    R("E6142", at(9, 19, "03:30", CEST), "Este es un mensaje generado automáticamente.\n\nNo se ha podido entregar el mensaje a los siguientes destinatarios:\n\na.saenz@vendimiadoras-rioja.example\nMotivo: 550 5.1.1 El buzón no existe (mailbox does not exist)", "bounce", lang="es", sender="MAILER-DAEMON@correo.vendimiadoras-rioja.example", dsn=("a.saenz@vendimiadoras-rioja.example", "5.1.1"), subject="Mensaje no entregado", fam=["dsn-spanish-isp", "user-unknown"]),
    # --- Empanadas del Cerro (Santiago, Chile)
    R("E6143", at(9, 17, "11:00", CLT), "Hola, estamos en Fiestas Patrias, vendimos empanadas como nunca. El pago sale el viernes 28.", "promise_to_pay", date="2029-09-28", fam=["holiday", "weekday-ordinal", "chilean"]),
    R("E6143", at(9, 28, "15:10", CLT), "Listo, transferido el total, US$ 4.220.", "already_paid", fam=["paid-no-ref", "matched-by-amount", "chilean"]),
    R("E6143", at(9, 20, "09:45", CLT), "Hola, ¿nos pueden mandar la factura 61431 de nuevo? Necesitamos el PDF y el detalle para el SII.", "invoice_resend", inv=inv("61431"), fam=["resend", "chilean"]),
    R("E6143", at(9, 24, "12:30", CLT), "Por favor emitan la factura a nombre de Empanadas del Cerro SpA, RUT 77.412.905-3. Cambiamos la razón social en agosto.", "po_change", fam=["legal-entity", "rut", "chilean"]),
    R("E6143", at(10, 2, "10:20", CLT), "Camila ya no trabaja con nosotros. Escriba a finanzas@empanadasdelcerro.example, por favor.", "wrong_contact", sender=0, fam=["left-company", "generic-mailbox"]),
    R("E6143", at(10, 9, "16:00", CLT), "Pagamos la mitad el 15 y la otra mitad el 30, ¿les parece?", "payment_plan_request", date="2029-10-15", fam=["plan", "two-halves", "asks-permission"]),
    R("E6143", at(10, 16, "08:30", CLT), "Pago de 540 dólares mañana.", "promise_to_pay", date="2029-10-17", amount="540.00", inv=inv("61432"), partial=False, fam=["tomorrow", "whole-invoice"]),
    R("E6143", at(9, 18, "13:00", CLT), "¡Felices Fiestas Patrias! Nuestra oficina está cerrada del 17 al 19 de septiembre. Volvemos el jueves 20.", "out_of_office", headers=AUTO, sender=0, subject="Respuesta automática: Fiestas Patrias", fam=["auto-reply", "holiday", "within-14"]),
    # --- Envasadora Agave Azul (Guadalajara, credit hold)
    R("E6144", at(9, 17, "10:30", MX), "Buen día, la factura 61441 ya está programada para pago el viernes 21 de septiembre por SPEI.", "promise_to_pay", date="2029-09-21", fam=["weekday-date", "spei", "mexican"]),
    R("E6144", at(9, 21, "18:00", MX), "Disculpe, hubo un problema con la tesorería. El pago se reprograma para el 5/10.", "promise_to_pay", date="2029-10-05", fam=["moved-date", "day-first", "mexican"]),
    R("E6144", at(10, 5, "14:20", MX), "Pagamos hoy 5,000 USD, folio SPEI 0910293847. El resto la próxima quincena.", "already_paid", ref="0910293847", human=["no matching payment"], fam=["partial-paid", "spei", "unmatched"]),
    R("E6144", at(9, 27, "09:50", MX), "Necesitamos el CFDI con uso G01 y nuestro RFC EAA070512K93, la factura que mandaron no sirve para la deducción. Favor de reexpedir con PDF y XML.", "po_change", fam=["cfdi", "rfc", "mexican"]),
    R("E6144", at(10, 10, "11:15", MX), "Las botellas de la última entrega llegaron con la etiqueta mal impresa (decía 38% en vez de 40%). No pagamos hasta que se resuelva.", "dispute", inv=inv("61441"), fam=["goods-dispute", "mexican"]),
    R("E6144", at(10, 15, "17:40", MX), "Le escribe Rodrigo. Propongo liquidar en 3 pagos mensuales de 3,420 USD, el primero el 30 de octubre.", "payment_plan_request", date="2029-10-30", amount="3420.00", fam=["plan", "three-instalments", "mexican"]),
    R("E6144", at(9, 19, "12:00", MX), "¿Me confirma por escrito los datos bancarios? Nos llegó otra cuenta distinta por WhatsApp y no quiero que nos estafen.", "other", human=["fraud check on bank details"], fam=["fraud-check", "whatsapp", "mexican"]),
    # --- more of the same accounts
    R("E6141", at(9, 18, "19:30", CEST), "Le escribo desde el móvil: la semana 41 queda todo pagado.", "promise_to_pay", date="2029-10-12", fam=["calendar-week", "mobile"]),
    R("E6143", at(9, 21, "14:40", CLT), "Gracias, recibido.", "other", fam=["acknowledgement", "no-action", "terse"], inv=[]),
    R("E6141", at(9, 26, "10:05", CEST), "Nos ofrecéis algún descuento por pronto pago si lo abonamos esta semana?", "other", human=["discount question"], fam=["discount"]),
    R("E6142", at(10, 4, "09:30", CEST), "Buenos días, nos piden el certificado de residencia fiscal para no aplicar retención. ¿Nos lo pueden enviar?", "other", human=["tax form"], fam=["tax-form"]),
    R("E6144", at(10, 1, "08:10", MX), "Ya no llevo las cuentas por pagar. Diríjase a la Lic. Patricia Gómez, p.gomez@agaveazul-envases.example.", "wrong_contact", fam=["moved-role", "new-contact", "mexican"]),
    R("E6143", at(10, 4, "19:20", CLT), "Ya, les transfiero el lunes sin falta, ando en terreno.", "promise_to_pay", date="2029-10-08", fam=["weekday", "chilean", "mobile"]),
]
