"""Draft policies before they go live: what they would change, a readable diff, two-person publishing.

``simulate`` replays a draft over the last N days with the kiosk's own engine
(``kiosk.workflow.eligibility.evaluate`` and ``quotes.quote``, as ``kiosk policy explain`` and
the re-check at intake use them):

* every return taken in the span is decided again as it was posted — the same selections,
  moment, manager approvals and resolution, against its order as it stood before that return
  and the shopper's returns before it — and each line whose verdict or amount would differ
  is counted under the draft rule that decides it;
* every order placed in the span is asked, line by line, what it would allow today under the
  current policy and under the draft.

Publishing needs two head-office users: one ``propose``s a draft, another ``confirm``s it,
which makes it current through ``central.ops.policies.set_policy`` (the same path as
``kiosk-central set-policy``). Nobody confirms their own proposal.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Mapping, Sequence

from sqlalchemy import select

from central.database import Database
from central.errors import AdminError
from central.models import Order, Return, ReturnLine
from central.models_backoffice import PolicyProposal
from central.ops import policies
from central.ops.backoffice_users import record_event, require_head_office
from central.ops.orders import COUNTED_STATUSES, served
from kiosk.workflow.cases import Resolution
from kiosk.workflow.clock import parse_utc
from kiosk.workflow.eligibility import CustomerHistory, Evaluation, Selection, evaluate, line_availability
from kiosk.workflow.orders import Order as DomainOrder
from kiosk.workflow.policy import Policy, parse_policy
from kiosk.workflow.policy_messages import render_message
from kiosk.workflow.quotes import quote

# ---- a readable diff ------------------------------------------------------------------------

#: Fields that name an item of a list in a policy, so a list item is shown by its name, not its index.
_ITEM_KEYS = ("category", "tag", "id", "code", "resolution")


@dataclass(frozen=True)
class Change:
    path: str
    before: Any
    after: Any

    @property
    def kind(self) -> str:
        return "added" if self.before is _MISSING else "removed" if self.after is _MISSING else "changed"

    def describe(self) -> str:
        if self.kind == "added":
            return f"{self.path}: added {_show(self.after)}"
        if self.kind == "removed":
            return f"{self.path}: removed (was {_show(self.before)})"
        return f"{self.path}: {_show(self.before)} → {_show(self.after)}"


class _Missing:
    def __repr__(self) -> str:
        return "(none)"


_MISSING: Any = _Missing()


def _show(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True) if not isinstance(value, str) else repr(value)


def diff(before: Any, after: Any, path: str = "") -> list[Change]:
    """Every difference between two policy documents, by field path (list items by their name)."""
    if isinstance(before, Mapping) and isinstance(after, Mapping):
        changes: list[Change] = []
        for key in list(before) + [k for k in after if k not in before]:
            changes += diff(before.get(key, _MISSING), after.get(key, _MISSING), f"{path}.{key}" if path else str(key))
        return changes
    if isinstance(before, list) and isinstance(after, list) and (named := _named(before, after)) is not None:
        old, new = named
        changes = []
        for key in list(old) + [k for k in new if k not in old]:
            changes += diff(old.get(key, _MISSING), new.get(key, _MISSING), f"{path}[{key}]")
        return changes
    return [] if before == after else [Change(path, before, after)]


def _named(before: list[Any], after: list[Any]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    for key in _ITEM_KEYS:
        items = before + after
        if items and all(isinstance(i, Mapping) and isinstance(i.get(key), str) for i in items):
            old, new = {i[key]: i for i in before}, {i[key]: i for i in after}
            if len(old) == len(before) and len(new) == len(after):
                return old, new
    return None


# ---- the simulator --------------------------------------------------------------------------

@dataclass(frozen=True)
class LineOutcome:
    """One line of a past return (or an order line) under the policy it had and under the draft."""

    source: str  # "return" or "order"
    case_id: str
    code: str
    order_number: str
    line_id: str
    sku: str
    quantity: int
    at: datetime
    before_verdict: str
    before_rule: str
    before_amount: int
    after_verdict: str
    after_rule: str
    after_amount: int
    message: str

    @property
    def changed(self) -> bool:
        return self.before_verdict != self.after_verdict or self.before_amount != self.after_amount

    @property
    def change(self) -> str:
        if self.before_verdict != self.after_verdict:
            return f"{self.before_verdict} → {self.after_verdict}"
        return "amount"


@dataclass(frozen=True)
class RuleSummary:
    source: str
    rule: str
    change: str
    lines: int
    units: int
    amount_before: int
    amount_after: int
    examples: tuple[LineOutcome, ...]


@dataclass
class Simulation:
    draft_version: str
    current_version: str | None
    since: datetime
    until: datetime
    returns: int = 0
    orders: int = 0
    lines: list[LineOutcome] = field(default_factory=list)

    @property
    def changed(self) -> list[LineOutcome]:
        return [line for line in self.lines if line.changed]

    def summary(self, examples: int = 3) -> list[RuleSummary]:
        """Changed lines grouped by where they come from, the draft's deciding rule and the change."""
        groups: dict[tuple[str, str, str], list[LineOutcome]] = defaultdict(list)
        for line in self.changed:
            groups[(line.source, line.after_rule or line.before_rule or "-", line.change)].append(line)
        return [RuleSummary(source, rule, change, len(items), sum(i.quantity for i in items),
                            sum(i.before_amount for i in items), sum(i.after_amount for i in items),
                            tuple(items[:examples]))
                for (source, rule, change), items in sorted(groups.items(), key=lambda g: (g[0][0], -len(g[1]), g[0]))]

    def to_dict(self, examples: int = 3) -> dict[str, Any]:
        return {
            "draft_version": self.draft_version, "current_version": self.current_version,
            "since": self.since.isoformat(), "until": self.until.isoformat(), "returns": self.returns,
            "orders": self.orders, "changed_lines": len(self.changed),
            "by_rule": [{"source": s.source, "rule": s.rule, "change": s.change, "lines": s.lines, "units": s.units,
                         "amount_before": s.amount_before, "amount_after": s.amount_after,
                         "examples": [_example(e) for e in s.examples]} for s in self.summary(examples)],
        }


