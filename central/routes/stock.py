"""Stock for kiosks: the units on hand of their store's SKUs, as a feed like the orders'."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from central.auth import CurrentDevice
from central.context import Context
from central.ops import stock
from central.routes import errors

router = APIRouter(tags=["stock"])


class StockItem(BaseModel):
    store_id: str
    sku: str
    on_hand: int = Field(description="units on hand now (absolute, never below 0)")


class StockPage(BaseModel):
    stock: list[StockItem]
    next_cursor: str = Field(description="opaque; pass it back as `cursor`")
    has_more: bool
    total: int = Field(description="SKUs central holds for the store")


@router.get("/v1/stock/changes", response_model=StockPage,
            summary="Stock of the device's store changed since a cursor", responses=errors(401, 410, 422, 503))
def stock_changes(
    device: CurrentDevice,
    context: Context,
    cursor: Annotated[str | None, Query(max_length=200, description="`next_cursor` of the previous page; omit to "
                                                                    "start from the beginning")] = None,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> dict[str, Any]:
    """Oldest change first; each item is the SKU's count now. Returns taken here move it:
    restocked units in, exchanged units out."""
    size = min(limit or context.settings.default_page, context.settings.max_page)
    with context.db.reading() as session:
        page = stock.stock_page(session, device.store_id, cursor, size)
        total = stock.stock_count(session, device.store_id)
    return {"stock": page.items, "next_cursor": page.next_cursor, "has_more": page.has_more, "total": total}
