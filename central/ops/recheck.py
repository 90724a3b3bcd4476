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
from datetime import timedelta
from typing import Any, Sequence, cast

from sqlalchemy import Table, bindparam, func, select
from sqlalchemy.orm import Session

from central.models import Return
from central.ops.orders import counted
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
    """What the re-check found, and the shopper history it counted (to confirm under the lock)."""

    findings: list[Finding]
    history: CustomerHistory | None = None


def recheck(session: Session, policies: PolicyCache, case: ReturnCaseIn, order: Order, customer_key: str) -> Recheck:
    """Every way the server's decision differs from the kiosk's; no findings when they agree."""
    try:
        policy = policy_for(session, policies, case.policy_version)
        if policy is None:
            return Recheck([disagreement("policy_version", f"the server has no policy version "
                                         f"{case.policy_version!r}", kiosk=case.policy_version)])
        history = customer_history(session, policy, customer_key, case)
        return Recheck(compare(case, order, policy, history), history)
    except Exception as error:  # a failing re-check must not lose a case the kiosk has already taken
        log.exception("re-check of case %s failed", case.id)
        return Recheck([disagreement("recheck_failed", f"the server could not re-check this case: {error}")])


def policy_for(session: Session, policies: PolicyCache, version: str) -> Policy | None:
    """The parsed policy of a version, from memory when it was seen before (versions never change)."""
    policy = policies.cached(version)
    if policy is None:
        stored = policy_version(session, version)
        policy = policies.get(stored.version, stored.document) if stored else None
    return policy


def history_unchanged(session: Session, policies: PolicyCache, case: ReturnCaseIn, customer_key: str,
                      counted: CustomerHistory | None) -> bool:
    """Whether the shopper's history is still what the re-check counted (another return may have landed)."""
    if counted is None:
        return True
    policy = policies.cached(case.policy_version)
    return policy is not None and customer_history(session, policy, customer_key, case) == counted


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
        option = quote(order, as_kiosk, selections, policy).option(resolution)
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


_returns = cast(Table, Return.__table__)
_HISTORY = select(func.count(), func.coalesce(func.sum(_returns.c.refunded), 0)).where(
    _returns.c.customer_key == bindparam("customer_key"), counted(_returns.c.status),
    _returns.c.id != bindparam("case_id"), _returns.c.created_at >= bindparam("since"),
    _returns.c.created_at <= bindparam("until"),
)


def customer_history(session: Session, policy: Policy, customer_key: str, case: ReturnCaseIn) -> CustomerHistory:
    """The shopper's returns here, at any store, in the policy's frequent-returns period before this case."""
    days = policy.approval.frequent_period_days
    if days is None:
        return CustomerHistory()
    at = parse_utc(case.created_at)
    count, refunded = session.connection().execute(_HISTORY, {
        "customer_key": customer_key, "case_id": case.id, "since": at - timedelta(days=days), "until": at,
    }).one()
    return CustomerHistory(returns_in_period=int(count), refunded_in_period=int(refunded))
