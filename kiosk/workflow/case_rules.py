"""Manager-approval rules about a whole case rather than one line.

A return without a receipt, a shopper who returns often, or a case refunding more than the
policy's limit is held for a manager. These findings only hold back lines that pass on their
own; a refused line stays refused. The value limit is checked before the shopper picks a
resolution, so it holds for store credit and exchanges as much as for refunds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterator, NamedTuple, Sequence

from kiosk.workflow.line_rules import Finding, Verdict
from kiosk.workflow.money import amount_params
from kiosk.workflow.orders import Order, OrderLine
from kiosk.workflow.policy import ApprovalRules, Policy
from kiosk.workflow.refunds import OrderValues, unit_offsets


@dataclass(frozen=True)
class CustomerHistory:
    """The shopper's earlier returns within the policy's frequent-returns period (the caller counts them)."""

    returns_in_period: int = 0
    refunded_in_period: int = 0


NO_HISTORY = CustomerHistory()


@dataclass(frozen=True)
class KnownReturn:
    """One of the shopper's returns this kiosk holds, and whether central has it yet."""

    id: str
    created_at: datetime
    #: refund and store credit together, as central counts ``refunded``
    refunded: int
    delivered: bool


def frequent_period(policy: Policy, at: datetime) -> tuple[datetime, datetime] | None:
    """The span before ``at`` in which the policy counts a shopper's returns, if it does (as central does)."""
    days = policy.approval.frequent_period_days
    return None if days is None else (at - timedelta(days=days), at)


def shopper_history(known: Sequence[KnownReturn], central: CustomerHistory | None) -> CustomerHistory:
    """The shopper's returns in the period, as the kiosk can know them now.

    Central's count holds every return delivered to it from any kiosk; this kiosk adds the ones
    it has not delivered yet. Offline (``central`` None) it counts every one it holds.
    """
    mine = known if central is None else [r for r in known if not r.delivered]
    base = central or NO_HISTORY
    return CustomerHistory(base.returns_in_period + len(mine), base.refunded_in_period + sum(r.refunded for r in mine))


class CaseLine(NamedTuple):
    """What case rules need to know of one selection."""

    line_id: str
    quantity: int
    refused: bool


def case_findings(order: Order, policy: Policy, lines: Sequence[CaseLine], history: CustomerHistory,
                  without_receipt: bool) -> Iterator[Finding]:
    rules = policy.approval
    if without_receipt:
        verdict = Verdict.NEEDS_APPROVAL if rules.without_receipt else Verdict.INELIGIBLE
        yield Finding(verdict, "no_receipt", "approval.without_receipt", "no_receipt")
    if rules.frequent_max_returns is not None and history.returns_in_period >= rules.frequent_max_returns:
        yield _frequent_returns(rules, history)
    if rules.refund_above is not None or rules.frequent_max_refunded is not None:
        yield from _value_findings(order, rules, case_value(order, lines), history)


def _frequent_returns(rules: ApprovalRules, history: CustomerHistory) -> Finding:
    """This return would be one more than the policy allows in its period."""
    params: dict[str, str | int] = {
        "returns": history.returns_in_period,
        "period_days": rules.frequent_period_days or 0,
        "max_returns": rules.frequent_max_returns or 0,
    }
    return Finding(Verdict.NEEDS_APPROVAL, "frequent_returns", "approval.frequent_returns.max_returns", "frequent_returns", params)


def _value_findings(order: Order, rules: ApprovalRules, value: int, history: CustomerHistory) -> Iterator[Finding]:
    if rules.frequent_max_refunded is not None and history.refunded_in_period + value > rules.frequent_max_refunded:
        params = {"period_days": rules.frequent_period_days or 0,
                  **amount_params(order.currency, limit=rules.frequent_max_refunded)}
        yield Finding(Verdict.NEEDS_APPROVAL, "frequent_refunds", "approval.frequent_returns.max_refunded", "frequent_refunds", params)
    if rules.refund_above is not None and value > rules.refund_above:
        limits = amount_params(order.currency, amount=value, limit=rules.refund_above)
        yield Finding(Verdict.NEEDS_APPROVAL, "refund_above_limit", "approval.refund_above", "refund_above_limit", limits)


def case_value(order: Order, lines: Sequence[CaseLine]) -> int:
    """What the lines not refused are worth (price after discount, plus tax; before fees and shipping):
    the amount approval limits compare against."""
    counted = [not line.refused for line in lines]
    offsets = unit_offsets(order, [line.line_id for line in lines], [line.quantity for line in lines], counted)
    values = OrderValues(order)
    by_id: dict[str, OrderLine] = {line.id: line for line in order.lines}
    worth = 0
    for line, offset in zip(lines, offsets, strict=True):
        if not line.refused:
            worth += values.units_total(by_id[line.line_id], offset, line.quantity)
    return worth