def _example(line: LineOutcome) -> dict[str, Any]:
    return {"code": line.code, "order_number": line.order_number, "line_id": line.line_id, "sku": line.sku,
            "before": line.before_verdict, "after": line.after_verdict, "amount_before": line.before_amount,
            "amount_after": line.after_amount, "message": line.message}


def simulate(db: Database, draft_document: Any, days: int, now: datetime, *,
             store_id: str | None = None) -> Simulation:
    """Replay ``draft_document`` over the returns taken and the orders placed in the last ``days`` days.

    Raises PolicyError for a draft that is not a valid policy.
    """
    draft = parse_policy(draft_document)
    if days < 1:
        raise AdminError("simulate over at least one day")
    since = now - timedelta(days=days)
    with db.reading() as session:
        stored = policies.current_policy(session)
        current = parse_policy(stored.document) if stored else None
        returns = session.execute(_returns_query(since, now, store_id)).all()
        order_rows = session.execute(_orders_query(since, store_id)).all()
        earlier = _counted_lines(session, {r.Return.order_id for r in returns} | {o.id for o in order_rows})
        customers = _customer_returns(session, {r.Return.customer_key for r in returns})
    result = Simulation(draft.version, stored.version if stored else None, since, now)
    for row in returns:
        result.returns += 1
        result.lines += replay_return(row.Return, row.document, draft, earlier.get(row.Return.order_id, []),
                                      customers.get(row.Return.customer_key, []))
    for order in order_rows:
        if parse_utc(str(order.document["placed_at"])) < since:
            continue
        result.orders += 1
        result.lines += replay_order(order, current, draft, earlier.get(order.id, []), now)
    return result


def _returns_query(since: datetime, until: datetime, store_id: str | None) -> Any:
    query = (select(Return, Order.document).join(Order, Order.id == Return.order_id)
             .where(Return.status.in_(COUNTED_STATUSES), Return.created_at >= since, Return.created_at <= until)
             .order_by(Return.created_at, Return.id))
    return query.where(Return.store_id == store_id) if store_id else query


def _orders_query(since: datetime, store_id: str | None) -> Any:
    # placed_at is in the document; window_start (delivery, else purchase) is never before it.
    query = select(Order.id, Order.number, Order.document).where(Order.window_start >= since).order_by(Order.id)
    return query.where(Order.store_id == store_id) if store_id else query


#: (return id, created at, line id, quantity) of the counted returns of one order.
_Earlier = tuple[str, datetime, str, int]


