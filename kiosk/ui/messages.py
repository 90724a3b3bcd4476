"""Plain-language, translatable texts for the keys the domain hands back.

The workflow speaks in message keys with parameters (``window_closed``, ``days=14``); this
module is the one place that turns them into sentences in the shopper's language.
"""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "Messages"

TEMPLATES: dict[str, str] = {
    # wizard steps
    "pick_at_least_one_item": QT_TRANSLATE_NOOP("Messages", "Choose at least one item to return."),
    "reason_missing": QT_TRANSLATE_NOOP("Messages", "Tell us why you are returning {title}."),
    "note_required": QT_TRANSLATE_NOOP("Messages", "Please add a short note for {title}."),
    "condition_required": QT_TRANSLATE_NOOP("Messages", "Choose the condition of {title}."),
    "nothing_eligible": QT_TRANSLATE_NOOP("Messages", "None of the items can be returned here. A member of staff can help."),
    "choose_resolution": QT_TRANSLATE_NOOP("Messages", "Choose how you would like your money back."),
    "choose_exchange_variant": QT_TRANSLATE_NOOP("Messages", "Choose the size or colour you want instead of {title}."),
    "quantity_out_of_range": QT_TRANSLATE_NOOP("Messages", "You can return up to {maximum} of this item."),
    "resolution_unavailable": QT_TRANSLATE_NOOP("Messages", "That option is not available for these items."),
    "step_needs_action": QT_TRANSLATE_NOOP("Messages", "Use the buttons on this screen to continue."),
    "wrong_step": QT_TRANSLATE_NOOP("Messages", "Something went out of order. Please start again."),
    # order lookup
    "order_not_found": QT_TRANSLATE_NOOP(
        "Messages", "We could not find an order with that number and email. Check both and try again."),
    "lookup_wait": QT_TRANSLATE_NOOP(
        "Messages", "Too many attempts. Please wait {seconds} seconds, or ask a member of staff."),
    "lookup_fields_missing": QT_TRANSLATE_NOOP("Messages", "Enter both your order number and your email."),
    "no_policy": QT_TRANSLATE_NOOP("Messages", "Returns are not available on this kiosk yet. Please ask a member of staff."),
    "save_failed": QT_TRANSLATE_NOOP(
        "Messages", "Your return could not be saved, so nothing has changed. Please ask a member of staff."),
    "unexpected_error": QT_TRANSLATE_NOOP("Messages", "Something went wrong. Please ask a member of staff."),
}


def register(templates: Mapping[str, str]) -> None:
    """Add templates for more keys (e.g. the policy engine's), keeping existing ones."""
    for key, text in templates.items():
        TEMPLATES.setdefault(key, text)


def message(key: str, params: Mapping[str, object] | None = None) -> str:
    template = TEMPLATES.get(key)
    if template is None:
        return key.replace("_", " ").capitalize() + "."
    text = QCoreApplication.translate(CONTEXT, template)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text
