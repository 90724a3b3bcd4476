"""Orders for kiosks: the store's change feed, its count, and a live lookup by number + e-mail."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from central.auth import CurrentDevice
from central.context import Context, ServerContext
from central.horizon import feed_horizon
from central.ops import feeds, lookups
from central.ops import orders as order_ops
from central.ops.policies import current_policy
from central.routes import errors
from central.schemas import ORDER_REF, PRINTABLE, OrderCount, OrderPage
from kiosk.workflow.clock import format_utc
from kiosk.workflow.policy import PolicyError

router = APIRouter(tags=["orders"])

CursorParam = Annotated[str | None, Query(max_length=200, description="`next_cursor` of the previous page; "
                                                                      "omit to start from the beginning")]
LimitParam = Annotated[int | None, Query(ge=1, le=500, description="page size (default 100; the server may "
                                                                   "cap it lower)")]


@router.get("/v1/orders/changes", response_model=OrderPage,
            summary="Orders of the device's store changed since a cursor", responses=errors(401, 410, 422, 503))
def order_changes(device: CurrentDevice, context: Context, cursor: CursorParam = None,
                  limit: LimitParam = None) -> dict[str, Any]:
    """Oldest change first. Only orders whose window may still be open are sent; repeat with
    `next_cursor` until `has_more` is false, then compare your count with `total`."""
    size = min(limit or context.settings.default_page, context.settings.max_page)
    with context.db.reading() as session:
        horizon = _horizon(session, context)
        page = feeds.order_page(session, device.store_id, cursor, size, horizon)
        total = feeds.order_count(session, device.store_id, horizon)
    return {"orders": page.items, "next_cursor": page.next_cursor, "has_more": page.has_more, "total": total,
            "horizon": format_utc(horizon)}


@router.get("/v1/orders/count", response_model=OrderCount, summary="How many orders the store's feed holds",
            responses=errors(401, 503))
def order_count(device: CurrentDevice, context: Context) -> dict[str, Any]:
    """The count a fully synced kiosk should have: the end-of-cycle check."""
    with context.db.reading() as session:
        horizon = _horizon(session, context)
        count = feeds.order_count(session, device.store_id, horizon)
    return {"count": count, "horizon": format_utc(horizon)}


@router.get(
    "/v1/orders/lookup",
    summary="One order by number and customer e-mail",
    response_class=JSONResponse,
    responses={200: {"description": "the order", "content": {"application/json": {"schema": ORDER_REF}}},
               **errors(401, 404, 422, 429, 503)},
)
def order_lookup(
    device: CurrentDevice,
    context: Context,
    number: Annotated[str, Query(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9-]+$")],
    email: Annotated[str, Query(min_length=1, max_length=254, pattern=PRINTABLE)],
) -> JSONResponse:
    """For orders not in the kiosk's cache. 404 unless both match (e-mail case-insensitively);
    repeated misses from one device are slowed down (429 with Retry-After)."""
    order = lookups.lookup(context.db, context.settings, device.id, number, email, context.clock)
    return JSONResponse(order)


@router.get(
    "/v1/orders/lookup-by-receipt",
    summary="One order by number and the token of its receipt barcode",
    response_class=JSONResponse,
    responses={200: {"description": "the order", "content": {"application/json": {"schema": ORDER_REF}}},
               **errors(401, 404, 422, 429, 503)},
)
def order_lookup_by_receipt(
    device: CurrentDevice,
    context: Context,
    number: Annotated[str, Query(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9-]+$")],
    token: Annotated[str, Query(min_length=8, max_length=8, pattern=r"^[0-9A-Za-z]+$",
                                description="the third part of the receipt barcode `INTAKE1:<number>:<token>`")],
) -> JSONResponse:
    """A scanned receipt whose order is not in the kiosk's cache. The token is made from the
    order's e-mail, so it stands in for it: the same 404 unless it matches, and misses count
    towards the same brake as lookups by e-mail (429 with Retry-After)."""
    with context.db.reading() as session:
        email = order_ops.receipt_email(session, number, token)
    return order_lookup(device, context, number, email or "")


def _horizon(session: Session, context: ServerContext) -> datetime:
    stored = current_policy(session)
    policy = None
    if stored is not None:
        try:
            policy = context.policies.get(stored.version, stored.document)
        except PolicyError:
            policy = None
    settings = context.settings
    return feed_horizon(policy, context.clock(), grace_days=settings.feed_grace_days,
                        fallback_days=settings.fallback_window_days)
