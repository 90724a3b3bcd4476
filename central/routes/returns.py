"""Return cases in (exactly once, never past what was bought) and their status changes out."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response

from central.auth import CurrentDevice, DeviceIdentity
from central.context import Context
from central.intake_writer import IntakeWriter, arrival_of
from central.ops import feeds, intake
from central.routes import errors
from central.routes.returns_route import post_route_class
from central.schemas import ReturnCaseIn, ReturnReceipt, ReturnStatusPage


async def _answer(request: Request, device: DeviceIdentity, key: str, case: ReturnCaseIn) -> Response:
    writer: IntakeWriter = request.app.state.intake
    answer = await writer.receive(intake.post(device, key, case), arrival_of(request.scope))
    headers = {"Idempotent-Replayed": "true"} if answer.replayed else {}
    return Response(answer.body, status_code=answer.status, media_type="application/json", headers=headers)


# Well-formed posts skip FastAPI's request machinery (central.routes.returns_route).
router = APIRouter(tags=["returns"], route_class=post_route_class(_answer))


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
                      request: Request) -> Response:
    """Same key and body: the first answer again (status and body), however much later.
    Same key, other body: 422. More than is left on an order line across all devices: 409."""
    return await _answer(request, device, idempotency_key, case)


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
