"""Re-deciding a posted case with ``kiosk.workflow``, under the policy version the kiosk used.

The kiosk decided offline; the server holds what the kiosk could not see (other devices'
returns, the shopper's returns at other stores). Each line's verdict is decided again and
each amount priced again; every difference becomes a disagreement stored with the return
(status "review"), never a silent acceptance and never a lost case: the goods are already
back in the store, so even a failing re-check stores the case and says so.

A manager's approval on a line legitimately turns the policy's needs_approval or ineligible
into an accepted line; amounts are priced on the kiosk's verdicts, so a verdict difference
is reported once, as such, and not again as every amount it touches.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, NamedTuple, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import Return
from central.ops.orders import COUNTED_STATUSES
from central.ops.policies import policy_version
from central.policy_cache import PolicyCache
from central.schemas import CaseLineIn, ReturnCaseIn
from kiosk.workflow.cases import Resolution
from kiosk.workflow.clock import parse_utc
from kiosk.workflow.eligibility import CustomerHistory, Evaluation, Selection, Verdict, evaluate
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import Policy
from kiosk.workflow.quotes import ResolutionQuote, quote

log = logging.getLogger("central.recheck")

Finding = dict[str, Any]


def disagreement(kind: str, message: str, *, line_id: str | None = None, kiosk: Any = None,
                 server: Any = None) -> Finding:
    return {"kind": kind, "line_id": line_id, "kiosk": kiosk, "server": server, "message": message}


@dataclass(frozen=True)
class Recheck:
    """What the re-check found: nothing when the server agrees with the kiosk."""

    findings: list[Finding]


def recheck(policy: Policy | Finding, case: ReturnCaseIn, order: Order, history: CustomerHistory) -> Recheck:
    """Every way the server's decision differs from the kiosk's under ``policy`` (from
    ``policy_of``), for the order as served and the shopper's history; none when they agree."""
    if not isinstance(policy, Policy):
        return Recheck([policy])
    try:
        return Recheck(compare(case, order, policy, history))
    except Exception as error:  # a failing re-check must not lose a case the kiosk has already taken
        return Recheck([_failed(case, error)])


def policy_of(session: Session, policies: PolicyCache, case: ReturnCaseIn) -> Policy | Finding:
    """The policy the kiosk decided under, or the finding that the server cannot use it."""
    try:
        policy = policy_for(session, policies, case.policy_version)
    except Exception as error:
        return _failed(case, error)
    if policy is None:
        return disagreement("policy_version", f"the server has no policy version {case.policy_version!r}",
                            kiosk=case.policy_version)
    return policy


def _failed(case: ReturnCaseIn, error: Exception) -> Finding:
    log.exception("re-check of case %s failed", case.id)
    return disagreement("recheck_failed", f"the server could not re-check this case: {error}")


def policy_for(session: Session, policies: PolicyCache, version: str) -> Policy | None:
    """The parsed policy of a version, from memory when it was seen before (versions never change)."""
    policy = policies.cached(version)
    if policy is None:
        stored = policy_version(session, version)
        policy = policies.get(stored.version, stored.document) if stored else None
    return policy


def compare(case: ReturnCaseIn, order: Order, policy: Policy, history: CustomerHistory) -> list[Finding]:
    at = parse_utc(case.created_at)
    selections = [Selection(l.line_id, l.quantity, l.reason_code, l.condition, l.note) for l in case.lines]
    covered = approved_lines(case)
    evaluation = evaluate(order, selections, policy, at, history=history, approved_line_ids=covered)
    found = [disagreement("currency", "the case is not in the order's currency", kiosk=case.currency,
                          server=order.currency)] if case.currency != order.currency else []
    found += _verdicts(case.lines, evaluation, covered)
    found += _amounts(case, order, policy, selections, evaluation)
    return found


def approved_lines(case: ReturnCaseIn) -> set[str]:
    """Lines a manager approved; an approval naming no line covers the whole case."""
    if any(a.line_id is None for a in case.approvals):
        return {line.line_id for line in case.lines}
    return {a.line_id for a in case.approvals if a.line_id is not None}


def _verdicts(lines: Sequence[CaseLineIn], evaluation: Evaluation, covered: set[str]) -> list[Finding]:
    found = []
    for line, decision in zip(lines, evaluation.decisions, strict=True):
        server = decision.verdict.value
        overridden = line.line_id in covered and decision.verdict is not Verdict.ELIGIBLE
        if line.verdict == server or (overridden and line.verdict == Verdict.ELIGIBLE.value):
            continue
        found.append(disagreement(
            "verdict", f"the policy says {server} ({decision.message_key}); the kiosk said {line.verdict}",
            line_id=line.line_id, kiosk=line.verdict, server=server,
        ))
    return found


