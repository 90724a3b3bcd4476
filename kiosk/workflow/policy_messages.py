"""English source text for every message key the policy engine emits.

The UI translates by key; these templates are the source strings for translators and the
fallback when a translation is missing. They are plain ``str.format`` templates over the
decision's ``message_params``.
"""

from __future__ import annotations

from typing import Mapping

MESSAGES: Mapping[str, str] = {
    "eligible": "This item can be returned.",
    "returnable_until": "{category_label} can be returned until {closes_on}.",
    "window_closed": (
        "{category_label} can be returned within {days} days of delivery; "
        "yours was delivered {delivered_days_ago} days ago."
    ),
    "window_closed_since_purchase": (
        "{category_label} can be returned within {days} days of purchase; "
        "yours was bought {purchased_days_ago} days ago."
    ),
    "extended_window_closed": "{extension}: this item could be returned until {closes_on}.",
    "window_grace": "The return window closed on {closes_on}. A manager can still accept this return.",
    "clock_unsure": (
        "This kiosk's clock may be wrong, so a member of staff will check the return window "
        "for this item (open until {closes_on})."
    ),
    "currency_mismatch": (
        "This order was paid in {order_currency}, but returns here are priced in {policy_currency}. "
        "Please ask a member of staff."
    ),
    "final_sale": "{title} was sold as final sale and cannot be returned.",
    "non_returnable_category": "{category_label} cannot be returned.",
    "non_returnable_tag": "This item cannot be returned ({tag}).",
    "unknown_line": "This item is not part of the order.",
    "unknown_reason": "Please choose a reason from the list.",
    "note_required": "Please tell us a little more about the problem.",
    "condition_required": "Please tell us the condition of the item.",
    "condition_not_allowed": "Items in this condition cannot be returned for this reason.",
    "sub_reason_unknown": "Please choose one of the listed details.",
    "quantity_not_positive": "Choose at least one item to return.",
    "quantity_exceeds": "You can return at most {available} of the {purchased} bought.",
    "already_returned": "All {purchased} of this item have already been returned.",
    "no_receipt": "Returns without a receipt need a manager.",
    "frequent_returns": "This account has had {returns} returns in the last {period_days} days; a manager needs to approve.",
    "frequent_refunds": "Refunds above {limit} in {period_days} days need a manager.",
    "refund_above_limit": "Refunds above {limit} need a manager's approval (this one is {amount}).",
    "approved": "Approved by a manager.",
    "nothing_eligible": "None of the chosen items can be returned.",
    "no_exchange_variant": "No other size or colour is in stock for an exchange.",
    "keep_item_reason": "Keeping the item is not offered for this reason.",
    "keep_item_over_limit": "Keeping the item is only offered for small amounts.",
}


class _Blank(dict[str, object]):
    """Missing parameters render as empty text rather than failing in front of a shopper."""

    def __missing__(self, key: str) -> str:
        return ""


def render_message(key: str, params: Mapping[str, object] | None = None) -> str:
    """The English text for a message key; an unknown key renders as the key itself."""
    template = MESSAGES.get(key)
    if template is None:
        return key
    return template.format_map(_Blank(params or {}))
