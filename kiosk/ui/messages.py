"""Plain-language, translatable texts for the keys the domain hands back.

The workflow speaks in message keys with parameters (``window_closed``, ``days=14``); this
module is the one place that turns them into sentences in the shopper's language.
"""

from __future__ import annotations

from typing import Mapping, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt

from kiosk.ui.money_words import money
from kiosk.workflow.money import localise_amounts
from kiosk.workflow.policy_messages import MESSAGES as POLICY_MESSAGES

CONTEXT = "Messages"
# The policy engine's message keys are translated in this context (tools/update_translations.py)
POLICY_CONTEXT = "Policy"
# Parameters that carry a label from the policy document, translated in the Policy context too
POLICY_LABELS = frozenset({"category_label", "extension", "tag_label", "reason_label", "condition_label"})

# QT_TRANSLATE_NOOP hands back its text; its stub says object, hence the cast
TEMPLATES: dict[str, str] = cast("dict[str, str]", {
    # wizard steps
    "pick_at_least_one_item": QT_TRANSLATE_NOOP("Messages", "Choose at least one item to return."),
    "reason_missing": QT_TRANSLATE_NOOP("Messages", "Tell us why you are returning {title}."),
    "note_missing": QT_TRANSLATE_NOOP("Messages", "Please add a short note for {title}."),
    "condition_missing": QT_TRANSLATE_NOOP("Messages", "Choose the condition of {title}."),
    "nothing_to_return": QT_TRANSLATE_NOOP("Messages", "None of the items can be returned here. A member of staff can help."),
    "choose_resolution": QT_TRANSLATE_NOOP("Messages", "Choose how you would like your money back."),
    "choose_exchange_variant": QT_TRANSLATE_NOOP("Messages", "Choose the size or colour you want instead of {title}."),
    "quantity_out_of_range": QT_TRANSLATE_NOOP("Messages", "You can return up to {maximum} of this item."),
    "resolution_unavailable": QT_TRANSLATE_NOOP("Messages", "That option is not available for these items. Please choose another."),
    "step_needs_action": QT_TRANSLATE_NOOP("Messages", "Use the buttons on this screen to continue."),
    "wrong_step": QT_TRANSLATE_NOOP("Messages", "Something went out of order. Please start again."),
    # dropping off a return started online (issue 18)
    "authorisation_unknown": QT_TRANSLATE_NOOP(
        "Messages", "We could not find that online return. Check the code on your confirmation, "
                    "or tap Start a return to return your items here."),
    "authorisation_code_invalid": QT_TRANSLATE_NOOP(
        "Messages", "That code does not look right. Scan the QR code again or check each character."),
    "authorisation_expired": QT_TRANSLATE_NOOP(
        "Messages", "This online return has expired. Tap Start a return to see what can still be returned."),
    "authorisation_dropped_off": QT_TRANSLATE_NOOP(
        "Messages", "This online return has already been dropped off. A member of staff can help if something is wrong."),
    "authorisation_order_missing": QT_TRANSLATE_NOOP(
        "Messages", "This kiosk cannot see the order of that online return yet. Please ask a member of staff."),
    "authorisation_order_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "That online return does not match its order. Please ask a member of staff."),
    "item_not_authorised": QT_TRANSLATE_NOOP(
        "Messages", "That item is not part of this return. Put it aside and scan the next item."),
    "item_already_verified": QT_TRANSLATE_NOOP(
        "Messages", "Every {title} in this return is already checked. Scan the next item."),
    "item_not_on_order": QT_TRANSLATE_NOOP(
        "Messages", "That item is not on this order. Check the item, or tap + on the item you are returning."),
    "verify_every_item": QT_TRANSLATE_NOOP(
        "Messages", "Scan each item first. No barcode? Tap \"No barcode\" and a member of staff will check it."),
    "staff_unavailable": QT_TRANSLATE_NOOP("Messages", "Staff checks are not set up on this kiosk."),
    # order lookup
    "order_not_found": QT_TRANSLATE_NOOP(
        "Messages", "We could not find an order with that number and email. Check both and try again."),
    "lookup_locked": QT_TRANSLATE_NOOP(
        "Messages", "Order look-ups are paused on this kiosk after too many wrong attempts. "
                    "Tap Call staff and a member of staff will open them again."),
    "receipt_needs_email": QT_TRANSLATE_NOOP(
        "Messages", "Your receipt is for order {number}. Enter the email address you ordered with to find it."),
    "lookups_unlocked": QT_TRANSLATE_NOOP("Messages", "Order look-ups are open again."),
    "staff_called": QT_TRANSLATE_NOOP("Messages", "A member of staff is on the way. Please wait here."),
    "refusal_printed": QT_TRANSLATE_NOOP("Messages", "The reasons are printed. Please take the slip."),
    "printer_problem_no_case": QT_TRANSLATE_NOOP(
        "Messages", "The printer could not print this. A member of staff can explain the reasons."),
    "lookup_fields_missing": QT_TRANSLATE_NOOP("Messages", "Enter both your order number and your email."),
    "no_policy": QT_TRANSLATE_NOOP("Messages", "Returns are not available on this kiosk yet. Please ask a member of staff."),
    "save_failed": QT_TRANSLATE_NOOP(
        "Messages", "Your return could not be saved, so nothing has changed. Please ask a member of staff."),
    "return_code_unknown": QT_TRANSLATE_NOOP("Messages", "We could not find a return with that code on this kiosk. Check the code, or ask a member of staff."),
    "scan_unknown": QT_TRANSLATE_NOOP("Messages", "That barcode is not a receipt or a return code. Please try again."),
    "override_not_allowed": QT_TRANSLATE_NOOP("Messages", "A manager cannot approve this item."),
    "return_code_mistyped": QT_TRANSLATE_NOOP(
        "Messages", "That is not a return code: check each character (it looks like 7K3Q-9ZPD-M4X)."),
    "looking_up": QT_TRANSLATE_NOOP("Messages", "Looking it up…"),
    "reprinting": QT_TRANSLATE_NOOP("Messages", "Printing the slip of return {code} again…"),
    "reprinted": QT_TRANSLATE_NOOP("Messages", "The slip of return {code} was printed again."),
    "reprint_failed": QT_TRANSLATE_NOOP(
        "Messages", "The slip of return {code} could not be printed: check the printer's paper and cable, then try again."),
    "search_found_nothing": QT_TRANSLATE_NOOP("Messages", "No orders found for that email or phone. Check it, or search by the other one."),
    "exchange_variant_unavailable": QT_TRANSLATE_NOOP("Messages", "That size or colour is no longer in stock. Please choose another, or a refund or store credit."),
    "unexpected_error": QT_TRANSLATE_NOOP("Messages", "Something went wrong. Please ask a member of staff."),
    # staff PINs and overrides
    "wrong_pin": QT_TRANSLATE_NOOP("Messages", "That PIN is not right. {attempts_left} tries left."),
    "pin_locked": QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs. Try again after {time}."),
    "pin_locked_countdown": QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs. Try again in {time}."),
    "pin_unlocked": QT_TRANSLATE_NOOP("Messages", "You can enter the PIN again now."),
    "pick_your_name": QT_TRANSLATE_NOOP("Messages", "Tap your name first, then enter your PIN."),
    "pin_too_short": QT_TRANSLATE_NOOP(
        "Messages", "PINs here have at least {min_length} digits. Ask head office for a new PIN if yours is shorter."),
    "second_person_required": QT_TRANSLATE_NOOP(
        "Messages", "You cannot approve your own override above {limit}. Ask another manager."),
    "manager_required": QT_TRANSLATE_NOOP("Messages", "Only a manager can approve this."),
    "override_reason_missing": QT_TRANSLATE_NOOP("Messages", "Choose a reason for the override."),
    # the kiosk itself
    "storage_failed": QT_TRANSLATE_NOOP(
        "Messages", "This kiosk cannot save returns right now. Please ask a member of staff."),
    "printer_problem": QT_TRANSLATE_NOOP(
        "Messages", "The printer is not ready. Your return is saved; staff can print the slip again."),
    "sync_failed": QT_TRANSLATE_NOOP(
        "Messages", "The central server cannot be reached. Returns are kept and sent when it can."),
})


