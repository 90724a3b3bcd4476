<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="79" />
        <source>Override reason: </source>
        <translation>Motif de la dérogation : </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="134" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="135" />
        <source>Manager approval</source>
        <translation>Approbation du responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="137" />
        <source>{title} × {quantity} · {amount}</source>
        <translation>{title} × {quantity} · {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="140" />
        <source>Who approves? Tap your name, or just enter your PIN.</source>
        <translation>Qui valide ? Touchez votre nom ou saisissez simplement votre code PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="141" />
        <source>PIN only</source>
        <translation>PIN seul</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="142" />
        <source>Approve with PIN only</source>
        <translation>Valider avec le code PIN seul</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="144" />
        <source>Approver {name}</source>
        <translation>Responsable {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="145" />
        <source>Reason for the override</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="146" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="147" />
        <source>Note (optional)</source>
        <translation>Remarque (facultative)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="148" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="149" />
        <source>Cancel the approval</source>
        <translation>Annuler la validation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="153" />
        <source>Customer goodwill</source>
        <translation>Geste commercial</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="154" />
        <source>Delivered late</source>
        <translation>Livré en retard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="155" />
        <source>Damaged in transit</source>
        <translation>Endommagé pendant le transport</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="156" />
        <source>Store or staff error</source>
        <translation>Erreur du magasin ou du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="157" />
        <source>Manager's discretion</source>
        <translation>Décision du responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="180" />
        <source>Enter the PIN first.</source>
        <translation>Saisissez d'abord le code PIN.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="vanished">Une erreur s’est produite. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after {time}.</source>
        <translation type="vanished">Trop de codes PIN erronés. Réessayez après {time}.</translation>
    </message>
    <message>
        <source>Tap your name first, then enter your PIN.</source>
        <translation type="vanished">Touchez d’abord votre nom, puis saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>That PIN is not right. {n} tries left.</source>
        <translation type="vanished">Ce code PIN est incorrect. Il vous reste {n} essais.</translation>
    </message>
    <message>
        <source>You cannot approve your own override above {limit}. Ask another manager.</source>
        <translation type="vanished">Vous ne pouvez pas valider votre propre dérogation au-delà de {limit}. Demandez à un autre responsable.</translation>
    </message>
    <message>
        <source>Only a manager can approve this.</source>
        <translation type="vanished">Seul un responsable peut valider ceci.</translation>
    </message>
    <message>
        <source>Choose a reason for the override.</source>
        <translation type="vanished">Choisissez le motif de la dérogation.</translation>
    </message>
    <message>
        <source>This item cannot be approved here.</source>
        <translation type="vanished">Cet article ne peut pas être validé ici.</translation>
    </message>
</context>
<context>
    <name>CashDrawerDialog</name>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="23" />
        <source>Pay out cash</source>
        <translation>Paiement en espèces</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="26" />
        <source>Pay the customer in cash</source>
        <translation>Payez le client en espèces</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="33" />
        <source>Return %1</source>
        <translation>Retour %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="36" />
        <source>Cash paid</source>
        <translation>Espèces remises</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="45" />
        <source>The cash drawer is open. Count the cash out to the customer, then close the drawer.</source>
        <translation>Le tiroir-caisse est ouvert. Comptez les espèces en les remettant au client, puis refermez le tiroir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_drawer.py" line="46" />
        <source>The cash drawer did not open (%1). Open it with the key, pay the customer, and tell a manager.</source>
        <translation>Le tiroir-caisse ne s'est pas ouvert (%1). Ouvrez-le avec la clé, payez le client et prévenez un responsable.</translation>
    </message>
</context>
<context>
    <name>DayReportTab</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="229" />
        <source>Today's returns on this kiosk, as the report prints.</source>
        <extracomment>the report was printed (True) or not</extracomment>
        <translation>Les retours du jour sur cette borne, tels que le rapport les imprime.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="237" />
        <source>Print the end-of-day report</source>
        <translation>Imprimer le rapport de fin de journée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="266" />
        <source>The report was printed.</source>
        <translation>Le rapport a été imprimé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="267" />
        <source>The report was not printed: %1</source>
        <translation>Le rapport n'a pas été imprimé : %1</translation>
    </message>
</context>
<context>
    <name>DeadEndActions</name>
    <message>
        <location filename="../../kiosk/ui/pages/dead_end.py" line="34" />
        <location filename="../../kiosk/ui/pages/dead_end.py" line="35" />
        <source>Call staff</source>
        <translation>Appeler le personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dead_end.py" line="36" />
        <source>Print why</source>
        <translation>Imprimer les motifs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dead_end.py" line="37" />
        <source>Print why these items cannot be returned</source>
        <translation>Imprimer pourquoi ces articles ne peuvent pas être retournés</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="88" />
        <source>Your return is done</source>
        <extracomment>the QR code's side in the theme's reference pixels</extracomment>
        <translation>Votre retour est terminé</translation>
    </message>
    <message>
        <source>Keep your return code. Put the items in the returns bin or hand them to staff.</source>
        <translation type="vanished">Conservez votre code de retour. Déposez les articles dans le bac des retours ou remettez-les au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="89" />
        <source>Put the items in the returns bin, or hand them to a member of staff.</source>
        <translation>Déposez les articles dans le bac des retours ou remettez-les à un membre du personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="90" />
        <source>Your return code</source>
        <translation>Votre code de retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="91" />
        <location filename="../../kiosk/ui/pages/done.py" line="92" />
        <source>Show my slip on screen</source>
        <translation>Voir mon bon à l'écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="93" />
        <location filename="../../kiosk/ui/pages/done.py" line="94" />
        <source>Reprint slip</source>
        <translation>Réimprimer le reçu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="95" />
        <location filename="../../kiosk/ui/pages/done.py" line="96" />
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="102" />
        <source>Your store credit voucher is on your slip, ready to spend today.</source>
        <translation>Votre bon d'avoir figure sur votre bon de retour, utilisable dès aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="103" />
        <source>Show your slip at the counter to collect your new item.</source>
        <translation>Présentez votre bon de retour au comptoir pour récupérer votre nouvel article.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="104" />
        <source>Your refund is on its way to your original payment.</source>
        <translation>Votre remboursement est en route vers votre moyen de paiement d'origine.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="105" />
        <source>Keep the item: your refund is on its way to your original payment.</source>
        <translation>Gardez l'article : votre remboursement est en route vers votre moyen de paiement d'origine.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="147" />
        <source>Your return is saved. Printing your slip…</source>
        <translation>Votre retour est enregistré. Impression de votre bon de retour…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="149" />
        <source>Your return is saved, but the slip could not be printed. Please ask a member of staff for a copy.</source>
        <translation>Votre retour est enregistré, mais le bon de retour n'a pas pu être imprimé. Veuillez en demander une copie au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="152" />
        <source>Your slip has been printed. Please take it.</source>
        <translation>Votre bon de retour est imprimé. Veuillez le récupérer.</translation>
    </message>
    <message>
        <source>Your slip is printing below.</source>
        <translation type="vanished">Votre bon de retour s'imprime ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="154" />
        <source>Your slip is saved. Tap below to see it.</source>
        <translation>Votre bon de retour est enregistré. Touchez ci-dessous pour l'afficher.</translation>
    </message>
</context>
<context>
    <name>DropoffFlow</name>
    <message>
        <location filename="../../kiosk/ui/dropoff_flow.py" line="153" />
        <source>Bag label printed: put it on the bag with the items.</source>
        <translation>Étiquette du sac imprimée : collez-la sur le sac contenant les articles.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dropoff_flow.py" line="155" />
        <source>The bag label did not print. Please hand the items and your slip to a member of staff.</source>
        <translation>L'étiquette du sac n'a pas pu être imprimée. Veuillez remettre les articles et votre bon de retour à un membre du personnel.</translation>
    </message>
</context>
<context>
    <name>DropoffPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="77" />
        <source>Check your items</source>
        <extracomment>the picture staff compare the item with, larger than a card's every item is checked: go on (the controller asks the session) staff confirm one unit of a line by sight: (line id, PIN) line id -&gt; a cached product picture</extracomment>
        <translation>Vérifiez vos articles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="78" />
        <source>Scan the barcode on each item you are returning. No barcode? A member of staff will check the item.</source>
        <translation>Scannez le code-barres de chaque article que vous retournez. Pas de code-barres ? Un membre du personnel vérifiera l'article.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="80" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="80" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="81" />
        <source>Back to the items</source>
        <translation>Retour aux articles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="84" />
        <source>Staff: look at the item, compare it with the picture and the name, then enter your PIN to confirm it.</source>
        <translation>Personnel : examinez l'article, comparez-le avec la photo et le nom, puis saisissez votre code PIN pour le confirmer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="117" />
        <source>Checked {title}</source>
        <translation>Vérifié : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="120" />
        <source>No barcode or it will not scan</source>
        <translation>Pas de code-barres ou illisible</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="121" />
        <source>No barcode: {title}</source>
        <translation>Pas de code-barres : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="134" />
        <source>{done} of {total} checked</source>
        <translation>Vérifiés : {done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="144" />
        <source>✓ {title} checked</source>
        <translation>✓ {title} : vérifié</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/dropoff.py" line="153" />
        <source>Staff check: {title}</source>
        <translation>Vérification par le personnel : {title}</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="51" />
        <source>✓ Can be returned</source>
        <translation>✓ Peut être retourné</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="52" />
        <source>! Needs a manager's approval</source>
        <translation>! Nécessite l'accord d'un responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="53" />
        <source>✕ Cannot be returned</source>
        <translation>✕ Ne peut pas être retourné</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="57" />
        <source>Here is what we can take back</source>
        <translation>Voici ce que nous pouvons reprendre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="58" />
        <source>We checked each item against the store's return policy.</source>
        <translation>Nous avons vérifié chaque article selon la politique de retour du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="89" />
        <source>A member of staff can approve this item.</source>
        <translation>Un membre du personnel peut approuver cet article.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="99" />
        <source>You can go on with the items marked ✓. The others stay with you.</source>
        <translation>Vous pouvez continuer avec les articles marqués ✓. Les autres restent avec vous.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="102" />
        <source>A member of staff needs to approve these items before they can be returned. Tap Call staff and someone will come.</source>
        <translation>Un membre du personnel doit approuver ces articles avant leur retour. Touchez Appeler le personnel et quelqu'un viendra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="104" />
        <source>None of the items you chose can be returned. Tap Finish, or call staff if you have a question.</source>
        <translation>Aucun des articles choisis ne peut être retourné. Touchez Terminer, ou appelez le personnel si vous avez une question.</translation>
    </message>
    <message>
        <source>None of these items can be returned today. Tap Cancel to finish, or ask a member of staff.</source>
        <translation type="vanished">Aucun de ces articles ne peut être retourné aujourd'hui. Touchez Annuler pour terminer ou adressez-vous au personnel.</translation>
    </message>
    <message>
        <source>You can continue with the items that can be returned.</source>
        <translation type="vanished">Vous pouvez continuer avec les articles qui peuvent être retournés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="100" />
        <source>Everything can be returned. Tap Next to choose your refund.</source>
        <translation>Tout peut être retourné. Touchez Suivant pour choisir votre remboursement.</translation>
    </message>
</context>
<context>
    <name>FindOrderPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="89" />
        <source>Find your order</source>
        <translation>Retrouver votre commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="90" />
        <source>Enter the order number from your receipt or confirmation email, and the email address you ordered with.</source>
        <translation>Saisissez le numéro de commande figurant sur votre ticket de caisse ou votre e-mail de confirmation, ainsi que l'adresse e-mail utilisée pour la commande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="92" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="94" />
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="93" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="95" />
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="96" />
        <source>e.g. R100001</source>
        <translation>ex. : R100001</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="97" />
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="98" />
        <source>We only use these to find your order. They are cleared when you finish.</source>
        <translation>Ces informations servent uniquement à retrouver votre commande. Elles sont effacées à la fin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="99" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="100" />
        <source>Call staff</source>
        <translation>Appeler le personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="101" />
        <source>Staff: find a customer's order by email or phone (no receipt)</source>
        <translation>Personnel : trouver la commande d’un client par e-mail ou téléphone (sans ticket)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="102" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="103" />
        <source>Customer email or phone</source>
        <translation>E-mail ou téléphone du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="104" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="105" />
        <source>Search customer orders</source>
        <translation>Rechercher les commandes du client</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pages/find_order.py" line="145" />
        <source>That did not match an order. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Cela ne correspond à aucune commande. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Cela ne correspond à aucune commande. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="148" />
        <source>You can try again now. Check the order number and the email.</source>
        <translation>Vous pouvez réessayer. Vérifiez le numéro de commande et l'adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="168" />
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="169" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="169" />
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="171" />
        <source>Find my order</source>
        <translation>Trouver ma commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="172" />
        <source>Confirm return</source>
        <translation>Confirmer le retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="173" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Staff mode: {name}</source>
        <translation type="vanished">Mode personnel : {name}</translation>
    </message>
    <message>
        <source>Intake returns</source>
        <translation type="vanished">Retours Intake</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {name}</source>
        <translation type="vanished">Étape {n} sur {m} : {name}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation type="vanished">Ensuite : {name}</translation>
    </message>
    <message>
        <source>Find your order</source>
        <translation type="vanished">Retrouver votre commande</translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="vanished">Articles</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="vanished">Motifs</translation>
    </message>
    <message>
        <source>What we can take back</source>
        <translation type="vanished">Ce que nous reprenons</translation>
    </message>
    <message>
        <source>Refund or exchange</source>
        <translation type="vanished">Remboursement ou échange</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="vanished">Confirmation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="72" />
        <location filename="../../kiosk/ui/chrome.py" line="73" />
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="74" />
        <location filename="../../kiosk/ui/chrome.py" line="75" />
        <source>Large text</source>
        <translation>Grands caractères</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <source>Still there? This return will be cleared in {n} seconds.</source>
        <translation type="vanished">Vous êtes toujours là ? Ce retour sera effacé dans {n} secondes.</translation>
    </message>
    <message>
        <source>I'm still here</source>
        <translation type="vanished">Je suis là</translation>
    </message>
</context>
<context>
    <name>IdleCover</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="125" />
        <source>Still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="126" />
        <source>I'm still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="128" />
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="134" />
        <source>This return will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Ce retour sera effacé dans %n seconde.</numerusform>
            <numerusform>Ce retour sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="57" />
        <source>What are you returning?</source>
        <translation>Que retournez-vous ?</translation>
    </message>
    <message>
        <source>Tap + for each item you are bringing back.</source>
        <translation type="vanished">Touchez + pour chaque article que vous rapportez.</translation>
    </message>
    <message>
        <source>{returned} of {bought} already returned</source>
        <translation type="vanished">{returned} sur {bought} déjà retournés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="54" />
        <source>We cannot take these items back here</source>
        <extracomment>line id -&gt; a cached product picture (the look-up found them)</extracomment>
        <translation>Nous ne pouvons pas reprendre ces articles ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="55" />
        <source>Here is why, item by item. A member of staff can help or explain.</source>
        <translation>Voici pourquoi, article par article. Un membre du personnel peut vous aider ou vous l'expliquer.</translation>
    </message>
    <message>
        <source>Tap + on each item you are bringing back.</source>
        <translation type="vanished">Touchez + sur chaque article que vous rapportez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="58" />
        <source>Tap + on each item you are bringing back, or scan its barcode.</source>
        <translation>Touchez + sur chaque article que vous rapportez, ou scannez son code-barres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pages/items.py" line="104" />
        <source>%n of {bought} already returned</source>
        <translation>
            <numerusform>%n sur {bought} déjà retourné</numerusform>
            <numerusform>%n sur {bought} déjà retournés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="128" />
        <source>Fewer of {title}</source>
        <translation>Moins de {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="133" />
        <source>Quantity of {title}</source>
        <translation>Quantité de {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pages/items.py" line="138" />
        <source>of %n</source>
        <translation>
            <numerusform>sur %n</numerusform>
            <numerusform>sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="146" />
        <source>✓ Returning {n}</source>
        <translation>✓ Retour de {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="129" />
        <source>More of {title}</source>
        <translation>Plus de {title}</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation type="vanished">sur {n}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="142" />
        <source>Intake returns</source>
        <extracomment>the keyboard's widest, in the theme's reference pixels (wider keys only slow a finger down) a key's height in the theme's reference pixels; a portrait screen has room for taller keys the most of the window's height the keyboard may take (six rows of keys at most) the returns list, print queue, end-of-day report and cash drawer of staff mode</extracomment>
        <translation>Retours Intake</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="250" />
        <source>Staff have been called and will be with you shortly.</source>
        <translation>Le personnel a été appelé et arrive tout de suite.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="vanished">Précédent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annuler</translation>
    </message>
    <message>
        <source>Find my order</source>
        <translation type="vanished">Trouver ma commande</translation>
    </message>
    <message>
        <source>Confirm return</source>
        <translation type="vanished">Confirmer le retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="vanished">Suivant</translation>
    </message>
    <message>
        <source>I'm still here</source>
        <translation type="vanished">Je suis là</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {name}</source>
        <translation type="vanished">Étape {n} sur {m} : {name}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation type="vanished">Ensuite : {name}</translation>
    </message>
    <message>
        <source>Find your order</source>
        <translation type="vanished">Retrouver votre commande</translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="vanished">Articles</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="vanished">Motifs</translation>
    </message>
    <message>
        <source>What we can take back</source>
        <translation type="vanished">Ce que nous reprenons</translation>
    </message>
    <message>
        <source>Refund or exchange</source>
        <translation type="vanished">Remboursement ou échange</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="vanished">Confirmation</translation>
    </message>
    <message>
        <source>Still there? This return will be cleared in {n} seconds.</source>
        <translation type="vanished">Vous êtes toujours là ? Ce retour sera effacé dans {n} secondes.</translation>
    </message>
    <message>
        <source>Staff mode: {name}</source>
        <translation type="vanished">Mode personnel : {name}</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="vanished">État de la synchronisation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Fermer</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="26" />
        <source>Choose at least one item to return.</source>
        <translation>Choisissez au moins un article à retourner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="27" />
        <source>Tell us why you are returning {title}.</source>
        <translation>Indiquez-nous pourquoi vous retournez {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="28" />
        <source>Please add a short note for {title}.</source>
        <translation>Veuillez ajouter une courte remarque pour {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="29" />
        <source>Choose the condition of {title}.</source>
        <translation>Indiquez l'état de {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="30" />
        <source>None of the items can be returned here. A member of staff can help.</source>
        <translation>Aucun article ne peut être retourné ici. Un membre du personnel peut vous aider.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="31" />
        <source>Choose how you would like your money back.</source>
        <translation>Choisissez comment vous souhaitez être remboursé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="32" />
        <source>Choose the size or colour you want instead of {title}.</source>
        <translation>Choisissez la taille ou la couleur souhaitée à la place de {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="33" />
        <source>You can return up to {maximum} of this item.</source>
        <translation>Vous pouvez retourner jusqu'à {maximum} exemplaires de cet article.</translation>
    </message>
    <message>
        <source>That option is not available for these items.</source>
        <translation type="vanished">Cette option n'est pas disponible pour ces articles.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="35" />
        <source>Use the buttons on this screen to continue.</source>
        <translation>Utilisez les boutons de cet écran pour continuer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="36" />
        <source>Something went out of order. Please start again.</source>
        <translation>Les étapes se sont mélangées. Veuillez recommencer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="61" />
        <source>We could not find an order with that number and email. Check both and try again.</source>
        <translation>Aucune commande ne correspond à ce numéro et à cette adresse e-mail. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait {seconds} seconds, or ask a member of staff.</source>
        <translation type="vanished">Trop de tentatives. Patientez {seconds} secondes ou adressez-vous au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="63" />
        <source>Order look-ups are paused on this kiosk after too many wrong attempts. Tap Call staff and a member of staff will open them again.</source>
        <translation>Les recherches de commande sont suspendues sur cette borne après trop d'essais erronés. Touchez Appeler le personnel et un membre du personnel les rouvrira.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="66" />
        <source>Your receipt is for order {number}. Enter the email address you ordered with to find it.</source>
        <translation>Votre ticket correspond à la commande {number}. Saisissez l'adresse e-mail utilisée pour la commande afin de la retrouver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="68" />
        <source>Order look-ups are open again.</source>
        <translation>Les recherches de commande sont de nouveau ouvertes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="69" />
        <source>A member of staff is on the way. Please wait here.</source>
        <translation>Un membre du personnel arrive. Veuillez patienter ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="70" />
        <source>The reasons are printed. Please take the slip.</source>
        <translation>Les motifs sont imprimés. Veuillez prendre le bon.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="71" />
        <source>The printer could not print this. A member of staff can explain the reasons.</source>
        <translation>L'imprimante n'a pas pu l'imprimer. Un membre du personnel peut vous expliquer les motifs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="73" />
        <source>Enter both your order number and your email.</source>
        <translation>Saisissez votre numéro de commande et votre adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="74" />
        <source>Returns are not available on this kiosk yet. Please ask a member of staff.</source>
        <translation>Les retours ne sont pas encore possibles sur cette borne. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="75" />
        <source>Your return could not be saved, so nothing has changed. Please ask a member of staff.</source>
        <translation>Votre retour n'a pas pu être enregistré : rien n'a été modifié. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <source>We could not find a return with that code on this kiosk.</source>
        <translation type="vanished">Aucun retour ne correspond à ce code sur cette borne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="78" />
        <source>That barcode is not a receipt or a return code. Please try again.</source>
        <translation>Ce code-barres n'est ni un ticket de caisse ni un code de retour. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="79" />
        <source>A manager cannot approve this item.</source>
        <translation>Un responsable ne peut pas approuver cet article.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="80" />
        <source>That is not a return code: check each character (it looks like 7K3Q-9ZPD-M4X).</source>
        <translation>Ce n'est pas un code de retour : vérifiez chaque caractère (il ressemble à 7K3Q-9ZPD-M4X).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="82" />
        <source>Looking it up…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="83" />
        <source>Printing the slip of return {code} again…</source>
        <translation>Réimpression du bon du retour {code}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="84" />
        <source>The slip of return {code} was printed again.</source>
        <translation>Le bon du retour {code} a été réimprimé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="85" />
        <source>The slip of return {code} could not be printed: check the printer's paper and cable, then try again.</source>
        <translation>Le bon du retour {code} n'a pas pu être imprimé : vérifiez le papier et le câble de l'imprimante, puis réessayez.</translation>
    </message>
    <message>
        <source>No orders found for that email or phone.</source>
        <translation type="vanished">Aucune commande trouvée pour cet e-mail ou ce téléphone.</translation>
    </message>
    <message>
        <source>That size or colour is no longer in stock.</source>
        <translation type="vanished">Cette taille ou couleur n’est plus en stock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="34" />
        <source>That option is not available for these items. Please choose another.</source>
        <translation>Cette option n'est pas disponible pour ces articles. Veuillez en choisir une autre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="38" />
        <source>We could not find that online return. Check the code on your confirmation, or tap Start a return to return your items here.</source>
        <translation>Nous ne trouvons pas ce retour en ligne. Vérifiez le code figurant sur votre confirmation, ou touchez Commencer un retour pour retourner vos articles ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="41" />
        <source>That code does not look right. Scan the QR code again or check each character.</source>
        <translation>Ce code ne semble pas correct. Scannez de nouveau le code QR ou vérifiez chaque caractère.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="43" />
        <source>This online return has expired. Tap Start a return to see what can still be returned.</source>
        <translation>Ce retour en ligne a expiré. Touchez Commencer un retour pour voir ce qui peut encore être retourné.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="45" />
        <source>This online return has already been dropped off. A member of staff can help if something is wrong.</source>
        <translation>Ce retour en ligne a déjà été déposé. Un membre du personnel peut vous aider en cas de problème.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="47" />
        <source>This kiosk cannot see the order of that online return yet. Please ask a member of staff.</source>
        <translation>Cette borne ne voit pas encore la commande de ce retour en ligne. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="49" />
        <source>That online return does not match its order. Please ask a member of staff.</source>
        <translation>Ce retour en ligne ne correspond pas à sa commande. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="51" />
        <source>That item is not part of this return. Put it aside and scan the next item.</source>
        <translation>Cet article ne fait pas partie de ce retour. Mettez-le de côté et scannez l'article suivant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="53" />
        <source>Every {title} in this return is already checked. Scan the next item.</source>
        <translation>Tous les exemplaires de {title} de ce retour sont déjà vérifiés. Scannez l'article suivant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="55" />
        <source>That item is not on this order. Check the item, or tap + on the item you are returning.</source>
        <translation>Cet article ne figure pas sur cette commande. Vérifiez l'article, ou touchez + sur l'article que vous retournez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="57" />
        <source>Scan each item first. No barcode? Tap "No barcode" and a member of staff will check it.</source>
        <translation>Scannez d'abord chaque article. Pas de code-barres ? Touchez « Pas de code-barres » et un membre du personnel le vérifiera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="59" />
        <source>Staff checks are not set up on this kiosk.</source>
        <translation>La vérification par le personnel n'est pas configurée sur cette borne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="77" />
        <source>We could not find a return with that code on this kiosk. Check the code, or ask a member of staff.</source>
        <translation>Aucun retour avec ce code sur cette borne. Vérifiez le code ou demandez à un membre du personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="87" />
        <source>No orders found for that email or phone. Check it, or search by the other one.</source>
        <translation>Aucune commande pour cet e-mail ou ce téléphone. Vérifiez-le, ou cherchez avec l'autre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="88" />
        <source>That size or colour is no longer in stock. Please choose another, or a refund or store credit.</source>
        <translation>Cette taille ou couleur n'est plus en stock. Choisissez-en une autre, ou un remboursement ou un avoir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="89" />
        <source>Something went wrong. Please ask a member of staff.</source>
        <translation>Une erreur s'est produite. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="91" />
        <source>That PIN is not right. {attempts_left} tries left.</source>
        <translation>Ce code PIN est incorrect. Il vous reste {attempts_left} essais.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="92" />
        <source>Too many wrong PINs. Try again after {time}.</source>
        <translation>Trop de codes PIN erronés. Réessayez après {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="93" />
        <source>Too many wrong PINs. Try again in {time}.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="94" />
        <source>You can enter the PIN again now.</source>
        <translation>Vous pouvez de nouveau saisir le code PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="95" />
        <source>Tap your name first, then enter your PIN.</source>
        <translation>Touchez d’abord votre nom, puis saisissez votre code PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="96" />
        <source>PINs here have at least {min_length} digits. Ask head office for a new PIN if yours is shorter.</source>
        <translation>Ici, les codes PIN comportent au moins {min_length} chiffres. Demandez un nouveau code PIN au siège si le vôtre est plus court.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="98" />
        <source>You cannot approve your own override above {limit}. Ask another manager.</source>
        <translation>Vous ne pouvez pas valider votre propre dérogation au-delà de {limit}. Demandez à un autre responsable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="100" />
        <source>Only a manager can approve this.</source>
        <translation>Seul un responsable peut valider ceci.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="101" />
        <source>Choose a reason for the override.</source>
        <translation>Choisissez le motif de la dérogation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="103" />
        <source>This kiosk cannot save returns right now. Please ask a member of staff.</source>
        <translation>Cette borne ne peut pas enregistrer de retours pour le moment. Veuillez vous adresser à un membre du personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="105" />
        <source>The printer is not ready. Your return is saved; staff can print the slip again.</source>
        <translation>L’imprimante n’est pas prête. Votre retour est enregistré ; le personnel peut réimprimer le justificatif.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="107" />
        <source>The central server cannot be reached. Returns are kept and sent when it can.</source>
        <translation>Le serveur central est injoignable. Les retours sont conservés et envoyés dès que possible.</translation>
    </message>
</context>
<context>
    <name>MoneyWords</name>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="30" />
        <source>Price paid</source>
        <translation>Prix payé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="33" />
        <source>Your discount</source>
        <translation>Votre remise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="36" />
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="39" />
        <source>Shipping refunded</source>
        <translation>Frais de livraison remboursés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="42" />
        <source>Restocking fee</source>
        <translation>Frais de remise en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="45" />
        <source>Nothing to pay and nothing refunded: a member of staff hands you the new item at the counter.</source>
        <translation>Rien à payer et rien à rembourser : un membre du personnel vous remet le nouvel article au comptoir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="49" />
        <source>{amount} as store credit, including a {bonus} bonus. The voucher code is on your slip, ready to spend today.</source>
        <translation>{amount} en avoir, dont {bonus} de bonus. Le code du bon figure sur votre bon de retour, utilisable dès aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="51" />
        <source>{amount} as store credit. The voucher code is on your slip, ready to spend today.</source>
        <translation>{amount} en avoir. Le code du bon figure sur votre bon de retour, utilisable dès aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="54" />
        <source>{amount} back to your original payment.</source>
        <translation>{amount} remboursés sur votre moyen de paiement d'origine.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="58" />
        <source>{amount} back to your card ending {digits}. Banks usually show it within 3 to 5 working days.</source>
        <translation>{amount} remboursés sur votre carte se terminant par {digits}. Les banques l'affichent en général sous 3 à 5 jours ouvrés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="60" />
        <source>{amount} back to the card you paid with. Banks usually show it within 3 to 5 working days.</source>
        <translation>{amount} remboursés sur la carte utilisée pour payer. Les banques l'affichent en général sous 3 à 5 jours ouvrés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="64" />
        <source>{amount} back onto your gift card ending {digits}, ready to spend straight away.</source>
        <translation>{amount} recrédités sur votre carte cadeau se terminant par {digits}, utilisables immédiatement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="65" />
        <source>{amount} back onto your gift card, ready to spend straight away.</source>
        <translation>{amount} recrédités sur votre carte cadeau, utilisables immédiatement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="68" />
        <source>{amount} in cash, paid by a member of staff at the counter.</source>
        <translation>{amount} en espèces, remis par un membre du personnel au comptoir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/money_words.py" line="71" />
        <source>{amount} as store credit on your slip, ready to spend today.</source>
        <translation>{amount} en avoir sur votre bon de retour, utilisable dès aujourd'hui.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation type="vanished">Majuscules</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="vanished">Espace</translation>
    </message>
    <message>
        <source>Delete last character</source>
        <translation type="vanished">Effacer le dernier caractère</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="vanished">Effacer</translation>
    </message>
    <message>
        <source>Clear field</source>
        <translation type="vanished">Vider le champ</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="17" />
        <source>Intake returns</source>
        <translation>Retours Intake</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="20" />
        <source>Returns are not available at this kiosk right now</source>
        <translation>Les retours ne sont pas disponibles sur cette borne pour le moment</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="23" />
        <source>Please take your return to the counter; a member of staff will help you.</source>
        <translation>Veuillez apporter votre retour au comptoir ; un membre du personnel vous aidera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/out_of_service.py" line="25" />
        <source>For staff: {detail}</source>
        <translation>Pour le personnel : {detail}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../kiosk/ui/print_preview.py" line="61" />
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_preview.py" line="74" />
        <location filename="../../kiosk/ui/print_preview.py" line="75" />
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="65" />
        <source>Digit {digit}</source>
        <translation>Chiffre {digit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="66" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="67" />
        <source>Clear the PIN</source>
        <translation>Effacer le code PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="68" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="69" />
        <source>Confirm the PIN</source>
        <translation>Valider le code PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="110" />
        <source>Enter PIN</source>
        <translation>Saisir le PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="111" />
        <source>PIN, {n} digits entered</source>
        <translation>Code PIN, {n} chiffres saisis</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>This item can be returned.</source>
        <extracomment>Policy message 'eligible'.</extracomment>
        <translation>Cet article peut être retourné.</translation>
    </message>
    <message>
        <source>{category_label} can be returned until {closes_on}.</source>
        <extracomment>Policy message 'returnable_until'. Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label} : retour possible jusqu'au {closes_on}.</translation>
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of delivery; yours was delivered {delivered_days_ago} days ago.</source>
        <extracomment>Policy message 'window_closed'. Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label} : retour possible sous {days} jours après la livraison ; cet article a été livré il y a {delivered_days_ago} jours.</translation>
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of purchase; yours was bought {purchased_days_ago} days ago.</source>
        <extracomment>Policy message 'window_closed_since_purchase'. Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label} : retour possible sous {days} jours après l'achat ; cet article a été acheté il y a {purchased_days_ago} jours.</translation>
    </message>
    <message>
        <source>{extension}: this item could be returned until {closes_on}.</source>
        <extracomment>Policy message 'extended_window_closed'. Keep every {placeholder} exactly.</extracomment>
        <translation>{extension} : cet article pouvait être retourné jusqu'au {closes_on}.</translation>
    </message>
    <message>
        <source>The return window closed on {closes_on}. A manager can still accept this return.</source>
        <extracomment>Policy message 'window_grace'. Keep every {placeholder} exactly.</extracomment>
        <translation>Le délai de retour a pris fin le {closes_on}. Un responsable peut encore accepter ce retour.</translation>
    </message>
    <message>
        <source>This kiosk's clock may be wrong, so a member of staff will check the return window for this item (open until {closes_on}).</source>
        <extracomment>Policy message 'clock_unsure'. Keep every {placeholder} exactly.</extracomment>
        <translation>L'horloge de cette borne est peut-être déréglée : un membre du personnel vérifiera le délai de retour de cet article (ouvert jusqu'au {closes_on}).</translation>
    </message>
    <message>
        <source>This order was paid in {order_currency}, but returns here are priced in {policy_currency}. Please ask a member of staff.</source>
        <extracomment>Policy message 'currency_mismatch'. Keep every {placeholder} exactly.</extracomment>
        <translation>Cette commande a été payée en {order_currency}, mais ici les retours sont calculés en {policy_currency}. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <source>{title} was sold as final sale and cannot be returned.</source>
        <extracomment>Policy message 'final_sale'. Keep every {placeholder} exactly.</extracomment>
        <translation>{title} : vente définitive, aucun retour possible.</translation>
    </message>
    <message>
        <source>{category_label} cannot be returned.</source>
        <extracomment>Policy message 'non_returnable_category'. Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label} : aucun retour possible.</translation>
    </message>
    <message>
        <source>This item cannot be returned ({tag}).</source>
        <extracomment>Policy message 'non_returnable_tag'. Keep every {placeholder} exactly.</extracomment>
        <translation>Cet article ne peut pas être retourné ({tag}).</translation>
    </message>
    <message>
        <source>This item is not part of the order.</source>
        <extracomment>Policy message 'unknown_line'.</extracomment>
        <translation>Cet article ne fait pas partie de la commande.</translation>
    </message>
    <message>
        <source>Please choose a reason from the list.</source>
        <extracomment>Policy message 'unknown_reason'.</extracomment>
        <translation>Veuillez choisir un motif dans la liste.</translation>
    </message>
    <message>
        <source>Please tell us a little more about the problem.</source>
        <extracomment>Policy message 'note_required'.</extracomment>
        <translation>Veuillez nous en dire un peu plus sur le problème.</translation>
    </message>
    <message>
        <source>Please tell us the condition of the item.</source>
        <extracomment>Policy message 'condition_required'.</extracomment>
        <translation>Veuillez indiquer l'état de l'article.</translation>
    </message>
    <message>
        <source>Items in this condition cannot be returned for this reason.</source>
        <extracomment>Policy message 'condition_not_allowed'.</extracomment>
        <translation>Les articles dans cet état ne peuvent pas être retournés pour ce motif.</translation>
    </message>
    <message>
        <source>Please choose one of the listed details.</source>
        <extracomment>Policy message 'sub_reason_unknown'.</extracomment>
        <translation>Veuillez choisir l'une des précisions proposées.</translation>
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <extracomment>Policy message 'quantity_not_positive'.</extracomment>
        <translation>Choisissez au moins un article à retourner.</translation>
    </message>
    <message>
        <source>You can return at most {available} of the {purchased} bought.</source>
        <extracomment>Policy message 'quantity_exceeds'. Keep every {placeholder} exactly.</extracomment>
        <translation>Vous pouvez retourner au maximum {available} des {purchased} exemplaires achetés.</translation>
    </message>
    <message>
        <source>All {purchased} of this item have already been returned.</source>
        <extracomment>Policy message 'already_returned'. Keep every {placeholder} exactly.</extracomment>
        <translation>Les {purchased} exemplaires de cet article ont déjà été retournés.</translation>
    </message>
    <message>
        <source>Returns without a receipt need a manager.</source>
        <extracomment>Policy message 'no_receipt'.</extracomment>
        <translation>Les retours sans ticket de caisse nécessitent l'accord d'un responsable.</translation>
    </message>
    <message>
        <source>This account has had {returns} returns in the last {period_days} days; a manager needs to approve.</source>
        <extracomment>Policy message 'frequent_returns'. Keep every {placeholder} exactly.</extracomment>
        <translation>Ce compte a effectué {returns} retours au cours des {period_days} derniers jours ; l'accord d'un responsable est nécessaire.</translation>
    </message>
    <message>
        <source>Refunds above {limit} in {period_days} days need a manager.</source>
        <extracomment>Policy message 'frequent_refunds'. Keep every {placeholder} exactly.</extracomment>
        <translation>Les remboursements de plus de {limit} sur {period_days} jours nécessitent l'accord d'un responsable.</translation>
    </message>
    <message>
        <source>Refunds above {limit} need a manager's approval (this one is {amount}).</source>
        <extracomment>Policy message 'refund_above_limit'. Keep every {placeholder} exactly.</extracomment>
        <translation>Les remboursements de plus de {limit} nécessitent l'accord d'un responsable (celui-ci s'élève à {amount}).</translation>
    </message>
    <message>
        <source>Approved by a manager.</source>
        <extracomment>Policy message 'approved'.</extracomment>
        <translation>Validé par un responsable.</translation>
    </message>
    <message>
        <source>None of the chosen items can be returned.</source>
        <extracomment>Policy message 'nothing_eligible'.</extracomment>
        <translation>Aucun des articles choisis ne peut être retourné.</translation>
    </message>
    <message>
        <source>No other size or colour is in stock for an exchange.</source>
        <extracomment>Policy message 'no_exchange_variant'.</extracomment>
        <translation>Aucune autre taille ni couleur n'est en stock pour un échange.</translation>
    </message>
    <message>
        <source>Keeping the item is not offered for this reason.</source>
        <extracomment>Policy message 'keep_item_reason'.</extracomment>
        <translation>Conserver l'article n'est pas proposé pour ce motif.</translation>
    </message>
    <message>
        <source>Keeping the item is only offered for small amounts.</source>
        <extracomment>Policy message 'keep_item_over_limit'.</extracomment>
        <translation>Conserver l'article n'est proposé que pour de petits montants.</translation>
    </message>
    <message>
        <source>Too small</source>
        <extracomment>Return reason (too_small), on a button.</extracomment>
        <translation>Trop petit</translation>
    </message>
    <message>
        <source>Too large</source>
        <extracomment>Return reason (too_large), on a button.</extracomment>
        <translation>Trop grand</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <extracomment>Return reason (changed_mind), on a button.</extracomment>
        <translation>J'ai changé d'avis</translation>
    </message>
    <message>
        <source>Defective or broken</source>
        <extracomment>Return reason (defective), on a button.</extracomment>
        <translation>Défectueux ou cassé</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <extracomment>Return reason (wrong_item), on a button.</extracomment>
        <translation>Mauvais article reçu</translation>
    </message>
    <message>
        <source>Not as described</source>
        <extracomment>Return reason (not_as_described), on a button.</extracomment>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Arrived too late</source>
        <extracomment>Return reason (arrived_late), on a button.</extracomment>
        <translation>Arrivé trop tard</translation>
    </message>
    <message>
        <source>Unopened, with tags</source>
        <extracomment>Item condition (unopened), on a button.</extracomment>
        <translation>Non ouvert, avec étiquettes</translation>
    </message>
    <message>
        <source>Opened or worn</source>
        <extracomment>Item condition (opened), on a button.</extracomment>
        <translation>Ouvert ou porté</translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>Item condition (damaged), on a button.</extracomment>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Clothing</source>
        <extracomment>Product category (apparel), starts a sentence.</extracomment>
        <translation>Vêtements</translation>
    </message>
    <message>
        <source>Shoes</source>
        <extracomment>Product category (shoes), starts a sentence.</extracomment>
        <translation>Chaussures</translation>
    </message>
    <message>
        <source>Swimwear</source>
        <extracomment>Product category (swimwear), starts a sentence.</extracomment>
        <translation>Maillots de bain</translation>
    </message>
    <message>
        <source>Electronics</source>
        <extracomment>Product category (electronics), starts a sentence.</extracomment>
        <translation>Électronique</translation>
    </message>
    <message>
        <source>Gift cards</source>
        <extracomment>Product category (gift_cards) without a label, starts a sentence.</extracomment>
        <translation>Cartes cadeaux</translation>
    </message>
    <message>
        <source>Personalised</source>
        <extracomment>Product category (personalised) without a label, starts a sentence.</extracomment>
        <translation>Articles personnalisés</translation>
    </message>
    <message>
        <source>Clearance items</source>
        <extracomment>Product group (clearance), starts a sentence.</extracomment>
        <translation>Articles en liquidation</translation>
    </message>
    <message>
        <source>Holiday returns</source>
        <extracomment>Extended return window (holiday-2025, holiday-2026), starts a sentence.</extracomment>
        <translation>Retours des fêtes</translation>
    </message>
</context>
<context>
    <name>PrintQueueTab</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="156" />
        <source>Waiting prints go out by themselves as soon as their printer is ready again.</source>
        <extracomment>a retry finished (the job printed, or not)</extracomment>
        <translation>Les impressions en attente partent d'elles-mêmes dès que leur imprimante est de nouveau prête.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Queued</source>
        <translation>Mis en file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="159" />
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="160" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="162" />
        <source>Retry now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="165" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="183" />
        <source>Nothing is waiting to print.</source>
        <translation>Aucune impression en attente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff_counter.py" line="184" />
        <source>%n print(s) waiting</source>
        <translation>
            <numerusform>%n impression en attente</numerusform>
            <numerusform>%n impressions en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="191" />
        <source>Return slip</source>
        <translation>Bon de retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="191" />
        <source>Store copy</source>
        <translation>Copie magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="191" />
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="192" />
        <source>Refusal slip</source>
        <translation>Bon de refus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="192" />
        <source>Test page</source>
        <translation>Page de test</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="192" />
        <source>Bag label</source>
        <translation>Étiquette du sac</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="210" />
        <source>Printed.</source>
        <translation>Imprimé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="211" />
        <source>Still not printed: %1</source>
        <translation>Toujours pas imprimé : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="216" />
        <source>The queue cannot be read: %1</source>
        <translation>Impossible de lire la file d'impression : %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Accents: {sample}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Accents : {sample}</translation>
    </message>
    <message>
        <source>All {purchased} of this item have already been returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Les {purchased} exemplaires de cet article ont déjà été retournés.</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Approved by a manager.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Validé par un responsable.</translation>
    </message>
    <message>
        <source>Attach this label to the parcel. {date}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Collez cette étiquette sur le colis. {date}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>Audit log: empty</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Journal d'audit : vide</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Card ending {digits}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Carte se terminant par {digits}</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>Printed on slips and labels (a code printed as words, printing/settlement.py).</extracomment>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cash paid out</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Espèces versées</translation>
    </message>
    <message>
        <source>Cash to collect at the counter</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Espèces à retirer au comptoir</translation>
    </message>
    <message>
        <source>Cash, as a store credit voucher</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Espèces, en bon d'avoir</translation>
    </message>
    <message>
        <source>Cash: collect it at the counter</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Espèces : à retirer au comptoir</translation>
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Choisissez au moins un article à retourner.</translation>
    </message>
    <message>
        <source>Color</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Condition: {condition}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>État : {condition}</translation>
    </message>
    <message>
        <source>Credit</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Discount: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Remise : {amount}</translation>
    </message>
    <message>
        <source>Eligible</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Retournable</translation>
    </message>
    <message>
        <source>End of day</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <source>Entries</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Exchange</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Exchange: nothing to pay</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Échange : rien à payer</translation>
    </message>
    <message>
        <source>Exchanged for: {item}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Échangé contre : {item}</translation>
    </message>
    <message>
        <source>Gift card</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Carte cadeau</translation>
    </message>
    <message>
        <source>Gift card ending {digits}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Carte cadeau se terminant par {digits}</translation>
    </message>
    <message>
        <source>Goes to: {disposition}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Destination : {disposition}</translation>
    </message>
    <message>
        <source>If it is approved, it goes to:</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Si le retour est approuvé, l'argent ira :</translation>
    </message>
    <message>
        <source>If you can read this, the printer works.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Si vous lisez ceci, l'imprimante fonctionne.</translation>
    </message>
    <message>
        <source>Includes a bonus of</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Dont un bonus de</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Non retournable</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Article</translation>
    </message>
    <message>
        <source>Items in this condition cannot be returned for this reason.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Les articles dans cet état ne peuvent pas être retournés pour ce motif.</translation>
    </message>
    <message>
        <source>Items of this kind cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Les articles de ce type ne peuvent pas être retournés.</translation>
    </message>
    <message>
        <source>Items we could not accept</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Articles que nous ne pouvons pas reprendre</translation>
    </message>
    <message>
        <source>Keep this report with the day's takings.</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Conservez ce rapport avec la recette du jour.</translation>
    </message>
    <message>
        <source>Keep this slip as proof of your return.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Conservez ce bon comme preuve de votre retour.</translation>
    </message>
    <message>
        <source>Keep this slip: your return code identifies this request.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Conservez ce bon : votre code de retour identifie cette demande.</translation>
    </message>
    <message>
        <source>Keep with the returned items.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>À conserver avec les articles retournés.</translation>
    </message>
    <message>
        <source>Keeping the item is not offered for this reason.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Conserver l'article n'est pas proposé pour ce motif.</translation>
    </message>
    <message>
        <source>Keeping the item is only offered for small amounts.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Conserver l'article n'est proposé que pour de petits montants.</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Manager</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Manager approvals</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Approbations du responsable</translation>
    </message>
    <message>
        <source>More of this item were chosen than can be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Vous avez choisi plus d'exemplaires de cet article qu'il n'est possible d'en retourner.</translation>
    </message>
    <message>
        <source>NOT APPROVED YET: nothing has been refunded or credited. The store must approve this return first.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>PAS ENCORE APPROUVÉ : rien n'a été remboursé ni crédité. Le magasin doit d'abord approuver ce retour.</translation>
    </message>
    <message>
        <source>Needed a manager's approval</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Nécessitait l'accord d'un responsable</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Accord requis</translation>
    </message>
    <message>
        <source>No other size or colour is in stock for an exchange.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Aucune autre taille ni couleur n'est en stock pour un échange.</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>None of the chosen items can be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Aucun des articles choisis ne peut être retourné.</translation>
    </message>
    <message>
        <source>None: an even exchange</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Aucune : échange à prix égal</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Pas encore approuvé</translation>
    </message>
    <message>
        <source>Not yet sent to head office</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Pas encore envoyés au siège</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Remarque : {note}</translation>
    </message>
    <message>
        <source>OVERRIDE: {reason}, approved by {manager}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>DÉROGATION : {reason}, validée par {manager}</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py, printing/documents.py).</extracomment>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Overrode</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Dérogation à</translation>
    </message>
    <message>
        <source>Packed</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>Emballé le</translation>
    </message>
    <message>
        <source>Please choose a reason from the list.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Veuillez choisir un motif dans la liste.</translation>
    </message>
    <message>
        <source>Please choose one of the listed details.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Veuillez choisir l'une des précisions proposées.</translation>
    </message>
    <message>
        <source>Please tell us a little more about the problem.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Veuillez nous en dire un peu plus sur le problème.</translation>
    </message>
    <message>
        <source>Please tell us the condition of the item.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Veuillez indiquer l'état de l'article.</translation>
    </message>
    <message>
        <source>Policy</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Price difference</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Différence de prix</translation>
    </message>
    <message>
        <source>Price paid: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Prix payé : {amount}</translation>
    </message>
    <message>
        <source>Printed</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Printer</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Printer test</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Test d'imprimante</translation>
    </message>
    <message>
        <source>Qty</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Questions? Please ask a member of staff.</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Des questions ? Adressez-vous à un membre du personnel.</translation>
    </message>
    <message>
        <source>RETURN</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>RETOUR</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason: {reasons}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Motif : {reasons}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Refund</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Remboursement demandé</translation>
    </message>
    <message>
        <source>Refund to original payment</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Remboursement sur le moyen de paiement d'origine</translation>
    </message>
    <message>
        <source>Refund total</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Total remboursé</translation>
    </message>
    <message>
        <source>Refund, keep the items</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Remboursement, articles conservés</translation>
    </message>
    <message>
        <source>Refund: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Remboursement : {amount}</translation>
    </message>
    <message>
        <source>Refund: {amount}. You keep the items.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Remboursement : {amount}. Vous gardez les articles.</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Refunds above {limit} in {period_days} days need a manager.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Les remboursements de plus de {limit} sur {period_days} jours nécessitent l'accord d'un responsable.</translation>
    </message>
    <message>
        <source>Refunds above {limit} need a manager's approval (this one is {amount}).</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Les remboursements de plus de {limit} nécessitent l'accord d'un responsable (celui-ci s'élève à {amount}).</translation>
    </message>
    <message>
        <source>Refused by the policy</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Refusé par la politique de retour</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Resolution</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Restock</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Remise en stock</translation>
    </message>
    <message>
        <source>Restocking fee: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Frais de remise en stock : {amount}</translation>
    </message>
    <message>
        <source>Return bag</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>Sac de retour</translation>
    </message>
    <message>
        <source>Return code</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py, printing/documents.py).</extracomment>
        <translation>Code de retour</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Reçu de retour</translation>
    </message>
    <message>
        <source>Return request</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Demande de retour</translation>
    </message>
    <message>
        <source>Returns</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Returns centre</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Centre de retours</translation>
    </message>
    <message>
        <source>Returns without a receipt need a manager.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Les retours sans ticket de caisse nécessitent l'accord d'un responsable.</translation>
    </message>
    <message>
        <source>SKU {sku}, verdict: {verdict}</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Réf. {sku}, décision : {verdict}</translation>
    </message>
    <message>
        <source>Seal the bag with this label on it.</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>Fermez le sac avec cette étiquette.</translation>
    </message>
    <message>
        <source>Self-service</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Libre-service</translation>
    </message>
    <message>
        <source>Ship from</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Ship to</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Shipping: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Frais de livraison : {amount}</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Some returns are not final: see the counts above.</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Certains retours ne sont pas définitifs : voir les chiffres ci-dessus.</translation>
    </message>
    <message>
        <source>Spend it in our stores: show this slip at the till. The code is the voucher, keep it safe.</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>À utiliser dans nos magasins : présentez ce bon en caisse. Le code vaut bon d'avoir, conservez-le précieusement.</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Printed on slips and labels (printing/day_report.py, printing/documents.py).</extracomment>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Store</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py, printing/documents.py).</extracomment>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Store copy</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Copie magasin</translation>
    </message>
    <message>
        <source>Store credit</source>
        <extracomment>Printed on slips and labels (a code printed as words, printing/day_report.py, printing/documents.py, printing/settlement.py).</extracomment>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Store credit requested</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Avoir demandé</translation>
    </message>
    <message>
        <source>Store credit total</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Total de l'avoir</translation>
    </message>
    <message>
        <source>Store credit voucher</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Bon d'avoir</translation>
    </message>
    <message>
        <source>Store credit: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Avoir : {amount}</translation>
    </message>
    <message>
        <source>Tax: {amount}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Taxes : {amount}</translation>
    </message>
    <message>
        <source>The refund goes back to the way you paid.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Le remboursement est effectué sur votre moyen de paiement.</translation>
    </message>
    <message>
        <source>The return window closed on {closes_on}. A manager can still accept this return.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Le délai de retour a pris fin le {closes_on}. Un responsable peut encore accepter ce retour.</translation>
    </message>
    <message>
        <source>The return window for this item has closed.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Le délai de retour de cet article est dépassé.</translation>
    </message>
    <message>
        <source>This account has had {returns} returns in the last {period_days} days; a manager needs to approve.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Ce compte a effectué {returns} retours au cours des {period_days} derniers jours ; l'accord d'un responsable est nécessaire.</translation>
    </message>
    <message>
        <source>This item can be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Cet article peut être retourné.</translation>
    </message>
    <message>
        <source>This item cannot be returned ({tag}).</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Cet article ne peut pas être retourné ({tag}).</translation>
    </message>
    <message>
        <source>This item cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Cet article ne peut pas être retourné.</translation>
    </message>
    <message>
        <source>This item has already been returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Cet article a déjà été retourné.</translation>
    </message>
    <message>
        <source>This item is not part of the order.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Cet article ne fait pas partie de la commande.</translation>
    </message>
    <message>
        <source>This item was sold as final sale and cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py).</extracomment>
        <translation>Vente définitive : cet article ne peut pas être retourné.</translation>
    </message>
    <message>
        <source>This kiosk does not pay cash. Show this slip at the counter and staff pay you the amount.</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Cette borne ne verse pas d'espèces. Présentez ce bon au comptoir : le personnel vous remettra le montant.</translation>
    </message>
    <message>
        <source>This kiosk's clock may be wrong, so a member of staff will check the return window for this item (open until {closes_on}).</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>L'horloge de cette borne est peut-être déréglée : un membre du personnel vérifiera le délai de retour de cet article (ouvert jusqu'au {closes_on}).</translation>
    </message>
    <message>
        <source>This order was paid in {order_currency}, but returns here are priced in {policy_currency}. Please ask a member of staff.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Cette commande a été payée en {order_currency}, mais ici les retours sont calculés en {policy_currency}. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Printed on slips and labels (printing/documents.py).</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>To exchange for: {item}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>À échanger contre : {item}</translation>
    </message>
    <message>
        <source>Units</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Units by disposition</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Unités par destination</translation>
    </message>
    <message>
        <source>Valid until</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <source>Value by tender</source>
        <extracomment>Printed on slips and labels (printing/day_report.py).</extracomment>
        <translation>Montant par moyen de paiement</translation>
    </message>
    <message>
        <source>Vendor</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Voucher</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Code du bon</translation>
    </message>
    <message>
        <source>Vouchers issued</source>
        <extracomment>Printed on slips and labels (printing/day_report.py, printing/vouchers.py).</extracomment>
        <translation>Bons émis</translation>
    </message>
    <message>
        <source>Waist</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Tour de taille</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <extracomment>Printed on slips and labels (printing/day_report.py, printing/documents.py).</extracomment>
        <translation>En attente d'approbation</translation>
    </message>
    <message>
        <source>What happens next: the store reviews this return. Once it is approved, it is settled as shown above. Please ask a member of staff if you have questions.</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Et ensuite ? Le magasin examine ce retour. Une fois approuvé, il sera réglé comme indiqué ci-dessus. Adressez-vous à un membre du personnel si vous avez des questions.</translation>
    </message>
    <message>
        <source>Where your money goes:</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Où va votre argent :</translation>
    </message>
    <message>
        <source>Width</source>
        <extracomment>Printed on slips and labels (a code printed as words).</extracomment>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>You can return at most {available} of the {purchased} bought.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>Vous pouvez retourner au maximum {available} des {purchased} exemplaires achetés.</translation>
    </message>
    <message>
        <source>Your card</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Votre carte</translation>
    </message>
    <message>
        <source>Your gift card</source>
        <extracomment>Printed on slips and labels (printing/settlement.py).</extracomment>
        <translation>Votre carte cadeau</translation>
    </message>
    <message>
        <source>Your voucher is issued once the store approves this return.</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>Votre bon sera émis dès que le magasin aura approuvé ce retour.</translation>
    </message>
    <message>
        <source>and {count} more items</source>
        <extracomment>Printed on slips and labels (printing/documents.py). Keep every {placeholder} exactly.</extracomment>
        <translation>et {count} autres articles</translation>
    </message>
    <message>
        <source>another size or colour (ref. {sku})</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>une autre taille ou couleur (réf. {sku})</translation>
    </message>
    <message>
        <source>barcode scanned</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>code-barres scanné</translation>
    </message>
    <message>
        <source>checked by staff</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>vérifié par le personnel</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <extracomment>Printed on slips and labels (printing/vouchers.py).</extracomment>
        <translation>sans date d'expiration</translation>
    </message>
    <message>
        <source>not checked</source>
        <extracomment>Printed on slips and labels (printing/bag_label.py).</extracomment>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>{category_label} can be returned until {closes_on}.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label} : retour possible jusqu'au {closes_on}.</translation>
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of delivery; yours was delivered {delivered_days_ago} days ago.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label} : retour possible sous {days} jours après la livraison ; cet article a été livré il y a {delivered_days_ago} jours.</translation>
    </message>
    <message>
        <source>{category_label} can be returned within {days} days of purchase; yours was bought {purchased_days_ago} days ago.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label} : retour possible sous {days} jours après l'achat ; cet article a été acheté il y a {purchased_days_ago} jours.</translation>
    </message>
    <message>
        <source>{category_label} cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{category_label} : aucun retour possible.</translation>
    </message>
    <message>
        <source>{extension}: this item could be returned until {closes_on}.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{extension} : cet article pouvait être retourné jusqu'au {closes_on}.</translation>
    </message>
    <message>
        <source>{quantity} x {title}</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{quantity} x {title}</translation>
    </message>
    <message>
        <source>{title} was sold as final sale and cannot be returned.</source>
        <extracomment>Printed on slips and labels (printing/composer.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{title} : vente définitive, aucun retour possible.</translation>
    </message>
    <message>
        <source>{where}: {when}</source>
        <extracomment>Printed on slips and labels (printing/settlement.py). Keep every {placeholder} exactly.</extracomment>
        <translation>{where} : {when}</translation>
    </message>
</context>
<context>
    <name>ReasonsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="70" />
        <source>Why are you returning them?</source>
        <translation>Pourquoi les retournez-vous ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="71" />
        <source>Your answer helps us decide what we can offer.</source>
        <translation>Votre réponse nous aide à déterminer ce que nous pouvons vous proposer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="101" />
        <source>Reason for {title}: </source>
        <translation>Motif pour {title} : </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="107" />
        <source>What condition is it in?</source>
        <translation>Dans quel état est l'article ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="102" />
        <source>Condition of {title}: </source>
        <translation>État de {title} : </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="26" />
        <source>Length</source>
        <extracomment>sub-reason codes the demo policy and common policies use; others are shown humanised</extracomment>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="27" />
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="28" />
        <source>Overall fit</source>
        <translation>Coupe générale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="29" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="30" />
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="31" />
        <source>Comfort</source>
        <translation>Confort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="103" />
        <source>Detail for {title}: </source>
        <translation>Précision pour {title} : </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="105" />
        <source>Note about {title}</source>
        <translation>Remarque sur {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="106" />
        <source>Tell us a little more</source>
        <translation>Dites-nous-en un peu plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="108" />
        <source>Which part? (optional)</source>
        <translation>Quelle partie ? (facultatif)</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="56" />
        <location filename="../../kiosk/ui/reprint_dialog.py" line="57" />
        <source>Reprint a slip</source>
        <translation>Réimprimer un bon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="58" />
        <source>Type the return code printed on the slip or in the shopper's e-mail.</source>
        <translation>Saisissez le code de retour imprimé sur le bon ou indiqué dans l'e-mail du client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="59" />
        <source>Return code</source>
        <translation>Code de retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="61" />
        <location filename="../../kiosk/ui/reprint_dialog.py" line="62" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="63" />
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reprint_dialog.py" line="64" />
        <source>Reprint the slip</source>
        <translation>Réimprimer le bon</translation>
    </message>
</context>
<context>
    <name>ResolutionPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="35" />
        <source>How would you like your money back?</source>
        <translation>Comment souhaitez-vous être remboursé ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="36" />
        <source>Store credit comes with a bonus. You can also swap for another size or colour.</source>
        <translation>L'avoir est assorti d'un bonus. Vous pouvez aussi échanger contre une autre taille ou couleur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="40" />
        <source>Store credit: {amount} (includes a {bonus} bonus)</source>
        <translation>Avoir : {amount} (dont {bonus} de bonus)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="41" />
        <source>Exchange for another size or colour</source>
        <translation>Échange contre une autre taille ou couleur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="42" />
        <source>Refund to your original payment: {amount}</source>
        <translation>Remboursement sur votre moyen de paiement d'origine : {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="43" />
        <source>Keep the item and get a refund: {amount}</source>
        <translation>Conserver l'article et être remboursé : {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="90" />
        <source>Swap {title} ({variant}) for:</source>
        <translation>Échanger {title} ({variant}) contre :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="95" />
        <source>Swap {title} for </source>
        <translation>Échanger {title} contre </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="99" />
        <source>Nothing else is in stock for this item.</source>
        <translation>Aucune autre option n'est en stock pour cet article.</translation>
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="94" />
        <source>The newest returns and what head office made of them. Bold ones need you.</source>
        <translation>Les derniers retours et la décision du siège. Ceux en gras nécessitent votre intervention.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Return code</source>
        <translation>Code de retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Taken</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="98" />
        <source>Resolution</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="99" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="99" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="100" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="123" />
        <source>Submitted: not sent to head office yet</source>
        <translation>Enregistré : pas encore envoyé au siège</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="124" />
        <source>Waiting for a manager's approval</source>
        <translation>En attente de l'accord d'un responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="125" />
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="126" />
        <source>In review at head office</source>
        <translation>En cours d'examen au siège</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="127" />
        <source>Refused by head office</source>
        <translation>Refusé par le siège</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="128" />
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="129" />
        <source>Refund failed: staff must act</source>
        <translation>Échec du remboursement : intervention du personnel requise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="134" />
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="134" />
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="135" />
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="135" />
        <source>Refund, item kept</source>
        <translation>Remboursement, article conservé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="139" />
        <source>The list cannot be read: %1</source>
        <translation>Impossible de lire la liste : %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="47" />
        <source>Check and confirm</source>
        <extracomment>line id -&gt; the disposition staff chose on this visit (the policy's is the default)</extracomment>
        <translation>Vérifiez et confirmez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="48" />
        <source>Tap Confirm return to finish. You will get a slip with your return code.</source>
        <translation>Touchez Confirmer le retour pour terminer. Vous recevrez un bon avec votre code de retour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="57" />
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="58" />
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="59" />
        <source>Refund to original payment</source>
        <translation>Remboursement sur le moyen de paiement d'origine</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="60" />
        <source>Keep the item, refund</source>
        <translation>Article conservé et remboursé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="65" />
        <source>Back to stock</source>
        <translation>Remise en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="66" />
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="67" />
        <source>Back to the vendor</source>
        <translation>Retour au fournisseur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="68" />
        <source>Returns centre (prints a label)</source>
        <translation>Centre de retours (imprime une étiquette)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="102" />
        <source>✓ Can be returned</source>
        <translation>✓ Peut être retourné</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="113" />
        <source>This item</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="122" />
        <source>Where this item goes</source>
        <translation>Destination de cet article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="134" />
        <source>Swap for: {variant}</source>
        <translation>Échange contre : {variant}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="134" />
        <source>another size or colour</source>
        <translation>une autre taille ou couleur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="142" />
        <source>Store credit bonus</source>
        <translation>Bonus sur l'avoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="145" />
        <source>{how}: total</source>
        <translation>{how} : total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="156" />
        <source>&lt;b&gt;Where the money goes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Où va l'argent&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="170" />
        <source>Not in this return:</source>
        <translation>Hors de ce retour :</translation>
    </message>
    <message>
        <source>Exchange for {sku}</source>
        <translation type="vanished">Échange contre {sku}</translation>
    </message>
    <message>
        <source>{how}: {amount}</source>
        <translation type="vanished">{how} : {amount}</translation>
    </message>
</context>
<context>
    <name>StaffBand</name>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="133" />
        <source>Staff mode: {name}</source>
        <extracomment>the returns, print queue and end-of-day screen</extracomment>
        <translation>Mode personnel : {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="134" />
        <source>Sync status</source>
        <translation>État de la synchro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="135" />
        <source>Unlock look-ups</source>
        <translation>Rouvrir les recherches</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="136" />
        <source>Reprint a slip</source>
        <translation>Réimprimer un bon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="137" />
        <source>Returns and reports</source>
        <translation>Retours et rapports</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="138" />
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>StaffCounterScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="285" />
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="286" />
        <source>Print queue</source>
        <translation>File d'impression</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="287" />
        <source>End of day</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_counter.py" line="290" />
        <source>Returns and reports</source>
        <translation>Retours et rapports</translation>
    </message>
</context>
<context>
    <name>StaffModeController</name>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="237" />
        <source>Sync status</source>
        <extracomment>the returns list, print queue, end-of-day report and cash drawer (None: not offered)</extracomment>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="247" />
        <source>Returns and reports</source>
        <translation>Retours et rapports</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="255" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="59" />
        <source>Staff sign-in</source>
        <translation>Connexion du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="60" />
        <source>Staff sign-in: tap your name, then enter your PIN</source>
        <translation>Connexion du personnel : touchez votre nom, puis saisissez votre code PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="61" />
        <location filename="../../kiosk/ui/staff_sign_in.py" line="62" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="67" />
        <source>Tap your name first, then enter your PIN.</source>
        <translation>Touchez d’abord votre nom, puis saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after {time}.</source>
        <translation type="vanished">Trop de codes PIN erronés. Réessayez après {time}.</translation>
    </message>
    <message>
        <source>That PIN is not right. {n} tries left.</source>
        <translation type="vanished">Ce code PIN est incorrect. Il vous reste {n} essais.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="vanished">Une erreur s’est produite. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="69" />
        <source>Step {n} of {m}: {name}</source>
        <translation>Étape {n} sur {m} : {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="71" />
        <source>Next: {name}</source>
        <translation>Ensuite : {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="76" />
        <source>Your order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="77" />
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="78" />
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="79" />
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="80" />
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/stepper.py" line="81" />
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="72" />
        <source>Sync: starting</source>
        <translation>Synchro : démarrage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="74" />
        <source>Sync: not set up</source>
        <translation>Synchro : non configurée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="75" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="75" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="77" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="77" />
        <source>all sent</source>
        <translation>tout est envoyé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="79" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="86" />
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="89" />
        <source>synced just now</source>
        <translation>synchronisé à l'instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="91" />
        <source>synced %n min ago</source>
        <translation>
            <numerusform>synchronisé il y a %n min</numerusform>
            <numerusform>synchronisé il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="92" />
        <source>last sync %1</source>
        <translation>dernière synchro : %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="57" />
        <source>Returns waiting for the server</source>
        <translation>Retours en attente d'envoi au serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="70" />
        <source>Return code</source>
        <translation>Code de retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="70" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="70" />
        <source>Taken</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="71" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="71" />
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="71" />
        <source>Server's reason</source>
        <translation>Motif du serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="81" />
        <source>Retry now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="84" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="101" />
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="101" />
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="102" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="103" />
        <source>Server %1 · last sync %2 · %3 waiting · %4 refused</source>
        <translation>Serveur %1 · dernière synchro : %2 · %3 en attente · %4 refusés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="118" />
        <source>Clock: not compared with the server yet</source>
        <translation>Horloge : pas encore comparée au serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="120" />
        <source>Clock: in step with the server</source>
        <translation>Horloge : à l'heure du serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="121" />
        <source>Clock: %1 behind the server</source>
        <translation>Horloge : %1 de retard sur le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="122" />
        <source>Clock: %1 ahead of the server</source>
        <translation>Horloge : %1 d'avance sur le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="124" />
        <source>return windows wait for staff approval until the kiosk's time is fixed</source>
        <translation>les délais de retour attendent l'accord du personnel jusqu'à ce que l'heure de la borne soit corrigée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="129" />
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="129" />
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="129" />
        <source>managers</source>
        <translation>responsables</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="133" />
        <source>%1 never</source>
        <translation>%1 jamais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="133" />
        <source>%1 %2 ago</source>
        <translation>%1 il y a %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="135" />
        <source>Synced: %1</source>
        <translation>Synchronisé : %1</translation>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="150" />
        <source>This kiosk is not connected to the central server yet. Returns are kept safely here and sent once it is; ask your administrator to connect it.</source>
        <translation>Cette borne n'est pas encore reliée au serveur central. Les retours sont conservés ici en sécurité et envoyés dès qu'elle le sera ; demandez à votre administrateur de la connecter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_screen.py" line="153" />
        <source>The server refused %n returns: tap one to read its reason. Fix what it says with head office, then tap Retry now.</source>
        <translation>
            <numerusform>Le serveur a refusé %n retour : touchez-le pour lire le motif. Réglez le problème avec le siège, puis touchez Réessayer.</numerusform>
            <numerusform>Le serveur a refusé %n retours : touchez-en un pour lire le motif. Réglez le problème avec le siège, puis touchez Réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="156" />
        <source>The server cannot be reached. Returns are kept safely on this kiosk and sent automatically when it is back: nothing to do.</source>
        <translation>Le serveur est injoignable. Les retours sont conservés en sécurité sur cette borne et envoyés automatiquement à son retour : rien à faire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="159" />
        <source>Returns are sent automatically. Tap one and Retry now to send it at once.</source>
        <translation>Les retours sont envoyés automatiquement. Touchez-en un puis Réessayer pour l'envoyer tout de suite.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="160" />
        <source>Everything has been sent.</source>
        <translation>Tout a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="196" />
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="198" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="201" />
        <source>next try %1</source>
        <translation>prochain essai : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="207" />
        <source>The list cannot be read: %1</source>
        <translation>Impossible de lire la liste : %1</translation>
    </message>
</context>
<context>
    <name>VariantWords</name>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="24" />
        <source>Size</source>
        <extracomment>attribute names translated for the shopper; others are shown as the catalogue names them</extracomment>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="25" />
        <location filename="../../kiosk/ui/variant_words.py" line="26" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="27" />
        <source>Waist</source>
        <translation>Tour de taille</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="28" />
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="29" />
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/variant_words.py" line="30" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Return an item</source>
        <translation type="vanished">Retourner un article</translation>
    </message>
    <message>
        <source>Returns take about a minute. Have your order number and email ready, or scan the barcode on your receipt.</source>
        <translation type="vanished">Un retour prend environ une minute. Préparez votre numéro de commande et votre adresse e-mail, ou scannez le code-barres de votre ticket de caisse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="132" />
        <source>Return an item in about a minute</source>
        <extracomment>how long each step of the loop stays lit</extracomment>
        <translation>Retournez un article en une minute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="133" />
        <source>No queue, no forms: we guide you step by step.</source>
        <translation>Ni file d'attente ni formulaire : nous vous guidons pas à pas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="134" />
        <source>Scan your receipt, or type your order number and email</source>
        <translation>Scannez votre ticket, ou saisissez votre numéro de commande et votre e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="135" />
        <source>Choose what you are returning, and why</source>
        <translation>Choisissez ce que vous retournez, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="136" />
        <source>Pick a refund, store credit or exchange, and take your slip</source>
        <translation>Choisissez un remboursement, un avoir ou un échange, et prenez votre bon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="138" />
        <location filename="../../kiosk/ui/pages/welcome.py" line="139" />
        <source>Start a return</source>
        <translation>Commencer un retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="140" />
        <source>Have a receipt? Hold its barcode under the scanner at any time.</source>
        <translation>Vous avez votre ticket ? Présentez son code-barres au scanner à tout moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="141" />
        <location filename="../../kiosk/ui/pages/welcome.py" line="142" />
        <source>I started my return online</source>
        <translation>J'ai commencé mon retour en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="143" />
        <source>Hold the QR code from your confirmation under the scanner, or type its code (it starts with A).</source>
        <translation>Présentez le code QR de votre confirmation au scanner, ou saisissez son code (il commence par A).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="145" />
        <source>Online return code</source>
        <translation>Code du retour en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="146" />
        <source>Find my return</source>
        <translation>Trouver mon retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="147" />
        <source>Find my online return</source>
        <translation>Trouver mon retour en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="148" />
        <source>Demo orders to try</source>
        <translation>Commandes de démonstration</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="149" />
        <source>Staff: press and hold the logo for two seconds to sign in (demo PINs: manager 246813, clerk 1357).</source>
        <translation>Personnel : maintenez le logo appuyé deux secondes pour vous connecter (PIN de démonstration : responsable 246813, vendeur 1357).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="152" />
        <source>Try this online return</source>
        <translation>Essayer ce retour en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="153" />
        <source>Try online return {code}</source>
        <translation>Essayer le retour en ligne {code}</translation>
    </message>
    <message>
        <source>Staff: press and hold the logo for two seconds to sign in (demo PINs: manager 2468, clerk 1357).</source>
        <translation type="vanished">Personnel : maintenez le logo appuyé deux secondes pour vous connecter (PIN de démonstration : responsable 2468, vendeur 1357).</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="vanished">Contraste élevé</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="vanished">Texte agrandi</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="vanished">État de la synchronisation</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="vanished">Personnel</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="vanished">Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="155" />
        <source>Try this order</source>
        <translation>Essayer cette commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="156" />
        <source>Try order {number}</source>
        <translation>Essayer la commande {number}</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/base.py" line="56" />
        <source>Manager approval for {title}</source>
        <extracomment>the widest a page's column grows, in the theme's reference pixels (scaled with the screen)</extracomment>
        <translation>Approbation du responsable pour {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/base.py" line="57" />
        <source>Manager approval</source>
        <translation>Approbation du responsable</translation>
    </message>
</context>
<context>
    <name>_KeyPage</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="247" />
        <source>Capital letters</source>
        <extracomment>return codes: Crockford base32 and its check symbols (*~$=U), with the dashes they print with</extracomment>
        <translation>Majuscules</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="248" />
        <source>Delete last character</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="249" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="249" />
        <source>Clear field</source>
        <translation>Effacer le champ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="250" />
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="251" />
        <source>Done ✓</source>
        <translation>OK ✓</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="251" />
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="252" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="252" />
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Manager approval</source>
        <translation type="vanished">Approbation du responsable</translation>
    </message>
</context>
</TS>
