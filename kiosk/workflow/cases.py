"""A return case: what the shopper returns, why, what was decided and how it is settled.

A case is built by the wizard, saved with its outbox event in one transaction, printed, and
pushed to the central API. Its JSON form (``to_dict``) is what travels and what the
idempotency key guards, so it must be stable for a given case.

The JSON form is defined by resources/schemas/return_case.schema.json (tests hold this module
and central to it). It carries ``schema_version``: a fleet is never upgraded all at once, so
``from_dict`` reads older versions (none written: version 1) and keeps the fields of newer
ones that it does not know, at the top level and in each line, tender refund and approval,
and ``to_dict`` writes them back where they were.

Version 3 adds what turns the decision into outcomes, every field optional with a default so
older cases read unchanged: the vouchers minted for the case, the lines refused with why, the
online authorisation dropped off with it, the credit bonus, and per line its disposition, its
money (unit price, discount share, tax, restocking fee), the exchange variant's title and
attributes, the item's GTIN and how it was verified.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any, Mapping

from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.ids import CaseId, LineId, OrderNumber, ReturnCode

#: The version of the case format this module writes (``x-schema-version`` of the schema).
SCHEMA_VERSION = 3

#: Where a returned line goes (kiosk.workflow.dispositions decides, staff may change it).
DISPOSITIONS = ("restock", "damaged", "vendor", "returns_centre")
#: What a voucher is for: spendable store credit, or cash to collect at the counter.
VOUCHER_KINDS = ("store_credit", "collect_at_counter")


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
    unknown_fields: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {**self.unknown_fields, "manager_id": self.manager_id, "reason_code": self.reason_code,
                "at": format_utc(self.at), "overridden_verdict": self.overridden_verdict, "line_id": self.line_id,
                "note": self.note}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Approval:
        return cls(data["manager_id"], data["reason_code"], parse_utc(data["at"]), data["overridden_verdict"],
                   data.get("line_id"), data.get("note", ""), _unknown(data, _APPROVAL_FIELDS))


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
    #: restock | damaged | vendor | returns_centre (None: not decided, older versions)
    disposition: str | None = None
    #: the money of the returned units: price before discount, their discount and tax, the fee taken
    unit_price: int = 0
    discount_share: int = 0
    tax: int = 0
    restocking_fee: int = 0
    exchange_title: str | None = None
    exchange_attributes: Mapping[str, str] = field(default_factory=dict, hash=False)
    gtin: str | None = None
    #: how a dropped-off item was checked: "scan" | "staff_sight" | None
    verified_by: str | None = None
    unknown_fields: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {**self.unknown_fields, "line_id": self.line_id, "sku": self.sku, "title": self.title,
                "quantity": self.quantity, "reason_code": self.reason_code, "condition": self.condition,
                "note": self.note, "verdict": self.verdict, "rule": self.rule, "message_key": self.message_key,
                "refund_amount": self.refund_amount, "exchange_sku": self.exchange_sku,
                "disposition": self.disposition, "unit_price": self.unit_price,
                "discount_share": self.discount_share, "tax": self.tax, "restocking_fee": self.restocking_fee,
                "exchange_title": self.exchange_title, "exchange_attributes": dict(self.exchange_attributes),
                "gtin": self.gtin, "verified_by": self.verified_by}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CaseLine:
        return cls(
            line_id=LineId(data["line_id"]), sku=data["sku"], title=data["title"], quantity=data["quantity"],
            reason_code=data["reason_code"], condition=data.get("condition"), note=data.get("note", ""),
            verdict=data["verdict"], rule=data.get("rule", ""), message_key=data.get("message_key", ""),
            refund_amount=data["refund_amount"], exchange_sku=data.get("exchange_sku"),
            disposition=data.get("disposition"), unit_price=data.get("unit_price", 0),
            discount_share=data.get("discount_share", 0), tax=data.get("tax", 0),
            restocking_fee=data.get("restocking_fee", 0), exchange_title=data.get("exchange_title"),
            exchange_attributes=dict(data.get("exchange_attributes") or {}), gtin=data.get("gtin"),
            verified_by=data.get("verified_by"), unknown_fields=_unknown(data, _LINE_FIELDS),
        )


@dataclass(frozen=True)
class RefusedLine:
    """A line the shopper wanted to return but could not, and why (for the refusal slip)."""

    line_id: LineId
    sku: str
    title: str
    quantity: int
    reason_code: str = ""
    rule: str = ""
    message_key: str = ""
    message_params: Mapping[str, str | int] = field(default_factory=dict, hash=False)
    unknown_fields: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {**self.unknown_fields, "line_id": self.line_id, "sku": self.sku, "title": self.title,
                "quantity": self.quantity, "reason_code": self.reason_code, "rule": self.rule,
                "message_key": self.message_key, "message_params": dict(self.message_params)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RefusedLine:
        return cls(LineId(data["line_id"]), data["sku"], data["title"], data["quantity"],
                   data.get("reason_code", ""), data.get("rule", ""), data.get("message_key", ""),
                   dict(data.get("message_params") or {}), _unknown(data, _REFUSED_FIELDS))


@dataclass(frozen=True)
class Voucher:
    """A voucher minted on the device for this case (code from kiosk.workflow.vouchers)."""

    code: str
    amount: int
    currency: str
    expires_on: date | None = None
    kind: str = "store_credit"
    unknown_fields: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {**self.unknown_fields, "code": self.code, "amount": self.amount, "currency": self.currency,
                "expires_on": self.expires_on.isoformat() if self.expires_on else None, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Voucher:
        expires = data.get("expires_on")
        return cls(data["code"], data["amount"], data["currency"], date.fromisoformat(expires) if expires else None,
                   data.get("kind", "store_credit"), _unknown(data, _VOUCHER_FIELDS))


@dataclass(frozen=True)
class TenderRefund:
    kind: str
    amount: int
    reference: str = ""
    unknown_fields: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {**self.unknown_fields, "kind": self.kind, "amount": self.amount, "reference": self.reference}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TenderRefund:
        return cls(data["kind"], data["amount"], data.get("reference", ""), _unknown(data, _TENDER_FIELDS))


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
    vouchers: tuple[Voucher, ...] = ()
    refused_lines: tuple[RefusedLine, ...] = ()
    #: the online return authorisation dropped off with this case (issue 18)
    authorisation_code: str | None = None
    #: the bonus (minor units) included in ``credit_total``
    credit_bonus: int = 0
    #: Top-level fields of a newer version of the format, kept so that they go out again.
    unknown_fields: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def quantity(self) -> int:
        return sum(line.quantity for line in self.lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.unknown_fields,
            "schema_version": SCHEMA_VERSION,
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
            "lines": [line.to_dict() for line in self.lines],
            "tender_refunds": [tender.to_dict() for tender in self.tender_refunds],
            "approvals": [approval.to_dict() for approval in self.approvals],
            "extras": dict(self.extras),
            "vouchers": [voucher.to_dict() for voucher in self.vouchers],
            "refused_lines": [line.to_dict() for line in self.refused_lines],
            "authorisation_code": self.authorisation_code,
            "credit_bonus": self.credit_bonus,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, customer_email: str = "", customer_name: str = "") -> ReturnCase:
        """Any version of the format: fields a newer one added are kept in ``unknown_fields``."""
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
            lines=tuple(CaseLine.from_dict(line) for line in data["lines"]),
            tender_refunds=tuple(TenderRefund.from_dict(tender) for tender in data.get("tender_refunds", [])),
            approvals=tuple(Approval.from_dict(approval) for approval in data.get("approvals", [])),
            customer_email=customer_email,
            customer_name=customer_name,
            extras=dict(data.get("extras") or {}),
            vouchers=tuple(Voucher.from_dict(voucher) for voucher in data.get("vouchers") or []),
            refused_lines=tuple(RefusedLine.from_dict(line) for line in data.get("refused_lines") or []),
            authorisation_code=data.get("authorisation_code"),
            credit_bonus=data.get("credit_bonus", 0),
            unknown_fields=_unknown(data, _CASE_FIELDS),
        )


def _unknown(data: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The fields of ``data`` this version of the format does not define (a newer one added them)."""
    return {name: value for name, value in data.items() if name not in known}


_CASE_FIELDS = frozenset({
    "schema_version", "id", "code", "order_number", "store_id", "device_id", "created_at", "currency", "resolution",
    "status", "policy_version", "refund_total", "credit_total", "staff_id", "lines", "tender_refunds", "approvals",
    "extras", "vouchers", "refused_lines", "authorisation_code", "credit_bonus"})
_LINE_FIELDS = frozenset({"line_id", "sku", "title", "quantity", "reason_code", "condition", "note", "verdict",
                          "rule", "message_key", "refund_amount", "exchange_sku", "disposition", "unit_price",
                          "discount_share", "tax", "restocking_fee", "exchange_title", "exchange_attributes", "gtin",
                          "verified_by"})
_REFUSED_FIELDS = frozenset({"line_id", "sku", "title", "quantity", "reason_code", "rule", "message_key",
                             "message_params"})
_VOUCHER_FIELDS = frozenset({"code", "amount", "currency", "expires_on", "kind"})
_TENDER_FIELDS = frozenset({"kind", "amount", "reference"})
_APPROVAL_FIELDS = frozenset({"manager_id", "reason_code", "at", "overridden_verdict", "line_id", "note"})


def new_case_id() -> CaseId:
    return CaseId(str(uuid.uuid4()))
