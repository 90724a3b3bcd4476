"""Return authorisations for kiosks: the store's feed (for drop-off offline) and a live lookup."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from central.auth import CurrentDevice
from central.context import Context
from central.ops import authorisations as authorisation_ops
from central.routes import errors
from central.routes.orders import CursorParam, LimitParam

router = APIRouter(tags=["authorisations"])


class AuthorisationLine(BaseModel):
    line_id: str
    sku: str
    title: str
    quantity: int
    reason_code: str
    condition: str | None
    gtin: str | None = Field(description="the item's barcode, to verify it at drop-off; null when unknown")
    image_url: str | None = Field(description="a picture for staff to verify the item by sight; null when none")


class AuthorisationOut(BaseModel):
    code: str = Field(description="`AK7Q-M4TZ-9XH2`; its QR carries `INTAKE-RA:<code without dashes>`")
    status: str = Field(description="authorised, dropped_off, received, refunded or expired")
    order_number: str
    store_id: str | None = Field(description="the store to drop off at; null: any store")
    created_at: str
    expires_at: str
    currency: str
    resolution: str
    lines: list[AuthorisationLine]


class AuthorisationPage(BaseModel):
    authorisations: list[AuthorisationOut]
    next_cursor: str = Field(description="opaque; pass it back as `cursor`")
    has_more: bool


@router.get("/v1/authorisations/changes", response_model=AuthorisationPage,
            summary="Return authorisations for the device's store changed since a cursor",
            responses=errors(401, 410, 422, 503))
def authorisation_changes(device: CurrentDevice, context: Context, cursor: CursorParam = None,
                          limit: LimitParam = None) -> dict[str, Any]:
    """Oldest change first: the store's own and those for any store. Without a cursor only open
    (authorised, unexpired) ones; with one, every change, so a kiosk hears that one it holds was
    dropped off elsewhere or expired. Repeat with `next_cursor` until `has_more` is false."""
    size = min(limit or context.settings.default_page, context.settings.max_page)
    with context.db.reading() as session:
        page = authorisation_ops.page(session, device.store_id, cursor, size, context.clock())
    return {"authorisations": page.items, "next_cursor": page.next_cursor, "has_more": page.has_more}


@router.get("/v1/authorisations/{code}", response_model=AuthorisationOut,
            summary="One return authorisation by its code, whatever store it is for",
            responses=errors(401, 404, 503))
def authorisation_lookup(device: CurrentDevice, context: Context,
                         code: Annotated[str, Path(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9:*~$=-]+$")]
                         ) -> dict[str, Any]:
    """The code as typed or scanned (dashes, case, the `INTAKE-RA:` prefix are all accepted; the
    check character may be one of `*~$=U`).
    404 `authorisation_unknown` when the code is malformed or no authorisation has it."""
    with context.db.reading() as session:
        row = authorisation_ops.find(session, code)
        if row is None:
            raise authorisation_ops.AuthorisationUnknown(code)
        return authorisation_ops.serve(row, context.clock())
