<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="110" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="111" />
        <source>Manager approval</source>
        <translation>Aprobación del gerente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="113" />
        <source>{title} × {quantity} · {amount}</source>
        <translation>{title} × {quantity} · {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="116" />
        <source>Who approves? Tap your name, or just enter your PIN.</source>
        <translation>¿Quién aprueba? Toque su nombre o simplemente escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="117" />
        <source>PIN only</source>
        <translation>Solo PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="118" />
        <source>Approve with PIN only</source>
        <translation>Aprobar solo con el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="120" />
        <source>Approver {name}</source>
        <translation>Aprobador {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="121" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="133" />
        <source>Reason for the override</source>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="123" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="124" />
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="125" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="126" />
        <source>Cancel the approval</source>
        <translation>Cancelar la aprobación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="139" />
        <source>Customer goodwill</source>
        <translation>Cortesía con el cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="140" />
        <source>Delivered late</source>
        <translation>Entregado con retraso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="141" />
        <source>Damaged in transit</source>
        <translation>Dañado en el transporte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="142" />
        <source>Store or staff error</source>
        <translation>Error de la tienda o del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="143" />
        <source>Manager's discretion</source>
        <translation>Criterio del supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="159" />
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
    <name>DonePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="38" />
        <source>Your return is done</source>
        <translation>Su devolución está lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="39" />
        <source>Keep your return code. Put the items in the returns bin or hand them to staff.</source>
        <translation>Guarde su código de devolución. Deje los artículos en el contenedor de devoluciones o entrégueselos al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="40" />
        <location filename="../../kiosk/ui/pages/done.py" line="41" />
        <source>Show my slip on screen</source>
        <translation>Ver mi comprobante en pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="42" />
        <location filename="../../kiosk/ui/pages/done.py" line="43" />
        <source>Reprint slip</source>
        <translation>Reimprimir comprobante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="44" />
        <location filename="../../kiosk/ui/pages/done.py" line="45" />
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="73" />
        <source>Your return is saved. Printing your slip…</source>
        <translation>Su devolución está guardada. Imprimiendo su comprobante…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="75" />
        <source>Your return is saved, but the slip could not be printed. Please ask a member of staff for a copy.</source>
        <translation>Su devolución está guardada, pero no se pudo imprimir el comprobante. Pida una copia al personal de la tienda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="78" />
        <source>Your slip has been printed. Please take it.</source>
        <translation>Su comprobante ya está impreso. Por favor, recójalo.</translation>
    </message>
    <message>
        <source>Your slip is printing below.</source>
        <translation type="vanished">Su comprobante se está imprimiendo abajo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="80" />
        <source>Your slip is saved. Tap below to see it.</source>
        <translation>Su comprobante está guardado. Toque abajo para verlo.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="32" />
        <source>✓ Can be returned</source>
        <translation>✓ Se puede devolver</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="33" />
        <source>! Needs a manager's approval</source>
        <translation>! Requiere la aprobación de un supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="34" />
        <source>✕ Cannot be returned</source>
        <translation>✕ No se puede devolver</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="38" />
        <source>Here is what we can take back</source>
        <translation>Esto es lo que podemos aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="39" />
        <source>We checked each item against the store's return policy.</source>
        <translation>Revisamos cada artículo según la política de devoluciones de la tienda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="59" />
        <source>A member of staff can approve this item.</source>
        <translation>Un empleado puede aprobar este artículo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="62" />
        <source>None of these items can be returned today. Tap Cancel to finish, or ask a member of staff.</source>
        <translation>Hoy no se puede devolver ninguno de estos artículos. Toque Cancelar para terminar o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="65" />
        <source>You can continue with the items that can be returned.</source>
        <translation>Puede continuar con los artículos que sí se pueden devolver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="67" />
        <source>Everything can be returned. Tap Next to choose your refund.</source>
        <translation>Todo se puede devolver. Toque Siguiente para elegir su reembolso.</translation>
    </message>
</context>
<context>
    <name>FindOrderPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="71" />
        <source>Find your order</source>
        <translation>Buscar su pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="72" />
        <source>Enter the order number from your receipt or confirmation email, and the email address you ordered with.</source>
        <translation>Escriba el número de pedido que aparece en su recibo o en el correo de confirmación, y el correo electrónico con el que hizo el pedido.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="74" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="76" />
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="75" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="77" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="78" />
        <source>e.g. R100001</source>
        <translation>p. ej. R100001</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="79" />
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="80" />
        <source>We only use these to find your order. They are cleared when you finish.</source>
        <translation>Solo usamos estos datos para encontrar su pedido. Se borran al terminar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="82" />
        <source>Staff: find a customer's order by email or phone (no receipt)</source>
        <translation>Personal: busque el pedido de un cliente por correo o teléfono (sin recibo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="83" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="84" />
        <source>Customer email or phone</source>
        <translation>Correo o teléfono del cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="85" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="86" />
        <source>Search customer orders</source>
        <translation>Buscar pedidos del cliente</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="106" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="107" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="109" />
        <source>Find my order</source>
        <translation>Buscar mi pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="110" />
        <source>Confirm return</source>
        <translation>Confirmar devolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="111" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="53" />
        <source>Staff mode: {name}</source>
        <translation>Modo personal: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="66" />
        <source>Intake returns</source>
        <translation>Devoluciones Intake</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="69" />
        <source>Step {n} of {m}: {name}</source>
        <translation>Paso {n} de {m}: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="71" />
        <source>Next: {name}</source>
        <translation>Siguiente: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="76" />
        <source>Find your order</source>
        <translation>Buscar su pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="77" />
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="78" />
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="79" />
        <source>What we can take back</source>
        <translation>Qué podemos aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="80" />
        <source>Refund or exchange</source>
        <translation>Reembolso o cambio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="81" />
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="93" />
        <source>Still there? This return will be cleared in {n} seconds.</source>
        <translation>¿Sigue ahí? Esta devolución se borrará en {n} segundos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="101" />
        <source>I'm still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="28" />
        <source>What are you returning?</source>
        <translation>¿Qué va a devolver?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="29" />
        <source>Tap + for each item you are bringing back.</source>
        <translation>Toque + por cada artículo que va a devolver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="51" />
        <source>{returned} of {bought} already returned</source>
        <translation>{returned} de {bought} ya devueltos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="65" />
        <source>Fewer of {title}</source>
        <translation>Menos de {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="67" />
        <source>Quantity of {title}</source>
        <translation>Cantidad de {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="68" />
        <source>More of {title}</source>
        <translation>Más de {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="74" />
        <source>of {n}</source>
        <translation>de {n}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="107" />
        <source>Intake returns</source>
        <translation>Devoluciones Intake</translation>
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
        <location filename="../../kiosk/ui/messages.py" line="24" />
        <source>Choose at least one item to return.</source>
        <translation>Elija al menos un artículo para devolver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="25" />
        <source>Tell us why you are returning {title}.</source>
        <translation>Díganos por qué devuelve {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="26" />
        <source>Please add a short note for {title}.</source>
        <translation>Escriba una nota breve sobre {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="27" />
        <source>Choose the condition of {title}.</source>
        <translation>Elija el estado de {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="28" />
        <source>None of the items can be returned here. A member of staff can help.</source>
        <translation>Ninguno de los artículos se puede devolver aquí. El personal de la tienda puede ayudarle.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="29" />
        <source>Choose how you would like your money back.</source>
        <translation>Elija cómo quiere recibir su dinero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="30" />
        <source>Choose the size or colour you want instead of {title}.</source>
        <translation>Elija la talla o el color que quiere en lugar de {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="31" />
        <source>You can return up to {maximum} of this item.</source>
        <translation>Puede devolver hasta {maximum} unidades de este artículo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="32" />
        <source>That option is not available for these items.</source>
        <translation>Esa opción no está disponible para estos artículos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="33" />
        <source>Use the buttons on this screen to continue.</source>
        <translation>Use los botones de esta pantalla para continuar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="34" />
        <source>Something went out of order. Please start again.</source>
        <translation>Algo salió mal en el proceso. Vuelva a empezar, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="36" />
        <source>We could not find an order with that number and email. Check both and try again.</source>
        <translation>No encontramos ningún pedido con ese número y ese correo electrónico. Revise ambos datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="38" />
        <source>Too many attempts. Please wait {seconds} seconds, or ask a member of staff.</source>
        <translation>Demasiados intentos. Espere {seconds} segundos o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="40" />
        <source>Enter both your order number and your email.</source>
        <translation>Escriba su número de pedido y su correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="41" />
        <source>Returns are not available on this kiosk yet. Please ask a member of staff.</source>
        <translation>Este quiosco todavía no acepta devoluciones. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="42" />
        <source>Your return could not be saved, so nothing has changed. Please ask a member of staff.</source>
        <translation>No se pudo guardar su devolución, así que no ha cambiado nada. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="44" />
        <source>We could not find a return with that code on this kiosk.</source>
        <translation>No encontramos ninguna devolución con ese código en este quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="45" />
        <source>That barcode is not a receipt or a return code. Please try again.</source>
        <translation>Ese código de barras no es de un recibo ni de una devolución. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="46" />
        <source>A manager cannot approve this item.</source>
        <translation>Un gerente no puede aprobar este artículo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="47" />
        <source>No orders found for that email or phone.</source>
        <translation>No se encontraron pedidos con ese correo o teléfono.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="48" />
        <source>That size or colour is no longer in stock.</source>
        <translation>Esa talla o color ya no está disponible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="49" />
        <source>Something went wrong. Please ask a member of staff.</source>
        <translation>Algo salió mal. Pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="51" />
        <source>That PIN is not right. {attempts_left} tries left.</source>
        <translation>Ese PIN no es correcto. Le quedan {attempts_left} intentos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="52" />
        <source>Too many wrong PINs. Try again after {time}.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo después de las {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="53" />
        <source>Tap your name first, then enter your PIN.</source>
        <translation>Toque primero su nombre y luego introduzca su PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="54" />
        <source>You cannot approve your own override above {limit}. Ask another manager.</source>
        <translation>No puede aprobar su propia excepción por encima de {limit}. Pídaselo a otro supervisor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="56" />
        <source>Only a manager can approve this.</source>
        <translation>Solo un supervisor puede aprobar esto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="57" />
        <source>Choose a reason for the override.</source>
        <translation>Elija un motivo para la excepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="59" />
        <source>This kiosk cannot save returns right now. Please ask a member of staff.</source>
        <translation>Este quiosco no puede guardar devoluciones en este momento. Pida ayuda a un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="61" />
        <source>The printer is not ready. Your return is saved; staff can print the slip again.</source>
        <translation>La impresora no está lista. Su devolución está guardada; el personal puede volver a imprimir el comprobante.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="63" />
        <source>The central server cannot be reached. Returns are kept and sent when it can.</source>
        <translation>No se puede contactar con el servidor central. Las devoluciones se guardan y se envían cuando sea posible.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="57" />
        <source>Shift</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="58" />
        <location filename="../../kiosk/ui/keyboard.py" line="59" />
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="60" />
        <source>Delete last character</source>
        <translation>Borrar el último carácter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="61" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="62" />
        <source>Clear field</source>
        <translation>Vaciar el campo</translation>
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
        <location filename="../../kiosk/ui/print_preview.py" line="60" />
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_preview.py" line="70" />
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
    <name>ReasonsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="42" />
        <source>Why are you returning them?</source>
        <translation>¿Por qué los devuelve?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="43" />
        <source>Your answer helps us decide what we can offer.</source>
        <translation>Su respuesta nos ayuda a decidir qué podemos ofrecerle.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="56" />
        <source>Reason for {title}: </source>
        <translation>Motivo para {title}: </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="57" />
        <source>What condition is it in?</source>
        <translation>¿En qué estado está?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="58" />
        <source>Condition of {title}: </source>
        <translation>Estado de {title}: </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="60" />
        <source>Note about {title}</source>
        <translation>Nota sobre {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="61" />
        <source>Tell us a little more</source>
        <translation>Cuéntenos un poco más</translation>
    </message>
</context>
<context>
    <name>ResolutionPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="30" />
        <source>How would you like your money back?</source>
        <translation>¿Cómo quiere recibir su dinero?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="31" />
        <source>Store credit comes with a bonus. You can also swap for another size or colour.</source>
        <translation>El crédito en tienda incluye un bono adicional. También puede cambiar el artículo por otra talla o color.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="35" />
        <source>Store credit: {amount} (includes a {bonus} bonus)</source>
        <translation>Crédito en tienda: {amount} (incluye un bono de {bonus})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="36" />
        <source>Exchange for another size or colour</source>
        <translation>Cambio por otra talla o color</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="37" />
        <source>Refund to your original payment: {amount}</source>
        <translation>Reembolso a su forma de pago original: {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="38" />
        <source>Keep the item and get a refund: {amount}</source>
        <translation>Quédese con el artículo y reciba un reembolso: {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="85" />
        <source>Swap {title} ({variant}) for:</source>
        <translation>Cambiar {title} ({variant}) por:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="89" />
        <source>Swap {title} for </source>
        <translation>Cambiar {title} por </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="93" />
        <source>Nothing else is in stock for this item.</source>
        <translation>No hay otras opciones disponibles para este artículo.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="26" />
        <source>Check and confirm</source>
        <translation>Revise y confirme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="27" />
        <source>Tap Confirm return to finish. You will get a slip with your return code.</source>
        <translation>Toque Confirmar devolución para terminar. Recibirá un comprobante con su código de devolución.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="35" />
        <source>Store credit</source>
        <translation>Crédito en tienda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="36" />
        <source>Exchange</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="37" />
        <source>Refund to original payment</source>
        <translation>Reembolso a la forma de pago original</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="38" />
        <source>Keep the item, refund</source>
        <translation>Reembolso sin devolver el artículo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="54" />
        <source>Exchange for {sku}</source>
        <translation>Cambio por {sku}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="56" />
        <source>{how}: {amount}</source>
        <translation>{how}: {amount}</translation>
    </message>
</context>
<context>
    <name>StaffModeController</name>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="191" />
        <source>Sync status</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="194" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="51" />
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="52" />
        <source>Staff sign-in: tap your name, then enter your PIN</source>
        <translation>Acceso del personal: toque su nombre e introduzca su PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="53" />
        <location filename="../../kiosk/ui/staff_sign_in.py" line="54" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="59" />
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
    <name>SyncBadge</name>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="69" />
        <source>Sync: starting</source>
        <translation>Sincronización: iniciando</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="71" />
        <source>Sync: not set up</source>
        <translation>Sincronización: sin configurar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="72" />
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="72" />
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="74" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="74" />
        <source>all sent</source>
        <translation>todo enviado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="76" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="83" />
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="86" />
        <source>synced just now</source>
        <translation>sincronizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="88" />
        <source>synced %n min ago</source>
        <translation>
            <numerusform>sincronizado hace %n min</numerusform>
            <numerusform>sincronizado hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="89" />
        <source>last sync %1</source>
        <translation>última sincronización: %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="50" />
        <source>Returns waiting for the server</source>
        <translation>Devoluciones pendientes de enviar al servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="56" />
        <source>Return code</source>
        <translation>Código de devolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="56" />
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="56" />
        <source>Taken</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="57" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="57" />
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="57" />
        <source>Server's reason</source>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="64" />
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="67" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="84" />
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="84" />
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="85" />
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="86" />
        <source>Server %1 · last sync %2 · %3 waiting · %4 refused</source>
        <translation>Servidor %1 · última sincronización: %2 · %3 en espera · %4 rechazadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="129" />
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="131" />
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="134" />
        <source>next try %1</source>
        <translation>próximo intento: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="140" />
        <source>The list cannot be read: %1</source>
        <translation>No se puede leer la lista: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="87" />
        <source>Return an item</source>
        <translation>Devolver un artículo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="88" />
        <source>Returns take about a minute. Have your order number and email ready, or scan the barcode on your receipt.</source>
        <translation>La devolución tarda alrededor de un minuto. Tenga a mano su número de pedido y su correo electrónico, o escanee el código de barras de su recibo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="90" />
        <location filename="../../kiosk/ui/pages/welcome.py" line="91" />
        <source>Start a return</source>
        <translation>Iniciar devolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="92" />
        <source>Demo orders to try</source>
        <translation>Pedidos de prueba</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="93" />
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="94" />
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="95" />
        <source>Sync status</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="96" />
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="96" />
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="100" />
        <source>Try this order</source>
        <translation>Probar este pedido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="101" />
        <source>Try order {number}</source>
        <translation>Probar el pedido {number}</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/base.py" line="35" />
        <source>Manager approval for {title}</source>
        <translation>Aprobación del gerente para {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/base.py" line="36" />
        <source>Manager approval</source>
        <translation>Aprobación del gerente</translation>
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
