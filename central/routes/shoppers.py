"""``GET /v1/shoppers/returns``: a shopper's recent returns at every store, for the
frequent-returns rule a kiosk applies before the shopper leaves (not only at central after)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from central.auth import CurrentDevice
from central.context import Context
from central.ops import lookups
from central.routes import errors
from central.schemas import PRINTABLE

router = APIRouter(tags=["orders"])


class ShopperReturns(BaseModel):
    returns: int = Field(description="returns of the order's shopper (by e-mail) received from any device in the span")
    refunded: int = Field(description="what those returns refunded and credited, in minor units")
    since: str = Field(description="start of the span counted (UTC)")
    until: str = Field(description="end of the span counted: now on the server's clock (UTC)")


@router.get("/v1/shoppers/returns", response_model=ShopperReturns,
            summary="How many returns the shopper of an order made recently",
            responses=errors(401, 404, 422, 429, 503))
def shopper_returns(
    device: CurrentDevice,
    context: Context,
    number: Annotated[str, Query(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9-]+$")],
    email: Annotated[str, Query(min_length=1, max_length=254, pattern=PRINTABLE)],
    days: Annotated[int, Query(ge=1, le=3650, description="the policy's approval.frequent_returns.period_days")],
) -> dict[str, Any]:
    """The order's number and e-mail must both match (404 otherwise, counted as a lookup miss,
    under the same brake: 429 with Retry-After), so the count cannot be asked for any e-mail."""
    return lookups.shopper_returns(context.db, context.settings, device.id, number, email, days, context.clock)
