"""Per-item eligibility: can these units come back, and if not, why in plain words.

Every selection is judged by the line rules (reason, non-returnable, quantity, window; see
line_rules.py) and, unless refused already, by the case rules (no receipt, frequent
returner, refund above a limit; see case_rules.py). The worst finding decides the verdict,
names the policy rule that decided it and carries a message key with parameters the UI
translates (English source text in policy_messages.py). A manager's approval turns a line
held for approval into an eligible one, and the decision records that it was approved.

``Evaluation.decisions`` is aligned with the selections passed in, index for index.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Collection, Mapping, Sequence

from kiosk.workflow.case_rules import CaseLine, CustomerHistory, case_findings
from kiosk.workflow.line_rules import SEVERITY, Finding, Judged, LineRules, Verdict
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import Policy

__all__ = [
    "CustomerHistory", "Evaluation", "LineDecision", "Selection", "Verdict", "evaluate", "line_availability",
]


@dataclass(frozen=True)
class Selection:
    """What the shopper wants to return from one order line, and why."""

    line_id: str
    quantity: int
    reason_code: str
    condition: str | None = None
    note: str = ""
    sub_reason: str | None = None


@dataclass(frozen=True)
class LineDecision:
    """The verdict on one selection (or, from line_availability, one order line), explained.

    ``reason_codes`` lists every finding that held the line back, worst first (empty when
    nothing did); ``rule`` is the policy path of the deciding one; ``approved`` says a
    manager let a held-back line through.
    """

    line_id: str
    quantity: int
    verdict: Verdict
    reason_codes: tuple[str, ...]
    rule: str
    message_key: str
    message_params: Mapping[str, str | int]
    window_closes_at: datetime | None
    approved: bool = False


@dataclass(frozen=True)
class Evaluation:
    policy_version: str
    at: datetime
    decisions: tuple[LineDecision, ...]

    def decision(self, line_id: str) -> LineDecision:
        """The (first) decision for a line; KeyError when the line was not selected."""
        for decision in self.decisions:
            if decision.line_id == line_id:
                return decision
        raise KeyError(f"no decision for line {line_id!r}")

    @property
    def verdict(self) -> Verdict:
        """The worst verdict over all lines; eligible when nothing was selected."""
        return max((d.verdict for d in self.decisions), key=SEVERITY.__getitem__, default=Verdict.ELIGIBLE)

    @property
    def needs_approval(self) -> tuple[str, ...]:
        """Lines a manager must look at before the case can go ahead."""
        return tuple(d.line_id for d in self.decisions if d.verdict is Verdict.NEEDS_APPROVAL)

#: A shopper with no earlier returns in the period: the default for evaluate().
NO_HISTORY = CustomerHistory()


def evaluate(
    order: Order,
    selections: Sequence[Selection],
    policy: Policy,
    at: datetime,
    *,
    history: CustomerHistory = NO_HISTORY,
    approved_line_ids: Collection[str] = (),
    without_receipt: bool = False,
    clock_unsure: bool = False,
) -> Evaluation:
    """Decide every selection at moment ``at``.

    ``history`` counts the shopper's earlier returns in the policy's frequent-returns period;
    ``approved_line_ids`` are lines a manager approved; ``without_receipt`` marks an order
    that was not found and was keyed in by staff; ``clock_unsure`` says the kiosk's clock is
    too far from central's to decide windows (they are held for staff).
    """
    rules = LineRules(order, policy, at, clock_unsure=clock_unsure)
    taken: dict[str, int] = {}
    judged = [
        rules.judge(s.line_id, s.quantity, s.reason_code, s.condition, s.note, s.sub_reason, taken) for s in selections
    ]
    case_lines = [CaseLine(s.line_id, s.quantity, j.refused) for s, j in zip(selections, judged, strict=True)]
    shared = tuple(case_findings(order, policy, case_lines, history, without_receipt))
    approved = frozenset(approved_line_ids)
    decisions = tuple(
        _decide(s.line_id, s.quantity, j, () if j.refused else shared, s.line_id in approved)
        for s, j in zip(selections, judged, strict=True)
    )
    return Evaluation(policy.version, at, decisions)


def line_availability(order: Order, policy: Policy, at: datetime, *,
                      clock_unsure: bool = False) -> dict[str, LineDecision]:
    """Before the shopper picks: whether each line can come back at all, and how many units."""
    rules = LineRules(order, policy, at, clock_unsure=clock_unsure)
    return {line.id: _decide(line.id, line.returnable_quantity, rules.availability(line), (), False) for line in order.lines}


def _decide(line_id: str, quantity: int, judged: Judged, shared: Sequence[Finding], approved: bool) -> LineDecision:
    """The worst finding decides; every finding that held the line back is listed, worst first."""
    blockers = [f for f in judged.findings if f.verdict is not Verdict.ELIGIBLE]
    blockers.extend(shared)
    if len(blockers) > 1:
        blockers.sort(key=lambda f: -SEVERITY[f.verdict])
    if blockers:
        decisive = blockers[0]
    elif judged.findings:
        decisive = next((f for f in judged.findings if f.verdict is Verdict.ELIGIBLE), judged.findings[0])
    else:
        decisive = Finding(Verdict.ELIGIBLE, "eligible", "", "eligible")
    verdict, key, params = decisive.verdict, decisive.message_key, decisive.params
    let_through = approved and verdict is Verdict.NEEDS_APPROVAL
    if let_through:
        verdict, key, params = Verdict.ELIGIBLE, "approved", {**params, "held_back_by": key}
    return LineDecision(
        line_id=line_id,
        quantity=quantity,
        verdict=verdict,
        reason_codes=tuple(f.code for f in blockers),
        rule=decisive.rule,
        message_key=key,
        message_params=params,
        window_closes_at=judged.closes_at,
        approved=let_through,
    )
