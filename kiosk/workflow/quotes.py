"""What each resolution is worth for the eligible lines of a case.

Only lines whose verdict is eligible are priced. Per resolution:

- store credit: the refund amount (restocking fee taken) plus a bonus percent, half-even;
- exchange: an even swap for other variants (see variants.py); no fee, no bonus, no shipping;
- refund: merchandise after its discount share, its tax, shipping when the reason refunds
  it, less the restocking fee; split back over the original tenders (see tenders.py);
- keep item: as a refund but with no fee (nothing comes back to restock), offered only when
  every line's reason allows it and the total stays within the policy's limit.

In every option ``per_line`` sums exactly to ``total``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from kiosk.workflow.cases import Resolution, TenderRefund
from kiosk.workflow.eligibility import Evaluation, Selection, Verdict
from kiosk.workflow.money import allocate, div_half_even
from kiosk.workflow.orders import Order, OrderLine, Tender
from kiosk.workflow.policy import Policy
from kiosk.workflow.refunds import OrderValues, UnitsValue, restocking_fee, unit_offsets, units_share
from kiosk.workflow.tenders import refunded_before, split_refund
from kiosk.workflow.variants import Variant, exchange_candidates


@dataclass(frozen=True)
class ResolutionQuote:
    resolution: Resolution
    available: bool
    total: int
    per_line: Mapping[str, int]
    restocking_fee: int
    bonus: int
    tender_refunds: tuple[TenderRefund, ...] = ()
    message_key: str = ""


@dataclass(frozen=True)
class Quote:
    currency: str
    options: tuple[ResolutionQuote, ...]

    def option(self, resolution: Resolution) -> ResolutionQuote:
        """The quote for one resolution; KeyError when the policy does not offer it."""
        for option in self.options:
            if option.resolution is resolution:
                return option
        raise KeyError(f"resolution {resolution.value} is not offered")

    @property
    def available(self) -> tuple[ResolutionQuote, ...]:
        return tuple(o for o in self.options if o.available)


@dataclass(frozen=True)
class PricedLine:
    """One eligible selection with what its units are worth and the fee they would carry."""

    line: OrderLine
    selection: Selection
    value: UnitsValue
    fee: int
    allows_keep_item: bool


def quote(
    order: Order,
    evaluation: Evaluation,
    selections: Sequence[Selection],
    policy: Policy,
    *,
    variants: Sequence[Variant] | None = None,
    previous_tender_refunds: int | None = None,
    only: Resolution | None = None,
) -> Quote:
    """Price every offered resolution (or ``only`` that one, when it is offered). ``variants``
    (this store's stock) lets the exchange option check that each line has a candidate;
    ``previous_tender_refunds`` is what earlier returns already refunded to the order's
    tenders (inferred from returned quantities if None)."""
    priced = priced_lines(order, evaluation, selections, policy)
    before = refunded_before(order) if previous_tender_refunds is None else previous_tender_refunds
    builders = {
        Resolution.STORE_CREDIT: lambda: _store_credit(priced, policy),
        Resolution.EXCHANGE: lambda: _exchange(priced, policy, variants),
        Resolution.REFUND: lambda: _refund(priced, order.tenders, policy, before),
        Resolution.KEEP_ITEM: lambda: _keep_item(priced, order.tenders, policy, before),
    }
    offered = [r for r in policy.resolutions() if only is None or r is only]
    options = tuple(builders[r]() if priced else _nothing(r) for r in offered)
    return Quote(order.currency, options)


def priced_lines(order: Order, evaluation: Evaluation, selections: Sequence[Selection], policy: Policy) -> list[PricedLine]:
    """The eligible selections, valued from the unit after those already gone (see refunds.py)."""
    _check_aligned(evaluation, selections)
    eligible = [d.verdict is Verdict.ELIGIBLE for d in evaluation.decisions]
    offsets = unit_offsets(order, [s.line_id for s in selections], [s.quantity for s in selections], eligible)
    values = OrderValues(order)
    priced = []
    for selection, offset, ok in zip(selections, offsets, eligible, strict=True):
        if ok:
            priced.append(_priced(order.line(selection.line_id), selection, offset, values, policy))
    return priced


def _check_aligned(evaluation: Evaluation, selections: Sequence[Selection]) -> None:
    ids = [d.line_id for d in evaluation.decisions]
    if ids != [s.line_id for s in selections]:
        raise ValueError("the evaluation was made for other selections")


def _priced(line: OrderLine, selection: Selection, offset: int, values: OrderValues, policy: Policy) -> PricedLine:
    reason = policy.reason(selection.reason_code)
    value = values.units(line, offset, selection.quantity, with_shipping=reason.refunds_shipping)
    rule = None if reason.waives_restocking_fee else policy.restocking_fee(line.category, selection.condition)
    fee = restocking_fee(value.merchandise, rule.fee_bp) if rule else 0
    return PricedLine(line, selection, value, fee, reason.allows_keep_item)


def _sum_per_line(amounts: Sequence[tuple[str, int]]) -> dict[str, int]:
    per_line: dict[str, int] = {}
    for line_id, amount in amounts:
        per_line[line_id] = per_line.get(line_id, 0) + amount
    return per_line


def _refund_amounts(priced: Sequence[PricedLine]) -> dict[str, int]:
    return _sum_per_line([(p.line.id, p.value.total - p.fee) for p in priced])


def _refund(priced: Sequence[PricedLine], tenders: Sequence[Tender], policy: Policy, before: int) -> ResolutionQuote:
    per_line = _refund_amounts(priced)
    amount = sum(per_line.values())
    split = split_refund(amount, tenders, policy.settings.tender_order, before)
    fee = sum(p.fee for p in priced)
    return ResolutionQuote(Resolution.REFUND, True, amount, per_line, fee, 0, split)


def _store_credit(priced: Sequence[PricedLine], policy: Policy) -> ResolutionQuote:
    """The refund amount plus the bonus, rounded once on the total and spread over lines exactly."""
    base = _refund_amounts(priced)
    base_total = sum(base.values())
    bonus = div_half_even(base_total * policy.settings.credit_bonus_bp, 10_000)
    shares = allocate(bonus, list(base.values()))
    per_line = {line_id: amount + share for (line_id, amount), share in zip(base.items(), shares, strict=True)}
    fee = sum(p.fee for p in priced)
    return ResolutionQuote(Resolution.STORE_CREDIT, True, base_total + bonus, per_line, fee, bonus)


def _exchange(priced: Sequence[PricedLine], policy: Policy, variants: Sequence[Variant] | None) -> ResolutionQuote:
    per_line = _sum_per_line([(p.line.id, p.value.merchandise + p.value.tax) for p in priced])
    lacking = variants is not None and any(
        not exchange_candidates(p.line, variants, policy, p.selection.quantity) for p in priced
    )
    key = "no_exchange_variant" if lacking else ""
    return ResolutionQuote(Resolution.EXCHANGE, not lacking, sum(per_line.values()), per_line, 0, 0, (), key)


def _keep_item(priced: Sequence[PricedLine], tenders: Sequence[Tender], policy: Policy, before: int) -> ResolutionQuote:
    per_line = _sum_per_line([(p.line.id, p.value.total) for p in priced])
    amount = sum(per_line.values())
    key = ""
    if not all(p.allows_keep_item for p in priced):
        key = "keep_item_reason"
    elif amount > policy.settings.keep_item_max_value:
        key = "keep_item_over_limit"
    split = () if key else split_refund(amount, tenders, policy.settings.tender_order, before)
    return ResolutionQuote(Resolution.KEEP_ITEM, not key, amount, per_line, 0, 0, split, key)


def _nothing(resolution: Resolution) -> ResolutionQuote:
    return ResolutionQuote(resolution, False, 0, {}, 0, 0, (), "nothing_eligible")


@dataclass(frozen=True)
class LineMoney:
    """The money of the units a case returns of one line, as the slip and the case show it."""

    unit_price: int
    discount_share: int
    tax: int
    restocking_fee: int


def line_money(order: Order, evaluation: Evaluation, selections: Sequence[Selection],
               policy: Policy) -> dict[str, LineMoney]:
    """Per eligible line: unit price, the order discounts its units carry, their tax and the fee."""
    found: dict[str, LineMoney] = {}
    for p in priced_lines(order, evaluation, selections, policy):
        offset = order.line(p.line.id).quantity_returned
        gross = units_share(p.line.gross, offset, p.selection.quantity, p.line.quantity)
        discount = max(0, gross - p.value.merchandise)
        before = found.get(p.line.id, LineMoney(p.line.unit_price, 0, 0, 0))
        found[p.line.id] = LineMoney(p.line.unit_price, before.discount_share + discount, before.tax + p.value.tax,
                                     before.restocking_fee + p.fee)
    return found
