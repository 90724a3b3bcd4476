<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="79" />
        <source>Override reason: </source>
        <translation>Motivo de la excepción: </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="134" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="135" />
        <source>Manager approval</source>
        <translation>Aprobación del supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="137" />
        <source>{title} × {quantity} · {amount}</source>
        <translation>{title} × {quantity} · {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="140" />
        <source>Who approves? Tap your name, or just enter your PIN.</source>
        <translation>¿Quién aprueba? Toque su nombre o simplemente escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="141" />
        <source>PIN only</source>
        <translation>Solo PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="142" />
        <source>Approve with PIN only</source>
        <translation>Aprobar solo con el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="144" />
        <source>Approver {name}</source>
        <translation>Aprobador {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="145" />
        <source>Reason for the override</source>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="146" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="147" />
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="148" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="149" />
        <source>Cancel the approval</source>
        <translation>Cancelar la aprobación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="153" />
        <source>Customer goodwill</source>
        <translation>Cortesía con el cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="154" />
        <source>Delivered late</source>
        <translation>Entregado con retraso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="155" />
        <source>Damaged in transit</source>
        <translation>Dañado en el transporte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="156" />
        <source>Store or staff error</source>
        <translation>Error de la tienda o del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="157" />
        <source>Manager's discretion</source>
        <translation>Criterio del supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="180" />
        <source>Enter the PIN first.</source>
        <translation>Primero escriba el PIN.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="vanished">Algo salió mal. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after {time}.</source>
        <translation type="vanished">Demasiados PIN incorrectos. Inténtelo de nuevo después de las {time}.</translation>
    </message>
    <message>
        <source>Tap your name first, then enter your PIN.</source>
        <translation type="vanished">Toque primero su nombre y luego introduzca su PIN.</translation>
    </message>
    <message>
        <source>That PIN is not right. {n} tries left.</source>
        <translation type="vanished">Ese PIN no es correcto. Le quedan {n} intentos.</translation>
    </message>
    <message>
        <source>You cannot approve your own override above {limit}. Ask another manager.</source>
        <translation type="vanished">No puede aprobar su propia excepción por encima de {limit}. Pídaselo a otro supervisor.</translation>
    </message>
    <message>
        <source>Only a manager can approve this.</source>
        <translation type="vanished">Solo un supervisor puede aprobar esto.</translation>
    </message>
    <message>
        <source>Choose a reason for the override.</source>
        <translation type="vanished">Elija un motivo para la excepción.</translation>
    </message>
    <message>
        <source>This item cannot be approved here.</source>
        <translation type="vanished">Este artículo no se puede aprobar aquí.</translation>
    </message>
</context>
<context>
    <name>CashDrawerDialog</name>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="23" />
        <source>Pay out cash</source>
        <translation>Pagar en efectivo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="26" />
        <source>Pay the customer in cash</source>
        <translation>Pague al cliente en efectivo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="33" />
        <source>Return %1</source>
        <translation>Devolución %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="36" />
        <source>Cash paid</source>
        <translation>Efectivo entregado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="45" />
        <source>The cash drawer is open. Count the cash out to the customer, then close the drawer.</source>
        <translation>El cajón del efectivo está abierto. Cuente el dinero al entregárselo al cliente y luego cierre el cajón.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="46" />
        <source>The cash drawer did not open (%1). Open it with the key, pay the customer, and tell a manager.</source>
        <translation>El cajón del efectivo no se abrió (%1). Ábralo con la llave, pague al cliente y avise a un supervisor.</translation>
    </message>
</context>
<context>
    <name>DayReportTab</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="229" />
        <source>Today's returns on this kiosk, as the report prints.</source>
        <extracomment>the report was printed (True) or not</extracomment>
        <translation>Las devoluciones de hoy en este quiosco, tal como se imprime el informe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="237" />
        <source>Print the end-of-day report</source>
        <translation>Imprimir el informe de cierre del día</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="266" />
        <source>The report was printed.</source>
        <translation>Se imprimió el informe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="267" />
        <source>The report was not printed: %1</source>
        <translation>No se imprimió el informe: %1</translation>
    </message>
</context>
<context>
    <name>DeadEndActions</name>
    <message>
        <location filename="../../kiosk/ui/pages/dead_end.py" line="34" />
        <location filename="../../kiosk/ui/pages/dead_end.py" line="35" />
        <source>Call staff</source>
        <translation>Llamar al personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dead_end.py" line="36" />
        <source>Print why</source>
        <translation>Imprimir los motivos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dead_end.py" line="37" />
        <source>Print why these items cannot be returned</source>
        <translation>Imprimir por qué no se pueden devolver estos artículos</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="88" />
        <source>Your return is done</source>
        <extracomment>the QR code's side in the theme's reference pixels</extracomment>
        <translation>Su devolución está lista</translation>
    </message>
    <message>
        <source>Keep your return code. Put the items in the returns bin or hand them to staff.</source>
        <translation type="vanished">Guarde su código de devolución. Deje los artículos en el contenedor de devoluciones o entrégueselos al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="89" />
        <source>Put the items in the returns bin, or hand them to a member of staff.</source>
        <translation>Deje los artículos en el contenedor de devoluciones o entréguelos a un empleado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="90" />
        <source>Your return code</source>
        <translation>Su código de devolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="91" />
        <location filename="../../kiosk/ui/pages/done.py" line="92" />
        <source>Show my slip on screen</source>
        <translation>Ver mi comprobante en pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="93" />
        <location filename="../../kiosk/ui/pages/done.py" line="94" />
        <source>Reprint slip</source>
        <translation>Reimprimir comprobante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="95" />
        <location filename="../../kiosk/ui/pages/done.py" line="96" />
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="102" />
        <source>Your store credit voucher is on your slip, ready to spend today.</source>
        <translation>El vale de crédito en tienda está en su comprobante y puede usarlo hoy mismo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="103" />
        <source>Show your slip at the counter to collect your new item.</source>
        <translation>Muestre su comprobante en el mostrador para recoger su nuevo artículo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="104" />
        <source>Your refund is on its way to your original payment.</source>
        <translation>Su reembolso va de camino a su forma de pago original.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="105" />
        <source>Keep the item: your refund is on its way to your original payment.</source>
        <translation>Quédese con el artículo: su reembolso va de camino a su forma de pago original.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="147" />
        <source>Your return is saved. Printing your slip…</source>
        <translation>Su devolución está guardada. Imprimiendo su comprobante…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="149" />
        <source>Your return is saved, but the slip could not be printed. Please ask a member of staff for a copy.</source>
        <translation>Su devolución está guardada, pero no se pudo imprimir el comprobante. Pida una copia al personal de la tienda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="152" />
        <source>Your slip has been printed. Please take it.</source>
        <translation>Su comprobante ya está impreso. Por favor, recójalo.</translation>
    </message>
    <message>
        <source>Your slip is printing below.</source>
        <translation type="vanished">Su comprobante se está imprimiendo abajo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="154" />
        <source>Your slip is saved. Tap below to see it.</source>
        <translation>Su comprobante está guardado. Toque abajo para verlo.</translation>
    </message>
</context>
<context>
    <name>DropoffFlow</name>
    <message>
        <location filename="../../kiosk/ui/dropoff_flow.py" line="153" />
        <source>Bag label printed: put it on the bag with the items.</source>
        <translation>Etiqueta de la bolsa impresa: péguela en la bolsa con los artículos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dropoff_flow.py" line="155" />
        <source>The bag label did not print. Please hand the items and your slip to a member of staff.</source>
        <translation>No se pudo imprimir la etiqueta de la bolsa. Entregue los artículos y su comprobante a un empleado.</translation>
    </message>
</context>
<context>
    <name>DropoffPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="77" />
        <source>Check your items</source>
        <extracomment>the picture staff compare the item with, larger than a card's every item is checked: go on (the controller asks the session) staff confirm one unit of a line by sight: (line id, PIN) line id -&gt; a cached product picture</extracomment>
        <translation>Compruebe sus artículos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="78" />
        <source>Scan the barcode on each item you are returning. No barcode? A member of staff will check the item.</source>
        <translation>Escanee el código de barras de cada artículo que devuelve. ¿No tiene código de barras? Un empleado comprobará el artículo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="80" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="80" />
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="81" />
        <source>Back to the items</source>
        <translation>Volver a los artículos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="84" />
        <source>Staff: look at the item, compare it with the picture and the name, then enter your PIN to confirm it.</source>
        <translation>Personal: mire el artículo, compárelo con la imagen y el nombre, y luego escriba su PIN para confirmarlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="117" />
        <source>Checked {title}</source>
        <translation>Unidades comprobadas de {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="120" />
        <source>No barcode or it will not scan</source>
        <translation>Sin código de barras o no se escanea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="121" />
        <source>No barcode: {title}</source>
        <translation>Sin código de barras: {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="134" />
        <source>{done} of {total} checked</source>
        <translation>{done} de {total} comprobados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="144" />
        <source>✓ {title} checked</source>
        <translation>✓ {title} comprobado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="153" />
        <source>Staff check: {title}</source>
        <translation>Comprobación del personal: {title}</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="51" />
        <source>✓ Can be returned</source>
        <translation>✓ Se puede devolver</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="52" />
        <source>! Needs a manager's approval</source>
        <translation>! Requiere la aprobación de un supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="53" />
        <source>✕ Cannot be returned</source>
        <translation>✕ No se puede devolver</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="57" />
        <source>Here is what we can take back</source>
        <translation>Esto es lo que podemos aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="58" />
        <source>We checked each item against the store's return policy.</source>
        <translation>Revisamos cada artículo según la política de devoluciones de la tienda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="89" />
        <source>A member of staff can approve this item.</source>
        <translation>Un empleado puede aprobar este artículo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="99" />
        <source>You can go on with the items marked ✓. The others stay with you.</source>
        <translation>Puede continuar con los artículos marcados con ✓. Los demás se quedan con usted.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="102" />
        <source>A member of staff needs to approve these items before they can be returned. Tap Call staff and someone will come.</source>
        <translation>Un empleado debe aprobar estos artículos antes de poder devolverlos. Toque Llamar al personal y alguien vendrá.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="104" />
        <source>None of the items you chose can be returned. Tap Finish, or call staff if you have a question.</source>
        <translation>Ninguno de los artículos elegidos se puede devolver. Toque Terminar o llame al personal si tiene alguna pregunta.</translation>
    </message>
    <message>
        <source>None of these items can be returned today. Tap Cancel to finish, or ask a member of staff.</source>
        <translation type="vanished">Hoy no se puede devolver ninguno de estos artículos. Toque Cancelar para terminar o pida ayuda al personal.</translation>
    </message>
    <message>
        <source>You can continue with the items that can be returned.</source>
        <translation type="vanished">Puede continuar con los artículos que sí se pueden devolver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="100" />
        <source>Everything can be returned. Tap Next to choose your refund.</source>
        <translation>Todo se puede devolver. Toque Siguiente para elegir su reembolso.</translation>
    </message>
</context>
<context>
    <name>FindOrderPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="89" />
        <source>Find your order</source>
        <translation>Buscar su pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="90" />
        <source>Enter the order number from your receipt or confirmation email, and the email address you ordered with.</source>
        <translation>Escriba el número de pedido que aparece en su recibo o en el correo de confirmación, y el correo electrónico con el que hizo el pedido.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="92" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="94" />
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="93" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="95" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="96" />
        <source>e.g. R100001</source>
        <translation>p. ej. R100001</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="97" />
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="98" />
        <source>We only use these to find your order. They are cleared when you finish.</source>
        <translation>Solo usamos estos datos para encontrar su pedido. Se borran al terminar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="99" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="100" />
        <source>Call staff</source>
        <translation>Llamar al personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="101" />
        <source>Staff: find a customer's order by email or phone (no receipt)</source>
        <translation>Personal: busque el pedido de un cliente por correo o teléfono (sin recibo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="102" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="103" />
        <source>Customer email or phone</source>
        <translation>Correo o teléfono del cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="104" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="105" />
        <source>Search customer orders</source>
        <translation>Buscar pedidos del cliente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pages/find_order.py" line="145" />
        <source>That did not match an order. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Eso no coincide con ningún pedido. Puede volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Eso no coincide con ningún pedido. Puede volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="148" />
        <source>You can try again now. Check the order number and the email.</source>
        <translation>Ya puede volver a intentarlo. Compruebe el número de pedido y el correo electrónico.</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="168" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="169" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="169" />
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="171" />
        <source>Find my order</source>
        <translation>Buscar mi pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="172" />
        <source>Confirm return</source>
        <translation>Confirmar devolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="173" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Staff mode: {name}</source>
        <translation type="vanished">Modo personal: {name}</translation>
    </message>
    <message>
        <source>Intake returns</source>
        <translation type="vanished">Devoluciones Intake</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {name}</source>
        <translation type="vanished">Paso {n} de {m}: {name}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation type="vanished">Siguiente: {name}</translation>
    </message>
    <message>
        <source>Find your order</source>
        <translation type="vanished">Buscar su pedido</translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="vanished">Artículos</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="vanished">Motivos</translation>
    </message>
    <message>
        <source>What we can take back</source>
        <translation type="vanished">Qué podemos aceptar</translation>
    </message>
    <message>
        <source>Refund or exchange</source>
        <translation type="vanished">Reembolso o cambio</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="vanished">Confirmar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="72" />
        <location filename="../../kiosk/ui/chrome.py" line="73" />
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="74" />
        <location filename="../../kiosk/ui/chrome.py" line="75" />
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <source>Still there? This return will be cleared in {n} seconds.</source>
        <translation type="vanished">¿Sigue ahí? Esta devolución se borrará en {n} segundos.</translation>
    </message>
    <message>
        <source>I'm still here</source>
        <translation type="vanished">Sigo aquí</translation>
    </message>
</context>
<context>
    <name>IdleCover</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="125" />
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="126" />
        <source>I'm still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="128" />
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="134" />
        <source>This return will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Esta devolución se borrará en %n segundo.</numerusform>
            <numerusform>Esta devolución se borrará en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="57" />
        <source>What are you returning?</source>
        <translation>¿Qué va a devolver?</translation>
    </message>
    <message>
        <source>Tap + for each item you are bringing back.</source>
        <translation type="vanished">Toque + por cada artículo que va a devolver.</translation>
    </message>
    <message>
        <source>{returned} of {bought} already returned</source>
        <translation type="vanished">{returned} de {bought} ya devueltos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="54" />
        <source>We cannot take these items back here</source>
        <extracomment>line id -&gt; a cached product picture (the look-up found them)</extracomment>
        <translation>No podemos aceptar estos artículos aquí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="55" />
        <source>Here is why, item by item. A member of staff can help or explain.</source>
        <translation>Este es el motivo, artículo por artículo. Un empleado puede ayudarle o explicárselo.</translation>
    </message>
    <message>
        <source>Tap + on each item you are bringing back.</source>
        <translation type="vanished">Toque + en cada artículo que vaya a devolver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="58" />
        <source>Tap + on each item you are bringing back, or scan its barcode.</source>
        <translation>Toque + en cada artículo que vaya a devolver o escanee su código de barras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pages/items.py" line="104" />
        <source>%n of {bought} already returned</source>
        <translation>
            <numerusform>%n de {bought} ya devuelto</numerusform>
            <numerusform>%n de {bought} ya devueltos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="128" />
        <source>Fewer of {title}</source>
        <translation>Menos de {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="133" />
        <source>Quantity of {title}</source>
        <translation>Cantidad de {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pages/items.py" line="138" />
        <source>of %n</source>
        <translation>
            <numerusform>de %n</numerusform>
            <numerusform>de %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="146" />
        <source>✓ Returning {n}</source>
        <translation>✓ Devuelve {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="129" />
        <source>More of {title}</source>
        <translation>Más de {title}</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation type="vanished">de {n}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="142" />
        <source>Intake returns</source>
        <extracomment>the keyboard's widest, in the theme's reference pixels (wider keys only slow a finger down) a key's height in the theme's reference pixels; a portrait screen has room for taller keys the most of the window's height the keyboard may take (six rows of keys at most) the returns list, print queue, end-of-day report and cash drawer of staff mode</extracomment>
        <translation>Devoluciones Intake</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="250" />
        <source>Staff have been called and will be with you shortly.</source>
        <translation>Hemos avisado al personal y enseguida le atenderán.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="vanished">Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <source>Find my order</source>
        <translation type="vanished">Buscar mi pedido</translation>
    </message>
    <message>
        <source>Confirm return</source>
        <translation type="vanished">Confirmar devolución</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="vanished">Siguiente</translation>
    </message>
    <message>
        <source>I'm still here</source>
        <translation type="vanished">Sigo aquí</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {name}</source>
        <translation type="vanished">Paso {n} de {m}: {name}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation type="vanished">Siguiente: {name}</translation>
    </message>
    <message>
        <source>Find your order</source>
        <translation type="vanished">Buscar su pedido</translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="vanished">Artículos</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="vanished">Motivos</translation>
    </message>
    <message>
        <source>What we can take back</source>
        <translation type="vanished">Qué podemos aceptar</translation>
    </message>
    <message>
        <source>Refund or exchange</source>
        <translation type="vanished">Reembolso o cambio</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="vanished">Confirmar</translation>
    </message>
    <message>
        <source>Still there? This return will be cleared in {n} seconds.</source>
        <translation type="vanished">¿Sigue ahí? Esta devolución se borrará en {n} segundos.</translation>
    </message>
    <message>
        <source>Staff mode: {name}</source>
        <translation type="vanished">Modo personal: {name}</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="vanished">Estado de sincronización</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Cerrar</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="26" />
        <source>Choose at least one item to return.</source>
        <translation>Elija al menos un artículo para devolver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="27" />
        <source>Tell us why you are returning {title}.</source>
        <translation>Díganos por qué devuelve {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="28" />
        <source>Please add a short note for {title}.</source>
        <translation>Escriba una nota breve sobre {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="29" />
        <source>Choose the condition of {title}.</source>
        <translation>Elija el estado de {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="30" />
        <source>None of the items can be returned here. A member of staff can help.</source>
        <translation>Ninguno de los artículos se puede devolver aquí. El personal de la tienda puede ayudarle.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="31" />
        <source>Choose how you would like your money back.</source>
        <translation>Elija cómo quiere recibir su dinero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="32" />
        <source>Choose the size or colour you want instead of {title}.</source>
        <translation>Elija la talla o el color que quiere en lugar de {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="33" />
        <source>You can return up to {maximum} of this item.</source>
        <translation>Puede devolver hasta {maximum} unidades de este artículo.</translation>
    </message>
    <message>
        <source>That option is not available for these items.</source>
        <translation type="vanished">Esa opción no está disponible para estos artículos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="35" />
        <source>Use the buttons on this screen to continue.</source>
        <translation>Use los botones de esta pantalla para continuar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="36" />
        <source>Something went out of order. Please start again.</source>
        <translation>Algo salió mal en el proceso. Vuelva a empezar, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="61" />
        <source>We could not find an order with that number and email. Check both and try again.</source>
        <translation>No encontramos ningún pedido con ese número y ese correo electrónico. Revise ambos datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait {seconds} seconds, or ask a member of staff.</source>
        <translation type="vanished">Demasiados intentos. Espere {seconds} segundos o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="63" />
        <source>Order look-ups are paused on this kiosk after too many wrong attempts. Tap Call staff and a member of staff will open them again.</source>
        <translation>Las búsquedas de pedidos están en pausa en este quiosco tras demasiados intentos fallidos. Toque Llamar al personal y un empleado las volverá a activar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="66" />
        <source>Your receipt is for order {number}. Enter the email address you ordered with to find it.</source>
        <translation>Su recibo corresponde al pedido {number}. Escriba el correo electrónico con el que hizo el pedido para encontrarlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="68" />
        <source>Order look-ups are open again.</source>
        <translation>Las búsquedas de pedidos vuelven a estar disponibles.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="69" />
        <source>A member of staff is on the way. Please wait here.</source>
        <translation>Un empleado viene de camino. Espere aquí, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="70" />
        <source>The reasons are printed. Please take the slip.</source>
        <translation>Los motivos están impresos. Recoja el comprobante, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="71" />
        <source>The printer could not print this. A member of staff can explain the reasons.</source>
        <translation>La impresora no pudo imprimirlo. Un empleado puede explicarle los motivos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="73" />
        <source>Enter both your order number and your email.</source>
        <translation>Escriba su número de pedido y su correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="74" />
        <source>Returns are not available on this kiosk yet. Please ask a member of staff.</source>
        <translation>Este quiosco todavía no acepta devoluciones. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="75" />
        <source>Your return could not be saved, so nothing has changed. Please ask a member of staff.</source>
        <translation>No se pudo guardar su devolución, así que no ha cambiado nada. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>We could not find a return with that code on this kiosk.</source>
        <translation type="vanished">No encontramos ninguna devolución con ese código en este quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="78" />
        <source>That barcode is not a receipt or a return code. Please try again.</source>
        <translation>Ese código de barras no es de un recibo ni de una devolución. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="79" />
        <source>A manager cannot approve this item.</source>
        <translation>Un supervisor no puede aprobar este artículo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="80" />
        <source>That is not a return code: check each character (it looks like 7K3Q-9ZPD-M4X).</source>
        <translation>Eso no es un código de devolución: compruebe cada carácter (tiene este aspecto: 7K3Q-9ZPD-M4X).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="82" />
        <source>Looking it up…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="83" />
        <source>Printing the slip of return {code} again…</source>
        <translation>Volviendo a imprimir el comprobante de la devolución {code}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="84" />
        <source>The slip of return {code} was printed again.</source>
        <translation>Se ha vuelto a imprimir el comprobante de la devolución {code}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="85" />
        <source>The slip of return {code} could not be printed: check the printer's paper and cable, then try again.</source>
        <translation>No se pudo imprimir el comprobante de la devolución {code}: revise el papel y el cable de la impresora y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No orders found for that email or phone.</source>
        <translation type="vanished">No se encontraron pedidos con ese correo o teléfono.</translation>
    </message>
    <message>
        <source>That size or colour is no longer in stock.</source>
        <translation type="vanished">Esa talla o color ya no está disponible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="34" />
        <source>That option is not available for these items. Please choose another.</source>
        <translation>Esa opción no está disponible para estos artículos. Elija otra, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="38" />
        <source>We could not find that online return. Check the code on your confirmation, or tap Start a return to return your items here.</source>
        <translation>No encontramos esa devolución en línea. Compruebe el código de su confirmación o toque Iniciar devolución para devolver sus artículos aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="41" />
        <source>That code does not look right. Scan the QR code again or check each character.</source>
        <translation>Ese código no parece correcto. Vuelva a escanear el código QR o compruebe cada carácter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="43" />
        <source>This online return has expired. Tap Start a return to see what can still be returned.</source>
        <translation>Esta devolución en línea ha caducado. Toque Iniciar devolución para ver qué se puede devolver todavía.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="45" />
        <source>This online return has already been dropped off. A member of staff can help if something is wrong.</source>
        <translation>Esta devolución en línea ya se entregó. Un empleado puede ayudarle si algo no está bien.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="47" />
        <source>This kiosk cannot see the order of that online return yet. Please ask a member of staff.</source>
        <translation>Este quiosco todavía no puede ver el pedido de esa devolución en línea. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="49" />
        <source>That online return does not match its order. Please ask a member of staff.</source>
        <translation>Esa devolución en línea no coincide con su pedido. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="51" />
        <source>That item is not part of this return. Put it aside and scan the next item.</source>
        <translation>Ese artículo no forma parte de esta devolución. Apártelo y escanee el siguiente artículo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="53" />
        <source>Every {title} in this return is already checked. Scan the next item.</source>
        <translation>Todas las unidades de {title} de esta devolución ya están comprobadas. Escanee el siguiente artículo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="55" />
        <source>That item is not on this order. Check the item, or tap + on the item you are returning.</source>
        <translation>Ese artículo no está en este pedido. Revise el artículo o toque + en el artículo que devuelve.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="57" />
        <source>Scan each item first. No barcode? Tap "No barcode" and a member of staff will check it.</source>
        <translation>Primero escanee cada artículo. ¿No tiene código de barras? Toque "Sin código de barras" y un empleado lo comprobará.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="59" />
        <source>Staff checks are not set up on this kiosk.</source>
        <translation>Las comprobaciones del personal no están configuradas en este quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="77" />
        <source>We could not find a return with that code on this kiosk. Check the code, or ask a member of staff.</source>
        <translation>No encontramos ninguna devolución con ese código en este quiosco. Compruebe el código o pregunte a un empleado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="87" />
        <source>No orders found for that email or phone. Check it, or search by the other one.</source>
        <translation>No hay pedidos con ese correo o teléfono. Compruébelo o busque por el otro dato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="88" />
        <source>That size or colour is no longer in stock. Please choose another, or a refund or store credit.</source>
        <translation>Esa talla o color ya no está disponible. Elija otra, o un reembolso o crédito en tienda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="89" />
        <source>Something went wrong. Please ask a member of staff.</source>
        <translation>Algo salió mal. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="91" />
        <source>That PIN is not right. {attempts_left} tries left.</source>
        <translation>Ese PIN no es correcto. Le quedan {attempts_left} intentos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="92" />
        <source>Too many wrong PINs. Try again after {time}.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo después de las {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="93" />
        <source>Too many wrong PINs. Try again in {time}.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="94" />
        <source>You can enter the PIN again now.</source>
        <translation>Ya puede volver a introducir el PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="95" />
        <source>Tap your name first, then enter your PIN.</source>
        <translation>Toque primero su nombre y luego introduzca su PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="96" />
        <source>PINs here have at least {min_length} digits. Ask head office for a new PIN if yours is shorter.</source>
        <translation>Aquí los PIN tienen al menos {min_length} dígitos. Pida un PIN nuevo a la central si el suyo es más corto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="98" />
        <source>You cannot approve your own override above {limit}. Ask another manager.</source>
        <translation>No puede aprobar su propia excepción por encima de {limit}. Pídaselo a otro supervisor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="100" />
        <source>Only a manager can approve this.</source>
        <translation>Solo un supervisor puede aprobar esto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="101" />
        <source>Choose a reason for the override.</source>
        <translation>Elija un motivo para la excepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="103" />
        <source>This kiosk cannot save returns right now. Please ask a member of staff.</source>
        <translation>Este quiosco no puede guardar devoluciones en este momento. Pida ayuda a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="105" />
        <source>The printer is not ready. Your return is saved; staff can print the slip again.</source>
        <translation>La impresora no está lista. Su devolución está guardada; el personal puede volver a imprimir el comprobante.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="107" />
        <source>The central server cannot be reached. Returns are kept and sent when it can.</source>
        <translation>No se puede contactar con el servidor central. Las devoluciones se guardan y se envían cuando sea posible.</translation>
    </message>
</context>
<context>
    <name>MoneyWords</name>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="30" />
        <source>Price paid</source>
        <translation>Precio pagado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="33" />
        <source>Your discount</source>
        <translation>Su descuento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="36" />
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="39" />
        <source>Shipping refunded</source>
        <translation>Envío reembolsado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="42" />
        <source>Restocking fee</source>
        <translation>Cargo por reposición</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="45" />
        <source>Nothing to pay and nothing refunded: a member of staff hands you the new item at the counter.</source>
        <translation>No tiene que pagar nada ni se le reembolsa nada: un empleado le entregará el nuevo artículo en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="49" />
        <source>{amount} as store credit, including a {bonus} bonus. The voucher code is on your slip, ready to spend today.</source>
        <translation>{amount} en crédito en tienda, con un bono de {bonus} incluido. El código del vale está en su comprobante y puede usarlo hoy mismo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="51" />
        <source>{amount} as store credit. The voucher code is on your slip, ready to spend today.</source>
        <translation>{amount} en crédito en tienda. El código del vale está en su comprobante y puede usarlo hoy mismo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="54" />
        <source>{amount} back to your original payment.</source>
        <translation>{amount} devueltos a su forma de pago original.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="58" />
        <source>{amount} back to your card ending {digits}. Banks usually show it within 3 to 5 working days.</source>
        <translation>{amount} devueltos a su tarjeta terminada en {digits}. Los bancos suelen reflejarlo en 3 a 5 días hábiles.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="60" />
        <source>{amount} back to the card you paid with. Banks usually show it within 3 to 5 working days.</source>
        <translation>{amount} devueltos a la tarjeta con la que pagó. Los bancos suelen reflejarlo en 3 a 5 días hábiles.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="64" />
        <source>{amount} back onto your gift card ending {digits}, ready to spend straight away.</source>
        <translation>{amount} devueltos a su tarjeta regalo terminada en {digits}, disponibles al momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="65" />
        <source>{amount} back onto your gift card, ready to spend straight away.</source>
        <translation>{amount} devueltos a su tarjeta regalo, disponibles al momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="68" />
        <source>{amount} in cash, paid by a member of staff at the counter.</source>
        <translation>{amount} en efectivo, que le entregará un empleado en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="71" />
        <source>{amount} as store credit on your slip, ready to spend today.</source>
        <translation>{amount} en crédito en tienda en su comprobante, para usar hoy mismo.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation type="vanished">Mayúsculas</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="vanished">Espacio</translation>
    </message>
    <message>
        <source>Delete last character</source>
        <translation type="vanished">Borrar el último carácter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="vanished">Borrar</translation>
    </message>
    <message>
        <source>Clear field</source>
        <translation type="vanished">Vaciar el campo</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="17" />
        <source>Intake returns</source>
        <translation>Devoluciones Intake</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="20" />
        <source>Returns are not available at this kiosk right now</source>
        <translation>Las devoluciones no están disponibles en este quiosco en este momento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="23" />
        <source>Please take your return to the counter; a member of staff will help you.</source>
        <translation>Lleve su devolución al mostrador; un miembro del personal le ayudará.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="25" />
        <source>For staff: {detail}</source>
        <translation>Para el personal: {detail}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../kiosk/ui/print_preview.py" line="61" />
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_preview.py" line="74" />
        <location filename="../../kiosk/ui/print_preview.py" line="75" />
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="65" />
        <source>Digit {digit}</source>
        <translation>Dígito {digit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="66" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="67" />
        <source>Clear the PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="68" />
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="69" />
        <source>Confirm the PIN</source>
        <translation>Confirmar el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="110" />
        <source>Enter PIN</source>
        <translation>Escriba el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="111" />
        <source>PIN, {n} digits entered</source>
        <translation>PIN, {n} dígitos escritos</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>This item can be returned.</source>
        <extracomment>Policy message 'eligible'.</extracomment>
        <translation>Este artículo se puede devolver.</translation>
    </message>
    <message>
        <source>{category_label} can be returned until {closes_on}.</source>
        <extracomment>Policy message 'returnable_until'. Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label}: se puede devolver hasta el {closes_on}.</translation>
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of delivery; yours was delivered {delivered_days_ago} days ago.</source>
        <extracomment>Policy message 'window_closed'. Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label}: se puede devolver dentro de los {days} días posteriores a la entrega; este artículo se entregó hace {delivered_days_ago} días.</translation>
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of purchase; yours was bought {purchased_days_ago} days ago.</source>
        <extracomment>Policy message 'window_closed_since_purchase'. Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label}: se puede devolver dentro de los {days} días posteriores a la compra; este artículo se compró hace {purchased_days_ago} días.</translation>
    </message>
    <message>
        <source>{extension}: this item could be returned until {closes_on}.</source>
        <extracomment>Policy message 'extended_window_closed'. Keep every {placeholder} exactly.</extracomment>
        <translation>{extension}: este artículo se podía devolver hasta el {closes_on}.</translation>
    </message>
    <message>
        <source>The return window closed on {closes_on}. A manager can still accept this return.</source>
        <extracomment>Policy message 'window_grace'. Keep every {placeholder} exactly.</extracomment>
        <translation>El plazo de devolución terminó el {closes_on}. Un supervisor todavía puede aceptar esta devolución.</translation>
    </message>
    <message>
        <source>This kiosk's clock may be wrong, so a member of staff will check the return window for this item (open until {closes_on}).</source>
        <extracomment>Policy message 'clock_unsure'. Keep every {placeholder} exactly.</extracomment>
        <translation>Es posible que el reloj de este quiosco no sea correcto, así que un empleado comprobará el plazo de devolución de este artículo (abierto hasta el {closes_on}).</translation>
    </message>
    <message>
        <source>This order was paid in {order_currency}, but returns here are priced in {policy_currency}. Please ask a member of staff.</source>
        <extracomment>Policy message 'currency_mismatch'. Keep every {placeholder} exactly.</extracomment>
        <translation>Este pedido se pagó en {order_currency}, pero aquí las devoluciones se calculan en {policy_currency}. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>{title} was sold as final sale and cannot be returned.</source>
        <extracomment>Policy message 'final_sale'. Keep every {placeholder} exactly.</extracomment>
        <translation>{title}: venta final, este artículo no se puede devolver.</translation>
    </message>
    <message>
        <source>{category_label} cannot be returned.</source>
        <extracomment>Policy message 'non_returnable_category'. Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label}: no se aceptan devoluciones.</translation>
    </message>
    <message>
        <source>This item cannot be returned ({tag}).</source>
        <extracomment>Policy message 'non_returnable_tag'. Keep every {placeholder} exactly.</extracomment>
        <translation>Este artículo no se puede devolver ({tag}).</translation>
    </message>
    <message>
        <source>This item is not part of the order.</source>
        <extracomment>Policy message 'unknown_line'.</extracomment>
        <translation>Este artículo no forma parte del pedido.</translation>
    </message>
    <message>
        <source>Please choose a reason from the list.</source>
        <extracomment>Policy message 'unknown_reason'.</extracomment>
        <translation>Elija un motivo de la lista.</translation>
    </message>
    <message>
        <source>Please tell us a little more about the problem.</source>
        <extracomment>Policy message 'note_required'.</extracomment>
        <translation>Cuéntenos un poco más sobre el problema.</translation>
    </message>
    <message>
        <source>Please tell us the condition of the item.</source>
        <extracomment>Policy message 'condition_required'.</extracomment>
        <translation>Indíquenos el estado del artículo.</translation>
    </message>
    <message>
        <source>Items in this condition cannot be returned for this reason.</source>
        <extracomment>Policy message 'condition_not_allowed'.</extracomment>
        <translation>Los artículos en este estado no se pueden devolver por este motivo.</translation>
    </message>
    <message>
        <source>Please choose one of the listed details.</source>
        <extracomment>Policy message 'sub_reason_unknown'.</extracomment>
        <translation>Elija uno de los detalles de la lista.</translation>
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <extracomment>Policy message 'quantity_not_positive'.</extracomment>
        <translation>Elija al menos un artículo para devolver.</translation>
    </message>
    <message>
        <source>You can return at most {available} of the {purchased} bought.</source>
        <extracomment>Policy message 'quantity_exceeds'. Keep every {placeholder} exactly.</extracomment>
        <translation>Puede devolver como máximo {available} de las {purchased} unidades compradas.</translation>
    </message>
    <message>
        <source>All {purchased} of this item have already been returned.</source>
        <extracomment>Policy message 'already_returned'. Keep every {placeholder} exactly.</extracomment>
        <translation>Ya se devolvieron las {purchased} unidades de este artículo.</translation>
    </message>
    <message>
        <source>Returns without a receipt need a manager.</source>
        <extracomment>Policy message 'no_receipt'.</extracomment>
        <translation>Las devoluciones sin recibo requieren la aprobación de un supervisor.</translation>
    </message>
    <message>
        <source>This account has had {returns} returns in the last {period_days} days; a manager needs to approve.</source>
        <extracomment>Policy message 'frequent_returns'. Keep every {placeholder} exactly.</extracomment>
        <translation>Esta cuenta tiene {returns} devoluciones en los últimos {period_days} días; debe aprobarla un supervisor.</translation>
    </message>
    <message>
        <source>Refunds above {limit} in {period_days} days need a manager.</source>
        <extracomment>Policy message 'frequent_refunds'. Keep every {placeholder} exactly.</extracomment>
        <translation>Los reembolsos de más de {limit} en {period_days} días requieren la aprobación de un supervisor.</translation>
    </message>
    <message>
        <source>Refunds above {limit} need a manager's approval (this one is {amount}).</source>
        <extracomment>Policy message 'refund_above_limit'. Keep every {placeholder} exactly.</extracomment>
        <translation>Los reembolsos de más de {limit} requieren la aprobación de un supervisor (este es de {amount}).</translation>
    </message>
    <message>
        <source>Approved by a manager.</source>
        <extracomment>Policy message 'approved'.</extracomment>
        <translation>Aprobado por un supervisor.</translation>
    </message>
    <message>
        <source>None of the chosen items can be returned.</source>
        <extracomment>Policy message 'nothing_eligible'.</extracomment>
        <translation>Ninguno de los artículos elegidos se puede devolver.</translation>
    </message>
    <message>
        <source>No other size or colour is in stock for an exchange.</source>
        <extracomment>Policy message 'no_exchange_variant'.</extracomment>
        <translation>No hay otra talla ni otro color disponible para un cambio.</translation>
    </message>
    <message>
        <source>Keeping the item is not offered for this reason.</source>
        <extracomment>Policy message 'keep_item_reason'.</extracomment>
        <translation>Con este motivo no se ofrece quedarse con el artículo.</translation>
    </message>
    <message>
        <source>Keeping the item is only offered for small amounts.</source>
        <extracomment>Policy message 'keep_item_over_limit'.</extracomment>
        <translation>Quedarse con el artículo solo se ofrece en compras de poco valor.</translation>
    </message>
    <message>
        <source>Too small</source>
        <extracomment>Return reason (too_small), on a button.</extracomment>
        <translation>Muy pequeño</translation>
    </message>
    <message>
        <source>Too large</source>
        <extracomment>Return reason (too_large), on a button.</extracomment>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <extracomment>Return reason (changed_mind), on a button.</extracomment>
        <translation>Cambié de opinión</translation>
    </message>
    <message>
        <source>Defective or broken</source>
        <extracomment>Return reason (defective), on a button.</extracomment>
        <translation>Defectuoso o roto</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <extracomment>Return reason (wrong_item), on a button.</extracomment>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>Not as described</source>
        <extracomment>Return reason (not_as_described), on a button.</extracomment>
        <translation>No es como se describe</translation>
    </message>
    <message>
        <source>Arrived too late</source>
        <extracomment>Return reason (arrived_late), on a button.</extracomment>
        <translation>Llegó muy tarde</translation>
    </message>
    <message>
        <source>Unopened, with tags</source>
        <extracomment>Item condition (unopened), on a button.</extracomment>
        <translation>Sin abrir, con etiquetas</translation>
    </message>
    <message>
        <source>Opened or worn</source>
        <extracomment>Item condition (opened), on a button.</extracomment>
        <translation>Abierto o usado</translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>Item condition (damaged), on a button.</extracomment>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Clothing</source>
        <extracomment>Product category (apparel), starts a sentence.</extracomment>
        <translation>Ropa</translation>
    </message>
    <message>
        <source>Shoes</source>
        <extracomment>Product category (shoes), starts a sentence.</extracomment>
        <translation>Calzado</translation>
    </message>
    <message>
        <source>Swimwear</source>
        <extracomment>Product category (swimwear), starts a sentence.</extracomment>
        <translation>Ropa de baño</translation>
    </message>
    <message>
        <source>Electronics</source>
        <extracomment>Product category (electronics), starts a sentence.</extracomment>
        <translation>Electrónica</translation>
    </message>
    <message>
        <source>Gift cards</source>
        <extracomment>Product category (gift_cards) without a label, starts a sentence.</extracomment>
        <translation>Tarjetas de regalo</translation>
    </message>
    <message>
        <source>Personalised</source>
        <extracomment>Product category (personalised) without a label, starts a sentence.</extracomment>
        <translation>Artículos personalizados</translation>
    </message>
    <message>
        <source>Clearance items</source>
        <extracomment>Product group (clearance), starts a sentence.</extracomment>
        <translation>Artículos en liquidación</translation>
    </message>
    <message>
        <source>Holiday returns</source>
        <extracomment>Extended return window (holiday-2025, holiday-2026), starts a sentence.</extracomment>
        <translation>Devoluciones navideñas</translation>
    </message>
</context>
<context>
    <name>PrintQueueTab</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="156" />
        <source>Waiting prints go out by themselves as soon as their printer is ready again.</source>
        <extracomment>a retry finished (the job printed, or not)</extracomment>
        <translation>Las impresiones pendientes salen solas en cuanto su impresora vuelve a estar lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="160" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="162" />
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="165" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="183" />
        <source>Nothing is waiting to print.</source>
        <translation>No hay nada pendiente de imprimir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff_counter.py" line="184" />
        <source>%n print(s) waiting</source>
        <translation>
            <numerusform>%n impresión en espera</numerusform>
            <numerusform>%n impresiones en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="191" />
        <source>Return slip</source>
        <translation>Comprobante de devolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="191" />
        <source>Store copy</source>
        <translation>Copia para la tienda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="191" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="192" />
        <source>Refusal slip</source>
        <translation>Comprobante de rechazo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="192" />
        <source>Test page</source>
        <translation>Página de prueba</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="192" />
        <source>Bag label</source>
        <translation>Etiqueta de bolsa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="210" />
        <source>Printed.</source>
        <translation>Impreso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="211" />
        <source>Still not printed: %1</source>
        <translation>Sigue sin imprimirse: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="216" />
        <source>The queue cannot be read: %1</source>
        <translation>No se puede leer la cola: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Accents: {sample}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Acentos: {sample}</translation>
    </message>
    <message>
        <source>All {purchased} of this item have already been returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Ya se devolvieron las {purchased} unidades de este artículo.</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Approved by a manager.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Aprobado por un supervisor.</translation>
    </message>
    <message>
        <source>Attach this label to the parcel. {date}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Pegue esta etiqueta en el paquete. {date}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log: empty</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Registro de auditoría: vacío</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Card ending {digits}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Tarjeta terminada en {digits}</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>Printed on slips and labels (a code printed as words, printing/settlement.py).</extracomment>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Cash paid out</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Efectivo pagado</translation>
    </message>
    <message>
        <source>Cash to collect at the counter</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Efectivo para recoger en el mostrador</translation>
    </message>
    <message>
        <source>Cash, as a store credit voucher</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Efectivo, como vale de crédito en tienda</translation>
    </message>
    <message>
        <source>Cash: collect it at the counter</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Efectivo: recójalo en el mostrador</translation>
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Elija al menos un artículo para devolver.</translation>
    </message>
    <message>
        <source>Color</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Color</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Color</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Condition: {condition}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Estado: {condition}</translation>
    </message>
    <message>
        <source>Credit</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Día</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Discount: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Descuento: {amount}</translation>
    </message>
    <message>
        <source>Eligible</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Se puede devolver</translation>
    </message>
    <message>
        <source>End of day</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <source>Entries</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Exchange</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Exchange: nothing to pay</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Cambio: nada que pagar</translation>
    </message>
    <message>
        <source>Exchanged for: {item}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Cambiado por: {item}</translation>
    </message>
    <message>
        <source>Gift card</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <source>Gift card ending {digits}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Tarjeta regalo terminada en {digits}</translation>
    </message>
    <message>
        <source>Goes to: {disposition}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Destino: {disposition}</translation>
    </message>
    <message>
        <source>If it is approved, it goes to:</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Si se aprueba, irá a:</translation>
    </message>
    <message>
        <source>If you can read this, the printer works.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Si puede leer esto, la impresora funciona.</translation>
    </message>
    <message>
        <source>Includes a bonus of</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Incluye un bono de</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>No se puede devolver</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Items in this condition cannot be returned for this reason.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Los artículos en este estado no se pueden devolver por este motivo.</translation>
    </message>
    <message>
        <source>Items of this kind cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Los artículos de este tipo no se pueden devolver.</translation>
    </message>
    <message>
        <source>Items we could not accept</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Artículos que no pudimos aceptar</translation>
    </message>
    <message>
        <source>Keep this report with the day's takings.</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Guarde este informe con la recaudación del día.</translation>
    </message>
    <message>
        <source>Keep this slip as proof of your return.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Guarde este comprobante como prueba de su devolución.</translation>
    </message>
    <message>
        <source>Keep this slip: your return code identifies this request.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Guarde este comprobante: su código de devolución identifica esta solicitud.</translation>
    </message>
    <message>
        <source>Keep with the returned items.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Guardar con los artículos devueltos.</translation>
    </message>
    <message>
        <source>Keeping the item is not offered for this reason.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Con este motivo no se ofrece quedarse con el artículo.</translation>
    </message>
    <message>
        <source>Keeping the item is only offered for small amounts.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Quedarse con el artículo solo se ofrece en compras de poco valor.</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Largo</translation>
    </message>
    <message>
        <source>Manager</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager approvals</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Aprobaciones del supervisor</translation>
    </message>
    <message>
        <source>More of this item were chosen than can be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Se eligieron más unidades de este artículo de las que se pueden devolver.</translation>
    </message>
    <message>
        <source>NOT APPROVED YET: nothing has been refunded or credited. The store must approve this return first.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>AÚN NO APROBADA: no se ha reembolsado ni abonado nada. Primero la tienda debe aprobar esta devolución.</translation>
    </message>
    <message>
        <source>Needed a manager's approval</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Requirió la aprobación de un supervisor</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Requiere aprobación</translation>
    </message>
    <message>
        <source>No other size or colour is in stock for an exchange.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>No hay otra talla ni otro color disponible para un cambio.</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>None of the chosen items can be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Ninguno de los artículos elegidos se puede devolver.</translation>
    </message>
    <message>
        <source>None: an even exchange</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Ninguna: cambio sin diferencia</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Aún no aprobada</translation>
    </message>
    <message>
        <source>Not yet sent to head office</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Aún no enviadas a la central</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>OVERRIDE: {reason}, approved by {manager}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>EXCEPCIÓN: {reason}, aprobada por {manager}</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py, printing/documents.py).</extracomment>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Overrode</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Excepción a</translation>
    </message>
    <message>
        <source>Packed</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>Embalado</translation>
    </message>
    <message>
        <source>Please choose a reason from the list.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Elija un motivo de la lista.</translation>
    </message>
    <message>
        <source>Please choose one of the listed details.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Elija uno de los detalles de la lista.</translation>
    </message>
    <message>
        <source>Please tell us a little more about the problem.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Cuéntenos un poco más sobre el problema.</translation>
    </message>
    <message>
        <source>Please tell us the condition of the item.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Indíquenos el estado del artículo.</translation>
    </message>
    <message>
        <source>Policy</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Política</translation>
    </message>
    <message>
        <source>Price difference</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Diferencia de precio</translation>
    </message>
    <message>
        <source>Price paid: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Precio pagado: {amount}</translation>
    </message>
    <message>
        <source>Printed</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Printer</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Printer test</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Prueba de impresora</translation>
    </message>
    <message>
        <source>Qty</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Questions? Please ask a member of staff.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>¿Tiene preguntas? Consulte a un empleado.</translation>
    </message>
    <message>
        <source>RETURN</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>DEVOLUCIÓN</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason: {reasons}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Motivo: {reasons}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Refund</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Reembolso solicitado</translation>
    </message>
    <message>
        <source>Refund to original payment</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Reembolso a la forma de pago original</translation>
    </message>
    <message>
        <source>Refund total</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Total del reembolso</translation>
    </message>
    <message>
        <source>Refund, keep the items</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Reembolso sin devolver los artículos</translation>
    </message>
    <message>
        <source>Refund: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Reembolso: {amount}</translation>
    </message>
    <message>
        <source>Refund: {amount}. You keep the items.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Reembolso: {amount}. Se queda con los artículos.</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Refunds above {limit} in {period_days} days need a manager.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Los reembolsos de más de {limit} en {period_days} días requieren la aprobación de un supervisor.</translation>
    </message>
    <message>
        <source>Refunds above {limit} need a manager's approval (this one is {amount}).</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Los reembolsos de más de {limit} requieren la aprobación de un supervisor (este es de {amount}).</translation>
    </message>
    <message>
        <source>Refused by the policy</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Rechazado por la política</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Resolution</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Restock</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Reposición</translation>
    </message>
    <message>
        <source>Restocking fee: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Cargo por reposición: {amount}</translation>
    </message>
    <message>
        <source>Return bag</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>Bolsa de devolución</translation>
    </message>
    <message>
        <source>Return code</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py, printing/documents.py).</extracomment>
        <translation>Código de devolución</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Comprobante de devolución</translation>
    </message>
    <message>
        <source>Return request</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Solicitud de devolución</translation>
    </message>
    <message>
        <source>Returns</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Returns centre</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Centro de devoluciones</translation>
    </message>
    <message>
        <source>Returns without a receipt need a manager.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Las devoluciones sin recibo requieren la aprobación de un supervisor.</translation>
    </message>
    <message>
        <source>SKU {sku}, verdict: {verdict}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>SKU {sku}, resultado: {verdict}</translation>
    </message>
    <message>
        <source>Seal the bag with this label on it.</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>Cierre la bolsa con esta etiqueta pegada.</translation>
    </message>
    <message>
        <source>Self-service</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Autoservicio</translation>
    </message>
    <message>
        <source>Ship from</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Ship to</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Shipping: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Envío: {amount}</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Talla</translation>
    </message>
    <message>
        <source>Some returns are not final: see the counts above.</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Algunas devoluciones no son definitivas: vea los totales de arriba.</translation>
    </message>
    <message>
        <source>Spend it in our stores: show this slip at the till. The code is the voucher, keep it safe.</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Úselo en nuestras tiendas: muestre este comprobante en caja. El código es el vale: guárdelo bien.</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Printed on slips and labels (printing/day_report.py, printing/documents.py).</extracomment>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Store</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py, printing/documents.py).</extracomment>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Store copy</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Copia para la tienda</translation>
    </message>
    <message>
        <source>Store credit</source>
        <extracomment>Printed on slips and labels (a code printed as words, printing/day_report.py, printing/documents.py, printing/settlement.py).</extracomment>
        <translation>Crédito en tienda</translation>
    </message>
    <message>
        <source>Store credit requested</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Crédito en tienda solicitado</translation>
    </message>
    <message>
        <source>Store credit total</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Total del crédito en tienda</translation>
    </message>
    <message>
        <source>Store credit voucher</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Vale de crédito en tienda</translation>
    </message>
    <message>
        <source>Store credit: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Crédito en tienda: {amount}</translation>
    </message>
    <message>
        <source>Tax: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Impuestos: {amount}</translation>
    </message>
    <message>
        <source>The refund goes back to the way you paid.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>El reembolso vuelve a su forma de pago.</translation>
    </message>
    <message>
        <source>The return window closed on {closes_on}. A manager can still accept this return.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>El plazo de devolución terminó el {closes_on}. Un supervisor todavía puede aceptar esta devolución.</translation>
    </message>
    <message>
        <source>The return window for this item has closed.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>El plazo de devolución de este artículo ha terminado.</translation>
    </message>
    <message>
        <source>This account has had {returns} returns in the last {period_days} days; a manager needs to approve.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Esta cuenta tiene {returns} devoluciones en los últimos {period_days} días; debe aprobarla un supervisor.</translation>
    </message>
    <message>
        <source>This item can be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Este artículo se puede devolver.</translation>
    </message>
    <message>
        <source>This item cannot be returned ({tag}).</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Este artículo no se puede devolver ({tag}).</translation>
    </message>
    <message>
        <source>This item cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Este artículo no se puede devolver.</translation>
    </message>
    <message>
        <source>This item has already been returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Este artículo ya se ha devuelto.</translation>
    </message>
    <message>
        <source>This item is not part of the order.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Este artículo no forma parte del pedido.</translation>
    </message>
    <message>
        <source>This item was sold as final sale and cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Este artículo se vendió como venta final y no se puede devolver.</translation>
    </message>
    <message>
        <source>This kiosk does not pay cash. Show this slip at the counter and staff pay you the amount.</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Este quiosco no paga en efectivo. Muestre este comprobante en el mostrador y el personal le pagará el importe.</translation>
    </message>
    <message>
        <source>This kiosk's clock may be wrong, so a member of staff will check the return window for this item (open until {closes_on}).</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Es posible que el reloj de este quiosco no sea correcto, así que un empleado comprobará el plazo de devolución de este artículo (abierto hasta el {closes_on}).</translation>
    </message>
    <message>
        <source>This order was paid in {order_currency}, but returns here are priced in {policy_currency}. Please ask a member of staff.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Este pedido se pagó en {order_currency}, pero aquí las devoluciones se calculan en {policy_currency}. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Hora</translation>
    </message>
    <message>
        <source>To exchange for: {item}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Para cambiar por: {item}</translation>
    </message>
    <message>
        <source>Units</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Units by disposition</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Unidades por destino</translation>
    </message>
    <message>
        <source>Valid until</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Value by tender</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Importe por forma de pago</translation>
    </message>
    <message>
        <source>Vendor</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Voucher</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Vale</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Código del vale</translation>
    </message>
    <message>
        <source>Vouchers issued</source>
        <extracomment>Printed on slips and labels (printing/day_report.py, printing/vouchers.py).</extracomment>
        <translation>Vales emitidos</translation>
    </message>
    <message>
        <source>Waist</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Cintura</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <extracomment>Printed on slips and labels (printing/day_report.py, printing/documents.py).</extracomment>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>What happens next: the store reviews this return. Once it is approved, it is settled as shown above. Please ask a member of staff if you have questions.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Próximos pasos: la tienda revisará esta devolución. Una vez aprobada, se resolverá como se indica arriba. Si tiene preguntas, consulte a un empleado.</translation>
    </message>
    <message>
        <source>Where your money goes:</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Adónde va su dinero:</translation>
    </message>
    <message>
        <source>Width</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>You can return at most {available} of the {purchased} bought.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Puede devolver como máximo {available} de las {purchased} unidades compradas.</translation>
    </message>
    <message>
        <source>Your card</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Su tarjeta</translation>
    </message>
    <message>
        <source>Your gift card</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Su tarjeta regalo</translation>
    </message>
    <message>
        <source>Your voucher is issued once the store approves this return.</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Su vale se emitirá cuando la tienda apruebe esta devolución.</translation>
    </message>
    <message>
        <source>and {count} more items</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>y {count} artículos más</translation>
    </message>
    <message>
        <source>another size or colour (ref. {sku})</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>otra talla o color (ref. {sku})</translation>
    </message>
    <message>
        <source>barcode scanned</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>código de barras escaneado</translation>
    </message>
    <message>
        <source>checked by staff</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>comprobado por el personal</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>sin fecha de caducidad</translation>
    </message>
    <message>
        <source>not checked</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>{category_label} can be returned until {closes_on}.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label}: se puede devolver hasta el {closes_on}.</translation>
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of delivery; yours was delivered {delivered_days_ago} days ago.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label}: se puede devolver dentro de los {days} días posteriores a la entrega; este artículo se entregó hace {delivered_days_ago} días.</translation>
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of purchase; yours was bought {purchased_days_ago} days ago.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label}: se puede devolver dentro de los {days} días posteriores a la compra; este artículo se compró hace {purchased_days_ago} días.</translation>
    </message>
    <message>
        <source>{category_label} cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label}: no se aceptan devoluciones.</translation>
    </message>
    <message>
        <source>{extension}: this item could be returned until {closes_on}.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{extension}: este artículo se podía devolver hasta el {closes_on}.</translation>
    </message>
    <message>
        <source>{quantity} x {title}</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{quantity} x {title}</translation>
    </message>
    <message>
        <source>{title} was sold as final sale and cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{title}: venta final, este artículo no se puede devolver.</translation>
    </message>
    <message>
        <source>{where}: {when}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{where}: {when}</translation>
    </message>
</context>
<context>
    <name>ReasonsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="70" />
        <source>Why are you returning them?</source>
        <translation>¿Por qué los devuelve?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="71" />
        <source>Your answer helps us decide what we can offer.</source>
        <translation>Su respuesta nos ayuda a decidir qué podemos ofrecerle.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="101" />
        <source>Reason for {title}: </source>
        <translation>Motivo para {title}: </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="107" />
        <source>What condition is it in?</source>
        <translation>¿En qué estado está?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="102" />
        <source>Condition of {title}: </source>
        <translation>Estado de {title}: </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="26" />
        <source>Length</source>
        <extracomment>sub-reason codes the demo policy and common policies use; others are shown humanised</extracomment>
        <translation>Largo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="27" />
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="28" />
        <source>Overall fit</source>
        <translation>Talla en general</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="29" />
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="30" />
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="31" />
        <source>Comfort</source>
        <translation>Comodidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="103" />
        <source>Detail for {title}: </source>
        <translation>Detalle de {title}: </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="105" />
        <source>Note about {title}</source>
        <translation>Nota sobre {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="106" />
        <source>Tell us a little more</source>
        <translation>Cuéntenos un poco más</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="108" />
        <source>Which part? (optional)</source>
        <translation>¿En qué parte? (opcional)</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="56" />
        <location filename="../../kiosk/ui/reprint_dialog.py" line="57" />
        <source>Reprint a slip</source>
        <translation>Reimprimir un comprobante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="58" />
        <source>Type the return code printed on the slip or in the shopper's e-mail.</source>
        <translation>Escriba el código de devolución que figura en el comprobante o en el correo del cliente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="59" />
        <source>Return code</source>
        <translation>Código de devolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="61" />
        <location filename="../../kiosk/ui/reprint_dialog.py" line="62" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="63" />
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="64" />
        <source>Reprint the slip</source>
        <translation>Reimprimir el comprobante</translation>
    </message>
</context>
<context>
    <name>ResolutionPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="35" />
        <source>How would you like your money back?</source>
        <translation>¿Cómo quiere recibir su dinero?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="36" />
        <source>Store credit comes with a bonus. You can also swap for another size or colour.</source>
        <translation>El crédito en tienda incluye un bono adicional. También puede cambiar el artículo por otra talla o color.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="40" />
        <source>Store credit: {amount} (includes a {bonus} bonus)</source>
        <translation>Crédito en tienda: {amount} (incluye un bono de {bonus})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="41" />
        <source>Exchange for another size or colour</source>
        <translation>Cambio por otra talla o color</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="42" />
        <source>Refund to your original payment: {amount}</source>
        <translation>Reembolso a su forma de pago original: {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="43" />
        <source>Keep the item and get a refund: {amount}</source>
        <translation>Quédese con el artículo y reciba un reembolso: {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="90" />
        <source>Swap {title} ({variant}) for:</source>
        <translation>Cambiar {title} ({variant}) por:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="95" />
        <source>Swap {title} for </source>
        <translation>Cambiar {title} por </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="99" />
        <source>Nothing else is in stock for this item.</source>
        <translation>No hay otras opciones disponibles para este artículo.</translation>
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="94" />
        <source>The newest returns and what head office made of them. Bold ones need you.</source>
        <translation>Las devoluciones más recientes y lo que decidió la central. Las que están en negrita requieren su atención.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Return code</source>
        <translation>Código de devolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Taken</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="99" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="99" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="100" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="123" />
        <source>Submitted: not sent to head office yet</source>
        <translation>Registrada: aún no enviada a la central</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="124" />
        <source>Waiting for a manager's approval</source>
        <translation>Pendiente de la aprobación de un supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="125" />
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="126" />
        <source>In review at head office</source>
        <translation>En revisión en la central</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="127" />
        <source>Refused by head office</source>
        <translation>Rechazada por la central</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="128" />
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="129" />
        <source>Refund failed: staff must act</source>
        <translation>Reembolso fallido: el personal debe intervenir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="134" />
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="134" />
        <source>Store credit</source>
        <translation>Crédito en tienda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="135" />
        <source>Exchange</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="135" />
        <source>Refund, item kept</source>
        <translation>Reembolso sin devolver el artículo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="139" />
        <source>The list cannot be read: %1</source>
        <translation>No se puede leer la lista: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="47" />
        <source>Check and confirm</source>
        <extracomment>line id -&gt; the disposition staff chose on this visit (the policy's is the default)</extracomment>
        <translation>Revise y confirme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="48" />
        <source>Tap Confirm return to finish. You will get a slip with your return code.</source>
        <translation>Toque Confirmar devolución para terminar. Recibirá un comprobante con su código de devolución.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="57" />
        <source>Store credit</source>
        <translation>Crédito en tienda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="58" />
        <source>Exchange</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="59" />
        <source>Refund to original payment</source>
        <translation>Reembolso a la forma de pago original</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="60" />
        <source>Keep the item, refund</source>
        <translation>Reembolso sin devolver el artículo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="65" />
        <source>Back to stock</source>
        <translation>De vuelta al inventario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="66" />
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="67" />
        <source>Back to the vendor</source>
        <translation>De vuelta al proveedor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="68" />
        <source>Returns centre (prints a label)</source>
        <translation>Centro de devoluciones (imprime una etiqueta)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="102" />
        <source>✓ Can be returned</source>
        <translation>✓ Se puede devolver</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="113" />
        <source>This item</source>
        <translation>Este artículo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="122" />
        <source>Where this item goes</source>
        <translation>Destino de este artículo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="134" />
        <source>Swap for: {variant}</source>
        <translation>Cambio por: {variant}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="134" />
        <source>another size or colour</source>
        <translation>otra talla o color</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="142" />
        <source>Store credit bonus</source>
        <translation>Bono del crédito en tienda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="145" />
        <source>{how}: total</source>
        <translation>{how}: total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="156" />
        <source>&lt;b&gt;Where the money goes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Adónde va el dinero&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="170" />
        <source>Not in this return:</source>
        <translation>No incluido en esta devolución:</translation>
    </message>
    <message>
        <source>Exchange for {sku}</source>
        <translation type="vanished">Cambio por {sku}</translation>
    </message>
    <message>
        <source>{how}: {amount}</source>
        <translation type="vanished">{how}: {amount}</translation>
    </message>
</context>
<context>
    <name>StaffBand</name>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="133" />
        <source>Staff mode: {name}</source>
        <extracomment>the returns, print queue and end-of-day screen</extracomment>
        <translation>Modo personal: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="134" />
        <source>Sync status</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="135" />
        <source>Unlock look-ups</source>
        <translation>Reactivar búsquedas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="136" />
        <source>Reprint a slip</source>
        <translation>Reimprimir comprobante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="137" />
        <source>Returns and reports</source>
        <translation>Devoluciones e informes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="138" />
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>StaffCounterScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="285" />
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="286" />
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="287" />
        <source>End of day</source>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="290" />
        <source>Returns and reports</source>
        <translation>Devoluciones e informes</translation>
    </message>
</context>
<context>
    <name>StaffModeController</name>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="237" />
        <source>Sync status</source>
        <extracomment>the returns list, print queue, end-of-day report and cash drawer (None: not offered)</extracomment>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="247" />
        <source>Returns and reports</source>
        <translation>Devoluciones e informes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="255" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="59" />
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="60" />
        <source>Staff sign-in: tap your name, then enter your PIN</source>
        <translation>Acceso del personal: toque su nombre e introduzca su PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="61" />
        <location filename="../../kiosk/ui/staff_sign_in.py" line="62" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="67" />
        <source>Tap your name first, then enter your PIN.</source>
        <translation>Toque primero su nombre y luego introduzca su PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after {time}.</source>
        <translation type="vanished">Demasiados PIN incorrectos. Inténtelo de nuevo después de las {time}.</translation>
    </message>
    <message>
        <source>That PIN is not right. {n} tries left.</source>
        <translation type="vanished">Ese PIN no es correcto. Le quedan {n} intentos.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="vanished">Algo salió mal. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="69" />
        <source>Step {n} of {m}: {name}</source>
        <translation>Paso {n} de {m}: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="71" />
        <source>Next: {name}</source>
        <translation>Siguiente: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="76" />
        <source>Your order</source>
        <translation>Su pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="77" />
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="78" />
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="79" />
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="80" />
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="81" />
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="72" />
        <source>Sync: starting</source>
        <translation>Sincronización: iniciando</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="74" />
        <source>Sync: not set up</source>
        <translation>Sincronización: sin configurar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="75" />
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="75" />
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="77" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="77" />
        <source>all sent</source>
        <translation>todo enviado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="79" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="86" />
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="89" />
        <source>synced just now</source>
        <translation>sincronizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="91" />
        <source>synced %n min ago</source>
        <translation>
            <numerusform>sincronizado hace %n min</numerusform>
            <numerusform>sincronizado hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="92" />
        <source>last sync %1</source>
        <translation>última sincronización: %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="57" />
        <source>Returns waiting for the server</source>
        <translation>Devoluciones pendientes de enviar al servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="70" />
        <source>Return code</source>
        <translation>Código de devolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="70" />
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="70" />
        <source>Taken</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="71" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="71" />
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="71" />
        <source>Server's reason</source>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="81" />
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="84" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="101" />
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="101" />
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="102" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="103" />
        <source>Server %1 · last sync %2 · %3 waiting · %4 refused</source>
        <translation>Servidor %1 · última sincronización: %2 · %3 en espera · %4 rechazadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="118" />
        <source>Clock: not compared with the server yet</source>
        <translation>Reloj: aún sin comparar con el servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="120" />
        <source>Clock: in step with the server</source>
        <translation>Reloj: en hora con el servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="121" />
        <source>Clock: %1 behind the server</source>
        <translation>Reloj: %1 por detrás del servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="122" />
        <source>Clock: %1 ahead of the server</source>
        <translation>Reloj: %1 por delante del servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="124" />
        <source>return windows wait for staff approval until the kiosk's time is fixed</source>
        <translation>los plazos de devolución esperan la aprobación del personal hasta que se corrija la hora del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="129" />
        <source>policy</source>
        <translation>política</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="129" />
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="129" />
        <source>managers</source>
        <translation>supervisores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="133" />
        <source>%1 never</source>
        <translation>%1 nunca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="133" />
        <source>%1 %2 ago</source>
        <translation>%1 hace %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="135" />
        <source>Synced: %1</source>
        <translation>Sincronizado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_screen.py" line="140" />
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_screen.py" line="142" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_screen.py" line="144" />
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_screen.py" line="145" />
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="150" />
        <source>This kiosk is not connected to the central server yet. Returns are kept safely here and sent once it is; ask your administrator to connect it.</source>
        <translation>Este quiosco aún no está conectado al servidor central. Las devoluciones se guardan aquí de forma segura y se enviarán en cuanto lo esté; pida a su administrador que lo conecte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_screen.py" line="153" />
        <source>The server refused %n returns: tap one to read its reason. Fix what it says with head office, then tap Retry now.</source>
        <translation>
            <numerusform>El servidor rechazó %n devolución: tóquela para leer el motivo. Resuélvalo con la central y luego toque Reintentar ahora.</numerusform>
            <numerusform>El servidor rechazó %n devoluciones: toque una para leer el motivo. Resuélvalo con la central y luego toque Reintentar ahora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="156" />
        <source>The server cannot be reached. Returns are kept safely on this kiosk and sent automatically when it is back: nothing to do.</source>
        <translation>No se puede contactar con el servidor. Las devoluciones se guardan de forma segura en este quiosco y se enviarán automáticamente cuando vuelva: no hay que hacer nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="159" />
        <source>Returns are sent automatically. Tap one and Retry now to send it at once.</source>
        <translation>Las devoluciones se envían automáticamente. Toque una y Reintentar ahora para enviarla de inmediato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="160" />
        <source>Everything has been sent.</source>
        <translation>Todo se ha enviado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="196" />
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="198" />
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="201" />
        <source>next try %1</source>
        <translation>próximo intento: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="207" />
        <source>The list cannot be read: %1</source>
        <translation>No se puede leer la lista: %1</translation>
    </message>
</context>
<context>
    <name>VariantWords</name>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="24" />
        <source>Size</source>
        <extracomment>attribute names translated for the shopper; others are shown as the catalogue names them</extracomment>
        <translation>Talla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="25" />
        <location filename="../../kiosk/ui/variant_words.py" line="26" />
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="27" />
        <source>Waist</source>
        <translation>Cintura</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="28" />
        <source>Length</source>
        <translation>Largo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="29" />
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="30" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Return an item</source>
        <translation type="vanished">Devolver un artículo</translation>
    </message>
    <message>
        <source>Returns take about a minute. Have your order number and email ready, or scan the barcode on your receipt.</source>
        <translation type="vanished">La devolución tarda alrededor de un minuto. Tenga a mano su número de pedido y su correo electrónico, o escanee el código de barras de su recibo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="132" />
        <source>Return an item in about a minute</source>
        <extracomment>how long each step of the loop stays lit</extracomment>
        <translation>Devuelva un artículo en un minuto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="133" />
        <source>No queue, no forms: we guide you step by step.</source>
        <translation>Sin colas ni formularios: le guiamos paso a paso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="134" />
        <source>Scan your receipt, or type your order number and email</source>
        <translation>Escanee su recibo o escriba su número de pedido y su correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="135" />
        <source>Choose what you are returning, and why</source>
        <translation>Elija qué devuelve y por qué</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="136" />
        <source>Pick a refund, store credit or exchange, and take your slip</source>
        <translation>Elija reembolso, crédito en tienda o cambio, y recoja su comprobante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="138" />
        <location filename="../../kiosk/ui/pages/welcome.py" line="139" />
        <source>Start a return</source>
        <translation>Iniciar devolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="140" />
        <source>Have a receipt? Hold its barcode under the scanner at any time.</source>
        <translation>¿Tiene el recibo? Acerque su código de barras al escáner en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="141" />
        <location filename="../../kiosk/ui/pages/welcome.py" line="142" />
        <source>I started my return online</source>
        <translation>Inicié mi devolución en línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="143" />
        <source>Hold the QR code from your confirmation under the scanner, or type its code (it starts with A).</source>
        <translation>Acerque al escáner el código QR de su confirmación o escriba su código (empieza por A).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="145" />
        <source>Online return code</source>
        <translation>Código de devolución en línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="146" />
        <source>Find my return</source>
        <translation>Buscar mi devolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="147" />
        <source>Find my online return</source>
        <translation>Buscar mi devolución en línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="148" />
        <source>Demo orders to try</source>
        <translation>Pedidos de prueba</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="149" />
        <source>Staff: press and hold the logo for two seconds to sign in (demo PINs: manager 246813, clerk 1357).</source>
        <translation>Personal: mantenga pulsado el logotipo dos segundos para iniciar sesión (PIN de demostración: supervisor 246813, dependiente 1357).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="152" />
        <source>Try this online return</source>
        <translation>Probar esta devolución en línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="153" />
        <source>Try online return {code}</source>
        <translation>Probar la devolución en línea {code}</translation>
    </message>
    <message>
        <source>Staff: press and hold the logo for two seconds to sign in (demo PINs: manager 2468, clerk 1357).</source>
        <translation type="vanished">Personal: mantenga pulsado el logotipo dos segundos para iniciar sesión (PIN de demostración: supervisor 2468, dependiente 1357).</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="vanished">Alto contraste</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="vanished">Texto grande</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="vanished">Estado de sincronización</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="vanished">Personal</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="vanished">Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="155" />
        <source>Try this order</source>
        <translation>Probar este pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="156" />
        <source>Try order {number}</source>
        <translation>Probar el pedido {number}</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/base.py" line="56" />
        <source>Manager approval for {title}</source>
        <extracomment>the widest a page's column grows, in the theme's reference pixels (scaled with the screen)</extracomment>
        <translation>Aprobación del supervisor para {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/base.py" line="57" />
        <source>Manager approval</source>
        <translation>Aprobación del supervisor</translation>
    </message>
</context>
<context>
    <name>_KeyPage</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="247" />
        <source>Capital letters</source>
        <extracomment>return codes: Crockford base32 and its check symbols (*~$=U), with the dashes they print with</extracomment>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="248" />
        <source>Delete last character</source>
        <translation>Borrar el último carácter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="249" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="249" />
        <source>Clear field</source>
        <translation>Borrar el campo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="250" />
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="251" />
        <source>Done ✓</source>
        <translation>Listo ✓</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="251" />
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="252" />
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="252" />
        <source>Next field</source>
        <translation>Campo siguiente</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Manager approval</source>
        <translation type="vanished">Aprobación del gerente</translation>
    </message>
</context>
</TS>
