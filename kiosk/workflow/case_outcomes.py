"""What a decided case turns into: vouchers, refused lines, dispositions and each line's money.

The wizard builds the decision (``ReturnSession.build_case``); this adds what case format v3
carries so the decision becomes real: a voucher for store credit (and, at an unattended
kiosk, for the cash it cannot pay), the lines the shopper could not return and why (the
refusal slip), where each returned line goes (the policy's disposition, or the one staff
chose), the money of each line (price, discount, tax, fee) and the exchange variant taken.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from kiosk.workflow.cases import CaseLine, RefusedLine, Resolution, ReturnCase, TenderRefund, Voucher
from kiosk.workflow.dispositions import DispositionChange, check_disposition, disposition_for
from kiosk.workflow.quotes import LineMoney, line_money
from kiosk.workflow.tenders import voucher_parts
from kiosk.workflow.variants import Variant
from kiosk.workflow.vouchers import STORE_CREDIT, expiry_date, issue_vouchers, standing_in_for
from kiosk.workflow.wizard import ReturnSession


def policy_dispositions(session: ReturnSession) -> dict[str, str]:
    """Line id -> where the policy sends each picked line, from its reason, condition and category."""
    assert session.order is not None
    return {
        s.line_id: disposition_for(session.policy, s.reason_code, s.condition,
                                   session.order.line(s.line_id).category)
        for s in session.selections()
    }


def disposition_changes(session: ReturnSession, chosen: Mapping[str, str]) -> list[DispositionChange]:
    """The lines staff sent elsewhere than the policy does (for the audit log)."""
    by_policy = policy_dispositions(session)
    return [DispositionChange(line_id, by_policy[line_id], check_disposition(after))
            for line_id, after in sorted(chosen.items()) if line_id in by_policy and by_policy[line_id] != after]


def refused_lines(session: ReturnSession) -> tuple[RefusedLine, ...]:
    """The lines the shopper picked that are not taken back, with the rule and message that say why."""
    assert session.order is not None
    refused = []
    for decision in session.held_lines():
        line = session.order.line(decision.line_id)
        reason = session.choices[line.id].reason_code if line.id in session.choices else None
        refused.append(RefusedLine(line.id, line.sku, line.title, decision.quantity, reason or "", decision.rule,
                                   decision.message_key, dict(decision.message_params)))
    return tuple(refused)


def with_outcomes(case: ReturnCase, session: ReturnSession, *, unattended: bool,
                  dispositions: Mapping[str, str] | None = None) -> ReturnCase:
    """``case`` (just built by ``session``) with its vouchers, refused lines, bonus and line outcomes.

    ``unattended``: a shopper-mode kiosk, which never pays cash (kiosk.workflow.tenders).
    ``dispositions``: line id -> the disposition staff chose instead of the policy's.
    """
    assert session.order is not None and session.evaluation is not None and session.quote is not None
    chosen = {**policy_dispositions(session), **{k: check_disposition(v) for k, v in (dispositions or {}).items()}}
    money = line_money(session.order, session.evaluation, session.selections(), session.policy)
    lines = tuple(_line(line, chosen, money, session) for line in case.lines)
    bonus = session.quote.option(case.resolution).bonus if case.resolution is Resolution.STORE_CREDIT else 0
    return replace(case, lines=lines, refused_lines=refused_lines(session), credit_bonus=bonus,
                   vouchers=case_vouchers(case, session, unattended=unattended))


def case_vouchers(case: ReturnCase, session: ReturnSession, *, unattended: bool) -> tuple[Voucher, ...]:
    """Store credit (the credit total, bonus included, plus refunds back to store credit) and, when
    unattended, the cash part as the policy says; expiry from the policy, on a store-local day."""
    settings = session.policy.settings
    parts = voucher_parts(case.tender_refunds, unattended=unattended, unattended_cash=settings.unattended_cash)
    return issue_vouchers(case.code, case.currency, _merged([(STORE_CREDIT, case.credit_total), *parts]),
                          expiry_date(case.created_at, session.policy.timezone, settings.credit_expiry_days))


def _merged(parts: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    totals: dict[str, int] = {}
    for kind, amount in parts:
        totals[kind] = totals.get(kind, 0) + amount
    return list(totals.items())


def _line(line: CaseLine, chosen: Mapping[str, str], money: Mapping[str, LineMoney],
          session: ReturnSession) -> CaseLine:
    assert session.order is not None
    paid = money.get(line.line_id, LineMoney(session.order.line(line.line_id).unit_price, 0, 0, 0))
    variant = _variant(line.exchange_sku, session.variants)
    title = line.title if variant is not None else None  # the same product; the attributes tell them apart
    return replace(
        line, disposition=chosen.get(line.line_id), unit_price=paid.unit_price, discount_share=paid.discount_share,
        tax=paid.tax, restocking_fee=paid.restocking_fee, exchange_title=title,
        exchange_attributes=dict(variant.attributes) if variant is not None else {},
        gtin=line.gtin or session.order.line(line.line_id).gtin,
    )


def _variant(sku: str | None, variants: Sequence[Variant] | None) -> Variant | None:
    if sku is None:
        return None
    return next((v for v in variants or () if v.sku == sku), Variant(sku, ""))


def refund_parts(case: ReturnCase) -> tuple[TenderRefund, ...]:
    """The tender refunds a person or the payment side settles: those no voucher stands in for."""
    return tuple(t for t in case.tender_refunds if standing_in_for(case, t) is None)
