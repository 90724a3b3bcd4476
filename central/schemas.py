"""The API's JSON shapes, strictly typed: what a kiosk sends is checked before anything is stored.

Numbers must be JSON integers (no "5", no 5.0, no true) and every string is bounded, so a bad
body is a 422 naming the field, never a half-stored case.

``ReturnCaseIn`` is the return case format of resources/schemas/return_case.schema.json, which
tests/central/test_case_format.py holds it to field for field. It reads every version of that
format: fields a newer kiosk added are kept, not refused (a fleet is never upgraded all at
once), and stored with the rest of the case (``stored_body``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, StrictStr

from kiosk.workflow.clock import parse_utc
from kiosk.workflow.ids import InvalidReturnCode, parse_return_code

MAX_MONEY = 10**12


def _utc_text(text: str) -> str:
    try:
        parse_utc(text)
    except ValueError as error:
        raise ValueError("not an ISO 8601 time with an offset") from error
    return text


def _return_code(text: str) -> str:
    try:
        parse_return_code(text)
    except InvalidReturnCode as error:
        raise ValueError(str(error)) from error
    return text


#: Identifiers and short labels: no control characters (they end up in indexed columns).
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"
Name40 = Annotated[StrictStr, Field(min_length=1, max_length=40, pattern=PRINTABLE)]
Name64 = Annotated[StrictStr, Field(min_length=1, max_length=64, pattern=PRINTABLE)]
Name80 = Annotated[StrictStr, Field(min_length=1, max_length=80, pattern=PRINTABLE)]
Name200 = Annotated[StrictStr, Field(min_length=1, max_length=200, pattern=PRINTABLE)]
Text20 = Annotated[StrictStr, Field(max_length=20, pattern=PRINTABLE)]
Text40 = Annotated[StrictStr, Field(max_length=40, pattern=PRINTABLE)]
Text64 = Annotated[StrictStr, Field(max_length=64, pattern=PRINTABLE)]
Text80 = Annotated[StrictStr, Field(max_length=80, pattern=PRINTABLE)]
Text200 = Annotated[StrictStr, Field(max_length=200, pattern=PRINTABLE)]
Note = Annotated[StrictStr, Field(max_length=2000)]
Timestamp = Annotated[StrictStr, Field(min_length=1, max_length=40, description="ISO 8601 with an offset",
                                       json_schema_extra={"format": "date-time"}), AfterValidator(_utc_text)]
Amount = Annotated[StrictInt, Field(ge=0, le=MAX_MONEY, description="integer minor units")]
VerdictText = Literal["eligible", "needs_approval", "ineligible"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Versioned(BaseModel):
    """Part of the return case format: fields of newer versions are kept (``model_extra``)."""

    model_config = ConfigDict(extra="allow")


class CaseLineIn(Versioned):
    line_id: Name40
    sku: Name64
    title: Name200
    quantity: Annotated[StrictInt, Field(ge=1, le=10_000)]
    reason_code: Name64
    condition: Text64 | None = None
    note: Note = ""
    verdict: VerdictText
    rule: Text200 = ""
    message_key: Text200 = ""
    refund_amount: Amount
    exchange_sku: Text64 | None = None
    # Version 3 (stored only when posted: see ``stored_body``).
    disposition: Annotated[StrictStr, Field(pattern=r"^(restock|damaged|vendor|returns_centre)$")] | None = None
    unit_price: Amount = 0
    discount_share: Amount = 0
    tax: Amount = 0
    restocking_fee: Amount = 0
    exchange_title: Text200 | None = None
    exchange_attributes: dict[str, StrictStr] = {}
    gtin: Annotated[StrictStr, Field(max_length=14, pattern=r"^[0-9]*$")] | None = None
    verified_by: Annotated[StrictStr, Field(pattern=r"^(scan|staff_sight)$")] | None = None


class VoucherIn(Versioned):
    code: Annotated[StrictStr, Field(min_length=13, max_length=20, pattern=r"^[0-9A-Z*~$=-]+$")]
    amount: Amount
    currency: Annotated[StrictStr, Field(pattern=r"^[A-Z]{3}$")]
    expires_on: Annotated[StrictStr, Field(max_length=10, json_schema_extra={"format": "date"})] | None = None
    kind: Literal["store_credit", "collect_at_counter"] = "store_credit"


class RefusedLineIn(Versioned):
    line_id: Name40
    sku: Name64
    title: Name200
    quantity: Annotated[StrictInt, Field(ge=1, le=10_000)]
    reason_code: Text64 = ""
    rule: Text200 = ""
    message_key: Text200 = ""
    message_params: dict[str, Any] = {}


class TenderRefundIn(Versioned):
    kind: Literal["card", "gift_card", "cash", "store_credit"]
    amount: Amount
    reference: Text80 = ""


class ApprovalIn(Versioned):
    manager_id: Name40
    reason_code: Name64
    at: Timestamp
    overridden_verdict: VerdictText
    line_id: Text40 | None = None
    note: Note = ""


class ReturnCaseIn(Versioned):
    """A return case as a kiosk posts it (``ReturnCase.to_dict``), of any version of the format
    (the `ReturnCase` schema, resources/schemas/return_case.schema.json): fields this server
    does not know are kept with the case."""

    schema_version: Annotated[StrictInt, Field(ge=1, le=10_000)] = 1
    id: Name64
    code: Annotated[StrictStr, Field(min_length=11, max_length=20), AfterValidator(_return_code)]
    order_number: Annotated[StrictStr, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9-]+$")]
    store_id: Name40
    device_id: Name64
    created_at: Timestamp
    currency: Annotated[StrictStr, Field(pattern=r"^[A-Z]{3}$")]
    resolution: Literal["store_credit", "exchange", "refund", "keep_item"]
    status: Literal["completed", "pending_approval"] = "completed"
    policy_version: Name80
    refund_total: Amount
    credit_total: Amount = 0
    staff_id: Text40 | None = None
    lines: Annotated[list[CaseLineIn], Field(min_length=1, max_length=200)]
    tender_refunds: Annotated[list[TenderRefundIn], Field(max_length=20)] = []
    approvals: Annotated[list[ApprovalIn], Field(max_length=200)] = []
    extras: dict[str, Any] = {}
    vouchers: Annotated[list[VoucherIn], Field(max_length=20)] = []
    refused_lines: Annotated[list[RefusedLineIn], Field(max_length=200)] = []
    authorisation_code: Text20 | None = None
    credit_bonus: Amount = 0


#: Fields version 3 added: a case of an older kiosk is stored (and hashed) without them.
_V3_CASE_FIELDS = ("vouchers", "refused_lines", "authorisation_code", "credit_bonus")
_V3_LINE_FIELDS = ("disposition", "unit_price", "discount_share", "tax", "restocking_fee", "exchange_title",
                   "exchange_attributes", "gtin", "verified_by")


def stored_body(case: ReturnCaseIn) -> dict[str, Any]:
    """The case as central stores it, and hashes it for replays: every field posted, known or
    not, with the defaults of those left out; ``schema_version`` and the fields of version 3 only
    when they were posted, so a case from an older kiosk is stored and hashed as it was then."""
    body = case.model_dump(mode="json")
    if "schema_version" not in case.model_fields_set:
        del body["schema_version"]
    for name in _V3_CASE_FIELDS:
        if name not in case.model_fields_set:
            del body[name]
    for line, written in zip(case.lines, body["lines"], strict=True):
        for name in _V3_LINE_FIELDS:
            if name not in line.model_fields_set:
                del written[name]
    return body


class Disagreement(BaseModel):
    """Where the server's re-check of a case differs from the kiosk's decision."""

    kind: str = Field(description="verdict, amount, total, tender_refunds, resolution, currency, "
                                  "policy_version or recheck_failed")
    line_id: str | None = None
    kiosk: Any = None
    server: Any = None
    message: str


class LineLeft(BaseModel):
    line_id: str
    quantity_left: int = Field(description="units of the order line that can still be returned")


class ReturnReceipt(BaseModel):
    """The answer to a posted case; a replay with the same key gets these same bytes."""

    id: str
    code: str
    status: Literal["accepted", "review"] = Field(
        description="review: the server's re-check disagrees with the kiosk; staff will look at it")
    received_at: str
    disagreements: list[Disagreement]
    lines: list[LineLeft]


class ReturnStatus(BaseModel):
    id: str
    code: str
    order_number: str
    status: Literal["accepted", "review", "refused", "refunded", "refund_failed"]
    status_changed_at: str
    disagreements: list[Disagreement]


class ReturnStatusPage(BaseModel):
    returns: list[ReturnStatus]
    next_cursor: str = Field(description="opaque; pass it back as `cursor`")
    has_more: bool


ORDER_REF: dict[str, Any] = {"$ref": "#/components/schemas/Order"}


class OrderPage(BaseModel):
    orders: list[dict[str, Any]] = Field(json_schema_extra={"items": ORDER_REF})
    next_cursor: str = Field(description="opaque; pass it back as `cursor`")
    has_more: bool
    total: int = Field(description="orders the feed holds now: what a fully synced kiosk should count")
    horizon: str = Field(description="orders whose window starts (delivery, else purchase) before this are "
                                     "left out of the feed")


class OrderCount(BaseModel):
    count: int
    horizon: str


class Health(BaseModel):
    status: Literal["ok"]