def _counted_lines(session: Any, order_ids: set[int]) -> dict[int, list[_Earlier]]:
    found: dict[int, list[_Earlier]] = defaultdict(list)
    if not order_ids:
        return found
    rows = session.execute(select(ReturnLine.order_id, Return.id, Return.created_at, ReturnLine.line_id,
                                  ReturnLine.quantity).join(Return, Return.id == ReturnLine.return_id)
                           .where(ReturnLine.order_id.in_(sorted(order_ids)), ReturnLine.counts.is_(True),
                                  Return.status.in_(COUNTED_STATUSES)))
    for order_id, return_id, created_at, line_id, quantity in rows:
        found[order_id].append((return_id, created_at, line_id, quantity))
    return found


def _customer_returns(session: Any, keys: set[str]) -> dict[str, list[tuple[str, datetime, int]]]:
    found: dict[str, list[tuple[str, datetime, int]]] = defaultdict(list)
    if keys:
        rows = session.execute(select(Return.customer_key, Return.id, Return.created_at, Return.refunded)
                               .where(Return.customer_key.in_(sorted(keys)), Return.status.in_(COUNTED_STATUSES)))
        for key, return_id, created_at, refunded in rows:
            found[key].append((return_id, created_at, refunded))
    return found


def order_before(document: Mapping[str, Any], earlier: Sequence[_Earlier], case_id: str | None,
                 at: datetime | None) -> DomainOrder:
    """The order as served just before a return (or now): the platform's returns plus the
    counted returns taken here before it."""
    returned: dict[str, int] = defaultdict(int)
    for return_id, created_at, line_id, quantity in earlier:
        if return_id != case_id and (at is None or created_at < at):
            returned[line_id] += quantity
    return DomainOrder.from_dict(served(document, returned))


def replay_return(row: Return, order_document: Mapping[str, Any], draft: Policy, earlier: Sequence[_Earlier],
                  customer: Sequence[tuple[str, datetime, int]]) -> list[LineOutcome]:
    case = row.body
    at = parse_utc(str(case["created_at"]))
    order = order_before(order_document, earlier, row.id, at)
    lines = list(case.get("lines", []))
    selections = [Selection(str(l["line_id"]), int(l["quantity"]), str(l["reason_code"]), l.get("condition"),
                            str(l.get("note") or "")) for l in lines]
    evaluation = evaluate(order, selections, draft, at, history=_history(draft, customer, row.id, at),
                          approved_line_ids=approved_lines(case))
    amounts = _amounts(order, evaluation, selections, draft, str(case.get("resolution", "")))
    return [
        LineOutcome("return", row.id, row.code, row.order_number, d.line_id, str(l.get("sku", "")), d.quantity, at,
                    str(l.get("verdict", "")), str(l.get("rule", "")), int(l.get("refund_amount", 0)),
                    d.verdict.value, d.rule, amounts.get(d.line_id, 0), render_message(d.message_key, d.message_params))
        for l, d in zip(lines, evaluation.decisions, strict=True)
    ]


def approved_lines(case: Mapping[str, Any]) -> set[str]:
    """Lines a manager approved; an approval naming no line covers the whole case (as at intake)."""
    approvals = case.get("approvals") or []
    if any(a.get("line_id") is None for a in approvals):
        return {str(l["line_id"]) for l in case.get("lines", [])}
    return {str(a["line_id"]) for a in approvals}


def _history(policy: Policy, customer: Sequence[tuple[str, datetime, int]], case_id: str,
             at: datetime) -> CustomerHistory:
    days = policy.approval.frequent_period_days
    if days is None:
        return CustomerHistory()
    since = at - timedelta(days=days)
    mine = [(i, c, r) for i, c, r in customer if i != case_id and since <= c <= at]
    return CustomerHistory(returns_in_period=len(mine), refunded_in_period=sum(r for _i, _c, r in mine))


def _amounts(order: DomainOrder, evaluation: Evaluation, selections: Sequence[Selection], policy: Policy,
             resolution: str) -> dict[str, int]:
    """What each line would be worth under ``policy`` for the case's resolution (0 when not offered)."""
    try:
        option = quote(order, evaluation, selections, policy, only=Resolution(resolution)).option(Resolution(resolution))
    except (KeyError, ValueError):
        return {}
    return dict(option.per_line) if option.available else {}


def replay_order(order: Any, current: Policy | None, draft: Policy, earlier: Sequence[_Earlier],
                 now: datetime) -> list[LineOutcome]:
    domain = order_before(order.document, earlier, None, None)
    after = line_availability(domain, draft, now)
    before = line_availability(domain, current, now) if current else {}
    outcomes = []
    for line in domain.lines:
        new = after[line.id]
        old = before.get(line.id)
        outcomes.append(LineOutcome(
            "order", "", "", order.number, line.id, line.sku, new.quantity, now,
            old.verdict.value if old else "-", old.rule if old else "", 0, new.verdict.value, new.rule, 0,
            render_message(new.message_key, new.message_params)))
    return outcomes


