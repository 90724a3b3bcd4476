<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="110" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="111" />
        <source>Manager approval</source>
        <translation>Approbation du responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="113" />
        <source>{title} × {quantity} · {amount}</source>
        <translation>{title} × {quantity} · {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="116" />
        <source>Who approves? Tap your name, or just enter your PIN.</source>
        <translation>Qui valide ? Touchez votre nom ou saisissez simplement votre code PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="117" />
        <source>PIN only</source>
        <translation>PIN seul</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="118" />
        <source>Approve with PIN only</source>
        <translation>Valider avec le code PIN seul</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="120" />
        <source>Approver {name}</source>
        <translation>Responsable {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="121" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="133" />
        <source>Reason for the override</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="123" />
        <location filename="../../kiosk/ui/approval_dialog.py" line="124" />
        <source>Note (optional)</source>
        <translation>Remarque (facultative)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="125" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="126" />
        <source>Cancel the approval</source>
        <translation>Annuler la validation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="139" />
        <source>Customer goodwill</source>
        <translation>Geste commercial</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="140" />
        <source>Delivered late</source>
        <translation>Livré en retard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="141" />
        <source>Damaged in transit</source>
        <translation>Endommagé pendant le transport</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="142" />
        <source>Store or staff error</source>
        <translation>Erreur du magasin ou du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="143" />
        <source>Manager's discretion</source>
        <translation>Décision du responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/approval_dialog.py" line="159" />
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
    <name>DonePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="38" />
        <source>Your return is done</source>
        <translation>Votre retour est terminé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="39" />
        <source>Keep your return code. Put the items in the returns bin or hand them to staff.</source>
        <translation>Conservez votre code de retour. Déposez les articles dans le bac des retours ou remettez-les au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="40" />
        <location filename="../../kiosk/ui/pages/done.py" line="41" />
        <source>Show my slip on screen</source>
        <translation>Voir mon bon à l'écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="42" />
        <location filename="../../kiosk/ui/pages/done.py" line="43" />
        <source>Reprint slip</source>
        <translation>Réimprimer le reçu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="44" />
        <location filename="../../kiosk/ui/pages/done.py" line="45" />
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="73" />
        <source>Your return is saved. Printing your slip…</source>
        <translation>Votre retour est enregistré. Impression de votre bon de retour…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="75" />
        <source>Your return is saved, but the slip could not be printed. Please ask a member of staff for a copy.</source>
        <translation>Votre retour est enregistré, mais le bon de retour n'a pas pu être imprimé. Veuillez en demander une copie au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="78" />
        <source>Your slip has been printed. Please take it.</source>
        <translation>Votre bon de retour est imprimé. Veuillez le récupérer.</translation>
    </message>
    <message>
        <source>Your slip is printing below.</source>
        <translation type="vanished">Votre bon de retour s'imprime ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/done.py" line="80" />
        <source>Your slip is saved. Tap below to see it.</source>
        <translation>Votre bon de retour est enregistré. Touchez ci-dessous pour l'afficher.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="32" />
        <source>✓ Can be returned</source>
        <translation>✓ Peut être retourné</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="33" />
        <source>! Needs a manager's approval</source>
        <translation>! Nécessite l'accord d'un responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="34" />
        <source>✕ Cannot be returned</source>
        <translation>✕ Ne peut pas être retourné</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="38" />
        <source>Here is what we can take back</source>
        <translation>Voici ce que nous pouvons reprendre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="39" />
        <source>We checked each item against the store's return policy.</source>
        <translation>Nous avons vérifié chaque article selon la politique de retour du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="59" />
        <source>A member of staff can approve this item.</source>
        <translation>Un membre du personnel peut approuver cet article.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="62" />
        <source>None of these items can be returned today. Tap Cancel to finish, or ask a member of staff.</source>
        <translation>Aucun de ces articles ne peut être retourné aujourd'hui. Touchez Annuler pour terminer ou adressez-vous au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="65" />
        <source>You can continue with the items that can be returned.</source>
        <translation>Vous pouvez continuer avec les articles qui peuvent être retournés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/eligibility.py" line="67" />
        <source>Everything can be returned. Tap Next to choose your refund.</source>
        <translation>Tout peut être retourné. Touchez Suivant pour choisir votre remboursement.</translation>
    </message>
</context>
<context>
    <name>FindOrderPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="71" />
        <source>Find your order</source>
        <translation>Retrouver votre commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="72" />
        <source>Enter the order number from your receipt or confirmation email, and the email address you ordered with.</source>
        <translation>Saisissez le numéro de commande figurant sur votre ticket de caisse ou votre e-mail de confirmation, ainsi que l'adresse e-mail utilisée pour la commande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="74" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="76" />
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="75" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="77" />
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="78" />
        <source>e.g. R100001</source>
        <translation>ex. : R100001</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="79" />
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="80" />
        <source>We only use these to find your order. They are cleared when you finish.</source>
        <translation>Ces informations servent uniquement à retrouver votre commande. Elles sont effacées à la fin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="82" />
        <source>Staff: find a customer's order by email or phone (no receipt)</source>
        <translation>Personnel : trouver la commande d’un client par e-mail ou téléphone (sans ticket)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="83" />
        <location filename="../../kiosk/ui/pages/find_order.py" line="84" />
        <source>Customer email or phone</source>
        <translation>E-mail ou téléphone du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="85" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/find_order.py" line="86" />
        <source>Search customer orders</source>
        <translation>Rechercher les commandes du client</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="106" />
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="107" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="109" />
        <source>Find my order</source>
        <translation>Trouver ma commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="110" />
        <source>Confirm return</source>
        <translation>Confirmer le retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="111" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="53" />
        <source>Staff mode: {name}</source>
        <translation>Mode personnel : {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="66" />
        <source>Intake returns</source>
        <translation>Retours Intake</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="69" />
        <source>Step {n} of {m}: {name}</source>
        <translation>Étape {n} sur {m} : {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="71" />
        <source>Next: {name}</source>
        <translation>Ensuite : {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="76" />
        <source>Find your order</source>
        <translation>Retrouver votre commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="77" />
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="78" />
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="79" />
        <source>What we can take back</source>
        <translation>Ce que nous reprenons</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="80" />
        <source>Refund or exchange</source>
        <translation>Remboursement ou échange</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chrome.py" line="81" />
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="93" />
        <source>Still there? This return will be cleared in {n} seconds.</source>
        <translation>Vous êtes toujours là ? Ce retour sera effacé dans {n} secondes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="101" />
        <source>I'm still here</source>
        <translation>Je suis là</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="28" />
        <source>What are you returning?</source>
        <translation>Que retournez-vous ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="29" />
        <source>Tap + for each item you are bringing back.</source>
        <translation>Touchez + pour chaque article que vous rapportez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="51" />
        <source>{returned} of {bought} already returned</source>
        <translation>{returned} sur {bought} déjà retournés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="65" />
        <source>Fewer of {title}</source>
        <translation>Moins de {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="67" />
        <source>Quantity of {title}</source>
        <translation>Quantité de {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="68" />
        <source>More of {title}</source>
        <translation>Plus de {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/items.py" line="74" />
        <source>of {n}</source>
        <translation>sur {n}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/shell.py" line="107" />
        <source>Intake returns</source>
        <translation>Retours Intake</translation>
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
        <location filename="../../kiosk/ui/messages.py" line="24" />
        <source>Choose at least one item to return.</source>
        <translation>Choisissez au moins un article à retourner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="25" />
        <source>Tell us why you are returning {title}.</source>
        <translation>Indiquez-nous pourquoi vous retournez {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="26" />
        <source>Please add a short note for {title}.</source>
        <translation>Veuillez ajouter une courte remarque pour {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="27" />
        <source>Choose the condition of {title}.</source>
        <translation>Indiquez l'état de {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="28" />
        <source>None of the items can be returned here. A member of staff can help.</source>
        <translation>Aucun article ne peut être retourné ici. Un membre du personnel peut vous aider.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="29" />
        <source>Choose how you would like your money back.</source>
        <translation>Choisissez comment vous souhaitez être remboursé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="30" />
        <source>Choose the size or colour you want instead of {title}.</source>
        <translation>Choisissez la taille ou la couleur souhaitée à la place de {title}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="31" />
        <source>You can return up to {maximum} of this item.</source>
        <translation>Vous pouvez retourner jusqu'à {maximum} exemplaires de cet article.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="32" />
        <source>That option is not available for these items.</source>
        <translation>Cette option n'est pas disponible pour ces articles.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="33" />
        <source>Use the buttons on this screen to continue.</source>
        <translation>Utilisez les boutons de cet écran pour continuer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="34" />
        <source>Something went out of order. Please start again.</source>
        <translation>Les étapes se sont mélangées. Veuillez recommencer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="36" />
        <source>We could not find an order with that number and email. Check both and try again.</source>
        <translation>Aucune commande ne correspond à ce numéro et à cette adresse e-mail. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="38" />
        <source>Too many attempts. Please wait {seconds} seconds, or ask a member of staff.</source>
        <translation>Trop de tentatives. Patientez {seconds} secondes ou adressez-vous au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="40" />
        <source>Enter both your order number and your email.</source>
        <translation>Saisissez votre numéro de commande et votre adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="41" />
        <source>Returns are not available on this kiosk yet. Please ask a member of staff.</source>
        <translation>Les retours ne sont pas encore possibles sur cette borne. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="42" />
        <source>Your return could not be saved, so nothing has changed. Please ask a member of staff.</source>
        <translation>Votre retour n'a pas pu être enregistré : rien n'a été modifié. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="44" />
        <source>We could not find a return with that code on this kiosk.</source>
        <translation>Aucun retour ne correspond à ce code sur cette borne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="45" />
        <source>That barcode is not a receipt or a return code. Please try again.</source>
        <translation>Ce code-barres n'est ni un ticket de caisse ni un code de retour. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="46" />
        <source>A manager cannot approve this item.</source>
        <translation>Un responsable ne peut pas approuver cet article.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="47" />
        <source>No orders found for that email or phone.</source>
        <translation>Aucune commande trouvée pour cet e-mail ou ce téléphone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="48" />
        <source>That size or colour is no longer in stock.</source>
        <translation>Cette taille ou couleur n’est plus en stock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="49" />
        <source>Something went wrong. Please ask a member of staff.</source>
        <translation>Une erreur s'est produite. Veuillez vous adresser au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="51" />
        <source>That PIN is not right. {attempts_left} tries left.</source>
        <translation>Ce code PIN est incorrect. Il vous reste {attempts_left} essais.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="52" />
        <source>Too many wrong PINs. Try again after {time}.</source>
        <translation>Trop de codes PIN erronés. Réessayez après {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="53" />
        <source>Tap your name first, then enter your PIN.</source>
        <translation>Touchez d’abord votre nom, puis saisissez votre code PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="54" />
        <source>You cannot approve your own override above {limit}. Ask another manager.</source>
        <translation>Vous ne pouvez pas valider votre propre dérogation au-delà de {limit}. Demandez à un autre responsable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="56" />
        <source>Only a manager can approve this.</source>
        <translation>Seul un responsable peut valider ceci.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="57" />
        <source>Choose a reason for the override.</source>
        <translation>Choisissez le motif de la dérogation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="59" />
        <source>This kiosk cannot save returns right now. Please ask a member of staff.</source>
        <translation>Cette borne ne peut pas enregistrer de retours pour le moment. Veuillez vous adresser à un membre du personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="61" />
        <source>The printer is not ready. Your return is saved; staff can print the slip again.</source>
        <translation>L’imprimante n’est pas prête. Votre retour est enregistré ; le personnel peut réimprimer le justificatif.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="63" />
        <source>The central server cannot be reached. Returns are kept and sent when it can.</source>
        <translation>Le serveur central est injoignable. Les retours sont conservés et envoyés dès que possible.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="57" />
        <source>Shift</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="58" />
        <location filename="../../kiosk/ui/keyboard.py" line="59" />
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="60" />
        <source>Delete last character</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="61" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="62" />
        <source>Clear field</source>
        <translation>Vider le champ</translation>
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
        <location filename="../../kiosk/ui/print_preview.py" line="60" />
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_preview.py" line="70" />
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
    <name>ReasonsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="42" />
        <source>Why are you returning them?</source>
        <translation>Pourquoi les retournez-vous ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="43" />
        <source>Your answer helps us decide what we can offer.</source>
        <translation>Votre réponse nous aide à déterminer ce que nous pouvons vous proposer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="56" />
        <source>Reason for {title}: </source>
        <translation>Motif pour {title} : </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="57" />
        <source>What condition is it in?</source>
        <translation>Dans quel état est l'article ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="58" />
        <source>Condition of {title}: </source>
        <translation>État de {title} : </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="60" />
        <source>Note about {title}</source>
        <translation>Remarque sur {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reasons.py" line="61" />
        <source>Tell us a little more</source>
        <translation>Dites-nous-en un peu plus</translation>
    </message>
</context>
<context>
    <name>ResolutionPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="30" />
        <source>How would you like your money back?</source>
        <translation>Comment souhaitez-vous être remboursé ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="31" />
        <source>Store credit comes with a bonus. You can also swap for another size or colour.</source>
        <translation>L'avoir est assorti d'un bonus. Vous pouvez aussi échanger contre une autre taille ou couleur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="35" />
        <source>Store credit: {amount} (includes a {bonus} bonus)</source>
        <translation>Avoir : {amount} (dont {bonus} de bonus)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="36" />
        <source>Exchange for another size or colour</source>
        <translation>Échange contre une autre taille ou couleur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="37" />
        <source>Refund to your original payment: {amount}</source>
        <translation>Remboursement sur votre moyen de paiement d'origine : {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="38" />
        <source>Keep the item and get a refund: {amount}</source>
        <translation>Conserver l'article et être remboursé : {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="85" />
        <source>Swap {title} ({variant}) for:</source>
        <translation>Échanger {title} ({variant}) contre :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="89" />
        <source>Swap {title} for </source>
        <translation>Échanger {title} contre </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/resolution.py" line="93" />
        <source>Nothing else is in stock for this item.</source>
        <translation>Aucune autre option n'est en stock pour cet article.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="26" />
        <source>Check and confirm</source>
        <translation>Vérifiez et confirmez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="27" />
        <source>Tap Confirm return to finish. You will get a slip with your return code.</source>
        <translation>Touchez Confirmer le retour pour terminer. Vous recevrez un bon avec votre code de retour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="35" />
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="36" />
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="37" />
        <source>Refund to original payment</source>
        <translation>Remboursement sur le moyen de paiement d'origine</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="38" />
        <source>Keep the item, refund</source>
        <translation>Article conservé et remboursé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="54" />
        <source>Exchange for {sku}</source>
        <translation>Échange contre {sku}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/review.py" line="56" />
        <source>{how}: {amount}</source>
        <translation>{how} : {amount}</translation>
    </message>
</context>
<context>
    <name>StaffModeController</name>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="191" />
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_controller.py" line="194" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="51" />
        <source>Staff sign-in</source>
        <translation>Connexion du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="52" />
        <source>Staff sign-in: tap your name, then enter your PIN</source>
        <translation>Connexion du personnel : touchez votre nom, puis saisissez votre code PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="53" />
        <location filename="../../kiosk/ui/staff_sign_in.py" line="54" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_sign_in.py" line="59" />
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
    <name>SyncBadge</name>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="69" />
        <source>Sync: starting</source>
        <translation>Synchro : démarrage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="71" />
        <source>Sync: not set up</source>
        <translation>Synchro : non configurée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="72" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="72" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="74" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="74" />
        <source>all sent</source>
        <translation>tout est envoyé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="76" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="83" />
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="86" />
        <source>synced just now</source>
        <translation>synchronisé à l'instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/sync_badge.py" line="88" />
        <source>synced %n min ago</source>
        <translation>
            <numerusform>synchronisé il y a %n min</numerusform>
            <numerusform>synchronisé il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_badge.py" line="89" />
        <source>last sync %1</source>
        <translation>dernière synchro : %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="50" />
        <source>Returns waiting for the server</source>
        <translation>Retours en attente d'envoi au serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="56" />
        <source>Return code</source>
        <translation>Code de retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="56" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="56" />
        <source>Taken</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="57" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="57" />
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="57" />
        <source>Server's reason</source>
        <translation>Motif du serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="64" />
        <source>Retry now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="67" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="84" />
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="84" />
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="85" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="86" />
        <source>Server %1 · last sync %2 · %3 waiting · %4 refused</source>
        <translation>Serveur %1 · dernière synchro : %2 · %3 en attente · %4 refusés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="129" />
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="131" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="134" />
        <source>next try %1</source>
        <translation>prochain essai : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_screen.py" line="140" />
        <source>The list cannot be read: %1</source>
        <translation>Impossible de lire la liste : %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="87" />
        <source>Return an item</source>
        <translation>Retourner un article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="88" />
        <source>Returns take about a minute. Have your order number and email ready, or scan the barcode on your receipt.</source>
        <translation>Un retour prend environ une minute. Préparez votre numéro de commande et votre adresse e-mail, ou scannez le code-barres de votre ticket de caisse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="90" />
        <location filename="../../kiosk/ui/pages/welcome.py" line="91" />
        <source>Start a return</source>
        <translation>Commencer un retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="92" />
        <source>Demo orders to try</source>
        <translation>Commandes de démonstration</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="93" />
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="94" />
        <source>Large text</source>
        <translation>Texte agrandi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="95" />
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="96" />
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="96" />
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="100" />
        <source>Try this order</source>
        <translation>Essayer cette commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/welcome.py" line="101" />
        <source>Try order {number}</source>
        <translation>Essayer la commande {number}</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/base.py" line="35" />
        <source>Manager approval for {title}</source>
        <translation>Approbation du responsable pour {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/base.py" line="36" />
        <source>Manager approval</source>
        <translation>Approbation du responsable</translation>
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
