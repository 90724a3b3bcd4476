"""Return cases in (exactly once, never past what was bought) and their status changes out."""

from __future__ import annotations

from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Header, Query, Response

from central.auth import CurrentDevice
from central.context import Context
from central.ops import feeds, intake
from central.routes import errors
from central.schemas import ReturnCaseIn, ReturnReceipt, ReturnStatusPage

router = APIRouter(tags=["returns"])

IdempotencyKey = Annotated[str, Header(alias="Idempotency-Key", min_length=1, max_length=64,
                                       description="the case id; a replay with the same body gets the first answer")]


@router.post(
    "/v1/returns",
    status_code=201,
    response_class=Response,
    summary="Post a return case",
    responses={201: {"model": ReturnReceipt, "description": "stored (status accepted, or review when the "
                                                            "server's re-check disagrees)"},
               **errors(401, 409, 413, 422, 503)},
)
async def post_return(case: ReturnCaseIn, idempotency_key: IdempotencyKey, device: CurrentDevice,
                      context: Context) -> Response:
    """Same key and body: the first answer again (status and body), however much later.
    Same key, other body: 422. More than is left on an order line across all devices: 409."""
    # One transaction, on one of the few threads kept for posts (see central.context).
    answer = await anyio.to_thread.run_sync(intake.receive, context, device, idempotency_key, case,
                                            limiter=context.intake_threads)
    headers = {"Idempotent-Replayed": "true"} if answer.replayed else {}
    return Response(answer.body, status_code=answer.status, media_type="application/json", headers=headers)


@router.get("/v1/returns/changes", response_model=ReturnStatusPage,
            summary="Status changes of returns taken in the device's store", responses=errors(401, 410, 422, 503))
def return_changes(
    device: CurrentDevice,
    context: Context,
    cursor: Annotated[str | None, Query(max_length=200, description="`next_cursor` of the previous page")] = None,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> dict[str, Any]:
    """accepted, review (the re-check disagreed), refused, refunded; oldest change first."""
    size = min(limit or context.settings.default_page, context.settings.max_page)
    with context.db.reading() as session:
        page = feeds.return_page(session, device.store_id, cursor, size)
    return {"returns": page.items, "next_cursor": page.next_cursor, "has_more": page.has_more}
