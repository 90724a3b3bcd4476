<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="79" />
        <source>Override reason: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="134" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="135" />
        <source>Manager approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="137" />
        <source>{title} × {quantity} · {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="140" />
        <source>Who approves? Tap your name, or just enter your PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="141" />
        <source>PIN only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="142" />
        <source>Approve with PIN only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="144" />
        <source>Approver {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="145" />
        <source>Reason for the override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="146" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="147" />
        <source>Note (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="148" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="149" />
        <source>Cancel the approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="153" />
        <source>Customer goodwill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="154" />
        <source>Delivered late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="155" />
        <source>Damaged in transit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="156" />
        <source>Store or staff error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="157" />
        <source>Manager's discretion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="180" />
        <source>Enter the PIN first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CashDrawerDialog</name>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="23" />
        <source>Pay out cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="26" />
        <source>Pay the customer in cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="33" />
        <source>Return %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="36" />
        <source>Cash paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="45" />
        <source>The cash drawer is open. Count the cash out to the customer, then close the drawer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="46" />
        <source>The cash drawer did not open (%1). Open it with the key, pay the customer, and tell a manager.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DayReportTab</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="229" />
        <source>Today's returns on this kiosk, as the report prints.</source>
        <extracomment>the report was printed (True) or not</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="237" />
        <source>Print the end-of-day report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="266" />
        <source>The report was printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="267" />
        <source>The report was not printed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeadEndActions</name>
    <message>
        <location filename="../../kiosk/ui/pages/dead_end.py" line="34" />
        <location filename="../../kiosk/ui/pages/dead_end.py" line="35" />
        <source>Call staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dead_end.py" line="36" />
        <source>Print why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dead_end.py" line="37" />
        <source>Print why these items cannot be returned</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="88" />
        <source>Your return is done</source>
        <extracomment>the QR code's side in the theme's reference pixels</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="89" />
        <source>Put the items in the returns bin, or hand them to a member of staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="90" />
        <source>Your return code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="91" />
        <location filename="../../kiosk/ui/pages/done.py" line="92" />
        <source>Show my slip on screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="93" />
        <location filename="../../kiosk/ui/pages/done.py" line="94" />
        <source>Reprint slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="95" />
        <location filename="../../kiosk/ui/pages/done.py" line="96" />
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="102" />
        <source>Your store credit voucher is on your slip, ready to spend today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="103" />
        <source>Show your slip at the counter to collect your new item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="104" />
        <source>Your refund is on its way to your original payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="105" />
        <source>Keep the item: your refund is on its way to your original payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="147" />
        <source>Your return is saved. Printing your slip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="149" />
        <source>Your return is saved, but the slip could not be printed. Please ask a member of staff for a copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="152" />
        <source>Your slip has been printed. Please take it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="154" />
        <source>Your slip is saved. Tap below to see it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DropoffFlow</name>
    <message>
        <location filename="../../kiosk/ui/dropoff_flow.py" line="153" />
        <source>Bag label printed: put it on the bag with the items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/dropoff_flow.py" line="155" />
        <source>The bag label did not print. Please hand the items and your slip to a member of staff.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DropoffPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="77" />
        <source>Check your items</source>
        <extracomment>the picture staff compare the item with, larger than a card's every item is checked: go on (the controller asks the session) staff confirm one unit of a line by sight: (line id, PIN) line id -&gt; a cached product picture</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="78" />
        <source>Scan the barcode on each item you are returning. No barcode? A member of staff will check the item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="80" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="80" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="81" />
        <source>Back to the items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="84" />
        <source>Staff: look at the item, compare it with the picture and the name, then enter your PIN to confirm it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="117" />
        <source>Checked {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="120" />
        <source>No barcode or it will not scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="121" />
        <source>No barcode: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="134" />
        <source>{done} of {total} checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="144" />
        <source>✓ {title} checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="153" />
        <source>Staff check: {title}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="51" />
        <source>✓ Can be returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="52" />
        <source>! Needs a manager's approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="53" />
        <source>✕ Cannot be returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="57" />
        <source>Here is what we can take back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="58" />
        <source>We checked each item against the store's return policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="89" />
        <source>A member of staff can approve this item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="99" />
        <source>You can go on with the items marked ✓. The others stay with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="100" />
        <source>Everything can be returned. Tap Next to choose your refund.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="102" />
        <source>A member of staff needs to approve these items before they can be returned. Tap Call staff and someone will come.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="104" />
        <source>None of the items you chose can be returned. Tap Finish, or call staff if you have a question.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindOrderPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="89" />
        <source>Find your order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="90" />
        <source>Enter the order number from your receipt or confirmation email, and the email address you ordered with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="92" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="94" />
        <source>Order number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="93" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="95" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="96" />
        <source>e.g. R100001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="97" />
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="98" />
        <source>We only use these to find your order. They are cleared when you finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="99" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="100" />
        <source>Call staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="101" />
        <source>Staff: find a customer's order by email or phone (no receipt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="102" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="103" />
        <source>Customer email or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="104" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="105" />
        <source>Search customer orders</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pages/find_order.py" line="145" />
        <source>That did not match an order. You can try again in %n seconds.</source>
        <translation>
            <numerusform>That did not match an order. You can try again in %n second.</numerusform>
            <numerusform>That did not match an order. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="148" />
        <source>You can try again now. Check the order number and the email.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="168" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="169" />
        <source>Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="169" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="171" />
        <source>Find my order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="172" />
        <source>Confirm return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="173" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="72" />
        <location filename="../../kiosk/ui/chrome.py" line="73" />
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="74" />
        <location filename="../../kiosk/ui/chrome.py" line="75" />
        <source>Large text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdleCover</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="125" />
        <source>Still there?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="126" />
        <source>I'm still here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="128" />
        <source>Start over</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="134" />
        <source>This return will be cleared in %n seconds.</source>
        <translation>
            <numerusform>This return will be cleared in %n second.</numerusform>
            <numerusform>This return will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="54" />
        <source>We cannot take these items back here</source>
        <extracomment>line id -&gt; a cached product picture (the look-up found them)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="55" />
        <source>Here is why, item by item. A member of staff can help or explain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="57" />
        <source>What are you returning?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="58" />
        <source>Tap + on each item you are bringing back, or scan its barcode.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pages/items.py" line="104" />
        <source>%n of {bought} already returned</source>
        <translation>
            <numerusform>%n of {bought} already returned</numerusform>
            <numerusform>%n of {bought} already returned</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="128" />
        <source>Fewer of {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="129" />
        <source>More of {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="133" />
        <source>Quantity of {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pages/items.py" line="138" />
        <source>of %n</source>
        <translation>
            <numerusform>of %n</numerusform>
            <numerusform>of %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="146" />
        <source>✓ Returning {n}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="142" />
        <source>Intake returns</source>
        <extracomment>the keyboard's widest, in the theme's reference pixels (wider keys only slow a finger down) a key's height in the theme's reference pixels; a portrait screen has room for taller keys the most of the window's height the keyboard may take (six rows of keys at most) the returns list, print queue, end-of-day report and cash drawer of staff mode</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="250" />
        <source>Staff have been called and will be with you shortly.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="26" />
        <source>Choose at least one item to return.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="27" />
        <source>Tell us why you are returning {title}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="28" />
        <source>Please add a short note for {title}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="29" />
        <source>Choose the condition of {title}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="30" />
        <source>None of the items can be returned here. A member of staff can help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="31" />
        <source>Choose how you would like your money back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="32" />
        <source>Choose the size or colour you want instead of {title}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="33" />
        <source>You can return up to {maximum} of this item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="34" />
        <source>That option is not available for these items. Please choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="35" />
        <source>Use the buttons on this screen to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="36" />
        <source>Something went out of order. Please start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="38" />
        <source>We could not find that online return. Check the code on your confirmation, or tap Start a return to return your items here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="41" />
        <source>That code does not look right. Scan the QR code again or check each character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="43" />
        <source>This online return has expired. Tap Start a return to see what can still be returned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="45" />
        <source>This online return has already been dropped off. A member of staff can help if something is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="47" />
        <source>This kiosk cannot see the order of that online return yet. Please ask a member of staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="49" />
        <source>That online return does not match its order. Please ask a member of staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="51" />
        <source>That item is not part of this return. Put it aside and scan the next item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="53" />
        <source>Every {title} in this return is already checked. Scan the next item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="55" />
        <source>That item is not on this order. Check the item, or tap + on the item you are returning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="57" />
        <source>Scan each item first. No barcode? Tap "No barcode" and a member of staff will check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="59" />
        <source>Staff checks are not set up on this kiosk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="61" />
        <source>We could not find an order with that number and email. Check both and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="63" />
        <source>Order look-ups are paused on this kiosk after too many wrong attempts. Tap Call staff and a member of staff will open them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="66" />
        <source>Your receipt is for order {number}. Enter the email address you ordered with to find it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="68" />
        <source>Order look-ups are open again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="69" />
        <source>A member of staff is on the way. Please wait here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="70" />
        <source>The reasons are printed. Please take the slip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="71" />
        <source>The printer could not print this. A member of staff can explain the reasons.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="73" />
        <source>Enter both your order number and your email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="74" />
        <source>Returns are not available on this kiosk yet. Please ask a member of staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="75" />
        <source>Your return could not be saved, so nothing has changed. Please ask a member of staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="77" />
        <source>We could not find a return with that code on this kiosk. Check the code, or ask a member of staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="87" />
        <source>No orders found for that email or phone. Check it, or search by the other one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="88" />
        <source>That size or colour is no longer in stock. Please choose another, or a refund or store credit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="78" />
        <source>That barcode is not a receipt or a return code. Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="79" />
        <source>A manager cannot approve this item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="80" />
        <source>That is not a return code: check each character (it looks like 7K3Q-9ZPD-M4X).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="82" />
        <source>Looking it up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="83" />
        <source>Printing the slip of return {code} again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="84" />
        <source>The slip of return {code} was printed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="85" />
        <source>The slip of return {code} could not be printed: check the printer's paper and cable, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="89" />
        <source>Something went wrong. Please ask a member of staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="91" />
        <source>That PIN is not right. {attempts_left} tries left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="92" />
        <source>Too many wrong PINs. Try again after {time}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="93" />
        <source>Too many wrong PINs. Try again in {time}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="94" />
        <source>You can enter the PIN again now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="95" />
        <source>Tap your name first, then enter your PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="96" />
        <source>PINs here have at least {min_length} digits. Ask head office for a new PIN if yours is shorter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="98" />
        <source>You cannot approve your own override above {limit}. Ask another manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="100" />
        <source>Only a manager can approve this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="101" />
        <source>Choose a reason for the override.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="103" />
        <source>This kiosk cannot save returns right now. Please ask a member of staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="105" />
        <source>The printer is not ready. Your return is saved; staff can print the slip again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="107" />
        <source>The central server cannot be reached. Returns are kept and sent when it can.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MoneyWords</name>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="30" />
        <source>Price paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="33" />
        <source>Your discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="36" />
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="39" />
        <source>Shipping refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="42" />
        <source>Restocking fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="45" />
        <source>Nothing to pay and nothing refunded: a member of staff hands you the new item at the counter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="49" />
        <source>{amount} as store credit, including a {bonus} bonus. The voucher code is on your slip, ready to spend today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="51" />
        <source>{amount} as store credit. The voucher code is on your slip, ready to spend today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="54" />
        <source>{amount} back to your original payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="58" />
        <source>{amount} back to your card ending {digits}. Banks usually show it within 3 to 5 working days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="60" />
        <source>{amount} back to the card you paid with. Banks usually show it within 3 to 5 working days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="64" />
        <source>{amount} back onto your gift card ending {digits}, ready to spend straight away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="65" />
        <source>{amount} back onto your gift card, ready to spend straight away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="68" />
        <source>{amount} in cash, paid by a member of staff at the counter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="71" />
        <source>{amount} as store credit on your slip, ready to spend today.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="17" />
        <source>Intake returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="20" />
        <source>Returns are not available at this kiosk right now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="23" />
        <source>Please take your return to the counter; a member of staff will help you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="25" />
        <source>For staff: {detail}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../kiosk/ui/print_preview.py" line="61" />
        <source>Print preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/print_preview.py" line="74" />
        <location filename="../../kiosk/ui/print_preview.py" line="75" />
        <source>Print</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="65" />
        <source>Digit {digit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="66" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="67" />
        <source>Clear the PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="68" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="69" />
        <source>Confirm the PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="110" />
        <source>Enter PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="111" />
        <source>PIN, {n} digits entered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>This item can be returned.</source>
        <extracomment>Policy message 'eligible'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category_label} can be returned until {closes_on}.</source>
        <extracomment>Policy message 'returnable_until'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of delivery; yours was delivered {delivered_days_ago} days ago.</source>
        <extracomment>Policy message 'window_closed'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of purchase; yours was bought {purchased_days_ago} days ago.</source>
        <extracomment>Policy message 'window_closed_since_purchase'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{extension}: this item could be returned until {closes_on}.</source>
        <extracomment>Policy message 'extended_window_closed'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The return window closed on {closes_on}. A manager can still accept this return.</source>
        <extracomment>Policy message 'window_grace'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kiosk's clock may be wrong, so a member of staff will check the return window for this item (open until {closes_on}).</source>
        <extracomment>Policy message 'clock_unsure'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This order was paid in {order_currency}, but returns here are priced in {policy_currency}. Please ask a member of staff.</source>
        <extracomment>Policy message 'currency_mismatch'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} was sold as final sale and cannot be returned.</source>
        <extracomment>Policy message 'final_sale'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category_label} cannot be returned.</source>
        <extracomment>Policy message 'non_returnable_category'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item cannot be returned ({tag}).</source>
        <extracomment>Policy message 'non_returnable_tag'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item is not part of the order.</source>
        <extracomment>Policy message 'unknown_line'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please choose a reason from the list.</source>
        <extracomment>Policy message 'unknown_reason'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please tell us a little more about the problem.</source>
        <extracomment>Policy message 'note_required'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please tell us the condition of the item.</source>
        <extracomment>Policy message 'condition_required'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items in this condition cannot be returned for this reason.</source>
        <extracomment>Policy message 'condition_not_allowed'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please choose one of the listed details.</source>
        <extracomment>Policy message 'sub_reason_unknown'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <extracomment>Policy message 'quantity_not_positive'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can return at most {available} of the {purchased} bought.</source>
        <extracomment>Policy message 'quantity_exceeds'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All {purchased} of this item have already been returned.</source>
        <extracomment>Policy message 'already_returned'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns without a receipt need a manager.</source>
        <extracomment>Policy message 'no_receipt'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account has had {returns} returns in the last {period_days} days; a manager needs to approve.</source>
        <extracomment>Policy message 'frequent_returns'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunds above {limit} in {period_days} days need a manager.</source>
        <extracomment>Policy message 'frequent_refunds'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunds above {limit} need a manager's approval (this one is {amount}).</source>
        <extracomment>Policy message 'refund_above_limit'. Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by a manager.</source>
        <extracomment>Policy message 'approved'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the chosen items can be returned.</source>
        <extracomment>Policy message 'nothing_eligible'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No other size or colour is in stock for an exchange.</source>
        <extracomment>Policy message 'no_exchange_variant'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeping the item is not offered for this reason.</source>
        <extracomment>Policy message 'keep_item_reason'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeping the item is only offered for small amounts.</source>
        <extracomment>Policy message 'keep_item_over_limit'.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too small</source>
        <extracomment>Return reason (too_small), on a button.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too large</source>
        <extracomment>Return reason (too_large), on a button.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed my mind</source>
        <extracomment>Return reason (changed_mind), on a button.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defective or broken</source>
        <extracomment>Return reason (defective), on a button.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong item sent</source>
        <extracomment>Return reason (wrong_item), on a button.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not as described</source>
        <extracomment>Return reason (not_as_described), on a button.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrived too late</source>
        <extracomment>Return reason (arrived_late), on a button.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unopened, with tags</source>
        <extracomment>Item condition (unopened), on a button.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened or worn</source>
        <extracomment>Item condition (opened), on a button.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>Item condition (damaged), on a button.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clothing</source>
        <extracomment>Product category (apparel), starts a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shoes</source>
        <extracomment>Product category (shoes), starts a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swimwear</source>
        <extracomment>Product category (swimwear), starts a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Electronics</source>
        <extracomment>Product category (electronics), starts a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gift cards</source>
        <extracomment>Product category (gift_cards) without a label, starts a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personalised</source>
        <extracomment>Product category (personalised) without a label, starts a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clearance items</source>
        <extracomment>Product group (clearance), starts a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday returns</source>
        <extracomment>Extended return window (holiday-2025, holiday-2026), starts a sentence.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintQueueTab</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="156" />
        <source>Waiting prints go out by themselves as soon as their printer is ready again.</source>
        <extracomment>a retry finished (the job printed, or not)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Tries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="160" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="162" />
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="165" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="183" />
        <source>Nothing is waiting to print.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff_counter.py" line="184" />
        <source>%n print(s) waiting</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="191" />
        <source>Return slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="191" />
        <source>Store copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="191" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="192" />
        <source>Refusal slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="192" />
        <source>Test page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="192" />
        <source>Bag label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="210" />
        <source>Printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="211" />
        <source>Still not printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="216" />
        <source>The queue cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Accents: {sample}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All {purchased} of this item have already been returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by a manager.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach this label to the parcel. {date}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log: empty</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorisation</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card ending {digits}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash</source>
        <extracomment>Printed on slips and labels (a code printed as words, printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash paid out</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash to collect at the counter</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash, as a store credit voucher</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash: collect it at the counter</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Color</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition: {condition}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligible</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of day</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange: nothing to pay</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchanged for: {item}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gift card</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gift card ending {digits}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goes to: {disposition}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it is approved, it goes to:</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you can read this, the printer works.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Includes a bonus of</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ineligible</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items in this condition cannot be returned for this reason.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items of this kind cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items we could not accept</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this report with the day's takings.</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this slip as proof of your return.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this slip: your return code identifies this request.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep with the returned items.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeping the item is not offered for this reason.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeping the item is only offered for small amounts.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kiosk</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Length</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager approvals</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More of this item were chosen than can be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT APPROVED YET: nothing has been refunded or credited. The store must approve this return first.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needed a manager's approval</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs approval</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No other size or colour is in stock for an exchange.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the chosen items can be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: an even exchange</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not approved yet</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet sent to head office</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: {note}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVERRIDE: {reason}, approved by {manager}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py, printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overrode</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packed</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please choose a reason from the list.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please choose one of the listed details.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please tell us a little more about the problem.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please tell us the condition of the item.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price difference</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price paid: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printer</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printer test</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qty</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions? Please ask a member of staff.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RETURN</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: {reasons}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: {reason}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund requested</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund to original payment</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund total</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund, keep the items</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund: {amount}. You keep the items.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunds above {limit} in {period_days} days need a manager.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunds above {limit} need a manager's approval (this one is {amount}).</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by the policy</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restock</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restocking fee: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return bag</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return code</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py, printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return receipt</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return request</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns centre</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns without a receipt need a manager.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU {sku}, verdict: {verdict}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seal the bag with this label on it.</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-service</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ship from</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ship to</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shipping: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some returns are not final: see the counts above.</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend it in our stores: show this slip at the till. The code is the voucher, keep it safe.</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Printed on slips and labels (printing/day_report.py, printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py, printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store copy</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store credit</source>
        <extracomment>Printed on slips and labels (a code printed as words, printing/day_report.py, printing/documents.py, printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store credit requested</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store credit total</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store credit voucher</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store credit: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The refund goes back to the way you paid.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The return window closed on {closes_on}. A manager can still accept this return.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The return window for this item has closed.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account has had {returns} returns in the last {period_days} days; a manager needs to approve.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item can be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item cannot be returned ({tag}).</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item has already been returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item is not part of the order.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item was sold as final sale and cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kiosk does not pay cash. Show this slip at the counter and staff pay you the amount.</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kiosk's clock may be wrong, so a member of staff will check the return window for this item (open until {closes_on}).</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This order was paid in {order_currency}, but returns here are priced in {policy_currency}. Please ask a member of staff.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To exchange for: {item}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units by disposition</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value by tender</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vendor</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voucher</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voucher code</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vouchers issued</source>
        <extracomment>Printed on slips and labels (printing/day_report.py, printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waist</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for approval</source>
        <extracomment>Printed on slips and labels (printing/day_report.py, printing/documents.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens next: the store reviews this return. Once it is approved, it is settled as shown above. Please ask a member of staff if you have questions.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where your money goes:</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Width</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can return at most {available} of the {purchased} bought.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your card</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your gift card</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your voucher is issued once the store approves this return.</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and {count} more items</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another size or colour (ref. {sku})</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>barcode scanned</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked by staff</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no expiry date</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not checked</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category_label} can be returned until {closes_on}.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of delivery; yours was delivered {delivered_days_ago} days ago.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of purchase; yours was bought {purchased_days_ago} days ago.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category_label} cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{extension}: this item could be returned until {closes_on}.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{quantity} x {title}</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} was sold as final sale and cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: {when}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReasonsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="26" />
        <source>Length</source>
        <extracomment>sub-reason codes the demo policy and common policies use; others are shown humanised</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="27" />
        <source>Width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="28" />
        <source>Overall fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="29" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="30" />
        <source>Quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="31" />
        <source>Comfort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="70" />
        <source>Why are you returning them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="71" />
        <source>Your answer helps us decide what we can offer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="101" />
        <source>Reason for {title}: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="102" />
        <source>Condition of {title}: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="103" />
        <source>Detail for {title}: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="105" />
        <source>Note about {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="106" />
        <source>Tell us a little more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="107" />
        <source>What condition is it in?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="108" />
        <source>Which part? (optional)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="56" />
        <location filename="../../kiosk/ui/reprint_dialog.py" line="57" />
        <source>Reprint a slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="58" />
        <source>Type the return code printed on the slip or in the shopper's e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="59" />
        <source>Return code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="61" />
        <location filename="../../kiosk/ui/reprint_dialog.py" line="62" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="63" />
        <source>Reprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="64" />
        <source>Reprint the slip</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolutionPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="35" />
        <source>How would you like your money back?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="36" />
        <source>Store credit comes with a bonus. You can also swap for another size or colour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="40" />
        <source>Store credit: {amount} (includes a {bonus} bonus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="41" />
        <source>Exchange for another size or colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="42" />
        <source>Refund to your original payment: {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="43" />
        <source>Keep the item and get a refund: {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="90" />
        <source>Swap {title} ({variant}) for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="95" />
        <source>Swap {title} for </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="99" />
        <source>Nothing else is in stock for this item.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="94" />
        <source>The newest returns and what head office made of them. Bold ones need you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Return code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="99" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="99" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="100" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="123" />
        <source>Submitted: not sent to head office yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="124" />
        <source>Waiting for a manager's approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="125" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="126" />
        <source>In review at head office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="127" />
        <source>Refused by head office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="128" />
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="129" />
        <source>Refund failed: staff must act</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="134" />
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="134" />
        <source>Store credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="135" />
        <source>Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="135" />
        <source>Refund, item kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="139" />
        <source>The list cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="47" />
        <source>Check and confirm</source>
        <extracomment>line id -&gt; the disposition staff chose on this visit (the policy's is the default)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="48" />
        <source>Tap Confirm return to finish. You will get a slip with your return code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="57" />
        <source>Store credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="58" />
        <source>Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="59" />
        <source>Refund to original payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="60" />
        <source>Keep the item, refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="65" />
        <source>Back to stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="66" />
        <source>Damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="67" />
        <source>Back to the vendor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="68" />
        <source>Returns centre (prints a label)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="102" />
        <source>✓ Can be returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="113" />
        <source>This item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="122" />
        <source>Where this item goes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="134" />
        <source>Swap for: {variant}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="134" />
        <source>another size or colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="142" />
        <source>Store credit bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="145" />
        <source>{how}: total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="156" />
        <source>&lt;b&gt;Where the money goes&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="170" />
        <source>Not in this return:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffBand</name>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="133" />
        <source>Staff mode: {name}</source>
        <extracomment>the returns, print queue and end-of-day screen</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="134" />
        <source>Sync status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="135" />
        <source>Unlock look-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="136" />
        <source>Reprint a slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="137" />
        <source>Returns and reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="138" />
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffCounterScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="285" />
        <source>Returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="286" />
        <source>Print queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="287" />
        <source>End of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="290" />
        <source>Returns and reports</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffModeController</name>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="237" />
        <source>Sync status</source>
        <extracomment>the returns list, print queue, end-of-day report and cash drawer (None: not offered)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="247" />
        <source>Returns and reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="255" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="59" />
        <source>Staff sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="60" />
        <source>Staff sign-in: tap your name, then enter your PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="61" />
        <location filename="../../kiosk/ui/staff_sign_in.py" line="62" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="67" />
        <source>Tap your name first, then enter your PIN.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="69" />
        <source>Step {n} of {m}: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="71" />
        <source>Next: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="76" />
        <source>Your order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="77" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="78" />
        <source>Reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="79" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="80" />
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="81" />
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="72" />
        <source>Sync: starting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="74" />
        <source>Sync: not set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="75" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="75" />
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="77" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="77" />
        <source>all sent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="79" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="86" />
        <source>never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="89" />
        <source>synced just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="91" />
        <source>synced %n min ago</source>
        <translation>
            <numerusform>synced %n min ago</numerusform>
            <numerusform>synced %n min ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="92" />
        <source>last sync %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="57" />
        <source>Returns waiting for the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="70" />
        <source>Return code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="70" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="70" />
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="71" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="71" />
        <source>Tries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="71" />
        <source>Server's reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="81" />
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="84" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="101" />
        <source>online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="101" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="102" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="103" />
        <source>Server %1 · last sync %2 · %3 waiting · %4 refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="118" />
        <source>Clock: not compared with the server yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="120" />
        <source>Clock: in step with the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="121" />
        <source>Clock: %1 behind the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="122" />
        <source>Clock: %1 ahead of the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="124" />
        <source>return windows wait for staff approval until the kiosk's time is fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="129" />
        <source>policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="129" />
        <source>orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="129" />
        <source>managers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="133" />
        <source>%1 never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="133" />
        <source>%1 %2 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="135" />
        <source>Synced: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_screen.py" line="153" />
        <source>The server refused %n returns: tap one to read its reason. Fix what it says with head office, then tap Retry now.</source>
        <translation>
            <numerusform>The server refused %n return: tap it to read its reason. Fix what it says with head office, then tap Retry now.</numerusform>
            <numerusform>The server refused %n returns: tap one to read its reason. Fix what it says with head office, then tap Retry now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="156" />
        <source>The server cannot be reached. Returns are kept safely on this kiosk and sent automatically when it is back: nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="159" />
        <source>Returns are sent automatically. Tap one and Retry now to send it at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="160" />
        <source>Everything has been sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="196" />
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="198" />
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="201" />
        <source>next try %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="207" />
        <source>The list cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VariantWords</name>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="24" />
        <source>Size</source>
        <extracomment>attribute names translated for the shopper; others are shown as the catalogue names them</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="25" />
        <location filename="../../kiosk/ui/variant_words.py" line="26" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="27" />
        <source>Waist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="28" />
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="29" />
        <source>Width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="30" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="132" />
        <source>Return an item in about a minute</source>
        <extracomment>how long each step of the loop stays lit</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="133" />
        <source>No queue, no forms: we guide you step by step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="134" />
        <source>Scan your receipt, or type your order number and email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="135" />
        <source>Choose what you are returning, and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="136" />
        <source>Pick a refund, store credit or exchange, and take your slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="138" />
        <location filename="../../kiosk/ui/pages/welcome.py" line="139" />
        <source>Start a return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="140" />
        <source>Have a receipt? Hold its barcode under the scanner at any time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="141" />
        <location filename="../../kiosk/ui/pages/welcome.py" line="142" />
        <source>I started my return online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="143" />
        <source>Hold the QR code from your confirmation under the scanner, or type its code (it starts with A).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="145" />
        <source>Online return code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="146" />
        <source>Find my return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="147" />
        <source>Find my online return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="148" />
        <source>Demo orders to try</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="149" />
        <source>Staff: press and hold the logo for two seconds to sign in (demo PINs: manager 246813, clerk 1357).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="152" />
        <source>Try this online return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="153" />
        <source>Try online return {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="155" />
        <source>Try this order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="156" />
        <source>Try order {number}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/base.py" line="56" />
        <source>Manager approval for {title}</source>
        <extracomment>the widest a page's column grows, in the theme's reference pixels (scaled with the screen)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/base.py" line="57" />
        <source>Manager approval</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_KeyPage</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="247" />
        <source>Capital letters</source>
        <extracomment>return codes: Crockford base32 and its check symbols (*~$=U), with the dashes they print with</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="248" />
        <source>Delete last character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="249" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="249" />
        <source>Clear field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="250" />
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="251" />
        <source>Done ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="251" />
        <source>Next ›</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="252" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="252" />
        <source>Next field</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
