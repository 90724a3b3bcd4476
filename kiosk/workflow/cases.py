"""A return case: what the shopper returns, why, what was decided and how it is settled.

A case is built by the wizard, saved with its outbox event in one transaction, printed, and
pushed to the central API. Its JSON form (``to_dict``) is what travels and what the
idempotency key guards, so it must be stable for a given case.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any, Mapping

from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.ids import CaseId, LineId, OrderNumber, ReturnCode


class Resolution(str, Enum):
    STORE_CREDIT = "store_credit"
    EXCHANGE = "exchange"
    REFUND = "refund"
    KEEP_ITEM = "keep_item"


class CaseStatus(str, Enum):
    COMPLETED = "completed"
    PENDING_APPROVAL = "pending_approval"


@dataclass(frozen=True)
class Approval:
    """A manager's decision to let a line through that the policy held back."""

    manager_id: str
    reason_code: str
    at: datetime
    overridden_verdict: str
    line_id: LineId | None = None
    note: str = ""


@dataclass(frozen=True)
class CaseLine:
    line_id: LineId
    sku: str
    title: str
    quantity: int
    reason_code: str
    verdict: str
    refund_amount: int
    condition: str | None = None
    note: str = ""
    rule: str = ""
    message_key: str = ""
    exchange_sku: str | None = None


@dataclass(frozen=True)
class TenderRefund:
    kind: str
    amount: int
    reference: str = ""


@dataclass(frozen=True)
class ReturnCase:
    id: CaseId
    code: ReturnCode
    order_number: OrderNumber
    store_id: str
    device_id: str
    created_at: datetime
    currency: str
    resolution: Resolution
    lines: tuple[CaseLine, ...]
    policy_version: str
    refund_total: int
    credit_total: int = 0
    tender_refunds: tuple[TenderRefund, ...] = ()
    approvals: tuple[Approval, ...] = ()
    status: CaseStatus = CaseStatus.COMPLETED
    customer_email: str = ""
    customer_name: str = ""
    staff_id: str | None = None
    extras: Mapping[str, Any] = field(default_factory=dict)

    @property
    def quantity(self) -> int:
        return sum(line.quantity for line in self.lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "order_number": self.order_number,
            "store_id": self.store_id,
            "device_id": self.device_id,
            "created_at": format_utc(self.created_at),
            "currency": self.currency,
            "resolution": self.resolution.value,
            "status": self.status.value,
            "policy_version": self.policy_version,
            "refund_total": self.refund_total,
            "credit_total": self.credit_total,
            "staff_id": self.staff_id,
            "lines": [
                {
                    "line_id": l.line_id,
                    "sku": l.sku,
                    "title": l.title,
                    "quantity": l.quantity,
                    "reason_code": l.reason_code,
                    "condition": l.condition,
                    "note": l.note,
                    "verdict": l.verdict,
                    "rule": l.rule,
                    "message_key": l.message_key,
                    "refund_amount": l.refund_amount,
                    "exchange_sku": l.exchange_sku,
                }
                for l in self.lines
            ],
            "tender_refunds": [{"kind": t.kind, "amount": t.amount, "reference": t.reference} for t in self.tender_refunds],
            "approvals": [
                {
                    "manager_id": a.manager_id,
                    "reason_code": a.reason_code,
                    "at": format_utc(a.at),
                    "overridden_verdict": a.overridden_verdict,
                    "line_id": a.line_id,
                    "note": a.note,
                }
                for a in self.approvals
            ],
            "extras": dict(self.extras),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, customer_email: str = "", customer_name: str = "") -> ReturnCase:
        return cls(
            id=CaseId(data["id"]),
            code=ReturnCode(data["code"]),
            order_number=OrderNumber(data["order_number"]),
            store_id=data["store_id"],
            device_id=data["device_id"],
            created_at=parse_utc(data["created_at"]),
            currency=data["currency"],
            resolution=Resolution(data["resolution"]),
            status=CaseStatus(data.get("status", "completed")),
            policy_version=data["policy_version"],
            refund_total=data["refund_total"],
            credit_total=data.get("credit_total", 0),
            staff_id=data.get("staff_id"),
            lines=tuple(
                CaseLine(
                    line_id=LineId(l["line_id"]), sku=l["sku"], title=l["title"], quantity=l["quantity"],
                    reason_code=l["reason_code"], condition=l.get("condition"), note=l.get("note", ""),
                    verdict=l["verdict"], rule=l.get("rule", ""), message_key=l.get("message_key", ""),
                    refund_amount=l["refund_amount"], exchange_sku=l.get("exchange_sku"),
                )
                for l in data["lines"]
            ),
            tender_refunds=tuple(TenderRefund(t["kind"], t["amount"], t.get("reference", "")) for t in data.get("tender_refunds", [])),
            approvals=tuple(
                Approval(a["manager_id"], a["reason_code"], parse_utc(a["at"]), a["overridden_verdict"], a.get("line_id"), a.get("note", ""))
                for a in data.get("approvals", [])
            ),
            customer_email=customer_email,
            customer_name=customer_name,
            extras=dict(data.get("extras") or {}),
        )


def new_case_id() -> CaseId:
    return CaseId(str(uuid.uuid4()))
