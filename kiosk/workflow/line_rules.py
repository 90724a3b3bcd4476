"""The rules that judge one selected line on its own: reason, non-returnable, quantity, window.

Each rule that has something to say appends a ``Finding``: a verdict, a code, the policy
path that decided and a message key with parameters. Eligibility (eligibility.py) combines
them. Findings are appended to a list rather than yielded because a 50-line order is judged
on every tap in the wizard and this is its inner loop.

A kiosk whose clock is off from central's by more than the policy allows (``clock_unsure``,
see kiosk.workflow.clock_offset) cannot tell whether a window is open: every window finding,
open, in grace or closed, then becomes a hold for staff with the message ``clock_unsure``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Mapping, NamedTuple

from kiosk.workflow.orders import Order, OrderLine
from kiosk.workflow.policy import Policy, Reason
from kiosk.workflow.windows import Window, WindowCalculator, local_date

Params = Mapping[str, "str | int"]


class Verdict(str, Enum):
    ELIGIBLE = "eligible"
    NEEDS_APPROVAL = "needs_approval"
    INELIGIBLE = "ineligible"

    @property
    def severity(self) -> int:
        return SEVERITY[self]


SEVERITY = {Verdict.ELIGIBLE: 0, Verdict.NEEDS_APPROVAL: 1, Verdict.INELIGIBLE: 2}


@dataclass(frozen=True)
class Finding:
    """What one rule says about one line."""

    verdict: Verdict
    code: str
    rule: str
    message_key: str
    params: Params = field(default_factory=dict)


def refuse(code: str, rule: str, params: Params | None = None, key: str | None = None) -> Finding:
    return Finding(Verdict.INELIGIBLE, code, rule, key or code, params or {})


class Judged(NamedTuple):
    """A line's findings, when its window closes, and whether any finding refuses it.

    Findings come in the order that explains best when several refuse a line: what the item
    is (final sale, category), then its window, then the quantity, then the shopper's answers.
    (A named tuple: one is made per line on every evaluation.)
    """

    findings: list[Finding]
    closes_at: datetime | None
    refused: bool


def judged(findings: list[Finding], closes_at: datetime | None) -> Judged:
    refused = False
    for finding in findings:
        if finding.verdict is Verdict.INELIGIBLE:
            refused = True
    return Judged(findings, closes_at, refused)


class LineRules:
    """Judges lines of one order under one policy at one moment; shared work is done once."""

    def __init__(self, order: Order, policy: Policy, at: datetime, *, clock_unsure: bool = False) -> None:
        if at.tzinfo is None:
            raise ValueError("evaluation time must be timezone-aware")
        self.order, self.policy, self.at = order, policy, at
        self.clock_unsure = clock_unsure
        self.windows = WindowCalculator(order, policy)
        self.today = local_date(at, self.windows.zone)
        self.lines: dict[str, OrderLine] = {line.id: line for line in order.lines}
        self.reasons: dict[str, tuple[int, Reason]] = {r.code: (i, r) for i, r in enumerate(policy.reasons)}
        self.condition_codes = frozenset(c.code for c in policy.conditions)
        self._window_findings: dict[tuple[str, str], Finding] = {}
        self._by_kind: dict[tuple[str, tuple[str, ...]], tuple[Finding, datetime]] = {}

    def judge(self, line_id: str, quantity: int, reason_code: str, condition: str | None,
              note: str, sub_reason: str | None, taken: dict[str, int]) -> Judged:
        """All findings for one selection; ``taken`` counts units earlier selections of this case claimed."""
        line = self.lines.get(line_id)
        if line is None:
            return judged([refuse("unknown_line", "order.lines", {"line_id": line_id})], None)
        findings: list[Finding] = []
        self._check_returnable(line, findings)
        window_finding, closes_at = self._window_of(line)
        findings.append(window_finding)
        _check_quantity(line, quantity, taken, findings)
        self._check_reason(reason_code, condition, note, sub_reason, findings)
        return judged(findings, closes_at)

    def availability(self, line: OrderLine) -> Judged:
        """Findings before any reason or quantity is chosen: can this line come back at all."""
        findings: list[Finding] = []
        self._check_returnable(line, findings)
        window_finding, closes_at = self._window_of(line)
        findings.append(window_finding)
        if line.returnable_quantity == 0:
            findings.append(_already_returned(line))
        return judged(findings, closes_at)

    def _check_reason(self, code: str, condition: str | None, note: str, sub_reason: str | None, findings: list[Finding]) -> None:
        found = self.reasons.get(code)
        if found is None:
            findings.append(refuse("unknown_reason", "reasons", {"reason": code}))
            return
        index, reason = found
        if reason.requires_note and not note.strip():
            findings.append(refuse("note_required", f"reasons[{index}].requires_note", {"reason": code}))
        if reason.conditions and condition is None:
            findings.append(refuse("condition_required", f"reasons[{index}].conditions", {"reason": code}))
        elif condition is not None and condition not in (reason.conditions or self.condition_codes):
            params = {"reason": code, "condition": condition}
            findings.append(refuse("condition_not_allowed", f"reasons[{index}].conditions", params))
        if sub_reason is not None and sub_reason not in reason.sub_reasons:
            params = {"reason": code, "sub_reason": sub_reason}
            findings.append(refuse("sub_reason_unknown", f"reasons[{index}].sub_reasons", params))

    def _check_returnable(self, line: OrderLine, findings: list[Finding]) -> None:
        policy = self.policy
        if self.order.currency != policy.currency:  # its prices would be read as another currency's
            params = {"order_currency": self.order.currency, "policy_currency": policy.currency}
            findings.append(refuse("currency_mismatch", "currency", params))
        if line.final_sale and not policy.final_sale_returnable:
            findings.append(refuse("final_sale", "rules.non_returnable.final_sale", {"title": line.title}))
        if line.category in policy.non_returnable_categories:
            params = {"category": line.category, "category_label": policy.category_label(line.category)}
            findings.append(refuse("non_returnable_category", "rules.non_returnable.categories", params))
        for tag in line.tags:
            if tag in policy.non_returnable_tags:
                findings.append(refuse("non_returnable_tag", "rules.non_returnable.tags", {"tag": tag}))

    def _window_of(self, line: OrderLine) -> tuple[Finding, datetime]:
        """The window finding and closing time; lines of one category and tags share them."""
        kind = (line.category, line.tags)
        known = self._by_kind.get(kind)
        if known is None:
            window = self.windows.for_line(line)
            known = self._by_kind[kind] = (self._window_finding(line, window), window.closes_at)
        return known

    def _window_finding(self, line: OrderLine, window: Window) -> Finding:
        """What the window says; lines of one category under one window share the answer."""
        key = (window.path, line.category)
        finding = self._window_findings.get(key)
        if finding is None:
            finding = self._window_findings[key] = self._judge_window(line, window)
        return finding

    def _judge_window(self, line: OrderLine, window: Window) -> Finding:
        params = self._window_params(line, window)
        if self.clock_unsure:
            rule = "approval.max_clock_offset_minutes"
            return Finding(Verdict.NEEDS_APPROVAL, "clock_unsure", rule, "clock_unsure", params)
        if self.at < window.closes_at:
            return Finding(Verdict.ELIGIBLE, "within_window", window.path, "returnable_until", params)
        key = "extended_window_closed" if window.extended else f"window_closed{_SINCE[window.counted_from]}"
        if self.at < window.grace_until:
            params = {**params, "grace_days": self.policy.approval.grace_days, "closed_message": key}
            return Finding(Verdict.NEEDS_APPROVAL, "window_grace", "approval.grace_days", "window_grace", params)
        return refuse("window_closed", window.path, params, key)

    def _window_params(self, line: OrderLine, window: Window) -> dict[str, str | int]:
        subject = window.subject or line.category
        ago_key = "delivered_days_ago" if window.counted_from == "delivery" else "purchased_days_ago"
        params: dict[str, str | int] = {
            "category": subject,
            "category_label": window.label or self.policy.category_label(subject),
            "days": window.days,
            ago_key: (self.today - window.starts_on).days,
            "closes_on": window.last_day.isoformat(),
        }
        if window.extended:
            params["extension"] = window.extended.label or window.extended.id
        return params


_SINCE = {"delivery": "", "purchase": "_since_purchase"}


def _check_quantity(line: OrderLine, quantity: int, taken: dict[str, int], findings: list[Finding]) -> None:
    """Never more than purchased, less already returned, less what earlier selections of this case take."""
    returnable = line.quantity - line.quantity_returned
    available = returnable - taken.get(line.id, 0)
    if quantity <= 0:
        findings.append(refuse("quantity_not_positive", "quantity", {"quantity": quantity}))
    elif returnable <= 0:
        findings.append(_already_returned(line))
    elif quantity > available:
        params = {"requested": quantity, "available": max(0, available), "purchased": line.quantity}
        findings.append(refuse("quantity_exceeds", "quantity", params))
    else:
        taken[line.id] = taken.get(line.id, 0) + quantity


def _already_returned(line: OrderLine) -> Finding:
    return refuse("already_returned", "quantity", {"purchased": line.quantity})