def _amounts(case: ReturnCaseIn, order: Order, policy: Policy, selections: Sequence[Selection],
             evaluation: Evaluation) -> list[Finding]:
    as_kiosk = replace(evaluation, decisions=tuple(
        replace(d, verdict=Verdict(line.verdict)) for d, line in zip(evaluation.decisions, case.lines, strict=True)
    ))
    resolution = Resolution(case.resolution)
    try:
        option = quote(order, as_kiosk, selections, policy, only=resolution).option(resolution)
    except KeyError:
        return [disagreement("resolution", f"policy {policy.version} does not offer {resolution.value}",
                             kiosk=resolution.value)]
    found = [] if option.available else [disagreement(
        "resolution", f"{resolution.value} is not available for this case ({option.message_key})",
        kiosk=resolution.value)]
    return found + _line_amounts(case.lines, option) + _totals(case, resolution, option)


def _line_amounts(lines: Sequence[CaseLineIn], option: ResolutionQuote) -> list[Finding]:
    kiosk: dict[str, int] = {}
    for line in lines:
        kiosk[line.line_id] = kiosk.get(line.line_id, 0) + line.refund_amount
    return [
        disagreement("amount", f"line {line_id} is worth {option.per_line.get(line_id, 0)}, the kiosk said {amount}",
                     line_id=line_id, kiosk=amount, server=option.per_line.get(line_id, 0))
        for line_id, amount in kiosk.items() if amount != option.per_line.get(line_id, 0)
    ]


def _totals(case: ReturnCaseIn, resolution: Resolution, option: ResolutionQuote) -> list[Finding]:
    refund = option.total if resolution in (Resolution.REFUND, Resolution.KEEP_ITEM) else 0
    credit = option.total if resolution is Resolution.STORE_CREDIT else 0
    found = []
    for name, kiosk, server in (("refund_total", case.refund_total, refund), ("credit_total", case.credit_total, credit)):
        if kiosk != server:
            found.append(disagreement("total", f"{name} is {server}, the kiosk said {kiosk}", kiosk=kiosk, server=server))
    quoted = _tenders([(t.kind, t.amount, t.reference) for t in option.tender_refunds])
    posted = _tenders([(t.kind, t.amount, t.reference) for t in case.tender_refunds])
    # A refund names its tenders; keeping the item may or may not (the wizard leaves them out).
    expected = quoted if resolution is Resolution.REFUND or (resolution is Resolution.KEEP_ITEM and posted) else []
    if posted != expected:
        found.append(disagreement("tender_refunds", "the refund is split over the tenders differently",
                                  kiosk=posted, server=expected))
    return found


def _tenders(entries: Sequence[tuple[str, int, str]]) -> list[dict[str, Any]]:
    return [{"kind": k, "amount": a, "reference": r} for k, a, r in sorted(entries)]


class Past(NamedTuple):
    """One of a shopper's returns that counts towards the frequent-returns rule."""

    id: str
    created_at: datetime
    refunded: int


def recent_returns(session: Session, customer_key: str, since: datetime, until: datetime) -> list[Past]:
    """The shopper's returns here, at any store, created from ``since`` to ``until``."""
    rows = session.execute(select(Return.id, Return.created_at, Return.refunded).where(
        Return.customer_key == customer_key, Return.status.in_(COUNTED_STATUSES),
        Return.created_at >= since, Return.created_at <= until))
    return [Past(*row) for row in rows]


def frequent_period(policy: Policy | Finding, case: ReturnCaseIn) -> tuple[datetime, datetime] | None:
    """The span before the case in which the policy counts the shopper's returns, if it does."""
    days = policy.approval.frequent_period_days if isinstance(policy, Policy) else None
    if days is None:
        return None
    at = parse_utc(case.created_at)
    return at - timedelta(days=days), at


def history_of(past: Sequence[Past], case: ReturnCaseIn, policy: Policy | Finding) -> CustomerHistory:
    """The shopper's returns in the policy's frequent-returns period before this case (itself left out)."""
    period = frequent_period(policy, case)
    if period is None:
        return CustomerHistory()
    since, until = period
    mine = [p for p in past if p.id != case.id and since <= p.created_at <= until]
    return CustomerHistory(returns_in_period=len(mine), refunded_in_period=sum(p.refunded for p in mine))
