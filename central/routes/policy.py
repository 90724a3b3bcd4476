"""``GET /v1/policy``: the current policy document, cheap to poll thanks to its ETag."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Response

from central.auth import CurrentDevice
from central.canonical import canonical_json
from central.context import Context
from central.errors import ApiError
from central.ops.policies import current_policy
from central.routes import errors

router = APIRouter(tags=["policy"])


@router.get(
    "/v1/policy",
    summary="The current return policy",
    response_class=Response,
    responses={
        200: {"description": "the policy document (resources/schemas/policy.schema.json); its `version` is "
                             "what cases record", "content": {"application/json": {"schema": {"type": "object"}}},
              "headers": {"ETag": {"schema": {"type": "string"}, "description": "send back as If-None-Match"}}},
        304: {"description": "unchanged since the ETag given in If-None-Match"},
        **errors(401, 404, 422, 503),
    },
)
def get_policy(
    _device: CurrentDevice,
    context: Context,
    if_none_match: Annotated[str | None, Header(max_length=2000)] = None,
) -> Response:
    with context.db.reading() as session:
        stored = current_policy(session)
    if stored is None:
        raise ApiError(404, "no_policy", "no policy has been set on the server yet")
    headers = {"ETag": stored.etag, "Cache-Control": "no-cache"}
    if if_none_match is not None and etag_matches(if_none_match, stored.etag):
        return Response(status_code=304, headers=headers)
    return Response(canonical_json(stored.document), media_type="application/json", headers=headers)


def etag_matches(header: str, etag: str) -> bool:
    """If-None-Match uses weak comparison: ``W/`` prefixes are ignored, ``*`` matches anything."""
    candidates = [part.strip() for part in header.split(",")]
    return any(c == "*" or c.removeprefix("W/") == etag for c in candidates)
