"""Vouchers for a point of sale: look one up, redeem an amount (idempotent), void it."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Path
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, StrictInt

from central.auth import CurrentDevice
from central.context import Context
from central.errors import ErrorBody
from central.ops import vouchers
from central.routes import errors
from central.schemas import MAX_MONEY, Strict, Text80

router = APIRouter(tags=["vouchers"])

CodeParam = Annotated[str, Path(min_length=1, max_length=40, description="the voucher code, with or without dashes")]
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody, "description": "`voucher_unknown` (not a voucher code, or its case synced "
                                                       "without it), or `voucher_not_synced_yet` (valid, issued by a "
                                                       "kiosk that has not synced yet: try again later)"}}
_REFUSED: dict[int | str, dict[str, Any]] = {409: {"model": ErrorBody, "description": "`voucher_insufficient` (with `balance`), `voucher_void` "
                                                     "or `voucher_expired`"}}


class Redemption(BaseModel):
    id: int
    amount: int
    reference: str
    balance_after: int
    redeemed_at: str
    actor: str


class VoucherOut(BaseModel):
    code: str
    kind: Literal["store_credit", "collect_at_counter"]
    currency: str
    issued: int = Field(description="integer minor units issued")
    balance: int = Field(description="integer minor units left")
    expires_on: str | None = Field(description="the last store-local day it can be spent; null: never expires")
    status: Literal["active", "void", "expired"]
    store_id: str
    case_id: str
    issued_at: str
    voided_at: str | None
    void_reason: str | None
    redemptions: list[Redemption]


class RedemptionIn(Strict):
    amount: Annotated[StrictInt, Field(ge=1, le=MAX_MONEY, description="integer minor units to take")]
    reference: Text80 = ""


class RedemptionOut(BaseModel):
    code: str
    redemption_id: int
    amount: int
    reference: str
    balance: int = Field(description="what is left after this redemption")
    currency: str
    redeemed_at: str


class VoidIn(Strict):
    reason: Annotated[str, Field(max_length=2000)] = ""


@router.get("/v1/vouchers/{code}", response_model=VoucherOut, summary="A voucher's balance, status and redemptions",
            responses={**errors(401, 422, 503), **_NOT_FOUND})
def voucher(code: CodeParam, device: CurrentDevice, context: Context) -> dict[str, Any]:
    return vouchers.lookup(context.db, code, context.clock())


@router.post("/v1/vouchers/{code}/redemptions", status_code=201, response_model=RedemptionOut,
             summary="Redeem an amount of a voucher, once per Idempotency-Key",
             responses={**errors(401, 422, 503), **_NOT_FOUND, **_REFUSED})
def redeem(
    code: CodeParam,
    body: RedemptionIn,
    idempotency_key: Annotated[str, Header(alias="Idempotency-Key", min_length=1, max_length=64,
                                           description="one per redemption; a replay with the same body gets the "
                                                       "first answer, with another body 422")],
    device: CurrentDevice,
    context: Context,
) -> JSONResponse:
    """Never below zero, however many redeem at once: not enough left is 409 `voucher_insufficient`."""
    done = vouchers.redeem(context.db, code, body.amount, body.reference, idempotency_key, device.id,
                           context.clock())
    headers = {"Idempotent-Replayed": "true"} if done.replayed else {}
    return JSONResponse(done.body, status_code=201, headers=headers)


@router.post("/v1/vouchers/{code}/void", response_model=VoucherOut, summary="Void a voucher (again: no change)",
             responses={**errors(401, 422, 503), **_NOT_FOUND})
def void(code: CodeParam, device: CurrentDevice, context: Context, body: VoidIn | None = None) -> dict[str, Any]:
    return vouchers.void(context.db, code, body.reason if body else "", device.id, context.clock())
