"""What a printed document needs to know about a case beyond the case itself.

A saved ``ReturnCase`` names people and things by code: a manager by staff id, a reason by
``too_small``, an exchange by SKU. The shopper and the store read names: the caller (which
can reach the staff roster, the policy and the stock) hands them over in a ``CaseContext``.
Everything in it is optional; a document falls back to readable codes, and says nothing
rather than guess when a figure is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Mapping

from kiosk.printing.wording import Wording
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.policy import Policy
from kiosk.workflow.staff import override_reasons


def _as_is(text: str) -> str:
    return text


@dataclass(frozen=True)
class PolicyLabels:
    """The policy's own words for its codes, in the shopper's language when ``translate`` is
    given: return reasons, item conditions and the reasons a manager may give for an override."""

    reasons: Mapping[str, str] = field(default_factory=dict)
    conditions: Mapping[str, str] = field(default_factory=dict)
    overrides: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_policy(cls, policy: Policy, translate: Callable[[str], str] = _as_is) -> PolicyLabels:
        """Labels from a parsed policy; ``translate`` is the UI's for policy words (context Policy)."""
        return cls(
            reasons={reason.code: translate(reason.label) for reason in policy.reasons},
            conditions={condition.code: translate(condition.label) for condition in policy.conditions},
            overrides={reason.code: translate(reason.label) for reason in override_reasons(policy.document)},
        )


@dataclass(frozen=True)
class LineMoney:
    """What one returned line's units cost and what was taken off, in minor units."""

    price: int
    discount: int = 0
    tax: int = 0
    restocking_fee: int = 0
    shipping: int = 0


@dataclass(frozen=True)
class ExchangeItem:
    """The variant a shopper takes in exchange: its name and what sets it apart."""

    title: str
    attributes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseContext:
    """Names and figures for one case's documents, from whoever prints them.

    ``staff_names``: staff id -> name (the approving manager, the clerk).
    ``exchange_items``: SKU -> the item taken in exchange.
    ``line_money``: case line id -> its price, discount share, tax and fee.
    ``credit_bonus``: the bonus part of a store-credit total, when known.
    ``refund_timing``: tender kind (card, gift_card, ...) -> when the money arrives, in the
    words of the policy or the payment provider; no entry, no promise printed.
    """

    labels: PolicyLabels = PolicyLabels()
    staff_names: Mapping[str, str] = field(default_factory=dict)
    exchange_items: Mapping[str, ExchangeItem] = field(default_factory=dict)
    line_money: Mapping[str, LineMoney] = field(default_factory=dict)
    credit_bonus: int | None = None
    refund_timing: Mapping[str, str] = field(default_factory=dict)

    def reason(self, code: str, wording: Wording) -> str:
        return self.labels.reasons.get(code) or wording.reason(code)

    def condition(self, code: str, wording: Wording) -> str:
        return self.labels.conditions.get(code) or wording.code(code)

    def override_reason(self, code: str, wording: Wording) -> str:
        return self.labels.overrides.get(code) or wording.reason(code)

    def staff(self, staff_id: str) -> str:
        """A person by name, with the id the audit trail knows them by."""
        name = self.staff_names.get(staff_id, "").strip()
        return f"{name} ({staff_id})" if name and name != staff_id else staff_id


NO_CONTEXT = CaseContext()


def with_case_figures(context: CaseContext, case: ReturnCase) -> CaseContext:
    """``context`` completed with what a case of format v3 carries itself: each line's money, the
    credit bonus and the exchanged variants. What the caller gave wins; older cases add nothing."""
    money: dict[str, LineMoney] = {
        line.line_id: LineMoney(line.unit_price * line.quantity, line.discount_share, line.tax, line.restocking_fee)
        for line in case.lines if line.unit_price
    }
    exchanged = {line.exchange_sku: ExchangeItem(line.exchange_title, dict(line.exchange_attributes))
                 for line in case.lines if line.exchange_sku and line.exchange_title}
    bonus = context.credit_bonus if context.credit_bonus is not None else (case.credit_bonus or None)
    return replace(context, line_money={**money, **context.line_money},
                   exchange_items={**exchanged, **context.exchange_items}, credit_bonus=bonus)
