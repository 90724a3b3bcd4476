"""Refund instructions for the payment side: a feed to pull and an answer per instruction.

Only a service token (``kiosk-central add-service NAME``) may use these routes; a device
token is refused with 403, and a service token is refused by every device route.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy import bindparam, select

from central.auth import TOKEN_PREFIX, hash_token
from central.context import Context
from central.errors import ApiError, ErrorBody, Unauthorized
from central.models_outcomes import Service
from central.ops import refunds
from central.routes import errors
from central.schemas import Strict, Text80

router = APIRouter(tags=["refunds"])

_SERVICE_BY_TOKEN = select(Service.name, Service.scope).where(Service.token_hash == bindparam("token_hash"),
                                                              Service.revoked_at.is_(None))

service_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="ServiceToken",
    description="Token of a back-end service (the payment side) printed once by `kiosk-central add-service NAME`; "
                "it may use only the refunds routes.",
)


@dataclass(frozen=True)
class ServiceIdentity:
    name: str
    scope: str


def current_refunds_service(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(service_scheme)],
    context: Context,
) -> ServiceIdentity:
    """FastAPI dependency: a service allowed the refunds routes; a device token is refused (403)."""
    if credentials is None or not credentials.credentials:
        raise Unauthorized("a payment service token is required (kiosk-central add-service NAME)")
    token = credentials.credentials
    if token.startswith(TOKEN_PREFIX):
        raise ApiError(403, "forbidden", "device tokens cannot use the refunds routes; the payment side uses a "
                                         "service token (kiosk-central add-service NAME)")
    if not token.startswith(refunds.SERVICE_TOKEN_PREFIX) or len(token) > 200:
        raise Unauthorized("the bearer token is not a service token")
    row = context.db.read_one(_SERVICE_BY_TOKEN, {"token_hash": hash_token(token)})
    if row is None or row.scope != "refunds":
        raise Unauthorized("the service token is unknown or revoked")
    return ServiceIdentity(row.name, row.scope)


RefundsService = Annotated[ServiceIdentity, Depends(current_refunds_service)]


class Instruction(BaseModel):
    id: int
    return_id: str
    return_code: str
    order_number: str
    store_id: str
    tender_kind: Literal["card", "gift_card"]
    tender_reference: str = Field(description="the original tender's reference, as on the order")
    amount: int = Field(description="integer minor units to refund")
    currency: str
    status: Literal["pending", "paid", "failed", "cancelled"] = Field(
        description="cancelled: the return was refused before an answer; do not pay it")
    reason: str | None
    reference: str | None = Field(description="the payment side's reference for its answer")
    created_at: str
    answered_at: str | None


class InstructionPage(BaseModel):
    instructions: list[Instruction]
    next_cursor: str = Field(description="opaque; pass it back as `cursor`")
    has_more: bool


class RefundResult(Strict):
    outcome: Literal["paid", "failed"]
    reason: Annotated[str, Field(max_length=2000)] = ""
    reference: Text80 = ""


_ANSWERED: dict[int | str, dict[str, Any]] = {409: {"model": ErrorBody, "description": "the instruction was answered otherwise already "
                                                      "(`refund_answered`; an answer is final), or cancelled "
                                                      "because its return was refused (`refund_cancelled`)"}}


@router.get("/v1/refunds/instructions", response_model=InstructionPage,
            summary="Refund instructions created or answered since a cursor (payment service token)",
            responses=errors(401, 403, 410, 422, 503))
def instruction_changes(
    service: RefundsService,
    context: Context,
    cursor: Annotated[str | None, Query(max_length=200, description="`next_cursor` of the previous page")] = None,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> dict[str, Any]:
    """Every store's instructions, oldest change first; pay those `pending` and answer each one.
    An instruction comes again once answered, with its status."""
    size = min(limit or context.settings.default_page, context.settings.max_page)
    with context.db.reading() as session:
        page = refunds.instruction_page(session, cursor, size)
    return {"instructions": page.items, "next_cursor": page.next_cursor, "has_more": page.has_more}


@router.post("/v1/refunds/{instruction_id}/result", response_model=Instruction,
             summary="Answer a refund instruction: paid, or failed with a reason",
             responses={**errors(401, 403, 404, 422, 503), **_ANSWERED})
def refund_result(
    instruction_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    result: RefundResult,
    service: RefundsService,
    context: Context,
) -> JSONResponse:
    """The same answer again is a replay (200, `Idempotent-Replayed: true`); another answer to
    an answered instruction is 409. A failed refund needs a `reason`. The return becomes
    `refunded` when all its instructions are paid, `refund_failed` when one failed."""
    answered = refunds.answer(context.db, instruction_id, result.outcome, result.reason, result.reference,
                              f"service:{service.name}", context.clock())
    headers = {"Idempotent-Replayed": "true"} if answered.replayed else {}
    return JSONResponse(answered.instruction, headers=headers)