class _Blank(dict[str, object]):
    """A missing parameter renders as nothing rather than failing in front of a shopper."""

    def __missing__(self, key: str) -> str:
        return ""


def _shown(key: str, value: object) -> object:
    """A parameter as the shopper should read it: policy labels translated, dates in their locale."""
    if not isinstance(value, str):
        return value
    if key in POLICY_LABELS:
        return QCoreApplication.translate(POLICY_CONTEXT, value)
    if key.endswith("_on"):
        day = QDate.fromString(value, Qt.DateFormat.ISODate)
        if day.isValid():
            return QLocale().toString(day, QLocale.FormatType.LongFormat)
    return value


def message(key: str, params: Mapping[str, object] | None = None) -> str:
    """The sentence for a key in the current language: the UI's own keys, then the policy's."""
    if key in TEMPLATES:
        text = QCoreApplication.translate(CONTEXT, TEMPLATES[key])
    elif key in POLICY_MESSAGES:
        text = QCoreApplication.translate(POLICY_CONTEXT, POLICY_MESSAGES[key])
    else:
        return key.replace("_", " ").capitalize() + "."
    values = {k: _shown(k, v) for k, v in localise_amounts(params or {}, money).items()}
    try:
        return text.format_map(_Blank(values))
    except (IndexError, ValueError):
        return text