# ---- two-person publishing ------------------------------------------------------------------

@dataclass(frozen=True)
class Proposal:
    id: int
    version: str
    status: str
    note: str
    proposed_by: str
    proposed_at: datetime
    confirmed_by: str | None
    confirmed_at: datetime | None
    document: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, "status": self.status, "note": self.note,
                "proposed_by": self.proposed_by, "proposed_at": self.proposed_at.isoformat(),
                "confirmed_by": self.confirmed_by,
                "confirmed_at": self.confirmed_at.isoformat() if self.confirmed_at else None}


def _proposal(row: PolicyProposal) -> Proposal:
    return Proposal(row.id, row.version, row.status, row.note, row.proposed_by, row.proposed_at, row.confirmed_by,
                    row.confirmed_at, row.document)


def propose(db: Database, document: Any, by: str, now: datetime, note: str = "") -> Proposal:
    """Keep a valid draft for a second head-office user to confirm; answers the proposal.

    Raises PolicyError for an invalid draft and AdminError when its version is in use already.
    """
    policy = parse_policy(document)
    with db.writing() as session:
        require_head_office(session, by)
        if policies.policy_version(session, policy.version) is not None:
            raise AdminError(f"policy version {policy.version!r} exists; give the draft a new version")
        open_ = session.scalar(select(PolicyProposal).where(PolicyProposal.version == policy.version,
                                                            PolicyProposal.status == "proposed"))
        if open_ is not None:
            raise AdminError(f"version {policy.version!r} is proposed already (proposal {open_.id})")
        row = PolicyProposal(version=policy.version, document=dict(document), note=note.strip(), status="proposed",
                             proposed_by=by, proposed_at=now, confirmed_by=None, confirmed_at=None)
        session.add(row)
        session.flush()
        record_event(session, now, by, "policy_proposed", policy.version, None, {"proposal": row.id, "note": note})
        return _proposal(row)


def confirm(db: Database, proposal_id: int, by: str, now: datetime) -> Proposal:
    """A second head-office user confirms a proposal: it is published (made current) at once.

    The policy is set first (its own unit of work, as ``kiosk-central set-policy`` does), then
    the proposal is marked published: a failure in between leaves a current policy whose
    proposal is still open, which confirming again finishes (setting a known version is harmless).
    """
    proposal = get_proposal(db, proposal_id)
    _check_confirmable(proposal, by)
    with db.reading() as session:
        require_head_office(session, by)
    policies.set_policy(db, dict(proposal.document), now)
    with db.writing() as session:
        row = session.get(PolicyProposal, proposal_id, with_for_update=True)
        assert row is not None
        _check_confirmable(_proposal(row), by)
        row.status, row.confirmed_by, row.confirmed_at = "published", by, now
        record_event(session, now, by, "policy_confirmed", row.version, None,
                     {"proposal": row.id, "proposed_by": row.proposed_by})
    return get_proposal(db, proposal_id)


def _check_confirmable(proposal: Proposal, by: str) -> None:
    if proposal.status != "proposed":
        raise AdminError(f"proposal {proposal.id} is {proposal.status}")
    if proposal.proposed_by == by:
        raise AdminError("a proposal is confirmed by another head-office user than the one who proposed it")


def withdraw(db: Database, proposal_id: int, by: str, now: datetime) -> Proposal:
    with db.writing() as session:
        row = session.get(PolicyProposal, proposal_id, with_for_update=True)
        if row is None or row.status != "proposed":
            raise AdminError(f"no open policy proposal {proposal_id}")
        row.status = "withdrawn"
        record_event(session, now, by, "policy_withdrawn", row.version, None, {"proposal": row.id})
    return get_proposal(db, proposal_id)


def get_proposal(db: Database, proposal_id: int) -> Proposal:
    with db.reading() as session:
        row = session.get(PolicyProposal, proposal_id)
        if row is None:
            raise AdminError(f"no policy proposal {proposal_id}")
        return _proposal(row)


def proposals(db: Database) -> list[Proposal]:
    with db.reading() as session:
        return [_proposal(r) for r in session.scalars(select(PolicyProposal).order_by(PolicyProposal.id.desc()))]
